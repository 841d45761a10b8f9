"""portal.changes: what is announced is sent once, after commit, and never for a write that failed."""

import pytest
from django.db import transaction

from portal import changes

pytestmark = pytest.mark.django_db


class Received(list):
    """The changes received, with the order in which the two signals arrived (`order`)."""


@pytest.fixture
def sent():
    received = Received()
    order = []

    def reindexed(sender, *, change, **kwargs):
        order.append("reindex")

    def changed(sender, *, change, **kwargs):
        order.append("changed")
        received.append(change)

    changes.reindex.connect(reindexed, dispatch_uid="test-reindex")
    changes.content_changed.connect(changed, dispatch_uid="test-changed")
    received.order = order
    yield received
    changes.reindex.disconnect(dispatch_uid="test-reindex")
    changes.content_changed.disconnect(dispatch_uid="test-changed")


def test_a_batch_is_one_change_sent_after_commit_reindex_first(committed, sent):
    with committed(), changes.batch():
        changes.announce(articles=[1], tags=[7])
        changes.announce(articles=[2], sections=[3])
        assert sent == []  # nothing before commit
    assert sent == [
        changes.Change(articles=frozenset({1, 2}), tags=frozenset({7}), sections=frozenset({3}), public=True)
    ]
    assert sent.order == ["reindex", "changed"]


def test_nested_batches_merge_into_the_outer_one(committed, sent):
    with committed(), changes.batch():
        changes.announce(articles=[1])
        with changes.batch():
            changes.announce(skills=[5])
    assert len(sent) == 1 and sent[0].articles == {1} and sent[0].skills == {5}


def test_a_failed_batch_sends_nothing_and_the_next_one_still_sends(committed, sent):
    with committed():
        with pytest.raises(RuntimeError), changes.batch():
            changes.announce(articles=[1])
            raise RuntimeError
        with changes.batch():
            changes.announce(articles=[2])
    assert [change.articles for change in sent] == [{2}]


def test_an_inner_failure_caught_by_the_caller_drops_only_its_part(committed, sent):
    with committed(), changes.batch():
        changes.announce(articles=[1])
        try:
            with changes.batch():
                changes.announce(articles=[2])
                raise ValueError
        except ValueError:
            pass
    assert [change.articles for change in sent] == [{1}]


def test_an_outer_rollback_discards_what_was_announced(committed, sent):
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        changes.announce(articles=[1])
        raise RuntimeError
    assert sent == []


def test_nothing_announced_sends_nothing(committed, sent):
    with committed(), changes.batch():
        changes.announce(articles=[None])
    assert sent == []


def test_a_failing_listener_does_not_stop_the_others(committed, sent):
    def broken(sender, **kwargs):
        raise RuntimeError("listener broke")

    changes.reindex.connect(broken, dispatch_uid="test-broken")
    try:
        with committed():
            changes.announce(articles=[1])
    finally:
        changes.reindex.disconnect(dispatch_uid="test-broken")
    assert [change.articles for change in sent] == [{1}]


def test_a_change_only_editors_see_is_indexed_but_keeps_the_page_cache(committed, sent):
    from portal.cache import content_generation

    before = content_generation()
    with committed():
        changes.announce(articles=[1], public=False)
    assert [change.public for change in sent] == [False] and sent.order == ["reindex", "changed"]
    assert content_generation() == before


def test_a_batch_with_any_public_part_is_public(committed, sent):
    from portal.cache import content_generation

    before = content_generation()
    with committed(), changes.batch():
        changes.announce(articles=[1], public=False)
        changes.announce(sections=[2])
    assert len(sent) == 1 and sent[0].public and sent[0].articles == {1}
    assert content_generation() != before
