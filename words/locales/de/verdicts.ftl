### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } und { $last }
list-or = { $rest } oder { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } und { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest } und { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

# de: each stands where nominative and accusative read alike ("für …", "was … verzögern
# kann", lists after "Betroffen:"), so none has a masculine article: hence "die
# Zeitsynchronisation".
feature-notifications-in-sentence = Bewegungs- und Klingelbenachrichtigungen
feature-phone-alerts-in-sentence = Benachrichtigungen auf Ihrem Smartphone
feature-live-view-in-sentence = Live-Video
feature-two-way-audio-in-sentence = die Gegensprechfunktion
feature-software-updates-in-sentence = Software-Updates
feature-clock-sync-in-sentence = die Zeitsynchronisation
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = funktioniert
verdict-at-risk-in-sentence = gefährdet
verdict-blocked-in-sentence = blockiert
verdict-not-tested-in-sentence = nicht getestet
verdict-audience-everyone = Alle
# "this browser runs on an Android phone"
phone-android = einem Android-Smartphone
phone-iphone = einem iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
# de: $part is the subject of its clause (nominative), with the article German needs
# ("die Push-Verbindung auf TCP 5228").
part-on = { $part } auf { $ports }
part-answered-by-something-else = { $part } (unterwegs von etwas anderem beantwortet)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
problem-blocked = { $subjects } { $count ->
        [one] ist
       *[other] sind
    } blockiert
problem-partial = { $part } kommt nur über { $got } von { $known } getesteten Ports durch
problem-none-of = { $part } kommt über keinen der { $known } getesteten Ports durch
problem-intercepted = { $part } wird unterwegs von etwas anderem beantwortet (einem Proxy, einem Filter oder einer Anmeldeseite) statt vom Internet

## Each way through, on its line under the verdict

path-works = kommt durch
path-works-caveat = kommt durch, { $caveat }
path-degraded = kommt durch, aber { $problems }
# de: "denn" and not a colon, since the clause after it begins with a lower-case
# article.
path-blocked = blockiert, denn { $problems }
path-untested = konnte nicht getestet werden ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path } funktioniert es nicht, denn { $problems }.

## Why a verdict is what it is

reason-every-port = Alle benötigten Ports kommen durch.
reason-weakened = { $problems }, was { $feature } verzögern oder ganz verhindern kann.
reason-works = Funktioniert { $path }.
reason-works-caveat = Funktioniert { $path }, { $caveat }.
reason-works-weakened = Funktioniert { $path }, aber { $problems }, was zu Verzögerungen oder Ausfällen führen kann.
reason-works-caveat-weakened = Funktioniert { $path }, { $caveat }, aber { $problems }, was zu Verzögerungen oder Ausfällen führen kann.
reason-works-at-least = Funktioniert zumindest { $path }.
reason-works-at-least-weakened = Funktioniert zumindest { $path }, aber { $problems }, was zu Verzögerungen oder Ausfällen führen kann.
reason-not-path = { $path } funktioniert es nicht, denn { $problems }.
reason-untested-better = Ob es auch { $paths } funktioniert, konnte nicht getestet werden.
reason-untested-better-browser = Ob es auch { $paths } funktioniert, konnte nicht getestet werden, denn { reason-try-another-browser }.
reason-try-another-browser = dieser Browser kann den UDP-Test nicht ausführen (er hat kein WebRTC): Starten Sie den Test in einem anderen Browser, etwa Chrome, Firefox, Edge oder Safari auf dem Smartphone, um das zu testen
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = { $parts } { $count ->
        [one] ist
       *[other] sind
    } für { $feature } unverzichtbar, aber zwischen Ihrem Netzwerk und dem Internet blockiert.
reason-cannot-get-through = Für { $feature } kommt keine Verbindung zustande.
reason-also-blocked = { $problems }, was ebenfalls zu Verzögerungen oder Ausfällen führen kann.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, was { $feature } verzögern oder ganz verhindern kann; ob { $untested } { $count ->
        [one] durchkommt
       *[other] durchkommen
    }, konnte nicht getestet werden.
reason-never-testable = Für { $feature } braucht es { $parts }, was dieser Test nicht prüfen kann. { $why }
reason-our-server-down = Der Testserver von Ring Check für diese Ports hat während dieses Tests nicht geantwortet, daher lässt sich nicht feststellen, ob sie blockiert sind. Das Problem liegt bei uns, nicht an Ihrem Netzwerk: Bitte versuchen Sie es später noch einmal.
reason-only-other-family = Über { $documented }, das Ring-Geräte laut Ring nutzen, kam nichts durch (Ihr Netzwerk hat Ring Check nur über { $other } erreicht), daher kann dieser Test nicht feststellen, ob diese Ports blockiert sind.
reason-nothing-got-out = Ihr Browser konnte die Testserver von Ring Check über keinen Port erreichen, daher kann dieser Test nicht feststellen, ob diese Ports blockiert sind.
reason-neither-could-test = Weder Ihr Browser noch unser Server konnte die Ports testen, die hierfür nötig sind, daher kann dieser Test nicht feststellen, ob sie blockiert sind.
reason-router-silent = Ihr Router hat aus dem Internet auf keinem Port geantwortet, was normal und sicher ist; daher kann dieser Test nicht feststellen, ob diese Ports blockiert sind.
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = Getestet für { $audiences }.
reason-audiences-own = Getestet für { $audiences }, Ihr Smartphone-Typ zuerst (dieser Browser läuft auf { $phone }).
reason-audience = { $audience }: { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Ihr Router behält für jedes Ziel denselben äußeren Port bei, und genau das brauchen Audio und Video von Live-Video.
nat-endpoint-dependent = Ihr Router gibt jedem Ziel einen anderen äußeren Port (ein „symmetrisches“ NAT), daher braucht Live-Video in manchen Netzwerken länger für den Verbindungsaufbau oder scheitert; wenn das passiert, fragen Sie den Hersteller Ihres Routers oder Ihren Internetanbieter nach endpunktunabhängigem Mapping (Endpoint-Independent Mapping).

## IPv4 and IPv6

family-only-one-tested = Dieser Test hat Ihr Netzwerk nur über { $tested } erreicht: Ring-Geräte nutzen laut Ring { $documented }, und dieser Server von Ring Check ist nicht dafür eingerichtet, das getrennt zu testen. Ihre Ring-Geräte sehen daher vielleicht andere Ergebnisse.
family-only-one-tested-planned = Dieser Test hat Ihr Netzwerk nur über { $tested } erreicht, weil die Ergebnisse Ihres Browsers nicht angekommen sind: Ring-Geräte nutzen laut Ring { $documented } und sehen daher vielleicht andere Ergebnisse. Starten Sie den Test erneut, um beides zu testen.
family-only-other-reached = Ihr Netzwerk hat Ring Check nur über { $other } erreicht: Über { $documented }, das Ring-Geräte laut Ring nutzen, kam nichts durch, daher kann dieser Test nicht feststellen, ob sie sich verbinden können. { family-unreached-step }
family-unreached-step = Fragen Sie Ihren Internetanbieter, ob Ihr Anschluss Internetzugang über { $documented } hat; wenn ja, blockiert etwas in Ihrem Netzwerk { $documented } vollständig.
family-better-on-other = Ihr Netzwerk lässt { $ports } über { $other } durch, über { $documented } aber nicht, und Ring-Geräte nutzen laut Ring { $documented }: Die Bewertungen beruhen auf { $documented }.
family-worse-on-other = Ihr Netzwerk blockiert { $ports } über { $other }, über { $documented } aber nicht. Ring-Geräte nutzen laut Ring { $documented }, daher betrifft sie das derzeit nicht.
family-alike = Ihr Netzwerk hat Ring Check sowohl über { $documented } als auch über { $other } erreicht, und beide lassen dieselben Ring-Ports durch. Die Bewertungen beruhen auf { $documented }, das Ring-Geräte laut Ring nutzen.
family-would-work-on = Allein über { $family } würde Folgendes funktionieren: { $features }.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } (alle { $tested } Ports getestet)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count ->
        [one] { $count } Port
       *[other] { $count } Ports
    } als Stichprobe: { $ports })
