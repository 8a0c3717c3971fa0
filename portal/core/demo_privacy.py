"""The demo privacy notice: what the portal stores and never stores, in every language.

Each sentence is its own paragraph so that wagtail-localize makes it its own segment, and
every language gets at least these key sentences translated (draft translations: a translator
with lived experience should review them before the site goes live).
"""

TITLE = "Privacy notice"
INTRODUCTION = "What this site stores about you, and what it never stores."
NEVER = "What we never store"
NO_RECORD = "We do not record what you read or search for."
NO_THIRD_PARTIES = "We use no analytics or advertising, and we load nothing from other websites."
STORED = "What we store"
COOKIE = "One cookie remembers the language you chose, on your own device."
FEEDBACK = (
    "If you answer “Was this page helpful?”, we keep your answer but nothing about who you "
    "are. Comments are deleted after 12 months."
)
ADDRESS = "To stop misuse, a scrambled form of your internet address is kept for one hour."

BODY = [
    ("heading", {"text": NEVER, "level": "h2"}),
    ("paragraph", f"<p>{NO_RECORD}</p>"),
    ("paragraph", f"<p>{NO_THIRD_PARTIES}</p>"),
    ("heading", {"text": STORED, "level": "h2"}),
    ("paragraph", f"<p>{COOKIE}</p>"),
    ("paragraph", f"<p>{FEEDBACK}</p>"),
    ("paragraph", f"<p>{ADDRESS}</p>"),
]

_KEYS = [TITLE, INTRODUCTION, NEVER, NO_RECORD, NO_THIRD_PARTIES, STORED, COOKIE, FEEDBACK, ADDRESS]

_TEXT = {
    "ar": [
        "إشعار الخصوصية",
        "ما يحفظه هذا الموقع عنك، وما لا يحفظه أبداً.",
        "ما لا نحفظه أبداً",
        "لا نسجّل ما تقرؤه أو ما تبحث عنه.",
        "لا نستخدم أدوات تحليل أو إعلانات، ولا نحمّل أي شيء من مواقع أخرى.",
        "ما نحفظه",
        "ملف تعريف ارتباط (كوكي) واحد يتذكّر اللغة التي اخترتها، على جهازك أنت.",
        "إذا أجبت عن سؤال «هل كانت هذه الصفحة مفيدة؟»، نحفظ إجابتك ولكن لا شيء عن هويتك. "
        "تُحذف التعليقات بعد 12 شهراً.",
        "لمنع إساءة الاستخدام، نحفظ صيغة مشفّرة من عنوان الإنترنت الخاص بك لمدة ساعة واحدة.",
    ],
    "prs": [
        "اطلاعیه حریم خصوصی",
        "آنچه این سایت در مورد شما ذخیره می‌کند، و آنچه هرگز ذخیره نمی‌کند.",
        "آنچه هرگز ذخیره نمی‌کنیم",
        "ما آنچه را که می‌خوانید یا جستجو می‌کنید ثبت نمی‌کنیم.",
        "ما از ابزار تحلیل یا اعلانات استفاده نمی‌کنیم و هیچ چیزی را از ویب‌سایت‌های دیگر بار نمی‌کنیم.",
        "آنچه ذخیره می‌کنیم",
        "یک کوکی زبانی را که انتخاب کرده‌اید، در دستگاه خود شما به یاد می‌سپارد.",
        "اگر به سوال «آیا این صفحه مفید بود؟» جواب بدهید، جواب شما را نگه می‌داریم، اما هیچ "
        "چیزی در مورد هویت شما را نه. نظرها بعد از 12 ماه پاک می‌شوند.",
        "برای جلوگیری از سوءاستفاده، شکل رمزشدهٔ آدرس انترنتی شما برای یک ساعت نگه داشته می‌شود.",
    ],
    "fa": [
        "اطلاعیه حریم خصوصی",
        "آنچه این سایت درباره شما ذخیره می‌کند و آنچه هرگز ذخیره نمی‌کند.",
        "آنچه هرگز ذخیره نمی‌کنیم",
        "ما آنچه را می‌خوانید یا جستجو می‌کنید ثبت نمی‌کنیم.",
        "ما از ابزارهای تحلیل یا تبلیغات استفاده نمی‌کنیم و هیچ چیزی را از وب‌سایت‌های دیگر بارگیری نمی‌کنیم.",
        "آنچه ذخیره می‌کنیم",
        "یک کوکی زبانی را که انتخاب کرده‌اید، روی دستگاه خودتان به خاطر می‌سپارد.",
        "اگر به پرسش «آیا این صفحه مفید بود؟» پاسخ دهید، پاسخ شما را نگه می‌داریم اما هیچ "
        "چیزی درباره هویت شما را نه. نظرها پس از 12 ماه پاک می‌شوند.",
        "برای جلوگیری از سوءاستفاده، شکل رمزشده‌ای از نشانی اینترنتی شما به مدت یک ساعت نگه داشته می‌شود.",
    ],
    "ps": [
        "د محرمیت خبرتیا",
        "دا سایټ ستاسو په اړه څه ساتي، او څه هېڅکله نه ساتي.",
        "هغه څه چې موږ یې هېڅکله نه ساتو",
        "موږ دا نه ثبتوو چې تاسو څه لولئ یا لټوئ.",
        "موږ د تحلیل یا اعلانونو وسایل نه کاروو، او له نورو ویب‌سایټونو هېڅ شی نه راوړو.",
        "هغه څه چې موږ یې ساتو",
        "یوه کوکي هغه ژبه په یاد ساتي چې تاسو غوره کړې، ستاسو په خپله وسیله کې.",
        "که تاسو «ایا دا پاڼه ګټوره وه؟» پوښتنې ته ځواب ورکړئ، موږ ستاسو ځواب ساتو خو ستاسو د "
        "پېژندنې په اړه هېڅ نه. تبصرې له 12 میاشتو وروسته ړنګېږي.",
        "د ناوړه ګټې اخیستنې د مخنیوي لپاره، ستاسو د انټرنیټ پتې یوه کوډ شوې بڼه د یو ساعت لپاره ساتل کېږي.",
    ],
    "ckb": [
        "ئاگادارکردنەوەی تایبەتمەندی",
        "ئەم ماڵپەڕە چی دەربارەی تۆ هەڵدەگرێت، و چی هەرگیز هەڵناگرێت.",
        "ئەوەی هەرگیز هەڵیناگرین",
        "ئێمە تۆمار ناکەین کە چی دەخوێنیتەوە یان بەدوای چیدا دەگەڕێیت.",
        "ئێمە هیچ ئامرازێکی شیکاری یان ڕیکلام بەکارناهێنین، و هیچ شتێک لە ماڵپەڕەکانی ترەوە بار ناکەین.",
        "ئەوەی هەڵیدەگرین",
        "یەک کووکی ئەو زمانەی کە هەڵتبژاردووە لەبیر دەکات، لەسەر ئامێرەکەی خۆت.",
        "ئەگەر وەڵامی «ئایا ئەم پەڕەیە سوودبەخش بوو؟» بدەیتەوە، وەڵامەکەت هەڵدەگرین بەڵام هیچ "
        "شتێک دەربارەی ئەوەی تۆ کێیت نا. لێدوانەکان دوای 12 مانگ دەسڕدرێنەوە.",
        "بۆ ڕێگریکردن لە خراپ بەکارهێنان، شێوەیەکی شێوێنراوی ناونیشانی ئینتەرنێتەکەت بۆ ماوەی یەک کاتژمێر هەڵدەگیرێت.",
    ],
    "ur": [
        "رازداری کا نوٹس",
        "یہ سائٹ آپ کے بارے میں کیا محفوظ کرتی ہے، اور کیا کبھی محفوظ نہیں کرتی۔",
        "جو ہم کبھی محفوظ نہیں کرتے",
        "ہم یہ ریکارڈ نہیں کرتے کہ آپ کیا پڑھتے ہیں یا کیا تلاش کرتے ہیں۔",
        "ہم کوئی تجزیاتی یا اشتہاری ٹول استعمال نہیں کرتے، اور دوسری ویب سائٹوں سے کچھ بھی لوڈ نہیں کرتے۔",
        "جو ہم محفوظ کرتے ہیں",
        "ایک کوکی آپ کی منتخب کردہ زبان یاد رکھتی ہے، آپ کے اپنے آلے پر۔",
        "اگر آپ «کیا یہ صفحہ مددگار تھا؟» کا جواب دیں، تو ہم آپ کا جواب رکھتے ہیں لیکن آپ کی "
        "شناخت کے بارے میں کچھ نہیں۔ تبصرے 12 مہینوں کے بعد مٹا دیے جاتے ہیں۔",
        "غلط استعمال روکنے کے لیے، آپ کے انٹرنیٹ ایڈریس کی ایک بدلی ہوئی شکل ایک گھنٹے کے لیے رکھی جاتی ہے۔",
    ],
    "uk": [
        "Повідомлення про конфіденційність",
        "Що цей сайт зберігає про вас, а що не зберігає ніколи.",
        "Чого ми ніколи не зберігаємо",
        "Ми не записуємо, що ви читаєте чи шукаєте.",
        "Ми не використовуємо аналітику чи рекламу й нічого не завантажуємо з інших сайтів.",
        "Що ми зберігаємо",
        "Один файл cookie запам’ятовує обрану вами мову — на вашому власному пристрої.",
        "Якщо ви відповідаєте на питання «Чи була ця сторінка корисною?», ми зберігаємо вашу "
        "відповідь, але нічого про те, хто ви. Коментарі видаляються через 12 місяців.",
        "Щоб запобігти зловживанням, зашифрований вигляд вашої інтернет-адреси зберігається одну годину.",
    ],
    "ru": [
        "Уведомление о конфиденциальности",
        "Что этот сайт хранит о вас, а что не хранит никогда.",
        "Что мы никогда не храним",
        "Мы не записываем, что вы читаете или ищете.",
        "Мы не используем аналитику или рекламу и ничего не загружаем с других сайтов.",
        "Что мы храним",
        "Один файл cookie запоминает выбранный вами язык — на вашем собственном устройстве.",
        "Если вы отвечаете на вопрос «Была ли эта страница полезной?», мы сохраняем ваш ответ, "
        "но ничего о том, кто вы. Комментарии удаляются через 12 месяцев.",
        "Чтобы предотвратить злоупотребления, зашифрованный вид вашего интернет-адреса хранится один час.",
    ],
    "ti": [
        "መፍለጢ ብሕታዊነት",
        "እዚ መርበብ ሓበሬታ ብዛዕባኻ እንታይ ከም ዝዕቅብ፡ እንታይ ድማ ፈጺሙ ከም ዘይዕቅብ።",
        "ፈጺምና ዘይንዕቅቦ",
        "እንታይ ከም እተንብብ ወይ እትደሊ ኣይንምዝግብን።",
        "ናይ ትንተና ወይ ናይ ምዝርጋሕ መሳርሒታት ኣይንጥቀምን፡ ካብ ካልኦት መርበባት ድማ ዋላ ሓንቲ ኣይነምጽእን።",
        "እንዕቅቦ",
        "ሓንቲ ኩኪ ዝመረጽካዮ ቋንቋ ትዝክር፡ ኣብ ናትካ መሳርሒ።",
        "ንሕቶ «እዚ ገጽ ሓጋዚ ነይሩ ድዩ?» እንተ መሊስካ፡ መልስኻ ንዕቅብ እምበር ብዛዕባ መንነትካ ዋላ "
        "ሓንቲ ኣይንዕቅብን። ርእይቶታት ድሕሪ 12 ወርሒ ይድምሰሱ።",
        "ግጉይ ኣጠቓቕማ ንምክልካል፡ ዝተቐየረ ቅርጺ ናይ ኢንተርነት ኣድራሻኻ ንሓደ ሰዓት ይዕቀብ።",
    ],
    "am": [
        "የግላዊነት ማሳሰቢያ",
        "ይህ ድረ ገጽ ስለ እርስዎ ምን እንደሚያስቀምጥ እና ፈጽሞ ምን እንደማያስቀምጥ።",
        "ፈጽሞ የማናስቀምጠው",
        "የሚያነቡትን ወይም የሚፈልጉትን አንመዘግብም።",
        "የትንተና ወይም የማስታወቂያ መሳሪያዎችን አንጠቀምም፣ ከሌሎች ድረ ገጾችም ምንም ነገር አንጭንም።",
        "የምናስቀምጠው",
        "አንድ ኩኪ የመረጡትን ቋንቋ ያስታውሳል፣ በራስዎ መሣሪያ ላይ።",
        "«ይህ ገጽ ጠቃሚ ነበር?» ለሚለው ጥያቄ ከመለሱ፣ መልስዎን እናስቀምጣለን ነገር ግን ስለ ማንነትዎ "
        "ምንም አናስቀምጥም። አስተያየቶች ከ12 ወራት በኋላ ይሰረዛሉ።",
        "አላግባብ መጠቀምን ለመከላከል፣ የኢንተርኔት አድራሻዎ የተቀየረ ቅጽ ለአንድ ሰዓት ይቀመጣል።",
    ],
    "so": [
        "Ogeysiiska asturnaanta",
        "Waxa boggan uu kaa kaydiyo, iyo waxa uusan weligii kaydin.",
        "Waxa aynaan weligeen kaydin",
        "Ma diiwaangelinno waxa aad akhrido ama raadiso.",
        "Ma isticmaalno qalab falanqeyn ama xayeysiis, waxna kama soo rarno bogag kale.",
        "Waxa aan kaydino",
        "Hal cookie ayaa xasuusta luqadda aad dooratay, qalabkaaga gaarka ah.",
        "Haddii aad ka jawaabto «Boggan ma ku caawiyay?», waxaan kaydinnaa jawaabtaada laakiin "
        "waxba kaama kaydinno cidda aad tahay. Faallooyinka waa la tirtiraa 12 bilood kadib.",
        "Si looga hortago si xun u isticmaalka, qaab la qariyay oo ah cinwaankaaga internetka ayaa la hayaa hal saac.",
    ],
    "sq": [
        "Njoftim për privatësinë",
        "Çfarë ruan kjo faqe për ju dhe çfarë nuk ruan kurrë.",
        "Çfarë nuk ruajmë kurrë",
        "Ne nuk regjistrojmë çfarë lexoni apo kërkoni.",
        "Nuk përdorim analitika apo reklama dhe nuk ngarkojmë asgjë nga faqe të tjera.",
        "Çfarë ruajmë",
        "Një cookie mban mend gjuhën që keni zgjedhur, në pajisjen tuaj.",
        "Nëse përgjigjeni te «A ishte e dobishme kjo faqe?», ruajmë përgjigjen tuaj, por asgjë "
        "për atë se kush jeni. Komentet fshihen pas 12 muajsh.",
        "Për të parandaluar keqpërdorimin, një formë e koduar e adresës suaj të internetit ruhet për një orë.",
    ],
    "fr": [
        "Politique de confidentialité",
        "Ce que ce site conserve à votre sujet, et ce qu’il ne conserve jamais.",
        "Ce que nous ne conservons jamais",
        "Nous n’enregistrons pas ce que vous lisez ou recherchez.",
        "Nous n’utilisons ni outil de mesure d’audience ni publicité, et nous ne chargeons rien depuis d’autres sites.",
        "Ce que nous conservons",
        "Un cookie retient la langue que vous avez choisie, sur votre propre appareil.",
        "Si vous répondez à « Cette page vous a-t-elle été utile ? », nous gardons votre réponse, "
        "mais rien sur qui vous êtes. Les commentaires sont supprimés après 12 mois.",
        "Pour empêcher les abus, une forme brouillée de votre adresse internet est conservée pendant une heure.",
    ],
    "vi": [
        "Thông báo về quyền riêng tư",
        "Những gì trang web này lưu về bạn, và những gì không bao giờ lưu.",
        "Những gì chúng tôi không bao giờ lưu",
        "Chúng tôi không ghi lại những gì bạn đọc hoặc tìm kiếm.",
        "Chúng tôi không dùng công cụ phân tích hay quảng cáo, và không tải bất cứ thứ gì từ trang web khác.",
        "Những gì chúng tôi lưu",
        "Một cookie ghi nhớ ngôn ngữ bạn đã chọn, trên chính thiết bị của bạn.",
        "Nếu bạn trả lời câu hỏi “Trang này có hữu ích không?”, chúng tôi giữ câu trả lời của bạn "
        "nhưng không giữ gì về danh tính của bạn. Bình luận sẽ bị xóa sau 12 tháng.",
        "Để ngăn chặn lạm dụng, một dạng đã mã hóa của địa chỉ internet của bạn được giữ trong một giờ.",
    ],
}

# language → {English segment: translation}, as page_translate_everywhere takes them
TRANSLATIONS = {language: dict(zip(_KEYS, texts, strict=True)) for language, texts in _TEXT.items()}
