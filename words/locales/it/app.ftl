# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Verifica la tua rete
app-check-intro = Avvia la verifica da un telefono o da un computer connesso allo stesso Wi-Fi del tuo dispositivo Ring, non con i dati mobili. Bastano pochi secondi.
app-check-button = Verifica la mia rete
app-check-again = Verifica di nuovo
app-local-mode-notice = Modalità locale: questo server Ring Check accetta indirizzi privati, quindi sta testando la connessione da questo dispositivo al server, non il router di casa tua.
app-status-starting = Avvio della verifica…
app-status-running = Test: { $done } di { $total } completati
app-status-done = Verifica completata. Trovi i risultati qui sotto.
app-status-not-started = Non è stato possibile avviare la verifica.
app-status-not-finished = La verifica non è stata completata.
app-progress-label = Avanzamento della verifica

## The result

app-results-heading = I tuoi risultati
app-each-way-through = Ogni percorso possibile
app-every-test = Tutti i test
app-egress-unsaved = I risultati del tuo browser sono nella tabella, ma non è stato possibile includerli nel report: per questo gli esiti e il link da condividere si basano solo sui test del server. Ripeti la verifica per includerli.
app-own-servers-unreachable = Il tuo browser non è riuscito a raggiungere i server di test di Ring Check su nessuna porta, quindi questa verifica non può dire se la tua rete blocca qualcosa. È più probabile che il problema sia da parte nostra che da parte tua: riprova più tardi.
app-no-webrtc = Questo browser non può testare UDP (non ha WebRTC), quindi non è stato possibile testare il percorso video diretto di Live View. Per la verifica completa, apri Ring Check in un altro browser, come Chrome, Firefox, Edge o Safari su un telefono.
app-local-mode-result = Questa verifica è stata eseguita in modalità locale, su un indirizzo privato: descrive la connessione di questo computer al server Ring Check, non un router di casa.
app-families-heading = IPv4 e IPv6
app-families-why = Perché { $family }: { $note }

## The table of every test

app-table-caption-one-way = In uscita: il tuo browser si collega verso l'esterno, come fanno i tuoi dispositivi Ring. In entrata: il server di Ring Check si collega alla tua rete.
app-table-caption = In uscita: il tuo browser si collega verso l'esterno, come fanno i tuoi dispositivi Ring. In entrata: il server di Ring Check si collega alla tua rete. Ogni test su IPv4 e su IPv6: secondo la documentazione di Ring, i suoi dispositivi usano IPv4.
app-column-port = Porta
app-column-protocol = Protocollo
app-column-used-for = Usata per
app-column-outbound = In uscita
app-column-inbound = In entrata
app-column-meaning = Cosa significa
app-not-reached = non raggiunto
app-not-reached-why = Il tuo browser non ha raggiunto Ring Check con questa versione di IP, quindi non c'era nessun indirizzo da testare
app-not-testable = Non testabile
app-not-testable-here = Non testabile qui
app-testing = Test in corso…
app-not-this-way = Non testato in questa direzione

## What to do

app-fix-heading = Cosa fare
app-fix-nothing-got-out = Ring Check non è riuscito a raggiungere i propri server di test dal tuo browser, quindi questa verifica non può dire cosa cambiare. Riprova più tardi. Se continua a succedere solo su questa rete, forse la rete lascia passare soltanto le pagine web.
app-fix-nothing-to-change = Questa verifica non ha trovato nulla da cambiare.
app-fix-still-stuck = Se Live View continua a non collegarsi, condividi questo risultato con l'assistenza Ring.
app-fix-blocked = Porte bloccate: { $ports }.
app-fix-affects = Funzioni interessate: { $features }.
app-fix-provider-may = Se la causa non è dalla tua parte, potrebbe essere il tuo operatore internet: ecco un messaggio che puoi inviargli.
app-fix-check-router = Controlla il router.
app-fix-ask-provider = Chiedi al tuo operatore internet.
app-fix-here-is-a-message = Ecco un messaggio che puoi inviargli:
app-fix-before-you-change = Prima di cambiare qualcosa:
app-provider-message-label = Messaggio per il tuo operatore internet
app-copy-message = Copia il messaggio
app-copied = Copiato
app-copy-blocked = Il browser ha bloccato la copia. Seleziona il testo qui sotto e copialo.

## Sharing

app-share-heading = Condividi con l'assistenza Ring
app-share-who-can-see = Chiunque abbia questo link può vedere questo risultato fino al { $date }. Il tuo indirizzo è in parte nascosto.
app-share-link-label = Link a questo risultato
app-copy-link = Copia link per l'assistenza
app-copy-text = Copia come testo
app-copy-json = Copia come JSON
app-open-full-result = Apri il risultato completo in una nuova scheda

## A shared report's page

app-report-loading = Caricamento del report…
app-report-heading = Risultato di Ring Check
app-report-checked-on = Verificato il { $date } alle { $time } UTC da { $address }.
app-new-check = Fai una nuova verifica della tua rete

## Errors: a short title, then what happened and what to do

app-try-again = Riprova
app-run-again = Ripeti la verifica.
app-error-not-public = Ring Check non riesce a vedere l'indirizzo internet di casa tua
app-error-wait = Attendi un momento
app-error-in-progress = C'è già una verifica in corso
app-error-busy = Ring Check è occupato in questo momento
app-error-no-report = Questo report non esiste o è scaduto
app-error-bad-link = Questo non è un link valido di Ring Check
app-error-bad-link-what = «{ $id }» non è un ID di Ring Check: gli ID sono formati da 22 lettere, cifre, «-» o «_». Controlla il link: potrebbe essere incompleto o scritto male.
app-error-server = Ring Check ha un problema
app-error-server-what = Riprova tra un minuto. Se continua a succedere, contatta l'assistenza Ring e cita Ring Check.
app-error-other = Qualcosa è andato storto
app-error-offline = Impossibile raggiungere Ring Check
app-error-offline-what = Controlla che questo telefono o computer sia connesso a internet, poi riprova.
app-error-unexpected = Ring Check ha inviato una risposta inattesa
app-error-unexpected-what = Ricarica la pagina e riprova.
app-error-lost = La connessione si è interrotta
app-error-lost-what = La verifica ha smesso di inviare risultati prima di finire. Controlla la connessione e ripetila.
app-error-timed-out = La verifica ha richiesto troppo tempo
app-error-timed-out-what = Ring Check non ha finito in tempo: la tua connessione potrebbe essere molto lenta o interrotta. Ripeti la verifica.
app-error-check-failed = Non è stato possibile completare la verifica

## What each test means, in the table's last column

app-meaning-gets-out = Riesce a uscire
app-meaning-blocked-on-the-way-out = Bloccato in uscita
app-meaning-some-ports-only = Riesce a uscire solo da alcune porte: sulle altre, le sessioni devono passare dai server relay di Ring
app-meaning-nothing-got-out = Non è uscito nulla: impossibile saperlo
app-meaning-not-tested = Non testato
app-meaning-not-testable-in-this-browser = Questo browser non può eseguire questo test (non ha WebRTC): ripeti la verifica in un altro browser per testarlo
app-meaning-intercepted = Ha risposto qualcos'altro lungo il percorso (un proxy, un filtro o una pagina di accesso)
app-meaning-open-to-the-internet = Accessibile da internet
app-meaning-closed-to-the-internet = Non accessibile da internet: è normale
app-meaning-not-blocked = Non bloccato
app-meaning-blocked-by-a-firewall = Bloccato da un firewall
app-meaning-no-reply = Nessuna risposta: impossibile saperlo
app-meaning-router-silent = Il tuo router resta in silenzio: impossibile saperlo

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = raggiunto
app-out-failed = connessione non riuscita
app-out-no-answer = nessuna risposta
app-out-intercepted = intercettato
app-out-not-tested = non testato
app-out-unsupported = non testabile in questo browser
app-in-open = aperta
app-in-closed = chiusa
app-in-filtered = filtrata
app-in-unreachable = irraggiungibile
app-in-open-or-filtered = aperta o filtrata
app-in-not-tested = non testata
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms di attesa

## The media range, tested by sample

app-sample-testing = { $done } di { $total } testate
app-sample-got-out = { $passed } di { $total } sono uscite
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = Porte campionate: { $count } nell'intervallo { $range }, circa una ogni { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Notifiche di movimento e del campanello
app-feature-phone-alerts = Avvisi sul telefono
app-feature-live-view = Video Live View
app-feature-two-way-audio = Audio bidirezionale
app-feature-software-updates = Aggiornamenti software
app-feature-clock-sync = Sincronizzazione dell'ora
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Funziona
app-verdict-at-risk = A rischio
app-verdict-blocked = Bloccato
app-verdict-not-tested = Non testato
app-overall-works = La tua rete consente ai dispositivi Ring di funzionare.
app-overall-at-risk = Alcune funzioni di Ring potrebbero non funzionare in modo affidabile su questa rete.
app-overall-blocked = Alcune funzioni di Ring sono bloccate su questa rete.
app-overall-unknown = Questa verifica non ha potuto stabilire se le porte di cui Ring ha bisogno sono bloccate.
app-audience-android = Telefoni Android
app-audience-iphone = iPhone
app-interception = Sulla tua rete qualcosa risponde al posto del server reale su queste porte: un filtro web, il parental control, un software di sicurezza o una pagina di accesso al Wi-Fi. I dispositivi Ring non possono funzionare attraverso di esso: disattivalo per i tuoi dispositivi Ring (o accedi al Wi-Fi), poi esegui di nuovo la verifica.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = Il video Live View sarà fluido?
# $seconds: how long the test takes, about 14.
app-upload-intro = Le porte aperte sono solo metà dell'opera: a Live View serve inoltre che la tua linea regga il caricamento del video di una videocamera senza cali, anche quando è impegnata. Per circa { $seconds } secondi questo test invia a Ring Check un traffico pari a quello di un video, e Ring Check conta quanto arriva e misura il ritardo della tua linea.
app-upload-cameras = Videocamere in streaming contemporaneamente
app-upload-button = Testa il caricamento video
app-upload-again = Ripeti il test
app-upload-measuring-idle = Misurazione del ritardo della tua linea a riposo…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Invio del traffico video: mancano { $seconds } s. Ring Check riceve { $kbps } kbit/s.
app-upload-progress-label = Avanzamento del test di caricamento video
app-upload-chart-alt = Grafico: quanto ha ricevuto Ring Check ogni quarto di secondo rispetto alla velocità necessaria, e il ritardo della tua linea a riposo e mentre è impegnata.
app-upload-stopped = Il test di caricamento si è interrotto
app-upload-stopped-what = La connessione con Ring Check si è chiusa prima della fine del test. Controlla la connessione e ripeti il test.
app-upload-no-websocket = Questo browser non può eseguire il test di caricamento. Prova con un altro browser.
