# The server's pages around the app: the head, the site's header and footer, the home
# page's reference and the page a wrong address gets.

## The document

page-title = Ring Check：お使いのネットワークでRingは使えますか？
page-description = ご自宅のネットワークでRingドアベル、カメラ、Ring Alarmのベースステーションが正しく動作できるかを確認し、問題があれば対処方法をお伝えします。
page-needs-scripts = Ring Checkでネットワークをテストするには、JavaScriptとWebAssemblyが必要です。JavaScriptを有効にするか、最新のブラウザーをご利用ください。
page-skip-link = 本文へスキップ

## The language switcher: its label, and each language's name in that language.

languages-label = 言語
language-name-en = English
language-name-it = Italiano
language-name-de = Deutsch
language-name-fr = Français
language-name-es = Español
language-name-nl = Nederlands
language-name-ja = 日本語

## The home page

home-heading = ご自宅のネットワークはRingを使える状態ですか？
home-why = Ringデバイスが動作するには、いくつかのポートがルーターを通過できる必要があります。ルーターのファイアウォールやプロバイダーがそのどれかをブロックしていると、症状がわかりにくくなります。モーション通知は届くのに、ライブビューがいつまでもつながらない、ということもあります。Ring Checkはお使いの接続をテストし、どのRing機能が使えるか、どのポートが原因か、何を変更すればよいかをお知らせします。
ports-heading = Ringデバイスが使用するポート

## The port table: its caption, its columns (also shown beside each value when the
## table stacks on a phone) and what each row says of its entry.

ports-caption = Ringデバイスが使用するポートとプロトコル
column-service = サービス
column-protocol = プロトコル
column-ports = ポート
column-direction = 方向
column-purpose = 用途
column-blocked = ブロックされた場合
entry-used-by = 使用デバイス：{ $devices }
entry-source = 出典：{ $sources }
# Before each note of an entry.
entry-note = 注：
# The address family Ring documents these ports for, in bold before its note.
documented-family = { $family }経由。

## The cards under the table

blocked-heading = ブロックされている場合
blocked-router = ルーターを確認してください。
blocked-provider = プロバイダーにお問い合わせください。
blocked-caution = 変更する前に：
wifi-heading = { $device }とWi-Fiセキュリティ
wifi-supported = 対応
wifi-supported-with = { $supported }（暗号化方式：{ $encryption }）
wifi-unsupported = 非対応

## The embed help

embed-heading = Ring Checkを埋め込む
embed-script = ヘルプセンターの記事にRing Checkを設置できます。スクリプトを使うと、フレームの高さが内容に合わせて自動で変わります：
embed-options = プレースホルダーのオプション：
embed-iframe = スクリプトが使えない場所では、高さ固定のシンプルなフレームを使えます：
embed-oembed = このサイトのページはoEmbed（{ $path }）にも対応しています。
embed-origin = このサーバーの運営者は、{ $flag }でフレームを表示できるサイトを制限できます。

## The footer

footer-sources = カタログバージョン{ $version }時点のRingのポート情報です。{ $checked }に次の情報源と照合しました：
footer-open-source = Ring Checkはオープンソースです。

## A page that does not exist

not-found-heading = ページが見つかりません
not-found-text = このアドレスには何もありません。リンクの入力ミスか、古いリンクの可能性があります。
not-found-home = Ring Checkのホームページへ
