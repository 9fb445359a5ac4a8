"""Solicitors edit their own articles only: withdraw the "change" permission on
News & Blog pages that migration firm_site.0002 gave them ("add" lets them edit
the pages they created; news.permissions adds those they are an author of)."""

from django.db import migrations

SOLICITORS = "Solicitors"


def withdraw_change(apps, schema_editor):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")
    GroupPagePermission.objects.filter(
        group__name=SOLICITORS,
        permission__content_type__app_label="wagtailcore",
        permission__codename="change_page",
        page_id__in=NewsIndexPage.objects.values("pk"),
    ).delete()


def give_change_back(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")
    Permission = apps.get_model("auth", "Permission")
    solicitors = Group.objects.filter(name=SOLICITORS).first()
    change = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="change_page"
    ).first()
    if solicitors is None or change is None:
        return
    for page_id in NewsIndexPage.objects.values_list("pk", flat=True):
        GroupPagePermission.objects.get_or_create(
            group=solicitors, page_id=page_id, permission=change
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0006_article_wordpress_id"),
        ("firm_site", "0002_roles_and_legal_review_workflow"),
    ]

    operations = [migrations.RunPython(withdraw_change, give_change_back)]
