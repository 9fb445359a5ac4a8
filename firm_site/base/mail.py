"""
Every email the site sends ends with the firm's regulatory footer.

`RegulatoryFooterEmailBackend` wraps the real backend (FIRM_EMAIL_BACKEND) and
adds the footer as messages go out, so it reaches emails we write and the ones
Wagtail writes (workflow notifications, password resets) alike.
"""

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils.html import escape

from firm_site.base.models import FirmSettings

DEFAULT_REGULATORY_STATEMENT = "Authorised and regulated by the Solicitors Regulation Authority"


def regulatory_footer_lines():
    """The firm's name and regulatory line, from the default site's firm details."""
    firm = (
        FirmSettings.objects.filter(site__is_default_site=True)
        .only("firm_name", "regulatory_statement", "sra_number")
        .first()
    )
    statement = (firm and firm.regulatory_statement) or DEFAULT_REGULATORY_STATEMENT
    if firm and firm.sra_number:
        statement = f"{statement} (SRA number {firm.sra_number})."
    elif not statement.endswith("."):
        statement += "."
    return [line for line in [firm.firm_name if firm else "", statement] if line]


def add_regulatory_footer(message, lines):
    if getattr(message, "_has_regulatory_footer", False):
        return
    text_footer = "\n\n-- \n" + "\n".join(lines)
    message.body = (message.body or "").rstrip() + text_footer
    html_footer = "".join(f"<p>{escape(line)}</p>" for line in lines)
    alternatives = getattr(message, "alternatives", None) or []
    for index, alternative in enumerate(alternatives):
        content, mimetype = alternative[0], alternative[1]
        if mimetype == "text/html":
            footer = f'<hr><footer style="font-size:small">{html_footer}</footer>'
            if "</body>" in content:
                content = content.replace("</body>", footer + "</body>", 1)
            else:
                content += footer
            alternatives[index] = (
                alternative._replace(content=content)
                if hasattr(alternative, "_replace")
                else (content, mimetype)
            )
    message._has_regulatory_footer = True


class RegulatoryFooterEmailBackend(BaseEmailBackend):
    def __init__(self, fail_silently=False, **kwargs):
        super().__init__(fail_silently=fail_silently)
        self.inner = get_connection(
            settings.FIRM_EMAIL_BACKEND, fail_silently=fail_silently, **kwargs
        )

    def open(self):
        return self.inner.open()

    def close(self):
        return self.inner.close()

    def send_messages(self, email_messages):
        if not email_messages:
            return 0
        lines = regulatory_footer_lines()
        for message in email_messages:
            add_regulatory_footer(message, lines)
        return self.inner.send_messages(email_messages)
