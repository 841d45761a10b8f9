"""The newsroom's "Writer" and "Editor" groups, kept in step with the permissions after every migrate.

Migration 0003 created them once, with a frozen copy of this list; this receiver runs after
every `migrate` (and after a test database flush), so a permission added here reaches the
groups without a data migration, and a group deleted by mistake comes back.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS

WRITER = {
    "articles": [
        "add_article", "change_article", "view_article", "delete_article", "view_historicalarticle",
        "add_image", "change_image", "view_image", "view_author", "view_category",
    ],
    "taggit": ["view_tag", "add_tag"],
    "careers": ["view_skill"],
}  # fmt: skip
EDITOR_EXTRA = {
    "articles": [
        "publish_article", "edit_any_article", "change_historicalarticle", "add_author", "change_author",
        "delete_image", "view_articletransition", "add_category", "change_category", "view_oldslug",
    ],
    "taggit": ["change_tag", "delete_tag"],
}  # fmt: skip


def editor_permissions() -> dict[str, list[str]]:
    return {label: WRITER.get(label, []) + EDITOR_EXTRA.get(label, []) for label in {*WRITER, *EDITOR_EXTRA}}


def ensure_editorial_groups(sender=None, using: str = DEFAULT_DB_ALIAS, **kwargs) -> None:
    """Create the two groups if missing and give them their permissions (additive, safe to run again)."""
    from django.contrib.auth.models import Group, Permission

    for label in {*WRITER, *EDITOR_EXTRA}:  # their permissions may not exist yet at this point of migrate
        create_permissions(global_apps.get_app_config(label), verbosity=0, using=using)
    for name, spec in (("Writer", WRITER), ("Editor", editor_permissions())):
        group, _ = Group.objects.using(using).get_or_create(name=name)
        for label, codenames in spec.items():
            group.permissions.add(
                *Permission.objects.using(using).filter(content_type__app_label=label, codename__in=codenames)
            )
