# Sauti UI strings, English (en): the source every other file translates.
# Translator: Sauti maintainers (the source text)
# Review: source text
# Every id here must exist in every other locale file (forms::i18n tests check it). Keep
# sentences short: they are read on small screens in the sun. A count is written with a
# selector on CLDR plural categories, one variant per line (forms/src/i18n/ftl.rs).

app-title = Sauti
lang-label = Language
lang-unreviewed = This translation has not yet been checked by a speaker of the language. Tell your supervisor about mistakes.
nav-skip = Skip to content

## Setting up a phone
setup-title = Set up this phone
setup-intro = Sign in once while online. Everything you collect is then locked on this phone with a passphrase only you know.
setup-username = Username
setup-password = Password
setup-passphrase = New passphrase
setup-passphrase-hint = At least 8 characters. It cannot be recovered: if you forget it, records not yet synced are lost.
setup-passphrase-confirm = Repeat the passphrase
setup-submit = Sign in and lock
setup-busy = Signing in…
err-passphrase-short = The passphrase must have at least 8 characters.
err-passphrase-mismatch = The two passphrases are not the same.
err-sign-in = Wrong username or password.
err-too-many-attempts = Too many wrong passwords. Wait a little, then try again.
err-busy = The server is busy checking other passwords. Wait a moment, then try again. Nothing was lost.
err-network = The server cannot be reached, though the phone is online. Nothing was lost.
err-offline = This phone is offline. Nothing was lost: sync again once it is connected.
err-timeout = The server did not answer in time, so the phone stopped waiting. Nothing was lost.
err-chunk = This screen is not on the phone yet. Connect to the network once, then open it again. Nothing was lost.
err-server = The server could not handle the request (error { $status }). Nothing was lost.

## Unlocking
unlock-title = Unlock
unlock-intro = Enter your passphrase to open your records.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-busy = Unlocking…
unlock-user = This phone is set up for { $user }.
unlock-wait = Too many wrong attempts. { $seconds ->
        [one] Try again in { $seconds } second.
       *[other] Try again in { $seconds } seconds.
    }
locked-idle = Locked after 10 minutes without use.
err-wrong-passphrase = Wrong passphrase. Nothing was changed.
passphrase-change = Change passphrase
passphrase-current = Current passphrase
passphrase-changed = Passphrase changed. Use the new one from now on.
cancel = Cancel

## Home
home-title = Interviews
home-new = New interview
home-sync = Sync now
home-lock = Lock
home-drafts = Drafts
home-queued = Waiting to sync
home-synced = Synced
home-rejected = Refused by the server
home-empty = None
home-resume = Continue
home-offline-ready = Form ready for offline use: { $form }
update-ready = A new version of Sauti is ready.
update-now = Update now
home-storage = Storage used on this phone: { $percent } %
home-keep = Synced records stay on this phone for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, then are removed.
storage-warning = This phone's storage is { $percent } % full. Sync soon: new interviews stop at 95 %.
storage-warning-free = This phone's storage is { $percent } % full. Free space on the phone (photos, videos, other apps): new interviews stop at 95 %.
err-storage-nearly-full = This phone's storage is { $percent } % full. Sync, or free space, before a new interview, so that no interview fails while being saved.
err-storage-nearly-full-free = This phone's storage is { $percent } % full and nothing waits to be sent, so syncing would not help. Free space on the phone (photos, videos, other apps) before a new interview.
sync-busy = Syncing…
sync-done = Sync finished: { $accepted } sent, { $duplicates } already on the server, { $rejected } refused.
sync-nothing = Nothing to sync.
sync-new-form = A new version of the form is ready for offline use: { $form }.
sync-edited = { $n ->
        [one] { $n } of them had been corrected by a steward on the server; the correction is kept.
       *[other] { $n } of them had been corrected by a steward on the server; the corrections are kept.
    }
record-edited = Corrected by a steward on the server; the correction is kept.
record-recheck = Send again for checking
record-sent-back = Sent back by a reviewer: { $comment }
sync-progress = Sending { $done } of { $total }…
sync-retry = Trying again in { $seconds } s; your records are safe on the phone.
sync-offline-wait = This phone is offline. Your records are safe on it; they will be sent when the connection is back.
home-auto-send = Send automatically when online
err-device-revoked = This phone is no longer allowed to sync: its access was revoked or has expired. Your records stay on the phone. Ask your supervisor to set it up again.
err-batch-malformed = The server could not read the records sent. Nothing was lost.
err-bad-request = This could not be done as asked. Check what you entered and try again.
err-form-unknown = The server does not know this form version. Nothing was lost.
err-too-large = Too much was sent at once. Nothing was lost.
err-unauthorized = Sign in first.
err-forbidden = You are not allowed to do that.
err-not-found = Not found.
err-conflict = Someone changed this record meanwhile. Reload it and try again.
err-internal = The server had a problem. Nothing was lost; try again later.
err-refusal-with-answers = A refusal was sent with answers, so it was not stored.
err-receipt-reused = Another record already has this receipt code.

## Errors from storage and the vault
err-tampered = The record { $id } cannot be opened: it was altered or damaged. Your other records are safe.
err-malformed-storage = Data stored for { $id } is in a format this app does not understand.
err-weak-vault = The stored vault settings are weaker than allowed.
err-no-random = This browser cannot produce secure random numbers.
err-storage-full = The phone's storage is full. Nothing was lost: free space on the phone (photos, videos, other apps), then save again.
err-storage-write = The phone could not write to its storage ({ $reason }). This was not saved: try again.
err-invalid-answers = These answers break the form's rules; see each field.
err-invalid-policy = The policy cannot be used; each problem is listed with where it is.
err-form-expression = The form contains an expression that cannot be read.
err-form-definition = The form definition is not valid.
err-form-files-missing = The form reads files that are not attached yet: attach them, then publish it.

## Consent
consent-title = Consent
consent-language = Language of the respondent
consent-read = Read this to the respondent:
consent-controller = Responsible organisation: { $controller }
consent-purposes = The respondent agrees to:
consent-method = How consent is given
consent-method-signature = Signature on the screen
consent-method-verbal = Verbal consent with a witness
consent-method-mark = A mark (an X or a thumb) with a witness
consent-method-guardian = A minor: their assent and a parent's or guardian's consent
consent-method-proxy = Someone consents on behalf of a person who cannot
consent-minimum-age = For respondents under { $age }.
consent-guardian = Name of the parent or guardian
consent-proxy = Name of the person consenting on their behalf
consent-relationship = Relationship to the respondent
consent-assent = The child agrees to take part
consent-reason = Why the respondent cannot consent themselves
consent-missing-representative = Write the name of the person consenting and how they are related.
consent-missing-assent = Ask the child whether they agree, and tick the box only if they do.
consent-missing-reason = Write why the respondent cannot consent themselves.
consent-required-purpose = This use is needed to take part. Without it, record a refusal.
consent-signature-pad = Signature area: the respondent signs here
consent-signature-clear = Clear signature
consent-kept-for = Kept for { $days ->
        [one] { $days } day.
       *[other] { $days } days.
    }
consent-shared-for = May be shared with { $who }.
consent-witness = Name of the witness
consent-access = Four digits the respondent chooses (optional)
consent-access-hint = A PIN or their year of birth. With the receipt code, it lets them see or withdraw their consent later.
consent-bad-access = Write exactly four digits, or leave it empty.
consent-understanding = Check that the respondent understood: ask each question.
consent-yes = Yes
consent-no = No
consent-explain-again = Not quite. Explain this again, then ask once more:
consent-not-understood = Ask every question about understanding until each answer is right.
consent-listen = Play the recording of this text to the respondent:
consent-give = Consent given: start
consent-refuse = The respondent refuses
err-consent-no-purpose = Choose at least one purpose, or record a refusal.
err-consent-no-signature = Ask the respondent to sign first.
err-consent-no-witness = Write the name of the witness.
consent-unknown-template = The consent template is unknown to the server.
consent-text-mismatch = The consent text shown does not match the template.
consent-no-purpose = No purpose was accepted.
consent-unknown-purpose = A purpose is unknown to the server.
consent-missing-witness = The witness's name is missing.
consent-missing-signature = The signature is missing.

## Interview
interview-next = Next
interview-back = Back
interview-save = Save
interview-save-draft = Save draft and leave
interview-draft-saved = Draft saved on this phone.
geo-locate = Record location
geo-map = See on a map
geo-busy = Finding the location…
geo-done = Location recorded (accuracy about { $accuracy } m).
geo-failed = The location could not be found. Check that location is on and allowed for this page, or type it.
geo-add-location = Add my location
geo-add-point = Add this point
geo-latitude = Latitude
geo-longitude = Longitude
geo-remove-point = Remove point { $n }
geo-no-points = No points yet. Stand at each point and add your location, or type it.
geo-points-summary = { $count ->
        [one] 1 point
       *[other] { $count } points
    } · { $length } m long
geo-area = area { $area } m² ({ $hectares } ha)
interview-required = required
interview-add-member = Add: { $label }
interview-remove-member = Remove { $label } – { $n }
interview-member = { $label } – { $n }
interview-choose = Choose…
choices-search = Type to search
choices-count = { $count ->
        [one] { $count } choice: type a few letters of the one you want.
       *[other] { $count } choices: type a few letters of the one you want.
    }
choices-found = { $count } found
choices-more = The first { $shown } of { $count } found: type more letters.
choices-none = Nothing found: check the spelling, or try the start of the name.
date-day = Day
date-month = Month
date-year = Year
date-no-such-day = This day does not exist in this calendar.
date-gregorian = Saved as { $date } (Gregorian calendar).
date-called = In this calendar that day is written { $date }.
date-waxing = waxing { $day }
date-full-moon = full moon
date-waning = waning { $day }
date-new-moon = new moon
prompt-listen = Listen to the question
prompt-watch = Watch the video of the question
interview-guidance = How to ask
interview-page = Page { $n } of { $total }
interview-has-errors = Some answers need attention.
overview-open = Sections
overview-title = Sections
overview-close = Back to the questions
overview-answered = { $answered } of { $required } required answered
overview-nothing-required = Nothing required
overview-problems = { $count ->
        [one] { $count } answer to fix
       *[other] { $count } answers to fix
    }
overview-part = { $title } ({ $n } of { $total })
overview-untitled = Page { $n }
field-required = This answer is required.
field-constraint = This answer is not allowed.
field-not-integer = Enter a whole number.
field-not-number = Enter a number.
field-not-date = Enter a date.
field-not-time = Enter a time.
field-not-geopoint = Enter a location as latitude and longitude, e.g. -1.29 36.82.
field-not-geotrace = A line needs at least 2 points, each a latitude and longitude.
field-not-geoshape = An area needs at least 3 points, each a latitude and longitude.
capture-kept = Kept on this phone, locked with the record: { $size } KB.
capture-reading = Reading the file…
capture-unreadable = This file could not be read. Try again, or choose another file.
capture-remove = Remove the file
field-unknown-choice = Choose one of the options.
field-unknown = This answer does not belong to the form.
field-not-relevant = This answer should not be given here.
field-calculation = A calculated value is out of date.
field-wrong-shape = This answer has the wrong shape.
field-wrong-attachment = This file is not of the kind the question asks for.
field-attachment-too-large = This file is too large for the phone: at most 1.5 MB.
field-off-the-scale = Choose a value on the scale shown.
field-not-ranked = Put every choice in order, each once.
range-unset = Not answered yet
range-less = Less
range-more = More
rating-star = { $n } of { $max }
rank-up = Move up
rank-down = Move down
rank-keep = Keep this order

## Receipt
receipt-title = Receipt
withdrawal-title = Record a withdrawal
withdrawal-receipt = Receipt code of the respondent who withdraws
withdrawal-hint = All their consent is withdrawn and their answers deleted at the next sync.
withdrawal-submit = Withdraw everything
withdrawal-recorded = Withdrawal recorded: it leaves with the next sync.
withdrawal-bad-code = This receipt code has a typing mistake: check it with the respondent.
withdrawal-access = The respondent's four digits, if they chose some
withdrawal-access-hint = Needed when another enumerator took this respondent's consent and they chose four digits then: without them the withdrawal is refused. Not needed for a consent you took yourself.
withdrawal-bad-digits = The digits must be the four the respondent chose at consent. Check them with the respondent, or leave the box empty.
withdrawal-refused = The withdrawal for { $code } was refused: the respondent's four digits were missing or wrong. Ask the respondent for their digits and record the withdrawal again, or send them to the community page or the project's focal point.
withdrawal-refused-dismiss = Understood
sync-withdrawals-refused = Withdrawals refused: { $n }. See why on this screen.
receipt-intro = Give this code to the respondent. With it they can see, narrow or withdraw their consent later.
receipt-qr = QR code of the receipt: it opens the review page with the code filled in
receipt-where = To see or withdraw this consent later: { $page }, with the code and the four digits chosen.
receipt-print = Print a slip
receipt-refused = The refusal was recorded. No answers were kept.
receipt-saved = Saved and encrypted on this phone.
receipt-done = Back to interviews

## Data steward
steward-title = Submissions
admin-upload-title = Forms
admin-upload-intro = Upload a questionnaire as an XLSForm (.xlsx or .xls, as for ODK or KoboToolbox) or a Sauti form (.json). It becomes the project's new form version; phones receive it at their next sync.
admin-upload-label = Questionnaire file
admin-upload-done = Imported “{ $form }” ({ $id }, version { $version }): { $questions ->
        [one] { $questions } question.
       *[other] { $questions } questions.
    }
steward-sign-in = Sign in
steward-username = Username
steward-password = Password
steward-sign-out = Sign out
steward-approve = Approve
steward-reject = Reject
steward-empty = No submissions yet.
steward-state-received = Received
steward-state-approved = Approved
steward-state-rejected = Rejected
steward-state-has_issues = Sent back
steward-state-edited = Corrected
review-send-back = Send back
review-send-back-title = Send record { $receipt } back to its enumerator
review-send-back-label = What should the enumerator check?
review-cancel = Cancel
exports-title = Exports
exports-intro = Each export lets out only what the project's policy allows: approved records whose respondents accepted its purpose.
exports-form = Form to export (every published version of it)
exports-k = Records that would stand out (fewer than { $k } alike) are withheld.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Withdrawal notice: who must delete what (CSV)
exports-xlsx = Excel (every table)
exports-table = Table “{ $table }” (CSV)
steward-refused = Consent refused
steward-purposes = Purposes: { $purposes }
steward-explained-again = Explained again before consent: { $points }
steward-col-receipt = Receipt
steward-col-received = Received
steward-col-area = Area
steward-col-state = State
steward-col-actions = Actions
err-session = Your session has ended. Sign in again.
community-title = Your consent
community-intro = Type the receipt code you were given and the four digits you chose when you gave consent. You will see what you agreed to and who received your answers, and you can withdraw.
community-receipt = Receipt code
community-receipt-hint = For example 7K3M-9QPA-X2RT-5. Capital or small letters, with or without dashes.
community-access = Your four digits
community-access-hint = The PIN or year of birth you chose.
community-look-up = Show my consent
community-not-found = No consent matches this code and these digits. Check both and try again. If you withdrew your consent, nothing is kept any more, not even your digits.
community-wait = Too many attempts. Wait a few minutes, then try again.
err-code-locked = This receipt code is locked after too many wrong digits, to protect the person it belongs to. They can still see or withdraw their consent through an enumerator or the project's focal point.
community-your-consent = What you agreed to
community-given = On { $date }, { $enumerator } recorded your consent for { $controller }.
community-refused = On { $date } you said no. Nothing you said was kept.
community-withdrawn = You withdrew your consent on { $date }. Your answers were deleted.
community-deleted = Your answers were deleted on { $date }, at the end of the time they could be kept.
community-purposes = What your answers are used for
community-purpose-active = In use
community-purpose-withdrawn = Withdrawn on { $date }
community-not-accepted = You did not agree to: { $purposes }.
community-held = What kinds of information are held
community-sensitive = Some of it is sensitive: { $categories }.
community-shared = Who received your answers
community-not-shared = Nobody outside the project team has received them.
community-shared-with = { $recipient }, on { $date }
community-contact = Questions: { $controller }, { $contact }.
community-withdraw-chosen = Withdraw the ticked uses
community-withdraw-all = Withdraw everything
community-withdraw-all-confirm = Yes, delete all my answers now
community-receipt-json = Save this consent receipt (JSON)
community-kept-for = Kept for { $days ->
        [one] { $days } day.
       *[other] { $days } days.
    }
community-shared-for = May be shared with { $who }.

## Dead ends and the consent screen (issue 21)

consent-cancel = Cancel
err-consent-no-method = Choose how consent is given.
consent-access-skip = Without the four digits, the respondent cannot use the community page: only the project's focal point can show them their consent or withdraw it.
consent-signature-label = The respondent signs, or makes a mark, with a finger inside the box below.
receipt-no-digits = No four digits were chosen, so the community page cannot open this consent. To see or withdraw it, the respondent asks the project's focal point or an enumerator, with this code.
home-discard = Discard
home-discard-confirm = Discard the draft “{ $name }”? Its answers and the consent recorded in it are deleted from this phone. This cannot be undone.
home-discard-yes = Discard the draft
home-discard-no = Keep it
home-draft-discarded = The draft was deleted from this phone.
home-form-waiting = A new version of the form is waiting. A draft is finished on the version it began with: finish or discard each draft below, and the new version comes at the next sync.
sync-new-form-waits = A new version of the form is waiting: finish or discard the drafts to use it.
home-withdrawals-pending = Withdrawals waiting to be sent
sync-withdrawals-done = { $n ->
        [one] { $n } withdrawal carried out.
       *[other] { $n } withdrawals carried out.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = What was collected
dashboard-by-area = Records by area
dashboard-by-month = Records by area and month
dashboard-area = Area
dashboard-total = Total
dashboard-earlier = Earlier
dashboard-other-areas = Other areas
dashboard-indicators = What you told us
dashboard-all-areas = All areas
dashboard-share = { $share } ({ NUMBER($n) } of { NUMBER($total) })
dashboard-actions = What we did
dashboard-no-actions = Nothing published yet.
dashboard-counted = Counted: approved interviews whose respondents agreed to this use:
dashboard-privacy = To protect every household, a figure is shown only when it counts at least { NUMBER($k) } interviews; — marks a figure hidden for that reason, or hidden so that a small one cannot be worked out from the others. A withdrawn interview leaves these figures at the next update.
dashboard-updated = Updated
dashboard-feedback = Your feedback and complaints
dashboard-feedback-kind = Kind
dashboard-feedback-received = Received
dashboard-feedback-answered = Answered
dashboard-feedback-median = Median days to an answer
dashboard-feedback-confidential = Confidential reports (abuse, fraud), all together
dashboard-feedback-how = Send feedback, a question or a complaint on the community page, anonymously if you wish; keep the tracking code you are given to read the answer.
dashboard-action-about = About: { $categories }
dashboard-action-answers = Feedback it answers: { NUMBER($n) }
dashboard-action-answers-few = In response to feedback (fewer than { NUMBER($k) } messages)
dashboard-monitor-title = Community monitor: { $project }
dashboard-monitor-intro = Counts and dates only: nothing here names a person or says what anyone answered. A count under { NUMBER($k) } is hidden (—).
dashboard-monitor-dashboard = The public dashboard
dashboard-monitor-actions = Actions published in response: { NUMBER($n) }
dashboard-monitor-exports = Who received data
dashboard-monitor-date = Date
dashboard-monitor-export-to = Received by
dashboard-monitor-export-profile = Profile
dashboard-monitor-records = Records
dashboard-monitor-export-withheld = Held back (k-anonymity)
dashboard-monitor-no-exports = No data has been exported.
dashboard-monitor-operator = Operator (command line)
dashboard-monitor-withdrawals = Consent withdrawn
dashboard-monitor-month = Month
dashboard-monitor-withdrawn-purpose = One use
dashboard-monitor-withdrawn-everything = Everything (answers deleted)
dashboard-monitor-no-withdrawals = Nobody has withdrawn consent.
dashboard-monitor-purges = Records deleted
dashboard-monitor-reason = Why
dashboard-monitor-reason-retention = Kept as long as allowed
dashboard-monitor-reason-withdrawn = Consent withdrawn
dashboard-monitor-no-purges = No record has been deleted.
dashboard-monitor-feedback = How feedback was handled
dashboard-monitor-no-feedback = No feedback yet.
dashboard-monitor-acknowledged = Acknowledged
dashboard-monitor-overdue = Overdue now
dashboard-monitor-days-acknowledge = Median days to acknowledge
dashboard-monitor-sign-in = Sign in
dashboard-monitor-signed-out = Sign in as the project's community monitor to read this page.

## Admin: forms, drafts and publishing
admin-forms-intro = Upload a questionnaire as an XLSForm (.xlsx or .xls, as for ODK or KoboToolbox) or a Sauti form (.json). It is kept as a draft: check its warnings and preview, then publish it. Phones receive published forms only.
admin-governance-title = Consent template and data policy
admin-governance-intro = The consent template is what respondents hear and accept; the data policy says who sees what and what each export lets out. Upload each as its TOML file: it is checked against the project's forms, and every problem is listed.
admin-template-file = Consent template (.toml)
admin-policy-file = Data policy (.toml)
admin-template-installed = Consent template installed. Phones receive it at their next sync.
admin-template-in-use = Records were given under this version of the template, so it cannot change: raise its version number.
admin-policy-installed = Policy version { $version } is in force.
admin-policy-current = Policy in force: version { $version }.
admin-policy-default = No policy installed yet: the built-in one applies, and no export lets out an answer it does not classify.
admin-forms-heading = The project's forms
admin-forms-none = No forms yet.
admin-forms-live = Phones get version { $version }
admin-forms-not-live = Not on phones yet
admin-version-state-draft = Draft
admin-version-state-waiting = Waiting for files
admin-version-state-published = Published
admin-version-line = questions: { $questions } · records: { $records } · { $when } · { $who }
admin-version-open = Open version { $version }
admin-version-open-short = Open
admin-upload-waiting = Kept until these files are attached: { $files }
admin-draft-back = All forms
admin-draft-title = { $form }, version { $version }
admin-draft-warnings = What the import noticed
admin-draft-no-warnings = The import noticed nothing to fix.
admin-draft-place-sheet = sheet { $sheet }
admin-draft-place-row = row { $row }
admin-draft-place-column = column { $column }
admin-draft-missing = Files it reads that are not attached yet
admin-draft-attach = Attach a file (its name must be the one listed)
admin-draft-attached = { $file } attached.
admin-draft-unclassified = Questions the policy does not classify yet
admin-draft-unclassified-help = No export lets their answers out until the policy (or the form's tags column) says what they are. Classify them before publishing.
admin-draft-all-classified = The policy classifies every question.
admin-draft-preview = Preview: the form as phones show it
admin-draft-preview-language = Language of the preview
admin-draft-preview-note = Shown read-only. Questions asked only after certain answers appear on the phone once those answers are given.
admin-draft-publish = Publish
admin-draft-confirm-new = Phones will receive “{ $form }” version { $version } ({ $questions } questions) at their next sync, for new interviews.
admin-draft-confirm-replaces = It replaces version { $old }; the records of version { $old } stay and keep exporting.
admin-draft-confirm-unclassified = Unclassified questions: { $n }. Their answers leave in no export until they are classified.
admin-draft-confirm-yes = Publish now
admin-draft-cancel = Cancel
admin-draft-published = Published. Phones get version { $version } at their next sync.
admin-draft-delete = Delete this draft
admin-draft-delete-confirm = Delete this draft? Nothing was collected with it; the upload is gone for good.
admin-draft-cannot-publish = Attach the missing files first: then it can be published.

## Projects, teams and accounts (issue 20)
admin-role-admin = Admin
admin-role-steward = Steward
admin-role-reviewer = Reviewer
admin-role-enumerator = Enumerator
admin-role-partner = Partner
admin-role-monitor = Community monitor
admin-project-current = { $project } · your role: { $role }
admin-project-switch = Switch project
admin-projects-archived = archived
admin-project-archived-note = This project is archived: it takes no new records, phones or forms. Its data is kept, and stewards can still export it.
admin-password-title = Change my password
admin-password-current = Current password
admin-password-new = New password
admin-password-new-hint = At least 12 characters, not your username, not a common password. A few words make a good one.
admin-password-repeat = New password again
admin-password-mismatch = The two new passwords are not the same.
admin-password-changed = Password changed. Your other sessions have ended.
admin-password-submit = Change password
admin-projects-title = Projects
admin-projects-intro = Each project has its own forms, consent template, policy, team and exports. An admin of any project can create a new one and becomes its admin.
admin-project-name = Project name
admin-project-rename = Rename
admin-project-renamed = Renamed.
admin-project-archive = Archive this project
admin-project-restore = Restore this project
admin-project-archive-confirm = Archive { $project }? Phones can no longer send records or be set up for it. Its data is kept, stewards can still export it, and you can restore it later.
admin-project-restore-confirm = Restore { $project }? Phones can send records and be set up for it again.
admin-project-new = New project
admin-project-id = Project id
admin-project-id-hint = 3 to 40 lower-case letters, digits or -. It cannot be changed later.
admin-project-create = Create project
admin-project-created = Project { $project } created. You are its admin: switch to it above to add its forms and team.
admin-confirm = Yes, do it
admin-cancel = Cancel
admin-done = Done.
admin-team-title = Team
admin-team-intro = Who works in { $project }, with their role here. A person can have another role in another project.
admin-team-you = (you)
admin-team-disabled = disabled
admin-team-role-of = Role of { $username }
admin-team-role-changed = { $username } is now { $role }.
admin-team-reset = Reset password
admin-team-reset-confirm = Give { $username } a new password? Their current password stops working and all their sessions end.
admin-team-disable = Disable account
admin-team-disable-confirm = Disable { $username }? They cannot sign in, their sessions end now, and their phones stop syncing until the account is enabled again.
admin-team-enable = Enable account
admin-team-enable-confirm = Enable { $username } again? They can sign in and their phones sync again.
admin-team-sessions = Sign out everywhere
admin-team-sessions-confirm = End every session of { $username }? They must sign in again.
admin-team-sessions-ended = Sessions ended: { $n }.
admin-team-remove = Remove from project
admin-team-remove-confirm = Remove { $username } from { $project }? Their sessions here end and their phones here are revoked. The account, and what they recorded, stay.
admin-team-removed = { $username } removed.
admin-team-password-once = Password for { $username }, shown only this once. Give it to them in person; they can change it after signing in:
admin-team-add = Add a member
admin-team-username = Username
admin-team-username-hint = 3 to 40 lower-case letters, digits, . _ or -
admin-team-role = Role
admin-team-existing = This person already has an account (from another project)
admin-team-add-submit = Add member
admin-team-added = { $username } added as { $role }.
admin-devices-title = Phones
admin-device-line = { $label } · set up { $created } · last sync: { $synced }
admin-device-never = never
admin-device-revoked = revoked { $at }
admin-device-revoke = Revoke phone
admin-device-revoke-confirm = Revoke the phone “{ $label }” of { $username }? It stops syncing at once; records not yet sent stay on it.
err-password-short = A password needs at least 12 characters. A few words make a good one.
err-password-long = A password can have at most 256 characters.
err-password-username = A password must not contain the username.
err-password-common = This password is among the first that anyone guessing would try. Choose another.
err-project-archived = This project is archived: it takes no new records, phones or forms. Its data is kept, and stewards can still export it.
err-last-admin = A project keeps at least one admin. Make someone else admin first.
err-account-shared = This account also works in projects you do not administer. Remove it from this project instead, or ask their admins.
# The review desk (issue 20)
review-states = Review states
review-tab-to_review = To review
review-tab-has_issues = Sent back
review-tab-approved = Approved
review-tab-rejected = Rejected
review-tab-all = All
review-count = Records found: { $count }
review-select = Select { $name }
review-bulk-approve = Approve selected ({ $count })
review-clear-selection = Clear selection
review-bulk-confirm = Approve the { $count } selected records? They leave "To review" and can be exported.
review-confirm = Confirm
review-more = Show more
review-keys = On a keyboard: j opens the next record, k the previous one.
review-undo = Undo
review-done-approve = Approved.
review-done-reject = Rejected.
review-done-has_issues = Sent back to the enumerator.
review-done-reopen = Back to review.
review-done-bulk = Approved: { $count } records.
review-search = Search
review-search-hint = Receipt code, name or enumerator
review-search-go = Search
review-filters = More filters
review-filter-enumerator = Enumerator
review-filter-area = Area
review-filter-form = Form version
review-filter-any = Any
review-filter-from = Received from
review-filter-to = Received until
review-filter-clear = Clear filters
review-back = Back to the list
review-enumerator = Enumerator: { $name }
review-answers = Answers
review-language = Language of the answers
review-no-answers = No answers: the respondent refused.
review-withheld = Hidden by the data policy: { $questions }
review-file = Download
review-pseudonym = (pseudonym)
review-action-approve = Approve
review-action-has_issues = Send back
review-action-reject = Reject
review-action-reopen = Reopen for review
review-confirm-approve = Approve this record? It can then be exported.
review-confirm-has_issues = Send this record back to its enumerator? Say what to check.
review-confirm-reject = Reject this record? It will never be exported.
review-confirm-reopen = Put this record back to review?
review-comment-needed = Say what the enumerator should check.
review-consent = Consent
review-consent-refused = The respondent refused.
review-consent-method = Given by: { $method }
review-method-signature = signature
review-method-verbal = spoken, before a witness
review-method-mark = a mark, before a witness
review-method-guardian = a parent or guardian
review-method-proxy = a proxy
review-purpose-active = accepted
review-purpose-withdrawn = accepted, since withdrawn
review-purpose-declined = not accepted
review-proof-witness = Witness
review-proof-guardian = Guardian
review-proof-proxy = Proxy
review-proof-relationship = Relationship
review-proof-reason = Reason
review-proof-assent = The minor's own assent
review-signature = The respondent's signature or mark
review-proof-withheld = Part of the proof is hidden by the data policy.
review-history = History
review-edited = Corrected by { $by }: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Feedback, a question or a complaint
community-feedback-intro = Anyone can write to the project. You do not need to give your name.
community-feedback-project = Project
community-feedback-category = What is it about?
community-feedback-confidential = Confidential: only the project's named focal point reads it.
community-feedback-message = Your message
community-feedback-message-hint = Write in your own language. Do not write other people's names unless you must.
community-feedback-contact = How to reach you (optional)
community-feedback-contact-hint = A phone number or an address, only if you want an answer. Leave it empty to stay anonymous.
community-feedback-send = Send
community-feedback-filed = Sent. Your tracking code:
community-feedback-keep = { $days ->
        [one] Keep this code. The project acknowledges within { NUMBER($days) } day; use the code below to read the answer.
       *[other] Keep this code. The project acknowledges within { NUMBER($days) } days; use the code below to read the answer.
    }
community-feedback-follow-title = Follow your feedback
community-feedback-tracking = Tracking code
community-feedback-follow = See the answer
community-feedback-answer = The answer
community-feedback-not-found = No feedback has this code. Check the code and try again.
community-feedback-incomplete = Choose what it is about and write a message.
community-feedback-choose = Choose what it is about.
community-feedback-status-received = Received, not yet looked at
community-feedback-status-acknowledged = Received and being looked at
community-feedback-status-answered = Answered
community-feedback-status-referred = Passed to another organisation that can help
community-feedback-status-closed = Closed
steward-feedback-title = Feedback and complaints
steward-feedback-counts = Open: { NUMBER($open) } · Overdue: { NUMBER($overdue) }
steward-feedback-confidential = Confidential
steward-feedback-overdue = Overdue
steward-feedback-from-web = From the community page, in { $lang }
steward-feedback-from-phone = Recorded by an enumerator, in { $lang }
steward-feedback-contact = Contact: { $contact }
steward-feedback-anonymous = Anonymous
steward-feedback-resolution = Resolution: { $resolution }
steward-feedback-text = Answer, referral or resolution
steward-feedback-acknowledge = Acknowledge
steward-feedback-answer = Send answer
steward-feedback-refer = Refer
steward-feedback-close = Close
steward-monitor-open = Open the community audit page
steward-actions-title = What we did: actions on the public dashboard
steward-actions-intro = Tell the community what the project did about their feedback. The dashboard shows the title, the text and how many messages it answers, never the messages.
steward-actions-date = Done on
steward-actions-language = Language
steward-actions-heading = Title
steward-actions-text = What was done
steward-actions-cases = Feedback it answers
steward-actions-publish = Publish on the dashboard
steward-actions-published = Done on { $date } · feedback it answers: { NUMBER($n) }
steward-actions-withdraw = Take off the dashboard
steward-actions-none = Nothing published yet.

## Feedback recorded on the phone (issue 23)
home-feedback-title = Record feedback or a complaint
home-feedback-intro = For someone who wants to tell the project something, anonymously unless they leave a contact. It is sent with the next sync.
home-feedback-category = What is it about?
home-feedback-message = What they say
home-feedback-contact = How to reach them (optional)
home-feedback-contact-hint = Only if they want an answer.
home-feedback-save = Save
home-feedback-saved = Saved. Give this tracking code to the person: with it they read the answer on the community page.
home-feedback-incomplete = Choose what it is about and write what they say.
home-feedback-waiting = Feedback waiting to be sent: { NUMBER($n) }
sync-feedback-sent = Feedback sent: { NUMBER($n) }.
sync-feedback-refused = Feedback refused by the server (its category is no longer offered): { NUMBER($n) }.

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = This language has no recording of the consent text.
consent-audio-first = Audio-first interview: play each prompt aloud, one question per screen
prompt-listen-choice = Listen to this answer
admin-record-open = Record prompts for respondents who do not read
admin-record-title = Recordings for respondents who do not read
admin-record-intro = Record the consent text and each question and answer in the respondent's language. Listen to each recording and record it again until it is right.
admin-record-form = Form
admin-record-language = Language of the recordings
admin-record-consent = Consent text
admin-record-consent-note = A recording of the consent text goes into the consent template at once: phones get it at their next sync.
admin-record-consent-text = The whole consent text
admin-record-prompts = Questions and answers
admin-record-start = Record
admin-record-again = Record again
admin-record-stop = Stop and keep
admin-record-on-air = Recording: speak now, then press Stop.
admin-record-unsaved = Recordings not yet in a draft: { $count }
admin-record-save = Save as a new draft
admin-record-back = Back to the forms
admin-record-microphone-refused = The browser may not use the microphone: allow it in the site's settings and try again.
admin-record-microphone-missing = No microphone could be used: connect one and try again.
admin-record-unsupported = This browser cannot record sound: use a recent Chrome, Firefox or Safari.
review-consent-played = The recording of the consent text was played to the respondent.
