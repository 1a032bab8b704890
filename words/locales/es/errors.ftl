# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

wait-seconds = { $seconds ->
    [one] 1 segundo
   *[other] { $seconds } segundos
}
wait-minutes = { $minutes ->
    [one] un minuto
   *[other] { $minutes } minutos
}
wait-hours = { $hours ->
    [one] una hora
   *[other] { $hours } horas
}

## Why an address may not be tested, finishing "your request came from X, …"

not-public-unspecified = una dirección no especificada
not-public-loopback = una dirección de loopback, es decir, el mismo equipo en el que funciona Ring Check
not-public-private = una dirección privada (de una red doméstica o de oficina)
not-public-shared-cgnat = una dirección de NAT del operador (carrier-grade NAT), compartida por muchos clientes de tu proveedor de internet
not-public-link-local = una dirección de enlace local (link-local)
not-public-documentation = una dirección reservada para documentación
not-public-benchmarking = una dirección reservada para pruebas de rendimiento de redes
not-public-multicast = una dirección multicast
not-public-reserved = una dirección reservada
not-public-unique-local = una dirección IPv6 privada (local única)
not-public-tunnel = la dirección de un túnel (6to4 o Teredo), que oculta la red que hay detrás
not-public-site-local = una dirección IPv6 privada (local de sitio)

## Refusals

error-unknown-endpoint = No hay ningún endpoint de la API en { $path }. Revisa la dirección; la API se describe en /api/openapi.json.
error-method-not-allowed = { $method } no está permitido aquí. Usa el método que indica la documentación de este endpoint.
error-payload-too-large = El cuerpo de la solicitud es demasiado grande. Envía como máximo unos pocos kilobytes de JSON.
error-timeout = El servidor ha tardado demasiado en responder. Vuelve a intentarlo en un momento.
error-unreadable = No se ha podido usar la solicitud: { $detail }
error-invalid-start-body = El cuerpo de la solicitud debe estar vacío o ser {"{}"}: { $detail }. Ring Check siempre prueba la dirección desde la que llega tu solicitud, así que no hay nada que enviar.
error-unsupported-media-type = Envía el cuerpo de la solicitud como JSON (Content-Type: application/json) o no envíes ningún cuerpo.
error-invalid-address-body = El cuerpo de la solicitud debe ser {"{"}"token": "…"{"}"} con el token de la comprobación: { $detail }.
error-no-families = Este servidor de Ring Check solo prueba una versión de IP, así que no hay otra dirección que añadir a una comprobación.
error-address-wrong-token = Este token no pertenece a esta comprobación. Vuelve a hacer la comprobación desde esta página.
error-address-other-page = Esta solicitud no procede de la página que inició la comprobación, así que su dirección no se añade. Haz la comprobación desde la propia página de Ring Check.
error-address-too-late = Esta comprobación está demasiado avanzada para añadir tu dirección en otra versión de IP. Haz una nueva comprobación para incluirla.
error-target-not-public = Ring Check solo puede probar una dirección de internet pública, y tu solicitud llegó desde { $address }, { $why }. Esto ocurre cuando Ring Check funciona en el mismo equipo o en la misma red que tú, o cuando una VPN o un proxy oculta tu dirección pública. Desactiva cualquier VPN o proxy y abre Ring Check desde la red Wi-Fi que usa tu dispositivo Ring.
error-not-through-proxy = Esta solicitud ha llegado a Ring Check directamente y no a través de la dirección web en la que está publicado, así que Ring Check no puede saber qué dirección probar. Abre Ring Check en su dirección habitual. (Si gestionas este servidor: haz que solo tu proxy pueda llegar a su puerto principal.)
error-cross-site-start = Una comprobación solo se puede iniciar desde la propia página de Ring Check. Si llamas a la API desde un programa, envía la solicitud con Content-Type: application/json.
error-wrong-host = Este servidor de Ring Check funciona en modo local y solo responde en localhost o 127.0.0.1. Ábrelo con una de esas direcciones.
error-check-in-progress = Ya hay una comprobación de tu red en curso. Espera a que termine (unos segundos) y vuelve a intentarlo.
error-network-busy = Ahora mismo hay muchas comprobaciones en curso desde tu red. Vuelve a intentarlo dentro de unos segundos.
error-storage-full = Ring Check no puede guardar nuevos resultados ahora mismo. Vuelve a intentarlo más tarde; los resultados de los que recibiste el enlace siguen disponibles.
error-rate-limited = Has iniciado varias comprobaciones en poco tiempo. Espera { $wait } y vuelve a intentarlo.
error-network-rate-limited = Últimamente han llegado muchas comprobaciones desde tu red. Espera { $wait } y vuelve a intentarlo.
error-network-daily-limit = Tu red ha guardado { $limit } informes de Ring Check en las últimas 24 horas, el máximo que este servidor guarda para una red en un día. Vuelve a intentarlo dentro de { $wait }. Los informes ya guardados se pueden seguir consultando desde sus enlaces.
error-server-busy = Ring Check está muy ocupado ahora mismo. Vuelve a intentarlo dentro de { $wait }.
error-lookup-rate-limited = Has abierto muchos informes de Ring Check en poco tiempo. Espera { $wait } y vuelve a abrir este.
error-invalid-id = «{ $id }» no es un ID de Ring Check: los ID constan de 22 letras, cifras, «-» o «_». Revisa el enlace: puede que esté incompleto o mal escrito.
error-check-not-found = No hay ninguna comprobación con este ID. Puede que esté mal escrito, o que la comprobación terminara hace tiempo: su informe, si lo hay, está en /api/reports/{"{"}id{"}"}.
error-report-not-found = No hay ningún informe con este ID. Los informes se guardan durante un tiempo limitado, así que puede que el enlace haya caducado o esté mal escrito. Haz una nueva comprobación para obtener un enlace nuevo.
error-egress-wrong-token = Estos resultados del navegador no pertenecen a esta comprobación. Vuelve a hacer la comprobación desde esta página.
error-egress-invalid = No se han podido usar los resultados del navegador: { $detail }.
error-egress-already-submitted = Esta comprobación ya tiene los resultados del navegador; se envían una sola vez por comprobación.
error-egress-too-late = Esta comprobación terminó hace demasiado tiempo para añadir los resultados del navegador. Haz una nueva comprobación para incluirlos.
error-report-unavailable = Los resultados de tu navegador se han guardado, pero la comprobación ha terminado sin un informe en el que mostrarlos. Vuelve a hacer la comprobación.
error-report-pending = Los resultados de tu navegador se han guardado, pero el informe de la comprobación no estaba listo en el tiempo que puede esperar esta solicitud (puede que la comprobación siga en curso). Estará en el enlace del informe, con tus resultados: ábrelo dentro de un minuto. No hace falta volver a enviar los resultados.
error-oembed-without-url = No se ha podido usar la solicitud: indica la página que quieres insertar como ?url=… (la página de inicio o un enlace /r/{"{"}id{"}"})
error-no-usable-host = No se ha podido usar la solicitud: la solicitud no tiene una cabecera Host válida
error-oembed-format = oEmbed solo se ofrece en JSON (format=json), no en «{ $format }».
error-no-embed = No hay nada que insertar en { $url }: indica la página de inicio de este servidor de Ring Check o un enlace de resultado /r/{"{"}id{"}"}.
error-store-unavailable = Ring Check no puede conectar con su base de datos de informes ahora mismo, así que no puede iniciar una comprobación. Vuelve a intentarlo dentro de un minuto.
error-internal = Algo ha salido mal por nuestra parte. Vuelve a intentarlo; si sigue pasando, contacta con el soporte.

## A check that ended without a report, as its event stream says

check-failed-stopped = La comprobación se detuvo de forma inesperada. Vuelve a ejecutarla.
check-failed-not-saved = La comprobación terminó, pero no se pudieron guardar los resultados, así que no hay enlace para compartir. Vuelve a ejecutar la comprobación dentro de un minuto.
check-failed-server-gone = El servidor que ejecutaba esta comprobación se detuvo antes de terminar. Vuelve a ejecutar la comprobación.
check-failed-unreadable = No se pudieron leer los resultados de la comprobación. Vuelve a ejecutar la comprobación.
check-failed-report-unreadable = La comprobación terminó y su informe se guardó, pero ahora mismo no se puede leer. Abre { $path } dentro de un minuto para verlo.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = Este servidor de Ring Check no está configurado para probar { $port } desde tu navegador.
plan-unavailable-needs-rights = Este servidor de Ring Check no puede esperar conexiones en { $port } (hacen falta permisos de administrador), así que tu navegador no puede probar este puerto aquí.
plan-unavailable-in-use = Este servidor de Ring Check no puede esperar conexiones en { $port } (otro programa lo está usando), así que tu navegador no puede probar este puerto aquí.
plan-unavailable-cannot-open = Este servidor de Ring Check no puede esperar conexiones en { $port } (no se ha podido abrir), así que tu navegador no puede probar este puerto aquí.
plan-unavailable-not-answering = El servidor de prueba de Ring Check para { $port } no responde en este momento, así que tu navegador no puede probar este puerto aquí. El problema está de nuestro lado, no en tu red.
plan-unavailable-busy = El servidor de prueba de Ring Check para { $port } está demasiado ocupado en este momento (está rechazando solicitudes), así que tu navegador no puede probar este puerto aquí. El problema está de nuestro lado, no en tu red.
plan-unavailable-not-tested = No probado desde el navegador en esta comprobación.

## The video upload test

error-upload-in-progress = Ya hay una prueba de subida de vídeo de tu red en curso. Espera a que termine (unos 15 segundos) y vuelve a intentarlo.
error-upload-network-busy = Ahora mismo hay otras pruebas de subida de vídeo de tu red en curso. Vuelve a intentarlo dentro de un minuto.
error-upload-busy = Ring Check está recibiendo ahora todo el vídeo que puede. Vuelve a intentarlo dentro de { $wait }.
error-upload-streams = Una prueba de subida de vídeo envía de 1 a { $most } flujos a la vez.
error-upload-not-found = Esta prueba de subida de vídeo ha terminado o nunca empezó. Vuelve a iniciarla desde la página de resultados.
error-upload-not-yours = Este resultado no es de una comprobación de este navegador, o ha caducado: vuelve a hacer la comprobación y después la prueba de subida de vídeo.
error-upload-rate-limited = Has hecho varias pruebas de subida de vídeo en poco tiempo. Espera { $wait } y vuelve a intentarlo.
error-upload-network-rate-limited = Se han hecho muchas pruebas de subida de vídeo desde tu red últimamente. Espera { $wait } y vuelve a intentarlo.
