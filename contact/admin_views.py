"""
The Enquiries area of the admin: list, read, change status, add notes, export
and delete enquiries.

Only users with the enquiry permissions (the "Enquiry handlers" group, and
superusers) get past `handlers_only`; everybody else, signed in or not, gets a
404, so the area does not even admit to existing. Every read, export, status
change, note and deletion is written to Wagtail's audit log, which records
who, what and when but only the enquiry's reference, never its content.
"""

import csv
from functools import wraps

from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.log_actions import log

from contact.forms import EnquiryNoteForm, EnquiryStatusForm
from contact.models import Enquiry, EnquiryNote, EnquiryNotification
from contact.notifications import add_working_days
from contact.views import never_cache
from firm_site.base.utils import paginate

VIEW = "contact.view_enquiry"
CHANGE = "contact.change_enquiry"
DELETE = "contact.delete_enquiry"

LIST_PER_PAGE = 50


def can_handle_enquiries(user, permission=VIEW):
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm("wagtailadmin.access_admin")
        and user.has_perm(permission)
    )


def handlers_only(permission=VIEW):
    """404 for anyone without `permission`; never-cache every response."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not can_handle_enquiries(request.user, permission):
                raise Http404
            return never_cache(view(request, *args, **kwargs))

        return wrapped

    return decorator


def _response_target(request):
    from firm_site.base.furniture import site_furniture

    firm = site_furniture(request).firm
    return firm.response_target_working_days if firm else 2


@handlers_only()
def index(request):
    enquiries = (
        Enquiry.objects.select_related("solicitor")
        .prefetch_related(
            Prefetch(
                "notifications", queryset=EnquiryNotification.objects.only("enquiry", "status")
            )
        )
        # The list shows no personal data: read an enquiry to see it (and be logged).
        .defer("name", "email", "phone", "message")
    )
    status = request.GET.get("status", "")
    if status:
        if status not in Enquiry.Status.values:
            raise Http404("No such status.")
        enquiries = enquiries.filter(status=status)
    page = paginate(request, enquiries, LIST_PER_PAGE)
    target = _response_target(request)
    now = timezone.now()
    for enquiry in page:
        enquiry.is_overdue = (
            enquiry.status == Enquiry.Status.NEW
            and add_working_days(enquiry.received_at, target) < now
        )
    return TemplateResponse(
        request,
        "contact/admin/index.html",
        {
            "enquiries": page,
            "status_choices": Enquiry.Status.choices,
            "current_status": status,
            "response_target": target,
        },
    )


@handlers_only()
@require_http_methods(["GET", "HEAD"])
def detail(request, pk):
    enquiry = get_object_or_404(Enquiry.objects.select_related("solicitor", "area_of_law"), pk=pk)
    log(instance=enquiry, action="contact.enquiry.view", user=request.user)
    return TemplateResponse(
        request,
        "contact/admin/detail.html",
        {
            "enquiry": enquiry,
            "notes": enquiry.notes.select_related("author"),
            "notifications": enquiry.notifications.all(),
            "status_form": EnquiryStatusForm(instance=enquiry),
            "note_form": EnquiryNoteForm(),
            "can_change": request.user.has_perm(CHANGE),
            "can_delete": request.user.has_perm(DELETE),
        },
    )


@handlers_only(CHANGE)
@require_POST
def update_status(request, pk):
    enquiry = get_object_or_404(Enquiry, pk=pk)
    previous = enquiry.status
    form = EnquiryStatusForm(request.POST, instance=enquiry)
    if not form.is_valid():
        messages.error(request, "Choose one of the statuses offered.")
        return redirect("contact_enquiries:detail", pk=enquiry.pk)
    if form.cleaned_data["status"] != previous:
        enquiry = form.save(commit=False)
        enquiry.status_changed_at = timezone.now()
        enquiry.save(update_fields=["status", "status_changed_at", "closed_at"])
        log(
            instance=enquiry,
            action="contact.enquiry.status",
            user=request.user,
            data={"from": previous, "to": enquiry.status},
        )
        messages.success(
            request, f"Enquiry {enquiry.reference} marked {enquiry.get_status_display().lower()}."
        )
    return redirect("contact_enquiries:detail", pk=enquiry.pk)


@handlers_only(CHANGE)
@require_POST
def add_note(request, pk):
    enquiry = get_object_or_404(Enquiry, pk=pk)
    form = EnquiryNoteForm(request.POST)
    if form.is_valid():
        EnquiryNote.objects.create(
            enquiry=enquiry, author=request.user, text=form.cleaned_data["text"]
        )
        log(instance=enquiry, action="contact.enquiry.note", user=request.user)
        messages.success(request, "Note added.")
    else:
        messages.error(request, "The note was empty or too long (5,000 characters at most).")
    return redirect("contact_enquiries:detail", pk=enquiry.pk)


@handlers_only(DELETE)
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request, pk):
    enquiry = get_object_or_404(Enquiry, pk=pk)
    if request.method == "POST":
        reference = enquiry.reference
        log(instance=enquiry, action="wagtail.delete", user=request.user, deleted=True)
        enquiry.delete()
        messages.success(request, f"Enquiry {reference} deleted.")
        return redirect("contact_enquiries:index")
    return TemplateResponse(request, "contact/admin/delete.html", {"enquiry": enquiry})


# Spreadsheet programs run cells that start with these as formulas.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


EXPORT_COLUMNS = [
    ("Reference", lambda e: e.reference),
    ("Received", lambda e: timezone.localtime(e.received_at).strftime("%Y-%m-%d %H:%M")),
    ("Status", lambda e: e.get_status_display()),
    ("Area of law", lambda e: e.area_of_law_name),
    ("Addressed to", lambda e: e.solicitor.title if e.solicitor else ""),
    ("Came from", lambda e: e.source_path),
    ("Name", lambda e: e.name),
    ("Email", lambda e: e.email),
    ("Phone", lambda e: e.phone),
    ("Preferred contact", lambda e: e.get_preferred_contact_display()),
    ("Best time to call", lambda e: e.get_best_time_to_call_display()),
    ("Safe to leave a voicemail", lambda e: "Yes" if e.voicemail_ok else "No"),
    ("Safe to email", lambda e: "Yes" if e.email_ok else "No"),
    ("Call back only", lambda e: "Yes" if e.callback_only else "No"),
    ("Message", lambda e: e.message),
    ("Consent given", lambda e: timezone.localtime(e.consent_given_at).strftime("%Y-%m-%d %H:%M")),
    ("Privacy notice shown", lambda e: e.privacy_notice_version),
]


@handlers_only()
@require_http_methods(["GET", "HEAD"])
def export(request):
    enquiries = Enquiry.objects.select_related("solicitor").order_by("received_at")
    status = request.GET.get("status", "")
    if status:
        if status not in Enquiry.Status.values:
            raise Http404("No such status.")
        enquiries = enquiries.filter(status=status)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="enquiries-{stamp}.csv"'
    response.write("\ufeff")  # so spreadsheet programs read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow([heading for heading, _ in EXPORT_COLUMNS])
    for enquiry in enquiries:
        writer.writerow([spreadsheet_safe(value(enquiry)) for _, value in EXPORT_COLUMNS])
        log(instance=enquiry, action="contact.enquiry.export", user=request.user)
    return response
