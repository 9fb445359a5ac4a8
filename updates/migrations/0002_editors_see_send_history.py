"""Editors see email update counts and the send history (never addresses: that is
the separate "Can see and export email update addresses" permission)."""

from django.db import migrations


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations have run.
    app_config = apps.get_app_config("updates")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="updates", codename="view_send_history"
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors:
        editors.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="updates", codename="view_send_history"
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("updates", "0001_subscribers_mailings_deliveries"),
        ("firm_site", "0002_roles_and_legal_review_workflow"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
