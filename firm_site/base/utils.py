"""Small helpers shared by the apps."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404


def paginate(request, object_list, per_page, count=None):
    """Return the page of `object_list` named by `?page=`, or raise Http404.

    A missing page number means the first page. Anything that is not a page
    that exists (`?page=abc`, `?page=0`, `?page=999`) is a 404, never a 500
    and never a silent fall-back to another page, so each listing URL has one
    meaning for readers and search engines. `count`, when the caller knows it
    already, saves counting `object_list` again.
    """
    paginator = Paginator(object_list, per_page)
    if count is not None:
        paginator.count = count  # a cached_property: this is its value
    number = request.GET.get("page", "1")
    # Only plain ASCII digits: int() would accept " 2", "٢" and "+2".
    if not (number.isascii() and number.isdigit()):
        raise Http404("That page number is not a number.")
    try:
        return paginator.page(number)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404("That page does not exist.") from error


def tel_href(phone):
    """A phone number as written for people ("0113 496 0123", "+44 (0)113 496 0123")
    turned into a `tel:` URI ("tel:01134960123", "tel:+441134960123")."""
    if not phone:
        return ""
    number = phone.strip()
    if number.startswith("+"):
        # "+44 (0)113" is dialled as "+44113": the bracketed trunk zero is dropped.
        number = number.replace("(0)", "")
        return "tel:+" + re.sub(r"\D", "", number)
    return "tel:" + re.sub(r"\D", "", number)
