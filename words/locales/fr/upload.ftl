### The video upload test: what the server measured, and what it means for Live View.

upload-title = Envoi de la Vidéo en direct
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] La Vidéo en direct d'une caméra à { $target } kbit/s
       *[other] La Vidéo en direct de { $streams } caméras à { $target } kbit/s chacune
    }
upload-verdict-works = { $rise ->
        [0] Votre envoi tient le débit sans faiblir : il l'a tenu à chaque seconde du test, et le temps de réponse de la ligne n'a pas augmenté du tout pendant qu'elle était occupée.
       *[other] Votre envoi tient le débit sans faiblir : il l'a tenu à chaque seconde du test, et le temps de réponse de la ligne n'a augmenté que de { $rise } ms pendant qu'elle était occupée.
    }
upload-verdict-lags = Votre envoi tient le débit, mais le temps de réponse de la ligne est passé de { $idle } ms à { $loaded } ms pendant qu'elle était occupée : la Vidéo en direct peut prendre du retard, et l'audio bidirectionnel avec elle.
upload-verdict-dips = Votre envoi n'a tenu le débit que pendant { $held } secondes sur { $seconds } : la Vidéo en direct peut passer par moments à une qualité inférieure.
upload-verdict-short = Votre envoi a atteint { $kbps } kbit/s sur les { $target } kbit/s nécessaires à une caméra : la Vidéo en direct passe à une qualité inférieure, ou se fige.
upload-best = Au mieux, la ligne a transmis { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Temps de réponse de votre ligne : { $idle } ms au repos et { $loaded } ms quand elle est occupée (neuf allers-retours sur dix en dessous de { $idle90 } ms et { $loaded90 } ms).
upload-no-round-trips = Le temps de réponse de la ligne n'a pas pu être mesuré : impossible de savoir si la Vidéo en direct prendra du retard.
upload-scope = Ce test mesure l'accès à internet de ce téléphone ou de cet ordinateur, pas le Wi-Fi de votre caméra : lancez-le près de la caméra, sur le même Wi-Fi que la caméra.
upload-fix-others = Mettez en pause les autres envois pendant que vous regardez (sauvegardes de photos dans le cloud, appels vidéo, téléchargements de jeux sur la même ligne).
upload-fix-qos = Si votre box internet propose le Smart Queue Management (SQM) ou la QoS, activez cette option : elle garde un temps de réponse bas même quand la ligne est occupée.
upload-fix-plan = Si votre ligne ne tient pas du tout ce débit, demandez à votre fournisseur d'accès à internet une offre avec un meilleur débit d'envoi.
# The source of the target rate, said beside it.
upload-target-note = Ring ne publie aucun débit par caméra : { $target } kbit/s est la valeur retenue par Ring Check pour une vidéo 1080p fluide.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Reçu par Ring Check, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Nécessaire : { $target } kbit/s
upload-chart-warmup = démarrage
upload-chart-hold = au débit nécessaire
upload-chart-ramp = au-delà
upload-chart-round-trip = Aller-retour, ms
upload-chart-idle = au repos
upload-chart-busy = occupée
