"""The shipped vocabularies. Slugs are the public URL contract in DESIGN.md."""

STATUSES = [
    ("asylum-seeker", "Asylum seeker", "You have claimed asylum and are waiting for a decision."),
    (
        "refused-asylum-seeker",
        "Refused asylum seeker",
        "The Home Office refused your asylum claim and you have no appeal left, or it is being decided.",
    ),
    ("refugee", "Refugee", "You have been granted refugee status (leave to remain as a refugee)."),
    (
        "humanitarian-protection",
        "Humanitarian protection",
        "You have been granted humanitarian protection instead of refugee status.",
    ),
    (
        "ukraine-scheme",
        "Ukraine scheme",
        "You came through Homes for Ukraine, the Ukraine Family Scheme or the Ukraine Extension Scheme.",
    ),
    (
        "afghan-resettlement",
        "Afghan resettlement",
        "You came through the Afghan Relocations and Assistance Policy (ARAP) or the Afghan Citizens "
        "Resettlement Scheme (ACRS).",
    ),
    (
        "uk-resettlement-scheme",
        "UK Resettlement Scheme",
        "You were resettled to the UK from abroad with the UN refugee agency (UNHCR).",
    ),
    (
        "unaccompanied-child",
        "Unaccompanied child",
        "You are under 18 and in the UK without a parent or carer.",
    ),
    (
        "no-recourse-to-public-funds",
        "No recourse to public funds",
        "Your visa or permission says 'no public funds' (NRPF).",
    ),
]

NEEDS = [
    ("housing", "Housing", "Somewhere to live, and help with rent or homelessness."),
    ("money", "Money", "Benefits, asylum support payments and help with bills."),
    ("health", "Health", "Doctors (GPs), hospitals, dentists, maternity care and prescriptions."),
    ("mental-health", "Mental health", "Support for stress, trauma, grief and low mood."),
    ("education", "Education", "School places for children, college and university."),
    ("english-language", "English classes", "English for Speakers of Other Languages (ESOL)."),
    ("employment", "Work", "The right to work, finding a job, volunteering and training."),
    ("legal-advice", "Legal advice", "Free immigration advice, appeals and family reunion."),
    ("family", "Family", "Children, family reunion and support for parents."),
    ("food", "Food", "Food banks, community meals and help buying food."),
    ("safety", "Safety", "Help if you are in danger, abused, exploited or trafficked."),
    ("community", "Community", "Meeting people, faith groups, sport and local activities."),
]

DISTRICTS = [
    ("burnley", "Burnley", "Burnley Borough Council"),
    ("chorley", "Chorley", "Chorley Council"),
    ("fylde", "Fylde", "Fylde Council"),
    ("hyndburn", "Hyndburn", "Hyndburn Borough Council"),
    ("lancaster", "Lancaster", "Lancaster City Council"),
    ("pendle", "Pendle", "Pendle Borough Council"),
    ("preston", "Preston", "Preston City Council"),
    ("ribble-valley", "Ribble Valley", "Ribble Valley Borough Council"),
    ("rossendale", "Rossendale", "Rossendale Borough Council"),
    ("south-ribble", "South Ribble", "South Ribble Borough Council"),
    ("west-lancashire", "West Lancashire", "West Lancashire Borough Council"),
    ("wyre", "Wyre", "Wyre Council"),
    ("blackburn-with-darwen", "Blackburn with Darwen", "Blackburn with Darwen Borough Council"),
    ("blackpool", "Blackpool", "Blackpool Council"),
]

# (ISO 639 code, English name, own name)
SPOKEN_LANGUAGES = [
    ("en", "English", "English"),
    ("ar", "Arabic", "العربية"),
    ("prs", "Dari", "دری"),
    ("fa", "Farsi", "فارسی"),
    ("ps", "Pashto", "پښتو"),
    ("ckb", "Kurdish (Sorani)", "کوردی"),
    ("kmr", "Kurdish (Kurmanji)", "Kurmancî"),
    ("ur", "Urdu", "اردو"),
    ("uk", "Ukrainian", "Українська"),
    ("ru", "Russian", "Русский"),
    ("ti", "Tigrinya", "ትግርኛ"),
    ("am", "Amharic", "አማርኛ"),
    ("so", "Somali", "Soomaali"),
    ("sq", "Albanian", "Shqip"),
    ("fr", "French", "Français"),
    ("vi", "Vietnamese", "Tiếng Việt"),
    ("pa", "Punjabi", "ਪੰਜਾਬੀ"),
    ("bn", "Bengali", "বাংলা"),
    ("tr", "Turkish", "Türkçe"),
    ("es", "Spanish", "Español"),
    ("bsl", "British Sign Language", "British Sign Language"),
]

# Sample translations of the shipped labels, filled in only where a column is still empty.
# slug → language → (label, explanation)
STATUS_TRANSLATIONS = {
    "asylum-seeker": {
        "ar": ("طالب لجوء", "قدّمت طلب لجوء وتنتظر القرار."),
        "uk": ("Шукач притулку", "Ви подали заяву про притулок і чекаєте на рішення."),
        "prs": ("پناهجو", "درخواست پناهندگی داده‌اید و منتظر تصمیم هستید."),
    },
    "refused-asylum-seeker": {
        "ar": (
            "طالب لجوء مرفوض",
            "رفضت وزارة الداخلية طلب لجوئك ولم يبقَ لك استئناف، أو أن الاستئناف قيد النظر.",
        ),
        "uk": (
            "Шукач притулку, якому відмовлено",
            "Міністерство внутрішніх справ відмовило у вашій заяві, і оскарження більше немає або воно розглядається.",
        ),
        "prs": (
            "پناهجوی رد شده",
            "وزارت داخله درخواست پناهندگی شما را رد کرده و دیگر حق استیناف ندارید، یا استیناف شما در حال بررسی است.",
        ),
    },
    "refugee": {
        "ar": ("لاجئ", "حصلت على صفة اللاجئ (إذن بالبقاء كلاجئ)."),
        "uk": ("Біженець", "Вам надано статус біженця (дозвіл залишитися як біженець)."),
        "prs": ("پناهنده", "به شما وضعیت پناهندگی (اجازه اقامت به عنوان پناهنده) داده شده است."),
    },
    "humanitarian-protection": {
        "ar": ("حماية إنسانية", "حصلت على الحماية الإنسانية بدلاً من صفة اللاجئ."),
        "uk": ("Гуманітарний захист", "Вам надано гуманітарний захист замість статусу біженця."),
        "prs": ("حمایت بشردوستانه", "به جای وضعیت پناهندگی، به شما حمایت بشردوستانه داده شده است."),
    },
    "ukraine-scheme": {
        "ar": (
            "برنامج أوكرانيا",
            "جئت عبر برنامج Homes for Ukraine أو برنامج العائلة الأوكرانية أو برنامج التمديد.",
        ),
        "uk": (
            "Українська схема",
            "Ви приїхали за програмою Homes for Ukraine, Ukraine Family Scheme або Ukraine Extension Scheme.",
        ),
        "prs": (
            "طرح اوکراین",
            "شما از طریق طرح Homes for Ukraine، طرح خانواده اوکراین یا طرح تمدید اوکراین آمده‌اید.",
        ),
    },
    "afghan-resettlement": {
        "ar": (
            "إعادة توطين الأفغان",
            "جئت عبر سياسة ARAP أو برنامج ACRS لإعادة توطين المواطنين الأفغان.",
        ),
        "uk": (
            "Переселення з Афганістану",
            "Ви приїхали за програмою ARAP або ACRS для громадян Афганістану.",
        ),
        "prs": (
            "اسکان مجدد افغان‌ها",
            "شما از طریق پالیسی ARAP یا طرح اسکان مجدد اتباع افغان (ACRS) آمده‌اید.",
        ),
    },
    "uk-resettlement-scheme": {
        "ar": (
            "برنامج إعادة التوطين البريطاني",
            "أُعيد توطينك في المملكة المتحدة من الخارج عبر المفوضية السامية للأمم المتحدة لشؤون اللاجئين.",
        ),
        "uk": (
            "Програма переселення Великої Британії",
            "Вас переселили до Великої Британії з-за кордону разом з агентством ООН у справах біженців (UNHCR).",
        ),
        "prs": (
            "طرح اسکان مجدد بریتانیا",
            "شما با کمک کمیشنری عالی سازمان ملل برای پناهندگان (UNHCR) از خارج به بریتانیا منتقل شده‌اید.",
        ),
    },
    "unaccompanied-child": {
        "ar": (
            "طفل غير مصحوب",
            "عمرك أقل من 18 عاماً وأنت في المملكة المتحدة بدون أحد الوالدين أو مقدّم رعاية.",
        ),
        "uk": (
            "Дитина без супроводу",
            "Вам менше 18 років, і ви у Великій Британії без батьків чи опікуна.",
        ),
        "prs": (
            "طفل بدون همراه",
            "کمتر از ۱۸ سال دارید و بدون پدر، مادر یا سرپرست در بریتانیا هستید.",
        ),
    },
    "no-recourse-to-public-funds": {
        "ar": ("بدون حق في الأموال العامة", "تأشيرتك أو إذنك مكتوب عليه 'no public funds' (NRPF)."),
        "uk": (
            "Без права на державні кошти",
            "У вашій візі чи дозволі зазначено 'no public funds' (NRPF).",
        ),
        "prs": (
            "بدون حق استفاده از بودجه عمومی",
            "در ویزا یا اجازه اقامت شما نوشته شده 'no public funds' (NRPF).",
        ),
    },
}

# slug → language → label
NEED_TRANSLATIONS = {
    "housing": {"ar": "السكن", "uk": "Житло", "prs": "مسکن"},
    "money": {"ar": "المال", "uk": "Гроші", "prs": "پول"},
    "health": {"ar": "الصحة", "uk": "Здоров'я", "prs": "صحت"},
    "mental-health": {"ar": "الصحة النفسية", "uk": "Психічне здоров'я", "prs": "صحت روان"},
    "education": {"ar": "التعليم", "uk": "Освіта", "prs": "تعلیم و تحصیل"},
    "english-language": {
        "ar": "دروس اللغة الإنجليزية",
        "uk": "Уроки англійської",
        "prs": "صنف‌های انگلیسی",
    },
    "employment": {"ar": "العمل", "uk": "Робота", "prs": "کار"},
    "legal-advice": {"ar": "استشارة قانونية", "uk": "Юридична порада", "prs": "مشوره حقوقی"},
    "family": {"ar": "العائلة", "uk": "Сім'я", "prs": "خانواده"},
    "food": {"ar": "الطعام", "uk": "Їжа", "prs": "غذا"},
    "safety": {"ar": "الأمان", "uk": "Безпека", "prs": "امنیت"},
    "community": {"ar": "المجتمع", "uk": "Громада", "prs": "جامعه"},
}
