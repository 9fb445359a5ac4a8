"""The confidential enquiry form, and the handlers' forms in the admin."""

import re
import unicodedata

from django import forms
from django.utils.html import format_html

from contact.protection import is_plausible_address
from contact.records import OTHER_AREA_NAME, Enquiry

OTHER_AREA = "other"
OTHER_AREA_LABEL = OTHER_AREA_NAME

# Digits with the separators people write: "0113 496 0123", "+44 (0)7700 900123",
# "+1-555-010-9999". E.164 numbers have at most 15 digits; UK ones at least 10.
PHONE_ALLOWED = re.compile(r"^\+?[\d\s().\-]+$")
YES_NO = [("yes", "Yes"), ("no", "No")]


def validate_phone(value):
    digits = re.sub(r"\D", "", value.replace("(0)", ""))
    if not PHONE_ALLOWED.match(value) or not 7 <= len(digits) <= 15:
        raise forms.ValidationError(
            "Enter a phone number using digits, spaces and a leading + if it is international, "
            "like 0113 496 0123 or +44 113 496 0123."
        )


# Characters that reorder how text is shown (a name that reads one way in the admin
# and another in a spreadsheet), beside the control characters (Cc) refused too.
BIDI_CONTROLS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def no_line_breaks(value):
    if "\r" in value or "\n" in value:
        raise forms.ValidationError("Enter this on one line.")


def plain_one_line(value):
    """One-line fields refuse control and text-direction characters, which no
    keyboard types and which can disguise what a handler reads."""
    no_line_breaks(value)
    if any(char in BIDI_CONTROLS or unicodedata.category(char) == "Cc" for char in value):
        raise forms.ValidationError(
            "Remove the hidden formatting characters from this answer (they are sometimes "
            "copied with text) and type it again."
        )


def plausible_email(value):
    if value and not is_plausible_address(value):
        raise forms.ValidationError("Enter an email address we can reach, like name@example.com.")


class YesNoField(forms.TypedChoiceField):
    widget = forms.RadioSelect

    def __init__(self, **kwargs):
        super().__init__(
            choices=YES_NO,
            coerce=lambda value: value == "yes",
            empty_value=None,
            **kwargs,
        )


class EnquiryForm(forms.Form):
    """What a prospective client tells us. Every field has a maximum length;
    line breaks are refused where they could reach an email header."""

    name = forms.CharField(
        label="Your name",
        max_length=100,
        error_messages={"required": "Enter your name, or the name you would like us to use."},
        validators=[plain_one_line],
        help_text="The name you would like us to use.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label="Email address (if we may email you)",
        max_length=254,
        required=False,
        error_messages={
            "invalid": "Enter an email address in the right form, like name@example.com.",
        },
        validators=[plain_one_line, plausible_email],
        help_text="Needed only if you would like us to email you.",
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label="Phone number (optional)",
        max_length=30,
        required=False,
        validators=[plain_one_line, validate_phone],
        help_text="UK or international, for example 0113 496 0123 or +44 113 496 0123.",
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    preferred_contact = forms.ChoiceField(
        label="How would you prefer us to contact you?",
        choices=Enquiry.ContactMethod.choices,
        error_messages={"required": "Choose whether you would prefer a phone call or an email."},
        widget=forms.RadioSelect,
    )
    best_time_to_call = forms.ChoiceField(
        label="Best time to call (optional)",
        choices=[("", "No preference")] + Enquiry.BestTime.choices,
        required=False,
    )
    voicemail_ok = YesNoField(
        label="Is it safe for us to leave you a voicemail?",
        error_messages={"required": "Tell us whether it is safe to leave you a voicemail."},
    )
    email_ok = YesNoField(
        label="Is it safe for us to email you?",
        error_messages={"required": "Tell us whether it is safe to email you."},
    )
    # Asked only when phone is chosen (the template shows them with the phone questions).
    say_firm_name_ok = YesNoField(label="Can we say who we are when we call?", required=False)
    text_ok = YesNoField(label="Is it safe for us to send you a text message?", required=False)
    area_of_law = forms.ChoiceField(
        label="What is your enquiry about?",
        error_messages={"required": "Choose what your enquiry is about, or Other / not sure."},
    )
    callback_only = forms.BooleanField(
        label="I would rather not describe anything yet. Please just call me back.",
        required=False,
    )
    message = forms.CharField(
        label="Your message",
        max_length=5000,
        required=False,
        help_text="Up to 5,000 characters. Tell us as much or as little as you want to.",
        # Nothing written here is offered again to the next person at this browser.
        widget=forms.Textarea(attrs={"rows": 8, "autocomplete": "off"}),
    )
    wants_acknowledgement = forms.BooleanField(
        label="Email me to confirm you have received my enquiry.",
        required=False,
        help_text="The email will give only a reference number, not what you wrote.",
    )
    consent = forms.BooleanField(
        label="Consent",
        required=True,
        error_messages={
            "required": "Tick the box to agree to how we will use your enquiry, so we can reply."
        },
    )
    # A field people never see: bots fill it in.
    leave_blank = forms.CharField(
        label="Leave this field empty",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, areas_of_law, firm_name, privacy_url, **kwargs):
        super().__init__(*args, **kwargs)
        self.areas_of_law = {str(area.pk): area for area in areas_of_law}
        self.fields["say_firm_name_ok"].label = f"Can we say we are {firm_name} when we call?"
        self.fields["area_of_law"].choices = (
            [("", "Please choose")]
            + [(key, area.name) for key, area in self.areas_of_law.items()]
            + [(OTHER_AREA, OTHER_AREA_LABEL)]
        )
        consent_text = (
            "I agree that {firm} may use what I share in this form, which may include "
            "sensitive details such as my health or experiences of abuse, to reply to my "
            "enquiry, as explained in the "
        )
        if privacy_url:
            self.fields["consent"].label = format_html(
                consent_text + '<a href="{url}">privacy notice</a>.',
                firm=firm_name,
                url=privacy_url,
            )
        else:
            self.fields["consent"].label = format_html(
                consent_text + "privacy notice.", firm=firm_name
            )

    def clean_leave_blank(self):
        if self.cleaned_data["leave_blank"]:
            raise forms.ValidationError(
                "Please leave the 'Leave this field empty' box empty and send the form again."
            )
        return ""

    def clean(self):
        cleaned = super().clean()
        method = cleaned.get("preferred_contact")
        if method == Enquiry.ContactMethod.PHONE:
            if not cleaned.get("phone") and "phone" not in self.errors:
                self.add_error("phone", "Enter a phone number so we can call you.")
            if cleaned.get("say_firm_name_ok") is None:
                self.add_error(
                    "say_firm_name_ok", "Tell us whether we can say who we are when we call."
                )
            if cleaned.get("text_ok") is None:
                self.add_error("text_ok", "Tell us whether it is safe to send you a text.")
        else:
            # Answers to questions about calls mean nothing for an email reply.
            cleaned["say_firm_name_ok"] = cleaned["text_ok"] = None
        needs_email = method == Enquiry.ContactMethod.EMAIL or cleaned.get("wants_acknowledgement")
        if needs_email and not cleaned.get("email") and "email" not in self.errors:
            self.add_error("email", "Enter your email address so we can email you.")
        if method == Enquiry.ContactMethod.EMAIL and cleaned.get("email_ok") is False:
            self.add_error(
                "preferred_contact",
                "You have told us email is not safe: choose phone, or tell us email is safe.",
            )
        if cleaned.get("wants_acknowledgement") and cleaned.get("email_ok") is False:
            self.add_error(
                "wants_acknowledgement",
                "You have told us email is not safe, so we will not send an acknowledgement.",
            )
        if not cleaned.get("callback_only") and not cleaned.get("message", "").strip():
            if "message" not in self.errors:
                self.add_error(
                    "message",
                    "Tell us briefly what your enquiry is about, or tick the box to ask "
                    "only for a call back.",
                )
        return cleaned

    def chosen_area(self):
        """The chosen area of law, or None for "Other / not sure"."""
        return self.areas_of_law.get(self.cleaned_data["area_of_law"])


class EnquiryStatusForm(forms.ModelForm):
    class Meta:
        model = Enquiry
        fields = ["status"]


class EnquiryNoteForm(forms.Form):
    text = forms.CharField(
        label="Add an internal note",
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Seen only by enquiry handlers. Stored encrypted.",
    )
