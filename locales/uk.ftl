# Sauti UI strings, Ukrainian (uk).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-06
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-06)
# Same ids as en.ftl (forms::i18n tests check it). CLDR plural categories for uk: one (1, 21, 31…, not 11),
# few (2-4, 22-24…, not 12-14), many (0, 5-20, 11-14, 25-30…), other (fractions). A noun after a number
# takes the form of its category: 1 секунду, 2 секунди, 5 секунд; a message with a count has a selector.

app-title = Sauti
lang-label = Мова
lang-unreviewed = Цей переклад ще не перевірив носій мови. Повідомляйте про помилки своєму керівникові.
nav-skip = Перейти до змісту

## Setting up a phone
setup-title = Налаштувати цей телефон
setup-intro = Увійдіть один раз, поки є інтернет. Після цього все, що ви збираєте, замикається на цьому телефоні паролем-фразою, яку знаєте лише ви.
setup-username = Ім'я користувача
setup-password = Пароль
setup-passphrase = Нова парольна фраза
setup-passphrase-hint = Щонайменше 8 символів. Її не можна відновити: якщо ви її забудете, ще не синхронізовані записи буде втрачено.
setup-passphrase-confirm = Повторіть парольну фразу
setup-submit = Замкнути й почати
setup-busy = Телефон замикається…
setup-signin = Увійти
setup-lock-title = Оберіть пароль-фразу
setup-downloading = Вхід як { $user } і завантаження форм. Тим часом оберіть пароль-фразу.
setup-downloaded = Ви увійшли як { $user }. Форми отримано.
setup-back = Інший обліковий запис
setup-account-empty = Введіть ім'я користувача та пароль.
err-passphrase-short = Парольна фраза має містити щонайменше 8 символів.
err-passphrase-mismatch = Дві парольні фрази не збігаються.
err-sign-in = Неправильне ім'я користувача або пароль.
err-too-many-attempts = Забагато неправильних паролів. Зачекайте трохи й спробуйте знову.
err-busy = Сервер зайнятий перевіркою інших паролів. Зачекайте хвилинку й спробуйте знову. Нічого не втрачено.
err-network = Сервер недоступний, хоча телефон в мережі. Нічого не втрачено.
err-offline = Цей телефон поза мережею. Нічого не втрачено: синхронізуйте знову, коли з'явиться зв'язок.
err-timeout = Сервер не відповів вчасно, тому телефон перестав чекати. Нічого не втрачено.
err-chunk = Цього екрана ще немає на телефоні. Підключіться до мережі один раз і відкрийте його знову. Нічого не втрачено.
chunk-loading = Завантаження…
err-server = Сервер не зміг обробити запит (помилка { $status }). Нічого не втрачено.

## Unlocking
unlock-title = Відімкнути
unlock-intro = Введіть парольну фразу, щоб відкрити свої записи.
unlock-passphrase = Парольна фраза
unlock-submit = Відімкнути
unlock-busy = Відмикання…
unlock-moved = Sauti розблоковано в іншому вікні, тому це вікно заблоковано. Користуйтеся одним вікном водночас.
unlock-user = Цей телефон налаштовано для { $user }.
unlock-wait = Забагато неправильних спроб. { $seconds ->
        [one] Спробуйте знову через { $seconds } секунду.
        [few] Спробуйте знову через { $seconds } секунди.
        [many] Спробуйте знову через { $seconds } секунд.
       *[other] Спробуйте знову через { $seconds } секунди.
    }
locked-idle = Замкнено після 10 хвилин без використання.
err-wrong-passphrase = Неправильна парольна фраза. Нічого не змінено.
passphrase-change = Змінити парольну фразу
passphrase-current = Поточна парольна фраза
passphrase-changed = Парольну фразу змінено. Відтепер використовуйте нову.
cancel = Скасувати

## Home
home-title = Інтерв'ю
home-new = Нове інтерв'ю
home-sync = Синхронізувати зараз
home-lock = Замкнути
home-drafts = Чернетки
home-queued = Чекають на синхронізацію
home-synced = Синхронізовано
home-rejected = Відхилено сервером
home-empty = Немає
home-resume = Продовжити
home-offline-ready = { $count ->
        [one] Форма готова до роботи без мережі: { $form }
       *[other] Форми готові до роботи без мережі: { $form }
    }
update-ready = Нова версія Sauti готова.
update-now = Оновити зараз
home-storage = Зайнято пам'яті на цьому телефоні: { NUMBER($percent) } %
home-keep = Синхронізовані записи зберігаються на цьому телефоні { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }, потім їх видаляють.
storage-warning = Пам'ять цього телефона заповнена на { NUMBER($percent) } %. Синхронізуйте найближчим часом: нові інтерв'ю зупиняються на 95 %.
storage-warning-free = Пам'ять цього телефона заповнена на { NUMBER($percent) } %. Звільніть місце на телефоні (фото, відео, інші застосунки): нові інтерв'ю зупиняються на 95 %.
err-storage-nearly-full = Пам'ять цього телефона заповнена на { NUMBER($percent) } %. Синхронізуйте або звільніть місце перед новим інтерв'ю, щоб жодне інтерв'ю не зірвалося під час збереження.
err-storage-nearly-full-free = Пам'ять цього телефона заповнена на { NUMBER($percent) } %, а надсилати нічого, тож синхронізація не допоможе. Звільніть місце на телефоні (фото, відео, інші застосунки) перед новим інтерв'ю.
sync-busy = Синхронізація…
sync-done = Синхронізацію завершено: надіслано — { NUMBER($accepted) }, уже були на сервері — { NUMBER($duplicates) }, відхилено — { NUMBER($rejected) }.
sync-nothing = Нема чого синхронізувати.
sync-new-form = Нова версія форми готова до роботи без мережі: { $form }.
sync-forms-changed = Форми на цьому телефоні тепер такі: { $forms }.
sync-edited = { $n ->
        [one] Серед них { $n } запис розпорядник даних виправив на сервері; виправлення збережено.
        [few] Серед них { $n } записи розпорядник даних виправив на сервері; виправлення збережено.
        [many] Серед них { $n } записів розпорядник даних виправив на сервері; виправлення збережено.
       *[other] Серед них { $n } запису розпорядник даних виправив на сервері; виправлення збережено.
    }
record-edited = Виправлено розпорядником даних на сервері; виправлення збережено.
record-recheck = Надіслати на перевірку ще раз
record-sent-back = Повернуто рецензентом: { $comment }
sync-progress = Надсилання { NUMBER($done) } з { NUMBER($total) }…
sync-retry = { $seconds ->
        [one] Нова спроба через { $seconds } секунду; ваші записи в безпеці на телефоні.
        [few] Нова спроба через { $seconds } секунди; ваші записи в безпеці на телефоні.
        [many] Нова спроба через { $seconds } секунд; ваші записи в безпеці на телефоні.
       *[other] Нова спроба через { $seconds } секунди; ваші записи в безпеці на телефоні.
    }
sync-offline-wait = Цей телефон поза мережею. Ваші записи на ньому в безпеці; їх буде надіслано, коли з'явиться зв'язок.
home-auto-send = Надсилати автоматично, коли є мережа
err-device-revoked = Цьому телефону більше не дозволено синхронізуватися: його доступ відкликано або він закінчився. Ваші записи залишаються на телефоні. Попросіть керівника налаштувати його знову.
err-batch-malformed = Сервер не зміг прочитати надіслані записи. Нічого не втрачено.
err-bad-request = Це не вдалося зробити так, як просили. Перевірте введене й спробуйте знову.
err-form-unknown = Сервер не знає цієї версії форми. Нічого не втрачено.
err-form-not-assigned = Цьому телефону ніколи не призначали цю форму, тож сервер не зберіг запис. Він лишається на телефоні: попросіть керівника призначити вам форму, а тоді синхронізуйте знову.
err-too-large = Забагато надіслано за один раз. Нічого не втрачено.
err-unauthorized = Спершу увійдіть.
err-forbidden = Вам не дозволено це робити.
err-not-found = Не знайдено.
err-conflict = Хтось тим часом змінив цей запис. Перезавантажте його й спробуйте знову.
err-internal = На сервері сталася проблема. Нічого не втрачено; спробуйте пізніше.
err-refusal-with-answers = Відмову надіслано разом із відповідями, тому її не збережено.
err-receipt-reused = Інший запис уже має цей код квитанції.
err-record-too-large = Завеликий для надсилання: фото та записи роблять його більшим, ніж приймає сервер. Він зберігається на цьому телефоні; повідомте свого керівника.

## Errors from storage and the vault
err-tampered = Запис { $id } не вдається відкрити: його змінено або пошкоджено. Інші ваші записи в безпеці.
err-malformed-storage = Дані, збережені для { $id }, мають формат, якого цей застосунок не розуміє.
err-weak-vault = Збережені налаштування сховища слабші, ніж дозволено.
err-no-random = Цей браузер не може створювати надійні випадкові числа.
err-storage-full = Пам'ять телефона заповнена. Нічого не втрачено: звільніть місце на телефоні (фото, відео, інші застосунки) і збережіть знову.
err-storage-write = Телефон не зміг записати в пам'ять ({ $reason }). Це не збережено: спробуйте знову.
err-invalid-answers = Ці відповіді порушують правила форми; дивіться кожне поле.
err-invalid-policy = Цю політику не можна використати; кожну проблему наведено з її місцем.
err-form-expression = Форма містить вираз, який не вдається прочитати.
err-form-definition = Опис форми недійсний.
err-form-files-missing = Форма читає файли, які ще не долучено: долучіть їх, потім опублікуйте.

## Consent
consent-title = Згода
consent-language = Мова респондента
consent-read = Прочитайте це респондентові:
consent-controller = Відповідальна організація: { $controller }
consent-purposes = Респондент погоджується на:
consent-method = Як надано згоду
consent-method-signature = Підпис на екрані
consent-method-verbal = Усна згода у присутності свідка
consent-method-mark = Позначка (хрестик або відбиток пальця) у присутності свідка
consent-method-guardian = Неповнолітній: його власна згода і згода батьків чи опікуна
consent-method-proxy = Хтось погоджується від імені людини, яка не може
consent-minimum-age = Для респондентів, молодших за { $age }.
consent-guardian = Ім'я одного з батьків або опікуна
consent-proxy = Ім'я людини, що погоджується від їхнього імені
consent-relationship = Ким доводиться респондентові
consent-assent = Дитина погоджується взяти участь
consent-reason = Чому респондент не може погодитися сам
consent-missing-representative = Напишіть ім'я людини, що дає згоду, і ким вона доводиться.
consent-missing-assent = Запитайте дитину, чи вона згодна, і позначте поле, лише якщо так.
consent-missing-reason = Напишіть, чому респондент не може погодитися сам.
consent-required-purpose = Без цього використання взяти участь не можна. Якщо респондент не згоден, запишіть відмову.
consent-signature-pad = Поле підпису: тут підписується респондент
consent-signature-clear = Стерти підпис
consent-kept-for = Зберігається { $days ->
        [one] { $days } день.
        [few] { $days } дні.
        [many] { $days } днів.
       *[other] { $days } дня.
    }
consent-shared-for = Може бути передано: { $who }.
consent-witness = Ім'я свідка
consent-access = Чотири цифри, які обирає респондент (необов'язково)
consent-access-hint = PIN-код або рік народження. Разом із кодом квитанції вони дають змогу згодом переглянути або відкликати згоду.
consent-bad-access = Напишіть рівно чотири цифри або залиште поле порожнім.
consent-understanding = Переконайтеся, що респондент зрозумів: поставте кожне запитання.
consent-yes = Так
consent-no = Ні
consent-explain-again = Не зовсім. Поясніть це ще раз, потім запитайте знову:
consent-not-understood = Ставте кожне запитання про розуміння, доки кожна відповідь не буде правильною.
consent-listen = Увімкніть респондентові запис цього тексту:
consent-give = Згоду надано: почати
consent-refuse = Респондент відмовляється
err-consent-no-purpose = Оберіть принаймні одну мету або запишіть відмову.
err-consent-no-signature = Спершу попросіть респондента підписатися.
err-consent-no-witness = Напишіть ім'я свідка.
consent-unknown-template = Сервер не знає цього шаблону згоди.
consent-text-mismatch = Показаний текст згоди не відповідає шаблону.
consent-no-purpose = Жодної мети не прийнято.
consent-unknown-purpose = Сервер не знає однієї з цілей.
consent-missing-witness = Бракує імені свідка.
consent-missing-signature = Бракує підпису.

## Interview
interview-next = Далі
interview-back = Назад
interview-save = Зберегти
interview-save-draft = Зберегти чернетку й вийти
interview-draft-saved = Чернетку збережено на цьому телефоні.
geo-locate = Записати місцезнаходження
geo-map = Показати на карті
geo-busy = Пошук місцезнаходження…
geo-done = Місцезнаходження записано (точність близько { $accuracy } м).
geo-failed = Не вдалося визначити місцезнаходження. Перевірте, що геолокацію ввімкнено й дозволено для цієї сторінки, або введіть його вручну.
geo-add-location = Додати моє місцезнаходження
geo-add-point = Додати цю точку
geo-latitude = Широта
geo-longitude = Довгота
geo-remove-point = Видалити точку { NUMBER($n) }
geo-no-points = Точок ще немає. Станьте в кожній точці й додайте своє місцезнаходження або введіть його.
geo-points-summary = { $count ->
        [one] { $count } точка
        [few] { $count } точки
        [many] { $count } точок
       *[other] { $count } точки
    } · довжина { $length } м
geo-area = площа { $area } м² ({ $hectares } га)
interview-required = обов'язково
interview-add-member = Додати: { $label }
interview-remove-member = Видалити { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = Оберіть…
choices-search = Введіть для пошуку
choices-count = { $count ->
        [one] { $count } варіант: введіть кілька літер потрібного.
        [few] { $count } варіанти: введіть кілька літер потрібного.
        [many] { $count } варіантів: введіть кілька літер потрібного.
       *[other] { $count } варіанта: введіть кілька літер потрібного.
    }
choices-found = Знайдено: { NUMBER($count) }
choices-more = { $count ->
        [one] Перші { NUMBER($shown) } з { NUMBER($count) } знайденого: введіть більше літер.
       *[other] Перші { NUMBER($shown) } з { NUMBER($count) } знайдених: введіть більше літер.
    }
choices-none = Нічого не знайдено: перевірте написання або спробуйте початок назви.
choices-empty = Варіантів поки немає: вони залежать від попередньої відповіді.
choices-none-listed = У списку немає варіантів для попередніх відповідей. Перевірте їх або повідомте керівника.
date-day = День
date-month = Місяць
date-year = Рік
date-no-such-day = Такого дня в цьому календарі немає.
date-gregorian = Збережено як { $date } (григоріанський календар).
date-called = У цьому календарі цей день записується як { $date }.
date-waxing = молодик, { $day }-й день
date-full-moon = повня
date-waning = спадний місяць, { $day }-й день
date-new-moon = новий місяць
prompt-listen = Прослухати запитання
prompt-watch = Переглянути відео запитання
interview-guidance = Як запитувати
interview-page = Сторінка { NUMBER($n) } з { NUMBER($total) }
interview-has-errors = Деякі відповіді потребують уваги.
overview-open = Розділи
overview-title = Розділи
overview-close = Назад до запитань
overview-answered = { $required ->
        [one] Відповіді: { NUMBER($answered) } з { NUMBER($required) } обов'язкового
       *[other] Відповіді: { NUMBER($answered) } з { NUMBER($required) } обов'язкових
    }
overview-nothing-required = Нічого обов'язкового
overview-problems = { $count ->
        [one] { $count } відповідь треба виправити
        [few] { $count } відповіді треба виправити
        [many] { $count } відповідей треба виправити
       *[other] { $count } відповіді треба виправити
    }
overview-part = { $title } ({ NUMBER($n) } з { NUMBER($total) })
overview-untitled = Сторінка { NUMBER($n) }
field-required = Ця відповідь обов'язкова.
field-constraint = Така відповідь не дозволена.
field-not-integer = Введіть ціле число.
field-not-number = Введіть число.
field-not-date = Введіть дату.
field-not-time = Введіть час.
field-not-geopoint = Введіть місцезнаходження як широту й довготу, напр. -1.29 36.82.
field-not-geotrace = Лінії потрібно щонайменше 2 точки, кожна — широта й довгота.
field-not-geoshape = Ділянці потрібно щонайменше 3 точки, кожна — широта й довгота.
capture-kept = Зберігається на цьому телефоні, замкнено разом із записом: { $size } КБ.
capture-reading = Читання файлу…
capture-unreadable = Не вдалося прочитати цей файл. Спробуйте знову або оберіть інший файл.
capture-remove = Видалити файл
field-unknown-choice = Оберіть один із варіантів.
field-unknown = Ця відповідь не належить до форми.
field-not-relevant = Тут цієї відповіді не має бути.
field-calculation = Обчислене значення застаріло.
field-wrong-shape = Ця відповідь має неправильну форму.
field-wrong-attachment = Цей файл не того типу, який потрібен у запитанні.
field-attachment-too-large = Цей файл завеликий для телефона: щонайбільше 1,5 МБ.
field-off-the-scale = Оберіть значення на показаній шкалі.
field-not-ranked = Розставте всі варіанти по порядку, кожен один раз.
range-unset = Ще немає відповіді
range-less = Менше
range-more = Більше
rating-star = { NUMBER($n) } з { NUMBER($max) }
rank-up = Вище
rank-down = Нижче
rank-keep = Залишити цей порядок

## Receipt
receipt-title = Квитанція
withdrawal-title = Записати відкликання згоди
withdrawal-receipt = Код квитанції респондента, який відкликає згоду
withdrawal-hint = Усю згоду буде відкликано, а відповіді видалено під час наступної синхронізації.
withdrawal-submit = Відкликати все
withdrawal-recorded = Відкликання записано: воно піде з наступною синхронізацією.
withdrawal-bad-code = У цьому коді квитанції помилка: звірте його з респондентом.
withdrawal-access = Чотири цифри респондента, якщо він їх обрав
withdrawal-access-hint = Потрібні, якщо згоду цього респондента брав інший інтерв'юер і тоді було обрано чотири цифри: без них відкликання відхилять. Не потрібні для згоди, яку брали ви самі.
withdrawal-bad-digits = Це мають бути ті чотири цифри, які респондент обрав під час згоди. Звірте їх із респондентом або залиште поле порожнім.
withdrawal-refused = Відкликання для { $code } відхилено: чотири цифри респондента відсутні або неправильні. Запитайте в респондента його цифри й запишіть відкликання знову або направте його на сторінку громади чи до контактної особи проєкту.
withdrawal-refused-dismiss = Зрозуміло
sync-withdrawals-refused = Відхилено відкликань: { NUMBER($n) }. Причину дивіться на цьому екрані.
receipt-intro = Дайте цей код респондентові. З ним він зможе згодом переглянути, звузити або відкликати свою згоду.
receipt-qr = QR-код квитанції: він відкриває сторінку перегляду з уже введеним кодом
receipt-where = Щоб згодом переглянути або відкликати цю згоду: { $page }, з кодом і обраними чотирма цифрами.
receipt-print = Надрукувати квиток
receipt-refused = Відмову записано. Жодних відповідей не збережено.
receipt-saved = Збережено й зашифровано на цьому телефоні.
receipt-done = Назад до інтерв'ю

## Data steward
steward-title = Подані записи
admin-upload-title = Форми
admin-upload-intro = Завантажте анкету як XLSForm (.xlsx або .xls, як для ODK чи KoboToolbox) або форму Sauti (.json). Вона стає новою версією форми проєкту; телефони отримають її під час наступної синхронізації.
admin-upload-label = Файл анкети
admin-upload-done = Імпортовано «{ $form }» ({ $id }, версія { $version }): { $questions ->
        [one] { $questions } запитання.
        [few] { $questions } запитання.
        [many] { $questions } запитань.
       *[other] { $questions } запитання.
    }
steward-sign-in = Увійти
steward-username = Ім'я користувача
steward-password = Пароль
steward-sign-out = Вийти
steward-approve = Схвалити
steward-reject = Відхилити
steward-empty = Поданих записів ще немає.
steward-state-received = Отримано
steward-state-approved = Схвалено
steward-state-rejected = Відхилено
steward-state-has_issues = Повернуто
steward-state-edited = Виправлено
review-send-back = Повернути
review-send-back-title = Повернути запис { $receipt } його інтерв'юерові
review-send-back-label = Що має перевірити інтерв'юер?
review-cancel = Скасувати
review-correct = Виправити відповіді
review-correct-reason = Чому ви їх виправляєте (зберігається в історії запису)
review-correct-save = Зберегти виправлення
review-correct-nothing = Нічого не змінено.
review-correct-why = Скажіть, чому ви виправляєте ці відповіді.
review-correct-problems = Деякі відповіді порушують правила форми: дивіться кожну.
review-correct-conflict = Цей запис змінився відтоді, як ви його відкрили (колега його виправив або відповіді стерто після відкликання згоди). Його показано знову таким, як він є: прочитайте його, перш ніж виправляти знову.
exports-title = Експорт
exports-intro = Кожен експорт випускає лише те, що дозволяє політика проєкту: схвалені записи, респонденти яких прийняли його мету.
exports-form = Форма для експорту (усі її опубліковані версії)
exports-k = Записи, що виділялися б (менше ніж { $k } схожих), утримано.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Повідомлення про відкликання: хто що має видалити (CSV)
exports-xlsx = Excel (усі таблиці)
exports-table = Таблиця «{ $table }» (CSV)
steward-refused = Згоду не надано
steward-purposes = Цілі: { $purposes }
steward-explained-again = Пояснено ще раз перед згодою: { $points }
steward-col-receipt = Квитанція
steward-col-received = Отримано
steward-col-area = Місцевість
steward-col-state = Стан
steward-col-actions = Дії
err-session = Ваш сеанс завершився. Увійдіть знову.
community-title = Ваша згода
community-intro = Введіть отриманий код квитанції та чотири цифри, які ви обрали, коли давали згоду. Ви побачите, на що погодилися і хто отримав ваші відповіді, і зможете відкликати згоду.
community-receipt = Код квитанції
community-receipt-hint = Наприклад 7K3M-9QPA-X2RT-5. Великі чи малі літери, з дефісами або без.
community-access = Ваші чотири цифри
community-access-hint = PIN-код або рік народження, які ви обрали.
community-look-up = Показати мою згоду
community-not-found = Жодна згода не відповідає цьому коду й цим цифрам. Перевірте обидва й спробуйте знову. Якщо ви відкликали згоду, нічого більше не зберігається, навіть ваші цифри.
community-wait = Забагато спроб. Зачекайте кілька хвилин і спробуйте знову.
err-code-locked = Цей код квитанції заблоковано після забагатьох неправильних цифр, щоб захистити людину, якій він належить. Вона й далі може переглянути або відкликати свою згоду через інтерв'юера чи контактну особу проєкту.
community-your-consent = На що ви погодилися
community-given = { $date } { $enumerator } записав(-ла) вашу згоду для { $controller }.
community-played = Текст згоди вам відтворили із запису вашою мовою.
community-refused = { $date } ви відмовилися. Нічого з того, що ви сказали, не збережено.
community-withdrawn = Ви відкликали згоду { $date }. Ваші відповіді видалено.
community-deleted = Ваші відповіді видалено { $date }, коли сплив строк, протягом якого їх можна було зберігати.
community-purposes = Для чого використовують ваші відповіді
community-purpose-active = Використовується
community-purpose-withdrawn = Відкликано { $date }
community-not-accepted = Ви не погодилися на: { $purposes }.
community-held = Які види інформації зберігаються
community-sensitive = Частина з неї чутлива: { $categories }.
community-shared = Хто отримав ваші відповіді
community-not-shared = Ніхто поза командою проєкту їх не отримував.
community-shared-with = { $recipient }, { $date }
community-contact = Запитання: { $controller }, { $contact }.
community-withdraw-chosen = Відкликати позначені використання
community-withdraw-all = Відкликати все
community-withdraw-all-confirm = Так, видалити всі мої відповіді зараз
community-receipt-json = Зберегти цю квитанцію згоди (JSON)
community-kept-for = Зберігається { $days ->
        [one] { $days } день.
        [few] { $days } дні.
        [many] { $days } днів.
       *[other] { $days } дня.
    }
community-shared-for = Може бути передано: { $who }.

## Dead ends and the consent screen (issue 21)

consent-cancel = Скасувати
err-consent-no-method = Оберіть, як надано згоду.
consent-access-skip = Без чотирьох цифр респондент не зможе користуватися сторінкою громади: показати йому згоду або відкликати її зможе лише контактна особа проєкту.
consent-untranslated = Текст згоди не перекладено такими мовами: { $languages }. Прочитайте його мовою, яку респондент добре розуміє, і попросіть відповідального за дані проєкту додати переклад.
consent-signature-label = Респондент підписується або ставить позначку пальцем у полі нижче.
receipt-no-digits = Чотири цифри не обрано, тож сторінка громади не може відкрити цю згоду. Щоб переглянути або відкликати її, респондент звертається з цим кодом до контактної особи проєкту чи до інтерв'юера.
home-discard = Відкинути
home-discard-confirm = Відкинути чернетку «{ $name }»? Її відповіді та записану в ній згоду буде видалено з цього телефона. Цю дію не можна скасувати.
home-discard-yes = Відкинути чернетку
home-discard-no = Залишити
home-draft-discarded = Чернетку видалено з цього телефона.
home-form-waiting = На вас чекає нова версія форми. Чернетку завершують у тій версії, в якій її почали: завершіть або відкиньте кожну чернетку нижче, і нова версія прийде з наступною синхронізацією.
sync-new-form-waits = На вас чекає нова версія форми: завершіть або відкиньте чернетки, щоб нею користуватися.
home-withdrawals-pending = Відкликання, що чекають на надсилання
sync-withdrawals-done = { $n ->
        [one] Виконано { $n } відкликання.
        [few] Виконано { $n } відкликання.
        [many] Виконано { $n } відкликань.
       *[other] Виконано { $n } відкликання.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = Що зібрано
dashboard-by-area = Записи за місцевістю
dashboard-by-month = Записи за місцевістю й місяцем
dashboard-area = Місцевість
dashboard-total = Разом
dashboard-earlier = Раніше
dashboard-other-areas = Інші місцевості
dashboard-indicators = Що ви нам розповіли
dashboard-all-areas = Усі місцевості
dashboard-share = { $share } ({ NUMBER($n) } з { NUMBER($total) })
dashboard-actions = Що ми зробили
dashboard-no-actions = Ще нічого не опубліковано.
dashboard-counted = Враховано: схвалені інтерв'ю, респонденти яких погодилися на це використання:
dashboard-privacy = Щоб захистити кожне домогосподарство, число показують лише тоді, коли за ним стоїть щонайменше { NUMBER($k) } інтерв'ю; — позначає число, приховане з цієї причини або для того, щоб мале число не можна було вивести з інших. Відкликане інтерв'ю вибуває з цих чисел під час наступного оновлення.
dashboard-updated = Оновлено
dashboard-feedback = Ваші відгуки та скарги
dashboard-feedback-kind = Вид
dashboard-feedback-received = Отримано
dashboard-feedback-answered = Отримали відповідь
dashboard-feedback-median = Медіана днів до відповіді
dashboard-feedback-confidential = Конфіденційні повідомлення (насильство, шахрайство), усі разом
dashboard-feedback-how = Надішліть відгук, запитання чи скаргу на сторінці громади, анонімно, якщо бажаєте; збережіть отриманий код відстеження, щоб прочитати відповідь.
dashboard-action-about = Стосується: { $categories }
dashboard-action-answers = Відгуків, на які це відповідає: { NUMBER($n) }
dashboard-action-answers-few = У відповідь на відгуки (менше ніж { NUMBER($k) } повідомлень)
dashboard-monitor-title = Громадський моніторинг: { $project }
dashboard-monitor-intro = Лише кількості й дати: тут ніщо не називає людину й не каже, хто що відповів. Кількість, меншу за { NUMBER($k) }, приховано (—).
dashboard-monitor-dashboard = Публічна інформаційна панель
dashboard-monitor-actions = Дій, опублікованих у відповідь: { NUMBER($n) }
dashboard-monitor-exports = Хто отримав дані
dashboard-monitor-date = Дата
dashboard-monitor-export-to = Отримувач
dashboard-monitor-export-profile = Профіль
dashboard-monitor-records = Записи
dashboard-monitor-export-withheld = Утримано (k-анонімність)
dashboard-monitor-no-exports = Жодних даних не експортовано.
dashboard-monitor-operator = Оператор (командний рядок)
dashboard-monitor-withdrawals = Відкликані згоди
dashboard-monitor-month = Місяць
dashboard-monitor-withdrawn-purpose = Одне використання
dashboard-monitor-withdrawn-everything = Усе (відповіді видалено)
dashboard-monitor-no-withdrawals = Ніхто не відкликав згоди.
dashboard-monitor-purges = Видалені записи
dashboard-monitor-reason = Чому
dashboard-monitor-reason-retention = Зберігалися стільки, скільки дозволено
dashboard-monitor-reason-withdrawn = Згоду відкликано
dashboard-monitor-no-purges = Жодного запису не видалено.
dashboard-monitor-feedback = Як опрацьовано відгуки
dashboard-monitor-no-feedback = Відгуків ще немає.
dashboard-monitor-acknowledged = Підтверджено
dashboard-monitor-overdue = Прострочено зараз
dashboard-monitor-days-acknowledge = Медіана днів до підтвердження
dashboard-monitor-sign-in = Увійти
dashboard-monitor-signed-out = Щоб прочитати цю сторінку, увійдіть як громадський моніторинговий спостерігач проєкту.

## Admin: forms, drafts and publishing
admin-forms-intro = Завантажте анкету як XLSForm (.xlsx або .xls, як для ODK чи KoboToolbox) або форму Sauti (.json). Її збережуть як чернетку: перевірте попередження та попередній перегляд, потім опублікуйте. Телефони отримують лише опубліковані форми.
admin-governance-title = Шаблон згоди й політика даних
admin-governance-intro = Шаблон згоди — це те, що респонденти чують і приймають; політика даних визначає, хто що бачить і що випускає кожен експорт. Завантажте кожен як файл TOML: його перевірять щодо форм проєкту й наведуть кожну проблему.
admin-template-file = Шаблон згоди (.toml)
admin-policy-file = Політика даних (.toml)
admin-template-installed = Шаблон згоди встановлено. Телефони отримають його під час наступної синхронізації.
admin-template-in-use = За цією версією шаблону вже надано згоди, тому її не можна змінити: збільште номер версії.
admin-policy-installed = Діє версія політики { $version }.
admin-policy-current = Чинна політика: версія { $version }.
admin-policy-default = Політику ще не встановлено: діє вбудована, і жоден експорт не випускає відповіді, яку вона не класифікує.
admin-forms-heading = Форми проєкту
admin-forms-none = Форм ще немає.
admin-forms-live = Телефони отримують версію { $version }
admin-forms-not-live = Ще не на телефонах
admin-version-state-draft = Чернетка
admin-version-state-waiting = Чекає на файли
admin-version-state-published = Опубліковано
admin-version-line = запитань: { $questions } · записів: { $records } · { $when } · { $who }
admin-version-open = Відкрити версію { $version }
admin-version-open-short = Відкрити
admin-upload-waiting = Зберігається, доки не долучать ці файли: { $files }
admin-draft-back = Усі форми
admin-draft-title = { $form }, версія { $version }
admin-draft-warnings = Що помітив імпорт
admin-draft-no-warnings = Імпорт не помітив нічого, що треба виправити.
admin-draft-place-sheet = аркуш { $sheet }
admin-draft-place-row = рядок { $row }
admin-draft-place-column = стовпець { $column }
admin-draft-missing = Файли, які вона читає, але ще не долучені
admin-draft-attach = Долучити файл (його назва має бути саме такою, як у списку)
admin-draft-attached = { $file } долучено.
admin-draft-unclassified = Запитання, яких політика ще не класифікує
admin-draft-unclassified-help = Жоден експорт не випускає їхніх відповідей, доки політика (або стовпець tags форми) не скаже, що це. Класифікуйте їх до публікації.
admin-draft-all-classified = Політика класифікує кожне запитання.
admin-draft-preview = Попередній перегляд: форма такою, як її показують телефони
admin-draft-preview-language = Мова попереднього перегляду
admin-draft-preview-note = Показано лише для читання. Запитання, які ставлять лише після певних відповідей, з'являються на телефоні, коли ці відповіді дано.
admin-draft-publish = Опублікувати
admin-draft-confirm-new = Телефони отримають «{ $form }» версії { $version } (запитань: { $questions }) під час наступної синхронізації, для нових інтерв'ю.
admin-draft-confirm-replaces = Вона замінює версію { $old }; записи версії { $old } залишаються й далі експортуються.
admin-draft-confirm-unclassified = Некласифікованих запитань: { $n }. Їхні відповіді не виходять у жодному експорті, доки їх не класифікують.
admin-draft-confirm-yes = Опублікувати зараз
admin-draft-cancel = Скасувати
admin-draft-published = Опубліковано. Телефони отримають версію { $version } під час наступної синхронізації.
admin-draft-delete = Видалити цю чернетку
admin-draft-delete-confirm = Видалити цю чернетку? Нічого за нею не зібрано; завантаження зникне назавжди.
admin-draft-cannot-publish = Спершу долучіть відсутні файли: тоді її можна буде опублікувати.

## Projects, teams and accounts (issue 20)
admin-role-admin = Адміністратор
admin-role-steward = Розпорядник даних
admin-role-reviewer = Рецензент
admin-role-enumerator = Інтерв'юер
admin-role-partner = Партнер
admin-role-monitor = Громадський спостерігач
admin-project-current = { $project } · ваша роль: { $role }
admin-project-switch = Змінити проєкт
admin-projects-archived = в архіві
admin-project-archived-note = Цей проєкт в архіві: він не приймає нових записів, телефонів чи форм. Його дані зберігаються, і розпорядники даних усе ще можуть їх експортувати.
admin-password-title = Змінити мій пароль
admin-password-current = Поточний пароль
admin-password-new = Новий пароль
admin-password-new-hint = Щонайменше 12 символів, не ваше ім'я користувача, не поширений пароль. Кілька слів — добрий пароль.
admin-password-repeat = Новий пароль ще раз
admin-password-mismatch = Два нові паролі не збігаються.
admin-password-changed = Пароль змінено. Інші ваші сеанси завершено.
admin-password-submit = Змінити пароль
admin-projects-title = Проєкти
admin-projects-intro = Кожен проєкт має власні форми, шаблон згоди, політику, команду й експорти. Адміністратор будь-якого проєкту може створити новий і стає його адміністратором.
admin-project-name = Назва проєкту
admin-project-rename = Перейменувати
admin-project-renamed = Перейменовано.
admin-project-archive = Перенести цей проєкт в архів
admin-project-restore = Відновити цей проєкт
admin-project-archive-confirm = Перенести { $project } в архів? Телефони більше не зможуть надсилати записи чи налаштовуватися для нього. Його дані зберігаються, розпорядники даних усе ще можуть їх експортувати, а ви зможете відновити його пізніше.
admin-project-restore-confirm = Відновити { $project }? Телефони знову зможуть надсилати записи й налаштовуватися для нього.
admin-project-new = Новий проєкт
admin-project-id = Ідентифікатор проєкту
admin-project-id-hint = Від 3 до 40 малих латинських літер, цифр або -. Пізніше його змінити не можна.
admin-project-create = Створити проєкт
admin-project-created = Проєкт { $project } створено. Ви його адміністратор: перейдіть до нього вгорі, щоб додати форми й команду.
admin-confirm = Так, виконати
admin-cancel = Скасувати
admin-done = Готово.
admin-team-title = Команда
admin-team-intro = Хто працює в { $project } і яка в кожного тут роль. Людина може мати іншу роль в іншому проєкті.
admin-team-you = (ви)
admin-team-disabled = вимкнено
admin-team-role-of = Роль { $username }
admin-team-role-changed = Тепер { $username } — { $role }.
admin-team-reset = Скинути пароль
admin-team-reset-confirm = Дати { $username } новий пароль? Поточний пароль перестане діяти, а всі сеанси буде завершено.
admin-team-disable = Вимкнути обліковий запис
admin-team-disable-confirm = Вимкнути { $username }? Ця людина не зможе увійти, її сеанси завершаться зараз, а її телефони перестануть синхронізуватися, доки обліковий запис не ввімкнуть знову.
admin-team-enable = Увімкнути обліковий запис
admin-team-enable-confirm = Знову ввімкнути { $username }? Ця людина зможе входити, а її телефони — знову синхронізуватися.
admin-team-sessions = Вийти всюди
admin-team-sessions-confirm = Завершити всі сеанси { $username }? Доведеться увійти знову.
admin-team-sessions-ended = Завершено сеансів: { $n }.
admin-team-remove = Вилучити з проєкту
admin-team-remove-confirm = Вилучити { $username } з { $project }? Сеанси цієї людини тут завершаться, а її телефони тут буде відкликано. Обліковий запис і те, що вона записала, залишаються.
admin-team-removed = { $username } вилучено.
admin-team-password-once = Пароль для { $username }, показаний лише цього разу. Передайте його особисто; після входу його можна змінити:
admin-team-add = Додати учасника
admin-team-username = Ім'я користувача
admin-team-username-hint = Від 3 до 40 малих латинських літер, цифр, . _ або -
admin-team-role = Роль
admin-team-existing = Ця людина вже має обліковий запис (з іншого проєкту)
admin-team-add-submit = Додати учасника
admin-team-added = { $username } додано як { $role }.
admin-assign-title = Хто яку форму заповнює
admin-assign-intro = Інтерв'юер заповнює всі опубліковані форми, доки ви не знімете для нього позначку з деяких; тоді його телефон під час наступної синхронізації отримає лише позначені форми. Записи, уже збережені на телефоні, усе одно приймаються.
admin-assign-last = Кожен інтерв'юер заповнює принаймні одну форму: щоб хтось припинив збирати дані, вилучіть його з команди.
admin-assign-saved = Тепер { $username } заповнює: { $forms }.
admin-assign-every = усі форми, також ті, що будуть опубліковані пізніше
admin-assign-no-forms = Жодної форми ще не опубліковано.
admin-assign-no-enumerators = У цьому проєкті ще немає інтерв'юерів: додайте їх до команди.
admin-devices-title = Телефони
admin-device-line = { $label } · налаштовано { $created } · остання синхронізація: { $synced }
admin-device-never = ніколи
admin-device-revoked = відкликано { $at }
admin-device-revoke = Відкликати телефон
admin-device-revoke-confirm = Відкликати телефон «{ $label }» користувача { $username }? Він одразу перестане синхронізуватися; ще не надіслані записи залишаться на ньому.
err-password-short = Пароль має містити щонайменше 12 символів. Кілька слів — добрий пароль.
err-password-long = Пароль може містити щонайбільше 256 символів.
err-password-username = Пароль не має містити ім'я користувача.
err-password-common = Цей пароль серед перших, які спробує будь-хто, хто вгадує. Оберіть інший.
err-project-archived = Цей проєкт в архіві: він не приймає нових записів, телефонів чи форм. Його дані зберігаються, і розпорядники даних усе ще можуть їх експортувати.
err-last-admin = У проєкті завжди є принаймні один адміністратор. Спершу зробіть адміністратором когось іншого.
err-account-shared = Цей обліковий запис працює також у проєктах, якими ви не адмініструєте. Натомість вилучіть його з цього проєкту або зверніться до їхніх адміністраторів.
# The review desk (issue 20)
review-states = Стани перевірки
review-tab-to_review = На перевірку
review-tab-has_issues = Повернуто
review-tab-approved = Схвалено
review-tab-rejected = Відхилено
review-tab-all = Усі
review-count = Знайдено записів: { $count }
review-select = Вибрати { $name }
review-bulk-approve = Схвалити вибрані ({ $count })
review-clear-selection = Зняти вибір
review-bulk-confirm = Схвалити вибрані записи ({ $count })? Вони вийдуть із «На перевірку», і їх можна буде експортувати.
review-confirm = Підтвердити
review-more = Показати більше
review-keys = На клавіатурі: j відкриває наступний запис, k — попередній.
review-undo = Скасувати дію
review-done-approve = Схвалено.
review-done-reject = Відхилено.
review-done-has_issues = Повернуто інтерв'юерові.
review-done-reopen = Знову на перевірці.
review-done-bulk = Схвалено записів: { $count }.
review-search = Пошук
review-search-hint = Код квитанції, ім'я або інтерв'юер
review-search-go = Шукати
review-filters = Більше фільтрів
review-filter-enumerator = Інтерв'юер
review-filter-area = Місцевість
review-filter-form = Версія форми
review-filter-any = Будь-яка
review-filter-from = Отримано від
review-filter-to = Отримано до
review-filter-clear = Очистити фільтри
review-back = Назад до списку
review-enumerator = Інтерв'юер: { $name }
review-answers = Відповіді
review-language = Мова відповідей
review-language-unnamed = Мова форми (без назви)
review-no-answers = Відповідей немає: респондент відмовився.
review-withheld = Приховано політикою даних: { $questions }
review-file = Завантажити
review-pseudonym = (псевдонім)
review-action-approve = Схвалити
review-action-has_issues = Повернути
review-action-reject = Відхилити
review-action-reopen = Знову відкрити для перевірки
review-confirm-approve = Схвалити цей запис? Після цього його можна буде експортувати.
review-confirm-has_issues = Повернути цей запис його інтерв'юерові? Скажіть, що перевірити.
review-confirm-reject = Відхилити цей запис? Його ніколи не буде експортовано.
review-confirm-reopen = Повернути цей запис на перевірку?
review-comment-needed = Скажіть, що має перевірити інтерв'юер.
review-consent = Згода
review-consent-refused = Респондент відмовився.
review-consent-method = Надано як: { $method }
review-method-signature = підпис
review-method-verbal = усно, у присутності свідка
review-method-mark = позначка, у присутності свідка
review-method-guardian = один із батьків або опікун
review-method-proxy = представник
review-purpose-active = прийнято
review-purpose-withdrawn = прийнято, згодом відкликано
review-purpose-declined = не прийнято
review-proof-witness = Свідок
review-proof-guardian = Опікун
review-proof-proxy = Представник
review-proof-relationship = Ким доводиться
review-proof-reason = Причина
review-proof-assent = Власна згода неповнолітнього
review-signature = Підпис або позначка респондента
review-proof-withheld = Частину підтвердження приховано політикою даних.
review-history = Історія
review-edited = Виправив(-ла) { $by }: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Відгук, запитання чи скарга
community-feedback-intro = Будь-хто може написати проєкту. Ваше ім'я називати не обов'язково.
community-feedback-project = Проєкт
community-feedback-category = Чого це стосується?
community-feedback-confidential = Конфіденційно: читає лише призначена контактна особа проєкту.
community-feedback-message = Ваше повідомлення
community-feedback-message-hint = Пишіть своєю мовою. Не пишіть імен інших людей без потреби.
community-voice-record = Записати голосове повідомлення замість тексту
community-voice-again = Записати знову
community-voice-recording = Запис… говоріть зараз (щонайбільше дві хвилини).
community-voice-stop = Зупинити
community-voice-failed = Голосове повідомлення не вдалося записати або надіслати. Ви можете написати свій відгук натомість.
community-feedback-contact = Як з вами зв'язатися (необов'язково)
community-feedback-contact-hint = Номер телефону або адреса, лише якщо ви хочете отримати відповідь. Залиште порожнім, щоб лишитися анонімним.
community-feedback-send = Надіслати
community-feedback-filed = Надіслано. Ваш код відстеження:
community-feedback-keep = { $days ->
        [one] Збережіть цей код. Проєкт підтверджує отримання протягом { NUMBER($days) } дня; за кодом нижче ви прочитаєте відповідь.
        [few] Збережіть цей код. Проєкт підтверджує отримання протягом { NUMBER($days) } днів; за кодом нижче ви прочитаєте відповідь.
        [many] Збережіть цей код. Проєкт підтверджує отримання протягом { NUMBER($days) } днів; за кодом нижче ви прочитаєте відповідь.
       *[other] Збережіть цей код. Проєкт підтверджує отримання протягом { NUMBER($days) } дня; за кодом нижче ви прочитаєте відповідь.
    }
community-feedback-follow-title = Стежити за своїм відгуком
community-feedback-tracking = Код відстеження
community-feedback-follow = Переглянути відповідь
community-feedback-answer = Відповідь
community-feedback-not-found = Відгуку з таким кодом немає. Перевірте код і спробуйте знову.
community-feedback-incomplete = Оберіть, чого це стосується, і напишіть повідомлення.
community-feedback-choose = Оберіть, чого це стосується.
community-feedback-status-received = Отримано, ще не розглянуто
community-feedback-status-acknowledged = Отримано й розглядається
community-feedback-status-answered = Надано відповідь
community-feedback-status-referred = Передано іншій організації, яка може допомогти
community-feedback-status-closed = Закрито
steward-feedback-title = Відгуки та скарги
steward-feedback-counts = Відкрито: { NUMBER($open) } · Прострочено: { NUMBER($overdue) }
steward-feedback-confidential = Конфіденційно
steward-feedback-overdue = Прострочено
steward-feedback-from-web = Зі сторінки громади, мовою { $lang }
steward-feedback-from-phone = Записано інтерв'юером, мовою { $lang }
steward-feedback-contact = Контакт: { $contact }
steward-feedback-anonymous = Анонімно
steward-feedback-resolution = Рішення: { $resolution }
steward-feedback-text = Відповідь, направлення або рішення
steward-feedback-acknowledge = Підтвердити отримання
steward-feedback-answer = Надіслати відповідь
steward-feedback-refer = Направити
steward-feedback-close = Закрити
steward-feedback-voice = Голосове повідомлення:
steward-monitor-open = Відкрити сторінку громадського аудиту
steward-actions-title = Що ми зробили: дії на публічній панелі
steward-actions-intro = Розкажіть громаді, що проєкт зробив у відповідь на її відгуки. Панель показує заголовок, текст і кількість повідомлень, на які це відповідає, але ніколи самі повідомлення.
steward-actions-date = Дата виконання
steward-actions-language = Мова
steward-actions-heading = Заголовок
steward-actions-text = Що зроблено
steward-actions-cases = Відгуки, на які це відповідає
steward-actions-publish = Опублікувати на панелі
steward-actions-published = Виконано { $date } · відгуків, на які це відповідає: { NUMBER($n) }
steward-actions-withdraw = Зняти з панелі
steward-actions-none = Ще нічого не опубліковано.

## Feedback recorded on the phone (issue 23)
home-feedback-title = Записати відгук або скаргу
home-feedback-intro = Для людини, яка хоче щось сказати проєкту, анонімно, якщо вона не залишить контакту. Надсилається з наступною синхронізацією.
home-feedback-category = Чого це стосується?
home-feedback-message = Що людина каже
home-feedback-contact = Як з нею зв'язатися (необов'язково)
home-feedback-contact-hint = Лише якщо людина хоче отримати відповідь.
home-feedback-save = Зберегти
home-feedback-saved = Збережено. Дайте людині цей код відстеження: з ним вона прочитає відповідь на сторінці громади.
home-feedback-incomplete = Оберіть, чого це стосується, і напишіть, що людина каже.
home-feedback-waiting = Відгуків, що чекають на надсилання: { NUMBER($n) }
sync-feedback-sent = Надіслано відгуків: { NUMBER($n) }.
sync-feedback-refused = Відгуків, відхилених сервером (їхня категорія більше не пропонується): { NUMBER($n) }.

# Translation in the browser (issue 24): the translation page.
admin-role-translator = Перекладач
admin-translate-title = Переклад
admin-translate-intro = Перекладайте форму та її згоду поруч з оригіналом. Перекладач зберігає роботу й позначає її перевіреною; розпорядник даних або адміністратор публікує її, і телефони отримують її під час наступної синхронізації.
admin-translate-form = Форма
admin-translate-language = Перекласти на
admin-translate-languages = Мови цієї форми
admin-translate-done = { $done } з { $total }
admin-translate-reviewed-by = перевірив(-ла) { $who }
admin-translate-unpublished = збережено, ще не опубліковано
admin-translate-export = Завантажити всі мови для Excel (.xlsx)
admin-translate-import = Завантажити книгу: буде прочитано її стовпці { $lang }
admin-translate-table = З { $source } на { $target }
admin-translate-status = Стан цього перекладу
admin-translate-status-none = не розпочато
admin-translate-status-published = у формі, тут не перевірено
admin-translate-status-machine = машинна чернетка
admin-translate-status-draft = чернетка людини
admin-translate-status-reviewed = перевірено носієм мови
admin-translate-save = Зберегти переклад
admin-translate-publish = Опублікувати переклад
admin-translate-saved = Збережено. Публікує розпорядник даних або адміністратор.
admin-translate-published = Опубліковано: версія форми { $version }, версія згоди { $template }. Телефони отримають їх під час наступної синхронізації.
admin-translate-publish-incomplete = Згоду ще не перекладено повністю: заповніть кожне порожнє поле згоди та її цілей, потім опублікуйте.
admin-translate-imported = Прочитано з книги: збережено текстів — { $imported }, пропущено рядків — { $skipped } (їх немає у формі).
admin-translate-who-publishes = Переклади публікує розпорядник даних або адміністратор.
admin-translate-interface = Мови інтерфейсу
admin-translate-interface-language = Мова
admin-translate-interface-complete = Повідомлення
admin-translate-interface-review = Перевірка
admin-translate-unreviewed = Ще не перевірено носієм мови

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = Для цієї мови немає запису тексту згоди.
consent-audio-first = Інтерв'ю з голосом насамперед: вмикайте кожну підказку вголос, одне запитання на екран
prompt-listen-choice = Прослухати цю відповідь
admin-record-open = Записати підказки для респондентів, які не читають
admin-record-title = Записи для респондентів, які не читають
admin-record-intro = Запишіть текст згоди та кожне запитання й відповідь мовою респондента. Прослухайте кожен запис і перезаписуйте, доки не вийде правильно.
admin-record-form = Форма
admin-record-language = Мова записів
admin-record-consent = Текст згоди
admin-record-consent-note = Запис тексту згоди одразу потрапляє до шаблону згоди: телефони отримають його під час наступної синхронізації.
admin-record-consent-text = Увесь текст згоди
admin-record-prompts = Запитання й відповіді
admin-record-start = Записати
admin-record-again = Записати знову
admin-record-stop = Зупинити й зберегти
admin-record-on-air = Іде запис: говоріть, потім натисніть «Зупинити».
admin-record-unsaved = Записів, ще не внесених у чернетку: { $count }
admin-record-save = Зберегти як нову чернетку
admin-record-back = Назад до форм
admin-record-microphone-refused = Браузеру не дозволено використовувати мікрофон: дозвольте це в налаштуваннях сайту й спробуйте знову.
admin-record-microphone-missing = Не вдалося використати жоден мікрофон: підключіть його й спробуйте знову.
admin-record-unsupported = Цей браузер не може записувати звук: скористайтеся свіжою версією Chrome, Firefox або Safari.
idle-warning = Цим телефоном якийсь час ніхто не користувався: через хвилину він замкнеться, щоб захистити записи.
idle-stay = Не замикати
review-consent-played = Респондентові відтворили запис тексту згоди.

# The digits a project's interface writes numbers in (issue 24), on the admin's projects card.
admin-digits = Цифри в числах на телефонах
admin-digits-language = Звичні цифри кожної мови
admin-digits-latin = Латинські цифри (0123456789) у всіх мовах
admin-digits-native = Власні цифри писемності (арабська ٠١٢٣, дарі й пушту ۰۱۲۳, бенгальська ০১২৩)
admin-digits-hint = Кількості, сторінки й дати на телефонах цього проєкту. Телефони отримують зміну під час наступної синхронізації.
admin-digits-saved = Збережено. Телефони писатимуть числа так від наступної синхронізації.
