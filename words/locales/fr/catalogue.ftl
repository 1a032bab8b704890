# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Les appareils Ring utilisent votre connexion internet pour envoyer la vidéo et l'audio, pour envoyer les notifications d'alarme (lorsque la Base Ring Alarm n'utilise pas le secours cellulaire), pour garder votre téléphone connecté à eux et pour recevoir les mises à jour logicielles.
catalogue-wifi-summary = Ring Alarm prend en charge le WPA2 Personal, avec les types de chiffrement TKIP, AES ou TKIP + AES. Ring Alarm ne prend pas en charge le WPA2 Enterprise.

## The groups of the port table

group-core-services-title = Services internet de base
group-core-services-summary = Ce sont des ports bien connus et il est peu probable que votre appareil ait du mal à les joindre.
group-app-connection-title = Rester connecté à l'application Ring
group-app-connection-summary = Garde un chemin ouvert entre votre appareil Ring et l'application Ring, pour que l'application puisse joindre l'appareil quand vous l'ouvrez.
group-live-view-title = Vidéo en direct et audio bidirectionnel
group-live-view-summary = La Vidéo en direct est établie via le socket de Ring (les appareils plus anciens utilisent SIP), puis l'audio et la vidéo passent en UDP ; là où l'UDP ne passe pas vers l'extérieur, les serveurs relais de Ring les acheminent à la place.
group-phone-alerts-title = Alertes sur votre téléphone
group-phone-alerts-summary = Les alertes de mouvement et de sonnerie arrivent sur votre téléphone par le service push de Google ou d'Apple, via la propre connexion du téléphone à ce service.
group-ring-app-title = L'application Ring sur votre téléphone
group-ring-app-summary = Ports sur lesquels l'application Ring attend des connexions. Derrière une box internet, ils sont normalement fermés côté internet, et c'est très bien ainsi.

## Who uses a port

device-video-doorbell = Sonnettes vidéo
device-security-camera = Caméras de sécurité
device-alarm-base-station = Base Ring Alarm
device-ring-app = Application Ring
device-android-phone = Téléphones Android
device-iphone = iPhone

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Simples requêtes web (non chiffrées) des sonnettes vidéo et des caméras vers les services de Ring.
entry-http-when-blocked = L'appareil risque de ne pas joindre certains services de Ring, comme les téléchargements de logiciels.
entry-http-note-1 = Ne s'applique pas à la Base Ring Alarm.

## HTTPS

entry-https-purpose = Connexions chiffrées au cloud de Ring : configuration, événements, notifications et mises à jour logicielles.
entry-https-when-blocked = L'appareil ne peut pas joindre Ring : il apparaît hors ligne, et les notifications, les enregistrements et les mises à jour s'arrêtent.
entry-https-note-1 = Les appareils Ring actuels établissent aussi la Vidéo en direct via leur connexion socket sur ce port (ou sur le 9002).
entry-https-note-2 = Le WebRTC de Ring fait sa signalisation via un WebSocket sur ce port, et y propose ses serveurs relais en TLS quand l'UDP ne passe pas vers l'extérieur.
entry-https-note-3 = En Wi-Fi, les iPhone se replient sur ce port pour les alertes push quand le port TCP 5223 est bloqué.

## DNS

entry-dns-purpose = Trouve les adresses des serveurs de Ring à partir de leur nom.
entry-dns-when-blocked = L'appareil ne trouve pas les serveurs de Ring et apparaît hors ligne.
entry-dns-not-testable = Les navigateurs refusent de se connecter au port 53. Si les sites web s'ouvrent sur ce réseau, le DNS fonctionne presque certainement.

## NTP

entry-ntp-purpose = Garde l'horloge de l'appareil à l'heure ; les connexions sécurisées et l'heure des événements en dépendent.
entry-ntp-when-blocked = L'horloge se dérègle : l'heure des événements peut être fausse et les connexions sécurisées peuvent échouer.
entry-ntp-not-testable = Les navigateurs refusent d'utiliser le port 123, et les pages web ne peuvent pas envoyer de trafic NTP.

## Ring control

entry-ring-control-purpose = La connexion de contrôle de l'appareil aux services de Ring (indiquée simplement comme TCP 8557 dans l'article).
entry-ring-control-when-blocked = Les alertes de mouvement et de sonnerie et les changements de réglages peuvent être retardés ou perdus.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Maintient le chemin de communication entre l'appareil Ring et votre appareil mobile.
entry-ring-socket-service-when-blocked = L'application risque de ne pas joindre l'appareil : les demandes de Vidéo en direct et les notifications peuvent échouer ou arriver en retard.

## Live View set-up (SIP)

entry-sip-purpose = Établit la Vidéo en direct avec le Session Initiation Protocol (SIP), sur les appareils et les firmwares plus anciens.
entry-sip-when-blocked = L'appareil ne peut pas répondre aux demandes de Vidéo en direct de votre téléphone : vous recevez peut-être encore les alertes de mouvement (ou de sonnerie, pour une sonnette vidéo), mais vous ne pouvez pas vous connecter à la vidéo.
entry-sip-note-1 = L'article actuel de Ring ne mentionne plus SIP : les appareils actuels établissent la Vidéo en direct via le socket sur TCP 443 ou 9002.
entry-sip-note-2 = Avec Ring Edge sur une base Alarm Pro, la Vidéo en direct peut passer par l'adresse locale de la base sur le port 15064 ; l'isolation des clients Wi-Fi ou des réseaux séparés pour les caméras et les téléphones l'empêchent alors de fonctionner, ce qu'une vérification depuis internet ne peut pas voir.

## Live View socket

entry-live-view-socket-purpose = Transporte la connexion socket qui établit la Vidéo en direct sur les appareils Ring actuels, en plus du TCP 443.
entry-live-view-socket-when-blocked = La Vidéo en direct est alors établie via TCP 443 ; si ce port est bloqué aussi, les appareils actuels ne peuvent pas lancer la Vidéo en direct.
entry-live-view-socket-note-1 = Absent de l'article de 2019 : l'article actuel de Ring le cite, avec le 443, pour le socket de la Vidéo en direct.

## Audio and video (RTP)

entry-media-purpose = Transporte l'image de la Vidéo en direct et l'audio bidirectionnel.
entry-media-when-blocked = La Vidéo en direct démarre mais n'affiche aucune image, ou l'image et l'audio bidirectionnel se figent, sauf si les serveurs relais de Ring peuvent les acheminer.
entry-media-note-1 = Les ports sont négociés à chaque session (via SIP dans l'article de 2019) et peuvent se situer n'importe où entre 16500 et 65000 ; Ring Check teste un échantillon réparti uniformément sur toute la plage.
entry-media-note-2 = Documentation actuelle de Ring : WebRTC les négocie, toujours entre 16500 et 65000 ; dans de rares cas, des serveurs STUN sont utilisés pour les médias.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = Quand l'audio et la vidéo ne peuvent pas circuler directement, le WebRTC de Ring les relaie par ses propres serveurs, qui répondent aussi au STUN sur ce port.
entry-ring-relay-when-blocked = La Vidéo en direct a un moyen de moins pour se connecter quand l'UDP direct est bloqué : elle a alors besoin du relais en TLS sur TCP 443.
entry-ring-relay-note-1 = Le relais est aussi proposé en TLS sur TCP 443 (la ligne HTTPS).
entry-ring-relay-note-2 = Observé par des clients Ring open source dans l'établissement WebRTC de Ring ; les articles de Ring eux-mêmes ne le mentionnent pas.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Les téléphones Android gardent ouverte sur ce port une connexion au service push de Google ; les alertes de mouvement et de sonnerie de Ring arrivent par elle.
entry-android-push-when-blocked = Les alertes de Ring arrivent en retard, voire pas du tout, sur un téléphone Android connecté à ce Wi-Fi (elles arrivent toujours en données mobiles).
entry-android-push-note-1 = Google cite aussi TCP 5229 et 5230, et parfois 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = Les iPhone gardent ouverte sur ce port une connexion au service push d'Apple ; les alertes de mouvement et de sonnerie de Ring arrivent par elle.
entry-iphone-push-when-blocked = En Wi-Fi, les iPhone se replient sur TCP 443, donc les alertes arrivent généralement quand même ; si le 443 est bloqué aussi, elles arrivent en retard, voire pas du tout.
entry-iphone-push-note-1 = Apple n'utilise le 443 comme solution de repli qu'en Wi-Fi.

## Ring app listening ports

entry-app-listening-purpose = L'application Ring attend des connexions sur ces ports.
entry-app-listening-when-blocked = En général, vous ne remarquerez rien : derrière une box internet, ces ports sont normalement fermés côté internet, et c'est normal.
entry-app-listening-note-1 = Principalement 7076 et 7077, ainsi que 9078 et 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = En général, les appareils Ring et l'application Ring atteignent sans problème les ports dont ils ont besoin. Il arrive qu'un pare-feu de votre box internet (passerelle) ou votre fournisseur d'accès à internet en bloque un ou plusieurs.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = Si votre box internet bloque les ports, modifiez les réglages de son pare-feu pour autoriser les protocoles et les ports indiqués ici, ou rendez ces réglages moins stricts.
guidance-isp = Si la box internet n'est pas en cause, votre fournisseur d'accès à internet bloque peut-être ces ports. Contactez-le, expliquez le problème et donnez-lui les ports indiqués ici, pour qu'il puisse les débloquer.
guidance-caution = Ces recommandations modifient les réglages de sécurité de votre réseau. Assurez-vous de comprendre la raison d'un changement avant de le faire.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Aucune version de l'article de Ring sur les ports (États-Unis, Royaume-Uni, Italie, Japon) ne cite IPv6, et aucune page de Ring ne documente IPv6 pour ses appareils : le chemin qu'ils utilisent, à notre connaissance, est IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them

path-notifications-cloud = via le cloud de Ring
path-phone-alerts-android = via le service push de Google
path-phone-alerts-iphone = via le service push d'Apple
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = via le repli d'Apple sur { $ports }
path-phone-alerts-iphone-fallback-caveat = ce qui ne sert qu'en Wi-Fi sur iPhone et peut retarder les alertes
path-live-view-direct = directement
path-live-view-relay = via les serveurs relais de Ring
path-live-view-relay-caveat = ce qui peut ralentir la vidéo
path-live-view-sip = avec l'ancienne méthode SIP
path-live-view-sip-caveat = ce qui ne concerne que les appareils et firmwares Ring plus anciens
path-two-way-audio-direct = directement
path-two-way-audio-relay = via les serveurs relais de Ring
path-two-way-audio-relay-caveat = ce qui peut retarder le son
path-two-way-audio-sip = avec l'ancienne méthode SIP
path-two-way-audio-sip-caveat = ce qui ne concerne que les appareils et firmwares Ring plus anciens
path-software-updates-cloud = via le cloud de Ring
path-clock-sync-ntp = avec NTP
path-ring-alarm-cloud = via le cloud de Ring
feature-clock-sync-when-untested = Si vos autres appareils affichent la bonne heure, tout va presque certainement bien.
# fr: every part is masculine singular ("le service push", "le repli d'Apple"), so the
# sentences' "bloqué", "intercepté" agree with any of them.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = le flux audio-vidéo
part-relay = le relais de Ring
part-push = le service push
part-fallback = le repli d'Apple
part-live-view-socket = le socket de la Vidéo en direct
part-ring-control = le contrôle Ring
part-ring-socket-service = le Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Contrôle Ring
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Établissement de la Vidéo en direct (SIP)
entry-live-view-socket-name = Socket de la Vidéo en direct
entry-media-name = Audio et vidéo (RTP)
entry-ring-relay-name = Serveurs relais de Ring (TURN)
entry-android-push-name = Push Android (Firebase Cloud Messaging)
entry-iphone-push-name = Push iPhone (Apple Push Notification service)
entry-app-listening-name = Ports d'écoute de l'application Ring
direction-device-to-internet = Appareil → internet
direction-device-and-internet = Appareil ↔ internet
direction-internet-to-app = Internet → application Ring
direction-phone-to-internet = Téléphone → internet

## What kind of source a fact comes from

source-kind-ring-documentation = documentation Ring
source-kind-google-or-apple = documentation Google ou Apple
source-kind-observed = observé par des clients Ring open source, non documenté par Ring
