import datetime

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone, translation
from wagtail.models import Locale

from portal.core.factories import StandardPageFactory
from portal.feedback.models import PageFeedback
from portal.feedback.views import RATE_LIMIT

URL = "/{}/feedback/helpful/"


def arabic_home(home):
    return home.get_translation(Locale.objects.get(language_code="ar"))


@pytest.mark.django_db
class HelpfulFormTests:
    def test_every_content_page_shows_the_question(self, client, home):
        page = StandardPageFactory(parent=home, slug="contact")
        for url in ("/en/", "/ar/", "/en/contact/"):
            content = client.get(url).content.decode()
            with translation.override(url.split("/")[1]):
                assert translation.gettext("Was this page helpful?") in content, url
            assert 'action="{}"'.format(URL.format(url.split("/")[1])) in content
        content = client.get("/en/contact/").content.decode()
        assert f'name="page" value="{page.pk}"' in content
        assert "csrfmiddlewaretoken" not in content  # public pages set no cookie

    def test_answer_is_stored_with_page_and_language(self, client, home):
        page = arabic_home(home)
        response = client.post(
            URL.format("ar"), {"page": page.pk, "helpful": "no", "comment": "  Too long  "}
        )
        assert response.status_code == 200
        content = response.content.decode()
        assert 'lang="ar" dir="rtl"' in content
        assert 'href="/ar/"' in content
        assert "Was this page helpful?" not in content  # no second question on the thanks page
        feedback = PageFeedback.objects.get()
        assert (feedback.page_id, feedback.language_code, feedback.helpful, feedback.comment) == (
            page.pk,
            "ar",
            False,
            "Too long",
        )
        assert not response.cookies

    def test_answer_without_comment_is_stored(self, client, home):
        assert client.post(URL.format("en"), {"page": home.pk, "helpful": "yes"}).status_code == 200
        assert PageFeedback.objects.get().helpful is True

    def test_spam_is_dropped_silently(self, client, home):
        response = client.post(
            URL.format("en"),
            {"page": home.pk, "helpful": "yes", "comment": "buy now", "website": "http://spam"},
        )
        assert response.status_code == 200
        assert PageFeedback.objects.count() == 0

    def test_too_many_answers_are_refused_politely(self, client, home):
        for _ in range(RATE_LIMIT):
            assert (
                client.post(URL.format("en"), {"page": home.pk, "helpful": "yes"}).status_code
                == 200
            )
        response = client.post(URL.format("en"), {"page": home.pk, "helpful": "yes"})
        assert response.status_code == 429
        assert "Please try again later" in response.content.decode()
        assert PageFeedback.objects.count() == RATE_LIMIT

    @pytest.mark.parametrize(
        "data,message",
        [
            ({"page": "99999999", "helpful": "yes"}, "We could not tell which page"),
            ({"page": "not-a-number", "helpful": "yes"}, "We could not tell which page"),
            ({"helpful": "yes"}, "We could not tell which page"),
            ({"page": "HOME", "helpful": "maybe"}, "Choose yes or no."),
            ({"page": "HOME"}, "Choose yes or no."),
            ({"page": "HOME", "helpful": "no", "comment": "x" * 501}, "500 characters"),
            ({"page": "HOME", "helpful": ["yes", "no"], "comment": "\x00"}, ""),
        ],
    )
    def test_bad_input_gets_a_clear_4xx(self, client, home, data, message):
        data = {k: (str(home.pk) if v == "HOME" else v) for k, v in data.items()}
        response = client.post(URL.format("en"), data)
        assert 400 <= response.status_code < 500
        assert message in response.content.decode()
        assert PageFeedback.objects.count() == 0

    def test_draft_pages_cannot_be_rated(self, client, home):
        page = StandardPageFactory(parent=home, live=False)
        response = client.post(URL.format("en"), {"page": page.pk, "helpful": "yes"})
        assert response.status_code == 400

    def test_get_is_not_allowed(self, client, home):
        assert client.get(URL.format("en")).status_code == 405


@pytest.mark.django_db
class RetentionTests:
    def _feedback(self, page, *, days_ago, comment):
        feedback = PageFeedback.objects.create(
            page=page, language_code="en", helpful=False, comment=comment
        )
        PageFeedback.objects.filter(pk=feedback.pk).update(
            created_at=timezone.now() - datetime.timedelta(days=days_ago)
        )
        return feedback.pk

    @override_settings(FEEDBACK_RETENTION_DAYS=30)
    def test_command_deletes_exactly_the_comments_older_than_the_period(self, home):
        old = self._feedback(home, days_ago=31, comment="old comment")
        old_without_comment = self._feedback(home, days_ago=400, comment="")
        recent = self._feedback(home, days_ago=29, comment="recent comment")
        out = _Output()
        call_command("delete_old_feedback", stdout=out)
        comments = dict(PageFeedback.objects.values_list("pk", "comment"))
        assert comments == {old: "", old_without_comment: "", recent: "recent comment"}
        assert PageFeedback.objects.count() == 3  # the yes/no answers are kept
        assert "Deleted 1 feedback comments older than 30 days." in out.text

    def test_default_retention_is_a_year(self, home):
        old = self._feedback(home, days_ago=366, comment="old")
        kept = self._feedback(home, days_ago=364, comment="kept")
        call_command("delete_old_feedback", stdout=_Output())
        assert PageFeedback.objects.get(pk=old).comment == ""
        assert PageFeedback.objects.get(pk=kept).comment == "kept"


@pytest.mark.django_db
class FeedbackReportTests:
    @pytest.fixture
    def admin_client(self, client, django_user_model):
        user = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
        client.force_login(user)
        return client

    def test_report_counts_answers_per_page_and_language(self, admin_client, home):
        arabic = arabic_home(home)
        for page, language, helpful, comment in [
            (home, "en", True, ""),
            (home, "en", False, "Confusing"),
            (arabic, "ar", False, ""),
        ]:
            PageFeedback.objects.create(
                page=page, language_code=language, helpful=helpful, comment=comment
            )
        response = admin_client.get("/admin/reports/feedback/per-page/")
        assert response.status_code == 200
        rows = response.context["object_list"]
        summary = {(row["page_id"], row["language_code"]): (row["yes"], row["no"]) for row in rows}
        assert summary == {(home.pk, "en"): (1, 1), (arabic.pk, "ar"): (0, 1)}
        filtered = admin_client.get("/admin/reports/feedback/per-page/?language_code=ar")
        assert [row["language_code"] for row in filtered.context["object_list"]] == ["ar"]
        comments = admin_client.get("/admin/reports/feedback/?helpful=false&language_code=en")
        assert comments.status_code == 200
        assert "Confusing" in comments.content.decode()
        export = admin_client.get("/admin/reports/feedback/per-page/?export=csv")
        assert export.status_code == 200
        csv = b"".join(export.streaming_content).decode()
        assert "Welcome" in csv and "/en/" not in csv.splitlines()[0]
        assert csv.splitlines()[0].startswith("Page,Path,Language,Yes,No,Comments")

    def test_report_is_not_for_anonymous_readers(self, client, home):
        response = client.get("/admin/reports/feedback/per-page/")
        assert response.status_code == 302


class _Output:
    def __init__(self):
        self.text = ""

    def write(self, text, *args, **kwargs):
        self.text += text


@pytest.mark.django_db
class HelpfulFormFuzzTests:
    def test_no_input_makes_it_fail(self, client, home):
        from hypothesis import HealthCheck, given, settings
        from hypothesis import strategies as st

        text = st.text(max_size=600)

        @settings(
            max_examples=40,
            deadline=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture],
        )
        @given(page=st.one_of(text, st.just(str(home.pk))), helpful=text, comment=text)
        def post(page, helpful, comment):
            from django.core.cache import cache

            cache.clear()  # keep the rate limit out of the way
            response = client.post(
                URL.format("fa"), {"page": page, "helpful": helpful, "comment": comment}
            )
            assert response.status_code in (200, 400)

        post()
