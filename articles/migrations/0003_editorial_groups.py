"""Create the "Writer" and "Editor" groups with their permissions (safe to run again)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WRITER = {
    "articles": ["add_article", "change_article", "view_article", "delete_article", "view_historicalarticle",
                 "add_image", "change_image", "view_image", "view_author", "view_category"],
    "taggit": ["view_tag", "add_tag"],
    "careers": ["view_skill"],
}
EDITOR_EXTRA = {
    "articles": ["publish_article", "edit_any_article", "change_historicalarticle",
                 "add_author", "change_author", "delete_image", "view_articletransition",
                 "add_category", "change_category", "view_oldslug"],
    "taggit": ["change_tag", "delete_tag"],
}


def _permissions(apps, spec):
    Permission = apps.get_model("auth", "Permission")
    wanted = []
    for app_label, codenames in spec.items():
        wanted += list(Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames))
    return wanted


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; create them now so the groups can get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    writer, _ = Group.objects.get_or_create(name="Writer")
    writer.permissions.add(*_permissions(apps, WRITER))
    editor, _ = Group.objects.get_or_create(name="Editor")
    merged = {label: WRITER.get(label, []) + EDITOR_EXTRA.get(label, []) for label in {*WRITER, *EDITOR_EXTRA}}
    editor.permissions.add(*_permissions(apps, merged))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_editorial_workflow"),
        ("careers", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
