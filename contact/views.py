"""
The public side of the enquiry form: show it, take it, thank the enquirer.

Nothing an enquirer wrote is logged, echoed back after it is stored, or
kept anywhere but the encrypted Enquiry row. Every response is marked never
to be cached. Bad input gets the form back with a message and a 4xx, with
what the enquirer typed still in it: nothing is ever silently dropped.
"""

import logging
import re
from urllib.parse import parse_qsl, urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from wagtail.models import Page, Revision

from contact import protection
from contact.forms import EnquiryForm
from contact.notifications import create_notifications
from contact.records import OTHER_AREA_NAME, AreaOfLaw, Enquiry, contact_settings
from contact.tasks import send_after_commit
from firm_site.base.furniture import site_furniture
from people.models import PersonPage

logger = logging.getLogger(__name__)

# The reference to show once on the thank-you page ("" when there is none to show).
SESSION_REFERENCE_KEY = "contact_enquiry_reference"
# The references this browser session sent: only they are shown back, or corrected.
SESSION_SENT_KEY = "contact_enquiries_sent"
SESSION_SENT_KEPT = 10


def never_cache(response):
    add_never_cache_headers(response)
    response["Cache-Control"] += ", private"
    return response


SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,255}$")


def _routed_solicitor(slug):
    """The live profile named by `?solicitor=`; anything else means the general form."""
    # Only something shaped like a slug reaches the database (PostgreSQL refuses NUL).
    if not slug or not SLUG.match(slug):
        return None
    return PersonPage.objects.live().public().filter(slug=slug).first()


def _came_from(request, value):
    """A path on this site, or nothing: never an outside address."""
    if value and url_has_allowed_host_and_scheme(
        value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        path = urlsplit(value).path or "/"
        # A path as browsers send it: printable, no spaces, no NUL.
        if path.isprintable() and not any(char.isspace() for char in path):
            return path[:255]
    return ""


def _privacy_notice(request):
    """The full privacy notice, as chosen in Settings › Firm details, if it is live."""
    firm = site_furniture(request).firm
    notice = firm.privacy_page if firm else None
    return notice if notice is not None and notice.live else None


def _privacy_notice_version(request):
    """The live revision of the privacy notice, read now rather than from the cached
    firm details: the enquiry records which version the enquirer was shown."""
    notice = _privacy_notice(request)
    if notice is None:
        return None
    return Page.objects.filter(pk=notice.pk).values_list("live_revision_id", flat=True).first()


def _describe_privacy_notice(revision_id):
    revision = Revision.objects.filter(pk=revision_id).only("pk", "created_at").first()
    if revision is None:
        return "Privacy notice (version not recorded)"
    published = timezone.localtime(revision.created_at).strftime("%-d %B %Y")
    return f"Privacy notice revision {revision.pk} of {published}"


def _form(request, contact_page, data=None):
    firm = site_furniture(request).firm
    privacy = _privacy_notice(request)
    return EnquiryForm(
        data,
        areas_of_law=AreaOfLaw.objects.all(),
        firm_name=(firm and firm.firm_name) or "the firm",
        privacy_url=privacy.get_url(request) if privacy else "",
    )


def _render_form(request, contact_page, form, solicitor, came_from, status=200, notice=None):
    token = protection.issue_form_token(_privacy_notice_version(request))
    response = TemplateResponse(
        request,
        "contact/contact_page.html",
        {
            **contact_page.get_context(request),
            "form": form,
            "solicitor": solicitor,
            "form_token": token,
            "came_from": came_from,
            "form_notice": notice,
            "privacy_notice": _privacy_notice(request),
            "firm": site_furniture(request).firm,
            "response_days": contact_settings(request).response_target_working_days,
            # GOV.UK's pattern: a title that starts "Error:" is the first thing read out.
            "meta_title": f"Error: {contact_page.title}" if form.errors or notice else "",
        },
        status=status,
    )
    return never_cache(response)


def show_form(request, contact_page):
    if request.method not in ("GET", "HEAD"):
        return never_cache(HttpResponseNotAllowed(["GET", "HEAD"]))
    solicitor = _routed_solicitor(request.GET.get("solicitor"))
    came_from = _came_from(request, request.META.get("HTTP_REFERER", ""))
    return _render_form(request, contact_page, _form(request, contact_page), solicitor, came_from)


def _is_readable(request):
    """Refuse what no browser sends from this form: bytes that are not UTF-8, or files.

    Django would otherwise quietly replace undecodable bytes with U+FFFD.
    """
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        try:
            parse_qsl(
                request.body.decode("ascii"),
                keep_blank_values=True,
                encoding="utf-8",
                errors="strict",
            )
        except (UnicodeDecodeError, ValueError):
            return False
    elif not content_type.startswith("multipart/form-data"):
        return False
    if request.FILES:
        return False
    return not any("\ufffd" in value for values in request.POST.lists() for value in values[1])


@sensitive_variables("form", "data")
@sensitive_post_parameters()
def submit_enquiry(request, contact_page):
    if request.method != "POST":
        return never_cache(HttpResponseNotAllowed(["POST"]))

    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = settings.ENQUIRY_MAX_BODY_BYTES + 1
    if length > settings.ENQUIRY_MAX_BODY_BYTES:
        response = TemplateResponse(
            request,
            "contact/too_large.html",
            {"page": contact_page, "meta_title": "Your enquiry is too long to send"},
            status=413,
        )
        return never_cache(response)
    if not _is_readable(request):
        response = TemplateResponse(
            request,
            "contact/bad_request.html",
            {"page": contact_page, "meta_title": "We could not read your enquiry"},
            status=400,
        )
        return never_cache(response)

    data = request.POST
    solicitor = _routed_solicitor(data.get("solicitor"))
    came_from = _came_from(request, data.get("came_from", ""))
    form = _form(request, contact_page, data=data)

    def form_again(status, notice=None):
        """The form back, filled in as sent, with a fresh token and a message."""
        return _render_form(
            request, contact_page, form, solicitor, came_from, status=status, notice=notice
        )

    try:
        token = protection.read_form_token(data.get("form_token"))
    except protection.FormTokenExpired:
        form.is_valid()  # so any mistakes are shown with the message
        return form_again(
            400,
            "This form was opened more than a day ago, so for your safety we have not sent "
            "it yet. Please check your answers below and press Send again.",
        )
    if token is None:
        return form_again(
            400,
            "Sorry, we could not read part of the form. "
            "Please check your details and send it again.",
        )
    seconds_open, submission_key, notice_version = token

    if not form.is_valid():
        if "leave_blank" in form.errors:
            protection.count_submission(request)
        return form_again(400)

    cleaned = form.cleaned_data
    area = form.chosen_area()
    answers = {
        name: cleaned[name]
        for name in form.fields
        if name not in ("consent", "leave_blank", "area_of_law")
    }
    answers.update(
        area=area.name if area else OTHER_AREA_NAME,
        solicitor=solicitor.pk if solicitor else "",
        came_from=came_from,
    )
    fingerprint = protection.content_fingerprint(answers)
    digest = protection.submission_digest(submission_key, fingerprint)

    # Only every answer identical is the same enquiry: the same form sent twice
    # (double click, refresh), or re-typed into a fresh form soon after.
    duplicate = _stored_duplicate(digest, fingerprint)
    if duplicate:
        return _thank_you_redirect(request, contact_page, duplicate.reference)

    if protection.is_rate_limited(request):
        logger.info("Enquiry form rate limit reached")
        return form_again(
            429,
            "We have received several enquiries from your connection in the last few "
            "minutes, so we cannot take another just now. Please wait ten minutes and "
            "send it again, or telephone us.",
        )

    if seconds_open < settings.ENQUIRY_MIN_SECONDS_TO_SUBMIT:
        protection.count_submission(request)
        return form_again(
            400, "That was very quick. Please check your details and press Send again."
        )

    # Different answers from a form this browser already sent: a correction, linked
    # to the enquiry it corrects so handlers act on the latest answers.
    corrects = (
        Enquiry.objects.filter(
            submission_key=submission_key, reference__in=_sent_by_this_session(request)
        )
        .only("pk")
        .order_by("-received_at")
        .first()
    )
    try:
        with transaction.atomic():
            enquiry = Enquiry.objects.create(
                submission_key=submission_key,
                submission_digest=digest,
                content_fingerprint=fingerprint,
                corrects=corrects,
                solicitor=solicitor,
                area_of_law_name=answers["area"],
                source_path=came_from,
                name=cleaned["name"],
                email=cleaned["email"],
                phone=cleaned["phone"],
                message=cleaned["message"],
                preferred_contact=cleaned["preferred_contact"],
                best_time_to_call=cleaned["best_time_to_call"],
                voicemail_ok=cleaned["voicemail_ok"],
                email_ok=cleaned["email_ok"],
                say_firm_name_ok=cleaned["say_firm_name_ok"],
                text_ok=cleaned["text_ok"],
                callback_only=cleaned["callback_only"],
                wants_acknowledgement=cleaned["wants_acknowledgement"],
                consent_given_at=timezone.now(),
                privacy_notice_version=_describe_privacy_notice(notice_version)
                if notice_version
                else "Privacy notice (no published version)",
            )
            send_after_commit(create_notifications(enquiry))
    except IntegrityError:
        # An identical post of the same form raced this one: the first was stored.
        existing = Enquiry.objects.filter(submission_digest=digest).only("reference").first()
        if existing is None:
            raise
        return _thank_you_redirect(request, contact_page, existing.reference)

    protection.count_submission(request)
    logger.info("Enquiry %s received", enquiry.reference)
    sent = _sent_by_this_session(request)
    request.session[SESSION_SENT_KEY] = (sent + [enquiry.reference])[-SESSION_SENT_KEPT:]
    return _thank_you_redirect(request, contact_page, enquiry.reference)


def _stored_duplicate(digest, fingerprint):
    """An enquiry with exactly these answers: from this form, or recently from another."""
    return (
        Enquiry.objects.filter(submission_digest=digest).only("reference").first()
        or Enquiry.objects.filter(
            content_fingerprint=fingerprint,
            received_at__gte=timezone.now() - settings.ENQUIRY_DUPLICATE_WINDOW,
        )
        .only("reference")
        .first()
    )


def _sent_by_this_session(request):
    sent = request.session.get(SESSION_SENT_KEY)
    return (
        [reference for reference in sent if isinstance(reference, str)]
        if isinstance(sent, list)
        else []
    )


def _thank_you_redirect(request, contact_page, reference):
    """303 to the thank-you page, which shows the reference once, and only to the
    browser session that sent it: never to someone reposting another person's
    form or words, who learns nothing about whether they wrote to the firm."""
    owned = reference in _sent_by_this_session(request)
    request.session[SESSION_REFERENCE_KEY] = reference if owned else ""
    url = contact_page.get_url(request) + contact_page.reverse_subpage("thank_you")
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return never_cache(response)


def thank_you(request, contact_page):
    if request.method not in ("GET", "HEAD"):
        return never_cache(HttpResponseNotAllowed(["GET", "HEAD"]))
    # Shown once: afterwards (Back, reload, the next person at this computer) the
    # page no longer says that an enquiry was sent.
    if request.method == "GET":
        reference = request.session.pop(SESSION_REFERENCE_KEY, None)
    else:  # HEAD (a link checker, a prefetch) must not use up the one showing
        reference = request.session.get(SESSION_REFERENCE_KEY)
    if reference is None:
        return never_cache(HttpResponseRedirect(contact_page.get_url(request)))
    response = TemplateResponse(
        request,
        "contact/thank_you.html",
        {
            **contact_page.get_context(request),
            "reference": reference,
            "meta_title": "Enquiry received",
        },
    )
    return never_cache(response)
