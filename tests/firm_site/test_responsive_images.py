"""Images are sent as AVIF (where Pillow writes it) and WebP at two widths for the
browser to choose from, with the original format as the fallback, their width and
height, and lazy loading below the first screen."""

from io import BytesIO
from unittest import mock, skipUnless

from django.test import SimpleTestCase
from PIL import Image, features

from firm_site.base.images import AVIF_ENCODER_SPEED, encode_avif_sooner
from tests.factories import ArticlePageFactory, ImageFactory, PersonPageFactory, body_json
from tests.utils import SiteTestCase

PILLOW_WRITES_AVIF = features.check("avif")


class ResponsiveImageTests(SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.image = ImageFactory(file__width=1600, file__height=900)
        cls.author = PersonPageFactory(parent=cls.tree.people)
        cls.article = ArticlePageFactory(
            parent=cls.tree.news,
            authors=[cls.author],
            body=body_json(
                ("paragraph", "<p>Text</p>"),
                ("image", {"image": cls.image.pk, "alt_text": "A courthouse", "caption": ""}),
            ),
        )

    def test_a_body_image_offers_modern_formats_at_two_widths_and_falls_back(self):
        soup = self.fetch_soup(self.article.url)
        picture = soup.select_one(".article__body .body-image picture")
        sources = picture.select("source")
        # The browser takes the first source whose type it reads: the smallest first.
        expected = ["image/avif", "image/webp"] if PILLOW_WRITES_AVIF else ["image/webp"]
        self.assertEqual([source["type"] for source in sources], expected)
        for source in sources:
            extension = "." + source["type"].removeprefix("image/")
            candidates = [candidate.split() for candidate in source["srcset"].split(", ")]
            self.assertEqual([width for _, width in candidates], ["600w", "1200w"])
            self.assertTrue(all(url.endswith(extension) for url, _ in candidates), candidates)
            self.assertTrue(source["sizes"])
        image = picture.select_one("img")
        self.assertFalse(image["src"].endswith(".webp"))
        self.assertEqual((image["width"], image["height"]), ("1200", "675"))
        self.assertEqual(image["alt"], "A courthouse")
        self.assertEqual(image["loading"], "lazy")

    def test_the_authors_portrait_near_the_top_is_not_lazy(self):
        # The byline's author card: fixed size, loaded at once.
        soup = self.fetch_soup(self.article.url)
        photo = soup.select_one(".author-card__photo")
        # Square, never upscaled: the factory's photo is 180 pixels high.
        self.assertEqual((photo["width"], photo["height"]), ("180", "180"))
        self.assertNotIn("loading", photo.attrs)
        self.assertIn("image/webp", [s["type"] for s in photo.find_parent("picture")("source")])


@skipUnless(PILLOW_WRITES_AVIF, "this Pillow cannot write AVIF")
class AvifEncodingTests(SimpleTestCase):
    def test_avif_is_encoded_at_the_quicker_speed_unless_asked_otherwise(self):
        speeds = []

        def pillows_writer(image, file, filename):
            speeds.append(image.encoderinfo.get("speed"))

        with mock.patch.dict(Image.SAVE, {"AVIF": pillows_writer}):
            encode_avif_sooner()
            Image.new("RGB", (8, 8)).save(BytesIO(), "AVIF")
            Image.new("RGB", (8, 8)).save(BytesIO(), "AVIF", speed=2)
        self.assertEqual(speeds, [AVIF_ENCODER_SPEED, 2])

    def test_the_site_writes_avif_through_the_quicker_writer(self):
        self.assertEqual(Image.SAVE["AVIF"].__name__, "write_avif_sooner")
