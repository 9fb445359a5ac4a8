"""An article as schema.org structured data (`NewsArticle`).
See https://developers.google.com/search/docs/appearance/structured-data/article
"""

from firm_site.base.structured_data import SCHEMA_CONTEXT, firm_reference
from people.structured_data import person


def news_article(request, article, meta):
    """An article, from the page and its already-built `PageMeta` (canonical
    address, description, shared image), so both tell the same story."""
    data = {
        "@context": SCHEMA_CONTEXT,
        "@type": "NewsArticle",
        "headline": article.title,
        "description": meta.description,
        "url": meta.canonical_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": meta.canonical_url},
        "datePublished": article.first_published_at,
        "dateModified": article.last_published_at or article.first_published_at,
        "author": [person(request, author) for author in article.ordered_authors],
        "publisher": firm_reference(request),
        "articleSection": [category.full_name for category in article.ordered_categories],
        "inLanguage": "en-GB",
        "timeRequired": f"PT{article.reading_time_minutes}M",
    }
    if meta.image:
        data["image"] = [meta.image.url]
    return data
