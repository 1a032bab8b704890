### The video upload test: what the server measured, and what it means for Live View.

upload-title = ライブビューの動画アップロード
# $streams cameras at $target kbit/s each.
upload-what = { $streams ->
        [one] カメラ1台のライブビュー映像（{ $target } kbit/s）
       *[other] カメラ{ $streams }台のライブビュー映像（1台あたり{ $target } kbit/s）
    }
upload-verdict-works = { $rise ->
        [0] お使いの回線のアップロードは安定しています。テスト中は毎秒この速度を維持し、負荷がかかっている間も回線の遅延はまったく増えませんでした。
       *[other] お使いの回線のアップロードは安定しています。テスト中は毎秒この速度を維持し、負荷がかかっている間も回線の遅延は{ $rise } msしか増えませんでした。
    }
upload-verdict-lags = アップロードの速度は維持できていますが、負荷がかかっている間に回線の遅延が{ $idle } msから{ $loaded } msに増えました。ライブビューの映像や双方向通話が遅れることがあります。
upload-verdict-dips = アップロードの速度を維持できたのは{ $seconds }秒中{ $held }秒だけでした。ライブビューの画質がときどき下がることがあります。
upload-verdict-short = アップロードで送れたのは、カメラ1台に必要な{ $target } kbit/sのうち{ $kbps } kbit/sだけでした。ライブビューの画質が下がるか、映像が止まります。
upload-best = 回線で送れた最大の速度は{ $best } kbit/sでした。
# The line's round trips, median and 90th percentile, in ms: quiet ($idle, $idle90) and
# while the test sent ($loaded, $loaded90).
upload-latency = 回線の遅延：負荷なしで{ $idle } ms、負荷ありで{ $loaded } ms（往復10回中9回は、それぞれ{ $idle90 } ms未満と{ $loaded90 } ms未満）。
upload-no-round-trips = 回線の遅延を測定できなかったため、ライブビューが遅れるかどうかはわかりません。
upload-scope = このテストで測定するのは、このスマートフォンまたはパソコンのインターネット接続で、カメラのWi-Fiではありません。カメラの近くで、カメラと同じWi-Fiに接続して実行してください。
upload-fix-others = 視聴中は、同じ回線でのほかのアップロード（クラウドへの写真のバックアップ、ビデオ通話、ゲームのダウンロードなど）を一時停止してください。
upload-fix-qos = お使いのルーターにSmart Queue Management（SQM）またはQoSの機能がある場合は、有効にしてください。回線に負荷がかかっている間も遅延を低く抑えられます。
upload-fix-plan = 回線がこの速度にまったく届かない場合は、アップロード速度の速いプランについてプロバイダーにお問い合わせください。
# The source of the target rate, said beside it.
upload-target-note = Ringはカメラごとのビットレートを公開していません。{ $target } kbit/sは、1080pの映像をなめらかに再生するためにRing Checkが独自に定めた値です。

## The chart of an upload test: above, what the server received in each quarter second
## against the rate the cameras need; below, the round trips idle and busy.

upload-chart-rate = Ring Checkの受信速度（kbit/s）
# $target: all the cameras' rate together, kbit/s.
upload-chart-target = 必要な速度：{ $target } kbit/s
upload-chart-warmup = ウォームアップ
upload-chart-hold = 必要な速度
upload-chart-ramp = それ以上
upload-chart-round-trip = 往復時間（ms）
upload-chart-idle = 負荷なし
upload-chart-busy = 負荷あり
