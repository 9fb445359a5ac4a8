"""Who may edit a profile: editors through their page permissions, and the person themself."""

from wagtail.models import PagePermissionTester


class OwnProfilePermissionTester(PagePermissionTester):
    """Lets a solicitor edit their own profile (linked by `PersonPage.user`) and
    submit the change for approval, without any permission on the People section:
    they can't publish, delete or move it, nor open anyone else's.
    See https://docs.wagtail.org/en/stable/reference/pages/model_reference.html#wagtail.models.Page.permissions_for_user
    """

    def is_own_profile(self):
        return self.user.is_active and self.page.user_id == self.user.pk

    def can_edit(self):
        return super().can_edit() or self.is_own_profile()

    def can_edit_through_permissions(self):
        """Edit rights from group permissions alone, as an editor has."""
        return super().can_edit()
