"""Admin views for the category tree and the legal review report."""

import calendar

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from wagtail.admin.views.reports import PageReportView
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import ArticlePage, Category


class CategoryViewSet(SnippetViewSet):
    """Categories in the admin, listed as a tree ("Child Abuse – Grooming Gangs")."""

    model = Category
    icon = "folder-open-inverse"
    menu_label = "Categories"
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["full_name", "slug", "parent"]
    list_per_page = 100
    search_fields = ["name", "slug"]
    ordering = ["full_name"]


def months_before(day, months):
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


class LegalReviewDueView(PageReportView):
    """Live articles whose last legal review is older than LEGAL_REVIEW_MAX_AGE_MONTHS,
    or that were never reviewed (published directly), oldest review first: the law
    changes, and an article that was right two years ago may mislead today."""

    page_title = "Legal review due"
    header_icon = "warning"
    index_url_name = "legal_review_due"
    index_results_url_name = "legal_review_due_results"
    results_template_name = "news/admin/legal_review_due_results.html"
    any_permission_required = ["publish"]
    list_export = ["title", "reviewed_by_name", "reviewed_at", "last_published_at"]
    export_headings = {
        "reviewed_by_name": "Reviewed by",
        "reviewed_at": "Reviewed on",
        "last_published_at": "Last published",
    }

    @staticmethod
    def cutoff():
        return months_before(timezone.localdate(), settings.LEGAL_REVIEW_MAX_AGE_MONTHS)

    def get_queryset(self):
        return (
            ArticlePage.objects.live()
            .filter(Q(reviewed_at__isnull=True) | Q(reviewed_at__lt=self.cutoff()))
            .defer_streamfields()
            .order_by(F("reviewed_at").asc(nulls_first=True), "title")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["max_age_months"] = settings.LEGAL_REVIEW_MAX_AGE_MONTHS
        return context
