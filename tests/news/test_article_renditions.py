"""A published article's images are resized by the worker, not on the first
reader's view (news/tasks.py)."""

from wagtail.images import get_image_model

from firm_site.base.images import MODERN_FORMATS
from news.tasks import make_article_renditions
from tests.factories import ArticlePageFactory, ImageFactory, body_json
from tests.utils import SiteTestCase, run_worker_once

Rendition = get_image_model().get_rendition_model()


class ArticleRenditionTests(SiteTestCase):
    def setUp(self):
        super().setUp()
        self.lead = ImageFactory()
        self.in_body = ImageFactory()

    def draft(self):
        article = ArticlePageFactory(
            parent=self.tree.news,
            listing_image=self.lead,
            body=body_json(("image", {"image": self.in_body.pk, "alt_text": "A", "caption": ""})),
        )
        article.unpublish()
        return article

    def publish(self, article):
        with self.captureOnCommitCallbacks(execute=True):
            article.save_revision().publish()

    def specs_of(self, image):
        return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))

    def test_the_worker_makes_every_rendition_the_first_view_shows(self):
        article = self.draft()
        Rendition.objects.all().delete()
        self.publish(article)
        self.assertEqual(self.specs_of(self.lead), set())  # not while publishing
        run_worker_once()

        lead = self.specs_of(self.lead)
        for operation, _mime_type in MODERN_FORMATS:
            self.assertIn(f"max-1200x900|{operation}", lead)
            self.assertIn(f"fill-640x360|{operation}", lead)
            self.assertIn(f"fill-320x180|{operation}", lead)
            self.assertIn(f"max-1200x900|{operation}", self.specs_of(self.in_body))
        self.assertIn("fill-1200x630", lead)  # shared on social networks

        made = Rendition.objects.count()
        self.assertEqual(self.client.get(article.url).status_code, 200)
        self.client.get("/news/")  # the card
        self.assertEqual(Rendition.objects.count(), made)

    def test_nothing_for_an_article_unpublished_before_the_worker_came(self):
        article = self.draft()
        Rendition.objects.all().delete()
        self.publish(article)
        article.refresh_from_db()
        article.unpublish()
        run_worker_once()
        self.assertEqual(Rendition.objects.count(), 0)

    def test_an_image_whose_file_is_missing_is_skipped_not_an_error(self):
        article = self.draft()
        Rendition.objects.all().delete()
        self.lead.file.storage.delete(self.lead.file.name)
        self.publish(article)
        run_worker_once()
        self.assertEqual(self.specs_of(self.lead), set())
        self.assertIn("max-1200x900|format-webp", self.specs_of(self.in_body))

    def test_a_second_run_makes_nothing_more(self):
        article = self.draft()
        self.publish(article)
        run_worker_once()
        self.assertEqual(make_article_renditions.call(article.pk), 0)
