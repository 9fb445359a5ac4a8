"""
The firm's people. One model, `PersonPage`, is both the public profile and the
byline on articles, so a solicitor's details are edited in one place.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.http import urlencode
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from firm_site.base.images import PORTRAIT_SPEC, prefetch_renditions, rendition_prefetch
from firm_site.base.pages import BasePage
from firm_site.base.utils import tel_href
from people.forms import PersonPageForm
from people.permissions import OwnProfilePermissionTester
from people.structured_data import person, profile_page

EARLIEST_CAREER_YEAR = 1950


def current_year():
    """The year in the firm's time zone (Europe/London), not the server's."""
    return timezone.localdate().year


class Department(models.Model):
    """A practice area the firm organises its people by, e.g. "Abuse Claims"."""

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


register_snippet(Department)


class PeopleIndexPage(BasePage):
    """`/people/`: the team, grouped by department and filterable by one."""

    uses_firm_share_image = True

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]

    parent_page_types = ["firm_site.HomePage"]
    subpage_types = ["people.PersonPage"]
    max_count = 1

    def routable_children(self):
        return PersonPage.objects.child_of(self).select_related("photo", "social_image")

    def get_summary(self):
        return strip_tags(self.intro)

    def people(self):
        return (
            PersonPage.objects.child_of(self)
            .live()
            .public()
            .select_related("photo")
            .prefetch_related(
                "departments",
                rendition_prefetch("photo", PORTRAIT_SPEC),
            )
            # The order editors give the team in the page tree.
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        people = list(self.people())
        departments = sorted(
            {department for person in people for department in person.departments.all()},
            key=lambda department: department.name,
        )
        selected = None
        slug = request.GET.get("department")
        if slug:
            selected = next((d for d in departments if d.slug == slug), None)
            if selected is None:
                # An unknown department is a link that no longer works: say so with a 404.
                raise Http404("No such department.")
        if selected:
            groups = [(selected, [p for p in people if selected in p.departments.all()])]
        else:
            # On "Everyone" each person appears once: under the first of their
            # departments (in the order the departments are listed).
            rank = {department: index for index, department in enumerate(departments)}
            members = {department: [] for department in departments}
            unassigned = []
            for person in people:
                own = person.departments.all()
                if own:
                    members[min(own, key=rank.__getitem__)].append(person)
                else:
                    unassigned.append(person)
            groups = [(d, members[d]) for d in departments if members[d]]
            if unassigned:
                groups.append((None, unassigned))
        context.update(
            {
                "departments": departments,
                "selected_department": selected,
                "department_groups": groups,
                # Each person once, in the order shown: the listing's ItemList.
                "listing_items": [person for _, members in groups for person in members],
            }
        )
        return context


class PersonPage(BasePage):
    """A solicitor's or staff member's profile, and their byline on articles.

    The profile lists the person's articles, and News serves their feeds: both
    come from the News app (`news.authors`), which knows about people, never
    the other way round.
    """

    uses_firm_share_image = True

    job_title = models.CharField(max_length=100, help_text="e.g. Associate Solicitor")
    departments = ParentalManyToManyField(Department, blank=True, related_name="people")
    photo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A head-and-shoulders portrait; shown square",
    )
    legal_career_start_year = models.PositiveSmallIntegerField(
        "year started in the legal sector",
        validators=[MinValueValidator(EARLIEST_CAREER_YEAR)],
        help_text="Experience is counted from this year, so it never goes out of date.",
    )
    qualified_year = models.PositiveSmallIntegerField(
        "year qualified as a solicitor",
        null=True,
        blank=True,
        validators=[MinValueValidator(EARLIEST_CAREER_YEAR)],
        help_text="Leave blank for people who are not (yet) qualified solicitors.",
    )
    phone = models.CharField(max_length=40, blank=True, help_text="Direct line")
    email = models.EmailField(blank=True)
    short_bio = models.TextField(
        max_length=400, help_text="Two or three sentences, shown on the author card under articles"
    )
    bio = RichTextField(features=["bold", "italic", "link", "ol", "ul"], blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person_page",
        help_text="The admin account of this person, if they write for the site",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("job_title"), FieldPanel("departments"), FieldPanel("photo")],
            heading="Role",
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("legal_career_start_year"), FieldPanel("qualified_year")])],
            heading="Experience",
        ),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading="Contact"),
        FieldPanel("short_bio"),
        FieldPanel("bio"),
        FieldPanel("user"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("job_title"),
        index.SearchField("short_bio"),
        index.SearchField("bio"),
    ]

    parent_page_types = ["people.PeopleIndexPage"]
    subpage_types = []
    base_form_class = PersonPageForm
    # A copy is a new person: the account stays with the original.
    exclude_fields_in_copy = ["user"]

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "people"

    def clean(self):
        super().clean()
        errors = {}
        this_year = current_year()
        if self.legal_career_start_year and self.legal_career_start_year > this_year:
            errors["legal_career_start_year"] = "This year has not happened yet."
        if self.qualified_year:
            if self.qualified_year > this_year:
                errors["qualified_year"] = "This year has not happened yet."
            elif self.qualified_year < (self.legal_career_start_year or 0):
                errors["qualified_year"] = (
                    "Qualifying cannot come before starting in the legal sector."
                )
        if errors:
            raise ValidationError(errors)

    def permissions_for_user(self, user):
        return OwnProfilePermissionTester(user, self)

    @property
    def years_of_experience(self):
        """Whole years in the legal sector, counted from the start year."""
        return max(current_year() - self.legal_career_start_year, 0)

    @property
    def experience_text(self):
        years = self.years_of_experience
        if years < 1:
            return "Less than a year's experience in the legal sector"
        if years == 1:
            return "1 year's experience in the legal sector"
        return f"{years} years' experience in the legal sector"

    @property
    def phone_href(self):
        return tel_href(self.phone)

    @property
    def enquiry_url(self):
        """The confidential enquiry form, addressed to this person."""
        return "/contact/?" + urlencode({"solicitor": self.slug})

    @cached_property
    def first_name(self):
        return self.title.split()[0] if self.title else ""

    og_type = "profile"

    def get_summary(self):
        return self.short_bio

    def get_og_properties(self, request):
        first_name, _, last_name = self.title.partition(" ")
        return [
            (name, value)
            for name, value in [
                ("profile:first_name", first_name),
                ("profile:last_name", last_name),
            ]
            if value
        ]

    def get_structured_data(self, request):
        data = person(request, self, full=True)
        return [profile_page(request, self, data), data]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["departments"] = self.departments.all()
        # The renditions of the portrait, in one query.
        prefetch_renditions([self.photo], PORTRAIT_SPEC)
        return context
