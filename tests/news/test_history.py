"""Preview before publishing, revisions compared and reverted, and old addresses kept
working after a slug change."""

from django.urls import reverse
from wagtail.contrib.redirects.models import Redirect
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from firm_site.base.roles import EDITORS, SOLICITORS
from news.models import ArticlePage
from tests.factories import PersonPageFactory, make_user
from tests.utils import SiteTestCase


class HistoryTestCase(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.profile = PersonPageFactory(parent=cls.tree.people, title="Sol Icitor", slug="sol")
        cls.solicitor = make_user("solicitor", SOLICITORS, person=cls.profile)
        cls.editor = make_user("editor", EDITORS)

    def data(self, article=None, **overrides):
        if article is None:
            authors = inline_formset([{"person": self.profile.pk}])
        else:
            rows = [{"id": a.pk, "person": a.person_id} for a in article.authors.all()]
            authors = inline_formset(rows, initial=len(rows))
        values = {
            "title": "First title",
            "slug": "first-slug",
            "excerpt": "A guide.",
            "authors": authors,
            "listing_image": "",
            "listing_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Body.</p>"))]),
        }
        values.update(overrides)
        return nested_form_data(values)

    def create(self, user, action=None, **overrides):
        self.client.force_login(user)
        data = self.data(**overrides)
        if action:
            data[action] = action
        url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", self.tree.news.pk])
        self.assertEqual(self.client.post(url, data).status_code, 302)
        return ArticlePage.objects.get(slug=data["slug"])

    def edit(self, article, action=None, **overrides):
        data = self.data(article, **overrides)
        if action:
            data[action] = action
        url = reverse("wagtailadmin_pages:edit", args=[article.pk])
        self.assertEqual(self.client.post(url, data).status_code, 302)


class PreviewTests(HistoryTestCase):
    def test_a_solicitor_previews_a_draft_at_mobile_and_desktop_sizes(self):
        article = self.create(self.solicitor)
        edit_page = self.client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
        soup = self.get_soup(edit_page.content)
        widths = {tag["data-device-width"] for tag in soup.select("[data-device-width]")}
        self.assertLessEqual({"375", "1280"}, widths)  # Wagtail's mobile and desktop sizes

        preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
        response = self.client.post(preview_url, self.data(article, title="Previewed title"))
        self.assertEqual(response.json(), {"is_valid": True, "is_available": True})
        preview = self.client.get(preview_url)
        self.assertContains(preview, "Previewed title")
        self.client.logout()
        self.fetch_soup(article.url, status=404)  # still unpublished


class RevisionTests(HistoryTestCase):
    def test_revisions_can_be_compared_and_reverted(self):
        article = self.create(self.editor, "action-publish")
        first_revision = article.latest_revision
        self.edit(article, "action-publish", title="Second title")
        article.refresh_from_db()
        self.assertEqual(article.title, "Second title")

        compare = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[article.pk, first_revision.pk, article.latest_revision_id],
        )
        response = self.client.get(compare)
        self.assertContains(response, "First title")
        self.assertContains(response, "Second title")

        revert = reverse(
            "wagtailadmin_pages:revisions_revert", args=[article.pk, first_revision.pk]
        )
        form = self.client.get(revert)
        self.assertEqual(form.status_code, 200)
        self.assertEqual(
            self.get_soup(form.content).select_one("[name=title]")["value"], "First title"
        )
        data = self.data(article, title="First title")
        data["revision"] = first_revision.pk
        data["action-publish"] = "action-publish"
        self.client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
        article.refresh_from_db()
        self.assertEqual(article.title, "First title")

    def test_a_changed_slug_leaves_a_redirect(self):
        article = self.create(self.editor, "action-publish")
        # Wagtail creates the redirect once the change is committed.
        with self.captureOnCommitCallbacks(execute=True):
            self.edit(article, "action-publish", slug="new-slug")
        self.client.logout()
        self.assertTrue(Redirect.objects.filter(old_path="/news/first-slug").exists())
        response = self.client.get("/news/first-slug/")
        self.assertEqual(response.status_code, 301)
        self.assertEqual(response["Location"], "/news/new-slug/")
        self.fetch_soup("/news/new-slug/")

    def test_an_unknown_article_address_is_a_404(self):
        self.fetch_soup("/news/no-such-article/", status=404)
        self.fetch_soup("/people/no-such-person/", status=404)
