### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } y { $last }
list-or = { $rest } o { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } y { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest } y { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

# es: each with its article; sentences put them after "para" or "con" (never "de" or
# "a", which would contract with "el"), so no verb has to agree with them.
feature-notifications-in-sentence = las notificaciones de movimiento y de timbre
feature-phone-alerts-in-sentence = las alertas en tu teléfono
feature-live-view-in-sentence = el Vídeo en directo
feature-two-way-audio-in-sentence = el audio bidireccional
feature-software-updates-in-sentence = las actualizaciones de software
feature-clock-sync-in-sentence = la sincronización del reloj
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = funciona
verdict-at-risk-in-sentence = en riesgo
verdict-blocked-in-sentence = bloqueado
verdict-not-tested-in-sentence = sin probar
verdict-audience-everyone = Todos
# "this browser runs on an Android phone"
phone-android = un teléfono Android
phone-iphone = un iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
# es: every part name (part-* in catalogue.ftl) is masculine singular, so "está bloqueado".
part-on = { $part } en { $ports }
part-answered-by-something-else = { $part } (al que responde otra cosa por el camino)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
problem-blocked = { $subjects } { $count ->
        [one] está bloqueado
       *[other] están bloqueados
    }
problem-partial = { $part } solo consigue pasar por { $got } de los { $known } puertos de la muestra
problem-none-of = { $part } no consigue pasar por ninguno de los { $known } puertos de la muestra
problem-intercepted = { $part } recibe respuesta de otra cosa por el camino (un proxy, un filtro o una página de inicio de sesión), no de internet

## Each way through, on its line under the verdict

path-works = consigue pasar
path-works-caveat = consigue pasar, { $caveat }
path-degraded = consigue pasar, pero { $problems }
path-blocked = bloqueado: { $problems }
path-untested = no se ha podido probar ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path }: { $problems }.

## Why a verdict is what it is

reason-every-port = Todos los puertos que necesita consiguen pasar.
reason-weakened = { $problems }, así que puede haber retrasos o fallos con { $feature }.
reason-works = Funciona { $path }.
reason-works-caveat = Funciona { $path }, { $caveat }.
reason-works-weakened = Funciona { $path }, pero { $problems }, así que puede haber retrasos o fallos.
reason-works-caveat-weakened = Funciona { $path }, { $caveat }, pero { $problems }, así que puede haber retrasos o fallos.
reason-works-at-least = Funciona al menos { $path }.
reason-works-at-least-weakened = Funciona al menos { $path }, pero { $problems }, así que puede haber retrasos o fallos.
reason-not-path = No { $path }: { $problems }.
reason-untested-better = No se ha podido probar si también funciona { $paths }.
reason-untested-better-browser = No se ha podido probar si también funciona { $paths }: { reason-try-another-browser }.
reason-try-another-browser = este navegador no puede hacer la prueba de UDP (no tiene WebRTC): para probarlo, haz la comprobación en otro navegador, como Chrome, Firefox, Edge o Safari en un móvil
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = Para { $feature } { $count ->
        [one] es imprescindible { $parts }, pero está bloqueado
       *[other] son imprescindibles { $parts }, pero están bloqueados
    } entre tu red e internet.
reason-cannot-get-through = Para { $feature } no hay ninguna vía que consiga pasar.
reason-also-blocked = Además, { $problems }, lo que puede causar retrasos o fallos.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, así que puede haber retrasos o fallos con { $feature }; no se ha podido probar si { $untested } { $count ->
        [one] consigue
       *[other] consiguen
    } pasar.
reason-never-testable = Para { $feature } hay que poder usar { $parts }, y esta comprobación no puede probarlo. { $why }
reason-our-server-down = El servidor de prueba de Ring Check para estos puertos no respondía durante esta comprobación, así que no se puede saber si están bloqueados. El problema es nuestro, no de tu red: vuelve a intentarlo más tarde.
reason-only-other-family = No ha pasado nada por { $documented }, que es lo que usan los dispositivos de Ring según su documentación (tu red solo ha llegado a Ring Check por { $other }), así que esta comprobación no puede saber si estos puertos están bloqueados.
reason-nothing-got-out = Tu navegador no ha podido llegar a los servidores de prueba de Ring Check por ningún puerto, así que esta comprobación no puede saber si estos puertos están bloqueados.
reason-neither-could-test = Ni tu navegador ni nuestro servidor han podido probar los puertos que se necesitan, así que esta comprobación no puede saber si están bloqueados.
reason-router-silent = Tu router no ha respondido desde internet por ningún puerto, lo cual es normal y seguro, así que esta comprobación no puede saber si estos puertos están bloqueados.
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = Probado para: { $audiences }.
reason-audiences-own = Probado para: { $audiences }; primero el tuyo (este navegador funciona en { $phone }).
reason-audience = { $audience }: { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Tu router mantiene el mismo puerto externo para todos los destinos, que es lo que necesitan el audio y el vídeo del Vídeo en directo.
nat-endpoint-dependent = Tu router asigna a cada destino un puerto externo distinto (un NAT «simétrico»), así que en algunas redes el Vídeo en directo puede tardar más en conectarse o no conseguirlo; si te pasa, pregunta al fabricante de tu router o a tu proveedor de internet por el mapeo independiente del destino (endpoint-independent mapping).

## IPv4 and IPv6

family-only-one-tested = Esta comprobación solo ha llegado a tu red por { $tested }: según la documentación de Ring, sus dispositivos usan { $documented }, que este servidor de Ring Check no está configurado para probar por separado, así que tus dispositivos Ring podrían obtener otros resultados.
family-only-one-tested-planned = Esta comprobación solo ha llegado a tu red por { $tested }, porque no han llegado los resultados de tu navegador: según la documentación de Ring, sus dispositivos usan { $documented }, así que podrían obtener otros resultados. Vuelve a hacer la comprobación para probar las dos versiones.
family-only-other-reached = Tu red solo ha llegado a Ring Check por { $other }: no ha pasado nada por { $documented }, que es lo que usan los dispositivos de Ring según su documentación, así que esta comprobación no puede saber si pueden conectarse. { family-unreached-step }
family-unreached-step = Pregunta a tu proveedor de internet si tu línea tiene acceso a internet por { $documented }; si lo tiene, algo de tu red bloquea { $documented } por completo.
family-better-on-other = Tu red deja pasar { $ports } por { $other }, pero no por { $documented }, y { $documented } es lo que usan los dispositivos de Ring según su documentación: los diagnósticos se basan en { $documented }.
family-worse-on-other = Tu red bloquea { $ports } por { $other }, pero no por { $documented }. Según la documentación de Ring, sus dispositivos usan { $documented }, así que por ahora esto no les afecta.
family-alike = Tu red ha llegado a Ring Check tanto por { $documented } como por { $other }, y en los dos casos pasan los mismos puertos de Ring. Los diagnósticos se basan en { $documented }, que es lo que usan los dispositivos de Ring según su documentación.
family-would-work-on = Solo con { $family }, podrías usar { $features }.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } (probados los { $tested } puertos)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count ->
        [one] { $count } puerto de muestra
       *[other] { $count } puertos de muestra
    }: { $ports })
