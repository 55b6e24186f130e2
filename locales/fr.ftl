# Sauti UI strings, French (fr).
# Translator: Sauti maintainers (seed commit 775d313, 2026-11-25; plural variants 2026-12-05)
# Review: not yet reviewed by a native speaker
# Same ids as en.ftl (forms::i18n tests check it). A count is written with a selector on
# CLDR plural categories: in French, 0 and 1 are `one`.

app-title = Sauti
lang-label = Langue
lang-unreviewed = Cette traduction n'a pas encore été vérifiée par un locuteur de la langue. Signalez les erreurs à votre superviseur.
nav-skip = Aller au contenu

## Setting up a phone
setup-title = Configurer ce téléphone
setup-intro = Connectez-vous une fois, avec une connexion internet. Tout ce que vous collectez est ensuite verrouillé sur ce téléphone avec une phrase secrète que vous seul connaissez.
setup-username = Nom d'utilisateur
setup-password = Mot de passe
setup-passphrase = Nouvelle phrase secrète
setup-passphrase-hint = Au moins 8 caractères. Elle ne peut pas être récupérée : si vous l'oubliez, les fiches pas encore synchronisées sont perdues.
setup-passphrase-confirm = Répétez la phrase secrète
setup-submit = Verrouiller et commencer
setup-busy = Verrouillage du téléphone…
setup-signin = Se connecter
setup-lock-title = Choisir une phrase secrète
setup-downloading = Connexion de { $user } et téléchargement des formulaires. Choisissez votre phrase secrète en attendant.
setup-downloaded = Connecté en tant que { $user }. Les formulaires sont arrivés.
setup-back = Utiliser un autre compte
setup-account-empty = Saisissez votre nom d'utilisateur et votre mot de passe.
err-passphrase-short = La phrase secrète doit avoir au moins 8 caractères.
err-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
err-sign-in = Nom d'utilisateur ou mot de passe incorrect.
err-too-many-attempts = Trop de mots de passe erronés. Patientez un peu, puis réessayez.
err-busy = Le serveur est occupé à vérifier d'autres mots de passe. Patientez un instant, puis réessayez. Rien n'a été perdu.
err-network = Le serveur est injoignable, bien que le téléphone soit connecté. Rien n'a été perdu.
err-offline = Ce téléphone est hors ligne. Rien n'a été perdu : synchronisez à nouveau une fois connecté.
err-timeout = Le serveur n'a pas répondu à temps ; le téléphone a cessé d'attendre. Rien n'a été perdu.
err-chunk = Cet écran n'est pas encore sur le téléphone. Connectez-vous une fois au réseau, puis rouvrez-le. Rien n'a été perdu.
chunk-loading = Chargement…
err-server = Le serveur n'a pas pu traiter la demande (erreur { $status }). Rien n'a été perdu.

## Unlocking
unlock-title = Déverrouiller
unlock-intro = Saisissez votre phrase secrète pour ouvrir vos fiches.
unlock-passphrase = Phrase secrète
unlock-submit = Déverrouiller
unlock-busy = Déverrouillage…
unlock-moved = Sauti a été déverrouillé dans une autre fenêtre, celle-ci a donc été verrouillée. Utilisez une seule fenêtre à la fois.
unlock-user = Ce téléphone est configuré pour { $user }.
unlock-wait = Trop d'essais incorrects. { $seconds ->
        [one] Réessayez dans { $seconds } seconde.
       *[other] Réessayez dans { $seconds } secondes.
    }
locked-idle = Verrouillé après 10 minutes sans utilisation.
err-wrong-passphrase = Phrase secrète incorrecte. Rien n'a été modifié.
passphrase-change = Changer de phrase secrète
passphrase-current = Phrase secrète actuelle
passphrase-changed = Phrase secrète changée. Utilisez désormais la nouvelle.
cancel = Annuler

## Home
home-title = Entretiens
home-new = Nouvel entretien
home-sync = Synchroniser maintenant
home-lock = Verrouiller
home-drafts = Brouillons
home-queued = En attente de synchronisation
home-synced = Synchronisés
home-rejected = Refusés par le serveur
home-empty = Aucun
home-resume = Continuer
home-offline-ready = { $count ->
        [one] Formulaire prêt pour une utilisation hors ligne : { $form }
       *[other] Formulaires prêts pour une utilisation hors ligne : { $form }
    }
update-ready = Une nouvelle version de Sauti est prête.
update-now = Mettre à jour
home-storage = Mémoire utilisée sur ce téléphone : { NUMBER($percent) } %
home-keep = Les fiches synchronisées restent { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur ce téléphone, puis sont effacées.
storage-warning = La mémoire de ce téléphone est pleine à { NUMBER($percent) } %. Synchronisez bientôt : les nouveaux entretiens s'arrêtent à 95 %.
storage-warning-free = La mémoire de ce téléphone est pleine à { NUMBER($percent) } %. Libérez de l'espace sur le téléphone (photos, vidéos, autres applications) : les nouveaux entretiens s'arrêtent à 95 %.
err-storage-nearly-full = La mémoire de ce téléphone est pleine à { NUMBER($percent) } %. Synchronisez ou libérez de l'espace avant un nouvel entretien, pour qu'aucun entretien n'échoue à l'enregistrement.
err-storage-nearly-full-free = La mémoire de ce téléphone est pleine à { NUMBER($percent) } % et rien n'attend d'être envoyé : synchroniser n'aiderait pas. Libérez de l'espace sur le téléphone (photos, vidéos, autres applications) avant un nouvel entretien.
sync-busy = Synchronisation…
sync-done = Synchronisation terminée : { $accepted ->
        [one] { NUMBER($accepted) } envoyée
       *[other] { NUMBER($accepted) } envoyées
    }, { NUMBER($duplicates) } déjà sur le serveur, { $rejected ->
        [one] { NUMBER($rejected) } refusée.
       *[other] { NUMBER($rejected) } refusées.
    }
sync-nothing = Rien à synchroniser.
sync-new-form = Une nouvelle version du formulaire est prête pour une utilisation hors ligne : { $form }.
sync-forms-changed = Les formulaires de ce téléphone sont maintenant : { $forms }.
sync-edited = { $n ->
        [one] { $n } d'entre elles avait été corrigée par un responsable des données sur le serveur ; la correction est conservée.
       *[other] { $n } d'entre elles avaient été corrigées par un responsable des données sur le serveur ; les corrections sont conservées.
    }
record-edited = Corrigée par un responsable des données sur le serveur ; la correction est conservée.
record-recheck = Renvoyer pour vérification
record-sent-back = Renvoyée par un contrôleur : { $comment }
sync-progress = Envoi de { NUMBER($done) } sur { NUMBER($total) }…
sync-retry = Nouvel essai dans { $seconds } s ; vos fiches sont en sécurité sur le téléphone.
sync-offline-wait = Ce téléphone est hors ligne. Vos fiches sont en sécurité sur le téléphone ; elles partiront au retour de la connexion.
home-auto-send = Envoyer automatiquement dès qu’il y a du réseau
err-device-revoked = Ce téléphone n'est plus autorisé à synchroniser : son accès a été révoqué ou a expiré. Vos fiches restent sur le téléphone. Demandez à votre superviseur de le configurer à nouveau.
err-batch-malformed = Le serveur n'a pas pu lire les fiches envoyées. Rien n'a été perdu.
err-bad-request = Cette demande n'a pas pu être traitée telle quelle. Vérifiez ce que vous avez saisi et réessayez.
err-form-unknown = Le serveur ne connaît pas cette version du formulaire. Rien n'a été perdu.
err-form-not-assigned = Ce formulaire n'a jamais été attribué à ce téléphone : le serveur n'a donc pas enregistré la fiche. Elle reste sur le téléphone : demandez à votre superviseur de vous attribuer le formulaire, puis synchronisez à nouveau.
err-too-large = Trop de données envoyées en une fois. Rien n'a été perdu.
err-unauthorized = Connectez-vous d'abord.
err-forbidden = Vous n'êtes pas autorisé à faire cela.
err-not-found = Introuvable.
err-conflict = Quelqu'un a modifié cette fiche entre-temps. Rechargez-la et réessayez.
err-internal = Le serveur a rencontré un problème. Rien n'a été perdu ; réessayez plus tard.
err-refusal-with-answers = Un refus a été envoyé avec des réponses ; il n'a pas été enregistré.
err-receipt-reused = Une autre fiche a déjà ce code de reçu.
err-record-too-large = Trop volumineuse pour être envoyée : ses photos et enregistrements dépassent ce que le serveur accepte. Elle reste sur ce téléphone ; prévenez votre superviseur.

## Errors from storage and the vault
err-tampered = La fiche { $id } ne peut pas être ouverte : elle a été modifiée ou endommagée. Vos autres fiches sont en sécurité.
err-malformed-storage = Les données enregistrées pour { $id } sont dans un format que cette application ne comprend pas.
err-weak-vault = Les paramètres enregistrés du coffre sont plus faibles que ce qui est autorisé.
err-no-random = Ce navigateur ne peut pas produire de nombres aléatoires sécurisés.
err-storage-full = La mémoire du téléphone est pleine. Rien n'a été perdu : libérez de l'espace sur le téléphone (photos, vidéos, autres applications), puis enregistrez à nouveau.
err-storage-write = Le téléphone n'a pas pu écrire dans sa mémoire ({ $reason }). Ceci n'a pas été enregistré : réessayez.
err-invalid-answers = Ces réponses ne respectent pas les règles du formulaire ; voyez chaque champ.
err-invalid-policy = La politique ne peut pas être utilisée ; chaque problème est indiqué avec son emplacement.
err-form-expression = Le formulaire contient une expression illisible.
err-form-definition = La définition du formulaire n'est pas valide.
err-form-files-missing = Le formulaire lit des fichiers qui ne sont pas encore joints : joignez-les, puis publiez-le.

## Consent
consent-title = Consentement
consent-language = Langue de la personne interrogée
consent-read = Lisez ceci à la personne interrogée :
consent-controller = Organisation responsable : { $controller }
consent-purposes = La personne interrogée accepte :
consent-method = Comment le consentement est donné
consent-method-signature = Signature sur l'écran
consent-method-verbal = Consentement oral devant un témoin
consent-method-mark = Une marque (une croix ou le pouce) devant un témoin
consent-method-guardian = Un mineur : son assentiment et le consentement d'un parent ou tuteur
consent-method-proxy = Une personne consent pour quelqu'un qui ne le peut pas
consent-minimum-age = Pour les personnes de moins de { $age } ans.
consent-guardian = Nom du parent ou du tuteur
consent-proxy = Nom de la personne qui consent en son nom
consent-relationship = Lien avec la personne interrogée
consent-assent = L'enfant accepte de participer
consent-reason = Pourquoi la personne ne peut pas consentir elle-même
consent-missing-representative = Écrivez le nom de la personne qui consent et son lien.
consent-missing-assent = Demandez à l'enfant s'il accepte, et cochez seulement s'il accepte.
consent-missing-reason = Écrivez pourquoi la personne ne peut pas consentir elle-même.
consent-required-purpose = Cette utilisation est nécessaire pour participer. Sans elle, enregistrez un refus.
consent-signature-pad = Zone de signature : la personne interrogée signe ici
consent-signature-clear = Effacer la signature
consent-kept-for = Conservées { $days ->
        [one] { $days } jour.
       *[other] { $days } jours.
    }
consent-shared-for = Peuvent être partagées avec { $who }.
consent-witness = Nom du témoin
consent-access = Quatre chiffres choisis par la personne (facultatif)
consent-access-hint = Un code ou son année de naissance. Avec le code de reçu, ils permettent de consulter ou de retirer son consentement plus tard.
consent-bad-access = Écrivez exactement quatre chiffres, ou laissez vide.
consent-understanding = Vérifiez que la personne a compris : posez chaque question.
consent-yes = Oui
consent-no = Non
consent-explain-again = Pas tout à fait. Expliquez ceci de nouveau, puis reposez la question :
consent-not-understood = Posez chaque question de compréhension jusqu'à ce que chaque réponse soit juste.
consent-listen = Faites écouter l'enregistrement de ce texte à la personne :
consent-give = Consentement donné : commencer
consent-refuse = La personne interrogée refuse
err-consent-no-purpose = Choisissez au moins une finalité, ou enregistrez un refus.
err-consent-no-signature = Demandez d'abord à la personne interrogée de signer.
err-consent-no-witness = Écrivez le nom du témoin.
consent-unknown-template = Le modèle de consentement est inconnu du serveur.
consent-text-mismatch = Le texte de consentement affiché ne correspond pas au modèle.
consent-no-purpose = Aucune finalité n'a été acceptée.
consent-unknown-purpose = Une finalité est inconnue du serveur.
consent-missing-witness = Le nom du témoin manque.
consent-missing-signature = La signature manque.

## Interview
interview-next = Suivant
interview-back = Retour
interview-save = Enregistrer
interview-save-draft = Enregistrer le brouillon et quitter
interview-draft-saved = Brouillon enregistré sur ce téléphone.
geo-locate = Enregistrer la position
geo-map = Voir sur une carte
geo-busy = Recherche de la position…
geo-done = Position enregistrée (précision d'environ { $accuracy } m).
geo-failed = La position est introuvable. Vérifiez que la localisation est activée et autorisée pour cette page, ou saisissez-la.
geo-add-location = Ajouter ma position
geo-add-point = Ajouter ce point
geo-latitude = Latitude
geo-longitude = Longitude
geo-remove-point = Retirer le point { NUMBER($n) }
geo-no-points = Aucun point pour l’instant. Placez-vous à chaque point et ajoutez votre position, ou saisissez-la.
geo-points-summary = { $count ->
        [one] 1 point
       *[other] { $count } points
    } · longueur { $length } m
geo-area = surface { $area } m² ({ $hectares } ha)
interview-required = obligatoire
interview-add-member = Ajouter : { $label }
interview-remove-member = Retirer { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = Choisir…
choices-search = Tapez pour chercher
choices-count = { $count } choix : tapez quelques lettres de celui que vous cherchez.
choices-found = { $count ->
        [one] { NUMBER($count) } trouvé
       *[other] { NUMBER($count) } trouvés
    }
choices-more = Les { NUMBER($shown) } premiers sur { NUMBER($count) } trouvés : tapez plus de lettres.
choices-none = Rien trouvé : vérifiez l'orthographe, ou essayez le début du nom.
choices-empty = Aucun choix pour l’instant : ils dépendent d’une réponse précédente.
choices-none-listed = La liste n'a aucun choix pour les réponses précédentes. Vérifiez-les ou prévenez votre superviseur.
date-day = Jour
date-month = Mois
date-year = Année
date-no-such-day = Ce jour n'existe pas dans ce calendrier.
date-gregorian = Enregistré comme { $date } (calendrier grégorien).
date-called = Dans ce calendrier, ce jour s'écrit { $date }.
date-waxing = lune croissante, jour { $day }
date-full-moon = pleine lune
date-waning = lune décroissante, jour { $day }
date-new-moon = nouvelle lune
prompt-listen = Écouter la question
prompt-watch = Regarder la vidéo de la question
interview-guidance = Comment poser la question
interview-page = Page { NUMBER($n) } sur { NUMBER($total) }
interview-has-errors = Certaines réponses sont à vérifier.
overview-open = Sections
overview-title = Sections
overview-close = Retour aux questions
overview-answered = { NUMBER($answered) } sur { NUMBER($required) } réponses obligatoires données
overview-nothing-required = Rien d'obligatoire
overview-problems = { $count ->
        [one] { $count } réponse à corriger
       *[other] { $count } réponses à corriger
    }
overview-part = { $title } ({ NUMBER($n) } sur { NUMBER($total) })
overview-untitled = Page { NUMBER($n) }
field-required = Cette réponse est obligatoire.
field-constraint = Cette réponse n'est pas autorisée.
field-not-integer = Saisissez un nombre entier.
field-not-number = Saisissez un nombre.
field-not-date = Saisissez une date.
field-not-time = Saisissez une heure.
field-not-geopoint = Saisissez une position : latitude et longitude, par ex. -1.29 36.82.
field-not-geotrace = Une ligne demande au moins 2 points, chacun une latitude et une longitude.
field-not-geoshape = Une surface demande au moins 3 points, chacun une latitude et une longitude.
capture-kept = Gardé sur ce téléphone, verrouillé avec la fiche : { $size } Ko.
capture-reading = Lecture du fichier…
capture-unreadable = Ce fichier n'a pas pu être lu. Réessayez, ou choisissez un autre fichier.
capture-remove = Retirer le fichier
field-unknown-choice = Choisissez l'une des options.
field-unknown = Cette réponse n'appartient pas au formulaire.
field-not-relevant = Cette réponse ne doit pas être donnée ici.
field-calculation = Une valeur calculée n'est plus à jour.
field-wrong-shape = Cette réponse n'a pas la bonne forme.
field-wrong-attachment = Ce fichier n'est pas du type demandé par la question.
field-attachment-too-large = Ce fichier est trop lourd pour le téléphone : 1,5 Mo au plus.
field-off-the-scale = Choisissez une valeur sur l'échelle affichée.
field-not-ranked = Classez chaque choix, une seule fois.
range-unset = Pas encore répondu
range-less = Moins
range-more = Plus
rating-star = { NUMBER($n) } sur { NUMBER($max) }
rank-up = Monter
rank-down = Descendre
rank-keep = Garder cet ordre

## Receipt
receipt-title = Reçu
withdrawal-title = Enregistrer un retrait
withdrawal-receipt = Code de reçu de la personne qui se retire
withdrawal-hint = Tout ce qu'elle avait accepté est retiré et ses réponses supprimées à la prochaine synchronisation. Pour ne retirer que certaines utilisations, elle peut utiliser la page de consultation.
withdrawal-submit = Tout retirer
withdrawal-recorded = Retrait enregistré : il partira à la prochaine synchronisation.
withdrawal-bad-code = Ce code de reçu contient une faute de frappe : vérifiez-le avec la personne.
withdrawal-access = Les quatre chiffres de la personne, si elle en a choisi
withdrawal-access-hint = Nécessaires quand un autre enquêteur a recueilli son consentement et qu'elle a alors choisi quatre chiffres : sans eux, le retrait est refusé. Inutiles pour un consentement que vous avez recueilli vous-même.
withdrawal-bad-digits = Il faut les quatre chiffres que la personne a choisis lors du consentement. Vérifiez-les avec elle, ou laissez la case vide.
withdrawal-refused = Le retrait pour { $code } a été refusé : les quatre chiffres de la personne manquaient ou étaient faux. Demandez-lui ses chiffres et enregistrez le retrait à nouveau, ou orientez-la vers la page de consultation ou le point focal du projet.
withdrawal-refused-dismiss = Compris
sync-withdrawals-refused = Retraits refusés : { NUMBER($n) }. Voir pourquoi sur cet écran.
receipt-intro = Donnez ce code à la personne interrogée. Avec lui, elle pourra plus tard consulter, limiter ou retirer son consentement.
receipt-qr = QR code du reçu : il ouvre la page de consultation avec le code déjà saisi
receipt-where = Pour consulter ou retirer ce consentement plus tard : { $page }, avec le code et les quatre chiffres choisis.
receipt-print = Imprimer un reçu
receipt-refused = Le refus a été enregistré. Aucune réponse n'a été conservée.
receipt-saved = Enregistré et chiffré sur ce téléphone.
receipt-done = Retour aux entretiens

## Data steward
steward-title = Soumissions
admin-upload-title = Formulaires
admin-upload-intro = Téléversez un questionnaire XLSForm (.xlsx ou .xls, comme pour ODK ou KoboToolbox) ou un formulaire Sauti (.json). Il devient la nouvelle version du formulaire du projet ; les téléphones la reçoivent à leur prochaine synchronisation.
admin-upload-label = Fichier du questionnaire
admin-upload-done = Importé « { $form } » ({ $id }, version { $version }) : { $questions ->
        [one] { $questions } question.
       *[other] { $questions } questions.
    }
steward-sign-in = Se connecter
steward-username = Nom d'utilisateur
steward-password = Mot de passe
steward-sign-out = Se déconnecter
steward-approve = Approuver
steward-reject = Rejeter
steward-empty = Aucune soumission pour l'instant.
steward-state-received = Reçue
steward-state-approved = Approuvée
steward-state-rejected = Rejetée
steward-state-has_issues = Renvoyé
steward-state-edited = Corrigé
review-send-back = Renvoyer
review-send-back-title = Renvoyer la fiche { $receipt } à son enquêteur
review-send-back-label = Que doit vérifier l'enquêteur ?
review-cancel = Annuler
review-correct = Corriger des réponses
review-correct-reason = Pourquoi vous les corrigez (gardé dans l'historique de la fiche)
review-correct-save = Enregistrer la correction
review-correct-nothing = Rien n'a été modifié.
review-correct-why = Dites pourquoi vous corrigez ces réponses.
review-correct-problems = Certaines réponses ne respectent pas les règles du formulaire : voyez chacune.
review-correct-conflict = Cette fiche a changé depuis que vous l'avez ouverte (un collègue l'a corrigée, ou des réponses ont été effacées après un retrait). Elle est affichée à nouveau telle qu'elle est : relisez-la avant de corriger à nouveau.
exports-title = Exports
exports-intro = Chaque export ne laisse sortir que ce que la politique du projet permet : les fiches approuvées dont les répondants ont accepté sa finalité.
exports-form = Formulaire à exporter (toutes ses versions publiées)
exports-k = Les fiches qui se distingueraient (moins de { $k } semblables) sont retenues.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Avis de retrait : qui doit supprimer quoi (CSV)
exports-xlsx = Excel (toutes les tables)
exports-table = Table « { $table } » (CSV)
steward-refused = Consentement refusé
steward-purposes = Finalités : { $purposes }
steward-explained-again = Réexpliqué avant le consentement : { $points }
steward-col-receipt = Reçu
steward-col-received = Reçue le
steward-col-area = Zone
steward-col-state = Statut
steward-col-actions = Actions
err-session = Votre session a expiré. Reconnectez-vous.
community-title = Votre consentement
community-intro = Saisissez le code de reçu qui vous a été remis et les quatre chiffres choisis lors de votre consentement. Vous verrez ce que vous avez accepté et qui a reçu vos réponses, et vous pourrez retirer votre consentement.
community-receipt = Code de reçu
community-receipt-hint = Par exemple 7K3M-9QPA-X2RT-5. Majuscules ou minuscules, avec ou sans tirets.
community-access = Vos quatre chiffres
community-access-hint = Le code ou l'année de naissance que vous avez choisi.
community-look-up = Voir mon consentement
community-not-found = Aucun consentement ne correspond à ce code et à ces chiffres. Vérifiez-les et réessayez. Si vous avez retiré votre consentement, plus rien n'est conservé, pas même vos chiffres.
community-wait = Trop de tentatives. Patientez quelques minutes, puis réessayez.
err-code-locked = Ce code de reçu est bloqué après trop de chiffres erronés, pour protéger la personne à qui il appartient. Elle peut toujours consulter ou retirer son consentement auprès d'un enquêteur ou du point focal du projet.
community-your-consent = Ce que vous avez accepté
community-given = Le { $date }, { $enumerator } a recueilli votre consentement pour { $controller }.
community-played = Le texte du consentement vous a été lu à partir d'un enregistrement dans votre langue.
community-refused = Le { $date }, vous avez refusé. Rien de ce que vous avez dit n'a été gardé.
community-withdrawn = Vous avez retiré votre consentement le { $date }. Vos réponses ont été supprimées.
community-deleted = Vos réponses ont été supprimées le { $date }, à la fin de leur durée de conservation.
community-purposes = À quoi servent vos réponses
community-purpose-active = En cours
community-purpose-withdrawn = Retiré le { $date }
community-not-accepted = Vous n'avez pas accepté : { $purposes }.
community-held = Quels types d'informations sont conservés
community-sensitive = Certaines sont sensibles : { $categories }.
community-shared = Qui a reçu vos réponses
community-not-shared = Personne en dehors de l'équipe du projet ne les a reçues.
community-shared-with = { $recipient }, le { $date }
community-contact = Questions : { $controller }, { $contact }.
community-withdraw-chosen = Retirer les utilisations cochées
community-withdraw-all = Tout retirer
community-withdraw-all-confirm = Oui, supprimer toutes mes réponses maintenant
community-receipt-json = Enregistrer ce reçu de consentement (JSON)
community-kept-for = Conservées { $days ->
        [one] { $days } jour.
       *[other] { $days } jours.
    }
community-shared-for = Peuvent être partagées avec { $who }.

## Dead ends and the consent screen (issue 21)

consent-cancel = Annuler
err-consent-no-method = Choisissez comment le consentement est donné.
consent-access-skip = Sans les quatre chiffres, la personne ne pourra pas utiliser la page communautaire : seul le point focal du projet pourra lui montrer son consentement ou le retirer.
consent-untranslated = Le texte du consentement n'a pas de traduction en : { $languages }. Lisez-le dans une langue que la personne comprend bien, et demandez au responsable des données du projet d'ajouter la traduction.
consent-signature-label = La personne signe, ou fait une marque, avec le doigt dans le cadre ci-dessous.
receipt-no-digits = Aucun code à quatre chiffres n'a été choisi : la page communautaire ne peut donc pas ouvrir ce consentement. Pour le consulter ou le retirer, la personne s'adresse au point focal du projet ou à un enquêteur, avec ce code.
home-discard = Supprimer
home-discard-confirm = Supprimer le brouillon « { $name } » ? Ses réponses et le consentement qui y est enregistré seront effacés de ce téléphone. Cette action est définitive.
home-discard-yes = Supprimer le brouillon
home-discard-no = Le garder
home-draft-discarded = Le brouillon a été effacé de ce téléphone.
home-form-waiting = Une nouvelle version du formulaire attend. Un brouillon se termine sur la version avec laquelle il a commencé : terminez ou supprimez chaque brouillon ci-dessous, et la nouvelle version arrivera à la prochaine synchronisation.
sync-new-form-waits = Une nouvelle version du formulaire attend : terminez ou supprimez les brouillons pour l'utiliser.
home-withdrawals-pending = Retraits en attente d'envoi
sync-withdrawals-done = { $n ->
        [one] { $n } retrait effectué.
       *[other] { $n } retraits effectués.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = Ce qui a été recueilli
dashboard-by-area = Entretiens par zone
dashboard-by-month = Entretiens par zone et par mois
dashboard-area = Zone
dashboard-total = Total
dashboard-earlier = Avant
dashboard-other-areas = Autres zones
dashboard-indicators = Ce que vous nous avez dit
dashboard-all-areas = Toutes les zones
dashboard-share = { $share } ({ NUMBER($n) } sur { NUMBER($total) })
dashboard-actions = Ce que nous avons fait
dashboard-no-actions = Rien de publié pour l'instant.
dashboard-counted = Comptés : entretiens validés dont les personnes ont accepté cet usage :
dashboard-privacy = Pour protéger chaque ménage, un chiffre n'est montré que s'il compte au moins { NUMBER($k) } entretiens ; — marque un chiffre masqué pour cette raison, ou pour qu'un petit chiffre ne puisse pas être déduit des autres. Un entretien retiré quitte ces chiffres à la mise à jour suivante.
dashboard-updated = Mis à jour
dashboard-feedback = Vos avis et plaintes
dashboard-feedback-kind = Type
dashboard-feedback-received = Reçus
dashboard-feedback-answered = Avec réponse
dashboard-feedback-median = Jours médians avant la réponse
dashboard-feedback-confidential = Signalements confidentiels (abus, fraude), tous ensemble
dashboard-feedback-how = Envoyez un avis, une question ou une plainte sur la page communautaire, anonymement si vous le souhaitez ; gardez le code de suivi reçu pour lire la réponse.
dashboard-action-about = Sujet : { $categories }
dashboard-action-answers = Retours auxquels elle répond : { NUMBER($n) }
dashboard-action-answers-few = En réponse à des retours (moins de { NUMBER($k) } messages)
dashboard-monitor-title = Observateur communautaire : { $project }
dashboard-monitor-intro = Uniquement des nombres et des dates : rien ici ne nomme une personne ni ne dit ce que quelqu'un a répondu. Un nombre inférieur à { NUMBER($k) } est masqué (—).
dashboard-monitor-dashboard = Le tableau de bord public
dashboard-monitor-actions = Actions publiées en réponse : { NUMBER($n) }
dashboard-monitor-exports = Qui a reçu des données
dashboard-monitor-date = Date
dashboard-monitor-export-to = Reçu par
dashboard-monitor-export-profile = Profil
dashboard-monitor-records = Fiches
dashboard-monitor-export-withheld = Retenues (k-anonymat)
dashboard-monitor-no-exports = Aucune donnée n'a été exportée.
dashboard-monitor-operator = Opérateur (ligne de commande)
dashboard-monitor-withdrawals = Consentement retiré
dashboard-monitor-month = Mois
dashboard-monitor-withdrawn-purpose = Un usage
dashboard-monitor-withdrawn-everything = Tout (réponses effacées)
dashboard-monitor-no-withdrawals = Personne n'a retiré son consentement.
dashboard-monitor-purges = Fiches supprimées
dashboard-monitor-reason = Pourquoi
dashboard-monitor-reason-retention = Conservées aussi longtemps que permis
dashboard-monitor-reason-withdrawn = Consentement retiré
dashboard-monitor-no-purges = Aucune fiche n'a été supprimée.
dashboard-monitor-feedback = Traitement des retours
dashboard-monitor-no-feedback = Aucun retour pour l'instant.
dashboard-monitor-acknowledged = Accusés de réception
dashboard-monitor-overdue = En retard actuellement
dashboard-monitor-days-acknowledge = Jours médians avant l'accusé de réception
dashboard-monitor-sign-in = Se connecter
dashboard-monitor-signed-out = Connectez-vous avec le compte d'observateur communautaire du projet pour lire cette page.

## Admin: forms, drafts and publishing
admin-forms-intro = Envoyez un questionnaire en XLSForm (.xlsx ou .xls, comme pour ODK ou KoboToolbox) ou en formulaire Sauti (.json). Il est gardé comme brouillon : vérifiez ses avertissements et son aperçu, puis publiez-le. Les téléphones ne reçoivent que les formulaires publiés.
admin-governance-title = Modèle de consentement et politique de données
admin-governance-intro = Le modèle de consentement est ce que les répondants entendent et acceptent ; la politique de données dit qui voit quoi et ce que chaque export laisse sortir. Téléversez chacun en fichier TOML : il est vérifié avec les formulaires du projet, et chaque problème est listé.
admin-template-file = Modèle de consentement (.toml)
admin-policy-file = Politique de données (.toml)
admin-template-installed = Modèle de consentement installé. Les téléphones le reçoivent à leur prochaine synchronisation.
admin-template-in-use = Des fiches ont été recueillies sous cette version du modèle, elle ne peut donc plus changer : augmentez son numéro de version.
admin-policy-installed = La version { $version } de la politique est en vigueur.
admin-policy-current = Politique en vigueur : version { $version }.
admin-policy-default = Aucune politique installée : celle par défaut s'applique, et aucun export ne laisse sortir une réponse qu'elle ne classe pas.
admin-forms-heading = Les formulaires du projet
admin-forms-none = Pas encore de formulaire.
admin-forms-live = Les téléphones reçoivent la version { $version }
admin-forms-not-live = Pas encore sur les téléphones
admin-version-state-draft = Brouillon
admin-version-state-waiting = Attend des fichiers
admin-version-state-published = Publiée
admin-version-line = questions : { $questions } · fiches : { $records } · { $when } · { $who }
admin-version-open = Ouvrir la version { $version }
admin-version-open-short = Ouvrir
admin-upload-waiting = Gardé jusqu'à ce que ces fichiers soient joints : { $files }
admin-draft-back = Tous les formulaires
admin-draft-title = { $form }, version { $version }
admin-draft-warnings = Ce que l'import a relevé
admin-draft-no-warnings = L'import n'a rien relevé à corriger.
admin-draft-place-sheet = feuille { $sheet }
admin-draft-place-row = ligne { $row }
admin-draft-place-column = colonne { $column }
admin-draft-missing = Fichiers qu'il lit et qui ne sont pas encore joints
admin-draft-attach = Joindre un fichier (son nom doit être celui de la liste)
admin-draft-attached = { $file } joint.
admin-draft-unclassified = Questions que la politique ne classe pas encore
admin-draft-unclassified-help = Aucun export ne laisse sortir leurs réponses tant que la politique (ou la colonne tags du formulaire) ne dit pas ce qu'elles sont. Classez-les avant de publier.
admin-draft-all-classified = La politique classe toutes les questions.
admin-draft-preview = Aperçu : le formulaire tel que les téléphones l'affichent
admin-draft-preview-language = Langue de l'aperçu
admin-draft-preview-note = Affiché en lecture seule. Les questions posées seulement après certaines réponses apparaissent sur le téléphone une fois ces réponses données.
admin-draft-publish = Publier
admin-draft-confirm-new = Les téléphones recevront « { $form } » version { $version } ({ $questions } questions) à leur prochaine synchronisation, pour les nouveaux entretiens.
admin-draft-confirm-replaces = Elle remplace la version { $old } ; les fiches de la version { $old } restent et sont toujours exportées.
admin-draft-confirm-unclassified = Questions non classées : { $n }. Leurs réponses ne sortent dans aucun export tant qu'elles ne sont pas classées.
admin-draft-confirm-yes = Publier maintenant
admin-draft-cancel = Annuler
admin-draft-published = Publiée. Les téléphones reçoivent la version { $version } à leur prochaine synchronisation.
admin-draft-delete = Supprimer ce brouillon
admin-draft-delete-confirm = Supprimer ce brouillon ? Rien n'a été collecté avec ; l'envoi disparaît définitivement.
admin-draft-cannot-publish = Joignez d'abord les fichiers manquants : il pourra alors être publié.

## Projects, teams and accounts (issue 20)
admin-role-admin = Administrateur
admin-role-steward = Responsable des données
admin-role-reviewer = Vérificateur
admin-role-enumerator = Enquêteur
admin-role-partner = Partenaire
admin-role-monitor = Observateur communautaire
admin-project-current = { $project } · votre rôle : { $role }
admin-project-switch = Changer de projet
admin-projects-archived = archivé
admin-project-archived-note = Ce projet est archivé : il ne reçoit plus de fiches, de nouveaux téléphones ni de nouveaux formulaires. Ses données sont conservées et les responsables peuvent toujours les exporter.
admin-password-title = Changer mon mot de passe
admin-password-current = Mot de passe actuel
admin-password-new = Nouveau mot de passe
admin-password-new-hint = Au moins 12 caractères, pas votre nom d'utilisateur, pas un mot de passe courant. Quelques mots font un bon mot de passe.
admin-password-repeat = Nouveau mot de passe, encore
admin-password-mismatch = Les deux nouveaux mots de passe ne sont pas identiques.
admin-password-changed = Mot de passe changé. Vos autres sessions sont fermées.
admin-password-submit = Changer le mot de passe
admin-projects-title = Projets
admin-projects-intro = Chaque projet a ses formulaires, son modèle de consentement, sa politique, son équipe et ses exports. L'administrateur de n'importe quel projet peut en créer un nouveau et en devient l'administrateur.
admin-project-name = Nom du projet
admin-project-rename = Renommer
admin-project-renamed = Renommé.
admin-project-archive = Archiver ce projet
admin-project-restore = Restaurer ce projet
admin-project-archive-confirm = Archiver { $project } ? Les téléphones ne pourront plus envoyer de fiches ni être configurés pour ce projet. Ses données sont conservées, les responsables peuvent toujours les exporter, et vous pourrez le restaurer plus tard.
admin-project-restore-confirm = Restaurer { $project } ? Les téléphones pourront de nouveau envoyer des fiches et être configurés pour ce projet.
admin-project-new = Nouveau projet
admin-project-id = Identifiant du projet
admin-project-id-hint = 3 à 40 lettres minuscules, chiffres ou -. Il ne pourra plus être changé.
admin-project-create = Créer le projet
admin-project-created = Projet { $project } créé. Vous en êtes l'administrateur : passez-y ci-dessus pour ajouter ses formulaires et son équipe.
admin-confirm = Oui, le faire
admin-cancel = Annuler
admin-done = Fait.
admin-team-title = Équipe
admin-team-intro = Qui travaille dans { $project }, avec son rôle ici. Une personne peut avoir un autre rôle dans un autre projet.
admin-team-you = (vous)
admin-team-disabled = désactivé
admin-team-role-of = Rôle de { $username }
admin-team-role-changed = { $username } est maintenant { $role }.
admin-team-reset = Réinitialiser le mot de passe
admin-team-reset-confirm = Donner un nouveau mot de passe à { $username } ? Son mot de passe actuel ne fonctionnera plus et toutes ses sessions seront fermées.
admin-team-disable = Désactiver le compte
admin-team-disable-confirm = Désactiver { $username } ? Cette personne ne pourra plus se connecter, ses sessions se ferment maintenant et ses téléphones ne se synchronisent plus tant que le compte n'est pas réactivé.
admin-team-enable = Réactiver le compte
admin-team-enable-confirm = Réactiver { $username } ? Cette personne pourra se connecter et ses téléphones se synchroniser de nouveau.
admin-team-sessions = Déconnecter partout
admin-team-sessions-confirm = Fermer toutes les sessions de { $username } ? Il faudra se reconnecter.
admin-team-sessions-ended = Sessions fermées : { $n }.
admin-team-remove = Retirer du projet
admin-team-remove-confirm = Retirer { $username } de { $project } ? Ses sessions ici se ferment et ses téléphones ici sont révoqués. Le compte, et ce qui a été collecté, restent.
admin-team-removed = { $username } retiré.
admin-team-password-once = Mot de passe de { $username }, affiché cette seule fois. Remettez-le en personne ; il pourra être changé après la connexion :
admin-team-add = Ajouter un membre
admin-team-username = Nom d'utilisateur
admin-team-username-hint = 3 à 40 lettres minuscules, chiffres, . _ ou -
admin-team-role = Rôle
admin-team-existing = Cette personne a déjà un compte (dans un autre projet)
admin-team-add-submit = Ajouter le membre
admin-team-added = { $username } ajouté comme { $role }.
admin-assign-title = Qui remplit quel formulaire
admin-assign-intro = Un enquêteur remplit tous les formulaires publiés tant que vous n’en décochez aucun pour lui ; son téléphone ne reçoit alors que les formulaires cochés à la prochaine synchronisation. Les fiches déjà enregistrées sur un téléphone restent acceptées.
admin-assign-last = Chaque enquêteur remplit au moins un formulaire : pour arrêter la collecte d’une personne, retirez-la de l’équipe.
admin-assign-saved = { $username } remplit désormais : { $forms }.
admin-assign-every = tous les formulaires, y compris ceux publiés plus tard
admin-assign-no-forms = Aucun formulaire n’est encore publié.
admin-assign-no-enumerators = Pas encore d’enquêteur dans ce projet : ajoutez-les à l’équipe.
admin-devices-title = Téléphones
admin-device-line = { $label } · configuré le { $created } · dernière synchronisation : { $synced }
admin-device-never = jamais
admin-device-revoked = révoqué le { $at }
admin-device-revoke = Révoquer le téléphone
admin-device-revoke-confirm = Révoquer le téléphone « { $label } » de { $username } ? Il cesse aussitôt de se synchroniser ; les fiches pas encore envoyées restent dessus.
err-password-short = Un mot de passe doit avoir au moins 12 caractères. Quelques mots font un bon mot de passe.
err-password-long = Un mot de passe peut avoir au plus 256 caractères.
err-password-username = Un mot de passe ne doit pas contenir le nom d'utilisateur.
err-password-common = Ce mot de passe fait partie des premiers qu'essaierait quiconque cherche à deviner. Choisissez-en un autre.
err-project-archived = Ce projet est archivé : il ne reçoit plus de fiches, de nouveaux téléphones ni de nouveaux formulaires. Ses données sont conservées et les responsables peuvent toujours les exporter.
err-last-admin = Un projet garde au moins un administrateur. Nommez d'abord quelqu'un d'autre administrateur.
err-account-shared = Ce compte travaille aussi dans des projets que vous n'administrez pas. Retirez-le plutôt de ce projet, ou demandez à leurs administrateurs.
# The review desk (issue 20)
review-states = États de la revue
review-tab-to_review = À examiner
review-tab-has_issues = Renvoyées
review-tab-approved = Approuvées
review-tab-rejected = Rejetées
review-tab-all = Toutes
review-count = Fiches trouvées : { $count }
review-select = Sélectionner { $name }
review-bulk-approve = Approuver la sélection ({ $count })
review-clear-selection = Vider la sélection
review-bulk-confirm = Approuver les { $count } fiches sélectionnées ? Elles quittent « À examiner » et peuvent être exportées.
review-confirm = Confirmer
review-more = Afficher plus
review-keys = Au clavier : j ouvre la fiche suivante, k la précédente.
review-undo = Annuler la décision
review-done-approve = Approuvée.
review-done-reject = Rejetée.
review-done-has_issues = Renvoyée à l'enquêteur.
review-done-reopen = De nouveau à examiner.
review-done-bulk = Approuvées : { $count } fiches.
review-search = Rechercher
review-search-hint = Code de reçu, nom ou enquêteur
review-search-go = Rechercher
review-filters = Plus de filtres
review-filter-enumerator = Enquêteur
review-filter-area = Zone
review-filter-form = Version du formulaire
review-filter-any = Toutes
review-filter-from = Reçues à partir du
review-filter-to = Reçues jusqu'au
review-filter-clear = Effacer les filtres
review-back = Retour à la liste
review-enumerator = Enquêteur : { $name }
review-answers = Réponses
review-language = Langue des réponses
review-language-unnamed = Langue du formulaire (sans nom)
review-no-answers = Aucune réponse : la personne a refusé.
review-withheld = Masqué par la politique de données : { $questions }
review-file = Télécharger
review-pseudonym = (pseudonyme)
review-action-approve = Approuver
review-action-has_issues = Renvoyer
review-action-reject = Rejeter
review-action-reopen = Remettre à examiner
review-confirm-approve = Approuver cette fiche ? Elle pourra alors être exportée.
review-confirm-has_issues = Renvoyer cette fiche à son enquêteur ? Dites ce qu'il faut vérifier.
review-confirm-reject = Rejeter cette fiche ? Elle ne sera jamais exportée.
review-confirm-reopen = Remettre cette fiche à examiner ?
review-comment-needed = Dites ce que l'enquêteur doit vérifier.
review-consent = Consentement
review-consent-refused = La personne a refusé.
review-consent-method = Donné par : { $method }
review-method-signature = signature
review-method-verbal = oral, devant un témoin
review-method-mark = une marque, devant un témoin
review-method-guardian = un parent ou tuteur
review-method-proxy = un représentant
review-purpose-active = accepté
review-purpose-withdrawn = accepté, retiré depuis
review-purpose-declined = non accepté
review-proof-witness = Témoin
review-proof-guardian = Tuteur
review-proof-proxy = Représentant
review-proof-relationship = Lien
review-proof-reason = Motif
review-proof-assent = Assentiment du mineur
review-signature = Signature ou marque de la personne
review-proof-withheld = Une partie de la preuve est masquée par la politique de données.
review-history = Historique
review-edited = Corrigée par { $by } : { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Un avis, une question ou une plainte
community-feedback-intro = Tout le monde peut écrire au projet. Vous n'avez pas besoin de donner votre nom.
community-feedback-project = Projet
community-feedback-category = De quoi s'agit-il ?
community-feedback-confidential = Confidentiel : seul le point focal désigné par le projet le lit.
community-feedback-message = Votre message
community-feedback-message-hint = Écrivez dans votre langue. N'écrivez pas le nom d'autres personnes sauf si c'est nécessaire.
community-voice-record = Enregistrer un message vocal au lieu d'écrire
community-voice-again = Enregistrer de nouveau
community-voice-recording = Enregistrement… parlez maintenant (deux minutes au plus).
community-voice-stop = Arrêter
community-voice-failed = Le message vocal n'a pas pu être enregistré ou envoyé. Vous pouvez écrire votre avis à la place.
community-feedback-contact = Comment vous joindre (facultatif)
community-feedback-contact-hint = Un numéro de téléphone ou une adresse, seulement si vous voulez une réponse. Laissez vide pour rester anonyme.
community-feedback-send = Envoyer
community-feedback-filed = Envoyé. Votre code de suivi :
community-feedback-keep = { $days ->
        [one] Gardez ce code. Le projet accuse réception sous { NUMBER($days) } jour ; utilisez le code ci-dessous pour lire la réponse.
       *[other] Gardez ce code. Le projet accuse réception sous { NUMBER($days) } jours ; utilisez le code ci-dessous pour lire la réponse.
    }
community-feedback-follow-title = Suivre votre message
community-feedback-tracking = Code de suivi
community-feedback-follow = Voir la réponse
community-feedback-answer = La réponse
community-feedback-not-found = Aucun message n'a ce code. Vérifiez le code et réessayez.
community-feedback-incomplete = Choisissez le sujet et écrivez un message.
community-feedback-choose = Choisissez le sujet.
community-feedback-status-received = Reçu, pas encore examiné
community-feedback-status-acknowledged = Reçu et en cours d'examen
community-feedback-status-answered = Répondu
community-feedback-status-referred = Transmis à une autre organisation qui peut aider
community-feedback-status-closed = Clôturé
steward-feedback-title = Avis et plaintes
steward-feedback-counts = Ouverts : { NUMBER($open) } · En retard : { NUMBER($overdue) }
steward-feedback-confidential = Confidentiel
steward-feedback-overdue = En retard
steward-feedback-from-web = Depuis la page communautaire, en { $lang }
steward-feedback-from-phone = Recueilli par un enquêteur, en { $lang }
steward-feedback-contact = Contact : { $contact }
steward-feedback-anonymous = Anonyme
steward-feedback-resolution = Résolution : { $resolution }
steward-feedback-text = Réponse, orientation ou résolution
steward-feedback-acknowledge = Accuser réception
steward-feedback-answer = Envoyer la réponse
steward-feedback-refer = Orienter
steward-feedback-close = Clôturer
steward-feedback-voice = Message vocal :
steward-monitor-open = Ouvrir la page d'audit communautaire
steward-actions-title = Ce que nous avons fait : actions sur le tableau de bord public
steward-actions-intro = Dites à la communauté ce que le projet a fait de ses retours. Le tableau de bord montre le titre, le texte et le nombre de messages auxquels l'action répond, jamais les messages.
steward-actions-date = Fait le
steward-actions-language = Langue
steward-actions-heading = Titre
steward-actions-text = Ce qui a été fait
steward-actions-cases = Retours auxquels elle répond
steward-actions-publish = Publier sur le tableau de bord
steward-actions-published = Fait le { $date } · retours auxquels elle répond : { NUMBER($n) }
steward-actions-withdraw = Retirer du tableau de bord
steward-actions-none = Rien n'est encore publié.

## Feedback recorded on the phone (issue 23)
home-feedback-title = Recueillir un avis ou une plainte
home-feedback-intro = Pour une personne qui veut dire quelque chose au projet, anonymement sauf si elle laisse un contact. Envoyé à la prochaine synchronisation.
home-feedback-category = De quoi s'agit-il ?
home-feedback-message = Ce que la personne dit
home-feedback-contact = Comment la joindre (facultatif)
home-feedback-contact-hint = Seulement si elle veut une réponse.
home-feedback-save = Enregistrer
home-feedback-saved = Enregistré. Donnez ce code de suivi à la personne : avec lui, elle lit la réponse sur la page communautaire.
home-feedback-incomplete = Choisissez le sujet et écrivez ce que la personne dit.
home-feedback-waiting = Avis en attente d'envoi : { NUMBER($n) }
sync-feedback-sent = Avis envoyés : { NUMBER($n) }.
sync-feedback-refused = Avis refusés par le serveur (sujet plus proposé) : { NUMBER($n) }.

# Translation in the browser (issue 24): the translation page.
admin-role-translator = Traducteur
admin-translate-title = Traduction
admin-translate-intro = Traduisez un formulaire et son consentement côte à côte. Un traducteur enregistre et marque le travail comme relu ; un responsable des données ou un administrateur le publie, et les téléphones le reçoivent à leur prochaine synchronisation.
admin-translate-form = Formulaire
admin-translate-language = Traduire en
admin-translate-languages = Langues de ce formulaire
admin-translate-done = { $done } sur { $total }
admin-translate-reviewed-by = relu par { $who }
admin-translate-unpublished = enregistré, pas encore publié
admin-translate-export = Télécharger toutes les langues pour Excel (.xlsx)
admin-translate-import = Envoyer un classeur : ses colonnes { $lang } sont lues
admin-translate-table = Du { $source } vers le { $target }
admin-translate-status = Où en est cette traduction
admin-translate-status-none = pas commencée
admin-translate-status-published = dans le formulaire, pas relue ici
admin-translate-status-machine = brouillon automatique
admin-translate-status-draft = brouillon d'une personne
admin-translate-status-reviewed = relue par un locuteur
admin-translate-save = Enregistrer la traduction
admin-translate-publish = Publier la traduction
admin-translate-saved = Enregistré. Un responsable des données ou un administrateur la publie.
admin-translate-published = Publié : version { $version } du formulaire, version { $template } du consentement. Les téléphones la reçoivent à leur prochaine synchronisation.
admin-translate-publish-incomplete = Le consentement n'est pas encore traduit en entier : remplissez chaque case vide du consentement et de ses finalités, puis publiez.
admin-translate-imported = Lu dans le classeur : { $imported } textes enregistrés, { $skipped } lignes ignorées (absentes du formulaire).
admin-translate-who-publishes = Un responsable des données ou un administrateur publie les traductions.
admin-translate-interface = Langues de l'interface
admin-translate-interface-language = Langue
admin-translate-interface-complete = Messages
admin-translate-interface-review = Relecture
admin-translate-unreviewed = Pas encore relues par un locuteur

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = Cette langue n'a pas d'enregistrement du texte de consentement.
consent-audio-first = Entretien audio d'abord : chaque consigne est lue à voix haute, une question par écran
prompt-listen-choice = Écouter cette réponse
admin-record-open = Enregistrer les consignes pour les personnes qui ne lisent pas
admin-record-title = Enregistrements pour les personnes qui ne lisent pas
admin-record-intro = Enregistrez le texte de consentement et chaque question et réponse dans la langue de la personne interrogée. Écoutez chaque enregistrement et recommencez jusqu'à ce qu'il soit juste.
admin-record-form = Formulaire
admin-record-language = Langue des enregistrements
admin-record-consent = Texte de consentement
admin-record-consent-note = L'enregistrement du texte de consentement entre aussitôt dans le modèle de consentement : les téléphones le reçoivent à leur prochaine synchronisation.
admin-record-consent-text = Le texte de consentement entier
admin-record-prompts = Questions et réponses
admin-record-start = Enregistrer
admin-record-again = Enregistrer à nouveau
admin-record-stop = Arrêter et garder
admin-record-on-air = Enregistrement : parlez maintenant, puis appuyez sur Arrêter.
admin-record-unsaved = Enregistrements pas encore dans un brouillon : { $count }
admin-record-save = Enregistrer comme nouveau brouillon
admin-record-back = Retour aux formulaires
admin-record-microphone-refused = Le navigateur n'a pas le droit d'utiliser le microphone : autorisez-le dans les réglages du site et réessayez.
admin-record-microphone-missing = Aucun microphone n'a pu être utilisé : branchez-en un et réessayez.
admin-record-unsupported = Ce navigateur ne peut pas enregistrer le son : utilisez un Chrome, Firefox ou Safari récent.
idle-warning = Ce téléphone n'a pas servi depuis un moment : il se verrouille dans une minute pour protéger les données.
idle-stay = Rester déverrouillé
review-consent-played = L'enregistrement du texte de consentement a été lu à la personne interrogée.

# The digits a project's interface writes numbers in (issue 24), on the admin's projects card.
admin-digits = Chiffres des nombres sur les téléphones
admin-digits-language = Les chiffres habituels de chaque langue
admin-digits-latin = Chiffres latins (0123456789) dans toutes les langues
admin-digits-native = Les chiffres propres à l'écriture (arabe ٠١٢٣, dari et pachto ۰۱۲۳, bengali ০১২৩)
admin-digits-hint = Nombres, pages et dates sur les téléphones de ce projet. Les téléphones appliquent un changement à leur prochaine synchronisation.
admin-digits-saved = Enregistré. Les téléphones écrivent les nombres ainsi dès leur prochaine synchronisation.
