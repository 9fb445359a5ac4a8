"""
Password-reset emails, sent by the background worker (`manage.py db_worker
--backend notifications`) like every enquiry notification, so that a slow or
hung mail server never holds the request of someone locked out of the admin.

Only the account and where the link should point travel through the queue:
the worker makes the one-use link itself when it sends the email, so the task
table never holds a working reset link.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm as DjangoPasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task
from wagtail.admin.forms.auth import PasswordResetForm

# What the request knows and the email needs; the user, uid and token are made again.
CONTEXT_KEYS = ("email", "domain", "site_name", "protocol")


class QueuedPasswordResetForm(PasswordResetForm):
    """Wagtail's form (WAGTAILADMIN_USER_PASSWORD_RESET_FORM); its email is queued."""

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        send_password_reset_email.enqueue(
            user_pk=context["user"].pk,
            to_email=to_email,
            context={key: context[key] for key in CONTEXT_KEYS if key in context},
            subject_template_name=subject_template_name,
            email_template_name=email_template_name,
            from_email=from_email,
            html_email_template_name=html_email_template_name,
        )


@task(backend="notifications")
def send_password_reset_email(
    *,
    user_pk,
    to_email,
    context,
    subject_template_name,
    email_template_name,
    from_email=None,
    html_email_template_name=None,
):
    """Build and send one reset email, if the account may still reset its password
    at the same address (it may have changed, or been deactivated, meanwhile)."""
    user_model = get_user_model()
    user = user_model._default_manager.filter(pk=user_pk, is_active=True).first()
    email_field = user_model.get_email_field_name()
    if (
        user is None
        or not user.has_usable_password()
        or getattr(user, email_field, "").casefold() != to_email.casefold()
    ):
        return "skipped"
    context = {
        **context,
        "user": user,
        "uid": urlsafe_base64_encode(force_bytes(user_model._meta.pk.value_to_string(user))),
        "token": default_token_generator.make_token(user),
    }
    # Django's own rendering and sending (it logs a failure rather than raise).
    DjangoPasswordResetForm().send_mail(
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=html_email_template_name,
    )
    return "sent"
