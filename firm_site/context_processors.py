from django.utils.functional import SimpleLazyObject

from firm_site.navigation import site_furniture


def firm(request):
    """`firm`: the firm's details for the request's site, loaded only if a template uses them."""
    return {"firm": SimpleLazyObject(lambda: site_furniture(request).firm)}
