# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Los dispositivos Ring usan tu conexión a internet para enviar vídeo y audio, para enviar las notificaciones de alarma (cuando la estación base no está usando la conexión móvil de respaldo), para mantener tu teléfono conectado a ellos y para recibir actualizaciones de software.
catalogue-wifi-summary = Ring Alarm es compatible con WPA2 Personal, con los tipos de cifrado TKIP, AES o TKIP + AES. Ring Alarm no es compatible con WPA2 Enterprise.

## The groups of the port table

group-core-services-title = Servicios básicos de internet
group-core-services-summary = Son puertos muy conocidos y es poco probable que tu dispositivo tenga problemas para llegar a ellos.
group-app-connection-title = Mantener la conexión con la app de Ring
group-app-connection-summary = Mantiene abierta una vía entre tu dispositivo Ring y la app de Ring, para que la app pueda llegar al dispositivo cuando la abras.
group-live-view-title = Vídeo en directo y audio bidireccional
group-live-view-summary = El Vídeo en directo se establece a través del socket de Ring (los dispositivos más antiguos usan SIP) y después el audio y el vídeo circulan por UDP; donde UDP no consigue salir, los transportan en su lugar los servidores de retransmisión de Ring.
group-phone-alerts-title = Alertas en tu teléfono
group-phone-alerts-summary = Las alertas de movimiento y de timbre llegan a tu teléfono a través del servicio push de Google o de Apple, por la propia conexión del teléfono con ese servicio.
group-ring-app-title = La app de Ring en tu teléfono
group-ring-app-summary = Puertos en los que la app de Ring espera conexiones. Detrás de un router doméstico, normalmente están cerrados a internet, y no pasa nada.

## Who uses a port

device-video-doorbell = Timbres con vídeo
device-security-camera = Cámaras de seguridad
device-alarm-base-station = Estación base de Ring Alarm
device-ring-app = App de Ring
device-android-phone = Teléfonos Android
device-iphone = iPhone

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Solicitudes web sencillas (sin cifrar) de timbres y cámaras a los servicios de Ring.
entry-http-when-blocked = Puede que el dispositivo no llegue a algunos servicios de Ring, como las descargas de software.
entry-http-note-1 = No se aplica a la estación base de Ring Alarm.

## HTTPS

entry-https-purpose = Conexiones cifradas con la nube de Ring: configuración, eventos, notificaciones y actualizaciones de software.
entry-https-when-blocked = El dispositivo no puede llegar a Ring: aparece sin conexión y se detienen las notificaciones, las grabaciones y las actualizaciones.
entry-https-note-1 = Los dispositivos Ring actuales también establecen el Vídeo en directo a través de su conexión de socket en este puerto (o en el 9002).
entry-https-note-2 = El WebRTC de Ring hace la señalización mediante un WebSocket en este puerto y, cuando UDP no consigue salir, ofrece aquí sus servidores de retransmisión por TLS.
entry-https-note-3 = Con Wi-Fi, los iPhone recurren a este puerto para las alertas push cuando el puerto TCP 5223 está bloqueado.

## DNS

entry-dns-purpose = Busca por su nombre las direcciones de los servidores de Ring.
entry-dns-when-blocked = El dispositivo no encuentra los servidores de Ring y aparece sin conexión.
entry-dns-not-testable = Los navegadores se niegan a conectarse al puerto 53. Si las páginas web cargan en esta red, es casi seguro que el DNS funciona.

## NTP

entry-ntp-purpose = Mantiene en hora el reloj del dispositivo; las conexiones seguras y la hora de los eventos dependen de ello.
entry-ntp-when-blocked = El reloj se desajusta: la hora de los eventos puede ser incorrecta y las conexiones seguras pueden fallar.
entry-ntp-not-testable = Los navegadores se niegan a usar el puerto 123, y las páginas web no pueden enviar tráfico NTP.

## Ring control

entry-ring-control-purpose = La conexión de control del dispositivo con los servicios de Ring (en el artículo figura solo como TCP 8557).
entry-ring-control-when-blocked = Las notificaciones de movimiento y de timbre y los cambios de ajustes pueden retrasarse o perderse.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Mantiene la vía de comunicación entre el dispositivo Ring y tu dispositivo móvil.
entry-ring-socket-service-when-blocked = Puede que la app no llegue al dispositivo: las solicitudes de Vídeo en directo y las notificaciones pueden fallar o llegar tarde.

## Live View set-up (SIP)

entry-sip-purpose = Establece el Vídeo en directo con el Session Initiation Protocol (SIP), en dispositivos y firmware más antiguos.
entry-sip-when-blocked = El dispositivo no puede responder a las solicitudes de Vídeo en directo de tu teléfono: puede que sigas recibiendo las notificaciones de movimiento (o, si es un timbre, los avisos de que alguien ha llamado), pero no puedes conectarte al vídeo.
entry-sip-note-1 = El artículo actual de Ring ya no menciona SIP: los dispositivos actuales establecen el Vídeo en directo a través del socket en TCP 443 o 9002.
entry-sip-note-2 = Con Ring Edge en una estación base Alarm Pro, el Vídeo en directo puede ir a la dirección local de la estación base en el 15064, así que el aislamiento de clientes Wi-Fi o tener redes separadas para cámaras y teléfonos impiden que funcione; una comprobación desde internet no puede verlo.

## Live View socket

entry-live-view-socket-purpose = Lleva la conexión de socket que establece el Vídeo en directo en los dispositivos Ring actuales, junto a TCP 443.
entry-live-view-socket-when-blocked = El Vídeo en directo se establece entonces por TCP 443; si ese puerto también está bloqueado, los dispositivos actuales no pueden iniciar el Vídeo en directo.
entry-live-view-socket-note-1 = No aparece en el artículo de 2019: el artículo actual de Ring lo menciona, junto con el 443, para el socket del Vídeo en directo.

## Audio and video (RTP)

entry-media-purpose = Transporta la imagen del Vídeo en directo y el audio bidireccional.
entry-media-when-blocked = El Vídeo en directo se inicia pero no muestra imagen, o la imagen y el audio bidireccional se quedan congelados, salvo que los servidores de retransmisión de Ring puedan transportarlos.
entry-media-note-1 = Los puertos se negocian en cada sesión (mediante SIP en el artículo de 2019) y pueden estar en cualquier punto entre 16500 y 65000; Ring Check prueba una muestra repartida de forma uniforme por todo el rango.
entry-media-note-2 = Documentación actual de Ring: los negocia WebRTC, también entre 16500 y 65000; en casos poco frecuentes se usan servidores STUN para los contenidos multimedia.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = Cuando el audio y el vídeo no pueden circular directamente, el WebRTC de Ring los retransmite a través de sus propios servidores, que en este puerto también responden a STUN.
entry-ring-relay-when-blocked = El Vídeo en directo tiene una vía menos para conectarse cuando el UDP directo está bloqueado: entonces necesita la retransmisión por TLS en TCP 443.
entry-ring-relay-note-1 = La retransmisión también se ofrece por TLS en TCP 443 (la fila HTTPS).
entry-ring-relay-note-2 = Lo han observado clientes de Ring de código abierto en la configuración WebRTC de Ring; los propios artículos de Ring no lo mencionan.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Los teléfonos Android mantienen abierta en este puerto una conexión con el servicio push de Google; por ella llegan las alertas de movimiento y de timbre de Ring.
entry-android-push-when-blocked = Las alertas de Ring llegan tarde o no llegan a un teléfono Android conectado a esta red Wi-Fi (con datos móviles siguen llegando).
entry-android-push-note-1 = Google también indica TCP 5229 y 5230, y a veces 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = Los iPhone mantienen abierta en este puerto una conexión con el servicio push de Apple; por ella llegan las alertas de movimiento y de timbre de Ring.
entry-iphone-push-when-blocked = Con Wi-Fi, los iPhone recurren a TCP 443, así que normalmente las alertas siguen llegando; si el 443 también está bloqueado, llegan tarde o no llegan.
entry-iphone-push-note-1 = Apple usa el 443 como alternativa solo con Wi-Fi.

## Ring app listening ports

entry-app-listening-purpose = La app de Ring espera conexiones en estos puertos.
entry-app-listening-when-blocked = Normalmente no notarás nada: detrás de un router doméstico, estos puertos suelen estar cerrados a internet, y es lo esperado.
entry-app-listening-note-1 = Principalmente 7076 y 7077, además de 9078 y 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = Por lo general, los dispositivos Ring y la app de Ring llegan sin problemas a los puertos que necesitan. A veces, un cortafuegos del router (puerta de enlace) o tu proveedor de internet bloquea uno o varios.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = Si el router bloquea los puertos, cambia la configuración de su cortafuegos para permitir los protocolos y puertos indicados aquí, o haz que sea menos estricta.
guidance-isp = Si el problema no es el router, puede que tu proveedor de internet esté bloqueando estos puertos. Ponte en contacto con él, explícale el problema e indícale los puertos de esta lista para que pueda desbloquearlos.
guidance-caution = Estas recomendaciones implican cambiar la configuración de seguridad de tu red. Asegúrate de entender el motivo de un cambio antes de hacerlo.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Ninguna versión del artículo de Ring sobre los puertos (EE. UU., Reino Unido, Italia, Japón) menciona IPv6, y ninguna página de Ring documenta IPv6 para sus dispositivos: la vía que se sabe que usan es IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them
# es: a caveat is either a "lo que …" clause or a noun phrase in apposition, so that it
# reads after a path's name and after "consigue pasar,". Every part-* is masculine
# singular: verdicts.ftl says "{ $part } está bloqueado".

path-notifications-cloud = a través de la nube de Ring
path-phone-alerts-android = a través del servicio push de Google
path-phone-alerts-iphone = a través del servicio push de Apple
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = a través de la alternativa de Apple en { $ports }
path-phone-alerts-iphone-fallback-caveat = una vía que los iPhone solo usan con Wi-Fi, así que las alertas pueden llegar tarde
path-live-view-direct = directamente
path-live-view-relay = a través de los servidores de retransmisión de Ring
path-live-view-relay-caveat = lo que puede hacer que el vídeo vaya más lento
path-live-view-sip = con el antiguo sistema SIP
path-live-view-sip-caveat = un método que solo usan los dispositivos y firmware de Ring más antiguos
path-two-way-audio-direct = directamente
path-two-way-audio-relay = a través de los servidores de retransmisión de Ring
path-two-way-audio-relay-caveat = lo que puede hacer que el audio llegue con retraso
path-two-way-audio-sip = con el antiguo sistema SIP
path-two-way-audio-sip-caveat = un método que solo usan los dispositivos y firmware de Ring más antiguos
path-software-updates-cloud = a través de la nube de Ring
path-clock-sync-ntp = con NTP
path-ring-alarm-cloud = a través de la nube de Ring
feature-clock-sync-when-untested = Si tus otros dispositivos muestran la hora correcta, es casi seguro que funciona.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = el tráfico de audio y vídeo
part-relay = el servicio de retransmisión de Ring
part-push = el canal push
part-fallback = el canal alternativo
part-live-view-socket = el socket del Vídeo en directo
part-ring-control = el control de Ring
part-ring-socket-service = el Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Control de Ring
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Establecimiento del Vídeo en directo (SIP)
entry-live-view-socket-name = Socket del Vídeo en directo
entry-media-name = Audio y vídeo (RTP)
entry-ring-relay-name = Servidores de retransmisión de Ring (TURN)
entry-android-push-name = Push de Android (Firebase Cloud Messaging)
entry-iphone-push-name = Push de iPhone (Apple Push Notification service)
entry-app-listening-name = Puertos de escucha de la app de Ring
direction-device-to-internet = Dispositivo → internet
direction-device-and-internet = Dispositivo ↔ internet
direction-internet-to-app = Internet → app de Ring
direction-phone-to-internet = Teléfono → internet

## What kind of source a fact comes from

source-kind-ring-documentation = documentación de Ring
source-kind-google-or-apple = documentación de Google o Apple
source-kind-observed = observado por clientes de Ring de código abierto, no documentado por Ring
