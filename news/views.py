"""Admin views for the category tree."""

from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import Category


class CategoryViewSet(SnippetViewSet):
    """Categories in the admin, listed as a tree ("Child Abuse – Grooming Gangs")."""

    model = Category
    icon = "folder-open-inverse"
    menu_label = "Categories"
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["full_name", "slug", "parent"]
    list_per_page = 100
    search_fields = ["name", "slug"]
    ordering = ["full_name"]
