# Sauti UI strings, Pashto (ps), written right to left.
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories for ps: one, other; numbers are written { NUMBER($n) } or through a selector: Pashto digits (۱۲۳).

app-title = Sauti
lang-label = ژبه
lang-unreviewed = دا ژباړه لا د دې ژبې د ویونکي له خوا نه ده کتل شوې. تېروتنې خپل څارونکي ته ووایاست.
nav-skip = منځپانګې ته ورشئ

## Setting up a phone
setup-title = دا ټیلیفون چمتو کړئ
setup-intro = یو ځل آنلاین ننوځئ. بیا هر څه چې راټولوئ په دې ټیلیفون کې د داسې پټې جملې سره تړل کېږي چې یوازې تاسو یې پېژنئ.
setup-username = کارن نوم
setup-password = پټنوم
setup-passphrase = نوې پټه جمله
setup-passphrase-hint = لږ تر لږه ۸ توري. بیرته نه شي ترلاسه کېدای: که یې هېره کړئ، هغه ریکارډونه چې لا همغږي شوي نه دي له منځه ځي.
setup-passphrase-confirm = پټه جمله بیا ولیکئ
setup-submit = ننوځئ او قلف یې کړئ
setup-busy = ننوتل روان دي…
err-passphrase-short = پټه جمله باید لږ تر لږه ۸ توري ولري.
err-passphrase-mismatch = دواړه پټې جملې یو شان نه دي.
err-sign-in = کارن نوم یا پټنوم غلط دی.
err-too-many-attempts = ډېر غلط پټنومونه. لږ انتظار وکړئ، بیا هڅه وکړئ.
err-busy = سرور د نورو پټنومونو په کتلو بوخت دی. یوه شېبه انتظار وکړئ، بیا هڅه وکړئ. هېڅ شی له لاسه نه دی تللی.
err-network = سرور ته رسېدل نه کېږي، که څه هم ټیلیفون آنلاین دی. هېڅ شی له لاسه نه دی تللی.
err-offline = دا ټیلیفون آفلاین دی. هېڅ شی له لاسه نه دی تللی: کله چې وصل شو بیا همغږي کړئ.
err-timeout = سرور په وخت ځواب ورنکړ، نو ټیلیفون انتظار پرېښود. هېڅ شی له لاسه نه دی تللی.
err-chunk = دا پاڼه لا په ټیلیفون کې نشته. یو ځل شبکې ته وصل شئ، بیا یې پرانیزئ. هېڅ شی له لاسه نه دی تللی.
err-server = سرور ونه شو کولای غوښتنه پوره کړي (تېروتنه { $status }). هېڅ شی له لاسه نه دی تللی.

## Unlocking
unlock-title = پرانیستل
unlock-intro = د خپلو ریکارډونو د پرانیستلو لپاره خپله پټه جمله ولیکئ.
unlock-passphrase = پټه جمله
unlock-submit = پرانیستل
unlock-busy = پرانیستل روان دي…
unlock-user = دا ټیلیفون د { $user } لپاره چمتو شوی.
unlock-wait = ډېرې غلطې هڅې. { $seconds ->
        [one] له { $seconds } ثانیې وروسته بیا هڅه وکړئ.
       *[other] له { $seconds } ثانیو وروسته بیا هڅه وکړئ.
    }
locked-idle = له ۱۰ دقیقو بې کارۍ وروسته قلف شو.
err-wrong-passphrase = پټه جمله غلطه ده. هېڅ شی بدل نه شو.
passphrase-change = پټه جمله بدله کړئ
passphrase-current = اوسنۍ پټه جمله
passphrase-changed = پټه جمله بدله شوه. له اوس وروسته نوې وکاروئ.
cancel = لغوه

## Home
home-title = مرکې
home-new = نوې مرکه
home-sync = اوس همغږي کړئ
home-lock = قلف
home-drafts = مسودې
home-queued = د همغږۍ په تمه
home-synced = همغږي شوي
home-rejected = د سرور له خوا رد شوي
home-empty = هېڅ
home-resume = دوام
home-offline-ready = فورمه له انټرنټ پرته د کارولو لپاره چمتو ده: { $form }
update-ready = د Sauti نوې نسخه چمتو ده.
update-now = اوس یې تازه کړئ
home-storage = په دې ټیلیفون کې کارول شوې حافظه: { NUMBER($percent) }٪
home-keep = همغږي شوي ریکارډونه په دې ټیلیفون کې { $days ->
        [one] { $days } ورځ
       *[other] { $days } ورځې
    } پاتې کېږي، بیا لرې کېږي.
storage-warning = د دې ټیلیفون حافظه { NUMBER($percent) }٪ ډکه ده. ژر همغږي کړئ: نوې مرکې په ۹۵٪ کې درېږي.
storage-warning-free = د دې ټیلیفون حافظه { NUMBER($percent) }٪ ډکه ده. په ټیلیفون کې ځای خالي کړئ (انځورونه، ویډیوګانې، نور اپلیکیشنونه): نوې مرکې په ۹۵٪ کې درېږي.
err-storage-nearly-full = د دې ټیلیفون حافظه { NUMBER($percent) }٪ ډکه ده. له نوې مرکې مخکې همغږي کړئ یا ځای خالي کړئ، څو هېڅ مرکه د ساتلو پر مهال پاتې رانشي.
err-storage-nearly-full-free = د دې ټیلیفون حافظه { NUMBER($percent) }٪ ډکه ده او هېڅ شی د لېږلو په تمه نه دی، نو همغږي مرسته نه کوي. له نوې مرکې مخکې په ټیلیفون کې ځای خالي کړئ (انځورونه، ویډیوګانې، نور اپلیکیشنونه).
sync-busy = همغږي روانه ده…
sync-done = همغږي بشپړه شوه: { NUMBER($accepted) } ولېږل شول، { NUMBER($duplicates) } دمخه په سرور کې وو، { NUMBER($rejected) } رد شول.
sync-nothing = د همغږۍ لپاره هېڅ نشته.
sync-new-form = د فورمې نوې نسخه له انټرنټ پرته د کارولو لپاره چمتو ده: { $form }.
sync-edited = { $n ->
        [one] له دوی څخه { $n } د معلوماتو مسؤل په سرور کې سم کړی و؛ سمون ساتل کېږي.
       *[other] له دوی څخه { $n } د معلوماتو مسؤل په سرور کې سم کړي وو؛ سمونونه ساتل کېږي.
    }
record-edited = د معلوماتو مسؤل په سرور کې سم کړی؛ سمون ساتل کېږي.
record-recheck = د کتنې لپاره بیا یې ولېږئ
record-sent-back = د کتونکي له خوا بېرته لېږل شوی: { $comment }
sync-progress = له { NUMBER($total) } څخه { NUMBER($done) } لېږل کېږي…
sync-retry = { $seconds ->
        [one] له { $seconds } ثانیې وروسته بیا هڅه کېږي؛ ستاسو ریکارډونه په ټیلیفون کې خوندي دي.
       *[other] له { $seconds } ثانیو وروسته بیا هڅه کېږي؛ ستاسو ریکارډونه په ټیلیفون کې خوندي دي.
    }
sync-offline-wait = دا ټیلیفون آفلاین دی. ستاسو ریکارډونه پکې خوندي دي؛ کله چې اړیکه بېرته راشي لېږل کېږي.
home-auto-send = کله چې آنلاین وي په خپله یې ولېږئ
err-device-revoked = دا ټیلیفون نور د همغږۍ اجازه نه لري: لاسرسی یې لغوه شوی یا یې موده پای ته رسېدلې. ستاسو ریکارډونه په ټیلیفون کې پاتې کېږي. له خپل څارونکي وغواړئ چې بیا یې چمتو کړي.
err-batch-malformed = سرور ونه شو کولای لېږل شوي ریکارډونه ولولي. هېڅ شی له لاسه نه دی تللی.
err-bad-request = دا کار لکه څنګه چې غوښتل شوی و ونه شو. هغه څه چې مو لیکلي وګورئ او بیا هڅه وکړئ.
err-form-unknown = سرور د فورمې دا نسخه نه پېژني. هېڅ شی له لاسه نه دی تللی.
err-too-large = په یو ځل ډېر څه ولېږل شول. هېڅ شی له لاسه نه دی تللی.
err-unauthorized = لومړی ننوځئ.
err-forbidden = تاسو د دې کار اجازه نه لرئ.
err-not-found = ونه موندل شو.
err-conflict = په دې منځ کې چا دا ریکارډ بدل کړ. بیا یې پورته کړئ او بیا هڅه وکړئ.
err-internal = سرور له ستونزې سره مخ شو. هېڅ شی له لاسه نه دی تللی؛ وروسته بیا هڅه وکړئ.
err-refusal-with-answers = یو انکار د ځوابونو سره ولېږل شو، نو ونه ساتل شو.
err-receipt-reused = بل ریکارډ دمخه دا د رسید کوډ لري.

## Errors from storage and the vault
err-tampered = ریکارډ { $id } نه پرانیستل کېږي: بدل شوی یا زیانمن شوی. ستاسو نور ریکارډونه خوندي دي.
err-malformed-storage = د { $id } لپاره ساتل شوي معلومات په داسې بڼه کې دي چې دا اپلیکیشن یې نه پوهېږي.
err-weak-vault = د خزانې ساتل شوې تنظیمات له اجازه ورکړل شوي حد څخه کمزوري دي.
err-no-random = دا براوزر خوندي تصادفي شمېرې نه شي جوړولای.
err-storage-full = د ټیلیفون حافظه ډکه ده. هېڅ شی له لاسه نه دی تللی: په ټیلیفون کې ځای خالي کړئ (انځورونه، ویډیوګانې، نور اپلیکیشنونه)، بیا یې وساتئ.
err-storage-write = ټیلیفون ونه شو کولای په خپله حافظه کې ولیکي ({ $reason }). دا ونه ساتل شو: بیا هڅه وکړئ.
err-invalid-answers = دا ځوابونه د فورمې قواعد ماتوي؛ هره برخه وګورئ.
err-invalid-policy = پالیسي نه شي کارېدای؛ هره ستونزه د خپل ځای سره لیست شوې.
err-form-expression = فورمه داسې افاده لري چې نه لوستل کېږي.
err-form-definition = د فورمې تعریف سم نه دی.
err-form-files-missing = دا فورمه هغه فایلونه لولي چې لا نه دي نښلول شوي: ویې نښلوئ، بیا یې خپره کړئ.

## Consent
consent-title = رضایت
consent-language = د ځواب ورکوونکي ژبه
consent-read = دا ځواب ورکوونکي ته ولولئ:
consent-controller = مسؤل سازمان: { $controller }
consent-purposes = ځواب ورکوونکی موافق دی چې:
consent-method = رضایت څنګه ورکول کېږي
consent-method-signature = په پرده لاسلیک
consent-method-verbal = د شاهد په وړاندې خولې رضایت
consent-method-mark = د شاهد په وړاندې نښه (X یا د ګوتې ټاپه)
consent-method-guardian = ماشوم: د هغه موافقه او د مور، پلار یا سرپرست رضایت
consent-method-proxy = یو څوک د هغه چا په استازیتوب رضایت ورکوي چې نه شي ورکولای
consent-minimum-age = د { NUMBER($age) } کلونو څخه د کم عمر ځواب ورکوونکو لپاره.
consent-guardian = د مور، پلار یا سرپرست نوم
consent-proxy = د هغه چا نوم چې د هغه په استازیتوب رضایت ورکوي
consent-relationship = له ځواب ورکوونکي سره اړیکه
consent-assent = ماشوم د ګډون سره موافق دی
consent-reason = ولې ځواب ورکوونکی پخپله رضایت نه شي ورکولای
consent-missing-representative = د رضایت ورکوونکي نوم او د هغوی اړیکه ولیکئ.
consent-missing-assent = له ماشوم وپوښتئ چې ایا موافق دی، او بکس یوازې هغه وخت په نښه کړئ چې موافق وي.
consent-missing-reason = ولیکئ چې ولې ځواب ورکوونکی پخپله رضایت نه شي ورکولای.
consent-required-purpose = دا کارونه د ګډون لپاره اړینه ده. له دې پرته، انکار ثبت کړئ.
consent-signature-pad = د لاسلیک ځای: ځواب ورکوونکی دلته لاسلیک کوي
consent-signature-clear = لاسلیک پاک کړئ
consent-kept-for = { $days ->
        [one] { $days } ورځ ساتل کېږي.
       *[other] { $days } ورځې ساتل کېږي.
    }
consent-shared-for = کېدای شي له { $who } سره شریک شي.
consent-witness = د شاهد نوم
consent-access = څلور عددونه چې ځواب ورکوونکی یې غوره کوي (اختیاري)
consent-access-hint = پن یا د زېږېدو کال. د رسید له کوډ سره، هغه ته اجازه ورکوي چې وروسته خپل رضایت وګوري یا بېرته یې واخلي.
consent-bad-access = دقیقاً څلور عددونه ولیکئ، یا یې خالي پرېږدئ.
consent-understanding = ډاډ ترلاسه کړئ چې ځواب ورکوونکی پوه شوی: هره پوښتنه وپوښتئ.
consent-yes = هو
consent-no = نه
consent-explain-again = بشپړ سم نه دی. دا بیا تشریح کړئ، بیا یو ځل بیا وپوښتئ:
consent-not-understood = د پوهې هره پوښتنه وپوښتئ تر هغه چې هر ځواب سم شي.
consent-listen = د دې متن ثبت شوی غږ ځواب ورکوونکي ته واوروئ:
consent-give = رضایت ورکړل شو: پیل
consent-refuse = ځواب ورکوونکی انکار کوي
err-consent-no-purpose = لږ تر لږه یو موخه وټاکئ، یا انکار ثبت کړئ.
err-consent-no-signature = لومړی له ځواب ورکوونکي وغواړئ چې لاسلیک وکړي.
err-consent-no-witness = د شاهد نوم ولیکئ.
consent-unknown-template = سرور د رضایت کېنډۍ نه پېژني.
consent-text-mismatch = ښودل شوی د رضایت متن له کېنډۍ سره سمون نه خوري.
consent-no-purpose = هېڅ موخه ونه منل شوه.
consent-unknown-purpose = سرور یوه موخه نه پېژني.
consent-missing-witness = د شاهد نوم نشته.
consent-missing-signature = لاسلیک نشته.

## Interview
interview-next = بل
interview-back = شاته
interview-save = ساتل
interview-save-draft = مسوده وساتئ او ووځئ
interview-draft-saved = مسوده په دې ټیلیفون کې وساتل شوه.
geo-locate = ځای ثبت کړئ
geo-map = په نقشه کې یې وګورئ
geo-busy = ځای موندل کېږي…
geo-done = ځای ثبت شو (دقت شاوخوا { NUMBER($accuracy) } متره).
geo-failed = ځای ونه موندل شو. وګورئ چې د ځای خدمت فعال او د دې پاڼې لپاره اجازه لري، یا یې ولیکئ.
geo-add-location = زما ځای ور زیات کړئ
geo-add-point = دا ټکی ور زیات کړئ
geo-latitude = عرض البلد
geo-longitude = طول البلد
geo-remove-point = ټکی { $n } لرې کړئ
geo-no-points = لا تر اوسه هیڅ ټکی نشته. په هر ټکي کې ودرېږئ او خپل ځای ور زیات کړئ، یا یې ولیکئ.
geo-points-summary = { $count ->
        [one] ۱ ټکی
       *[other] { $count } ټکي
    } · اوږدوالی { $length } متره
geo-area = مساحت { $area } م² ({ $hectares } هکتاره)
interview-required = اړین
interview-add-member = اضافه کړئ: { $label }
interview-remove-member = لرې کړئ { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = وټاکئ…
choices-search = د لټون لپاره ولیکئ
choices-count = { $count ->
        [one] { $count } انتخاب: د هغه چې غواړئ یې څو توري ولیکئ.
       *[other] { $count } انتخابونه: د هغه چې غواړئ یې څو توري ولیکئ.
    }
choices-found = { NUMBER($count) } وموندل شول
choices-more = له { NUMBER($count) } موندل شویو لومړي { NUMBER($shown) }: نور توري ولیکئ.
choices-none = هېڅ ونه موندل شول: املا وګورئ، یا د نوم پیل وازمویئ.
date-day = ورځ
date-month = میاشت
date-year = کال
date-no-such-day = دا ورځ په دې جنتري کې نشته.
date-gregorian = د { $date } په توګه وساتل شو (میلادي جنتري).
date-called = په دې جنتري کې هغه ورځ { $date } لیکل کېږي.
date-waxing = مخ په زیاتېدو سپوږمۍ { $day }
date-full-moon = بشپړه سپوږمۍ
date-waning = مخ په کمېدو سپوږمۍ { $day }
date-new-moon = نوې سپوږمۍ
prompt-listen = پوښتنه واورئ
prompt-watch = د پوښتنې ویډیو وګورئ
interview-guidance = څنګه وپوښتئ
interview-page = پاڼه { NUMBER($n) } له { NUMBER($total) }
interview-has-errors = ځینې ځوابونه پاملرنې ته اړتیا لري.
overview-open = برخې
overview-title = برخې
overview-close = پوښتنو ته بېرته
overview-answered = له { NUMBER($required) } اړینو پوښتنو څخه { NUMBER($answered) } ځواب شوې
overview-nothing-required = هېڅ اړین نه دی
overview-problems = { $count ->
        [one] { NUMBER($count) } ځواب سمون ته اړتیا لري
       *[other] { NUMBER($count) } ځوابونه سمون ته اړتیا لري
    }
overview-part = { $title } ({ NUMBER($n) } له { NUMBER($total) })
overview-untitled = پاڼه { NUMBER($n) }
field-required = دا ځواب اړین دی.
field-constraint = دا ځواب اجازه نه لري.
field-not-integer = یوه بشپړه شمېره ولیکئ.
field-not-number = یوه شمېره ولیکئ.
field-not-date = یوه نېټه ولیکئ.
field-not-time = یو وخت ولیکئ.
field-not-geopoint = ځای د عرض البلد او طول البلد په توګه ولیکئ، د بېلګې په توګه -1.29 36.82.
field-not-geotrace = یوه کرښه لږ تر لږه ۲ ټکو ته اړتیا لري، هر یو د عرض البلد او طول البلد سره.
field-not-geoshape = یوه سیمه لږ تر لږه ۳ ټکو ته اړتیا لري، هر یو د عرض البلد او طول البلد سره.
capture-kept = په دې ټیلیفون کې ساتل شوی، د ریکارډ سره قلف: { NUMBER($size) } KB.
capture-reading = فایل لوستل کېږي…
capture-unreadable = دا فایل ونه لوستل شو. بیا هڅه وکړئ، یا بل فایل وټاکئ.
capture-remove = فایل لرې کړئ
field-unknown-choice = له انتخابونو څخه یو وټاکئ.
field-unknown = دا ځواب د فورمې برخه نه ده.
field-not-relevant = دا ځواب باید دلته ورنکړل شي.
field-calculation = یو حساب شوی ارزښت زوړ شوی.
field-wrong-shape = دا ځواب غلطه بڼه لري.
field-wrong-attachment = دا فایل د هغه ډول نه دی چې پوښتنه یې غواړي.
field-attachment-too-large = دا فایل د ټیلیفون لپاره ډېر لوی دی: تر ټولو ډېر ۱٫۵ MB.
field-off-the-scale = په ښودل شوي پیمانه کې یو ارزښت وټاکئ.
field-not-ranked = هر انتخاب په ترتیب کېږدئ، هر یو یو ځل.
range-unset = لا ځواب نه دی ورکړل شوی
range-less = لږ
range-more = ډېر
rating-star = { NUMBER($n) } له { NUMBER($max) }
rank-up = پورته یې کړئ
rank-down = ښکته یې کړئ
rank-keep = همدا ترتیب وساتئ

## Receipt
receipt-title = رسید
withdrawal-title = د رضایت بېرته اخیستل ثبت کړئ
withdrawal-receipt = د هغه ځواب ورکوونکي د رسید کوډ چې رضایت بېرته اخلي
withdrawal-hint = د هغه ټول رضایت بېرته اخیستل کېږي او ځوابونه یې په راتلونکې همغږۍ کې پاکېږي.
withdrawal-submit = هر څه بېرته واخلئ
withdrawal-recorded = بېرته اخیستل ثبت شول: د راتلونکې همغږۍ سره ځي.
withdrawal-bad-code = دا د رسید کوډ د لیکلو تېروتنه لري: له ځواب ورکوونکي سره یې وګورئ.
withdrawal-access = د ځواب ورکوونکي څلور عددونه، که یې ټاکلي وي
withdrawal-access-hint = هغه وخت اړین دي چې بل مرکه کوونکي د دې ځواب ورکوونکي رضایت اخیستی وي او هغه مهال یې څلور عددونه ټاکلي وي: له دوی پرته بېرته اخیستل ردېږي. د هغه رضایت لپاره اړین نه دي چې تاسو پخپله اخیستی.
withdrawal-bad-digits = عددونه باید هغه څلور وي چې ځواب ورکوونکي د رضایت پر مهال ټاکلي. له هغه سره یې وګورئ، یا بکس خالي پرېږدئ.
withdrawal-refused = د { $code } لپاره بېرته اخیستل رد شول: د ځواب ورکوونکي څلور عددونه نه وو یا غلط وو. له ځواب ورکوونکي خپل عددونه وپوښتئ او بېرته اخیستل بیا ثبت کړئ، یا یې د ټولنې پاڼې یا د پروژې اړیکې کس ته ولېږئ.
withdrawal-refused-dismiss = پوه شوم
sync-withdrawals-refused = رد شوي بېرته اخیستنې: { NUMBER($n) }. لامل په دې پاڼه کې وګورئ.
receipt-intro = دا کوډ ځواب ورکوونکي ته ورکړئ. په دې سره کولای شي وروسته خپل رضایت وګوري، محدود یې کړي یا بېرته یې واخلي.
receipt-qr = د رسید QR کوډ: د کتنې پاڼه د ډک شوي کوډ سره پرانیزي
receipt-where = د دې رضایت د کتلو یا بېرته اخیستلو لپاره وروسته: { $page }، د کوډ او ټاکل شویو څلورو عددونو سره.
receipt-print = یوه پاڼه چاپ کړئ
receipt-refused = انکار ثبت شو. هېڅ ځواب ونه ساتل شو.
receipt-saved = په دې ټیلیفون کې وساتل او کوډ شو.
receipt-done = مرکو ته بېرته

## Data steward
steward-title = سپارل شوي
admin-upload-title = فورمې
admin-upload-intro = پوښتنلیک د XLSForm په توګه (.xlsx یا .xls، لکه د ODK یا KoboToolbox لپاره) یا د Sauti فورمه (.json) پورته کړئ. دا د پروژې د فورمې نوې نسخه کېږي؛ ټیلیفونونه یې په راتلونکې همغږۍ کې ترلاسه کوي.
admin-upload-label = د پوښتنلیک فایل
admin-upload-done = «{ $form }» راوړل شو ({ $id }، نسخه { $version }): { $questions ->
        [one] { $questions } پوښتنه.
       *[other] { $questions } پوښتنې.
    }
steward-sign-in = ننوتل
steward-username = کارن نوم
steward-password = پټنوم
steward-sign-out = وتل
steward-approve = تایید
steward-reject = رد
steward-empty = لا هېڅ شی نه دی سپارل شوی.
steward-state-received = ترلاسه شوی
steward-state-approved = تایید شوی
steward-state-rejected = رد شوی
steward-state-has_issues = بېرته لېږل شوی
steward-state-edited = سم شوی
review-send-back = بېرته ولېږئ
review-send-back-title = ریکارډ { $receipt } خپل مرکه کوونکي ته بېرته ولېږئ
review-send-back-label = مرکه کوونکی باید څه وګوري؟
review-cancel = لغوه
exports-title = صادرول
exports-intro = هر صادرول یوازې هغه څه بهر ته پرېږدي چې د پروژې پالیسي یې اجازه ورکوي: تایید شوي ریکارډونه چې ځواب ورکوونکو یې موخه منلې وي.
exports-form = هغه فورمه چې صادرېږي (د هغې ټولې خپرې شوې نسخې)
exports-k = هغه ریکارډونه چې جلا به ښکارېدل (له { NUMBER($k) } ورته څخه کم) ساتل کېږي.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = د بېرته اخیستلو خبرتیا: څوک باید څه پاک کړي (CSV)
exports-xlsx = Excel (هر جدول)
exports-table = جدول «{ $table }» (CSV)
steward-refused = رضایت رد شو
steward-purposes = موخې: { $purposes }
steward-explained-again = له رضایت مخکې بیا تشریح شو: { $points }
steward-col-receipt = رسید
steward-col-received = ترلاسه شوی
steward-col-area = سیمه
steward-col-state = حالت
steward-col-actions = کړنې
err-session = ستاسو ناسته پای ته ورسېده. بیا ننوځئ.
community-title = ستاسو رضایت
community-intro = هغه د رسید کوډ چې درکړل شوی و او هغه څلور عددونه چې د رضایت پر مهال مو ټاکلي ولیکئ. تاسو به وګورئ چې له څه سره موافق شوي یاست او چا ستاسو ځوابونه ترلاسه کړي، او کولای شئ رضایت بېرته واخلئ.
community-receipt = د رسید کوډ
community-receipt-hint = د بېلګې په توګه 7K3M-9QPA-X2RT-5. لوی یا واړه توري، د کرښې سره یا پرته.
community-access = ستاسو څلور عددونه
community-access-hint = هغه پن یا د زېږېدو کال چې مو ټاکلی.
community-look-up = زما رضایت وښیه
community-not-found = هېڅ رضایت له دې کوډ او دې عددونو سره سمون نه خوري. دواړه وګورئ او بیا هڅه وکړئ. که مو خپل رضایت بېرته اخیستی وي، نور هېڅ نه ساتل کېږي، حتی ستاسو عددونه.
community-wait = ډېرې هڅې. څو دقیقې انتظار وکړئ، بیا هڅه وکړئ.
err-code-locked = دا د رسید کوډ له ډېرو غلطو عددونو وروسته قلف شوی، څو د هغه چا ساتنه وشي چې کوډ یې دی. هغه لا هم کولای شي د یو مرکه کوونکي یا د پروژې د اړیکې کس له لارې خپل رضایت وګوري یا بېرته واخلي.
community-your-consent = هغه څه چې تاسو ورسره موافق شوي یاست
community-given = په { $date }، { $enumerator } ستاسو رضایت د { $controller } لپاره ثبت کړ.
community-refused = په { $date } تاسو نه وویل. د هغه څه هېڅ برخه چې تاسو وویل ونه ساتل شوه.
community-withdrawn = تاسو په { $date } خپل رضایت بېرته واخیست. ستاسو ځوابونه پاک شول.
community-deleted = ستاسو ځوابونه په { $date } پاک شول، د هغې مودې په پای کې چې ساتل کېدای شول.
community-purposes = ستاسو ځوابونه د څه لپاره کارېږي
community-purpose-active = په کار کې
community-purpose-withdrawn = په { $date } بېرته اخیستل شوی
community-not-accepted = تاسو موافق نه شوئ له: { $purposes }.
community-held = کوم ډول معلومات ساتل کېږي
community-sensitive = ځینې یې حساس دي: { $categories }.
community-shared = چا ستاسو ځوابونه ترلاسه کړي
community-not-shared = د پروژې له ټیم بهر هېچا نه دي ترلاسه کړي.
community-shared-with = { $recipient }، په { $date }
community-contact = پوښتنې: { $controller }، { $contact }.
community-withdraw-chosen = نښه شوې کارونې بېرته واخلئ
community-withdraw-all = هر څه بېرته واخلئ
community-withdraw-all-confirm = هو، زما ټول ځوابونه همدا اوس پاک کړئ
community-receipt-json = دا د رضایت رسید وساتئ (JSON)
community-kept-for = { $days ->
        [one] { $days } ورځ ساتل کېږي.
       *[other] { $days } ورځې ساتل کېږي.
    }
community-shared-for = کېدای شي له { $who } سره شریک شي.

## Dead ends and the consent screen (issue 21)
consent-cancel = لغوه
err-consent-no-method = وټاکئ چې رضایت څنګه ورکول کېږي.
consent-access-skip = له څلورو عددونو پرته، ځواب ورکوونکی د ټولنې پاڼه نه شي کارولای: یوازې د پروژې د اړیکې کس کولای شي هغه ته خپل رضایت وښيي یا یې بېرته واخلي.
consent-signature-label = ځواب ورکوونکی د لاندې بکس دننه په ګوته لاسلیک کوي یا نښه ږدي.
receipt-no-digits = څلور عددونه ونه ټاکل شول، نو د ټولنې پاڼه دا رضایت نه شي پرانیستلای. د کتلو یا بېرته اخیستلو لپاره، ځواب ورکوونکی له دې کوډ سره د پروژې د اړیکې کس یا مرکه کوونکي ته ورځي.
home-discard = غورځول
home-discard-confirm = مسوده «{ $name }» وغورځول شي؟ د هغې ځوابونه او په هغې کې ثبت شوی رضایت له دې ټیلیفون څخه پاکېږي. دا بېرته نه شي کېدای.
home-discard-yes = مسوده وغورځوئ
home-discard-no = وې ساتئ
home-draft-discarded = مسوده له دې ټیلیفون څخه پاکه شوه.
home-form-waiting = د فورمې نوې نسخه په تمه ده. مسوده په هغه نسخه بشپړېږي چې پرې پیل شوې وه: لاندې هره مسوده بشپړه کړئ یا یې وغورځوئ، او نوې نسخه به په راتلونکې همغږۍ کې راشي.
sync-new-form-waits = د فورمې نوې نسخه په تمه ده: د کارولو لپاره یې مسودې بشپړې کړئ یا وغورځوئ.
home-withdrawals-pending = د لېږلو په تمه بېرته اخیستنې
sync-withdrawals-done = { $n ->
        [one] { $n } بېرته اخیستنه ترسره شوه.
       *[other] { $n } بېرته اخیستنې ترسره شوې.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = څه چې راټول شول
dashboard-by-area = مرکې د سیمې له مخې
dashboard-by-month = مرکې د سیمې او میاشتې له مخې
dashboard-area = سیمه
dashboard-total = ټول
dashboard-earlier = مخکې
dashboard-other-areas = نورې سیمې
dashboard-indicators = څه چې تاسو موږ ته وویل
dashboard-all-areas = ټولې سیمې
dashboard-share = { $share } (له { NUMBER($total) } څخه { NUMBER($n) })
dashboard-actions = څه چې موږ وکړل
dashboard-no-actions = تر اوسه هیڅ نه دي خپاره شوي.
dashboard-counted = شمېرل شوي: تایید شوې مرکې چې ځواب ورکوونکو یې له دې کارونې سره موافقه کړې:
dashboard-privacy = د هرې کورنۍ د ساتنې لپاره، یوه شمېره یوازې هغه وخت ښودل کېږي چې لږ تر لږه { NUMBER($k) } مرکې وشمېري؛ — هغه شمېره په ګوته کوي چې د همدې دلیل لپاره پټه شوې، یا پټه شوې ترڅو یوه کوچنۍ شمېره له نورو څخه ونه ایستل شي. بېرته اخیستل شوې مرکه په راتلونکي تازه کېدو کې له دې شمېرو وځي.
dashboard-updated = تازه شوی
dashboard-feedback = ستاسو نظرونه او شکایتونه
dashboard-feedback-kind = ډول
dashboard-feedback-received = ترلاسه شوي
dashboard-feedback-answered = ځواب شوي
dashboard-feedback-median = تر ځواب پورې منځنۍ ورځې
dashboard-feedback-confidential = پټ راپورونه (ناوړه ګټه اخیستنه، درغلي)، ټول یوځای
dashboard-feedback-how = نظر، پوښتنه یا شکایت د ټولنې په پاڼه کې ولېږئ، که غواړئ پرته له نوم؛ د تعقیب کوډ وساتئ ترڅو ځواب ولولئ.
dashboard-action-about = موضوع: { $categories }
dashboard-action-answers = هغه نظرونه چې ځواب یې ورکوي: { NUMBER($n) }
dashboard-action-answers-few = د نظرونو په ځواب کې (له { NUMBER($k) } پیغامونو لږ)
dashboard-monitor-title = ټولنیز څارونکی: { $project }
dashboard-monitor-intro = یوازې شمېرې او نېټې: دلته هیڅ شی د چا نوم نه اخلي او نه وايي چې چا څه ځواب ورکړی. له { NUMBER($k) } لږ شمېر پټ دی (—).
dashboard-monitor-dashboard = عامه ډشبورډ
dashboard-monitor-actions = په ځواب کې خپاره شوي اقدامات: { NUMBER($n) }
dashboard-monitor-exports = چا معلومات ترلاسه کړل
dashboard-monitor-date = نېټه
dashboard-monitor-export-to = ترلاسه کوونکی
dashboard-monitor-export-profile = پروفایل
dashboard-monitor-records = ریکارډونه
dashboard-monitor-export-withheld = ساتل شوي (k-بې‌نومي)
dashboard-monitor-no-exports = هیڅ معلومات نه دي صادر شوي.
dashboard-monitor-operator = چلوونکی (د قوماندې کرښه)
dashboard-monitor-withdrawals = رضایت بېرته واخیستل شو
dashboard-monitor-month = میاشت
dashboard-monitor-withdrawn-purpose = یوه کارونه
dashboard-monitor-withdrawn-everything = هر څه (ځوابونه ړنګ شول)
dashboard-monitor-no-withdrawals = هیچا خپل رضایت بېرته نه دی اخیستی.
dashboard-monitor-purges = ړنګ شوي ریکارډونه
dashboard-monitor-reason = ولې
dashboard-monitor-reason-retention = تر اجازه لرونکې مودې ساتل شوي
dashboard-monitor-reason-withdrawn = رضایت بېرته واخیستل شو
dashboard-monitor-no-purges = هیڅ ریکارډ نه دی ړنګ شوی.
dashboard-monitor-feedback = نظرونه څنګه اداره شول
dashboard-monitor-no-feedback = لا نظر نشته.
dashboard-monitor-acknowledged = ترلاسه کېدل تایید شول
dashboard-monitor-overdue = اوس ځنډېدلي
dashboard-monitor-days-acknowledge = تر تایید پورې منځنۍ ورځې
dashboard-monitor-sign-in = ننوتل
dashboard-monitor-signed-out = د دې پاڼې لوستلو لپاره د پروژې د ټولنیز څارونکي په حساب ننوځئ.

## Admin: forms, drafts and publishing
admin-forms-intro = یوه پوښتنلیک د XLSForm (‏.xlsx یا .xls، لکه د ODK یا KoboToolbox لپاره) یا د Sauti فورمې (.json) په توګه پورته کړئ. د مسودې په توګه ساتل کېږي: خبرتیاوې او مخکتنه یې وګورئ، بیا یې خپره کړئ. ټیلیفونونه یوازې خپرې شوې فورمې ترلاسه کوي.
admin-governance-title = د رضایت کينډۍ او د معلوماتو پالیسي
admin-governance-intro = د رضایت کينډۍ هغه څه دي چې ځواب ورکوونکي یې اوري او مني؛ د معلوماتو پالیسي وايي چې څوک څه ویني او هر صادرول څه بهر ته پرېږدي. هر یو د هغه د TOML فایل په توګه پورته کړئ: د پروژې له فورمو سره کتل کېږي، او هره ستونزه لیست کېږي.
admin-template-file = د رضایت کينډۍ (.toml)
admin-policy-file = د معلوماتو پالیسي (.toml)
admin-template-installed = د رضایت کينډۍ نصب شوه. ټیلیفونونه یې په راتلونکي همغږي کې ترلاسه کوي.
admin-template-in-use = د کينډۍ د دې نسخې لاندې ثبتونه ورکړل شوي، نو نه بدلېږي: د نسخې شمېره یې لوړه کړئ.
admin-policy-installed = د پالیسۍ { $version } نسخه نافذه ده.
admin-policy-current = نافذه پالیسي: { $version } نسخه.
admin-policy-default = لا پالیسي نه ده نصب شوې: اصلي پالیسي پلي کېږي، او هیڅ صادرول هغه ځواب نه باسي چې دا یې نه ډلبندي کوي.
admin-forms-heading = د پروژې فورمې
admin-forms-none = لا تر اوسه فورمه نشته.
admin-forms-live = ټیلیفونونه { $version } نسخه ترلاسه کوي
admin-forms-not-live = لا تر اوسه په ټیلیفونونو کې نشته
admin-version-state-draft = مسوده
admin-version-state-waiting = د فایلونو په تمه
admin-version-state-published = خپره شوې
admin-version-line = پوښتنې: { $questions } · ریکارډونه: { $records } · { $when } · { $who }
admin-version-open = { $version } نسخه پرانیزئ
admin-version-open-short = پرانیزئ
admin-upload-waiting = تر هغه ساتل کېږي چې دا فایلونه ونښلول شي: { $files }
admin-draft-back = ټولې فورمې
admin-draft-title = { $form }، { $version } نسخه
admin-draft-warnings = هغه څه چې وارداتو ولیدل
admin-draft-no-warnings = وارداتو د سمون وړ څه ونه لیدل.
admin-draft-place-sheet = پاڼه { $sheet }
admin-draft-place-row = کرښه { $row }
admin-draft-place-column = ستون { $column }
admin-draft-missing = هغه فایلونه چې یې لولي او لا نه دي نښلول شوي
admin-draft-attach = یو فایل ونښلوئ (نوم یې باید هماغه وي چې په لېست کې دی)
admin-draft-attached = { $file } ونښلول شو.
admin-draft-unclassified = هغه پوښتنې چې پالیسي لا نه دي ډلبندي کړې
admin-draft-unclassified-help = هېڅ صادرول یې ځوابونه نه باسي تر هغه چې پالیسي (یا د فورمې tags ستون) ووایي چې څه دي. له خپرولو مخکې یې ډلبندي کړئ.
admin-draft-all-classified = پالیسي هره پوښتنه ډلبندي کوي.
admin-draft-preview = مخکتنه: فورمه لکه څنګه چې ټیلیفونونه یې ښيي
admin-draft-preview-language = د مخکتنې ژبه
admin-draft-preview-note = یوازې د لوستلو لپاره ښودل کېږي. هغه پوښتنې چې د ځینو ځوابونو وروسته پوښتل کېږي، په ټیلیفون کې هغه وخت ښکاري چې هغه ځوابونه ورکړل شي.
admin-draft-publish = خپرول
admin-draft-confirm-new = ټیلیفونونه به «{ $form }» { $version } نسخه ({ $questions } پوښتنې) په راتلونکي همغږي کې د نویو مرکو لپاره ترلاسه کړي.
admin-draft-confirm-replaces = د { $old } نسخې ځای نیسي؛ د { $old } نسخې ریکارډونه پاتې کېږي او صادرېږي.
admin-draft-confirm-unclassified = ناډلبندي پوښتنې: { $n }. تر ډلبندۍ پورې یې ځوابونه په هېڅ صادرولو کې نه وځي.
admin-draft-confirm-yes = اوس خپره کړئ
admin-draft-cancel = لغوه
admin-draft-published = خپره شوه. ټیلیفونونه { $version } نسخه په راتلونکي همغږي کې ترلاسه کوي.
admin-draft-delete = دا مسوده ړنګه کړئ
admin-draft-delete-confirm = دا مسوده ړنګه کړئ؟ پرې څه نه دي راټول شوي؛ پورته شوې فایل د تل لپاره ځي.
admin-draft-cannot-publish = لومړی ورک فایلونه ونښلوئ: بیا خپرېدای شي.

## Projects, teams and accounts (issue 20)
admin-role-admin = مدیر
admin-role-steward = د معلوماتو مسئول
admin-role-reviewer = بیاکتونکی
admin-role-enumerator = سروې کوونکی
admin-role-partner = شریک
admin-role-monitor = ټولنیز څارونکی
admin-project-current = { $project } · ستاسو رول: { $role }
admin-project-switch = پروژه بدله کړئ
admin-projects-archived = آرشیف شوې
admin-project-archived-note = دا پروژه آرشیف شوې ده: نوي ثبتونه، ټیلیفونونه یا فورمې نه مني. معلومات یې ساتل کېږي، او د معلوماتو مسئولین یې لا هم صادرولی شي.
admin-password-title = زما پټنوم بدل کړئ
admin-password-current = اوسنی پټنوم
admin-password-new = نوی پټنوم
admin-password-new-hint = لږ تر لږه ۱۲ توري، ستاسو کارن نوم نه، عام پټنوم نه. څو کلمې ښه پټنوم جوړوي.
admin-password-repeat = نوی پټنوم بیا
admin-password-mismatch = دواړه نوي پټنومونه یو شان نه دي.
admin-password-changed = پټنوم بدل شو. ستاسو نورې غونډې پای ته ورسېدې.
admin-password-submit = پټنوم بدل کړئ
admin-projects-title = پروژې
admin-projects-intro = هره پروژه خپل فورمې، د رضایت کينډۍ، پالیسي، ټیم او صادرات لري. د هرې پروژې مدیر کولی شي نوې جوړه کړي او د هغې مدیر شي.
admin-project-name = د پروژې نوم
admin-project-rename = نوم بدل کړئ
admin-project-renamed = نوم بدل شو.
admin-project-archive = دا پروژه آرشیف کړئ
admin-project-restore = دا پروژه بېرته راولئ
admin-project-archive-confirm = { $project } آرشیف شي؟ ټیلیفونونه به نور د هغې لپاره ثبتونه ونه لېږلی شي او نه به تنظیم شي. معلومات یې ساتل کېږي، مسئولین یې لا هم صادرولی شي، او تاسو یې وروسته بېرته راوستلی شئ.
admin-project-restore-confirm = { $project } بېرته راوستل شي؟ ټیلیفونونه به بیا د هغې لپاره ثبتونه ولېږلی شي او تنظیم شي.
admin-project-new = نوې پروژه
admin-project-id = د پروژې پېژند
admin-project-id-hint = له ۳ تر ۴۰ کوچني لاتیني توري، عدد یا -. وروسته نه شي بدلېدای.
admin-project-create = پروژه جوړه کړئ
admin-project-created = پروژه { $project } جوړه شوه. تاسو یې مدیر یاست: پورته ورته واوړئ ترڅو فورمې او ټیم یې ور زیات کړئ.
admin-confirm = هو، وې کړئ
admin-cancel = لغوه
admin-done = وشو.
admin-team-title = ټیم
admin-team-intro = څوک چې په { $project } کې کار کوي، له خپل رول سره دلته. یو کس کولی شي په بله پروژه کې بل رول ولري.
admin-team-you = (تاسو)
admin-team-disabled = غیر فعال
admin-team-role-of = د { $username } رول
admin-team-role-changed = { $username } اوس { $role } دی.
admin-team-reset = پټنوم بیا ټاکل
admin-team-reset-confirm = { $username } ته نوی پټنوم ورکړل شي؟ اوسنی پټنوم به کار پرېږدي او ټولې غونډې به یې پای ته ورسېږي.
admin-team-disable = حساب غیر فعال کړئ
admin-team-disable-confirm = { $username } غیر فعال شي؟ ننوتلی به نه شي، غونډې یې همدا اوس پای ته رسېږي، او ټیلیفونونه یې تر هغه همغږي نه کوي چې حساب بیا فعال شي.
admin-team-enable = حساب فعال کړئ
admin-team-enable-confirm = { $username } بیا فعال شي؟ ننوتلی شي او ټیلیفونونه یې بیا همغږي کوي.
admin-team-sessions = له هر ځای څخه یې وباسئ
admin-team-sessions-confirm = د { $username } ټولې غونډې پای ته ورسېږي؟ باید بیا ننوځي.
admin-team-sessions-ended = پای ته رسېدلې غونډې: { $n }.
admin-team-remove = له پروژې لرې کړئ
admin-team-remove-confirm = { $username } له { $project } لرې شي؟ دلته یې غونډې پای ته رسېږي او دلته یې ټیلیفونونه لغوه کېږي. حساب او هغه څه چې ثبت کړي پاتې کېږي.
admin-team-removed = { $username } لرې شو.
admin-team-password-once = د { $username } پټنوم، یوازې همدا یو ځل ښودل کېږي. په لاس یې ورکړئ؛ له ننوتلو وروسته یې بدلولی شي:
admin-team-add = غړی زیات کړئ
admin-team-username = کارن نوم
admin-team-username-hint = له ۳ تر ۴۰ کوچني لاتیني توري، عدد، . _ یا -
admin-team-role = رول
admin-team-existing = دا کس دمخه حساب لري (له بلې پروژې)
admin-team-add-submit = غړی زیات کړئ
admin-team-added = { $username } د { $role } په توګه زیات شو.
admin-devices-title = ټیلیفونونه
admin-device-line = { $label } · تنظیم شوی { $created } · وروستۍ همغږي: { $synced }
admin-device-never = هېڅکله
admin-device-revoked = لغوه شوی { $at }
admin-device-revoke = ټیلیفون لغوه کړئ
admin-device-revoke-confirm = د { $username } ټیلیفون «{ $label }» لغوه شي؟ سمدستي همغږي بندوي؛ نه لېږل شوي ثبتونه پرې پاتې کېږي.
err-password-short = پټنوم لږ تر لږه ۱۲ تورو ته اړتیا لري. څو کلمې ښه پټنوم جوړوي.
err-password-long = پټنوم تر ۲۵۶ تورو زیات نه شي کېدای.
err-password-username = پټنوم باید کارن نوم ونه لري.
err-password-common = دا پټنوم له هغو لومړنیو څخه دی چې هر اټکل کوونکی یې ازمویي. بل وټاکئ.
err-project-archived = دا پروژه آرشیف شوې ده: نوي ثبتونه، ټیلیفونونه یا فورمې نه مني. معلومات یې ساتل کېږي، او د معلوماتو مسئولین یې لا هم صادرولی شي.
err-last-admin = پروژه لږ تر لږه یو مدیر ساتي. لومړی بل څوک مدیر کړئ.
err-account-shared = دا حساب په هغو پروژو کې هم کار کوي چې تاسو یې مدیر نه یاست. پر ځای یې له دې پروژې لرې کړئ، یا د هغوی له مدیرانو وپوښتئ.
# The review desk (issue 20)
review-states = د بیاکتنې حالتونه
review-tab-to_review = د کتلو لپاره
review-tab-has_issues = بېرته لېږل شوي
review-tab-approved = تایید شوي
review-tab-rejected = رد شوي
review-tab-all = ټول
review-count = موندل شوي ریکارډونه: { $count }
review-select = { $name } وټاکئ
review-bulk-approve = ټاکل شوي تایید کړئ ({ $count })
review-clear-selection = ټاکنه پاکه کړئ
review-bulk-confirm = { $count } ټاکل شوي ریکارډونه تایید شي؟ له «د کتلو لپاره» وځي او صادرېدای شي.
review-confirm = تایید
review-more = نور وښایاست
review-keys = د کیبورډ له لارې: j راتلونکی ثبت پرانیزي، k مخکینی.
review-undo = بېرته واخلئ
review-done-approve = تایید شو.
review-done-reject = رد شو.
review-done-has_issues = سروې کوونکي ته بېرته ولېږل شو.
review-done-reopen = بیا د کتلو لپاره.
review-done-bulk = تایید شول: { $count } ریکارډونه.
review-search = لټون
review-search-hint = د رسید کوډ، نوم یا سروې کوونکی
review-search-go = لټون
review-filters = نور فلټرونه
review-filter-enumerator = سروې کوونکی
review-filter-area = سیمه
review-filter-form = د فورم نسخه
review-filter-any = هر یو
review-filter-from = ترلاسه شوي له
review-filter-to = ترلاسه شوي تر
review-filter-clear = فلټرونه پاک کړئ
review-back = لیست ته بېرته
review-enumerator = سروې کوونکی: { $name }
review-answers = ځوابونه
review-language = د ځوابونو ژبه
review-no-answers = ځواب نشته: ځواب ورکوونکي انکار وکړ.
review-withheld = د معلوماتو پالیسۍ پټ کړي: { $questions }
review-file = ښکته کول
review-pseudonym = (مستعار نوم)
review-action-approve = تایید
review-action-has_issues = بېرته لېږل
review-action-reject = رد
review-action-reopen = بیا د کتلو لپاره پرانیستل
review-confirm-approve = دا ریکارډ تایید شي؟ بیا صادرېدای شي.
review-confirm-has_issues = دا ریکارډ خپل سروې کوونکي ته بېرته ولېږل شي؟ ووایاست چې څه وګوري.
review-confirm-reject = دا ریکارډ رد شي؟ هېڅکله به صادر نشي.
review-confirm-reopen = دا ریکارډ بیا د کتلو لپاره کېښودل شي؟
review-comment-needed = ووایاست چې سروې کوونکی باید څه وګوري.
review-consent = رضایت
review-consent-refused = ځواب ورکوونکي انکار وکړ.
review-consent-method = ورکړل شوی د: { $method }
review-method-signature = لاسلیک
review-method-verbal = په خوله، د شاهد په وړاندې
review-method-mark = نښه، د شاهد په وړاندې
review-method-guardian = مور و پلار یا سرپرست
review-method-proxy = استازی
review-purpose-active = منل شوی
review-purpose-withdrawn = منل شوی، وروسته بېرته اخیستل شوی
review-purpose-declined = نه دی منل شوی
review-proof-witness = شاهد
review-proof-guardian = سرپرست
review-proof-proxy = استازی
review-proof-relationship = اړیکه
review-proof-reason = دلیل
review-proof-assent = د ماشوم خپله رضایت
review-signature = د ځواب ورکوونکي لاسلیک یا نښه
review-proof-withheld = د ثبوت یوه برخه د معلوماتو پالیسۍ پټه کړې.
review-history = تاریخچه
review-edited = { $by } سم کړ: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = نظر، پوښتنه یا شکایت
community-feedback-intro = هر څوک کولی شي پروژې ته ولیکي. اړتیا نشته چې خپل نوم ووایاست.
community-feedback-project = پروژه
community-feedback-category = د څه په اړه دی؟
community-feedback-confidential = محرم: یوازې هغه اړیکه‌نیونکی یې لولي چې پروژې ټاکلی دی.
community-feedback-message = ستاسو پیغام
community-feedback-message-hint = په خپله ژبه ولیکئ. د نورو خلکو نومونه مه لیکئ مګر دا چې اړین وي.
community-feedback-contact = له تاسو سره د اړیکې لاره (اختیاري)
community-feedback-contact-hint = د تلیفون شمېره یا پته، یوازې که ځواب غواړئ. د پټ پاتې کېدو لپاره یې خالي پرېږدئ.
community-feedback-send = لېږل
community-feedback-filed = ولېږل شو. ستاسو د تعقیب کوډ:
community-feedback-keep = { $days ->
        [one] دا کوډ وساتئ. پروژه به په { NUMBER($days) } ورځ کې د ترلاسه کېدو تایید وکړي؛ د ځواب لوستلو لپاره لاندې کوډ وکاروئ.
       *[other] دا کوډ وساتئ. پروژه به په { NUMBER($days) } ورځو کې د ترلاسه کېدو تایید وکړي؛ د ځواب لوستلو لپاره لاندې کوډ وکاروئ.
    }
community-feedback-follow-title = خپل پیغام تعقیب کړئ
community-feedback-tracking = د تعقیب کوډ
community-feedback-follow = ځواب وګورئ
community-feedback-answer = ځواب
community-feedback-not-found = هیڅ پیغام دا کوډ نه لري. کوډ وګورئ او بیا هڅه وکړئ.
community-feedback-incomplete = موضوع وټاکئ او پیغام ولیکئ.
community-feedback-choose = موضوع وټاکئ.
community-feedback-status-received = ترلاسه شو، لا نه دی کتل شوی
community-feedback-status-acknowledged = ترلاسه شو او کتل کېږي
community-feedback-status-answered = ځواب ورکړل شو
community-feedback-status-referred = بلې مرستندویه ادارې ته ولېږدول شو
community-feedback-status-closed = وتړل شو
steward-feedback-title = نظرونه او شکایتونه
steward-feedback-counts = پرانیستي: { NUMBER($open) } · ځنډېدلي: { NUMBER($overdue) }
steward-feedback-confidential = محرم
steward-feedback-overdue = ځنډېدلی
steward-feedback-from-web = د ټولنې له پاڼې، په { $lang }
steward-feedback-from-phone = د یوه سروې کوونکي له خوا ثبت شوی، په { $lang }
steward-feedback-contact = اړیکه: { $contact }
steward-feedback-anonymous = بې نومه
steward-feedback-resolution = حل: { $resolution }
steward-feedback-text = ځواب، لېږد یا حل
steward-feedback-acknowledge = د ترلاسه کېدو تایید
steward-feedback-answer = ځواب ولېږئ
steward-feedback-refer = ولېږدوئ
steward-feedback-close = وتړئ
steward-monitor-open = د ټولنیز پلټنې پاڼه پرانیزئ
steward-actions-title = هغه څه چې موږ وکړل: په عامه ډشبورډ کې اقدامات
steward-actions-intro = ټولنې ته ووایاست چې پروژې د هغوی د نظرونو په اړه څه وکړل. ډشبورډ سرلیک، متن او د هغو پیغامونو شمېر ښيي چې ځواب یې ورکوي، هېڅکله پیغامونه نه.
steward-actions-date = ترسره شوی په
steward-actions-language = ژبه
steward-actions-heading = سرلیک
steward-actions-text = څه ترسره شول
steward-actions-cases = هغه نظرونه چې ځواب یې ورکوي
steward-actions-publish = په ډشبورډ کې خپور کړئ
steward-actions-published = ترسره شوی { $date } · هغه نظرونه چې ځواب یې ورکوي: { NUMBER($n) }
steward-actions-withdraw = له ډشبورډ څخه لرې کړئ
steward-actions-none = لا هیڅ نه دي خپاره شوي.

## Feedback recorded on the phone (issue 23)
home-feedback-title = نظر یا شکایت ثبت کړئ
home-feedback-intro = د هغه چا لپاره چې پروژې ته څه ویل غواړي، بې نومه مګر دا چې د اړیکې لاره پرېږدي. د راتلونکي همغږي سره لېږل کېږي.
home-feedback-category = د څه په اړه دی؟
home-feedback-message = هغه څه چې وايي
home-feedback-contact = له هغه سره د اړیکې لاره (اختیاري)
home-feedback-contact-hint = یوازې که ځواب غواړي.
home-feedback-save = خوندي کړئ
home-feedback-saved = خوندي شو. دا د تعقیب کوډ هغه کس ته ورکړئ: په دې سره به د ټولنې په پاڼه کې ځواب ولولي.
home-feedback-incomplete = موضوع وټاکئ او هغه څه ولیکئ چې وايي.
home-feedback-waiting = د لېږلو په تمه نظرونه: { NUMBER($n) }
sync-feedback-sent = لېږل شوي نظرونه: { NUMBER($n) }.
sync-feedback-refused = هغه نظرونه چې سرور رد کړل (موضوع نور نه وړاندې کېږي): { NUMBER($n) }.

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = په دې ژبه کې د رضایت متن ثبت شوی غږ نشته.
consent-audio-first = لومړی غږیزه مرکه: هره پوښتنه په لوړ غږ غږېږي، په هره پرده یوه پوښتنه
prompt-listen-choice = دې ځواب ته غوږ ونیسئ
admin-record-open = د هغو ځواب ورکوونکو لپاره پوښتنې ثبت کړئ چې لوست نه شي کولای
admin-record-title = د هغو ځواب ورکوونکو لپاره ثبت شوي غږونه چې لوست نه شي کولای
admin-record-intro = د رضایت متن او هره پوښتنه او ځواب د ځواب ورکوونکي په ژبه ثبت کړئ. هر ثبت ته غوږ ونیسئ او بیا یې ثبت کړئ تر څو سم شي.
admin-record-form = فورمه
admin-record-language = د ثبتونو ژبه
admin-record-consent = د رضایت متن
admin-record-consent-note = د رضایت د متن ثبت سمدلاسه د رضایت په کينډۍ کې ځي: تلیفونونه یې په راتلونکي همغږي کې ترلاسه کوي.
admin-record-consent-text = د رضایت ټول متن
admin-record-prompts = پوښتنې او ځوابونه
admin-record-start = ثبت کړئ
admin-record-again = بیا ثبت کړئ
admin-record-stop = ودروئ او وساتئ
admin-record-on-air = ثبت روان دی: اوس خبرې وکړئ، بیا ودروئ کېکاږئ.
admin-record-unsaved = هغه ثبتونه چې لا په مسوده کې نه دي: { $count }
admin-record-save = د نوې مسودې په توګه یې وساتئ
admin-record-back = فورمو ته بیرته
admin-record-microphone-refused = براوزر ته د مایکروفون د کارولو اجازه نشته: د سایټ په تنظیماتو کې یې اجازه ورکړئ او بیا هڅه وکړئ.
admin-record-microphone-missing = هېڅ مایکروفون ونه کارول شو: یو وصل کړئ او بیا هڅه وکړئ.
admin-record-unsupported = دا براوزر غږ نه شي ثبتولای: نوی Chrome، Firefox یا Safari وکاروئ.
review-consent-played = د رضایت د متن ثبت شوی غږ ځواب ورکوونکي ته واورول شو.
