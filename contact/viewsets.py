"""
The Enquiries area of the admin, on Wagtail's `ModelViewSet`: a filtered
list with CSV/XLSX export, an inspect view to read an enquiry, status and
note actions on it, and deletion.

Who may do what is `contact.permissions.EnquiryPermissionPolicy`. Anyone it
does not allow, signed in or not, gets a 404, so the area does not even admit
to existing: its URLs are mounted in firm_site/urls.py outside Wagtail's admin
URL wrapper (which would send signed-out visitors to the login page), behind
`enquiries_door` instead. Enquiries are addressed by their random `public_id`,
never the sequential primary key. Every read, export, status change, note and
deletion goes to Wagtail's audit log, which records who, what and when but
only the enquiry's reference, never its content.
"""

from functools import wraps

import django_filters
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.core.paginator import InvalidPage
from django.db import transaction
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.views.generic import View
from django_otp import user_has_device
from wagtail.admin.admin_url_finder import ModelAdminURLFinder, register_admin_url_finder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.localization import get_localized_response
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import DeleteView, IndexView, InspectView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import LogContext, log
from wagtail.utils.urlpatterns import decorate_urlpatterns

from contact.forms import EnquiryNoteForm, EnquiryStatusForm
from contact.notifications import add_working_days
from contact.permissions import can_use_admin, enquiry_permission_policy
from contact.records import (
    OTHER_AREA_NAME,
    AreaOfLaw,
    Enquiry,
    EnquiryNote,
    EnquiryNotification,
    contact_settings,
)

# What the list never loads: read an enquiry to see it (and be logged).
PERSONAL_FIELDS = ["name", "email", "phone", "message"]


def enquiries_door(view):
    """404 for anyone the policy gives nothing; for the rest, what Wagtail's admin
    URL wrapper gives its views (the user's language and time zone, the audit
    log's user), with a 404 where a view would refuse; never cached."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_use_admin(request.user):
            raise Http404
        try:
            with LogContext(user=request.user):
                response = get_localized_response(view, request, *args, **kwargs)
        except PermissionDenied:
            raise Http404 from None
        add_never_cache_headers(response)
        return response

    return wrapped


def second_factor_first(request):
    """As for handlers: with ADMIN_2FA_REQUIRED, a verified second factor before reading.

    The two-factor middleware asks it of handlers everywhere in the admin; it
    does not know that a solicitor reads an enquiry here.
    """
    if not settings.ADMIN_2FA_REQUIRED or request.user.is_verified():
        return None
    target = "two_factor_verify" if user_has_device(request.user) else "two_factor_setup"
    return redirect(f"{reverse(target)}?{urlencode({'next': request.get_full_path()})}")


# Spreadsheet programs run cells that start with these as formulas, including
# the fullwidth forms some of them read as the ASCII ones.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def spreadsheet_safe(value):
    if not isinstance(value, str):
        return value
    return "'" + value if value.startswith(FORMULA_PREFIXES) else value


def _yes_no(value):
    return "" if value is None else ("Yes" if value else "No")


def _when(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


# The export's columns: key, heading, value. Every value is text, made safe.
EXPORT_COLUMNS = [
    ("corrects", "Corrects", lambda e: e.corrects.reference if e.corrects else ""),
    ("reference", "Reference", lambda e: e.reference),
    ("received", "Received", lambda e: _when(e.received_at)),
    ("status", "Status", lambda e: e.get_status_display()),
    ("area_of_law", "Area of law", lambda e: e.area_of_law_name),
    ("addressed_to", "Addressed to", lambda e: e.solicitor.title if e.solicitor else ""),
    ("came_from", "Came from", lambda e: e.source_path),
    ("name", "Name", lambda e: e.name),
    ("email", "Email", lambda e: e.email),
    ("phone", "Phone", lambda e: e.phone),
    ("preferred_contact", "Preferred contact", lambda e: e.get_preferred_contact_display()),
    ("best_time", "Best time to call", lambda e: e.get_best_time_to_call_display()),
    ("say_firm_name_ok", "May say who we are", lambda e: _yes_no(e.say_firm_name_ok)),
    ("text_ok", "Safe to text", lambda e: _yes_no(e.text_ok)),
    ("voicemail_ok", "Safe to leave a voicemail", lambda e: _yes_no(e.voicemail_ok)),
    ("email_ok", "Safe to email", lambda e: _yes_no(e.email_ok)),
    ("callback_only", "Call back only", lambda e: _yes_no(e.callback_only)),
    ("message", "Message", lambda e: e.message),
    ("consent", "Consent given", lambda e: _when(e.consent_given_at)),
    ("privacy_notice", "Privacy notice shown", lambda e: e.privacy_notice_version),
]
EXPORT_VALUES = {key: value for key, _, value in EXPORT_COLUMNS}


def area_choices():
    names = list(AreaOfLaw.objects.values_list("name", flat=True))
    if OTHER_AREA_NAME not in names:
        names.append(OTHER_AREA_NAME)
    return [(name, name) for name in names]


class EnquiryFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Enquiry.Status.choices)
    # The area of law is encrypted, so the database cannot compare it: the
    # filter reads it for each enquiry in the list (a firm has hundreds, not millions).
    area = django_filters.ChoiceFilter(
        label="Area of law", choices=area_choices, method="filter_area"
    )
    received_at = django_filters.DateFromToRangeFilter(
        label="Received", widget=DateRangePickerWidget
    )

    class Meta:
        model = Enquiry
        fields = ["status", "area", "received_at"]

    def filter_area(self, queryset, name, value):
        matching = [
            pk
            for pk, area in queryset.order_by().values_list("pk", "area_of_law_name")
            if area == value
        ]
        return queryset.filter(pk__in=matching)


class ReceivedColumn(Column):
    def get_value(self, instance):
        received = date_format(timezone.localtime(instance.received_at), "j M Y, H:i")
        return f"{received} (overdue)" if getattr(instance, "is_overdue", False) else received


class EnquiryIndexView(IndexView):
    any_permission_required = ["view"]
    page_title = "Enquiries"
    template_name = "contact/admin/index.html"

    def get(self, request, *args, **kwargs):
        # A filter that makes no sense is refused, never ignored: exporting every
        # enquiry instead of the ones asked for would be a leak.
        if self.filters and not self.filters.is_valid():
            raise Http404("No such filter.")
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        enquiries = Enquiry.objects.select_related("solicitor")
        if self.is_export:
            return enquiries.select_related("corrects")
        return enquiries.prefetch_related(
            Prefetch(
                "notifications", queryset=EnquiryNotification.objects.only("enquiry", "status")
            )
        ).defer(*PERSONAL_FIELDS)

    def paginate_queryset(self, queryset, page_size):
        # Wagtail shows the first page for a page number that makes no sense; a 404 is clearer.
        paginator = self.get_paginator(queryset, page_size)
        try:
            page = paginator.page(self.request.GET.get(self.page_kwarg) or 1)
        except InvalidPage:
            raise Http404("No such page.") from None
        return (paginator, page, page.object_list, page.has_other_pages())

    @cached_property
    def response_target(self):
        return contact_settings(self.request).response_target_working_days

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        now = timezone.now()
        for enquiry in context["object_list"]:
            enquiry.is_overdue = (
                enquiry.status == Enquiry.Status.NEW
                and add_working_days(enquiry.received_at, self.response_target) < now
            )
        context["response_target"] = self.response_target
        return context

    def get_inspect_url(self, instance):
        if self.inspect_url_name:
            return reverse(self.inspect_url_name, args=[instance.public_id])

    def get_delete_url(self, instance):
        if self.delete_url_name and self.user_has_permission("delete"):
            return reverse(self.delete_url_name, args=[instance.public_id])

    # The export: Wagtail's CSV and XLSX, with every exported enquiry logged
    # before the file is written, and every cell safe from formula injection.

    def get_filename(self):
        return f"enquiries-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return {key: value(item) for key, value in EXPORT_VALUES.items()}

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_safe(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        enquiries = list(queryset)
        with transaction.atomic():
            for enquiry in enquiries:
                log(instance=enquiry, action="contact.enquiry.export", user=self.request.user)
        return super().as_spreadsheet(enquiries, spreadsheet_format)

    def stream_csv(self, queryset):
        yield "\ufeff"  # so spreadsheet programs read the file as UTF-8
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


class EnquiryObjectMixin:
    """Finds the enquiry by its random `public_id` (the URL's `pk`)."""

    def get_object(self, queryset=None):
        enquiries = Enquiry.objects.select_related("solicitor", "corrects")
        return get_object_or_404(enquiries, public_id=self.kwargs["pk"])


class EnquiryInspectView(EnquiryObjectMixin, InspectView):
    # Checked per enquiry in dispatch(): the addressed solicitor may read this one.
    any_permission_required = None
    template_name = "contact/admin/inspect.html"
    page_title = "Enquiry"
    http_method_names = ["get", "head"]

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("view", self.object):
            raise Http404
        if not self.is_handler:
            second_factor = second_factor_first(request)
            if second_factor:
                return second_factor
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        log(instance=self.object, action="contact.enquiry.view", user=request.user)
        return super().get(request, *args, **kwargs)

    @cached_property
    def is_handler(self):
        return self.user_has_permission("view")

    def get_fields(self):
        return []  # the template lays the enquiry out, safety answers first

    def get_breadcrumbs_items(self):
        items = super().get_breadcrumbs_items()
        # The solicitor may not see the list: no link to it.
        return items if self.is_handler else [item for item in items if not item["url"]]

    def get_delete_url(self):
        if self.delete_url_name and self.user_has_permission("delete"):
            return reverse(self.delete_url_name, args=[self.object.public_id])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        enquiry = self.object
        context.update(
            {
                "enquiry": enquiry,
                "is_handler": self.is_handler,
                "latest_correction": enquiry.latest_correction,
                "area": AreaOfLaw.objects.select_related("department")
                .filter(name=enquiry.area_of_law_name)
                .first(),
                "notes": enquiry.notes.select_related("author"),
                "notifications": enquiry.notifications.all(),
                "status_form": EnquiryStatusForm(instance=enquiry),
                "note_form": EnquiryNoteForm(),
                "can_change": self.user_has_permission("change"),
                "delete_url": self.get_delete_url(),
            }
        )
        return context


class EnquiryDeleteView(EnquiryObjectMixin, DeleteView):
    """Wagtail's delete view: its action logs `wagtail.delete` with the reference."""

    @property
    def confirmation_message(self):
        return (
            "This deletes the enquiry, its notes and its notification record for good. "
            f"The site history keeps only that {self.object.reference} was deleted, "
            "by whom and when."
        )

    def get_delete_url(self):
        return reverse(self.delete_url_name, args=[self.object.public_id])


class EnquiryActionView(PermissionCheckedMixin, View):
    """A handler's change to one enquiry, posted from its inspect view."""

    model = Enquiry
    permission_required = "change"
    http_method_names = ["post"]
    inspect_url_name = None

    def post(self, request, pk):
        enquiry = get_object_or_404(Enquiry, public_id=pk)
        self.act(enquiry)
        return redirect(self.inspect_url_name, enquiry.public_id)


class EnquiryStatusView(EnquiryActionView):
    def act(self, enquiry):
        previous = enquiry.status
        form = EnquiryStatusForm(self.request.POST, instance=enquiry)
        if not form.is_valid():
            messages.error(self.request, "Choose one of the statuses offered.")
            return
        if form.cleaned_data["status"] == previous:
            return
        enquiry = form.save(commit=False)
        enquiry.status_changed_at = timezone.now()
        with transaction.atomic():
            enquiry.save(update_fields=["status", "status_changed_at", "closed_at"])
            log(
                instance=enquiry,
                action="contact.enquiry.status",
                user=self.request.user,
                data={"from": previous, "to": enquiry.status},
            )
        messages.success(
            self.request,
            f"Enquiry {enquiry.reference} marked {enquiry.get_status_display().lower()}.",
        )


class EnquiryNoteView(EnquiryActionView):
    def act(self, enquiry):
        form = EnquiryNoteForm(self.request.POST)
        if not form.is_valid():
            messages.error(
                self.request, "The note was empty or too long (5,000 characters at most)."
            )
            return
        with transaction.atomic():
            EnquiryNote.objects.create(
                enquiry=enquiry, author=self.request.user, text=form.cleaned_data["text"]
            )
            log(instance=enquiry, action="contact.enquiry.note", user=self.request.user)
        messages.success(self.request, "Note added.")


class EnquiryURLFinder(ModelAdminURLFinder):
    """Links from the site history to the enquiry, for those who may read it."""

    def get_edit_url(self, instance):
        if self.user and enquiry_permission_policy.user_has_permission_for_instance(
            self.user, "view", instance
        ):
            return reverse("contact_enquiries:inspect", args=[instance.public_id])
        return None


class EnquiryViewSet(ModelViewSet):
    model = Enquiry
    name = "enquiries"
    url_namespace = "contact_enquiries"
    icon = "mail"
    menu_label = "Enquiries"
    menu_order = 150
    add_to_admin_menu = True
    # Nothing links to an enquiry; and it holds no references worth tracking.
    add_to_reference_index = False
    inspect_view_enabled = True
    copy_view_enabled = False

    index_view_class = EnquiryIndexView
    inspect_view_class = EnquiryInspectView
    delete_view_class = EnquiryDeleteView

    list_per_page = 50
    ordering = "-received_at"
    filterset_class = EnquiryFilterSet
    list_display = [
        "reference",
        ReceivedColumn("received_at", label="Received", sort_key="received_at"),
        Column("status", label="Status", accessor="get_status_display", sort_key="status"),
        Column("area_of_law", label="Area of law", accessor="area_of_law_name"),
        Column(
            "addressed_to",
            label="Addressed to",
            accessor=lambda e: e.solicitor.title if e.solicitor else "General enquiry",
        ),
        Column("notifications", label="Notifications", accessor="notification_summary"),
    ]
    list_export = [key for key, _, _ in EXPORT_COLUMNS]
    export_headings = {key: heading for key, heading, _ in EXPORT_COLUMNS}

    def get_common_view_kwargs(self, **kwargs):
        # Enquiries are never added, edited or copied in the admin, and have no
        # history or usage pages: no links to views that do not exist.
        return super().get_common_view_kwargs(
            add_url_name=None,
            edit_url_name=None,
            history_url_name=None,
            usage_url_name=None,
            **kwargs,
        )

    def get_permissions_to_register(self):
        # Not offered in the group editor: reading enquiries is the Enquiry handlers
        # group's, whose members must use two-factor authentication
        # (ADMIN_2FA_REQUIRED_GROUPS); another group given them would not have to.
        # The editor keeps the group's permissions it does not show.
        return Permission.objects.none()

    def register_admin_url_finder(self):
        register_admin_url_finder(Enquiry, EnquiryURLFinder)

    def action_view(self, view_class):
        return view_class.as_view(inspect_url_name=self.get_url_name("inspect"))

    def get_urlpatterns(self):
        # The inspect view keeps the address notification emails have always linked to.
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<uuid:pk>/", self.inspect_view, name="inspect"),
            path("<uuid:pk>/status/", self.action_view(EnquiryStatusView), name="update_status"),
            path("<uuid:pk>/notes/", self.action_view(EnquiryNoteView), name="add_note"),
            path("<uuid:pk>/delete/", self.delete_view, name="delete"),
        ]
        return decorate_urlpatterns(urlpatterns, enquiries_door)

    def get_url_include(self):
        """For firm_site/urls.py: (patterns, namespace), to mount under the admin path."""
        return (self.get_urlpatterns(), self.url_namespace)


enquiry_viewset = EnquiryViewSet()
