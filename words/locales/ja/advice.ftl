### What a report asks the customer to do, in words: the features that suffer, the
### message for the internet provider, and the plain summary for a support ticket.

# A feature that suffers, with its verdict: "Live View video (at risk)".
advice-affected = { $feature }（{ $verdict }）
advice-documented-unreached = このチェックでは、Ringの資料でRingデバイスが使用するとされている{ $documented }をテストできませんでした。{ family-unreached-step }

## The message for the internet provider, in the customer's voice. Lines of ports are
## written by the code as "  - TCP 8557".

isp-hello = ご担当者様
isp-cannot-connect = 自宅のRingデバイス（ドアベル、カメラ、アラーム）が正常に接続できません。
isp-blocked = 自宅のRingデバイス（ドアベル、カメラ、アラーム）が正常に接続できません。自宅の回線からネットワークをチェックしたところ、次のポートがブロックされていました：
# $family is IPv4 or IPv6.
isp-blocked-over = 自宅のRingデバイス（ドアベル、カメラ、アラーム）が正常に接続できません。自宅の回線からネットワークをチェックしたところ、{ $family }で次のポートがブロックされていました：
isp-intercepted = 次のポートでは、接続先のサーバーの代わりに途中の何か（プロキシやフィルター）が応答しており、Ringデバイスが動作できません：
isp-breaks = これにより、次の機能に影響が出ています：
# "Live View video: At risk. Works through Ring's relay servers, …"
isp-broken = { $feature }：{ $verdict }。{ $reason }
isp-ports = Ringデバイスと、その通知を受け取るスマートフォンには、次のポートへのアウトバウンド接続が必要です。お手数ですが、貴社のネットワークでこれらのポートがブロックされていないかご確認いただき、ブロックされている場合は、私の回線について解除していただけますでしょうか。
# "Ring Socket Service (RSS): TCP 9998, 9999 (Device → internet)"
isp-port = { $name }：{ $transports } { $ports }（{ $direction }）
isp-results = 詳しい結果はこちらです：{ $link }
isp-thanks = よろしくお願いいたします。

## The plain summary for a support ticket

summary-title = Ring Checkの結果 { $link }
# $when is the time of the check (UTC); $target the masked address checked.
summary-checked = チェック日時：{ $when }、チェック元：{ $target }、カタログのバージョン：{ $version }
summary-checked-local = チェック日時：{ $when }、チェック元：{ $target }（ローカルモード）、カタログのバージョン：{ $version }
# Each address probed, with its family: "198.51.100.xxx (IPv4)".
summary-target = { $address }（{ $family }）
summary-nothing-got-out = ブラウザーからRing Check自身のテストサーバーにどのポートでも接続できませんでした。ネットワークが原因と判断する前に、しばらくしてからもう一度お試しください。
summary-verdict = { $feature }：{ $verdict }。{ $reason }
summary-verdict-ports = { $feature }：{ $verdict }（{ $ports }）。{ $reason }
summary-path = { $path }：{ $summary }
summary-families = IPv4とIPv6：{ $sentences }
# "On IPv6 alone: Live View video works, Ring Alarm at risk."
summary-family-alone = { $family }のみの場合：{ $verdicts }。
summary-family-verdict = { $feature }（{ $verdict }）
summary-browser = 訪問者のブラウザーから外部へ（ブラウザーからの報告）
summary-browser-columns = ポート  プロトコル  結果  時間
summary-browser-columns-family = ポート  プロトコル  IPバージョン  結果  時間
summary-nat = NATマッピング：{ $nat }
summary-server = Ring Checkのサーバーからお使いのネットワークへ
summary-server-columns = ポート  プロトコル  結果  往復時間
summary-server-columns-family = ポート  プロトコル  IPバージョン  結果  往復時間
summary-overall = 総合判定：{ $verdict }。{ $sentence }

## The video upload test, in the summary and the provider's message

summary-upload = { $title }：{ $verdict }。{ $says }{ $best }
isp-upload = Ringカメラが動画を送るのと同じ方法で回線のアップロードをテストしたところ、次の結果でした：
