# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

wait-seconds = { $seconds ->
    [one] 1 seconde
   *[other] { $seconds } seconden
}
wait-minutes = { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
}
wait-hours = { $hours ->
    [one] een uur
   *[other] { $hours } uur
}

## Why an address may not be tested, finishing "your request came from X, …"

not-public-unspecified = een niet-gespecificeerd adres
not-public-loopback = een loopbackadres, dus hetzelfde apparaat waarop Ring Check draait
not-public-private = een privéadres (van een thuis- of kantoornetwerk)
not-public-shared-cgnat = een carrier-grade-NAT-adres, dat veel klanten van je internetprovider met elkaar delen
not-public-link-local = een link-local-adres
not-public-documentation = een adres dat gereserveerd is voor documentatie
not-public-benchmarking = een adres dat gereserveerd is voor netwerkbenchmarks
not-public-multicast = een multicastadres
not-public-reserved = een gereserveerd adres
not-public-unique-local = een privé-IPv6-adres (unique local)
not-public-tunnel = het adres van een tunnel (6to4 of Teredo), dat het netwerk erachter verbergt
not-public-site-local = een privé-IPv6-adres (site-local)

## Refusals

error-unknown-endpoint = Er is geen API-endpoint op { $path }. Controleer het adres; de API wordt beschreven in /api/openapi.json.
error-method-not-allowed = { $method } is hier niet toegestaan. Gebruik de methode die voor dit endpoint is gedocumenteerd.
error-payload-too-large = De inhoud van het verzoek is te groot. Stuur hooguit een paar kilobyte JSON.
error-timeout = De server deed er te lang over om te antwoorden. Probeer het zo opnieuw.
error-unreadable = Het verzoek kon niet worden gebruikt: { $detail }
error-invalid-start-body = De inhoud van het verzoek moet leeg zijn of {"{}"}: { $detail }. Ring Check test altijd het adres waar je verzoek vandaan komt, dus je hoeft niets te sturen.
error-unsupported-media-type = Stuur de inhoud van het verzoek als JSON (Content-Type: application/json), of stuur geen inhoud.
error-invalid-address-body = De inhoud van het verzoek moet {"{"}"token": "…"{"}"} zijn, met het token van de controle: { $detail }.
error-no-families = Deze Ring Check-server test maar één IP-versie, dus er is geen ander adres om aan een controle toe te voegen.
error-address-wrong-token = Dit token hoort niet bij deze controle. Voer de controle opnieuw uit vanaf deze pagina.
error-address-other-page = Dit verzoek komt niet van de pagina die de controle heeft gestart, dus het adres wordt er niet aan toegevoegd. Voer de controle uit vanaf de pagina van Ring Check zelf.
error-address-too-late = Deze controle is al te ver gevorderd om je adres in een andere IP-versie toe te voegen. Voer een nieuwe controle uit om het mee te nemen.
error-target-not-public = Ring Check kan alleen een openbaar internetadres testen, en je verzoek kwam van { $address }, { $why }. Dit gebeurt als Ring Check op hetzelfde apparaat of in hetzelfde netwerk draait als jij, of als een VPN of proxy je openbare adres verbergt. Zet een eventuele VPN of proxy uit en open Ring Check op het Wi-Fi-netwerk dat je Ring-apparaat gebruikt.
error-not-through-proxy = Dit verzoek bereikte Ring Check rechtstreeks in plaats van via het webadres waarop het gepubliceerd is, dus Ring Check kan niet bepalen welk adres getest moet worden. Open Ring Check op het gebruikelijke adres. (Beheer je deze server? Laat dan alleen je proxy de hoofdpoort bereiken.)
error-cross-site-start = Een controle kan alleen worden gestart vanaf de pagina van Ring Check zelf. Roep je de API aan vanuit een programma, stuur het verzoek dan met Content-Type: application/json.
error-wrong-host = Deze Ring Check-server draait in lokale modus en antwoordt alleen op localhost of 127.0.0.1. Open hem via een van die adressen.
error-check-in-progress = Er loopt al een controle van je netwerk. Wacht tot die klaar is (een paar seconden) en probeer het dan opnieuw.
error-network-busy = Er lopen nu veel controles vanaf je netwerk. Probeer het over een paar seconden opnieuw.
error-storage-full = Ring Check kan nu geen nieuwe resultaten opslaan. Probeer het later opnieuw; resultaten waarvan je een link hebt gekregen, zijn nog steeds beschikbaar.
error-rate-limited = Je hebt in korte tijd meerdere controles gestart. Wacht { $wait } en probeer het dan opnieuw.
error-network-rate-limited = Er kwamen de laatste tijd veel controles vanaf je netwerk. Wacht { $wait } en probeer het dan opnieuw.
error-network-daily-limit = Je netwerk heeft in de afgelopen 24 uur { $limit } rapporten van Ring Check opgeslagen, het maximum dat deze server per dag voor één netwerk bewaart. Probeer het over { $wait } opnieuw. De rapporten die al zijn opgeslagen, blijven via hun links te bekijken.
error-server-busy = Ring Check heeft het nu erg druk. Probeer het over { $wait } opnieuw.
error-lookup-rate-limited = Je hebt in korte tijd veel rapporten van Ring Check geopend. Wacht { $wait } en open dit rapport dan opnieuw.
error-invalid-id = ‘{ $id }’ is geen ID van Ring Check: een ID bestaat uit 22 letters, cijfers, ‘-’ of ‘_’. Controleer de link: misschien is hij afgebroken of verkeerd getypt.
error-check-not-found = Er is geen controle met deze ID. Misschien is de ID verkeerd getypt, of is de controle al lang geleden afgerond: het rapport staat, als het er is, op /api/reports/{"{"}id{"}"}.
error-report-not-found = Er is geen rapport met deze ID. Rapporten worden maar een beperkte tijd bewaard, dus misschien is de link verlopen of verkeerd getypt. Voer een nieuwe controle uit om een nieuwe link te krijgen.
error-egress-wrong-token = Deze browserresultaten horen niet bij deze controle. Voer de controle opnieuw uit vanaf deze pagina.
error-egress-invalid = De browserresultaten konden niet worden gebruikt: { $detail }.
error-egress-already-submitted = Deze controle heeft haar browserresultaten al; die worden maar één keer per controle verstuurd.
error-egress-too-late = Deze controle is te lang geleden afgerond om nog browserresultaten toe te voegen. Voer een nieuwe controle uit om ze mee te nemen.
error-report-unavailable = De resultaten van je browser zijn opgeslagen, maar de controle is geëindigd zonder rapport om ze in te tonen. Voer de controle opnieuw uit.
error-report-pending = De resultaten van je browser zijn opgeslagen, maar het rapport van de controle was niet klaar binnen de tijd die dit verzoek mag wachten (de controle loopt misschien nog). Het komt samen met je resultaten op de link van het rapport te staan: open die over een minuut. Je hoeft de resultaten niet opnieuw te sturen.
error-oembed-without-url = Het verzoek kon niet worden gebruikt: geef de pagina die je wilt insluiten op als ?url=… (de startpagina of een /r/{"{"}id{"}"}-link)
error-no-usable-host = Het verzoek kon niet worden gebruikt: het verzoek heeft geen bruikbare Host-header
error-oembed-format = oEmbed is alleen beschikbaar als JSON (format=json), niet als ‘{ $format }’.
error-no-embed = Op { $url } is niets om in te sluiten: geef de startpagina van deze Ring Check-server op of een resultaatlink /r/{"{"}id{"}"}.
error-store-unavailable = Ring Check kan zijn rapportendatabase nu niet bereiken en kan dus geen controle starten. Probeer het over een minuut opnieuw.
error-internal = Er ging bij ons iets mis. Probeer het opnieuw; blijft het gebeuren, neem dan contact op met de klantenservice.

## A check that ended without a report, as its event stream says

check-failed-stopped = De controle is onverwacht gestopt. Voer hem opnieuw uit.
check-failed-not-saved = De controle is klaar, maar de resultaten konden niet worden opgeslagen, dus er is geen link om te delen. Voer de controle over een minuut opnieuw uit.
check-failed-server-gone = De server die deze controle uitvoerde, is gestopt voordat hij klaar was. Voer de controle opnieuw uit.
check-failed-unreadable = De resultaten van de controle konden niet worden gelezen. Voer de controle opnieuw uit.
check-failed-report-unreadable = De controle is klaar en het rapport is opgeslagen, maar het kan nu niet worden gelezen. Open { $path } over een minuut om het te bekijken.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = Deze Ring Check-server is niet ingesteld om { $port } vanuit je browser te testen.
plan-unavailable-needs-rights = Deze Ring Check-server kan niet luisteren op { $port } (daarvoor zijn beheerdersrechten nodig), dus je browser kan deze poort hier niet testen.
plan-unavailable-in-use = Deze Ring Check-server kan niet luisteren op { $port } (een ander programma gebruikt de poort), dus je browser kan deze poort hier niet testen.
plan-unavailable-cannot-open = Deze Ring Check-server kan niet luisteren op { $port } (de poort kon niet worden geopend), dus je browser kan deze poort hier niet testen.
plan-unavailable-not-answering = De testserver van Ring Check voor { $port } antwoordt op dit moment niet, dus je browser kan deze poort hier niet testen. Het probleem ligt bij ons, niet bij je netwerk.
plan-unavailable-busy = De testserver van Ring Check voor { $port } heeft het op dit moment te druk (hij weigert verzoeken), dus je browser kan deze poort hier niet testen. Het probleem ligt bij ons, niet bij je netwerk.
plan-unavailable-not-tested = Niet vanuit de browser getest bij deze controle.

## The video upload test

error-upload-in-progress = Er loopt al een video-uploadtest vanaf je netwerk. Wacht tot die klaar is (ongeveer 15 seconden) en probeer het dan opnieuw.
error-upload-network-busy = Er lopen nu andere video-uploadtests vanaf je netwerk. Probeer het over een minuut opnieuw.
error-upload-busy = Ring Check ontvangt nu zoveel video als het kan. Probeer het over { $wait } opnieuw.
error-upload-streams = Een video-uploadtest verstuurt 1 tot { $most } streams tegelijk.
error-upload-not-found = Deze video-uploadtest is afgelopen of nooit begonnen. Start hem opnieuw vanaf de resultatenpagina.
error-upload-not-yours = Dit resultaat komt niet van een controle in deze browser, of het is verlopen: voer de controle opnieuw uit en daarna de video-uploadtest.
error-upload-rate-limited = Je hebt in korte tijd meerdere video-uploadtests uitgevoerd. Wacht { $wait } en probeer het dan opnieuw.
error-upload-network-rate-limited = Vanaf je netwerk zijn de laatste tijd veel video-uploadtests uitgevoerd. Wacht { $wait } en probeer het dan opnieuw.
