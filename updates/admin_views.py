"""
Email updates in the admin.

- The overview (counts per category and author, and the send history) is for
  editors (`updates.view_send_history`, given to the Editors group) and superusers.
  It shows numbers and article titles, never an address.
- Addresses (the list and the CSV export) need the "Email updates" permission
  (`updates.view_subscriber_addresses`) or a superuser; every view and export is
  written to Wagtail's audit log (Reports › Site history).
Anyone else gets a 404.
"""

import csv
from collections import Counter
from functools import wraps

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from wagtail.log_actions import log

from firm_site.base.http_cache import mark_private
from news.models import Category
from people.models import PersonPage
from updates.models import Delivery, Mailing, Subscriber

HISTORY = "updates.view_send_history"
ADDRESSES = "updates.view_subscriber_addresses"


def allowed(user, permission):
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and user.has_perm(permission)
    )


def requires(permission):
    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not allowed(request.user, permission):
                raise Http404
            return mark_private(view(request, *args, **kwargs))

        return wrapped

    return decorator


def subscriber_counts():
    """Confirmed subscribers per category (a category counts those of the categories
    above it too: they receive its articles), per author, and in total."""
    subscribers = Subscriber.objects.filter(confirmed_at__isnull=False).only(
        "pk", "choices", "frequency"
    )
    direct_categories, authors, frequencies = Counter(), Counter(), Counter()
    everything = total = 0
    for subscriber in subscribers:
        total += 1
        frequencies[subscriber.frequency] += 1
        choices = subscriber.get_choices()
        everything += choices["everything"]
        direct_categories.update(choices["categories"])
        authors.update(choices["authors"])
    categories = list(Category.objects.order_by("full_name"))
    by_path = {category.path: category for category in categories}
    rows = []
    for category in categories:
        parts = category.path.split("/")
        ancestors = [by_path.get("/".join(parts[:end])) for end in range(1, len(parts) + 1)]
        rows.append(
            {
                "category": category,
                "chosen": direct_categories[category.pk],
                "receiving": everything
                + sum(direct_categories[a.pk] for a in ancestors if a is not None),
            }
        )
    people = PersonPage.objects.filter(pk__in=authors).only("pk", "title").order_by("title")
    return {
        "total": total,
        "everything": everything,
        "weekly": frequencies[Subscriber.Frequency.WEEKLY],
        "each": frequencies[Subscriber.Frequency.EACH],
        "unconfirmed": Subscriber.objects.filter(confirmed_at__isnull=True).count(),
        "categories": rows,
        "authors": [(person, authors[person.pk]) for person in people],
    }


def send_history(limit=50):
    counts = {
        f"{status}_count": Count("deliveries", filter=Q(deliveries__status=status))
        for status in Delivery.Status.values
    }
    return Mailing.objects.annotate(total=Count("deliveries"), **counts)[:limit]


@requires(HISTORY)
def overview(request):
    return TemplateResponse(
        request,
        "updates/admin/overview.html",
        {
            **subscriber_counts(),
            "mailings": send_history(),
            "can_see_addresses": allowed(request.user, ADDRESSES),
        },
    )


def _who(request):
    """The user as a model instance: the audit log files a look at the addresses under
    the person who looked (there is no single object for "the list"). request.user is
    a lazy wrapper that Wagtail's log would not recognise."""
    return get_user_model().objects.get(pk=request.user.pk)


def _addresses():
    return Subscriber.objects.order_by("created_at").only(
        "pk", "email", "frequency", "created_at", "confirmed_at"
    )


@requires(ADDRESSES)
def addresses(request):
    subscribers = list(_addresses())
    log(
        instance=_who(request),
        action="updates.addresses.view",
        user=request.user,
        data={"count": len(subscribers)},
    )
    return TemplateResponse(request, "updates/admin/addresses.html", {"subscribers": subscribers})


def _cell(value):
    # A spreadsheet runs a cell that starts like a formula: make it text.
    value = str(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


@requires(ADDRESSES)
def export(request):
    subscribers = list(_addresses())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="email-updates-{stamp}.csv"'
    writer = csv.writer(response)
    writer.writerow(["Email", "Frequency", "Signed up", "Confirmed"])
    for subscriber in subscribers:
        writer.writerow(
            [
                _cell(subscriber.email),
                subscriber.get_frequency_display(),
                subscriber.created_at.isoformat(),
                subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else "",
            ]
        )
    log(
        instance=_who(request),
        action="updates.addresses.export",
        user=request.user,
        data={"count": len(subscribers)},
    )
    return response
