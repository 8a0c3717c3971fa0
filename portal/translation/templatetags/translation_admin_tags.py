from django import template
from wagtail.models import Page

from portal.translation import selectors
from portal.translation.machine import machine_translation_allowed

register = template.Library()


@register.inclusion_tag("translation/admin/editor_helper.html", takes_context=True)
def translation_editor_helper(context, translation, instance):
    """Above wagtail-localize's editor: freshness, what changed, glossary terms, review."""
    request = context.get("request")
    locale = translation.target_locale
    record = selectors.freshness_for(translation=translation)
    changes = selectors.translation_changes(translation=translation)
    texts = list(selectors.source_strings_at_sync(source=translation.source).values())
    texts += [change.after for change in changes if change.after]
    is_page = isinstance(instance, Page)
    workflow_state = instance.current_workflow_state if is_page else None
    can_submit = (
        is_page
        and request is not None
        and instance.permissions_for_user(request.user).can_edit()
        and (workflow_state is None or workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES)
        and instance.get_workflow() is not None
    )
    return {
        "request": request,
        "translation": translation,
        "record": record,
        "changes": changes,
        "glossary": selectors.glossary_terms_in_text(texts=texts, locale=locale),
        "workflow_state": workflow_state,
        "can_submit": can_submit,
        "can_sync": request is not None
        and request.user.has_perm("wagtail_localize.submit_translation"),
        "machine_allowed": machine_translation_allowed(language_code=locale.language_code),
        "language_name": locale.get_display_name(),
        "csrf_token": context.get("csrf_token"),
    }
