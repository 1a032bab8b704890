### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } e { $last }
list-or = { $rest } o { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } e { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest } e { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

# it: each with its article; sentences put them after "per" (never "di", "su", "a",
# which would contract), so no verb has to agree with them.
feature-notifications-in-sentence = le notifiche di movimento e del campanello
feature-phone-alerts-in-sentence = gli avvisi sul telefono
feature-live-view-in-sentence = il video Live View
feature-two-way-audio-in-sentence = l'audio bidirezionale
feature-software-updates-in-sentence = gli aggiornamenti software
feature-clock-sync-in-sentence = la sincronizzazione dell'ora
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = funziona
verdict-at-risk-in-sentence = a rischio
verdict-blocked-in-sentence = bloccato
verdict-not-tested-in-sentence = non testato
verdict-audience-everyone = Tutti
# "this browser runs on an Android phone"
phone-android = un telefono Android
phone-iphone = un iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
# it: every part name (part-* in catalogue.ftl) is masculine singular, so "è bloccato".
part-on = { $part } su { $ports }
part-answered-by-something-else = { $part } (a cui risponde qualcos'altro lungo il percorso)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
problem-blocked = { $subjects } { $count ->
        [one] è bloccato
       *[other] sono bloccati
    }
problem-partial = { $part } riesce a passare solo su { $got } delle { $known } porte campionate
problem-none-of = { $part } non riesce a passare su nessuna delle { $known } porte campionate
problem-intercepted = { $part } riceve risposta da qualcos'altro lungo il percorso (un proxy, un filtro o una pagina di accesso), non da internet

## Each way through, on its line under the verdict

path-works = riesce a passare
path-works-caveat = riesce a passare, { $caveat }
path-degraded = riesce a passare, ma { $problems }
path-blocked = bloccato: { $problems }
path-untested = non è stato possibile testarlo ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path }: { $problems }.

## Why a verdict is what it is

reason-every-port = Tutte le porte necessarie riescono a passare.
reason-weakened = { $problems }, quindi per { $feature } potrebbero esserci ritardi o malfunzionamenti.
reason-works = Funziona { $path }.
reason-works-caveat = Funziona { $path }, { $caveat }.
reason-works-weakened = Funziona { $path }, ma { $problems }, quindi potrebbero esserci ritardi o malfunzionamenti.
reason-works-caveat-weakened = Funziona { $path }, { $caveat }, ma { $problems }, quindi potrebbero esserci ritardi o malfunzionamenti.
reason-works-at-least = Funziona almeno { $path }.
reason-works-at-least-weakened = Funziona almeno { $path }, ma { $problems }, quindi potrebbero esserci ritardi o malfunzionamenti.
reason-not-path = Non { $path }: { $problems }.
reason-untested-better = Non è stato possibile testare se funziona anche { $paths }.
reason-untested-better-browser = Non è stato possibile testare se funziona anche { $paths }: { reason-try-another-browser }.
reason-try-another-browser = questo browser non può eseguire il test UDP (non ha WebRTC): per testarlo, ripeti la verifica in un altro browser, come Chrome, Firefox, Edge o Safari su un telefono
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = Per { $feature } { $count ->
        [one] è indispensabile { $parts }, che però è bloccato
       *[other] sono indispensabili { $parts }, che però sono bloccati
    } tra la tua rete e internet.
reason-cannot-get-through = Per { $feature } nessun percorso riesce a passare.
reason-also-blocked = Inoltre { $problems }, il che può causare ritardi o malfunzionamenti.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, quindi per { $feature } potrebbero esserci ritardi o malfunzionamenti; non è stato possibile testare se { $untested } { $count ->
        [one] riesce
       *[other] riescono
    } a passare.
reason-never-testable = Per { $feature } bisogna poter usare { $parts }, che questa verifica non può testare. { $why }
reason-our-server-down = Durante questa verifica il server di test di Ring Check per queste porte non rispondeva, quindi non è possibile dire se sono bloccate. Il problema è da parte nostra, non della tua rete: riprova più tardi.
reason-only-other-family = Non è passato nulla su { $documented }, che secondo la documentazione di Ring è la versione di IP usata dai suoi dispositivi (la tua rete ha raggiunto Ring Check solo su { $other }), quindi questa verifica non può dire se queste porte sono bloccate.
reason-nothing-got-out = Il tuo browser non è riuscito a raggiungere i server di test di Ring Check su nessuna porta, quindi questa verifica non può dire se queste porte sono bloccate.
reason-neither-could-test = Né il tuo browser né il nostro server hanno potuto testare le porte necessarie, quindi questa verifica non può dire se sono bloccate.
reason-router-silent = Il tuo router non ha risposto da internet su nessuna porta, il che è normale e sicuro, quindi questa verifica non può dire se queste porte sono bloccate.
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = Test eseguiti per: { $audiences }.
reason-audiences-own = Test eseguiti per: { $audiences }; prima il tuo (questo browser è su { $phone }).
reason-audience = { $audience }: { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Il tuo router usa la stessa porta esterna per ogni destinazione, ed è proprio ciò che serve all'audio e al video di Live View.
nat-endpoint-dependent = Il tuo router assegna a ogni destinazione una porta esterna diversa (un NAT «simmetrico»), quindi su alcune reti Live View potrebbe metterci più tempo a collegarsi o non riuscirci; se succede, chiedi al produttore del router o al tuo operatore internet della mappatura indipendente dalla destinazione (endpoint-independent mapping).

## IPv4 and IPv6

family-only-one-tested = Questa verifica ha raggiunto la tua rete solo su { $tested }: secondo la documentazione di Ring, i suoi dispositivi usano { $documented }, che questo server Ring Check non è configurato per testare a parte, quindi i tuoi dispositivi Ring potrebbero avere risultati diversi.
family-only-one-tested-planned = Questa verifica ha raggiunto la tua rete solo su { $tested }, perché i risultati del tuo browser non sono arrivati: secondo la documentazione di Ring, i suoi dispositivi usano { $documented }, quindi potrebbero avere risultati diversi. Ripeti la verifica per testare entrambe le versioni.
family-only-other-reached = La tua rete ha raggiunto Ring Check solo su { $other }: non è passato nulla su { $documented }, che secondo la documentazione di Ring è la versione di IP usata dai suoi dispositivi, quindi questa verifica non può dire se riescono a collegarsi. { family-unreached-step }
family-unreached-step = Chiedi al tuo operatore internet se la tua linea ha accesso a internet su { $documented }; se ce l'ha, qualcosa nella tua rete blocca completamente { $documented }.
family-better-on-other = La tua rete lascia passare { $ports } su { $other }, ma non su { $documented }, e secondo la documentazione di Ring i suoi dispositivi usano { $documented }: gli esiti si basano su { $documented }.
family-worse-on-other = La tua rete blocca { $ports } su { $other }, ma non su { $documented }. Secondo la documentazione di Ring, i suoi dispositivi usano { $documented }, quindi per ora questo non li riguarda.
family-alike = La tua rete ha raggiunto Ring Check sia su { $documented } sia su { $other }, e in entrambi i casi passano le stesse porte di Ring. Gli esiti si basano su { $documented }, che secondo la documentazione di Ring è la versione di IP usata dai suoi dispositivi.
family-would-work-on = Con il solo { $family } potresti usare { $features }.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } (tutte le { $tested } porte testate)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count ->
        [one] { $count } porta campionata
       *[other] { $count } porte campionate
    }: { $ports })
