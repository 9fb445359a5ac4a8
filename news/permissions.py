"""
What the firm's roles may do under a News & Blog page: Solicitors write, the
Legal review workflow checks before anything is published.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from firm_site.base.roles import LEGAL_REVIEW, SOLICITORS

# Add and edit articles, never publish: that is the reviewers' call.
SOLICITOR_NEWS_PAGE_PERMISSIONS = ["add_page", "change_page"]


def set_up_news_section(news_index):
    """Let Solicitors write under this News & Blog page and put it under Legal review.

    The migration does this for pages that existed then; this covers pages made
    later (a fresh install, the demo loader, a test). Idempotent, and it leaves a
    workflow an administrator chose for the page alone.
    """
    solicitors = Group.objects.filter(name=SOLICITORS).first()
    if solicitors is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=SOLICITOR_NEWS_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(
                group=solicitors, page_id=news_index.pk, permission=permission
            )
    workflow = Workflow.objects.filter(name=LEGAL_REVIEW, active=True).first()
    if workflow is not None and not WorkflowPage.objects.filter(page_id=news_index.pk).exists():
        WorkflowPage.objects.create(workflow=workflow, page_id=news_index.pk)
