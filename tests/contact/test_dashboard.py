"""The response target, counted in working days, and the overdue list."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.test import SimpleTestCase
from django.utils import timezone
from freezegun import freeze_time

from contact.models import Enquiry
from contact.notifications import add_working_days, overdue_enquiries
from tests.factories import EnquiryFactory
from tests.utils import SiteTestCase

LONDON = ZoneInfo("Europe/London")


def london(*args):
    return datetime(*args, tzinfo=LONDON)


class WorkingDayTests(SimpleTestCase):
    def test_weekdays_count_and_weekends_do_not(self):
        # Friday 27 November 2026, 5pm, plus two working days: Tuesday 5pm.
        self.assertEqual(add_working_days(london(2026, 11, 27, 17), 2), london(2026, 12, 1, 17))
        # Monday plus two: Wednesday.
        self.assertEqual(add_working_days(london(2026, 11, 30, 9), 2), london(2026, 12, 2, 9))

    def test_the_clock_starts_on_monday_for_weekend_enquiries(self):
        # Saturday afternoon: counted from Monday 00:00, so due by Wednesday 00:00.
        self.assertEqual(add_working_days(london(2026, 11, 28, 15), 2), london(2026, 12, 2, 0))


class OverdueTests(SiteTestCase):
    @freeze_time("2026-12-02 12:00:00")
    def test_overdue_new_enquiries_oldest_first(self):
        oldest = EnquiryFactory(received_at=london(2026, 11, 25, 9))
        older = EnquiryFactory(received_at=london(2026, 11, 27, 17))
        EnquiryFactory(received_at=london(2026, 12, 1, 9))  # within target
        EnquiryFactory(received_at=london(2026, 11, 20, 9), status=Enquiry.Status.CONTACTED)
        self.assertEqual(overdue_enquiries(timezone.now(), target_days=2), [oldest, older])
