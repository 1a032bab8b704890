# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check: Ist Ihr Netzwerk bereit für Ring?
page-description = Prüfen Sie, ob Ihre Ring-Türklingel, -Kamera oder Alarm-Basisstation in Ihrem Heimnetz funktionieren kann – und was zu tun ist, wenn nicht.
page-needs-scripts = Ring Check benötigt JavaScript und WebAssembly, um Ihr Netzwerk zu testen. Bitte aktivieren Sie JavaScript oder verwenden Sie einen aktuellen Browser.
page-skip-link = Zum Inhalt springen

## The language switcher: its label, and each language's name in that language.

languages-label = Sprache
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = Ist Ihr Heimnetz bereit für Ring?
home-why = Ring-Geräte brauchen einige Ports, die Ihr Router durchlassen muss. Wenn die Firewall des Routers oder Ihr Internetanbieter einen davon blockiert, sind die Anzeichen verwirrend: Bewegungsbenachrichtigungen kommen vielleicht weiterhin an, aber Live-Video startet nie. Ring Check testet Ihre Verbindung und zeigt Ihnen, welche Ring-Funktionen Sie nutzen können, welcher Port schuld ist und was Sie ändern sollten.
ports-heading = Die Ports, die Ring-Geräte verwenden

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Von Ring-Geräten verwendete Ports und Protokolle
column-service = Dienst
column-protocol = Protokoll
column-ports = Ports
column-direction = Richtung
column-purpose = Wofür
column-blocked = Wenn blockiert
entry-used-by = Genutzt von: { $devices }
entry-source = Quelle: { $sources }
# Before each note of an entry.
entry-note = Hinweis:
# The address family Ring documents these ports for, in bold before its note.
documented-family = Über { $family }.

## The cards under the table

blocked-heading = Wenn etwas blockiert ist
blocked-router = Prüfen Sie Ihren Router.
blocked-provider = Fragen Sie Ihren Internetanbieter.
blocked-caution = Bevor Sie etwas ändern:
wifi-heading = { $device } und Wi-Fi-Sicherheit
wifi-supported = Unterstützt
wifi-supported-with = { $supported } mit { $encryption }
wifi-unsupported = Nicht unterstützt

## The embed help

embed-heading = Ring Check einbetten
embed-script = Binden Sie den Test in einen Artikel Ihres Hilfe-Centers ein. Mit dem Skript passt sich die Höhe des Rahmens an seinen Inhalt an:
embed-options = Optionen am Platzhalter:
embed-iframe = Wo keine Skripte erlaubt sind, funktioniert ein einfacher Rahmen mit fester Höhe:
embed-oembed = Die Seiten dieser Website bieten auch oEmbed an ({ $path }).
embed-origin = Wer diesen Server betreibt, kann mit { $flag } festlegen, welche Websites den Rahmen anzeigen dürfen.

## The footer

footer-sources = Ring-Ports laut Katalogversion { $version }, am { $checked } mit diesen Quellen abgeglichen:
footer-open-source = Ring Check ist Open Source.

## A page that does not exist

not-found-heading = Seite nicht gefunden
not-found-text = Unter dieser Adresse gibt es nichts. Der Link ist vielleicht falsch geschrieben oder veraltet.
not-found-home = Zur Startseite von Ring Check
