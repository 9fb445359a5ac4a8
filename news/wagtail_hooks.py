from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet

from firm_site.base.pages import PAGE_CONTEXT_HOOK
from news.authors import add_author_articles
from news.autosave import create_without_clashing
from news.dashboard import build_dashboard
from news.review import CHECKLIST_LOG_ACTION
from news.views import CategoryViewSet, LegalReviewDueView
from news.wordpress.redirects import wordpress_query_redirect

register_snippet(CategoryViewSet)


@hooks.register("register_admin_urls")
def register_legal_review_report_urls():
    return [
        path("reports/legal-review-due/", LegalReviewDueView.as_view(), name="legal_review_due"),
        path(
            "reports/legal-review-due/results/",
            LegalReviewDueView.as_view(results_only=True),
            name="legal_review_due_results",
        ),
    ]


class PublishersMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "publish")


@hooks.register("register_reports_menu_item")
def register_legal_review_report_menu_item():
    return PublishersMenuItem(
        "Legal review due",
        reverse("legal_review_due"),
        name="legal-review-due",
        icon_name="warning",
        order=1050,
    )


@hooks.register("register_log_actions")
def register_legal_review_log_actions(actions):
    actions.register_action(
        CHECKLIST_LOG_ACTION, "Legal checklist confirmed", "Legal checklist confirmed"
    )


@hooks.register("construct_page_action_menu")
def submit_first_for_those_who_cannot_publish(menu_items, request, context):
    """For an author who cannot publish, the next step is the review: "Submit to
    Legal review" is the main button and "Save draft" the first in its menu."""
    names = [item.name for item in menu_items]
    if "action-publish" in names or "action-submit" not in names:
        return
    menu_items.insert(0, menu_items.pop(names.index("action-submit")))


hooks.register("construct_homepage_panels", build_dashboard)


# A submission pressed while autosave is creating the page doesn't clash with it.
hooks.register("before_create_page", create_without_clashing)


# A profile lists its person's articles (see news/authors.py).
hooks.register(PAGE_CONTEXT_HOOK, add_author_articles)


@hooks.register("before_serve_page")
def redirect_old_wordpress_address(page, request, serve_args, serve_kwargs):
    """`/?p=12`, the old WordPress site's plain address of a post, is the home page
    with a query string, so Wagtail's redirect middleware (404s only) never sees it."""
    return wordpress_query_redirect(request)
