"""
`manage.py load_demo_content`: the fictional firm, its people, categories and
articles, so a first run shows real pagination, category pages and related posts.

Idempotent: everything is looked up by slug (or title, for images) and only
created when missing, so a second run changes nothing.
"""

import io
import json
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from contact.models import AreaOfLaw, ContactPage, ContactSettings
from demo import content, images
from demo.documents import text_pdf
from firm_site.base.models import FirmSettings, SupportService
from firm_site.base.roles import EDITORS, ENQUIRY_HANDLERS, SOLICITORS
from firm_site.models import HomePage, StandardPage
from news.models import ArticlePage, ArticlePageAuthor, Category, NewsIndexPage
from people.models import Department, PeopleIndexPage, PersonPage

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "demo-admin-password"  # noqa: S105 (local demo only; refused in production)
DEMO_SOLICITOR_USERNAME = "solicitor"
DEMO_SOLICITOR_PASSWORD = "demo-solicitor-password"  # noqa: S105 (local demo only, as above)
DEMO_SOLICITOR_PROFILE = "daniel-okafor"
# The admin approves as a person, so "Reviewed by" never shows a username.
DEMO_ADMIN_NAME = ("Morgan", "Ashdown")
DEMO_EDITOR_USERNAME = "editor"
DEMO_EDITOR_PASSWORD = "demo-editor-password"  # noqa: S105 (local demo only, as above)
DEMO_EDITOR_PROFILE = "eleanor-whitcombe"
DEMO_HANDLER_USERNAME = "handler"
DEMO_HANDLER_PASSWORD = "demo-handler-password"  # noqa: S105 (local demo only, as above)


class Command(BaseCommand):
    help = "Load the fictional demo firm, people, categories and articles (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-admin", action="store_true", help="Do not create the local admin user."
        )
        parser.add_argument(
            "--site-url",
            default=settings.WAGTAILADMIN_BASE_URL,
            help=(
                "Where the site is served, e.g. http://127.0.0.1:8001 (default: "
                "WAGTAILADMIN_BASE_URL): the default site's hostname and port, so links "
                "in emails lead back to it."
            ),
        )

    def handle(self, *args, **options):
        self.created = 0
        with transaction.atomic():
            home = self.load_home()
            site = self.load_site(home, options["site_url"])
            news_index = self.load_child(
                home,
                NewsIndexPage,
                slug=content.NEWS_INDEX["slug"],
                title=content.NEWS_INDEX["title"],
                intro=content.NEWS_INDEX["intro"],
                show_in_menus=True,
            )
            people_index = self.load_child(
                home,
                PeopleIndexPage,
                slug=content.PEOPLE_INDEX["slug"],
                title=content.PEOPLE_INDEX["title"],
                intro=content.PEOPLE_INDEX["intro"],
                show_in_menus=True,
            )
            standard_pages = {
                spec["slug"]: self.load_child(
                    home,
                    StandardPage,
                    slug=spec["slug"],
                    title=spec["title"],
                    intro=spec["intro"],
                    body=json.dumps(self.stream_data(self.standard_page_body(spec))),
                    show_in_menus=spec.get("show_in_menus", False),
                )
                for spec in [*content.STANDARD_PAGES, content.COVER_YOUR_TRACKS]
            }
            standard_pages.update(self.load_launch_pages(home))
            self.load_child(
                home,
                ContactPage,
                slug=content.CONTACT["slug"],
                title=content.CONTACT["title"],
                intro=content.CONTACT["intro"],
                privacy_summary=content.CONTACT["privacy_summary"],
                next_steps=content.CONTACT["next_steps"],
                show_in_menus=True,
            )
            firm = self.load_firm_settings(site, standard_pages)
            self.load_firm_legal_details(firm, standard_pages)
            self.load_firm_logo(firm)
            departments = self.load_departments()
            self.load_enquiry_setup(site, departments)
            people = self.load_people(people_index, departments)
            categories = self.load_categories()
            self.load_articles(news_index, people, categories)
            self.load_newsroom_articles(news_index, people, categories)
        if options["no_admin"]:
            admin_line = None
        else:
            admin_line = self.load_admin_user()

        self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({self.created} new objects)."))
        if admin_line:
            self.stdout.write(admin_line)
        if not options["no_admin"]:
            self.stdout.write(self.load_demo_solicitor())
            self.stdout.write(self.load_demo_editor())
            self.stdout.write(self.load_demo_handler())

    # Pages

    def load_home(self):
        home = HomePage.objects.first()
        if home:
            return home
        root = Page.get_first_root_node()
        home = HomePage(
            title=content.HOME["title"],
            slug="home",
            strapline=content.HOME["strapline"],
            intro=content.HOME["intro"],
        )
        # Wagtail's install creates a placeholder "Welcome" page at the slug we want.
        for placeholder in root.get_children().filter(slug="home"):
            if placeholder.specific_class is Page:
                placeholder.delete()
        root.add_child(instance=home)
        home.save_revision().publish()
        self.created += 1
        return home

    def load_site(self, home, site_url):
        address = urlsplit(site_url)
        hostname = address.hostname or "localhost"
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(is_default_site=True)
        wanted = {
            "root_page_id": home.pk,
            "site_name": content.FIRM["firm_name"],
            "hostname": hostname,
            "port": port,
        }
        if any(getattr(site, name) != value for name, value in wanted.items()):
            for name, value in wanted.items():
                setattr(site, name, value)
            site.save()
        return site

    def load_child(self, parent, model, slug, **fields):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def stream_data(self, blocks, image_ids=None):
        """Turn the content module's (type, value) pairs into StreamField JSON."""
        data = []
        for block_type, value in blocks:
            if block_type == "image":
                value = {**value, "image": image_ids[value["image"]]}
            if block_type == "call_to_action":
                value = {"page": None, **value}
            data.append({"type": block_type, "value": value})
        return data

    # Launch pages and the firm's legal details (issue 13)

    def standard_page_body(self, spec):
        """The privacy notice gains who the controller is and the law relied on,
        after its introduction."""
        if spec["slug"] != "privacy-notice":
            return spec["body"]
        return spec["body"][:1] + content.PRIVACY_NOTICE_LEGAL_SECTIONS + spec["body"][1:]

    def load_launch_pages(self, home):
        """The accessibility statement and cookie information, linked from the footer."""
        return {
            spec["slug"]: self.load_child(
                home,
                StandardPage,
                slug=spec["slug"],
                title=spec["title"],
                intro=spec["intro"],
                body=json.dumps(self.stream_data(spec["body"])),
                show_in_menus=False,
            )
            for spec in content.LAUNCH_PAGES
        }

    def load_firm_legal_details(self, firm, pages):
        """Fill in what is still empty, so an edited detail is never overwritten."""
        changed = []
        for field, value in content.FIRM_LEGAL_DETAILS.items():
            if not getattr(firm, field):
                setattr(firm, field, value)
                changed.append(field)
        for field, slug in [("cookies_page", "cookies"), ("accessibility_page", "accessibility")]:
            if getattr(firm, f"{field}_id") is None and pages.get(slug):
                setattr(firm, field, pages[slug])
                changed.append(field)
        if changed:
            firm.save(update_fields=changed)

    def load_newsroom_articles(self, news_index, people, categories):
        """A newsroom's variety (issue 13): one reviewed, one scheduled, one with a
        document link, quotes with their sources and an image with a credit."""
        document = self.load_checklist_document()
        image_ids = {"credited": self.load_credited_image().pk}
        for spec in content.NEWSROOM_ARTICLES:
            if ArticlePage.objects.child_of(news_index).filter(slug=spec["slug"]).exists():
                continue
            for block_type, value in spec["body"]:
                if block_type == "image" and value["image"] not in image_ids:
                    name = value["image"]
                    image_ids[name] = self.load_image(
                        f"Illustration: {name}", lambda name=name: images.illustration_png(name)
                    ).pk
            teaser = spec["image"]
            body = json.dumps(self.stream_data(spec["body"], image_ids)).replace(
                "CHECKLIST_DOCUMENT_ID", str(document.pk)
            )
            published = _aware(spec["published"])
            article = ArticlePage(
                slug=spec["slug"],
                title=spec["title"],
                excerpt=spec["excerpt"],
                listing_image=self.load_image(
                    f"Teaser: {spec['title']}"[:255],
                    lambda teaser=teaser, seed=spec["slug"]: images.teaser_png(
                        seed, teaser["motif"], teaser["palette"]
                    ),
                ),
                listing_image_alt=spec.get("image_alt", ""),
                body=body,
            )
            article.categories = [categories[slug] for slug in spec["categories"]]
            article.authors = [
                ArticlePageAuthor(person=people[slug], sort_order=index)
                for index, slug in enumerate(spec["authors"])
            ]
            if spec.get("scheduled"):
                # Approved to go live later: `publish_scheduled` publishes it on the day.
                article.live = False
                article.go_live_at = max(published, timezone.now() + timedelta(days=7))
                news_index.add_child(instance=article)
                article.save_revision().publish()
            else:
                news_index.add_child(instance=article)
                article.save_revision().publish()
                reviewed = {}
                if spec.get("reviewed_by"):
                    reviewed = {
                        "reviewed_by_name": spec["reviewed_by"],
                        "reviewed_at": date.fromisoformat(spec["reviewed_at"]),
                    }
                ArticlePage.objects.filter(pk=article.pk).update(
                    first_published_at=published,
                    last_published_at=published,
                    latest_revision_created_at=published,
                    **reviewed,
                )
            self.created += 1

    def load_checklist_document(self):
        document_model = get_document_model()
        spec = content.CHECKLIST_DOCUMENT
        document = document_model.objects.filter(title=spec["title"]).first()
        if document is None:
            document = document_model(
                title=spec["title"],
                file=ContentFile(text_pdf(spec["title"], spec["lines"]), name="checklist.pdf"),
            )
            document.save()
            self.created += 1
        return document

    def load_credited_image(self):
        spec = content.CREDITED_IMAGE
        image = self.load_image(
            spec["title"], lambda: images.illustration_png(spec["illustration"])
        )
        if image.owned_by_firm or image.credit != spec["credit"]:
            image.owned_by_firm = False
            image.credit = spec["credit"]
            image.save(update_fields=["owned_by_firm", "credit"])
        return image

    # Snippets and settings

    def load_firm_settings(self, site, standard_pages):
        firm = FirmSettings.for_site(site)
        if not firm.firm_name:
            for field, value in content.FIRM.items():
                setattr(firm, field, value)
            firm.complaints_page = standard_pages.get("complaints")
            firm.privacy_page = standard_pages.get("privacy-notice")
            firm.save()
            self.created += 1
        return firm

    def load_firm_logo(self, firm):
        """A plain mark drawn with Pillow: two claret pillars under a lintel on
        navy, for search engines' logo (structured data)."""
        if firm.logo_id:
            return

        def draw_logo():
            size = 512
            logo = Image.new("RGB", (size, size), "#16284a")
            draw = ImageDraw.Draw(logo)
            draw.rectangle((96, 120, 416, 160), fill="#ffffff")
            for left in (144, 304):
                draw.rectangle((left, 184, left + 64, 360), fill="#8c1d40")
            draw.rectangle((96, 384, 416, 416), fill="#ffffff")
            output = io.BytesIO()
            logo.save(output, format="PNG")
            return output.getvalue()

        firm.logo = self.load_image(f"Logo: {content.FIRM['firm_name']}", draw_logo)
        firm.save(update_fields=["logo"])

    def load_enquiry_setup(self, site, departments):
        """Contact's own settings and areas of law (the enquiry form's choices)."""
        enquiry_settings = ContactSettings.for_site(site)
        if not enquiry_settings.intake_email:
            for field, value in content.ENQUIRY_SETTINGS.items():
                setattr(enquiry_settings, field, value)
            enquiry_settings.save()
        if not SupportService.objects.exists():
            for order, spec in enumerate(content.SUPPORT_SERVICES):
                SupportService.objects.create(sort_order=order, **spec)
                self.created += 1
        for order, spec in enumerate(content.AREAS_OF_LAW):
            _, created = AreaOfLaw.objects.get_or_create(
                name=spec["name"],
                defaults={"department": departments.get(spec["department"]), "sort_order": order},
            )
            self.created += created

    def load_departments(self):
        departments = {}
        for spec in content.DEPARTMENTS:
            department, created = Department.objects.get_or_create(
                slug=spec["slug"], defaults={"name": spec["name"]}
            )
            self.created += created
            departments[department.slug] = department
        return departments

    def load_categories(self):
        categories = {}
        for spec in content.CATEGORIES:
            category = Category.objects.filter(slug=spec["slug"]).first()
            if category is None:
                category = Category(
                    name=spec["name"],
                    slug=spec["slug"],
                    parent=categories.get(spec["parent"]) if spec["parent"] else None,
                    description=spec["description"],
                    is_sensitive=spec.get("is_sensitive", False),
                )
                category.full_clean()
                category.save()
                self.created += 1
            categories[category.slug] = category
        return categories

    def load_image(self, title, png_bytes_factory):
        image_model = get_image_model()
        image = image_model.objects.filter(title=title).first()
        if image:
            return image
        filename = f"{title.lower().replace(' ', '-')}.png"
        image = image_model(title=title, file=ContentFile(png_bytes_factory(), name=filename))
        image.save()
        self.created += 1
        return image

    def load_people(self, people_index, departments):
        people = {}
        for spec in content.PEOPLE:
            person = PersonPage.objects.child_of(people_index).filter(slug=spec["slug"]).first()
            if person is None:
                portrait = spec["portrait"]
                photo = self.load_image(
                    f"Portrait of {spec['name']}",
                    lambda portrait=portrait, seed=spec["slug"]: images.portrait_png(
                        seed, **portrait
                    ),
                )
                person = PersonPage(
                    slug=spec["slug"],
                    title=spec["name"],
                    job_title=spec["job_title"],
                    photo=photo,
                    legal_career_start_year=spec["legal_career_start_year"],
                    qualified_year=spec["qualified_year"],
                    phone=spec["phone"],
                    email=spec["email"],
                    short_bio=spec["short_bio"],
                    bio=spec["bio"],
                )
                person.departments = [departments[slug] for slug in spec["departments"]]
                people_index.add_child(instance=person)
                person.save_revision().publish()
                self.created += 1
            people[person.slug] = person
        return people

    def load_articles(self, news_index, people, categories):
        illustration_ids = {}
        for spec in content.ARTICLES:
            if ArticlePage.objects.child_of(news_index).filter(slug=spec["slug"]).exists():
                continue
            for block_type, value in spec["body"]:
                name = value["image"] if block_type == "image" else None
                if name and name not in illustration_ids:
                    illustration_ids[name] = self.load_image(
                        f"Illustration: {name}", lambda name=name: images.illustration_png(name)
                    ).pk
            teaser = spec["image"]
            listing_image = self.load_image(
                f"Teaser: {spec['title']}"[:255],
                lambda teaser=teaser, seed=spec["slug"]: images.teaser_png(
                    seed, teaser["motif"], teaser["palette"]
                ),
            )
            published = _aware(spec["published"])
            updated = _aware(spec["updated"]) if spec.get("updated") else published
            article = ArticlePage(
                slug=spec["slug"],
                title=spec["title"],
                excerpt=spec["excerpt"],
                listing_image=listing_image,
                listing_image_alt=spec.get("image_alt", ""),
                body=json.dumps(self.stream_data(spec["body"], illustration_ids)),
                first_published_at=published,
            )
            article.categories = [categories[slug] for slug in spec["categories"]]
            article.authors = [
                ArticlePageAuthor(person=people[slug], sort_order=index)
                for index, slug in enumerate(spec["authors"])
            ]
            news_index.add_child(instance=article)
            revision = article.save_revision()
            revision.publish()
            # Publishing stamps "now"; the demo wants a history spread over time.
            ArticlePage.objects.filter(pk=article.pk).update(
                first_published_at=published,
                last_published_at=updated,
                latest_revision_created_at=updated,
            )
            self.created += 1

    def load_admin_user(self):
        if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
            return "No admin user created: these settings do not allow demo accounts."
        user_model = get_user_model()
        user = user_model.objects.filter(username=DEMO_ADMIN_USERNAME).first()
        if user is None:
            user = user_model.objects.create_superuser(
                username=DEMO_ADMIN_USERNAME,
                email="admin@ashdownmarlowe.example",
                password=DEMO_ADMIN_PASSWORD,
                first_name=DEMO_ADMIN_NAME[0],
                last_name=DEMO_ADMIN_NAME[1],
            )
            self.created += 1
        if not user.get_full_name():
            # Made by an earlier version without a name.
            user.first_name, user.last_name = DEMO_ADMIN_NAME
            user.save(update_fields=["first_name", "last_name"])
        # A reviewer: the Legal review's emails go to the Editors.
        user.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
        shown_password = (
            DEMO_ADMIN_PASSWORD
            if user.check_password(DEMO_ADMIN_PASSWORD)
            else "(unchanged: the one you set)"
        )
        return (
            f"Admin login: {settings.WAGTAILADMIN_BASE_URL}/{settings.ADMIN_PATH}"
            f"  user: {DEMO_ADMIN_USERNAME}  password: {shown_password}"
        )

    def load_demo_solicitor(self):
        """A solicitor's account, linked to one profile, for trying the Legal review:
        it writes and submits articles; the admin account approves them."""
        if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
            return "No demo solicitor created: these settings do not allow demo accounts."
        person = PersonPage.objects.filter(slug=DEMO_SOLICITOR_PROFILE).first()
        user_model = get_user_model()
        user = user_model.objects.filter(username=DEMO_SOLICITOR_USERNAME).first()
        if user is None:
            first_name, _, last_name = (person.title if person else "Demo Solicitor").partition(" ")
            user = user_model.objects.create_user(
                username=DEMO_SOLICITOR_USERNAME,
                email=person.email if person else "solicitor@ashdownmarlowe.example",
                password=DEMO_SOLICITOR_PASSWORD,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(Group.objects.get_or_create(name=SOLICITORS)[0])
            self.created += 1
        if person is not None and person.user_id is None:
            # Through a revision, so the link survives the profile's next edit.
            person.user = user
            person.save_revision().publish()
        shown_password = (
            DEMO_SOLICITOR_PASSWORD
            if user.check_password(DEMO_SOLICITOR_PASSWORD)
            else "(unchanged: the one you set)"
        )
        return (
            f"Solicitor login: user: {DEMO_SOLICITOR_USERNAME}  password: {shown_password}"
            f"  (writes as {person.title if person else 'nobody'}; submits for Legal review)"
        )

    def load_demo_user(self, username, password, group, person_slug, fallback_name):
        """An account in `group`, named after (and linked to) a profile if given."""
        person = PersonPage.objects.filter(slug=person_slug).first() if person_slug else None
        user_model = get_user_model()
        user = user_model.objects.filter(username=username).first()
        if user is None:
            first_name, _, last_name = (person.title if person else fallback_name).partition(" ")
            user = user_model.objects.create_user(
                username=username,
                email=person.email if person else f"{username}@ashdownmarlowe.example",
                password=password,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(Group.objects.get_or_create(name=group)[0])
            self.created += 1
        if person is not None and person.user_id is None:
            person.user = user
            person.save_revision().publish()
        shown = password if user.check_password(password) else "(unchanged: the one you set)"
        return user, person, shown

    def load_demo_editor(self):
        """A reviewer linked to a partner's profile: approvals read "Reviewed by" her name."""
        if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
            return "No demo editor created: these settings do not allow demo accounts."
        _, person, shown = self.load_demo_user(
            DEMO_EDITOR_USERNAME, DEMO_EDITOR_PASSWORD, EDITORS, DEMO_EDITOR_PROFILE, "Demo Editor"
        )
        name = person.title if person else "Demo Editor"
        return (
            f"Editor login: user: {DEMO_EDITOR_USERNAME}  password: {shown}"
            f"  (reviews as {name}; approves from the dashboard)"
        )

    def load_demo_handler(self):
        """An enquiry handler. Two-factor authentication is not required by `make run`'s
        settings; in production (ADMIN_2FA_REQUIRED) they set it up at first sign-in."""
        if not getattr(settings, "DEMO_ADMIN_ALLOWED", False):
            return "No demo enquiry handler created: these settings do not allow demo accounts."
        _, _, shown = self.load_demo_user(
            DEMO_HANDLER_USERNAME, DEMO_HANDLER_PASSWORD, ENQUIRY_HANDLERS, None, "Jo Hartley"
        )
        two_factor = (
            "must set up two-factor authentication at first sign-in"
            if getattr(settings, "ADMIN_2FA_REQUIRED", False)
            else "two-factor authentication is optional here (required in production: "
            "Account > Two-factor authentication)"
        )
        return (
            f"Enquiry handler login: user: {DEMO_HANDLER_USERNAME}  password: {shown}"
            f"  (reads enquiries; {two_factor})"
        )


def _aware(iso_string):
    return timezone.make_aware(datetime.fromisoformat(iso_string))
