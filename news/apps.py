from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News & Blog: articles, the category tree and their listings."""

    name = "news"
    verbose_name = "News & Blog"

    def ready(self):
        from news import cache, signals  # noqa: F401 (connects the receivers)
