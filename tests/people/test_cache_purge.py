"""A department shows on the People page and on profiles: changing it purges them."""

from tests.factories import DepartmentFactory
from tests.frontend_cache import PurgeAssertions, record_purges
from tests.utils import SiteTestCase


@record_purges()
class DepartmentPurgeTests(PurgeAssertions, SiteTestCase):
    def test_renaming_a_department_purges_the_people_section(self):
        department = DepartmentFactory(name="Abuse Claims")
        department.name = "Abuse and Neglect Claims"
        with self.purges() as urls:
            department.save()
        self.assertEqual(urls, {"http://testserver/people/*"})
