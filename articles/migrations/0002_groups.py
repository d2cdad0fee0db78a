"""The newsroom's groups and what each may do. A later migration calls sync_groups again when the rights change."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WRITERS = "Phóng viên"
EDITORS = "Biên tập viên"
SITE_ADMINS = "Quản trị trang"


def crud(model, actions=("add", "change", "delete", "view")):
    return [f"articles.{action}_{model}" for action in actions]


WRITER_PERMISSIONS = [
    *crud("article", ("add", "change", "view")),
    *crud("articleimage"),
    *crud("photo", ("add", "change", "view")),
    "articles.view_category",
]
EDITOR_PERMISSIONS = [
    *crud("article"),
    *crud("articleimage"),
    *crud("photo"),
    *crud("category"),
    "articles.publish_article",
    "articles.edit_others_article",
    "articles.view_articlerevision",
]
SITE_ADMIN_PERMISSIONS = [
    *EDITOR_PERMISSIONS,
    "articles.change_sitesettings",
    "articles.view_sitesettings",
    *[
        f"auth.{action}_{model}"
        for model in ["user", "group"]
        for action in ["add", "change", "delete", "view"]
    ],
]
GROUPS = {WRITERS: WRITER_PERMISSIONS, EDITORS: EDITOR_PERMISSIONS, SITE_ADMINS: SITE_ADMIN_PERMISSIONS}


def sync_groups(apps, schema_editor, groups=GROUPS):
    # Permissions are normally created after all migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in groups.items():
        group, _ = Group.objects.get_or_create(name=name)
        permissions = [
            Permission.objects.get(content_type__app_label=label, codename=codename)
            for label, codename in (p.split(".") for p in codenames)
        ]
        group.permissions.set(permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(sync_groups, migrations.RunPython.noop)]
