"""Page querysets shared by every page type on the site."""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


class SitePageQuerySet(PageQuerySet):
    def private_q(self):
        """Pages in a private section, as one correlated subquery.

        Wagtail's own `private_q()` (behind `.public()`) first loads every view
        restriction in a query of its own, on each call; listings, related posts
        and menus call `.public()` several times per request. A restriction
        covers a page when the restricted page's path is a prefix of its path.
        """
        covering_restrictions = PageViewRestriction.objects.filter(
            page__path=Substr(OuterRef("path"), 1, Length("page__path"))
        )
        return Q(Exists(covering_restrictions))


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
