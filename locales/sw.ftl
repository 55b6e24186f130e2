# Sauti UI strings, Swahili (sw).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories: one, other.

app-title = Sauti
lang-label = Lugha
lang-unreviewed = Tafsiri hii bado haijakaguliwa na mzungumzaji wa lugha hii. Mjulishe msimamizi wako kuhusu makosa.
nav-skip = Ruka hadi maudhui

## Setting up a phone
setup-title = Andaa simu hii
setup-intro = Ingia mara moja ukiwa mtandaoni. Kila kitu utakachokusanya kitafungwa kwenye simu hii kwa kaulisiri unayoijua wewe peke yako.
setup-username = Jina la mtumiaji
setup-password = Nenosiri
setup-passphrase = Kaulisiri mpya
setup-passphrase-hint = Angalau herufi 8. Haiwezi kurejeshwa: ukiisahau, rekodi ambazo bado hazijasawazishwa zitapotea.
setup-passphrase-confirm = Rudia kaulisiri
setup-submit = Ingia na ufunge
setup-busy = Inaingia…
err-passphrase-short = Kaulisiri lazima iwe na angalau herufi 8.
err-passphrase-mismatch = Kaulisiri hizo mbili hazifanani.
err-sign-in = Jina la mtumiaji au nenosiri si sahihi.
err-too-many-attempts = Manenosiri mengi mno yasiyo sahihi. Subiri kidogo, kisha ujaribu tena.
err-busy = Seva ina shughuli ya kukagua manenosiri mengine. Subiri kidogo, kisha ujaribu tena. Hakuna kilichopotea.
err-network = Seva haifikiki, ingawa simu iko mtandaoni. Hakuna kilichopotea.
err-offline = Simu hii haiko mtandaoni. Hakuna kilichopotea: sawazisha tena ikishaunganishwa.
err-timeout = Seva haikujibu kwa wakati, kwa hiyo simu iliacha kusubiri. Hakuna kilichopotea.
err-chunk = Skrini hii bado haiko kwenye simu. Unganisha na mtandao mara moja, kisha uifungue tena. Hakuna kilichopotea.
err-server = Seva haikuweza kushughulikia ombi (hitilafu { $status }). Hakuna kilichopotea.

## Unlocking
unlock-title = Fungua
unlock-intro = Andika kaulisiri yako ili kufungua rekodi zako.
unlock-passphrase = Kaulisiri
unlock-submit = Fungua
unlock-busy = Inafungua…
unlock-user = Simu hii imeandaliwa kwa ajili ya { $user }.
unlock-wait = Majaribio mengi mno yasiyo sahihi. Jaribu tena baada ya sekunde { $seconds }.
locked-idle = Imefungwa baada ya dakika 10 bila kutumika.
err-wrong-passphrase = Kaulisiri si sahihi. Hakuna kilichobadilishwa.
passphrase-change = Badilisha kaulisiri
passphrase-current = Kaulisiri ya sasa
passphrase-changed = Kaulisiri imebadilishwa. Tumia mpya kuanzia sasa.
cancel = Ghairi

## Home
home-title = Mahojiano
home-new = Mahojiano mapya
home-sync = Sawazisha sasa
home-lock = Funga
home-drafts = Rasimu
home-queued = Zinasubiri kusawazishwa
home-synced = Zimesawazishwa
home-rejected = Zimekataliwa na seva
home-empty = Hakuna
home-resume = Endelea
home-offline-ready = Fomu iko tayari kutumika bila mtandao: { $form }
update-ready = Toleo jipya la Sauti liko tayari.
update-now = Sasisha sasa
home-storage = Hifadhi iliyotumika kwenye simu hii: { $percent } %
home-keep = Rekodi zilizosawazishwa hubaki kwenye simu hii kwa siku { $days }, kisha huondolewa.
storage-warning = Hifadhi ya simu hii imejaa { $percent } %. Sawazisha karibuni: mahojiano mapya husimama kwenye 95 %.
storage-warning-free = Hifadhi ya simu hii imejaa { $percent } %. Ondoa vitu kwenye simu (picha, video, programu nyingine): mahojiano mapya husimama kwenye 95 %.
err-storage-nearly-full = Hifadhi ya simu hii imejaa { $percent } %. Sawazisha, au ondoa vitu, kabla ya mahojiano mapya, ili mahojiano yoyote yasishindwe kuhifadhiwa.
err-storage-nearly-full-free = Hifadhi ya simu hii imejaa { $percent } % na hakuna kinachosubiri kutumwa, kwa hiyo kusawazisha hakutasaidia. Ondoa vitu kwenye simu (picha, video, programu nyingine) kabla ya mahojiano mapya.
sync-busy = Inasawazisha…
sync-done = Usawazishaji umekamilika: { $accepted } zimetumwa, { $duplicates } tayari ziko kwenye seva, { $rejected } zimekataliwa.
sync-nothing = Hakuna cha kusawazisha.
sync-new-form = Toleo jipya la fomu liko tayari kutumika bila mtandao: { $form }.
sync-edited = { $n ->
        [one] Rekodi { $n } kati yake ilikuwa imesahihishwa na msimamizi wa data kwenye seva; marekebisho yamehifadhiwa.
       *[other] Rekodi { $n } kati yake zilikuwa zimesahihishwa na msimamizi wa data kwenye seva; marekebisho yamehifadhiwa.
    }
record-edited = Imesahihishwa na msimamizi wa data kwenye seva; marekebisho yamehifadhiwa.
record-recheck = Tuma tena ikaguliwe
record-sent-back = Imerudishwa na mkaguzi: { $comment }
sync-progress = Inatuma { $done } kati ya { $total }…
sync-retry = Inajaribu tena baada ya sekunde { $seconds }; rekodi zako ziko salama kwenye simu.
sync-offline-wait = Simu hii haiko mtandaoni. Rekodi zako ziko salama ndani yake; zitatumwa mtandao ukirudi.
home-auto-send = Tuma kiotomatiki ukiwa mtandaoni
err-device-revoked = Simu hii hairuhusiwi tena kusawazisha: ruhusa yake ilifutwa au imeisha muda. Rekodi zako zinabaki kwenye simu. Muombe msimamizi wako aiandae upya.
err-batch-malformed = Seva haikuweza kusoma rekodi zilizotumwa. Hakuna kilichopotea.
err-bad-request = Hili halikuweza kufanyika kama lilivyoombwa. Kagua ulichoandika na ujaribu tena.
err-form-unknown = Seva haijui toleo hili la fomu. Hakuna kilichopotea.
err-too-large = Kilichotumwa kwa mara moja ni kingi mno. Hakuna kilichopotea.
err-unauthorized = Ingia kwanza.
err-forbidden = Huruhusiwi kufanya hivyo.
err-not-found = Haikupatikana.
err-conflict = Mtu mwingine amebadilisha rekodi hii wakati huohuo. Ipakie upya na ujaribu tena.
err-internal = Seva ilipata tatizo. Hakuna kilichopotea; jaribu tena baadaye.
err-refusal-with-answers = Kukataa kulitumwa pamoja na majibu, kwa hiyo hakukuhifadhiwa.
err-receipt-reused = Rekodi nyingine tayari ina msimbo huu wa risiti.

## Errors from storage and the vault
err-tampered = Rekodi { $id } haiwezi kufunguliwa: ilibadilishwa au imeharibika. Rekodi zako nyingine ziko salama.
err-malformed-storage = Data iliyohifadhiwa kwa { $id } iko katika muundo ambao programu hii haiuelewi.
err-weak-vault = Mipangilio iliyohifadhiwa ya sefu ni dhaifu kuliko inavyoruhusiwa.
err-no-random = Kivinjari hiki hakiwezi kutoa namba nasibu salama.
err-storage-full = Hifadhi ya simu imejaa. Hakuna kilichopotea: ondoa vitu kwenye simu (picha, video, programu nyingine), kisha uhifadhi tena.
err-storage-write = Simu haikuweza kuandika kwenye hifadhi yake ({ $reason }). Hili halikuhifadhiwa: jaribu tena.
err-invalid-answers = Majibu haya yanavunja kanuni za fomu; angalia kila sehemu.
err-invalid-policy = Sera haiwezi kutumika; kila tatizo limeorodheshwa pamoja na mahali lilipo.
err-form-expression = Fomu ina usemi ambao hauwezi kusomwa.
err-form-definition = Ufafanuzi wa fomu si sahihi.
err-form-files-missing = Fomu inasoma faili ambazo bado hazijaambatishwa: ziambatishe, kisha uichapishe.

## Consent
consent-title = Ridhaa
consent-language = Lugha ya mhojiwa
consent-read = Msomee mhojiwa haya:
consent-controller = Shirika linalowajibika: { $controller }
consent-purposes = Mhojiwa anakubali:
consent-method = Jinsi ridhaa inavyotolewa
consent-method-signature = Sahihi kwenye skrini
consent-method-verbal = Ridhaa ya mdomo mbele ya shahidi
consent-method-mark = Alama (X au kidole gumba) mbele ya shahidi
consent-method-guardian = Mtoto: kukubali kwake na ridhaa ya mzazi au mlezi
consent-method-proxy = Mtu anatoa ridhaa kwa niaba ya mtu asiyeweza
consent-minimum-age = Kwa wahojiwa walio chini ya miaka { $age }.
consent-guardian = Jina la mzazi au mlezi
consent-proxy = Jina la mtu anayetoa ridhaa kwa niaba yake
consent-relationship = Uhusiano na mhojiwa
consent-assent = Mtoto anakubali kushiriki
consent-reason = Kwa nini mhojiwa hawezi kutoa ridhaa mwenyewe
consent-missing-representative = Andika jina la mtu anayetoa ridhaa na uhusiano wao.
consent-missing-assent = Muulize mtoto kama anakubali, na uweke alama kwenye kisanduku tu kama anakubali.
consent-missing-reason = Andika kwa nini mhojiwa hawezi kutoa ridhaa mwenyewe.
consent-required-purpose = Matumizi haya yanahitajika ili kushiriki. Bila hayo, rekodi kukataa.
consent-signature-pad = Eneo la sahihi: mhojiwa anasaini hapa
consent-signature-clear = Futa sahihi
consent-kept-for = Huhifadhiwa kwa siku { $days }.
consent-shared-for = Yanaweza kushirikiwa na { $who }.
consent-witness = Jina la shahidi
consent-access = Tarakimu nne anazochagua mhojiwa (si lazima)
consent-access-hint = PIN au mwaka wake wa kuzaliwa. Pamoja na msimbo wa risiti, zinamwezesha kuona au kuondoa ridhaa yake baadaye.
consent-bad-access = Andika tarakimu nne kamili, au uache tupu.
consent-understanding = Hakikisha mhojiwa ameelewa: uliza kila swali.
consent-yes = Ndiyo
consent-no = Hapana
consent-explain-again = Si sawa kabisa. Eleza hili tena, kisha uulize mara nyingine:
consent-not-understood = Uliza kila swali la uelewa hadi kila jibu liwe sahihi.
consent-listen = Mchezee mhojiwa rekodi ya sauti ya maandishi haya:
consent-give = Ridhaa imetolewa: anza
consent-refuse = Mhojiwa anakataa
err-consent-no-purpose = Chagua angalau lengo moja, au rekodi kukataa.
err-consent-no-signature = Mwombe mhojiwa asaini kwanza.
err-consent-no-witness = Andika jina la shahidi.
consent-unknown-template = Seva haijui kiolezo cha ridhaa.
consent-text-mismatch = Maandishi ya ridhaa yaliyoonyeshwa hayalingani na kiolezo.
consent-no-purpose = Hakuna lengo lililokubaliwa.
consent-unknown-purpose = Seva haijui mojawapo ya malengo.
consent-missing-witness = Jina la shahidi halipo.
consent-missing-signature = Sahihi haipo.

## Interview
interview-next = Mbele
interview-back = Nyuma
interview-save = Hifadhi
interview-save-draft = Hifadhi rasimu na uondoke
interview-draft-saved = Rasimu imehifadhiwa kwenye simu hii.
geo-locate = Rekodi mahali
geo-map = Ona kwenye ramani
geo-busy = Inatafuta mahali…
geo-done = Mahali pamerekodiwa (usahihi wa takriban mita { $accuracy }).
geo-failed = Mahali hapakuweza kupatikana. Hakikisha huduma ya mahali imewashwa na kuruhusiwa kwa ukurasa huu, au upaandike.
interview-required = lazima
interview-add-member = Ongeza: { $label }
interview-remove-member = Ondoa { $label } – { $n }
interview-member = { $label } – { $n }
interview-choose = Chagua…
choices-search = Andika ili kutafuta
choices-count = { $count ->
        [one] Chaguo { $count }: andika herufi chache za unalotaka.
       *[other] Machaguo { $count }: andika herufi chache za unalotaka.
    }
choices-found = Yamepatikana { $count }
choices-more = { $shown } za kwanza kati ya { $count } yaliyopatikana: andika herufi zaidi.
choices-none = Hakuna kilichopatikana: kagua tahajia, au jaribu mwanzo wa jina.
date-day = Siku
date-month = Mwezi
date-year = Mwaka
date-no-such-day = Siku hii haipo katika kalenda hii.
date-gregorian = Imehifadhiwa kama { $date } (kalenda ya Gregori).
date-called = Katika kalenda hii siku hiyo huandikwa { $date }.
date-waxing = mwezi mchanga { $day }
date-full-moon = mwezi mpevu
date-waning = mwezi unaopungua { $day }
date-new-moon = mwezi mpya
prompt-listen = Sikiliza swali
prompt-watch = Tazama video ya swali
interview-guidance = Jinsi ya kuuliza
interview-page = Ukurasa { $n } kati ya { $total }
interview-has-errors = Baadhi ya majibu yanahitaji kuangaliwa.
overview-open = Sehemu
overview-title = Sehemu
overview-close = Rudi kwenye maswali
overview-answered = { $answered } kati ya { $required } ya lazima yamejibiwa
overview-nothing-required = Hakuna la lazima
overview-problems = { $count ->
        [one] jibu { $count } la kusahihisha
       *[other] majibu { $count } ya kusahihisha
    }
overview-part = { $title } ({ $n } kati ya { $total })
overview-untitled = Ukurasa { $n }
field-required = Jibu hili linahitajika.
field-constraint = Jibu hili haliruhusiwi.
field-not-integer = Andika namba kamili.
field-not-number = Andika namba.
field-not-date = Andika tarehe.
field-not-time = Andika saa.
field-not-geopoint = Andika mahali kama latitudo na longitudo, k.m. -1.29 36.82.
capture-kept = Imehifadhiwa kwenye simu hii, imefungwa pamoja na rekodi: KB { $size }.
capture-reading = Inasoma faili…
capture-unreadable = Faili hili halikuweza kusomwa. Jaribu tena, au chagua faili lingine.
capture-remove = Ondoa faili
field-unknown-choice = Chagua mojawapo ya machaguo.
field-unknown = Jibu hili si la fomu hii.
field-not-relevant = Jibu hili halipaswi kutolewa hapa.
field-calculation = Thamani iliyokokotolewa imepitwa na wakati.
field-wrong-shape = Jibu hili lina muundo usio sahihi.
field-wrong-attachment = Faili hili si la aina inayoombwa na swali.
field-attachment-too-large = Faili hili ni kubwa mno kwa simu: isizidi MB 1.5.
field-off-the-scale = Chagua thamani kwenye kipimo kilichoonyeshwa.
field-not-ranked = Panga kila chaguo kwa mpangilio, kila moja mara moja.
range-unset = Bado halijajibiwa
range-less = Kidogo
range-more = Zaidi
rating-star = { $n } kati ya { $max }
rank-up = Sogeza juu
rank-down = Sogeza chini
rank-keep = Baki na mpangilio huu

## Receipt
receipt-title = Risiti
withdrawal-title = Rekodi kujiondoa
withdrawal-receipt = Msimbo wa risiti wa mhojiwa anayejiondoa
withdrawal-hint = Ridhaa yake yote inaondolewa na majibu yake yanafutwa katika usawazishaji ujao.
withdrawal-submit = Ondoa kila kitu
withdrawal-recorded = Kujiondoa kumerekodiwa: kutaondoka na usawazishaji ujao.
withdrawal-bad-code = Msimbo huu wa risiti una kosa la uandishi: ukague pamoja na mhojiwa.
withdrawal-access = Tarakimu nne za mhojiwa, kama alizichagua
withdrawal-access-hint = Zinahitajika pale mdadisi mwingine alipochukua ridhaa ya mhojiwa huyu na akachagua tarakimu nne wakati huo: bila hizo kujiondoa kunakataliwa. Hazihitajiki kwa ridhaa uliyoichukua wewe mwenyewe.
withdrawal-bad-digits = Tarakimu lazima ziwe zile nne alizochagua mhojiwa wakati wa ridhaa. Zikague pamoja naye, au uache kisanduku tupu.
withdrawal-refused = Kujiondoa kwa { $code } kulikataliwa: tarakimu nne za mhojiwa hazikuwepo au hazikuwa sahihi. Muombe mhojiwa tarakimu zake na urekodi kujiondoa tena, au umwelekeze kwenye ukurasa wa jamii au kwa mratibu wa mradi.
withdrawal-refused-dismiss = Nimeelewa
sync-withdrawals-refused = Maombi ya kujiondoa yaliyokataliwa: { $n }. Ona sababu kwenye skrini hii.
receipt-intro = Mpe mhojiwa msimbo huu. Kwa msimbo huu anaweza kuona, kupunguza au kuondoa ridhaa yake baadaye.
receipt-qr = Msimbo QR wa risiti: unafungua ukurasa wa ukaguzi ukiwa na msimbo tayari
receipt-where = Ili kuona au kuondoa ridhaa hii baadaye: { $page }, pamoja na msimbo na tarakimu nne zilizochaguliwa.
receipt-print = Chapisha kikaratasi
receipt-refused = Kukataa kumerekodiwa. Hakuna majibu yaliyohifadhiwa.
receipt-saved = Imehifadhiwa na kusimbwa kwenye simu hii.
receipt-done = Rudi kwenye mahojiano

## Data steward
steward-title = Mawasilisho
admin-upload-title = Fomu
admin-upload-intro = Pakia dodoso kama XLSForm (.xlsx au .xls, kama kwa ODK au KoboToolbox) au fomu ya Sauti (.json). Inakuwa toleo jipya la fomu ya mradi; simu huipokea katika usawazishaji wao ujao.
admin-upload-label = Faili la dodoso
admin-upload-done = Imeingizwa “{ $form }” ({ $id }, toleo { $version }): { $questions ->
        [one] swali { $questions }.
       *[other] maswali { $questions }.
    }
steward-sign-in = Ingia
steward-username = Jina la mtumiaji
steward-password = Nenosiri
steward-sign-out = Toka
steward-approve = Idhinisha
steward-reject = Kataa
steward-empty = Bado hakuna mawasilisho.
steward-state-received = Imepokelewa
steward-state-approved = Imeidhinishwa
steward-state-rejected = Imekataliwa
steward-state-has_issues = Imerudishwa
steward-state-edited = Imesahihishwa
review-send-back = Rudisha
review-send-back-title = Rudisha rekodi { $receipt } kwa mdadisi wake
review-send-back-label = Mdadisi akague nini?
review-cancel = Ghairi
exports-title = Uhamishaji
exports-intro = Kila uhamishaji hutoa tu kile ambacho sera ya mradi inaruhusu: rekodi zilizoidhinishwa ambazo wahojiwa wake walikubali lengo lake.
exports-k = Rekodi ambazo zingejitokeza (chini ya { $k } zinazofanana) zinazuiliwa.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Taarifa ya kujiondoa: nani afute nini (CSV)
exports-xlsx = Excel (kila jedwali)
exports-table = Jedwali “{ $table }” (CSV)
steward-refused = Ridhaa imekataliwa
steward-purposes = Malengo: { $purposes }
steward-explained-again = Imeelezwa tena kabla ya ridhaa: { $points }
steward-col-receipt = Risiti
steward-col-received = Imepokelewa
steward-col-area = Eneo
steward-col-state = Hali
steward-col-actions = Vitendo
err-session = Kipindi chako kimeisha. Ingia tena.
community-title = Ridhaa yako
community-intro = Andika msimbo wa risiti uliopewa na tarakimu nne ulizochagua ulipotoa ridhaa. Utaona ulichokubali na nani alipokea majibu yako, na unaweza kujiondoa.
community-receipt = Msimbo wa risiti
community-receipt-hint = Kwa mfano 7K3M-9QPA-X2RT-5. Herufi kubwa au ndogo, pamoja na au bila vistari.
community-access = Tarakimu zako nne
community-access-hint = PIN au mwaka wa kuzaliwa uliouchagua.
community-look-up = Onyesha ridhaa yangu
community-not-found = Hakuna ridhaa inayolingana na msimbo huu na tarakimu hizi. Kagua vyote viwili na ujaribu tena. Kama uliondoa ridhaa yako, hakuna kinachohifadhiwa tena, hata tarakimu zako.
community-wait = Majaribio mengi mno. Subiri dakika chache, kisha ujaribu tena.
err-code-locked = Msimbo huu wa risiti umefungwa baada ya tarakimu nyingi zisizo sahihi, ili kumlinda mwenye msimbo. Bado anaweza kuona au kuondoa ridhaa yake kupitia mdadisi au mratibu wa mradi.
community-your-consent = Ulichokubali
community-given = Tarehe { $date }, { $enumerator } alirekodi ridhaa yako kwa { $controller }.
community-refused = Tarehe { $date } ulisema hapana. Hakuna ulichosema kilichohifadhiwa.
community-withdrawn = Uliondoa ridhaa yako tarehe { $date }. Majibu yako yalifutwa.
community-deleted = Majibu yako yalifutwa tarehe { $date }, mwishoni mwa muda ambao yangeweza kuhifadhiwa.
community-purposes = Majibu yako yanatumika kwa ajili ya nini
community-purpose-active = Yanatumika
community-purpose-withdrawn = Imeondolewa tarehe { $date }
community-not-accepted = Hukukubali: { $purposes }.
community-held = Aina za taarifa zinazohifadhiwa
community-sensitive = Baadhi yake ni nyeti: { $categories }.
community-shared = Nani alipokea majibu yako
community-not-shared = Hakuna mtu nje ya timu ya mradi aliyeyapokea.
community-shared-with = { $recipient }, tarehe { $date }
community-contact = Maswali: { $controller }, { $contact }.
community-withdraw-chosen = Ondoa matumizi yaliyowekewa alama
community-withdraw-all = Ondoa kila kitu
community-withdraw-all-confirm = Ndiyo, futa majibu yangu yote sasa
community-receipt-json = Hifadhi risiti hii ya ridhaa (JSON)
community-kept-for = Huhifadhiwa kwa siku { $days }.
community-shared-for = Yanaweza kushirikiwa na { $who }.

## Dead ends and the consent screen (issue 21)
consent-cancel = Ghairi
err-consent-no-method = Chagua jinsi ridhaa inavyotolewa.
consent-access-skip = Bila tarakimu nne, mhojiwa hawezi kutumia ukurasa wa jamii: ni mratibu wa mradi pekee anayeweza kumwonyesha ridhaa yake au kuiondoa.
consent-signature-label = Mhojiwa anasaini, au anaweka alama, kwa kidole ndani ya kisanduku kilicho hapa chini.
receipt-no-digits = Hakuna tarakimu nne zilizochaguliwa, kwa hiyo ukurasa wa jamii hauwezi kufungua ridhaa hii. Ili kuiona au kuiondoa, mhojiwa amwombe mratibu wa mradi au mdadisi, akiwa na msimbo huu.
home-discard = Tupa
home-discard-confirm = Tupa rasimu “{ $name }”? Majibu yake na ridhaa iliyorekodiwa ndani yake yatafutwa kwenye simu hii. Hili haliwezi kutenduliwa.
home-discard-yes = Tupa rasimu
home-discard-no = Ibaki
home-draft-discarded = Rasimu imefutwa kwenye simu hii.
home-form-waiting = Toleo jipya la fomu linasubiri. Rasimu humalizwa kwa toleo ilimoanzia: maliza au tupa kila rasimu hapa chini, na toleo jipya litakuja katika usawazishaji ujao.
sync-new-form-waits = Toleo jipya la fomu linasubiri: maliza au tupa rasimu ili kulitumia.
home-withdrawals-pending = Maombi ya kujiondoa yanayosubiri kutumwa
sync-withdrawals-done = { $n ->
        [one] Ombi { $n } la kujiondoa limetekelezwa.
       *[other] Maombi { $n } ya kujiondoa yametekelezwa.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = Kilichokusanywa
dashboard-by-area = Mahojiano kwa eneo
dashboard-by-month = Mahojiano kwa eneo na mwezi
dashboard-area = Eneo
dashboard-total = Jumla
dashboard-earlier = Awali
dashboard-other-areas = Maeneo mengine
dashboard-indicators = Mlichotuambia
dashboard-all-areas = Maeneo yote
dashboard-share = { $share } ({ $n } kati ya { $total })
dashboard-actions = Tulichofanya
dashboard-no-actions = Bado hakuna kilichochapishwa.
dashboard-counted = Yamehesabiwa: mahojiano yaliyoidhinishwa ambayo wahojiwa walikubali matumizi haya:
dashboard-privacy = Ili kulinda kila kaya, takwimu huonyeshwa tu inapohesabu angalau mahojiano { $k }; — inaonyesha takwimu iliyofichwa kwa sababu hiyo, au iliyofichwa ili takwimu ndogo isiweze kukisiwa kutoka kwa nyingine. Mahojiano yaliyoondolewa hutoka kwenye takwimu hizi katika usasishaji unaofuata.
dashboard-updated = Imesasishwa
dashboard-feedback = Maoni na malalamiko yenu
dashboard-feedback-kind = Aina
dashboard-feedback-received = Yaliyopokelewa
dashboard-feedback-answered = Yaliyojibiwa
dashboard-feedback-median = Wastani wa siku hadi jibu
dashboard-feedback-confidential = Taarifa za siri (unyanyasaji, udanganyifu), zote pamoja
dashboard-feedback-how = Tuma maoni, swali au lalamiko kwenye ukurasa wa jamii, bila kujitambulisha ukipenda; weka msimbo wa ufuatiliaji utakaopewa ili usome jibu.

## Admin: forms, drafts and publishing
admin-forms-intro = Pakia dodoso kama XLSForm (.xlsx au .xls, kama kwa ODK au KoboToolbox) au fomu ya Sauti (.json). Huhifadhiwa kama rasimu: kagua maonyo yake na muhtasari, kisha uichapishe. Simu hupokea fomu zilizochapishwa tu.
admin-forms-heading = Fomu za mradi
admin-forms-none = Bado hakuna fomu.
admin-forms-live = Simu zinapokea toleo { $version }
admin-forms-not-live = Bado haiko kwenye simu
admin-version-state-draft = Rasimu
admin-version-state-waiting = Inasubiri faili
admin-version-state-published = Imechapishwa
admin-version-line = maswali: { $questions } · rekodi: { $records } · { $when } · { $who }
admin-version-open = Fungua toleo { $version }
admin-version-open-short = Fungua
admin-upload-waiting = Imehifadhiwa hadi faili hizi ziambatishwe: { $files }
admin-draft-back = Fomu zote
admin-draft-title = { $form }, toleo { $version }
admin-draft-warnings = Ambayo uingizaji uliona
admin-draft-no-warnings = Uingizaji haukuona chochote cha kurekebisha.
admin-draft-place-sheet = karatasi { $sheet }
admin-draft-place-row = safu { $row }
admin-draft-place-column = safuwima { $column }
admin-draft-missing = Faili inazosoma ambazo bado hazijaambatishwa
admin-draft-attach = Ambatisha faili (jina lake liwe lile lililoorodheshwa)
admin-draft-attached = { $file } imeambatishwa.
admin-draft-unclassified = Maswali ambayo sera bado haijayaainisha
admin-draft-unclassified-help = Hakuna uhamishaji unaotoa majibu yao hadi sera (au safu ya tags ya fomu) iseme ni nini. Yaainishe kabla ya kuchapisha.
admin-draft-all-classified = Sera inaainisha kila swali.
admin-draft-preview = Muhtasari: fomu jinsi simu zinavyoionyesha
admin-draft-preview-language = Lugha ya muhtasari
admin-draft-preview-note = Inaonyeshwa kwa kusoma tu. Maswali yanayoulizwa baada ya majibu fulani huonekana kwenye simu majibu hayo yakitolewa.
admin-draft-publish = Chapisha
admin-draft-confirm-new = Simu zitapokea “{ $form }” toleo { $version } (maswali { $questions }) katika usawazishaji ujao, kwa mahojiano mapya.
admin-draft-confirm-replaces = Inachukua nafasi ya toleo { $old }; rekodi za toleo { $old } zinabaki na zinaendelea kuhamishwa.
admin-draft-confirm-unclassified = Maswali yasiyoainishwa: { $n }. Majibu yao hayatoki katika uhamishaji wowote hadi yaainishwe.
admin-draft-confirm-yes = Chapisha sasa
admin-draft-cancel = Ghairi
admin-draft-published = Imechapishwa. Simu zinapata toleo { $version } katika usawazishaji ujao.
admin-draft-delete = Futa rasimu hii
admin-draft-delete-confirm = Ufute rasimu hii? Hakuna kilichokusanywa nayo; upakiaji unaondoka kabisa.
admin-draft-cannot-publish = Ambatisha kwanza faili zinazokosekana: kisha inaweza kuchapishwa.
