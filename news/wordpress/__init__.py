"""
Moving a WordPress blog into News & Blog: `manage.py import_wordpress`.

- `wxr`: reads WordPress's export file (WXR) safely into plain records;
- `gutenberg` and `shortcodes`: the two kinds of markup WordPress keeps in a body;
- `body`: turns a post's HTML into the article's StreamField, keeping only safe markup;
- `images`: finds a post's images in a copy of `wp-content/uploads`, imports each once;
- `redirects`: the addresses the old site used, kept working with Wagtail's redirects;
- `importer`: puts it together in one transaction and writes the `report`.

The steps a firm follows are in docs/moving-from-wordpress.md.
"""
