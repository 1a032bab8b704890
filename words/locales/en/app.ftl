# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = Check your network
app-check-intro = Run it from a phone or computer on the same Wi-Fi as your Ring device, not on mobile data. It takes a few seconds.
app-check-button = Check my network
app-check-again = Check again
app-local-mode-notice = Local mode: this Ring Check server accepts private addresses, so it is testing the connection from this device to the server, not your home router.
app-status-starting = Starting the check…
app-status-running = Testing: { $done } of { $total } done
app-status-done = Check finished. Your results are below.
app-status-not-started = The check could not start.
app-status-not-finished = The check did not finish.
app-progress-label = Check progress

## The result

app-results-heading = Your results
app-each-way-through = Each way through
app-every-test = Every test
app-egress-unsaved = Your browser's results are shown in the table, but the report could not include them, so the verdicts and the share link use only the server's tests. Run the check again to include them.
app-own-servers-unreachable = Your browser could not reach Ring Check's own test servers on any port, so this check cannot tell whether your network blocks anything. The problem is more likely on our side than yours: please try again later.
app-no-webrtc = This browser cannot test UDP (it has no WebRTC), so Live View's direct video path could not be tested. For the full check, open Ring Check in another browser, such as Chrome, Firefox, Edge, or Safari on a phone.
app-local-mode-result = This check ran in local mode, on a private address: it describes this computer's connection to the Ring Check server, not a home router.
app-families-heading = IPv4 and IPv6
app-families-why = Why { $family }: { $note }

## The table of every test

app-table-caption-one-way = Outbound: your browser connecting out, as your Ring devices do. Inbound: Ring Check's server connecting back to your network.
app-table-caption = Outbound: your browser connecting out, as your Ring devices do. Inbound: Ring Check's server connecting back to your network. Each over IPv4 and IPv6: Ring's devices are documented to use IPv4.
app-column-port = Port
app-column-protocol = Protocol
app-column-used-for = Used for
app-column-outbound = Outbound
app-column-inbound = Inbound
app-column-meaning = What it means
app-not-reached = not reached
app-not-reached-why = Your browser did not reach Ring Check over this family, so there was no address to probe
app-not-testable = Not testable
app-not-testable-here = Not testable here
app-testing = Testing…
app-not-this-way = Not tested in this direction

## What to do

app-fix-heading = What to do
app-fix-nothing-got-out = Ring Check could not reach its own test servers from your browser, so this check cannot tell what to change. Please try again later. If it keeps happening on this network only, the network may let nothing but web pages through.
app-fix-nothing-to-change = Nothing this check found needs changing.
app-fix-still-stuck = If Live View still won't connect, share this result with Ring support.
app-fix-blocked = Blocked: { $ports }.
app-fix-affects = This affects { $features }.
app-fix-provider-may = If nothing on your side does this, your internet provider may: here is a message you can send them.
app-fix-check-router = Check your router.
app-fix-ask-provider = Ask your internet provider.
app-fix-here-is-a-message = Here is a message you can send them:
app-fix-before-you-change = Before you change anything:
app-provider-message-label = Message for your internet provider
app-copy-message = Copy the message
app-copied = Copied
app-copy-blocked = Your browser blocked copying. Select the text below and copy it.

## Sharing

app-share-heading = Share with Ring support
app-share-who-can-see = Anyone with this link can see this result until { $date }. Your address is partly hidden.
app-share-link-label = Link to this result
app-copy-link = Copy link for support
app-copy-text = Copy as text
app-copy-json = Copy as JSON
app-open-full-result = Open the full result in a new tab

## A shared report's page

app-report-loading = Loading the report…
app-report-heading = Ring Check result
app-report-checked-on = Checked on { $date } at { $time } UTC from { $address }.
app-new-check = Run a new check of your own network

## Errors: a short title, then what happened and what to do

app-try-again = Try again
app-run-again = Please run the check again.
app-error-not-public = Ring Check can't see your home's internet address
app-error-wait = Please wait a moment
app-error-in-progress = A check is already running
app-error-busy = Ring Check is busy right now
app-error-no-report = This report doesn't exist or has expired
app-error-bad-link = This link isn't a valid Ring Check link
app-error-bad-link-what = "{ $id }" is not a Ring Check id: ids are 22 letters, digits, '-' or '_'. Check the link: it may be cut short or mistyped.
app-error-server = Ring Check is having trouble
app-error-server-what = Please try again in a minute. If it keeps happening, contact Ring support and mention Ring Check.
app-error-other = Something went wrong
app-error-offline = Can't reach Ring Check
app-error-offline-what = Check that this phone or computer is online, then try again.
app-error-unexpected = Ring Check sent an answer it shouldn't have
app-error-unexpected-what = Please reload the page and try again.
app-error-lost = The connection was lost
app-error-lost-what = The check stopped sending results before it finished. Check your connection and run it again.
app-error-timed-out = The check took too long
app-error-timed-out-what = Ring Check did not finish in time; your connection may be very slow or interrupted. Please run it again.
app-error-check-failed = The check could not finish

## What each test means, in the table's last column

app-meaning-gets-out = Gets out
app-meaning-blocked-on-the-way-out = Blocked on the way out
app-meaning-some-ports-only = Gets out on some ports only: sessions on the others need Ring's relay
app-meaning-nothing-got-out = Nothing got out: can't tell
app-meaning-not-tested = Not tested
app-meaning-not-testable-in-this-browser = This browser cannot run this test (it has no WebRTC): run the check in another browser to test it
app-meaning-intercepted = Answered by something else on the way (a proxy, filter or sign-in page)
app-meaning-open-to-the-internet = Open to the internet
app-meaning-closed-to-the-internet = Closed to the internet: normal
app-meaning-not-blocked = Not blocked
app-meaning-blocked-by-a-firewall = Blocked by a firewall
app-meaning-no-reply = No reply: can't tell
app-meaning-router-silent = Your router stays silent: can't tell

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = reached
app-out-failed = couldn't connect
app-out-no-answer = no answer
app-out-intercepted = intercepted
app-out-not-tested = not tested
app-out-unsupported = not testable in this browser
app-in-open = open
app-in-closed = closed
app-in-filtered = filtered
app-in-unreachable = unreachable
app-in-open-or-filtered = open or filtered
app-in-not-tested = not tested
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = waited { $ms } ms

## The media range, tested by sample

app-sample-testing = { $done } of { $total } tested
app-sample-got-out = { $passed } of { $total } got out
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = { $count } ports sampled across { $range }, about one every { $every }

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = Motion and ding notifications
app-feature-phone-alerts = Alerts on your phone
app-feature-live-view = Live View video
app-feature-two-way-audio = Two-way audio
app-feature-software-updates = Software updates
app-feature-clock-sync = Clock sync
app-feature-ring-alarm = Ring Alarm
app-verdict-works = Works
app-verdict-at-risk = At risk
app-verdict-blocked = Blocked
app-verdict-not-tested = Not tested
app-overall-works = Your network lets Ring devices do their job.
app-overall-at-risk = Some Ring features may not work reliably on this network.
app-overall-blocked = Some Ring features are blocked on this network.
app-overall-unknown = This check could not tell whether the ports Ring needs are blocked.
app-audience-android = Android phones
app-audience-iphone = iPhones
app-interception = Something on your network answers in place of the real server on these ports: a web filter, parental controls, security software, or a Wi-Fi sign-in page. Ring devices cannot work through it: turn it off for your Ring devices (or sign in to the Wi-Fi), then run the check again.

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = Will Live View stream smoothly?
# $seconds: how long the test takes, about 14.
app-upload-intro = Open ports are half of it: Live View also needs your upload to carry a camera's video steadily while your line is busy. This test sends video-sized traffic to Ring Check for about { $seconds } seconds, and Ring Check counts what arrives and measures your line's delay.
app-upload-cameras = Cameras streaming at once
app-upload-button = Test video upload
app-upload-again = Test again
app-upload-measuring-idle = Measuring your line's delay while it is quiet…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = Sending video traffic: { $seconds } s left. Ring Check receives { $kbps } kbit/s.
app-upload-progress-label = Video upload test progress
app-upload-chart-alt = Chart: what Ring Check received every quarter second against the rate needed, and your line's delay while quiet and while busy.
app-upload-stopped = The upload test stopped
app-upload-stopped-what = The connection to Ring Check closed before the test ended. Check your connection and test again.
app-upload-no-websocket = This browser cannot run the upload test. Try another browser.
