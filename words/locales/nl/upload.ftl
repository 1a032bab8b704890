### The video upload test: what the server measured, and what it means for Live View.

upload-title = Video-upload voor livebeeld
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] Livebeeld van één camera met { $target } kbit/s
       *[other] Livebeeld van { $streams } camera's met elk { $target } kbit/s
    }
upload-verdict-works = { $rise ->
        [0] Je upload trekt het stabiel: de snelheid hield elke seconde van de test stand, en de vertraging van de lijn steeg onder belasting helemaal niet.
       *[other] Je upload trekt het stabiel: de snelheid hield elke seconde van de test stand, en de vertraging van de lijn steeg onder belasting maar { $rise } ms.
    }
upload-verdict-lags = Je upload haalt de snelheid, maar de vertraging van de lijn steeg onder belasting van { $idle } ms naar { $loaded } ms: livebeeld kan achterlopen, en tweerichtingsaudio ook.
upload-verdict-dips = Je upload haalde de snelheid maar { $held } van de { $seconds } seconden: livebeeld kan af en toe terugvallen naar een lagere kwaliteit.
upload-verdict-short = Je upload haalde { $kbps } kbit/s van de { $target } kbit/s die één camera nodig heeft: livebeeld valt terug naar een lagere kwaliteit of bevriest.
upload-best = De lijn haalde maximaal { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Vertraging van je lijn: { $idle } ms zonder belasting en { $loaded } ms onder belasting (negen van de tien retourtijden onder { $idle90 } ms en { $loaded90 } ms).
upload-no-round-trips = De vertraging van de lijn kon niet worden gemeten, dus of livebeeld achterloopt, is niet bekend.
upload-scope = Dit meet de internetverbinding van deze telefoon of computer, niet het Wi-Fi-netwerk van je camera: voer de test uit bij de camera, op hetzelfde Wi-Fi-netwerk als de camera.
upload-fix-others = Pauzeer andere uploads terwijl je kijkt (fotoback-ups naar de cloud, videogesprekken, gamedownloads op dezelfde lijn).
upload-fix-qos = Biedt je router Smart Queue Management (SQM) of QoS? Zet het aan: het houdt de vertraging van de lijn laag, ook onder belasting.
upload-fix-plan = Haalt je lijn de snelheid helemaal niet? Vraag je internetprovider dan naar een abonnement met een hogere uploadsnelheid.
# The source of the target rate, said beside it.
upload-target-note = Ring publiceert geen bitrate per camera: { $target } kbit/s is het eigen uitgangspunt van Ring Check voor vloeiende 1080p-video.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Ontvangen door Ring Check, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Nodig: { $target } kbit/s
upload-chart-warmup = aanloop
upload-chart-hold = op de benodigde snelheid
upload-chart-ramp = daarboven
upload-chart-round-trip = Retourtijd, ms
upload-chart-idle = zonder belasting
upload-chart-busy = onder belasting
