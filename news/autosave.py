"""
A new article is never lost to Wagtail's autosave.

Wagtail 8 autosaves the "add" form while the author types: its first autosave
creates the page, and only when that request answers does the browser point the
form at the new page's edit view. An author who presses "Submit to Legal review"
(or "Save draft") while that first autosave is still on its way posts the whole
form to the "add" view again, which used to fail with "The slug is already in use"
(by the page the autosave had just made), leaving the author unsure what was kept.

Each "add" form carries a key (the new page's `translation_key`, a fresh UUID),
so the autosave's page and the later POST can be matched. When the "add" view
receives a POST whose key belongs to a draft that this author's autosave created
moments ago under the same parent, that draft is replaced by the page the POST
creates: the POST holds everything the autosave held and more. (Replaced rather
than edited: the autosave's authors and other inline rows are not in the POST,
which would add them a second time.) Both requests run with the parent page
locked, so an autosave still running finishes first; if the POST has errors the
draft is kept.
"""

import uuid
from datetime import timedelta

from django import forms
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

# How recent the autosave's draft must be to be replaced: the gap between an
# autosave and a POST from the same form is seconds, not minutes.
REPLACEABLE_FOR = timedelta(minutes=10)
KEY_FIELD = "draft_key"


class DraftKeyFormMixin(forms.Form):
    """Adds the hidden key to a page's "add" form (not to its edit form)."""

    draft_key = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            del self.fields[KEY_FIELD]
        else:
            self.fields[KEY_FIELD].initial = self.instance.translation_key

    def clean(self):
        cleaned_data = super().clean()
        key = cleaned_data.get(KEY_FIELD)
        if key and not self.instance.pk:
            if Page.objects.filter(translation_key=key, locale_id=self.instance.locale_id).exists():
                # The draft was already saved and can't be replaced (it was submitted,
                # or is older): say where it is rather than make a second copy.
                raise forms.ValidationError(
                    "This article has already been saved. Open it from your drafts on "
                    "the dashboard to carry on."
                )
            self.instance.translation_key = key
        return cleaned_data


def replaceable_draft(request, parent_page, page_class):
    """The draft this form's autosave created, if it may be replaced."""
    try:
        key = uuid.UUID(request.POST.get(KEY_FIELD, ""))
    except ValueError:
        return None
    page = (
        page_class.objects.child_of(parent_page)
        .filter(
            translation_key=key,
            owner=request.user,
            live=False,
            first_published_at__isnull=True,
            latest_revision_created_at__gte=timezone.now() - REPLACEABLE_FOR,
        )
        .first()
    )
    if page is None or page.get_children().exists() or page.workflow_states.exists():
        return None
    if page.revisions.exclude(user=request.user).exists():
        return None
    return page


def create_without_clashing(request, parent_page, page_class):
    """`before_create_page` hook: run the "add" view's POST with the parent locked,
    replacing the autosave's draft from the same form."""
    if request.method != "POST" or not issubclass(
        page_class.get_edit_handler().get_form_class(), DraftKeyFormMixin
    ):
        return None
    if getattr(request, "_draft_key_checked", False):
        return None  # the inner run below
    request._draft_key_checked = True
    # Imported here: the admin's views load the whole admin, which is not needed
    # to define the form mixin above.
    from wagtail.admin.views.pages.create import CreateView

    with transaction.atomic():
        # Serialises creating pages under this parent (SQLite's transactions are
        # exclusive already): an autosave still running commits first.
        Page.objects.select_for_update().filter(pk=parent_page.pk).first()
        draft = replaceable_draft(request, parent_page, page_class)
        if draft is not None:
            log(instance=draft, action="wagtail.delete", user=request.user)
            draft.delete()
        match = request.resolver_match
        response = CreateView.as_view()(request, *match.args, **match.kwargs)
        if not created(response):
            # Nothing was made (the form had errors): keep the autosave's draft.
            transaction.set_rollback(True)
        return response


def created(response):
    """Whether the "add" view made the page: a redirect, or autosave's JSON success."""
    return response.status_code == 302 or (
        response.status_code == 200 and response.headers.get("Content-Type") == "application/json"
    )
