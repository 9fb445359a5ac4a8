"""
The SRA's digital badge: the one thing the public site may load from
elsewhere, and only when the firm turns it on in Settings › Firm details.

The SRA's supplier (Yoshki) serves the badge as a frame that checks which
site it is shown on (by the Referer's origin, which our Referrer-Policy
sends). The Content Security Policy allows frames from that origin alone,
and only on responses that show the badge; every other response keeps the
strict policy. Where the badge is off or can't load, the footer links to
the firm's entry on the SRA register, which works without any script.
"""

from urllib.parse import urlencode

SRA_BADGE_ORIGIN = "https://cdn.yoshki.com"
SRA_BADGE_URL = f"{SRA_BADGE_ORIGIN}/iframe/55845r.html"
SRA_REGISTER_URL = "https://www.sra.org.uk/consumers/register/organisation/"


def sra_register_url(sra_number):
    sra_number = (sra_number or "").strip()
    if not sra_number:
        return ""
    return f"{SRA_REGISTER_URL}?{urlencode({'sraNumber': sra_number})}"


def mark_sra_badge_shown(request):
    """Called by the footer when it shows the badge: this response's CSP must allow it."""
    request._sra_badge_shown = True


class SraBadgeContentSecurityPolicyMiddleware:
    """Allow the badge's frame on the responses that show it, and nowhere else.

    Must sit below csp.middleware.CSPMiddleware, which reads `_csp_update`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "_sra_badge_shown", False):
            update = dict(getattr(response, "_csp_update", None) or {})
            update["frame-src"] = [*update.get("frame-src", []), SRA_BADGE_ORIGIN]
            response._csp_update = update
        return response
