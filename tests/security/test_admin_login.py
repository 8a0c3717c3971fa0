"""Admin sign-in: lockout after failed attempts, two-step verification, private pages."""

import base64
import datetime
import hashlib
import hmac
import re
import struct

import pytest
import time_machine
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

LOGIN = "/admin/login/"
PASSWORD = "a long correct password"


def attempt(client, username, password, address="192.0.2.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def totp(secret: str, at: float) -> str:
    """RFC 6238 written out here, so the test does not trust the code it is testing."""
    key = base64.b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
    counter = struct.pack(">Q", int(at) // 30)
    digest = hmac.new(key, counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


@pytest.fixture
def editor(django_user_model, home):
    user = django_user_model.objects.create_user("editor", "e@example.org", PASSWORD)
    editors = Group.objects.get(name="Editors")  # Wagtail's own group, with admin access
    user.groups.add(editors)
    return user


@pytest.mark.django_db
class LockoutTests:
    def test_five_wrong_passwords_lock_the_account_even_from_another_address(self, client, editor):
        for number in range(5):
            response = attempt(client, "editor", "wrong", address=f"192.0.2.{number + 1}")
            assert response.status_code in (200, 429)
        locked = attempt(client, "editor", PASSWORD, address="198.51.100.7")
        assert locked.status_code == 429
        content = locked.content.decode()
        assert "Too many attempts to sign in" in content
        assert "Try again in 15 minutes." in content
        assert "_auth_user_id" not in client.session

    def test_five_failures_from_one_address_lock_that_address_for_every_account(
        self, client, editor, django_user_model
    ):
        django_user_model.objects.create_user("other", "o@example.org", PASSWORD)
        for number in range(5):
            attempt(client, f"guess{number}", "wrong", address="203.0.113.9")
        assert attempt(client, "other", PASSWORD, address="203.0.113.9").status_code == 429
        # The same account from somewhere else is fine: only that address is locked.
        assert attempt(client, "other", PASSWORD, address="198.51.100.7").status_code == 302

    def test_four_failures_do_not_lock_and_success_resets_the_count(self, client, editor):
        for _ in range(4):
            assert attempt(client, "editor", "wrong").status_code == 200
        assert attempt(client, "editor", PASSWORD).status_code == 302
        client.logout()
        for _ in range(4):
            assert attempt(client, "editor", "wrong").status_code == 200
        assert attempt(client, "editor", PASSWORD).status_code == 302

    def test_the_lock_lifts_after_the_cool_off_period(self, client, editor):
        with time_machine.travel(timezone.now(), tick=False) as clock:
            for _ in range(5):
                attempt(client, "editor", "wrong")
            assert attempt(client, "editor", PASSWORD).status_code == 429
            clock.shift(datetime.timedelta(minutes=16))
            assert attempt(client, "editor", PASSWORD).status_code == 302

    def test_behind_a_proxy_the_forwarded_address_is_locked(self, client, editor, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        for _ in range(5):
            client.post(
                LOGIN,
                {"username": "nobody", "password": "wrong"},
                REMOTE_ADDR="127.0.0.1",
                HTTP_X_FORWARDED_FOR="192.0.2.50",
            )
        # Another visitor behind the same proxy is not locked out.
        response = client.post(
            LOGIN,
            {"username": "editor", "password": PASSWORD},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR="192.0.2.60",
        )
        assert response.status_code == 302


@pytest.mark.django_db
class TwoFactorTests:
    @pytest.fixture
    def required(self, editor):
        permission = Permission.objects.get(
            content_type__app_label="security", codename="require_two_factor"
        )
        Group.objects.get(name="Editors").permissions.add(permission)
        return editor

    def sign_in(self, client):
        response = attempt(client, "editor", PASSWORD)
        assert response.status_code == 302
        return client.get("/admin/")

    def set_up(self, client, now):
        page = client.get("/admin/two-step/setup/?next=/admin/pages/")
        assert page.status_code == 200
        secret = re.search(r'<code dir="ltr">([A-Z2-7 ]+)</code>', page.content.decode()).group(1)
        response = client.post(
            "/admin/two-step/setup/", {"token": totp(secret, now), "next": "/admin/pages/"}
        )
        return secret, response

    def test_editor_in_a_group_that_requires_it_must_set_it_up_first(self, client, required):
        with time_machine.travel(1_800_000_000, tick=False):
            response = self.sign_in(client)
            assert response.status_code == 302
            assert response["Location"].startswith("/admin/two-step/setup/")
            assert client.get("/admin/pages/").status_code == 302  # nothing else until then
            menu = client.get("/admin/two-step/setup/")
            assert "Your group requires two-step verification" in menu.content.decode()
            secret, response = self.set_up(client, 1_800_000_000)
            assert response.status_code == 302 and response["Location"] == "/admin/pages/"
            assert client.get("/admin/pages/").status_code == 200

    def test_next_sign_in_asks_for_a_code_and_refuses_a_wrong_one(self, client, required):
        with time_machine.travel(1_800_000_000, tick=False) as clock:
            self.sign_in(client)
            secret, _ = self.set_up(client, 1_800_000_000)
            client.post("/admin/logout/")
            clock.shift(60)
            response = self.sign_in(client)
            assert response["Location"].startswith("/admin/two-step/verify/")
            assert client.get("/admin/pages/").status_code == 302
            wrong = client.post("/admin/two-step/verify/", {"token": "000000", "next": "/admin/"})
            assert wrong.status_code == 400
            assert "That code is not right" in wrong.content.decode()
            clock.shift(60)  # django-otp makes the next try wait after a failure
            right = client.post(
                "/admin/two-step/verify/",
                {"token": totp(secret, 1_800_000_120), "next": "/admin/pages/"},
            )
            assert right.status_code == 302 and right["Location"] == "/admin/pages/"
            assert client.get("/admin/pages/").status_code == 200

    def test_not_a_number_is_a_clear_error(self, client, required):
        self.sign_in(client)
        client.get("/admin/two-step/setup/")
        response = client.post("/admin/two-step/setup/", {"token": "abcdef"})
        assert response.status_code == 400
        assert "six digits" in response.content.decode()

    def test_it_is_optional_for_other_editors_and_they_can_turn_it_on_and_off(self, client, editor):
        with time_machine.travel(1_800_000_000, tick=False) as clock:
            assert self.sign_in(client).status_code == 200  # not required: straight in
            assert "Two-step verification is off" in (
                client.get("/admin/two-step/").content.decode()
            )
            self.set_up(client, 1_800_000_000)
            assert "Two-step verification is on" in (
                client.get("/admin/two-step/").content.decode()
            )
            client.post("/admin/logout/")
            clock.shift(60)
            # Once on, it is asked for, even though no group requires it.
            assert self.sign_in(client)["Location"].startswith("/admin/two-step/verify/")

    def test_an_administrator_resets_a_lost_phone(self, client, required, django_user_model):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        with time_machine.travel(1_800_000_000, tick=False):
            self.sign_in(client)
            self.set_up(client, 1_800_000_000)
        assert TOTPDevice.objects.filter(user=required, confirmed=True).exists()
        admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
        client.force_login(admin)
        assert "Reset two-step verification" in client.get("/admin/users/").content.decode()
        page = client.get(f"/admin/two-step/reset/{required.pk}/")
        assert page.status_code == 200
        assert client.post(f"/admin/two-step/reset/{required.pk}/").status_code == 302
        assert not TOTPDevice.objects.filter(user=required).exists()

    def test_editors_cannot_reset_someone_else(self, client, editor, django_user_model):
        from django_otp.plugins.otp_totp.models import TOTPDevice

        other = django_user_model.objects.create_user("other", "o@example.org", PASSWORD)
        TOTPDevice.objects.create(user=other, name="phone", confirmed=True)
        client.force_login(editor)
        response = client.post(f"/admin/two-step/reset/{other.pk}/", follow=True)
        assert "Sorry, you do not have permission" in response.content.decode()
        assert TOTPDevice.objects.filter(user=other).exists()

    def test_administrators_can_require_it_on_a_group(self, client, django_user_model, home):
        admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
        client.force_login(admin)
        group = Group.objects.get(name="Editors")
        content = client.get(f"/admin/groups/edit/{group.pk}/").content.decode()
        assert "Must use two-step verification to use the admin" in content


@pytest.mark.django_db
class PrivatePageTests:
    def test_editors_can_restrict_pages_to_logged_in_users_but_not_to_a_shared_password(
        self, client, home, django_user_model, settings
    ):
        admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
        client.force_login(admin)
        response = client.get(f"/admin/pages/{home.pk}/privacy/")
        assert response.status_code == 200
        content = response.json()["html"]
        assert 'value="login"' in content
        assert 'value="password"' not in content
        refused = client.post(
            f"/admin/pages/{home.pk}/privacy/",
            {"restriction_type": "password", "password": "shared"},
        )
        from wagtail.models import PageViewRestriction

        assert not PageViewRestriction.objects.filter(restriction_type="password").exists()
        assert refused.status_code == 200

    def test_document_collections_cannot_have_a_shared_password_either(
        self, client, django_user_model
    ):
        from wagtail.models import Collection

        admin = django_user_model.objects.create_superuser("admin", "a@example.org", "pw")
        client.force_login(admin)
        root = Collection.get_first_root_node()
        response = client.get(f"/admin/collections/{root.pk}/privacy/")
        assert response.status_code == 200
        assert 'value="password"' not in response.json()["html"]
