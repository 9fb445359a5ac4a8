"""A person as schema.org structured data: an article's author, or a profile's subject."""

from firm_site.base.images import PORTRAIT_SPEC, image_filter
from firm_site.base.structured_data import SCHEMA_CONTEXT, absolute, firm_reference


def person(request, person_page, *, full=False):
    """A person: brief as an article's author, `full` on their own profile."""
    data = {
        "@type": "Person",
        "name": person_page.title,
        "jobTitle": person_page.job_title,
        "url": absolute(request, person_page.get_url(request)),
    }
    if person_page.photo:
        data["image"] = absolute(
            request, person_page.photo.get_rendition(image_filter(PORTRAIT_SPEC)).url
        )
    if full:
        data = {"@context": SCHEMA_CONTEXT, "@id": data["url"] + "#person", **data}
        firm = firm_reference(request)
        data["worksFor"] = {key: firm[key] for key in ("@type", "@id", "name", "url")}
        if person_page.phone:
            data["telephone"] = person_page.phone
        if person_page.email:
            data["email"] = person_page.email
    return data


def profile_page(request, person_page, person_data):
    """The profile itself: a page about the person described by `person_data`."""
    url = person_data["url"]
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "ProfilePage",
        "url": url,
        "name": person_page.title,
        "mainEntity": {"@id": person_data["@id"]},
    }
    if person_page.last_published_at:
        data["dateModified"] = person_page.last_published_at
    return data
