"""
Panels of the article editor that guide the writer: the legal checklist shown as
soon as the article is in a sensitive category, and a preview of how the article
will look in search results and when shared, beside the fields that shape them.
Both work without JavaScript (as saved); with it they follow what is typed.
"""

from django.forms import Media
from django.templatetags.static import static
from wagtail.admin.panels import Panel

from news.review import CHECKLIST


class GuidancePanel(Panel):
    """A read-only panel rendered from a template, with the editor's script."""

    template_name = None

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "template_name": self.template_name}

    def __init__(self, template_name=None, **kwargs):
        super().__init__(**kwargs)
        self.template_name = template_name or self.template_name

    class BoundPanel(Panel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.template_name = self.panel.template_name

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context.update(self.panel.extra_context(self.instance))
            return context

        @property
        def media(self):
            return Media(
                js=[static("news/admin/article-editor.js")],
                css={"all": [static("news/admin/article-editor.css")]},
            )

    def extra_context(self, instance):
        return {}


class LegalChecklistPanel(GuidancePanel):
    template_name = "news/admin/legal_checklist_panel.html"

    def extra_context(self, instance):
        category_model = type(instance)._meta.get_field("categories").related_model
        sensitive_ids = list(
            category_model.objects.filter(treated_as_sensitive=True).values_list("pk", flat=True)
        )
        return {
            "checklist": CHECKLIST.values(),
            "sensitive_ids": " ".join(str(pk) for pk in sensitive_ids),
            "is_sensitive": bool(instance.pk) and instance.is_sensitive,
        }


class SearchAndSharingPreviewPanel(GuidancePanel):
    template_name = "news/admin/search_and_sharing_preview.html"

    def extra_context(self, instance):
        return {"article": instance}
