# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = TCP-Handshake abgeschlossen
probe-detail-sip-reply = Antwort auf die SIP-OPTIONS-Anfrage erhalten
probe-detail-refused = Verbindung abgelehnt (TCP-Reset)
probe-detail-port-unreachable = Port nicht erreichbar (ICMP)
probe-detail-host-unreachable = Host nicht erreichbar oder vom Administrator gesperrt (ICMP)
probe-detail-network-unreachable = Netzwerk nicht erreichbar

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] keine Antwort auf { $attempts } Verbindungsversuch in { $milliseconds } ms
   *[other] keine Antwort auf { $attempts } Verbindungsversuche in { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] keine Antwort auf { $attempts } SIP-OPTIONS-Datagramm in { $milliseconds } ms: Ein stummer Dienst und eine Firewall, die Pakete verwirft, sehen gleich aus
   *[other] keine Antwort auf { $attempts } SIP-OPTIONS-Datagramme in { $milliseconds } ms: Ein stummer Dienst und eine Firewall, die Pakete verwirft, sehen gleich aus
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = nicht getestet: Der Test konnte nicht ausgeführt werden
probe-detail-not-run-shutting-down = nicht getestet: Der Server wurde gerade heruntergefahren
probe-detail-not-run-too-busy = nicht getestet: Der Server war zu ausgelastet, um diesen Test rechtzeitig auszuführen
probe-detail-not-run-probe-failed = nicht getestet: Der Test ist in Ring Check selbst fehlgeschlagen
