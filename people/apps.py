from django.apps import AppConfig


class PeopleConfig(AppConfig):
    """The firm's people: profiles that double as article bylines."""

    name = "people"
    verbose_name = "People"

    def ready(self):
        from people import cache  # noqa: F401 (connects the receivers)
