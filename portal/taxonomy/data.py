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
