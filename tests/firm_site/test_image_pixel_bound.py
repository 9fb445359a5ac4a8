"""No rendition decodes an image larger than uploads may be (issue 11, "bound
the memory of rendition generation")."""

from io import BytesIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.template import Context, Template
from PIL import Image

from tests.factories import ImageFactory
from tests.utils import SiteTestCase


def blank_png(width, height):
    buffer = BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG")  # 1-bit: cheap to make, tiny to store
    buffer.seek(0)
    return ImageFile(buffer, name="huge.png")


class PixelBoundTests(SiteTestCase):
    def test_pillow_refuses_what_uploads_refuse(self):
        self.assertEqual(Image.MAX_IMAGE_PIXELS * 2, settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)

    def test_an_oversized_stored_image_is_left_out_not_decoded(self):
        # 6,500 × 6,500 = 42 million pixels, put in place of a stored image's file
        # (as by hand, or before the limit): even saving the image record refuses it.
        image = ImageFactory()
        with image.file.storage.open(image.file.name, "wb") as stored:
            stored.write(blank_png(6500, 6500).read())
        with self.assertRaises(Image.DecompressionBombError):
            image.get_rendition("fill-640x360")
        html = Template('{% load image_tags %}<p>{% sized_image image "card" alt="" %}</p>').render(
            Context({"image": image})
        )
        self.assertEqual(html, "<p></p>")
        self.assertFalse(image.renditions.exists())

    def test_an_image_within_the_bound_is_resized(self):
        # 25 million pixels: over Pillow's warning threshold (half the bound), not its error.
        image = ImageFactory(file=blank_png(5000, 5000))
        self.assertEqual(image.get_rendition("fill-640x360").width, 640)
