# The app's own words: the checker, the results around the verdicts, the share panel,
# the report page and the app's errors. The server hands them to the app in the page;
# a variable arrives as `{name}` for the app to fill in, so messages here select on no
# variable.

## The checker

app-check-heading = ネットワークをチェック
app-check-intro = Ringデバイスと同じWi-Fiに接続したスマートフォンかパソコンで実行してください（モバイルデータ通信では実行しないでください）。数秒で完了します。
app-check-button = ネットワークをチェック
app-check-again = もう一度チェック
app-local-mode-notice = ローカルモード：このRing Checkサーバーはプライベートアドレスを受け付けるため、ご自宅のルーターではなく、このデバイスからサーバーへの接続をテストしています。
app-status-starting = チェックを開始しています…
app-status-running = テスト中：{ $total }件中{ $done }件完了
app-status-done = チェックが完了しました。結果は下に表示されています。
app-status-not-started = チェックを開始できませんでした。
app-status-not-finished = チェックが完了しませんでした。
app-progress-label = チェックの進行状況

## The result

app-results-heading = チェック結果
app-each-way-through = それぞれの通信経路
app-every-test = すべてのテスト
app-egress-unsaved = ブラウザーでのテスト結果は表に表示されていますが、レポートには含められませんでした。そのため、判定と共有リンクはサーバー側のテストだけに基づいています。含めるには、もう一度チェックを実行してください。
app-own-servers-unreachable = お使いのブラウザーから、Ring Check自身のテストサーバーにどのポートでも接続できませんでした。そのため、このチェックではネットワークが何かをブロックしているかどうかを判断できません。原因はお客様側よりも当方側にある可能性が高いため、しばらくしてからもう一度お試しください。
app-no-webrtc = このブラウザーはWebRTCに対応していないためUDPをテストできず、ライブビューの直接の映像経路をテストできませんでした。すべてをチェックするには、Chrome、Firefox、Edge、スマートフォンのSafariなど、別のブラウザーでRing Checkを開いてください。
app-local-mode-result = このチェックはプライベートアドレスを使ってローカルモードで実行されました。結果はこのパソコンからRing Checkサーバーへの接続を表すもので、ご自宅のルーターについてのものではありません。
app-families-heading = IPv4とIPv6
app-families-why = { $family }で判定する理由：{ $note }

## The table of every test

app-table-caption-one-way = アウトバウンド：Ringデバイスと同じように、お使いのブラウザーから外部へ接続します。インバウンド：Ring Checkのサーバーから、お使いのネットワークへ接続します。
app-table-caption = アウトバウンド：Ringデバイスと同じように、お使いのブラウザーから外部へ接続します。インバウンド：Ring Checkのサーバーから、お使いのネットワークへ接続します。どちらもIPv4とIPv6でテストします。Ringの資料では、RingデバイスはIPv4を使用するとされています。
app-column-port = ポート
app-column-protocol = プロトコル
app-column-used-for = 用途
app-column-outbound = アウトバウンド
app-column-inbound = インバウンド
app-column-meaning = 意味
app-not-reached = 未到達
app-not-reached-why = お使いのブラウザーがこのIPバージョンでRing Checkに到達しなかったため、テストするアドレスがありませんでした
app-not-testable = テスト不可
app-not-testable-here = ここではテスト不可
app-testing = テスト中…
app-not-this-way = この方向ではテストしていません

## What to do

app-fix-heading = 対処方法
app-fix-nothing-got-out = お使いのブラウザーからRing Check自身のテストサーバーに接続できなかったため、このチェックでは何を変更すればよいか判断できません。しばらくしてからもう一度お試しください。このネットワークでだけ何度も起きる場合は、このネットワークがWebページ以外の通信を通していない可能性があります。
app-fix-nothing-to-change = このチェックでは、変更が必要な点は見つかりませんでした。
app-fix-still-stuck = それでもライブビューがつながらない場合は、この結果をRingサポートに共有してください。
app-fix-blocked = ブロックされているポート：{ $ports }。
app-fix-affects = 影響を受ける機能：{ $features }。
app-fix-provider-may = お客様側に原因が見当たらない場合は、プロバイダーが原因かもしれません。プロバイダーに送れるメッセージを用意しました。
app-fix-check-router = ルーターを確認してください。
app-fix-ask-provider = プロバイダーにお問い合わせください。
app-fix-here-is-a-message = プロバイダーに送れるメッセージはこちらです：
app-fix-before-you-change = 変更する前に：
app-provider-message-label = プロバイダーへのメッセージ
app-copy-message = メッセージをコピー
app-copied = コピーしました
app-copy-blocked = ブラウザーがコピーをブロックしました。下のテキストを選択してコピーしてください。

## Sharing

app-share-heading = Ringサポートに共有
app-share-who-can-see = このリンクを知っている人は誰でも、{ $date }までこの結果を見ることができます。お使いのアドレスは一部が隠されています。
app-share-link-label = この結果へのリンク
app-copy-link = サポート用リンクをコピー
app-copy-text = テキストでコピー
app-copy-json = JSONでコピー
app-open-full-result = 結果全体を新しいタブで開く

## A shared report's page

app-report-loading = レポートを読み込んでいます…
app-report-heading = Ring Checkの結果
app-report-checked-on = { $date } { $time }（UTC）に{ $address }からチェックしました。
app-new-check = ご自分のネットワークをチェックする

## Errors: a short title, then what happened and what to do

app-try-again = もう一度試す
app-run-again = もう一度チェックを実行してください。
app-error-not-public = Ring Checkからご自宅のインターネットアドレスを確認できません
app-error-wait = しばらくお待ちください
app-error-in-progress = すでにチェックを実行中です
app-error-busy = Ring Checkは現在混み合っています
app-error-no-report = このレポートは存在しないか、有効期限が切れています
app-error-bad-link = このリンクは有効なRing Checkのリンクではありません
app-error-bad-link-what = 「{ $id }」はRing CheckのIDではありません。IDは英字、数字、「-」、「_」からなる22文字です。リンクを確認してください。途中で切れているか、入力に誤りがある可能性があります。
app-error-server = Ring Checkで問題が発生しています
app-error-server-what = 1分ほどしてからもう一度お試しください。問題が続く場合は、Ringサポートに連絡し、Ring Checkを使ったことをお伝えください。
app-error-other = 問題が発生しました
app-error-offline = Ring Checkに接続できません
app-error-offline-what = このスマートフォンまたはパソコンがインターネットに接続されていることを確認してから、もう一度お試しください。
app-error-unexpected = Ring Checkから予期しない応答がありました
app-error-unexpected-what = ページを再読み込みして、もう一度お試しください。
app-error-lost = 接続が切断されました
app-error-lost-what = チェックが完了する前に、結果の送信が止まりました。接続を確認して、もう一度実行してください。
app-error-timed-out = チェックに時間がかかりすぎました
app-error-timed-out-what = Ring Checkが時間内に完了しませんでした。接続が非常に遅いか、途切れている可能性があります。もう一度実行してください。
app-error-check-failed = チェックを完了できませんでした

## What each test means, in the table's last column

app-meaning-gets-out = 外部に接続できます
app-meaning-blocked-on-the-way-out = 外部への接続がブロックされています
app-meaning-some-ports-only = 一部のポートでのみ外部に接続できます。それ以外のポートでは、セッションにRingのリレーサーバーが必要です
app-meaning-nothing-got-out = どのテストも外部に接続できませんでした：判断できません
app-meaning-not-tested = テストしていません
app-meaning-not-testable-in-this-browser = このブラウザーはWebRTCに対応していないため、このテストを実行できません。テストするには、別のブラウザーでチェックを実行してください
app-meaning-intercepted = 途中で別のもの（プロキシ、フィルター、ログインページなど）が応答しました
app-meaning-open-to-the-internet = インターネットに開放されています
app-meaning-closed-to-the-internet = インターネットには閉じています：正常です
app-meaning-not-blocked = ブロックされていません
app-meaning-blocked-by-a-firewall = ファイアウォールでブロックされています
app-meaning-no-reply = 応答なし：判断できません
app-meaning-router-silent = お使いのルーターは何も応答しません：判断できません

## What each test found: outbound (the browser's), inbound (the server's probe)

app-out-reached = 到達
app-out-failed = 接続失敗
app-out-no-answer = 応答なし
app-out-intercepted = 途中で応答
app-out-not-tested = 未テスト
app-out-unsupported = このブラウザーではテスト不可
app-in-open = 開放
app-in-closed = 閉鎖
app-in-filtered = フィルタリング
app-in-unreachable = 到達不能
app-in-open-or-filtered = 開放またはフィルタリング
app-in-not-tested = 未テスト
# A round trip, and how long the browser waited for an answer that never came.
app-timing-ms = { $ms } ms
app-timing-waited = { $ms } ms待機

## The media range, tested by sample

app-sample-testing = { $total }件中{ $done }件テスト済み
app-sample-got-out = { $total }件中{ $passed }件が外部に接続
# $range is like 16500–65000; $every is a rough spacing, like 3,200.
app-sample-density = { $range }の範囲から{ $count }個のポートをサンプリング（ポート番号で約{ $every }ごとに1つ）

## The verdicts: each feature, each verdict, the overall sentence, who a path is for

app-feature-notifications = モーション通知と呼び出し通知
app-feature-phone-alerts = スマートフォンへの通知
app-feature-live-view = ライブビュー
app-feature-two-way-audio = 双方向通話
app-feature-software-updates = ソフトウェア更新
app-feature-clock-sync = 時刻の同期
app-feature-ring-alarm = Ring Alarm
app-verdict-works = 動作します
app-verdict-at-risk = 不安定
app-verdict-blocked = ブロック
app-verdict-not-tested = 未テスト
app-overall-works = お使いのネットワークでは、Ringデバイスが正常に動作します。
app-overall-at-risk = このネットワークでは、一部のRing機能が安定して動作しない可能性があります。
app-overall-blocked = このネットワークでは、一部のRing機能がブロックされています。
app-overall-unknown = このチェックでは、Ringに必要なポートがブロックされているかどうかを判断できませんでした。
app-audience-android = Androidスマートフォン
app-audience-iphone = iPhone
app-interception = これらのポートでは、ネットワーク上の何かが本来のサーバーの代わりに応答しています（Webフィルター、ペアレンタルコントロール、セキュリティソフト、Wi-Fiのログインページなど）。この状態ではRingデバイスは動作できません。Ringデバイスに対してこれを無効にしてから（またはWi-Fiにログインしてから）、もう一度チェックを実行してください。

## The video upload test, after the check: will Live View stream smoothly?

app-upload-heading = ライブビューはスムーズに視聴できますか？
# $seconds: how long the test takes, about 14.
app-upload-intro = ポートが開いているだけでは十分ではありません。ライブビューには、回線に負荷がかかっている間もカメラの映像を安定してアップロードできることが必要です。このテストでは、動画と同じくらいのデータを約{ $seconds }秒間Ring Checkに送信します。Ring Checkは届いたデータ量を数え、回線の遅延を測定します。
app-upload-cameras = 同時にライブビューを使うカメラの台数
app-upload-button = 動画のアップロードをテスト
app-upload-again = もう一度テスト
app-upload-measuring-idle = 回線に負荷がかかっていないときの遅延を測定しています…
# $seconds: seconds left; $kbps: what Ring Check received in the last quarter second, in kbit/s.
app-upload-sending = 動画のデータを送信中：残り{ $seconds }秒。Ring Checkの受信速度は{ $kbps } kbit/sです。
app-upload-progress-label = 動画アップロードテストの進行状況
app-upload-chart-alt = グラフ：Ring Checkが0.25秒ごとに受信したデータ量と必要な速度の比較、および負荷がかかっていないときとかかっているときの回線の遅延。
app-upload-stopped = アップロードテストが中断されました
app-upload-stopped-what = テストが終わる前に、Ring Checkとの接続が切れました。接続を確認して、もう一度テストしてください。
app-upload-no-websocket = このブラウザーではアップロードテストを実行できません。別のブラウザーでお試しください。
