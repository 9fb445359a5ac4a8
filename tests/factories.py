"""Factories for the site's models, and a helper that builds the page tree."""

import json
from dataclasses import dataclass
from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Page, Site

from contact.models import AreaOfLaw, ContactPage, ContactSettings, Enquiry
from firm_site.base.models import FirmSettings
from firm_site.models import HomePage, StandardPage
from news.models import ArticlePage, ArticlePageAuthor, Category, NewsIndexPage
from people.models import Department, PeopleIndexPage, PersonPage


class ImageFactory(wagtail_factories.ImageFactory):
    # All images in the root collection, as uploads through the admin would be.
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.django.ImageField(width=320, height=180, color="#23396a")


class DepartmentFactory(DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Department {n}")
    slug = factory.LazyAttribute(lambda obj: obj.name.lower().replace(" ", "-"))


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.LazyAttribute(lambda obj: obj.name.lower().replace(" ", "-"))
    parent = None
    description = factory.LazyAttribute(lambda obj: f"Articles about {obj.name}.")


class PersonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PersonPage

    title = factory.Sequence(lambda n: f"Jane Doe{n}")
    slug = factory.Sequence(lambda n: f"person-{n}")
    job_title = "Associate Solicitor"
    legal_career_start_year = 2012
    qualified_year = 2016
    phone = "0113 496 0123"
    email = factory.Sequence(lambda n: f"person{n}@firm.example")
    short_bio = "Acts for survivors of abuse."
    photo = factory.SubFactory(ImageFactory)

    @factory.post_generation
    def departments(self, create, extracted, **kwargs):
        if extracted:
            self.departments.set(extracted)
            if create:
                self.save()


def body_json(*blocks):
    """StreamField JSON from (type, value) pairs; a single paragraph by default."""
    blocks = blocks or (("paragraph", "<p>Body text.</p>"),)
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    excerpt = "A short summary of the article."
    body = factory.LazyFunction(body_json)
    listing_image = factory.SubFactory(ImageFactory)
    listing_image_alt = "An illustration"
    first_published_at = factory.Sequence(
        lambda n: timezone.now() - timedelta(days=1000) + timedelta(days=n)
    )
    last_published_at = factory.LazyAttribute(lambda obj: obj.first_published_at)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if extracted:
            self.categories.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if extracted:
            self.authors = [
                ArticlePageAuthor(person=person, sort_order=index)
                for index, person in enumerate(extracted)
            ]
            if create:
                self.save()


class EnquiryFactory(DjangoModelFactory):
    """An enquiry as the form would store it."""

    class Meta:
        model = Enquiry

    submission_key = factory.Sequence(lambda n: f"key-{n}")
    submission_digest = factory.Sequence(lambda n: f"digest-{n}")
    content_fingerprint = factory.Sequence(lambda n: f"fingerprint-{n}")
    area_of_law_name = "Child Abuse"
    name = "Alex Example"
    email = "alex@example.com"
    phone = "0113 496 0999"
    message = "I would like to talk to someone about what happened at school."
    preferred_contact = Enquiry.ContactMethod.PHONE
    voicemail_ok = False
    email_ok = True
    callback_only = False
    wants_acknowledgement = False
    consent_given_at = factory.LazyFunction(timezone.now)
    privacy_notice_version = "Privacy notice revision 1 of 1 January 2026"


class AreaOfLawFactory(DjangoModelFactory):
    class Meta:
        model = AreaOfLaw
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Area {n}")


@dataclass
class SiteTree:
    home: HomePage
    news: NewsIndexPage
    people: PeopleIndexPage
    privacy: StandardPage
    complaints: StandardPage
    contact: ContactPage
    site: Site
    firm: FirmSettings


def build_site_tree():
    """The page tree the demo content builds, in its smallest form."""
    root = Page.get_first_root_node()
    # Wagtail's install leaves a "Welcome" page as the default site's root.
    Site.objects.all().delete()
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Home", slug="home", strapline="Solicitors for survivors")
    root.add_child(instance=home)
    site = Site.objects.create(
        hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Test"
    )
    news = NewsIndexPage(
        title="News & Blog",
        slug="news",
        intro="<p>For the latest industry and case news</p>",
        show_in_menus=True,
    )
    home.add_child(instance=news)
    people = PeopleIndexPage(title="People", slug="people", show_in_menus=True)
    home.add_child(instance=people)
    privacy = StandardPage(title="Privacy notice", slug="privacy-notice")
    home.add_child(instance=privacy)
    complaints = StandardPage(
        title="Complaints procedure",
        slug="complaints",
        body=body_json(("paragraph", "<p>You can refer to the Legal Ombudsman.</p>")),
    )
    home.add_child(instance=complaints)
    privacy.save_revision().publish()
    contact = ContactPage(
        title="Contact us",
        slug="contact",
        show_in_menus=True,
        privacy_summary="<p>Only our enquiries team reads what you send.</p>",
        next_steps="<p>We will contact you within two working days.</p>",
    )
    home.add_child(instance=contact)
    firm = FirmSettings.objects.create(
        site=site,
        firm_name="Test Firm LLP",
        strapline="Solicitors for survivors",
        address="1 Test Street\nLeeds\nLS1 1AA",
        phone="0113 496 0000",
        email="enquiries@firm.example",
        sra_number="123456",
        complaints_page=complaints,
        privacy_page=privacy,
    )
    ContactSettings.objects.create(site=site, intake_email="intake@firm.example")
    return SiteTree(home, news, people, privacy, complaints, contact, site, firm)


# Every user `make_user` makes signs in with this.
USER_PASSWORD = "a-long-test-password"  # noqa: S105 (test users only)


def make_user(username, *groups, superuser=False, person=None):
    """An active admin user with an email address (workflow emails need one), in `groups`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user_model = get_user_model()
    create = user_model.objects.create_superuser if superuser else user_model.objects.create_user
    user = create(
        username=username,
        email=f"{username}@firm.example",
        password=USER_PASSWORD,
        first_name=username.capitalize(),
        last_name="Tester",
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    if person is not None:
        person.user = user
        person.save_revision().publish()
    return user
