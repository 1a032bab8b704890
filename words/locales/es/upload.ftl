### The video upload test: what the server measured, and what it means for Live View.

upload-title = Subida del Vídeo en directo
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] El Vídeo en directo de una cámara a { $target } kbit/s
       *[other] El Vídeo en directo de { $streams } cámaras a { $target } kbit/s cada una
    }
upload-verdict-works = { $rise ->
        [0] Tu velocidad de subida lo aguanta sin cortes: se ha mantenido en cada segundo de la prueba, y el retraso de la línea no ha aumentado nada mientras estaba ocupada.
       *[other] Tu velocidad de subida lo aguanta sin cortes: se ha mantenido en cada segundo de la prueba, y el retraso de la línea solo ha aumentado { $rise } ms mientras estaba ocupada.
    }
upload-verdict-lags = Tu velocidad de subida se mantiene, pero el retraso de la línea ha pasado de { $idle } ms a { $loaded } ms mientras estaba ocupada: el Vídeo en directo puede ir con retraso, y el audio bidireccional también.
upload-verdict-dips = Tu velocidad de subida solo se ha mantenido { $held } de { $seconds } segundos: el Vídeo en directo puede bajar de calidad de vez en cuando.
upload-verdict-short = Tu subida ha alcanzado { $kbps } kbit/s de los { $target } kbit/s que necesita una cámara: el Vídeo en directo baja de calidad o se congela.
upload-best = Como máximo, la línea ha transmitido { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Retraso de tu línea: { $idle } ms en reposo y { $loaded } ms mientras está ocupada (nueve de cada diez idas y vueltas por debajo de { $idle90 } ms y { $loaded90 } ms).
upload-no-round-trips = No se ha podido medir el retraso de la línea, así que no se sabe si el Vídeo en directo irá con retraso.
upload-scope = Esto mide la conexión a internet de este móvil u ordenador, no el Wi-Fi de tu cámara: hazlo cerca de la cámara, conectado a la misma red Wi-Fi que la cámara.
upload-fix-others = Pausa otras subidas mientras lo ves (copias de seguridad de fotos en la nube, videollamadas, descargas de juegos en la misma línea).
upload-fix-qos = Si tu router ofrece Smart Queue Management (SQM) o QoS, actívalo: mantiene bajo el retraso de la línea cuando está ocupada.
upload-fix-plan = Si tu línea no llega a esa velocidad en absoluto, pregunta a tu proveedor de internet por una tarifa con más velocidad de subida.
# The source of the target rate, said beside it.
upload-target-note = Ring no publica una tasa de bits por cámara: { $target } kbit/s es la cifra propia de Ring Check para un vídeo 1080p fluido.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Recibido por Ring Check, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Necesario: { $target } kbit/s
upload-chart-warmup = arranque
upload-chart-hold = a la velocidad necesaria
upload-chart-ramp = por encima
upload-chart-round-trip = Ida y vuelta, ms
upload-chart-idle = en reposo
upload-chart-busy = ocupada
