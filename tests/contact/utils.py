"""Helpers for sending the enquiry form the way a browser does."""

import re
from datetime import timedelta

from django.utils import timezone
from freezegun import freeze_time

from tests.utils import SiteTestCase

FORM_URL = "/contact/"
SEND_URL = "/contact/send/"
THANK_YOU_URL = "/contact/thank-you/"


def valid_answers(**overrides):
    answers = {
        "name": "Alex Example",
        "email": "alex@example.com",
        "phone": "0113 496 0999",
        "preferred_contact": "phone",
        "best_time_to_call": "morning",
        "voicemail_ok": "no",
        "email_ok": "yes",
        "say_firm_name_ok": "no",
        "text_ok": "no",
        "area_of_law": "other",
        "message": "Something happened at my school in the 1990s.",
        "consent": "on",
        "leave_blank": "",
    }
    answers.update(overrides)
    return {key: value for key, value in answers.items() if value is not None}


class EnquiryFormTestCase(SiteTestCase):
    def show_form(self, query=""):
        response = self.client.get(FORM_URL + query)
        self.assertEqual(response.status_code, 200)
        return response

    def hidden_fields(self, response):
        html = response.content.decode()
        return dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', html))

    def send(self, answers=None, query="", wait=timedelta(seconds=30), response=None, **extra):
        """Show the form, wait a human amount of time, then send it."""
        response = response or self.show_form(query)
        data = {**self.hidden_fields(response), **(answers or valid_answers())}
        if "csrfmiddlewaretoken" not in (answers or {}):
            data.pop("csrfmiddlewaretoken", None)
        with freeze_time(timezone.now() + wait):
            return self.client.post(SEND_URL, data, **extra)
