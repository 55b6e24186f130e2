# Sauti UI strings, Somali (so).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories: one, other.

app-title = Sauti
lang-label = Luqadda
lang-unreviewed = Tarjumaddan weli ma hubin qof ku hadla luqaddan. Khaladaadka u sheeg kormeerahaaga.
nav-skip = U bood nuxurka

## Setting up a phone
setup-title = Diyaari telefoonkan
setup-intro = Hal mar gal adigoo khadka ku jira. Wax kasta oo aad ururiso waxaa telefoonkan lagu xiri doonaa erey-sir adiga kaliya aad taqaan.
setup-username = Magaca isticmaalaha
setup-password = Furaha sirta
setup-passphrase = Erey-sir cusub
setup-passphrase-hint = Ugu yaraan 8 xaraf. Lama soo celin karo: haddii aad illowdo, diiwaannada aan weli la waafajin waa lumayaan.
setup-passphrase-confirm = Ku celi erey-sirta
setup-submit = Gal oo xir
setup-busy = Waa la galayaa…
err-passphrase-short = Erey-sirtu waa inay lahaataa ugu yaraan 8 xaraf.
err-passphrase-mismatch = Labada erey-sir isku mid ma aha.
err-sign-in = Magaca isticmaalaha ama furaha sirta waa khalad.
err-too-many-attempts = Furayaal sir oo khaldan ayaa bataay. Wax yar sug, kadibna isku day mar kale.
err-busy = Server-ku wuxuu ku mashquulsan yahay hubinta furayaal kale. Daqiiqad sug, kadibna isku day mar kale. Waxba ma lumin.
err-network = Server-ka lama gaari karo, inkastoo telefoonku khadka ku jiro. Waxba ma lumin.
err-offline = Telefoonkan khadka kuma jiro. Waxba ma lumin: mar kale waafaji marka uu ku xirmo.
err-timeout = Server-ku waqtigii kuma jawaabin, sidaas darteed telefoonku wuu joojiyay sugitaanka. Waxba ma lumin.
err-chunk = Shaashaddan weli kuma jirto telefoonka. Hal mar ku xir shabakadda, kadibna mar kale fur. Waxba ma lumin.
err-server = Server-ku ma xallin karin codsiga (khalad { $status }). Waxba ma lumin.

## Unlocking
unlock-title = Fur
unlock-intro = Geli erey-sirtaada si aad u furto diiwaannadaada.
unlock-passphrase = Erey-sir
unlock-submit = Fur
unlock-busy = Waa la furayaa…
unlock-user = Telefoonkan waxaa loo diyaariyay { $user }.
unlock-wait = Isku dayo khaldan ayaa bataay. Mar kale isku day { $seconds } ilbiriqsi kadib.
locked-idle = Waa la xiray kadib 10 daqiiqo oo aan la isticmaalin.
err-wrong-passphrase = Erey-sirtu waa khalad. Waxba lama beddelin.
passphrase-change = Beddel erey-sirta
passphrase-current = Erey-sirta hadda
passphrase-changed = Erey-sirta waa la beddelay. Hadda laga bilaabo isticmaal tan cusub.
cancel = Jooji

## Home
home-title = Wareysiyada
home-new = Wareysi cusub
home-sync = Hadda waafaji
home-lock = Xir
home-drafts = Qabyo
home-queued = Sugaya waafajin
home-synced = La waafajiyay
home-rejected = Server-ku wuu diiday
home-empty = Midna
home-resume = Sii wad
home-offline-ready = Foomka waa diyaar in la isticmaalo khad la'aan: { $form }
update-ready = Nooc cusub oo Sauti ah ayaa diyaar ah.
update-now = Hadda cusboonaysii
home-storage = Kaydka la isticmaalay ee telefoonkan: { $percent } %
home-keep = Diiwaannada la waafajiyay waxay telefoonkan ku jiraan { $days ->
        [one] { $days } maalin
       *[other] { $days } maalmood
    }, kadibna waa la tirtiraa.
storage-warning = Kaydka telefoonkan wuu buuxaa { $percent } %. Dhawaan waafaji: wareysiyada cusub waxay istaagaan 95 %.
storage-warning-free = Kaydka telefoonkan wuu buuxaa { $percent } %. Meel bannee telefoonka (sawirro, muuqaallo, barnaamijyo kale): wareysiyada cusub waxay istaagaan 95 %.
err-storage-nearly-full = Kaydka telefoonkan wuu buuxaa { $percent } %. Waafaji, ama meel bannee, ka hor wareysi cusub, si uusan wareysi u fashilmin inta la kaydinayo.
err-storage-nearly-full-free = Kaydka telefoonkan wuu buuxaa { $percent } % mana jiro wax sugaya in la diro, sidaas darteed waafajintu waxba ma tareyso. Meel bannee telefoonka (sawirro, muuqaallo, barnaamijyo kale) ka hor wareysi cusub.
sync-busy = Waa la waafajinayaa…
sync-done = Waafajintu way dhammaatay: { $accepted } la diray, { $duplicates } horeba server-ka ugu jiray, { $rejected } la diiday.
sync-nothing = Wax la waafajiyo ma jiraan.
sync-new-form = Nooc cusub oo foomka ah ayaa diyaar u ah isticmaal khad la'aan: { $form }.
sync-edited = Masuulka xogta ayaa server-ka ku saxay { $n } ka mid ah; saxitaanka waa la hayaa.
record-edited = Masuulka xogta ayaa server-ka ku saxay; saxitaanka waa la hayaa.
record-recheck = Mar kale u dir hubin
record-sent-back = Dib-u-eegaha ayaa soo celiyay: { $comment }
sync-progress = Waxaa la dirayaa { $done } ee { $total }…
sync-retry = Mar kale waa la isku dayi doonaa { $seconds } ilbiriqsi kadib; diiwaannadaadu waa ammaan telefoonka.
sync-offline-wait = Telefoonkan khadka kuma jiro. Diiwaannadaadu waa ammaan; waa la diri doonaa marka khadku soo laabto.
home-auto-send = Si toos ah u dir marka khadku jiro
err-device-revoked = Telefoonkan looma oggola inuu mar dambe waafajiyo: gelitaankiisa waa la laabtay ama wuu dhacay. Diiwaannadaadu telefoonka ayay ku jiraan. Kormeerahaaga ka codso inuu mar kale diyaariyo.
err-batch-malformed = Server-ku ma akhrin karin diiwaannada la diray. Waxba ma lumin.
err-bad-request = Tan looma samayn karin sidii la codsaday. Hubi waxaad gelisay oo mar kale isku day.
err-form-unknown = Server-ku ma yaqaan noocan foomka. Waxba ma lumin.
err-too-large = Wax aad u badan ayaa mar qura la diray. Waxba ma lumin.
err-unauthorized = Marka hore gal.
err-forbidden = Looma oggola inaad taas samayso.
err-not-found = Lama helin.
err-conflict = Qof kale ayaa inta lagu jiro beddelay diiwaankan. Dib u soo rar oo mar kale isku day.
err-internal = Server-ku dhibaato ayuu la kulmay. Waxba ma lumin; hadhow isku day.
err-refusal-with-answers = Diidmo ayaa lala diray jawaabo, sidaas darteed lama kaydin.
err-receipt-reused = Diiwaan kale ayaa horeba leh koodhkan rasiidka.

## Errors from storage and the vault
err-tampered = Diiwaanka { $id } lama furi karo: waa la beddelay ama wuu xumaaday. Diiwaannadaada kale waa ammaan.
err-malformed-storage = Xogta loo kaydiyay { $id } waxay ku jirtaa qaab uusan barnaamijkani fahmin.
err-weak-vault = Dejinta khasnadda ee la kaydiyay way ka daciifsan yihiin inta la oggol yahay.
err-no-random = Biraawsarkan ma soo saari karo lambarro aan kala sooc lahayn oo ammaan ah.
err-storage-full = Kaydka telefoonku wuu buuxaa. Waxba ma lumin: meel bannee telefoonka (sawirro, muuqaallo, barnaamijyo kale), kadibna mar kale kaydi.
err-storage-write = Telefoonku kuma qori karin kaydkiisa ({ $reason }). Tan lama kaydin: mar kale isku day.
err-invalid-answers = Jawaabahani waxay jebinayaan xeerarka foomka; eeg goob kasta.
err-invalid-policy = Siyaasadda lama isticmaali karo; dhibaato kasta waxaa lagu qoray meesha ay ku jirto.
err-form-expression = Foomku wuxuu ka kooban yahay odhaah aan la akhrin karin.
err-form-definition = Qeexidda foomku sax ma aha.
err-form-files-missing = Foomku wuxuu akhriyaa faylal aan weli la lifaaqin: lifaaq, kadibna daabac.

## Consent
consent-title = Oggolaansho
consent-language = Luqadda jawaabeha
consent-read = Tan u akhri jawaabeha:
consent-controller = Hay'adda masuulka ah: { $controller }
consent-purposes = Jawaabuhu wuxuu oggol yahay:
consent-method = Sida oggolaanshaha loo bixiyo
consent-method-signature = Saxiix shaashadda
consent-method-verbal = Oggolaansho afka ah oo markhaati hor yaal
consent-method-mark = Calaamad (X ama suul) oo markhaati hor yaal
consent-method-guardian = Qof yar: aqbalaaddiisa iyo oggolaanshaha waalid ama masuul
consent-method-proxy = Qof ayaa ku oggolaanaya magaca qof aan awoodin
consent-minimum-age = Jawaabeyaasha ka yar { $age } sano.
consent-guardian = Magaca waalidka ama masuulka
consent-proxy = Magaca qofka magacooda ku oggolaanaya
consent-relationship = Xiriirka uu la leeyahay jawaabeha
consent-assent = Ilmuhu wuu oggol yahay inuu ka qayb qaato
consent-reason = Sababta uusan jawaabuhu isagu u oggolaan karin
consent-missing-representative = Qor magaca qofka oggolaanaya iyo xiriirkooda.
consent-missing-assent = Weydii ilmaha inuu oggol yahay, oo sanduuqa calaamadee kaliya haddii uu oggol yahay.
consent-missing-reason = Qor sababta uusan jawaabuhu isagu u oggolaan karin.
consent-required-purpose = Isticmaalkan waa loo baahan yahay si loo ka qayb qaato. La'aantiis, diiwaangeli diidmo.
consent-signature-pad = Goobta saxiixa: jawaabuhu halkan ha ku saxiixo
consent-signature-clear = Tirtir saxiixa
consent-kept-for = Waxaa la hayaa { $days ->
        [one] { $days } maalin.
       *[other] { $days } maalmood.
    }
consent-shared-for = Waxaa lala wadaagi karaa { $who }.
consent-witness = Magaca markhaatiga
consent-access = Afar lambar oo jawaabuhu doorto (ikhtiyaari)
consent-access-hint = PIN ama sanadka dhalashadiisa. Iyadoo la raacayo koodhka rasiidka, waxay u oggolaanaysaa inuu hadhow arko ama ka noqdo oggolaanshihiisa.
consent-bad-access = Qor afar lambar oo sax ah, ama maran ka tag.
consent-understanding = Hubi in jawaabuhu fahmay: weydii su'aal kasta.
consent-yes = Haa
consent-no = Maya
consent-explain-again = Sax ma aha. Mar kale sharax tan, kadibna mar kale weydii:
consent-not-understood = Weydii su'aal kasta oo fahanka ku saabsan ilaa jawaab kastaa sax noqoto.
consent-listen = Jawaabeha u shid duubista qoraalkan:
consent-give = Oggolaansho waa la bixiyay: bilow
consent-refuse = Jawaabuhu wuu diiday
err-consent-no-purpose = Dooro ugu yaraan hal ujeeddo, ama diiwaangeli diidmo.
err-consent-no-signature = Marka hore jawaabeha ka codso inuu saxiixo.
err-consent-no-witness = Qor magaca markhaatiga.
consent-unknown-template = Server-ku ma yaqaan qaabka oggolaanshaha.
consent-text-mismatch = Qoraalka oggolaanshaha ee la muujiyay kuma eka qaabka.
consent-no-purpose = Ujeeddo lama aqbalin.
consent-unknown-purpose = Server-ku ma yaqaan mid ka mid ah ujeeddooyinka.
consent-missing-witness = Magaca markhaatiga ayaa maqan.
consent-missing-signature = Saxiixa ayaa maqan.

## Interview
interview-next = Xiga
interview-back = Dib
interview-save = Kaydi
interview-save-draft = Kaydi qabyada oo bax
interview-draft-saved = Qabyada waxaa lagu kaydiyay telefoonkan.
geo-locate = Diiwaangeli goobta
geo-map = Ka eeg khariidadda
geo-busy = Goobta waa la raadinayaa…
geo-done = Goobta waa la diiwaangeliyay (saxnaanta qiyaastii { $accuracy } m).
geo-failed = Goobta lama helin. Hubi in goobtu shidan tahay oo loo oggol yahay boggan, ama qor.
interview-required = waajib
interview-add-member = Ku dar: { $label }
interview-remove-member = Ka saar { $label } – { $n }
interview-member = { $label } – { $n }
interview-choose = Dooro…
choices-search = Qor si aad u raadiso
choices-count = { $count ->
        [one] { $count } doorasho: qor dhowr xaraf oo ka mid ah tan aad rabto.
       *[other] { $count } doorashooyin: qor dhowr xaraf oo ka mid ah tan aad rabto.
    }
choices-found = { $count } la helay
choices-more = Kuwa ugu horreeya { $shown } ee { $count } la helay: qor xarfo kale.
choices-none = Waxba lama helin: hubi higgaadda, ama isku day bilowga magaca.
date-day = Maalin
date-month = Bil
date-year = Sanad
date-no-such-day = Maalintan kuma jirto kalandarkan.
date-gregorian = Waxaa loo kaydiyay { $date } (kalandarka Miilaadiga).
date-called = Kalandarkan maalintaas waxaa loo qoraa { $date }.
date-waxing = dayax koraya { $day }
date-full-moon = dayax buuxa
date-waning = dayax yaraanaya { $day }
date-new-moon = dayax cusub
prompt-listen = Dhageyso su'aasha
prompt-watch = Daawo muuqaalka su'aasha
interview-guidance = Sida loo weydiiyo
interview-page = Bogga { $n } ee { $total }
interview-has-errors = Jawaabaha qaarkood waxay u baahan yihiin fiiro.
overview-open = Qaybaha
overview-title = Qaybaha
overview-close = Ku noqo su'aalaha
overview-answered = { $answered } ka mid ah { $required } khasab ah ayaa la jawaabay
overview-nothing-required = Wax khasab ah ma jiro
overview-problems = { $count ->
        [one] { $count } jawaab oo la saxayo
       *[other] { $count } jawaabood oo la saxayo
    }
overview-part = { $title } ({ $n } ee { $total })
overview-untitled = Bogga { $n }
field-required = Jawaabtan waa loo baahan yahay.
field-constraint = Jawaabtan lama oggola.
field-not-integer = Geli tiro dhan.
field-not-number = Geli tiro.
field-not-date = Geli taariikh.
field-not-time = Geli waqti.
field-not-geopoint = Geli goob ahaan latitude iyo longitude, tusaale -1.29 36.82.
capture-kept = Telefoonkan ayaa lagu hayaa, lagu xiray diiwaanka: { $size } KB.
capture-reading = Faylka waa la akhrinayaa…
capture-unreadable = Faylkan lama akhrin karin. Mar kale isku day, ama dooro fayl kale.
capture-remove = Ka saar faylka
field-unknown-choice = Dooro mid ka mid ah doorashooyinka.
field-unknown = Jawaabtani kama tirsana foomka.
field-not-relevant = Jawaabtan halkan lama bixin karo.
field-calculation = Qiime la xisaabiyay waa duugoobay.
field-wrong-shape = Jawaabtani qaab khaldan ayay leedahay.
field-wrong-attachment = Faylkani ma aha nooca su'aashu weydiinayso.
field-attachment-too-large = Faylkani aad ayuu ugu weyn yahay telefoonka: ugu badnaan 1.5 MB.
field-off-the-scale = Dooro qiime ku jira cabbirka la muujiyay.
field-not-ranked = Kala horreysii doorasho kasta, mid kasta hal mar.
range-unset = Weli lama jawaabin
range-less = Ka yar
range-more = Ka badan
rating-star = { $n } ee { $max }
rank-up = Kor u qaad
rank-down = Hoos u dhig
rank-keep = Hay kala horreyntan

## Receipt
receipt-title = Rasiid
withdrawal-title = Diiwaangeli ka noqosho
withdrawal-receipt = Koodhka rasiidka jawaabaha ka noqonaya
withdrawal-hint = Oggolaanshihiisa oo dhan waa laga noqonayaa, jawaabihiisana waa la tirtirayaa waafajinta xigta.
withdrawal-submit = Ka noqo wax walba
withdrawal-recorded = Ka noqoshada waa la diiwaangeliyay: waxay la baxaysaa waafajinta xigta.
withdrawal-bad-code = Koodhkan rasiidka khalad qoraal ayaa ku jira: la hubi jawaabeha.
withdrawal-access = Afarta lambar ee jawaabaha, haddii uu doortay
withdrawal-access-hint = Waa loo baahan yahay marka xog-ururiye kale qaatay oggolaanshaha jawaabahan oo uu markaas doortay afar lambar: la'aantood ka noqoshada waa la diidayaa. Looma baahna oggolaansho adigu aad qaadatay.
withdrawal-bad-digits = Lambarradu waa inay noqdaan afarta uu jawaabuhu doortay markii uu oggolaaday. La hubi, ama sanduuqa maran ka tag.
withdrawal-refused = Ka noqoshada { $code } waa la diiday: afarta lambar ee jawaabaha way maqnaayeen ama way khaldanaayeen. Jawaabeha weydii lambarradiisa oo mar kale diiwaangeli ka noqoshada, ama u dir bogga bulshada ama xiriiriyaha mashruuca.
withdrawal-refused-dismiss = Waan fahmay
sync-withdrawals-refused = Ka noqoshooyin la diiday: { $n }. Sababta ka eeg shaashaddan.
receipt-intro = Sii jawaabeha koodhkan. Wuxuu hadhow ku arki karaa, ku yarayn karaa ama kaga noqon karaa oggolaanshihiisa.
receipt-qr = Koodhka QR ee rasiidka: wuxuu furaa bogga dib-u-eegista oo koodhku ku qoran yahay
receipt-where = Si aad hadhow u aragto ama uga noqoto oggolaanshahan: { $page }, oo wata koodhka iyo afarta lambar ee la doortay.
receipt-print = Daabac warqad
receipt-refused = Diidmada waa la diiwaangeliyay. Jawaabo lama kaydin.
receipt-saved = Waa la kaydiyay oo la sir-qariyay telefoonkan.
receipt-done = Ku noqo wareysiyada

## Data steward
steward-title = Wixii la soo gudbiyay
admin-upload-title = Foomam
admin-upload-intro = Soo rar su'aalo-weydiin ahaan XLSForm (.xlsx ama .xls, sida ODK ama KoboToolbox) ama foom Sauti ah (.json). Wuxuu noqonayaa nooca cusub ee foomka mashruuca; telefoonnadu waxay helayaan waafajintooda xigta.
admin-upload-label = Faylka su'aalo-weydiinta
admin-upload-done = Waa la soo geliyay “{ $form }” ({ $id }, nooca { $version }): { $questions ->
        [one] { $questions } su'aal.
       *[other] { $questions } su'aalood.
    }
steward-sign-in = Gal
steward-username = Magaca isticmaalaha
steward-password = Furaha sirta
steward-sign-out = Ka bax
steward-approve = Oggolow
steward-reject = Diid
steward-empty = Weli wax lama soo gudbin.
steward-state-received = La helay
steward-state-approved = La oggolaaday
steward-state-rejected = La diiday
steward-state-has_issues = Dib loo celiyay
steward-state-edited = La saxay
review-send-back = Dib u celi
review-send-back-title = Diiwaanka { $receipt } dib ugu celi xog-ururiyihiisa
review-send-back-label = Maxay tahay waxa xog-ururiyuhu hubinayo?
review-cancel = Jooji
exports-title = Dhoofinta
exports-intro = Dhoofin kasta waxay soo saartaa kaliya waxa siyaasadda mashruucu oggol tahay: diiwaanno la oggolaaday oo jawaabeyaashoodu aqbaleen ujeeddadeeda.
exports-k = Diiwaannada soo muuqan lahaa (ka yar { $k } isku eg) waa la haystaa.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Ogeysiiska ka noqoshada: yaa tirtiraya maxay (CSV)
exports-xlsx = Excel (shax kasta)
exports-table = Shaxda “{ $table }” (CSV)
steward-refused = Oggolaansho la diiday
steward-purposes = Ujeeddooyinka: { $purposes }
steward-explained-again = Mar kale la sharxay ka hor oggolaanshaha: { $points }
steward-col-receipt = Rasiid
steward-col-received = La helay
steward-col-area = Deegaan
steward-col-state = Xaalad
steward-col-actions = Falal
err-session = Fadhigaagu wuu dhammaaday. Mar kale gal.
community-title = Oggolaanshahaaga
community-intro = Qor koodhka rasiidka lagu siiyay iyo afarta lambar ee aad doortay markii aad oggolaansho bixisay. Waxaad arki doontaa waxaad oggolaatay iyo cidda heshay jawaabahaaga, waadna ka noqon kartaa.
community-receipt = Koodhka rasiidka
community-receipt-hint = Tusaale 7K3M-9QPA-X2RT-5. Xarfo waaweyn ama yaryar, leh ama aan lahayn jiitin.
community-access = Afartaada lambar
community-access-hint = PIN-ka ama sanadka dhalashada ee aad doortay.
community-look-up = I tus oggolaanshahayga
community-not-found = Oggolaansho ku eg koodhkan iyo lambarradan ma jiro. Labadaba hubi oo mar kale isku day. Haddii aad ka noqotay oggolaanshahaaga, waxba lama hayo, xitaa lambarradaada.
community-wait = Isku dayo aad u badan. Dhowr daqiiqo sug, kadibna mar kale isku day.
err-code-locked = Koodhkan rasiidka waa la xiray kadib lambarro khaldan oo badan, si loo ilaaliyo qofka iska leh. Wuxuu weli ku arki karaa ama kaga noqon karaa oggolaanshihiisa xog-ururiye ama xiriiriyaha mashruuca.
community-your-consent = Waxaad oggolaatay
community-given = { $date }, { $enumerator } ayaa diiwaangeliyay oggolaanshahaaga ee { $controller }.
community-refused = { $date } waxaad tidhi maya. Waxba lagama kaydin wixii aad tidhi.
community-withdrawn = Waxaad ka noqotay oggolaanshahaaga { $date }. Jawaabahaagii waa la tirtiray.
community-deleted = Jawaabahaagii waa la tirtiray { $date }, dhammaadka muddadii la hayn karay.
community-purposes = Waxa jawaabahaaga loo isticmaalo
community-purpose-active = La isticmaalayo
community-purpose-withdrawn = Laga noqday { $date }
community-not-accepted = Ma aadan oggolaan: { $purposes }.
community-held = Noocyada macluumaadka la hayo
community-sensitive = Qaarkood waa xasaasi: { $categories }.
community-shared = Cidda heshay jawaabahaaga
community-not-shared = Qof ka baxsan kooxda mashruuca ma helin.
community-shared-with = { $recipient }, { $date }
community-contact = Su'aalo: { $controller }, { $contact }.
community-withdraw-chosen = Ka noqo isticmaalada la calaamadeeyay
community-withdraw-all = Ka noqo wax walba
community-withdraw-all-confirm = Haa, hadda tirtir jawaabahayga oo dhan
community-receipt-json = Kaydi rasiidkan oggolaanshaha (JSON)
community-kept-for = Waxaa la hayaa { $days ->
        [one] { $days } maalin.
       *[other] { $days } maalmood.
    }
community-shared-for = Waxaa lala wadaagi karaa { $who }.

## Dead ends and the consent screen (issue 21)
consent-cancel = Jooji
err-consent-no-method = Dooro sida oggolaanshaha loo bixiyo.
consent-access-skip = Afarta lambar la'aanteed, jawaabuhu ma isticmaali karo bogga bulshada: xiriiriyaha mashruuca oo kaliya ayaa tusi kara oggolaanshihiisa ama ka noqon kara.
consent-signature-label = Jawaabuhu ha ku saxiixo, ama calaamad ha ku sameeyo, farta gudaha sanduuqa hoose.
receipt-no-digits = Afar lambar lama dooran, sidaas darteed bogga bulshadu ma furi karo oggolaanshahan. Si uu u arko ama uga noqdo, jawaabuhu ha weydiiyo xiriiriyaha mashruuca ama xog-ururiye, isagoo wata koodhkan.
home-discard = Tuur
home-discard-confirm = Ma tuurtaa qabyada “{ $name }”? Jawaabaheeda iyo oggolaanshaha lagu diiwaangeliyay waa laga tirtirayaa telefoonkan. Tan dib looma celin karo.
home-discard-yes = Tuur qabyada
home-discard-no = Hay
home-draft-discarded = Qabyada waa laga tirtiray telefoonkan.
home-form-waiting = Nooc cusub oo foomka ah ayaa sugaya. Qabyo waxaa lagu dhammeeyaa noocii lagu bilaabay: dhammee ama tuur qabyo kasta oo hoose, nooca cusubna wuxuu imanayaa waafajinta xigta.
sync-new-form-waits = Nooc cusub oo foomka ah ayaa sugaya: dhammee ama tuur qabyooyinka si aad u isticmaasho.
home-withdrawals-pending = Ka noqoshooyin sugaya in la diro
sync-withdrawals-done = { $n ->
        [one] { $n } ka noqosho ayaa la fuliyay.
       *[other] { $n } ka noqoshooyin ayaa la fuliyay.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = Waxa la ururiyey
dashboard-by-area = Wareysiyada gobol ahaan
dashboard-by-month = Wareysiyada gobol iyo bil ahaan
dashboard-area = Gobol
dashboard-total = Wadarta
dashboard-earlier = Hore
dashboard-other-areas = Gobollo kale
dashboard-indicators = Waxa aad noo sheegteen
dashboard-all-areas = Dhammaan gobollada
dashboard-share = { $share } ({ NUMBER($n) } ka mid ah { NUMBER($total) })
dashboard-actions = Waxa aan qabannay
dashboard-no-actions = Weli waxba lama daabicin.
dashboard-counted = La tiriyey: wareysiyada la ansixiyey ee dadkoodu ogolaadeen isticmaalkan:
dashboard-privacy = Si loo ilaaliyo qoys kasta, tiro waxa la muujiyaa oo keliya marka ay tirinayso ugu yaraan { NUMBER($k) } wareysi; — waxay calaamad u tahay tiro loo qariyey sababtaas, ama loo qariyey si tiro yar aan looga soo saarin kuwa kale. Wareysi la laabtay wuxuu ka baxaa tirooyinkan cusboonaysiinta xigta.
dashboard-updated = La cusboonaysiiyey
dashboard-feedback = Fikradiinna iyo cabashooyinkiinna
dashboard-feedback-kind = Nooca
dashboard-feedback-received = La helay
dashboard-feedback-answered = La jawaabay
dashboard-feedback-median = Celceliska maalmaha ilaa jawaabta
dashboard-feedback-confidential = Warbixinno qarsoodi ah (xadgudub, khiyaano), dhammaan
dashboard-feedback-how = Ku dir fikrad, su'aal ama cabasho bogga bulshada, adigoon magacaaga sheegin haddaad rabto; hay koodhka la socodka si aad u akhrido jawaabta.

## Admin: forms, drafts and publishing
admin-forms-intro = Soo geli su'aalo qaab XLSForm ah (.xlsx ama .xls, sida ODK ama KoboToolbox) ama foom Sauti ah (.json). Waxaa loo kaydiyaa qabyo: eeg digniinihiisa iyo muuqaalkiisa, kadibna daabac. Taleefannadu waxay helaan foomamka la daabacay oo keliya.
admin-forms-heading = Foomamka mashruuca
admin-forms-none = Weli foom ma jiro.
admin-forms-live = Taleefannadu waxay helaan nooca { $version }
admin-forms-not-live = Weli kuma jiro taleefannada
admin-version-state-draft = Qabyo
admin-version-state-waiting = Waxay sugaysaa faylal
admin-version-state-published = La daabacay
admin-version-line = su'aalo: { $questions } · diiwaanno: { $records } · { $when } · { $who }
admin-version-open = Fur nooca { $version }
admin-version-open-short = Fur
admin-upload-waiting = Waa la hayaa ilaa faylashan lagu lifaaqo: { $files }
admin-draft-back = Dhammaan foomamka
admin-draft-title = { $form }, nooca { $version }
admin-draft-warnings = Waxa soo-gelintu dareentay
admin-draft-no-warnings = Soo-gelintu ma aysan dareemin wax la saxo.
admin-draft-place-sheet = xaashida { $sheet }
admin-draft-place-row = safka { $row }
admin-draft-place-column = tiirka { $column }
admin-draft-missing = Faylasha ay akhrido ee aan weli la lifaaqin
admin-draft-attach = Lifaaq fayl (magaciisu waa inuu noqdaa kan liiska ku jira)
admin-draft-attached = { $file } waa la lifaaqay.
admin-draft-unclassified = Su'aalaha siyaasaddu aysan weli kala saarin
admin-draft-unclassified-help = Dhoofin kasta uma oggolaado jawaabahooda ilaa siyaasaddu (ama tiirka tags ee foomka) sheegto waxay yihiin. Kala saar ka hor daabacaadda.
admin-draft-all-classified = Siyaasaddu waxay kala saartaa su'aal kasta.
admin-draft-preview = Muuqaal: foomka sida taleefannadu u muujiyaan
admin-draft-preview-language = Luqadda muuqaalka
admin-draft-preview-note = Waxaa loo muujiyay akhris keliya. Su'aalaha la weydiiyo kadib jawaabo gaar ah waxay ka muuqdaan taleefanka marka jawaabahaas la bixiyo.
admin-draft-publish = Daabac
admin-draft-confirm-new = Taleefannadu waxay heli doonaan “{ $form }” nooca { $version } ({ $questions } su'aalood) isku-xirkooda xiga, waraysiyada cusub.
admin-draft-confirm-replaces = Waxay beddeshaa nooca { $old }; diiwaannada nooca { $old } way sii jiraan waana la sii dhoofiyaa.
admin-draft-confirm-unclassified = Su'aalo aan la kala saarin: { $n }. Jawaabahoodu kama baxaan dhoofin kasta ilaa la kala saaro.
admin-draft-confirm-yes = Hadda daabac
admin-draft-cancel = Jooji
admin-draft-published = La daabacay. Taleefannadu waxay helayaan nooca { $version } isku-xirkooda xiga.
admin-draft-delete = Tirtir qabyadan
admin-draft-delete-confirm = Ma tirtiraysaa qabyadan? Wax laguma ururin; soo-gelintu si buuxda ayay u baxaysaa.
admin-draft-cannot-publish = Marka hore lifaaq faylasha maqan: kadib waa la daabici karaa.

## Projects, teams and accounts (issue 20)
admin-role-admin = Maamule
admin-role-steward = Ilaaliyaha xogta
admin-role-reviewer = Dib-u-eegaha
admin-role-enumerator = Xog-ururiye
admin-role-partner = Shuraako
admin-project-current = { $project } · doorkaaga: { $role }
admin-project-switch = Beddel mashruuca
admin-projects-archived = kaydsan
admin-project-archived-note = Mashruucan waa la kaydiyay: ma qaato diiwaanno ama taleefanno cusub. Xogtiisu way jirtaa, ilaaliyayaasha xogtuna weli way dhoofin karaan.
admin-password-title = Beddel furahayga sirta ah
admin-password-current = Furaha sirta ah ee hadda
admin-password-new = Furaha sirta ah ee cusub
admin-password-new-hint = Ugu yaraan 12 xaraf, ha ahaato magacaaga isticmaale, ha ahaato fure caadi ah. Dhowr eray ayaa sameeya fure wanaagsan.
admin-password-repeat = Furaha cusub mar kale
admin-password-mismatch = Labada fure ee cusub isku mid ma aha.
admin-password-changed = Furaha waa la beddelay. Fadhiyadaadii kale way dhammaadeen.
admin-password-submit = Beddel furaha
admin-projects-title = Mashaariic
admin-projects-intro = Mashruuc kastaa wuxuu leeyahay foomamkiisa, qaabka oggolaanshaha, siyaasadda, kooxda iyo dhoofinta. Maamulaha mashruuc kasta wuu abuuri karaa mid cusub wuxuuna noqdaa maamulihiisa.
admin-project-name = Magaca mashruuca
admin-project-rename = Magac beddel
admin-project-renamed = Magaca waa la beddelay.
admin-project-archive = Kaydi mashruucan
admin-project-restore = Soo celi mashruucan
admin-project-archive-confirm = Ma kaydinaysaa { $project }? Taleefannadu mar dambe uma diri karaan diiwaanno mana loo diyaarin karo. Xogtiisu way jirtaa, ilaaliyayaashu weli way dhoofin karaan, goor dambena waad soo celin kartaa.
admin-project-restore-confirm = Ma soo celinaysaa { $project }? Taleefannadu mar kale ayay u diri karaan diiwaanno waana loo diyaarin karaa.
admin-project-new = Mashruuc cusub
admin-project-id = Aqoonsiga mashruuca
admin-project-id-hint = 3 ilaa 40 xaraf yaryar, tiro ama -. Goor dambe lama beddeli karo.
admin-project-create = Abuur mashruuca
admin-project-created = Mashruuca { $project } waa la abuuray. Adiga ayaa maamule u ah: kor ugu gudub si aad ugu darto foomamka iyo kooxda.
admin-confirm = Haa, samee
admin-cancel = Jooji
admin-done = Waa la sameeyay.
admin-team-title = Kooxda
admin-team-intro = Kuwa ka shaqeeya { $project }, iyo doorkooda halkan. Qofku door kale ayuu ku yeelan karaa mashruuc kale.
admin-team-you = (adiga)
admin-team-disabled = la joojiyay
admin-team-role-of = Doorka { $username }
admin-team-role-changed = { $username } hadda waa { $role }.
admin-team-reset = Dib u deji furaha
admin-team-reset-confirm = Ma siinaysaa { $username } fure cusub? Furihiisa hadda wuu joogsanayaa, fadhiyadiisa oo dhanna way dhammaanayaan.
admin-team-disable = Jooji akoonka
admin-team-disable-confirm = Ma joojinaysaa { $username }? Ma soo gali karo, fadhiyadiisu hadda way dhammaanayaan, taleefannadiisuna way joojinayaan isku-dubbaridka ilaa akoonka dib loo furo.
admin-team-enable = Fur akoonka
admin-team-enable-confirm = Ma dib u furaysaa { $username }? Wuu soo gali karaa, taleefannadiisuna mar kale ayay isku-dubbarin doonaan.
admin-team-sessions = Meel kasta ka saar
admin-team-sessions-confirm = Ma dhammaynaysaa fadhiyada { $username } oo dhan? Waa inuu mar kale soo galo.
admin-team-sessions-ended = Fadhiyada la dhammeeyay: { $n }.
admin-team-remove = Ka saar mashruuca
admin-team-remove-confirm = Ma ka saaraysaa { $username } { $project }? Fadhiyadiisa halkan way dhammaanayaan, taleefannadiisa halkanna waa la baabi'inayaa. Akoonka, iyo wixii uu diiwaangeliyay, way harayaan.
admin-team-removed = { $username } waa la saaray.
admin-team-password-once = Furaha { $username }, mar keliya ayaa la muujinayaa. Gacanta ku sii; wuu beddeli karaa markuu soo galo kadib:
admin-team-add = Ku dar xubin
admin-team-username = Magaca isticmaalaha
admin-team-username-hint = 3 ilaa 40 xaraf yaryar, tiro, . _ ama -
admin-team-role = Doorka
admin-team-existing = Qofkani horey ayuu akoon u leeyahay (mashruuc kale)
admin-team-add-submit = Ku dar xubinta
admin-team-added = { $username } waxaa lagu daray { $role } ahaan.
admin-devices-title = Taleefannada
admin-device-line = { $label } · la diyaariyay { $created } · isku-dubbaridkii ugu dambeeyay: { $synced }
admin-device-never = weligiis
admin-device-revoked = la baabi'iyay { $at }
admin-device-revoke = Baabi'i taleefanka
admin-device-revoke-confirm = Ma baabi'inaysaa taleefanka “{ $label }” ee { $username }? Isla markiiba wuu joojinayaa isku-dubbaridka; diiwaannada aan weli la dirin way ku harayaan.
err-password-short = Furaha sirta ah wuxuu u baahan yahay ugu yaraan 12 xaraf. Dhowr eray ayaa sameeya fure wanaagsan.
err-password-long = Furaha sirta ah ma dhaafi karo 256 xaraf.
err-password-username = Furaha sirta ah waa inuusan ku jirin magaca isticmaalaha.
err-password-common = Furahan wuxuu ka mid yahay kuwa ugu horreeya ee qof kasta oo qiyaasaya uu isku dayi lahaa. Dooro mid kale.
err-project-archived = Mashruucan waa la kaydiyay: ma qaato diiwaanno ama taleefanno cusub. Xogtiisu way jirtaa, ilaaliyayaasha xogtuna weli way dhoofin karaan.
err-last-admin = Mashruuc wuxuu hayaa ugu yaraan hal maamule. Marka hore qof kale maamule ka dhig.
err-account-shared = Akoonkan wuxuu sidoo kale ka shaqeeyaa mashaariic aadan maamulin. Halkii ka saar mashruucan, ama weydii maamulayaashooda.

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Fikrad, su'aal ama cabasho
community-feedback-intro = Qof kasta wuu u qori karaa mashruuca. Uma baahnid inaad magacaaga sheegto.
community-feedback-project = Mashruuca
community-feedback-category = Maxay ku saabsan tahay?
community-feedback-confidential = Qarsoodi: waxa akhriya oo keliya qofka xiriirka ee uu mashruucu magacaabay.
community-feedback-message = Fariintaada
community-feedback-message-hint = Ku qor luuqaddaada. Ha qorin magacyada dad kale haddii aan loo baahnayn.
community-feedback-contact = Sida laguu heli karo (ikhtiyaari)
community-feedback-contact-hint = Lambar taleefan ama cinwaan, haddii aad jawaab rabto oo keliya. Banaan u daa si aad u ahaato qof aan la aqoon.
community-feedback-send = Dir
community-feedback-filed = Waa la diray. Koodhkaaga la socodka:
community-feedback-keep = { $days ->
        [one] Hay koodhkan. Mashruucu wuxuu xaqiijinayaa helitaanka { NUMBER($days) } maalin gudahood; isticmaal koodhka hoose si aad u akhrido jawaabta.
       *[other] Hay koodhkan. Mashruucu wuxuu xaqiijinayaa helitaanka { NUMBER($days) } maalmood gudahood; isticmaal koodhka hoose si aad u akhrido jawaabta.
    }
community-feedback-follow-title = La soco fariintaada
community-feedback-tracking = Koodhka la socodka
community-feedback-follow = Eeg jawaabta
community-feedback-answer = Jawaabta
community-feedback-not-found = Ma jirto fariin leh koodhkan. Hubi koodhka oo isku day mar kale.
community-feedback-incomplete = Dooro mawduuca oo qor fariin.
community-feedback-choose = Dooro mawduuca.
community-feedback-status-received = La helay, weli lama eegin
community-feedback-status-acknowledged = La helay oo waa la eegayaa
community-feedback-status-answered = Waa la jawaabay
community-feedback-status-referred = Waxaa loo gudbiyey hay'ad kale oo caawin karta
community-feedback-status-closed = Waa la xiray
steward-feedback-title = Fikradaha iyo cabashooyinka
steward-feedback-counts = Furan: { NUMBER($open) } · Dib u dhacay: { NUMBER($overdue) }
steward-feedback-confidential = Qarsoodi
steward-feedback-overdue = Dib u dhacay
steward-feedback-from-web = Bogga bulshada, luuqadda { $lang }
steward-feedback-from-phone = Waxaa diiwaangeliyey xog-ururiye, luuqadda { $lang }
steward-feedback-contact = Xiriir: { $contact }
steward-feedback-anonymous = Magac la'aan
steward-feedback-resolution = Xalka: { $resolution }
steward-feedback-text = Jawaab, gudbin ama xal
steward-feedback-acknowledge = Xaqiiji helitaanka
steward-feedback-answer = Dir jawaabta
steward-feedback-refer = Gudbi
steward-feedback-close = Xir
