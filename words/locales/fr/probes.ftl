# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = la poignée de main TCP a abouti
probe-detail-sip-reply = une réponse est revenue à la requête SIP OPTIONS
probe-detail-refused = connexion refusée (réinitialisation TCP)
probe-detail-port-unreachable = port injoignable (ICMP)
probe-detail-host-unreachable = hôte injoignable ou accès interdit par l'administrateur (ICMP)
probe-detail-network-unreachable = réseau injoignable

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] aucune réponse à { $attempts } tentative de connexion en { $milliseconds } ms
   *[other] aucune réponse à { $attempts } tentatives de connexion en { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] aucune réponse à { $attempts } datagramme SIP OPTIONS en { $milliseconds } ms : un service muet et un pare-feu qui supprime les paquets sans répondre ne se distinguent pas
   *[other] aucune réponse à { $attempts } datagrammes SIP OPTIONS en { $milliseconds } ms : un service muet et un pare-feu qui supprime les paquets sans répondre ne se distinguent pas
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = non testé : le test n'a pas pu être lancé
probe-detail-not-run-shutting-down = non testé : le serveur était en cours d'arrêt
probe-detail-not-run-too-busy = non testé : le serveur était trop occupé pour faire ce test à temps
probe-detail-not-run-probe-failed = non testé : le test a échoué à cause d'une erreur interne de Ring Check
