# Textes de l'interface Sauti, français. Chaque id doit exister dans tous les fichiers de langue
# (les tests forms::i18n le vérifient). Phrases courtes : elles sont lues sur de petits écrans, en plein soleil.

app-title = Sauti
lang-label = Langue
nav-skip = Aller au contenu

## Setting up a phone
setup-title = Configurer ce téléphone
setup-intro = Connectez-vous une fois, avec une connexion internet. Tout ce que vous collectez est ensuite verrouillé sur ce téléphone avec une phrase secrète que vous seul connaissez.
setup-username = Nom d'utilisateur
setup-password = Mot de passe
setup-passphrase = Nouvelle phrase secrète
setup-passphrase-hint = Au moins 8 caractères. Elle ne peut pas être récupérée : si vous l'oubliez, les fiches pas encore synchronisées sont perdues.
setup-passphrase-confirm = Répétez la phrase secrète
setup-submit = Se connecter et verrouiller
setup-busy = Connexion…
err-passphrase-short = La phrase secrète doit avoir au moins 8 caractères.
err-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques.
err-sign-in = Nom d'utilisateur ou mot de passe incorrect.
err-too-many-attempts = Trop de mots de passe erronés. Patientez un peu, puis réessayez.
err-network = Pas de connexion au serveur. Vérifiez le réseau et réessayez. Rien n'a été perdu.
err-server = Le serveur n'a pas pu traiter la demande (erreur { $status }). Rien n'a été perdu.

## Unlocking
unlock-title = Déverrouiller
unlock-intro = Saisissez votre phrase secrète pour ouvrir vos fiches.
unlock-passphrase = Phrase secrète
unlock-submit = Déverrouiller
unlock-busy = Déverrouillage…
unlock-user = Ce téléphone est configuré pour { $user }.
unlock-wait = Trop d'essais incorrects. Réessayez dans { $seconds } secondes.
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
home-offline-ready = Formulaire prêt pour une utilisation hors ligne : { $form }
update-ready = Une nouvelle version de Sauti est prête.
update-now = Mettre à jour
home-storage = Mémoire utilisée sur ce téléphone : { $percent } %
home-keep = Les fiches synchronisées restent { $days } jours sur ce téléphone, puis sont effacées.
storage-warning = La mémoire de ce téléphone est pleine à { $percent } %. Synchronisez bientôt : les nouveaux entretiens s'arrêtent à 95 %.
err-storage-nearly-full = La mémoire de ce téléphone est pleine à { $percent } %. Synchronisez ou libérez de l'espace avant un nouvel entretien, pour qu'aucun entretien n'échoue à l'enregistrement.
sync-busy = Synchronisation…
sync-done = Synchronisation terminée : { $accepted } envoyés, { $duplicates } déjà sur le serveur, { $rejected } refusés.
sync-nothing = Rien à synchroniser.
sync-new-form = Une nouvelle version du formulaire est prête pour une utilisation hors ligne : { $form }.
sync-edited = { $n } d'entre elles avaient été corrigées par un responsable des données sur le serveur ; la correction est conservée.
record-edited = Corrigée par un responsable des données sur le serveur ; la correction est conservée.
record-sent-back = Renvoyée par un contrôleur : { $comment }
sync-progress = Envoi de { $done } sur { $total }…
sync-retry = Pas de connexion. Nouvel essai dans { $seconds } s ; vos fiches sont en sécurité sur le téléphone.
home-auto-send = Envoyer automatiquement dès qu’il y a du réseau
err-device-revoked = Ce téléphone n'est plus autorisé à synchroniser : son accès a été révoqué ou a expiré. Vos fiches restent sur le téléphone. Demandez à votre superviseur de le configurer à nouveau.
err-batch-malformed = Le serveur n'a pas pu lire les fiches envoyées. Rien n'a été perdu.
err-form-unknown = Le serveur ne connaît pas cette version du formulaire. Rien n'a été perdu.
err-too-large = Trop de données envoyées en une fois. Rien n'a été perdu.
err-unauthorized = Connectez-vous d'abord.
err-forbidden = Vous n'êtes pas autorisé à faire cela.
err-not-found = Introuvable.
err-conflict = Quelqu'un a modifié cette fiche entre-temps. Rechargez-la et réessayez.
err-internal = Le serveur a rencontré un problème. Rien n'a été perdu ; réessayez plus tard.
err-refusal-with-answers = Un refus a été envoyé avec des réponses ; il n'a pas été enregistré.
err-receipt-reused = Une autre fiche a déjà ce code de reçu.

## Errors from storage and the vault
err-tampered = La fiche { $id } ne peut pas être ouverte : elle a été modifiée ou endommagée. Vos autres fiches sont en sécurité.
err-malformed-storage = Les données enregistrées pour { $id } sont dans un format que cette application ne comprend pas.
err-weak-vault = Les paramètres enregistrés du coffre sont plus faibles que ce qui est autorisé.
err-no-random = Ce navigateur ne peut pas produire de nombres aléatoires sécurisés.
err-storage-full = La mémoire du téléphone est pleine. Rien n'a été perdu : synchronisez ou libérez de l'espace, puis enregistrez à nouveau.
err-invalid-answers = Ces réponses ne respectent pas les règles du formulaire ; voyez chaque champ.
err-invalid-policy = La politique ne peut pas être utilisée ; chaque problème est indiqué avec son emplacement.
err-form-expression = Le formulaire contient une expression illisible.
err-form-definition = La définition du formulaire n'est pas valide.

## Consent
consent-title = Consentement
consent-language = Langue de la personne interrogée
consent-read = Lisez ceci à la personne interrogée :
consent-controller = Organisation responsable : { $controller }
consent-purposes = La personne interrogée accepte :
consent-method = Comment le consentement est donné
consent-method-signature = Signature sur l'écran
consent-method-verbal = Consentement oral devant un témoin
consent-signature-pad = Zone de signature : la personne interrogée signe ici
consent-signature-clear = Effacer la signature
consent-witness = Nom du témoin
consent-access = Quatre chiffres choisis par la personne (facultatif)
consent-access-hint = Un code ou son année de naissance. Avec le code de reçu, ils permettent de consulter ou de retirer son consentement plus tard.
consent-bad-access = Écrivez exactement quatre chiffres, ou laissez vide.
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
geo-locate = Enregistrer la position
geo-busy = Recherche de la position…
geo-done = Position enregistrée (précision d'environ { $accuracy } m).
geo-failed = La position est introuvable. Vérifiez que la localisation est activée et autorisée pour cette page, ou saisissez-la.
interview-required = obligatoire
interview-add-member = Ajouter une personne
interview-remove-member = Retirer cette personne
interview-member = Personne { $n }
interview-choose = Choisir…
interview-page = Page { $n } sur { $total }
interview-has-errors = Certaines réponses sont à vérifier.
field-required = Cette réponse est obligatoire.
field-constraint = Cette réponse n'est pas autorisée.
field-not-integer = Saisissez un nombre entier.
field-not-number = Saisissez un nombre.
field-not-date = Saisissez une date.
field-not-time = Saisissez une heure.
field-not-geopoint = Saisissez une position : latitude et longitude, par ex. -1.29 36.82.
media-not-yet = Les photos, enregistrements et fichiers ne peuvent pas encore être saisis sur cet appareil ; cette question est ignorée.
field-unknown-choice = Choisissez l'une des options.
field-unknown = Cette réponse n'appartient pas au formulaire.
field-not-relevant = Cette réponse ne doit pas être donnée ici.
field-calculation = Une valeur calculée n'est plus à jour.
field-wrong-shape = Cette réponse n'a pas la bonne forme.

## Receipt
receipt-title = Reçu
receipt-intro = Donnez ce code à la personne interrogée. Avec lui, elle pourra plus tard consulter, limiter ou retirer son consentement.
receipt-refused = Le refus a été enregistré. Aucune réponse n'a été conservée.
receipt-saved = Enregistré et chiffré sur ce téléphone.
receipt-done = Retour aux entretiens

## Data steward
steward-title = Soumissions
admin-upload-title = Formulaires
admin-upload-intro = Téléversez un questionnaire XLSForm (.xlsx ou .xls, comme pour ODK ou KoboToolbox) ou un formulaire Sauti (.json). Il devient la nouvelle version du formulaire du projet ; les téléphones la reçoivent à leur prochaine synchronisation.
admin-upload-label = Fichier du questionnaire
admin-upload-done = Importé « { $form } » ({ $id }, version { $version }) : { $questions } questions.
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
exports-title = Exports
exports-intro = Chaque export ne laisse sortir que ce que la politique du projet permet : les fiches approuvées dont les répondants ont accepté sa finalité.
exports-k = Les fiches qui se distingueraient (moins de { $k } semblables) sont retenues.
exports-csv = CSV
exports-json = JSON
exports-xlsx = Excel (toutes les tables)
exports-table = Table « { $table } » (CSV)
steward-refused = Consentement refusé
steward-purposes = Finalités : { $purposes }
steward-col-receipt = Reçu
steward-col-received = Reçue le
steward-col-area = Zone
steward-col-state = Statut
steward-col-actions = Actions
err-session = Votre session a expiré. Reconnectez-vous.
