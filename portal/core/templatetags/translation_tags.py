from django import template
from django.utils.translation import get_language, get_language_info

from portal.core.selectors import page_translation_state

register = template.Library()


@register.inclusion_tag("components/translation_notice.html", takes_context=True)
def translation_notice(context):
    page = context.get("page")
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return {"state": None}
    state = page_translation_state(page=page, request=request)
    source_name = team_name = ""
    if state is not None:
        source_name = get_language_info(state.source_language)["name_local"]
        # A role, never a name: translators' names are not shown to the public.
        team_name = get_language_info(get_language())["name_translated"]
    return {"state": state, "source_language_name": source_name, "team_language_name": team_name}


@register.simple_tag(takes_context=True)
def stale_translation_source(context, page=None):
    """The live source-language page when ``page`` (default: the current page) is a translation
    out of date for longer than PORTAL_STALE_GUIDE_DAYS; otherwise None. Guide templates use it
    to show the source's facts table instead of a stale one:
    ``{% stale_translation_source as source %}{% firstof source.facts page.facts %}``."""
    page = page or context.get("page")
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return None
    state = page_translation_state(page=page, request=request)
    if state is None or not state.is_stale():
        return None
    from portal.core.selectors import live_translations

    source = live_translations(page=page, request=request).get(state.source_language)
    return source.specific if source is not None else None
