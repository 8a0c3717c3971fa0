from django import template
from django.utils.translation import get_language

from portal.core import selectors

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context["request"]
    page = context.get("page")
    current = get_language()
    return {
        "links": selectors.language_links(request=request, page=page, current_language=current),
        "current_language": current,
        "request": request,
    }


@register.inclusion_tag("components/hreflang.html", takes_context=True)
def hreflang_links(context):
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return {"alternates": []}
    return {"alternates": selectors.hreflang_alternates(request=context["request"], page=page)}


@register.filter
def phone_href(number: str) -> str:
    """'0808 8010 503' → 'tel:08088010503' for tap-to-call links."""
    digits = "".join(ch for ch in str(number) if ch.isdigit() or ch == "+")
    return f"tel:{digits}"
