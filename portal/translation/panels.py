from django.core.exceptions import ObjectDoesNotExist
from wagtail.admin.ui.components import Component

from portal.translation import selectors


class OutOfDatePanel(Component):
    """Admin dashboard panel: translations in the user's languages whose source has changed."""

    name = "translations_out_of_date"
    template_name = "translation/admin/out_of_date_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        items = []
        for record in selectors.out_of_date_for_user(user=self.user):
            try:
                target = record.translation.get_target_instance()
            except ObjectDoesNotExist:  # the translated object was deleted
                target = None
            items.append({"record": record, "target": target})
        context["items"] = items
        return context
