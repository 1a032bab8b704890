# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check: ¿tu red está lista para Ring?
page-description = Comprueba si la red de tu casa permite que tu timbre Ring, tu cámara o tu estación base de Ring Alarm funcionen, y qué arreglar si no es así.
page-needs-scripts = Ring Check necesita JavaScript y WebAssembly para probar tu red. Activa JavaScript o usa un navegador actualizado.
page-skip-link = Saltar al contenido

## The language switcher: its label, and each language's name in that language.

languages-label = Idioma
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = ¿La red de tu casa está lista para Ring?
home-why = Los dispositivos Ring necesitan usar unos cuantos puertos a través de tu router. Cuando el cortafuegos del router o tu proveedor de internet bloquea alguno, los síntomas despistan: puede que sigan llegando las alertas de movimiento, pero el Vídeo en directo nunca llega a conectarse. Ring Check prueba tu conexión y te dice qué funciones de Ring podrás usar, qué puerto es el culpable y qué tienes que cambiar.
ports-heading = Los puertos que usan los dispositivos Ring

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Puertos y protocolos que usan los dispositivos Ring
column-service = Servicio
column-protocol = Protocolo
column-ports = Puertos
column-direction = Dirección
column-purpose = Para qué sirve
column-blocked = Si está bloqueado
entry-used-by = Lo usan: { $devices }
entry-source = Fuente: { $sources }
# Before each note of an entry.
entry-note = Nota:
# The address family Ring documents these ports for, in bold before its note.
documented-family = En { $family }.

## The cards under the table

blocked-heading = Si algo está bloqueado
blocked-router = Revisa tu router.
blocked-provider = Pregunta a tu proveedor de internet.
blocked-caution = Antes de cambiar nada:
wifi-heading = { $device } y seguridad Wi-Fi
wifi-supported = Compatible
wifi-supported-with = { $supported } con { $encryption }
wifi-unsupported = No compatible

## The embed help

embed-heading = Insertar Ring Check
embed-script = Pon la comprobación en un artículo de tu centro de ayuda. Con el script, el marco crece y se encoge según su contenido:
embed-options = Opciones del marcador de posición:
embed-iframe = Donde no se permiten scripts, funciona un marco sencillo de altura fija:
embed-oembed = Las páginas de este sitio también ofrecen oEmbed ({ $path }).
embed-origin = Quien gestione este servidor puede limitar qué sitios pueden mostrar el marco con { $flag }.

## The footer

footer-sources = Puertos de Ring según la versión { $version } del catálogo, contrastados con estas fuentes el { $checked }:
footer-open-source = Ring Check es de código abierto.

## A page that does not exist

not-found-heading = Página no encontrada
not-found-text = No hay nada en esta dirección. Puede que el enlace esté mal escrito o ya no sea válido.
not-found-home = Ir a la página de inicio de Ring Check
