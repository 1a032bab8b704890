# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = l'handshake TCP è andato a buon fine
probe-detail-sip-reply = è arrivata una risposta alla richiesta SIP OPTIONS
probe-detail-refused = connessione rifiutata (reset TCP)
probe-detail-port-unreachable = porta non raggiungibile (ICMP)
probe-detail-host-unreachable = host non raggiungibile o accesso vietato dall'amministratore (ICMP)
probe-detail-network-unreachable = rete non raggiungibile

## Silence, even after trying again

probe-detail-no-answer = { $attempts ->
    [one] nessuna risposta a { $attempts } tentativo di connessione in { $milliseconds } ms
   *[other] nessuna risposta a { $attempts } tentativi di connessione in { $milliseconds } ms
}
probe-detail-no-sip-reply = { $attempts ->
    [one] nessuna risposta a { $attempts } datagramma SIP OPTIONS in { $milliseconds } ms: un servizio che non risponde e un firewall che scarta i pacchetti non si distinguono
   *[other] nessuna risposta a { $attempts } datagrammi SIP OPTIONS in { $milliseconds } ms: un servizio che non risponde e un firewall che scarta i pacchetti non si distinguono
}

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = non testata: non è stato possibile eseguire il test
probe-detail-not-run-shutting-down = non testata: il server si stava arrestando
probe-detail-not-run-too-busy = non testata: il server era troppo occupato per eseguire questo test in tempo
probe-detail-not-run-probe-failed = non testata: il test si è interrotto per un errore interno di Ring Check
