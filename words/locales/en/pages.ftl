# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check: is your network ready for Ring?
page-description = Check whether your home network lets your Ring doorbell, camera or Alarm Base Station do its job, and what to fix if not.
page-needs-scripts = Ring Check needs JavaScript and WebAssembly to test your network. Please turn JavaScript on, or use an up-to-date browser.
page-skip-link = Skip to content

## The language switcher: its label, and each language's name in that language.

languages-label = Language
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = Is your home network ready for Ring?
home-why = They need a handful of ports to get through your router. When a router firewall or your internet provider blocks one, the symptoms are confusing: motion alerts may still arrive while Live View never connects. Ring Check tests your connection and tells you which Ring features will work, which port is to blame, and what to change.
ports-heading = The ports Ring devices use

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Ports and protocols used by Ring devices
column-service = Service
column-protocol = Protocol
column-ports = Ports
column-direction = Direction
column-purpose = What it's for
column-blocked = If it's blocked
entry-used-by = Used by: { $devices }
entry-source = Source: { $sources }
# Before each note of an entry.
entry-note = Note:
# The address family Ring documents these ports for, in bold before its note.
documented-family = Over { $family }.

## The cards under the table

blocked-heading = If something is blocked
blocked-router = Check your router.
blocked-provider = Ask your internet provider.
blocked-caution = Before you change anything:
wifi-heading = { $device } and Wi-Fi security
wifi-supported = Supported
wifi-supported-with = { $supported } with { $encryption }
wifi-unsupported = Not supported

## The embed help

embed-heading = Embed Ring Check
embed-script = Put the checker in a help-center article. With the script, the frame grows and shrinks with its content:
embed-options = Options on the placeholder:
embed-iframe = Where scripts are not allowed, a plain frame works at a fixed height:
embed-oembed = Pages of this site also offer oEmbed ({ $path }).
embed-origin = Whoever runs this server can limit which sites may show the frame with { $flag }.

## The footer

footer-sources = Ring's ports as of catalogue version { $version }, checked against these sources on { $checked }:
footer-open-source = Ring Check is open source.

## A page that does not exist

not-found-heading = Page not found
not-found-text = There is nothing at this address. The link may be mistyped or out of date.
not-found-home = Go to the Ring Check home page
