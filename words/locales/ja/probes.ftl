# What one probe back found, beyond its state: a short note beside the state in the
# results and the summary, lower case, no full stop. $attempts counts the attempts made;
# $milliseconds is how long silence was listened to. Both arrive as numbers, so each
# language writes them its own way.

## An answer came back

probe-detail-handshake = TCPハンドシェイクが完了しました
probe-detail-sip-reply = SIP OPTIONSリクエストに応答がありました
probe-detail-refused = 接続が拒否されました（TCPリセット）
probe-detail-port-unreachable = ポート到達不能（ICMP）
probe-detail-host-unreachable = ホスト到達不能、または管理者により禁止（ICMP）
probe-detail-network-unreachable = ネットワーク到達不能

## Silence, even after trying again

# ja: Japanese has one plural form, so no selector is needed.
probe-detail-no-answer = 接続を{ $attempts }回試み、{ $milliseconds } ms待ちましたが応答がありませんでした
probe-detail-no-sip-reply = SIP OPTIONSデータグラムを{ $attempts }回送り、{ $milliseconds } ms待ちましたが応答がありませんでした：応答しないサービスとパケットを破棄するファイアウォールは区別できません

## Not tested: Ring Check's own trouble, which says nothing about the visitor's network

probe-detail-could-not-run = 未テスト：テストを実行できませんでした
probe-detail-not-run-shutting-down = 未テスト：サーバーが停止処理中でした
probe-detail-not-run-too-busy = 未テスト：サーバーが混み合っていたため、このテストを時間内に実行できませんでした
probe-detail-not-run-probe-failed = 未テスト：Ring Check内部でテストが失敗しました
