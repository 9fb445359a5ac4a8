"""
Who may do what with enquiries: Wagtail's permission policy for `Enquiry`.

Enquiry handlers (the "Enquiry handlers" group, and superusers) hold the
model's view, change and delete permissions and may act on every enquiry.
The solicitor an enquiry is addressed to (the user linked to its PersonPage)
may view that one enquiry, and nothing else. Both must be able to use the
admin at all. Everyone else may do nothing; the Enquiries views answer them
with a 404 (contact/viewsets.py).
"""

from wagtail.permission_policies import ModelPermissionPolicy

from contact.records import Enquiry


def can_use_admin(user):
    return bool(
        user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")
    )


class EnquiryPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        # Model-wide: only handlers. The admin permission too, as a handler
        # whose admin access was withdrawn must lose the enquiries with it.
        return can_use_admin(user) and super().user_has_permission(user, action)

    def is_addressed_solicitor(self, user, instance):
        solicitor = instance.solicitor
        return bool(
            solicitor is not None and solicitor.user_id is not None and solicitor.user_id == user.pk
        )

    def user_has_permission_for_instance(self, user, action, instance):
        if self.user_has_permission(user, action):
            return True
        # The addressed solicitor reads, and only reads.
        return (
            action == "view" and can_use_admin(user) and self.is_addressed_solicitor(user, instance)
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if self.user_has_any_permission(user, actions):
            return Enquiry.objects.all()
        if "view" in actions and can_use_admin(user):
            return Enquiry.objects.filter(solicitor__user=user)
        return Enquiry.objects.none()


enquiry_permission_policy = EnquiryPermissionPolicy(Enquiry)
