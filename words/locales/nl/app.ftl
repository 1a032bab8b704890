# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Controleer je netwerk
app-check-intro = Voer de controle uit op een telefoon of computer op hetzelfde Wi-Fi-netwerk als je Ring-apparaat, niet via mobiele data. Het duurt maar een paar seconden.
app-check-button = Controleer mijn netwerk
app-check-again = Opnieuw controleren
app-local-mode-notice = Lokale modus: deze Ring Check-server accepteert privéadressen. Hij test dus de verbinding van dit apparaat met de server, niet je router thuis.
app-status-starting = Controle wordt gestart…
app-status-running = Testen: { $done } van { $total } klaar
app-status-done = Controle klaar. Je resultaten staan hieronder.
app-status-not-started = De controle kon niet starten.
app-status-not-finished = De controle is niet afgerond.
app-progress-label = Voortgang van de controle

## The result

app-results-heading = Je resultaten
app-each-way-through = Elke mogelijke route
app-every-test = Alle tests
app-egress-unsaved = De resultaten van je browser staan in de tabel, maar konden niet in het rapport worden opgenomen. Daarom gebruiken de beoordelingen en de deellink alleen de tests van de server. Voer de controle opnieuw uit om ze mee te nemen.
app-own-servers-unreachable = Je browser kon de testservers van Ring Check op geen enkele poort bereiken, dus deze controle kan niet zien of je netwerk iets blokkeert. Het probleem ligt eerder bij ons dan bij jou: probeer het later opnieuw.
app-no-webrtc = Deze browser kan UDP niet testen (hij heeft geen WebRTC), dus de directe videoverbinding van livebeeld kon niet worden getest. Open Ring Check voor de volledige controle in een andere browser, zoals Chrome, Firefox, Edge of Safari op een telefoon.
app-local-mode-result = Deze controle is in lokale modus uitgevoerd, op een privéadres: ze beschrijft de verbinding van deze computer met de Ring Check-server, niet die van een router thuis.
app-families-heading = IPv4 en IPv6
app-families-why = Waarom { $family }: { $note }

## The table of every test

app-table-caption-one-way = Uitgaand: je browser maakt verbinding naar buiten, zoals je Ring-apparaten doen. Inkomend: de server van Ring Check maakt verbinding terug naar je netwerk.
app-table-caption = Uitgaand: je browser maakt verbinding naar buiten, zoals je Ring-apparaten doen. Inkomend: de server van Ring Check maakt verbinding terug naar je netwerk. Elke test via IPv4 en IPv6: volgens Ring gebruiken Ring-apparaten IPv4.
app-column-port = Poort
app-column-protocol = Protocol
app-column-used-for = Gebruikt voor
app-column-outbound = Uitgaand
app-column-inbound = Inkomend
app-column-meaning = Wat het betekent
app-not-reached = niet bereikt
app-not-reached-why = Je browser heeft Ring Check niet via deze IP-versie bereikt, dus er was geen adres om te testen
app-not-testable = Niet te testen
app-not-testable-here = Hier niet te testen
app-testing = Bezig met testen…
app-not-this-way = Niet getest in deze richting

## What to do

app-fix-heading = Wat je kunt doen
app-fix-nothing-got-out = Ring Check kon vanuit je browser zijn eigen testservers niet bereiken, dus deze controle kan niet zeggen wat je moet veranderen. Probeer het later opnieuw. Gebeurt dit steeds en alleen op dit netwerk, dan laat het netwerk misschien alleen webpagina's door.
app-fix-nothing-to-change = Deze controle heeft niets gevonden wat je hoeft te veranderen.
app-fix-still-stuck = Maakt livebeeld nog steeds geen verbinding? Deel dit resultaat dan met de Ring-klantenservice.
app-fix-blocked = Geblokkeerd: { $ports }.
app-fix-affects = Betrokken functies: { $features }.
app-fix-provider-may = Ligt de oorzaak niet bij jou, dan is het misschien je internetprovider: hier is een bericht dat je ze kunt sturen.
app-fix-check-router = Controleer je router.
app-fix-ask-provider = Vraag het je internetprovider.
app-fix-here-is-a-message = Hier is een bericht dat je ze kunt sturen:
app-fix-before-you-change = Voordat je iets verandert:
app-provider-message-label = Bericht voor je internetprovider
app-copy-message = Bericht kopiëren
app-copied = Gekopieerd
app-copy-blocked = Je browser heeft het kopiëren geblokkeerd. Selecteer de tekst hieronder en kopieer hem.

## Sharing

app-share-heading = Delen met de Ring-klantenservice
app-share-who-can-see = Iedereen met deze link kan dit resultaat tot { $date } zien. Je adres is deels verborgen.
app-share-link-label = Link naar dit resultaat
app-copy-link = Link voor klantenservice kopiëren
app-copy-text = Kopiëren als tekst
app-copy-json = Kopiëren als JSON
app-open-full-result = Volledig resultaat openen in een nieuw tabblad

## A shared report's page

app-report-loading = Rapport laden…
app-report-heading = Resultaat van Ring Check
app-report-checked-on = Gecontroleerd op { $date } om { $time } UTC vanaf { $address }.
app-new-check = Controleer je eigen netwerk

## Errors: a short title, then what happened and what to do

app-try-again = Opnieuw proberen
app-run-again = Voer de controle opnieuw uit.
app-error-not-public = Ring Check kan het internetadres van je huis niet zien
app-error-wait = Een ogenblik geduld
app-error-in-progress = Er loopt al een controle
app-error-busy = Ring Check heeft het nu erg druk
app-error-no-report = Dit rapport bestaat niet of is verlopen
app-error-bad-link = Dit is geen geldige Ring Check-link
app-error-bad-link-what = ‘{ $id }’ is geen ID van Ring Check: een ID bestaat uit 22 letters, cijfers, ‘-’ of ‘_’. Controleer de link: misschien is hij afgebroken of verkeerd getypt.
app-error-server = Ring Check heeft problemen
app-error-server-what = Probeer het over een minuut opnieuw. Blijft het gebeuren, neem dan contact op met de Ring-klantenservice en noem Ring Check.
app-error-other = Er ging iets mis
app-error-offline = Ring Check is niet bereikbaar
app-error-offline-what = Controleer of deze telefoon of computer online is en probeer het dan opnieuw.
app-error-unexpected = Ring Check stuurde een onverwacht antwoord
app-error-unexpected-what = Laad de pagina opnieuw en probeer het nog eens.
app-error-lost = De verbinding is verbroken
app-error-lost-what = De controle stopte met het sturen van resultaten voordat ze klaar was. Controleer je verbinding en voer de controle opnieuw uit.
app-error-timed-out = De controle duurde te lang
app-error-timed-out-what = Ring Check was niet op tijd klaar: je verbinding is misschien erg traag of onderbroken. Voer de controle opnieuw uit.
app-error-check-failed = De controle kon niet worden afgerond

## What each test means, in the table's last column

app-meaning-gets-out = Komt naar buiten
app-meaning-blocked-on-the-way-out = Uitgaand geblokkeerd
app-meaning-some-ports-only = Komt alleen via sommige poorten naar buiten: sessies via de andere hebben de relayservers van Ring nodig
app-meaning-nothing-got-out = Niets kwam naar buiten: niet te zeggen
app-meaning-not-tested = Niet getest
app-meaning-not-testable-in-this-browser = Deze browser kan deze test niet uitvoeren (hij heeft geen WebRTC): voer de controle uit in een andere browser om dit te testen
app-meaning-intercepted = Onderweg antwoordde iets anders (een proxy, filter of inlogpagina)
app-meaning-open-to-the-internet = Open voor internet
app-meaning-closed-to-the-internet = Gesloten voor internet: normaal
app-meaning-not-blocked = Niet geblokkeerd
app-meaning-blocked-by-a-firewall = Geblokkeerd door een firewall
app-meaning-no-reply = Geen antwoord: niet te zeggen
app-meaning-router-silent = Je router zwijgt: niet te zeggen

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = bereikt
app-out-failed = verbinding mislukt
app-out-no-answer = geen antwoord
app-out-intercepted = onderschept
app-out-not-tested = niet getest
app-out-unsupported = niet te testen in deze browser
app-in-open = open
app-in-closed = gesloten
app-in-filtered = gefilterd
app-in-unreachable = onbereikbaar
app-in-open-or-filtered = open of gefilterd
app-in-not-tested = niet getest
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms gewacht

## The media range, tested by sample

app-sample-testing = { $done } van { $total } getest
app-sample-got-out = { $passed } van { $total } naar buiten gekomen
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = Steekproef: { $count } van de poorten { $range }, ongeveer één per { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Bewegings- en belmeldingen
app-feature-phone-alerts = Meldingen op je telefoon
app-feature-live-view = Livebeeld
app-feature-two-way-audio = Tweerichtingsaudio
app-feature-software-updates = Software-updates
app-feature-clock-sync = Kloksynchronisatie
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Werkt
app-verdict-at-risk = Risico
app-verdict-blocked = Geblokkeerd
app-verdict-not-tested = Niet getest
app-overall-works = Je netwerk laat Ring-apparaten hun werk doen.
app-overall-at-risk = Sommige Ring-functies werken op dit netwerk misschien niet betrouwbaar.
app-overall-blocked = Sommige Ring-functies worden op dit netwerk geblokkeerd.
app-overall-unknown = Deze controle kon niet vaststellen of de poorten die Ring nodig heeft geblokkeerd zijn.
app-audience-android = Android-telefoons
app-audience-iphone = iPhones
app-interception = Iets in je netwerk antwoordt op deze poorten in plaats van de echte server: een webfilter, ouderlijk toezicht, beveiligingssoftware of een aanmeldpagina van het Wi-Fi-netwerk. Ring-apparaten kunnen zo niet werken: zet het uit voor je Ring-apparaten (of meld je aan op het Wi-Fi-netwerk) en voer de controle opnieuw uit.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = Loopt livebeeld soepel?
# $seconds: how long the test takes, about 14.
app-upload-intro = Open poorten zijn maar de helft van het verhaal: livebeeld heeft daarnaast een upload nodig die de video van een camera stabiel verstuurt, ook als je lijn belast is. Deze test stuurt ongeveer { $seconds } seconden lang evenveel verkeer als een video naar Ring Check. Ring Check telt wat er aankomt en meet de vertraging van je lijn.
app-upload-cameras = Camera's die tegelijk streamen
app-upload-button = Video-upload testen
app-upload-again = Opnieuw testen
app-upload-measuring-idle = De vertraging van je lijn wordt gemeten zonder belasting…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Videoverkeer wordt verstuurd: nog { $seconds } s. Ring Check ontvangt { $kbps } kbit/s.
app-upload-progress-label = Voortgang van de video-uploadtest
app-upload-chart-alt = Grafiek: wat Ring Check elke kwart seconde ontving vergeleken met de benodigde snelheid, en de vertraging van je lijn zonder en onder belasting.
app-upload-stopped = De uploadtest is gestopt
app-upload-stopped-what = De verbinding met Ring Check werd verbroken voordat de test klaar was. Controleer je verbinding en test opnieuw.
app-upload-no-websocket = Deze browser kan de uploadtest niet uitvoeren. Probeer een andere browser.
