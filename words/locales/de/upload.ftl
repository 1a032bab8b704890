### The video upload test: what the server measured, and what it means for Live View.

upload-title = Video-Upload für Live-Video
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] Live-Video einer Kamera mit { $target } kbit/s
       *[other] Live-Video von { $streams } Kameras mit je { $target } kbit/s
    }
upload-verdict-works = { $rise ->
        [0] Ihr Upload schafft das zuverlässig: Er hielt die Rate in jeder Sekunde des Tests, und die Verzögerung der Leitung stieg unter Last überhaupt nicht an.
       *[other] Ihr Upload schafft das zuverlässig: Er hielt die Rate in jeder Sekunde des Tests, und die Verzögerung der Leitung stieg unter Last nur um { $rise } ms.
    }
upload-verdict-lags = Ihr Upload hält die Rate, aber die Verzögerung der Leitung stieg unter Last von { $idle } ms auf { $loaded } ms: Live-Video kann hinterherhinken, und mit ihm die Gegensprechfunktion.
upload-verdict-dips = Ihr Upload hielt die Rate nur in { $held } von { $seconds } Sekunden: Live-Video kann ab und zu auf eine geringere Qualität zurückschalten.
upload-verdict-short = Ihr Upload kam auf { $kbps } kbit/s von den { $target } kbit/s, die eine Kamera braucht: Live-Video schaltet auf eine geringere Qualität zurück oder friert ein.
upload-best = Die Leitung übertrug höchstens { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Verzögerung Ihrer Leitung: { $idle } ms ohne Last und { $loaded } ms unter Last (neun von zehn Antwortzeiten unter { $idle90 } ms bzw. { $loaded90 } ms).
upload-no-round-trips = Die Verzögerung der Leitung ließ sich nicht messen, daher ist nicht bekannt, ob Live-Video hinterherhinkt.
upload-scope = Gemessen wird die Internetverbindung dieses Smartphones oder Computers, nicht das Wi-Fi Ihrer Kamera: Führen Sie den Test in der Nähe der Kamera und im selben Wi-Fi wie die Kamera aus.
upload-fix-others = Pausieren Sie andere Uploads, während Sie zuschauen (Foto-Backups in die Cloud, Videoanrufe, Spiele-Downloads auf derselben Leitung).
upload-fix-qos = Wenn Ihr Router Smart Queue Management (SQM) oder QoS bietet, schalten Sie es ein: Es hält die Verzögerung der Leitung auch unter Last niedrig.
upload-fix-plan = Wenn Ihre Leitung die Rate überhaupt nicht schafft, fragen Sie Ihren Internetanbieter nach einem Tarif mit höherer Upload-Geschwindigkeit.
# The source of the target rate, said beside it.
upload-target-note = Ring veröffentlicht keine Bitrate pro Kamera: { $target } kbit/s ist ein eigener Wert von Ring Check für flüssiges 1080p-Video.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Von Ring Check empfangen, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Benötigt: { $target } kbit/s
upload-chart-warmup = Anlauf
upload-chart-hold = mit der nötigen Rate
upload-chart-ramp = darüber hinaus
upload-chart-round-trip = Antwortzeit, ms
upload-chart-idle = ohne Last
upload-chart-busy = unter Last
