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

    def searchable(self):
        """Live pages outside private sections, filtered in a form search backends accept.

        Search backends filter only on indexed fields (`index.FilterField`) and
        refuse the subquery in `private_q()`; Wagtail's own version filters on
        `path` and `depth`, indexed on every page, for one query more.
        See https://docs.wagtail.org/en/stable/topics/search/searching.html#filtering
        """
        return self.live().exclude(PageQuerySet.private_q(self))


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
