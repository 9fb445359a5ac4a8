from django.shortcuts import render


def csrf_failure(request, reason=""):
    """A friendly page, in the site's own layout, when a form fails its CSRF check."""
    return render(request, "403_csrf.html", status=403)
