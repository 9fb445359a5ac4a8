from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.urls import serve_pattern

from contact.viewsets import enquiry_viewset
from firm_site import health, sitemaps, views
from firm_site.base import wagtail_internals
from firm_site.base.http_cache import shared_cache

urlpatterns = [
    # ADMIN_PATH ("admin/" unless set): a less obvious path keeps most bots away from the door.
    # The Enquiries area (a Wagtail viewset), before the rest of the admin and outside
    # its URL wrapper, so that it answers 404 to everyone else: see contact/viewsets.py.
    path(
        f"{settings.ADMIN_PATH}{enquiry_viewset.url_prefix}/",
        include(enquiry_viewset.get_url_include()),
    ),
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", shared_cache(views.search), name="search"),
    path("email-updates/", include("updates.urls")),
    # "Exit this page" asks the site to forget the visit here (a beacon).
    path("exit/forget/", views.forget_visit, name="forget_visit"),
    path("get-updates/", shared_cache(views.get_updates), name="get_updates"),
    path("sitemap.xml", shared_cache(sitemaps.sitemap_index), name="sitemap"),
    path(
        "sitemap-<slug:section>.xml",
        shared_cache(sitemaps.sitemap_section),
        name="sitemap_section",
    ),
    path("robots.txt", shared_cache(views.robots_txt), name="robots_txt"),
    # For load balancers and the people running the site (firm_site/health.py).
    path("healthz", health.healthz, name="healthz"),
    # Browsers and feed readers ask for /favicon.ico whatever the page says.
    path("favicon.ico", views.favicon, name="favicon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Everything else is a Wagtail page (including the routes of routable pages),
    # served through Wagtail's view with one query less (see `wagtail_internals`).
    re_path(serve_pattern, wagtail_internals.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
]

# Django's 404 handler, with the page's title (500.html stands alone: it must render
# whatever has failed).
handler400 = "firm_site.views.bad_request"
handler404 = "firm_site.views.page_not_found"
