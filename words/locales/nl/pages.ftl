# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check: is je netwerk klaar voor Ring?
page-description = Controleer of je Ring-deurbel, camera of Alarm-basisstation op je thuisnetwerk kan werken, en wat je moet aanpassen als dat niet zo is.
page-needs-scripts = Ring Check heeft JavaScript en WebAssembly nodig om je netwerk te testen. Zet JavaScript aan of gebruik een recente browser.
page-skip-link = Naar de inhoud

## The language switcher: its label, and each language's name in that language.

languages-label = Taal
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = Is je thuisnetwerk klaar voor Ring?
home-why = Ring-apparaten hebben een paar poorten nodig die je router moet doorlaten. Als de firewall van je router of je internetprovider er een blokkeert, zijn de symptomen verwarrend: bewegingsmeldingen komen misschien nog gewoon binnen, terwijl livebeeld nooit verbinding maakt. Ring Check test je verbinding en vertelt je welke Ring-functies je kunt gebruiken, welke poort de boosdoener is en wat je moet veranderen.
ports-heading = De poorten die Ring-apparaten gebruiken

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Poorten en protocollen die Ring-apparaten gebruiken
column-service = Dienst
column-protocol = Protocol
column-ports = Poorten
column-direction = Richting
column-purpose = Waarvoor
column-blocked = Als het geblokkeerd is
entry-used-by = Gebruikt door: { $devices }
entry-source = Bron: { $sources }
# Before each note of an entry.
entry-note = Opmerking:
# The address family Ring documents these ports for, in bold before its note.
documented-family = Via { $family }.

## The cards under the table

blocked-heading = Als er iets geblokkeerd is
blocked-router = Controleer je router.
blocked-provider = Vraag het je internetprovider.
blocked-caution = Voordat je iets verandert:
wifi-heading = { $device } en Wi-Fi-beveiliging
wifi-supported = Ondersteund
wifi-supported-with = { $supported } met { $encryption }
wifi-unsupported = Niet ondersteund

## The embed help

embed-heading = Ring Check insluiten
embed-script = Zet de test in een artikel van je helpcentrum. Met het script groeit en krimpt het kader mee met de inhoud:
embed-options = Opties op de plaatshouder:
embed-iframe = Waar scripts niet zijn toegestaan, werkt een gewoon kader met een vaste hoogte:
embed-oembed = Pagina's van deze site bieden ook oEmbed ({ $path }).
embed-origin = Wie deze server beheert, kan met { $flag } bepalen welke sites het kader mogen tonen.

## The footer

footer-sources = Poorten van Ring volgens catalogusversie { $version }, op { $checked } gecontroleerd aan de hand van deze bronnen:
footer-open-source = Ring Check is open source.

## A page that does not exist

not-found-heading = Pagina niet gevonden
not-found-text = Op dit adres staat niets. De link is misschien verkeerd getypt of verouderd.
not-found-home = Naar de startpagina van Ring Check
