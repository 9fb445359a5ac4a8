"""
Refuse a request body in any character set but UTF-8, with a 400 page.

Browsers send forms as UTF-8 (every page here says so). Django 5.2 raises
BadRequest when a form body declares another charset (latin-1, utf-16), but
only when something first reads `request.POST`: the CSRF check, whose own
failure page then reads it again, which made a 500. Answering before the
session and CSRF middleware read anything gives a plain 400, in the site's
layout and with its security headers (the middleware sits after those).
"""

from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import parse_header_parameters

READABLE_CHARSETS = {"utf-8", "utf8", "us-ascii", "ascii"}


def declares_unreadable_charset(request):
    """Whether the request's Content-Type names a charset other than UTF-8."""
    _, params = parse_header_parameters(request.META.get("CONTENT_TYPE", ""))
    charset = params.get("charset")
    return charset is not None and charset.strip().strip('"').lower() not in READABLE_CHARSETS


def unreadable_request_response(request):
    response = render(
        request,
        "400.html",
        {
            "meta_title": "We could not read what was sent",
            "unreadable_charset": True,
        },
        status=400,
    )
    add_never_cache_headers(response)
    return response


class UnreadableCharsetMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if declares_unreadable_charset(request):
            return unreadable_request_response(request)
        return self.get_response(request)
