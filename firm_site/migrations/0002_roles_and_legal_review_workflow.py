"""
The firm's roles and the Legal review workflow, so every install has them.

- Solicitors: the admin; add and edit pages under each News & Blog page (not
  publish); upload and choose images and documents. Their own profile is opened
  to them by `people.permissions.OwnProfilePermissionTester`, not by a group.
- Editors (Wagtail's own group, extended): publish, unpublish, schedule, delete and
  lock pages anywhere; categories, departments, redirects, the firm's details;
  approve the Legal review.
- Enquiry handlers: the admin only; the contact app's migration adds the enquiry
  permissions to the same group (both use get_or_create).
- Moderators (Wagtail's other default group) is folded into Editors: its members
  move over and its approval workflow, on the whole site, becomes "Editors approval".

A fresh database has no News & Blog page yet: `news.permissions.set_up_news_section`
does the same for each one created later.
"""

from django.db import migrations

SOLICITORS = "Solicitors"
EDITORS = "Editors"
ENQUIRY_HANDLERS = "Enquiry handlers"
MODERATORS = "Moderators"
LEGAL_REVIEW = "Legal review"

SOLICITOR_NEWS_PAGE_PERMISSIONS = ["add_page", "change_page"]
EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "delete_page",
    "lock_page",
    "unlock_page",
]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("news", "add_category"),
    ("news", "change_category"),
    ("news", "delete_category"),
    ("news", "view_category"),
    ("people", "add_department"),
    ("people", "change_department"),
    ("people", "delete_department"),
    ("people", "view_department"),
    ("firm_site", "change_firmsettings"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
]
SOLICITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "choose_document"),
]


def create_permissions_now(apps):
    """Django creates permissions after all migrations; these need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def set_up_roles(apps, schema_editor):
    create_permissions_now(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    LegalReviewTask = apps.get_model("news", "LegalReviewTask")
    NewsIndexPage = apps.get_model("news", "NewsIndexPage")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    def page_permission(codename):
        return permission("wagtailcore", codename)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    solicitors, _ = Group.objects.get_or_create(name=SOLICITORS)
    enquiry_handlers, _ = Group.objects.get_or_create(name=ENQUIRY_HANDLERS)
    access_admin = permission("wagtailadmin", "access_admin")

    # Editors
    editors.permissions.add(*[permission(app, codename) for app, codename in EDITOR_MODEL_PERMISSIONS])
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    if root_page:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=page_permission(codename)
            )
    if root_collection:
        for app, codename in EDITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=permission(app, codename)
            )

    # Solicitors and Enquiry handlers
    solicitors.permissions.add(access_admin)
    enquiry_handlers.permissions.add(access_admin)
    if root_collection:
        for app, codename in SOLICITOR_COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=solicitors, collection=root_collection, permission=permission(app, codename)
            )

    # Moderators: folded into Editors.
    moderators = Group.objects.filter(name=MODERATORS).first()
    if moderators:
        editors.user_set.add(*moderators.user_set.all())
        for task in GroupApprovalTask.objects.filter(groups=moderators):
            task.groups.remove(moderators)
            task.groups.add(editors)
            if task.name == "Moderators approval":
                task.name = "Editors approval"
                task.save(update_fields=["name"])
        Workflow.objects.filter(name="Moderators approval").update(name="Editors approval")
        moderators.delete()

    # The Legal review workflow, on every News & Blog page there is.
    task = LegalReviewTask.objects.filter(name=LEGAL_REVIEW).first()
    if task is None:
        content_type, _ = ContentType.objects.get_or_create(
            app_label="news", model="legalreviewtask"
        )
        task = LegalReviewTask.objects.create(
            name=LEGAL_REVIEW, content_type=content_type, active=True
        )
        task.groups.add(editors)
    workflow, created = Workflow.objects.get_or_create(name=LEGAL_REVIEW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for news_index in NewsIndexPage.objects.all():
        for codename in SOLICITOR_NEWS_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=solicitors, page_id=news_index.pk, permission=page_permission(codename)
            )
        if not WorkflowPage.objects.filter(page_id=news_index.pk).exists():
            WorkflowPage.objects.create(workflow=workflow, page_id=news_index.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("firm_site", "0001_initial"),
        ("news", "0002_legal_review"),
        ("people", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    # Reversing leaves the groups and workflow in place: removing them could lock people out.
    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
