# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = I dispositivi Ring usano la tua connessione internet per inviare video e audio, per inviare le notifiche di allarme (quando la stazione base non è in modalità di backup cellulare), per tenere il tuo telefono collegato ai dispositivi e per ricevere gli aggiornamenti software.
catalogue-wifi-summary = Ring Alarm supporta WPA2 Personal, con i tipi di crittografia TKIP, AES o TKIP + AES. Ring Alarm non supporta WPA2 Enterprise.

## The groups of the port table

group-core-services-title = Servizi internet di base
group-core-services-summary = Si tratta di porte note ed è improbabile che il tuo dispositivo abbia problemi a raggiungerle.
group-app-connection-title = Restare collegati all'app Ring
group-app-connection-summary = Mantiene aperto un percorso tra il tuo dispositivo Ring e l'app Ring, così l'app può raggiungere il dispositivo quando la apri.
group-live-view-title = Video Live View e audio bidirezionale
group-live-view-summary = Live View viene configurato tramite il socket di Ring (i dispositivi meno recenti usano SIP), poi audio e video viaggiano su UDP; dove UDP non riesce a uscire, li trasportano invece i server relay di Ring.
group-phone-alerts-title = Avvisi sul telefono
group-phone-alerts-summary = Le notifiche di movimento e del campanello arrivano sul tuo telefono tramite il servizio push di Google o di Apple, attraverso la connessione che il telefono stesso mantiene con quel servizio.
group-ring-app-title = L'app Ring sul tuo telefono
group-ring-app-summary = Porte su cui l'app Ring resta in ascolto. Dietro un router di casa sono normalmente chiuse verso internet, e va bene così.

## Who uses a port

device-video-doorbell = Videocitofoni
device-security-camera = Videocamere di sicurezza
device-alarm-base-station = Stazione base di Ring Alarm
device-ring-app = App Ring
device-android-phone = Telefoni Android
device-iphone = iPhone

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Semplici richieste web (non cifrate) da videocitofoni e videocamere ai servizi di Ring.
entry-http-when-blocked = Il dispositivo potrebbe non riuscire a raggiungere alcuni servizi di Ring, come i download del software.
entry-http-note-1 = Non applicabile alla stazione base di Ring Alarm.

## HTTPS

entry-https-purpose = Connessioni cifrate al cloud di Ring: configurazione, eventi, notifiche e aggiornamenti software.
entry-https-when-blocked = Il dispositivo non riesce a raggiungere Ring: risulta offline e notifiche, registrazioni e aggiornamenti si fermano.
entry-https-note-1 = I dispositivi Ring attuali configurano anche Live View tramite la loro connessione socket su questa porta (o sulla 9002).
entry-https-note-2 = Il WebRTC di Ring invia la segnalazione tramite un WebSocket su questa porta e, quando UDP non riesce a uscire, offre qui i suoi server relay su TLS.
entry-https-note-3 = Sul Wi-Fi, quando la porta TCP 5223 è bloccata, gli iPhone ripiegano su questa porta per le notifiche push.

## DNS

entry-dns-purpose = Cerca per nome gli indirizzi dei server di Ring.
entry-dns-when-blocked = Il dispositivo non trova i server di Ring e risulta offline.
entry-dns-not-testable = I browser si rifiutano di collegarsi alla porta 53. Se su questa rete i siti web si aprono, il DNS quasi certamente funziona.

## NTP

entry-ntp-purpose = Mantiene esatto l'orologio del dispositivo; le connessioni sicure e gli orari degli eventi dipendono da questo.
entry-ntp-when-blocked = L'orologio perde precisione: gli orari degli eventi possono essere sbagliati e le connessioni sicure possono non riuscire.
entry-ntp-not-testable = I browser si rifiutano di usare la porta 123 e le pagine web non possono inviare traffico NTP.

## Ring control

entry-ring-control-purpose = La connessione di controllo del dispositivo con i servizi di Ring (nell'articolo compare solo come TCP 8557).
entry-ring-control-when-blocked = Le notifiche di movimento e del campanello e le modifiche alle impostazioni possono arrivare in ritardo o andare perse.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Mantiene il percorso di comunicazione tra il dispositivo Ring e il tuo dispositivo mobile.
entry-ring-socket-service-when-blocked = L'app potrebbe non raggiungere il dispositivo: le richieste di Live View e le notifiche possono non riuscire o arrivare in ritardo.

## Live View set-up (SIP)

entry-sip-purpose = Configura il video Live View con il Session Initiation Protocol (SIP), su dispositivi e firmware meno recenti.
entry-sip-when-blocked = Il dispositivo non può rispondere alle richieste di Live View dal tuo telefono: potresti ricevere ancora le notifiche di movimento (o quelle del campanello, da un videocitofono), ma non riesci a collegarti al video.
entry-sip-note-1 = L'articolo attuale di Ring non nomina più SIP: i dispositivi attuali configurano Live View tramite il socket su TCP 443 o 9002.
entry-sip-note-2 = Con Ring Edge su una stazione base Alarm Pro, Live View può passare dall'indirizzo locale della stazione base sulla porta 15064, quindi l'isolamento dei client Wi-Fi o reti separate per videocamere e telefoni gli impediscono di funzionare; una verifica da internet non può accorgersene.

## Live View socket

entry-live-view-socket-purpose = Trasporta la connessione socket che configura Live View sui dispositivi Ring attuali, accanto a TCP 443.
entry-live-view-socket-when-blocked = Live View viene configurato invece tramite TCP 443; se è bloccata anche quella porta, i dispositivi attuali non possono avviare Live View.
entry-live-view-socket-note-1 = Non compare nell'articolo del 2019: l'articolo attuale di Ring la indica, insieme alla 443, per il socket di Live View.

## Audio and video (RTP)

entry-media-purpose = Trasporta il video Live View e l'audio bidirezionale.
entry-media-when-blocked = Live View si avvia ma non mostra il video, oppure immagine e audio bidirezionale si bloccano, a meno che i server relay di Ring non possano trasportarli.
entry-media-note-1 = Le porte vengono negoziate per ogni sessione (tramite SIP nell'articolo del 2019) e possono trovarsi ovunque tra 16500 e 65000; Ring Check testa un campione distribuito in modo uniforme su tutto l'intervallo.
entry-media-note-2 = Documentazione attuale di Ring: le negozia WebRTC, sempre tra 16500 e 65000; in rari casi vengono usati server STUN per i contenuti multimediali.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = Quando audio e video non possono passare direttamente, il WebRTC di Ring li inoltra attraverso i propri server, che su questa porta rispondono anche a STUN.
entry-ring-relay-when-blocked = Quando UDP diretto è bloccato, Live View ha un modo in meno per collegarsi: ha quindi bisogno del relay su TLS sulla porta TCP 443.
entry-ring-relay-note-1 = Il relay è offerto anche su TLS sulla porta TCP 443 (la riga HTTPS).
entry-ring-relay-note-2 = Osservato dai client Ring open source nella configurazione WebRTC di Ring; gli articoli di Ring non lo nominano.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = I telefoni Android mantengono aperta su questa porta una connessione al servizio push di Google; le notifiche di movimento e del campanello di Ring arrivano da lì.
entry-android-push-when-blocked = Su un telefono Android collegato a questo Wi-Fi, le notifiche di Ring arrivano in ritardo o non arrivano affatto (con i dati mobili arrivano comunque).
entry-android-push-note-1 = Google indica anche TCP 5229 e 5230, e a volte 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = Gli iPhone mantengono aperta su questa porta una connessione al servizio push di Apple; le notifiche di movimento e del campanello di Ring arrivano da lì.
entry-iphone-push-when-blocked = Sul Wi-Fi, gli iPhone ripiegano su TCP 443, quindi di solito le notifiche arrivano comunque; se è bloccata anche la 443, arrivano in ritardo o non arrivano affatto.
entry-iphone-push-note-1 = Apple usa la 443 come alternativa solo sul Wi-Fi.

## Ring app listening ports

entry-app-listening-purpose = L'app Ring resta in ascolto di connessioni su queste porte.
entry-app-listening-when-blocked = Di solito non te ne accorgi: dietro un router di casa queste porte sono normalmente chiuse verso internet, ed è previsto.
entry-app-listening-note-1 = Principalmente 7076 e 7077, oltre a 9078 e 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = In genere i dispositivi Ring e l'app Ring raggiungono senza problemi le porte di cui hanno bisogno. A volte un firewall del router (gateway) o l'operatore internet ne blocca una o più.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = Se è il router a bloccare le porte, modifica le impostazioni del firewall per consentire i protocolli e le porte elencati qui, oppure rendi le impostazioni del firewall meno restrittive.
guidance-isp = Se il problema non è il router, potrebbe essere l'operatore internet a bloccare queste porte. Contattalo, spiega il problema e indica le porte elencate qui, così potrà aiutarti a sbloccarle.
guidance-caution = Questi consigli comportano la modifica delle impostazioni di sicurezza della tua rete. Assicurati di aver capito il motivo di una modifica prima di farla.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Nessuna versione dell'articolo di Ring sulle porte (USA, Regno Unito, Italia, Giappone) cita IPv6, e nessuna pagina di Ring documenta IPv6 per i suoi dispositivi: il percorso che usano, per quanto noto, è IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them
# it: a caveat is either an "il che …" clause or a noun phrase in apposition, so that it
# reads after a path's name and after "riesce a passare,". Every part-* is masculine
# singular: verdicts.ftl says "{ $part } è bloccato".

path-notifications-cloud = tramite il cloud di Ring
path-phone-alerts-android = tramite il servizio push di Google
path-phone-alerts-iphone = tramite il servizio push di Apple
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = tramite l'alternativa di Apple su { $ports }
path-phone-alerts-iphone-fallback-caveat = una via che gli iPhone usano solo sul Wi-Fi, quindi gli avvisi possono arrivare in ritardo
path-live-view-direct = direttamente
path-live-view-relay = tramite i server relay di Ring
path-live-view-relay-caveat = il che può rallentare il video
path-live-view-sip = con la vecchia configurazione SIP
path-live-view-sip-caveat = un metodo usato solo da dispositivi e firmware Ring meno recenti
path-two-way-audio-direct = direttamente
path-two-way-audio-relay = tramite i server relay di Ring
path-two-way-audio-relay-caveat = il che può far arrivare l'audio in ritardo
path-two-way-audio-sip = con la vecchia configurazione SIP
path-two-way-audio-sip-caveat = un metodo usato solo da dispositivi e firmware Ring meno recenti
path-software-updates-cloud = tramite il cloud di Ring
path-clock-sync-ntp = con NTP
path-ring-alarm-cloud = tramite il cloud di Ring
feature-clock-sync-when-untested = Se gli altri tuoi dispositivi mostrano l'ora giusta, quasi certamente funziona.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = il traffico audio e video
part-relay = il relay di Ring
part-push = il collegamento push
part-fallback = il collegamento alternativo
part-live-view-socket = il socket di Live View
part-ring-control = il controllo Ring
part-ring-socket-service = il Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Controllo Ring
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Configurazione di Live View (SIP)
entry-live-view-socket-name = Socket di Live View
entry-media-name = Audio e video (RTP)
entry-ring-relay-name = Server relay di Ring (TURN)
entry-android-push-name = Notifiche push Android (Firebase Cloud Messaging)
entry-iphone-push-name = Notifiche push iPhone (Apple Push Notification service)
entry-app-listening-name = Porte di ascolto dell'app Ring
direction-device-to-internet = Dispositivo → internet
direction-device-and-internet = Dispositivo ↔ internet
direction-internet-to-app = Internet → app Ring
direction-phone-to-internet = Telefono → internet

## What kind of source a fact comes from

source-kind-ring-documentation = documentazione Ring
source-kind-google-or-apple = documentazione Google o Apple
source-kind-observed = osservato dai client Ring open source, non documentato da Ring
