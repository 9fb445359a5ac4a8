from django.urls import path

from updates import admin_views

app_name = "updates_admin"

urlpatterns = [
    path("", admin_views.overview, name="overview"),
    path("addresses/", admin_views.addresses, name="addresses"),
    path("addresses/export/", admin_views.export, name="export"),
]
