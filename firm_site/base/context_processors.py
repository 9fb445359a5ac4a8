from django.conf import settings
from django.utils.functional import SimpleLazyObject

from firm_site.base.furniture import site_furniture


def firm(request):
    """`firm`: the firm's details for the request's site, loaded only if a template uses
    them; `quick_exit_url`: where "Exit this page" leads."""
    return {
        "firm": SimpleLazyObject(lambda: site_furniture(request).firm),
        "quick_exit_url": settings.QUICK_EXIT_URL,
    }
