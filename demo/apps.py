from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its loader; no models."""

    name = "demo"
    verbose_name = "Demo content"
