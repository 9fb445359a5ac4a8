"""URLs of the Enquiries area, mounted under the admin path in firm_site/urls.py.

They sit outside Wagtail's own admin URL wrapper on purpose: that wrapper
sends signed-out visitors to the login page, where these views answer 404 to
anyone who may not read enquiries.
"""

from django.urls import path

from contact import admin_views

app_name = "contact_enquiries"

urlpatterns = [
    path("", admin_views.index, name="index"),
    path("export/", admin_views.export, name="export"),
    path("<uuid:public_id>/", admin_views.detail, name="detail"),
    path("<uuid:public_id>/status/", admin_views.update_status, name="update_status"),
    path("<uuid:public_id>/notes/", admin_views.add_note, name="add_note"),
    path("<uuid:public_id>/delete/", admin_views.delete, name="delete"),
]
