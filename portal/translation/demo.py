"""Demo content for the translation app: translator groups, review workflows and a glossary.

Sample glossary entries (flagged in the admin) with Arabic, Ukrainian and Dari versions.
Idempotent: running it twice changes nothing.
"""

from wagtail.models import Locale

from portal.translation.models import GlossaryTerm
from portal.translation.operations import translation_groups_setup

# English term, explanation, notes for translators; then per language (term, keep in English,
# explanation).
TERMS = [
    (
        "section 95 support",
        "Housing and a weekly payment from the Home Office while your asylum claim is decided, "
        "if you would otherwise be destitute.",
        "Name of a section of the Immigration and Asylum Act 1999; keep the number.",
        {
            "ar": (
                "دعم المادة 95",
                False,
                "سكن ومبلغ أسبوعي من وزارة الداخلية أثناء النظر في طلب اللجوء إذا لم يكن لديك مال.",
            ),
            "uk": (
                "підтримка за розділом 95",
                False,
                "Житло та щотижнева виплата від Міністерства внутрішніх справ, поки розглядають вашу заяву про притулок.",
            ),
            "prs": (
                "حمایت بخش ۹۵",
                False,
                "مسکن و پرداخت هفته‌وار از وزارت داخله، تا زمانی که درخواست پناهندگی شما بررسی می‌شود.",
            ),
        },
    ),
    (
        "ARC",
        "Application Registration Card: the card that shows you have claimed asylum.",
        "Readers see 'ARC' on the card itself: keep it in English.",
        {
            "ar": ("ARC", True, "بطاقة تسجيل الطلب: البطاقة التي تثبت أنك قدمت طلب لجوء."),
            "uk": (
                "ARC",
                True,
                "Картка реєстрації заяви: підтверджує, що ви подали заяву про притулок.",
            ),
            "prs": (
                "ARC",
                True,
                "کارت ثبت درخواست: کارتی که نشان می‌دهد شما درخواست پناهندگی داده‌اید.",
            ),
        },
    ),
    (
        "NRPF",
        "No recourse to public funds: a condition that stops you claiming most benefits.",
        "Appears in letters and on visas as 'NRPF'; keep it in English and explain it.",
        {
            "ar": ("NRPF", True, "عدم الحق في الأموال العامة: شرط يمنعك من طلب معظم الإعانات."),
            "uk": (
                "NRPF",
                True,
                "Без права на державні кошти: умова, через яку не можна отримати більшість допомог.",
            ),
            "prs": (
                "NRPF",
                True,
                "بدون حق استفاده از بودجه عمومی: شرطی که مانع دریافت بیشتر کمک‌های دولتی می‌شود.",
            ),
        },
    ),
    (
        "move-on period",
        "The 56 days after you get refugee status, before Home Office housing and support stop.",
        "Say how many days; the number matters more than the name.",
        {
            "ar": (
                "فترة الانتقال",
                False,
                "الأيام الـ 56 بعد حصولك على صفة اللاجئ، قبل أن يتوقف سكن ودعم وزارة الداخلية.",
            ),
            "uk": (
                "перехідний період",
                False,
                "56 днів після отримання статусу біженця, до припинення житла й підтримки від Міністерства.",
            ),
            "prs": (
                "دوره انتقال",
                False,
                "۵۶ روز پس از گرفتن وضعیت پناهندگی، پیش از قطع مسکن و حمایت وزارت داخله.",
            ),
        },
    ),
    (
        "Universal Credit",
        "The main benefit for people on a low income or out of work.",
        "Official name of the benefit; give the English in brackets.",
        {
            "ar": (
                "الائتمان الشامل (Universal Credit)",
                False,
                "الإعانة الرئيسية لذوي الدخل المنخفض أو العاطلين عن العمل.",
            ),
            "uk": (
                "Універсальний кредит (Universal Credit)",
                False,
                "Основна допомога для людей з низьким доходом або без роботи.",
            ),
        },
    ),
]


def load(stdout=None):
    report = translation_groups_setup()
    if stdout is not None:
        stdout.write(
            f"  {len(report.groups)} translation groups, {len(report.workflows)} workflows"
        )
    source = Locale.get_default()
    for term, explanation, notes, translations in TERMS:
        english = GlossaryTerm.objects.filter(locale=source, term=term).first()
        if english is None:
            english = GlossaryTerm.objects.create(
                locale=source,
                term=term,
                explanation=explanation,
                notes=notes,
                is_sample_content=True,
            )
        for code, (local_term, keep, local_explanation) in translations.items():
            locale = Locale.objects.filter(language_code=code).first()
            if (
                locale is None
                or GlossaryTerm.objects.filter(
                    translation_key=english.translation_key, locale=locale
                ).exists()
            ):
                continue
            entry = english.copy_for_translation(locale)
            entry.term = local_term
            entry.keep_in_english = keep
            entry.explanation = local_explanation
            entry.notes = ""
            entry.save()
