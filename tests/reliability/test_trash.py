"""Deleting a page in the admin moves it to the trash; restoring it puts it back as it was.

Everything goes through Wagtail's real admin views (delete, bulk delete, explorer) and ours.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission, Page

from portal.core.factories import StandardPageFactory
from portal.core.operations import page_translate
from portal.reliability.models import TrashedPage


@pytest.fixture
def admin_client(django_user_model):
    """Its own client, so a reader's requests through ``client`` stay anonymous."""
    user = django_user_model.objects.create_superuser("admin", "admin@example.org", "pw")
    admin = Client()
    admin.force_login(user)
    return admin


@pytest.fixture
def guide(home):
    """A published page with a published child page, between two siblings."""
    StandardPageFactory(parent=home, title="Before", slug="before")
    page = StandardPageFactory(parent=home, title="Housing help", slug="housing-help")
    StandardPageFactory(parent=home, title="After", slug="after")
    StandardPageFactory(parent=page, title="Hostels", slug="hostels")
    return page


def delete_in_admin(client, page):
    return client.post(f"/admin/pages/{page.pk}/delete/")


def child_slugs(page):
    return list(Page.objects.get(pk=page.pk).get_children().values_list("slug", flat=True))


@pytest.mark.django_db
class TrashRoundTripTests:
    def test_delete_then_restore_puts_the_page_back_as_it_was(
        self, admin_client, client, guide, home
    ):
        before = child_slugs(home)
        assert client.get("/en/housing-help/hostels/").status_code == 200

        response = delete_in_admin(admin_client, guide)
        assert response.status_code == 302
        # Gone for readers and from the editors' tree, but not from the database.
        assert client.get("/en/housing-help/").status_code == 404
        assert client.get("/en/housing-help/hostels/").status_code == 404
        assert "housing-help" not in child_slugs(home)
        explorer = admin_client.get(f"/admin/pages/{home.pk}/").content.decode()
        assert "moved to the trash" in explorer  # the editor is told where it went
        assert f"/admin/pages/{guide.pk}/edit/" not in explorer
        root_explorer = admin_client.get("/admin/pages/1/").content.decode()
        assert "Trash (en)" not in root_explorer

        listing = admin_client.get("/admin/trash/").content.decode()
        assert "Housing help" in listing
        assert "/housing-help/" in listing
        trashed = TrashedPage.objects.get(page=guide)

        response = admin_client.post(f"/admin/trash/{trashed.pk}/restore/", follow=True)
        assert response.status_code == 200
        assert child_slugs(home) == before  # same parent, same place in the menu order
        assert client.get("/en/housing-help/").status_code == 200
        assert client.get("/en/housing-help/hostels/").status_code == 200
        assert not TrashedPage.objects.exists()
        assert "Housing help" not in admin_client.get("/admin/trash/").content.decode()

    def test_a_draft_stays_a_draft_and_unpublished_changes_are_kept(
        self, admin_client, guide, client
    ):
        draft = StandardPageFactory(parent=guide, title="Draft", slug="draft", live=False)
        guide.title = "Housing help (new draft)"
        guide.save_revision()
        delete_in_admin(admin_client, guide)
        admin_client.post(f"/admin/trash/{TrashedPage.objects.get().pk}/restore/")

        guide.refresh_from_db()
        assert guide.live and guide.title == "Housing help"
        assert guide.has_unpublished_changes
        assert guide.get_latest_revision().as_object().title == "Housing help (new draft)"
        assert not Page.objects.get(pk=draft.pk).live
        assert client.get("/en/housing-help/").status_code == 200

    def test_each_language_has_its_own_trash(
        self, admin_client, client, guide, locales, publish_on_commit
    ):
        arabic = page_translate(page=guide, locale=locales["ar"])
        arabic.save_revision().publish()
        assert client.get("/ar/housing-help/").status_code == 200

        delete_in_admin(admin_client, arabic)
        assert client.get("/ar/housing-help/").status_code == 404
        assert client.get("/en/housing-help/").status_code == 200  # the English page stays
        arabic_listing = admin_client.get("/admin/trash/?locale=ar").content.decode()
        english_listing = admin_client.get("/admin/trash/?locale=en").content.decode()
        assert "Housing help" in arabic_listing
        assert "Housing help" not in english_listing
        trashed = TrashedPage.objects.get(page=arabic)
        assert Page.objects.get(pk=arabic.pk).get_parent().locale.language_code == "ar"

        admin_client.post(f"/admin/trash/{trashed.pk}/restore/")
        assert client.get("/ar/housing-help/").status_code == 200

    def test_bulk_delete_moves_pages_to_the_trash(self, admin_client, guide, home, client):
        other = Page.objects.get(slug="after")
        response = admin_client.post(
            f"/admin/bulk/wagtailcore/page/delete/?id={guide.pk}&id={other.pk}&childOf={home.pk}",
            {"next": f"/admin/pages/{home.pk}/"},
        )
        assert response.status_code == 302
        assert TrashedPage.objects.count() == 2
        assert client.get("/en/after/").status_code == 404

    def test_deleting_a_page_in_the_trash_deletes_it_for_good(self, admin_client, guide):
        delete_in_admin(admin_client, guide)
        response = delete_in_admin(admin_client, guide)
        assert response.status_code == 302
        assert not Page.objects.filter(slug__in=["housing-help", "hostels"]).exists()
        assert not TrashedPage.objects.exists()

    def test_restore_refuses_when_the_address_was_taken_meanwhile(self, admin_client, guide, home):
        delete_in_admin(admin_client, guide)
        StandardPageFactory(parent=home, title="New housing help", slug="housing-help")
        trashed = TrashedPage.objects.get()
        response = admin_client.post(f"/admin/trash/{trashed.pk}/restore/", follow=True)
        assert "now uses the address" in response.content.decode()
        assert TrashedPage.objects.filter(pk=trashed.pk).exists()

    def test_purge_command_deletes_only_old_trash(self, admin_client, guide, home):
        delete_in_admin(admin_client, guide)
        recent = StandardPageFactory(parent=home, title="Recent", slug="recent")
        delete_in_admin(admin_client, recent)
        TrashedPage.objects.filter(page=guide).update(
            trashed_at=timezone.now() - timedelta(days=31)
        )

        call_command("trash_purge", days=30, stdout=open("/dev/null", "w"))  # noqa: SIM115

        assert not Page.objects.filter(pk=guide.pk).exists()
        assert Page.objects.filter(pk=recent.pk).exists()

    def test_purge_from_the_listing_is_for_administrators(self, admin_client, guide):
        delete_in_admin(admin_client, guide)
        trashed = TrashedPage.objects.get()
        admin_client.post(f"/admin/trash/{trashed.pk}/purge/")
        assert not Page.objects.filter(pk=guide.pk).exists()


@pytest.mark.django_db
class EditorTrashTests:
    def test_an_editor_restores_a_page_a_colleague_deleted(
        self, admin_client, guide, client, django_user_model, home
    ):
        delete_in_admin(admin_client, guide)
        editor = django_user_model.objects.create_user("editor", "e@example.org", "pw")
        group = Group.objects.create(name="Housing editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        for codename in ("add_page", "change_page", "publish_page"):
            GroupPagePermission.objects.create(
                group=group, page=home, permission=Permission.objects.get(codename=codename)
            )
        editor.groups.add(group)
        client.force_login(editor)

        assert "/admin/trash/" in client.get("/admin/").content.decode()  # the menu item
        listing = client.get("/admin/trash/").content.decode()
        assert "Housing help" in listing
        assert "Delete for good" not in listing
        trashed = TrashedPage.objects.get()
        client.post(
            f"/admin/trash/{trashed.pk}/purge/"
        )  # Wagtail: "no permission", back to the dashboard
        assert Page.objects.filter(pk=guide.pk).exists()
        client.post(f"/admin/trash/{trashed.pk}/restore/")
        client.logout()
        assert client.get("/en/housing-help/").status_code == 200

    def test_pages_outside_an_editors_section_are_not_listed(
        self, admin_client, client, django_user_model, home
    ):
        other_home = StandardPageFactory(parent=home, title="Section", slug="section")
        page = StandardPageFactory(parent=other_home, title="Elsewhere", slug="elsewhere")
        delete_in_admin(admin_client, page)
        editor = django_user_model.objects.create_user("editor", "e@example.org", "pw")
        group = Group.objects.create(name="Section editors")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        sibling = StandardPageFactory(parent=home, title="Other section", slug="other-section")
        GroupPagePermission.objects.create(
            group=group, page=sibling, permission=Permission.objects.get(codename="add_page")
        )
        editor.groups.add(group)
        client.force_login(editor)
        assert "Elsewhere" not in client.get("/admin/trash/").content.decode()
        trashed = TrashedPage.objects.get()
        client.post(f"/admin/trash/{trashed.pk}/restore/")
        assert TrashedPage.objects.filter(pk=trashed.pk).exists()
