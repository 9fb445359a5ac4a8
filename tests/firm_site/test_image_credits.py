"""Images carry a credit: required for images the firm does not own, shown under them,
and moved across with every existing image when the site switched image model."""

from importlib import import_module
from types import SimpleNamespace

from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.models import Image as WagtailImage
from wagtail.test.utils import WagtailTestUtils

from firm_site.base.roles import SOLICITORS
from tests.factories import ArticlePageFactory, ImageFactory, body_json, make_user
from tests.firm_site.test_uploads import image_bytes
from tests.utils import SiteTestCase


class CreditRequiredTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = make_user("solicitor", SOLICITORS)

    def upload(self, **fields):
        from django.core.files.uploadedfile import SimpleUploadedFile

        self.client.force_login(self.solicitor)
        return self.client.post(
            reverse("wagtailimages:add"),
            {
                "title": "Court",
                "file": SimpleUploadedFile("court.jpg", image_bytes("JPEG")),
                **fields,
            },
        )

    def test_an_image_someone_else_made_needs_a_credit(self):
        response = self.upload(owned_by_firm="", credit="   ")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Say who made this image and on what terms")
        self.assertFalse(get_image_model().objects.exists())

    def test_with_a_credit_it_is_kept_in_the_image(self):
        response = self.upload(owned_by_firm="", credit="Photo: Sam Example / Example Pictures")
        self.assertEqual(response.status_code, 302)
        image = get_image_model().objects.get()
        self.assertEqual(
            (image.owned_by_firm, image.credit), (False, "Photo: Sam Example / Example Pictures")
        )

    def test_the_firms_own_images_need_none(self):
        self.assertEqual(self.upload(owned_by_firm="on").status_code, 302)


class CreditShownTests(SiteTestCase):
    def test_the_credit_is_read_under_the_image_with_its_caption(self):
        image = ImageFactory(owned_by_firm=False, credit="Jo Bloggs, CC BY 4.0")
        article = ArticlePageFactory(
            parent=self.tree.news,
            body=body_json(
                ("image", {"image": image.pk, "alt_text": "A court", "caption": "The court"})
            ),
        )
        caption = self.fetch_soup(article.url).select_one("figure.body-image figcaption")
        self.assertEqual(
            " ".join(caption.get_text().split()), "The court Credit: Jo Bloggs, CC BY 4.0"
        )


class CopyImagesMigrationTests(SiteTestCase):
    """Images uploaded before the switch keep their id, upload time and tags."""

    def test_existing_images_move_across_with_their_ids_and_tags(self):
        old = WagtailImage.objects.create(
            id=500, title="Old courthouse", file="original_images/old.jpg", width=40, height=30
        )
        old.tags.add("court")
        WagtailImage.objects.filter(pk=500).update(created_at="2020-01-02T03:04:05Z")

        state = MigrationLoader(connection).project_state(("firm_site", "0007_copy_images"))
        module = import_module("firm_site.migrations.0007_copy_images")
        editor = SimpleNamespace(
            connection=connection, execute=lambda sql: connection.cursor().execute(sql)
        )
        module.copy_images(state.apps, editor)

        moved = get_image_model().objects.get(pk=500)
        self.assertEqual(
            (moved.title, moved.width, moved.created_at.year), ("Old courthouse", 40, 2020)
        )
        self.assertEqual([tag.name for tag in moved.tags.all()], ["court"])
        self.assertTrue(moved.owned_by_firm)
        # The next upload gets a new id rather than colliding with a copied one.
        self.assertGreater(ImageFactory().pk, 500)
