"""Admin form for profiles."""

from wagtail.admin.forms import WagtailAdminPageForm


class PersonPageForm(WagtailAdminPageForm):
    """Only editors link a profile to an account: a solicitor editing their own
    profile can't hand it (and its edit rights) to someone else."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "user" not in self.fields or self.for_user is None or not self.instance.pk:
            return
        permissions = self.instance.permissions_for_user(self.for_user)
        if not permissions.can_edit_through_permissions():
            self.fields["user"].disabled = True
            self.fields["user"].help_text = "Only editors can change which account this is."
