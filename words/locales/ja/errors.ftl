# What the API answers when it refuses: the customer's (or the program's) message for
# each refusal, saying what went wrong and what to do. The error codes beside them are
# fixed and never translated. Then the other things that go wrong on our side, as a
# customer reads them: a check that ended without a report, a port this server cannot
# have the browser test.

## Waits, as a refusal says them

# ja: Japanese has one plural form, so no selector is needed.
wait-seconds = { $seconds }秒
wait-minutes = { $minutes }分
wait-hours = { $hours }時間

## Why an address may not be tested, finishing "your request came from X, …"

# ja: each fills "送信元である{ $address }は、{ $why }です。", so a noun phrase.
not-public-unspecified = 未指定アドレス
not-public-loopback = Ring Checkと同じマシンを指すループバックアドレス
not-public-private = プライベートアドレス（自宅やオフィスのネットワーク用）
not-public-shared-cgnat = プロバイダーの多くの利用者が共有するキャリアグレードNATのアドレス
not-public-link-local = リンクローカルアドレス
not-public-documentation = ドキュメント用に予約されたアドレス
not-public-benchmarking = ネットワークのベンチマーク用に予約されたアドレス
not-public-multicast = マルチキャストアドレス
not-public-reserved = 予約済みのアドレス
not-public-unique-local = プライベートIPv6アドレス（ユニークローカル）
not-public-tunnel = 背後のネットワークを隠してしまうトンネル（6to4またはTeredo）のアドレス
not-public-site-local = プライベートIPv6アドレス（サイトローカル）

## Refusals

error-unknown-endpoint = { $path }にはAPIエンドポイントがありません。アドレスを確認してください。APIの仕様は/api/openapi.jsonに記載されています。
error-method-not-allowed = ここでは{ $method }は使用できません。このエンドポイントのドキュメントに記載されたメソッドを使用してください。
error-payload-too-large = リクエストの本文が大きすぎます。JSONは数キロバイト以内で送信してください。
error-timeout = サーバーの応答に時間がかかりすぎました。少し待ってから、もう一度お試しください。
error-unreadable = リクエストを処理できませんでした：{ $detail }
error-invalid-start-body = リクエストの本文は空か{"{}"}にしてください：{ $detail }。Ring Checkは常にリクエストの送信元のアドレスをテストするため、送信するものはありません。
error-unsupported-media-type = リクエストの本文はJSON（Content-Type: application/json）で送信するか、本文なしで送信してください。
error-invalid-address-body = リクエストの本文は、チェックのトークンを入れた{"{"}"token": "…"{"}"}にしてください：{ $detail }。
error-no-families = このRing Checkサーバーは1つのIPバージョンしかテストしないため、チェックに追加できる別のアドレスはありません。
error-address-wrong-token = このトークンはこのチェックのものではありません。このページからもう一度チェックを実行してください。
error-address-other-page = このリクエストはチェックを開始したページから送信されていないため、そのアドレスはチェックに追加されません。Ring Checkのページから直接チェックを実行してください。
error-address-too-late = このチェックはすでに進みすぎているため、別のIPバージョンのアドレスを追加できません。追加するには、新しくチェックを実行してください。
error-target-not-public = Ring Checkがテストできるのはパブリックなインターネットアドレスだけですが、リクエストの送信元である{ $address }は、{ $why }です。これは、Ring Checkがお使いのデバイス自体や同じネットワーク内で動作している場合や、VPNやプロキシによってパブリックアドレスが隠されている場合に起こります。VPNやプロキシをオフにして、お使いのRingデバイスと同じWi-FiでRing Checkを開いてください。
error-not-through-proxy = このリクエストは、Ring Checkが公開されているWebアドレスを経由せずに直接届いたため、Ring Checkはどのアドレスをテストすればよいか判断できません。いつものアドレスでRing Checkを開いてください。（このサーバーを運用している方へ：メインのポートにはプロキシだけが接続できるようにしてください。）
error-cross-site-start = チェックはRing Checkのページからのみ開始できます。プログラムからAPIを呼び出している場合は、Content-Type: application/jsonを指定してリクエストを送信してください。
error-wrong-host = このRing Checkサーバーはローカルモードで動作しており、localhostまたは127.0.0.1でのみ応答します。そのどちらかのアドレスで開いてください。
error-check-in-progress = お使いのネットワークのチェックがすでに実行中です。完了するまで（数秒）お待ちいただき、もう一度お試しください。
error-network-busy = 現在、お使いのネットワークから多数のチェックが実行されています。数秒後にもう一度お試しください。
error-storage-full = Ring Checkは現在、新しい結果を保存できません。しばらくしてからもう一度お試しください。リンクを受け取った結果は、引き続きご覧いただけます。
error-rate-limited = 短時間に複数のチェックが開始されました。{ $wait }お待ちいただいてから、もう一度お試しください。
error-network-rate-limited = 最近、お使いのネットワークから多数のチェックが実行されました。{ $wait }お待ちいただいてから、もう一度お試しください。
error-network-daily-limit = お使いのネットワークでは、過去24時間に{ $limit }件のRing Checkレポートが保存されました。これは、このサーバーが1つのネットワークについて1日に保存する上限です。{ $wait }後にもう一度お試しください。保存済みのレポートは、引き続きそれぞれのリンクからご覧いただけます。
error-server-busy = Ring Checkは現在大変混み合っています。{ $wait }後にもう一度お試しください。
error-lookup-rate-limited = 短時間に多数のRing Checkレポートが開かれました。{ $wait }お待ちいただいてから、このレポートをもう一度開いてください。
error-invalid-id = 「{ $id }」はRing CheckのIDではありません。IDは英字、数字、「-」、「_」からなる22文字です。リンクを確認してください。途中で切れているか、入力に誤りがある可能性があります。
error-check-not-found = このIDのチェックはありません。IDの入力に誤りがあるか、チェックがかなり前に完了している可能性があります。レポートがある場合は、/api/reports/{"{"}id{"}"}にあります。
error-report-not-found = このIDのレポートはありません。レポートの保存期間は限られているため、リンクの有効期限が切れているか、入力に誤りがある可能性があります。新しいリンクを取得するには、新しくチェックを実行してください。
error-egress-wrong-token = このブラウザーのテスト結果は、このチェックのものではありません。このページからもう一度チェックを実行してください。
error-egress-invalid = ブラウザーのテスト結果を処理できませんでした：{ $detail }。
error-egress-already-submitted = このチェックにはすでにブラウザーのテスト結果があります。テスト結果の送信は1回のチェックにつき1度だけです。
error-egress-too-late = このチェックは完了してから時間が経ちすぎているため、ブラウザーのテスト結果を追加できません。追加するには、新しくチェックを実行してください。
error-report-unavailable = お使いのブラウザーでのテスト結果は保存されましたが、結果を表示するレポートがないままチェックが終了しました。もう一度チェックを実行してください。
error-report-pending = お使いのブラウザーでのテスト結果は保存されましたが、このリクエストが待てる時間内にチェックのレポートが準備できませんでした（チェックはまだ実行中の可能性があります）。レポートは、お使いのテスト結果とともにレポートのリンクに表示されます。1分ほどしてから開いてください。テスト結果をもう一度送信する必要はありません。
error-oembed-without-url = リクエストを処理できませんでした：埋め込むページを?url=…で指定してください（ホームページまたは/r/{"{"}id{"}"}のリンク）
error-no-usable-host = リクエストを処理できませんでした：リクエストに使用可能なHostヘッダーがありません
error-oembed-format = oEmbedはJSON（format=json）でのみ提供しており、「{ $format }」には対応していません。
error-no-embed = { $url }には埋め込めるものがありません。このRing Checkサーバーのホームページか、/r/{"{"}id{"}"}の結果リンクを指定してください。
error-store-unavailable = Ring Checkは現在レポートのデータベースに接続できないため、チェックを開始できません。1分ほどしてからもう一度お試しください。
error-internal = 当方側で問題が発生しました。もう一度お試しください。問題が続く場合は、サポートにお問い合わせください。

## A check that ended without a report, as its event stream says

check-failed-stopped = チェックが予期せず停止しました。もう一度実行してください。
check-failed-not-saved = チェックは完了しましたが、結果を保存できなかったため、共有できるリンクがありません。1分ほどしてからもう一度チェックを実行してください。
check-failed-server-gone = このチェックを実行していたサーバーが、完了前に停止しました。もう一度チェックを実行してください。
check-failed-unreadable = チェックの結果を読み取れませんでした。もう一度チェックを実行してください。
check-failed-report-unreadable = チェックは完了し、レポートは保存されましたが、現在は読み取れません。1分ほどしてから { $path } を開いてご確認ください。

## Why this server cannot have the browser test a port, as a check's plan says ($port: "TCP 9998")

plan-unavailable-not-configured = このRing Checkサーバーは、お使いのブラウザーから{ $port }をテストするように設定されていません。
plan-unavailable-needs-rights = このRing Checkサーバーは{ $port }で待ち受けることができません（管理者権限が必要です）。そのため、ここではお使いのブラウザーからこのポートをテストできません。
plan-unavailable-in-use = このRing Checkサーバーは{ $port }で待ち受けることができません（別のプログラムが使用しています）。そのため、ここではお使いのブラウザーからこのポートをテストできません。
plan-unavailable-cannot-open = このRing Checkサーバーは{ $port }で待ち受けることができません（ポートを開けませんでした）。そのため、ここではお使いのブラウザーからこのポートをテストできません。
plan-unavailable-not-answering = { $port }用のRing Check自身のテストサーバーが現在応答していないため、ここではお使いのブラウザーからこのポートをテストできません。これは当方側の問題で、お客様のネットワークの問題ではありません。
plan-unavailable-busy = { $port }用のRing Check自身のテストサーバーが現在混み合っていて、リクエストを断っているため、ここではお使いのブラウザーからこのポートをテストできません。これは当方側の問題で、お客様のネットワークの問題ではありません。
plan-unavailable-not-tested = このチェックでは、ブラウザーからテストしていません。

## The video upload test

error-upload-in-progress = お使いのネットワークからの動画アップロードテストがすでに実行中です。終了するまで（約15秒）お待ちいただき、もう一度お試しください。
error-upload-network-busy = お使いのネットワークから、ほかの動画アップロードテストが現在実行中です。1分後にもう一度お試しください。
error-upload-busy = Ring Checkは現在、受け付けられる上限まで動画を受信しています。{ $wait }後にもう一度お試しください。
error-upload-streams = 動画アップロードテストで同時に送信できるストリームは1～{ $most }本です。
error-upload-not-found = この動画アップロードテストは終了したか、開始されていません。結果ページからもう一度開始してください。
error-upload-not-yours = この結果はこのブラウザーで実行したチェックのものではないか、有効期限が切れています。チェックをもう一度実行してから、動画アップロードテストを行ってください。
error-upload-rate-limited = 短時間に複数の動画アップロードテストが実行されました。{ $wait }お待ちいただいてから、もう一度お試しください。
error-upload-network-rate-limited = 最近、お使いのネットワークから多くの動画アップロードテストが実行されました。{ $wait }お待ちいただいてから、もう一度お試しください。
