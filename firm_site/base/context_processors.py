from django.conf import settings
from django.utils.functional import SimpleLazyObject

from firm_site.base.furniture import site_furniture


def firm(request):
    """`firm`: the firm's details for the request's site, loaded only if a template uses
    them; `quick_exit_url`: where "Exit this page" leads; `cover_tracks_url`: the
    "Cover your tracks online" page beside it."""
    return {
        "firm": SimpleLazyObject(lambda: site_furniture(request).firm),
        "quick_exit_url": settings.QUICK_EXIT_URL,
        "cover_tracks_url": settings.COVER_TRACKS_URL,
    }
