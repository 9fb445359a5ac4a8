"""
The base every app stands on: the page class all pages inherit from, the
firm's details, site furniture (menu, logo), metadata and structured data,
image rendition specs, pagination and query helpers.

Nothing here imports an app (`news`, `people`, `contact`) or the wiring
above it (`firm_site.models`, `firm_site.urls`): `lint-imports` checks it.
Where a page needs something only an app knows (a profile's articles, the
News & Blog feeds), the app adds it through a hook or a context processor.
"""
