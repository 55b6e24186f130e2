# Sauti UI strings, Spanish (es).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories: one, many (millions), other.

app-title = Sauti
lang-label = Idioma
lang-unreviewed = Esta traducción aún no ha sido revisada por un hablante del idioma. Informe de los errores a su supervisor.
nav-skip = Ir al contenido

## Setting up a phone
setup-title = Configurar este teléfono
setup-intro = Inicie sesión una vez con conexión. Todo lo que recopile quedará cerrado en este teléfono con una frase de acceso que solo usted conoce.
setup-username = Nombre de usuario
setup-password = Contraseña
setup-passphrase = Nueva frase de acceso
setup-passphrase-hint = Al menos 8 caracteres. No se puede recuperar: si la olvida, se pierden los registros aún no sincronizados.
setup-passphrase-confirm = Repita la frase de acceso
setup-submit = Cerrar y empezar
setup-busy = Cerrando el teléfono…
setup-signin = Iniciar sesión
setup-lock-title = Elija una frase de acceso
setup-downloading = Iniciando sesión como { $user } y descargando los formularios. Mientras tanto, elija su frase de acceso.
setup-downloaded = Sesión iniciada como { $user }. Los formularios ya están aquí.
setup-back = Usar otra cuenta
setup-account-empty = Escriba su nombre de usuario y su contraseña.
err-passphrase-short = La frase de acceso debe tener al menos 8 caracteres.
err-passphrase-mismatch = Las dos frases de acceso no son iguales.
err-sign-in = Nombre de usuario o contraseña incorrectos.
err-too-many-attempts = Demasiadas contraseñas incorrectas. Espere un poco y vuelva a intentarlo.
err-busy = El servidor está ocupado comprobando otras contraseñas. Espere un momento y vuelva a intentarlo. No se ha perdido nada.
err-network = No se puede llegar al servidor, aunque el teléfono tiene conexión. No se ha perdido nada.
err-offline = Este teléfono no tiene conexión. No se ha perdido nada: sincronice de nuevo cuando esté conectado.
err-timeout = El servidor no respondió a tiempo, así que el teléfono dejó de esperar. No se ha perdido nada.
err-chunk = Esta pantalla aún no está en el teléfono. Conéctese a la red una vez y ábrala de nuevo. No se ha perdido nada.
chunk-loading = Cargando…
err-server = El servidor no pudo atender la solicitud (error { $status }). No se ha perdido nada.

## Unlocking
unlock-title = Desbloquear
unlock-intro = Escriba su frase de acceso para abrir sus registros.
unlock-passphrase = Frase de acceso
unlock-submit = Desbloquear
unlock-busy = Desbloqueando…
unlock-moved = Sauti se desbloqueó en otra ventana, así que esta se bloqueó. Use una sola ventana a la vez.
unlock-user = Este teléfono está configurado para { $user }.
unlock-wait = Demasiados intentos incorrectos. { $seconds ->
        [one] Vuelva a intentarlo dentro de { $seconds } segundo.
       *[other] Vuelva a intentarlo dentro de { $seconds } segundos.
    }
locked-idle = Bloqueado tras 10 minutos sin uso.
err-wrong-passphrase = Frase de acceso incorrecta. No se ha cambiado nada.
passphrase-change = Cambiar la frase de acceso
passphrase-current = Frase de acceso actual
passphrase-changed = Frase de acceso cambiada. Use la nueva a partir de ahora.
cancel = Cancelar

## Home
home-title = Entrevistas
home-new = Nueva entrevista
home-sync = Sincronizar ahora
home-lock = Bloquear
home-drafts = Borradores
home-queued = Pendientes de sincronizar
home-synced = Sincronizados
home-rejected = Rechazados por el servidor
home-empty = Ninguno
home-resume = Continuar
home-offline-ready = { $count ->
        [one] Formulario listo para usar sin conexión: { $form }
       *[other] Formularios listos para usar sin conexión: { $form }
    }
update-ready = Hay una nueva versión de Sauti lista.
update-now = Actualizar ahora
home-storage = Almacenamiento usado en este teléfono: { NUMBER($percent) } %
home-keep = Los registros sincronizados se quedan en este teléfono { $days ->
        [one] { $days } día
       *[other] { $days } días
    } y después se borran.
storage-warning = El almacenamiento de este teléfono está lleno al { NUMBER($percent) } %. Sincronice pronto: las nuevas entrevistas se detienen al 95 %.
storage-warning-free = El almacenamiento de este teléfono está lleno al { NUMBER($percent) } %. Libere espacio en el teléfono (fotos, vídeos, otras aplicaciones): las nuevas entrevistas se detienen al 95 %.
err-storage-nearly-full = El almacenamiento de este teléfono está lleno al { NUMBER($percent) } %. Sincronice o libere espacio antes de una nueva entrevista, para que ninguna falle al guardarse.
err-storage-nearly-full-free = El almacenamiento de este teléfono está lleno al { NUMBER($percent) } % y no hay nada pendiente de envío, así que sincronizar no ayudaría. Libere espacio en el teléfono (fotos, vídeos, otras aplicaciones) antes de una nueva entrevista.
sync-busy = Sincronizando…
sync-done = Sincronización terminada: { $accepted ->
        [one] { NUMBER($accepted) } enviado
       *[other] { NUMBER($accepted) } enviados
    }, { NUMBER($duplicates) } ya en el servidor, { $rejected ->
        [one] { NUMBER($rejected) } rechazado.
       *[other] { NUMBER($rejected) } rechazados.
    }
sync-nothing = Nada que sincronizar.
sync-new-form = Hay una nueva versión del formulario lista para usar sin conexión: { $form }.
sync-forms-changed = Los formularios de este teléfono ahora son: { $forms }.
sync-edited = { $n ->
        [one] { $n } de ellos había sido corregido por un responsable de datos en el servidor; se conserva la corrección.
       *[other] { $n } de ellos habían sido corregidos por un responsable de datos en el servidor; se conservan las correcciones.
    }
record-edited = Corregido por un responsable de datos en el servidor; se conserva la corrección.
record-recheck = Enviar de nuevo para revisión
record-sent-back = Devuelto por un revisor: { $comment }
sync-progress = Enviando { NUMBER($done) } de { NUMBER($total) }…
sync-retry = Nuevo intento en { $seconds } s; sus registros están seguros en el teléfono.
sync-offline-wait = Este teléfono no tiene conexión. Sus registros están seguros en él; se enviarán cuando vuelva la conexión.
home-auto-send = Enviar automáticamente con conexión
err-device-revoked = Este teléfono ya no puede sincronizar: su acceso fue revocado o ha caducado. Sus registros se quedan en el teléfono. Pida a su supervisor que lo configure de nuevo.
err-batch-malformed = El servidor no pudo leer los registros enviados. No se ha perdido nada.
err-bad-request = Esto no se pudo hacer como se pidió. Revise lo que escribió y vuelva a intentarlo.
err-form-unknown = El servidor no conoce esta versión del formulario. No se ha perdido nada.
err-form-not-assigned = Este teléfono nunca recibió este formulario, así que el servidor no guardó el registro. Se queda en el teléfono: pida a su supervisor que le asigne el formulario y vuelva a sincronizar.
err-too-large = Se envió demasiado a la vez. No se ha perdido nada.
err-unauthorized = Inicie sesión primero.
err-forbidden = No tiene permiso para hacer eso.
err-not-found = No encontrado.
err-conflict = Alguien cambió este registro mientras tanto. Vuelva a cargarlo e inténtelo de nuevo.
err-internal = El servidor tuvo un problema. No se ha perdido nada; inténtelo más tarde.
err-refusal-with-answers = Se envió un rechazo con respuestas, así que no se guardó.
err-receipt-reused = Otro registro ya tiene este código de comprobante.
err-record-too-large = Demasiado grande para enviarse: sus fotos y grabaciones superan lo que acepta el servidor. Se guarda en este teléfono; avise a su supervisor.

## Errors from storage and the vault
err-tampered = El registro { $id } no se puede abrir: fue alterado o dañado. Sus demás registros están seguros.
err-malformed-storage = Los datos guardados para { $id } están en un formato que esta aplicación no entiende.
err-weak-vault = La configuración guardada de la caja fuerte es más débil de lo permitido.
err-no-random = Este navegador no puede generar números aleatorios seguros.
err-storage-full = El almacenamiento del teléfono está lleno. No se ha perdido nada: libere espacio en el teléfono (fotos, vídeos, otras aplicaciones) y guarde de nuevo.
err-storage-write = El teléfono no pudo escribir en su almacenamiento ({ $reason }). Esto no se guardó: inténtelo de nuevo.
err-invalid-answers = Estas respuestas no cumplen las reglas del formulario; vea cada campo.
err-invalid-policy = La política no se puede usar; cada problema aparece con su ubicación.
err-form-expression = El formulario contiene una expresión que no se puede leer.
err-form-definition = La definición del formulario no es válida.
err-form-files-missing = El formulario lee archivos que aún no están adjuntos: adjúntelos y luego publíquelo.

## Consent
consent-title = Consentimiento
consent-language = Idioma de la persona entrevistada
consent-read = Lea esto a la persona entrevistada:
consent-controller = Organización responsable: { $controller }
consent-purposes = La persona entrevistada acepta:
consent-method = Cómo se da el consentimiento
consent-method-signature = Firma en la pantalla
consent-method-verbal = Consentimiento verbal ante un testigo
consent-method-mark = Una marca (una X o la huella del pulgar) ante un testigo
consent-method-guardian = Una persona menor: su asentimiento y el consentimiento de su madre, padre o tutor
consent-method-proxy = Alguien consiente en nombre de una persona que no puede hacerlo
consent-minimum-age = Para personas menores de { $age } años.
consent-guardian = Nombre de la madre, el padre o el tutor
consent-proxy = Nombre de la persona que consiente en su nombre
consent-relationship = Relación con la persona entrevistada
consent-assent = El niño o la niña acepta participar
consent-reason = Por qué la persona entrevistada no puede consentir por sí misma
consent-missing-representative = Escriba el nombre de la persona que consiente y su relación.
consent-missing-assent = Pregunte al niño o la niña si acepta, y marque la casilla solo si acepta.
consent-missing-reason = Escriba por qué la persona entrevistada no puede consentir por sí misma.
consent-required-purpose = Este uso es necesario para participar. Sin él, registre un rechazo.
consent-signature-pad = Zona de firma: la persona entrevistada firma aquí
consent-signature-clear = Borrar la firma
consent-kept-for = Se conservan { $days ->
        [one] { $days } día.
       *[other] { $days } días.
    }
consent-shared-for = Se pueden compartir con { $who }.
consent-witness = Nombre del testigo
consent-access = Cuatro cifras que elige la persona entrevistada (opcional)
consent-access-hint = Un PIN o su año de nacimiento. Con el código del comprobante, le permite ver o retirar su consentimiento más adelante.
consent-bad-access = Escriba exactamente cuatro cifras, o déjelo vacío.
consent-understanding = Compruebe que la persona entrevistada ha entendido: haga cada pregunta.
consent-yes = Sí
consent-no = No
consent-explain-again = No del todo. Explique esto de nuevo y vuelva a preguntar:
consent-not-understood = Haga cada pregunta sobre la comprensión hasta que todas las respuestas sean correctas.
consent-listen = Reproduzca la grabación de este texto a la persona entrevistada:
consent-give = Consentimiento dado: empezar
consent-refuse = La persona entrevistada se niega
err-consent-no-purpose = Elija al menos un fin, o registre un rechazo.
err-consent-no-signature = Pida primero a la persona entrevistada que firme.
err-consent-no-witness = Escriba el nombre del testigo.
consent-unknown-template = El servidor no conoce la plantilla de consentimiento.
consent-text-mismatch = El texto de consentimiento mostrado no coincide con la plantilla.
consent-no-purpose = No se aceptó ningún fin.
consent-unknown-purpose = El servidor no conoce uno de los fines.
consent-missing-witness = Falta el nombre del testigo.
consent-missing-signature = Falta la firma.

## Interview
interview-next = Siguiente
interview-back = Atrás
interview-save = Guardar
interview-save-draft = Guardar borrador y salir
interview-draft-saved = Borrador guardado en este teléfono.
geo-locate = Registrar la ubicación
geo-map = Ver en un mapa
geo-busy = Buscando la ubicación…
geo-done = Ubicación registrada (precisión de unos { $accuracy } m).
geo-failed = No se pudo encontrar la ubicación. Compruebe que la ubicación está activada y permitida para esta página, o escríbala.
geo-add-location = Añadir mi ubicación
geo-add-point = Añadir este punto
geo-latitude = Latitud
geo-longitude = Longitud
geo-remove-point = Quitar el punto { NUMBER($n) }
geo-no-points = Todavía no hay puntos. Colóquese en cada punto y añada su ubicación, o escríbala.
geo-points-summary = { $count ->
        [one] 1 punto
       *[other] { $count } puntos
    } · longitud { $length } m
geo-area = área { $area } m² ({ $hectares } ha)
interview-required = obligatorio
interview-add-member = Añadir: { $label }
interview-remove-member = Quitar { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = Elija…
choices-search = Escriba para buscar
choices-count = { $count ->
        [one] { $count } opción: escriba algunas letras de la que busca.
       *[other] { $count } opciones: escriba algunas letras de la que busca.
    }
choices-found = { $count ->
        [one] { NUMBER($count) } encontrada
       *[other] { NUMBER($count) } encontradas
    }
choices-more = Las primeras { NUMBER($shown) } de { NUMBER($count) } encontradas: escriba más letras.
choices-none = No se encontró nada: revise la ortografía o pruebe con el principio del nombre.
choices-empty = Todavía no hay opciones: dependen de una respuesta anterior.
choices-none-listed = La lista no tiene opciones para las respuestas anteriores. Revíselas o avise a su supervisor.
date-day = Día
date-month = Mes
date-year = Año
date-no-such-day = Este día no existe en este calendario.
date-gregorian = Guardado como { $date } (calendario gregoriano).
date-called = En este calendario ese día se escribe { $date }.
date-waxing = creciente { $day }
date-full-moon = luna llena
date-waning = menguante { $day }
date-new-moon = luna nueva
prompt-listen = Escuchar la pregunta
prompt-watch = Ver el vídeo de la pregunta
interview-guidance = Cómo preguntar
interview-page = Página { NUMBER($n) } de { NUMBER($total) }
interview-has-errors = Algunas respuestas necesitan atención.
overview-open = Secciones
overview-title = Secciones
overview-close = Volver a las preguntas
overview-answered = { NUMBER($answered) } de { NUMBER($required) } obligatorias respondidas
overview-nothing-required = Nada obligatorio
overview-problems = { $count ->
        [one] { $count } respuesta por corregir
       *[other] { $count } respuestas por corregir
    }
overview-part = { $title } ({ NUMBER($n) } de { NUMBER($total) })
overview-untitled = Página { NUMBER($n) }
field-required = Esta respuesta es obligatoria.
field-constraint = Esta respuesta no está permitida.
field-not-integer = Escriba un número entero.
field-not-number = Escriba un número.
field-not-date = Escriba una fecha.
field-not-time = Escriba una hora.
field-not-geopoint = Escriba una ubicación como latitud y longitud, p. ej. -1.29 36.82.
field-not-geotrace = Una línea necesita al menos 2 puntos, cada uno con latitud y longitud.
field-not-geoshape = Un área necesita al menos 3 puntos, cada uno con latitud y longitud.
capture-kept = Guardado en este teléfono, cerrado con el registro: { $size } KB.
capture-reading = Leyendo el archivo…
capture-unreadable = No se pudo leer este archivo. Inténtelo de nuevo o elija otro archivo.
capture-remove = Quitar el archivo
field-unknown-choice = Elija una de las opciones.
field-unknown = Esta respuesta no pertenece al formulario.
field-not-relevant = Esta respuesta no debe darse aquí.
field-calculation = Un valor calculado está desactualizado.
field-wrong-shape = Esta respuesta tiene una forma incorrecta.
field-wrong-attachment = Este archivo no es del tipo que pide la pregunta.
field-attachment-too-large = Este archivo es demasiado grande para el teléfono: 1,5 MB como máximo.
field-off-the-scale = Elija un valor de la escala mostrada.
field-not-ranked = Ordene todas las opciones, cada una una vez.
range-unset = Aún sin respuesta
range-less = Menos
range-more = Más
rating-star = { NUMBER($n) } de { NUMBER($max) }
rank-up = Subir
rank-down = Bajar
rank-keep = Mantener este orden

## Receipt
receipt-title = Comprobante
withdrawal-title = Registrar una retirada
withdrawal-receipt = Código del comprobante de la persona que se retira
withdrawal-hint = Todo su consentimiento se retira y sus respuestas se borran en la próxima sincronización.
withdrawal-submit = Retirar todo
withdrawal-recorded = Retirada registrada: sale con la próxima sincronización.
withdrawal-bad-code = Este código de comprobante tiene un error de escritura: revíselo con la persona entrevistada.
withdrawal-access = Las cuatro cifras de la persona entrevistada, si eligió algunas
withdrawal-access-hint = Necesarias cuando otro encuestador tomó el consentimiento de esta persona y ella eligió cuatro cifras entonces: sin ellas la retirada se rechaza. No hacen falta para un consentimiento que tomó usted.
withdrawal-bad-digits = Las cifras deben ser las cuatro que la persona eligió al consentir. Revíselas con ella, o deje la casilla vacía.
withdrawal-refused = La retirada de { $code } fue rechazada: faltaban las cuatro cifras de la persona o eran incorrectas. Pídale sus cifras y registre la retirada de nuevo, o envíela a la página comunitaria o al punto focal del proyecto.
withdrawal-refused-dismiss = Entendido
sync-withdrawals-refused = Retiradas rechazadas: { NUMBER($n) }. Vea por qué en esta pantalla.
receipt-intro = Dé este código a la persona entrevistada. Con él podrá ver, limitar o retirar su consentimiento más adelante.
receipt-qr = Código QR del comprobante: abre la página de consulta con el código ya escrito
receipt-where = Para ver o retirar este consentimiento más adelante: { $page }, con el código y las cuatro cifras elegidas.
receipt-print = Imprimir un resguardo
receipt-refused = Se registró el rechazo. No se guardó ninguna respuesta.
receipt-saved = Guardado y cifrado en este teléfono.
receipt-done = Volver a las entrevistas

## Data steward
steward-title = Envíos
admin-upload-title = Formularios
admin-upload-intro = Suba un cuestionario como XLSForm (.xlsx o .xls, como para ODK o KoboToolbox) o un formulario de Sauti (.json). Se convierte en la nueva versión del formulario del proyecto; los teléfonos la reciben en su próxima sincronización.
admin-upload-label = Archivo del cuestionario
admin-upload-done = Importado «{ $form }» ({ $id }, versión { $version }): { $questions ->
        [one] { $questions } pregunta.
       *[other] { $questions } preguntas.
    }
steward-sign-in = Iniciar sesión
steward-username = Nombre de usuario
steward-password = Contraseña
steward-sign-out = Cerrar sesión
steward-approve = Aprobar
steward-reject = Rechazar
steward-empty = Aún no hay envíos.
steward-state-received = Recibido
steward-state-approved = Aprobado
steward-state-rejected = Rechazado
steward-state-has_issues = Devuelto
steward-state-edited = Corregido
review-send-back = Devolver
review-send-back-title = Devolver el registro { $receipt } a su encuestador
review-send-back-label = ¿Qué debe revisar el encuestador?
review-cancel = Cancelar
review-correct = Corregir respuestas
review-correct-reason = Por qué las corrige (se guarda en el historial del registro)
review-correct-save = Guardar la corrección
review-correct-nothing = No se cambió nada.
review-correct-why = Diga por qué corrige estas respuestas.
review-correct-problems = Algunas respuestas no cumplen las reglas del formulario: vea cada una.
review-correct-conflict = Este registro cambió desde que lo abrió (un colega lo corrigió, o se borraron respuestas tras un retiro). Se muestra de nuevo tal como está: léalo antes de volver a corregir.
exports-title = Exportaciones
exports-intro = Cada exportación deja salir solo lo que permite la política del proyecto: registros aprobados cuyas personas entrevistadas aceptaron su fin.
exports-form = Formulario que exportar (todas sus versiones publicadas)
exports-k = Los registros que destacarían (menos de { $k } parecidos) se retienen.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Aviso de retirada: quién debe borrar qué (CSV)
exports-xlsx = Excel (todas las tablas)
exports-table = Tabla «{ $table }» (CSV)
steward-refused = Consentimiento rechazado
steward-purposes = Fines: { $purposes }
steward-explained-again = Explicado de nuevo antes del consentimiento: { $points }
steward-col-receipt = Comprobante
steward-col-received = Recibido
steward-col-area = Zona
steward-col-state = Estado
steward-col-actions = Acciones
err-session = Su sesión ha terminado. Inicie sesión de nuevo.
community-title = Su consentimiento
community-intro = Escriba el código del comprobante que le dieron y las cuatro cifras que eligió al dar su consentimiento. Verá lo que aceptó y quién recibió sus respuestas, y podrá retirarse.
community-receipt = Código del comprobante
community-receipt-hint = Por ejemplo 7K3M-9QPA-X2RT-5. En mayúsculas o minúsculas, con o sin guiones.
community-access = Sus cuatro cifras
community-access-hint = El PIN o el año de nacimiento que eligió.
community-look-up = Ver mi consentimiento
community-not-found = Ningún consentimiento corresponde a este código y estas cifras. Revise ambos y vuelva a intentarlo. Si retiró su consentimiento, ya no se guarda nada, ni siquiera sus cifras.
community-wait = Demasiados intentos. Espere unos minutos y vuelva a intentarlo.
err-code-locked = Este código de comprobante está bloqueado tras demasiadas cifras incorrectas, para proteger a la persona a quien pertenece. Puede ver o retirar su consentimiento a través de un encuestador o del punto focal del proyecto.
community-your-consent = Lo que usted aceptó
community-given = El { $date }, { $enumerator } registró su consentimiento para { $controller }.
community-played = El texto del consentimiento se le reprodujo desde una grabación en su idioma.
community-refused = El { $date } usted dijo que no. No se guardó nada de lo que dijo.
community-withdrawn = Retiró su consentimiento el { $date }. Sus respuestas se borraron.
community-deleted = Sus respuestas se borraron el { $date }, al terminar el tiempo durante el que se podían conservar.
community-purposes = Para qué se usan sus respuestas
community-purpose-active = En uso
community-purpose-withdrawn = Retirado el { $date }
community-not-accepted = No aceptó: { $purposes }.
community-held = Qué tipos de información se guardan
community-sensitive = Parte de ella es sensible: { $categories }.
community-shared = Quién recibió sus respuestas
community-not-shared = Nadie fuera del equipo del proyecto las ha recibido.
community-shared-with = { $recipient }, el { $date }
community-contact = Preguntas: { $controller }, { $contact }.
community-withdraw-chosen = Retirar los usos marcados
community-withdraw-all = Retirar todo
community-withdraw-all-confirm = Sí, borrar ahora todas mis respuestas
community-receipt-json = Guardar este comprobante de consentimiento (JSON)
community-kept-for = Se conservan { $days ->
        [one] { $days } día.
       *[other] { $days } días.
    }
community-shared-for = Se pueden compartir con { $who }.

## Dead ends and the consent screen (issue 21)
consent-cancel = Cancelar
err-consent-no-method = Elija cómo se da el consentimiento.
consent-access-skip = Sin las cuatro cifras, la persona entrevistada no puede usar la página comunitaria: solo el punto focal del proyecto puede mostrarle su consentimiento o retirarlo.
consent-untranslated = El texto del consentimiento no tiene traducción en: { $languages }. Léalo en un idioma que la persona entienda bien y pida al responsable de datos del proyecto que añada la traducción.
consent-signature-label = La persona entrevistada firma, o hace una marca, con un dedo dentro del recuadro de abajo.
receipt-no-digits = No se eligieron cuatro cifras, así que la página comunitaria no puede abrir este consentimiento. Para verlo o retirarlo, la persona entrevistada acude al punto focal del proyecto o a un encuestador, con este código.
home-discard = Descartar
home-discard-confirm = ¿Descartar el borrador «{ $name }»? Sus respuestas y el consentimiento registrado en él se borran de este teléfono. Esto no se puede deshacer.
home-discard-yes = Descartar el borrador
home-discard-no = Conservarlo
home-draft-discarded = El borrador se borró de este teléfono.
home-form-waiting = Hay una nueva versión del formulario en espera. Un borrador se termina en la versión con la que empezó: termine o descarte cada borrador de abajo, y la nueva versión llegará en la próxima sincronización.
sync-new-form-waits = Hay una nueva versión del formulario en espera: termine o descarte los borradores para usarla.
home-withdrawals-pending = Retiradas pendientes de envío
sync-withdrawals-done = { $n ->
        [one] { $n } retirada realizada.
       *[other] { $n } retiradas realizadas.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = Lo que se recogió
dashboard-by-area = Entrevistas por zona
dashboard-by-month = Entrevistas por zona y mes
dashboard-area = Zona
dashboard-total = Total
dashboard-earlier = Antes
dashboard-other-areas = Otras zonas
dashboard-indicators = Lo que nos dijeron
dashboard-all-areas = Todas las zonas
dashboard-share = { $share } ({ NUMBER($n) } de { NUMBER($total) })
dashboard-actions = Lo que hicimos
dashboard-no-actions = Aún no se ha publicado nada.
dashboard-counted = Contadas: entrevistas aprobadas cuyas personas aceptaron este uso:
dashboard-privacy = Para proteger a cada hogar, una cifra solo se muestra cuando cuenta al menos { NUMBER($k) } entrevistas; — marca una cifra oculta por esa razón, o para que una cifra pequeña no pueda deducirse de las demás. Una entrevista retirada sale de estas cifras en la siguiente actualización.
dashboard-updated = Actualizado
dashboard-feedback = Sus comentarios y quejas
dashboard-feedback-kind = Tipo
dashboard-feedback-received = Recibidos
dashboard-feedback-answered = Respondidos
dashboard-feedback-median = Mediana de días hasta la respuesta
dashboard-feedback-confidential = Denuncias confidenciales (abuso, fraude), todas juntas
dashboard-feedback-how = Envíe un comentario, una pregunta o una queja en la página comunitaria, de forma anónima si lo desea; guarde el código de seguimiento para leer la respuesta.
dashboard-action-about = Tema: { $categories }
dashboard-action-answers = Opiniones a las que responde: { NUMBER($n) }
dashboard-action-answers-few = En respuesta a opiniones (menos de { NUMBER($k) } mensajes)
dashboard-monitor-title = Observador comunitario: { $project }
dashboard-monitor-intro = Solo cifras y fechas: nada aquí nombra a una persona ni dice lo que alguien respondió. Una cifra menor que { NUMBER($k) } se oculta (—).
dashboard-monitor-dashboard = El panel público
dashboard-monitor-actions = Acciones publicadas en respuesta: { NUMBER($n) }
dashboard-monitor-exports = Quién recibió datos
dashboard-monitor-date = Fecha
dashboard-monitor-export-to = Recibido por
dashboard-monitor-export-profile = Perfil
dashboard-monitor-records = Registros
dashboard-monitor-export-withheld = Retenidos (k-anonimato)
dashboard-monitor-no-exports = No se ha exportado ningún dato.
dashboard-monitor-operator = Operador (línea de comandos)
dashboard-monitor-withdrawals = Consentimiento retirado
dashboard-monitor-month = Mes
dashboard-monitor-withdrawn-purpose = Un uso
dashboard-monitor-withdrawn-everything = Todo (respuestas borradas)
dashboard-monitor-no-withdrawals = Nadie ha retirado su consentimiento.
dashboard-monitor-purges = Registros eliminados
dashboard-monitor-reason = Por qué
dashboard-monitor-reason-retention = Conservados el tiempo permitido
dashboard-monitor-reason-withdrawn = Consentimiento retirado
dashboard-monitor-no-purges = No se ha eliminado ningún registro.
dashboard-monitor-feedback = Cómo se atendieron las opiniones
dashboard-monitor-no-feedback = Aún no hay opiniones.
dashboard-monitor-acknowledged = Acusado recibo
dashboard-monitor-overdue = Atrasadas ahora
dashboard-monitor-days-acknowledge = Mediana de días hasta el acuse de recibo
dashboard-monitor-sign-in = Iniciar sesión
dashboard-monitor-signed-out = Inicie sesión con la cuenta de observador comunitario del proyecto para leer esta página.

## Admin: forms, drafts and publishing
admin-forms-intro = Suba un cuestionario como XLSForm (.xlsx o .xls, como para ODK o KoboToolbox) o un formulario Sauti (.json). Se guarda como borrador: revise sus advertencias y su vista previa y luego publíquelo. Los teléfonos solo reciben formularios publicados.
admin-governance-title = Plantilla de consentimiento y política de datos
admin-governance-intro = La plantilla de consentimiento es lo que las personas encuestadas escuchan y aceptan; la política de datos dice quién ve qué y qué deja salir cada exportación. Suba cada una como su archivo TOML: se comprueba con los formularios del proyecto y se enumera cada problema.
admin-template-file = Plantilla de consentimiento (.toml)
admin-policy-file = Política de datos (.toml)
admin-template-installed = Plantilla de consentimiento instalada. Los teléfonos la reciben en su próxima sincronización.
admin-template-in-use = Hay registros dados con esta versión de la plantilla, así que no puede cambiar: aumente su número de versión.
admin-policy-installed = La versión { $version } de la política está en vigor.
admin-policy-current = Política en vigor: versión { $version }.
admin-policy-default = Aún no hay política instalada: se aplica la predeterminada, y ninguna exportación deja salir una respuesta que no clasifique.
admin-forms-heading = Los formularios del proyecto
admin-forms-none = Aún no hay formularios.
admin-forms-live = Los teléfonos reciben la versión { $version }
admin-forms-not-live = Aún no está en los teléfonos
admin-version-state-draft = Borrador
admin-version-state-waiting = Esperando archivos
admin-version-state-published = Publicada
admin-version-line = preguntas: { $questions } · registros: { $records } · { $when } · { $who }
admin-version-open = Abrir la versión { $version }
admin-version-open-short = Abrir
admin-upload-waiting = Se guarda hasta que se adjunten estos archivos: { $files }
admin-draft-back = Todos los formularios
admin-draft-title = { $form }, versión { $version }
admin-draft-warnings = Lo que notó la importación
admin-draft-no-warnings = La importación no notó nada que corregir.
admin-draft-place-sheet = hoja { $sheet }
admin-draft-place-row = fila { $row }
admin-draft-place-column = columna { $column }
admin-draft-missing = Archivos que lee y que aún no están adjuntos
admin-draft-attach = Adjuntar un archivo (su nombre debe ser el de la lista)
admin-draft-attached = { $file } adjuntado.
admin-draft-unclassified = Preguntas que la política aún no clasifica
admin-draft-unclassified-help = Ninguna exportación deja salir sus respuestas hasta que la política (o la columna tags del formulario) diga qué son. Clasifíquelas antes de publicar.
admin-draft-all-classified = La política clasifica todas las preguntas.
admin-draft-preview = Vista previa: el formulario como lo muestran los teléfonos
admin-draft-preview-language = Idioma de la vista previa
admin-draft-preview-note = Se muestra solo para lectura. Las preguntas que dependen de ciertas respuestas aparecen en el teléfono cuando se dan esas respuestas.
admin-draft-publish = Publicar
admin-draft-confirm-new = Los teléfonos recibirán «{ $form }» versión { $version } ({ $questions } preguntas) en su próxima sincronización, para las entrevistas nuevas.
admin-draft-confirm-replaces = Sustituye a la versión { $old }; los registros de la versión { $old } se quedan y se siguen exportando.
admin-draft-confirm-unclassified = Preguntas sin clasificar: { $n }. Sus respuestas no salen en ninguna exportación hasta que se clasifiquen.
admin-draft-confirm-yes = Publicar ahora
admin-draft-cancel = Cancelar
admin-draft-published = Publicada. Los teléfonos reciben la versión { $version } en su próxima sincronización.
admin-draft-delete = Eliminar este borrador
admin-draft-delete-confirm = ¿Eliminar este borrador? No se recogió nada con él; la subida desaparece para siempre.
admin-draft-cannot-publish = Adjunte primero los archivos que faltan: entonces se podrá publicar.

## Projects, teams and accounts (issue 20)
admin-role-admin = Administrador
admin-role-steward = Responsable de datos
admin-role-reviewer = Revisor
admin-role-enumerator = Encuestador
admin-role-partner = Socio
admin-role-monitor = Observador comunitario
admin-project-current = { $project } · su rol: { $role }
admin-project-switch = Cambiar de proyecto
admin-projects-archived = archivado
admin-project-archived-note = Este proyecto está archivado: no recibe registros, teléfonos ni formularios nuevos. Sus datos se conservan y los responsables aún pueden exportarlos.
admin-password-title = Cambiar mi contraseña
admin-password-current = Contraseña actual
admin-password-new = Contraseña nueva
admin-password-new-hint = Al menos 12 caracteres, no su nombre de usuario, no una contraseña común. Unas cuantas palabras hacen una buena contraseña.
admin-password-repeat = Contraseña nueva, otra vez
admin-password-mismatch = Las dos contraseñas nuevas no son iguales.
admin-password-changed = Contraseña cambiada. Sus otras sesiones se cerraron.
admin-password-submit = Cambiar la contraseña
admin-projects-title = Proyectos
admin-projects-intro = Cada proyecto tiene sus formularios, plantilla de consentimiento, política, equipo y exportaciones. El administrador de cualquier proyecto puede crear uno nuevo y pasa a ser su administrador.
admin-project-name = Nombre del proyecto
admin-project-rename = Renombrar
admin-project-renamed = Renombrado.
admin-project-archive = Archivar este proyecto
admin-project-restore = Restaurar este proyecto
admin-project-archive-confirm = ¿Archivar { $project }? Los teléfonos ya no podrán enviar registros ni configurarse para él. Sus datos se conservan, los responsables aún pueden exportarlos y podrá restaurarlo más tarde.
admin-project-restore-confirm = ¿Restaurar { $project }? Los teléfonos podrán volver a enviar registros y configurarse para él.
admin-project-new = Proyecto nuevo
admin-project-id = Identificador del proyecto
admin-project-id-hint = De 3 a 40 letras minúsculas, dígitos o -. No se podrá cambiar después.
admin-project-create = Crear el proyecto
admin-project-created = Proyecto { $project } creado. Usted es su administrador: cámbiese a él arriba para añadir sus formularios y su equipo.
admin-confirm = Sí, hacerlo
admin-cancel = Cancelar
admin-done = Hecho.
admin-team-title = Equipo
admin-team-intro = Quién trabaja en { $project }, con su rol aquí. Una persona puede tener otro rol en otro proyecto.
admin-team-you = (usted)
admin-team-disabled = desactivada
admin-team-role-of = Rol de { $username }
admin-team-role-changed = { $username } ahora es { $role }.
admin-team-reset = Restablecer la contraseña
admin-team-reset-confirm = ¿Dar a { $username } una contraseña nueva? Su contraseña actual deja de funcionar y todas sus sesiones se cierran.
admin-team-disable = Desactivar la cuenta
admin-team-disable-confirm = ¿Desactivar { $username }? No podrá iniciar sesión, sus sesiones se cierran ahora y sus teléfonos dejan de sincronizar hasta que la cuenta se active de nuevo.
admin-team-enable = Activar la cuenta
admin-team-enable-confirm = ¿Activar de nuevo { $username }? Podrá iniciar sesión y sus teléfonos volverán a sincronizar.
admin-team-sessions = Cerrar sesión en todas partes
admin-team-sessions-confirm = ¿Cerrar todas las sesiones de { $username }? Tendrá que iniciar sesión otra vez.
admin-team-sessions-ended = Sesiones cerradas: { $n }.
admin-team-remove = Quitar del proyecto
admin-team-remove-confirm = ¿Quitar a { $username } de { $project }? Sus sesiones aquí se cierran y sus teléfonos aquí se revocan. La cuenta, y lo que registró, se quedan.
admin-team-removed = { $username } quitado.
admin-team-password-once = Contraseña de { $username }, mostrada solo esta vez. Entréguela en persona; podrá cambiarla después de iniciar sesión:
admin-team-add = Añadir un miembro
admin-team-username = Nombre de usuario
admin-team-username-hint = De 3 a 40 letras minúsculas, dígitos, . _ o -
admin-team-role = Rol
admin-team-existing = Esta persona ya tiene una cuenta (de otro proyecto)
admin-team-add-submit = Añadir el miembro
admin-team-added = { $username } añadido como { $role }.
admin-assign-title = Quién llena qué formulario
admin-assign-intro = Un encuestador llena todos los formularios publicados hasta que usted le desmarque alguno; entonces su teléfono recibe solo los formularios marcados en la siguiente sincronización. Los registros ya guardados en un teléfono se siguen aceptando.
admin-assign-last = Cada encuestador llena al menos un formulario: para que alguien deje de recoger datos, quítelo del equipo.
admin-assign-saved = { $username } llena ahora: { $forms }.
admin-assign-every = todos los formularios, también los que se publiquen después
admin-assign-no-forms = Aún no hay ningún formulario publicado.
admin-assign-no-enumerators = Aún no hay encuestadores en este proyecto: agréguelos al equipo.
admin-devices-title = Teléfonos
admin-device-line = { $label } · configurado { $created } · última sincronización: { $synced }
admin-device-never = nunca
admin-device-revoked = revocado { $at }
admin-device-revoke = Revocar el teléfono
admin-device-revoke-confirm = ¿Revocar el teléfono «{ $label }» de { $username }? Deja de sincronizar enseguida; los registros aún no enviados se quedan en él.
err-password-short = Una contraseña necesita al menos 12 caracteres. Unas cuantas palabras hacen una buena contraseña.
err-password-long = Una contraseña puede tener como máximo 256 caracteres.
err-password-username = Una contraseña no debe contener el nombre de usuario.
err-password-common = Esta contraseña está entre las primeras que probaría cualquiera que intente adivinarla. Elija otra.
err-project-archived = Este proyecto está archivado: no recibe registros, teléfonos ni formularios nuevos. Sus datos se conservan y los responsables aún pueden exportarlos.
err-last-admin = Un proyecto conserva al menos un administrador. Nombre primero a otra persona administradora.
err-account-shared = Esta cuenta también trabaja en proyectos que usted no administra. Quítela de este proyecto en su lugar, o pregunte a sus administradores.
# The review desk (issue 20)
review-states = Estados de revisión
review-tab-to_review = Por revisar
review-tab-has_issues = Devueltos
review-tab-approved = Aprobados
review-tab-rejected = Rechazados
review-tab-all = Todos
review-count = Registros encontrados: { $count }
review-select = Seleccionar { $name }
review-bulk-approve = Aprobar selección ({ $count })
review-clear-selection = Quitar selección
review-bulk-confirm = ¿Aprobar los { $count } registros seleccionados? Salen de «Por revisar» y pueden exportarse.
review-confirm = Confirmar
review-more = Mostrar más
review-keys = Con teclado: j abre el registro siguiente, k el anterior.
review-undo = Deshacer
review-done-approve = Aprobado.
review-done-reject = Rechazado.
review-done-has_issues = Devuelto al encuestador.
review-done-reopen = De nuevo por revisar.
review-done-bulk = Aprobados: { $count } registros.
review-search = Buscar
review-search-hint = Código de recibo, nombre o encuestador
review-search-go = Buscar
review-filters = Más filtros
review-filter-enumerator = Encuestador
review-filter-area = Zona
review-filter-form = Versión del formulario
review-filter-any = Cualquiera
review-filter-from = Recibidos desde
review-filter-to = Recibidos hasta
review-filter-clear = Borrar filtros
review-back = Volver a la lista
review-enumerator = Encuestador: { $name }
review-answers = Respuestas
review-language = Idioma de las respuestas
review-language-unnamed = Idioma del formulario (sin nombre)
review-no-answers = Sin respuestas: la persona se negó.
review-withheld = Ocultado por la política de datos: { $questions }
review-file = Descargar
review-pseudonym = (seudónimo)
review-action-approve = Aprobar
review-action-has_issues = Devolver
review-action-reject = Rechazar
review-action-reopen = Reabrir para revisión
review-confirm-approve = ¿Aprobar este registro? Luego podrá exportarse.
review-confirm-has_issues = ¿Devolver este registro a su encuestador? Diga qué revisar.
review-confirm-reject = ¿Rechazar este registro? Nunca se exportará.
review-confirm-reopen = ¿Volver a poner este registro en revisión?
review-comment-needed = Diga qué debe revisar el encuestador.
review-consent = Consentimiento
review-consent-refused = La persona se negó.
review-consent-method = Dado mediante: { $method }
review-method-signature = firma
review-method-verbal = de palabra, ante un testigo
review-method-mark = una marca, ante un testigo
review-method-guardian = un padre, madre o tutor
review-method-proxy = un representante
review-purpose-active = aceptado
review-purpose-withdrawn = aceptado, retirado después
review-purpose-declined = no aceptado
review-proof-witness = Testigo
review-proof-guardian = Tutor
review-proof-proxy = Representante
review-proof-relationship = Parentesco
review-proof-reason = Motivo
review-proof-assent = Asentimiento del menor
review-signature = Firma o marca de la persona
review-proof-withheld = Parte de la prueba está oculta por la política de datos.
review-history = Historial
review-edited = Corregido por { $by }: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Un comentario, una pregunta o una queja
community-feedback-intro = Cualquier persona puede escribir al proyecto. No necesita dar su nombre.
community-feedback-project = Proyecto
community-feedback-category = ¿De qué se trata?
community-feedback-confidential = Confidencial: solo lo lee la persona de enlace designada por el proyecto.
community-feedback-message = Su mensaje
community-feedback-message-hint = Escriba en su propio idioma. No escriba nombres de otras personas salvo que sea necesario.
community-voice-record = Grabar un mensaje de voz en lugar de escribir
community-voice-again = Grabar de nuevo
community-voice-recording = Grabando… hable ahora (dos minutos como máximo).
community-voice-stop = Detener
community-voice-failed = No se pudo grabar o enviar el mensaje de voz. Puede escribir su opinión en su lugar.
community-feedback-contact = Cómo contactarle (opcional)
community-feedback-contact-hint = Un número de teléfono o una dirección, solo si quiere una respuesta. Déjelo vacío para seguir en el anonimato.
community-feedback-send = Enviar
community-feedback-filed = Enviado. Su código de seguimiento:
community-feedback-keep = { $days ->
        [one] Guarde este código. El proyecto acusa recibo en { NUMBER($days) } día; use el código de abajo para leer la respuesta.
       *[other] Guarde este código. El proyecto acusa recibo en { NUMBER($days) } días; use el código de abajo para leer la respuesta.
    }
community-feedback-follow-title = Seguir su mensaje
community-feedback-tracking = Código de seguimiento
community-feedback-follow = Ver la respuesta
community-feedback-answer = La respuesta
community-feedback-not-found = Ningún mensaje tiene este código. Revise el código e inténtelo de nuevo.
community-feedback-incomplete = Elija el tema y escriba un mensaje.
community-feedback-choose = Elija el tema.
community-feedback-status-received = Recibido, aún no revisado
community-feedback-status-acknowledged = Recibido y en revisión
community-feedback-status-answered = Respondido
community-feedback-status-referred = Remitido a otra organización que puede ayudar
community-feedback-status-closed = Cerrado
steward-feedback-title = Comentarios y quejas
steward-feedback-counts = Abiertos: { NUMBER($open) } · Atrasados: { NUMBER($overdue) }
steward-feedback-confidential = Confidencial
steward-feedback-overdue = Atrasado
steward-feedback-from-web = Desde la página comunitaria, en { $lang }
steward-feedback-from-phone = Registrado por un encuestador, en { $lang }
steward-feedback-contact = Contacto: { $contact }
steward-feedback-anonymous = Anónimo
steward-feedback-resolution = Resolución: { $resolution }
steward-feedback-text = Respuesta, remisión o resolución
steward-feedback-acknowledge = Acusar recibo
steward-feedback-answer = Enviar respuesta
steward-feedback-refer = Remitir
steward-feedback-close = Cerrar
steward-feedback-voice = Mensaje de voz:
steward-monitor-open = Abrir la página de auditoría comunitaria
steward-actions-title = Lo que hicimos: acciones en el panel público
steward-actions-intro = Cuente a la comunidad lo que el proyecto hizo con sus opiniones. El panel muestra el título, el texto y a cuántos mensajes responde, nunca los mensajes.
steward-actions-date = Hecho el
steward-actions-language = Idioma
steward-actions-heading = Título
steward-actions-text = Lo que se hizo
steward-actions-cases = Opiniones a las que responde
steward-actions-publish = Publicar en el panel
steward-actions-published = Hecho el { $date } · opiniones a las que responde: { NUMBER($n) }
steward-actions-withdraw = Quitar del panel
steward-actions-none = Aún no hay nada publicado.

## Feedback recorded on the phone (issue 23)
home-feedback-title = Registrar un comentario o una queja
home-feedback-intro = Para alguien que quiere decir algo al proyecto, de forma anónima salvo que deje un contacto. Se envía con la próxima sincronización.
home-feedback-category = ¿De qué se trata?
home-feedback-message = Lo que dice la persona
home-feedback-contact = Cómo contactarla (opcional)
home-feedback-contact-hint = Solo si quiere una respuesta.
home-feedback-save = Guardar
home-feedback-saved = Guardado. Dé este código de seguimiento a la persona: con él lee la respuesta en la página comunitaria.
home-feedback-incomplete = Elija el tema y escriba lo que dice la persona.
home-feedback-waiting = Comentarios pendientes de envío: { NUMBER($n) }
sync-feedback-sent = Comentarios enviados: { NUMBER($n) }.
sync-feedback-refused = Comentarios rechazados por el servidor (tema ya no ofrecido): { NUMBER($n) }.

# Translation in the browser (issue 24): the translation page.
admin-role-translator = Traductor
admin-translate-title = Traducción
admin-translate-intro = Traduzca un formulario y su consentimiento lado a lado. Un traductor guarda y marca el trabajo como revisado; un responsable de datos o un administrador lo publica, y los teléfonos lo reciben en su próxima sincronización.
admin-translate-form = Formulario
admin-translate-language = Traducir al
admin-translate-languages = Idiomas de este formulario
admin-translate-done = { $done } de { $total }
admin-translate-reviewed-by = revisado por { $who }
admin-translate-unpublished = guardado, aún no publicado
admin-translate-export = Descargar todos los idiomas para Excel (.xlsx)
admin-translate-import = Subir un libro: se leen sus columnas { $lang }
admin-translate-table = Del { $source } al { $target }
admin-translate-status = Estado de esta traducción
admin-translate-status-none = sin empezar
admin-translate-status-published = en el formulario, no revisada aquí
admin-translate-status-machine = borrador automático
admin-translate-status-draft = borrador de una persona
admin-translate-status-reviewed = revisada por un hablante
admin-translate-save = Guardar traducción
admin-translate-publish = Publicar traducción
admin-translate-saved = Guardado. Un responsable de datos o un administrador la publica.
admin-translate-published = Publicado: versión { $version } del formulario, versión { $template } del consentimiento. Los teléfonos la reciben en su próxima sincronización.
admin-translate-publish-incomplete = El consentimiento aún no está traducido por completo: rellene cada casilla vacía del consentimiento y sus finalidades y luego publique.
admin-translate-imported = Leído del libro: { $imported } textos guardados, { $skipped } filas omitidas (no están en el formulario).
admin-translate-who-publishes = Un responsable de datos o un administrador publica las traducciones.
admin-translate-interface = Idiomas de la interfaz
admin-translate-interface-language = Idioma
admin-translate-interface-complete = Mensajes
admin-translate-interface-review = Revisión
admin-translate-unreviewed = Aún no revisados por un hablante

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = Este idioma no tiene grabación del texto de consentimiento.
consent-audio-first = Entrevista primero en audio: cada indicación se reproduce en voz alta, una pregunta por pantalla
prompt-listen-choice = Escuchar esta respuesta
admin-record-open = Grabar indicaciones para personas que no leen
admin-record-title = Grabaciones para personas que no leen
admin-record-intro = Grabe el texto de consentimiento y cada pregunta y respuesta en el idioma de la persona entrevistada. Escuche cada grabación y vuelva a grabarla hasta que esté bien.
admin-record-form = Formulario
admin-record-language = Idioma de las grabaciones
admin-record-consent = Texto de consentimiento
admin-record-consent-note = La grabación del texto de consentimiento entra en la plantilla de consentimiento de inmediato: los teléfonos la reciben en su próxima sincronización.
admin-record-consent-text = El texto de consentimiento completo
admin-record-prompts = Preguntas y respuestas
admin-record-start = Grabar
admin-record-again = Grabar de nuevo
admin-record-stop = Detener y guardar
admin-record-on-air = Grabando: hable ahora y luego pulse Detener.
admin-record-unsaved = Grabaciones que aún no están en un borrador: { $count }
admin-record-save = Guardar como nuevo borrador
admin-record-back = Volver a los formularios
admin-record-microphone-refused = El navegador no puede usar el micrófono: permítalo en la configuración del sitio e inténtelo de nuevo.
admin-record-microphone-missing = No se pudo usar ningún micrófono: conecte uno e inténtelo de nuevo.
admin-record-unsupported = Este navegador no puede grabar sonido: use un Chrome, Firefox o Safari reciente.
idle-warning = Nadie ha usado este teléfono desde hace un rato: se bloqueará en un minuto para proteger los registros.
idle-stay = Mantener desbloqueado
review-consent-played = Se reprodujo a la persona entrevistada la grabación del texto de consentimiento.

# The digits a project's interface writes numbers in (issue 24), on the admin's projects card.
admin-digits = Cifras de los números en los teléfonos
admin-digits-language = Las cifras habituales de cada idioma
admin-digits-latin = Cifras latinas (0123456789) en todos los idiomas
admin-digits-native = Las cifras propias de cada escritura (árabe ٠١٢٣, dari y pastún ۰۱۲۳, bengalí ০১২৩)
admin-digits-hint = Números, páginas y fechas en los teléfonos de este proyecto. Los teléfonos aplican un cambio en su próxima sincronización.
admin-digits-saved = Guardado. Los teléfonos escriben así los números desde su próxima sincronización.
