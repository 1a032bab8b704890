# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

wait-seconds = { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}
wait-minutes = { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}
wait-hours = { $hours ->
    [one] an hour
   *[other] { $hours } hours
}

## Why an address may not be tested, finishing "your request came from X, …"

not-public-unspecified = an unspecified address
not-public-loopback = a loopback address, which means the same machine as Ring Check
not-public-private = a private (home or office network) address
not-public-shared-cgnat = a carrier-grade NAT address, shared by many customers of your provider
not-public-link-local = a link-local address
not-public-documentation = an address reserved for documentation
not-public-benchmarking = an address reserved for network benchmarking
not-public-multicast = a multicast address
not-public-reserved = a reserved address
not-public-unique-local = a private (unique local) IPv6 address
not-public-tunnel = a tunnel's address (6to4 or Teredo), which hides the network behind it
not-public-site-local = a private (site-local) IPv6 address

## Refusals

error-unknown-endpoint = There is no API endpoint at { $path }. Check the address; the API is described at /api/openapi.json.
error-method-not-allowed = { $method } is not allowed here. Use the method this endpoint documents.
error-payload-too-large = The request body is too large. Send at most a few kilobytes of JSON.
error-timeout = The server took too long to answer. Please try again in a moment.
error-unreadable = The request could not be used: { $detail }
error-invalid-start-body = The request body must be empty or {"{}"}: { $detail }. Ring Check always tests the address your request comes from, so there is nothing to send.
error-unsupported-media-type = Send the request body as JSON (Content-Type: application/json), or send no body.
error-invalid-address-body = The request body must be {"{"}"token": "…"{"}"} with the check's token: { $detail }.
error-no-families = This Ring Check server tests one address family only, so there is no other address to add to a check.
error-address-wrong-token = This token does not belong to this check. Run the check again from this page.
error-address-other-page = This request does not come from the page that started the check, so its address is not added to it. Run the check from the Ring Check page itself.
error-address-too-late = This check is too far along to add your address in another family. Run a new check to include it.
error-target-not-public = Ring Check can only test a public internet address, and your request came from { $address }, { $why }. This happens when Ring Check runs on the same machine or network as you, or when a VPN or proxy hides your public address. Turn off any VPN or proxy and open Ring Check on the Wi-Fi your Ring device uses.
error-not-through-proxy = This request reached Ring Check directly instead of through the web address it is published at, so Ring Check cannot tell which address to test. Open Ring Check at its usual address. (If you run this server: let only your proxy reach its main port.)
error-cross-site-start = A check can only be started from the Ring Check page itself. If you are calling the API from a program, send the request with Content-Type: application/json.
error-wrong-host = This Ring Check runs in local mode and answers only at localhost or 127.0.0.1. Open it by that address.
error-check-in-progress = A check of your network is already running. Wait for it to finish (a few seconds), then try again.
error-network-busy = Many checks from your network are running right now. Please try again in a few seconds.
error-storage-full = Ring Check cannot store new results right now. Please try again later; results you were sent links to are still there.
error-rate-limited = You have started several checks in a short time. Please wait { $wait } and try again.
error-network-rate-limited = Many checks have come from your network lately. Please wait { $wait } and try again.
error-network-daily-limit = Your network has saved { $limit } Ring Check reports in the last day, as many as this server keeps for one network in a day. Please try again in { $wait }. The reports already saved stay readable from their links.
error-server-busy = Ring Check is very busy right now. Please try again in { $wait }.
error-lookup-rate-limited = You have opened many Ring Check reports in a short time. Please wait { $wait } and open this one again.
error-invalid-id = "{ $id }" is not a Ring Check id: ids are 22 letters, digits, '-' or '_'. Check the link: it may be cut short or mistyped.
error-check-not-found = There is no check with this id. It may have been mistyped, or it finished long ago: its report, if any, is at /api/reports/{"{"}id{"}"}.
error-report-not-found = There is no report with this id. Reports are kept for a limited time, so the link may have expired, or it may be mistyped. Run a new check to get a fresh link.
error-egress-wrong-token = These browser results do not belong to this check. Run the check again from this page.
error-egress-invalid = The browser results could not be used: { $detail }.
error-egress-already-submitted = This check already has its browser results; they are sent once per check.
error-egress-too-late = This check finished too long ago to add browser results. Run a new check to include them.
error-report-unavailable = Your browser's results were saved, but the check ended without a report to show them in. Please run the check again.
error-report-pending = Your browser's results were saved, but the check's report was not ready in the time this request may wait (the check may still be running). It will be at the report's link, with your results: open it in a minute. There is no need to send the results again.
error-oembed-without-url = The request could not be used: give the page to embed as ?url=… (the home page or a /r/{"{"}id{"}"} link)
error-no-usable-host = The request could not be used: the request has no usable Host header
error-oembed-format = oEmbed is offered as JSON only (format=json), not "{ $format }".
error-no-embed = There is nothing to embed at { $url }: give this Ring Check server's home page or a /r/{"{"}id{"}"} result link.
error-store-unavailable = Ring Check cannot reach its report database right now, so it cannot start a check. Please try again in a minute.
error-internal = Something went wrong on our side. Please try again; if it keeps happening, contact support.

## A check that ended without a report, as its event stream says

check-failed-stopped = The check stopped unexpectedly. Please run it again.
check-failed-not-saved = The check finished but its results could not be saved, so there is no link to share. Please run the check again in a minute.
check-failed-server-gone = The server running this check stopped before it finished. Please run the check again.
check-failed-unreadable = The check's results could not be read. Please run the check again.
check-failed-report-unreadable = The check finished and its report was saved, but it could not be read just now. Open { $path } in a minute to see it.

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = This Ring Check server is not set up to test { $port } from your browser.
plan-unavailable-needs-rights = This Ring Check server cannot listen on { $port } (it needs administrator rights), so your browser cannot test it here.
plan-unavailable-in-use = This Ring Check server cannot listen on { $port } (another program is using it), so your browser cannot test it here.
plan-unavailable-cannot-open = This Ring Check server cannot listen on { $port } (it could not be opened), so your browser cannot test it here.
plan-unavailable-not-answering = Ring Check's own test server for { $port } is not answering right now, so your browser cannot test this port here. This is a problem on our side, not your network.
plan-unavailable-busy = Ring Check's own test server for { $port } is too busy right now (it is turning requests away), so your browser cannot test this port here. This is a problem on our side, not your network.
plan-unavailable-not-tested = Not tested from the browser in this check.

## The video upload test

error-upload-in-progress = A video upload test from your network is already running. Wait for it to finish (about 15 seconds), then try again.
error-upload-network-busy = Other video upload tests from your network are running right now. Please try again in a minute.
error-upload-busy = Ring Check is taking in as much video as it can right now. Please try again in { $wait }.
error-upload-streams = A video upload test sends 1 to { $most } streams at once.
error-upload-not-found = This video upload test has ended or never started. Start it again from the results page.
error-upload-not-yours = This result is not one this browser checked, or it has expired: run the check again, then the video upload test.
error-upload-rate-limited = You have run several video upload tests in a short time. Please wait { $wait } and try again.
error-upload-network-rate-limited = Many video upload tests have run from your network lately. Please wait { $wait } and try again.
