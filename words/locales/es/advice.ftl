### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = Esta comprobación no ha podido probar { $documented }, que es lo que usan los dispositivos de Ring según su documentación. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Hola:
isp-cannot-connect = Mis dispositivos Ring (timbre con vídeo, cámaras, alarma) no consiguen conectarse correctamente.
isp-blocked = Mis dispositivos Ring (timbre con vídeo, cámaras, alarma) no consiguen conectarse correctamente. Una comprobación de red hecha desde la conexión de mi casa ha detectado que estos puertos están bloqueados:
# $family is IPv4 or IPv6.
isp-blocked-over = Mis dispositivos Ring (timbre con vídeo, cámaras, alarma) no consiguen conectarse correctamente. Una comprobación de red hecha desde la conexión de mi casa ha detectado que estos puertos están bloqueados por { $family }:
isp-intercepted = En estos puertos, algo que hay por el camino responde en lugar del servidor al que me conecto (un proxy o un filtro), y así los dispositivos Ring no pueden funcionar:
isp-breaks = Lo que deja de funcionar:
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }: { $verdict }. { $reason }
isp-ports = Los dispositivos Ring y los teléfonos que reciben sus alertas necesitan acceso saliente a los puertos siguientes. ¿Podrían comprobar si su red bloquea alguno de ellos y desbloquearlo para mi conexión?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }: { $transports } { $ports } ({ $direction })
isp-results = Los resultados completos están aquí: { $link }
isp-thanks = Muchas gracias.

## The plain summary for a support ticket

summary-title = Resultado de Ring Check { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Comprobación del { $when } desde { $target }, versión del catálogo { $version }
summary-checked-local = Comprobación del { $when } desde { $target } (modo local), versión del catálogo { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = El navegador no ha podido llegar a los servidores de prueba de Ring Check por ningún puerto: vuelve a intentarlo más tarde antes de culpar a la red.
summary-verdict = { $feature }: { $verdict }. { $reason }
summary-verdict-ports = { $feature }: { $verdict } ({ $ports }). { $reason }
summary-path = { $path }: { $summary }
summary-families = IPv4 e IPv6: { $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
# es: the verdict in brackets, as in advice-affected, so that it need not agree.
summary-family-alone = Solo con { $family }: { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = Desde el navegador del visitante, hacia fuera (según lo que indica el navegador)
summary-browser-columns = Puerto  Protocolo  Resultado  Tiempo
summary-browser-columns-family = Puerto  Protocolo  Versión IP  Resultado  Tiempo
summary-nat = Mapeo NAT: { $nat }
summary-server = Desde el servidor de Ring Check, hacia dentro
summary-server-columns = Puerto  Protocolo  Resultado  Ida y vuelta
summary-server-columns-family = Puerto  Protocolo  Versión IP  Resultado  Ida y vuelta
summary-overall = Resultado general: { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }: { $verdict }. { $says } { $best }
isp-upload = Una prueba de la subida de mi conexión, tal como una cámara Ring envía su vídeo, ha encontrado:
