"""Demo content for the finder: the service finder page at /<lang>/find/ in every language.

The services it searches come from the directory's demo. The Arabic, Ukrainian and Dari pages
are translated; other languages get the English text with a notice until a translator does them.
"""

from wagtail.models import Locale

from portal.core.models import HomePage
from portal.core.operations import locales_sync, page_translate_everywhere
from portal.finder.models import ServiceFinderPage

TITLE = "Find a service"
INTRODUCTION = (
    "Search the services for refugees and people seeking asylum in every district of the county. "
    "Nothing you search for is recorded."
)

TRANSLATIONS = {
    "ar": {
        TITLE: "ابحث عن خدمة",
        INTRODUCTION: (
            "ابحث في الخدمات المقدَّمة للاجئين وطالبي اللجوء في كل مناطق المقاطعة. "
            "لا يُسجَّل أي شيء تبحث عنه."
        ),
    },
    "uk": {
        TITLE: "Знайти послугу",
        INTRODUCTION: (
            "Шукайте послуги для біженців і шукачів притулку в усіх районах графства. "
            "Ніщо з того, що ви шукаєте, не записується."
        ),
    },
    "prs": {
        TITLE: "یک خدمت پیدا کنید",
        INTRODUCTION: (
            "خدمات برای پناهندگان و پناهجویان را در همه ولسوالی‌های ولایت جستجو کنید. "
            "هیچ چیزی که جستجو می‌کنید ثبت نمی‌شود."
        ),
    },
}


def load(*, stdout=None) -> None:
    locales_sync(verbosity=0)
    home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    if home is None:
        return
    page = ServiceFinderPage.objects.filter(locale=home.locale, slug="find").first()
    created = page is None
    if created:
        page = ServiceFinderPage(
            title=TITLE, slug="find", introduction=INTRODUCTION, is_sample_content=True
        )
        home.add_child(instance=page)
        page.save_revision().publish()
    if page.get_translations().count() < Locale.objects.count() - 1:
        page_translate_everywhere(page=page, translations=TRANSLATIONS)
    if stdout is not None:
        stdout.write(f"  finder page: {'created' if created else 'already there'}")
