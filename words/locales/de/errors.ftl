# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

# de: every message says "warten Sie { $wait }", so the waits are in the accusative.
wait-seconds = { $seconds ->
    [one] 1 Sekunde
   *[other] { $seconds } Sekunden
}
wait-minutes = { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
}
wait-hours = { $hours ->
    [one] eine Stunde
   *[other] { $hours } Stunden
}

## Why an address may not be tested, finishing "your request came from X, …"

# de: appositions to "kam von { $address }, …", so in the dative.
not-public-unspecified = einer unspezifizierten Adresse
not-public-loopback = einer Loopback-Adresse, die dasselbe Gerät bezeichnet, auf dem Ring Check läuft
not-public-private = einer privaten Adresse (aus einem Heim- oder Büronetzwerk)
not-public-shared-cgnat = einer Carrier-Grade-NAT-Adresse, die sich viele Kunden Ihres Internetanbieters teilen
not-public-link-local = einer Link-Local-Adresse
not-public-documentation = einer für Dokumentation reservierten Adresse
not-public-benchmarking = einer für Netzwerk-Benchmarks reservierten Adresse
not-public-multicast = einer Multicast-Adresse
not-public-reserved = einer reservierten Adresse
not-public-unique-local = einer privaten IPv6-Adresse (Unique Local)
not-public-tunnel = der Adresse eines Tunnels (6to4 oder Teredo), die das Netzwerk dahinter verbirgt
not-public-site-local = einer privaten IPv6-Adresse (Site-Local)

## Refusals

error-unknown-endpoint = Unter { $path } gibt es keinen API-Endpunkt. Prüfen Sie die Adresse; die API ist unter /api/openapi.json beschrieben.
error-method-not-allowed = { $method } ist hier nicht erlaubt. Verwenden Sie die Methode, die für diesen Endpunkt dokumentiert ist.
error-payload-too-large = Der Inhalt der Anfrage ist zu groß. Senden Sie höchstens einige Kilobyte JSON.
error-timeout = Der Server hat zu lange für die Antwort gebraucht. Bitte versuchen Sie es gleich noch einmal.
error-unreadable = Die Anfrage konnte nicht verarbeitet werden: { $detail }
error-invalid-start-body = Der Inhalt der Anfrage muss leer oder {"{}"} sein: { $detail }. Ring Check testet immer die Adresse, von der Ihre Anfrage kommt, daher müssen Sie nichts senden.
error-unsupported-media-type = Senden Sie den Inhalt der Anfrage als JSON (Content-Type: application/json) oder senden Sie keinen Inhalt.
error-invalid-address-body = Der Inhalt der Anfrage muss {"{"}"token": "…"{"}"} mit dem Token des Tests sein: { $detail }.
error-no-families = Dieser Server von Ring Check testet nur eine IP-Version, daher gibt es keine weitere Adresse, die zu einem Test hinzugefügt werden könnte.
error-address-wrong-token = Dieses Token gehört nicht zu diesem Test. Starten Sie den Test auf dieser Seite erneut.
error-address-other-page = Diese Anfrage kommt nicht von der Seite, die den Test gestartet hat, daher wird ihre Adresse nicht hinzugefügt. Starten Sie den Test direkt auf der Seite von Ring Check.
error-address-too-late = Dieser Test ist schon zu weit fortgeschritten, um Ihre Adresse in einer weiteren IP-Version hinzuzufügen. Starten Sie einen neuen Test, um sie einzubeziehen.
error-target-not-public = Ring Check kann nur eine öffentliche Internetadresse testen, aber Ihre Anfrage kam von { $address }, { $why }. Das passiert, wenn Ring Check auf demselben Gerät oder im selben Netzwerk läuft wie Sie oder wenn ein VPN oder Proxy Ihre öffentliche Adresse verbirgt. Schalten Sie ein aktives VPN oder einen Proxy aus und öffnen Sie Ring Check im selben Wi-Fi wie Ihr Ring-Gerät.
error-not-through-proxy = Diese Anfrage hat Ring Check direkt erreicht statt über die Webadresse, unter der es veröffentlicht ist. Daher kann Ring Check nicht feststellen, welche Adresse getestet werden soll. Öffnen Sie Ring Check unter seiner üblichen Adresse. (Wenn Sie diesen Server betreiben: Lassen Sie nur Ihren Proxy seinen Hauptport erreichen.)
error-cross-site-start = Ein Test kann nur auf der Seite von Ring Check selbst gestartet werden. Wenn Sie die API aus einem Programm aufrufen, senden Sie die Anfrage mit Content-Type: application/json.
error-wrong-host = Dieser Server von Ring Check läuft im lokalen Modus und antwortet nur unter localhost oder 127.0.0.1. Öffnen Sie ihn unter einer dieser Adressen.
error-check-in-progress = Ein Test Ihres Netzwerks läuft bereits. Warten Sie, bis er abgeschlossen ist (wenige Sekunden), und versuchen Sie es dann erneut.
error-network-busy = Gerade laufen viele Tests aus Ihrem Netzwerk. Bitte versuchen Sie es in ein paar Sekunden erneut.
error-storage-full = Ring Check kann gerade keine neuen Ergebnisse speichern. Bitte versuchen Sie es später erneut; Ergebnisse, zu denen Sie einen Link erhalten haben, sind weiterhin verfügbar.
error-rate-limited = Sie haben in kurzer Zeit mehrere Tests gestartet. Bitte warten Sie { $wait } und versuchen Sie es dann erneut.
error-network-rate-limited = Aus Ihrem Netzwerk kamen zuletzt viele Tests. Bitte warten Sie { $wait } und versuchen Sie es dann erneut.
error-network-daily-limit = Ihr Netzwerk hat in den letzten 24 Stunden { $limit } Berichte von Ring Check gespeichert, so viele, wie dieser Server für ein Netzwerk pro Tag aufbewahrt. Bitte warten Sie { $wait } und versuchen Sie es dann erneut. Die bereits gespeicherten Berichte bleiben über ihre Links abrufbar.
error-server-busy = Ring Check ist gerade stark ausgelastet. Bitte warten Sie { $wait } und versuchen Sie es dann erneut.
error-lookup-rate-limited = Sie haben in kurzer Zeit viele Berichte von Ring Check geöffnet. Bitte warten Sie { $wait } und öffnen Sie diesen Bericht dann erneut.
error-invalid-id = „{ $id }“ ist keine ID von Ring Check: IDs bestehen aus 22 Buchstaben, Ziffern, „-“ oder „_“. Prüfen Sie den Link: Er ist vielleicht unvollständig oder falsch geschrieben.
error-check-not-found = Es gibt keinen Test mit dieser ID. Vielleicht wurde sie falsch geschrieben, oder der Test ist längst beendet: Sein Bericht ist, falls vorhanden, unter /api/reports/{"{"}id{"}"} abrufbar.
error-report-not-found = Es gibt keinen Bericht mit dieser ID. Berichte werden nur eine begrenzte Zeit aufbewahrt, daher ist der Link vielleicht abgelaufen oder falsch geschrieben. Starten Sie einen neuen Test, um einen neuen Link zu erhalten.
error-egress-wrong-token = Diese Browser-Ergebnisse gehören nicht zu diesem Test. Starten Sie den Test auf dieser Seite erneut.
error-egress-invalid = Die Browser-Ergebnisse konnten nicht verarbeitet werden: { $detail }.
error-egress-already-submitted = Dieser Test hat seine Browser-Ergebnisse bereits erhalten; sie werden nur einmal pro Test gesendet.
error-egress-too-late = Dieser Test ist schon zu lange beendet, um noch Browser-Ergebnisse hinzuzufügen. Starten Sie einen neuen Test, um sie einzubeziehen.
error-report-unavailable = Die Ergebnisse Ihres Browsers wurden gespeichert, aber der Test endete ohne einen Bericht, in dem sie angezeigt werden könnten. Bitte starten Sie den Test erneut.
error-report-pending = Die Ergebnisse Ihres Browsers wurden gespeichert, aber der Bericht des Tests war nicht in der Zeit fertig, die diese Anfrage warten darf (der Test läuft vielleicht noch). Sie finden ihn mit Ihren Ergebnissen unter dem Link des Berichts: Öffnen Sie ihn in einer Minute. Sie müssen die Ergebnisse nicht erneut senden.
error-oembed-without-url = Die Anfrage konnte nicht verarbeitet werden: Geben Sie die einzubettende Seite als ?url=… an (die Startseite oder einen Link /r/{"{"}id{"}"})
error-no-usable-host = Die Anfrage konnte nicht verarbeitet werden: Die Anfrage hat keinen verwendbaren Host-Header
error-oembed-format = oEmbed gibt es nur als JSON (format=json), nicht als „{ $format }“.
error-no-embed = Unter { $url } gibt es nichts einzubetten: Geben Sie die Startseite dieses Servers von Ring Check oder einen Ergebnislink /r/{"{"}id{"}"} an.
error-store-unavailable = Ring Check kann seine Berichtsdatenbank gerade nicht erreichen und daher keinen Test starten. Bitte versuchen Sie es in einer Minute erneut.
error-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut; wenn das weiterhin passiert, wenden Sie sich an den Kundendienst.

## A check that ended without a report, as its event stream says

check-failed-stopped = Der Test wurde unerwartet abgebrochen. Bitte führen Sie ihn erneut aus.
check-failed-not-saved = Der Test ist abgeschlossen, aber die Ergebnisse konnten nicht gespeichert werden, daher gibt es keinen Link zum Teilen. Bitte führen Sie den Test in einer Minute erneut aus.
check-failed-server-gone = Der Server, der diesen Test ausgeführt hat, wurde vor dem Ende beendet. Bitte führen Sie den Test erneut aus.
check-failed-unreadable = Die Ergebnisse des Tests konnten nicht gelesen werden. Bitte führen Sie den Test erneut aus.
check-failed-report-unreadable = Der Test ist abgeschlossen und der Bericht wurde gespeichert, kann aber gerade nicht gelesen werden. Öffnen Sie { $path } in einer Minute, um ihn zu sehen.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = Dieser Server von Ring Check ist nicht dafür eingerichtet, { $port } von Ihrem Browser aus zu testen.
plan-unavailable-needs-rights = Dieser Server von Ring Check kann auf { $port } nicht auf Verbindungen warten (dafür sind Administratorrechte nötig), daher kann Ihr Browser diesen Port hier nicht testen.
plan-unavailable-in-use = Dieser Server von Ring Check kann auf { $port } nicht auf Verbindungen warten (ein anderes Programm verwendet den Port), daher kann Ihr Browser diesen Port hier nicht testen.
plan-unavailable-cannot-open = Dieser Server von Ring Check kann auf { $port } nicht auf Verbindungen warten (der Port ließ sich nicht öffnen), daher kann Ihr Browser diesen Port hier nicht testen.
plan-unavailable-not-answering = Der Testserver von Ring Check für { $port } antwortet gerade nicht, daher kann Ihr Browser diesen Port hier nicht testen. Das Problem liegt bei uns, nicht an Ihrem Netzwerk.
plan-unavailable-busy = Der Testserver von Ring Check für { $port } ist gerade überlastet (er weist Anfragen ab), daher kann Ihr Browser diesen Port hier nicht testen. Das Problem liegt bei uns, nicht an Ihrem Netzwerk.
plan-unavailable-not-tested = In diesem Test nicht vom Browser getestet.

## The video upload test

error-upload-in-progress = Aus Ihrem Netzwerk läuft bereits ein Video-Upload-Test. Warten Sie, bis er fertig ist (etwa 15 Sekunden), und versuchen Sie es dann erneut.
error-upload-network-busy = Aus Ihrem Netzwerk laufen gerade andere Video-Upload-Tests. Bitte versuchen Sie es in einer Minute erneut.
error-upload-busy = Ring Check nimmt gerade so viel Video an, wie es kann. Bitte versuchen Sie es in { $wait } erneut.
error-upload-streams = Ein Video-Upload-Test sendet 1 bis { $most } Streams gleichzeitig.
error-upload-not-found = Dieser Video-Upload-Test ist beendet oder hat nie begonnen. Starten Sie ihn erneut auf der Ergebnisseite.
error-upload-not-yours = Dieses Ergebnis stammt nicht aus einem Test dieses Browsers, oder es ist abgelaufen: Führen Sie den Test erneut aus und danach den Video-Upload-Test.
error-upload-rate-limited = Sie haben in kurzer Zeit mehrere Video-Upload-Tests ausgeführt. Bitte warten Sie { $wait } und versuchen Sie es dann erneut.
error-upload-network-rate-limited = Aus Ihrem Netzwerk wurden in letzter Zeit viele Video-Upload-Tests ausgeführt. Bitte warten Sie { $wait } und versuchen Sie es dann erneut.
