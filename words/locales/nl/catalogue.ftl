# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Ring-apparaten gebruiken je internetverbinding om video en audio te versturen, om Alarm-meldingen te versturen (als het basisstation niet op de mobiele back-up draait), om je telefoon met ze verbonden te houden en om software-updates te ontvangen.
catalogue-wifi-summary = Ring Alarm ondersteunt WPA2 Personal, met de versleutelingstypen TKIP, AES of TKIP + AES. Ring Alarm ondersteunt WPA2 Enterprise niet.

## The groups of the port table

group-core-services-title = Basisinternetdiensten
group-core-services-summary = Dit zijn bekende poorten en het is onwaarschijnlijk dat je apparaat moeite heeft om ze te bereiken.
group-app-connection-title = Verbonden blijven met de Ring-app
group-app-connection-summary = Houdt een verbinding open tussen je Ring-apparaat en de Ring-app, zodat de app het apparaat kan bereiken als je de app opent.
group-live-view-title = Livebeeld en tweerichtingsaudio
group-live-view-summary = Livebeeld wordt opgezet via de socket van Ring (oudere apparaten gebruiken SIP), daarna gaan audio en video via UDP; waar UDP niet naar buiten komt, vervoeren de relayservers van Ring ze in plaats daarvan.
group-phone-alerts-title = Meldingen op je telefoon
group-phone-alerts-summary = Bewegings- en belmeldingen bereiken je telefoon via de pushdienst van Google of Apple, over de eigen verbinding van de telefoon met die dienst.
group-ring-app-title = De Ring-app op je telefoon
group-ring-app-summary = Poorten waarop de Ring-app luistert. Achter een thuisrouter zijn ze normaal gesloten voor internet, en dat is prima.

## Who uses a port

device-video-doorbell = Videodeurbellen
device-security-camera = Beveiligingscamera's
device-alarm-base-station = Alarm-basisstation
device-ring-app = Ring-app
device-android-phone = Android-telefoons
device-iphone = iPhones

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Gewone (onversleutelde) webverzoeken van deurbellen en camera's naar de diensten van Ring.
entry-http-when-blocked = Het apparaat kan sommige diensten van Ring misschien niet bereiken, zoals softwaredownloads.
entry-http-note-1 = Niet van toepassing op het basisstation van Ring Alarm.

## HTTPS

entry-https-purpose = Versleutelde verbindingen met de cloud van Ring: installatie, gebeurtenissen, meldingen en software-updates.
entry-https-when-blocked = Het apparaat kan Ring niet bereiken: het staat offline, en meldingen, opnames en updates stoppen.
entry-https-note-1 = Huidige Ring-apparaten zetten livebeeld ook op via hun socketverbinding op deze poort (of 9002).
entry-https-note-2 = Het WebRTC van Ring signaleert via een WebSocket op deze poort, en biedt hier zijn relayservers via TLS aan als UDP niet naar buiten komt.
entry-https-note-3 = Op Wi-Fi wijken iPhones voor pushmeldingen uit naar deze poort als TCP 5223 geblokkeerd is.

## DNS

entry-dns-purpose = Zoekt de adressen van de servers van Ring op aan de hand van hun naam.
entry-dns-when-blocked = Het apparaat vindt de servers van Ring niet en staat offline.
entry-dns-not-testable = Browsers weigeren verbinding te maken met poort 53. Als websites op dit netwerk laden, werkt DNS vrijwel zeker.

## NTP

entry-ntp-purpose = Houdt de klok van het apparaat gelijk; beveiligde verbindingen en de tijden van gebeurtenissen hangen ervan af.
entry-ntp-when-blocked = De klok gaat afwijken: tijden van gebeurtenissen kunnen verkeerd zijn en beveiligde verbindingen kunnen mislukken.
entry-ntp-not-testable = Browsers weigeren poort 123 te gebruiken, en webpagina's kunnen geen NTP-verkeer versturen.

## Ring control

entry-ring-control-purpose = De besturingsverbinding van het apparaat met de diensten van Ring (in het artikel alleen als TCP 8557 vermeld).
entry-ring-control-when-blocked = Bewegings- en belmeldingen en wijzigingen in instellingen kunnen vertraagd aankomen of verloren gaan.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Houdt de communicatieverbinding tussen het Ring-apparaat en je mobiele apparaat in stand.
entry-ring-socket-service-when-blocked = De app kan het apparaat misschien niet bereiken: verzoeken om livebeeld en meldingen kunnen mislukken of te laat aankomen.

## Live View set-up (SIP)

entry-sip-purpose = Zet livebeeld op met het Session Initiation Protocol (SIP), op oudere apparaten en firmware.
entry-sip-when-blocked = Het apparaat kan niet reageren op verzoeken om livebeeld van je telefoon: je krijgt misschien nog wel bewegingsmeldingen (of belmeldingen van een deurbel), maar je kunt geen verbinding maken met de video.
entry-sip-note-1 = Het huidige artikel van Ring noemt SIP niet meer: huidige apparaten zetten livebeeld op via de socket op TCP 443 of 9002.
entry-sip-note-2 = Met Ring Edge op een Alarm Pro-basisstation kan livebeeld naar het lokale adres van het basisstation op 15064 gaan, dus Wi-Fi-clientisolatie of aparte netwerken voor camera's en telefoons laten het mislukken; een controle vanaf internet kan dat niet zien.

## Live View socket

entry-live-view-socket-purpose = Draagt de socketverbinding die livebeeld opzet op huidige Ring-apparaten, naast TCP 443.
entry-live-view-socket-when-blocked = Livebeeld wordt dan via TCP 443 opgezet; als die poort ook geblokkeerd is, kunnen huidige apparaten geen livebeeld starten.
entry-live-view-socket-note-1 = Niet in het artikel van 2019: het huidige artikel van Ring noemt deze poort, samen met 443, voor de socket van livebeeld.

## Audio and video (RTP)

entry-media-purpose = Vervoert de video van livebeeld en de tweerichtingsaudio.
entry-media-when-blocked = Livebeeld start wel, maar toont geen video, of beeld en tweerichtingsaudio haperen, tenzij de relayservers van Ring ze kunnen vervoeren.
entry-media-note-1 = De poorten worden per sessie onderhandeld (via SIP in het artikel van 2019) en kunnen overal tussen 16500 en 65000 liggen; Ring Check test een steekproef die gelijkmatig over het bereik verdeeld is.
entry-media-note-2 = Huidige documentatie van Ring: WebRTC onderhandelt ze, nog steeds tussen 16500 en 65000; in zeldzame gevallen worden STUN-servers gebruikt voor media.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = Als audio en video niet rechtstreeks kunnen stromen, stuurt het WebRTC van Ring ze door via eigen servers, die op deze poort ook STUN beantwoorden.
entry-ring-relay-when-blocked = Livebeeld heeft één manier minder om verbinding te maken als rechtstreeks UDP geblokkeerd is: het heeft dan de relay via TLS op TCP 443 nodig.
entry-ring-relay-note-1 = De relay wordt ook via TLS op TCP 443 aangeboden (de rij HTTPS).
entry-ring-relay-note-2 = Gezien door open-source Ring-clients in de WebRTC-opzet van Ring; de eigen artikelen van Ring noemen deze poort niet.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Android-telefoons houden op deze poort een verbinding met de pushdienst van Google open; de bewegings- en belmeldingen van Ring komen daarlangs binnen.
entry-android-push-when-blocked = Meldingen van Ring komen op een Android-telefoon op dit Wi-Fi-netwerk te laat of helemaal niet binnen (via mobiele data komen ze wel binnen).
entry-android-push-note-1 = Google noemt ook TCP 5229 en 5230, en soms 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = iPhones houden op deze poort een verbinding met de pushdienst van Apple open; de bewegings- en belmeldingen van Ring komen daarlangs binnen.
entry-iphone-push-when-blocked = Op Wi-Fi wijken iPhones uit naar TCP 443, dus meldingen komen meestal toch binnen; als 443 ook geblokkeerd is, komen ze te laat of helemaal niet binnen.
entry-iphone-push-note-1 = Apple gebruikt 443 alleen op Wi-Fi als uitwijkmogelijkheid.

## Ring app listening ports

entry-app-listening-purpose = De Ring-app luistert op deze poorten naar verbindingen.
entry-app-listening-when-blocked = Meestal merk je er niets van: achter een thuisrouter zijn deze poorten normaal gesloten voor internet, en dat is zo bedoeld.
entry-app-listening-note-1 = Vooral 7076 en 7077, en daarnaast 9078 en 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = Meestal bereiken Ring-apparaten en de Ring-app de poorten die ze nodig hebben zonder problemen. Soms blokkeert een firewall op je router (gateway) of je internetprovider er een of meer.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = Als je router de poorten blokkeert, pas dan de firewallinstellingen aan zodat de protocollen en poorten die hier staan zijn toegestaan, of maak de firewallinstellingen minder streng.
guidance-isp = Als de router niet het probleem is, blokkeert je internetprovider deze poorten misschien. Neem contact op, leg het probleem uit en geef de poorten die hier staan door, zodat ze kunnen helpen ze vrij te geven.
guidance-caution = Voor deze aanbevelingen moet je beveiligingsinstellingen van je netwerk wijzigen. Zorg dat je de reden van een wijziging begrijpt voordat je die doorvoert.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Geen enkele versie van Rings artikel over de poorten (VS, VK, Italië, Japan) noemt IPv6, en geen enkele pagina van Ring documenteert IPv6 voor zijn apparaten: de weg die ze voor zover bekend gebruiken, is IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them

path-notifications-cloud = via de cloud van Ring
path-phone-alerts-android = via de pushdienst van Google
path-phone-alerts-iphone = via de pushdienst van Apple
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = via de uitwijkroute van Apple op { $ports }
path-phone-alerts-iphone-fallback-caveat = wat iPhones alleen op Wi-Fi gebruiken, dus meldingen kunnen te laat binnenkomen
path-live-view-direct = rechtstreeks
path-live-view-relay = via de relayservers van Ring
path-live-view-relay-caveat = wat de video trager kan maken
path-live-view-sip = met de oudere SIP-opzet
path-live-view-sip-caveat = wat alleen voor oudere Ring-apparaten en firmware geldt
path-two-way-audio-direct = rechtstreeks
path-two-way-audio-relay = via de relayservers van Ring
path-two-way-audio-relay-caveat = wat het geluid kan laten haperen
path-two-way-audio-sip = met de oudere SIP-opzet
path-two-way-audio-sip-caveat = wat alleen voor oudere Ring-apparaten en firmware geldt
path-software-updates-cloud = via de cloud van Ring
path-clock-sync-ntp = via NTP
path-ring-alarm-cloud = via de cloud van Ring
feature-clock-sync-when-untested = Als je andere apparaten de juiste tijd tonen, is het vrijwel zeker in orde.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = het audio- en videoverkeer
part-relay = de relay van Ring
part-push = de pushverbinding
part-fallback = de uitwijkverbinding
part-live-view-socket = de socket van livebeeld
part-ring-control = de Ring-besturing
part-ring-socket-service = de Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Ring-besturing
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Opzet van livebeeld (SIP)
entry-live-view-socket-name = Socket van livebeeld
entry-media-name = Audio en video (RTP)
entry-ring-relay-name = Relayservers van Ring (TURN)
entry-android-push-name = Android-push (Firebase Cloud Messaging)
entry-iphone-push-name = iPhone-push (Apple Push Notification service)
entry-app-listening-name = Luisterpoorten van de Ring-app
direction-device-to-internet = Apparaat → internet
direction-device-and-internet = Apparaat ↔ internet
direction-internet-to-app = Internet → Ring-app
direction-phone-to-internet = Telefoon → internet

## What kind of source a fact comes from

source-kind-ring-documentation = documentatie van Ring
source-kind-google-or-apple = documentatie van Google of Apple
source-kind-observed = waargenomen door open-source Ring-clients, niet door Ring gedocumenteerd
