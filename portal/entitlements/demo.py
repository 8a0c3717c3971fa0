"""Demo content for the entitlements app: the guides index and 14 sample guides.

Every page is sample text (flagged in the admin). Three guides are translated into Arabic,
Ukrainian and Dari; other languages get the English text with a notice until a translator
does them. Amounts and phone numbers are the same in every language by design.
"""

from decimal import Decimal

from wagtail.models import Locale

from portal.core.models import HomePage
from portal.core.operations import page_translate_everywhere
from portal.entitlements import demo_data
from portal.entitlements.models import EntitlementGuidePage, EntitlementIndexPage, EntitlementRow
from portal.taxonomy.models import ImmigrationStatus, Need

INDEX_TITLE = "Know your entitlements"
INDEX_INTRODUCTION = (
    "What you can get depends on your immigration status. Choose your situation to see the "
    "answer for you."
)

GP = demo_data.GUIDES[1]
SUPPORT = demo_data.GUIDES[0]
ESOL = demo_data.GUIDES[4]

TRANSLATIONS = {
    "ar": {
        INDEX_TITLE: "اعرف حقوقك",
        INDEX_INTRODUCTION: "ما يمكنك الحصول عليه يعتمد على وضعك من حيث الهجرة. اختر وضعك لترى الإجابة الخاصة بك.",
        SUPPORT["title"]: "دعم اللجوء: مكان للسكن ومال",
        SUPPORT[
            "summary"
        ]: "إذا قدّمت طلب لجوء وليس لديك مكان للسكن أو مال، يجب على وزارة الداخلية أن توفر لك سكناً ودفعة أسبوعية.",
        "Call Migrant Help": "اتصل بمنظمة Migrant Help",
        "Weekly payment for each person in self-catered accommodation": "الدفعة الأسبوعية لكل شخص في سكن يطبخ فيه بنفسه",
        "if you would otherwise have nowhere to live or no money": "إذا لم يكن لديك مكان للسكن أو مال بدونه",
        "support stops 56 days after your grant": "يتوقف الدعم بعد 56 يوماً من منحك الحماية",
        GP["title"]: "التسجيل لدى طبيب عام والحصول على الرعاية الصحية",
        GP[
            "summary"
        ]: "يمكن لأي شخص في إنجلترا التسجيل مجاناً لدى عيادة طبيب عام، مهما كان وضعه من حيث الهجرة.",
        "Find a GP surgery near where you live": "ابحث عن عيادة طبيب عام قريبة من مكان سكنك",
        "Prescription charge for each item in England": "رسوم الوصفة الطبية لكل دواء في إنجلترا",
        "all NHS care is free while your claim is decided": "كل رعاية الخدمات الصحية الوطنية مجانية أثناء دراسة طلبك",
        ESOL["title"]: "دروس اللغة الإنجليزية (ESOL)",
        ESOL[
            "summary"
        ]: "يمكنك تعلم الإنجليزية مجاناً في الكليات والمراكز المجتمعية في أنحاء لانكشاير.",
        "funded college classes after 6 months waiting for a decision": "دروس مموّلة في الكلية بعد 6 أشهر من انتظار القرار",
    },
    "uk": {
        INDEX_TITLE: "Знайте свої права",
        INDEX_INTRODUCTION: "Те, що ви можете отримати, залежить від вашого імміграційного статусу. Оберіть свою ситуацію, щоб побачити відповідь для вас.",
        SUPPORT["title"]: "Підтримка шукачів притулку: житло і гроші",
        SUPPORT[
            "summary"
        ]: "Якщо ви подали заяву про притулок і не маєте де жити або не маєте грошей, Міністерство внутрішніх справ має надати вам житло і щотижневу виплату.",
        "Call Migrant Help": "Зателефонуйте до Migrant Help",
        "Weekly payment for each person in self-catered accommodation": "Щотижнева виплата на кожну особу в житлі, де ви готуєте самі",
        GP["title"]: "Реєстрація у сімейного лікаря (GP) та медична допомога",
        GP[
            "summary"
        ]: "Кожен в Англії може безкоштовно зареєструватися у сімейного лікаря, незалежно від імміграційного статусу.",
        "Find a GP surgery near where you live": "Знайдіть амбулаторію сімейного лікаря біля вашого дому",
        "Prescription charge for each item in England": "Плата за кожен лікарський засіб за рецептом в Англії",
        ESOL["title"]: "Уроки англійської мови (ESOL)",
        ESOL[
            "summary"
        ]: "Ви можете безкоштовно вивчати англійську в коледжах і громадських центрах по всьому Ланкаширу.",
    },
    "prs": {
        INDEX_TITLE: "حقوق خود را بدانید",
        INDEX_INTRODUCTION: "آنچه می‌توانید دریافت کنید به وضعیت مهاجرتی شما بستگی دارد. وضعیت خود را انتخاب کنید تا جواب مخصوص خود را ببینید.",
        SUPPORT["title"]: "حمایت پناهجویی: جای زندگی و پول",
        SUPPORT[
            "summary"
        ]: "اگر درخواست پناهندگی داده‌اید و جای زندگی یا پول ندارید، وزارت داخله باید برای شما خانه و پرداخت هفته‌وار بدهد.",
        "Call Migrant Help": "به Migrant Help زنگ بزنید",
        GP["title"]: "ثبت نام نزد داکتر عمومی (GP) و مراقبت صحی",
        GP[
            "summary"
        ]: "هر کس در انگلستان می‌تواند رایگان نزد یک داکتر عمومی ثبت نام کند، وضعیت مهاجرتی اش هرچه باشد.",
        "Find a GP surgery near where you live": "یک کلینیک داکتر عمومی نزدیک محل زندگی خود پیدا کنید",
        ESOL["title"]: "صنف‌های زبان انگلیسی (ESOL)",
        ESOL[
            "summary"
        ]: "می‌توانید در کالج‌ها و مراکز اجتماعی سراسر لنکشایر رایگان انگلیسی بیاموزید.",
    },
}


def load(*, stdout, guides: list[dict] | None = None) -> None:
    """Create the index and the guides (``guides``: a subset of demo_data.GUIDES, for tests)."""
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        stdout.write("  entitlements: no home page, skipped")
        return
    index = EntitlementIndexPage.objects.filter(locale=locale, slug="entitlements").first()
    index_created = index is None
    if index_created:
        index = EntitlementIndexPage(
            title=INDEX_TITLE,
            slug="entitlements",
            introduction=INDEX_INTRODUCTION,
            show_in_menus=True,
            is_sample_content=True,
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        page_translate_everywhere(page=index, translations=TRANSLATIONS)
    statuses = {status.slug: status for status in ImmigrationStatus.objects.all()}
    needs = {need.slug: need for need in Need.objects.all()}
    created = 0
    for data in demo_data.GUIDES if guides is None else guides:
        if EntitlementGuidePage.objects.filter(locale=locale, slug=data["slug"]).exists():
            continue
        guide = guide_from_data(data=data, statuses=statuses, needs=needs, locale=locale)
        index.add_child(instance=guide)
        guide.save_revision().publish()
        page_translate_everywhere(page=guide, translations=TRANSLATIONS)
        created += 1
    stdout.write(
        f"  entitlements: index {'created' if index_created else 'kept'}, {created} guides"
    )


def guide_from_data(
    *, data: dict, statuses: dict, needs: dict, locale: Locale
) -> EntitlementGuidePage:
    guide = EntitlementGuidePage(
        title=data["title"],
        slug=data["slug"],
        locale=locale,
        summary=data["summary"],
        is_sample_content=True,
        body=[("paragraph", f"<p>{text}</p>") for text in data["body"]],
        steps=[
            ("step", {"title": title, "text": f"<p>{text}</p>" if text else ""})
            for title, text in data["steps"]
        ],
        documents=[("document", {"name": name, "note": note}) for name, note in data["documents"]],
        facts=[
            (
                "fact",
                {
                    "label": label,
                    "amount": Decimal(amount),
                    "unit": unit,
                    "valid_from": valid_from,
                    "note": note,
                },
            )
            for label, amount, unit, valid_from, note in data["facts"]
        ],
        phone_lines=[
            ("phone_line", {"name": name, "number": number, "hours": hours, "is_free": True})
            for name, number, hours in data["phones"]
        ],
        sources=[("source", {"title": title, "url": url}) for title, url in data["sources"]],
        last_reviewed=data.get("last_reviewed", demo_data.REVIEWED),
        next_review_due=data.get("next_review_due", demo_data.DUE),
    )
    for order, slug in enumerate(s for s, *_ in _status_order(statuses)):
        if slug not in data["rows"]:
            continue
        answer, condition, details = data["rows"][slug]
        guide.entitlement_rows.add(
            EntitlementRow(
                status=statuses[slug],
                answer=answer,
                condition=condition,
                details=details,
                sort_order=order,
                locale=locale,
            )
        )
    guide.needs = [needs[slug] for slug in data["needs"] if slug in needs]
    guide.help_needs = [needs[slug] for slug in data["help_needs"] if slug in needs]
    return guide


def _status_order(statuses: dict) -> list[tuple[str, ImmigrationStatus]]:
    return sorted(statuses.items(), key=lambda item: (item[1].sort_order, item[0]))
