# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = de TCP-handshake is voltooid
probe-detail-sip-reply = er kwam een antwoord op het SIP OPTIONS-verzoek
probe-detail-refused = verbinding geweigerd (TCP-reset)
probe-detail-port-unreachable = poort onbereikbaar (ICMP)
probe-detail-host-unreachable = host onbereikbaar of door de beheerder verboden (ICMP)
probe-detail-network-unreachable = netwerk onbereikbaar

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] geen antwoord op { $attempts } verbindingspoging in { $milliseconds } ms
   *[other] geen antwoord op { $attempts } verbindingspogingen in { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] geen antwoord op { $attempts } SIP OPTIONS-datagram in { $milliseconds } ms: een stille dienst en een firewall die pakketten weggooit, zien er hetzelfde uit
   *[other] geen antwoord op { $attempts } SIP OPTIONS-datagrammen in { $milliseconds } ms: een stille dienst en een firewall die pakketten weggooit, zien er hetzelfde uit
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = niet getest: de test kon niet worden uitgevoerd
probe-detail-not-run-shutting-down = niet getest: de server werd afgesloten
probe-detail-not-run-too-busy = niet getest: de server had het te druk om deze test op tijd uit te voeren
probe-detail-not-run-probe-failed = niet getest: de test is in Ring Check zelf mislukt
