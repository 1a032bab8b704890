# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = se ha completado el handshake TCP
probe-detail-sip-reply = ha llegado una respuesta a la solicitud SIP OPTIONS
probe-detail-refused = conexión rechazada (reinicio TCP)
probe-detail-port-unreachable = puerto inalcanzable (ICMP)
probe-detail-host-unreachable = host inalcanzable o prohibido por el administrador (ICMP)
probe-detail-network-unreachable = red inalcanzable

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] sin respuesta a { $attempts } intento de conexión en { $milliseconds } ms
   *[other] sin respuesta a { $attempts } intentos de conexión en { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] sin respuesta a { $attempts } datagrama SIP OPTIONS en { $milliseconds } ms: un servicio que no responde y un cortafuegos que descarta los paquetes se ven igual
   *[other] sin respuesta a { $attempts } datagramas SIP OPTIONS en { $milliseconds } ms: un servicio que no responde y un cortafuegos que descarta los paquetes se ven igual
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = no probado: no se ha podido hacer la prueba
probe-detail-not-run-shutting-down = no probado: el servidor se estaba apagando
probe-detail-not-run-too-busy = no probado: el servidor estaba demasiado ocupado para hacer esta prueba a tiempo
probe-detail-not-run-probe-failed = no probado: la prueba ha fallado por un error interno de Ring Check
