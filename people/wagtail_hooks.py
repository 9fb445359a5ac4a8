"""Admin hooks for people: a solicitor's way to their own profile."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from people.models import PersonPage


def my_profile(request):
    """The signed-in user's own profile in the editor; solicitors can't browse
    the People section to find it."""
    person = PersonPage.objects.filter(user=request.user).first()
    if person is None:
        raise Http404("No profile is linked to your account.")
    return redirect("wagtailadmin_pages:edit", person.pk)


@hooks.register("register_admin_urls")
def register_my_profile_url():
    return [path("my-profile/", my_profile, name="my_profile")]


class MyProfileMenuItem(MenuItem):
    def is_shown(self, request):
        return PersonPage.objects.filter(user=request.user).exists()


@hooks.register("register_admin_menu_item")
def register_my_profile_menu_item():
    return MyProfileMenuItem("My profile", reverse("my_profile"), icon_name="user", order=150)
