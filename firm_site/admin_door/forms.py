"""Forms for the admin's door."""

from django import forms


class TokenForm(forms.Form):
    """A six-digit code from an authenticator app, checked against the user's devices.

    django-otp throttles each device after a wrong code, so guessing is slow.
    """

    token = forms.CharField(
        label="Six-digit code",
        min_length=6,
        max_length=6,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text="The code your authenticator app shows now.",
    )

    def __init__(self, *args, devices, **kwargs):
        super().__init__(*args, **kwargs)
        self.devices = devices
        self.device = None

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if not token.isdigit():
            raise forms.ValidationError("Enter the six digits your authenticator app shows.")
        for device in self.devices:
            allowed, _ = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(
                    "Too many wrong codes in a row. Wait a few seconds, then try the next code."
                )
            if device.verify_token(token):
                self.device = device
                return token
        raise forms.ValidationError("That code is not right, or it has expired. Try the next one.")
