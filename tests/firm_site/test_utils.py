from django.http import Http404
from django.test import RequestFactory, SimpleTestCase

from firm_site.base.utils import paginate, tel_href


class PaginateTests(SimpleTestCase):
    def page(self, query, items=25, per_page=10):
        request = RequestFactory().get("/", query)
        return paginate(request, list(range(items)), per_page)

    def test_first_page_by_default_and_named_pages(self):
        self.assertEqual(list(self.page({})), list(range(10)))
        self.assertEqual(list(self.page({"page": "3"})), [20, 21, 22, 23, 24])

    def test_anything_but_an_existing_page_number_is_a_404(self):
        for value in ["0", "4", "-1", "abc", "1.0", " 1", "٢", "+2", "", "1e3", "9" * 50]:
            with self.subTest(value=value), self.assertRaises(Http404):
                self.page({"page": value})

    def test_an_empty_list_still_has_a_first_page(self):
        self.assertEqual(list(self.page({}, items=0)), [])
        with self.assertRaises(Http404):
            self.page({"page": "2"}, items=0)


class TelHrefTests(SimpleTestCase):
    def test_phone_numbers_become_tel_uris(self):
        self.assertEqual(tel_href("0113 496 0123"), "tel:01134960123")
        self.assertEqual(tel_href("+44 (0)113 496 0123"), "tel:+441134960123")
        self.assertEqual(tel_href("+1 (555) 010-9999"), "tel:+15550109999")
        self.assertEqual(tel_href(""), "")
