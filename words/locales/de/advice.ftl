### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = Dieser Test konnte { $documented }, das Ring-Geräte laut Ring nutzen, nicht testen. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Guten Tag,
isp-cannot-connect = Meine Ring-Geräte (Video-Türklingel, Kameras, Alarmanlage) können keine richtige Verbindung herstellen.
isp-blocked = Meine Ring-Geräte (Video-Türklingel, Kameras, Alarmanlage) können keine richtige Verbindung herstellen. Ein Netzwerktest über meinen Anschluss zu Hause hat ergeben, dass diese Ports blockiert sind:
# $family is IPv4 or IPv6.
isp-blocked-over = Meine Ring-Geräte (Video-Türklingel, Kameras, Alarmanlage) können keine richtige Verbindung herstellen. Ein Netzwerktest über meinen Anschluss zu Hause hat ergeben, dass diese Ports über { $family } blockiert sind:
isp-intercepted = Auf diesen Ports antwortet unterwegs etwas anderes (ein Proxy oder ein Filter) anstelle des Servers, mit dem ich mich verbinde, und so können Ring-Geräte nicht arbeiten:
isp-breaks = Was dadurch nicht richtig funktioniert:
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }: { $verdict }. { $reason }
isp-ports = Ring-Geräte und die Smartphones, die ihre Benachrichtigungen erhalten, brauchen ausgehenden Zugang zu den folgenden Ports. Könnten Sie bitte prüfen, ob Ihr Netzwerk einen davon blockiert, und ihn für meinen Anschluss freigeben?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }: { $transports } { $ports } ({ $direction })
isp-results = Die vollständigen Ergebnisse finden Sie hier: { $link }
isp-thanks = Vielen Dank.

## The plain summary for a support ticket

summary-title = Ergebnis von Ring Check { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Geprüft am { $when } von { $target } aus, Katalogversion { $version }
summary-checked-local = Geprüft am { $when } von { $target } aus (lokaler Modus), Katalogversion { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = Der Browser konnte die Testserver von Ring Check über keinen Port erreichen: Versuchen Sie es später erneut, bevor Sie das Netzwerk verantwortlich machen.
summary-verdict = { $feature }: { $verdict }. { $reason }
summary-verdict-ports = { $feature }: { $verdict } ({ $ports }). { $reason }
summary-path = { $path }: { $summary }
summary-families = IPv4 und IPv6: { $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
summary-family-alone = Allein über { $family }: { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = Vom Browser des Besuchers nach außen (laut Browser)
summary-browser-columns = Port  Protokoll  Ergebnis  Zeit
summary-browser-columns-family = Port  Protokoll  IP-Version  Ergebnis  Zeit
summary-nat = NAT-Zuordnung: { $nat }
summary-server = Vom Server von Ring Check nach innen
summary-server-columns = Port  Protokoll  Ergebnis  Antwortzeit
summary-server-columns-family = Port  Protokoll  IP-Version  Ergebnis  Antwortzeit
summary-overall = Gesamt: { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }: { $verdict }. { $says } { $best }
isp-upload = Ein Test des Uploads meines Anschlusses, so wie eine Ring-Kamera ihr Video sendet, hat ergeben:
