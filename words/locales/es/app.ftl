# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Comprueba tu red
app-check-intro = Haz la comprobación desde un móvil o un ordenador conectado a la misma red Wi-Fi que tu dispositivo Ring, no con datos móviles. Tarda unos segundos.
app-check-button = Comprobar mi red
app-check-again = Volver a comprobar
app-local-mode-notice = Modo local: este servidor de Ring Check acepta direcciones privadas, así que está probando la conexión de este dispositivo al servidor, no el router de tu casa.
app-status-starting = Iniciando la comprobación…
app-status-running = Pruebas completadas: { $done } de { $total }
app-status-done = Comprobación terminada. Tienes los resultados abajo.
app-status-not-started = No se ha podido iniciar la comprobación.
app-status-not-finished = La comprobación no ha terminado.
app-progress-label = Progreso de la comprobación

## The result

app-results-heading = Tus resultados
app-each-way-through = Cada vía posible
app-every-test = Todas las pruebas
app-egress-unsaved = Los resultados de tu navegador aparecen en la tabla, pero no se han podido incluir en el informe, así que los diagnósticos y el enlace para compartir solo usan las pruebas del servidor. Vuelve a hacer la comprobación para incluirlos.
app-own-servers-unreachable = Tu navegador no ha podido llegar a los servidores de prueba de Ring Check por ningún puerto, así que esta comprobación no puede saber si tu red bloquea algo. Lo más probable es que el problema esté de nuestro lado y no del tuyo: vuelve a intentarlo más tarde.
app-no-webrtc = Este navegador no puede probar UDP (no tiene WebRTC), así que no se ha podido probar la conexión de vídeo directa del Vídeo en directo. Para hacer la comprobación completa, abre Ring Check en otro navegador, como Chrome, Firefox, Edge o Safari en un móvil.
app-local-mode-result = Esta comprobación se hizo en modo local, con una dirección privada: describe la conexión de este ordenador con el servidor de Ring Check, no la de un router doméstico.
app-families-heading = IPv4 e IPv6
app-families-why = Por qué { $family }: { $note }

## The table of every test

app-table-caption-one-way = Saliente: tu navegador se conecta hacia fuera, como hacen tus dispositivos Ring. Entrante: el servidor de Ring Check se conecta de vuelta a tu red.
app-table-caption = Saliente: tu navegador se conecta hacia fuera, como hacen tus dispositivos Ring. Entrante: el servidor de Ring Check se conecta de vuelta a tu red. Cada prueba por IPv4 y por IPv6: según la documentación de Ring, sus dispositivos usan IPv4.
app-column-port = Puerto
app-column-protocol = Protocolo
app-column-used-for = Se usa para
app-column-outbound = Saliente
app-column-inbound = Entrante
app-column-meaning = Qué significa
app-not-reached = no alcanzado
app-not-reached-why = Tu navegador no llegó a Ring Check con esta versión de IP, así que no había ninguna dirección que probar
app-not-testable = No se puede probar
app-not-testable-here = No se puede probar aquí
app-testing = Probando…
app-not-this-way = No probado en este sentido

## What to do

app-fix-heading = Qué hacer
app-fix-nothing-got-out = Ring Check no ha podido llegar a sus propios servidores de prueba desde tu navegador, así que esta comprobación no puede decirte qué cambiar. Vuelve a intentarlo más tarde. Si sigue pasando solo en esta red, puede que la red no deje pasar nada más que páginas web.
app-fix-nothing-to-change = Esta comprobación no ha encontrado nada que haya que cambiar.
app-fix-still-stuck = Si el Vídeo en directo sigue sin conectarse, comparte este resultado con el soporte de Ring.
app-fix-blocked = Puertos bloqueados: { $ports }.
app-fix-affects = Funciones afectadas: { $features }.
app-fix-provider-may = Si la causa no está de tu lado, puede que sea tu proveedor de internet: aquí tienes un mensaje que puedes enviarle.
app-fix-check-router = Revisa tu router.
app-fix-ask-provider = Pregunta a tu proveedor de internet.
app-fix-here-is-a-message = Aquí tienes un mensaje que puedes enviarle:
app-fix-before-you-change = Antes de cambiar nada:
app-provider-message-label = Mensaje para tu proveedor de internet
app-copy-message = Copiar el mensaje
app-copied = Copiado
app-copy-blocked = Tu navegador ha bloqueado la copia. Selecciona el texto de abajo y cópialo.

## Sharing

app-share-heading = Compartir con el soporte de Ring
app-share-who-can-see = Cualquiera con este enlace puede ver este resultado hasta el { $date }. Tu dirección está parcialmente oculta.
app-share-link-label = Enlace a este resultado
app-copy-link = Copiar enlace para soporte
app-copy-text = Copiar como texto
app-copy-json = Copiar como JSON
app-open-full-result = Abrir el resultado completo en una pestaña nueva

## A shared report's page

app-report-loading = Cargando el informe…
app-report-heading = Resultado de Ring Check
app-report-checked-on = Comprobado el { $date }, { $time } UTC, desde { $address }.
app-new-check = Haz una nueva comprobación de tu propia red

## Errors: a short title, then what happened and what to do

app-try-again = Reintentar
app-run-again = Vuelve a hacer la comprobación.
app-error-not-public = Ring Check no puede ver la dirección de internet de tu casa
app-error-wait = Espera un momento
app-error-in-progress = Ya hay una comprobación en curso
app-error-busy = Ring Check está ocupado ahora mismo
app-error-no-report = Este informe no existe o ha caducado
app-error-bad-link = Este enlace no es un enlace válido de Ring Check
app-error-bad-link-what = «{ $id }» no es un ID de Ring Check: los ID constan de 22 letras, cifras, «-» o «_». Revisa el enlace: puede que esté incompleto o mal escrito.
app-error-server = Ring Check tiene problemas
app-error-server-what = Vuelve a intentarlo dentro de un minuto. Si sigue pasando, contacta con el soporte de Ring y menciona Ring Check.
app-error-other = Algo ha salido mal
app-error-offline = No se puede conectar con Ring Check
app-error-offline-what = Comprueba que este móvil u ordenador tiene conexión a internet y vuelve a intentarlo.
app-error-unexpected = Ring Check ha enviado una respuesta inesperada
app-error-unexpected-what = Vuelve a cargar la página e inténtalo de nuevo.
app-error-lost = Se ha perdido la conexión
app-error-lost-what = La comprobación dejó de enviar resultados antes de terminar. Revisa tu conexión y vuelve a hacerla.
app-error-timed-out = La comprobación ha tardado demasiado
app-error-timed-out-what = Ring Check no ha terminado a tiempo: puede que tu conexión sea muy lenta o se haya interrumpido. Vuelve a hacer la comprobación.
app-error-check-failed = No se ha podido completar la comprobación

## What each test means, in the table's last column

app-meaning-gets-out = Consigue salir
app-meaning-blocked-on-the-way-out = Bloqueado al salir
app-meaning-some-ports-only = Solo consigue salir por algunos puertos: en los demás, las sesiones necesitan los servidores de retransmisión de Ring
app-meaning-nothing-got-out = No ha salido nada: no se puede saber
app-meaning-not-tested = No probado
app-meaning-not-testable-in-this-browser = Este navegador no puede hacer esta prueba (no tiene WebRTC): haz la comprobación en otro navegador para probarlo
app-meaning-intercepted = Ha respondido otra cosa por el camino (un proxy, un filtro o una página de inicio de sesión)
app-meaning-open-to-the-internet = Abierto a internet
app-meaning-closed-to-the-internet = Cerrado a internet: es normal
app-meaning-not-blocked = No bloqueado
app-meaning-blocked-by-a-firewall = Bloqueado por un cortafuegos
app-meaning-no-reply = Sin respuesta: no se puede saber
app-meaning-router-silent = Tu router se queda en silencio: no se puede saber

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = alcanzado
app-out-failed = conexión fallida
app-out-no-answer = sin respuesta
app-out-intercepted = interceptado
app-out-not-tested = no probado
app-out-unsupported = no se puede probar en este navegador
app-in-open = abierto
app-in-closed = cerrado
app-in-filtered = filtrado
app-in-unreachable = inalcanzable
app-in-open-or-filtered = abierto o filtrado
app-in-not-tested = no probado
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms de espera

## The media range, tested by sample

app-sample-testing = { $done } de { $total } probados
app-sample-got-out = { $passed } de { $total } han salido
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = Puertos probados por muestreo: { $count } en el rango { $range }, aproximadamente uno cada { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Notificaciones de movimiento y de timbre
app-feature-phone-alerts = Alertas en tu teléfono
app-feature-live-view = Vídeo en directo
app-feature-two-way-audio = Audio bidireccional
app-feature-software-updates = Actualizaciones de software
app-feature-clock-sync = Sincronización del reloj
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Funciona
app-verdict-at-risk = En riesgo
app-verdict-blocked = Bloqueado
app-verdict-not-tested = Sin probar
app-overall-works = Tu red permite que los dispositivos Ring funcionen.
app-overall-at-risk = Puede que algunas funciones de Ring no funcionen de forma fiable en esta red.
app-overall-blocked = Algunas funciones de Ring están bloqueadas en esta red.
app-overall-unknown = Esta comprobación no ha podido saber si los puertos que Ring necesita están bloqueados.
app-audience-android = Teléfonos Android
app-audience-iphone = iPhone
app-interception = En estos puertos, algo de tu red responde en lugar del servidor real: un filtro web, el control parental, un software de seguridad o una página de inicio de sesión del Wi-Fi. Los dispositivos Ring no pueden funcionar así: desactívalo para tus dispositivos Ring (o inicia sesión en el Wi-Fi) y vuelve a hacer la comprobación.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = ¿Se verá fluido el Vídeo en directo?
# $seconds: how long the test takes, about 14.
app-upload-intro = Tener los puertos abiertos es solo la mitad: el Vídeo en directo también necesita que tu velocidad de subida aguante el vídeo de una cámara sin cortes, incluso con la línea ocupada. Esta prueba envía a Ring Check tráfico equivalente a un vídeo durante unos { $seconds } segundos, y Ring Check cuenta lo que llega y mide el retraso de tu línea.
app-upload-cameras = Cámaras en directo a la vez
app-upload-button = Probar la subida de vídeo
app-upload-again = Volver a probar
app-upload-measuring-idle = Midiendo el retraso de tu línea en reposo…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Enviando tráfico de vídeo: quedan { $seconds } s. Ring Check recibe { $kbps } kbit/s.
app-upload-progress-label = Progreso de la prueba de subida de vídeo
app-upload-chart-alt = Gráfico: lo que Ring Check ha recibido cada cuarto de segundo frente a la velocidad necesaria, y el retraso de tu línea en reposo y ocupada.
app-upload-stopped = La prueba de subida se ha detenido
app-upload-stopped-what = La conexión con Ring Check se cerró antes de que terminara la prueba. Revisa tu conexión y vuelve a probar.
app-upload-no-websocket = Este navegador no puede hacer la prueba de subida. Prueba con otro navegador.
