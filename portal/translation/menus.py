from django.utils.translation import gettext_lazy as _
from wagtail.admin.action_menu import PublishMenuItem


class MinorChangePublishMenuItem(PublishMenuItem):
    """Publish a typo fix without marking the page's translations out of date."""

    label = _("Publish (minor change — translations stay current)")
    name = "action-publish-minor"
    template_name = "translation/admin/publish_minor_change.html"

    def is_shown(self, context):
        if context["view"] != "edit" or not super().is_shown(context):
            return False
        from portal.translation.selectors import page_translations

        page = context["page"]
        return page_translations(page=page).exists()
