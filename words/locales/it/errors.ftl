# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

wait-seconds = { $seconds ->
    [one] 1 secondo
   *[other] { $seconds } secondi
}
wait-minutes = { $minutes ->
    [one] un minuto
   *[other] { $minutes } minuti
}
wait-hours = { $hours ->
    [one] un'ora
   *[other] { $hours } ore
}

## Why an address may not be tested, finishing "your request came from X, …"

not-public-unspecified = un indirizzo non specificato
not-public-loopback = un indirizzo di loopback, cioè la stessa macchina su cui gira Ring Check
not-public-private = un indirizzo privato (di una rete di casa o d'ufficio)
not-public-shared-cgnat = un indirizzo di carrier-grade NAT, condiviso da molti clienti del tuo operatore internet
not-public-link-local = un indirizzo link-local
not-public-documentation = un indirizzo riservato alla documentazione
not-public-benchmarking = un indirizzo riservato ai test di prestazioni delle reti
not-public-multicast = un indirizzo multicast
not-public-reserved = un indirizzo riservato
not-public-unique-local = un indirizzo IPv6 privato (unique local)
not-public-tunnel = l'indirizzo di un tunnel (6to4 o Teredo), che nasconde la rete che c'è dietro
not-public-site-local = un indirizzo IPv6 privato (site-local)

## Refusals

error-unknown-endpoint = Non esiste nessun endpoint dell'API in { $path }. Controlla l'indirizzo: l'API è descritta in /api/openapi.json.
error-method-not-allowed = { $method } non è consentito qui. Usa il metodo indicato nella documentazione di questo endpoint.
error-payload-too-large = Il corpo della richiesta è troppo grande. Invia al massimo qualche kilobyte di JSON.
error-timeout = Il server ha impiegato troppo tempo a rispondere. Riprova tra un momento.
error-unreadable = Non è stato possibile usare la richiesta: { $detail }
error-invalid-start-body = Il corpo della richiesta deve essere vuoto oppure {"{}"}: { $detail }. Ring Check testa sempre l'indirizzo da cui arriva la richiesta, quindi non c'è niente da inviare.
error-unsupported-media-type = Invia il corpo della richiesta come JSON (Content-Type: application/json), oppure non inviare nessun corpo.
error-invalid-address-body = Il corpo della richiesta deve essere {"{"}"token": "…"{"}"} con il token della verifica: { $detail }.
error-no-families = Questo server Ring Check testa una sola versione di IP, quindi non c'è nessun altro indirizzo da aggiungere a una verifica.
error-address-wrong-token = Questo token non appartiene a questa verifica. Ripeti la verifica da questa pagina.
error-address-other-page = Questa richiesta non arriva dalla pagina che ha avviato la verifica, quindi il suo indirizzo non viene aggiunto. Avvia la verifica direttamente dalla pagina di Ring Check.
error-address-too-late = Questa verifica è troppo avanti per aggiungere il tuo indirizzo con un'altra versione di IP. Fai una nuova verifica per includerlo.
error-target-not-public = Ring Check può testare solo un indirizzo internet pubblico, e la tua richiesta è arrivata da { $address }, { $why }. Succede quando Ring Check gira sulla stessa macchina o sulla stessa rete che usi tu, oppure quando una VPN o un proxy nasconde il tuo indirizzo pubblico. Disattiva eventuali VPN o proxy e apri Ring Check dalla stessa rete Wi-Fi usata dal tuo dispositivo Ring.
error-not-through-proxy = Questa richiesta è arrivata a Ring Check direttamente, non tramite l'indirizzo web a cui è pubblicato, quindi Ring Check non può sapere quale indirizzo testare. Apri Ring Check al suo indirizzo abituale. (Se gestisci questo server: fai in modo che solo il tuo proxy possa raggiungere la sua porta principale.)
error-cross-site-start = Una verifica si può avviare solo dalla pagina di Ring Check. Se stai chiamando l'API da un programma, invia la richiesta con Content-Type: application/json.
error-wrong-host = Questo server Ring Check è in modalità locale e risponde solo su localhost o 127.0.0.1. Aprilo da uno di questi indirizzi.
error-check-in-progress = C'è già una verifica della tua rete in corso. Attendi che finisca (pochi secondi), poi riprova.
error-network-busy = In questo momento sono in corso molte verifiche dalla tua rete. Riprova tra qualche secondo.
error-storage-full = In questo momento Ring Check non può salvare nuovi risultati. Riprova più tardi; i risultati di cui hai ricevuto il link sono ancora disponibili.
error-rate-limited = Hai avviato diverse verifiche in poco tempo. Attendi { $wait } e riprova.
error-network-rate-limited = Di recente sono arrivate molte verifiche dalla tua rete. Attendi { $wait } e riprova.
error-network-daily-limit = Nelle ultime 24 ore la tua rete ha salvato { $limit } report di Ring Check, il massimo che questo server conserva per una rete in un giorno. Riprova tra { $wait }. I report già salvati restano consultabili dai loro link.
error-server-busy = In questo momento Ring Check è molto occupato. Riprova tra { $wait }.
error-lookup-rate-limited = Hai aperto molti report di Ring Check in poco tempo. Attendi { $wait } e apri di nuovo questo report.
error-invalid-id = «{ $id }» non è un ID di Ring Check: gli ID sono formati da 22 lettere, cifre, «-» o «_». Controlla il link: potrebbe essere incompleto o scritto male.
error-check-not-found = Non esiste nessuna verifica con questo ID. Potrebbe essere scritto male, oppure la verifica è finita da tempo: il suo report, se esiste, è in /api/reports/{"{"}id{"}"}.
error-report-not-found = Non esiste nessun report con questo ID. I report vengono conservati per un tempo limitato, quindi il link potrebbe essere scaduto o scritto male. Fai una nuova verifica per avere un nuovo link.
error-egress-wrong-token = Questi risultati del browser non appartengono a questa verifica. Ripeti la verifica da questa pagina.
error-egress-invalid = Non è stato possibile usare i risultati del browser: { $detail }.
error-egress-already-submitted = Questa verifica ha già i risultati del browser: si inviano una sola volta per verifica.
error-egress-too-late = Questa verifica è finita da troppo tempo per aggiungere i risultati del browser. Fai una nuova verifica per includerli.
error-report-unavailable = I risultati del tuo browser sono stati salvati, ma la verifica è terminata senza un report in cui mostrarli. Ripeti la verifica.
error-report-pending = I risultati del tuo browser sono stati salvati, ma il report della verifica non era pronto entro il tempo che questa richiesta può attendere (la verifica potrebbe essere ancora in corso). Lo troverai al link del report, insieme ai tuoi risultati: aprilo tra un minuto. Non serve inviare di nuovo i risultati.
error-oembed-without-url = Non è stato possibile usare la richiesta: indica la pagina da incorporare come ?url=… (la pagina iniziale o un link /r/{"{"}id{"}"})
error-no-usable-host = Non è stato possibile usare la richiesta: la richiesta non ha un'intestazione Host utilizzabile
error-oembed-format = oEmbed è disponibile solo in JSON (format=json), non in «{ $format }».
error-no-embed = Non c'è niente da incorporare in { $url }: indica la pagina iniziale di questo server Ring Check o un link a un risultato /r/{"{"}id{"}"}.
error-store-unavailable = In questo momento Ring Check non riesce a raggiungere il suo database dei report, quindi non può avviare una verifica. Riprova tra un minuto.
error-internal = Qualcosa è andato storto da parte nostra. Riprova; se continua a succedere, contatta l'assistenza.

## A check that ended without a report, as its event stream says

check-failed-stopped = La verifica si è interrotta inaspettatamente. Eseguila di nuovo.
check-failed-not-saved = La verifica è terminata, ma non è stato possibile salvare i risultati, quindi non c'è un link da condividere. Esegui di nuovo la verifica tra un minuto.
check-failed-server-gone = Il server che eseguiva questa verifica si è fermato prima della fine. Esegui di nuovo la verifica.
check-failed-unreadable = Non è stato possibile leggere i risultati della verifica. Esegui di nuovo la verifica.
check-failed-report-unreadable = La verifica è terminata e il report è stato salvato, ma al momento non è possibile leggerlo. Apri { $path } tra un minuto per vederlo.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = Questo server Ring Check non è configurato per testare { $port } dal tuo browser.
plan-unavailable-needs-rights = Questo server Ring Check non può restare in ascolto su { $port } (servono i diritti di amministratore), quindi il tuo browser non può testarla qui.
plan-unavailable-in-use = Questo server Ring Check non può restare in ascolto su { $port } (la sta usando un altro programma), quindi il tuo browser non può testarla qui.
plan-unavailable-cannot-open = Questo server Ring Check non può restare in ascolto su { $port } (non è stato possibile aprirla), quindi il tuo browser non può testarla qui.
plan-unavailable-not-answering = Il server di test di Ring Check per { $port } al momento non risponde, quindi il tuo browser non può testare questa porta qui. Il problema è da parte nostra, non della tua rete.
plan-unavailable-busy = Il server di test di Ring Check per { $port } al momento è troppo occupato (sta rifiutando le richieste), quindi il tuo browser non può testare questa porta qui. Il problema è da parte nostra, non della tua rete.
plan-unavailable-not-tested = Non testata dal browser in questa verifica.

## The video upload test

error-upload-in-progress = È già in corso un test di caricamento video dalla tua rete. Attendi che finisca (circa 15 secondi), poi riprova.
error-upload-network-busy = In questo momento sono in corso altri test di caricamento video dalla tua rete. Riprova tra un minuto.
error-upload-busy = In questo momento Ring Check sta ricevendo tutto il video che può. Riprova tra { $wait }.
error-upload-streams = Un test di caricamento video invia da 1 a { $most } flussi contemporaneamente.
error-upload-not-found = Questo test di caricamento video è terminato o non è mai iniziato. Avvialo di nuovo dalla pagina dei risultati.
error-upload-not-yours = Questo risultato non viene da una verifica di questo browser, oppure è scaduto: esegui di nuovo la verifica, poi il test di caricamento video.
error-upload-rate-limited = Hai eseguito diversi test di caricamento video in poco tempo. Attendi { $wait } e riprova.
error-upload-network-rate-limited = Dalla tua rete sono stati eseguiti molti test di caricamento video di recente. Attendi { $wait } e riprova.
