# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Prüfen Sie Ihr Netzwerk
app-check-intro = Starten Sie den Test auf einem Smartphone oder Computer im selben Wi-Fi wie Ihr Ring-Gerät, nicht über mobile Daten. Das dauert nur wenige Sekunden.
app-check-button = Mein Netzwerk prüfen
app-check-again = Erneut prüfen
app-local-mode-notice = Lokaler Modus: Dieser Server von Ring Check akzeptiert private Adressen. Er testet daher die Verbindung von diesem Gerät zum Server, nicht Ihren Router zu Hause.
app-status-starting = Test wird gestartet…
app-status-running = Test läuft: { $done } von { $total } erledigt
app-status-done = Test abgeschlossen. Ihre Ergebnisse sehen Sie unten.
app-status-not-started = Der Test konnte nicht gestartet werden.
app-status-not-finished = Der Test wurde nicht abgeschlossen.
app-progress-label = Testfortschritt

## The result

app-results-heading = Ihre Ergebnisse
app-each-way-through = Jeder mögliche Verbindungsweg
app-every-test = Alle Tests
app-egress-unsaved = Die Ergebnisse Ihres Browsers stehen in der Tabelle, konnten aber nicht in den Bericht übernommen werden. Die Bewertungen und der Link zum Teilen beruhen daher nur auf den Tests des Servers. Starten Sie den Test erneut, um sie einzubeziehen.
app-own-servers-unreachable = Ihr Browser konnte die Testserver von Ring Check über keinen Port erreichen. Daher kann dieser Test nicht feststellen, ob Ihr Netzwerk etwas blockiert. Das Problem liegt eher bei uns als bei Ihnen: Bitte versuchen Sie es später noch einmal.
app-no-webrtc = Dieser Browser kann UDP nicht testen (er hat kein WebRTC). Deshalb konnte der direkte Videoweg von Live-Video nicht getestet werden. Für den vollständigen Test öffnen Sie Ring Check in einem anderen Browser, etwa Chrome, Firefox, Edge oder Safari auf dem Smartphone.
app-local-mode-result = Dieser Test lief im lokalen Modus mit einer privaten Adresse: Er beschreibt die Verbindung dieses Computers zum Server von Ring Check, nicht einen Router zu Hause.
app-families-heading = IPv4 und IPv6
app-families-why = Warum { $family }: { $note }

## The table of every test

app-table-caption-one-way = Ausgehend: Ihr Browser verbindet sich nach außen, so wie Ihre Ring-Geräte. Eingehend: Der Server von Ring Check verbindet sich zurück zu Ihrem Netzwerk.
app-table-caption = Ausgehend: Ihr Browser verbindet sich nach außen, so wie Ihre Ring-Geräte. Eingehend: Der Server von Ring Check verbindet sich zurück zu Ihrem Netzwerk. Jeweils über IPv4 und IPv6: Laut Ring nutzen Ring-Geräte IPv4.
app-column-port = Port
app-column-protocol = Protokoll
app-column-used-for = Genutzt für
app-column-outbound = Ausgehend
app-column-inbound = Eingehend
app-column-meaning = Bedeutung
app-not-reached = nicht erreicht
app-not-reached-why = Ihr Browser hat Ring Check über diese IP-Version nicht erreicht, daher gab es keine Adresse zum Testen
app-not-testable = Nicht testbar
app-not-testable-here = Hier nicht testbar
app-testing = Wird getestet…
app-not-this-way = In dieser Richtung nicht getestet

## What to do

app-fix-heading = Was Sie tun können
app-fix-nothing-got-out = Ring Check konnte seine eigenen Testserver von Ihrem Browser aus nicht erreichen. Daher kann dieser Test nicht sagen, was Sie ändern sollten. Bitte versuchen Sie es später noch einmal. Passiert das immer wieder und nur in diesem Netzwerk, lässt das Netzwerk vielleicht nur Webseiten durch.
app-fix-nothing-to-change = Dieser Test hat nichts gefunden, was Sie ändern müssten.
app-fix-still-stuck = Wenn Live-Video trotzdem keine Verbindung aufbaut, teilen Sie dieses Ergebnis mit dem Ring-Kundendienst.
app-fix-blocked = Blockiert: { $ports }.
app-fix-affects = Betroffen: { $features }.
app-fix-provider-may = Wenn die Ursache nicht bei Ihnen liegt, ist es vielleicht Ihr Internetanbieter: Hier ist eine Nachricht, die Sie ihm senden können.
app-fix-check-router = Prüfen Sie Ihren Router.
app-fix-ask-provider = Fragen Sie Ihren Internetanbieter.
app-fix-here-is-a-message = Hier ist eine Nachricht, die Sie ihm senden können:
app-fix-before-you-change = Bevor Sie etwas ändern:
app-provider-message-label = Nachricht an Ihren Internetanbieter
app-copy-message = Nachricht kopieren
app-copied = Kopiert
app-copy-blocked = Ihr Browser hat das Kopieren blockiert. Markieren Sie den Text unten und kopieren Sie ihn.

## Sharing

app-share-heading = Mit dem Ring-Kundendienst teilen
app-share-who-can-see = Jeder mit diesem Link kann dieses Ergebnis bis zum { $date } sehen. Ihre Adresse ist teilweise verborgen.
app-share-link-label = Link zu diesem Ergebnis
app-copy-link = Link für Kundendienst kopieren
app-copy-text = Als Text kopieren
app-copy-json = Als JSON kopieren
app-open-full-result = Vollständiges Ergebnis in neuem Tab öffnen

## A shared report's page

app-report-loading = Bericht wird geladen…
app-report-heading = Ergebnis von Ring Check
app-report-checked-on = Geprüft am { $date } um { $time } UTC von { $address } aus.
app-new-check = Prüfen Sie Ihr eigenes Netzwerk

## Errors: a short title, then what happened and what to do

app-try-again = Erneut versuchen
app-run-again = Bitte starten Sie den Test erneut.
app-error-not-public = Ring Check kann die Internetadresse Ihres Zuhauses nicht sehen
app-error-wait = Bitte warten Sie einen Moment
app-error-in-progress = Es läuft bereits ein Test
app-error-busy = Ring Check ist gerade ausgelastet
app-error-no-report = Dieser Bericht existiert nicht oder ist abgelaufen
app-error-bad-link = Das ist kein gültiger Link von Ring Check
app-error-bad-link-what = „{ $id }“ ist keine ID von Ring Check: IDs bestehen aus 22 Buchstaben, Ziffern, „-“ oder „_“. Prüfen Sie den Link: Er ist vielleicht unvollständig oder falsch geschrieben.
app-error-server = Ring Check hat ein Problem
app-error-server-what = Bitte versuchen Sie es in einer Minute erneut. Wenn das Problem bleibt, wenden Sie sich an den Ring-Kundendienst und erwähnen Sie Ring Check.
app-error-other = Etwas ist schiefgelaufen
app-error-offline = Ring Check ist nicht erreichbar
app-error-offline-what = Prüfen Sie, ob dieses Smartphone oder dieser Computer online ist, und versuchen Sie es dann erneut.
app-error-unexpected = Ring Check hat eine unerwartete Antwort gesendet
app-error-unexpected-what = Bitte laden Sie die Seite neu und versuchen Sie es erneut.
app-error-lost = Die Verbindung wurde unterbrochen
app-error-lost-what = Der Test hat vor dem Ende keine Ergebnisse mehr gesendet. Prüfen Sie Ihre Verbindung und starten Sie ihn erneut.
app-error-timed-out = Der Test hat zu lange gedauert
app-error-timed-out-what = Ring Check wurde nicht rechtzeitig fertig. Ihre Verbindung ist vielleicht sehr langsam oder unterbrochen. Bitte starten Sie den Test erneut.
app-error-check-failed = Der Test konnte nicht abgeschlossen werden

## What each test means, in the table's last column

app-meaning-gets-out = Gelangt nach außen
app-meaning-blocked-on-the-way-out = Ausgehend blockiert
app-meaning-some-ports-only = Gelangt nur über einige Ports nach außen: Sitzungen über die übrigen brauchen die Relay-Server von Ring
app-meaning-nothing-got-out = Nichts gelangte nach außen: keine Aussage möglich
app-meaning-not-tested = Nicht getestet
app-meaning-not-testable-in-this-browser = Dieser Browser kann diesen Test nicht ausführen (er hat kein WebRTC): Starten Sie den Test dafür in einem anderen Browser
app-meaning-intercepted = Unterwegs hat etwas anderes geantwortet (ein Proxy, ein Filter oder eine Anmeldeseite)
app-meaning-open-to-the-internet = Zum Internet hin offen
app-meaning-closed-to-the-internet = Zum Internet hin geschlossen: normal
app-meaning-not-blocked = Nicht blockiert
app-meaning-blocked-by-a-firewall = Von einer Firewall blockiert
app-meaning-no-reply = Keine Antwort: keine Aussage möglich
app-meaning-router-silent = Ihr Router bleibt stumm: keine Aussage möglich

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = erreicht
app-out-failed = Verbindung fehlgeschlagen
app-out-no-answer = keine Antwort
app-out-intercepted = abgefangen
app-out-not-tested = nicht getestet
app-out-unsupported = in diesem Browser nicht testbar
app-in-open = offen
app-in-closed = geschlossen
app-in-filtered = gefiltert
app-in-unreachable = nicht erreichbar
app-in-open-or-filtered = offen oder gefiltert
app-in-not-tested = nicht getestet
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms gewartet

## The media range, tested by sample

app-sample-testing = { $done } von { $total } getestet
app-sample-got-out = { $passed } von { $total } nach außen gelangt
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = Stichprobe: { $count } der Ports { $range }, im Abstand von etwa { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Bewegungs- und Klingelbenachrichtigungen
app-feature-phone-alerts = Benachrichtigungen auf Ihrem Smartphone
app-feature-live-view = Live-Video
app-feature-two-way-audio = Gegensprechfunktion
app-feature-software-updates = Software-Updates
app-feature-clock-sync = Zeitabgleich
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Funktioniert
app-verdict-at-risk = Gefährdet
app-verdict-blocked = Blockiert
app-verdict-not-tested = Nicht getestet
app-overall-works = Ihr Netzwerk lässt Ring-Geräte ihre Arbeit tun.
app-overall-at-risk = Einige Ring-Funktionen arbeiten in diesem Netzwerk möglicherweise nicht zuverlässig.
app-overall-blocked = Einige Ring-Funktionen sind in diesem Netzwerk blockiert.
app-overall-unknown = Dieser Test konnte nicht feststellen, ob die Ports, die Ring braucht, blockiert sind.
app-audience-android = Android-Smartphones
app-audience-iphone = iPhones
app-interception = Etwas in Ihrem Netzwerk antwortet auf diesen Ports anstelle des echten Servers: ein Webfilter, eine Kindersicherung, eine Sicherheitssoftware oder eine Wi-Fi-Anmeldeseite. Ring-Geräte können so nicht arbeiten: Schalten Sie es für Ihre Ring-Geräte aus (oder melden Sie sich im Wi-Fi an) und führen Sie den Test dann erneut aus.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = Läuft Live-Video flüssig?
# $seconds: how long the test takes, about 14.
app-upload-intro = Offene Ports sind nur die halbe Miete: Live-Video braucht auch einen Upload, der das Video einer Kamera zuverlässig überträgt, während Ihre Leitung unter Last steht. Dieser Test sendet etwa { $seconds } Sekunden lang Daten im Umfang eines Videos an Ring Check. Ring Check zählt, was ankommt, und misst die Verzögerung Ihrer Leitung.
app-upload-cameras = Gleichzeitig streamende Kameras
app-upload-button = Video-Upload testen
app-upload-again = Erneut testen
app-upload-measuring-idle = Die Verzögerung Ihrer Leitung ohne Last wird gemessen…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Videodaten werden gesendet: noch { $seconds } s. Ring Check empfängt { $kbps } kbit/s.
app-upload-progress-label = Fortschritt des Video-Upload-Tests
app-upload-chart-alt = Diagramm: was Ring Check in jeder Viertelsekunde empfangen hat, verglichen mit der nötigen Rate, und die Verzögerung Ihrer Leitung ohne Last und unter Last.
app-upload-stopped = Der Upload-Test wurde abgebrochen
app-upload-stopped-what = Die Verbindung zu Ring Check wurde vor dem Ende des Tests getrennt. Prüfen Sie Ihre Verbindung und testen Sie erneut.
app-upload-no-websocket = Dieser Browser kann den Upload-Test nicht ausführen. Versuchen Sie es mit einem anderen Browser.
