# نصوص واجهة Sauti، العربية. كل معرّف هنا يجب أن يوجد في كل ملفات اللغات
# (تتحقق منه اختبارات forms::i18n). اجعل الجمل قصيرة: تُقرأ على شاشات صغيرة تحت الشمس.

app-title = Sauti
lang-label = اللغة
nav-skip = الانتقال إلى المحتوى

## Setting up a phone
setup-title = إعداد هذا الهاتف
setup-intro = سجّل الدخول مرة واحدة وأنت متصل بالإنترنت. بعد ذلك يُقفَل كل ما تجمعه على هذا الهاتف بعبارة مرور لا يعرفها غيرك.
setup-username = اسم المستخدم
setup-password = كلمة المرور
setup-passphrase = عبارة مرور جديدة
setup-passphrase-hint = 8 أحرف على الأقل. لا يمكن استرجاعها: إذا نسيتها، تضيع السجلات التي لم تتم مزامنتها بعد.
setup-passphrase-confirm = أعد كتابة عبارة المرور
setup-submit = تسجيل الدخول والقفل
setup-busy = جارٍ تسجيل الدخول…
err-passphrase-short = يجب أن تتكون عبارة المرور من 8 أحرف على الأقل.
err-passphrase-mismatch = عبارتا المرور غير متطابقتين.
err-sign-in = اسم المستخدم أو كلمة المرور غير صحيحة.
err-too-many-attempts = محاولات خاطئة كثيرة لكلمة المرور. انتظر قليلًا ثم حاول مجددًا.
err-network = لا يوجد اتصال بالخادم. تحقّق من الشبكة وحاول مرة أخرى. لم يضِع شيء.
err-server = تعذّر على الخادم معالجة الطلب (خطأ { $status }). لم يضِع شيء.

## Unlocking
unlock-title = فتح القفل
unlock-intro = أدخل عبارة المرور لفتح سجلاتك.
unlock-passphrase = عبارة المرور
unlock-submit = فتح القفل
unlock-busy = جارٍ فتح القفل…
unlock-user = هذا الهاتف مُعَدّ للمستخدم { $user }.
unlock-wait = محاولات خاطئة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية.
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
home-offline-ready = الاستمارة جاهزة للاستخدام دون اتصال: { $form }
update-ready = إصدار جديد من صوتي جاهز.
update-now = التحديث الآن
home-storage = المساحة المستخدمة على هذا الهاتف: { $percent } ٪
home-keep = تبقى السجلات التي تمت مزامنتها على هذا الهاتف { $days } يومًا، ثم تُحذف.
storage-warning = ذاكرة هذا الهاتف ممتلئة بنسبة { $percent } ٪. قم بالمزامنة قريبًا: تتوقف المقابلات الجديدة عند 95 ٪.
err-storage-nearly-full = ذاكرة هذا الهاتف ممتلئة بنسبة { $percent } ٪. قم بالمزامنة أو أفرغ مساحة قبل مقابلة جديدة، حتى لا تفشل أي مقابلة أثناء الحفظ.
sync-busy = جارٍ المزامنة…
sync-done = انتهت المزامنة: أُرسل { $accepted }، وكان { $duplicates } موجودًا على الخادم مسبقًا، ورُفض { $rejected }.
sync-nothing = لا يوجد ما تتم مزامنته.
sync-new-form = إصدار جديد من الاستمارة جاهز للاستخدام دون اتصال: { $form }.
sync-edited = كان { $n } منها قد صُحّح من قِبل أمين البيانات على الخادم؛ ويُحتفظ بالتصحيح.
record-edited = صحّحه أمين البيانات على الخادم؛ ويُحتفظ بالتصحيح.
record-sent-back = أعادها المراجع: { $comment }
sync-progress = جارٍ إرسال { $done } من { $total }…
sync-retry = لا يوجد اتصال. ستُعاد المحاولة بعد { $seconds } ثانية؛ سجلاتك آمنة على الهاتف.
home-auto-send = الإرسال تلقائيًا عند توفر الاتصال
err-device-revoked = لم يعد مسموحًا لهذا الهاتف بالمزامنة: سُحب إذن الوصول أو انتهت صلاحيته. تبقى سجلاتك على الهاتف. اطلب من مشرفك إعداده من جديد.
err-batch-malformed = تعذّر على الخادم قراءة السجلات المرسلة. لم يضِع شيء.
err-form-unknown = لا يعرف الخادم هذا الإصدار من الاستمارة. لم يضِع شيء.
err-too-large = أُرسل الكثير دفعة واحدة. لم يضِع شيء.
err-unauthorized = سجّل الدخول أولًا.
err-forbidden = غير مسموح لك بالقيام بذلك.
err-not-found = غير موجود.
err-conflict = غيّر شخص آخر هذا السجل في الأثناء. أعد تحميله وحاول مرة أخرى.
err-internal = حدثت مشكلة في الخادم. لم يضِع شيء؛ حاول مرة أخرى لاحقًا.
err-refusal-with-answers = أُرسل رفض مع إجابات، لذلك لم يُحفظ.
err-receipt-reused = يوجد سجل آخر يحمل رمز الإيصال نفسه.

## Errors from storage and the vault
err-tampered = لا يمكن فتح السجل { $id }: تم تعديله أو أصابه تلف. سجلاتك الأخرى في أمان.
err-malformed-storage = البيانات المحفوظة للسجل { $id } بصيغة لا يفهمها هذا التطبيق.
err-weak-vault = إعدادات الخزنة المحفوظة أضعف من المسموح به.
err-no-random = لا يستطيع هذا المتصفح توليد أرقام عشوائية آمنة.
err-storage-full = ذاكرة الهاتف ممتلئة. لم يضِع شيء: قم بالمزامنة أو أفرغ مساحة، ثم احفظ مرة أخرى.
err-invalid-answers = هذه الإجابات تخالف قواعد الاستمارة؛ راجع كل حقل.
err-invalid-policy = لا يمكن استخدام السياسة؛ كل مشكلة مذكورة مع موضعها.
err-form-expression = تحتوي الاستمارة على تعبير لا يمكن قراءته.
err-form-definition = تعريف الاستمارة غير صالح.

## Consent
consent-title = الموافقة
consent-language = لغة المستجيب
consent-read = اقرأ هذا على المستجيب:
consent-controller = الجهة المسؤولة: { $controller }
consent-purposes = يوافق المستجيب على:
consent-method = طريقة إعطاء الموافقة
consent-method-signature = التوقيع على الشاشة
consent-method-verbal = موافقة شفهية بحضور شاهد
consent-signature-pad = مكان التوقيع: يوقّع المستجيب هنا
consent-signature-clear = مسح التوقيع
consent-witness = اسم الشاهد
consent-access = أربعة أرقام يختارها المستجيب (اختياري)
consent-access-hint = رمز سري أو سنة الميلاد. مع رمز الإيصال، يتيح الاطلاع على الموافقة أو سحبها لاحقًا.
consent-bad-access = اكتب أربعة أرقام بالضبط، أو اتركه فارغًا.
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
geo-locate = تسجيل الموقع
geo-busy = جارٍ تحديد الموقع…
geo-done = تم تسجيل الموقع (الدقة نحو { $accuracy } م).
geo-failed = تعذّر تحديد الموقع. تأكد من تشغيل خدمة الموقع والسماح بها لهذه الصفحة، أو اكتبه يدويًا.
interview-required = مطلوب
interview-add-member = إضافة شخص
interview-remove-member = حذف هذا الشخص
interview-member = الشخص { $n }
interview-choose = اختر…
interview-page = الصفحة { $n } من { $total }
interview-has-errors = بعض الإجابات تحتاج إلى مراجعة.
field-required = هذه الإجابة مطلوبة.
field-constraint = هذه الإجابة غير مسموح بها.
field-not-integer = أدخل عددًا صحيحًا.
field-not-number = أدخل رقمًا.
field-not-date = أدخل تاريخًا.
field-not-time = أدخل وقتًا.
field-not-geopoint = أدخل الموقع بخط العرض وخط الطول، مثل -1.29 36.82.
media-not-yet = لا يمكن بعد التقاط الصور والتسجيلات والملفات على هذا الجهاز؛ يتم تخطي هذا السؤال.
field-unknown-choice = اختر أحد الخيارات.
field-unknown = هذه الإجابة لا تنتمي إلى الاستمارة.
field-not-relevant = لا ينبغي إعطاء هذه الإجابة هنا.
field-calculation = إحدى القيم المحسوبة لم تعد محدّثة.
field-wrong-shape = شكل هذه الإجابة غير صحيح.

## Receipt
receipt-title = الإيصال
receipt-intro = أعطِ هذا الرمز للمستجيب. يمكنه به لاحقًا الاطلاع على موافقته أو تضييقها أو سحبها.
receipt-refused = تم تسجيل الرفض. لم يُحتفظ بأي إجابة.
receipt-saved = تم الحفظ والتشفير على هذا الهاتف.
receipt-done = العودة إلى المقابلات

## Data steward
steward-title = البيانات المُرسَلة
admin-upload-title = الاستمارات
admin-upload-intro = ارفع استبيانًا بصيغة XLSForm (.xlsx أو .xls، كما في ODK أو KoboToolbox) أو استمارة صوتي (.json). يصبح الإصدار الجديد لاستمارة المشروع، وتستلمه الهواتف عند المزامنة التالية.
admin-upload-label = ملف الاستبيان
admin-upload-done = تم استيراد «{ $form }» ({ $id }، الإصدار { $version }): { $questions } سؤالًا.
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
exports-title = التصدير
exports-intro = لا يُخرج كل تصدير إلا ما تسمح به سياسة المشروع: السجلات المعتمدة التي وافق أصحابها على غرضه.
exports-k = تُحجب السجلات التي قد تبرز (أقل من { $k } متشابهة).
exports-csv = CSV
exports-json = JSON
exports-xlsx = إكسل (كل الجداول)
exports-table = جدول «{ $table }» (CSV)
steward-refused = رُفضت الموافقة
steward-purposes = الأغراض: { $purposes }
steward-col-receipt = الإيصال
steward-col-received = تاريخ الاستلام
steward-col-area = المنطقة
steward-col-state = الحالة
steward-col-actions = الإجراءات
err-session = انتهت جلستك. سجّل الدخول مرة أخرى.
