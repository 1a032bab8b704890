### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
list-and = { $rest } and { $last }
list-or = { $rest } or { $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest } and { $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest }, and { $last }
# Joins the items before the last: "a, b".
list-comma = { $head }, { $next }
# Two sentences one after the other.
sentence-next = { $first } { $next }

## Features, verdicts and phones as a sentence names them

feature-notifications-in-sentence = motion and ding notifications
feature-phone-alerts-in-sentence = alerts on your phone
feature-live-view-in-sentence = Live View video
feature-two-way-audio-in-sentence = two-way audio
feature-software-updates-in-sentence = software updates
feature-clock-sync-in-sentence = clock sync
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = works
verdict-at-risk-in-sentence = at risk
verdict-blocked-in-sentence = blocked
verdict-not-tested-in-sentence = not tested
verdict-audience-everyone = Everyone
# "this browser runs on an Android phone"
phone-android = an Android phone
phone-iphone = an iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
part-on = { $part } on { $ports }
part-answered-by-something-else = { $part } (answered by something else on the way)
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
problem-blocked = { $subjects } { $count ->
        [one] is
       *[other] are
    } blocked
problem-partial = { $part } gets through on only { $got } of { $known } sampled ports
problem-none-of = { $part } gets through on none of { $known } sampled ports
problem-intercepted = { $part } is answered by something else on the way (a proxy, filter or sign-in page), not by the internet

## Each way through, on its line under the verdict

path-works = gets through
path-works-caveat = gets through, { $caveat }
path-degraded = gets through, but { $problems }
path-blocked = blocked: { $problems }
path-untested = could not be tested ({ $parts })
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }, { $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path }: { $problems }.

## Why a verdict is what it is

reason-every-port = Every port it needs gets through.
reason-weakened = { $problems }, so { $feature } may be delayed or fail.
reason-works = Works { $path }.
reason-works-caveat = Works { $path }, { $caveat }.
reason-works-weakened = Works { $path }, but { $problems }, so it may be delayed or fail.
reason-works-caveat-weakened = Works { $path }, { $caveat }, but { $problems }, so it may be delayed or fail.
reason-works-at-least = Works at least { $path }.
reason-works-at-least-weakened = Works at least { $path }, but { $problems }, so it may be delayed or fail.
reason-not-path = Not { $path }: { $problems }.
reason-untested-better = Whether it also works { $paths } could not be tested.
reason-untested-better-browser = Whether it also works { $paths } could not be tested: { reason-try-another-browser }.
reason-try-another-browser = this browser cannot run the UDP test (it has no WebRTC): run the check in another browser, such as Chrome, Firefox, Edge or Safari on a phone, to test it
reason-needs-another-browser = { reason-try-another-browser }.
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = { $feature } cannot work without { $parts }, and { $count ->
        [one] it is
       *[other] they are
    } blocked between your network and the internet.
reason-cannot-get-through = { $feature } cannot get through.
reason-also-blocked = { $problems } too, which can delay it or make it fail.
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }, so { $feature } may be delayed or fail; whether { $untested } { $count ->
        [one] gets
       *[other] get
    } through could not be tested.
reason-never-testable = { $feature } needs { $parts }, which this check cannot test. { $why }
reason-our-server-down = Ring Check's own test server for these ports was not answering during this check, so it cannot tell whether they are blocked. This is a problem on our side, not your network: please try again later.
reason-only-other-family = Nothing got through over { $documented }, which Ring's devices are documented to use (your network reached Ring Check only over { $other }), so this check cannot tell whether these ports are blocked.
reason-nothing-got-out = Your browser could not reach Ring Check's own test servers on any port, so this check cannot tell whether these ports are blocked.
reason-neither-could-test = Neither your browser nor our server could test the ports this needs, so this check cannot tell whether they are blocked.
reason-router-silent = Your router did not answer from the internet on any port, which is normal and safe, so this check cannot tell whether these ports are blocked.
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = Tested for { $audiences }.
reason-audiences-own = Tested for { $audiences }; yours first (this browser runs on { $phone }).
reason-audience = { $audience }: { $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = Your router keeps the same outside port for every destination, which is what Live View's audio and video need.
nat-endpoint-dependent = Your router gives each destination a different outside port (a "symmetric" NAT), so Live View may take longer to connect or fail on some networks; if it does, ask your router's maker or your provider about endpoint-independent mapping.

## IPv4 and IPv6

family-only-one-tested = This check reached your network over { $tested } only: Ring's devices are documented to use { $documented }, which this Ring Check server is not set up to test apart, so your Ring devices may see other results.
family-only-one-tested-planned = This check reached your network over { $tested } only, as your browser's own results did not arrive: Ring's devices are documented to use { $documented }, so they may see other results. Run the check again to test both.
family-only-other-reached = Your network reached Ring Check only over { $other }: nothing got through over { $documented }, which Ring's devices are documented to use, so this check cannot tell whether they can connect. { family-unreached-step }
family-unreached-step = Ask your internet provider whether your line has { $documented } internet access; if it does, something on your network blocks { $documented } entirely.
family-better-on-other = Your { $other } lets { $ports } through but your { $documented } does not, and { $documented } is what Ring's devices are documented to use: the verdicts are judged on { $documented }.
family-worse-on-other = Your { $other } blocks { $ports }, which your { $documented } lets through. Ring's devices are documented to use { $documented }, so this does not affect them today.
family-alike = Your network reached Ring Check over both { $documented } and { $other }, and both let the same Ring ports through. The verdicts are judged on { $documented }, which Ring's devices are documented to use.
family-would-work-on = On { $family } alone, { $features } would work.

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range } (all { $tested } ports tested)
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range } ({ $count } sampled ports: { $ports })
