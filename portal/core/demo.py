"""Demo content for the core app: the home page in every language and a few standard pages.

Everything here is sample text (flagged in the admin), written in plain English. The Arabic,
Ukrainian and Dari home pages are translated; other languages get the English text with a
notice until a translator does them.
"""

from wagtail.models import Locale

from portal.core import demo_privacy
from portal.core.models import HomePage, PortalSettings, StandardPage
from portal.core.operations import home_page_ensure, locales_sync, page_translate_everywhere

HOME = {
    "title": "Welcome",
    "introduction": (
        "Information for refugees and people seeking asylum in Lancashire: what you are "
        "entitled to, and where to get help near you."
    ),
    "paragraph": (
        "This site is run by the county council's refugee integration team with the district "
        "councils, the NHS, the police and local charities. Everything here is free to use."
    ),
    "callout_title": "You do not have to give your name",
    "callout": "Nothing you look at or search for on this site is recorded.",
}

HOME_TRANSLATIONS = {
    "ar": {
        HOME["title"]: "أهلاً وسهلاً",
        HOME["introduction"]: (
            "معلومات للاجئين وطالبي اللجوء في لانكشاير: ما يحق لك الحصول عليه، وأين تجد "
            "المساعدة بالقرب منك."
        ),
        HOME["paragraph"]: (
            "يدير هذا الموقع فريق دمج اللاجئين في مجلس المقاطعة مع مجالس المناطق وهيئة الخدمات "
            "الصحية الوطنية والشرطة والجمعيات الخيرية المحلية. كل ما هنا مجاني."
        ),
        HOME["callout_title"]: "لست مضطراً لذكر اسمك",
        HOME["callout"]: "لا يُسجَّل أي شيء تطّلع عليه أو تبحث عنه في هذا الموقع.",
    },
    "uk": {
        HOME["title"]: "Ласкаво просимо",
        HOME["introduction"]: (
            "Інформація для біженців і шукачів притулку в Ланкаширі: на що ви маєте право і де "
            "отримати допомогу поруч із вами."
        ),
        HOME["paragraph"]: (
            "Цей сайт веде команда з інтеграції біженців ради графства разом із районними радами, "
            "NHS, поліцією та місцевими благодійними організаціями. Усе тут безкоштовне."
        ),
        HOME["callout_title"]: "Вам не потрібно називати своє ім'я",
        HOME[
            "callout"
        ]: "Ніщо з того, що ви переглядаєте чи шукаєте на цьому сайті, не записується.",
    },
    "prs": {
        HOME["title"]: "خوش آمدید",
        HOME["introduction"]: (
            "معلومات برای پناهندگان و پناهجویان در لنکشایر: به چه چیزهایی حق دارید و در نزدیکی "
            "خود از کجا کمک بگیرید."
        ),
        HOME["paragraph"]: (
            "این سایت توسط تیم ادغام پناهندگان شورای ولایت، همراه با شوراهای ولسوالی‌ها، خدمات "
            "صحی ملی (NHS)، پولیس و موسسات خیریه محلی اداره می‌شود. همه چیز در اینجا رایگان است."
        ),
        HOME["callout_title"]: "لازم نیست نام خود را بگویید",
        HOME["callout"]: "هیچ چیزی که در این سایت می‌بینید یا جستجو می‌کنید ثبت نمی‌شود.",
    },
}

# Translations of standard pages, by slug; pages without them get untranslated copies.
STANDARD_PAGE_TRANSLATIONS = {"privacy": demo_privacy.TRANSLATIONS}

STANDARD_PAGES = [
    (
        "about-us",
        "About the team",
        "Who runs this site and why.",
        [
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>We are the refugee integration team of the county council. Several of us "
                "came to the UK through the asylum system ourselves, and we write and translate "
                "this site.</p>",
            ),
        ],
    ),
    (
        "contact",
        "Contact us",
        "How to reach the refugee integration team.",
        [
            (
                "paragraph",
                "<p>Email the team at refugee.integration@example.org, or ask any service listed "
                "on this site to contact us for you. We reply within five working days.</p>",
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "title": "In an emergency",
                    "text": "<p>If you are in danger now, call 999.</p>",
                },
            ),
        ],
    ),
    (
        "accessibility",
        "Accessibility statement",
        "How accessible this site is, what we tested and how, and how to tell us about a problem.",
        [
            (
                "paragraph",
                "<p>This site is run by the county council's refugee integration team. We want "
                "as many people as possible to be able to use it, whatever phone or computer "
                "they have and whatever language they read.</p>",
            ),
            ("heading", {"text": "How accessible this site is", "level": "h2"}),
            (
                "paragraph",
                "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level "
                "AA. You should be able to:</p><ul><li>use every page without JavaScript;</li>"
                "<li>read every page at 320 pixels wide and with text made twice as big, "
                "without scrolling sideways;</li><li>reach every link and button with a "
                "keyboard, and see where you are;</li><li>read right-to-left languages such as "
                "Arabic, Dari, Farsi, Pashto, Kurdish (Sorani) and Urdu the right way round;</li>"
                "<li>use a screen reader, which is told the language of each page and of words "
                "in another language;</li><li>use a dark colour theme if your phone is set to "
                "one, and stop animations if your phone asks for less motion.</li></ul>",
            ),
            ("heading", {"text": "How we test it", "level": "h2"}),
            (
                "paragraph",
                "<p>Every change to the site is tested automatically before it is published. "
                "A real browser (Chromium) opens every kind of page in English and in Arabic, "
                "in the light and the dark theme, and checks it with axe-core against the WCAG "
                "2.0, 2.1 and 2.2 rules for levels A and AA. The same tests check pages at "
                "320 pixels wide with 200% text, the order of the keyboard focus (the 'Leave "
                "this site quickly' link comes first after 'Skip to content'), and that pages "
                "saved for offline reading still work. People who use the site, including "
                "members of our team who use screen readers, also check new kinds of page by "
                "hand.</p>",
            ),
            ("heading", {"text": "What we know is not perfect", "level": "h2"}),
            (
                "paragraph",
                "<p>Some pages are not yet translated into every language; they show the English "
                "text with a notice in your language. Some documents from other organisations "
                "(PDF leaflets) may not be accessible; ask us and we will give you the "
                "information in another way.</p>",
            ),
            ("heading", {"text": "Tell us about a problem", "level": "h2"}),
            (
                "paragraph",
                "<p>If something on this site is hard to use, email "
                "refugee.integration@example.org or use the 'Was this page helpful?' form at the "
                "bottom of any page. You do not need to give your name. We reply within five "
                "working days. If you are not happy with our answer, you can contact the "
                "Equality Advisory and Support Service (EASS).</p>",
            ),
            (
                "paragraph",
                "<p>This statement was prepared on 23 November 2026 and is reviewed every time "
                "the site gets a new kind of page.</p>",
            ),
        ],
    ),
    ("privacy", demo_privacy.TITLE, demo_privacy.INTRODUCTION, demo_privacy.BODY),
]


def load(*, stdout) -> None:
    locales_sync(verbosity=0)
    settings = PortalSettings.load()
    settings.save()
    home = home_page_ensure(
        title=HOME["title"],
        introduction=HOME["introduction"],
        is_sample_content=True,
        body=[
            ("paragraph", f"<p>{HOME['paragraph']}</p>"),
            (
                "callout",
                {
                    "kind": "info",
                    "title": HOME["callout_title"],
                    "text": f"<p>{HOME['callout']}</p>",
                },
            ),
        ],
    )
    if not home.get_translations().exists():
        page_translate_everywhere(page=home, translations=HOME_TRANSLATIONS)
    created = sum(
        standard_page_ensure(home=home, slug=slug, title=title, introduction=intro, body=body)
        for slug, title, intro, body in STANDARD_PAGES
    )
    stdout.write(
        f"  home pages: {HomePage.objects.count()} in {Locale.objects.count()} locales; "
        f"{created} standard pages created"
    )


def standard_page_ensure(*, home, slug: str, title: str, introduction: str, body) -> bool:
    """Create the demo standard page ``slug`` under ``home`` with its translations, once.

    Returns True if it was created.
    """
    if StandardPage.objects.filter(locale=home.locale, slug=slug).exists():
        return False
    page = StandardPage(
        title=title,
        slug=slug,
        introduction=introduction,
        body=body,
        is_sample_content=True,
        show_in_menus=slug == "about-us",
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    page_translate_everywhere(page=page, translations=STANDARD_PAGE_TRANSLATIONS.get(slug))
    return True
