"""What the admin accepts as an image or a document, and how it refuses the rest."""

import struct
import time
import zlib
from io import BytesIO
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.test.utils import WagtailTestUtils

from firm_site.base.images import NotISOBMFFImage, isobmff_image_sizes
from firm_site.base.roles import SOLICITORS
from tests.factories import make_user
from tests.utils import SiteTestCase

SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>alert(document.cookie)</script></svg>"
)


def image_bytes(format, size=(64, 48)):
    buffer = BytesIO()
    Image.new("RGB", size, "#23396a").save(buffer, format=format)
    return buffer.getvalue()


def png_chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def blank_png(width, height):
    """A valid black-and-white PNG of any size, built a row at a time: 30,000 × 30,000
    compresses to about 100 KB but would take gigabytes to decode (a decompression bomb)."""
    row = b"\x00" + b"\x00" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


class ImageUploadTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = make_user("solicitor", SOLICITORS)

    def setUp(self):
        super().setUp()
        self.client.force_login(self.solicitor)

    def upload(self, name, content):
        return self.client.post(
            reverse("wagtailimages:add"),
            # The firm's own image, as the box is ticked by default.
            {"title": name, "file": SimpleUploadedFile(name, content), "owned_by_firm": "on"},
        )

    def assert_refused(self, name, content, message):
        response = self.upload(name, content)
        self.assertEqual(response.status_code, 200)  # the form again, with the reason
        self.assertContains(response, message)
        self.assertFalse(get_image_model().objects.filter(title=name).exists())

    def test_photographs_and_screenshots_are_accepted(self):
        for name, format in [
            ("photo.jpg", "JPEG"),
            ("screenshot.png", "PNG"),
            ("photo.webp", "WEBP"),
            ("photo.avif", "AVIF"),
        ]:
            with self.subTest(name):
                response = self.upload(name, image_bytes(format))
                self.assertEqual(response.status_code, 302, name)
                self.assertEqual(get_image_model().objects.get(title=name).width, 64)

    def test_heic_from_an_iphone_is_accepted(self):
        from pillow_heif import register_heif_opener

        register_heif_opener()
        response = self.upload("IMG_0001.heic", image_bytes("HEIF"))
        self.assertEqual(response.status_code, 302)

    def test_a_decompression_bomb_is_refused_with_a_message(self):
        self.assert_refused(
            "bomb.png",
            blank_png(30_000, 30_000),
            "This file has too many pixels",
        )

    def test_an_image_just_over_the_pixel_limit_is_refused(self):
        with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100 * 100):
            self.assert_refused("big.png", blank_png(101, 100), "This file has too many pixels")

    def test_a_file_over_the_size_limit_is_refused(self):
        content = image_bytes("PNG") + b"\x00" * (10 * 1024 * 1024)
        self.assert_refused("huge.png", content, "This file is too big")

    def test_svg_is_refused(self):
        self.assert_refused("logo.svg", SVG_WITH_SCRIPT, "Not a supported image format")

    def test_svg_dressed_as_png_is_refused(self):
        self.assert_refused("logo.png", SVG_WITH_SCRIPT, "Not a valid")

    def test_gif_is_refused(self):
        self.assert_refused("anim.gif", image_bytes("GIF"), "Not a supported image format")

    def test_text_dressed_as_a_photo_is_refused(self):
        self.assert_refused("photo.jpg", b"just some text", "Upload a valid image")


class DocumentUploadTests(WagtailTestUtils, SiteTestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = make_user("solicitor", SOLICITORS)

    def upload(self, name, content):
        self.client.force_login(self.solicitor)
        return self.client.post(
            reverse("wagtaildocs:add"),
            {"title": name, "file": SimpleUploadedFile(name, content)},
        )

    def test_pdf_and_office_files_are_accepted(self):
        for name in ["judgment.pdf", "letter.docx", "costs.xlsx", "slides.pptx", "letter.odt"]:
            with self.subTest(name):
                self.assertEqual(self.upload(name, b"%PDF-1.7 test").status_code, 302)
        self.assertEqual(get_document_model().objects.count(), 5)

    def test_other_files_are_refused(self):
        for name in ["page.html", "logo.svg", "setup.exe", "script.js", "archive.zip"]:
            with self.subTest(name):
                response = self.upload(name, SVG_WITH_SCRIPT)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, "is not allowed. Allowed extensions are: pdf")
        self.assertFalse(get_document_model().objects.exists())


def box(kind, payload):
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def full_box(kind, payload):
    return box(kind, b"\x00\x00\x00\x00" + payload)


def isobmff_image(width, height, brand=b"avif", pixels=b""):
    """The header of a HEIF/AVIF file declaring `width` × `height` pixels (an `ispe`
    property, as encoders write it), then `pixels` as its coded data: a few hundred
    bytes that claim whatever size they like."""
    ispe = full_box(b"ispe", struct.pack(">II", width, height))
    return (
        box(b"ftyp", brand + b"\x00\x00\x00\x00" + b"mif1" + brand)
        + full_box(
            b"meta",
            full_box(b"hdlr", b"\x00" * 4 + b"pict" + b"\x00" * 13)
            + box(b"iprp", box(b"ipco", ispe)),
        )
        + box(b"mdat", pixels)
    )


class HeifAndAvifHeaderTests(WagtailTestUtils, SiteTestCase):
    """HEIF and AVIF are decoded in full to be measured; their header says the size,
    so an oversized one is refused before anything decodes it."""

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.solicitor = make_user("solicitor", SOLICITORS)

    def setUp(self):
        super().setUp()
        self.client.force_login(self.solicitor)

    def upload(self, name, content):
        return ImageUploadTests.upload(self, name, content)

    def assert_refused_quickly(self, name, content, message):
        # The check itself, timed: the admin's page around it is not what is measured.
        form = get_image_form(get_image_model())(
            data={"title": name, "owned_by_firm": "on"},
            files={"file": SimpleUploadedFile(name, content)},
            user=self.solicitor,
        )
        start = time.perf_counter()
        self.assertFalse(form.is_valid())
        self.assertLess(time.perf_counter() - start, 1.0)
        self.assertIn(message, " ".join(form.errors["file"]))
        # And through the admin, as an editor sees it.
        response = self.upload(name, content)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, message)
        self.assertFalse(get_image_model().objects.filter(title=name).exists())

    def test_a_huge_avif_or_heic_is_refused_from_its_header_in_under_a_second(self):
        for name, brand in [("huge.avif", b"avif"), ("huge.heic", b"heic")]:
            with self.subTest(name):
                with mock.patch("willow.Image.open") as willow_open:
                    self.assert_refused_quickly(
                        name, isobmff_image(8000, 8000, brand), "This file has too many pixels"
                    )
                willow_open.assert_not_called()

    def test_the_limit_is_the_sites(self):
        # 6300 × 6300 (39.7 million pixels) is under 40 million: not refused for its
        # size, but for having no real pixels behind the header (and not a 500).
        self.assert_refused_quickly("big.avif", isobmff_image(6300, 6300), "Upload a valid image")
        with override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=6000 * 6000):
            self.assert_refused_quickly(
                "big.avif", isobmff_image(6300, 6300), "This file has too many pixels"
            )

    def test_a_header_without_a_size_or_with_a_lying_box_is_refused(self):
        no_size = box(b"ftyp", b"heic\x00\x00\x00\x00mif1") + full_box(b"meta", b"")
        lying = isobmff_image(10, 10)[:-8] + struct.pack(">I", 1 << 30) + b"mdat"
        for name, content in [("nosize.heic", no_size), ("lying.avif", lying)]:
            with self.subTest(name):
                self.assert_refused_quickly(name, content, "Upload a valid image")

    def test_real_avif_and_heic_files_are_read_right(self):
        from pillow_heif import register_heif_opener

        register_heif_opener()
        sizes = isobmff_image_sizes(BytesIO(image_bytes("AVIF", (64, 48))))
        self.assertIn((64, 48), sizes)
        # HEVC codes whole blocks: the coded size may be a little larger than the
        # picture shown (cropped by a `clap` box), which the limit may count.
        sizes = isobmff_image_sizes(BytesIO(image_bytes("HEIF", (64, 48))))
        self.assertTrue(any(64 <= width <= 128 and 48 <= height <= 128 for width, height in sizes))
        with self.assertRaises(NotISOBMFFImage):
            isobmff_image_sizes(BytesIO(image_bytes("PNG")))
