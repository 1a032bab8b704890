### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = This check could not test { $documented }, which Ring's devices are documented to use. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Hello,
isp-cannot-connect = My Ring devices (video doorbell, cameras, alarm) cannot connect properly.
isp-blocked = My Ring devices (video doorbell, cameras, alarm) cannot connect properly. A network check from my home connection found these ports blocked:
# $family is IPv4 or IPv6.
isp-blocked-over = My Ring devices (video doorbell, cameras, alarm) cannot connect properly. A network check from my home connection found these ports blocked over { $family }:
isp-intercepted = On these ports something on the way answers in place of the server I connect to (a proxy or filter), which Ring devices cannot work through:
isp-breaks = What this breaks:
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }: { $verdict }. { $reason }
isp-ports = Ring devices and the phones that get their alerts need outbound access to the following ports. Could you check whether your network blocks any of them, and unblock them for my connection?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }: { $transports } { $ports } ({ $direction })
isp-results = The full results are here: { $link }
isp-thanks = Thank you.

## The plain summary for a support ticket

summary-title = Ring Check result { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Checked { $when } from { $target }, catalogue version { $version }
summary-checked-local = Checked { $when } from { $target } (local mode), catalogue version { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = The browser could not reach Ring Check's own test servers on any port: try again later before blaming the network.
summary-verdict = { $feature }: { $verdict }. { $reason }
summary-verdict-ports = { $feature }: { $verdict } ({ $ports }). { $reason }
summary-path = { $path }: { $summary }
summary-families = IPv4 and IPv6: { $sentences }
# "On IPv6 alone: Live View video (works), Ring Alarm (at risk)."
summary-family-alone = On { $family } alone: { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = From the visitor's browser, outward (as reported by the browser)
summary-browser-columns = Port  Protocol  Result  Time
summary-browser-columns-family = Port  Protocol  Family  Result  Time
summary-nat = NAT mapping: { $nat }
summary-server = From Ring Check's server, inward
summary-server-columns = Port  Protocol  Result  Round trip
summary-server-columns-family = Port  Protocol  Family  Result  Round trip
summary-overall = Overall: { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }: { $verdict }. { $says } { $best }
isp-upload = A test of my connection's upload, as a Ring camera sends its video, found:
