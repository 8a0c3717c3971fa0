"""Demo content for the directory: the 14 example districts and 60-odd sample services.

Everything is sample data, flagged in the admin: organisations are made up and marked
'(sample)', phone numbers are in Ofcom's ranges kept for drama (01632 960xxx, 07700 900xxx), so
nobody real is ever called. Services go in through the same CSV import editors use. Some are
county-wide, some overdue for a check (two hidden), some temporarily closed; a few are
translated into Arabic, Ukrainian and Dari. Idempotent: existing services are left alone.
"""

from __future__ import annotations

import csv
import datetime
import io

from wagtail.models import Locale

from portal.core.models import HomePage
from portal.core.operations import page_translate, page_translate_everywhere
from portal.directory.csv_io import COLUMN_NAMES
from portal.directory.models import DistrictIndexPage, DistrictPage, ServicePage
from portal.directory.operations import service_import_csv
from portal.taxonomy.models import District

INDEX_TITLE = "Services near you"
INDEX_TRANSLATIONS = {
    "ar": {INDEX_TITLE: "خدمات بالقرب منك"},
    "uk": {INDEX_TITLE: "Послуги поруч із вами"},
    "prs": {INDEX_TITLE: "خدمات در نزدیکی شما"},
}

# district slug → (town, outward postcode, latitude, longitude)
PLACES = {
    "burnley": ("Burnley", "BB11", 53.7893, -2.2405),
    "chorley": ("Chorley", "PR7", 53.6530, -2.6326),
    "fylde": ("Lytham St Annes", "FY8", 53.7500, -3.0300),
    "hyndburn": ("Accrington", "BB5", 53.7534, -2.3638),
    "lancaster": ("Lancaster", "LA1", 54.0466, -2.8007),
    "pendle": ("Nelson", "BB9", 53.8346, -2.2180),
    "preston": ("Preston", "PR1", 53.7632, -2.7031),
    "ribble-valley": ("Clitheroe", "BB7", 53.8711, -2.3916),
    "rossendale": ("Rawtenstall", "BB4", 53.7010, -2.2900),
    "south-ribble": ("Leyland", "PR25", 53.6970, -2.6870),
    "west-lancashire": ("Ormskirk", "L39", 53.5665, -2.8869),
    "wyre": ("Fleetwood", "FY7", 53.9167, -3.0357),
    "blackburn-with-darwen": ("Blackburn", "BB1", 53.7486, -2.4875),
    "blackpool": ("Blackpool", "FY1", 53.8175, -3.0357),
}

WEEKDAYS = "Mon 09:30-16:00; Tue 09:30-16:00; Wed 09:30-16:00; Thu 09:30-16:00; Fri 09:30-13:00"

# (key, title pattern, needs, languages, hours, cost, referral, summary, description)
LOCAL_SERVICES = [
    (
        "welcome",
        "{town} Welcome Drop-in",
        "legal-advice; housing; money; community",
        "en; ar; prs; fa; ckb; ti",
        "Tue 10:00-14:00; Thu 10:00-14:00",
        "free",
        "drop_in",
        "Advice on asylum support, housing and money, with a hot drink and friendly faces.",
        "Come in without an appointment. A volunteer will listen, explain your options and "
        "help you fill in forms.\n\nBring any letters you have from the Home Office or Migrant "
        "Help.",
    ),
    (
        "food",
        "{town} Community Pantry",
        "food",
        "en; ar; uk",
        "Mon 12:00-15:00; Wed 12:00-15:00; Sat 10:00-12:00",
        "low_cost",
        "drop_in",
        "A weekly bag of food and toiletries for £3, free if you cannot pay.",
        "Choose your own food from the shelves. Halal and vegetarian food is always available."
        "\n\nYou do not need a referral or to show any documents.",
    ),
    (
        "esol",
        "{town} English Conversation Club",
        "english-language; community",
        "en",
        "Wed 18:00-20:00; Sat 10:00-12:00",
        "free",
        "drop_in",
        "Practise speaking English in a relaxed group, at any level.",
        "Volunteers lead small groups by level. Children are welcome in the play corner."
        "\n\nIf you want a college course, we will help you apply.",
    ),
    (
        "health",
        "{town} GP Registration Help",
        "health",
        "en; ar; ur; so; sq",
        "Mon 09:00-12:00; Thu 13:00-16:00",
        "free",
        "drop_in",
        "Help to register with a doctor (GP) and a dentist, and to understand NHS letters.",
        "Everyone in England can register with a GP, whatever their immigration status. You "
        "do not need proof of address or ID.\n\nWe can come with you to your first appointment.",
    ),
]

COUNTY_SERVICES = [
    {
        "external_id": "county-immigration-advice",
        "district": "preston",
        "title": "Lancashire Refugee Legal Clinic",
        "organisation": "Lancashire Refugee Law Centre (sample)",
        "needs": "legal-advice; family",
        "spoken_languages": "en; ar; fa; prs; ps; ckb",
        "interpreters_available": "yes",
        "referral": "drop_in",
        "opening_hours": "Mon 10:00-16:00; Wed 10:00-16:00; Fri 10:00-13:00",
        "summary": "Free advice from regulated immigration advisers: asylum claims, appeals, family "
        "reunion.",
        "description": "Appointments by phone, in person in Preston or by video.\n\nOur advisers "
        "are regulated by the Immigration Advice Authority. We never charge.",
    },
    {
        "external_id": "county-trauma-service",
        "district": "blackburn-with-darwen",
        "title": "Lancashire Refugee Trauma Service",
        "organisation": "Lancashire and South Cumbria NHS (sample)",
        "needs": "mental-health; health",
        "spoken_languages": "en",
        "interpreters_available": "yes",
        "referral": "needed",
        "referral_description": "Ask your GP, or any caseworker, to refer you.",
        "opening_hours": "Mon 09:00-17:00; Tue 09:00-17:00; Wed 09:00-17:00; Thu 09:00-17:00",
        "summary": "Talking therapy for adults who have lived through war, torture or trafficking.",
        "description": "Sessions are with a therapist and a trained interpreter in your language."
        "\n\nWe do not share what you tell us with the Home Office.",
    },
    {
        "external_id": "county-womens-refuge",
        "district": "hyndburn",
        "title": "Safe Haven Women's Refuge",
        "organisation": "Safe Haven Lancashire (sample)",
        "needs": "safety; housing",
        "spoken_languages": "en; ar; ur",
        "interpreters_available": "yes",
        "referral": "drop_in",
        "opening_hours": "Mon 00:00-00:00; Tue 00:00-00:00; Wed 00:00-00:00; Thu 00:00-00:00; "
        "Fri 00:00-00:00; Sat 00:00-00:00; Sun 00:00-00:00",
        "summary": "A safe place to stay for women and children escaping abuse, whatever their "
        "immigration status.",
        "description": "Phone us day or night. We will talk about what you need and how to get "
        "here safely.",
        "hide_exact_address": "yes",
    },
    {
        "external_id": "county-ukraine-hub",
        "district": "lancaster",
        "title": "Lancashire Ukrainian Hub",
        "organisation": "Lancashire Ukrainian Association (sample)",
        "needs": "community; employment; education",
        "spoken_languages": "en; uk; ru",
        "eligible_statuses": "ukraine-scheme",
        "open_to_everyone": "no",
        "referral": "drop_in",
        "opening_hours": "Sat 11:00-15:00",
        "summary": "Meet other Ukrainians, get help with visas, work and school places.",
        "description": "Every Saturday, with a Ukrainian Saturday school for children.",
    },
    {
        "external_id": "county-afghan-families",
        "district": "preston",
        "title": "Afghan Families Support",
        "organisation": "Lancashire Afghan Community (sample)",
        "needs": "family; community; money",
        "spoken_languages": "en; prs; ps",
        "eligible_statuses": "afghan-resettlement; refugee",
        "open_to_everyone": "no",
        "referral": "drop_in",
        "opening_hours": "Sun 13:00-17:00",
        "summary": "Help for families resettled from Afghanistan: benefits, schools and "
        "community events.",
        "description": "Dari and Pashto speakers are always there. Women-only sessions are available.",
    },
    {
        "external_id": "county-night-shelter",
        "district": "blackpool",
        "title": "Coast Night Shelter",
        "organisation": "Coast Shelter Trust (sample)",
        "needs": "housing; food",
        "spoken_languages": "en; ar; ti; am",
        "referral": "drop_in",
        "opening_hours": "Fri 21:00-08:00; Sat 21:00-08:00",
        "summary": "A bed, an evening meal and breakfast for anyone sleeping rough, including "
        "refused asylum seekers.",
        "description": "Arrive before 11pm. Everything is free.",
    },
]

SERVICE_TRANSLATIONS = {
    "ar": {
        "Preston Welcome Drop-in": "مركز الاستقبال في بريستون",
        "Advice on asylum support, housing and money, with a hot drink and friendly faces.": (
            "نصائح حول دعم اللجوء والسكن والمال، مع مشروب ساخن ووجوه ودودة."
        ),
        "Lancashire Refugee Legal Clinic": "العيادة القانونية للاجئين في لانكشاير",
        "Free advice from regulated immigration advisers: asylum claims, appeals, family "
        "reunion.": "نصائح مجانية من مستشاري هجرة معتمدين: طلبات اللجوء والاستئناف ولمّ شمل الأسرة.",
        "Burnley Community Pantry": "مخزن الطعام المجتمعي في بيرنلي",
        "A weekly bag of food and toiletries for £3, free if you cannot pay.": (
            "كيس أسبوعي من الطعام ومواد النظافة مقابل 3 جنيهات، ومجاناً إذا لم تستطع الدفع."
        ),
    },
    "uk": {
        "Lancashire Ukrainian Hub": "Український центр Ланкаширу",
        "Meet other Ukrainians, get help with visas, work and school places.": (
            "Зустрічайте інших українців, отримуйте допомогу з візами, роботою та місцями в школі."
        ),
        "Preston Welcome Drop-in": "Центр допомоги в Престоні",
        "Advice on asylum support, housing and money, with a hot drink and friendly faces.": (
            "Поради щодо підтримки шукачів притулку, житла та грошей — з гарячим напоєм і "
            "привітними людьми."
        ),
        "Lancashire Refugee Legal Clinic": "Юридична клініка для біженців Ланкаширу",
    },
    "prs": {
        "Afghan Families Support": "حمایت از خانواده‌های افغان",
        "Help for families resettled from Afghanistan: benefits, schools and community "
        "events.": "کمک به خانواده‌های اسکان‌یافته از افغانستان: کمک‌هزینه‌ها، مکتب‌ها و برنامه‌های اجتماعی.",
        "Preston Welcome Drop-in": "مرکز پذیرش پرستون",
    },
}
TRANSLATED_SERVICES = {
    "ar": ["preston-welcome", "county-immigration-advice", "burnley-food"],
    "uk": ["county-ukraine-hub", "preston-welcome", "county-immigration-advice"],
    "prs": ["county-afghan-families", "preston-welcome"],
}


def service_rows(*, today: datetime.date) -> list[dict]:
    """The demo services as CSV rows (the same format editors import)."""
    rows = []
    for number, (slug, (town, outward, lat, lon)) in enumerate(PLACES.items()):
        for index, (
            key,
            title,
            needs,
            languages,
            hours,
            cost,
            referral,
            summary,
            text,
        ) in enumerate(LOCAL_SERVICES):
            serial = number * 10 + index
            checked = today - datetime.timedelta(days=7 + serial * 2)
            status = "active"
            if serial in (13, 42):
                checked = today - datetime.timedelta(days=240)  # flagged for a check
            if serial in (21, 51):
                checked = today - datetime.timedelta(days=420)  # hidden from residents
            if serial in (32, 61):
                status = "temporarily_closed"
            rows.append(
                {
                    "external_id": f"{slug}-{key}",
                    "district": slug,
                    "title": title.format(town=town),
                    "summary": summary,
                    "description": text,
                    "organisation": f"{town} Refugee Support (sample)"
                    if key in ("welcome", "esol")
                    else f"{town} Community Trust (sample)",
                    "needs": needs,
                    "open_to_everyone": "yes",
                    "spoken_languages": languages,
                    "interpreters_available": "yes" if key == "health" else "no",
                    "cost": cost,
                    "cost_description": "£3 a bag, free if you cannot pay"
                    if cost == "low_cost"
                    else "",
                    "referral": referral,
                    "phone": f"01632 960 {serial:03d}",
                    "email": f"{slug}.{key}@example.org",
                    "website": f"https://example.org/{slug}/{key}",
                    "whatsapp": f"+44 7700 900{serial:03d}" if key == "welcome" else "",
                    "asks_about_status": "yes" if key == "health" else "no",
                    "shares_with_home_office": "no",
                    "status": status,
                    "status_note": "Closed while the hall is repaired."
                    if status != "active"
                    else "",
                    "verified_on": checked.isoformat(),
                    "verified_by": f"{town} council refugee team",
                    "opening_hours": hours,
                    "closed_dates": f"{datetime.date(today.year, 12, 25).isoformat()} Christmas Day",
                    "location_name": "Community Centre" if key != "health" else "Health Centre",
                    "address": f"{10 + index} Church Street\n{town}",
                    "postcode": f"{outward} {index + 1}AB",
                    "latitude": f"{lat + index * 0.001:.6f}",
                    "longitude": f"{lon - index * 0.001:.6f}",
                    "accessibility_notes": "Step-free entrance. Accessible toilet.",
                    "hide_exact_address": "no",
                }
            )
    for service in COUNTY_SERVICES:
        town, outward, lat, lon = PLACES[service["district"]]
        row = {
            "is_county_wide": "yes",
            "open_to_everyone": "yes",
            "cost": "free",
            "phone": f"01632 960 9{len(rows) % 100:02d}",
            "email": f"{service['external_id']}@example.org",
            "website": f"https://example.org/{service['external_id']}",
            "verified_on": (today - datetime.timedelta(days=30)).isoformat(),
            "verified_by": "County refugee integration team",
            "address": f"2 Station Road\n{town}",
            "postcode": f"{outward} 9ZZ",
            "latitude": f"{lat:.6f}",
            "longitude": f"{lon:.6f}",
            "hide_exact_address": "no",
            "asks_about_status": "no",
            "shares_with_home_office": "no",
            "accessibility_notes": "Lift to all floors. Hearing loop at reception.",
            **service,
        }
        rows.append(row)
    return rows


def _csv(rows: list[dict]) -> io.StringIO:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMN_NAMES)
    writer.writeheader()
    writer.writerows(rows)
    out.seek(0)
    return out


def districts_ensure(*, home: HomePage) -> tuple[DistrictIndexPage, int]:
    """The districts index and one page per district, each in every language. Idempotent."""
    index = DistrictIndexPage.objects.filter(locale=home.locale, slug="districts").first()
    if index is None:
        index = DistrictIndexPage(
            title=INDEX_TITLE,
            slug="districts",
            show_in_menus=True,
            is_sample_content=True,
            introduction="Choose your district to see services near you and across Lancashire.",
        )
        home.add_child(instance=index)
        index.save_revision().publish()
    if index.get_translations().count() == 0:
        page_translate_everywhere(page=index, translations=INDEX_TRANSLATIONS)
    created = 0
    for district in District.objects.in_order():
        if DistrictPage.objects.filter(locale=home.locale, district=district).exists():
            continue
        town = PLACES.get(district.slug, (district.name,))[0]
        page = DistrictPage(
            title=district.name,
            slug=district.slug,
            district=district,
            is_sample_content=True,
            introduction=f"Services for refugees and people seeking asylum in {district.name}.",
            council_contacts=f"<p>The {district.council_name or district.name} resettlement "
            "team helps new arrivals with housing, school places and registering with a "
            "doctor.</p>",
            contact_email=f"refugees@{district.slug}.example.org",
            contact_phone="01632 960 999",
            forum_details=f"<p>The {district.name} refugee forum meets on the first Thursday of "
            f"every month at 2pm in {town}. Anyone working with refugees is welcome.</p>",
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        page_translate_everywhere(page=page)
        created += 1
    return index, created


def load(*, stdout) -> None:
    locale = Locale.get_default()
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        stdout.write("  directory: no home page, skipped")
        return
    _index, districts_created = districts_ensure(home=home)
    existing = set(ServicePage.objects.filter(locale=locale).values_list("external_id", flat=True))
    rows = [
        row
        for row in service_rows(today=datetime.date.today())
        if row["external_id"] not in existing
    ]
    result = service_import_csv(file=_csv(rows), sync_translations=False, sample=True)
    if not result.ok:
        for error in result.errors:
            stdout.write(f"  directory: {error}")
        return
    translated = 0
    for code, external_ids in TRANSLATED_SERVICES.items():
        target = Locale.objects.filter(language_code=code).first()
        if target is None:
            continue
        for external_id in external_ids:
            service = ServicePage.objects.filter(locale=locale, external_id=external_id).first()
            if service is None or service.has_translation(target):
                continue
            page_translate(page=service, locale=target, strings=SERVICE_TRANSLATIONS.get(code))
            translated += 1
    stdout.write(
        f"  directory: {districts_created} district pages, {result.created} services created, "
        f"{translated} translations"
    )
