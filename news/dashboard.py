"""
The dashboard as a place to start work: "Write an article", the writer's own
articles by where they stand (drafts, in Legal review, changes requested with the
reviewer's comment, recently published) and, for editors, what awaits their
review (oldest first) and how many live articles are due a legal review again.
Each panel costs a fixed number of queries, however many articles there are.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from news.models import ArticlePage, NewsIndexPage
from news.review import reviewer_name
from news.views import LegalReviewDueView

RECENT = 5  # articles a list shows before "see all"


def news_index_for(user):
    """The News & Blog page the user may write under, if any."""
    for news_index in NewsIndexPage.objects.order_by("path"):
        if news_index.permissions_for_user(user).can_add_subpage():
            return news_index
    return None


class WriteArticlePanel(Component):
    name = "write_article"
    order = 10
    template_name = "news/admin/dashboard_write.html"

    def __init__(self, news_index):
        self.news_index = news_index

    def get_context_data(self, parent_context):
        return {
            "add_url": reverse(
                "wagtailadmin_pages:add", args=["news", "articlepage", self.news_index.pk]
            ),
            "news_url": reverse("wagtailadmin_explore", args=[self.news_index.pk]),
        }


class MyArticlesPanel(Component):
    """The writer's articles (created or authored), sorted by where they stand."""

    name = "my_articles"
    order = 20
    template_name = "news/admin/dashboard_my_articles.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        articles = list(
            ArticlePage.objects.filter(Q(owner=self.user) | Q(authors__person__user=self.user))
            .distinct()
            .defer_streamfields()
            .order_by("-latest_revision_created_at")[:100]
        )
        states = {
            state.object_id: state
            for state in WorkflowState.objects.active()
            .filter(
                base_content_type=ContentType.objects.get_for_model(Page),
                object_id__in=[str(article.pk) for article in articles],
            )
            .select_related("current_task_state__finished_by__person_page")
        }
        drafts, in_review, changes_requested = [], [], []
        for article in articles:
            state = states.get(str(article.pk))
            if state is None:
                if article.has_unpublished_changes:
                    drafts.append(article)
            elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
                task_state = state.current_task_state
                changes_requested.append(
                    {
                        "article": article,
                        "comment": task_state.comment if task_state else "",
                        "reviewer": reviewer_name(task_state.finished_by) if task_state else "",
                        "when": task_state.finished_at if task_state else None,
                    }
                )
            else:
                in_review.append({"article": article, "since": state.created_at})
        published = sorted(
            (article for article in articles if article.live),
            key=lambda article: article.last_published_at,
            reverse=True,
        )
        return {
            "drafts": drafts[:RECENT],
            "in_review": in_review,
            "changes_requested": changes_requested,
            "published": published[:RECENT],
        }


class OldestFirstToReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review", the longest-waiting first, and above the
    reviewer's own articles: it is what a reviewer does next."""

    order = 15

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["states"].reverse()
        return context


class LegalReviewDuePanel(Component):
    name = "legal_review_due"
    order = 230
    template_name = "news/admin/dashboard_review_due.html"

    def get_context_data(self, parent_context):
        return {
            "count": LegalReviewDueView().get_queryset().count(),
            "url": reverse("legal_review_due"),
            "max_age_months": settings.LEGAL_REVIEW_MAX_AGE_MONTHS,
        }


def build_dashboard(request, panels):
    """`construct_homepage_panels` hook."""
    user = request.user
    news_index = news_index_for(user)
    if news_index is not None:
        # Ours say the same as Wagtail's "Your pages in a workflow" and "Your most
        # recent edits", sorted by what the writer does next.
        panels[:] = [
            panel
            for panel in panels
            if panel.name not in ("user_objects_in_workflow_moderation", "recent_edits")
        ]
        panels += [WriteArticlePanel(news_index), MyArticlesPanel(user)]
    for index, panel in enumerate(panels):
        if panel.name == WorkflowObjectsToModeratePanel.name:
            panels[index] = OldestFirstToReviewPanel()
    if PagePermissionPolicy().user_has_permission(user, "publish"):
        panels.append(LegalReviewDuePanel())
