"""
What the firm's roles may do under a News & Blog page: Solicitors write, the
Legal review workflow checks before anything is published.

Solicitors get Wagtail's "add" permission only, which also lets them edit the
pages they own (created); `ArticlePermissionTester` adds the articles they are
an author of. "Change" (edit every article, a colleague's live one included) is
the Editors'.
"""

from django.contrib.auth.models import Group, Permission
from django.utils.functional import cached_property
from wagtail.models import GroupPagePermission, PagePermissionTester, Workflow, WorkflowPage

from firm_site.base.roles import LEGAL_REVIEW, SOLICITORS

# Add articles (and so edit their own), never publish: that is the reviewers' call.
SOLICITOR_NEWS_PAGE_PERMISSIONS = ["add_page"]
# Given by earlier versions: it let a solicitor edit a colleague's live article.
WITHDRAWN_SOLICITOR_NEWS_PAGE_PERMISSIONS = ["change_page"]


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


class ArticlePermissionTester(PagePermissionTester):
    """An article's authors may edit it as its owner may: with "add" permission
    on the section (a solicitor), never by being named alone."""

    @cached_property
    def is_author(self):
        return (
            self.user.is_active
            and self.page.pk is not None
            and self.page.specific_deferred.authors.filter(person__user=self.user).exists()
        )

    def can_edit(self):
        if super().can_edit():
            return True
        return not self.page_is_root and "add" in self.permissions and self.is_author
