### Why each verdict is what it is: the sentences the server makes from judged paths and
### parts. A sentence's first letter is put in capitals by the code where the language
### has capitals, so a message may begin with a variable.

## Lists and sentences

# "a, b and c": $rest is everything before the last item, already joined.
# ja: "、" and not "と", as the same list also joins clauses (problem-*).
list-and = { $rest }、{ $last }
list-or = { $rest }または{ $last }
# Joins clauses that each say what is wrong: "A is blocked and B gets through on only …".
list-and-clauses = { $rest }うえ、{ $last }
# Joins groups of ports that each may hold an "and": "TCP 80 and 8557, and UDP 16500–40000".
list-and-groups = { $rest }、{ $last }
# Joins the items before the last: "a, b".
list-comma = { $head }、{ $next }
# Two sentences one after the other.
sentence-next = { $first }{ $next }

## Features, verdicts and phones as a sentence names them

feature-notifications-in-sentence = モーション通知と呼び出し通知
feature-phone-alerts-in-sentence = スマートフォンへの通知
feature-live-view-in-sentence = ライブビューの映像
feature-two-way-audio-in-sentence = 双方向通話
feature-software-updates-in-sentence = ソフトウェア更新
feature-clock-sync-in-sentence = 時刻の同期
feature-ring-alarm-in-sentence = Ring Alarm
verdict-works-in-sentence = 動作します
verdict-at-risk-in-sentence = 不安定
verdict-blocked-in-sentence = ブロック
verdict-not-tested-in-sentence = 未テスト
verdict-audience-everyone = すべてのユーザー
# "this browser runs on an Android phone"
phone-android = Androidスマートフォン
phone-iphone = iPhone

## Parts and ports

# A part and the ports it needs: "media on UDP 16500–65000". $ports is like "TCP 443",
# "TCP or UDP 15063 or 15064".
part-on = { $part }（{ $ports }）
part-answered-by-something-else = { $part }（途中で別のものが応答）
# A transport and its ports: "TCP 443 or 9002", "TCP or UDP 15063 or 15064".
transport-ports = { $transports } { $ports }

## What is wrong with parts

# $subjects are parts with their ports, like "Ring control on TCP 8557"; $count is how many.
# ja: each problem is a plain-form clause; the sentences around it add "ため" or
# put it in parentheses. Japanese has no plural, so the selector has one variant.
problem-blocked = { $subjects }が{ $count ->
       *[other] ブロックされている
    }
problem-partial = { $part }は、サンプルとしてテストした{ $known }個のポートのうち{ $got }個でしか通信できない
problem-none-of = { $part }は、サンプルとしてテストした{ $known }個のポートのどれでも通信できない
problem-intercepted = { $part }に、インターネットではなく途中の別のもの（プロキシ、フィルター、ログインページなど）が応答している

## Each way through, on its line under the verdict

path-works = 通信できます
path-works-caveat = 通信できます（{ $caveat }）
path-degraded = 通信できます（ただし、{ $problems }）
path-blocked = { $problems }ため、接続できません
path-untested = { $parts }をテストできませんでした
# A path that is one kind of phone's: "iPhones, through Apple's push service".
path-heading-audience = { $audience }、{ $path }
# Why a path does not get through, as a sentence: "Directly: media on … is blocked."
path-failure = { $path }では、{ $problems }ため、接続できません。

## Why a verdict is what it is

reason-every-port = 必要なポートはすべて通信できます。
reason-weakened = { $problems }ため、{ $feature }が遅れたり失敗したりすることがあります。
reason-works = { $path }で動作します。
reason-works-caveat = { $path }で動作します。ただし、{ $caveat }。
reason-works-weakened = { $path }で動作しますが、{ $problems }ため、遅れたり失敗したりすることがあります。
reason-works-caveat-weakened = { $path }で動作します。ただし、{ $caveat }。また、{ $problems }ため、遅れたり失敗したりすることがあります。
reason-works-at-least = 少なくとも{ $path }で動作します。
reason-works-at-least-weakened = 少なくとも{ $path }で動作しますが、{ $problems }ため、遅れたり失敗したりすることがあります。
reason-not-path = { $path }では、{ $problems }ため、動作しません。
reason-untested-better = { $paths }でも動作するかどうかは、テストできませんでした。
reason-untested-better-browser = { $paths }でも動作するかどうかは、テストできませんでした。{ reason-try-another-browser }
# ja: whole sentences, with their "。".
reason-try-another-browser = このブラウザーはWebRTCに対応していないため、UDPのテストを実行できません。テストするには、Chrome、Firefox、Edge、スマートフォンのSafariなど、別のブラウザーでチェックを実行してください。
reason-needs-another-browser = { reason-try-another-browser }
# $parts are the parts every way needs; $count is how many.
reason-cannot-work-without = { $feature }には{ $parts }が必要ですが、{ $count ->
        [1] これが
       *[other] これらが
    }お使いのネットワークとインターネットの間でブロックされています。
reason-cannot-get-through = { $feature }は、どの経路でも通信できません。
reason-also-blocked = また、{ $problems }ため、遅れたり失敗したりすることがあります。
# $untested are the parts that could not be tested; $count is how many.
reason-at-risk = { $problems }ため、{ $feature }が遅れたり失敗したりすることがあります。また、{ $untested }が{ $count ->
       *[other] 通信できる
    }かどうかは、テストできませんでした。
reason-never-testable = { $feature }には{ $parts }が必要ですが、このチェックではテストできません。{ $why }
reason-our-server-down = このチェック中、これらのポート用のRing Check自身のテストサーバーが応答していなかったため、ポートがブロックされているかどうかを判断できません。これは当方側の問題で、お使いのネットワークの問題ではありません。しばらくしてからもう一度お試しください。
reason-only-other-family = Ringの資料でRingデバイスが使用するとされている{ $documented }では、何も通信できませんでした（お使いのネットワークからRing Checkには{ $other }でしか到達していません）。そのため、このチェックではこれらのポートがブロックされているかどうかを判断できません。
reason-nothing-got-out = お使いのブラウザーから、Ring Check自身のテストサーバーにどのポートでも接続できなかったため、このチェックではこれらのポートがブロックされているかどうかを判断できません。
reason-neither-could-test = お使いのブラウザーからも当方のサーバーからも必要なポートをテストできなかったため、このチェックではポートがブロックされているかどうかを判断できません。
reason-router-silent = お使いのルーターは、インターネットからのどのポートにも応答しませんでした。これは正常で安全な状態ですが、そのため、このチェックではこれらのポートがブロックされているかどうかを判断できません。
# Several kinds of phone: $audiences like "Android phones and iPhones".
reason-audiences = { $audiences }についてテストしました。
reason-audiences-own = { $audiences }についてテストしました。お使いの機種を先に表示しています（このブラウザーは{ $phone }で動作しています）。
reason-audience = { $audience }：{ $reason }

## The router's NAT mapping, said with Live View and two-way audio

nat-endpoint-independent = お使いのルーターは、どの宛先に対しても同じ外部ポートを使います。これは、ライブビューの音声と映像に必要な動作です。
nat-endpoint-dependent = お使いのルーターは、宛先ごとに異なる外部ポートを割り当てます（「シンメトリック」NAT）。そのため、ライブビューの接続に時間がかかったり、ネットワークによっては接続できなかったりすることがあります。その場合は、ルーターのメーカーまたはプロバイダーに、Endpoint-Independent Mappingについてお問い合わせください。

## IPv4 and IPv6

family-only-one-tested = このチェックでは、お使いのネットワークに{ $tested }でしか到達できませんでした。Ringの資料では、Ringデバイスは{ $documented }を使用するとされていますが、このRing Checkサーバーはそれらを区別してテストするようには設定されていないため、お使いのRingデバイスでは結果が異なる可能性があります。
family-only-one-tested-planned = お使いのブラウザーでのテスト結果が届かなかったため、このチェックでは、お使いのネットワークに{ $tested }でしか到達できませんでした。Ringの資料では、Ringデバイスは{ $documented }を使用するとされているため、結果が異なる可能性があります。両方をテストするには、もう一度チェックを実行してください。
family-only-other-reached = お使いのネットワークからRing Checkには{ $other }でしか到達しませんでした。Ringの資料でRingデバイスが使用するとされている{ $documented }では何も通信できなかったため、このチェックではRingデバイスが接続できるかどうかを判断できません。{ family-unreached-step }
family-unreached-step = お使いの回線で{ $documented }のインターネット接続が利用できるかどうかを、プロバイダーにお問い合わせください。利用できる場合は、お使いのネットワーク上の何かが{ $documented }の通信をすべてブロックしています。
family-better-on-other = お使いの{ $other }では{ $ports }が通信できますが、{ $documented }では通信できません。Ringの資料でRingデバイスが使用するとされているのは{ $documented }のため、判定は{ $documented }に基づいています。
family-worse-on-other = お使いの{ $other }では{ $ports }がブロックされていますが、{ $documented }では通信できます。Ringの資料では、Ringデバイスは{ $documented }を使用するとされているため、現時点では影響はありません。
family-alike = お使いのネットワークは{ $documented }と{ $other }の両方でRing Checkに到達し、どちらも同じRingのポートを通しています。判定は、Ringの資料でRingデバイスが使用するとされている{ $documented }に基づいています。
family-would-work-on = { $family }だけなら、{ $features }は動作します。

## Ports as a provider needs to hear them

# $range is like "UDP 16500–65000"; $tested how many of its ports were tested.
port-whole-range = { $range }（{ $tested }個のポートをすべてテスト）
# $ports lists the sampled ports: "16500, 25000".
port-run = { $range }（サンプルとしてテストした{ $count }個のポート：{ $ports }）
