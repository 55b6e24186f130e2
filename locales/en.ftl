# Sauti UI strings, English. Every id here must exist in every other locale file
# (forms::i18n tests check it). Keep sentences short: they are read on small screens in the sun.

app-title = Sauti
lang-label = Language
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
err-network = No connection to the server. Check the network and try again. Nothing was lost.
err-server = The server could not handle the request (error { $status }). Nothing was lost.

## Unlocking
unlock-title = Unlock
unlock-intro = Enter your passphrase to open your records.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-busy = Unlocking…
unlock-user = This phone is set up for { $user }.
unlock-wait = Too many wrong attempts. Try again in { $seconds } seconds.
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
home-keep = Synced records stay on this phone for { $days } days, then are removed.
storage-warning = This phone's storage is { $percent } % full. Sync soon: new interviews stop at 95 %.
err-storage-nearly-full = This phone's storage is { $percent } % full. Sync, or free space, before a new interview, so that no interview fails while being saved.
sync-busy = Syncing…
sync-done = Sync finished: { $accepted } sent, { $duplicates } already on the server, { $rejected } refused.
sync-nothing = Nothing to sync.
sync-new-form = A new version of the form is ready for offline use: { $form }.
sync-edited = { $n } of them had been corrected by a steward on the server; the correction is kept.
record-edited = Corrected by a steward on the server; the correction is kept.
record-sent-back = Sent back by a reviewer: { $comment }
sync-progress = Sending { $done } of { $total }…
sync-retry = No connection. Trying again in { $seconds } s; your records are safe on the phone.
home-auto-send = Send automatically when online
err-device-revoked = This phone is no longer allowed to sync: its access was revoked or has expired. Your records stay on the phone. Ask your supervisor to set it up again.
err-batch-malformed = The server could not read the records sent. Nothing was lost.
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
err-storage-full = The phone's storage is full. Nothing was lost: sync or free space, then save again.
err-invalid-answers = These answers break the form's rules; see each field.
err-invalid-policy = The policy cannot be used; each problem is listed with where it is.
err-form-expression = The form contains an expression that cannot be read.
err-form-definition = The form definition is not valid.

## Consent
consent-title = Consent
consent-language = Language of the respondent
consent-read = Read this to the respondent:
consent-controller = Responsible organisation: { $controller }
consent-purposes = The respondent agrees to:
consent-method = How consent is given
consent-method-signature = Signature on the screen
consent-method-verbal = Verbal consent with a witness
consent-signature-pad = Signature area: the respondent signs here
consent-signature-clear = Clear signature
consent-witness = Name of the witness
consent-access = Four digits the respondent chooses (optional)
consent-access-hint = A PIN or their year of birth. With the receipt code, it lets them see or withdraw their consent later.
consent-bad-access = Write exactly four digits, or leave it empty.
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
geo-locate = Record location
geo-busy = Finding the location…
geo-done = Location recorded (accuracy about { $accuracy } m).
geo-failed = The location could not be found. Check that location is on and allowed for this page, or type it.
interview-required = required
interview-add-member = Add a person
interview-remove-member = Remove this person
interview-member = Person { $n }
interview-choose = Choose…
interview-page = Page { $n } of { $total }
interview-has-errors = Some answers need attention.
field-required = This answer is required.
field-constraint = This answer is not allowed.
field-not-integer = Enter a whole number.
field-not-number = Enter a number.
field-not-date = Enter a date.
field-not-time = Enter a time.
field-not-geopoint = Enter a location as latitude and longitude, e.g. -1.29 36.82.
media-not-yet = Photos, recordings and files cannot be captured on this device yet; this question is skipped.
field-unknown-choice = Choose one of the options.
field-unknown = This answer does not belong to the form.
field-not-relevant = This answer should not be given here.
field-calculation = A calculated value is out of date.
field-wrong-shape = This answer has the wrong shape.

## Receipt
receipt-title = Receipt
receipt-intro = Give this code to the respondent. With it they can see, narrow or withdraw their consent later.
receipt-refused = The refusal was recorded. No answers were kept.
receipt-saved = Saved and encrypted on this phone.
receipt-done = Back to interviews

## Data steward
steward-title = Submissions
admin-upload-title = Forms
admin-upload-intro = Upload a questionnaire as an XLSForm (.xlsx or .xls, as for ODK or KoboToolbox) or a Sauti form (.json). It becomes the project's new form version; phones receive it at their next sync.
admin-upload-label = Questionnaire file
admin-upload-done = Imported “{ $form }” ({ $id }, version { $version }): { $questions } questions.
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
exports-k = Records that would stand out (fewer than { $k } alike) are withheld.
exports-csv = CSV
exports-json = JSON
exports-xlsx = Excel (every table)
exports-table = Table “{ $table }” (CSV)
steward-refused = Consent refused
steward-purposes = Purposes: { $purposes }
steward-col-receipt = Receipt
steward-col-received = Received
steward-col-area = Area
steward-col-state = State
steward-col-actions = Actions
err-session = Your session has ended. Sign in again.
