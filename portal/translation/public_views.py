"""The public glossary: every term in the reader's language."""

from django.shortcuts import render
from django.utils.translation import get_language
from wagtail.models import Locale

from portal.translation.selectors import glossary_entries


def glossary(request):
    locale = Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()
    return render(
        request,
        "translation/glossary.html",
        {"entries": glossary_entries(locale=locale)},
    )
