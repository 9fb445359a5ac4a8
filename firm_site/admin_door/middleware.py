from django.conf import settings


class AdminContentSecurityPolicyMiddleware:
    """Loosen the Content Security Policy for the Wagtail admin only.

    Wagtail's editor relies on inline styles and a few inline scripts and
    previews pages in frames; the public site keeps the strict policy.
    Must sit below csp.middleware.CSPMiddleware, which reads `_csp_replace`.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(f"/{settings.ADMIN_PATH}"):
            response._csp_replace = {
                "script-src": ["'self'", "'unsafe-inline'"],
                "style-src": ["'self'", "'unsafe-inline'"],
                "img-src": ["'self'", "data:", "blob:"],
                "frame-src": ["'self'"],
            }
        return response
