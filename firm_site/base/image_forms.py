"""
The admin's image form (`WAGTAILIMAGES_IMAGE_FORM_BASE`): Wagtail's, with a
file field that refuses an oversized HEIF or AVIF before anything decodes it.

Wagtail checks the pixel limit after Willow has opened the file, and for HEIF
and AVIF that means decoding it: a 1 KB file declaring 8000×8000 pixels took
9 s and 700 MB before it was refused. Their header says the size
(`isobmff_image_sizes`), so the check comes first and costs microseconds.
"""

from django.core.exceptions import ValidationError
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from firm_site.base.images import NotISOBMFFImage, isobmff_image_sizes


class HeaderCheckedImageField(WagtailImageField):
    def to_python(self, data):
        if data is not None and hasattr(data, "seek") and hasattr(data, "read"):
            self.check_declared_size(data)
            data.seek(0)
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except Exception as error:  # noqa: BLE001
            # Wagtail measures the image outside its own guard, and a decoder
            # (Pillow's AVIF one) raises RuntimeError on a broken file: a bad
            # upload, to be told as such, not a server error.
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error

    def check_declared_size(self, data):
        try:
            sizes = isobmff_image_sizes(data)
        except NotISOBMFFImage:
            return  # Other formats: Pillow reads their size from the header itself.
        except ValueError as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
        limit = self.max_image_pixels
        if limit is None:
            return
        largest = max(width * height for width, height in sizes)
        if largest > limit:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": largest, "max_pixels_count": limit},
                code="file_too_many_pixels",
            )


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail builds the file field itself (`formfield_for_dbfield`, with the
        # settings of the moment); it becomes ours, keeping everything it was given.
        if "file" in self.fields:
            self.fields["file"].__class__ = HeaderCheckedImageField
