"""Site-wide views that are not Wagtail pages: search, robots.txt and the CSRF failure page."""

import re

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from firm_site.base.charset import declares_unreadable_charset, unreadable_request_response
from firm_site.base.http_cache import mark_private
from firm_site.base.utils import paginate
from news.models import ArticlePage
from people.models import PersonPage

# Longer queries are cut to this many characters: nobody types more into a
# site search, and it bounds the work one request can ask of the database.
MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10
PEOPLE_SHOWN = 6
# Ranking reads every match's index entry, and so does counting them: a word in
# most articles ("compensation") took 6× as long with 10,000 articles as with the
# demo's 16, and says little about which of them is most relevant. Past this many
# matches, the newest this many are listed, newest first (and the page says so).
RANKED_MATCHES_MAX = 1000


def clean_query(raw):
    """The query as the search backend should see it: control characters
    (including NUL, which PostgreSQL refuses in text) become spaces and runs
    of whitespace collapse to one."""
    return " ".join("".join(char if char.isprintable() else " " for char in raw).split())


def search_terms(query):
    """The words of a query, as plain text for the search backend.

    Every full-text tokenizer splits words at punctuation anyway; passing it on
    only risks it being read as query syntax (an unmatched `"` is an error in
    SQLite's FTS5 through Wagtail's backend).
    """
    return " ".join(re.findall(r"\w+(?:['’-]\w+)*", query))


def search(request):
    """`/search/?q=...`: live public articles (paginated) and, on the first page, people."""
    query = clean_query(request.GET.get("q", ""))
    query_was_shortened = len(query) > MAX_QUERY_LENGTH
    query = query[:MAX_QUERY_LENGTH].strip()
    articles = people = None
    too_many_to_rank = False
    if query:
        terms = search_terms(query)
        matches, count = [], 0
        if terms:
            found = ArticlePage.objects.searchable().with_card_data()
            newest = found.order_by("-first_published_at", "-id").search(
                terms, order_by_relevance=False
            )
            # Counted only as far as the limit: a count reads every match too.
            count = newest[: RANKED_MATCHES_MAX + 1].count()
            too_many_to_rank = count > RANKED_MATCHES_MAX
            if too_many_to_rank:
                matches, count = newest[:RANKED_MATCHES_MAX], RANKED_MATCHES_MAX
            else:
                matches = found.search(terms)
        articles = paginate(request, matches, RESULTS_PER_PAGE, count=count)
        if terms and articles.number == 1:
            people = list(PersonPage.objects.searchable().search(terms)[:PEOPLE_SHOWN])
    response = TemplateResponse(
        request,
        "firm_site/search.html",
        {
            "meta_title": f"Search results for “{query}”" if query else "Search",
            "search_query": query,
            "query_was_shortened": query_was_shortened,
            "articles": articles,
            "too_many_to_rank": too_many_to_rank,
            "people": people,
            # Someone may be searching for what happened to them.
            "show_quick_exit": True,
        },
    )
    # Results pages are endless and thin: keep them out of search engines.
    response["X-Robots-Tag"] = "noindex"
    if request.GET:
        # What someone searched for stays out of shared caches (and off a shared
        # computer's disk). The empty search page may be shared (see urls.py).
        mark_private(response)
    return response


def get_updates(request):
    """`/get-updates/`: what a news reader is and how to follow the site's feeds."""
    return TemplateResponse(request, "firm_site/get_updates.html", {"meta_title": "Get updates"})


def favicon(request):
    """Browsers and feed readers ask for /favicon.ico whatever the page links to."""
    return redirect(static("img/favicon.ico"), permanent=True)


def robots_txt(request):
    """Crawlers may read the site but not the admin or search results (endless,
    thin pages); the sitemap lists every page worth reading."""
    return TemplateResponse(
        request,
        "robots.txt",
        {"sitemap_url": request.build_absolute_uri(reverse("sitemap"))},
        content_type="text/plain; charset=utf-8",
    )


def csrf_failure(request, reason=""):
    """A friendly page, in the site's own layout, when a form fails its CSRF check.

    A body in a charset Django cannot read gets the 400 page (reading it again
    here would raise BadRequest inside the failure view: a 500)."""
    if declares_unreadable_charset(request):
        return unreadable_request_response(request)
    return render(
        request, "403_csrf.html", {"meta_title": "Your form could not be sent"}, status=403
    )


def bad_request(request, exception):
    """The 400 page, in the site's own layout (e.g. Django's BadRequest)."""
    return (
        unreadable_request_response(request)
        if declares_unreadable_charset(request)
        else render(request, "400.html", {"meta_title": "Bad request"}, status=400)
    )


@csrf_exempt
@require_POST
def forget_visit(request):
    """What "Exit this page" calls (a beacon): forget this visitor's session and
    CSRF cookie, so a shared computer keeps nothing of the visit. Exempt from
    CSRF: a beacon carries no token, and forgetting a visitor's session is all
    another site could make it do. A signed-in user is left signed in (the admin
    is not the public's shared computer), without the enquiry form's state."""
    if request.user.is_authenticated:
        for key in [key for key in request.session.keys() if key.startswith("contact_")]:
            del request.session[key]
    else:
        request.session.flush()
    response = HttpResponse(status=204)
    if not request.user.is_authenticated:
        response.delete_cookie(settings.CSRF_COOKIE_NAME, path=settings.CSRF_COOKIE_PATH)
    add_never_cache_headers(response)
    return response


def page_not_found(request, exception):
    """The 404 page, in the site's own layout, with its own title."""
    return render(request, "404.html", {"meta_title": "Page not found"}, status=404)
