# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Ring devices use your internet connection to send video and audio, to send Alarm notifications (when the Base Station is not on cellular backup), to keep your phone connected to them, and to receive software updates.
catalogue-wifi-summary = Ring Alarm supports WPA2 Personal, with encryption types TKIP, AES or TKIP + AES. Ring Alarm does not support WPA2 Enterprise.

## The groups of the port table

group-core-services-title = Core internet services
group-core-services-summary = These are well-known ports and it is unlikely that your device will have trouble reaching them.
group-app-connection-title = Staying connected to the Ring app
group-app-connection-summary = Keeps a path open between your Ring device and the Ring app, so the app can reach the device when you open it.
group-live-view-title = Live View video and two-way audio
group-live-view-summary = Live View is set up through Ring's socket (older devices use SIP), then audio and video flow over UDP; where UDP cannot get out, Ring's relay servers carry them instead.
group-phone-alerts-title = Alerts on your phone
group-phone-alerts-summary = Motion and ding alerts reach your phone through Google's or Apple's push service, over the phone's own connection to it.
group-ring-app-title = The Ring app on your phone
group-ring-app-summary = Ports the Ring app listens on. Behind a home router these are normally closed to the internet, and that is fine.

## Who uses a port

device-video-doorbell = Video Doorbells
device-security-camera = Security Cameras
device-alarm-base-station = Alarm Base Station
device-ring-app = Ring app
device-android-phone = Android phones
device-iphone = iPhones

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = Plain web requests from doorbells and cameras to Ring's services.
entry-http-when-blocked = The device may fail to reach some of Ring's services, such as software downloads.
entry-http-note-1 = Not applicable to the Ring Alarm Base Station.

## HTTPS

entry-https-purpose = Encrypted connections to Ring's cloud: set-up, events, notifications and software updates.
entry-https-when-blocked = The device can't reach Ring: it shows as offline, and notifications, recordings and updates stop.
entry-https-note-1 = Current Ring devices also set up Live View through their socket connection on this port (or 9002).
entry-https-note-2 = Ring's WebRTC signals over a WebSocket on this port, and offers its relay servers over TLS here when UDP cannot get out.
entry-https-note-3 = iPhones fall back to this port for push alerts on Wi-Fi when TCP 5223 is blocked.

## DNS

entry-dns-purpose = Looks up the addresses of Ring's servers by name.
entry-dns-when-blocked = The device can't find Ring's servers and shows as offline.
entry-dns-not-testable = Browsers refuse to connect to port 53. If websites load on this network, DNS is almost certainly working.

## NTP

entry-ntp-purpose = Keeps the device's clock right; secure connections and event times depend on it.
entry-ntp-when-blocked = The clock drifts: event times can be wrong and secure connections can fail.
entry-ntp-not-testable = Browsers refuse to use port 123, and web pages cannot send NTP traffic.

## Ring control

entry-ring-control-purpose = The device's control connection to Ring's services (plain TCP 8557 in the article).
entry-ring-control-when-blocked = Motion and ding notifications and settings changes can be delayed or lost.

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Maintains the communication path between the Ring device and your mobile device.
entry-ring-socket-service-when-blocked = The app may not reach the device: Live View requests and notifications can fail or arrive late.

## Live View set-up (SIP)

entry-sip-purpose = Sets up Live View video with the Session Initiation Protocol (SIP), on older devices and firmware.
entry-sip-when-blocked = The device can't answer Live View requests from your phone: you may still get motion notifications (or dings from a doorbell) but can't connect to the video.
entry-sip-note-1 = Ring's current article no longer names SIP: current devices set up Live View through the socket on TCP 443 or 9002.
entry-sip-note-2 = With Ring Edge on an Alarm Pro base station, Live View can go to the base station's local address on 15064, so Wi-Fi client isolation or separate networks for cameras and phones break it; a check from the internet cannot see that.

## Live View socket

entry-live-view-socket-purpose = Carries the socket connection that sets up Live View on current Ring devices, beside TCP 443.
entry-live-view-socket-when-blocked = Live View is set up over TCP 443 instead; if that is blocked too, current devices cannot start Live View.
entry-live-view-socket-note-1 = Not in the 2019 article: Ring's current article names it, with 443, for the Live View socket.

## Audio and video (RTP)

entry-media-purpose = Carries Live View video and two-way audio.
entry-media-when-blocked = Live View starts but shows no video, or the picture and two-way audio stall, unless Ring's relay servers can carry them.
entry-media-note-1 = The ports are negotiated for each session (via SIP in the 2019 article) and can be anywhere from 16500 to 65000; Ring Check tests a sample spread evenly across the range.
entry-media-note-2 = Ring's current documentation: WebRTC negotiates them, still from 16500 to 65000; in rare cases STUN servers are used for media.

## Ring's relay servers (TURN)

entry-ring-relay-purpose = When audio and video cannot flow directly, Ring's WebRTC relays them through its own servers, which also answer STUN on this port.
entry-ring-relay-when-blocked = Live View has one way fewer to connect when direct UDP is blocked: it then needs the relay over TLS on TCP 443.
entry-ring-relay-note-1 = The relay is also offered over TLS on TCP 443 (the HTTPS row).
entry-ring-relay-note-2 = Seen by open-source Ring clients in Ring's WebRTC set-up; Ring's own articles do not name it.

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Android phones keep a connection to Google's push service open on this port; Ring's motion and ding alerts arrive through it.
entry-android-push-when-blocked = Ring's alerts reach an Android phone on this Wi-Fi late or not at all (they still arrive on mobile data).
entry-android-push-note-1 = Google also names TCP 5229 and 5230, and sometimes 443.

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = iPhones keep a connection to Apple's push service open on this port; Ring's motion and ding alerts arrive through it.
entry-iphone-push-when-blocked = On Wi-Fi, iPhones fall back to TCP 443, so alerts usually still arrive; if 443 is blocked too, they arrive late or not at all.
entry-iphone-push-note-1 = Apple uses 443 as a fallback on Wi-Fi only.

## Ring app listening ports

entry-app-listening-purpose = The Ring app listens for connections on these ports.
entry-app-listening-when-blocked = Usually nothing you would notice: behind a home router these ports are normally closed to the internet, and that is expected.
entry-app-listening-note-1 = Primarily 7076 and 7077, as well as 9078 and 9079.

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = Generally, Ring devices and the Ring app can reach the ports they need without any problems. Occasionally a firewall on your router (gateway), or your Internet Service Provider, blocks one or more of them.
guidance-symptom = { entry-sip-when-blocked }
guidance-router = If your router is blocking the ports, change its firewall settings to allow the protocols and ports listed here, or make its firewall settings less strict.
guidance-isp = If the router is not the problem, your Internet Service Provider may be blocking these ports. Contact them, explain the problem and give them the ports listed here, so they can help unblock them.
guidance-caution = These recommendations involve changing security settings for your network. Make sure you understand the reason for a change before you make it.

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = None of Ring's versions of its ports article (US, UK, Italian, Japanese) names IPv6, and no Ring page documents IPv6 for its devices: the path they are known to use is IPv4.

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them

path-notifications-cloud = through Ring's cloud
path-phone-alerts-android = through Google's push service
path-phone-alerts-iphone = through Apple's push service
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = through Apple's fallback on { $ports }
path-phone-alerts-iphone-fallback-caveat = which iPhones use on Wi-Fi only, so alerts can arrive late
path-live-view-direct = directly
path-live-view-relay = through Ring's relay servers
path-live-view-relay-caveat = which can make video slower
path-live-view-sip = with the older SIP set-up
path-live-view-sip-caveat = which only older Ring devices and firmware use
path-two-way-audio-direct = directly
path-two-way-audio-relay = through Ring's relay servers
path-two-way-audio-relay-caveat = which can make audio lag
path-two-way-audio-sip = with the older SIP set-up
path-two-way-audio-sip-caveat = which only older Ring devices and firmware use
path-software-updates-cloud = through Ring's cloud
path-clock-sync-ntp = with NTP
path-ring-alarm-cloud = through Ring's cloud
feature-clock-sync-when-untested = If your other devices show the right time, it is almost certainly fine.
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = media
part-relay = Ring's relay
part-push = the push connection
part-fallback = the fallback connection
part-live-view-socket = the Live View socket
part-ring-control = Ring control
part-ring-socket-service = the Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Ring control
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = Live View set-up (SIP)
entry-live-view-socket-name = Live View socket
entry-media-name = Audio and video (RTP)
entry-ring-relay-name = Ring's relay servers (TURN)
entry-android-push-name = Android push (Firebase Cloud Messaging)
entry-iphone-push-name = iPhone push (Apple Push Notification service)
entry-app-listening-name = Ring app listening ports
direction-device-to-internet = Device → internet
direction-device-and-internet = Device ↔ internet
direction-internet-to-app = Internet → Ring app
direction-phone-to-internet = Phone → internet

## What kind of source a fact comes from

source-kind-ring-documentation = Ring documentation
source-kind-google-or-apple = Google or Apple documentation
source-kind-observed = observed by open-source Ring clients, not documented by Ring
