"""What readers and enquirers do, end to end, in a real browser."""

import re
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings
from playwright.sync_api import expect

from contact.models import Enquiry
from news.models import ArticlePage
from tests.browser.base import SCREENSHOT_DIR, BrowserTestCase
from tests.factories import (
    USER_PASSWORD,
    AreaOfLawFactory,
    ArticlePageFactory,
    CategoryFactory,
    ImageFactory,
    PersonPageFactory,
    body_json,
    make_user,
)

User = get_user_model()


class ReaderJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.child_abuse = CategoryFactory(name="Child Abuse", slug="child-abuse")
        self.grooming = CategoryFactory(
            name="Grooming Gangs", slug="grooming-gangs", parent=self.child_abuse
        )
        self.jane = PersonPageFactory(
            parent=self.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
        )
        self.article = ArticlePageFactory(
            parent=self.tree.news,
            title="Grooming gangs: what survivors can do",
            slug="grooming-gangs-what-survivors-can-do",
            categories=[self.grooming],
            authors=[self.jane],
            body=body_json(("paragraph", "<p>Survivors have options.</p>")),
        )
        self.related = ArticlePageFactory(
            parent=self.tree.news,
            title="Time limits in abuse claims",
            slug="time-limits-in-abuse-claims",
            categories=[self.child_abuse],
            authors=[self.jane],
        )

    def test_home_to_article_to_author_and_back(self):
        page = self.page
        self.visit("/")
        page.get_by_role("navigation", name="Main").get_by_role("link", name="News & Blog").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("News & Blog")

        page.get_by_role("navigation", name="Categories").get_by_role(
            "link", name="Grooming Gangs"
        ).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Child Abuse – Grooming Gangs")
        page.get_by_role("link", name="Grooming gangs: what survivors can do").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Grooming gangs: what survivors can do"
        )

        article_url = self.url(self.article.url)
        share_links = page.locator("section.share a")
        expect(share_links).to_have_count(5)
        for href in share_links.evaluate_all("links => links.map(link => link.href)"):
            values = [v for vs in parse_qs(urlsplit(href).query).values() for v in vs]
            self.assertTrue(any(article_url in value for value in values), href)

        page.locator(".related").get_by_role("link", name="Time limits in abuse claims").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Time limits in abuse claims")

        page.locator(".byline").get_by_role("link", name="Jane Doe").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Jane Doe")
        expect(page.locator(".profile__articles .card__title a")).to_have_count(2)

        page.get_by_role("navigation", name="Main").get_by_role("link", name="News & Blog").click()
        expect(page).to_have_url(self.url("/news/"))

    def test_copy_link_is_an_enhancement(self):
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.visit(self.article.url)
        button = self.page.get_by_role("button", name="Copy link")
        expect(button).to_be_visible()
        button.click()
        expect(self.page.locator(".share__status")).to_have_text("Link copied.")
        # Without JavaScript there is no button that cannot work.
        context = self.browser.new_context(java_script_enabled=False)
        page = context.new_page()
        page.goto(self.url(self.article.url))
        expect(page.get_by_role("button", name="Copy link")).to_be_hidden()
        context.close()


class EnquirerJourneyTests(BrowserTestCase):
    def setUp(self):
        super().setUp()
        self.child_abuse = CategoryFactory(
            name="Child Abuse", slug="child-abuse", is_sensitive=True
        )
        AreaOfLawFactory(name="Child Abuse")
        self.solicitor_user = User.objects.create_user(
            "jane", "jane@firm.example", "a-long-password-for-jane"
        )
        self.solicitor_user.groups.add(Group.objects.get(name="Editors"))
        self.jane = PersonPageFactory(
            parent=self.tree.people,
            title="Jane Doe",
            slug="jane-doe",
            job_title="Associate Solicitor",
            user=self.solicitor_user,
        )
        self.article = ArticlePageFactory(
            parent=self.tree.news,
            title="Speaking up about abuse",
            slug="speaking-up-about-abuse",
            categories=[self.child_abuse],
            authors=[self.jane],
        )
        self.handler = User.objects.create_user(
            "handler", "handler@firm.example", "a-long-password-for-handler"
        )
        self.handler.groups.add(Group.objects.get(name="Enquiry handlers"))

    def test_an_enquiry_from_an_article_reaches_the_handlers_only(self):
        page = self.page
        self.visit(self.article.url)
        expect(page.get_by_role("link", name="Exit this page")).to_be_visible()
        page.get_by_role("link", name="Send Jane a confidential enquiry").click()
        expect(page).to_have_url(self.url("/contact/?solicitor=jane-doe"))
        expect(page.locator(".contact__routed")).to_contain_text(
            "Your enquiry will go to Jane Doe, Associate Solicitor"
        )

        page.get_by_label("Your name").fill("Sam Reader")
        page.get_by_label("Email address").fill("not an email")
        page.get_by_role("group", name="How would you prefer us to contact you?").get_by_label(
            "Email"
        ).check()
        page.get_by_role("group", name="Is it safe for us to leave you a voicemail?").get_by_label(
            "No"
        ).check()
        page.get_by_role("group", name="Is it safe for us to email you?").get_by_label(
            "Yes"
        ).check()
        page.get_by_label("What is your enquiry about?").select_option(label="Child Abuse")
        page.get_by_label("Your message").fill("I would like to talk about my school.")
        page.get_by_label(re.compile("I agree that")).check()
        page.get_by_role("button", name="Send enquiry").click()

        # The problem is announced (an alert that takes focus) and shown by the field.
        summary = page.get_by_role("alert")
        expect(summary).to_contain_text("There is a problem")
        expect(summary).to_be_focused()
        email = page.get_by_label("Email address")
        expect(email).to_have_attribute("aria-invalid", "true")
        expect(page.locator("#id_email-error")).to_contain_text("Enter an email address")
        expect(email).to_have_accessible_description(re.compile("Enter an email address"))
        # What was typed is still there.
        expect(page.get_by_label("Your message")).to_have_value(
            "I would like to talk about my school."
        )

        email.fill("sam@example.com")
        page.get_by_label(re.compile("I agree that")).check()
        page.get_by_role("button", name="Send enquiry").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(
            "Thank you. We have received your enquiry"
        )
        reference = Enquiry.objects.get().reference
        expect(page.locator(".confirmation-panel__reference")).to_have_text(reference)
        expect(page.locator("main")).not_to_contain_text("my school")

        # The solicitor it was addressed to, who is not a handler, can read this
        # enquiry (from their email's link) but not the list of enquiries.
        self.sign_in("jane", "a-long-password-for-jane")
        response = self.visit("/admin/enquiries/")
        self.assertEqual(response.status, 404)
        response = self.visit(f"/admin/enquiries/{Enquiry.objects.get().public_id}/")
        self.assertEqual(response.status, 200)
        expect(page.locator(".enquiry-detail")).to_contain_text("Sam Reader")

        # An enquiry handler finds it.
        self.context.clear_cookies()
        self.sign_in("handler", "a-long-password-for-handler")
        page.get_by_role("link", name="Enquiries").first.click()
        page.get_by_role("link", name=reference).click()
        expect(page.locator(".enquiry-detail")).to_contain_text("Sam Reader")
        expect(page.locator(".enquiry-message")).to_contain_text(
            "I would like to talk about my school."
        )


class EditorJourneyTests(BrowserTestCase):
    """A solicitor writes and submits an article; an editor approves it; readers see it."""

    def setUp(self):
        super().setUp()
        self.clinical = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        self.misdiagnosis = CategoryFactory(
            name="Misdiagnosis", slug="misdiagnosis", parent=self.clinical
        )
        ImageFactory(title="A courthouse drawing")
        self.author = PersonPageFactory(
            parent=self.tree.people, title="Priya Raman", slug="priya-raman"
        )
        make_user("solicitor", "Solicitors", person=self.author)
        make_user("editor", "Editors")
        self.older = ArticlePageFactory(
            parent=self.tree.news,
            title="Delayed diagnosis explained",
            slug="delayed-diagnosis-explained",
            categories=[self.misdiagnosis],
            authors=[self.author],
        )

    def log_in(self, username):
        self.context.clear_cookies()
        self.sign_in(username)

    def act(self, locator, how="click"):
        """One click or key press of the person (typing text is not counted)."""
        self.actions += 1
        getattr(locator, how)()

    def test_write_submit_approve_publish(self):
        page = self.page
        # A first-time solicitor, from the sign-in page to an article sent for review.
        self.actions = 0
        self.context.clear_cookies()
        self.visit("/admin/login/")
        page.get_by_label("Username").fill("solicitor")
        page.get_by_label("Password").fill(USER_PASSWORD)
        self.act(page.get_by_role("button", name=re.compile("Sign in", re.I)))
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOT_DIR / "admin-dashboard-solicitor-1280.png", full_page=True)
        self.act(page.get_by_role("link", name="Write an article"))
        self.wait_until_the_editor_watches_for_edits()
        self.act(page.get_by_placeholder("Page title*"))
        page.keyboard.type("When a scan is misread")
        self.act(page.locator("#id_excerpt"))
        page.keyboard.type("What to do when a scan result was misread.")
        self.act(page.get_by_label("Clinical Negligence", exact=True), "check")
        self.act(page.get_by_label("Clinical Negligence – Misdiagnosis"), "check")
        # The byline starts as the solicitor's own profile.
        expect(page.get_by_role("region", name=re.compile("^Authors")).first).to_contain_text(
            "Priya Raman"
        )

        body = page.locator("[data-contentpath=body]")

        def add_block(name):
            self.act(body.locator("button.c-sf-add-button").last)
            self.act(page.get_by_role("option", name=name))

        add_block("Paragraph")
        self.act(body.locator("[contenteditable=true]").last)
        page.keyboard.type("Scans are read by people, and people make mistakes.")
        add_block("Image")
        self.act(body.get_by_role("button", name=re.compile("Choose an image")).last)
        self.act(page.locator("a[data-chooser-modal-choice]", has_text="A courthouse drawing"))
        self.act(body.get_by_label(re.compile("Alt text")).last)
        page.keyboard.type("A drawing of a courthouse")
        add_block("Quote")
        self.act(body.get_by_label(re.compile("^Quote")).last)
        page.keyboard.type("Ask for a second opinion.")
        page.wait_for_timeout(300)  # a person's hand moving to the button
        page.get_by_placeholder("Page title*").scroll_into_view_if_needed()
        page.screenshot(path=SCREENSHOT_DIR / "admin-article-editor-1280.png", full_page=True)

        # "Submit to Legal review" is the main button, not hidden under an arrow.
        self.act(page.locator("footer").get_by_role("button", name="Submit to Legal review"))
        expect(page.locator(".messages")).to_contain_text("sent for review")
        self.assertLessEqual(self.actions, 25, "clicks and key presses to submit an article")
        article = ArticlePage.objects.get(slug="when-a-scan-is-misread")
        self.assertFalse(article.live)
        self.assertEqual(self.client.get(article.url).status_code, 404)

        # The editor approves it from the dashboard.
        self.actions = 0
        self.context.clear_cookies()
        self.visit("/admin/login/")
        page.get_by_label("Username").fill("editor")
        page.get_by_label("Password").fill(USER_PASSWORD)
        self.act(page.get_by_role("button", name=re.compile("Sign in", re.I)))
        page.screenshot(path=SCREENSHOT_DIR / "admin-dashboard-editor-1280.png", full_page=True)
        row = page.locator("#awaiting-review-section tr, #awaiting-review tr").filter(
            has_text="When a scan is misread"
        )
        self.act(row.get_by_role("button", name="Actions"))
        self.act(page.get_by_role("button", name="Approve", exact=True))
        # Approved: it leaves the editor's review list.
        expect(page.locator("tr", has_text="When a scan is misread")).to_have_count(0)
        self.assertLessEqual(self.actions, 5, "clicks and key presses to approve")

        self.visit("/news/")
        expect(page.locator(".card__title").first).to_have_text("When a scan is misread")
        self.visit("/news/category/clinical-negligence/misdiagnosis/")
        expect(page.get_by_role("link", name="When a scan is misread")).to_be_visible()
        page.get_by_role("link", name="When a scan is misread").click()
        expect(page.locator(".article__body figure img")).to_have_attribute(
            "alt", "A drawing of a courthouse"
        )
        expect(page.locator(".article__body blockquote")).to_contain_text(
            "Ask for a second opinion."
        )
        expect(page.locator(".related")).to_contain_text("Delayed diagnosis explained")
        expect(page.locator(".article__reviewed")).to_contain_text("Reviewed by Editor Tester")


@override_settings(MIDDLEWARE=["tests.browser.slow.SlowAutosaveMiddleware", *settings.MIDDLEWARE])
class SubmitDuringAutosaveTests(BrowserTestCase):
    """On a slow server, "Submit to Legal review" pressed while the autosave that
    creates the page is still on its way submits the article, once, whole."""

    def setUp(self):
        super().setUp()
        self.category = CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        self.author = PersonPageFactory(
            parent=self.tree.people, title="Priya Raman", slug="priya-raman"
        )
        make_user("solicitor", "Solicitors", person=self.author)
        make_user("editor", "Editors")

    def test_submit_right_after_typing(self):
        page = self.page
        self.sign_in("solicitor")
        self.visit(f"/admin/pages/add/news/articlepage/{self.tree.news.pk}/")
        self.wait_until_the_editor_watches_for_edits()

        def is_autosave(request):
            return request.method == "POST" and "json" in (request.headers.get("accept") or "")

        with page.expect_request(is_autosave, timeout=15_000):
            page.get_by_placeholder("Page title*").fill("When a scan is misread")
            page.fill("#id_excerpt", "What to do when a scan result was misread.")
            page.get_by_label("Clinical Negligence", exact=True).check()
            body = page.locator("[data-contentpath=body]")
            body.locator("button.c-sf-add-button").last.click()
            page.get_by_role("option", name="Paragraph").click()
            body.locator("[contenteditable=true]").last.click()
            page.keyboard.type("Scans are read by people.")
        # The autosave has created the page, but its answer has not arrived: the
        # form still posts to the "add" view.
        form = page.locator("form[data-edit-form]")
        self.assertIn("/add/", form.evaluate("form => form.action"))
        page.keyboard.type(" People make mistakes.")
        # Draftail copies what was typed into the form every 250 ms; a person takes
        # longer than that to reach the button.
        page.wait_for_timeout(300)
        self.assertIn("/add/", form.evaluate("form => form.action"))
        submit = page.get_by_role("button", name=re.compile("Submit to Legal review"))
        if not submit.is_visible():
            page.locator("footer [data-w-dropdown-target=toggle]").last.click()
        submit.click()

        expect(page.locator(".messages")).to_contain_text("sent for review")
        article = ArticlePage.objects.get()
        self.assertEqual(article.title, "When a scan is misread")
        self.assertEqual(article.current_workflow_state.status, "in_progress")
        self.assertIn(
            "Scans are read by people. People make mistakes.",
            str(article.get_latest_revision_as_object().body),
        )
        self.assertEqual([a.person_id for a in article.authors.all()], [self.author.pk])


class ArticleEditorGuidanceTests(BrowserTestCase):
    """The writer sees the legal checklist as soon as a sensitive category is
    ticked, and the search and sharing preview follows what they type."""

    def test_checklist_and_preview_follow_the_form(self):
        CategoryFactory(name="Clinical Negligence", slug="clinical-negligence")
        abuse = CategoryFactory(name="Child Abuse", slug="child-abuse", is_sensitive=True)
        CategoryFactory(name="Grooming Gangs", slug="grooming-gangs", parent=abuse)
        make_user("solicitor", "Solicitors")
        page = self.page
        self.sign_in("solicitor")
        self.visit(f"/admin/pages/add/news/articlepage/{self.tree.news.pk}/")

        checklist = page.locator("[data-legal-checklist]")
        expect(checklist).to_be_hidden()
        page.get_by_label("Clinical Negligence", exact=True).check()
        expect(checklist).to_be_hidden()
        page.get_by_label("Child Abuse – Grooming Gangs").check()
        expect(checklist).to_be_visible()
        expect(checklist).to_contain_text("anonymity is lifelong")
        page.get_by_label("Child Abuse – Grooming Gangs").uncheck()
        expect(checklist).to_be_hidden()

        page.get_by_placeholder("Page title*").fill("Time limits explained")
        page.fill("#id_excerpt", "How long you have to make a claim.")
        page.get_by_role("tab", name="Promote").click()
        preview = page.locator("[data-search-preview]")
        expect(preview).to_contain_text("Time limits explained")
        expect(preview).to_contain_text("How long you have to make a claim.")
        expect(preview).to_contain_text("/news/time-limits-explained/")
        page.screenshot(path=SCREENSHOT_DIR / "admin-search-and-sharing-1280.png")
