"""Admin forms for articles."""

from wagtail.admin.forms import WagtailAdminPageForm

from news.autosave import DraftKeyFormMixin
from people.models import PersonPage


class ArticlePageForm(DraftKeyFormMixin, WagtailAdminPageForm):
    """Starts a new article's byline with the writer's own profile.

    Solicitors write about their own cases, so the common case costs no clicks;
    the byline can still be changed before saving.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound or self.instance.pk or self.for_user is None:
            return
        person = PersonPage.objects.filter(user=self.for_user).first()
        authors = self.formsets.get("authors")
        if person is None or authors is None or authors.initial_form_count():
            return
        # The formset's first blank form (it needs at least one author) starts filled in.
        authors.initial_extra = [{"person": person.pk}]
