### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } en { $last }
list-or = { $rest } of { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } en { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest } en { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

# nl: without article, so each reads as the object of "wat … kan vertragen" or after
# "voor".
feature-notifications-in-sentence = bewegings- en belmeldingen
feature-phone-alerts-in-sentence = meldingen op je telefoon
feature-live-view-in-sentence = livebeeld
feature-two-way-audio-in-sentence = tweerichtingsaudio
feature-software-updates-in-sentence = software-updates
feature-clock-sync-in-sentence = kloksynchronisatie
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = werkt
verdict-at-risk-in-sentence = risico
verdict-blocked-in-sentence = geblokkeerd
verdict-not-tested-in-sentence = niet getest
verdict-audience-everyone = Iedereen
# "this browser runs on an Android phone"
phone-android = een Android-telefoon
phone-iphone = een iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
part-on = { $part } op { $ports }
part-answered-by-something-else = { $part } (onderweg beantwoord door iets anders)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
problem-blocked = { $subjects } { $count ->
        [one] is
       *[other] zijn
    } geblokkeerd
problem-partial = { $part } komt maar via { $got } van de { $known } geteste poorten erdoor
problem-none-of = { $part } komt via geen van de { $known } geteste poorten erdoor
problem-intercepted = { $part } wordt onderweg beantwoord door iets anders (een proxy, filter of inlogpagina), niet door internet

## Each way through, on its line under the verdict

path-works = komt erdoor
path-works-caveat = komt erdoor, { $caveat }
path-degraded = komt erdoor, maar { $problems }
path-blocked = geblokkeerd, want { $problems }
path-untested = kon niet worden getest ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path }: { $problems }.

## Why a verdict is what it is

reason-every-port = Elke poort die nodig is, komt erdoor.
reason-weakened = { $problems }, wat { $feature } kan vertragen of laten mislukken.
reason-works = Werkt { $path }.
reason-works-caveat = Werkt { $path }, { $caveat }.
reason-works-weakened = Werkt { $path }, maar { $problems }, wat tot vertraging of uitval kan leiden.
reason-works-caveat-weakened = Werkt { $path }, { $caveat }, maar { $problems }, wat tot vertraging of uitval kan leiden.
reason-works-at-least = Werkt in elk geval { $path }.
reason-works-at-least-weakened = Werkt in elk geval { $path }, maar { $problems }, wat tot vertraging of uitval kan leiden.
reason-not-path = Niet { $path }: { $problems }.
reason-untested-better = Of het ook { $paths } werkt, kon niet worden getest.
reason-untested-better-browser = Of het ook { $paths } werkt, kon niet worden getest: { reason-try-another-browser }.
reason-try-another-browser = deze browser kan de UDP-test niet uitvoeren (hij heeft geen WebRTC): voer de controle uit in een andere browser, zoals Chrome, Firefox, Edge of Safari op een telefoon, om dit te testen
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = { $parts } { $count ->
        [one] is
       *[other] zijn
    } onmisbaar voor { $feature }, maar geblokkeerd tussen je netwerk en internet.
reason-cannot-get-through = Voor { $feature } komt er geen verbinding tot stand.
reason-also-blocked = { $problems }, wat ook tot vertraging of uitval kan leiden.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, wat { $feature } kan vertragen of laten mislukken; of { $untested } erdoor { $count ->
        [one] komt
       *[other] komen
    }, kon niet worden getest.
reason-never-testable = Voor { $feature } heb je { $parts } nodig, en dat kan deze controle niet testen. { $why }
reason-our-server-down = De testserver van Ring Check voor deze poorten reageerde niet tijdens deze controle, dus we kunnen niet zeggen of ze geblokkeerd zijn. Het probleem ligt bij ons, niet bij je netwerk: probeer het later opnieuw.
reason-only-other-family = Via { $documented }, dat Ring-apparaten volgens Ring gebruiken, kwam niets door (je netwerk bereikte Ring Check alleen via { $other }), dus deze controle kan niet zien of deze poorten geblokkeerd zijn.
reason-nothing-got-out = Je browser kon de testservers van Ring Check op geen enkele poort bereiken, dus deze controle kan niet zien of deze poorten geblokkeerd zijn.
reason-neither-could-test = Je browser en onze server konden geen van beide de poorten testen die hiervoor nodig zijn, dus deze controle kan niet zien of ze geblokkeerd zijn.
reason-router-silent = Je router reageerde vanaf internet op geen enkele poort, wat normaal en veilig is, dus deze controle kan niet zien of deze poorten geblokkeerd zijn.
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = Getest voor { $audiences }.
reason-audiences-own = Getest voor { $audiences }, jouw type telefoon eerst (deze browser draait op { $phone }).
reason-audience = { $audience }: { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Je router houdt voor elke bestemming dezelfde externe poort aan, en dat is precies wat het geluid en beeld van livebeeld nodig hebben.
nat-endpoint-dependent = Je router geeft elke bestemming een andere externe poort (een ‘symmetrische’ NAT), dus livebeeld kan op sommige netwerken langer nodig hebben om verbinding te maken, of mislukken; gebeurt dat, vraag de fabrikant van je router of je provider dan naar endpoint-independent mapping.

## IPv4 and IPv6

family-only-one-tested = Deze controle bereikte je netwerk alleen via { $tested }: volgens Ring gebruiken Ring-apparaten { $documented }, en deze Ring Check-server is niet ingericht om dat apart te testen, dus je Ring-apparaten zien misschien andere resultaten.
family-only-one-tested-planned = Deze controle bereikte je netwerk alleen via { $tested }, omdat de resultaten van je browser niet zijn aangekomen: volgens Ring gebruiken Ring-apparaten { $documented }, dus zij zien misschien andere resultaten. Voer de controle opnieuw uit om beide te testen.
family-only-other-reached = Je netwerk bereikte Ring Check alleen via { $other }: via { $documented }, dat Ring-apparaten volgens Ring gebruiken, kwam niets door, dus deze controle kan niet zien of ze verbinding kunnen maken. { family-unreached-step }
family-unreached-step = Vraag je internetprovider of je aansluiting internettoegang via { $documented } heeft; zo ja, dan blokkeert iets in je netwerk { $documented } volledig.
family-better-on-other = Je netwerk laat { $ports } via { $other } door, maar niet via { $documented }, en volgens Ring gebruiken Ring-apparaten { $documented }: de beoordelingen gaan uit van { $documented }.
family-worse-on-other = Je netwerk blokkeert { $ports } via { $other }, maar niet via { $documented }. Volgens Ring gebruiken Ring-apparaten { $documented }, dus dit heeft nu geen invloed op ze.
family-alike = Je netwerk bereikte Ring Check via zowel { $documented } als { $other }, en beide laten dezelfde Ring-poorten door. De beoordelingen gaan uit van { $documented }, dat Ring-apparaten volgens Ring gebruiken.
family-would-work-on = Met alleen { $family } zou dit werken: { $features }.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } (alle { $tested } poorten getest)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count ->
        [one] { $count } poort
       *[other] { $count } poorten
    } als steekproef: { $ports })
