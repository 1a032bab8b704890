### The video upload test: what the server measured, and what it means for Live View.

upload-title = Live View video upload
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] One camera's Live View video at { $target } kbit/s
       *[other] { $streams } cameras' Live View video at { $target } kbit/s each
    }
upload-verdict-works = { $rise ->
        [0] Your upload carries it steadily: every second of the test held the rate, and the line's delay did not rise while it was busy.
       *[other] Your upload carries it steadily: every second of the test held the rate, and the line's delay rose only { $rise } ms while it was busy.
    }
upload-verdict-lags = Your upload holds the rate, but the line's delay rose from { $idle } ms to { $loaded } ms while it was busy: Live View may lag behind, and two-way audio with it.
upload-verdict-dips = Your upload held the rate in only { $held } of { $seconds } seconds: Live View may drop to a lower quality now and then.
upload-verdict-short = Your upload carried { $kbps } kbit/s of the { $target } kbit/s one camera needs: Live View falls to a lower quality, or freezes.
upload-best = At most, the line carried { $best } kbit/s.
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = Your line's delay: { $idle } ms when quiet and { $loaded } ms while busy (nine round trips in ten under { $idle90 } ms and { $loaded90 } ms).
upload-no-round-trips = The line's delay could not be measured, so whether Live View lags is not known.
upload-scope = This measures this phone's or computer's way to the internet, not your camera's Wi-Fi: run it near the camera, on the camera's Wi-Fi.
upload-fix-others = Pause other uploads while you watch (cloud photo backups, video calls, game downloads on the same line).
upload-fix-qos = If your router offers Smart Queue Management (SQM) or QoS, turn it on: it keeps the line's delay low while it is busy.
upload-fix-plan = If your line cannot carry the rate at all, ask your internet provider about a plan with more upload speed.
# The source of the target rate, said beside it.
upload-target-note = Ring publishes no bitrate per camera: { $target } kbit/s is Ring Check's own figure for smooth 1080p video.

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Received by Ring Check, kbit/s
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = Needed: { $target } kbit/s
upload-chart-warmup = warm-up
upload-chart-hold = at the rate
upload-chart-ramp = beyond it
upload-chart-round-trip = Round trip, ms
upload-chart-idle = idle
upload-chart-busy = busy
