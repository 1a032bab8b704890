### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } et { $last }
list-or = { $rest } ou { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } et { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest } et { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

# fr: with their article, so they fit after "pour" or as an object ("retarder la Vidéo
# en direct"); never after "à" or "de", which would contract with the article.
feature-notifications-in-sentence = les alertes de mouvement et de sonnerie
feature-phone-alerts-in-sentence = les alertes sur votre téléphone
feature-live-view-in-sentence = la Vidéo en direct
feature-two-way-audio-in-sentence = l'audio bidirectionnel
feature-software-updates-in-sentence = les mises à jour logicielles
feature-clock-sync-in-sentence = la synchronisation de l'horloge
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = fonctionne
verdict-at-risk-in-sentence = à risque
verdict-blocked-in-sentence = bloqué
verdict-not-tested-in-sentence = non testé
verdict-audience-everyone = Tout le monde
# "this browser runs on an Android phone"
phone-android = un téléphone Android
phone-iphone = un iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
part-on = { $part } sur { $ports }
part-answered-by-something-else = { $part } (intercepté en chemin)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
# fr: every part-* is masculine singular, so "bloqué" agrees with any of them.
problem-blocked = { $subjects } { $count ->
        [one] est bloqué
       *[other] sont bloqués
    }
problem-partial = { $part } ne passe que sur { $got } des { $known } ports échantillonnés
problem-none-of = { $part } ne passe sur aucun des { $known } ports échantillonnés
problem-intercepted = { $part } est intercepté en chemin (par un proxy, un filtre ou une page de connexion) au lieu d'atteindre internet

## Each way through, on its line under the verdict

path-works = passe
path-works-caveat = passe, { $caveat }
path-degraded = passe, mais { $problems }
path-blocked = ne passe pas, car { $problems }
path-untested = n'a pas pu être testé ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path } : { $problems }.

## Why a verdict is what it is

reason-every-port = Tous les ports nécessaires passent.
reason-weakened = { $problems }, ce qui risque de retarder ou de faire échouer { $feature }.
reason-works = Fonctionne { $path }.
reason-works-caveat = Fonctionne { $path }, { $caveat }.
reason-works-weakened = Fonctionne { $path }, mais { $problems }, donc des retards ou des échecs sont possibles.
reason-works-caveat-weakened = Fonctionne { $path }, { $caveat }, mais { $problems }, donc des retards ou des échecs sont possibles.
reason-works-at-least = Fonctionne au moins { $path }.
reason-works-at-least-weakened = Fonctionne au moins { $path }, mais { $problems }, donc des retards ou des échecs sont possibles.
reason-not-path = Pas { $path } : { $problems }.
reason-untested-better = Impossible de tester si cela fonctionne aussi { $paths }.
reason-untested-better-browser = Impossible de tester si cela fonctionne aussi { $paths } : { reason-try-another-browser }.
reason-try-another-browser = ce navigateur ne peut pas faire le test UDP (il n'a pas WebRTC) ; pour le faire, lancez la vérification dans un autre navigateur, comme Chrome, Firefox, Edge ou Safari sur un téléphone
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = Pour { $feature }, il faut { $parts }, { $count ->
        [one] qui est bloqué
       *[other] qui sont bloqués
    } entre votre réseau et internet.
reason-cannot-get-through = Aucun chemin ne passe pour { $feature }.
reason-also-blocked = De plus, { $problems }, ce qui peut entraîner des retards ou des échecs.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, ce qui risque de retarder ou de faire échouer { $feature } ; impossible de tester si { $untested } { $count ->
        [one] passe
       *[other] passent
    }.
reason-never-testable = Pour { $feature }, il faut { $parts }, que cette vérification ne peut pas tester. { $why }
reason-our-server-down = Le serveur de test de Ring Check pour ces ports ne répondait pas pendant cette vérification, qui ne peut donc pas dire s'ils sont bloqués. Le problème vient de notre côté, pas de votre réseau : veuillez réessayer plus tard.
reason-only-other-family = Rien n'est passé en { $documented }, que les appareils Ring utilisent selon la documentation de Ring (votre réseau n'a joint Ring Check qu'en { $other }), donc cette vérification ne peut pas dire si ces ports sont bloqués.
reason-nothing-got-out = Votre navigateur n'a pu joindre les serveurs de test de Ring Check sur aucun port, donc cette vérification ne peut pas dire si ces ports sont bloqués.
reason-neither-could-test = Ni votre navigateur ni notre serveur n'ont pu tester les ports nécessaires, donc cette vérification ne peut pas dire s'ils sont bloqués.
reason-router-silent = Votre box internet n'a répondu depuis internet sur aucun port, ce qui est normal et sans danger, donc cette vérification ne peut pas dire si ces ports sont bloqués.
# Several kinds of phone: $audiences like "Android phones and iPhones".
# fr: after a colon, as the app's audiences are capitalised labels.
reason-audiences = Testé pour : { $audiences }.
reason-audiences-own = Testé pour : { $audiences } ; le vôtre en premier (ce navigateur fonctionne sur { $phone }).
reason-audience = { $audience } : { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Votre box internet garde le même port externe pour chaque destination, ce dont la Vidéo en direct a besoin pour le son et l'image.
nat-endpoint-dependent = Votre box internet attribue un port externe différent à chaque destination (un NAT « symétrique »), donc la Vidéo en direct peut mettre plus de temps à se connecter, voire échouer sur certains réseaux ; dans ce cas, demandez au fabricant de votre box internet ou à votre fournisseur d'accès à internet s'il est possible d'activer un mappage indépendant de la destination (« endpoint-independent mapping »).

## IPv4 and IPv6

family-only-one-tested = Cette vérification n'a joint votre réseau qu'en { $tested } : selon la documentation de Ring, ses appareils utilisent { $documented }, que ce serveur Ring Check n'est pas configuré pour tester séparément ; vos appareils Ring peuvent donc obtenir d'autres résultats.
family-only-one-tested-planned = Cette vérification n'a joint votre réseau qu'en { $tested }, car les résultats de votre navigateur ne sont pas arrivés : selon la documentation de Ring, ses appareils utilisent { $documented }, ils peuvent donc obtenir d'autres résultats. Relancez la vérification pour tester les deux.
family-only-other-reached = Votre réseau n'a joint Ring Check qu'en { $other } : rien n'est passé en { $documented }, que les appareils Ring utilisent selon la documentation de Ring, donc cette vérification ne peut pas dire s'ils peuvent se connecter. { family-unreached-step }
family-unreached-step = Demandez à votre fournisseur d'accès à internet si votre ligne dispose d'un accès internet en { $documented } ; si c'est le cas, quelque chose sur votre réseau bloque entièrement le trafic { $documented }.
family-better-on-other = Votre connexion { $other } laisse passer { $ports }, mais pas votre connexion { $documented }, et c'est { $documented } que les appareils Ring utilisent selon la documentation de Ring : les verdicts sont établis en { $documented }.
family-worse-on-other = Votre connexion { $other } bloque { $ports }, que votre connexion { $documented } laisse passer. Selon la documentation de Ring, ses appareils utilisent { $documented }, donc cela ne les affecte pas aujourd'hui.
family-alike = Votre réseau a joint Ring Check en { $documented } et en { $other }, et les deux laissent passer les mêmes ports Ring. Les verdicts sont établis en { $documented }, que les appareils Ring utilisent selon la documentation de Ring.
family-would-work-on = En { $family } seul, ces fonctions fonctionneraient : { $features }.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } ({ $tested } ports, tous testés)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count ->
        [one] { $count } port échantillonné
       *[other] { $count } ports échantillonnés
    } : { $ports })
