from django.apps import AppConfig


class FirmSiteConfig(AppConfig):
    """The wiring (settings, URLs), the home and standard pages, and the base
    every app stands on (`firm_site.base`, `firm_site.admin_door`)."""

    name = "firm_site"
    verbose_name = "Site"

    def ready(self):
        # Connect the receivers: the furniture's cache, and the shared HTTP cache's purges.
        from firm_site import purges  # noqa: F401
        from firm_site.base import signals  # noqa: F401
        from firm_site.base.images import bound_decoded_pixels, encode_avif_sooner

        bound_decoded_pixels()
        encode_avif_sooner()
