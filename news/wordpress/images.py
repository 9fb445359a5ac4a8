"""
Images from a copy of the old site's `wp-content/uploads`: found by attachment
id or by address, checked as an upload through the admin would be, and
imported once however many posts show them (an image already on the site,
byte for byte, is reused). Nothing is fetched over the network.
"""

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

UPLOADS_MARKER = "/wp-content/uploads/"
# WordPress's resized copies: "photo-300x200.jpg", and "photo-scaled.jpg" for big originals.
SIZE_SUFFIX = re.compile(r"-(?:\d+x\d+|scaled)(?=\.[A-Za-z0-9]+$)")


@dataclass
class FoundImage:
    image: object
    alt: str


def uploads_relative_path(url):
    """ "2019/03/photo.jpg" for any address under wp-content/uploads (on the old
    domain, a CDN or another scheme), else ""."""
    try:
        path = unquote(urlsplit(url or "").path)
    except ValueError:
        return ""
    index = path.find(UPLOADS_MARKER)
    return path[index + len(UPLOADS_MARKER) :] if index != -1 else ""


class ImageLibrary:
    """Finds and imports the images posts use; remembers each so it is imported once."""

    def __init__(self, attachments, uploads_dir, *, write_files=True):
        self.attachments = attachments
        self.uploads = Path(uploads_dir).resolve() if uploads_dir else None
        self.write_files = write_files
        self.by_relative_path = {}
        for attachment in attachments.values():
            relative = attachment_relative_path(attachment)
            if relative:
                self.by_relative_path.setdefault(relative, attachment)
                self.by_relative_path.setdefault(SIZE_SUFFIX.sub("", relative), attachment)
        self._found = {}  # (attachment id, src) -> FoundImage | None
        self._by_path = {}  # resolved file -> FoundImage | None
        self._by_hash = {}
        # For the report.
        self.imported = []
        self.created = []  # the new Image objects
        self.reused = []
        self.missing = {}  # what was looked for -> posts
        self.refused = {}  # file -> reason
        self.external = {}  # address -> posts
        # Files written to storage, removed again if the import fails.
        self.written_files = []

    def find(self, attachment_id=None, src="", *, used_by=""):
        key = (attachment_id, src)
        if key not in self._found:
            self._found[key] = self._find(attachment_id, src, used_by)
        found = self._found[key]
        if found is None:
            label = self._label(attachment_id, src)
            if label in self.missing:
                self.missing[label].add(used_by)
            elif src in self.external:
                self.external[src].add(used_by)
        return found

    def _label(self, attachment_id, src):
        attachment = self.attachments.get(attachment_id)
        return (
            (attachment and attachment_relative_path(attachment))
            or uploads_relative_path(src)
            or src
            or f"attachment {attachment_id}"
        )

    def _find(self, attachment_id, src, used_by):
        attachment = self.attachments.get(attachment_id)
        from_src = uploads_relative_path(src)
        if attachment is None and from_src:
            attachment = self.by_relative_path.get(from_src) or self.by_relative_path.get(
                SIZE_SUFFIX.sub("", from_src)
            )
        if attachment is None and not from_src and src:
            self.external.setdefault(src, set()).add(used_by)
            return None
        candidates = []
        if attachment is not None:
            candidates.append(attachment_relative_path(attachment))
        if from_src:
            # The original first: the resized copy a post shows may be small.
            candidates += [SIZE_SUFFIX.sub("", from_src), from_src]
        alt = (attachment.meta.get("_wp_attachment_image_alt", "") if attachment else "").strip()
        title = attachment.title if attachment else ""
        candidates = list(dict.fromkeys(candidate for candidate in candidates if candidate))
        for relative in candidates:
            found = self._import_file(relative, title)
            if found is not None:
                return FoundImage(found, alt)
        if not any(relative in self.refused for relative in candidates):
            self.missing.setdefault(self._label(attachment_id, src), set()).add(used_by)
        return None

    def _import_file(self, relative, title):
        if self.uploads is None:
            return None
        path = (self.uploads / relative).resolve()
        # An export can name any path ("../../etc/passwd"): only files inside uploads count.
        if not path.is_relative_to(self.uploads) or not path.is_file():
            return None
        if path in self._by_path:
            return self._by_path[path]
        self._by_path[path] = image = self._import_checked(path, relative, title)
        return image

    def _import_checked(self, path, relative, title):
        max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", 10 * 1024 * 1024)
        size = path.stat().st_size
        if max_size is not None and size > max_size:
            self.refused[relative] = (
                f"too big ({filesizeformat(size)}; at most {filesizeformat(max_size)})"
            )
            return None
        data = path.read_bytes()
        # The same checks as an upload through the admin: format, size, pixels.
        try:
            checked = WagtailImageField().clean(SimpleUploadedFile(path.name, data))
        except ValidationError as error:
            self.refused[relative] = " ".join(error.messages)
            return None
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 (Wagtail's own file_hash)
        image_model = get_image_model()
        existing = self._by_hash.get(digest) or image_model.objects.filter(file_hash=digest).first()
        if existing is not None:
            if digest not in self._by_hash:
                self.reused.append(relative)
            self._by_hash[digest] = existing
            return existing
        width, height = checked.image.get_size()
        image = image_model(title=(_title_for(title, path))[:255])
        if self.write_files:
            image.file.save(path.name, ContentFile(data), save=False)
            self.written_files.append(image.file.name)
        else:
            # A dry run: the row is rolled back, and no file is written.
            image.file.name = f"original_images/{path.name}"
        # Set after the file, which resets them, so that nothing reads the file again.
        image.width, image.height = width, height
        image.file_size, image.file_hash = len(data), digest
        image.save()
        self._by_hash[digest] = image
        self.imported.append(relative)
        self.created.append(image)
        return image

    def delete_written_files(self):
        storage = get_image_model()._meta.get_field("file").storage
        for name in self.written_files:
            storage.delete(name)
        self.written_files = []


def attachment_relative_path(attachment):
    return attachment.meta.get("_wp_attached_file", "").strip().lstrip(
        "/"
    ) or uploads_relative_path(attachment.attachment_url)


def _title_for(title, path):
    """The attachment's title, unless it is only the file's name; then a readable one."""
    if title and title.lower() != path.stem.lower():
        return title
    return re.sub(r"[-_]+", " ", SIZE_SUFFIX.sub("", path.name).rsplit(".", 1)[0]).strip() or (
        path.name
    )
