"""The "Enquiry handlers" group: the only people, besides superusers, who may
read, change, export or delete enquiries."""

from django.db import migrations

HANDLER_PERMISSIONS = ["view_enquiry", "change_enquiry", "delete_enquiry"]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations have run; this
    # group needs the enquiry ones now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Enquiry handlers")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contact",
            content_type__model="enquiry",
            codename__in=HANDLER_PERMISSIONS,
        ),
        *Permission.objects.filter(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
    )


def remove_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Enquiry handlers").first()
    if group:
        Permission = apps.get_model("auth", "Permission")
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="contact", codename__in=HANDLER_PERMISSIONS
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_permissions)]
