### The video upload test: what the server measured, and what it means for Live View.

upload-title = Caricamento video di Live View
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] Il video Live View di una videocamera a { $target } kbit/s
       *[other] Il video Live View di { $streams } videocamere a { $target } kbit/s ciascuna
    }
upload-verdict-works = { $rise ->
        [0] La tua linea regge il caricamento senza problemi: ha mantenuto la velocità in ogni secondo del test e, mentre era impegnata, il suo ritardo non è aumentato affatto.
       *[other] La tua linea regge il caricamento senza problemi: ha mantenuto la velocità in ogni secondo del test e, mentre era impegnata, il suo ritardo è aumentato solo di { $rise } ms.
    }
upload-verdict-lags = La tua linea mantiene la velocità di caricamento, ma mentre era impegnata il suo ritardo è passato da { $idle } ms a { $loaded } ms: Live View potrebbe restare indietro, e con lui l'audio bidirezionale.
upload-verdict-dips = La tua linea ha mantenuto la velocità di caricamento solo per { $held } secondi su { $seconds }: ogni tanto Live View potrebbe passare a una qualità più bassa.
upload-verdict-short = In caricamento la tua linea ha trasmesso { $kbps } kbit/s dei { $target } kbit/s che servono a una videocamera: Live View passa a una qualità più bassa o si blocca.
upload-best = Al massimo, la linea ha trasmesso { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Ritardo della tua linea: { $idle } ms a riposo e { $loaded } ms quando è impegnata (nove andate e ritorno su dieci sotto { $idle90 } ms e { $loaded90 } ms).
upload-no-round-trips = Non è stato possibile misurare il ritardo della linea, quindi non si sa se Live View resterà indietro.
upload-scope = Questo test misura la connessione a internet di questo telefono o computer, non il Wi-Fi della tua videocamera: eseguilo vicino alla videocamera, collegato al suo stesso Wi-Fi.
upload-fix-others = Metti in pausa gli altri caricamenti mentre guardi (backup delle foto sul cloud, videochiamate, download di giochi sulla stessa linea).
upload-fix-qos = Se il tuo router offre Smart Queue Management (SQM) o QoS, attivalo: mantiene basso il ritardo della linea anche quando è impegnata.
upload-fix-plan = Se la tua linea non riesce proprio a reggere questa velocità, chiedi al tuo operatore internet un'offerta con una velocità di caricamento più alta.
# The source of the target rate, said beside it.
upload-target-note = Ring non pubblica il bitrate di ogni videocamera: { $target } kbit/s è il valore scelto da Ring Check per un video 1080p fluido.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Dati ricevuti da Ring Check, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Necessari: { $target } kbit/s
upload-chart-warmup = avvio
upload-chart-hold = alla velocità necessaria
upload-chart-ramp = oltre
upload-chart-round-trip = Andata e ritorno, ms
upload-chart-idle = a riposo
upload-chart-busy = impegnata
