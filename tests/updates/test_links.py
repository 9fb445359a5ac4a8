"""The signed links in every update: unsubscribe in one click, change choices, and
hostile tokens answered with a 400, never a 500."""

from django.urls import reverse

from tests.updates.utils import UpdatesTestCase, make_subscriber
from updates.models import Delivery, Mailing, Subscriber
from updates.tokens import confirm_token, link_token


class UnsubscribeTests(UpdatesTestCase):
    def test_the_link_shows_one_button_and_pressing_it_deletes_everything(self):
        subscriber = make_subscriber()
        mailing = Mailing.objects.create(kind=Mailing.Kind.DIGEST, title="Digest")
        Delivery.objects.create(mailing=mailing, subscriber=subscriber, status="sent")
        url = reverse("updates:unsubscribe", args=[link_token(subscriber)])
        soup = self.fetch_soup(url)
        self.assertEqual(soup.select_one("main form button").get_text(), "Unsubscribe")
        self.assertTrue(Subscriber.objects.exists())  # a GET (a mail scanner) changes nothing
        response = self.client.post(url)
        self.assertContains(response, "You have unsubscribed")
        self.assertFalse(Subscriber.objects.exists())
        # The send history still adds up, without the person.
        self.assertEqual(Delivery.objects.get().subscriber, None)
        # The link again, later: the same calm answer.
        self.assertContains(self.client.post(url), "You have unsubscribed")
        self.assertContains(self.client.get(url), "You have unsubscribed")

    def test_hostile_tokens_get_a_400(self):
        subscriber = make_subscriber()
        good = link_token(subscriber)
        for token in (
            "x",
            good[:-1] + ("A" if good[-1] != "A" else "B"),
            good + "x",
            "1.abc:" + "A" * 43,
            "A" * 5000,
            "%C3%A9" * 10,
            "..%2E%2E",
            "99999999999999999999999999.x:y",
        ):
            for name in ("unsubscribe", "manage", "confirm"):
                with self.subTest(token=token[:30], view=name):
                    url = f"/email-updates/{name}/{token}/"
                    self.assertEqual(self.client.get(url).status_code, 400)
                    self.assertEqual(self.client.post(url).status_code, 400)
        # A confirmation token is not an unsubscribe or manage token.
        token = confirm_token(subscriber)
        for name in ("unsubscribe", "manage"):
            self.assertEqual(self.client.post(f"/email-updates/{name}/{token}/").status_code, 400)
        self.assertTrue(Subscriber.objects.exists())

    def test_a_link_from_a_previous_subscription_does_not_work(self):
        subscriber = make_subscriber()
        old = link_token(subscriber)
        subscriber.delete()
        again = make_subscriber()
        self.assertEqual(again.pk != subscriber.pk or again.key != subscriber.key, True)
        self.client.post(f"/email-updates/unsubscribe/{old}/")
        self.assertTrue(Subscriber.objects.filter(pk=again.pk).exists())


class ManageTests(UpdatesTestCase):
    def test_changing_choices_from_the_link(self):
        subscriber = make_subscriber()
        url = reverse("updates:manage", args=[link_token(subscriber)])
        soup = self.fetch_soup(url)
        self.assertIsNotNone(soup.select_one('input[name="scope"][value="everything"][checked]'))
        response = self.client.post(
            url,
            {
                "scope": "chosen",
                "categories": [self.gangs.pk],
                "authors": [self.sam.pk],
                "frequency": "weekly",
            },
        )
        self.assertContains(response, "Your choices are saved.")
        subscriber.refresh_from_db()
        self.assertEqual(
            subscriber.get_choices(),
            {"everything": False, "categories": [self.gangs.pk], "authors": [self.sam.pk]},
        )
        self.assertEqual(subscriber.frequency, "weekly")
        soup = self.fetch_soup(url)
        self.assertIsNotNone(
            soup.select_one(f'input[name="categories"][value="{self.gangs.pk}"][checked]')
        )

    def test_bad_choices_are_refused_and_nothing_changes(self):
        subscriber = make_subscriber()
        url = reverse("updates:manage", args=[link_token(subscriber)])
        response = self.client.post(url, {"scope": "chosen", "frequency": "weekly"})
        self.assertEqual(response.status_code, 400)
        subscriber.refresh_from_db()
        self.assertEqual(subscriber.frequency, "each")
