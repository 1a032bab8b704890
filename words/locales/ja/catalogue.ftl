# The Ring catalogue's texts: what each port is for, what breaks when it is blocked,
# each caveat, each group of ports. The facts themselves (ports, protocols, directions,
# sources) are data in shared/src/catalog/; these messages are keyed by their ids:
# entry-<entry id>-purpose, -when-blocked, -note-<n> (the entry's notes in order), and
# -not-testable (why no browser can test it: the port table says it for its rows).

## The catalogue as a whole

catalogue-about = Ringデバイスは、お使いのインターネット接続を使用して、映像と音声の送信、アラーム通知の送信（ベースステーションがバックアップモバイルネットワークを使用していない場合）、スマートフォンとの接続の維持、ソフトウェア更新の受信を行います。
catalogue-wifi-summary = Ring AlarmはWPA2 Personalに対応しています（暗号化方式：TKIP、AES、TKIP + AES）。Ring AlarmはWPA2 Enterpriseには対応していません。

## The groups of the port table

group-core-services-title = 基本的なインターネットサービス
group-core-services-summary = これらは一般的によく知られているポートであり、お使いのデバイスがこれらのポートにアクセスできないことはほとんどありません。
group-app-connection-title = Ringアプリとの接続の維持
group-app-connection-summary = RingデバイスとRingアプリの間の通信経路を開いたままにし、アプリを開いたときにアプリがデバイスに接続できるようにします。
group-live-view-title = ライブビューの映像と双方向通話
group-live-view-summary = ライブビューはRingのソケットを使ってセットアップされ（古いデバイスではSIPを使用）、その後、音声と映像はUDPで送られます。UDPが外部に接続できない場合は、代わりにRingのリレーサーバーが音声と映像を運びます。
group-phone-alerts-title = スマートフォンへの通知
group-phone-alerts-summary = モーション通知と呼び出し通知は、GoogleまたはAppleのプッシュサービスから、スマートフォン自身がそのサービスに接続している経路を通じて届きます。
group-ring-app-title = スマートフォンのRingアプリ
group-ring-app-summary = Ringアプリが接続を待ち受けるポートです。家庭用ルーターの内側では、通常インターネットからは閉じられていますが、それで問題ありません。

## Who uses a port

device-video-doorbell = ドアベル
device-security-camera = セキュリティカメラ
device-alarm-base-station = Ring Alarmのベースステーション
device-ring-app = Ringアプリ
device-android-phone = Androidスマートフォン
device-iphone = iPhone

# Each entry of the port table, by its id

## HTTP

entry-http-purpose = ドアベルやカメラからRingのサービスへの、暗号化されていない通常のWebリクエストです。
entry-http-when-blocked = ソフトウェアのダウンロードなど、Ringの一部のサービスにデバイスが接続できないことがあります。
entry-http-note-1 = Ring Alarmのベースステーションには該当しません。

## HTTPS

entry-https-purpose = Ringのクラウドへの暗号化された接続です（セットアップ、イベント、通知、ソフトウェア更新）。
entry-https-when-blocked = デバイスがRingに接続できず、オフラインと表示されます。通知、録画、更新も止まります。
entry-https-note-1 = 現行のRingデバイスは、このポート（または9002）のソケット接続を使ってライブビューのセットアップも行います。
entry-https-note-2 = RingのWebRTCは、このポートのWebSocketでシグナリングを行います。また、UDPが外部に接続できない場合は、このポートでTLS経由のリレーサーバーを提供します。
entry-https-note-3 = Wi-Fi接続時にTCP 5223がブロックされていると、iPhoneはプッシュ通知にこのポートを代わりに使います。

## DNS

entry-dns-purpose = Ringのサーバーのアドレスを名前から調べます。
entry-dns-when-blocked = デバイスがRingのサーバーを見つけられず、オフラインと表示されます。
entry-dns-not-testable = ブラウザーはポート53への接続を拒否します。このネットワークでWebサイトが表示されていれば、DNSはほぼ確実に機能しています。

## NTP

entry-ntp-purpose = デバイスの時計を正確に保ちます。安全な接続やイベントの時刻は、これに依存しています。
entry-ntp-when-blocked = 時計がずれていき、イベントの時刻が正しくなくなったり、安全な接続に失敗したりすることがあります。
entry-ntp-not-testable = ブラウザーはポート123の使用を拒否します。また、WebページからNTPの通信を送ることはできません。

## Ring control

entry-ring-control-purpose = デバイスからRingのサービスへの制御用の接続です（記事では単に「TCP 8557」と記載）。
entry-ring-control-when-blocked = モーション通知や呼び出し通知、設定の変更が遅れたり、失われたりすることがあります。

## Ring Socket Service (RSS)

entry-ring-socket-service-purpose = Ringデバイスとお使いのモバイルデバイスの間の通信経路を維持します。
entry-ring-socket-service-when-blocked = アプリがデバイスに接続できないことがあります。ライブビューのリクエストや通知が失敗したり、遅れて届いたりすることがあります。

## Live View set-up (SIP)

entry-sip-purpose = 古いデバイスやファームウェアで、Session Initiation Protocol（SIP）を使ってライブビューの映像をセットアップします。
entry-sip-when-blocked = スマートフォンからのライブビューのリクエストにデバイスが応答できません。モーション通知（ドアベルなら呼び出し通知）は届くことがありますが、映像には接続できません。
entry-sip-note-1 = Ringの現在の記事には、SIPの記載がなくなりました。現行のデバイスは、TCP 443または9002のソケットを使ってライブビューをセットアップします。
entry-sip-note-2 = Alarm ProのベースステーションでRing Edgeを使っている場合、ライブビューはベースステーションのローカルアドレスのポート15064に接続することがあります。そのため、Wi-Fiのクライアント分離を使っていたり、カメラとスマートフォンが別々のネットワークにあったりすると、ライブビューが使えなくなります。インターネットからのチェックでは、これを検出できません。

## Live View socket

entry-live-view-socket-purpose = 現行のRingデバイスでライブビューをセットアップするソケット接続を、TCP 443とともに担います。
entry-live-view-socket-when-blocked = 代わりにTCP 443でライブビューがセットアップされます。443もブロックされている場合、現行のデバイスではライブビューを開始できません。
entry-live-view-socket-note-1 = 2019年の記事には記載がありません。Ringの現在の記事では、ライブビューのソケット用として443とともに記載されています。

## Audio and video (RTP)

entry-media-purpose = ライブビューの映像と双方向通話の音声を運びます。
entry-media-when-blocked = ライブビューは始まっても映像が表示されないか、映像と双方向通話が途中で止まります。ただし、Ringのリレーサーバーがこれらを運べる場合は除きます。
entry-media-note-1 = ポートはセッションごとにネゴシエートされ（2019年の記事ではSIP経由）、16500～65000のどこにでもなる可能性があります。Ring Checkは、この範囲から均等に選んだサンプルをテストします。
entry-media-note-2 = Ringの現在のドキュメントでは、WebRTCがポートをネゴシエートし、範囲は引き続き16500～65000です。まれに、メディアにSTUNサーバーが使われることがあります。

## Ring's relay servers (TURN)

entry-ring-relay-purpose = 音声と映像を直接やり取りできない場合、RingのWebRTCは自社のサーバーを通じて中継します。このサーバーは、このポートでSTUNにも応答します。
entry-ring-relay-when-blocked = 直接のUDPがブロックされている場合、ライブビューの接続手段が1つ減ります。その場合は、TCP 443上のTLS経由のリレーが必要になります。
entry-ring-relay-note-1 = リレーは、TCP 443上のTLS経由でも提供されています（HTTPSの行）。
entry-ring-relay-note-2 = RingのWebRTCのセットアップで、オープンソースのRingクライアントにより確認されたものです。Ring自身の記事には記載がありません。

## Android push (Firebase Cloud Messaging)

entry-android-push-purpose = Androidスマートフォンは、このポートでGoogleのプッシュサービスへの接続を開いたままにしています。Ringのモーション通知と呼び出し通知は、この接続を通じて届きます。
entry-android-push-when-blocked = このWi-Fiに接続したAndroidスマートフォンには、Ringの通知が遅れて届くか、まったく届きません（モバイルデータ通信では引き続き届きます）。
entry-android-push-note-1 = GoogleはTCP 5229と5230、場合によっては443も挙げています。

## iPhone push (Apple Push Notification service)

entry-iphone-push-purpose = iPhoneは、このポートでAppleのプッシュサービスへの接続を開いたままにしています。Ringのモーション通知と呼び出し通知は、この接続を通じて届きます。
entry-iphone-push-when-blocked = Wi-Fi接続時、iPhoneはTCP 443に切り替えるため、通常は通知が届きます。443もブロックされている場合は、遅れて届くか、まったく届きません。
entry-iphone-push-note-1 = Appleが443を代わりに使うのは、Wi-Fi接続時だけです。

## Ring app listening ports

entry-app-listening-purpose = Ringアプリは、これらのポートで接続を待ち受けます。
entry-app-listening-when-blocked = 通常、気付くような影響はありません。家庭用ルーターの内側では、これらのポートは通常インターネットからは閉じられており、それが想定どおりの状態です。
entry-app-listening-note-1 = 主に7076と7077、ほかに9078と9079も使われます。

## The article's advice for when something is blocked (its symptom is the SIP entry's)

guidance-usually-fine = 通常、RingデバイスとRingアプリは必要なポートに問題なく接続できます。ただし、ルーター（ゲートウェイ）のファイアウォールやプロバイダーが、これらのポートの一部をブロックしていることがあります。
guidance-symptom = { entry-sip-when-blocked }
guidance-router = ルーターがポートをブロックしている場合は、ここに記載されているプロトコルとポートを許可するようにファイアウォールの設定を変更するか、ファイアウォールの設定を緩めてください。
guidance-isp = ルーターが原因でない場合は、プロバイダーがこれらのポートをブロックしている可能性があります。プロバイダーに連絡して問題を説明し、ここに記載されているポートを伝えて、ブロックの解除を依頼してください。
guidance-caution = これらの推奨事項には、ネットワークのセキュリティ設定の変更が含まれます。変更する前に、その理由を理解しておいてください。

## The address family Ring documents for its devices, and why we say so

catalogue-documented-family = Ringのポートに関する記事のどの版（米国、英国、イタリア、日本）もIPv6に触れておらず、RingのどのページもデバイスでのIPv6を記載していません。デバイスが使うことが分かっている経路はIPv4です。

## The ways through for each feature: a path's name as a sentence says it ("works
## directly"), and its caveat, a clause after the name ("…, which can make video
## slower"); the parts a path needs, as a sentence names them

# ja: a path's name is a noun phrase ("直接接続", "…経由"); the sentences add "で"
# ("直接接続で動作します") or "では". A caveat is a whole polite clause, which the
# sentences put after "ただし、" or in parentheses.
path-notifications-cloud = Ringのクラウド経由
path-phone-alerts-android = Googleのプッシュサービス経由
path-phone-alerts-iphone = Appleのプッシュサービス経由
# $ports is like "TCP 443".
path-phone-alerts-iphone-fallback = Appleの代替経路（{ $ports }）経由
path-phone-alerts-iphone-fallback-caveat = iPhoneがこの経路を使うのはWi-Fi接続時だけで、通知が遅れることがあります
path-live-view-direct = 直接接続
path-live-view-relay = Ringのリレーサーバー経由
path-live-view-relay-caveat = 映像が遅くなることがあります
path-live-view-sip = 従来のSIP方式
path-live-view-sip-caveat = この方式を使うのは古いRingデバイスやファームウェアだけです
path-two-way-audio-direct = 直接接続
path-two-way-audio-relay = Ringのリレーサーバー経由
path-two-way-audio-relay-caveat = 音声が遅れることがあります
path-two-way-audio-sip = 従来のSIP方式
path-two-way-audio-sip-caveat = この方式を使うのは古いRingデバイスやファームウェアだけです
path-software-updates-cloud = Ringのクラウド経由
path-clock-sync-ntp = NTP
path-ring-alarm-cloud = Ringのクラウド経由
feature-clock-sync-when-untested = ほかのデバイスに正しい時刻が表示されていれば、ほぼ確実に問題ありません。
part-https = HTTPS
part-http = HTTP
part-ntp = NTP
part-sip = SIP
part-media = 音声と映像
part-relay = Ringのリレー
part-push = プッシュサービスへの接続
part-fallback = 代替経路
part-live-view-socket = ライブビューのソケット
part-ring-control = Ringの制御接続
part-ring-socket-service = Ring Socket Service

## Each entry's name, and who opens the connection

entry-http-name = HTTP
entry-https-name = HTTPS
entry-dns-name = DNS
entry-ntp-name = NTP
entry-ring-control-name = Ringの制御接続
entry-ring-socket-service-name = Ring Socket Service (RSS)
entry-sip-name = ライブビューのセットアップ（SIP）
entry-live-view-socket-name = ライブビューのソケット
entry-media-name = 音声と映像（RTP）
entry-ring-relay-name = Ringのリレーサーバー（TURN）
entry-android-push-name = Androidのプッシュ通知（Firebase Cloud Messaging）
entry-iphone-push-name = iPhoneのプッシュ通知（Apple Push Notification service）
entry-app-listening-name = Ringアプリの待ち受けポート
direction-device-to-internet = デバイス → インターネット
direction-device-and-internet = デバイス ↔ インターネット
direction-internet-to-app = インターネット → Ringアプリ
direction-phone-to-internet = スマートフォン → インターネット

## What kind of source a fact comes from

source-kind-ring-documentation = Ringのドキュメント
source-kind-google-or-apple = GoogleまたはAppleのドキュメント
source-kind-observed = オープンソースのRingクライアントで確認されたもの（Ringによる記載なし）
