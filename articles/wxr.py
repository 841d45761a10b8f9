"""Reading WordPress exports (WXR 1.0, 1.1 and 1.2), streamed: memory stays flat whatever the file's size.

`read_export(path)` yields what the file holds, one record at a time, in file order: the
site (`Site`), then authors, categories and tags (`Term`s and `Author`s) and items (`Item`:
posts, pages, attachments, menu items…). Parsing goes through defusedxml, so entity
expansion, external entities and DTDs are refused; a file that is not WXR raises
`NotAnExport`. Nothing here writes to the database.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

# The namespace of WordPress's own elements names the WXR version.
WP_NAMESPACE = re.compile(r"^https?://wordpress\.org/export/(1\.[012])/$")
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"
EXCERPT = re.compile(r"^\{https?://wordpress\.org/export/1\.[012]/excerpt/\}encoded$")


class NotAnExport(Exception):
    """The file is not a WordPress export this importer can read (the message says why)."""


@dataclass
class Site:
    wxr_version: str
    title: str = ""
    base_url: str = ""
    language: str = ""


@dataclass
class Author:
    login: str
    display_name: str = ""
    email: str = ""
    first_name: str = ""
    last_name: str = ""


@dataclass
class Term:
    kind: str  # "category", "tag" or another taxonomy's name
    slug: str
    name: str = ""
    parent: str = ""  # the parent category's slug


@dataclass
class Item:
    post_id: str
    post_type: str
    status: str
    title: str = ""
    slug: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    date: str = ""  # site time, "YYYY-MM-DD HH:MM:SS"
    date_gmt: str = ""
    parent_id: str = ""
    password: str = ""
    attachment_url: str = ""
    categories: list[tuple[str, str, str]] = field(default_factory=list)  # (domain, slug, name)
    meta: dict[str, str] = field(default_factory=dict)
    comments: int = 0


Record = Site | Author | Term | Item


def read_export(path: str | Path) -> Iterator[Record]:
    """Yield the site, then each author, term and item of a WXR file, in file order."""
    wp = None
    version = None
    announced = False
    site_info: dict[str, str] = {}
    channel: Element | None = None
    depth = 0
    try:
        for event, node in iterparse(str(path), events=("start-ns", "start", "end")):
            if event == "start-ns":
                prefix, uri = node
                if prefix == "wp" and WP_NAMESPACE.match(uri):
                    wp = uri
                continue
            if event == "start":
                depth += 1
                if depth == 1 and node.tag != "rss":
                    raise NotAnExport(f"The file is not a WordPress export: it starts with <{_local(node.tag)}>.")
                if depth == 2 and node.tag == "channel":
                    channel = node
                continue
            depth -= 1
            if depth != 2 or channel is None:
                continue
            # A direct child of <channel> is complete: read it, then let it go (memory stays flat).
            if wp is None:
                raise NotAnExport(
                    "The file is an RSS feed, not a WordPress export (WXR): it has no WordPress elements."
                )
            record = _record(node, wp, site_info)
            if node.tag == f"{{{wp}}}wxr_version":
                version = _text(node)
            del channel[:]
            if record is None:
                continue
            if not announced:
                if version is None:
                    raise NotAnExport("The file is not a WordPress export: it names no WXR version.")
                yield Site(wxr_version=version, **site_info)
                announced = True
            yield record
    except DefusedXmlException as refused:
        raise NotAnExport(
            f"The file was refused: it declares entities or external references ({type(refused).__name__}), "
            "which a WordPress export never needs."
        ) from refused
    except ParseError as broken:
        raise NotAnExport(f"The file is not well-formed XML ({broken}); it may be truncated.") from broken
    if version is None:
        raise NotAnExport("The file is not a WordPress export: it names no WXR version.")
    if not announced:
        yield Site(wxr_version=version, **site_info)


def _record(node: Element, wp: str, site_info: dict[str, str]) -> Author | Term | Item | None:
    """Return the author, term or item a child of <channel> holds (None for the site's own details)."""
    tag = node.tag
    if tag in {"title", "language"}:
        site_info[tag] = _text(node)
    elif tag == f"{{{wp}}}base_site_url":
        site_info["base_url"] = _text(node)
    elif tag == f"{{{wp}}}author":
        return _author(node, wp)
    elif tag in {f"{{{wp}}}category", f"{{{wp}}}tag", f"{{{wp}}}term"}:
        return _term(node, wp)
    elif tag == "item":
        return _item(node, wp)
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def _child(node: Element, wp: str, name: str) -> str:
    return _text(node.find(f"{{{wp}}}{name}"))


def _author(node: Element, wp: str) -> Author:
    return Author(
        login=_child(node, wp, "author_login"),
        display_name=_child(node, wp, "author_display_name"),
        email=_child(node, wp, "author_email"),
        first_name=_child(node, wp, "author_first_name"),
        last_name=_child(node, wp, "author_last_name"),
    )


def _term(node: Element, wp: str) -> Term:
    kind = _local(node.tag)
    if kind == "category":
        return Term(
            "category",
            _child(node, wp, "category_nicename"),
            _child(node, wp, "cat_name"),
            _child(node, wp, "category_parent"),
        )
    if kind == "tag":
        return Term("tag", _child(node, wp, "tag_slug"), _child(node, wp, "tag_name"))
    return Term(
        _child(node, wp, "term_taxonomy"),
        _child(node, wp, "term_slug"),
        _child(node, wp, "term_name"),
        _child(node, wp, "term_parent"),
    )


def _item(node: Element, wp: str) -> Item:
    excerpt = next((child for child in node if EXCERPT.match(child.tag)), None)
    item = Item(
        post_id=_child(node, wp, "post_id"),
        post_type=_child(node, wp, "post_type") or "post",
        status=_child(node, wp, "status"),
        title=_text(node.find("title")),
        slug=_child(node, wp, "post_name"),
        link=_text(node.find("link")),
        guid=_text(node.find("guid")),
        creator=_text(node.find(DC_CREATOR)),
        content=(node.findtext(CONTENT) or ""),
        excerpt=(excerpt.text or "") if excerpt is not None else "",
        date=_child(node, wp, "post_date"),
        date_gmt=_child(node, wp, "post_date_gmt"),
        parent_id=_child(node, wp, "post_parent"),
        password=_child(node, wp, "post_password"),
        attachment_url=_child(node, wp, "attachment_url"),
    )
    for category in node.findall("category"):
        item.categories.append((category.get("domain", ""), category.get("nicename", ""), _text(category)))
    for meta in node.findall(f"{{{wp}}}postmeta"):
        item.meta[_child(meta, wp, "meta_key")] = _child(meta, wp, "meta_value")
    item.comments = len(node.findall(f"{{{wp}}}comment"))
    return item


# What an import does with each post status (WordPress's names on the left).
POST_STATUSES = {
    "publish": "published at its original date",
    "future": "scheduled",
    "draft": "draft",
    "pending": "in review",
    "private": "not public (draft)",
}


@dataclass
class Survey:
    """What a WXR file holds, per kind, and what an import does with it (a dry run's report)."""

    site: Site | None = None
    found: dict[str, int] = field(default_factory=dict)
    outcome: dict[str, str] = field(default_factory=dict)

    def add(self, kind: str, outcome: str) -> None:
        self.found[kind] = self.found.get(kind, 0) + 1
        self.outcome.setdefault(kind, outcome)

    def as_dict(self) -> dict:
        return {
            "wxr_version": self.site.wxr_version if self.site else "",
            "site": self.site.base_url if self.site else "",
            "kinds": [
                {"kind": kind, "found": count, "outcome": self.outcome[kind]} for kind, count in self.found.items()
            ],
        }


def survey(path: str | Path) -> Survey:
    """Return what the file holds, counted per kind (every record in exactly one kind)."""
    report = Survey()
    seen_terms: set[tuple[str, str]] = set()
    for record in read_export(path):
        if isinstance(record, Site):
            report.site = record
        elif isinstance(record, Author):
            report.add("authors", "one author each (login kept, email kept private)")
        elif isinstance(record, Term):
            if (record.kind, record.slug) in seen_terms:
                report.add(f"{record.kind} (listed twice)", "skipped: the same slug was listed before")
                continue
            seen_terms.add((record.kind, record.slug))
            outcomes = {"category": "sections", "post_tag": "tags", "tag": "tags"}
            kind = {"post_tag": "tag"}.get(record.kind, record.kind)
            report.add(f"{kind} terms", outcomes.get(record.kind, "skipped: the portal has no such taxonomy"))
        elif record.post_type == "post":
            outcome = POST_STATUSES.get(record.status, f"skipped: WordPress status “{record.status}”")
            report.add(
                f"posts ({record.status})", f"articles, {outcome}" if record.status in POST_STATUSES else outcome
            )
            if record.comments:
                for _comment in range(record.comments):
                    report.add("comments", "skipped: the portal has no comments")
        else:
            outcomes = {
                "page": "skipped: the portal has no pages",
                "attachment": "the image library, when the file is in --media-dir",
                "nav_menu_item": "skipped: the portal's menu is its sections",
            }
            report.add(f"{record.post_type} items", outcomes.get(record.post_type, "skipped: an unknown kind of item"))
            for _comment in range(record.comments):
                report.add("comments", "skipped: the portal has no comments")
    return report
