### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature } ({ $verdict })
advice-documented-unreached = Questa verifica non ha potuto testare { $documented }, che secondo la documentazione di Ring è la versione di IP usata dai suoi dispositivi. { family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = Buongiorno,
isp-cannot-connect = I miei dispositivi Ring (videocitofono, videocamere, allarme) non riescono a connettersi correttamente.
isp-blocked = I miei dispositivi Ring (videocitofono, videocamere, allarme) non riescono a connettersi correttamente. Una verifica della rete eseguita dalla mia connessione di casa ha rilevato che queste porte sono bloccate:
# $family is IPv4 or IPv6.
isp-blocked-over = I miei dispositivi Ring (videocitofono, videocamere, allarme) non riescono a connettersi correttamente. Una verifica della rete eseguita dalla mia connessione di casa ha rilevato che queste porte sono bloccate su { $family }:
isp-intercepted = Su queste porte, lungo il percorso qualcosa risponde al posto del server a cui mi collego (un proxy o un filtro), e in questo modo i dispositivi Ring non possono funzionare:
isp-breaks = Cosa non funziona di conseguenza:
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }: { $verdict }. { $reason }
isp-ports = I dispositivi Ring e i telefoni che ne ricevono gli avvisi hanno bisogno dell'accesso in uscita alle porte seguenti. Potreste verificare se la vostra rete ne blocca qualcuna e sbloccarle per la mia connessione?
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }: { $transports } { $ports } ({ $direction })
isp-results = I risultati completi sono qui: { $link }
isp-thanks = Grazie.

## The plain summary for a support ticket

summary-title = Risultato di Ring Check { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = Verifica del { $when } da { $target }, versione del catalogo { $version }
summary-checked-local = Verifica del { $when } da { $target } (modalità locale), versione del catalogo { $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address } ({ $family })
summary-nothing-got-out = Il browser non è riuscito a raggiungere i server di test di Ring Check su nessuna porta: riprova più tardi prima di dare la colpa alla rete.
summary-verdict = { $feature }: { $verdict }. { $reason }
summary-verdict-ports = { $feature }: { $verdict } ({ $ports }). { $reason }
summary-path = { $path }: { $summary }
summary-families = IPv4 e IPv6: { $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
# it: the verdict in brackets, as in advice-affected, so that it need not agree.
summary-family-alone = Solo su { $family }: { $verdicts }.
summary-family-verdict = { $feature } ({ $verdict })
summary-browser = Dal browser del visitatore, verso l'esterno (secondo quanto riportato dal browser)
summary-browser-columns = Porta  Protocollo  Esito  Tempo
summary-browser-columns-family = Porta  Protocollo  Versione IP  Esito  Tempo
summary-nat = Mappatura NAT: { $nat }
summary-server = Dal server di Ring Check, verso l'interno
summary-server-columns = Porta  Protocollo  Esito  Andata e ritorno
summary-server-columns-family = Porta  Protocollo  Versione IP  Esito  Andata e ritorno
summary-overall = Esito complessivo: { $verdict }. { $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }: { $verdict }. { $says } { $best }
isp-upload = Un test del caricamento della mia connessione, come una videocamera Ring invia il suo video, ha rilevato:
