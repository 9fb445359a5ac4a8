"""Page querysets shared by every page type on the site."""

from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from firm_site.base.wagtail_internals import PrivacyQuerySetMixin


class SitePageQuerySet(PrivacyQuerySetMixin, PageQuerySet):
    pass


SitePageManager = PageManager.from_queryset(SitePageQuerySet)
