from django.apps import AppConfig


class FirmSiteConfig(AppConfig):
    """Site-wide pieces: the home page, standard pages, the firm's details and site furniture."""

    name = "firm_site"
    verbose_name = "Site"

    def ready(self):
        from firm_site import signals  # noqa: F401 (connects the receivers)
