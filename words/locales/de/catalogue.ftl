# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Ring-Geräte nutzen Ihre Internetverbindung, um Video und Audio zu senden, um Alarm-Benachrichtigungen zu senden (wenn die Basisstation nicht auf das Mobilfunk-Backup umgeschaltet ist), um Ihr Smartphone mit ihnen verbunden zu halten und um Software-Updates zu erhalten.
catalogue-wifi-summary = Ring Alarm unterstützt WPA2 Personal mit den Verschlüsselungsarten TKIP, AES oder TKIP + AES. Ring Alarm unterstützt WPA2 Enterprise nicht.

## The groups of the port table

group-core-services-title = Grundlegende Internetdienste
group-core-services-summary = Das sind bekannte Standard-Ports, und es ist unwahrscheinlich, dass Ihr Gerät Probleme hat, sie zu erreichen.
group-app-connection-title = Verbindung zur Ring-App halten
group-app-connection-summary = Hält einen Weg zwischen Ihrem Ring-Gerät und der Ring-App offen, damit die App das Gerät erreicht, wenn Sie die App öffnen.
group-live-view-title = Live-Video und Gegensprechfunktion
group-live-view-summary = Live-Video wird über den Socket von Ring aufgebaut (ältere Geräte nutzen SIP), danach laufen Audio und Video über UDP; wo UDP nicht nach außen gelangt, übertragen stattdessen die Relay-Server von Ring beides.
group-phone-alerts-title = Benachrichtigungen auf Ihrem Smartphone
group-phone-alerts-summary = Bewegungs- und Klingelbenachrichtigungen erreichen Ihr Smartphone über den Push-Dienst von Google oder Apple, und zwar über die eigene Verbindung des Smartphones zu diesem Dienst.
group-ring-app-title = Die Ring-App auf Ihrem Smartphone
group-ring-app-summary = Ports, auf denen die Ring-App auf Verbindungen wartet. Hinter einem Heimrouter sind sie normalerweise zum Internet hin geschlossen, und das ist in Ordnung.

## Who uses a port

device-video-doorbell = Video-Türklingeln
device-security-camera = Sicherheitskameras
device-alarm-base-station = Alarm-Basisstation
device-ring-app = Ring-App
device-android-phone = Android-Smartphones
device-iphone = iPhones

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Einfache, unverschlüsselte Webanfragen von Türklingeln und Kameras an die Dienste von Ring.
entry-http-when-blocked = Das Gerät erreicht manche Dienste von Ring möglicherweise nicht, etwa Software-Downloads.
entry-http-note-1 = Gilt nicht für die Basisstation von Ring Alarm.

## HTTPS

entry-https-purpose = Verschlüsselte Verbindungen zur Cloud von Ring: Einrichtung, Ereignisse, Benachrichtigungen und Software-Updates.
entry-https-when-blocked = Das Gerät erreicht Ring nicht: Es wird als offline angezeigt, und Benachrichtigungen, Aufnahmen und Updates bleiben aus.
entry-https-note-1 = Aktuelle Ring-Geräte bauen Live-Video außerdem über ihre Socket-Verbindung auf diesem Port (oder 9002) auf.
entry-https-note-2 = Ring nutzt für die WebRTC-Signalisierung einen WebSocket auf diesem Port und bietet hier seine Relay-Server über TLS an, wenn UDP nicht nach außen gelangt.
entry-https-note-3 = iPhones weichen im Wi-Fi für Push-Benachrichtigungen auf diesen Port aus, wenn TCP 5223 blockiert ist.

## DNS

entry-dns-purpose = Ermittelt die Adressen der Server von Ring anhand ihres Namens.
entry-dns-when-blocked = Das Gerät findet die Server von Ring nicht und wird als offline angezeigt.
entry-dns-not-testable = Browser verweigern Verbindungen zu Port 53. Wenn Websites in diesem Netzwerk laden, funktioniert DNS so gut wie sicher.

## NTP

entry-ntp-purpose = Hält die Uhr des Geräts genau; sichere Verbindungen und die Zeiten von Ereignissen hängen davon ab.
entry-ntp-when-blocked = Die Uhr weicht nach und nach ab: Ereigniszeiten können falsch sein, und sichere Verbindungen können fehlschlagen.
entry-ntp-not-testable = Browser verweigern die Nutzung von Port 123, und Webseiten können keinen NTP-Verkehr senden.

## Ring control

entry-ring-control-purpose = Die Steuerverbindung des Geräts zu den Diensten von Ring (im Artikel nur als TCP 8557 aufgeführt).
entry-ring-control-when-blocked = Bewegungs- und Klingelbenachrichtigungen sowie Änderungen an Einstellungen können sich verzögern oder verloren gehen.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Hält den Kommunikationsweg zwischen dem Ring-Gerät und Ihrem Mobilgerät aufrecht.
entry-ring-socket-service-when-blocked = Die App erreicht das Gerät möglicherweise nicht: Anfragen für Live-Video und Benachrichtigungen können fehlschlagen oder verspätet ankommen.

## Live View set-up (SIP)

entry-sip-purpose = Baut Live-Video mit dem Session Initiation Protocol (SIP) auf, bei älteren Geräten und älterer Firmware.
entry-sip-when-blocked = Das Gerät kann Anfragen für Live-Video von Ihrem Smartphone nicht beantworten: Bewegungsbenachrichtigungen (oder bei einer Türklingel Klingelbenachrichtigungen) erhalten Sie vielleicht weiterhin, aber Sie können sich nicht mit dem Video verbinden.
entry-sip-note-1 = Der aktuelle Artikel von Ring nennt SIP nicht mehr: Aktuelle Geräte bauen Live-Video über den Socket auf TCP 443 oder 9002 auf.
entry-sip-note-2 = Mit Ring Edge auf einer Basisstation von Alarm Pro kann Live-Video über die lokale Adresse der Basisstation auf 15064 laufen; dann scheitert es an einer Client-Isolierung im Wi-Fi oder an getrennten Netzwerken für Kameras und Smartphones. Ein Test aus dem Internet kann das nicht erkennen.

## Live View socket

entry-live-view-socket-purpose = Überträgt neben TCP 443 die Socket-Verbindung, über die aktuelle Ring-Geräte Live-Video aufbauen.
entry-live-view-socket-when-blocked = Live-Video wird dann stattdessen über TCP 443 aufgebaut; ist auch dieser Port blockiert, können aktuelle Geräte kein Live-Video starten.
entry-live-view-socket-note-1 = Nicht im Artikel von 2019: Der aktuelle Artikel von Ring nennt diesen Port, zusammen mit 443, für den Live-Video-Socket.

## Audio and video (RTP)

entry-media-purpose = Überträgt das Bild von Live-Video und den Ton der Gegensprechfunktion.
entry-media-when-blocked = Live-Video startet, zeigt aber kein Bild, oder Bild und Gegensprechfunktion stocken, außer die Relay-Server von Ring können sie übertragen.
entry-media-note-1 = Die Ports werden für jede Sitzung ausgehandelt (im Artikel von 2019 über SIP) und können irgendwo zwischen 16500 und 65000 liegen; Ring Check testet eine Stichprobe, die gleichmäßig über den Bereich verteilt ist.
entry-media-note-2 = Aktuelle Dokumentation von Ring: WebRTC handelt sie aus, weiterhin zwischen 16500 und 65000; in seltenen Fällen werden STUN-Server für die Medien genutzt.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = Wenn Audio und Video nicht direkt fließen können, leitet das WebRTC von Ring sie über eigene Server weiter, die auf diesem Port auch STUN beantworten.
entry-ring-relay-when-blocked = Live-Video hat einen Verbindungsweg weniger, wenn direktes UDP blockiert ist: Es braucht dann das Relay über TLS auf TCP 443.
entry-ring-relay-note-1 = Das Relay wird auch über TLS auf TCP 443 angeboten (die Zeile HTTPS).
entry-ring-relay-note-2 = Von Open-Source-Clients für Ring in der WebRTC-Einrichtung von Ring beobachtet; die Artikel von Ring selbst nennen diesen Port nicht.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Android-Smartphones halten auf diesem Port eine Verbindung zum Push-Dienst von Google offen; darüber kommen die Bewegungs- und Klingelbenachrichtigungen von Ring an.
entry-android-push-when-blocked = Benachrichtigungen von Ring erreichen ein Android-Smartphone in diesem Wi-Fi verspätet oder gar nicht (über mobile Daten kommen sie weiterhin an).
entry-android-push-note-1 = Google nennt auch TCP 5229 und 5230 und manchmal 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = iPhones halten auf diesem Port eine Verbindung zum Push-Dienst von Apple offen; darüber kommen die Bewegungs- und Klingelbenachrichtigungen von Ring an.
entry-iphone-push-when-blocked = Im Wi-Fi weichen iPhones auf TCP 443 aus, daher kommen Benachrichtigungen meist trotzdem an; ist auch 443 blockiert, kommen sie verspätet oder gar nicht an.
entry-iphone-push-note-1 = Apple nutzt 443 nur im Wi-Fi als Ausweichport.

## Ring app listening ports

entry-app-listening-purpose = Die Ring-App wartet auf diesen Ports auf Verbindungen.
entry-app-listening-when-blocked = Meist merken Sie davon nichts: Hinter einem Heimrouter sind diese Ports normalerweise zum Internet hin geschlossen, und das ist so vorgesehen.
entry-app-listening-note-1 = Hauptsächlich 7076 und 7077, außerdem 9078 und 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = In der Regel erreichen Ring-Geräte und die Ring-App die Ports, die sie brauchen, ohne Probleme. Gelegentlich blockiert eine Firewall auf Ihrem Router (Gateway) oder Ihr Internetanbieter einen oder mehrere davon.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = Wenn Ihr Router die Ports blockiert, ändern Sie seine Firewall-Einstellungen so, dass die hier aufgeführten Protokolle und Ports erlaubt sind, oder machen Sie die Firewall-Einstellungen weniger streng.
guidance-isp = Wenn der Router nicht die Ursache ist, blockiert vielleicht Ihr Internetanbieter diese Ports. Wenden Sie sich an ihn, schildern Sie das Problem und nennen Sie ihm die hier aufgeführten Ports, damit er sie freigeben kann.
guidance-caution = Diese Empfehlungen ändern Sicherheitseinstellungen Ihres Netzwerks. Ändern Sie nur etwas, dessen Grund Sie verstehen.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Keine Fassung von Rings Artikel zu den Ports (USA, Großbritannien, Italien, Japan) nennt IPv6, und keine Seite von Ring dokumentiert IPv6 für seine Geräte: Der Weg, den sie bekanntermaßen nutzen, ist IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them

path-notifications-cloud = über die Cloud von Ring
path-phone-alerts-android = über den Push-Dienst von Google
path-phone-alerts-iphone = über den Push-Dienst von Apple
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = über den Ausweichweg von Apple auf { $ports }
path-phone-alerts-iphone-fallback-caveat = was iPhones nur im Wi-Fi nutzen, daher können Benachrichtigungen verspätet ankommen
path-live-view-direct = direkt
path-live-view-relay = über die Relay-Server von Ring
path-live-view-relay-caveat = was das Video verlangsamen kann
path-live-view-sip = mit dem älteren Verbindungsaufbau über SIP
path-live-view-sip-caveat = was nur ältere Ring-Geräte und ältere Firmware betrifft
path-two-way-audio-direct = direkt
path-two-way-audio-relay = über die Relay-Server von Ring
path-two-way-audio-relay-caveat = was den Ton verzögern kann
path-two-way-audio-sip = mit dem älteren Verbindungsaufbau über SIP
path-two-way-audio-sip-caveat = was nur ältere Ring-Geräte und ältere Firmware betrifft
path-software-updates-cloud = über die Cloud von Ring
path-clock-sync-ntp = über NTP
path-ring-alarm-cloud = über die Cloud von Ring
feature-clock-sync-when-untested = Wenn Ihre anderen Geräte die richtige Uhrzeit anzeigen, ist hier mit großer Wahrscheinlichkeit alles in Ordnung.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = die Audio- und Videoübertragung
part-relay = das Relay von Ring
part-push = die Push-Verbindung
part-fallback = die Ausweichverbindung
part-live-view-socket = der Live-Video-Socket
part-ring-control = die Ring-Steuerung
part-ring-socket-service = der Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Ring-Steuerung
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Aufbau von Live-Video (SIP)
entry-live-view-socket-name = Live-Video-Socket
entry-media-name = Audio und Video (RTP)
entry-ring-relay-name = Relay-Server von Ring (TURN)
entry-android-push-name = Android-Push (Firebase Cloud Messaging)
entry-iphone-push-name = iPhone-Push (Apple Push Notification service)
entry-app-listening-name = Empfangsports der Ring-App
direction-device-to-internet = Gerät → Internet
direction-device-and-internet = Gerät ↔ Internet
direction-internet-to-app = Internet → Ring-App
direction-phone-to-internet = Smartphone → Internet

## What kind of source a fact comes from

source-kind-ring-documentation = Ring-Dokumentation
source-kind-google-or-apple = Dokumentation von Google oder Apple
source-kind-observed = von Open-Source-Ring-Clients beobachtet, nicht von Ring dokumentiert
