"""The sign-up form and the form to change one's choices."""

from django import forms

from news.models import Category
from people.models import PersonPage
from updates.models import Subscriber

EVERYTHING = "everything"
CHOSEN = "chosen"


class ChoicesForm(forms.Form):
    """What to receive and how often."""

    scope = forms.ChoiceField(
        label="What would you like to hear about?",
        choices=[(EVERYTHING, "Every new article"), (CHOSEN, "Only the topics or people I choose")],
        initial=EVERYTHING,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose every new article, or the topics or people you want."},
    )
    categories = forms.ModelMultipleChoiceField(
        label="Topics",
        queryset=Category.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="A topic includes the topics listed under it.",
    )
    authors = forms.ModelMultipleChoiceField(
        label="People",
        queryset=PersonPage.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Articles written by these people.",
    )
    frequency = forms.ChoiceField(
        label="How often?",
        choices=Subscriber.Frequency.choices,
        initial=Subscriber.Frequency.EACH,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose each new article or a weekly digest."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["categories"].queryset = Category.objects.order_by("full_name")
        self.fields["categories"].label_from_instance = lambda category: category.full_name
        self.fields["authors"].queryset = (
            PersonPage.objects.live().public().order_by("title").only("pk", "title")
        )
        self.fields["authors"].label_from_instance = lambda person: person.title

    def clean(self):
        data = super().clean()
        if data.get("scope") == CHOSEN and not (data.get("categories") or data.get("authors")):
            self.add_error(
                "categories", "Choose at least one topic or person, or choose every new article."
            )
        return data

    def apply_to(self, subscriber):
        data = self.cleaned_data
        everything = data["scope"] == EVERYTHING
        subscriber.set_choices(
            everything=everything,
            categories=[] if everything else [c.pk for c in data["categories"]],
            authors=[] if everything else [p.pk for p in data["authors"]],
        )
        subscriber.frequency = data["frequency"]

    @classmethod
    def initial_for(cls, subscriber):
        choices = subscriber.get_choices()
        return {
            "scope": EVERYTHING if choices["everything"] else CHOSEN,
            "categories": choices["categories"],
            "authors": choices["authors"],
            "frequency": subscriber.frequency,
        }


class SignupForm(ChoicesForm):
    email = forms.EmailField(
        label="Email address",
        max_length=254,
        error_messages={
            "required": "Enter your email address.",
            "invalid": "Enter an email address in the correct format, like name@example.com.",
            "max_length": "Enter an email address of 254 characters or fewer.",
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    # Left empty by people; bots fill in every field they find.
    leave_blank = forms.CharField(
        label="Leave this field empty",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = ["email", "scope", "categories", "authors", "frequency"]

    def clean_email(self):
        # Checked on what was sent, before EmailField trims it: a line break is an
        # attempt to add mail headers, never a typo.
        raw = self.data.get(self.add_prefix("email"), "")
        if any(char in raw for char in "\r\n\0"):
            raise forms.ValidationError(
                "Enter an email address in the correct format, like name@example.com."
            )
        return self.cleaned_data["email"]

    @property
    def is_bot(self):
        return bool(self.data.get(self.add_prefix("leave_blank")))
