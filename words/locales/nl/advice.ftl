### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = Deze controle kon { $documented }, dat Ring-apparaten volgens Ring gebruiken, niet testen. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Goedendag,
isp-cannot-connect = Mijn Ring-apparaten (videodeurbel, camera's, alarm) kunnen niet goed verbinding maken.
isp-blocked = Mijn Ring-apparaten (videodeurbel, camera's, alarm) kunnen niet goed verbinding maken. Een netwerkcontrole vanaf mijn aansluiting thuis heeft vastgesteld dat deze poorten geblokkeerd zijn:
# $family is IPv4 or IPv6.
isp-blocked-over = Mijn Ring-apparaten (videodeurbel, camera's, alarm) kunnen niet goed verbinding maken. Een netwerkcontrole vanaf mijn aansluiting thuis heeft vastgesteld dat deze poorten via { $family } geblokkeerd zijn:
isp-intercepted = Op deze poorten antwoordt onderweg iets anders (een proxy of filter) in plaats van de server waarmee ik verbinding maak, en zo kunnen Ring-apparaten niet werken:
isp-breaks = Wat hierdoor niet goed werkt:
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }: { $verdict }. { $reason }
isp-ports = Ring-apparaten en de telefoons die hun meldingen ontvangen, hebben uitgaande toegang nodig tot de volgende poorten. Kunt u controleren of uw netwerk een ervan blokkeert, en die voor mijn aansluiting vrijgeven?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }: { $transports } { $ports } ({ $direction })
isp-results = De volledige resultaten staan hier: { $link }
isp-thanks = Alvast bedankt.

## The plain summary for a support ticket

summary-title = Resultaat van Ring Check { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Gecontroleerd op { $when } vanaf { $target }, catalogusversie { $version }
summary-checked-local = Gecontroleerd op { $when } vanaf { $target } (lokale modus), catalogusversie { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = De browser kon de testservers van Ring Check op geen enkele poort bereiken: probeer het later opnieuw voordat je het netwerk de schuld geeft.
summary-verdict = { $feature }: { $verdict }. { $reason }
summary-verdict-ports = { $feature }: { $verdict } ({ $ports }). { $reason }
summary-path = { $path }: { $summary }
summary-families = IPv4 en IPv6: { $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
summary-family-alone = Alleen via { $family }: { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = Vanuit de browser van de bezoeker, naar buiten (zoals de browser het meldt)
summary-browser-columns = Poort  Protocol  Resultaat  Tijd
summary-browser-columns-family = Poort  Protocol  IP-versie  Resultaat  Tijd
summary-nat = NAT-mapping: { $nat }
summary-server = Vanaf de server van Ring Check, naar binnen
summary-server-columns = Poort  Protocol  Resultaat  Retourtijd
summary-server-columns-family = Poort  Protocol  IP-versie  Resultaat  Retourtijd
summary-overall = Totaal: { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }: { $verdict }. { $says } { $best }
isp-upload = Een test van de upload van mijn verbinding, zoals een Ring-camera zijn video verstuurt, vond:
