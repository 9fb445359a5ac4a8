"""
Building and sending email updates.

- On an article's first publish (`updates.signals`) a `Mailing` is created in
  the publishing transaction; after the commit a background task works out who
  asked for it and creates one `Delivery` row each (unique per subscriber), then
  queues one task per email, spread out at UPDATES_SEND_PER_MINUTE so a long
  list never floods the mail server.
- `manage.py send_digest` does the same for the week's digest.
- A delivery is claimed with one conditional UPDATE before it is sent: two
  workers, or a task queued twice, can never send it twice. A failure is
  recorded (its kind only) and retried with backoff; after UPDATES_MAX_ATTEMPTS
  it stays "Failed" in the admin. A worker that dies mid-send leaves "Sending":
  visible, and never sent again by itself.

Nothing in a subject, the sender's name or the preview text names a category
or a sensitive article: a mailbox's list view is often seen by others.
"""

import logging
from datetime import timedelta
from email.utils import formataddr, parseaddr

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from firm_site.base.models import FirmSettings
from news.models import ArticlePage, Category
from updates.models import Delivery, Mailing, Subscriber
from updates.tokens import confirm_token, link_token

logger = logging.getLogger(__name__)

FIRST_RETRY_DELAY = timedelta(minutes=1)
LONGEST_RETRY_DELAY = timedelta(hours=1)
IMAGE_SPEC = "fill-1200x675"


# --- Who gets what ---------------------------------------------------------


def category_paths():
    return dict(Category.objects.values_list("pk", "path"))


def wants(choices, article_category_paths, article_author_ids, paths):
    """Whether a subscriber's choices cover an article: everything, one of its
    authors, or one of its categories or a category above one."""
    if choices["everything"]:
        return True
    if set(choices["authors"]) & set(article_author_ids):
        return True
    for pk in choices["categories"]:
        chosen = paths.get(pk)
        if chosen and any(
            path == chosen or path.startswith(f"{chosen}/") for path in article_category_paths
        ):
            return True
    return False


def article_facts(article):
    return (
        [category.path for category in article.categories.all()],
        [authorship.person_id for authorship in article.authors.all()],
    )


def confirmed_subscribers(frequency):
    # Addresses are not needed to choose recipients: leave them encrypted.
    return Subscriber.objects.filter(confirmed_at__isnull=False, frequency=frequency).only(
        "pk", "choices"
    )


# --- Choosing recipients (the queueing is in updates.tasks) ----------------


def create_article_mailing(article):
    """The Mailing for an article's first publish, or None if it has one: unique per
    article, so it is never announced twice."""
    mailing, created = Mailing.objects.get_or_create(
        article=article, defaults={"kind": Mailing.Kind.ARTICLE, "title": article.title[:255]}
    )
    return mailing if created else None


def fan_out(mailing_id):
    """Create a mailing's deliveries (once each) and return the ids still owed."""
    mailing = Mailing.objects.filter(pk=mailing_id).first()
    if mailing is None:
        return []
    if mailing.kind == Mailing.Kind.ARTICLE:
        # A private (password or group-only) article is announced to nobody.
        article = (
            ArticlePage.objects.live()
            .public()
            .filter(pk=mailing.article_id)
            .prefetch_related("categories", "authors")
            .first()
        )
        if article is None:
            return []
        paths = category_paths()
        facts = article_facts(article)
        recipients = [
            subscriber.pk
            for subscriber in confirmed_subscribers(Subscriber.Frequency.EACH)
            if wants(subscriber.get_choices(), *facts, paths)
        ]
    else:
        # The week's articles once, then each subscriber's choices against them.
        candidates = digest_candidates(mailing)
        paths = category_paths()
        recipients = [
            subscriber.pk
            for subscriber in confirmed_subscribers(Subscriber.Frequency.WEEKLY)
            if matching(subscriber.get_choices(), candidates, paths)
        ]
    # ignore_conflicts: running the fan-out again adds nobody twice.
    Delivery.objects.bulk_create(
        [Delivery(mailing=mailing, subscriber_id=pk) for pk in recipients],
        ignore_conflicts=True,
        batch_size=500,
    )
    return owed_ids(mailing)


def owed_ids(mailing=None):
    owed = Delivery.objects.filter(
        status__in=[Delivery.Status.PENDING, Delivery.Status.RETRYING]
    ).order_by("pk")
    if mailing is not None:
        owed = owed.filter(mailing=mailing)
    return list(owed.values_list("pk", flat=True))


# --- Sending one -----------------------------------------------------------


def retry_delay(attempts):
    return min(FIRST_RETRY_DELAY * (2 ** max(attempts - 1, 0)), LONGEST_RETRY_DELAY)


def deliver(delivery_id):
    """Send one delivery if it is still owed and due. Returns the Delivery (None if
    it is gone); its status says what happened. Never raises."""
    now = timezone.now()
    # The claim: one conditional UPDATE, so only one worker ever sends it.
    claimed = Delivery.objects.filter(
        pk=delivery_id,
        status__in=[Delivery.Status.PENDING, Delivery.Status.RETRYING],
        next_attempt_at__lte=now,
    ).update(status=Delivery.Status.SENDING, attempts=F("attempts") + 1)
    delivery = (
        Delivery.objects.select_related("mailing", "subscriber").filter(pk=delivery_id).first()
    )
    if delivery is None or not claimed:
        return delivery

    subscriber = delivery.subscriber
    try:
        message = None
        if subscriber is not None and subscriber.is_confirmed:
            message = build_update(delivery.mailing, subscriber)
        if message is None:
            delivery.status = Delivery.Status.SKIPPED
        else:
            message.send(fail_silently=False)
            delivery.status = Delivery.Status.SENT
            delivery.sent_at = timezone.now()
            delivery.last_error = ""
    except Exception as error:
        delivery.last_error = type(error).__name__[:200]
        if delivery.attempts >= settings.UPDATES_MAX_ATTEMPTS:
            delivery.status = Delivery.Status.FAILED
        else:
            delivery.status = Delivery.Status.RETRYING
            delivery.next_attempt_at = now + retry_delay(delivery.attempts)
        logger.warning(
            "Email update delivery %s failed (%s), attempt %s",
            delivery.pk,
            delivery.last_error,
            delivery.attempts,
        )
    delivery.save(update_fields=["status", "sent_at", "last_error", "next_attempt_at"])
    return delivery


# --- The emails ------------------------------------------------------------


def firm_settings():
    return FirmSettings.objects.filter(site__is_default_site=True).first()


def firm_name(firm=None):
    return (firm and firm.firm_name) or settings.WAGTAIL_SITE_NAME


def absolute(path):
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def sender(firm):
    """The firm's name and the site's sending address: never a category or a title."""
    return formataddr((firm_name(firm), parseaddr(settings.DEFAULT_FROM_EMAIL)[1]))


def subscriber_links(subscriber):
    token = link_token(subscriber)
    return {
        "unsubscribe_url": absolute(reverse("updates:unsubscribe", args=[token])),
        "manage_url": absolute(reverse("updates:manage", args=[token])),
    }


def render_email(template, context):
    """(plain text, HTML with its CSS inlined)."""
    text = render_to_string(f"updates/email/{template}.txt", context)
    html = render_to_string(f"updates/email/{template}.html", context)
    # @media rules stay in a <style> block for the clients that read it (narrow screens).
    html = css_inline.inline(html, keep_at_rules=True, load_remote_stylesheets=False)
    return text, html


def card(article):
    image_url = ""
    if article.listing_image_id:
        try:
            image_url = absolute(article.listing_image.get_rendition(IMAGE_SPEC).url)
        except Exception:
            logger.exception("No email image for article %s", article.pk)
    return {
        "title": article.title,
        "excerpt": article.excerpt,
        "url": absolute(article.get_url()),
        "image_url": image_url,
        "image_alt": article.listing_image_alt,
        "sensitive": article.is_sensitive,
    }


def _message(firm, subscriber, subject, template, context):
    links = subscriber_links(subscriber)
    context = {**context, **links, "firm_name": firm_name(firm), "subject": subject}
    text, html = render_email(template, context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=sender(firm),
        to=[subscriber.email],
        headers={
            # RFC 8058: mail clients offer "Unsubscribe" and POST to the link themselves.
            "List-Unsubscribe": f"<{links['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def build_update(mailing, subscriber):
    """The email a delivery sends, or None if there is nothing for this subscriber."""
    firm = firm_settings()
    name = firm_name(firm)
    if mailing.kind == Mailing.Kind.ARTICLE:
        article = (
            ArticlePage.objects.live()
            .public()
            .filter(pk=mailing.article_id)
            .select_related("listing_image")
            .prefetch_related("categories")
            .first()
        )
        if article is None:
            return None
        item = card(article)
        preview = f"A new article from {name}" if item["sensitive"] else item["excerpt"]
        return _message(
            firm,
            subscriber,
            f"New article from {name}",
            "article",
            {"article": item, "preview": preview},
        )
    articles = digest_articles(mailing, subscriber)
    if not articles:
        return None
    return _message(
        firm,
        subscriber,
        f"This week's articles from {name}",
        "digest",
        {
            "articles": [card(article) for article in articles],
            "preview": f"New articles from {name} this week",
        },
    )


def digest_candidates(mailing):
    """The live, public articles of a digest's week, with what choosing them depends on."""
    articles = (
        ArticlePage.objects.live()
        .public()
        .filter(
            first_published_at__gte=mailing.period_start,
            first_published_at__lt=mailing.period_end,
        )
        .select_related("listing_image")
        .prefetch_related("categories", "authors")
        .order_by("-first_published_at")
    )
    return [(article, article_facts(article)) for article in articles]


def matching(choices, candidates, paths):
    return [article for article, facts in candidates if wants(choices, *facts, paths)]


def digest_articles(mailing, subscriber):
    """The articles of a digest's week that a subscriber asked for."""
    return matching(subscriber.get_choices(), digest_candidates(mailing), category_paths())


def build_confirmation(subscriber):
    """The one email sent before confirmation: a link, and nothing of what was chosen."""
    firm = firm_settings()
    name = firm_name(firm)
    subject = f"Confirm your email updates from {name}"
    context = {
        "firm_name": name,
        "subject": subject,
        "confirm_url": absolute(reverse("updates:confirm", args=[confirm_token(subscriber)])),
        "days": settings.UPDATES_UNCONFIRMED_DAYS,
        "preview": "Please confirm your email address",
    }
    text, html = render_email("confirm", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=sender(firm), to=[subscriber.email]
    )
    message.attach_alternative(html, "text/html")
    return message


def build_already_subscribed(subscriber):
    """Sent (at most daily) when a confirmed address signs up again: the page said
    nothing, so the owner of the address learns here how to change their choices."""
    firm = firm_settings()
    name = firm_name(firm)
    subject = f"Your email updates from {name}"
    context = {"firm_name": name, "subject": subject, "preview": "You are already subscribed"}
    return _message(firm, subscriber, subject, "already_subscribed", context)


def send_confirmation(subscriber_id):
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return "gone"
    try:
        if subscriber.is_confirmed:
            build_already_subscribed(subscriber).send(fail_silently=False)
        else:
            build_confirmation(subscriber).send(fail_silently=False)
    except Exception as error:
        # Let the reader ask again at once rather than tomorrow.
        Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=None)
        logger.warning(
            "Confirmation for subscriber %s failed (%s)", subscriber.pk, type(error).__name__
        )
        return "failed"
    return "sent"


# --- The weekly digest -----------------------------------------------------


def create_digest(now=None, force=False):
    """The week's digest mailing, or None if one went out less than six days ago."""
    now = now or timezone.now()
    last = Mailing.objects.filter(kind=Mailing.Kind.DIGEST).order_by("-period_end").first()
    if last and not force and now - last.period_end < timedelta(days=6):
        return None
    start = last.period_end if last else now - timedelta(days=7)
    return Mailing.objects.create(
        kind=Mailing.Kind.DIGEST,
        title=f"Weekly digest, {timezone.localdate(now):%-d %B %Y}",
        period_start=start,
        period_end=now,
    )
