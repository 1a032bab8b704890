# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = the TCP handshake completed
probe-detail-sip-reply = a reply came back to the SIP OPTIONS request
probe-detail-refused = connection refused (TCP reset)
probe-detail-port-unreachable = ICMP port unreachable
probe-detail-host-unreachable = ICMP host unreachable or administratively prohibited
probe-detail-network-unreachable = network unreachable

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] no answer to { $attempts } connection attempt in { $milliseconds } ms
   *[other] no answer to { $attempts } connection attempts in { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] no reply to { $attempts } SIP OPTIONS datagram in { $milliseconds } ms: a silent service and a firewall that drops look the same
   *[other] no reply to { $attempts } SIP OPTIONS datagrams in { $milliseconds } ms: a silent service and a firewall that drops look the same
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = not tested: the probe could not run
probe-detail-not-run-shutting-down = not tested: the server is shutting down
probe-detail-not-run-too-busy = not tested: the server was too busy to run this probe in time
probe-detail-not-run-probe-failed = not tested: the probe failed inside Ring Check
