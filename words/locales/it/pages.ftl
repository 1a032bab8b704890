# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check: la tua rete è pronta per Ring?
page-description = Verifica se la rete di casa permette al tuo videocitofono Ring, alla videocamera o alla stazione base di Ring Alarm di funzionare, e cosa sistemare in caso contrario.
page-needs-scripts = Ring Check ha bisogno di JavaScript e WebAssembly per testare la tua rete. Attiva JavaScript oppure usa un browser aggiornato.
page-skip-link = Vai al contenuto

## The language switcher: its label, and each language's name in that language.

languages-label = Lingua
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = La tua rete di casa è pronta per Ring?
home-why = I dispositivi Ring devono poter usare alcune porte attraverso il tuo router. Quando il firewall del router o il tuo operatore internet ne blocca una, i sintomi confondono: le notifiche di movimento possono continuare ad arrivare, mentre Live View non si collega mai. Ring Check verifica la tua connessione e ti dice quali funzioni di Ring potrai usare, quale porta causa il problema e cosa cambiare.
ports-heading = Le porte usate dai dispositivi Ring

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Porte e protocolli usati dai dispositivi Ring
column-service = Servizio
column-protocol = Protocollo
column-ports = Porte
column-direction = Direzione
column-purpose = A cosa serve
column-blocked = Se è bloccato
entry-used-by = Usato da: { $devices }
entry-source = Fonte: { $sources }
# Before each note of an entry.
entry-note = Nota:
# The address family Ring documents these ports for, in bold before its note.
documented-family = Su { $family }.

## The cards under the table

blocked-heading = Se qualcosa è bloccato
blocked-router = Controlla il router.
blocked-provider = Chiedi al tuo operatore internet.
blocked-caution = Prima di cambiare qualcosa:
wifi-heading = { $device } e sicurezza Wi-Fi
wifi-supported = Supportato
wifi-supported-with = { $supported } con { $encryption }
wifi-unsupported = Non supportato

## The embed help

embed-heading = Incorpora Ring Check
embed-script = Inserisci il test in un articolo del centro assistenza. Con lo script, il riquadro si allarga e si restringe in base al contenuto:
embed-options = Opzioni del segnaposto:
embed-iframe = Dove gli script non sono consentiti, basta un semplice riquadro ad altezza fissa:
embed-oembed = Le pagine di questo sito offrono anche oEmbed ({ $path }).
embed-origin = Chi gestisce questo server può limitare i siti che possono mostrare il riquadro con { $flag }.

## The footer

footer-sources = Porte di Ring secondo la versione { $version } del catalogo, verificate su queste fonti il { $checked }:
footer-open-source = Ring Check è open source.

## A page that does not exist

not-found-heading = Pagina non trovata
not-found-text = Non c'è niente a questo indirizzo. Il link potrebbe essere sbagliato o non più valido.
not-found-home = Vai alla pagina iniziale di Ring Check
