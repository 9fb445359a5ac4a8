"""
The Enquiries area of the admin: list, read, change status, add notes, export
and delete enquiries.

Only users with the enquiry permissions (the "Enquiry handlers" group, and
superusers) get past `handlers_only`; the solicitor an enquiry is addressed to
may also read that one enquiry (after their second factor, as handlers);
everybody else, signed in or not, gets a 404, so the area does not even admit
to existing. Enquiries are addressed by a random id, never a sequential one.
Every read, export, status change, note and deletion is written to Wagtail's
audit log, which records who, what and when but only the enquiry's
reference, never its content.
"""

import csv
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import user_has_device
from wagtail.log_actions import log

from contact.forms import EnquiryNoteForm, EnquiryStatusForm
from contact.notifications import add_working_days
from contact.records import AreaOfLaw, Enquiry, EnquiryNote, EnquiryNotification, contact_settings
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


def is_addressed_solicitor(user, enquiry):
    """Whether `user` is the solicitor this enquiry was addressed to (and may use the admin)."""
    solicitor = enquiry.solicitor
    return bool(
        solicitor is not None
        and user.is_authenticated
        and user.is_active
        and solicitor.user_id == user.pk
        and user.has_perm("wagtailadmin.access_admin")
    )


def _second_factor_first(request):
    """As for handlers: with ADMIN_2FA_REQUIRED, a verified second factor before reading."""
    if not settings.ADMIN_2FA_REQUIRED or request.user.is_verified():
        return None
    target = "two_factor_verify" if user_has_device(request.user) else "two_factor_setup"
    return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


def _response_target(request):
    return contact_settings(request).response_target_working_days


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


@require_http_methods(["GET", "HEAD"])
def detail(request, public_id):
    enquiry = (
        Enquiry.objects.select_related("solicitor", "corrects").filter(public_id=public_id).first()
    )
    is_handler = can_handle_enquiries(request.user)
    if enquiry is None or not (is_handler or is_addressed_solicitor(request.user, enquiry)):
        raise Http404
    if not is_handler:
        # The two-factor middleware does not know this solicitor reads enquiries.
        second_factor = _second_factor_first(request)
        if second_factor:
            return never_cache(second_factor)
    log(instance=enquiry, action="contact.enquiry.view", user=request.user)
    area = AreaOfLaw.objects.select_related("department").filter(name=enquiry.area_of_law_name)
    response = TemplateResponse(
        request,
        "contact/admin/detail.html",
        {
            "enquiry": enquiry,
            "is_handler": is_handler,
            "latest_correction": enquiry.latest_correction,
            "area": area.first(),
            "notes": enquiry.notes.select_related("author"),
            "notifications": enquiry.notifications.all(),
            "status_form": EnquiryStatusForm(instance=enquiry),
            "note_form": EnquiryNoteForm(),
            "can_change": is_handler and request.user.has_perm(CHANGE),
            "can_delete": is_handler and request.user.has_perm(DELETE),
        },
    )
    return never_cache(response)


@handlers_only(CHANGE)
@require_POST
def update_status(request, public_id):
    enquiry = get_object_or_404(Enquiry, public_id=public_id)
    previous = enquiry.status
    form = EnquiryStatusForm(request.POST, instance=enquiry)
    if not form.is_valid():
        messages.error(request, "Choose one of the statuses offered.")
        return redirect("contact_enquiries:detail", public_id=enquiry.public_id)
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
    return redirect("contact_enquiries:detail", public_id=enquiry.public_id)


@handlers_only(CHANGE)
@require_POST
def add_note(request, public_id):
    enquiry = get_object_or_404(Enquiry, public_id=public_id)
    form = EnquiryNoteForm(request.POST)
    if form.is_valid():
        EnquiryNote.objects.create(
            enquiry=enquiry, author=request.user, text=form.cleaned_data["text"]
        )
        log(instance=enquiry, action="contact.enquiry.note", user=request.user)
        messages.success(request, "Note added.")
    else:
        messages.error(request, "The note was empty or too long (5,000 characters at most).")
    return redirect("contact_enquiries:detail", public_id=enquiry.public_id)


@handlers_only(DELETE)
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request, public_id):
    enquiry = get_object_or_404(Enquiry, public_id=public_id)
    if request.method == "POST":
        reference = enquiry.reference
        log(instance=enquiry, action="wagtail.delete", user=request.user, deleted=True)
        enquiry.delete()
        messages.success(request, f"Enquiry {reference} deleted.")
        return redirect("contact_enquiries:index")
    return TemplateResponse(request, "contact/admin/delete.html", {"enquiry": enquiry})


# Spreadsheet programs run cells that start with these as formulas, including
# the fullwidth forms some of them read as the ASCII ones.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value):
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def _yes_no(value):
    return "" if value is None else ("Yes" if value else "No")


EXPORT_COLUMNS = [
    ("Corrects", lambda e: e.corrects.reference if e.corrects else ""),
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
    ("May say who we are", lambda e: _yes_no(e.say_firm_name_ok)),
    ("Safe to text", lambda e: _yes_no(e.text_ok)),
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
    enquiries = Enquiry.objects.select_related("solicitor", "corrects").order_by("received_at")
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
