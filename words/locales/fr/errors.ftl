# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

wait-seconds = { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}
wait-minutes = { $minutes ->
    [one] une minute
   *[other] { $minutes } minutes
}
wait-hours = { $hours ->
    [one] une heure
   *[other] { $hours } heures
}

## Why an address may not be tested, finishing "your request came from X, …"

not-public-unspecified = une adresse non spécifiée
not-public-loopback = une adresse de bouclage (loopback), c'est-à-dire la machine même sur laquelle tourne Ring Check
not-public-private = une adresse privée (réseau domestique ou de bureau)
not-public-shared-cgnat = une adresse de NAT opérateur (carrier-grade NAT), partagée par de nombreux clients de votre fournisseur d'accès à internet
not-public-link-local = une adresse locale au lien (link-local)
not-public-documentation = une adresse réservée à la documentation
not-public-benchmarking = une adresse réservée aux tests de performance des réseaux
not-public-multicast = une adresse de multidiffusion (multicast)
not-public-reserved = une adresse réservée
not-public-unique-local = une adresse IPv6 privée (locale unique)
not-public-tunnel = l'adresse d'un tunnel (6to4 ou Teredo), qui masque le réseau situé derrière lui
not-public-site-local = une adresse IPv6 privée (locale au site)

## Refusals

error-unknown-endpoint = Il n'existe aucun point de terminaison de l'API à l'adresse { $path }. Vérifiez l'adresse ; l'API est décrite dans /api/openapi.json.
error-method-not-allowed = { $method } n'est pas autorisé ici. Utilisez la méthode indiquée dans la documentation de ce point de terminaison.
error-payload-too-large = Le corps de la requête est trop volumineux. Envoyez au maximum quelques kilo-octets de JSON.
error-timeout = Le serveur a mis trop de temps à répondre. Veuillez réessayer dans un instant.
error-unreadable = La requête n'a pas pu être traitée : { $detail }
error-invalid-start-body = Le corps de la requête doit être vide ou {"{}"} : { $detail }. Ring Check teste toujours l'adresse d'où provient votre requête, il n'y a donc rien à envoyer.
error-unsupported-media-type = Envoyez le corps de la requête en JSON (Content-Type: application/json), ou n'envoyez aucun corps.
error-invalid-address-body = Le corps de la requête doit être {"{"}"token": "…"{"}"} avec le jeton de la vérification : { $detail }.
error-no-families = Ce serveur Ring Check ne teste qu'une seule version d'IP, il n'y a donc aucune autre adresse à ajouter à une vérification.
error-address-wrong-token = Ce jeton n'appartient pas à cette vérification. Relancez la vérification depuis cette page.
error-address-other-page = Cette requête ne vient pas de la page qui a lancé la vérification, son adresse n'y est donc pas ajoutée. Lancez la vérification depuis la page Ring Check elle-même.
error-address-too-late = Cette vérification est trop avancée pour y ajouter votre adresse dans une autre version d'IP. Lancez une nouvelle vérification pour l'inclure.
error-target-not-public = Ring Check ne peut tester qu'une adresse internet publique, or votre requête provient de { $address }, { $why }. Cela arrive lorsque Ring Check fonctionne sur la même machine ou le même réseau que vous, ou lorsqu'un VPN ou un proxy masque votre adresse publique. Désactivez tout VPN ou proxy et ouvrez Ring Check depuis le Wi-Fi qu'utilise votre appareil Ring.
error-not-through-proxy = Cette requête a atteint Ring Check directement au lieu de passer par l'adresse web sous laquelle il est publié, donc Ring Check ne peut pas savoir quelle adresse tester. Ouvrez Ring Check à son adresse habituelle. (Si vous gérez ce serveur : ne laissez que votre proxy accéder à son port principal.)
error-cross-site-start = Une vérification ne peut être lancée que depuis la page Ring Check elle-même. Si vous appelez l'API depuis un programme, envoyez la requête avec Content-Type: application/json.
error-wrong-host = Ce serveur Ring Check fonctionne en mode local et ne répond qu'aux adresses localhost ou 127.0.0.1. Ouvrez-le à l'une de ces adresses.
error-check-in-progress = Une vérification de votre réseau est déjà en cours. Attendez qu'elle se termine (quelques secondes), puis réessayez.
error-network-busy = De nombreuses vérifications venant de votre réseau sont en cours. Veuillez réessayer dans quelques secondes.
error-storage-full = Ring Check ne peut pas enregistrer de nouveaux résultats pour le moment. Veuillez réessayer plus tard ; les résultats dont vous avez reçu le lien sont toujours disponibles.
error-rate-limited = Vous avez lancé plusieurs vérifications en peu de temps. Veuillez patienter { $wait } et réessayer.
error-network-rate-limited = De nombreuses vérifications sont venues de votre réseau ces derniers temps. Veuillez patienter { $wait } et réessayer.
error-network-daily-limit = Votre réseau a enregistré { $limit } rapports Ring Check au cours des dernières 24 heures, soit le maximum que ce serveur conserve pour un réseau par jour. Veuillez réessayer dans { $wait }. Les rapports déjà enregistrés restent consultables depuis leurs liens.
error-server-busy = Ring Check est très sollicité en ce moment. Veuillez réessayer dans { $wait }.
error-lookup-rate-limited = Vous avez ouvert de nombreux rapports Ring Check en peu de temps. Veuillez patienter { $wait } et rouvrir celui-ci.
error-invalid-id = « { $id } » n'est pas un identifiant Ring Check : les identifiants comportent 22 lettres, chiffres, « - » ou « _ ». Vérifiez le lien : il est peut-être incomplet ou mal saisi.
error-check-not-found = Il n'existe aucune vérification avec cet identifiant. Il a peut-être été mal saisi, ou la vérification s'est terminée il y a longtemps : son rapport, s'il existe, se trouve à /api/reports/{"{"}id{"}"}.
error-report-not-found = Il n'existe aucun rapport avec cet identifiant. Les rapports sont conservés pendant une durée limitée : le lien a donc peut-être expiré, ou il est mal saisi. Lancez une nouvelle vérification pour obtenir un nouveau lien.
error-egress-wrong-token = Ces résultats du navigateur n'appartiennent pas à cette vérification. Relancez la vérification depuis cette page.
error-egress-invalid = Les résultats du navigateur n'ont pas pu être utilisés : { $detail }.
error-egress-already-submitted = Cette vérification a déjà reçu les résultats du navigateur ; ils ne sont envoyés qu'une fois par vérification.
error-egress-too-late = Cette vérification s'est terminée depuis trop longtemps pour y ajouter les résultats du navigateur. Lancez une nouvelle vérification pour les inclure.
error-report-unavailable = Les résultats de votre navigateur ont été enregistrés, mais la vérification s'est terminée sans rapport pour les afficher. Veuillez relancer la vérification.
error-report-pending = Les résultats de votre navigateur ont été enregistrés, mais le rapport de la vérification n'était pas prêt dans le délai d'attente de cette requête (la vérification est peut-être encore en cours). Il sera disponible au lien du rapport, avec vos résultats : ouvrez-le dans une minute. Inutile de renvoyer les résultats.
error-oembed-without-url = La requête n'a pas pu être traitée : indiquez la page à intégrer sous la forme ?url=… (la page d'accueil ou un lien /r/{"{"}id{"}"})
error-no-usable-host = La requête n'a pas pu être traitée : elle n'a pas d'en-tête Host utilisable
error-oembed-format = oEmbed n'est proposé qu'en JSON (format=json), pas en « { $format } ».
error-no-embed = Il n'y a rien à intégrer à l'adresse { $url } : indiquez la page d'accueil de ce serveur Ring Check ou un lien de résultat /r/{"{"}id{"}"}.
error-store-unavailable = Ring Check ne peut pas joindre sa base de données de rapports pour le moment, il ne peut donc pas lancer de vérification. Veuillez réessayer dans une minute.
error-internal = Un problème est survenu de notre côté. Veuillez réessayer ; si cela se reproduit, contactez l'assistance.

## A check that ended without a report, as its event stream says

check-failed-stopped = La vérification s'est arrêtée de façon inattendue. Veuillez la relancer.
check-failed-not-saved = La vérification est terminée, mais ses résultats n'ont pas pu être enregistrés : il n'y a donc pas de lien à partager. Veuillez relancer la vérification dans une minute.
check-failed-server-gone = Le serveur qui effectuait cette vérification s'est arrêté avant la fin. Veuillez relancer la vérification.
check-failed-unreadable = Les résultats de la vérification n'ont pas pu être lus. Veuillez relancer la vérification.
check-failed-report-unreadable = La vérification est terminée et son rapport a été enregistré, mais il ne peut pas être lu pour le moment. Ouvrez { $path } dans une minute pour le voir.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = Ce serveur Ring Check n'est pas configuré pour tester { $port } depuis votre navigateur.
plan-unavailable-needs-rights = Ce serveur Ring Check ne peut pas attendre de connexions sur { $port } (il faut des droits d'administrateur), donc votre navigateur ne peut pas tester ce port ici.
plan-unavailable-in-use = Ce serveur Ring Check ne peut pas attendre de connexions sur { $port } (un autre programme l'utilise), donc votre navigateur ne peut pas tester ce port ici.
plan-unavailable-cannot-open = Ce serveur Ring Check ne peut pas attendre de connexions sur { $port } (le port n'a pas pu être ouvert), donc votre navigateur ne peut pas tester ce port ici.
plan-unavailable-not-answering = Le serveur de test de Ring Check pour { $port } ne répond pas en ce moment, donc votre navigateur ne peut pas tester ce port ici. Le problème vient de notre côté, pas de votre réseau.
plan-unavailable-busy = Le serveur de test de Ring Check pour { $port } est trop sollicité en ce moment (il refuse des requêtes), donc votre navigateur ne peut pas tester ce port ici. Le problème vient de notre côté, pas de votre réseau.
plan-unavailable-not-tested = Non testé depuis le navigateur lors de cette vérification.

## The video upload test

error-upload-in-progress = Un test d'envoi vidéo depuis votre réseau est déjà en cours. Attendez qu'il se termine (environ 15 secondes), puis réessayez.
error-upload-network-busy = D'autres tests d'envoi vidéo depuis votre réseau sont en cours. Veuillez réessayer dans une minute.
error-upload-busy = Ring Check reçoit en ce moment autant de vidéo qu'il le peut. Veuillez réessayer dans { $wait }.
error-upload-streams = Un test d'envoi vidéo envoie de 1 à { $most } flux à la fois.
error-upload-not-found = Ce test d'envoi vidéo est terminé ou n'a jamais commencé. Relancez-le depuis la page des résultats.
error-upload-not-yours = Ce résultat ne vient pas d'une vérification de ce navigateur, ou il a expiré : relancez la vérification, puis le test d'envoi vidéo.
error-upload-rate-limited = Vous avez lancé plusieurs tests d'envoi vidéo en peu de temps. Veuillez patienter { $wait } et réessayer.
error-upload-network-rate-limited = De nombreux tests d'envoi vidéo ont été lancés depuis votre réseau ces derniers temps. Veuillez patienter { $wait } et réessayer.
