# Sauti UI strings, Arabic (ar).
# Translator: Sauti maintainers (seed commit 775d313, 2026-11-25; plural variants 2026-12-05)
# Review: not yet reviewed by a native speaker
# Same ids as en.ftl (forms::i18n tests check it). A count is written with a selector on
# CLDR's six Arabic plural categories: zero, one, two, few (3-10), many (11-99), other (100-102…).

app-title = Sauti
lang-label = اللغة
lang-unreviewed = لم يراجع هذه الترجمةَ بعدُ متحدثٌ بهذه اللغة. أبلغ المشرف عن الأخطاء.
nav-skip = الانتقال إلى المحتوى

## Setting up a phone
setup-title = إعداد هذا الهاتف
setup-intro = سجّل الدخول مرة واحدة وأنت متصل بالإنترنت. بعد ذلك يُقفَل كل ما تجمعه على هذا الهاتف بعبارة مرور لا يعرفها غيرك.
setup-username = اسم المستخدم
setup-password = كلمة المرور
setup-passphrase = عبارة مرور جديدة
setup-passphrase-hint = 8 أحرف على الأقل. لا يمكن استرجاعها: إذا نسيتها، تضيع السجلات التي لم تتم مزامنتها بعد.
setup-passphrase-confirm = أعد كتابة عبارة المرور
setup-submit = القفل والبدء
setup-busy = جارٍ قفل الهاتف…
setup-signin = تسجيل الدخول
setup-lock-title = اختر عبارة مرور
setup-downloading = جارٍ تسجيل الدخول باسم { $user } وتنزيل الاستمارات. اختر عبارة المرور في أثناء ذلك.
setup-downloaded = تم تسجيل الدخول باسم { $user }. وصلت الاستمارات.
setup-back = استخدام حساب آخر
setup-account-empty = أدخل اسم المستخدم وكلمة المرور.
err-passphrase-short = يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.
err-passphrase-mismatch = عبارتا المرور غير متطابقتين.
err-sign-in = اسم المستخدم أو كلمة المرور غير صحيحة.
err-too-many-attempts = محاولات خاطئة كثيرة لكلمة المرور. انتظر قليلًا ثم حاول مجددًا.
err-busy = الخادم مشغول بالتحقق من كلمات مرور أخرى. انتظر لحظة ثم حاول مجددًا. لم يضِع شيء.
err-network = تعذّر الوصول إلى الخادم مع أن الهاتف متصل بالشبكة. لم يضِع شيء.
err-offline = هذا الهاتف غير متصل بالشبكة. لم يضِع شيء: قم بالمزامنة مرة أخرى عند الاتصال.
err-timeout = لم يردّ الخادم في الوقت المحدد، فتوقف الهاتف عن الانتظار. لم يضِع شيء.
err-chunk = هذه الشاشة ليست على الهاتف بعد. اتصل بالشبكة مرة واحدة، ثم افتحها من جديد. لم يضِع شيء.
chunk-loading = جارٍ التحميل…
err-server = تعذّر على الخادم معالجة الطلب (خطأ { $status }). لم يضِع شيء.

## Unlocking
unlock-title = فتح القفل
unlock-intro = أدخل عبارة المرور لفتح سجلاتك.
unlock-passphrase = عبارة المرور
unlock-submit = فتح القفل
unlock-busy = جارٍ فتح القفل…
unlock-moved = فُتح Sauti في نافذة أخرى، لذلك قُفلت هذه النافذة. استخدم نافذة واحدة في كل مرة.
unlock-user = هذا الهاتف مُعَدّ للمستخدم { $user }.
unlock-wait = محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.
locked-idle = تم القفل بعد 10 دقائق دون استخدام.
err-wrong-passphrase = عبارة المرور غير صحيحة. لم يتغيّر شيء.
passphrase-change = تغيير عبارة المرور
passphrase-current = عبارة المرور الحالية
passphrase-changed = تم تغيير عبارة المرور. استخدم العبارة الجديدة من الآن.
cancel = إلغاء

## Home
home-title = المقابلات
home-new = مقابلة جديدة
home-sync = مزامنة الآن
home-lock = قفل
home-drafts = المسودات
home-queued = بانتظار المزامنة
home-synced = تمت مزامنتها
home-rejected = رفضها الخادم
home-empty = لا يوجد
home-resume = متابعة
home-offline-ready = { $count ->
        [one] الاستمارة جاهزة للاستخدام دون اتصال: { $form }
       *[other] الاستمارات جاهزة للاستخدام دون اتصال: { $form }
    }
update-ready = إصدار جديد من صوتي جاهز.
update-now = التحديث الآن
home-storage = المساحة المستخدمة على هذا الهاتف: { NUMBER($percent) } ٪
home-keep = تبقى السجلات التي تمت مزامنتها على هذا الهاتف { $days ->
        [zero] { $days } يوم
        [one] يومًا واحدًا
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، ثم تُحذف.
storage-warning = ذاكرة هذا الهاتف ممتلئة بنسبة { NUMBER($percent) } ٪. قم بالمزامنة قريبًا: تتوقف المقابلات الجديدة عند 95 ٪.
storage-warning-free = ذاكرة هذا الهاتف ممتلئة بنسبة { NUMBER($percent) } ٪. أفرغ مساحة على الهاتف (صور، فيديوهات، تطبيقات أخرى): تتوقف المقابلات الجديدة عند 95 ٪.
err-storage-nearly-full = ذاكرة هذا الهاتف ممتلئة بنسبة { NUMBER($percent) } ٪. قم بالمزامنة أو أفرغ مساحة قبل مقابلة جديدة، حتى لا تفشل أي مقابلة أثناء الحفظ.
err-storage-nearly-full-free = ذاكرة هذا الهاتف ممتلئة بنسبة { NUMBER($percent) } ٪ ولا شيء ينتظر الإرسال، فالمزامنة لن تفيد. أفرغ مساحة على الهاتف (صور، فيديوهات، تطبيقات أخرى) قبل مقابلة جديدة.
sync-busy = جارٍ المزامنة…
sync-done = انتهت المزامنة: أُرسل { NUMBER($accepted) }، وكان { NUMBER($duplicates) } موجودًا على الخادم مسبقًا، ورُفض { NUMBER($rejected) }.
sync-nothing = لا يوجد ما تتم مزامنته.
sync-new-form = إصدار جديد من الاستمارة جاهز للاستخدام دون اتصال: { $form }.
sync-forms-changed = الاستمارات على هذا الهاتف الآن: { $forms }.
sync-edited = { $n ->
        [one] كان أحدها قد صُحّح من قِبل أمين البيانات على الخادم؛ ويُحتفظ بالتصحيح.
       *[other] كان { $n } منها قد صُحّح من قِبل أمين البيانات على الخادم؛ ويُحتفظ بالتصحيحات.
    }
record-edited = صحّحه أمين البيانات على الخادم؛ ويُحتفظ بالتصحيح.
record-recheck = إعادة الإرسال للتحقق
record-sent-back = أعادها المراجع: { $comment }
sync-progress = جارٍ إرسال { NUMBER($done) } من { NUMBER($total) }…
sync-retry = ستُعاد المحاولة بعد { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }؛ سجلاتك آمنة على الهاتف.
sync-offline-wait = هذا الهاتف غير متصل بالشبكة. سجلاتك آمنة عليه، وستُرسل عند عودة الاتصال.
home-auto-send = الإرسال تلقائيًا عند توفر الاتصال
err-device-revoked = لم يعد مسموحًا لهذا الهاتف بالمزامنة: سُحب إذن الوصول أو انتهت صلاحيته. تبقى سجلاتك على الهاتف. اطلب من مشرفك إعداده من جديد.
err-batch-malformed = تعذّر على الخادم قراءة السجلات المرسلة. لم يضِع شيء.
err-bad-request = تعذّر تنفيذ هذا الطلب كما هو. تحقّق ممّا أدخلته ثم أعد المحاولة.
err-form-unknown = لا يعرف الخادم هذا الإصدار من الاستمارة. لم يضِع شيء.
err-form-not-assigned = لم تُسنَد هذه الاستمارة إلى هذا الهاتف قط، لذلك لم يحفظ الخادم السجل. يبقى السجل على الهاتف: اطلب من مشرفك أن يُسند إليك الاستمارة، ثم زامِن مرة أخرى.
err-too-large = أُرسل الكثير دفعة واحدة. لم يضِع شيء.
err-unauthorized = سجّل الدخول أولًا.
err-forbidden = غير مسموح لك بالقيام بذلك.
err-not-found = غير موجود.
err-conflict = غيّر شخص آخر هذا السجل في الأثناء. أعد تحميله وحاول مرة أخرى.
err-internal = حدثت مشكلة في الخادم. لم يضِع شيء؛ حاول مرة أخرى لاحقًا.
err-refusal-with-answers = أُرسل رفض مع إجابات، لذلك لم يُحفظ.
err-receipt-reused = يوجد سجل آخر يحمل رمز الإيصال نفسه.
err-record-too-large = أكبر من أن يُرسَل: صوره وتسجيلاته تجعله أكبر مما يقبله الخادم. يبقى محفوظًا على هذا الهاتف؛ أخبر مشرفك.

## Errors from storage and the vault
err-tampered = لا يمكن فتح السجل { $id }: تم تعديله أو أصابه تلف. سجلاتك الأخرى في أمان.
err-malformed-storage = البيانات المحفوظة للسجل { $id } بصيغة لا يفهمها هذا التطبيق.
err-weak-vault = إعدادات الخزنة المحفوظة أضعف من المسموح به.
err-no-random = لا يستطيع هذا المتصفح توليد أرقام عشوائية آمنة.
err-storage-full = ذاكرة الهاتف ممتلئة. لم يضِع شيء: أفرغ مساحة على الهاتف (صور، فيديوهات، تطبيقات أخرى)، ثم احفظ مرة أخرى.
err-storage-write = تعذّر على الهاتف الكتابة في ذاكرته ({ $reason }). لم يُحفظ هذا: حاول مرة أخرى.
err-invalid-answers = هذه الإجابات تخالف قواعد الاستمارة؛ راجع كل حقل.
err-invalid-policy = لا يمكن استخدام السياسة؛ كل مشكلة مذكورة مع موضعها.
err-form-expression = تحتوي الاستمارة على تعبير لا يمكن قراءته.
err-form-definition = تعريف الاستمارة غير صالح.
err-form-files-missing = تقرأ الاستمارة ملفات لم تُرفق بعد: أرفقها ثم انشرها.

## Consent
consent-title = الموافقة
consent-language = لغة المستجيب
consent-read = اقرأ هذا على المستجيب:
consent-controller = الجهة المسؤولة: { $controller }
consent-purposes = يوافق المستجيب على:
consent-method = طريقة إعطاء الموافقة
consent-method-signature = التوقيع على الشاشة
consent-method-verbal = موافقة شفهية بحضور شاهد
consent-method-mark = علامة (إشارة X أو بصمة الإبهام) بحضور شاهد
consent-method-guardian = قاصر: موافقته وموافقة أحد الوالدين أو الوصي
consent-method-proxy = شخص يوافق نيابةً عمّن لا يستطيع
consent-minimum-age = للمستجيبين دون سن { $age }.
consent-guardian = اسم الوالد أو الوصي
consent-proxy = اسم الشخص الذي يوافق نيابةً عنه
consent-relationship = صلة القرابة بالمستجيب
consent-assent = يوافق الطفل على المشاركة
consent-reason = لماذا لا يستطيع المستجيب الموافقة بنفسه
consent-missing-representative = اكتب اسم الشخص الذي يوافق وصلته بالمستجيب.
consent-missing-assent = اسأل الطفل إن كان يوافق، وضع العلامة فقط إن وافق.
consent-missing-reason = اكتب لماذا لا يستطيع المستجيب الموافقة بنفسه.
consent-required-purpose = هذا الاستخدام ضروري للمشاركة. بدونه، سجّل رفضًا.
consent-signature-pad = مكان التوقيع: يوقّع المستجيب هنا
consent-signature-clear = مسح التوقيع
consent-kept-for = تُحفظ لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
consent-shared-for = قد تُشارك مع { $who }.
consent-witness = اسم الشاهد
consent-access = أربعة أرقام يختارها المستجيب (اختياري)
consent-access-hint = رمز سري أو سنة الميلاد. مع رمز الإيصال، يتيح الاطلاع على الموافقة أو سحبها لاحقًا.
consent-bad-access = اكتب أربعة أرقام بالضبط، أو اتركه فارغًا.
consent-understanding = تأكّد من أن المشارك فهم: اطرح كل سؤال.
consent-yes = نعم
consent-no = لا
consent-explain-again = ليس تمامًا. اشرح هذا مرة أخرى، ثم اسأل من جديد:
consent-not-understood = اطرح كل سؤال عن الفهم حتى تكون كل إجابة صحيحة.
consent-listen = شغّل للمشارك التسجيل الصوتي لهذا النص:
consent-give = تم إعطاء الموافقة: ابدأ
consent-refuse = المستجيب يرفض
err-consent-no-purpose = اختر غرضًا واحدًا على الأقل، أو سجّل الرفض.
err-consent-no-signature = اطلب من المستجيب أن يوقّع أولًا.
err-consent-no-witness = اكتب اسم الشاهد.
consent-unknown-template = نموذج الموافقة غير معروف لدى الخادم.
consent-text-mismatch = نص الموافقة المعروض لا يطابق النموذج.
consent-no-purpose = لم تتم الموافقة على أي غرض.
consent-unknown-purpose = أحد الأغراض غير معروف لدى الخادم.
consent-missing-witness = اسم الشاهد ناقص.
consent-missing-signature = التوقيع ناقص.

## Interview
interview-next = التالي
interview-back = رجوع
interview-save = حفظ
interview-save-draft = حفظ المسودة والخروج
interview-draft-saved = حُفظت المسودة على هذا الهاتف.
geo-locate = تسجيل الموقع
geo-map = عرض على الخريطة
geo-busy = جارٍ تحديد الموقع…
geo-done = تم تسجيل الموقع (الدقة نحو { $accuracy } م).
geo-failed = تعذّر تحديد الموقع. تأكد من تشغيل خدمة الموقع والسماح بها لهذه الصفحة، أو اكتبه يدويًا.
geo-add-location = أضف موقعي
geo-add-point = أضف هذه النقطة
geo-latitude = خط العرض
geo-longitude = خط الطول
geo-remove-point = احذف النقطة { NUMBER($n) }
geo-no-points = لا توجد نقاط بعد. قف عند كل نقطة وأضف موقعك، أو اكتبه.
geo-points-summary = { $count ->
        [one] نقطة واحدة
       *[other] { $count } نقاط
    } · الطول { $length } م
geo-area = المساحة { $area } م² ({ $hectares } هكتار)
interview-required = مطلوب
interview-add-member = إضافة: { $label }
interview-remove-member = حذف { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = اختر…
choices-search = اكتب للبحث
choices-count = { $count ->
        [zero] { $count } خيار
        [one] خيار واحد
        [two] خياران
        [few] { $count } خيارات
        [many] { $count } خيارًا
       *[other] { $count } خيار
    }: اكتب بعض حروف الخيار الذي تريده.
choices-found = تم العثور على { NUMBER($count) }
choices-more = { $count ->
        [few] أول { NUMBER($shown) } من { NUMBER($count) } نتائج: اكتب حروفًا أكثر.
       *[other] أول { NUMBER($shown) } من { NUMBER($count) } نتيجة: اكتب حروفًا أكثر.
    }
choices-none = لم يُعثر على شيء: تحقّق من الإملاء، أو جرّب بداية الاسم.
choices-empty = لا توجد خيارات بعد: فهي تعتمد على إجابة سابقة.
choices-none-listed = لا تحتوي القائمة على خيارات للإجابات السابقة. تحقق منها أو أبلغ المشرف.
date-day = اليوم
date-month = الشهر
date-year = السنة
date-no-such-day = هذا اليوم غير موجود في هذا التقويم.
date-gregorian = حُفظ بتاريخ { $date } (التقويم الميلادي).
date-called = في هذا التقويم يُكتب هذا اليوم { $date }.
date-waxing = الهلال المتزايد، اليوم { $day }
date-full-moon = البدر
date-waning = القمر المتناقص، اليوم { $day }
date-new-moon = المحاق
prompt-listen = استمع إلى السؤال
prompt-watch = شاهد فيديو السؤال
interview-guidance = كيف تطرح السؤال
interview-page = الصفحة { NUMBER($n) } من { NUMBER($total) }
interview-has-errors = بعض الإجابات تحتاج إلى مراجعة.
overview-open = الأقسام
overview-title = الأقسام
overview-close = العودة إلى الأسئلة
overview-answered = أُجيب عن { NUMBER($answered) } من { NUMBER($required) } من الأسئلة المطلوبة
overview-nothing-required = لا شيء مطلوب
overview-problems = { $count ->
        [zero] لا إجابات تحتاج إلى تصحيح
        [one] إجابة واحدة تحتاج إلى تصحيح
        [two] إجابتان تحتاجان إلى تصحيح
        [few] { $count } إجابات تحتاج إلى تصحيح
        [many] { $count } إجابة تحتاج إلى تصحيح
       *[other] { $count } إجابة تحتاج إلى تصحيح
    }
overview-part = { $title } ({ NUMBER($n) } من { NUMBER($total) })
overview-untitled = الصفحة { NUMBER($n) }
field-required = هذه الإجابة مطلوبة.
field-constraint = هذه الإجابة غير مسموح بها.
field-not-integer = أدخل عددًا صحيحًا.
field-not-number = أدخل رقمًا.
field-not-date = أدخل تاريخًا.
field-not-time = أدخل وقتًا.
field-not-geopoint = أدخل الموقع بخط العرض وخط الطول، مثل -1.29 36.82.
field-not-geotrace = يحتاج الخط إلى نقطتين على الأقل، لكل منهما خط عرض وخط طول.
field-not-geoshape = تحتاج المساحة إلى 3 نقاط على الأقل، لكل منها خط عرض وخط طول.
capture-kept = محفوظ على هذا الهاتف ومقفل مع السجل: { $size } كيلوبايت.
capture-reading = جارٍ قراءة الملف…
capture-unreadable = تعذّرت قراءة هذا الملف. حاول مرة أخرى أو اختر ملفًا آخر.
capture-remove = إزالة الملف
field-unknown-choice = اختر أحد الخيارات.
field-unknown = هذه الإجابة لا تنتمي إلى الاستمارة.
field-not-relevant = لا ينبغي إعطاء هذه الإجابة هنا.
field-calculation = إحدى القيم المحسوبة لم تعد محدّثة.
field-wrong-shape = شكل هذه الإجابة غير صحيح.
field-wrong-attachment = هذا الملف ليس من النوع الذي يطلبه السؤال.
field-attachment-too-large = هذا الملف كبير جدًا على الهاتف: 1.5 ميغابايت على الأكثر.
field-off-the-scale = اختر قيمة على المقياس المعروض.
field-not-ranked = رتّب كل الخيارات، كل خيار مرة واحدة.
range-unset = لم تتم الإجابة بعد
range-less = أقل
range-more = أكثر
rating-star = { NUMBER($n) } من { NUMBER($max) }
rank-up = إلى الأعلى
rank-down = إلى الأسفل
rank-keep = الإبقاء على هذا الترتيب

## Receipt
receipt-title = الإيصال
withdrawal-title = تسجيل سحب موافقة
withdrawal-receipt = رمز إيصال المستجيب الذي يسحب موافقته
withdrawal-hint = تُسحب كل موافقاته وتُحذف إجاباته عند المزامنة التالية. لسحب بعض الاستخدامات فقط، يمكنه استخدام صفحة المراجعة.
withdrawal-submit = اسحب كل شيء
withdrawal-recorded = سُجّل السحب: سيُرسل مع المزامنة التالية.
withdrawal-bad-code = في رمز الإيصال هذا خطأ في الكتابة: تحقّق منه مع المستجيب.
withdrawal-access = أرقام المستجيب الأربعة، إن كان قد اختارها
withdrawal-access-hint = تلزم إذا كان باحث ميداني آخر قد سجّل موافقة هذا المستجيب واختار المستجيب حينها أربعة أرقام: بدونها يُرفض السحب. لا تلزم لموافقة سجّلتها بنفسك.
withdrawal-bad-digits = يجب إدخال الأرقام الأربعة التي اختارها المستجيب عند الموافقة. تحقّق منها معه، أو اترك الخانة فارغة.
withdrawal-refused = رُفض سحب الموافقة للرمز { $code }: أرقام المستجيب الأربعة كانت ناقصة أو خاطئة. اطلب من المستجيب أرقامه وسجّل السحب مجددًا، أو أرشده إلى صفحة المراجعة أو إلى جهة الاتصال المسؤولة في المشروع.
withdrawal-refused-dismiss = فهمت
sync-withdrawals-refused = عمليات سحب مرفوضة: { NUMBER($n) }. انظر السبب في هذه الشاشة.
receipt-intro = أعطِ هذا الرمز للمستجيب. يمكنه به لاحقًا الاطلاع على موافقته أو تضييقها أو سحبها.
receipt-qr = رمز QR للإيصال: يفتح صفحة المراجعة والرمز مكتوب فيها
receipt-where = للاطلاع على هذه الموافقة أو سحبها لاحقًا: { $page }، مع الرمز والأرقام الأربعة المختارة.
receipt-print = اطبع إيصالًا
receipt-refused = تم تسجيل الرفض. لم يُحتفظ بأي إجابة.
receipt-saved = تم الحفظ والتشفير على هذا الهاتف.
receipt-done = العودة إلى المقابلات

## Data steward
steward-title = البيانات المُرسَلة
admin-upload-title = الاستمارات
admin-upload-intro = ارفع استبيانًا بصيغة XLSForm (.xlsx أو .xls، كما في ODK أو KoboToolbox) أو استمارة صوتي (.json). يصبح الإصدار الجديد لاستمارة المشروع، وتستلمه الهواتف عند المزامنة التالية.
admin-upload-label = ملف الاستبيان
admin-upload-done = تم استيراد «{ $form }» ({ $id }، الإصدار { $version }): { $questions ->
        [zero] { $questions } سؤال
        [one] سؤال واحد
        [two] سؤالان
        [few] { $questions } أسئلة
        [many] { $questions } سؤالًا
       *[other] { $questions } سؤال
    }.
steward-sign-in = تسجيل الدخول
steward-username = اسم المستخدم
steward-password = كلمة المرور
steward-sign-out = تسجيل الخروج
steward-approve = اعتماد
steward-reject = رفض
steward-empty = لا توجد بيانات مُرسَلة بعد.
steward-state-received = مُستلَمة
steward-state-approved = معتمدة
steward-state-rejected = مرفوضة
steward-state-has_issues = أعيد
steward-state-edited = مصحّح
review-send-back = إعادة
review-send-back-title = إعادة السجل { $receipt } إلى الباحث الميداني
review-send-back-label = ما الذي يجب أن يتحقق منه الباحث الميداني؟
review-cancel = إلغاء
review-correct = تصحيح الإجابات
review-correct-reason = سبب التصحيح (يُحفظ في سجل الاستمارة)
review-correct-save = حفظ التصحيح
review-correct-nothing = لم يتغير شيء.
review-correct-why = اذكر سبب تصحيح هذه الإجابات.
review-correct-problems = بعض الإجابات تخالف قواعد الاستمارة: انظر كل واحدة.
review-correct-conflict = تغيّرت هذه الاستمارة منذ فتحتها (صحّحها زميل، أو حُذفت إجابات بعد سحب موافقة). تُعرض الآن كما هي: اقرأها قبل أن تصحّح من جديد.
exports-title = التصدير
exports-intro = لا يُخرج كل تصدير إلا ما تسمح به سياسة المشروع: السجلات المعتمدة التي وافق أصحابها على غرضه.
exports-form = الاستمارة المراد تصديرها (كل نسخها المنشورة)
exports-k = تُحجب السجلات التي قد تبرز (أقل من { $k } متشابهة).
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = إشعار السحب: من يجب أن يحذف ماذا (CSV)
exports-xlsx = إكسل (كل الجداول)
exports-table = جدول «{ $table }» (CSV)
steward-refused = رُفضت الموافقة
steward-purposes = الأغراض: { $purposes }
steward-explained-again = أُعيد شرحه قبل الموافقة: { $points }
steward-col-receipt = الإيصال
steward-col-received = تاريخ الاستلام
steward-col-area = المنطقة
steward-col-state = الحالة
steward-col-actions = الإجراءات
err-session = انتهت جلستك. سجّل الدخول مرة أخرى.
community-title = موافقتك
community-intro = اكتب رمز الإيصال الذي أُعطي لك والأرقام الأربعة التي اخترتها عند موافقتك. سترى ما وافقت عليه ومن تلقّى إجاباتك، ويمكنك سحب موافقتك.
community-receipt = رمز الإيصال
community-receipt-hint = مثل 7K3M-9QPA-X2RT-5. بأحرف كبيرة أو صغيرة، مع الشرطات أو بدونها.
community-access = أرقامك الأربعة
community-access-hint = الرمز السري أو سنة الميلاد التي اخترتها.
community-look-up = اعرض موافقتي
community-not-found = لا توجد موافقة تطابق هذا الرمز وهذه الأرقام. تحقّق منهما وحاول مجددًا. إذا كنت قد سحبت موافقتك، فلم يعد يُحتفظ بأي شيء، ولا حتى بأرقامك.
community-wait = محاولات كثيرة. انتظر بضع دقائق ثم حاول مجددًا.
err-code-locked = رمز الإيصال هذا مقفل بعد محاولات كثيرة بأرقام خاطئة، حمايةً لصاحبه. لا يزال بإمكان صاحبه الاطلاع على موافقته أو سحبها عن طريق الباحث الميداني أو جهة الاتصال المسؤولة في المشروع.
community-your-consent = ما وافقت عليه
community-given = في { $date } سجّل { $enumerator } موافقتك لصالح { $controller }.
community-played = شُغِّل لك نص الموافقة من تسجيل بلغتك.
community-refused = في { $date } رفضت. لم يُحفظ شيء مما قلته.
community-withdrawn = سحبت موافقتك في { $date }. حُذفت إجاباتك.
community-deleted = حُذفت إجاباتك في { $date } عند انتهاء مدة حفظها.
community-purposes = فيمَ تُستخدم إجاباتك
community-purpose-active = قيد الاستخدام
community-purpose-withdrawn = سُحبت في { $date }
community-not-accepted = لم توافق على: { $purposes }.
community-held = أنواع المعلومات المحفوظة
community-sensitive = بعضها حساس: { $categories }.
community-shared = من تلقّى إجاباتك
community-not-shared = لم يتلقّها أحد من خارج فريق المشروع.
community-shared-with = { $recipient }، في { $date }
community-contact = للأسئلة: { $controller }، { $contact }.
community-withdraw-chosen = اسحب الاستخدامات المحددة
community-withdraw-all = اسحب كل شيء
community-withdraw-all-confirm = نعم، احذف كل إجاباتي الآن
community-receipt-json = احفظ إيصال الموافقة هذا (JSON)
community-kept-for = تُحفظ لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
community-shared-for = قد تُشارك مع { $who }.

## Dead ends and the consent screen (issue 21)

consent-cancel = إلغاء
err-consent-no-method = اختر طريقة إعطاء الموافقة.
consent-access-skip = من دون الأرقام الأربعة لن يتمكّن المستجيب من استخدام صفحة المجتمع: وحده منسّق المشروع يستطيع أن يطلعه على موافقته أو أن يسحبها.
consent-untranslated = لا توجد ترجمة لنص الموافقة إلى: { $languages }. اقرأه بلغة يفهمها المستجيب جيدًا، واطلب من مسؤول بيانات المشروع إضافة الترجمة.
consent-signature-label = يوقّع المستجيب، أو يضع علامة، بإصبعه داخل الإطار أدناه.
receipt-no-digits = لم تُختر أرقام أربعة، لذا لا تستطيع صفحة المجتمع فتح هذه الموافقة. للاطلاع عليها أو سحبها، يتوجّه المستجيب إلى منسّق المشروع أو إلى أحد الباحثين الميدانيين، ومعه هذا الرمز.
home-discard = حذف
home-discard-confirm = هل تريد حذف المسودة «{ $name }»؟ ستُمحى إجاباتها والموافقة المسجّلة فيها من هذا الهاتف. لا يمكن التراجع عن ذلك.
home-discard-yes = حذف المسودة
home-discard-no = الإبقاء عليها
home-draft-discarded = حُذفت المسودة من هذا الهاتف.
home-form-waiting = هناك إصدار جديد من الاستمارة بانتظارك. تُستكمل المسودة على الإصدار الذي بدأت به: أكمل كل مسودة أدناه أو احذفها، وسيصل الإصدار الجديد مع المزامنة التالية.
sync-new-form-waits = هناك إصدار جديد من الاستمارة بانتظارك: أكمل المسودات أو احذفها لاستخدامه.
home-withdrawals-pending = طلبات سحب بانتظار الإرسال
sync-withdrawals-done = { $n ->
        [one] نُفّذ طلب سحب واحد.
       *[other] نُفّذت طلبات السحب: { $n }.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = ما تم جمعه
dashboard-by-area = السجلات حسب المنطقة
dashboard-by-month = السجلات حسب المنطقة والشهر
dashboard-area = المنطقة
dashboard-total = المجموع
dashboard-earlier = قبل ذلك
dashboard-other-areas = مناطق أخرى
dashboard-indicators = ما أخبرتمونا به
dashboard-all-areas = كل المناطق
dashboard-share = { $share } ({ NUMBER($n) } من { NUMBER($total) })
dashboard-actions = ما قمنا به
dashboard-no-actions = لم يُنشر شيء بعد.
dashboard-counted = المحتسب: المقابلات المعتمدة التي وافق أصحابها على هذا الاستخدام:
dashboard-privacy = لحماية كل أسرة، لا يُعرض رقم إلا إذا شمل { NUMBER($k) } مقابلات على الأقل؛ وتشير — إلى رقم أُخفي لهذا السبب، أو كي لا يُستنتج رقم صغير من الأرقام الأخرى. المقابلة المسحوبة تخرج من هذه الأرقام عند التحديث التالي.
dashboard-updated = آخر تحديث
dashboard-feedback = ملاحظاتكم وشكاواكم
dashboard-feedback-kind = النوع
dashboard-feedback-received = المستلمة
dashboard-feedback-answered = التي تم الرد عليها
dashboard-feedback-median = الوسيط بالأيام حتى الرد
dashboard-feedback-confidential = البلاغات السرية (الإساءة، الاحتيال) مجتمعة
dashboard-feedback-how = أرسلوا ملاحظة أو سؤالاً أو شكوى عبر صفحة المجتمع، دون ذكر الاسم إن شئتم؛ واحتفظوا برمز المتابعة لقراءة الرد.
dashboard-action-about = الموضوع: { $categories }
dashboard-action-answers = الملاحظات التي يستجيب لها: { NUMBER($n) }
dashboard-action-answers-few = استجابةً لملاحظات (أقل من { NUMBER($k) } رسائل)
dashboard-monitor-title = المراقب المجتمعي: { $project }
dashboard-monitor-intro = أعداد وتواريخ فقط: لا شيء هنا يذكر اسم شخص أو ما أجاب به أحد. يُخفى كل عدد أقل من { NUMBER($k) } (—).
dashboard-monitor-dashboard = لوحة المعلومات العامة
dashboard-monitor-actions = الإجراءات المنشورة استجابةً: { NUMBER($n) }
dashboard-monitor-exports = من تلقّى البيانات
dashboard-monitor-date = التاريخ
dashboard-monitor-export-to = المتلقّي
dashboard-monitor-export-profile = الملف التعريفي
dashboard-monitor-records = السجلات
dashboard-monitor-export-withheld = محجوبة (إخفاء الهوية k)
dashboard-monitor-no-exports = لم تُصدَّر أي بيانات.
dashboard-monitor-operator = المشغّل (سطر الأوامر)
dashboard-monitor-withdrawals = سحب الموافقة
dashboard-monitor-month = الشهر
dashboard-monitor-withdrawn-purpose = استخدام واحد
dashboard-monitor-withdrawn-everything = كل شيء (حُذفت الإجابات)
dashboard-monitor-no-withdrawals = لم يسحب أحد موافقته.
dashboard-monitor-purges = السجلات المحذوفة
dashboard-monitor-reason = السبب
dashboard-monitor-reason-retention = حُفظت طوال المدة المسموح بها
dashboard-monitor-reason-withdrawn = سحب الموافقة
dashboard-monitor-no-purges = لم يُحذف أي سجل.
dashboard-monitor-feedback = كيف عولجت الملاحظات
dashboard-monitor-no-feedback = لا توجد ملاحظات بعد.
dashboard-monitor-acknowledged = تم الإقرار بالاستلام
dashboard-monitor-overdue = متأخرة الآن
dashboard-monitor-days-acknowledge = متوسط الأيام حتى الإقرار بالاستلام
dashboard-monitor-sign-in = تسجيل الدخول
dashboard-monitor-signed-out = سجّل الدخول بحساب المراقب المجتمعي للمشروع لقراءة هذه الصفحة.

## Admin: forms, drafts and publishing
admin-forms-intro = ارفع استبيانًا بصيغة XLSForm (‏.xlsx أو .xls، كما في ODK أو KoboToolbox) أو استمارة Sauti ‏(.json). تُحفظ مسودةً: راجع تحذيراتها ومعاينتها ثم انشرها. لا تتلقى الهواتف إلا الاستمارات المنشورة.
admin-governance-title = نموذج الموافقة وسياسة البيانات
admin-governance-intro = نموذج الموافقة هو ما يسمعه المستجيبون ويقبلونه؛ وسياسة البيانات تحدد من يرى ماذا وما يخرج في كل تصدير. ارفع كلاً منهما كملف TOML: يُفحص مع استمارات المشروع، وتُسرد كل مشكلة.
admin-template-file = نموذج الموافقة (.toml)
admin-policy-file = سياسة البيانات (.toml)
admin-template-installed = تم تثبيت نموذج الموافقة. تستلمه الهواتف عند مزامنتها التالية.
admin-template-in-use = أُعطيت سجلات بموجب هذه النسخة من النموذج، فلا يمكن تغييرها: ارفع رقم نسختها.
admin-policy-installed = النسخة { $version } من السياسة سارية.
admin-policy-current = السياسة السارية: النسخة { $version }.
admin-policy-default = لم تُثبَّت سياسة بعد: تُطبَّق السياسة المضمّنة، ولا يُخرج أي تصدير إجابة لا تصنّفها.
admin-forms-heading = استمارات المشروع
admin-forms-none = لا توجد استمارات بعد.
admin-forms-live = تتلقى الهواتف الإصدار { $version }
admin-forms-not-live = ليست على الهواتف بعد
admin-version-state-draft = مسودة
admin-version-state-waiting = بانتظار ملفات
admin-version-state-published = منشورة
admin-version-line = الأسئلة: { $questions } · السجلات: { $records } · { $when } · { $who }
admin-version-open = افتح الإصدار { $version }
admin-version-open-short = افتح
admin-upload-waiting = محفوظة إلى أن تُرفق هذه الملفات: { $files }
admin-draft-back = كل الاستمارات
admin-draft-title = { $form }، الإصدار { $version }
admin-draft-warnings = ما لاحظه الاستيراد
admin-draft-no-warnings = لم يلاحظ الاستيراد شيئًا يحتاج إلى إصلاح.
admin-draft-place-sheet = الورقة { $sheet }
admin-draft-place-row = الصف { $row }
admin-draft-place-column = العمود { $column }
admin-draft-missing = ملفات تقرؤها ولم تُرفق بعد
admin-draft-attach = أرفق ملفًا (يجب أن يكون اسمه كما في القائمة)
admin-draft-attached = أُرفق { $file }.
admin-draft-unclassified = أسئلة لا تصنّفها السياسة بعد
admin-draft-unclassified-help = لا يُخرج أي تصدير إجاباتها حتى تحدد السياسة (أو عمود tags في الاستمارة) ماهيتها. صنّفها قبل النشر.
admin-draft-all-classified = تصنّف السياسة كل الأسئلة.
admin-draft-preview = معاينة: الاستمارة كما تعرضها الهواتف
admin-draft-preview-language = لغة المعاينة
admin-draft-preview-note = معروضة للقراءة فقط. الأسئلة التي تُطرح بعد إجابات معيّنة تظهر على الهاتف عند إعطاء تلك الإجابات.
admin-draft-publish = انشر
admin-draft-confirm-new = ستتلقى الهواتف «{ $form }» الإصدار { $version } ({ $questions } سؤالًا) عند المزامنة التالية، للمقابلات الجديدة.
admin-draft-confirm-replaces = يحل محل الإصدار { $old }؛ تبقى سجلات الإصدار { $old } وتظل تُصدَّر.
admin-draft-confirm-unclassified = أسئلة غير مصنّفة: { $n }. لا تخرج إجاباتها في أي تصدير حتى تُصنَّف.
admin-draft-confirm-yes = انشر الآن
admin-draft-cancel = إلغاء
admin-draft-published = نُشرت. تتلقى الهواتف الإصدار { $version } عند المزامنة التالية.
admin-draft-delete = احذف هذه المسودة
admin-draft-delete-confirm = أتحذف هذه المسودة؟ لم يُجمع بها شيء؛ ويُزال الملف المرفوع نهائيًا.
admin-draft-cannot-publish = أرفق الملفات الناقصة أولًا: عندها يمكن نشرها.

## Projects, teams and accounts (issue 20)
admin-role-admin = مشرف
admin-role-steward = أمين البيانات
admin-role-reviewer = مراجع
admin-role-enumerator = جامع بيانات
admin-role-partner = شريك
admin-role-monitor = مراقب مجتمعي
admin-project-current = { $project } · دورك: { $role }
admin-project-switch = انتقل إلى مشروع آخر
admin-projects-archived = مؤرشف
admin-project-archived-note = هذا المشروع مؤرشف: لا يستقبل سجلات أو هواتف أو استمارات جديدة. تبقى بياناته، ويستطيع أمناء البيانات تصديرها.
admin-password-title = غيّر كلمة المرور
admin-password-current = كلمة المرور الحالية
admin-password-new = كلمة المرور الجديدة
admin-password-new-hint = 12 حرفًا على الأقل، ليست اسم المستخدم، وليست كلمة مرور شائعة. بضع كلمات تصنع كلمة مرور جيدة.
admin-password-repeat = كلمة المرور الجديدة مرة أخرى
admin-password-mismatch = كلمتا المرور الجديدتان غير متطابقتين.
admin-password-changed = غُيّرت كلمة المرور. انتهت جلساتك الأخرى.
admin-password-submit = غيّر كلمة المرور
admin-projects-title = المشاريع
admin-projects-intro = لكل مشروع استماراته ونموذج موافقته وسياسته وفريقه وتصديراته. يستطيع مشرف أي مشروع إنشاء مشروع جديد ويصبح مشرفه.
admin-project-name = اسم المشروع
admin-project-rename = أعد التسمية
admin-project-renamed = أُعيدت التسمية.
admin-project-archive = أرشف هذا المشروع
admin-project-restore = استعد هذا المشروع
admin-project-archive-confirm = أتؤرشف { $project }؟ لن تستطيع الهواتف إرسال سجلات إليه أو إعدادها له. تبقى بياناته، ويستطيع أمناء البيانات تصديرها، ويمكنك استعادته لاحقًا.
admin-project-restore-confirm = أتستعيد { $project }؟ ستستطيع الهواتف إرسال السجلات إليه وإعدادها له من جديد.
admin-project-new = مشروع جديد
admin-project-id = معرّف المشروع
admin-project-id-hint = من 3 إلى 40 من الأحرف اللاتينية الصغيرة أو الأرقام أو -. لا يمكن تغييره لاحقًا.
admin-project-create = أنشئ المشروع
admin-project-created = أُنشئ المشروع { $project }. أنت مشرفه: انتقل إليه في الأعلى لإضافة استماراته وفريقه.
admin-confirm = نعم، نفّذ
admin-cancel = إلغاء
admin-done = تم.
admin-team-title = الفريق
admin-team-intro = من يعمل في { $project }، ودوره هنا. قد يكون للشخص دور آخر في مشروع آخر.
admin-team-you = (أنت)
admin-team-disabled = معطّل
admin-team-role-of = دور { $username }
admin-team-role-changed = أصبح { $username } الآن { $role }.
admin-team-reset = أعد تعيين كلمة المرور
admin-team-reset-confirm = أتعطي { $username } كلمة مرور جديدة؟ تتوقف كلمة المرور الحالية عن العمل وتنتهي كل جلساته.
admin-team-disable = عطّل الحساب
admin-team-disable-confirm = أتعطّل { $username }؟ لن يستطيع تسجيل الدخول، وتنتهي جلساته الآن، وتتوقف هواتفه عن المزامنة حتى يُفعَّل الحساب من جديد.
admin-team-enable = فعّل الحساب
admin-team-enable-confirm = أتفعّل { $username } من جديد؟ سيستطيع تسجيل الدخول وتعود هواتفه إلى المزامنة.
admin-team-sessions = أخرجه من كل الأجهزة
admin-team-sessions-confirm = أتنهي كل جلسات { $username }؟ سيتعين عليه تسجيل الدخول من جديد.
admin-team-sessions-ended = الجلسات المنتهية: { $n }.
admin-team-remove = أزل من المشروع
admin-team-remove-confirm = أتزيل { $username } من { $project }؟ تنتهي جلساته هنا وتُلغى هواتفه هنا. يبقى الحساب وما سجّله.
admin-team-removed = أُزيل { $username }.
admin-team-password-once = كلمة مرور { $username }، تُعرض هذه المرة فقط. سلّمها له شخصيًا؛ ويمكنه تغييرها بعد تسجيل الدخول:
admin-team-add = أضف عضوًا
admin-team-username = اسم المستخدم
admin-team-username-hint = من 3 إلى 40 من الأحرف اللاتينية الصغيرة أو الأرقام أو . _ -
admin-team-role = الدور
admin-team-existing = لهذا الشخص حساب من قبل (من مشروع آخر)
admin-team-add-submit = أضف العضو
admin-team-added = أُضيف { $username } بدور { $role }.
admin-assign-title = من يملأ أي استمارة
admin-assign-intro = يملأ العدّاد كل الاستمارات المنشورة ما لم تُلغِ تحديد بعضها له؛ عندها لا يتلقى هاتفه إلا الاستمارات المحددة عند المزامنة التالية. السجلات المحفوظة على الهاتف تبقى مقبولة.
admin-assign-last = يملأ كل عدّاد استمارة واحدة على الأقل: لإيقاف شخص عن الجمع، أزله من الفريق.
admin-assign-saved = { $username } يملأ الآن: { $forms }.
admin-assign-every = كل الاستمارات، ومنها ما يُنشر لاحقًا
admin-assign-no-forms = لم تُنشر أي استمارة بعد.
admin-assign-no-enumerators = لا يوجد عدّاد في هذا المشروع بعد: أضفهم إلى الفريق.
admin-devices-title = الهواتف
admin-device-line = { $label } · أُعدّ في { $created } · آخر مزامنة: { $synced }
admin-device-never = أبدًا
admin-device-revoked = أُلغي في { $at }
admin-device-revoke = ألغِ الهاتف
admin-device-revoke-confirm = أتلغي الهاتف «{ $label }» الخاص بـ { $username }؟ يتوقف عن المزامنة فورًا؛ وتبقى عليه السجلات التي لم تُرسل بعد.
err-password-short = تحتاج كلمة المرور إلى 12 حرفًا على الأقل. بضع كلمات تصنع كلمة مرور جيدة.
err-password-long = لا تتجاوز كلمة المرور 256 حرفًا.
err-password-username = يجب ألا تحتوي كلمة المرور على اسم المستخدم.
err-password-common = هذه الكلمة من أول ما يجرّبه من يحاول التخمين. اختر غيرها.
err-project-archived = هذا المشروع مؤرشف: لا يستقبل سجلات أو هواتف أو استمارات جديدة. تبقى بياناته، ويستطيع أمناء البيانات تصديرها.
err-last-admin = يحتفظ المشروع بمشرف واحد على الأقل. اجعل شخصًا آخر مشرفًا أولًا.
err-account-shared = يعمل هذا الحساب أيضًا في مشاريع لا تشرف عليها. أزله من هذا المشروع بدلًا من ذلك، أو اسأل مشرفيها.
# The review desk (issue 20)
review-states = حالات المراجعة
review-tab-to_review = للمراجعة
review-tab-has_issues = مُعادة
review-tab-approved = معتمدة
review-tab-rejected = مرفوضة
review-tab-all = الكل
review-count = السجلات الموجودة: { $count }
review-select = تحديد { $name }
review-bulk-approve = اعتماد المحدد ({ $count })
review-clear-selection = إلغاء التحديد
review-bulk-confirm = اعتماد السجلات المحددة ({ $count })؟ ستخرج من «للمراجعة» ويمكن تصديرها.
review-confirm = تأكيد
review-more = عرض المزيد
review-keys = بلوحة المفاتيح: j يفتح السجل التالي، و k السابق.
review-undo = تراجع
review-done-approve = تم الاعتماد.
review-done-reject = تم الرفض.
review-done-has_issues = أُعيد إلى الباحث الميداني.
review-done-reopen = عاد للمراجعة.
review-done-bulk = تم اعتماد السجلات: { $count }
review-search = بحث
review-search-hint = رمز الإيصال أو الاسم أو الباحث الميداني
review-search-go = ابحث
review-filters = مرشحات أخرى
review-filter-enumerator = الباحث الميداني
review-filter-area = المنطقة
review-filter-form = إصدار الاستمارة
review-filter-any = الكل
review-filter-from = المستلمة من
review-filter-to = المستلمة حتى
review-filter-clear = مسح المرشحات
review-back = العودة إلى القائمة
review-enumerator = الباحث الميداني: { $name }
review-answers = الإجابات
review-language = لغة الإجابات
review-language-unnamed = لغة الاستمارة (دون اسم)
review-no-answers = لا توجد إجابات: رفض المستجيب.
review-withheld = أخفتها سياسة البيانات: { $questions }
review-file = تنزيل
review-pseudonym = (اسم مستعار)
review-action-approve = اعتماد
review-action-has_issues = إعادة
review-action-reject = رفض
review-action-reopen = إعادة فتح للمراجعة
review-confirm-approve = اعتماد هذا السجل؟ يمكن بعدها تصديره.
review-confirm-has_issues = إعادة هذا السجل إلى الباحث الميداني؟ اذكر ما يجب التحقق منه.
review-confirm-reject = رفض هذا السجل؟ لن يُصدَّر أبدًا.
review-confirm-reopen = إعادة هذا السجل إلى المراجعة؟
review-comment-needed = اذكر ما يجب أن يتحقق منه الباحث الميداني.
review-consent = الموافقة
review-consent-refused = رفض المستجيب.
review-consent-method = أُعطيت عبر: { $method }
review-method-signature = التوقيع
review-method-verbal = شفهيًا أمام شاهد
review-method-mark = علامة أمام شاهد
review-method-guardian = أحد الوالدين أو الوصي
review-method-proxy = من ينوب عنه
review-purpose-active = مقبول
review-purpose-withdrawn = مقبول ثم سُحب
review-purpose-declined = غير مقبول
review-proof-witness = الشاهد
review-proof-guardian = الوصي
review-proof-proxy = النائب
review-proof-relationship = صلة القرابة
review-proof-reason = السبب
review-proof-assent = موافقة القاصر نفسه
review-signature = توقيع المستجيب أو علامته
review-proof-withheld = جزء من الإثبات مخفي بموجب سياسة البيانات.
review-history = السجل
review-edited = صحّحه { $by }: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = ملاحظة أو سؤال أو شكوى
community-feedback-intro = يمكن لأي شخص أن يكتب إلى المشروع. لا حاجة لذكر اسمك.
community-feedback-project = المشروع
community-feedback-category = ما الموضوع؟
community-feedback-confidential = سري: لا يقرؤه إلا مسؤول الاتصال الذي سمّاه المشروع.
community-feedback-message = رسالتك
community-feedback-message-hint = اكتب بلغتك. لا تكتب أسماء أشخاص آخرين إلا عند الضرورة.
community-voice-record = سجّل رسالة صوتية بدلًا من الكتابة
community-voice-again = سجّل من جديد
community-voice-recording = جارٍ التسجيل… تكلّم الآن (دقيقتان على الأكثر).
community-voice-stop = توقّف
community-voice-failed = تعذّر تسجيل الرسالة الصوتية أو إرسالها. يمكنك كتابة ملاحظتك بدلًا من ذلك.
community-feedback-contact = كيف نتواصل معك (اختياري)
community-feedback-contact-hint = رقم هاتف أو عنوان، فقط إن أردت ردًا. اتركه فارغًا لتبقى مجهول الهوية.
community-feedback-send = إرسال
community-feedback-filed = تم الإرسال. رمز المتابعة الخاص بك:
community-feedback-keep = { $days ->
        [one] احتفظ بهذا الرمز. يؤكد المشروع الاستلام خلال يوم واحد؛ استخدم الرمز أدناه لقراءة الرد.
        [two] احتفظ بهذا الرمز. يؤكد المشروع الاستلام خلال يومين؛ استخدم الرمز أدناه لقراءة الرد.
        [few] احتفظ بهذا الرمز. يؤكد المشروع الاستلام خلال { NUMBER($days) } أيام؛ استخدم الرمز أدناه لقراءة الرد.
       *[other] احتفظ بهذا الرمز. يؤكد المشروع الاستلام خلال { NUMBER($days) } يومًا؛ استخدم الرمز أدناه لقراءة الرد.
    }
community-feedback-follow-title = متابعة ملاحظتك
community-feedback-tracking = رمز المتابعة
community-feedback-follow = عرض الرد
community-feedback-answer = الرد
community-feedback-not-found = لا توجد ملاحظة بهذا الرمز. تحقق من الرمز وحاول مجددًا.
community-feedback-incomplete = اختر الموضوع واكتب رسالة.
community-feedback-choose = اختر الموضوع.
community-feedback-status-received = تم الاستلام، لم يُنظر فيها بعد
community-feedback-status-acknowledged = تم الاستلام وجارٍ النظر فيها
community-feedback-status-answered = تم الرد
community-feedback-status-referred = أُحيلت إلى منظمة أخرى يمكنها المساعدة
community-feedback-status-closed = مغلقة
steward-feedback-title = الملاحظات والشكاوى
steward-feedback-counts = المفتوحة: { NUMBER($open) } · المتأخرة: { NUMBER($overdue) }
steward-feedback-confidential = سري
steward-feedback-overdue = متأخرة
steward-feedback-from-web = من صفحة المجتمع، باللغة { $lang }
steward-feedback-from-phone = سجّله أحد العدّادين، باللغة { $lang }
steward-feedback-contact = التواصل: { $contact }
steward-feedback-anonymous = مجهول الهوية
steward-feedback-resolution = الحل: { $resolution }
steward-feedback-text = رد أو إحالة أو حل
steward-feedback-acknowledge = تأكيد الاستلام
steward-feedback-answer = إرسال الرد
steward-feedback-refer = إحالة
steward-feedback-close = إغلاق
steward-feedback-voice = رسالة صوتية:
steward-monitor-open = افتح صفحة التدقيق المجتمعي
steward-actions-title = ما فعلناه: إجراءات على لوحة المعلومات العامة
steward-actions-intro = أخبر المجتمع بما فعله المشروع بشأن ملاحظاته. تعرض اللوحة العنوان والنص وعدد الرسائل التي يستجيب لها الإجراء، ولا تعرض الرسائل أبدًا.
steward-actions-date = تم في
steward-actions-language = اللغة
steward-actions-heading = العنوان
steward-actions-text = ما الذي تم
steward-actions-cases = الملاحظات التي يستجيب لها
steward-actions-publish = انشر على لوحة المعلومات
steward-actions-published = تم في { $date } · الملاحظات التي يستجيب لها: { NUMBER($n) }
steward-actions-withdraw = أزل من لوحة المعلومات
steward-actions-none = لم يُنشر شيء بعد.

## Feedback recorded on the phone (issue 23)
home-feedback-title = تسجيل ملاحظة أو شكوى
home-feedback-intro = لشخص يريد أن يقول شيئًا للمشروع، دون ذكر الاسم ما لم يترك وسيلة تواصل. تُرسل مع المزامنة التالية.
home-feedback-category = ما الموضوع؟
home-feedback-message = ما يقوله الشخص
home-feedback-contact = كيف نتواصل معه (اختياري)
home-feedback-contact-hint = فقط إن أراد ردًا.
home-feedback-save = حفظ
home-feedback-saved = تم الحفظ. أعطِ رمز المتابعة هذا للشخص: به يقرأ الرد في صفحة المجتمع.
home-feedback-incomplete = اختر الموضوع واكتب ما يقوله الشخص.
home-feedback-waiting = ملاحظات بانتظار الإرسال: { NUMBER($n) }
sync-feedback-sent = ملاحظات أُرسلت: { NUMBER($n) }.
sync-feedback-refused = ملاحظات رفضها الخادم (لم يعد موضوعها متاحًا): { NUMBER($n) }.

# Translation in the browser (issue 24): the translation page.
admin-role-translator = مترجم
admin-translate-title = الترجمة
admin-translate-intro = ترجم الاستمارة ونص الموافقة جنبًا إلى جنب. يحفظ المترجم العمل ويعلّمه بأنه رُوجع؛ وينشره مسؤول البيانات أو المدير، فتتلقاه الهواتف عند مزامنتها التالية.
admin-translate-form = الاستمارة
admin-translate-language = الترجمة إلى
admin-translate-languages = لغات هذه الاستمارة
admin-translate-done = { $done } من { $total }
admin-translate-reviewed-by = راجعها { $who }
admin-translate-unpublished = محفوظة، لم تُنشر بعد
admin-translate-export = تنزيل كل اللغات لبرنامج Excel (‎.xlsx)
admin-translate-import = رفع مصنّف: تُقرأ أعمدة { $lang } منه
admin-translate-table = من { $source } إلى { $target }
admin-translate-status = حالة هذه الترجمة
admin-translate-status-none = لم تبدأ
admin-translate-status-published = موجودة في الاستمارة، لم تُراجع هنا
admin-translate-status-machine = مسودة آلية
admin-translate-status-draft = مسودة كتبها شخص
admin-translate-status-reviewed = راجعها متحدث باللغة
admin-translate-save = حفظ الترجمة
admin-translate-publish = نشر الترجمة
admin-translate-saved = حُفظت. ينشرها مسؤول البيانات أو المدير.
admin-translate-published = نُشرت: إصدار الاستمارة { $version }، إصدار الموافقة { $template }. تتلقاها الهواتف عند مزامنتها التالية.
admin-translate-publish-incomplete = لم تُترجم الموافقة كاملة بعد: املأ كل خانة فارغة في الموافقة وأغراضها، ثم انشر.
admin-translate-imported = قُرئ من المصنّف: حُفظ { $imported } من النصوص، وتُرك { $skipped } من الصفوف (ليست في الاستمارة).
admin-translate-who-publishes = ينشر الترجماتِ مسؤولُ البيانات أو المدير.
admin-translate-interface = لغات الواجهة
admin-translate-interface-language = اللغة
admin-translate-interface-complete = الرسائل
admin-translate-interface-review = المراجعة
admin-translate-unreviewed = لم يراجعها متحدث باللغة بعد

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = لا يوجد تسجيل لنص الموافقة بهذه اللغة.
consent-audio-first = مقابلة صوتية أولاً: تُشغَّل كل مطالبة بصوت عالٍ، سؤال واحد في كل شاشة
prompt-listen-choice = استمع إلى هذه الإجابة
admin-record-open = سجّل المطالبات للمستجيبين الذين لا يقرؤون
admin-record-title = تسجيلات للمستجيبين الذين لا يقرؤون
admin-record-intro = سجّل نص الموافقة وكل سؤال وإجابة بلغة المستجيب. استمع إلى كل تسجيل وأعد تسجيله حتى يصبح صحيحاً.
admin-record-form = الاستمارة
admin-record-language = لغة التسجيلات
admin-record-consent = نص الموافقة
admin-record-consent-note = يدخل تسجيل نص الموافقة في نموذج الموافقة فوراً: تحصل عليه الهواتف عند مزامنتها التالية.
admin-record-consent-text = نص الموافقة كاملاً
admin-record-prompts = الأسئلة والإجابات
admin-record-start = سجّل
admin-record-again = سجّل من جديد
admin-record-stop = أوقف واحتفظ
admin-record-on-air = جارٍ التسجيل: تحدّث الآن، ثم اضغط أوقف.
admin-record-unsaved = تسجيلات لم تُحفظ في مسودة بعد: { $count }
admin-record-save = احفظ كمسودة جديدة
admin-record-back = العودة إلى الاستمارات
admin-record-microphone-refused = لا يُسمح للمتصفح باستخدام الميكروفون: اسمح بذلك في إعدادات الموقع وحاول مرة أخرى.
admin-record-microphone-missing = تعذّر استخدام أي ميكروفون: وصّل ميكروفوناً وحاول مرة أخرى.
admin-record-unsupported = لا يستطيع هذا المتصفح تسجيل الصوت: استخدم إصداراً حديثاً من Chrome أو Firefox أو Safari.
idle-warning = لم يُستخدم هذا الهاتف منذ مدة: سيُقفل خلال دقيقة لحماية السجلات.
idle-stay = إبقاء الهاتف مفتوحًا
review-consent-played = شُغِّل تسجيل نص الموافقة للمستجيب.

# The digits a project's interface writes numbers in (issue 24), on the admin's projects card.
admin-digits = الأرقام المستخدمة في الهواتف
admin-digits-language = الأرقام المعتادة في كل لغة
admin-digits-latin = الأرقام اللاتينية (0123456789) في كل اللغات
admin-digits-native = أرقام الكتابة نفسها (العربية ٠١٢٣، الدرية والبشتو ۰۱۲۳، البنغالية ০১২৩)
admin-digits-hint = الأعداد والصفحات والتواريخ على هواتف هذا المشروع. تأخذ الهواتف التغيير عند المزامنة التالية.
admin-digits-saved = حُفظ. تكتب الهواتف الأرقام بهذه الطريقة بدءًا من مزامنتها التالية.
