from wagtail.snippets.models import register_snippet

from news.views import CategoryViewSet

register_snippet(CategoryViewSet)
