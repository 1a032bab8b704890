### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = Cette vérification n'a pas pu tester la connexion { $documented }, que les appareils Ring utilisent selon la documentation de Ring. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Bonjour,
isp-cannot-connect = Mes appareils Ring (sonnette vidéo, caméras, alarme) n'arrivent pas à se connecter correctement.
isp-blocked = Mes appareils Ring (sonnette vidéo, caméras, alarme) n'arrivent pas à se connecter correctement. Une vérification du réseau depuis ma connexion à domicile a détecté que ces ports sont bloqués :
# $family is IPv4 or IPv6.
isp-blocked-over = Mes appareils Ring (sonnette vidéo, caméras, alarme) n'arrivent pas à se connecter correctement. Une vérification du réseau depuis ma connexion à domicile a détecté que ces ports sont bloqués en { $family } :
isp-intercepted = Sur ces ports, quelque chose en chemin répond à la place du serveur auquel je me connecte (un proxy ou un filtre), ce qui empêche les appareils Ring de fonctionner :
isp-breaks = Conséquences :
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature } : { $verdict }. { $reason }
isp-ports = Les appareils Ring et les téléphones qui reçoivent leurs alertes ont besoin d'un accès sortant aux ports suivants. Pourriez-vous vérifier si votre réseau bloque l'un d'entre eux et, le cas échéant, le débloquer pour ma connexion ?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name } : { $transports } { $ports } ({ $direction })
isp-results = Les résultats complets sont ici : { $link }
isp-thanks = Je vous remercie.

## The plain summary for a support ticket

summary-title = Résultat Ring Check { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Vérifié le { $when } depuis { $target }, version du catalogue { $version }
summary-checked-local = Vérifié le { $when } depuis { $target } (mode local), version du catalogue { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = Le navigateur n'a pu joindre les serveurs de test de Ring Check sur aucun port : réessayez plus tard avant de mettre en cause le réseau.
summary-verdict = { $feature } : { $verdict }. { $reason }
summary-verdict-ports = { $feature } : { $verdict } ({ $ports }). { $reason }
summary-path = { $path } : { $summary }
summary-families = IPv4 et IPv6 : { $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
summary-family-alone = En { $family } seul : { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = Depuis le navigateur du visiteur, vers l'extérieur (selon le navigateur)
summary-browser-columns = Port  Protocole  Résultat  Durée
summary-browser-columns-family = Port  Protocole  Version d'IP  Résultat  Durée
summary-nat = Mappage NAT : { $nat }
summary-server = Depuis le serveur de Ring Check, vers votre réseau
summary-server-columns = Port  Protocole  Résultat  Aller-retour
summary-server-columns-family = Port  Protocole  Version d'IP  Résultat  Aller-retour
summary-overall = Bilan : { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title } : { $verdict }. { $says } { $best }
isp-upload = Un test de l'envoi de ma connexion, comme une caméra Ring envoie sa vidéo, a montré :
