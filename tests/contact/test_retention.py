"""`manage.py purge_enquiries`: how long enquiries are kept."""

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from wagtail.models import ModelLogEntry

from contact.models import Enquiry
from tests.factories import EnquiryFactory
from tests.utils import SiteTestCase


@override_settings(ENQUIRY_RETENTION_DAYS_AFTER_CLOSE=90, ENQUIRY_MAX_RETENTION_DAYS=365)
class PurgeTests(SiteTestCase):
    def enquiry(self, label, received_days_ago, closed_days_ago=None):
        now = timezone.now()
        enquiry = EnquiryFactory(
            area_of_law_name=label, received_at=now - timedelta(days=received_days_ago)
        )
        if closed_days_ago is not None:
            Enquiry.objects.filter(pk=enquiry.pk).update(
                status=Enquiry.Status.CLOSED, closed_at=now - timedelta(days=closed_days_ago)
            )
        return enquiry

    def purge(self, *args):
        out = StringIO()
        call_command("purge_enquiries", *args, stdout=out)
        return out.getvalue()

    def remaining(self):
        return set(Enquiry.objects.values_list("area_of_law_name", flat=True))

    def build(self):
        self.enquiry("closed 89 days ago", 100, closed_days_ago=89)
        self.enquiry("closed 91 days ago", 100, closed_days_ago=91)
        self.enquiry("open, 364 days old", 364)
        self.enquiry("open, 366 days old", 366)
        contacted = self.enquiry("contacted, 366 days old", 366)
        Enquiry.objects.filter(pk=contacted.pk).update(status=Enquiry.Status.CONTACTED)
        self.enquiry("new today", 0)

    def test_boundaries(self):
        self.build()
        output = self.purge()
        self.assertIn("Deleted 3 enquiry(ies).", output)
        self.assertEqual(
            self.remaining(), {"closed 89 days ago", "open, 364 days old", "new today"}
        )
        self.assertEqual(ModelLogEntry.objects.filter(action="wagtail.delete").count(), 3)

    def test_dry_run_deletes_nothing(self):
        self.build()
        output = self.purge("--dry-run")
        self.assertIn("3 enquiry(ies) would be deleted.", output)
        self.assertEqual(Enquiry.objects.count(), 6)
        self.assertFalse(ModelLogEntry.objects.filter(action="wagtail.delete").exists())

    def test_reopening_an_enquiry_stops_the_closed_clock(self):
        enquiry = self.enquiry("reopened", 100, closed_days_ago=95)
        enquiry.refresh_from_db()
        enquiry.status = Enquiry.Status.CONTACTED
        enquiry.save()
        self.purge()
        self.assertEqual(self.remaining(), {"reopened"})
