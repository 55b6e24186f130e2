# Sauti UI strings, Amharic (am).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories for am: one (0 and 1), other.

app-title = Sauti
lang-label = ቋንቋ
lang-unreviewed = ይህ ትርጉም ገና በቋንቋው ተናጋሪ አልተረጋገጠም። ስህተቶችን ለተቆጣጣሪዎ ያሳውቁ።
nav-skip = ወደ ይዘቱ ይዝለሉ

## Setting up a phone
setup-title = ይህን ስልክ ያዘጋጁ
setup-intro = በመስመር ላይ ሆነው አንድ ጊዜ ይግቡ። ከዚያ የሚሰበስቡት ሁሉ እርስዎ ብቻ በሚያውቁት የይለፍ ሐረግ በዚህ ስልክ ላይ ይቆለፋል።
setup-username = የተጠቃሚ ስም
setup-password = የይለፍ ቃል
setup-passphrase = አዲስ የይለፍ ሐረግ
setup-passphrase-hint = ቢያንስ 8 ቁምፊዎች። መልሶ ማግኘት አይቻልም፦ ከረሱት ገና ያልተመሳሰሉ መዝገቦች ይጠፋሉ።
setup-passphrase-confirm = የይለፍ ሐረጉን ይድገሙ
setup-submit = ይግቡና ይቆልፉ
setup-busy = በመግባት ላይ…
err-passphrase-short = የይለፍ ሐረጉ ቢያንስ 8 ቁምፊዎች ሊኖሩት ይገባል።
err-passphrase-mismatch = ሁለቱ የይለፍ ሐረጎች አንድ አይደሉም።
err-sign-in = የተጠቃሚ ስም ወይም የይለፍ ቃል ትክክል አይደለም።
err-too-many-attempts = በጣም ብዙ የተሳሳቱ የይለፍ ቃሎች። ትንሽ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
err-busy = አገልጋዩ ሌሎች የይለፍ ቃሎችን በመፈተሽ ተጠምዷል። ትንሽ ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ። ምንም አልጠፋም።
err-network = ስልኩ በመስመር ላይ ቢሆንም አገልጋዩን ማግኘት አልተቻለም። ምንም አልጠፋም።
err-offline = ይህ ስልክ ከመስመር ውጭ ነው። ምንም አልጠፋም፦ ሲገናኝ እንደገና ያመሳስሉ።
err-timeout = አገልጋዩ በጊዜው ስላልመለሰ ስልኩ መጠበቅ አቆመ። ምንም አልጠፋም።
err-chunk = ይህ ገጽ ገና በስልኩ ላይ የለም። አንድ ጊዜ ከአውታረ መረብ ጋር ይገናኙ፣ ከዚያ እንደገና ይክፈቱት። ምንም አልጠፋም።
err-server = አገልጋዩ ጥያቄውን ማስተናገድ አልቻለም (ስህተት { $status })። ምንም አልጠፋም።

## Unlocking
unlock-title = ይክፈቱ
unlock-intro = መዝገቦችዎን ለመክፈት የይለፍ ሐረግዎን ያስገቡ።
unlock-passphrase = የይለፍ ሐረግ
unlock-submit = ይክፈቱ
unlock-busy = በመክፈት ላይ…
unlock-user = ይህ ስልክ ለ{ $user } ተዘጋጅቷል።
unlock-wait = በጣም ብዙ የተሳሳቱ ሙከራዎች። ከ{ $seconds } ሰከንድ በኋላ እንደገና ይሞክሩ።
locked-idle = ለ10 ደቂቃ ጥቅም ላይ ስላልዋለ ተቆልፏል።
err-wrong-passphrase = የተሳሳተ የይለፍ ሐረግ። ምንም አልተቀየረም።
passphrase-change = የይለፍ ሐረግ ይቀይሩ
passphrase-current = የአሁኑ የይለፍ ሐረግ
passphrase-changed = የይለፍ ሐረጉ ተቀይሯል። ከአሁን ጀምሮ አዲሱን ይጠቀሙ።
cancel = ይቅር

## Home
home-title = ቃለ መጠይቆች
home-new = አዲስ ቃለ መጠይቅ
home-sync = አሁን ያመሳስሉ
home-lock = ይቆልፉ
home-drafts = ረቂቆች
home-queued = ለማመሳሰል በመጠባበቅ ላይ
home-synced = ተመሳስለዋል
home-rejected = በአገልጋዩ ውድቅ ተደርገዋል
home-empty = ምንም የለም
home-resume = ይቀጥሉ
home-offline-ready = ቅጹ ከመስመር ውጭ ለመጠቀም ዝግጁ ነው፦ { $form }
update-ready = አዲስ የSauti ስሪት ዝግጁ ነው።
update-now = አሁን ያዘምኑ
home-storage = በዚህ ስልክ ላይ ጥቅም ላይ የዋለ ማከማቻ፦ { $percent } %
home-keep = የተመሳሰሉ መዝገቦች በዚህ ስልክ ላይ ለ{ $days ->
        [one] { $days } ቀን
       *[other] { $days } ቀናት
    } ይቆያሉ፣ ከዚያ ይሰረዛሉ።
storage-warning = የዚህ ስልክ ማከማቻ { $percent } % ሞልቷል። በቅርቡ ያመሳስሉ፦ አዲስ ቃለ መጠይቆች በ95 % ይቆማሉ።
storage-warning-free = የዚህ ስልክ ማከማቻ { $percent } % ሞልቷል። በስልኩ ላይ ቦታ ያስለቅቁ (ፎቶዎች፣ ቪዲዮዎች፣ ሌሎች መተግበሪያዎች)፦ አዲስ ቃለ መጠይቆች በ95 % ይቆማሉ።
err-storage-nearly-full = የዚህ ስልክ ማከማቻ { $percent } % ሞልቷል። ማንኛውም ቃለ መጠይቅ በሚቀመጥበት ጊዜ እንዳይወድቅ፣ ከአዲስ ቃለ መጠይቅ በፊት ያመሳስሉ ወይም ቦታ ያስለቅቁ።
err-storage-nearly-full-free = የዚህ ስልክ ማከማቻ { $percent } % ሞልቷል፤ የሚላክ ምንም ነገር ስለሌለ ማመሳሰል አይረዳም። ከአዲስ ቃለ መጠይቅ በፊት በስልኩ ላይ ቦታ ያስለቅቁ (ፎቶዎች፣ ቪዲዮዎች፣ ሌሎች መተግበሪያዎች)።
sync-busy = በማመሳሰል ላይ…
sync-done = ማመሳሰል ተጠናቋል፦ { $accepted } ተልከዋል፣ { $duplicates } ቀድሞውኑ በአገልጋዩ ላይ ነበሩ፣ { $rejected } ውድቅ ተደርገዋል።
sync-nothing = የሚመሳሰል ነገር የለም።
sync-new-form = አዲስ የቅጹ ስሪት ከመስመር ውጭ ለመጠቀም ዝግጁ ነው፦ { $form }።
sync-edited = ከእነሱ ውስጥ { $n } በአገልጋዩ ላይ በመረጃ ኃላፊ ታርመው ነበር፤ እርማቱ ተጠብቋል።
record-edited = በአገልጋዩ ላይ በመረጃ ኃላፊ ታርሟል፤ እርማቱ ተጠብቋል።
record-recheck = ለማጣራት እንደገና ይላኩ
record-sent-back = በገምጋሚ ተመልሷል፦ { $comment }
sync-progress = ከ{ $total } ውስጥ { $done } በመላክ ላይ…
sync-retry = ከ{ $seconds } ሰከንድ በኋላ እንደገና ይሞከራል፤ መዝገቦችዎ በስልኩ ላይ ደህና ናቸው።
sync-offline-wait = ይህ ስልክ ከመስመር ውጭ ነው። መዝገቦችዎ በእሱ ላይ ደህና ናቸው፤ ግንኙነቱ ሲመለስ ይላካሉ።
home-auto-send = በመስመር ላይ ሲሆን በራስ-ሰር ይላኩ
err-device-revoked = ይህ ስልክ ከአሁን በኋላ እንዲያመሳስል አይፈቀድለትም፦ መዳረሻው ተሰርዟል ወይም ጊዜው አልፏል። መዝገቦችዎ በስልኩ ላይ ይቆያሉ። ተቆጣጣሪዎን እንደገና እንዲያዘጋጀው ይጠይቁ።
err-batch-malformed = አገልጋዩ የተላኩትን መዝገቦች ማንበብ አልቻለም። ምንም አልጠፋም።
err-bad-request = ይህ እንደተጠየቀው ሊከናወን አልቻለም። ያስገቡትን ይፈትሹና እንደገና ይሞክሩ።
err-form-unknown = አገልጋዩ ይህን የቅጽ ስሪት አያውቀውም። ምንም አልጠፋም።
err-too-large = በአንድ ጊዜ በጣም ብዙ ተልኳል። ምንም አልጠፋም።
err-unauthorized = መጀመሪያ ይግቡ።
err-forbidden = ያንን ለማድረግ አልተፈቀደልዎትም።
err-not-found = አልተገኘም።
err-conflict = በዚህ መሀል አንድ ሰው ይህን መዝገብ ቀይሮታል። እንደገና ይጫኑትና ይሞክሩ።
err-internal = አገልጋዩ ችግር አጋጥሞታል። ምንም አልጠፋም፤ በኋላ እንደገና ይሞክሩ።
err-refusal-with-answers = እምቢታ ከመልሶች ጋር ስለተላከ አልተቀመጠም።
err-receipt-reused = ሌላ መዝገብ ይህ የደረሰኝ ኮድ አስቀድሞ አለው።

## Errors from storage and the vault
err-tampered = መዝገብ { $id } ሊከፈት አይችልም፦ ተቀይሯል ወይም ተበላሽቷል። ሌሎች መዝገቦችዎ ደህና ናቸው።
err-malformed-storage = ለ{ $id } የተቀመጠው መረጃ ይህ መተግበሪያ በማይረዳው ቅርጸት ነው።
err-weak-vault = የተቀመጡት የካዝናው ቅንብሮች ከሚፈቀደው ደካማ ናቸው።
err-no-random = ይህ አሳሽ ደህንነቱ የተጠበቀ የዘፈቀደ ቁጥሮችን ማመንጨት አይችልም።
err-storage-full = የስልኩ ማከማቻ ሞልቷል። ምንም አልጠፋም፦ በስልኩ ላይ ቦታ ያስለቅቁ (ፎቶዎች፣ ቪዲዮዎች፣ ሌሎች መተግበሪያዎች)፣ ከዚያ እንደገና ያስቀምጡ።
err-storage-write = ስልኩ በማከማቻው ላይ መጻፍ አልቻለም ({ $reason })። ይህ አልተቀመጠም፦ እንደገና ይሞክሩ።
err-invalid-answers = እነዚህ መልሶች የቅጹን ደንቦች ይጥሳሉ፤ እያንዳንዱን መስክ ይመልከቱ።
err-invalid-policy = ፖሊሲው ጥቅም ላይ ሊውል አይችልም፤ እያንዳንዱ ችግር ካለበት ቦታ ጋር ተዘርዝሯል።
err-form-expression = ቅጹ ሊነበብ የማይችል አገላለጽ ይዟል።
err-form-definition = የቅጹ ትርጓሜ ትክክል አይደለም።
err-form-files-missing = ቅጹ ገና ያልተያያዙ ፋይሎችን ያነባል፤ ያያይዟቸው፣ ከዚያ ያትሙት።

## Consent
consent-title = ፈቃድ
consent-language = የመላሹ ቋንቋ
consent-read = ይህን ለመላሹ ያንብቡ፦
consent-controller = ኃላፊነት ያለበት ድርጅት፦ { $controller }
consent-purposes = መላሹ የሚስማማው፦
consent-method = ፈቃድ እንዴት እንደሚሰጥ
consent-method-signature = በማያ ገጹ ላይ ፊርማ
consent-method-verbal = በምስክር ፊት የቃል ፈቃድ
consent-method-mark = በምስክር ፊት ምልክት (X ወይም የአውራ ጣት አሻራ)
consent-method-guardian = ለአካለ መጠን ያልደረሰ፦ የራሱ ይሁንታ እና የወላጅ ወይም የአሳዳጊ ፈቃድ
consent-method-proxy = መስጠት የማይችልን ሰው ወክሎ ሌላ ሰው ፈቃድ ይሰጣል
consent-minimum-age = ዕድሜያቸው ከ{ $age } በታች ለሆኑ መላሾች።
consent-guardian = የወላጅ ወይም የአሳዳጊ ስም
consent-proxy = ወክሎ ፈቃድ የሚሰጠው ሰው ስም
consent-relationship = ከመላሹ ጋር ያለው ዝምድና
consent-assent = ልጁ ለመሳተፍ ይስማማል
consent-reason = መላሹ ራሱ ፈቃድ መስጠት የማይችለው ለምንድን ነው
consent-missing-representative = ፈቃድ የሚሰጠውን ሰው ስም እና ዝምድናውን ይጻፉ።
consent-missing-assent = ልጁ ይስማማ እንደሆነ ይጠይቁ፣ ከተስማማ ብቻ ሳጥኑን ምልክት ያድርጉ።
consent-missing-reason = መላሹ ራሱ ፈቃድ መስጠት የማይችለው ለምን እንደሆነ ይጻፉ።
consent-required-purpose = ለመሳተፍ ይህ አጠቃቀም ያስፈልጋል። ያለ እሱ እምቢታን ይመዝግቡ።
consent-signature-pad = የፊርማ ቦታ፦ መላሹ እዚህ ይፈርማል
consent-signature-clear = ፊርማውን ያጥፉ
consent-kept-for = ለ{ $days ->
        [one] { $days } ቀን
       *[other] { $days } ቀናት
    } ይቀመጣሉ።
consent-shared-for = ከ{ $who } ጋር ሊጋሩ ይችላሉ።
consent-witness = የምስክሩ ስም
consent-access = መላሹ የሚመርጣቸው አራት አሃዞች (አማራጭ)
consent-access-hint = ፒን ወይም የትውልድ ዓመታቸው። ከደረሰኝ ኮዱ ጋር በኋላ ፈቃዳቸውን እንዲያዩ ወይም እንዲያነሱ ያስችላቸዋል።
consent-bad-access = በትክክል አራት አሃዞችን ይጻፉ፣ ወይም ባዶ ይተዉት።
consent-understanding = መላሹ መረዳቱን ያረጋግጡ፦ እያንዳንዱን ጥያቄ ይጠይቁ።
consent-yes = አዎ
consent-no = አይ
consent-explain-again = ሙሉ በሙሉ አይደለም። ይህን እንደገና ያስረዱ፣ ከዚያ አንድ ጊዜ ደግመው ይጠይቁ፦
consent-not-understood = እያንዳንዱ መልስ ትክክል እስኪሆን ድረስ ስለ መረዳት እያንዳንዱን ጥያቄ ይጠይቁ።
consent-listen = የዚህን ጽሑፍ ቅጂ ለመላሹ ያጫውቱ፦
consent-give = ፈቃድ ተሰጥቷል፦ ይጀምሩ
consent-refuse = መላሹ እምቢ ብሏል
err-consent-no-purpose = ቢያንስ አንድ ዓላማ ይምረጡ፣ ወይም እምቢታን ይመዝግቡ።
err-consent-no-signature = መጀመሪያ መላሹ እንዲፈርም ይጠይቁ።
err-consent-no-witness = የምስክሩን ስም ይጻፉ።
consent-unknown-template = አገልጋዩ የፈቃድ አብነቱን አያውቀውም።
consent-text-mismatch = የታየው የፈቃድ ጽሑፍ ከአብነቱ ጋር አይዛመድም።
consent-no-purpose = ምንም ዓላማ ተቀባይነት አላገኘም።
consent-unknown-purpose = አገልጋዩ ከዓላማዎቹ አንዱን አያውቀውም።
consent-missing-witness = የምስክሩ ስም የለም።
consent-missing-signature = ፊርማው የለም።

## Interview
interview-next = ቀጣይ
interview-back = ተመለስ
interview-save = አስቀምጥ
interview-save-draft = ረቂቁን አስቀምጠው ይውጡ
interview-draft-saved = ረቂቁ በዚህ ስልክ ላይ ተቀምጧል።
geo-locate = አካባቢውን ይመዝግቡ
geo-map = በካርታ ላይ ይመልከቱ
geo-busy = አካባቢውን በመፈለግ ላይ…
geo-done = አካባቢው ተመዝግቧል (ትክክለኛነት በግምት { $accuracy } ሜ)።
geo-failed = አካባቢው ሊገኝ አልቻለም። አካባቢ መብራቱን እና ለዚህ ገጽ መፈቀዱን ያረጋግጡ፣ ወይም ይጻፉት።
interview-required = ግዴታ
interview-add-member = ያክሉ፦ { $label }
interview-remove-member = ያስወግዱ { $label } – { $n }
interview-member = { $label } – { $n }
interview-choose = ይምረጡ…
choices-search = ለመፈለግ ይጻፉ
choices-count = { $count ->
        [one] { $count } አማራጭ፦ የሚፈልጉትን ጥቂት ፊደላት ይጻፉ።
       *[other] { $count } አማራጮች፦ የሚፈልጉትን ጥቂት ፊደላት ይጻፉ።
    }
choices-found = { $count } ተገኝተዋል
choices-more = ከተገኙት { $count } የመጀመሪያዎቹ { $shown }፦ ተጨማሪ ፊደላትን ይጻፉ።
choices-none = ምንም አልተገኘም፦ አጻጻፉን ይፈትሹ፣ ወይም የስሙን መጀመሪያ ይሞክሩ።
date-day = ቀን
date-month = ወር
date-year = ዓመት
date-no-such-day = ይህ ቀን በዚህ የቀን መቁጠሪያ ውስጥ የለም።
date-gregorian = እንደ { $date } ተቀምጧል (የግሪጎሪያን የቀን መቁጠሪያ)።
date-called = በዚህ የቀን መቁጠሪያ ያ ቀን { $date } ተብሎ ይጻፋል።
date-waxing = እየሞላ ያለ ጨረቃ { $day }
date-full-moon = ሙሉ ጨረቃ
date-waning = እየጎደለ ያለ ጨረቃ { $day }
date-new-moon = አዲስ ጨረቃ
prompt-listen = ጥያቄውን ያዳምጡ
prompt-watch = የጥያቄውን ቪዲዮ ይመልከቱ
interview-guidance = እንዴት እንደሚጠየቅ
interview-page = ገጽ { $n } ከ{ $total }
interview-has-errors = አንዳንድ መልሶች ትኩረት ያስፈልጋቸዋል።
overview-open = ክፍሎች
overview-title = ክፍሎች
overview-close = ወደ ጥያቄዎቹ ተመለስ
overview-answered = ከ{ $required } አስገዳጅ { $answered } ተመልሰዋል
overview-nothing-required = አስገዳጅ የለም
overview-problems = { $count ->
        [one] የሚታረም { $count } መልስ
       *[other] የሚታረሙ { $count } መልሶች
    }
overview-part = { $title } ({ $n } ከ{ $total })
overview-untitled = ገጽ { $n }
field-required = ይህ መልስ ያስፈልጋል።
field-constraint = ይህ መልስ አይፈቀድም።
field-not-integer = ሙሉ ቁጥር ያስገቡ።
field-not-number = ቁጥር ያስገቡ።
field-not-date = ቀን ያስገቡ።
field-not-time = ሰዓት ያስገቡ።
field-not-geopoint = አካባቢን እንደ ኬክሮስ እና ኬንትሮስ ያስገቡ፣ ለምሳሌ -1.29 36.82።
capture-kept = በዚህ ስልክ ላይ ተቀምጧል፣ ከመዝገቡ ጋር ተቆልፏል፦ { $size } KB።
capture-reading = ፋይሉን በማንበብ ላይ…
capture-unreadable = ይህ ፋይል ሊነበብ አልቻለም። እንደገና ይሞክሩ፣ ወይም ሌላ ፋይል ይምረጡ።
capture-remove = ፋይሉን ያስወግዱ
field-unknown-choice = ከአማራጮቹ አንዱን ይምረጡ።
field-unknown = ይህ መልስ የቅጹ አካል አይደለም።
field-not-relevant = ይህ መልስ እዚህ መሰጠት የለበትም።
field-calculation = የተሰላ እሴት ጊዜው አልፎበታል።
field-wrong-shape = ይህ መልስ የተሳሳተ ቅርጽ አለው።
field-wrong-attachment = ይህ ፋይል ጥያቄው የሚጠይቀው ዓይነት አይደለም።
field-attachment-too-large = ይህ ፋይል ለስልኩ በጣም ትልቅ ነው፦ ቢበዛ 1.5 MB።
field-off-the-scale = በሚታየው መለኪያ ላይ እሴት ይምረጡ።
field-not-ranked = እያንዳንዱን አማራጭ በቅደም ተከተል ያስቀምጡ፣ እያንዳንዱን አንድ ጊዜ።
range-unset = ገና አልተመለሰም
range-less = ያነሰ
range-more = የበለጠ
rating-star = { $n } ከ{ $max }
rank-up = ወደ ላይ ያንቀሳቅሱ
rank-down = ወደ ታች ያንቀሳቅሱ
rank-keep = ይህን ቅደም ተከተል ያቆዩ

## Receipt
receipt-title = ደረሰኝ
withdrawal-title = ፈቃድ ማንሳትን ይመዝግቡ
withdrawal-receipt = ፈቃዱን የሚያነሳው መላሽ የደረሰኝ ኮድ
withdrawal-hint = በሚቀጥለው ማመሳሰል ፈቃዳቸው በሙሉ ይነሳል፣ መልሶቻቸውም ይሰረዛሉ።
withdrawal-submit = ሁሉንም ያንሱ
withdrawal-recorded = ፈቃድ ማንሳቱ ተመዝግቧል፦ ከሚቀጥለው ማመሳሰል ጋር ይሄዳል።
withdrawal-bad-code = ይህ የደረሰኝ ኮድ የትየባ ስህተት አለበት፦ ከመላሹ ጋር ያረጋግጡት።
withdrawal-access = የመላሹ አራት አሃዞች፣ ከመረጡ
withdrawal-access-hint = ሌላ መረጃ ሰብሳቢ የዚህን መላሽ ፈቃድ ወስዶ መላሹ በዚያን ጊዜ አራት አሃዞችን ከመረጠ ያስፈልጋሉ፦ ያለ እነሱ ማንሳቱ ውድቅ ይሆናል። እርስዎ ራስዎ ለወሰዱት ፈቃድ አያስፈልጉም።
withdrawal-bad-digits = አሃዞቹ መላሹ ፈቃድ ሲሰጥ የመረጣቸው አራቱ መሆን አለባቸው። ከመላሹ ጋር ያረጋግጡ፣ ወይም ሳጥኑን ባዶ ይተዉት።
withdrawal-refused = የ{ $code } ፈቃድ ማንሳት ውድቅ ተደርጓል፦ የመላሹ አራት አሃዞች አልነበሩም ወይም ትክክል አልነበሩም። መላሹን አሃዞቻቸውን ጠይቀው ማንሳቱን እንደገና ይመዝግቡ፣ ወይም ወደ ማህበረሰብ ገጽ ወይም ወደ ፕሮጀክቱ አስተባባሪ ይላኩዋቸው።
withdrawal-refused-dismiss = ተረድቻለሁ
sync-withdrawals-refused = ውድቅ የተደረጉ ፈቃድ ማንሳቶች፦ { $n }። ምክንያቱን በዚህ ገጽ ይመልከቱ።
receipt-intro = ይህን ኮድ ለመላሹ ይስጡ። በእሱ በኋላ ፈቃዳቸውን ማየት፣ መገደብ ወይም ማንሳት ይችላሉ።
receipt-qr = የደረሰኙ QR ኮድ፦ ኮዱ ተሞልቶ የግምገማ ገጹን ይከፍታል
receipt-where = ይህን ፈቃድ በኋላ ለማየት ወይም ለማንሳት፦ { $page }፣ ከኮዱ እና ከተመረጡት አራት አሃዞች ጋር።
receipt-print = ቁራጭ ወረቀት ያትሙ
receipt-refused = እምቢታው ተመዝግቧል። ምንም መልስ አልተቀመጠም።
receipt-saved = በዚህ ስልክ ላይ ተቀምጧል እና ተመስጥሯል።
receipt-done = ወደ ቃለ መጠይቆች ይመለሱ

## Data steward
steward-title = የቀረቡ መዝገቦች
admin-upload-title = ቅጾች
admin-upload-intro = መጠይቅን እንደ XLSForm (.xlsx ወይም .xls፣ ለODK ወይም KoboToolbox እንደሚደረገው) ወይም እንደ Sauti ቅጽ (.json) ይስቀሉ። የፕሮጀክቱ አዲስ የቅጽ ስሪት ይሆናል፤ ስልኮች በሚቀጥለው ማመሳሰላቸው ይቀበሉታል።
admin-upload-label = የመጠይቅ ፋይል
admin-upload-done = “{ $form }” ገብቷል ({ $id }፣ ስሪት { $version })፦ { $questions ->
        [one] { $questions } ጥያቄ።
       *[other] { $questions } ጥያቄዎች።
    }
steward-sign-in = ይግቡ
steward-username = የተጠቃሚ ስም
steward-password = የይለፍ ቃል
steward-sign-out = ይውጡ
steward-approve = ያጽድቁ
steward-reject = ውድቅ ያድርጉ
steward-empty = እስካሁን የቀረበ መዝገብ የለም።
steward-state-received = ደርሷል
steward-state-approved = ጸድቋል
steward-state-rejected = ውድቅ ተደርጓል
steward-state-has_issues = ተመልሷል
steward-state-edited = ታርሟል
review-send-back = ይመልሱ
review-send-back-title = መዝገብ { $receipt }ን ወደ መረጃ ሰብሳቢው ይመልሱ
review-send-back-label = መረጃ ሰብሳቢው ምን መፈተሽ አለበት?
review-cancel = ይቅር
exports-title = ወደ ውጭ መላኪያዎች
exports-intro = እያንዳንዱ መላኪያ የፕሮጀክቱ ፖሊሲ የሚፈቅደውን ብቻ ያስወጣል፦ መላሾቻቸው ዓላማውን የተቀበሉ የጸደቁ መዝገቦችን።
exports-k = ጎልተው የሚታዩ መዝገቦች (ከ{ $k } ያነሱ ተመሳሳዮች) ይያዛሉ።
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = የፈቃድ ማንሳት ማሳሰቢያ፦ ማን ምን መሰረዝ አለበት (CSV)
exports-xlsx = Excel (ሁሉም ሰንጠረዦች)
exports-table = ሰንጠረዥ “{ $table }” (CSV)
steward-refused = ፈቃድ ተከልክሏል
steward-purposes = ዓላማዎች፦ { $purposes }
steward-explained-again = ከፈቃድ በፊት እንደገና የተብራራ፦ { $points }
steward-col-receipt = ደረሰኝ
steward-col-received = የደረሰበት
steward-col-area = አካባቢ
steward-col-state = ሁኔታ
steward-col-actions = ድርጊቶች
err-session = ክፍለ ጊዜዎ አብቅቷል። እንደገና ይግቡ።
community-title = የእርስዎ ፈቃድ
community-intro = የተሰጠዎትን የደረሰኝ ኮድ እና ፈቃድ ሲሰጡ የመረጧቸውን አራት አሃዞች ይጻፉ። የተስማሙበትን እና መልሶችዎን ማን እንደተቀበለ ያያሉ፣ እንዲሁም ፈቃድዎን ማንሳት ይችላሉ።
community-receipt = የደረሰኝ ኮድ
community-receipt-hint = ለምሳሌ 7K3M-9QPA-X2RT-5። በትልልቅ ወይም በትንንሽ ፊደላት፣ በሰረዝ ወይም ያለ ሰረዝ።
community-access = የእርስዎ አራት አሃዞች
community-access-hint = የመረጡት ፒን ወይም የትውልድ ዓመት።
community-look-up = ፈቃዴን አሳይ
community-not-found = ከዚህ ኮድ እና ከእነዚህ አሃዞች ጋር የሚዛመድ ፈቃድ የለም። ሁለቱንም ፈትሸው እንደገና ይሞክሩ። ፈቃድዎን ካነሱ ምንም አይቀመጥም፣ አሃዞችዎም እንኳ።
community-wait = በጣም ብዙ ሙከራዎች። ጥቂት ደቂቃዎች ይጠብቁ፣ ከዚያ እንደገና ይሞክሩ።
err-code-locked = ባለቤቱን ለመጠበቅ ይህ የደረሰኝ ኮድ ከብዙ የተሳሳቱ አሃዞች በኋላ ተቆልፏል። ባለቤቱ አሁንም በመረጃ ሰብሳቢ ወይም በፕሮጀክቱ አስተባባሪ በኩል ፈቃዱን ማየት ወይም ማንሳት ይችላል።
community-your-consent = የተስማሙበት
community-given = በ{ $date }፣ { $enumerator } ለ{ $controller } የእርስዎን ፈቃድ መዝግቧል።
community-refused = በ{ $date } እምቢ ብለዋል። ከተናገሩት ምንም አልተቀመጠም።
community-withdrawn = በ{ $date } ፈቃድዎን አንስተዋል። መልሶችዎ ተሰርዘዋል።
community-deleted = መልሶችዎ ሊቀመጡ የሚችሉበት ጊዜ ሲያበቃ በ{ $date } ተሰርዘዋል።
community-purposes = መልሶችዎ ለምን ጥቅም ላይ እንደሚውሉ
community-purpose-active = በጥቅም ላይ
community-purpose-withdrawn = በ{ $date } ተነስቷል
community-not-accepted = ያልተስማሙበት፦ { $purposes }።
community-held = ምን ዓይነት መረጃዎች እንደተያዙ
community-sensitive = ከፊሉ ስሱ ነው፦ { $categories }።
community-shared = መልሶችዎን ማን እንደተቀበለ
community-not-shared = ከፕሮጀክቱ ቡድን ውጭ ማንም አልተቀበላቸውም።
community-shared-with = { $recipient }፣ በ{ $date }
community-contact = ጥያቄዎች፦ { $controller }፣ { $contact }።
community-withdraw-chosen = ምልክት የተደረገባቸውን አጠቃቀሞች ያንሱ
community-withdraw-all = ሁሉንም ያንሱ
community-withdraw-all-confirm = አዎ፣ ሁሉንም መልሶቼን አሁን ሰርዝ
community-receipt-json = ይህን የፈቃድ ደረሰኝ ያስቀምጡ (JSON)
community-kept-for = ለ{ $days ->
        [one] { $days } ቀን
       *[other] { $days } ቀናት
    } ይቀመጣሉ።
community-shared-for = ከ{ $who } ጋር ሊጋሩ ይችላሉ።

## Dead ends and the consent screen (issue 21)
consent-cancel = ይቅር
err-consent-no-method = ፈቃድ እንዴት እንደሚሰጥ ይምረጡ።
consent-access-skip = ያለ አራቱ አሃዞች መላሹ የማህበረሰብ ገጹን መጠቀም አይችልም፦ ፈቃዱን ማሳየት ወይም ማንሳት የሚችለው የፕሮጀክቱ አስተባባሪ ብቻ ነው።
consent-signature-label = መላሹ ከታች ባለው ሳጥን ውስጥ በጣቱ ይፈርማል ወይም ምልክት ያደርጋል።
receipt-no-digits = አራት አሃዞች ስላልተመረጡ የማህበረሰብ ገጹ ይህን ፈቃድ መክፈት አይችልም። ለማየት ወይም ለማንሳት መላሹ በዚህ ኮድ የፕሮጀክቱን አስተባባሪ ወይም መረጃ ሰብሳቢ ይጠይቃል።
home-discard = ይጣሉ
home-discard-confirm = ረቂቁ “{ $name }” ይጣል? መልሶቹ እና በውስጡ የተመዘገበው ፈቃድ ከዚህ ስልክ ይሰረዛሉ። ይህ ሊቀለበስ አይችልም።
home-discard-yes = ረቂቁን ይጣሉ
home-discard-no = ያቆዩት
home-draft-discarded = ረቂቁ ከዚህ ስልክ ተሰርዟል።
home-form-waiting = አዲስ የቅጹ ስሪት በመጠባበቅ ላይ ነው። ረቂቅ የሚጠናቀቀው በጀመረበት ስሪት ነው፦ ከታች ያለውን እያንዳንዱን ረቂቅ ያጠናቅቁ ወይም ይጣሉ፣ አዲሱ ስሪት በሚቀጥለው ማመሳሰል ይመጣል።
sync-new-form-waits = አዲስ የቅጹ ስሪት በመጠባበቅ ላይ ነው፦ እሱን ለመጠቀም ረቂቆቹን ያጠናቅቁ ወይም ይጣሉ።
home-withdrawals-pending = ለመላክ የሚጠባበቁ ፈቃድ ማንሳቶች
sync-withdrawals-done = { $n ->
        [one] { $n } ፈቃድ ማንሳት ተፈጽሟል።
       *[other] { $n } ፈቃድ ማንሳቶች ተፈጽመዋል።
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = የተሰበሰበው
dashboard-by-area = ቃለ መጠይቆች በአካባቢ
dashboard-by-month = ቃለ መጠይቆች በአካባቢ እና በወር
dashboard-area = አካባቢ
dashboard-total = ድምር
dashboard-earlier = ቀደም ብሎ
dashboard-other-areas = ሌሎች አካባቢዎች
dashboard-indicators = የነገራችሁን
dashboard-all-areas = ሁሉም አካባቢዎች
dashboard-share = { $share } (ከ{ NUMBER($total) } { NUMBER($n) })
dashboard-actions = ያደረግነው
dashboard-no-actions = እስካሁን ምንም አልታተመም።
dashboard-counted = የተቆጠሩ፦ ምላሽ ሰጪዎቻቸው በዚህ አጠቃቀም የተስማሙ የጸደቁ ቃለ መጠይቆች፦
dashboard-privacy = እያንዳንዱን ቤተሰብ ለመጠበቅ፣ አንድ አሃዝ የሚታየው ቢያንስ { NUMBER($k) } ቃለ መጠይቆችን ሲቆጥር ብቻ ነው፤ — በዚህ ምክንያት የተደበቀን አሃዝ፣ ወይም ትንሽ አሃዝ ከሌሎቹ እንዳይገኝ የተደበቀን ያመለክታል። የተነሳ ቃለ መጠይቅ በሚቀጥለው ዝማኔ ከእነዚህ አሃዞች ይወጣል።
dashboard-updated = የተዘመነው
dashboard-feedback = የእርስዎ አስተያየቶች እና ቅሬታዎች
dashboard-feedback-kind = አይነት
dashboard-feedback-received = የደረሱ
dashboard-feedback-answered = ምላሽ የተሰጣቸው
dashboard-feedback-median = ምላሽ እስኪሰጥ ያለው መካከለኛ ቀናት
dashboard-feedback-confidential = ሚስጥራዊ ሪፖርቶች (በደል፣ ማጭበርበር)፣ በአንድ ላይ
dashboard-feedback-how = አስተያየት፣ ጥያቄ ወይም ቅሬታ በማህበረሰብ ገጹ ላይ ይላኩ፣ ከፈለጉ ስምዎን ሳይገልጹ፤ ምላሹን ለማንበብ የሚሰጥዎትን የመከታተያ ኮድ ያስቀምጡ።

## Admin: forms, drafts and publishing
admin-forms-intro = መጠይቅን እንደ XLSForm (.xlsx ወይም .xls፣ ለODK ወይም KoboToolbox እንደሚደረገው) ወይም እንደ Sauti ቅጽ (.json) ይስቀሉ። እንደ ረቂቅ ይቀመጣል፤ ማስጠንቀቂያዎቹንና ቅድመ እይታውን ይመልከቱ፣ ከዚያ ያትሙት። ስልኮች የሚቀበሉት የታተሙ ቅጾችን ብቻ ነው።
admin-forms-heading = የፕሮጀክቱ ቅጾች
admin-forms-none = እስካሁን ቅጽ የለም።
admin-forms-live = ስልኮች ስሪት { $version } ይቀበላሉ
admin-forms-not-live = ገና በስልኮች ላይ የለም
admin-version-state-draft = ረቂቅ
admin-version-state-waiting = ፋይሎችን በመጠበቅ ላይ
admin-version-state-published = ታትሟል
admin-version-line = ጥያቄዎች፦ { $questions } · መዝገቦች፦ { $records } · { $when } · { $who }
admin-version-open = ስሪት { $version }ን ክፈት
admin-version-open-short = ክፈት
admin-upload-waiting = እነዚህ ፋይሎች እስኪያያዙ ድረስ ተቀምጧል፦ { $files }
admin-draft-back = ሁሉም ቅጾች
admin-draft-title = { $form }፣ ስሪት { $version }
admin-draft-warnings = ማስገባቱ ያስተዋለው
admin-draft-no-warnings = ማስገባቱ የሚስተካከል ነገር አላስተዋለም።
admin-draft-place-sheet = ሉህ { $sheet }
admin-draft-place-row = ረድፍ { $row }
admin-draft-place-column = ዓምድ { $column }
admin-draft-missing = የሚያነባቸው ገና ያልተያያዙ ፋይሎች
admin-draft-attach = ፋይል ያያይዙ (ስሙ በዝርዝሩ ያለው መሆን አለበት)
admin-draft-attached = { $file } ተያይዟል።
admin-draft-unclassified = ፖሊሲው ገና ያልመደባቸው ጥያቄዎች
admin-draft-unclassified-help = ፖሊሲው (ወይም የቅጹ tags ዓምድ) ምን እንደሆኑ እስኪገልጽ ድረስ ምንም ወጪ መላክ መልሶቻቸውን አያወጣም። ከማተምዎ በፊት ይመድቧቸው።
admin-draft-all-classified = ፖሊሲው ሁሉንም ጥያቄዎች ይመድባል።
admin-draft-preview = ቅድመ እይታ፦ ስልኮች እንደሚያሳዩት ቅጹ
admin-draft-preview-language = የቅድመ እይታ ቋንቋ
admin-draft-preview-note = ለማንበብ ብቻ ይታያል። ከተወሰኑ መልሶች በኋላ ብቻ የሚጠየቁ ጥያቄዎች እነዚያ መልሶች ሲሰጡ በስልኩ ላይ ይታያሉ።
admin-draft-publish = አትም
admin-draft-confirm-new = ስልኮች “{ $form }” ስሪት { $version }ን ({ $questions } ጥያቄዎች) በሚቀጥለው ማመሳሰል ለአዲስ ቃለ መጠይቆች ይቀበላሉ።
admin-draft-confirm-replaces = ስሪት { $old }ን ይተካል፤ የስሪት { $old } መዝገቦች ይቆያሉ፣ መላካቸውም ይቀጥላል።
admin-draft-confirm-unclassified = ያልተመደቡ ጥያቄዎች፦ { $n }። እስኪመደቡ ድረስ መልሶቻቸው በምንም ወጪ መላክ አይወጡም።
admin-draft-confirm-yes = አሁን አትም
admin-draft-cancel = ሰርዝ
admin-draft-published = ታትሟል። ስልኮች ስሪት { $version }ን በሚቀጥለው ማመሳሰል ያገኛሉ።
admin-draft-delete = ይህን ረቂቅ ሰርዝ
admin-draft-delete-confirm = ይህን ረቂቅ ይሰርዙ? በእሱ ምንም አልተሰበሰበም፤ የተሰቀለው ለዘለቄታው ይጠፋል።
admin-draft-cannot-publish = መጀመሪያ የጎደሉትን ፋይሎች ያያይዙ፤ ከዚያ ሊታተም ይችላል።

## Projects, teams and accounts (issue 20)
admin-role-admin = አስተዳዳሪ
admin-role-steward = የመረጃ ጠባቂ
admin-role-reviewer = ገምጋሚ
admin-role-enumerator = መረጃ ሰብሳቢ
admin-role-partner = አጋር
admin-project-current = { $project } · የእርስዎ ሚና፦ { $role }
admin-project-switch = ፕሮጀክት ይቀይሩ
admin-projects-archived = በማህደር የተቀመጠ
admin-project-archived-note = ይህ ፕሮጀክት በማህደር ተቀምጧል፦ አዲስ መዝገቦችን ወይም ስልኮችን አይቀበልም። መረጃው ይቀመጣል፤ የመረጃ ጠባቂዎችም አሁንም ሊያወጡት ይችላሉ።
admin-password-title = የይለፍ ቃሌን ቀይር
admin-password-current = የአሁኑ የይለፍ ቃል
admin-password-new = አዲስ የይለፍ ቃል
admin-password-new-hint = ቢያንስ 12 ቁምፊዎች፣ የተጠቃሚ ስምዎ ያልሆነ፣ የተለመደ የይለፍ ቃል ያልሆነ። ጥቂት ቃላት ጥሩ የይለፍ ቃል ይሆናሉ።
admin-password-repeat = አዲሱን የይለፍ ቃል ደግመው
admin-password-mismatch = ሁለቱ አዲስ የይለፍ ቃላት አንድ አይደሉም።
admin-password-changed = የይለፍ ቃል ተቀይሯል። ሌሎች ክፍለ ጊዜዎችዎ አብቅተዋል።
admin-password-submit = የይለፍ ቃል ቀይር
admin-projects-title = ፕሮጀክቶች
admin-projects-intro = እያንዳንዱ ፕሮጀክት የራሱ ቅጾች፣ የፈቃድ አብነት፣ ፖሊሲ፣ ቡድን እና ወጪ መረጃዎች አሉት። የማንኛውም ፕሮጀክት አስተዳዳሪ አዲስ መፍጠር እና አስተዳዳሪው መሆን ይችላል።
admin-project-name = የፕሮጀክት ስም
admin-project-rename = ስም ቀይር
admin-project-renamed = ስሙ ተቀይሯል።
admin-project-archive = ይህን ፕሮጀክት በማህደር አስቀምጥ
admin-project-restore = ይህን ፕሮጀክት መልስ
admin-project-archive-confirm = { $project } በማህደር ይቀመጥ? ስልኮች ከእንግዲህ መዝገቦችን መላክ ወይም ለሱ መዘጋጀት አይችሉም። መረጃው ይቀመጣል፣ ጠባቂዎች አሁንም ሊያወጡት ይችላሉ፣ በኋላም መመለስ ይችላሉ።
admin-project-restore-confirm = { $project } ይመለስ? ስልኮች እንደገና መዝገቦችን መላክ እና ለሱ መዘጋጀት ይችላሉ።
admin-project-new = አዲስ ፕሮጀክት
admin-project-id = የፕሮጀክት መለያ
admin-project-id-hint = ከ3 እስከ 40 ትናንሽ የላቲን ፊደሎች፣ አሃዞች ወይም -። በኋላ መቀየር አይቻልም።
admin-project-create = ፕሮጀክት ፍጠር
admin-project-created = ፕሮጀክት { $project } ተፈጥሯል። እርስዎ አስተዳዳሪው ነዎት፦ ቅጾቹን እና ቡድኑን ለመጨመር ከላይ ወደሱ ይቀይሩ።
admin-confirm = አዎ፣ ይደረግ
admin-cancel = ይቅር
admin-done = ተከናውኗል።
admin-team-title = ቡድን
admin-team-intro = በ{ $project } የሚሰሩ፣ ከዚህ ያላቸው ሚና ጋር። አንድ ሰው በሌላ ፕሮጀክት ሌላ ሚና ሊኖረው ይችላል።
admin-team-you = (እርስዎ)
admin-team-disabled = ታግዷል
admin-team-role-of = የ{ $username } ሚና
admin-team-role-changed = { $username } አሁን { $role } ነው።
admin-team-reset = የይለፍ ቃል ዳግም አስጀምር
admin-team-reset-confirm = ለ{ $username } አዲስ የይለፍ ቃል ይሰጥ? የአሁኑ የይለፍ ቃል መስራት ያቆማል፣ ሁሉም ክፍለ ጊዜዎችም ያበቃሉ።
admin-team-disable = መለያውን አግድ
admin-team-disable-confirm = { $username } ይታገድ? መግባት አይችልም፣ ክፍለ ጊዜዎቹ አሁን ያበቃሉ፣ መለያው እንደገና እስኪከፈት ድረስ ስልኮቹ ማመሳሰል ያቆማሉ።
admin-team-enable = መለያውን ክፈት
admin-team-enable-confirm = { $username } እንደገና ይከፈት? መግባት ይችላል፣ ስልኮቹም እንደገና ያመሳስላሉ።
admin-team-sessions = ከሁሉም ቦታ አስወጣ
admin-team-sessions-confirm = የ{ $username } ሁሉም ክፍለ ጊዜዎች ይብቁ? እንደገና መግባት አለበት።
admin-team-sessions-ended = ያበቁ ክፍለ ጊዜዎች፦ { $n }።
admin-team-remove = ከፕሮጀክቱ አስወግድ
admin-team-remove-confirm = { $username } ከ{ $project } ይወገድ? እዚህ ያሉ ክፍለ ጊዜዎቹ ያበቃሉ፣ እዚህ ያሉ ስልኮቹም ይሰረዛሉ። መለያው እና የመዘገበው ይቀራሉ።
admin-team-removed = { $username } ተወግዷል።
admin-team-password-once = የ{ $username } የይለፍ ቃል፣ በዚህ አንድ ጊዜ ብቻ ይታያል። በአካል ይስጡት፤ ከገባ በኋላ ሊቀይረው ይችላል፦
admin-team-add = አባል ጨምር
admin-team-username = የተጠቃሚ ስም
admin-team-username-hint = ከ3 እስከ 40 ትናንሽ የላቲን ፊደሎች፣ አሃዞች፣ . _ ወይም -
admin-team-role = ሚና
admin-team-existing = ይህ ሰው አስቀድሞ መለያ አለው (ከሌላ ፕሮጀክት)
admin-team-add-submit = አባሉን ጨምር
admin-team-added = { $username } እንደ { $role } ተጨምሯል።
admin-devices-title = ስልኮች
admin-device-line = { $label } · የተዘጋጀው { $created } · የመጨረሻ ማመሳሰል፦ { $synced }
admin-device-never = በጭራሽ
admin-device-revoked = የተሰረዘው { $at }
admin-device-revoke = ስልኩን ሰርዝ
admin-device-revoke-confirm = የ{ $username } ስልክ “{ $label }” ይሰረዝ? ወዲያውኑ ማመሳሰል ያቆማል፤ ያልተላኩ መዝገቦች በሱ ላይ ይቀራሉ።
err-password-short = የይለፍ ቃል ቢያንስ 12 ቁምፊዎች ያስፈልገዋል። ጥቂት ቃላት ጥሩ የይለፍ ቃል ይሆናሉ።
err-password-long = የይለፍ ቃል ከ256 ቁምፊዎች መብለጥ አይችልም።
err-password-username = የይለፍ ቃል የተጠቃሚውን ስም መያዝ የለበትም።
err-password-common = ይህ የይለፍ ቃል የሚገምት ማንኛውም ሰው መጀመሪያ ከሚሞክራቸው ውስጥ ነው። ሌላ ይምረጡ።
err-project-archived = ይህ ፕሮጀክት በማህደር ተቀምጧል፦ አዲስ መዝገቦችን ወይም ስልኮችን አይቀበልም። መረጃው ይቀመጣል፤ የመረጃ ጠባቂዎችም አሁንም ሊያወጡት ይችላሉ።
err-last-admin = ፕሮጀክት ቢያንስ አንድ አስተዳዳሪ ይይዛል። መጀመሪያ ሌላ ሰው አስተዳዳሪ ያድርጉ።
err-account-shared = ይህ መለያ እርስዎ በማያስተዳድሩት ፕሮጀክቶችም ይሰራል። በምትኩ ከዚህ ፕሮጀክት ያስወግዱት፣ ወይም አስተዳዳሪዎቻቸውን ይጠይቁ።

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = አስተያየት፣ ጥያቄ ወይም ቅሬታ
community-feedback-intro = ማንኛውም ሰው ለፕሮጀክቱ መጻፍ ይችላል። ስምዎን መስጠት አያስፈልግዎትም።
community-feedback-project = ፕሮጀክት
community-feedback-category = ስለ ምንድን ነው?
community-feedback-confidential = ሚስጥራዊ፦ የሚያነበው ፕሮጀክቱ የሰየመው የትኩረት ሰው ብቻ ነው።
community-feedback-message = መልዕክትዎ
community-feedback-message-hint = በራስዎ ቋንቋ ይጻፉ። አስፈላጊ ካልሆነ በስተቀር የሌሎች ሰዎችን ስም አይጻፉ።
community-feedback-contact = እርስዎን የምናገኝበት መንገድ (አማራጭ)
community-feedback-contact-hint = ምላሽ ከፈለጉ ብቻ ስልክ ቁጥር ወይም አድራሻ። ማንነትዎ ሳይታወቅ ለመቆየት ባዶ ይተዉት።
community-feedback-send = ላክ
community-feedback-filed = ተልኳል። የመከታተያ ኮድዎ፦
community-feedback-keep = { $days ->
        [one] ይህን ኮድ ያስቀምጡ። ፕሮጀክቱ በ{ NUMBER($days) } ቀን ውስጥ መድረሱን ያረጋግጣል፤ ምላሹን ለማንበብ ከታች ያለውን ኮድ ይጠቀሙ።
       *[other] ይህን ኮድ ያስቀምጡ። ፕሮጀክቱ በ{ NUMBER($days) } ቀናት ውስጥ መድረሱን ያረጋግጣል፤ ምላሹን ለማንበብ ከታች ያለውን ኮድ ይጠቀሙ።
    }
community-feedback-follow-title = መልዕክትዎን ይከታተሉ
community-feedback-tracking = የመከታተያ ኮድ
community-feedback-follow = ምላሹን ይመልከቱ
community-feedback-answer = ምላሹ
community-feedback-not-found = በዚህ ኮድ ምንም መልዕክት የለም። ኮዱን ያረጋግጡና እንደገና ይሞክሩ።
community-feedback-incomplete = ርዕሱን ይምረጡና መልዕክት ይጻፉ።
community-feedback-choose = ርዕሱን ይምረጡ።
community-feedback-status-received = ደርሷል፣ ገና አልታየም
community-feedback-status-acknowledged = ደርሷል እና እየታየ ነው
community-feedback-status-answered = ምላሽ ተሰጥቷል
community-feedback-status-referred = ሊረዳ ወደሚችል ሌላ ድርጅት ተላልፏል
community-feedback-status-closed = ተዘግቷል
steward-feedback-title = አስተያየቶች እና ቅሬታዎች
steward-feedback-counts = ክፍት፦ { NUMBER($open) } · የዘገዩ፦ { NUMBER($overdue) }
steward-feedback-confidential = ሚስጥራዊ
steward-feedback-overdue = ዘግይቷል
steward-feedback-from-web = ከማህበረሰብ ገጹ፣ በ{ $lang }
steward-feedback-from-phone = በመረጃ ሰብሳቢ የተመዘገበ፣ በ{ $lang }
steward-feedback-contact = አድራሻ፦ { $contact }
steward-feedback-anonymous = ስም-አልባ
steward-feedback-resolution = መፍትሔ፦ { $resolution }
steward-feedback-text = ምላሽ፣ ማስተላለፍ ወይም መፍትሔ
steward-feedback-acknowledge = መድረሱን አረጋግጥ
steward-feedback-answer = ምላሽ ላክ
steward-feedback-refer = አስተላልፍ
steward-feedback-close = ዝጋ
