from django import template

register = template.Library()


@register.filter
def whatsapp_href(number: str) -> str:
    """'+44 7700 900123' → 'https://wa.me/447700900123'; a UK '07…' number gets +44."""
    digits = "".join(ch for ch in str(number) if ch.isdigit())
    if digits.startswith("0") and not str(number).strip().startswith("+"):
        digits = "44" + digits[1:]
    return f"https://wa.me/{digits}"
