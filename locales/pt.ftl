# Sauti UI strings, Portuguese (pt).
# Translator: machine-drafted by Claude (Anthropic) from en.ftl, 2026-12-05
# Review: not yet reviewed by a native speaker (machine-drafted, 2026-12-05)
# Same ids as en.ftl (forms::i18n tests check it). Counts use CLDR plural categories for pt: one (0 and 1), many (millions), other.

app-title = Sauti
lang-label = Idioma
lang-unreviewed = Esta tradução ainda não foi verificada por um falante da língua. Comunique os erros ao seu supervisor.
nav-skip = Ir para o conteúdo

## Setting up a phone
setup-title = Configurar este telemóvel
setup-intro = Inicie sessão uma vez com ligação à rede. Tudo o que recolher fica depois trancado neste telemóvel com uma frase-passe que só você conhece.
setup-username = Nome de utilizador
setup-password = Palavra-passe
setup-passphrase = Nova frase-passe
setup-passphrase-hint = Pelo menos 8 caracteres. Não pode ser recuperada: se a esquecer, os registos ainda não sincronizados perdem-se.
setup-passphrase-confirm = Repita a frase-passe
setup-submit = Trancar e começar
setup-busy = A trancar o telemóvel…
setup-signin = Iniciar sessão
setup-lock-title = Escolha uma frase-passe
setup-downloading = A iniciar sessão como { $user } e a descarregar os formulários. Entretanto, escolha a sua frase-passe.
setup-downloaded = Sessão iniciada como { $user }. Os formulários já chegaram.
setup-back = Usar outra conta
setup-account-empty = Introduza o seu nome de utilizador e a sua palavra-passe.
err-passphrase-short = A frase-passe deve ter pelo menos 8 caracteres.
err-passphrase-mismatch = As duas frases-passe não são iguais.
err-sign-in = Nome de utilizador ou palavra-passe errados.
err-too-many-attempts = Demasiadas palavras-passe erradas. Espere um pouco e tente de novo.
err-busy = O servidor está ocupado a verificar outras palavras-passe. Espere um momento e tente de novo. Nada se perdeu.
err-network = Não é possível chegar ao servidor, embora o telemóvel tenha rede. Nada se perdeu.
err-offline = Este telemóvel está sem rede. Nada se perdeu: sincronize de novo quando tiver ligação.
err-timeout = O servidor não respondeu a tempo e o telemóvel deixou de esperar. Nada se perdeu.
err-chunk = Este ecrã ainda não está no telemóvel. Ligue-se à rede uma vez e abra-o de novo. Nada se perdeu.
chunk-loading = A carregar…
err-server = O servidor não conseguiu tratar o pedido (erro { $status }). Nada se perdeu.

## Unlocking
unlock-title = Desbloquear
unlock-intro = Escreva a sua frase-passe para abrir os seus registos.
unlock-passphrase = Frase-passe
unlock-submit = Desbloquear
unlock-busy = A desbloquear…
unlock-moved = O Sauti foi desbloqueado noutra janela, por isso esta foi bloqueada. Use uma janela de cada vez.
unlock-user = Este telemóvel está configurado para { $user }.
unlock-wait = Demasiadas tentativas erradas. { $seconds ->
        [one] Tente de novo dentro de { $seconds } segundo.
       *[other] Tente de novo dentro de { $seconds } segundos.
    }
locked-idle = Trancado após 10 minutos sem uso.
err-wrong-passphrase = Frase-passe errada. Nada foi alterado.
passphrase-change = Mudar a frase-passe
passphrase-current = Frase-passe atual
passphrase-changed = Frase-passe mudada. A partir de agora use a nova.
cancel = Cancelar

## Home
home-title = Entrevistas
home-new = Nova entrevista
home-sync = Sincronizar agora
home-lock = Trancar
home-drafts = Rascunhos
home-queued = À espera de sincronizar
home-synced = Sincronizados
home-rejected = Recusados pelo servidor
home-empty = Nenhum
home-resume = Continuar
home-offline-ready = { $count ->
        [one] Formulário pronto para usar sem rede: { $form }
       *[other] Formulários prontos para usar sem rede: { $form }
    }
update-ready = Está pronta uma nova versão do Sauti.
update-now = Atualizar agora
home-storage = Armazenamento usado neste telemóvel: { NUMBER($percent) } %
home-keep = Os registos sincronizados ficam neste telemóvel durante { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } e depois são apagados.
storage-warning = O armazenamento deste telemóvel está { NUMBER($percent) } % cheio. Sincronize em breve: as novas entrevistas param nos 95 %.
storage-warning-free = O armazenamento deste telemóvel está { NUMBER($percent) } % cheio. Liberte espaço no telemóvel (fotos, vídeos, outras aplicações): as novas entrevistas param nos 95 %.
err-storage-nearly-full = O armazenamento deste telemóvel está { NUMBER($percent) } % cheio. Sincronize ou liberte espaço antes de uma nova entrevista, para que nenhuma falhe ao ser guardada.
err-storage-nearly-full-free = O armazenamento deste telemóvel está { NUMBER($percent) } % cheio e nada espera envio, por isso sincronizar não ajudaria. Liberte espaço no telemóvel (fotos, vídeos, outras aplicações) antes de uma nova entrevista.
sync-busy = A sincronizar…
sync-done = Sincronização terminada: { $accepted ->
        [one] { NUMBER($accepted) } enviado
       *[other] { NUMBER($accepted) } enviados
    }, { NUMBER($duplicates) } já no servidor, { $rejected ->
        [one] { NUMBER($rejected) } recusado.
       *[other] { NUMBER($rejected) } recusados.
    }
sync-nothing = Nada para sincronizar.
sync-new-form = Está pronta para usar sem rede uma nova versão do formulário: { $form }.
sync-forms-changed = Os formulários deste telefone são agora: { $forms }.
sync-edited = { $n ->
        [one] { $n } deles tinha sido corrigido por um responsável de dados no servidor; a correção é mantida.
       *[other] { $n } deles tinham sido corrigidos por um responsável de dados no servidor; as correções são mantidas.
    }
record-edited = Corrigido por um responsável de dados no servidor; a correção é mantida.
record-recheck = Enviar de novo para verificação
record-sent-back = Devolvido por um revisor: { $comment }
sync-progress = A enviar { NUMBER($done) } de { NUMBER($total) }…
sync-retry = Nova tentativa dentro de { $seconds } s; os seus registos estão seguros no telemóvel.
sync-offline-wait = Este telemóvel está sem rede. Os seus registos estão seguros nele; serão enviados quando a ligação voltar.
home-auto-send = Enviar automaticamente quando houver rede
err-device-revoked = Este telemóvel já não pode sincronizar: o seu acesso foi revogado ou expirou. Os seus registos ficam no telemóvel. Peça ao seu supervisor para o configurar de novo.
err-batch-malformed = O servidor não conseguiu ler os registos enviados. Nada se perdeu.
err-bad-request = Isto não pôde ser feito como pedido. Verifique o que escreveu e tente de novo.
err-form-unknown = O servidor não conhece esta versão do formulário. Nada se perdeu.
err-form-not-assigned = Este telefone nunca recebeu este formulário, por isso o servidor não guardou o registo. Ele fica no telefone: peça ao seu supervisor que lhe atribua o formulário e sincronize de novo.
err-too-large = Foi enviado demasiado de uma vez. Nada se perdeu.
err-unauthorized = Inicie sessão primeiro.
err-forbidden = Não tem permissão para fazer isso.
err-not-found = Não encontrado.
err-conflict = Alguém alterou este registo entretanto. Volte a carregá-lo e tente de novo.
err-internal = O servidor teve um problema. Nada se perdeu; tente mais tarde.
err-refusal-with-answers = Foi enviada uma recusa com respostas, por isso não foi guardada.
err-receipt-reused = Outro registo já tem este código de recibo.
err-record-too-large = Demasiado grande para enviar: as fotografias e gravações ultrapassam o que o servidor aceita. Fica guardado neste telemóvel; avise o seu supervisor.

## Errors from storage and the vault
err-tampered = O registo { $id } não pode ser aberto: foi alterado ou danificado. Os seus outros registos estão seguros.
err-malformed-storage = Os dados guardados para { $id } estão num formato que esta aplicação não entende.
err-weak-vault = As definições guardadas do cofre são mais fracas do que o permitido.
err-no-random = Este navegador não consegue gerar números aleatórios seguros.
err-storage-full = O armazenamento do telemóvel está cheio. Nada se perdeu: liberte espaço no telemóvel (fotos, vídeos, outras aplicações) e guarde de novo.
err-storage-write = O telemóvel não conseguiu escrever no seu armazenamento ({ $reason }). Isto não foi guardado: tente de novo.
err-invalid-answers = Estas respostas não cumprem as regras do formulário; veja cada campo.
err-invalid-policy = A política não pode ser usada; cada problema é indicado com o seu local.
err-form-expression = O formulário contém uma expressão que não pode ser lida.
err-form-definition = A definição do formulário não é válida.
err-form-files-missing = O formulário lê ficheiros que ainda não estão anexados: anexe-os e depois publique-o.

## Consent
consent-title = Consentimento
consent-language = Língua da pessoa entrevistada
consent-read = Leia isto à pessoa entrevistada:
consent-controller = Organização responsável: { $controller }
consent-purposes = A pessoa entrevistada aceita:
consent-method = Como é dado o consentimento
consent-method-signature = Assinatura no ecrã
consent-method-verbal = Consentimento verbal perante uma testemunha
consent-method-mark = Uma marca (um X ou o polegar) perante uma testemunha
consent-method-guardian = Um menor: o seu assentimento e o consentimento de um pai, mãe ou tutor
consent-method-proxy = Alguém consente em nome de uma pessoa que não o pode fazer
consent-minimum-age = Para pessoas com menos de { $age } anos.
consent-guardian = Nome do pai, mãe ou tutor
consent-proxy = Nome da pessoa que consente em seu nome
consent-relationship = Relação com a pessoa entrevistada
consent-assent = A criança aceita participar
consent-reason = Porque é que a pessoa entrevistada não pode consentir por si
consent-missing-representative = Escreva o nome da pessoa que consente e a sua relação.
consent-missing-assent = Pergunte à criança se aceita e marque a caixa só se aceitar.
consent-missing-reason = Escreva porque é que a pessoa entrevistada não pode consentir por si.
consent-required-purpose = Este uso é necessário para participar. Sem ele, registe uma recusa.
consent-signature-pad = Área de assinatura: a pessoa entrevistada assina aqui
consent-signature-clear = Apagar a assinatura
consent-kept-for = Guardadas durante { $days ->
        [one] { $days } dia.
       *[other] { $days } dias.
    }
consent-shared-for = Podem ser partilhadas com { $who }.
consent-witness = Nome da testemunha
consent-access = Quatro algarismos escolhidos pela pessoa entrevistada (opcional)
consent-access-hint = Um PIN ou o seu ano de nascimento. Com o código do recibo, permite-lhe ver ou retirar o consentimento mais tarde.
consent-bad-access = Escreva exatamente quatro algarismos, ou deixe vazio.
consent-understanding = Verifique que a pessoa entrevistada compreendeu: faça cada pergunta.
consent-yes = Sim
consent-no = Não
consent-explain-again = Não exatamente. Explique isto de novo e pergunte outra vez:
consent-not-understood = Faça cada pergunta sobre a compreensão até todas as respostas estarem certas.
consent-listen = Reproduza a gravação deste texto para a pessoa entrevistada:
consent-give = Consentimento dado: começar
consent-refuse = A pessoa entrevistada recusa
err-consent-no-purpose = Escolha pelo menos uma finalidade, ou registe uma recusa.
err-consent-no-signature = Peça primeiro à pessoa entrevistada que assine.
err-consent-no-witness = Escreva o nome da testemunha.
consent-unknown-template = O servidor não conhece o modelo de consentimento.
consent-text-mismatch = O texto de consentimento mostrado não corresponde ao modelo.
consent-no-purpose = Nenhuma finalidade foi aceite.
consent-unknown-purpose = O servidor não conhece uma das finalidades.
consent-missing-witness = Falta o nome da testemunha.
consent-missing-signature = Falta a assinatura.

## Interview
interview-next = Seguinte
interview-back = Voltar
interview-save = Guardar
interview-save-draft = Guardar rascunho e sair
interview-draft-saved = Rascunho guardado neste telemóvel.
geo-locate = Registar a localização
geo-map = Ver num mapa
geo-busy = A procurar a localização…
geo-done = Localização registada (precisão de cerca de { $accuracy } m).
geo-failed = Não foi possível encontrar a localização. Verifique se a localização está ligada e permitida para esta página, ou escreva-a.
geo-add-location = Adicionar a minha localização
geo-add-point = Adicionar este ponto
geo-latitude = Latitude
geo-longitude = Longitude
geo-remove-point = Remover o ponto { NUMBER($n) }
geo-no-points = Ainda não há pontos. Fique em cada ponto e adicione a sua localização, ou escreva-a.
geo-points-summary = { $count ->
        [one] 1 ponto
       *[other] { $count } pontos
    } · comprimento { $length } m
geo-area = área { $area } m² ({ $hectares } ha)
interview-required = obrigatório
interview-add-member = Acrescentar: { $label }
interview-remove-member = Retirar { $label } – { NUMBER($n) }
interview-member = { $label } – { NUMBER($n) }
interview-choose = Escolha…
choices-search = Escreva para procurar
choices-count = { $count ->
        [one] { $count } opção: escreva algumas letras da que procura.
       *[other] { $count } opções: escreva algumas letras da que procura.
    }
choices-found = { $count ->
        [one] { NUMBER($count) } encontrada
       *[other] { NUMBER($count) } encontradas
    }
choices-more = As primeiras { NUMBER($shown) } de { NUMBER($count) } encontradas: escreva mais letras.
choices-none = Nada encontrado: verifique a ortografia ou experimente o início do nome.
choices-empty = Ainda não há opções: dependem de uma resposta anterior.
choices-none-listed = A lista não tem opções para as respostas anteriores. Verifique-as ou avise o seu supervisor.
date-day = Dia
date-month = Mês
date-year = Ano
date-no-such-day = Este dia não existe neste calendário.
date-gregorian = Guardado como { $date } (calendário gregoriano).
date-called = Neste calendário esse dia escreve-se { $date }.
date-waxing = crescente { $day }
date-full-moon = lua cheia
date-waning = minguante { $day }
date-new-moon = lua nova
prompt-listen = Ouvir a pergunta
prompt-watch = Ver o vídeo da pergunta
interview-guidance = Como perguntar
interview-page = Página { NUMBER($n) } de { NUMBER($total) }
interview-has-errors = Algumas respostas precisam de atenção.
overview-open = Secções
overview-title = Secções
overview-close = Voltar às perguntas
overview-answered = { NUMBER($answered) } de { NUMBER($required) } obrigatórias respondidas
overview-nothing-required = Nada obrigatório
overview-problems = { $count ->
        [one] { $count } resposta a corrigir
       *[other] { $count } respostas a corrigir
    }
overview-part = { $title } ({ NUMBER($n) } de { NUMBER($total) })
overview-untitled = Página { NUMBER($n) }
field-required = Esta resposta é obrigatória.
field-constraint = Esta resposta não é permitida.
field-not-integer = Escreva um número inteiro.
field-not-number = Escreva um número.
field-not-date = Escreva uma data.
field-not-time = Escreva uma hora.
field-not-geopoint = Escreva uma localização como latitude e longitude, p. ex. -1.29 36.82.
field-not-geotrace = Uma linha precisa de pelo menos 2 pontos, cada um com latitude e longitude.
field-not-geoshape = Uma área precisa de pelo menos 3 pontos, cada um com latitude e longitude.
capture-kept = Guardado neste telemóvel, trancado com o registo: { $size } KB.
capture-reading = A ler o ficheiro…
capture-unreadable = Este ficheiro não pôde ser lido. Tente de novo ou escolha outro ficheiro.
capture-remove = Retirar o ficheiro
field-unknown-choice = Escolha uma das opções.
field-unknown = Esta resposta não pertence ao formulário.
field-not-relevant = Esta resposta não deve ser dada aqui.
field-calculation = Um valor calculado está desatualizado.
field-wrong-shape = Esta resposta tem a forma errada.
field-wrong-attachment = Este ficheiro não é do tipo que a pergunta pede.
field-attachment-too-large = Este ficheiro é grande demais para o telemóvel: no máximo 1,5 MB.
field-off-the-scale = Escolha um valor na escala mostrada.
field-not-ranked = Ponha todas as opções por ordem, cada uma uma vez.
range-unset = Ainda sem resposta
range-less = Menos
range-more = Mais
rating-star = { NUMBER($n) } de { NUMBER($max) }
rank-up = Subir
rank-down = Descer
rank-keep = Manter esta ordem

## Receipt
receipt-title = Recibo
withdrawal-title = Registar uma retirada
withdrawal-receipt = Código do recibo da pessoa que se retira
withdrawal-hint = Todo o seu consentimento é retirado e as suas respostas apagadas na próxima sincronização.
withdrawal-submit = Retirar tudo
withdrawal-recorded = Retirada registada: segue com a próxima sincronização.
withdrawal-bad-code = Este código de recibo tem um erro de escrita: verifique-o com a pessoa entrevistada.
withdrawal-access = Os quatro algarismos da pessoa entrevistada, se escolheu alguns
withdrawal-access-hint = Necessários quando outro inquiridor recolheu o consentimento desta pessoa e ela escolheu quatro algarismos nessa altura: sem eles a retirada é recusada. Não são precisos para um consentimento que você recolheu.
withdrawal-bad-digits = Os algarismos devem ser os quatro que a pessoa escolheu ao consentir. Verifique-os com ela, ou deixe a caixa vazia.
withdrawal-refused = A retirada de { $code } foi recusada: os quatro algarismos da pessoa faltavam ou estavam errados. Peça-lhe os algarismos e registe a retirada de novo, ou encaminhe-a para a página comunitária ou para o ponto focal do projeto.
withdrawal-refused-dismiss = Entendido
sync-withdrawals-refused = Retiradas recusadas: { NUMBER($n) }. Veja porquê neste ecrã.
receipt-intro = Dê este código à pessoa entrevistada. Com ele pode ver, limitar ou retirar o seu consentimento mais tarde.
receipt-qr = Código QR do recibo: abre a página de consulta com o código já preenchido
receipt-where = Para ver ou retirar este consentimento mais tarde: { $page }, com o código e os quatro algarismos escolhidos.
receipt-print = Imprimir um talão
receipt-refused = A recusa foi registada. Nenhuma resposta foi guardada.
receipt-saved = Guardado e cifrado neste telemóvel.
receipt-done = Voltar às entrevistas

## Data steward
steward-title = Submissões
admin-upload-title = Formulários
admin-upload-intro = Carregue um questionário como XLSForm (.xlsx ou .xls, como para ODK ou KoboToolbox) ou um formulário Sauti (.json). Torna-se a nova versão do formulário do projeto; os telemóveis recebem-na na próxima sincronização.
admin-upload-label = Ficheiro do questionário
admin-upload-done = Importado «{ $form }» ({ $id }, versão { $version }): { $questions ->
        [one] { $questions } pergunta.
       *[other] { $questions } perguntas.
    }
steward-sign-in = Iniciar sessão
steward-username = Nome de utilizador
steward-password = Palavra-passe
steward-sign-out = Terminar sessão
steward-approve = Aprovar
steward-reject = Rejeitar
steward-empty = Ainda não há submissões.
steward-state-received = Recebido
steward-state-approved = Aprovado
steward-state-rejected = Rejeitado
steward-state-has_issues = Devolvido
steward-state-edited = Corrigido
review-send-back = Devolver
review-send-back-title = Devolver o registo { $receipt } ao seu inquiridor
review-send-back-label = O que deve o inquiridor verificar?
review-cancel = Cancelar
review-correct = Corrigir respostas
review-correct-reason = Por que as corrige (fica no histórico do registo)
review-correct-save = Guardar a correção
review-correct-nothing = Nada foi alterado.
review-correct-why = Diga por que corrige estas respostas.
review-correct-problems = Algumas respostas não cumprem as regras do formulário: veja cada uma.
review-correct-conflict = Este registo mudou desde que o abriu (um colega corrigiu-o, ou foram apagadas respostas após uma retirada). É mostrado de novo como está agora: leia-o antes de corrigir de novo.
exports-title = Exportações
exports-intro = Cada exportação deixa sair apenas o que a política do projeto permite: registos aprovados cujas pessoas entrevistadas aceitaram a sua finalidade.
exports-form = Formulário a exportar (todas as suas versões publicadas)
exports-k = Os registos que se destacariam (menos de { $k } semelhantes) são retidos.
exports-csv = CSV
exports-json = JSON
exports-withdrawal-notice = Aviso de retirada: quem deve apagar o quê (CSV)
exports-xlsx = Excel (todas as tabelas)
exports-table = Tabela «{ $table }» (CSV)
steward-refused = Consentimento recusado
steward-purposes = Finalidades: { $purposes }
steward-explained-again = Explicado de novo antes do consentimento: { $points }
steward-col-receipt = Recibo
steward-col-received = Recebido
steward-col-area = Zona
steward-col-state = Estado
steward-col-actions = Ações
err-session = A sua sessão terminou. Inicie sessão de novo.
community-title = O seu consentimento
community-intro = Escreva o código do recibo que lhe deram e os quatro algarismos que escolheu quando deu o consentimento. Verá o que aceitou e quem recebeu as suas respostas, e pode retirar-se.
community-receipt = Código do recibo
community-receipt-hint = Por exemplo 7K3M-9QPA-X2RT-5. Maiúsculas ou minúsculas, com ou sem hífenes.
community-access = Os seus quatro algarismos
community-access-hint = O PIN ou o ano de nascimento que escolheu.
community-look-up = Mostrar o meu consentimento
community-not-found = Nenhum consentimento corresponde a este código e a estes algarismos. Verifique ambos e tente de novo. Se retirou o seu consentimento, já nada é guardado, nem sequer os seus algarismos.
community-wait = Demasiadas tentativas. Espere alguns minutos e tente de novo.
err-code-locked = Este código de recibo está bloqueado após demasiados algarismos errados, para proteger a pessoa a quem pertence. Ela pode ainda ver ou retirar o seu consentimento através de um inquiridor ou do ponto focal do projeto.
community-your-consent = O que aceitou
community-given = A { $date }, { $enumerator } registou o seu consentimento para { $controller }.
community-played = O texto do consentimento foi-lhe reproduzido a partir de uma gravação na sua língua.
community-refused = A { $date } disse que não. Nada do que disse foi guardado.
community-withdrawn = Retirou o seu consentimento a { $date }. As suas respostas foram apagadas.
community-deleted = As suas respostas foram apagadas a { $date }, no fim do tempo em que podiam ser guardadas.
community-purposes = Para que são usadas as suas respostas
community-purpose-active = Em uso
community-purpose-withdrawn = Retirado a { $date }
community-not-accepted = Não aceitou: { $purposes }.
community-held = Que tipos de informação são guardados
community-sensitive = Parte dela é sensível: { $categories }.
community-shared = Quem recebeu as suas respostas
community-not-shared = Ninguém fora da equipa do projeto as recebeu.
community-shared-with = { $recipient }, a { $date }
community-contact = Perguntas: { $controller }, { $contact }.
community-withdraw-chosen = Retirar os usos marcados
community-withdraw-all = Retirar tudo
community-withdraw-all-confirm = Sim, apagar agora todas as minhas respostas
community-receipt-json = Guardar este recibo de consentimento (JSON)
community-kept-for = Guardadas durante { $days ->
        [one] { $days } dia.
       *[other] { $days } dias.
    }
community-shared-for = Podem ser partilhadas com { $who }.

## Dead ends and the consent screen (issue 21)
consent-cancel = Cancelar
err-consent-no-method = Escolha como é dado o consentimento.
consent-access-skip = Sem os quatro algarismos, a pessoa entrevistada não pode usar a página comunitária: só o ponto focal do projeto lhe pode mostrar o consentimento ou retirá-lo.
consent-untranslated = O texto do consentimento não tem tradução em: { $languages }. Leia-o numa língua que a pessoa entenda bem e peça ao responsável pelos dados do projeto que acrescente a tradução.
consent-signature-label = A pessoa entrevistada assina, ou faz uma marca, com um dedo dentro da caixa abaixo.
receipt-no-digits = Não foram escolhidos quatro algarismos, por isso a página comunitária não pode abrir este consentimento. Para o ver ou retirar, a pessoa entrevistada dirige-se ao ponto focal do projeto ou a um inquiridor, com este código.
home-discard = Descartar
home-discard-confirm = Descartar o rascunho «{ $name }»? As suas respostas e o consentimento nele registado são apagados deste telemóvel. Isto não pode ser desfeito.
home-discard-yes = Descartar o rascunho
home-discard-no = Mantê-lo
home-draft-discarded = O rascunho foi apagado deste telemóvel.
home-form-waiting = Está à espera uma nova versão do formulário. Um rascunho termina-se na versão em que começou: termine ou descarte cada rascunho abaixo, e a nova versão chega na próxima sincronização.
sync-new-form-waits = Está à espera uma nova versão do formulário: termine ou descarte os rascunhos para a usar.
home-withdrawals-pending = Retiradas à espera de envio
sync-withdrawals-done = { $n ->
        [one] { $n } retirada efetuada.
       *[other] { $n } retiradas efetuadas.
    }

## The public dashboard (server-rendered: /p/{project}/dashboard)
dashboard-collected = O que foi recolhido
dashboard-by-area = Entrevistas por zona
dashboard-by-month = Entrevistas por zona e mês
dashboard-area = Zona
dashboard-total = Total
dashboard-earlier = Antes
dashboard-other-areas = Outras zonas
dashboard-indicators = O que nos disseram
dashboard-all-areas = Todas as zonas
dashboard-share = { $share } ({ NUMBER($n) } de { NUMBER($total) })
dashboard-actions = O que fizemos
dashboard-no-actions = Ainda nada publicado.
dashboard-counted = Contadas: entrevistas aprovadas cujas pessoas aceitaram este uso:
dashboard-privacy = Para proteger cada agregado familiar, um número só é mostrado quando conta pelo menos { NUMBER($k) } entrevistas; — marca um número oculto por essa razão, ou para que um número pequeno não possa ser deduzido dos outros. Uma entrevista retirada sai destes números na atualização seguinte.
dashboard-updated = Atualizado
dashboard-feedback = As vossas opiniões e reclamações
dashboard-feedback-kind = Tipo
dashboard-feedback-received = Recebidas
dashboard-feedback-answered = Respondidas
dashboard-feedback-median = Mediana de dias até à resposta
dashboard-feedback-confidential = Denúncias confidenciais (abuso, fraude), todas juntas
dashboard-feedback-how = Envie uma opinião, uma pergunta ou uma reclamação na página comunitária, de forma anónima se quiser; guarde o código de acompanhamento para ler a resposta.
dashboard-action-about = Assunto: { $categories }
dashboard-action-answers = Opiniões a que responde: { NUMBER($n) }
dashboard-action-answers-few = Em resposta a opiniões (menos de { NUMBER($k) } mensagens)
dashboard-monitor-title = Monitor comunitário: { $project }
dashboard-monitor-intro = Apenas números e datas: nada aqui nomeia uma pessoa nem diz o que alguém respondeu. Um número abaixo de { NUMBER($k) } é ocultado (—).
dashboard-monitor-dashboard = O painel público
dashboard-monitor-actions = Ações publicadas em resposta: { NUMBER($n) }
dashboard-monitor-exports = Quem recebeu dados
dashboard-monitor-date = Data
dashboard-monitor-export-to = Recebido por
dashboard-monitor-export-profile = Perfil
dashboard-monitor-records = Registos
dashboard-monitor-export-withheld = Retidos (k-anonimato)
dashboard-monitor-no-exports = Nenhum dado foi exportado.
dashboard-monitor-operator = Operador (linha de comandos)
dashboard-monitor-withdrawals = Consentimento retirado
dashboard-monitor-month = Mês
dashboard-monitor-withdrawn-purpose = Um uso
dashboard-monitor-withdrawn-everything = Tudo (respostas apagadas)
dashboard-monitor-no-withdrawals = Ninguém retirou o consentimento.
dashboard-monitor-purges = Registos eliminados
dashboard-monitor-reason = Porquê
dashboard-monitor-reason-retention = Guardados pelo tempo permitido
dashboard-monitor-reason-withdrawn = Consentimento retirado
dashboard-monitor-no-purges = Nenhum registo foi eliminado.
dashboard-monitor-feedback = Como as opiniões foram tratadas
dashboard-monitor-no-feedback = Ainda não há opiniões.
dashboard-monitor-acknowledged = Receção confirmada
dashboard-monitor-overdue = Atrasadas agora
dashboard-monitor-days-acknowledge = Mediana de dias até confirmar a receção
dashboard-monitor-sign-in = Entrar
dashboard-monitor-signed-out = Entre com a conta de monitor comunitário do projeto para ler esta página.

## Admin: forms, drafts and publishing
admin-forms-intro = Envie um questionário como XLSForm (.xlsx ou .xls, como para o ODK ou o KoboToolbox) ou um formulário Sauti (.json). Fica guardado como rascunho: verifique os avisos e a pré-visualização e depois publique-o. Os telemóveis só recebem formulários publicados.
admin-governance-title = Modelo de consentimento e política de dados
admin-governance-intro = O modelo de consentimento é o que os inquiridos ouvem e aceitam; a política de dados diz quem vê o quê e o que cada exportação deixa sair. Carregue cada um como ficheiro TOML: é verificado com os formulários do projeto e cada problema é listado.
admin-template-file = Modelo de consentimento (.toml)
admin-policy-file = Política de dados (.toml)
admin-template-installed = Modelo de consentimento instalado. Os telemóveis recebem-no na próxima sincronização.
admin-template-in-use = Há registos dados com esta versão do modelo, por isso não pode mudar: aumente o número da versão.
admin-policy-installed = A versão { $version } da política está em vigor.
admin-policy-current = Política em vigor: versão { $version }.
admin-policy-default = Ainda sem política instalada: aplica-se a predefinida, e nenhuma exportação deixa sair uma resposta que ela não classifique.
admin-forms-heading = Os formulários do projeto
admin-forms-none = Ainda não há formulários.
admin-forms-live = Os telemóveis recebem a versão { $version }
admin-forms-not-live = Ainda não está nos telemóveis
admin-version-state-draft = Rascunho
admin-version-state-waiting = À espera de ficheiros
admin-version-state-published = Publicada
admin-version-line = perguntas: { $questions } · registos: { $records } · { $when } · { $who }
admin-version-open = Abrir a versão { $version }
admin-version-open-short = Abrir
admin-upload-waiting = Guardado até estes ficheiros serem anexados: { $files }
admin-draft-back = Todos os formulários
admin-draft-title = { $form }, versão { $version }
admin-draft-warnings = O que a importação notou
admin-draft-no-warnings = A importação não notou nada a corrigir.
admin-draft-place-sheet = folha { $sheet }
admin-draft-place-row = linha { $row }
admin-draft-place-column = coluna { $column }
admin-draft-missing = Ficheiros que lê e que ainda não estão anexados
admin-draft-attach = Anexar um ficheiro (o nome tem de ser o da lista)
admin-draft-attached = { $file } anexado.
admin-draft-unclassified = Perguntas que a política ainda não classifica
admin-draft-unclassified-help = Nenhuma exportação deixa sair as respostas até a política (ou a coluna tags do formulário) dizer o que são. Classifique-as antes de publicar.
admin-draft-all-classified = A política classifica todas as perguntas.
admin-draft-preview = Pré-visualização: o formulário como os telemóveis o mostram
admin-draft-preview-language = Língua da pré-visualização
admin-draft-preview-note = Mostrado só para leitura. As perguntas feitas só depois de certas respostas aparecem no telemóvel quando essas respostas são dadas.
admin-draft-publish = Publicar
admin-draft-confirm-new = Os telemóveis vão receber «{ $form }» versão { $version } ({ $questions } perguntas) na próxima sincronização, para as novas entrevistas.
admin-draft-confirm-replaces = Substitui a versão { $old }; os registos da versão { $old } ficam e continuam a ser exportados.
admin-draft-confirm-unclassified = Perguntas não classificadas: { $n }. As respostas não saem em nenhuma exportação até serem classificadas.
admin-draft-confirm-yes = Publicar agora
admin-draft-cancel = Cancelar
admin-draft-published = Publicada. Os telemóveis recebem a versão { $version } na próxima sincronização.
admin-draft-delete = Eliminar este rascunho
admin-draft-delete-confirm = Eliminar este rascunho? Nada foi recolhido com ele; o envio desaparece de vez.
admin-draft-cannot-publish = Anexe primeiro os ficheiros em falta: depois pode ser publicado.

## Projects, teams and accounts (issue 20)
admin-role-admin = Administrador
admin-role-steward = Responsável pelos dados
admin-role-reviewer = Revisor
admin-role-enumerator = Inquiridor
admin-role-partner = Parceiro
admin-role-monitor = Monitor comunitário
admin-project-current = { $project } · a sua função: { $role }
admin-project-switch = Mudar de projeto
admin-projects-archived = arquivado
admin-project-archived-note = Este projeto está arquivado: não recebe registos, telemóveis nem formulários novos. Os seus dados são mantidos e os responsáveis ainda podem exportá-los.
admin-password-title = Mudar a minha palavra-passe
admin-password-current = Palavra-passe atual
admin-password-new = Nova palavra-passe
admin-password-new-hint = Pelo menos 12 caracteres, não o seu nome de utilizador, não uma palavra-passe comum. Algumas palavras fazem uma boa palavra-passe.
admin-password-repeat = Nova palavra-passe, outra vez
admin-password-mismatch = As duas novas palavras-passe não são iguais.
admin-password-changed = Palavra-passe mudada. As suas outras sessões terminaram.
admin-password-submit = Mudar a palavra-passe
admin-projects-title = Projetos
admin-projects-intro = Cada projeto tem os seus formulários, modelo de consentimento, política, equipa e exportações. O administrador de qualquer projeto pode criar um novo e torna-se o seu administrador.
admin-project-name = Nome do projeto
admin-project-rename = Mudar o nome
admin-project-renamed = Nome mudado.
admin-project-archive = Arquivar este projeto
admin-project-restore = Restaurar este projeto
admin-project-archive-confirm = Arquivar { $project }? Os telemóveis deixam de poder enviar registos ou ser configurados para ele. Os dados são mantidos, os responsáveis ainda podem exportá-los e pode restaurá-lo mais tarde.
admin-project-restore-confirm = Restaurar { $project }? Os telemóveis voltam a poder enviar registos e ser configurados para ele.
admin-project-new = Novo projeto
admin-project-id = Identificador do projeto
admin-project-id-hint = De 3 a 40 letras minúsculas, algarismos ou -. Não pode ser mudado depois.
admin-project-create = Criar o projeto
admin-project-created = Projeto { $project } criado. É o seu administrador: mude para ele acima para acrescentar os formulários e a equipa.
admin-confirm = Sim, fazer
admin-cancel = Cancelar
admin-done = Feito.
admin-team-title = Equipa
admin-team-intro = Quem trabalha em { $project }, com a sua função aqui. Uma pessoa pode ter outra função noutro projeto.
admin-team-you = (você)
admin-team-disabled = desativada
admin-team-role-of = Função de { $username }
admin-team-role-changed = { $username } é agora { $role }.
admin-team-reset = Repor a palavra-passe
admin-team-reset-confirm = Dar uma nova palavra-passe a { $username }? A palavra-passe atual deixa de funcionar e todas as sessões terminam.
admin-team-disable = Desativar a conta
admin-team-disable-confirm = Desativar { $username }? Não poderá entrar, as sessões terminam agora e os telemóveis deixam de sincronizar até a conta ser ativada de novo.
admin-team-enable = Ativar a conta
admin-team-enable-confirm = Ativar { $username } de novo? Poderá entrar e os telemóveis voltam a sincronizar.
admin-team-sessions = Terminar sessão em todo o lado
admin-team-sessions-confirm = Terminar todas as sessões de { $username }? Terá de entrar de novo.
admin-team-sessions-ended = Sessões terminadas: { $n }.
admin-team-remove = Retirar do projeto
admin-team-remove-confirm = Retirar { $username } de { $project }? As sessões aqui terminam e os telemóveis aqui são revogados. A conta, e o que registou, ficam.
admin-team-removed = { $username } retirado.
admin-team-password-once = Palavra-passe de { $username }, mostrada só esta vez. Entregue-a pessoalmente; pode ser mudada depois de entrar:
admin-team-add = Acrescentar um membro
admin-team-username = Nome de utilizador
admin-team-username-hint = De 3 a 40 letras minúsculas, algarismos, . _ ou -
admin-team-role = Função
admin-team-existing = Esta pessoa já tem uma conta (de outro projeto)
admin-team-add-submit = Acrescentar o membro
admin-team-added = { $username } acrescentado como { $role }.
admin-assign-title = Quem preenche cada formulário
admin-assign-intro = Um recenseador preenche todos os formulários publicados até que desmarque algum para ele; o telefone dele passa então a receber só os formulários marcados na próxima sincronização. Os registos já guardados num telefone continuam a ser aceites.
admin-assign-last = Cada recenseador preenche pelo menos um formulário: para alguém deixar de recolher dados, retire-o da equipa.
admin-assign-saved = { $username } preenche agora: { $forms }.
admin-assign-every = todos os formulários, também os publicados mais tarde
admin-assign-no-forms = Ainda não há nenhum formulário publicado.
admin-assign-no-enumerators = Ainda não há recenseadores neste projeto: adicione-os à equipa.
admin-devices-title = Telemóveis
admin-device-line = { $label } · configurado { $created } · última sincronização: { $synced }
admin-device-never = nunca
admin-device-revoked = revogado { $at }
admin-device-revoke = Revogar o telemóvel
admin-device-revoke-confirm = Revogar o telemóvel «{ $label }» de { $username }? Deixa de sincronizar de imediato; os registos ainda não enviados ficam nele.
err-password-short = Uma palavra-passe precisa de pelo menos 12 caracteres. Algumas palavras fazem uma boa palavra-passe.
err-password-long = Uma palavra-passe pode ter no máximo 256 caracteres.
err-password-username = Uma palavra-passe não deve conter o nome de utilizador.
err-password-common = Esta palavra-passe está entre as primeiras que qualquer pessoa a tentar adivinhar experimentaria. Escolha outra.
err-project-archived = Este projeto está arquivado: não recebe registos, telemóveis nem formulários novos. Os seus dados são mantidos e os responsáveis ainda podem exportá-los.
err-last-admin = Um projeto mantém pelo menos um administrador. Torne primeiro outra pessoa administradora.
err-account-shared = Esta conta também trabalha em projetos que não administra. Retire-a antes deste projeto, ou fale com os administradores deles.
# The review desk (issue 20)
review-states = Estados de revisão
review-tab-to_review = Para rever
review-tab-has_issues = Devolvidos
review-tab-approved = Aprovados
review-tab-rejected = Rejeitados
review-tab-all = Todos
review-count = Registos encontrados: { $count }
review-select = Selecionar { $name }
review-bulk-approve = Aprovar seleção ({ $count })
review-clear-selection = Limpar seleção
review-bulk-confirm = Aprovar os { $count } registos selecionados? Saem de «Para rever» e podem ser exportados.
review-confirm = Confirmar
review-more = Mostrar mais
review-keys = No teclado: j abre o registo seguinte, k o anterior.
review-undo = Desfazer
review-done-approve = Aprovado.
review-done-reject = Rejeitado.
review-done-has_issues = Devolvido ao inquiridor.
review-done-reopen = De novo para rever.
review-done-bulk = Aprovados: { $count } registos.
review-search = Pesquisar
review-search-hint = Código do recibo, nome ou inquiridor
review-search-go = Pesquisar
review-filters = Mais filtros
review-filter-enumerator = Inquiridor
review-filter-area = Área
review-filter-form = Versão do formulário
review-filter-any = Qualquer
review-filter-from = Recebidos desde
review-filter-to = Recebidos até
review-filter-clear = Limpar filtros
review-back = Voltar à lista
review-enumerator = Inquiridor: { $name }
review-answers = Respostas
review-language = Idioma das respostas
review-language-unnamed = Idioma do formulário (sem nome)
review-no-answers = Sem respostas: a pessoa recusou.
review-withheld = Oculto pela política de dados: { $questions }
review-file = Descarregar
review-pseudonym = (pseudónimo)
review-action-approve = Aprovar
review-action-has_issues = Devolver
review-action-reject = Rejeitar
review-action-reopen = Reabrir para revisão
review-confirm-approve = Aprovar este registo? Depois poderá ser exportado.
review-confirm-has_issues = Devolver este registo ao inquiridor? Diga o que verificar.
review-confirm-reject = Rejeitar este registo? Nunca será exportado.
review-confirm-reopen = Voltar a pôr este registo em revisão?
review-comment-needed = Diga o que o inquiridor deve verificar.
review-consent = Consentimento
review-consent-refused = A pessoa recusou.
review-consent-method = Dado por: { $method }
review-method-signature = assinatura
review-method-verbal = oralmente, perante uma testemunha
review-method-mark = uma marca, perante uma testemunha
review-method-guardian = um pai, mãe ou tutor
review-method-proxy = um representante
review-purpose-active = aceite
review-purpose-withdrawn = aceite, depois retirado
review-purpose-declined = não aceite
review-proof-witness = Testemunha
review-proof-guardian = Tutor
review-proof-proxy = Representante
review-proof-relationship = Parentesco
review-proof-reason = Motivo
review-proof-assent = Assentimento do menor
review-signature = Assinatura ou marca da pessoa
review-proof-withheld = Parte da prova está oculta pela política de dados.
review-history = Histórico
review-edited = Corrigido por { $by }: { $comment }

## Feedback and complaints (issue 23): the community page and the staff's cases
community-feedback-title = Uma opinião, uma pergunta ou uma reclamação
community-feedback-intro = Qualquer pessoa pode escrever ao projeto. Não precisa de dar o seu nome.
community-feedback-project = Projeto
community-feedback-category = Sobre o que é?
community-feedback-confidential = Confidencial: só o ponto focal designado pelo projeto o lê.
community-feedback-message = A sua mensagem
community-feedback-message-hint = Escreva na sua própria língua. Não escreva nomes de outras pessoas a não ser que seja necessário.
community-voice-record = Gravar uma mensagem de voz em vez de escrever
community-voice-again = Gravar de novo
community-voice-recording = A gravar… fale agora (dois minutos no máximo).
community-voice-stop = Parar
community-voice-failed = Não foi possível gravar ou enviar a mensagem de voz. Pode escrever a sua opinião em vez disso.
community-feedback-contact = Como contactá-lo (opcional)
community-feedback-contact-hint = Um número de telefone ou um endereço, só se quiser uma resposta. Deixe vazio para ficar anónimo.
community-feedback-send = Enviar
community-feedback-filed = Enviado. O seu código de acompanhamento:
community-feedback-keep = { $days ->
        [one] Guarde este código. O projeto confirma a receção em { NUMBER($days) } dia; use o código abaixo para ler a resposta.
       *[other] Guarde este código. O projeto confirma a receção em { NUMBER($days) } dias; use o código abaixo para ler a resposta.
    }
community-feedback-follow-title = Acompanhar a sua mensagem
community-feedback-tracking = Código de acompanhamento
community-feedback-follow = Ver a resposta
community-feedback-answer = A resposta
community-feedback-not-found = Nenhuma mensagem tem este código. Verifique o código e tente de novo.
community-feedback-incomplete = Escolha o assunto e escreva uma mensagem.
community-feedback-choose = Escolha o assunto.
community-feedback-status-received = Recebido, ainda não analisado
community-feedback-status-acknowledged = Recebido e em análise
community-feedback-status-answered = Respondido
community-feedback-status-referred = Encaminhado para outra organização que pode ajudar
community-feedback-status-closed = Fechado
steward-feedback-title = Opiniões e reclamações
steward-feedback-counts = Abertos: { NUMBER($open) } · Em atraso: { NUMBER($overdue) }
steward-feedback-confidential = Confidencial
steward-feedback-overdue = Em atraso
steward-feedback-from-web = Da página comunitária, em { $lang }
steward-feedback-from-phone = Registado por um inquiridor, em { $lang }
steward-feedback-contact = Contacto: { $contact }
steward-feedback-anonymous = Anónimo
steward-feedback-resolution = Resolução: { $resolution }
steward-feedback-text = Resposta, encaminhamento ou resolução
steward-feedback-acknowledge = Confirmar receção
steward-feedback-answer = Enviar resposta
steward-feedback-refer = Encaminhar
steward-feedback-close = Fechar
steward-feedback-voice = Mensagem de voz:
steward-monitor-open = Abrir a página de auditoria comunitária
steward-actions-title = O que fizemos: ações no painel público
steward-actions-intro = Diga à comunidade o que o projeto fez com as suas opiniões. O painel mostra o título, o texto e a quantas mensagens responde, nunca as mensagens.
steward-actions-date = Feito em
steward-actions-language = Língua
steward-actions-heading = Título
steward-actions-text = O que foi feito
steward-actions-cases = Opiniões a que responde
steward-actions-publish = Publicar no painel
steward-actions-published = Feito em { $date } · opiniões a que responde: { NUMBER($n) }
steward-actions-withdraw = Retirar do painel
steward-actions-none = Ainda nada publicado.

## Feedback recorded on the phone (issue 23)
home-feedback-title = Registar uma opinião ou uma reclamação
home-feedback-intro = Para alguém que quer dizer algo ao projeto, de forma anónima a menos que deixe um contacto. Enviado na próxima sincronização.
home-feedback-category = Sobre o que é?
home-feedback-message = O que a pessoa diz
home-feedback-contact = Como contactá-la (opcional)
home-feedback-contact-hint = Só se quiser uma resposta.
home-feedback-save = Guardar
home-feedback-saved = Guardado. Dê este código de acompanhamento à pessoa: com ele, lê a resposta na página comunitária.
home-feedback-incomplete = Escolha o assunto e escreva o que a pessoa diz.
home-feedback-waiting = Opiniões à espera de envio: { NUMBER($n) }
sync-feedback-sent = Opiniões enviadas: { NUMBER($n) }.
sync-feedback-refused = Opiniões recusadas pelo servidor (assunto já não oferecido): { NUMBER($n) }.

# Translation in the browser (issue 24): the translation page.
admin-role-translator = Tradutor
admin-translate-title = Tradução
admin-translate-intro = Traduza um formulário e o seu consentimento lado a lado. Um tradutor guarda e marca o trabalho como revisto; um responsável pelos dados ou um administrador publica-o, e os telefones recebem-no na próxima sincronização.
admin-translate-form = Formulário
admin-translate-language = Traduzir para
admin-translate-languages = Línguas deste formulário
admin-translate-done = { $done } de { $total }
admin-translate-reviewed-by = revisto por { $who }
admin-translate-unpublished = guardado, ainda não publicado
admin-translate-export = Descarregar todas as línguas para Excel (.xlsx)
admin-translate-import = Enviar uma folha de cálculo: são lidas as colunas { $lang }
admin-translate-table = De { $source } para { $target }
admin-translate-status = Estado desta tradução
admin-translate-status-none = não começada
admin-translate-status-published = no formulário, não revista aqui
admin-translate-status-machine = rascunho automático
admin-translate-status-draft = rascunho de uma pessoa
admin-translate-status-reviewed = revista por um falante
admin-translate-save = Guardar tradução
admin-translate-publish = Publicar tradução
admin-translate-saved = Guardado. Um responsável pelos dados ou um administrador publica-a.
admin-translate-published = Publicado: versão { $version } do formulário, versão { $template } do consentimento. Os telefones recebem-na na próxima sincronização.
admin-translate-publish-incomplete = O consentimento ainda não está todo traduzido: preencha cada caixa vazia do consentimento e das suas finalidades e depois publique.
admin-translate-imported = Lido da folha de cálculo: { $imported } textos guardados, { $skipped } linhas ignoradas (não estão no formulário).
admin-translate-who-publishes = Um responsável pelos dados ou um administrador publica as traduções.
admin-translate-interface = Línguas da interface
admin-translate-interface-language = Língua
admin-translate-interface-complete = Mensagens
admin-translate-interface-review = Revisão
admin-translate-unreviewed = Ainda não revistas por um falante

# Audio-first interviews: the consent step, choices' recordings, the coordinator's recording page.
consent-no-recording = Este idioma não tem gravação do texto de consentimento.
consent-audio-first = Entrevista com áudio primeiro: cada instrução é tocada em voz alta, uma pergunta por ecrã
prompt-listen-choice = Ouvir esta resposta
admin-record-open = Gravar instruções para quem não lê
admin-record-title = Gravações para quem não lê
admin-record-intro = Grave o texto de consentimento e cada pergunta e resposta no idioma da pessoa entrevistada. Ouça cada gravação e grave de novo até ficar certa.
admin-record-form = Formulário
admin-record-language = Idioma das gravações
admin-record-consent = Texto de consentimento
admin-record-consent-note = A gravação do texto de consentimento entra logo no modelo de consentimento: os telemóveis recebem-na na próxima sincronização.
admin-record-consent-text = O texto de consentimento inteiro
admin-record-prompts = Perguntas e respostas
admin-record-start = Gravar
admin-record-again = Gravar de novo
admin-record-stop = Parar e guardar
admin-record-on-air = A gravar: fale agora e depois carregue em Parar.
admin-record-unsaved = Gravações ainda não guardadas num rascunho: { $count }
admin-record-save = Guardar como novo rascunho
admin-record-back = Voltar aos formulários
admin-record-microphone-refused = O navegador não pode usar o microfone: autorize-o nas definições do site e tente de novo.
admin-record-microphone-missing = Não foi possível usar nenhum microfone: ligue um e tente de novo.
admin-record-unsupported = Este navegador não consegue gravar som: use um Chrome, Firefox ou Safari recente.
idle-warning = Ninguém usa este telefone há algum tempo: ele será bloqueado em um minuto para proteger os registros.
idle-stay = Manter desbloqueado
review-consent-played = A gravação do texto de consentimento foi tocada à pessoa entrevistada.

# The digits a project's interface writes numbers in (issue 24), on the admin's projects card.
admin-digits = Algarismos dos números nos telefones
admin-digits-language = Os algarismos habituais de cada língua
admin-digits-latin = Algarismos latinos (0123456789) em todas as línguas
admin-digits-native = Os algarismos próprios de cada escrita (árabe ٠١٢٣, dari e pastó ۰۱۲۳, bengali ০১২৩)
admin-digits-hint = Números, páginas e datas nos telefones deste projeto. Os telefones aplicam uma mudança na próxima sincronização.
admin-digits-saved = Guardado. Os telefones escrevem os números assim a partir da próxima sincronização.
