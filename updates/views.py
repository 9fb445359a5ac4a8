"""
The public side of email updates: sign up, confirm, change choices, leave.

- Signing up always ends on the same "Check your email" page, whether the
  address was new, waiting for confirmation or already subscribed: the page
  reveals nothing about who subscribes.
- Nothing but a confirmation email is sent until its link is followed, and at
  most one a day per address; unconfirmed sign-ups are deleted after
  UPDATES_UNCONFIRMED_DAYS (`manage.py purge_unconfirmed_subscribers`).
- Confirming and leaving are buttons (POST): mail scanners that follow every
  link in an email neither confirm a stranger nor unsubscribe anyone. Mail
  clients' one-click unsubscribe (RFC 8058) POSTs to the same address.
- A token we did not sign gets a 400; one for a subscription that has ended
  gets a page saying so.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.models import Page, Revision

from firm_site.base import rate_limit
from firm_site.base.furniture import site_furniture
from firm_site.base.http_cache import mark_private
from firm_site.base.security import client_ip
from news.models import Category
from people.models import PersonPage
from updates import tokens
from updates.forms import CHOSEN, EVERYTHING, ChoicesForm, SignupForm
from updates.models import Subscriber, address_digest
from updates.tasks import send_confirmation

logger = logging.getLogger(__name__)

MAX_BODY_BYTES = 20_000
ONE_CONFIRMATION_EVERY = timedelta(days=1)


def _render(request, template, context=None, status=200):
    # Every page here may name sensitive subjects (the choices list every category,
    # and someone signing up may be a survivor): "Exit this page" is always offered.
    context = {"show_quick_exit": True, **(context or {})}
    response = TemplateResponse(request, f"updates/{template}.html", context, status=status)
    return mark_private(response)


def _privacy_notice(request):
    firm = site_furniture(request).firm
    notice = firm.privacy_page if firm else None
    return notice if notice is not None and notice.live else None


def _privacy_notice_version(request):
    notice = _privacy_notice(request)
    if notice is None:
        return None
    return Page.objects.filter(pk=notice.pk).values_list("live_revision_id", flat=True).first()


def _describe_privacy_notice(revision_id):
    revision = (
        Revision.objects.filter(pk=revision_id).only("pk", "created_at").first()
        if revision_id
        else None
    )
    if revision is None:
        return "Privacy notice (no published version)"
    published = timezone.localtime(revision.created_at).strftime("%-d %B %Y")
    return f"Privacy notice revision {revision.pk} of {published}"


def _prefill(request):
    """Choices arriving from a category page (?category=<path>) or a profile (?author=<slug>)."""
    initial = {"scope": EVERYTHING, "frequency": Subscriber.Frequency.EACH}
    path = request.GET.get("category", "")[:255]
    slug = request.GET.get("author", "")[:255]
    if path.isprintable() and "\0" not in path and path:
        category = Category.objects.filter(path=path).only("pk").first()
        if category:
            initial.update(scope=CHOSEN, categories=[category.pk])
    if slug.isprintable() and "\0" not in slug and slug:
        person = PersonPage.objects.live().public().filter(slug=slug).only("pk").first()
        if person:
            initial.update(scope=CHOSEN, authors=[person.pk])
    return initial


def _signup_page(request, form, status=200, notice=None):
    return _render(
        request,
        "signup",
        {
            "form": form,
            "form_token": tokens.issue_form_token(_privacy_notice_version(request)),
            "privacy_notice": _privacy_notice(request),
            "form_notice": notice,
            "meta_title": "Error: Get updates by email"
            if form.errors or notice
            else "Get updates by email",
        },
        status=status,
    )


@sensitive_post_parameters("email")
def signup(request):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    if request.method != "POST":
        return _signup_page(request, SignupForm(initial=_prefill(request)))
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
        return _render(
            request,
            "bad_request",
            {"too_large": True, "meta_title": "We could not read the form"},
            status=413,
        )

    form = SignupForm(request.POST)
    token = tokens.read_form_token(request.POST.get("form_token"))
    ip = client_ip(request) or ""
    if token is None:
        return _signup_page(
            request, form, 400, "Sorry, we could not read part of the form. Please send it again."
        )
    seconds_open, notice_version = token
    if rate_limit.is_limited("updates-ip", ip, settings.UPDATES_RATE_LIMIT_COUNT):
        return _signup_page(
            request,
            form,
            429,
            "We have had several sign-ups from your connection recently. "
            "Please wait an hour and try again.",
        )
    if form.is_bot:
        rate_limit.count("updates-ip", ip, settings.UPDATES_RATE_LIMIT_WINDOW)
        return _check_email_redirect()
    if not form.is_valid():
        return _signup_page(request, form, 400)
    if seconds_open < settings.UPDATES_MIN_SECONDS_TO_SUBMIT:
        rate_limit.count("updates-ip", ip, settings.UPDATES_RATE_LIMIT_WINDOW)
        return _signup_page(
            request, form, 400, "That was very quick. Please check your choices and send again."
        )

    rate_limit.count("updates-ip", ip, settings.UPDATES_RATE_LIMIT_WINDOW)
    email = form.cleaned_data["email"]
    digest = address_digest(email)
    # Per address as well as per IP: a botnet can't mail one stranger again and again.
    if not rate_limit.is_limited("updates-address", digest, settings.UPDATES_RATE_LIMIT_COUNT):
        rate_limit.count("updates-address", digest, settings.UPDATES_RATE_LIMIT_WINDOW)
        _sign_up(form, email, digest, _describe_privacy_notice(notice_version))
    # The same page whatever happened: nothing here says whether the address subscribes.
    return _check_email_redirect()


def _sign_up(form, email, digest, privacy_notice_version):
    now = timezone.now()
    try:
        with transaction.atomic():
            subscriber = Subscriber.objects.select_for_update().filter(address_hash=digest).first()
            if subscriber is None:
                subscriber = Subscriber(
                    email=email,
                    address_hash=digest,
                    consent_given_at=now,
                    privacy_notice_version=privacy_notice_version,
                )
            elif not subscriber.is_confirmed:
                # Not yet confirmed: the latest choices and consent are the ones that count.
                subscriber.consent_given_at = now
                subscriber.privacy_notice_version = privacy_notice_version
            if not subscriber.is_confirmed:
                form.apply_to(subscriber)
            # A confirmed subscriber's choices change only through their own link.
            due = subscriber.confirmation_sent_at is None or (
                now - subscriber.confirmation_sent_at >= ONE_CONFIRMATION_EVERY
            )
            if due:
                subscriber.confirmation_sent_at = now
            subscriber.save()
            if due:
                transaction.on_commit(lambda: _queue_confirmation(send_confirmation, subscriber.pk))
    except IntegrityError:
        # The same address signed up twice at once: the other request has it in hand.
        return


def _queue_confirmation(task, subscriber_id):
    try:
        task.enqueue(subscriber_id)
    except Exception:
        logger.exception("Could not queue a confirmation for subscriber %s", subscriber_id)


def _check_email_redirect():
    response = HttpResponseRedirect(reverse("updates:check_email"))
    response.status_code = 303
    return mark_private(response)


def check_email(request):
    return _render(request, "check_email", {"meta_title": "Check your email"})


def _bad_link(request):
    return _render(request, "bad_request", {"meta_title": "This link is not right"}, status=400)


def confirm(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        subscriber = tokens.read_confirm_token(token)
    except tokens.BadToken:
        return _bad_link(request)
    if subscriber is None:
        return _render(request, "link_expired", {"meta_title": "This link has expired"}, 410)
    if request.method == "POST":
        if not subscriber.is_confirmed:
            Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).update(
                confirmed_at=timezone.now()
            )
        return _render(
            request,
            "confirmed",
            {
                "meta_title": "You are subscribed",
                "manage_url": reverse("updates:manage", args=[tokens.link_token(subscriber)]),
            },
        )
    return _render(
        request,
        "confirm",
        {"meta_title": "Confirm your email updates", "confirmed": subscriber.is_confirmed},
    )


# No CSRF check: the signed token is the proof, and RFC 8058's one-click POST
# comes from the reader's mail provider, which has no cookie.
@csrf_exempt
def unsubscribe(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        subscriber = tokens.read_link_token(token)
    except tokens.BadToken:
        return _bad_link(request)
    if request.method == "POST":
        if subscriber is not None:
            # The row goes: address, choices and consent. The send history keeps its counts.
            subscriber.delete()
        return _render(request, "unsubscribed", {"meta_title": "You have unsubscribed"})
    if subscriber is None:
        return _render(request, "unsubscribed", {"meta_title": "You have unsubscribed"})
    return _render(
        request,
        "unsubscribe",
        {
            "meta_title": "Unsubscribe from email updates",
            "manage_url": reverse("updates:manage", args=[token]),
        },
    )


def manage(request, token):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        subscriber = tokens.read_link_token(token)
    except tokens.BadToken:
        return _bad_link(request)
    if subscriber is None:
        return _render(request, "unsubscribed", {"meta_title": "You have unsubscribed"})
    saved = False
    status = 200
    if request.method == "POST":
        form = ChoicesForm(request.POST)
        if form.is_valid():
            form.apply_to(subscriber)
            subscriber.save(update_fields=["choices", "frequency"])
            saved = True
        else:
            status = 400
    else:
        form = ChoicesForm(initial=ChoicesForm.initial_for(subscriber))
    return _render(
        request,
        "manage",
        {
            "form": form,
            "saved": saved,
            "meta_title": ("Error: " if form.errors else "") + "Your email updates",
            "unsubscribe_url": reverse("updates:unsubscribe", args=[token]),
        },
        status=status,
    )
