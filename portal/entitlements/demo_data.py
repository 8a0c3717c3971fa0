"""Sample know-your-entitlements guides for the demo county (Lancashire).

Careful plain English, written from the GOV.UK and NHS pages listed as each guide's sources,
but SAMPLE text: amounts and rules change, and every guide is flagged in the admin to be
checked by an adviser before it is used with residents.
"""

import datetime

AS = "asylum-seeker"
RAS = "refused-asylum-seeker"
REF = "refugee"
HP = "humanitarian-protection"
UKR = "ukraine-scheme"
AFG = "afghan-resettlement"
UKRS = "uk-resettlement-scheme"
UAC = "unaccompanied-child"
NRPF = "no-recourse-to-public-funds"

MIGRANT_HELP = (
    "Migrant Help (asylum support, accommodation problems)",
    "0808 8010 503",
    "Every day, 24 hours",
)
NHS_111 = ("NHS 111 (urgent health advice, interpreters available)", "111", "Every day, 24 hours")
SAMARITANS = ("Samaritans (someone to talk to)", "116 123", "Every day, 24 hours")
LANCS_COUNCIL = (
    "Lancashire County Council customer service",
    "0300 123 6701",
    "Monday to Friday, 8am to 6pm",
)
DOMESTIC_ABUSE = ("National Domestic Abuse Helpline", "0808 2000 247", "Every day, 24 hours")

# Review dates relative to the day the demo is loaded, so a fresh demo has one overdue guide.
TODAY = datetime.date.today()
REVIEWED = TODAY - datetime.timedelta(days=60)
DUE = TODAY + datetime.timedelta(days=300)

GUIDES = [
    {
        "slug": "asylum-support",
        "title": "Asylum support: somewhere to live and money",
        "summary": "If you have claimed asylum and have nowhere to live or no money, the Home Office must give you a home and a weekly payment.",
        "needs": ["housing", "money"],
        "help_needs": ["housing", "money", "legal-advice"],
        "body": [
            "Asylum support is given by the Home Office, not the council. It is called section 95 support while your claim is being decided. You get a place to live, with bills paid, and money on an ASPEN payment card.",
            "You cannot choose where you live. If your accommodation is unsafe, damp or broken, report it to Migrant Help: they must pass it to the housing provider.",
        ],
        "rows": {
            AS: ("yes", "if you would otherwise have nowhere to live or no money", ""),
            RAS: (
                "depends",
                "section 4 support, if you cannot leave the UK yet for a reason the Home Office accepts",
                "For example: you are too ill to travel, or you have made a new claim.",
            ),
            REF: (
                "no",
                "support stops 56 days after your grant",
                "See the guide on Universal Credit and the move-on period.",
            ),
            HP: ("no", "support stops 56 days after your grant", ""),
            UKR: ("not_applicable", "", "Your support comes through the Ukraine schemes."),
            AFG: ("not_applicable", "", "Your support comes through the Afghan schemes."),
            UKRS: ("not_applicable", "", "You arrive with refugee status and council support."),
            UAC: ("no", "children's services look after you instead", "Ask your social worker."),
            NRPF: ("not_applicable", "", "Unless you also claim asylum."),
        },
        "steps": [
            (
                "Call Migrant Help",
                "They help you fill in the application form (ASF1) for free, in your language.",
            ),
            (
                "Send proof that you have no money",
                "For example bank statements, or a letter from a friend who can no longer house you.",
            ),
            (
                "Wait for the decision letter",
                "If you are refused, you can appeal. Free advice is available from the Asylum Support Appeals Project.",
            ),
        ],
        "documents": [
            ("Your ARC card or Home Office letter", "If you do not have one yet, apply anyway."),
            ("Bank statements for the last 2 months", "If you have a bank account."),
        ],
        "facts": [
            (
                "Weekly payment for each person in self-catered accommodation",
                "49.18",
                "gbp_week",
                datetime.date(2024, 1, 1),
                "Paid onto your ASPEN card.",
            ),
            (
                "Weekly payment for each person in catered accommodation (hotels)",
                "8.86",
                "gbp_week",
                datetime.date(2024, 1, 1),
                "",
            ),
            (
                "Time support continues after a refugee grant",
                "56",
                "days",
                datetime.date(2023, 12, 1),
                "The move-on period.",
            ),
        ],
        "phones": [MIGRANT_HELP],
        "sources": [
            ("GOV.UK: Asylum support", "https://www.gov.uk/asylum-support"),
            (
                "Immigration and Asylum Act 1999, section 95",
                "https://www.legislation.gov.uk/ukpga/1999/33/section/95",
            ),
        ],
    },
    {
        "slug": "gp-and-healthcare",
        "title": "Registering with a GP and getting healthcare",
        "summary": "Everyone in England can register with a GP surgery for free, whatever their immigration status.",
        "needs": ["health"],
        "help_needs": ["health", "mental-health"],
        "body": [
            "A GP is a family doctor. Seeing a GP, calling NHS 111 and going to A&E in an emergency are free for everyone. A GP surgery must not refuse you because you have no proof of address, no ID or because of your immigration status.",
            "You can ask for a free interpreter for every appointment. Tell the receptionist your language when you book.",
        ],
        "rows": {
            AS: (
                "yes",
                "all NHS care is free while your claim is decided",
                "Ask for an HC2 certificate for free prescriptions, dental care and glasses.",
            ),
            RAS: (
                "yes",
                "GP care is free; some hospital care may be charged",
                "Urgent and maternity care is never refused, even if a bill is sent later.",
            ),
            REF: ("yes", "", ""),
            HP: ("yes", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("yes", "", ""),
            UAC: ("yes", "your social worker or carer can help you register", ""),
            NRPF: (
                "yes",
                "GP care is free; you may have paid the Immigration Health Surcharge",
                "",
            ),
        },
        "steps": [
            (
                "Find a GP surgery near where you live",
                "Use the NHS website or ask a support worker.",
            ),
            (
                "Fill in the registration form (GMS1)",
                "Ask for it at reception, or register online. Leave blank anything you do not know.",
            ),
            ("Book a first appointment", "Ask for an interpreter if you need one. It is free."),
        ],
        "documents": [
            (
                "Any ID you have, such as your ARC card",
                "Not having ID is not a reason to refuse you.",
            ),
            ("Your address", "A hotel or hostel address is fine."),
        ],
        "facts": [
            (
                "Prescription charge for each item in England",
                "9.90",
                "gbp",
                datetime.date(2024, 5, 1),
                "Free with an HC2 certificate, and for children and pregnant women.",
            ),
        ],
        "phones": [NHS_111],
        "sources": [
            (
                "NHS: How to register with a GP surgery",
                "https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/",
            ),
            (
                "GOV.UK: NHS entitlements: migrant health guide",
                "https://www.gov.uk/guidance/nhs-entitlements-migrant-health-guide",
            ),
        ],
    },
    {
        "slug": "mental-health",
        "title": "Support for your mental health",
        "summary": "Free NHS talking therapies and crisis support are open to you, and you can refer yourself.",
        "needs": ["mental-health", "health"],
        "help_needs": ["mental-health"],
        "body": [
            "Many people who have been forced to leave their home feel low, anxious, cannot sleep or have memories that come back. This is common and help is available.",
            "NHS Talking Therapies in Lancashire accept self-referrals. You do not need to see a GP first, and you can ask for an interpreter.",
        ],
        "rows": {
            AS: ("yes", "", ""),
            RAS: ("yes", "GP and talking therapies are free", ""),
            REF: ("yes", "", ""),
            HP: ("yes", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("yes", "", ""),
            UAC: ("yes", "through your GP or children's services", ""),
            NRPF: ("yes", "", ""),
        },
        "steps": [
            (
                "Talk to your GP, or refer yourself to NHS Talking Therapies",
                "Say that you need an interpreter.",
            ),
            (
                "If you are in crisis, call NHS 111 and choose the mental health option",
                "In danger now: call 999.",
            ),
        ],
        "documents": [],
        "facts": [],
        "phones": [NHS_111, SAMARITANS],
        "sources": [
            (
                "NHS: Find an NHS talking therapies service",
                "https://www.nhs.uk/service-search/mental-health/find-an-nhs-talking-therapies-service",
            )
        ],
    },
    {
        "slug": "school-places",
        "title": "School places for children",
        "summary": "Every child aged 5 to 16 in England has the right to a free school place, whatever their immigration status.",
        "needs": ["education", "family"],
        "help_needs": ["education", "family"],
        "body": [
            "Apply to Lancashire County Council (or Blackburn with Darwen or Blackpool council if you live there) for an in-year school place. The council must offer a place, usually within 20 school days.",
            "Children of asylum seekers can get free school meals and, in most cases, help with travel if the school is far away.",
        ],
        "rows": dict.fromkeys((AS, RAS, REF, HP, UKR, AFG, UKRS, NRPF), ("yes", "", ""))
        | {
            UAC: ("yes", "your social worker applies with you", ""),
            AS: ("yes", "free school meals too", ""),
            NRPF: (
                "yes",
                "free school meals may depend on your visa",
                "Some families with no recourse to public funds can get free school meals: ask the school.",
            ),
        },
        "steps": [
            (
                "Apply for an in-year place online or by phone",
                "Name up to three schools you would like.",
            ),
            (
                "Wait for an offer",
                "If no school near you has space, the council must still find one.",
            ),
            (
                "Visit the school and agree a start date",
                "Ask about uniform grants and English support.",
            ),
        ],
        "documents": [("Your child's date of birth", "A document is helpful but not required.")],
        "facts": [
            (
                "Usual time for the council to offer a place",
                "20",
                "days",
                datetime.date(2024, 9, 1),
                "School days, not calendar days.",
            ),
        ],
        "phones": [LANCS_COUNCIL],
        "sources": [("GOV.UK: Schools admissions", "https://www.gov.uk/schools-admissions")],
    },
    {
        "slug": "english-classes",
        "title": "English classes (ESOL)",
        "summary": "You can learn English for free at colleges and community centres across Lancashire.",
        "needs": ["english-language", "education"],
        "help_needs": ["english-language"],
        "body": [
            "ESOL means English for Speakers of Other Languages. Classes are free for most people who have been granted protection, and for asylum seekers who have waited a while for a decision.",
            "Community groups run free conversation classes that anyone can join from their first day.",
        ],
        "rows": {
            AS: (
                "depends",
                "funded college classes after 6 months waiting for a decision",
                "Community classes are open from day one.",
            ),
            RAS: ("depends", "community classes only, in most cases", ""),
            REF: ("yes", "", ""),
            HP: ("yes", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("yes", "8 hours a week for the first year", ""),
            UAC: ("yes", "through school or college", ""),
            NRPF: ("depends", "on how long you have lived in the UK", ""),
        },
        "steps": [
            (
                "Contact a college or adult learning centre",
                "They will test your level: there is no pass or fail.",
            ),
            ("Choose a class at a time that suits you", "Many centres offer free childcare."),
        ],
        "documents": [
            ("Your ARC card, BRP or visa", ""),
            ("Your Home Office letter with the date you claimed asylum", "For asylum seekers."),
        ],
        "facts": [
            (
                "Waiting time before asylum seekers can join funded college classes",
                "6",
                "months",
                datetime.date(2024, 8, 1),
                "",
            )
        ],
        "phones": [LANCS_COUNCIL],
        "sources": [
            (
                "GOV.UK: Adult skills fund funding rules",
                "https://www.gov.uk/government/publications/adult-skills-fund-funding-rules",
            )
        ],
    },
    {
        "slug": "right-to-work",
        "title": "Your right to work",
        "summary": "Refugees and most people on the Ukraine and Afghan schemes can work at once; most asylum seekers cannot.",
        "needs": ["employment"],
        "help_needs": ["employment", "legal-advice"],
        "body": [
            "Employers must check that you have the right to work. With a BRP or eVisa, you can give them a share code from GOV.UK.",
            "Asylum seekers can volunteer for a charity while they wait, but must not be paid, even in cash.",
        ],
        "rows": {
            AS: (
                "depends",
                "after 12 months waiting for a decision, for jobs on the Immigration Salary List only",
                "You must apply to the Home Office for permission.",
            ),
            RAS: ("no", "", "Working without permission can harm your case."),
            REF: ("yes", "", ""),
            HP: ("yes", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("yes", "", ""),
            UAC: ("depends", "from 16, depending on your status and school", ""),
            NRPF: ("depends", "on the conditions of your visa", ""),
        },
        "steps": [
            ("Check your status on GOV.UK", "Get a share code to give to employers."),
            (
                "Ask a job centre or employment charity for help",
                "They can help with a CV and interviews.",
            ),
        ],
        "documents": [("Your share code, BRP or eVisa details", "")],
        "facts": [
            (
                "Wait before an asylum seeker can ask for permission to work",
                "12",
                "months",
                None,
                "",
            )
        ],
        "phones": [],
        "sources": [("GOV.UK: Prove your right to work", "https://www.gov.uk/prove-right-to-work")],
    },
    {
        "slug": "universal-credit-move-on",
        "title": "Universal Credit and the move-on period after a refugee grant",
        "summary": "When you are granted protection, your asylum support stops after 56 days: claim Universal Credit and ask the council for housing help at once.",
        "needs": ["money", "housing"],
        "help_needs": ["money", "housing"],
        "body": [
            "The 56 days start on the date on your grant letter, not when you receive it. Claim Universal Credit the same week: the first payment takes about five weeks, and you can ask for an advance.",
            "Contact your district council's housing team straight away. They must help you if you will be homeless within 56 days.",
        ],
        "rows": {
            AS: ("no", "you can claim once you are granted protection", ""),
            RAS: ("no", "", ""),
            REF: ("yes", "", ""),
            HP: ("yes", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("yes", "", ""),
            UAC: ("depends", "from 18, or earlier through children's services", ""),
            NRPF: (
                "no",
                "Universal Credit is a public fund",
                "See the guide on no recourse to public funds.",
            ),
        },
        "steps": [
            (
                "Open a bank account",
                "Your grant letter and BRP or eVisa are enough for most banks.",
            ),
            ("Claim Universal Credit online", "Ask for an advance payment if you have no money."),
            (
                "Contact your council's housing team",
                "Say you are a refugee leaving asylum accommodation.",
            ),
        ],
        "documents": [
            ("Your grant letter", ""),
            ("Your BRP or eVisa share code", ""),
            ("Your National Insurance number", "It is on your grant letter or BRP."),
        ],
        "facts": [
            ("Move-on period after a grant", "56", "days", datetime.date(2023, 12, 1), ""),
            ("Usual wait for the first Universal Credit payment", "5", "weeks", None, ""),
        ],
        "phones": [("Universal Credit helpline", "0800 328 5644", "Monday to Friday, 8am to 6pm")],
        "sources": [
            ("GOV.UK: Universal Credit", "https://www.gov.uk/universal-credit"),
            (
                "GOV.UK: Housing and support after a refugee grant",
                "https://www.gov.uk/government/publications/moving-on-from-asylum-support",
            ),
        ],
    },
    {
        "slug": "no-recourse-to-public-funds",
        "title": "No recourse to public funds: what you can still get",
        "summary": "Even with no recourse to public funds, you can get NHS care, school places and, for families in need, help from the council.",
        "needs": ["money", "family", "housing"],
        "help_needs": ["money", "legal-advice", "food"],
        "body": [
            "'Public funds' are a list of benefits, such as Universal Credit and council housing. Things not on the list, like free GP care, school places and food banks, are open to you.",
            "If you have children and no money, the council's children's services must assess your family under section 17 of the Children Act 1989. You can also ask the Home Office to lift the condition if your circumstances change.",
        ],
        "rows": {
            AS: ("not_applicable", "", ""),
            RAS: ("not_applicable", "", ""),
            REF: ("not_applicable", "", ""),
            HP: ("not_applicable", "", ""),
            UKR: ("not_applicable", "", ""),
            AFG: ("not_applicable", "", ""),
            UKRS: ("not_applicable", "", ""),
            UAC: ("not_applicable", "", ""),
            NRPF: (
                "yes",
                "council support if you have children or care needs",
                "You can apply for a change of conditions.",
            ),
        },
        "steps": [
            (
                "Get free immigration advice",
                "Ask whether you can apply for a change of conditions.",
            ),
            (
                "If you have children and no money, contact children's services",
                "Asking for help does not count against your immigration case.",
            ),
        ],
        "documents": [("Your visa or BRP showing the condition", "")],
        "facts": [],
        "phones": [LANCS_COUNCIL],
        "sources": [
            ("GOV.UK: Public funds", "https://www.gov.uk/government/publications/public-funds--2")
        ],
    },
    {
        "slug": "free-legal-advice",
        "title": "Free legal advice about your immigration case",
        "summary": "Legal aid pays for a solicitor for asylum claims and appeals; only use advisers regulated by the SRA or the IAA.",
        "needs": ["legal-advice"],
        "help_needs": ["legal-advice"],
        "body": [
            "Legal aid is free for asylum cases. There are few legal aid solicitors in Lancashire, so ask early. Never pay someone who is not a regulated adviser.",
            "Charities can help with forms for family reunion, travel documents and changes of conditions.",
        ],
        "rows": {
            AS: ("yes", "legal aid covers your claim and appeal", ""),
            RAS: ("depends", "legal aid for a fresh claim if there is new evidence", ""),
            REF: ("depends", "legal aid for some matters, such as family reunion for children", ""),
            HP: ("depends", "as for refugees", ""),
            UKR: ("depends", "free advice from charities", ""),
            AFG: ("depends", "free advice from charities", ""),
            UKRS: ("depends", "free advice from charities", ""),
            UAC: ("yes", "your social worker must help you find a solicitor", ""),
            NRPF: ("depends", "legal aid is limited; some charities help for free", ""),
        },
        "steps": [
            ("Find a legal aid adviser", "Use the GOV.UK legal aid adviser finder."),
            ("Check the adviser is regulated", "Look them up on the SRA or IAA register."),
        ],
        "documents": [("All letters from the Home Office", "Keep them in one folder.")],
        "facts": [],
        "phones": [("Civil Legal Advice", "0345 345 4 345", "Monday to Friday, 9am to 8pm")],
        "sources": [
            ("GOV.UK: Find a legal aid adviser", "https://find-legal-advice.justice.gov.uk/")
        ],
    },
    {
        "slug": "travel-documents",
        # Left overdue on purpose: the demo shows the review report and the reader's notice.
        "last_reviewed": TODAY - datetime.timedelta(days=540),
        "next_review_due": TODAY - datetime.timedelta(days=170),
        "title": "Travel documents",
        "summary": "With refugee status or humanitarian protection you can apply for a Home Office travel document to go abroad.",
        "needs": ["legal-advice"],
        "help_needs": ["legal-advice"],
        "body": [
            "Refugees get a Convention travel document. It is valid for every country except the one you fled. People with humanitarian protection usually apply for a certificate of travel.",
        ],
        "rows": {
            AS: ("no", "you must not travel while your claim is decided", ""),
            RAS: ("no", "", ""),
            REF: ("yes", "Convention travel document", ""),
            HP: ("depends", "certificate of travel, if you cannot get a passport", ""),
            UKR: ("not_applicable", "use your Ukrainian passport", ""),
            AFG: ("depends", "on your status", ""),
            UKRS: ("yes", "Convention travel document", ""),
            UAC: ("depends", "on your status; your social worker can help", ""),
            NRPF: ("not_applicable", "", ""),
        },
        "steps": [("Apply online on GOV.UK", "Send photos and your BRP or eVisa details.")],
        "documents": [("2 passport photos", ""), ("Your BRP or eVisa details", "")],
        "facts": [
            (
                "Fee for an adult Convention travel document",
                "82",
                "gbp",
                datetime.date(2023, 10, 4),
                "Sample figure: check the current fee.",
            )
        ],
        "phones": [],
        "sources": [
            (
                "GOV.UK: Apply for a Home Office travel document",
                "https://www.gov.uk/apply-home-office-travel-document",
            )
        ],
    },
    {
        "slug": "family-reunion",
        "title": "Family reunion",
        "summary": "Refugees and people with humanitarian protection can apply for their partner and children under 18 to join them.",
        "needs": ["family", "legal-advice"],
        "help_needs": ["family", "legal-advice"],
        "body": [
            "Family reunion is free: there is no application fee and no need to show income. It covers the partner and children under 18 who were part of your family before you left.",
        ],
        "rows": {
            AS: ("no", "once you are granted protection", ""),
            RAS: ("no", "", ""),
            REF: ("yes", "partner and children under 18", ""),
            HP: ("yes", "partner and children under 18", ""),
            UKR: ("depends", "family members may apply to the Ukraine schemes", ""),
            AFG: ("depends", "on the scheme you came through", ""),
            UKRS: ("yes", "partner and children under 18", ""),
            UAC: (
                "no",
                "children cannot sponsor parents under these rules",
                "Ask a legal adviser about other routes.",
            ),
            NRPF: ("not_applicable", "", ""),
        },
        "steps": [
            (
                "Get free legal advice",
                "The Red Cross and legal aid advisers help with applications.",
            ),
            (
                "Your family apply online and go to a visa centre",
                "They give fingerprints and photos.",
            ),
        ],
        "documents": [
            ("Proof of your relationship", "Marriage and birth certificates, photos, messages.")
        ],
        "facts": [("Application fee", "0", "gbp", None, "")],
        "phones": [],
        "sources": [
            (
                "GOV.UK: Refugee family reunion",
                "https://www.gov.uk/settlement-refugee-or-humanitarian-protection/family-reunion",
            )
        ],
    },
    {
        "slug": "homes-for-ukraine",
        "title": "Homes for Ukraine: what you can get",
        "summary": "If you came through a Ukraine scheme you can work, claim benefits, and get help from the council to settle.",
        "needs": ["housing", "money"],
        "help_needs": ["housing", "money", "english-language"],
        "body": [
            "Your sponsor gets a monthly thank-you payment from the council. You get an interim payment on arrival, and can claim Universal Credit straight away.",
            "If living with your sponsor stops working, tell the council early: they must help you find somewhere else.",
        ],
        "rows": {
            AS: ("not_applicable", "", ""),
            RAS: ("not_applicable", "", ""),
            REF: ("not_applicable", "", ""),
            HP: ("not_applicable", "", ""),
            UKR: ("yes", "", ""),
            AFG: ("not_applicable", "", ""),
            UKRS: ("not_applicable", "", ""),
            UAC: ("depends", "children travelling alone need council approval", ""),
            NRPF: ("not_applicable", "", ""),
        },
        "steps": [
            (
                "Collect your interim payment from the council",
                "Ask your sponsor to help you arrange it.",
            ),
            ("Claim Universal Credit and register with a GP", ""),
        ],
        "documents": [("Your passport and visa or eVisa", "")],
        "facts": [
            (
                "Interim payment for each guest on arrival",
                "200",
                "gbp",
                datetime.date(2022, 3, 18),
                "",
            ),
            (
                "Thank-you payment to your sponsor",
                "350",
                "gbp_month",
                datetime.date(2022, 3, 18),
                "£500 a month after your first 12 months.",
            ),
        ],
        "phones": [LANCS_COUNCIL],
        "sources": [
            (
                "GOV.UK: Homes for Ukraine: guidance for guests",
                "https://www.gov.uk/guidance/homes-for-ukraine-guidance-for-guests",
            )
        ],
    },
    {
        "slug": "afghan-resettlement",
        "title": "Afghan resettlement: settling in Lancashire",
        "summary": "If you came through ARAP or the Afghan Citizens Resettlement Scheme you have permission to stay permanently, work and claim benefits.",
        "needs": ["housing", "community"],
        "help_needs": ["housing", "community", "english-language"],
        "body": [
            "Most people resettled from Afghanistan have indefinite leave to remain. The council's resettlement team helps with a home, school places, a GP and English classes for your first year.",
        ],
        "rows": {
            AS: ("not_applicable", "", ""),
            RAS: ("not_applicable", "", ""),
            REF: ("not_applicable", "", ""),
            HP: ("not_applicable", "", ""),
            UKR: ("not_applicable", "", ""),
            AFG: ("yes", "", ""),
            UKRS: ("not_applicable", "", ""),
            UAC: ("not_applicable", "", ""),
            NRPF: ("not_applicable", "", ""),
        },
        "steps": [
            ("Contact the council's resettlement team", "They give each family a named caseworker.")
        ],
        "documents": [("Your BRP or eVisa details", "")],
        "facts": [("Support from the resettlement team", "12", "months", None, "")],
        "phones": [LANCS_COUNCIL],
        "sources": [
            (
                "GOV.UK: Afghan Citizens Resettlement Scheme",
                "https://www.gov.uk/guidance/afghan-citizens-resettlement-scheme",
            )
        ],
    },
    {
        "slug": "help-if-you-are-not-safe",
        "title": "Help if you are not safe",
        "summary": "If someone hurts, threatens or controls you, or forces you to work, you can get help whatever your immigration status.",
        "needs": ["safety"],
        "help_needs": ["safety", "legal-advice"],
        "body": [
            "Domestic abuse, trafficking and forced work are crimes. The police and helplines will help you even if you have no documents. Victims of trafficking can get safe housing and support through the National Referral Mechanism.",
        ],
        "rows": dict.fromkeys((AS, RAS, REF, HP, UKR, AFG, UKRS, UAC, NRPF), ("yes", "", "")),
        "steps": [
            ("In danger now: call 999", "If you cannot speak, press 55 when asked."),
            ("Call a helpline when it is safe", "They can arrange an interpreter."),
        ],
        "documents": [],
        "facts": [],
        "phones": [
            DOMESTIC_ABUSE,
            ("Modern Slavery Helpline", "08000 121 700", "Every day, 24 hours"),
        ],
        "sources": [
            (
                "GOV.UK: Domestic abuse: how to get help",
                "https://www.gov.uk/guidance/domestic-abuse-how-to-get-help",
            )
        ],
    },
]
