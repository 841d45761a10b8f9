"""The Writer and Editor groups are restored with their permissions by every migrate."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def codenames(name):
    return set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))


def test_migrate_brings_back_deleted_groups_with_their_permissions():
    Group.objects.filter(name__in=["Writer", "Editor"]).delete()

    call_command("migrate", verbosity=0)

    assert {"add_article", "change_article", "view_skill", "add_tag"} <= codenames("Writer")
    assert "publish_article" not in codenames("Writer")
    assert {"add_article", "publish_article", "edit_any_article", "delete_tag"} <= codenames("Editor")


def test_migrate_gives_missing_permissions_back_and_keeps_extra_ones():
    writer = Group.objects.get(name="Writer")
    writer.permissions.remove(*writer.permissions.filter(codename="add_article"))
    writer.permissions.add(*Group.objects.get(name="Editor").permissions.filter(codename="view_oldslug"))

    call_command("migrate", verbosity=0)

    assert {"add_article", "view_oldslug"} <= codenames("Writer")
