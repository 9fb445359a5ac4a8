"""
Legal review: the workflow task a reviewer (a partner or the compliance officer)
completes before an article goes live.

An article in a category marked sensitive can only be approved with the legal
checklist confirmed; the confirmation, who gave it and when are kept in the
article's history (the approval's comment, and an entry of its own). Approving
stamps "Reviewed by <name> on <date>" on the revision that is then published.
See https://docs.wagtail.org/en/stable/extending/custom_tasks.html
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from wagtail.forms import TaskStateCommentForm
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask

CHECKLIST_ACTION = "approve-with-checklist"
CHECKLIST_LOG_ACTION = "news.legal_checklist_confirmed"

# What the reviewer confirms for a sensitive article, in the order they read it.
CHECKLIST = {
    "no_identifiable_complainant": (
        "No complainant of a sexual offence can be identified from the text or the images, "
        "alone or pieced together with other reports: their anonymity is lifelong "
        "(Sexual Offences (Amendment) Act 1992)."
    ),
    "restrictions_checked": (
        "Reporting restrictions and live proceedings have been checked, and nothing here "
        "breaches an order or risks contempt of court."
    ),
    "accurate": "The article is accurate and not misleading.",
}


class LegalChecklistForm(TaskStateCommentForm):
    """The approval form for a sensitive article: every box must be ticked."""

    no_identifiable_complainant = forms.BooleanField(label=CHECKLIST["no_identifiable_complainant"])
    restrictions_checked = forms.BooleanField(label=CHECKLIST["restrictions_checked"])
    accurate = forms.BooleanField(label=CHECKLIST["accurate"])

    field_order = [*CHECKLIST, "comment"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in CHECKLIST:
            self.fields[name].error_messages["required"] = "Confirm this before approving."

    def approval_comment(self):
        """The comment kept with the approval in the article's history."""
        lines = ["Legal checklist confirmed:"]
        lines += [f"- {label}" for label in CHECKLIST.values()]
        if self.cleaned_data.get("comment"):
            lines += ["", self.cleaned_data["comment"]]
        return "\n".join(lines)


def draft_of(page):
    """The version under review: the latest revision, not the live row (whose
    categories lag behind a draft's)."""
    page = page.specific
    return page.get_latest_revision_as_object() if page.latest_revision_id else page


def needs_checklist(page):
    return bool(getattr(draft_of(page), "is_sensitive", False))


def reviewer_name(user):
    """The name readers see: the reviewer's profile title, else their full name;
    never a username (an account's name is not for the public)."""
    if user is None:
        return ""
    person = getattr(user, "person_page", None)
    if person is not None:
        return person.title
    return user.get_full_name() or "the firm's Legal review"


def stamp_review(page, user):
    """Write the reviewer and today's date into the revision about to be published,
    so the live article (and every later draft built from it) carries them."""
    revision = page.get_latest_revision()
    if revision is None or not hasattr(page.specific, "reviewed_by_name"):
        return
    revision.content["reviewed_by_name"] = reviewer_name(user)
    revision.content["reviewed_at"] = timezone.localdate().isoformat()
    revision.save(update_fields=["content"])


class LegalReviewTask(AbstractGroupApprovalTask):
    """Approval by the reviewers' groups, with the legal checklist for sensitive articles."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and needs_checklist(obj):
            # The plain "Approve" is not offered: it would skip the checklist.
            return [
                ("reject", "Request changes", True),
                (CHECKLIST_ACTION, "Approve after the legal checklist", True),
            ]
        return actions

    def get_form_for_action(self, action):
        if action == CHECKLIST_ACTION:
            return LegalChecklistForm
        return super().get_form_for_action(action)

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name not in ("approve", CHECKLIST_ACTION):
            return super().on_action(task_state, user, action_name, **kwargs)
        page = task_state.workflow_state.content_object.specific
        checklist = None
        if action_name == CHECKLIST_ACTION:
            # Validated here, not only in the modal: the editor's own "Approve" button
            # posts the modal's data straight to the edit view.
            checklist = LegalChecklistForm(data=kwargs)
            if not checklist.is_valid():
                raise PermissionDenied("Confirm every point of the legal checklist to approve.")
            comment = checklist.approval_comment()
        elif needs_checklist(page):
            raise PermissionDenied(
                "This article is in a sensitive category: "
                "confirm the legal checklist to approve it."
            )
        else:
            comment = kwargs.get("comment", "")
        stamp_review(page, user)
        if checklist is not None:
            log(
                instance=page,
                action=CHECKLIST_LOG_ACTION,
                user=user,
                revision=page.get_latest_revision(),
                data={"confirmed": list(CHECKLIST.values())},
            )
        task_state.approve(user=user, comment=comment)

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve; articles in sensitive categories need "
            "the legal checklist confirmed first."
        )

    class Meta:
        verbose_name = "Legal review task"
        verbose_name_plural = "Legal review tasks"
