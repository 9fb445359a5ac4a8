from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News & Blog: articles, the category tree and their listings."""

    name = "news"
    verbose_name = "News & Blog"
