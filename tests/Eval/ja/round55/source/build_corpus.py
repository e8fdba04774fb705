"""Round 55, Japanese (ja-JP): a new author's own mix, written blind in the sixty-first session (brief WRITER69.md), for
this session's tuner.
Chosen apart from the groups round 54's docstring names for itself (Yamagata, Morioka, Gunma, Ise, Izumo, Sanuki,
Kitakyushu, Tokyo shitamachi, Gifu; an Uzbek student, a Bangladeshi curry-shop cook, a Ukrainian evacuee, a Mexican
salsa teacher and an Australian working-holiday maker; an elementary-school girl, an old shogi player, a VTuber fan, a
mother feeding a baby at night, a drunk salaryman and a manzai straight man; the Rugby World Cup, a sake brewery's
exports, a long-haul truck driver, a ferry, a currency-exchange counter, a tea ceremony with foreign guests, an origami
class, a convenience-store night shift, a coin collector, a geography podcast and an international-marriage agency),
for round 53 (Ibaraki, Shizuoka, Kanazawa, Okayama, Iyo, Sendai, Nagasaki, Niigata, Kumamoto; a Thai student, a
Peruvian Nikkei factory worker, a Myanmar care worker, a Turkish kebab-shop owner and a German exchange student; a
middle-school boy, a gyaru, a golfing company president and a stay-at-home dad; a sumo broadcast, the Olympic opening
parade, a post-office counter, an administrative scrivener's visa papers, a care home, a cabin-crew member, a ramen
shop, a school-trip plan, a world-map jigsaw, the World Heritage exam, a pen pal, a deep-sea fisherman and a Caribbean
cruise), for round 52 (Tsugaru, Akita, Nagoya, Hiroshima, Tosa, Okinawa, Kagoshima, Hokkaido, Kyoto; a Filipino nurse,
a Chinese technical intern, an Indonesian fishing-boat trainee, an American ALT and a Sri Lankan used-car exporter; a
university gamer, an elderly rice farmer, an engineer mixing English terms and a kindergarten teacher; a TV quiz show,
a crossword, a hotel front desk, a trading company's shipping desk, a cram-school teacher, an online game, a library
reference desk, the World Baseball Classic, a hospital waiting room and a ham-radio operator), for round 51 (Kobe,
Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian, Nepali, Korean, French and
Mongolian learners; a high-school girl, a retired principal, business keigo, a returnee child; exam cramming, a taxi,
the World Cup, a travel agency, an izakaya quiz, a cooking class, airport check-in, karaoke, stamps, a summer project)
and for round 50 (Tokushima, Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki, Toyama; Italian, Ghanaian, Kazakh,
British, Lao and Swedish learners; net slang, a bilingual family, a grandmother, a preschooler; flag cards, banknotes,
a marathon, a car trip, the news, a morning assembly, an escape room, mahjong, a security guard, a flower shop).
Regions: Koshu, Yamanashi ("ずら", "だら", "おせえてくりょう", "いっさら", "ちょすな"; hoto, grapes and wine, Shingen
mochi), Omi, Shiga ("ほん", "やし", "かまへん", "あらはる", "ほやし"; Lake Biwa, Omi merchants, Shigaraki tanuki), Banshu,
Himeji ("だっせ", "知っとう", "ゆうてみいや", "ほかした"; the castle, leather), Senshu, Kishiwada ("われ", "じゃい",
"やんけ", "知っとんかい"; danjiri, Kansai airport, mizunasu), Mikawa, Toyohashi and Okazaki ("だらあ", "じゃん", "りん",
"だもんで"; quail eggs, the fireworks, factory co-workers from South America) and Shonan and Yokohama ("だべ", "じゃん";
surfing, the port's cruise ships, Chinatown).
Migrants and learners: a Cambodian agricultural trainee writing in kana-only simple Japanese ("ソクサバーイ", "オークン",
"しゅと"), a Kenyan ekiden runner in a company team ("ジャンボ", "アサンテ", "ポレポレ"), a Polish music-college student
in careful polite Japanese ("ジェンクイエン", "ショパン"), an Egyptian Arabic teacher ("ヤッラ", "インシャアッラー") and an
Indian IT engineer in Nishikasai mixing English ("アッチャー", "ヤール", "キャピタルシティ", "オフショア").
Age and manner: a hard-of-hearing grandfather ("もういっぺん言うてくれ", "聞こえんかった", "補聴器"), a girl speaking in
ojousama style ("ですの", "くださいませ", "ごきげんよう"), a former-yankee father ("マジで", "ガチで", "教えろや", "単車")
and someone half asleep in bed ("むにゃ", "ふああ", "眠いけど").
Situations: a coffee roaster, a sushi counter with foreign guests, a hair salon, a passport centre's application form, a
homestay host family, an FX trader, a temple priest, a tour-bus guide, a wine shop, a kendo dojo, a Model UN club and
a newspaper round.
Nearly every line starts with アレクサ; the follow-up lines, said inside a session, do not. Every line was typed by
hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 55's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}の首都って何個あるずらみんな言って | 南アフリカ=ZA; ボリビア=BO; オランダ=NL
plural-capitals | アレクサ{}の首都ぜんぶ教えてくれへんか | マレーシア=MY; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}は首都が二つあるらしいじゃんどことどこ | エスワティニ=SZ; コートジボワール=CI; ボリビア=BO
plural-capitals | アレクサ{}の首都を全部言うてみて | オランダ=NL; 南アフリカ=ZA; マレーシア=MY
plural-capitals | アレクサ{}の首都たちをまとめて教えてだら | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | アレクサ{}って首都いくつあるんすか全部 | コートジボワール=CI; 南アフリカ=ZA; ボリビア=BO
plural-capitals | アレクサ{}の首都を両方教えてちょうだいですわ | オランダ=NL; マレーシア=MY; ベナン=BJ
plural-capitals | アレクサ{}の首都はどこどこなん | スリランカ=LK; エスワティニ=SZ; 南アフリカ=ZA
plural-capitals | アレクサ{}の二つの首都って何 | ボリビア=BO; コートジボワール=CI; マレーシア=MY
plural-capitals | アレクサ{}の首都もう一つの方も合わせて教えて | オランダ=NL; スリランカ=LK; ベナン=BJ
plural-capitals | アレクサ{}の首都を二つとも教えてくれんか | エスワティニ=SZ; マレーシア=MY; コートジボワール=CI
plural-capitals | アレクサ南アフリカには首都が三つあるって聞いたじゃん三つとも言って | ZA
plural-capitals | アレクサ南アフリカの首都プレトリア以外にもあるんやろ全部教えて | ZA
plural-capitals | アレクサボリビアの首都ラパスとスクレ両方の役割も教えて | BO
plural-capitals | アレクサボリビアって首都が二つあるんだよねどっちも | BO
plural-capitals | アレクサオランダの首都アムステルダムとハーグ両方って本当 | NL
plural-capitals | アレクサオランダの首都全部お願いしますずら | NL
plural-capitals | アレクサマレーシアの首都はクアラルンプールとあとどこだっけ二つとも | MY
plural-capitals | アレクサマレーシアの首都をどっちも言うてや | MY
plural-capitals | アレクサベナンの首都って二つあるよね両方教えてくれん | BJ
plural-capitals | アレクサスリランカの首都長い名前の方とコロンボ両方教えて | LK
plural-capitals | アレクサエスワティニの首都二つあるらしいけどどれとどれ | SZ
plural-capitals | アレクサコートジボワールの首都はヤムスクロとアビジャンどっちもなの | CI
plural-capitals | アレクサ首都が複数ある国で南アフリカの首都全部 | ZA
plural-capitals | アレクサ首都がいっぱいある国オランダの首都みんな教えて | NL
plural-capitals | アレクサボリビアの首都たち | BO
plural-capitals | アレクサマレーシアの首都たち教えて | MY
plural-capitals | アレクサ南アフリカの首都たち | ZA
plural-capitals | アレクサオランダの首都たち言うて | NL
plural-capitals | アレクサ旧スワジランドの首都二つとも | SZ
plural-capitals | アレクサ象牙海岸の首都両方 | CI
plural-capitals | アレクサセイロンいや今のスリランカの首都全部教えて | LK
# 続けて
follow-up | じゃあ{}はずら | ペルー=PE; ケニア=KE; ラトビア=LV
follow-up | ほんなら{}は | ガーナ=GH; ブータン=BT; パラグアイ=PY
follow-up | そいで{}はどうなんや | ガボン=GA; ウルグアイ=UY; ネパール=NP
follow-up | {}はどうだら | トーゴ=TG; エストニア=EE; ラオス=LA
follow-up | 今度は{}っす | ヨルダン=JO; ホンジュラス=HN; モルディブ=MV
follow-up | あと{}もお願いしますわ | スロベニア=SI; ザンビア=ZM; オマーン=OM
follow-up | それから{}の首都 | ニジェール=NE; キューバ=CU; タジキスタン=TJ
follow-up | {}のほうは | 北朝鮮=KP; 韓国=KR; パレスチナ=PS
follow-up | ついでに{}も | コンゴ共和国=CG; コンゴ民主共和国=CD; ベリーズ=BZ
follow-up | 続けて{}いってみよ | アルメニア=AM; ニカラグア=NI; マラウイ=MW
follow-up | じゃ{}は何ていうとこ | チャド=TD; バヌアツ=VU; ブルンジ=BI
follow-up | ほな{}の首都はどこやねん | ジンバブエ=ZW; モンテネグロ=ME; カタール=QA
follow-up | んで{}は | セネガル=SN; スリナム=SR; キリバス=KI
follow-up | もう一個{}も | エクアドル=EC; ボツワナ=BW; レバノン=LB
follow-up | 今度{}の首都を | モーリタニア=MR; パナマ=PA; ギニア=GN
# はい・いいえ
yes-no-check | アレクサ{}の首都ってあってる | ナイロビはケニア=KE; リマはペルー=PE; ハノイはベトナム=VN
yes-no-check | アレクサ{}の首都でええんよな | キャンベラがオーストラリア=AU; オタワがカナダ=CA; ベルンがスイス=CH
yes-no-check | アレクサ{}の首都ずら | アスタナはカザフスタン=KZ; バクーはアゼルバイジャン=AZ; タシケントはウズベキスタン=UZ
yes-no-check | アレクサ{}の首都じゃんね合ってるら | ソウルは韓国=KR; 平壌は北朝鮮=KP; ラマッラはパレスチナ=PS
yes-no-check | アレクサ{}の首都って本当ですの | キンシャサがコンゴ民主共和国=CD; ブラザビルがコンゴ共和国=CG; アブジャがナイジェリア=NG
yes-no-check | アレクサ{}の首都やなかったっけ | ラゴスってナイジェリア=NG; シドニーってオーストラリア=AU; イスタンブールってトルコ=TR
yes-no-check | アレクサ{}の首都で合ってるっすか | リオデジャネイロがブラジル=BR; カラチがパキスタン=PK; ヤンゴンがミャンマー=MM
yes-no-check | アレクサ{}の首都だよねそうだよね | ウランバートルはモンゴル=MN; ドドマはタンザニア=TZ; ギテガはブルンジ=BI
yes-no-check | アレクサ{}の首都やんな確認させて | ネピドーはミャンマー=MM; アブダビはアラブ首長国連邦=AE; リヤドはサウジアラビア=SA
yes-no-check | アレクサ{}の首都になったってまじ | キーウはウクライナ=UA; ジュバは南スーダン=SS; ディリは東ティモール=TL
yes-no-check | アレクサプレトリアは南アフリカの首都の一つで合ってる | ZA
yes-no-check | アレクサラパスってボリビアの本当の首都じゃないの | BO
yes-no-check | アレクサデンハーグがオランダの首都って言う人おるけど合っとる | NL
yes-no-check | アレクサプトラジャヤもマレーシアの首都って言ってええの | MY
yes-no-check | アレクサ東エルサレムはパレスチナの首都ってことでいいの | PS
yes-no-check | アレクサカサブランカはモロッコの首都じゃなかったっけ | MA
yes-no-check | アレクサアルマトイってまだカザフスタンの首都 | KZ
yes-no-check | アレクサダッカってバングラデシュの首都だったよね | BD
yes-no-check | アレクサチューリッヒがスイスの首都ってどっかで聞いたけど | CH
yes-no-check | アレクサオークランドがニュージーランドの首都でいいんだっけ | NZ
yes-no-check | アレクサトロントってカナダの首都じゃないんか | CA
yes-no-check | アレクサホーチミンはベトナムの首都じゃないよね | VN
# 言い直し
self-correction | アレクサ{}の首都 | オーストリアじゃなくてオーストラリア=AU; スウェーデンやなくてスイス=CH; イランじゃないイラク=IQ
self-correction | アレクサ{}の首都教えて | ニジェールあ違うナイジェリア=NG; スロバキアいやスロベニア=SI; グアテマラじゃなくてエクアドル=EC
self-correction | アレクサ{}の首都どこだら | ラトビアごめんリトアニア=LT; ギニアビサウじゃなくて赤道ギニア=GQ; モーリタニアじゃなくてモーリシャス=MU
self-correction | アレクサ{}の首都ってどこや | コロンビアちゃうボリビアやなくてやっぱコロンビア=CO; パラグアイいやウルグアイ=UY; ザンビアちゃうガンビア=GM
self-correction | アレクサ{}の首都を頼むわ | 韓国やなかった北朝鮮=KP; 北朝鮮じゃなかった韓国=KR; イスラエルじゃなくてパレスチナ=PS
self-correction | アレクサ{}の首都は | コンゴ民主共和国じゃなくてコンゴ共和国=CG; コンゴ共和国じゃなくて民主共和国の方=CD; オマーンじゃなくてヨルダン=JO
self-correction | アレクサ{}の首都っす | トルクメニスタンいや違うタジキスタン=TJ; キルギスじゃなくてカザフスタン=KZ; アルメニアえっとアルバニア=AL
self-correction | アレクサ{}の首都言うてみて | ドミニカ共和国やのうてドミニカ国=DM; ニカラグアじゃのうてホンジュラス=HN; ハイチやなくてジャマイカ=JM
self-correction | アレクサ{}の首都をお願いしますわ | スロバキアですのごめんあそばせチェコ=CZ; ルーマニアじゃなくてブルガリア=BG; オーストラリアじゃなくってオーストリア=AT
self-correction | アレクサ{}の首都なんやった | マリじゃなくてマラウイ=MW; チャドちゃうスーダン=SD; トーゴじゃなくベナン=BJ
self-correction | アレクサ{}の首都ってさ | デンマークあいやノルウェー=NO; フィンランドじゃなかったエストニア=EE; アイルランドじゃなくてアイスランド=IS
self-correction | アレクサ{}の首都は何 | バーレーンちゃうクウェート=KW; カタールじゃなくてバーレーン=BH; イエメンえっとシリア=SY
self-correction | アレクサオーストリアの首都やなくてオーストリアの人口や | FB
self-correction | アレクサニュージーランドの首都いや待ってパプアニューギニアの首都 | PG
self-correction | アレクサセネガルじゃなくてギニアの首都教えてくれんか | GN
self-correction | アレクサマレーシアの首都やなくてインドネシアの首都 | ID
self-correction | アレクサスリランカあ違ったモルディブの首都 | MV
self-correction | アレクサ南アフリカじゃなくて南スーダンの首都 | SS
# ヘルプ
help | アレクサ世界の首都ってどうやって質問すりゃいいずら | HELP
help | アレクサ世界の首都の聞き方がいっさらわからんじゃん | HELP
help | アレクサこのスキルの遊び方を教えてくれへんか | HELP
help | アレクサ何て言うたら首都教えてくれはるんやろ | HELP
help | アレクサ使い方説明してちょうだいね | HELP
help | アレクサヘルプ出してほしいだら | HELP
help | アレクサ首都のスキルって何ができるだん | HELP
help | アレクサ世界の首都で使えるコマンド一覧ある | HELP
help | アレクサもういっぺん使い方言うてくれんか聞こえんかった | HELP
help | アレクサ世界の首都の操作方法を教えていただけますでしょうかですわ | HELP
help | アレクサこれどうやって使うんすかマジわかんねっす | HELP
help | アレクサ首都のクイズみたいなのどう聞けばいいの説明して | HELP
help | アレクサ世界の首都に話しかけるコツってある | HELP
help | アレクサ何を聞いたらええんかヒント頂戴 | HELP
help | アレクサ例えばどんなふうに聞けば首都が出てくるの | HELP
help | アレクサすみませんこのアプリの使用方法がよくわかりませんです | HELP
help | アレクサ首都の聞き方の例をいくつか言ってください | HELP
help | アレクサ世界の首都ってどんなことに答えてくれるか教えてちょ | HELP
help | アレクサ困ったどう言えばいいかヘルプして | HELP
help | アレクサ世界の首都の使い方をゆっくり説明してもらえる | HELP
help | アレクサうちの孫が入れたこの首都のやつどう使うんじゃ | HELP
help | アレクサ首都の質問ってどういう言い方なら通じるのかしら | HELP
help | アレクサヘルプ世界の首都の説明お願い | HELP
help | アレクサこのスキル初めてやねんけど何から聞けばええ | HELP
help | アレクサ世界の首都の取扱説明みたいなの読み上げて | HELP
help | アレクサ質問の仕方を一から教えてほしいっすわ | HELP
help | アレクサ首都のスキルで国の名前言えばいいだけなの | HELP
help | アレクサできることを一通り教えてもらえますか | HELP
# ストップ
stop | アレクサもうええわやめとこ | STOP
stop | アレクサストップしてちょうだいずら | STOP
stop | アレクサ止めてくれへんか | STOP
stop | アレクサもう終わりにするじゃん | STOP
stop | アレクサ世界の首都終わりにしてだら | STOP
stop | アレクサ黙ってちょ | STOP
stop | アレクサおしまいおしまい | STOP
stop | アレクサしゃべるのやめてくれんか | STOP
stop | アレクサもう十分ですわありがとう終了して | STOP
stop | アレクサストップっすもういいっす | STOP
stop | アレクサそこまででいいよ止めて | STOP
stop | アレクサ首都のやつもう閉じて | STOP
stop | アレクサうるさいもう止まって | STOP
stop | アレクサ今日はここまでにしとくわ終わって | STOP
stop | アレクサもういらんけん止めてや | STOP
stop | アレクサ首都の話はもうええ止めや | STOP
stop | アレクサやめやめ | STOP
stop | アレクサ世界の首都を終了させてください | STOP
stop | アレクサもう寝るから終わりね | STOP
stop | アレクサお客さん来たからいったん止めて | STOP
stop | アレクサ静かにしてくれ電話中 | STOP
stop | アレクサ終わってええよおおきに | STOP
stop | アレクサ止めろって言ってんじゃん | STOP
stop | アレクサもうやめだ終わり終わり | STOP
stop | アレクサ世界の首都はもう閉じちゃって | STOP
stop | アレクサストップストップ止まって | STOP
stop | アレクサ話長いもうストップ | STOP
stop | アレクサそれ以上はいらんわ止めといて | STOP
# キャンセル
cancel | アレクサやっぱりキャンセルで | CANCEL
cancel | アレクサ今のなしにして | CANCEL
cancel | アレクサ今の質問取り消しずら | CANCEL
cancel | アレクサさっきのなしなしキャンセル | CANCEL
cancel | アレクサ間違えたキャンセルしてや | CANCEL
cancel | アレクサ今の取り消してくれへん | CANCEL
cancel | アレクサやっぱええわキャンセル | CANCEL
cancel | アレクサ今言ったのは無しでお願い | CANCEL
cancel | アレクサキャンセルしてちょうだいだら | CANCEL
cancel | アレクサ取り消しっすさっきの | CANCEL
cancel | アレクサ今のは聞かんかったことにして | CANCEL
cancel | アレクサキャンセルお願いいたしますわ | CANCEL
cancel | アレクサなしなし今のキャンセル | CANCEL
cancel | アレクサいや違うキャンセルキャンセル | CANCEL
cancel | アレクサ今の質問は取り下げます | CANCEL
cancel | アレクサやめとくキャンセルにして | CANCEL
cancel | アレクサ今のリクエスト取り消し | CANCEL
cancel | アレクサ途中やけどキャンセルして | CANCEL
cancel | アレクサ言い間違えたから今のキャンセル | CANCEL
cancel | アレクサさっきの注文みたいに取り消せる今の | CANCEL
cancel | アレクサ今のいらんキャンセルじゃ | CANCEL
cancel | アレクサ質問キャンセルするわ | CANCEL
cancel | アレクサ今の無効にしてちょ | CANCEL
cancel | アレクサうっかり言っちゃったキャンセルね | CANCEL
cancel | アレクサもう一回考えるから今のはキャンセル | CANCEL
cancel | アレクサ取り消し取り消し | CANCEL
cancel | アレクサキャンセルやキャンセル | CANCEL
cancel | アレクサ子どもが勝手に言ったのキャンセルして | CANCEL
# 起動
launch | アレクサ世界の首都を開いてずら | LAUNCH
launch | アレクサ世界の首都開けてくれへん | LAUNCH
launch | アレクサ世界の首都を起動してだら | LAUNCH
launch | アレクサ世界の首都スタート | LAUNCH
launch | アレクサ世界の首都を始めてちょうだい | LAUNCH
launch | アレクサ世界の首都つけてや | LAUNCH
launch | アレクサ世界の首都で遊びたい | LAUNCH
launch | アレクサ世界の首都を呼んでくれ | LAUNCH
launch | アレクサ世界の首都お願いしますわ | LAUNCH
launch | アレクサ世界の首都をひらけっす | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | アレクサ世界の首都やろうぜ | LAUNCH
launch | アレクサ世界の首都を立ち上げて | LAUNCH
launch | アレクサ世界の首都を使いたいんじゃけど | LAUNCH
launch | アレクサ世界の首都いっぺん開いてみて | LAUNCH
launch | アレクサ世界の首都を出してくれんか | LAUNCH
launch | アレクサ世界の首都してええ | LAUNCH
launch | アレクサ世界の首都ちょっと開いて | LAUNCH
launch | アレクサ世界の首都を開始 | LAUNCH
launch | アレクサ世界の首都を起動させてくださいませ | LAUNCH
launch | アレクサ世界の首都始めよか | LAUNCH
launch | アレクサ世界の首都に切り替えて | LAUNCH
launch | アレクサ世界の首都っての開けてみ | LAUNCH
launch | アレクサ世界の首都さんお願い | LAUNCH
launch | アレクサ世界の首都のスキル開いて | LAUNCH
launch | アレクサ世界の首都をもう一回開いて | LAUNCH
launch | アレクサ世界の首都を開いてもらえる | LAUNCH
launch | アレクサ世界の首都やりたいんやけど | LAUNCH
launch | アレクサ世界の首都で勉強する | LAUNCH
launch | アレクサ世界の首都を頼むわ | LAUNCH
launch | アレクサ世界の首都だよ開いて | LAUNCH
# 逆質問
reverse-question | アレクサ{}が首都の国ってどこずら | ナイロビ=CITY:ナイロビ; アクラ=CITY:アクラ; キト=CITY:キト
reverse-question | アレクサ{}ってどこの国の首都やねん | ティラナ=CITY:ティラナ; アスマラ=CITY:アスマラ; ハラレ=CITY:ハラレ
reverse-question | アレクサ{}はどこの首都だら | ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | アレクサ首都が{}の国はどちらですの | リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ; タリン=CITY:タリン
reverse-question | アレクサ{}が首都なのはどこの国じゃ | 平壌=CITY:平壌; ソウル=CITY:ソウル; ラマッラ=CITY:ラマッラ
reverse-question | アレクサ{}ってとこを首都にしとる国は | キンシャサ=CITY:キンシャサ; ブラザビル=CITY:ブラザビル; ルアンダ=CITY:ルアンダ
reverse-question | アレクサ{}って首都なんやけどどこの | ヌクアロファ=CITY:ヌクアロファ; アピア=CITY:アピア; フナフティ=CITY:フナフティ
reverse-question | アレクサ{}を首都に持つ国の名前は | ンジャメナ=CITY:ンジャメナ; バンギ=CITY:バンギ; ヤウンデ=CITY:ヤウンデ
reverse-question | アレクサ{}が首都って国ある | ポートモレスビー=CITY:ポートモレスビー; ホニアラ=CITY:ホニアラ; ポートビラ=CITY:ポートビラ
reverse-question | アレクサ首都がポートオブスペインの国 | CITY:ポートオブスペイン
reverse-question | アレクサバセテールが首都の国はどこや | CITY:バセテール
reverse-question | アレクサキングスタウンってどこの首都 | CITY:キングスタウン
reverse-question | アレクサカストリーズはどこの国の首都ですか | CITY:カストリーズ
reverse-question | アレクサセントジョージズを首都にしてるのは | CITY:セントジョージズ
reverse-question | アレクサロゾーって首都の国 | CITY:ロゾー
reverse-question | アレクサブリッジタウンはどこの首都なん | CITY:ブリッジタウン
reverse-question | アレクサマジュロが首都の国はどこ | CITY:マジュロ
reverse-question | アレクサパリキールはどこの国の首都 | CITY:パリキール
reverse-question | アレクサヤレンが首都ってどこの国 | CITY:ヤレン
reverse-question | アレクサゲルルムッドはどこの首都 | CITY:ゲルルムッド
reverse-question | アレクサモロニってどこの国の首都なの | CITY:モロニ
reverse-question | アレクサプライアが首都の国を教えて | CITY:プライア
reverse-question | アレクササントメが首都なのはどこ | CITY:サントメ
reverse-question | アレクサマラボってどこの首都やったっけ | CITY:マラボ
reverse-question | アレクサリーブルヴィルはどこの国の首都 | CITY:リーブルヴィル
reverse-question | アレクサキガリが首都の国 | CITY:キガリ
reverse-question | アレクサジュバはどこの国の首都 | CITY:ジュバ
reverse-question | アレクサモガディシオってどこの首都 | CITY:モガディシオ
reverse-question | アレクサスバはどこの国の首都だら | CITY:スバ
reverse-question | アレクサバレッタはどこの首都っす | CITY:バレッタ
reverse-question | アレクサファドゥーツって首都なんだけどどこの国 | CITY:ファドゥーツ
reverse-question | アレクサキシナウはどこの首都 | CITY:キシナウ
reverse-question | アレクサポドゴリツァが首都の国はどちら | CITY:ポドゴリツァ
reverse-question | アレクサスコピエってどこの国の首都 | CITY:スコピエ
reverse-question | アレクササナアはどこの首都や | CITY:サナア
reverse-question | アレクサマナーマが首都の国 | CITY:マナーマ
reverse-question | アレクサバンダルスリブガワンはどこの首都 | CITY:バンダルスリブガワン
# 正式名
official-name | アレクサ{}の首都どこずら | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; パレスチナ国=PS
official-name | アレクサ{}の首都を教えてくれへん | コンゴ民主共和国=CD; コンゴ共和国=CG; 南アフリカ共和国=ZA
official-name | アレクサ{}の首都ってどこだら | ボリビア多民族国=BO; オランダ王国=NL; スリランカ民主社会主義共和国=LK
official-name | アレクサ{}の首都はどこっすか | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; 中華人民共和国=CN
official-name | アレクサ{}の首都はどこでございますか | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; ロシア連邦=RU
official-name | アレクサ{}の首都を言うてや | エチオピア連邦民主共和国=ET; ナイジェリア連邦共和国=NG; タンザニア連合共和国=TZ
official-name | アレクサ{}の首都はどこじゃ | イラン・イスラム共和国=IR; パキスタン・イスラム共和国=PK; アフガニスタン・イスラム首長国=AF
official-name | アレクサ{}の首都を知りたい | エスワティニ王国=SZ; レソト王国=LS; トンガ王国=TO
official-name | アレクサ{}の首都を調べて | ミクロネシア連邦=FM; マーシャル諸島共和国=MH; パラオ共和国=PW
official-name | アレクサ{}の首都はどこなの | 中央アフリカ共和国=CF; 赤道ギニア共和国=GQ; サントメ・プリンシペ民主共和国=ST
official-name | アレクサセントビンセント及びグレナディーン諸島の首都ってどこずら | VC
official-name | アレクサアンティグア・バーブーダの首都を教えてちょうだい | AG
official-name | アレクサセントクリストファー・ネーヴィス連邦の首都 | KN
official-name | アレクサトリニダード・トバゴ共和国の首都はどこや | TT
official-name | アレクサボスニア・ヘルツェゴビナの首都ってどこ | BA
official-name | アレクサマレーシア連邦の首都全部教えて | MY
official-name | アレクサベナン共和国の首都ふたつとも | BJ
official-name | アレクサコートジボワール共和国の首都どこどこ | CI
official-name | アレクサ北マケドニア共和国の首都だら | MK
official-name | アレクサアラブ首長国連邦の首都ってどこっすか | AE
official-name | アレクサシリア・アラブ共和国の首都 | SY
official-name | アレクサエジプト・アラブ共和国の首都を教えて | EG
official-name | アレクサモンゴル国の首都ってどこやったかな | MN
official-name | アレクサキルギス共和国の首都は | KG
# ふだんの呼び名
everyday-name | アレクサ{}の首都ってどこにあるずら | アメリカ=US; 英国=GB; ロシア=RU
everyday-name | アレクサ{}の首都ってどこやったっけ | ビルマ=MM; セイロン=LK; シャム=TH
everyday-name | アレクサ{}の首都言うて | ホランド=NL; スワジランド=SZ; 象牙海岸=CI
everyday-name | アレクサ{}の首都って何 | ザイール=CD; ダホメ=BJ; 上ボルタ=BF
everyday-name | アレクサ{}の首都教えてだら | ペルシャ=IR; チェコスロバキアじゃなくて今のチェコ=CZ; マケドニア=MK
everyday-name | アレクサ{}の首都を調べてや | 南ア=ZA; 北=KP; 南朝鮮=KR
everyday-name | アレクサ{}の首都はどこでしょうか | 蘭=NL; 西班牙=ES; 葡萄牙=PT
everyday-name | アレクサ{}の首都どこやっけ | カンボジア=KH; 東チモール=TL; カーボヴェルデ=CV
everyday-name | アレクサ{}の首都ってどこやったかいな | ベラルーシ=BY; モルドバ=MD; グルジア=GE
everyday-name | アレクサ{}って国の首都は | トルコ=TR; キルギスタン=KG; ウズベク=UZ
everyday-name | アレクサインドの首都デリーでええの | IN
everyday-name | アレクサアメリカの首都ワシントンディーシーで合ってる | US
everyday-name | アレクサイギリスの首都ってやっぱロンドン | GB
everyday-name | アレクサ中国の首都北京だよね | CN
everyday-name | アレクサ北朝鮮の首都ってピョンヤンやった | KP
everyday-name | アレクサ韓国の首都ソウルやんな | KR
everyday-name | アレクサパレスチナの首都ってどこってことになっとる | PS
everyday-name | アレクサコンゴのキンシャサの方の国の首都 | CD
everyday-name | アレクサコンゴのブラザビルの方ってそれが首都なの | CG
everyday-name | アレクサニュージーの首都 | NZ
everyday-name | アレクサオーストラリアの首都シドニーやなかったっけ | AU
# 同じ名前
shared-name | アレクサジョージアの首都ってアトランタやないほうの国の | GE
shared-name | アレクサジョージアの首都どっち | GE+US-GA
shared-name | アレクサアメリカのジョージア州の州都 | US-GA
shared-name | アレクサ国のほうのジョージアの首都 | GE
shared-name | アレクサコンゴの首都 | CD+CG
shared-name | アレクサコンゴの首都って二つの国あるけど両方 | CD+CG
shared-name | アレクサコンゴの大きい方の首都 | CD
shared-name | アレクサコンゴの小さい方の首都 | CG
shared-name | アレクサコリアの首都 | KP+KR
shared-name | アレクサ朝鮮の首都ってどこ | KP+KR
shared-name | アレクサ朝鮮半島の北の方の首都 | KP
shared-name | アレクサ朝鮮半島の南の首都 | KR
shared-name | アレクサドミニカの首都 | DM+DO
shared-name | アレクサドミニカの首都ってどっちのドミニカ | DM+DO
shared-name | アレクサギニアの首都ってギニアビサウとかじゃなくてただのギニア | GN
shared-name | アレクサスーダンの首都北のほう | SD
shared-name | アレクサ南じゃない方のスーダンの首都 | SD
shared-name | アレクサワシントンの首都 | US-WA
shared-name | アレクサワシントン州の州都ってワシントンじゃないの | US-WA
shared-name | アレクサメキシコの首都 | MX
shared-name | アレクサルクセンブルクの首都はルクセンブルクなの | LU
shared-name | アレクサモナコの首都ってモナコ | MC
shared-name | アレクサシンガポールの首都 | SG
shared-name | アレクサジブチの首都はジブチなん | DJ
shared-name | アレクサパナマの首都ってパナマシティ | PA
shared-name | アレクサグアテマラの首都はグアテマラシティなん | GT
shared-name | アレクサクウェートの首都ってクウェートでいいの | KW
shared-name | アレクササモアの首都って米領じゃないほう | WS
shared-name | アレクササモアの首都 | WS
shared-name | アレクサヴァージン諸島の首都 | VG+VI
shared-name | アレクサマケドニアの首都ってギリシャの地方の方じゃなくて | MK
# 州・地方
subdivision | アレクサ{}の州都はどこずら | カリフォルニア州=US-CA; テキサス州=US-TX; ニューヨーク州=US-NY
subdivision | アレクサ{}の州都を教えてくれんか | ハワイ州=US-HI; アラスカ州=US-AK; ネバダ州=US-NV
subdivision | アレクサ{}の州都だら | ワシントン州=US-WA; オレゴン州=US-OR; ミシガン州=US-MI
subdivision | アレクサ{}の州都はどちらですの | ケベック州=CA-QC; オンタリオ州=CA-ON; ブリティッシュコロンビア州=CA-BC
subdivision | アレクサ{}の州都ってどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | アレクサ{}の州都言うて | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; タスマニア州=AU-TAS
subdivision | アレクサ{}の州都はどこなん | サンパウロ州=BR-SP; バイーア州=BR-BA; アマゾナス州=BR-AM
subdivision | アレクサ{}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の首都はどちら | イングランド=GB-ENG; グリーンランド=GL; プエルトリコ=PR
subdivision | アレクサ{}の中心都市ってどこ | 香港=HK; マカオ=MO; 南極=AQ
subdivision | アレクサ{}の主都ってどこ | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノースウエスト準州=CA-NT
subdivision | アレクサ{}の県庁所在地ってどこ | 山梨県=FB; 滋賀県=FB; 兵庫県=FB
subdivision | アレクサ{}の州都ってわかる | カタルーニャ州=FB; バーデンヴュルテンベルク州=DE-BW; ニューサウスウェールズ州=AU-NSW
subdivision | アレクサ{}の首府はどこ | フェロー諸島=FO; ジャージー=JE; マン島=IM
subdivision | アレクサ{}の首都ってあるの | グアム=GU; ニューカレドニア=NC; 台湾=TW
subdivision | アレクサアメリカのワシントンディーシーは何州の州都 | FB
subdivision | アレクサテキサスの州都ってヒューストンやなかった | US-TX
subdivision | アレクサニューヨーク州の州都はニューヨークじゃないってほんと | US-NY
subdivision | アレクサカリフォルニアの州都はロサンゼルスじゃないの | US-CA
subdivision | アレクサ北海道の道庁所在地 | FB
subdivision | アレクサ沖縄県の県庁所在地はどこずら | FB
subdivision | アレクサ中国の四川省の省都 | FB
subdivision | アレクサ韓国の済州道の中心都市 | FB
subdivision | アレクサフランスのノルマンディーの中心都市 | FB
subdivision | アレクサイタリアのシチリア州の州都 | FB
subdivision | アレクサスペインのアンダルシア州の州都どこっす | FB
subdivision | アレクサ仏領ポリネシアの首都 | PF
subdivision | アレクサフォークランド諸島の首都 | FK
# 首都以外
out-of-domain | アレクサ今日の甲府の天気どうずら | FB
out-of-domain | アレクサ明日は雨降るだか | FB
out-of-domain | アレクサ三分のタイマーかけてや | FB
out-of-domain | アレクサ五分経ったら教えてちょうだい | FB
out-of-domain | アレクサ朝六時に起こしてくれへん | FB
out-of-domain | アレクサ目覚ましを七時半にセットっす | FB
out-of-domain | アレクサだんじり祭りの曲かけて | FB
out-of-domain | アレクサ信玄公祭りっていつ | FB
out-of-domain | アレクサ琵琶湖の面積はどのくらい | FB
out-of-domain | アレクサ姫路城って何年にできたん | FB
out-of-domain | アレクサ豊川稲荷までどれくらいかかるだら | FB
out-of-domain | アレクサ東京の人口は何人 | FB
out-of-domain | アレクサパリの人口ってどれぐらいずら | FB
out-of-domain | アレクサロンドンとパリどっちが大きい | FB
out-of-domain | アレクサ北京の今の気温 | FB
out-of-domain | アレクサソウルまで飛行機で何時間 | FB
out-of-domain | アレクサワシントンの時差は | FB
out-of-domain | アレクサローマの有名な観光地教えて | FB
out-of-domain | アレクサアジアの首都ってどこ | FB
out-of-domain | アレクサヨーロッパの首都はどこなん | FB
out-of-domain | アレクサアフリカ大陸の首都を教えて | FB
out-of-domain | アレクサ南極の首都ってあるんか | FB
out-of-domain | アレクサ世界で一番大きい国は | FB
out-of-domain | アレクサ世界で一番人口の多い首都 | FB
out-of-domain | アレクサ一番標高の高い首都ってどこ | FB
out-of-domain | アレクサ日本の国旗の意味教えて | FB
out-of-domain | アレクサフランスの国歌流して | FB
out-of-domain | アレクサ一ドル何円 | FB
out-of-domain | アレクサユーロの為替レート | FB
out-of-domain | アレクサ今日の日経平均どうなっとる | FB
out-of-domain | アレクサニュース読んで | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサエアコン二十六度にしてだら | FB
out-of-domain | アレクサテレビつけてくれんか | FB
out-of-domain | アレクサ買い物リストに牛乳入れといて | FB
out-of-domain | アレクサ卵とバター買い物リストに追加 | FB
out-of-domain | アレクサ明日の予定何やった | FB
out-of-domain | アレクサ母さんに電話かけて | FB
out-of-domain | アレクサしりとりしよ | FB
out-of-domain | アレクサなんか面白い話して | FB
out-of-domain | アレクサ早口言葉言うてみ | FB
out-of-domain | アレクサ今何時 | FB
out-of-domain | アレクサ今日何曜日ずら | FB
out-of-domain | アレクサ次の祝日はいつ | FB
out-of-domain | アレクサ阪神勝った | FB
out-of-domain | アレクサ中日の試合結果っす | FB
out-of-domain | アレクサ大相撲の結果教えて | FB
out-of-domain | アレクサ大谷選手今日ホームラン打った | FB
out-of-domain | アレクサ円周率言って | FB
out-of-domain | アレクサ三十七かける二十四は | FB
out-of-domain | アレクサ百マイルって何キロ | FB
out-of-domain | アレクサ華氏七十度は摂氏何度 | FB
out-of-domain | アレクサ味噌汁の作り方 | FB
out-of-domain | アレクサほうとうのレシピ教えてずら | FB
out-of-domain | アレクサ鮒ずしってどんな味 | FB
out-of-domain | アレクサ姫路おでんって何つけて食べるん | FB
out-of-domain | アレクサ豊橋カレーうどんって知ってる | FB
out-of-domain | アレクサ英語で首都って何て言う | FB
out-of-domain | アレクサキャピタルってどういう意味 | FB
out-of-domain | アレクサ首都と首府の違い | FB
out-of-domain | アレクサ首都圏ってどこからどこまで | FB
out-of-domain | アレクサ日本の首都移転の話ってどうなったの | FB
out-of-domain | アレクサ国連の本部はどこ | FB
out-of-domain | アレクサ国連加盟国っていくつある | FB
out-of-domain | アレクサ世界に国は全部でいくつ | FB
out-of-domain | アレクサアフリカには国がいくつあるだら | FB
out-of-domain | アレクサフランスの大統領誰 | FB
out-of-domain | アレクサイギリスの首相の名前 | FB
out-of-domain | アレクサドイツの公用語は | FB
out-of-domain | アレクサブラジルって何語しゃべるの | FB
out-of-domain | アレクサタイの通貨は | FB
out-of-domain | アレクサケニアの人口 | FB
out-of-domain | アレクサエジプトのピラミッドっていつできた | FB
out-of-domain | アレクサ一番長い川は | FB
out-of-domain | アレクサエベレストの高さ | FB
out-of-domain | アレクサ富士山って何メートルずら | FB
out-of-domain | アレクサ音楽止めないで次の曲 | FB
out-of-domain | アレクサ音量上げて | FB
out-of-domain | アレクサボリューム三にして | FB
out-of-domain | アレクサ昭和の歌謡曲かけて | FB
out-of-domain | アレクサ雨の音流してくれる | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサおはようさん | FB
out-of-domain | アレクサありがとね | FB
out-of-domain | アレクサ好きな食べ物ある | FB
out-of-domain | アレクサ君は何歳なん | FB
out-of-domain | アレクサ歌うたって | FB
out-of-domain | アレクサ今日の運勢は | FB
out-of-domain | アレクサ近くのコンビニどこ | FB
out-of-domain | アレクサ甲府駅から新宿まで特急で何分 | FB
out-of-domain | アレクサ岸和田の花火大会いつやったかな | FB
out-of-domain | アレクサ近江八幡の天気 | FB
out-of-domain | アレクサ西脇市って日本のへそなん | FB
out-of-domain | アレクサ岡崎の八丁味噌の歴史 | FB
out-of-domain | アレクサ首都高渋滞しとる | FB
out-of-domain | アレクサ首都大学東京って今何て名前 | FB
out-of-domain | アレクサ首都直下地震の確率は | FB
out-of-domain | アレクサ世界の首都クイズ何問あるの | FB
out-of-domain | アレクサアメリカの首都の人口 | FB
out-of-domain | アレクサカナダの首都の気温 | FB
out-of-domain | アレクサパリの時間今何時 | FB
out-of-domain | アレクサロンドンの天気は雨 | FB
out-of-domain | アレクサモスクワって寒いの | FB
out-of-domain | アレクサローマまでの距離 | FB
out-of-domain | アレクサ東京からニューデリーまで何キロ | FB
out-of-domain | アレクサ北欧の首都の中で一番北は | FB
out-of-domain | アレクサ首都が一番多い国ってどこ | FB
out-of-domain | アレクサ一番新しい首都はどこ | FB
out-of-domain | アレクサ昔の日本の首都ってどこ | FB
out-of-domain | アレクサ平城京って今のどこ | FB
out-of-domain | アレクサ江戸時代の首都 | FB
out-of-domain | アレクサ月の首都ってあるのかな | FB
out-of-domain | アレクサ火星の首都 | FB
out-of-domain | アレクサアトランティスの首都 | FB
out-of-domain | アレクサワカンダの首都どこ | FB
out-of-domain | アレクサゲームの中の国の首都とかわかる | FB
out-of-domain | アレクサソ連の首都 | FB
out-of-domain | アレクサ東ドイツの首都ってどこだったの | FB
out-of-domain | アレクサユーゴスラビアの首都 | FB
out-of-domain | アレクサ満州国の首都 | FB
out-of-domain | アレクサオスマン帝国の首都 | FB
out-of-domain | アレクサプロイセンの首都は | FB
out-of-domain | アレクサ琉球王国の首都 | FB
out-of-domain | アレクサ北海道の人口 | FB
out-of-domain | アレクサ日本の都道府県いくつ | FB
out-of-domain | アレクサ地球儀おすすめある | FB
out-of-domain | アレクサ世界地図買いたい | FB
out-of-domain | アレクサ世界の首都の歌知ってる | FB
out-of-domain | アレクサ国旗クイズ出して | FB
out-of-domain | アレクサ国名しりとりやろう | FB
out-of-domain | アレクサ世界の料理スキル開いて | FB
out-of-domain | アレクサ豆知識教えて | FB
out-of-domain | アレクサ今日は何の日 | FB
out-of-domain | アレクサ洗濯物外に干しても大丈夫 | FB
out-of-domain | アレクサ花粉どれくらい飛んどる | FB
out-of-domain | アレクサぶどう狩りできる農園 | FB
out-of-domain | アレクサ桃の旬はいつずら | FB
out-of-domain | アレクサなんか音楽かけて | FB
out-of-domain | アレクサ犬の鳴き声して | FB
out-of-domain | アレクサ子守唄流して | FB
out-of-domain | アレクサ十分後にお風呂って教えて | FB
out-of-domain | アレクサリマインダー薬飲む | FB
out-of-domain | アレクサ聞こえとるか | FB
out-of-domain | アレクサあんた賢いなあ | FB
out-of-domain | アレクサ首都って漢字でどう書く | FB
out-of-domain | アレクサ首都って言葉はいつからあるの | FB
# 甲州（山梨）
koshu | アレクサ{}の首都ってどこずら | ブルガリア=BG; ルーマニア=RO; モルドバ=MD
koshu | アレクサ{}の首都おせえてくりょう | ジョージア=GE; アルメニア=AM; アゼルバイジャン=AZ
koshu | アレクサ{}の首都いっさらわからんだけんど | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
koshu | アレクサ{}の首都はどこけ | チリ=CL; アルゼンチン=AR; ウルグアイ=UY
koshu | アレクサぶどう輸出しとる{}の首都ずら | 台湾=TW; 香港=HK; シンガポール=SG
koshu | アレクサワインの本場{}の首都はどこだっけずら | フランス=FR; イタリア=IT; ポルトガル=PT
koshu | アレクサ富士山みたいな山がある{}の首都ずら | ニュージーランド=NZ; エクアドル=EC; タンザニア=TZ
koshu | アレクサほうとう食いながら聞くけど北朝鮮の首都どこずら | KP
koshu | アレクサ信玄餅の箱に書いてあった南アフリカの首都全部おせえて | ZA
koshu | アレクサちょしちょしちょすなって言ってる間に韓国の首都教えて | KR
# 近江（滋賀）
omi | アレクサ{}の首都ってどこなんほん | フィンランド=FI; スウェーデン=SE; ノルウェー=NO
omi | アレクサ{}の首都教えてほしいんやけどかまへん | デンマーク=DK; アイスランド=IS; エストニア=EE
omi | アレクサ琵琶湖より大きい湖のある{}の首都ってどこやし | ウガンダ=UG; ケニア=KE; マラウイ=MW
omi | アレクサ{}の首都はどこやろなあほやし | カナダ=CA; ロシア=RU; カザフスタン=KZ
omi | アレクサ近江商人の子孫やけど{}の首都知らんねん | ベトナム=VN; タイ=TH; カンボジア=KH
omi | アレクサ{}の首都どこにあらはるん | バチカン=VA; サンマリノ=SM; リヒテンシュタイン=LI
omi | アレクサ信楽焼のたぬき送る{}の首都 | オランダ=NL; ベルギー=BE; ルクセンブルク=LU
omi | アレクサほやしパレスチナの首都はどこになってはるん | PS
omi | アレクサ湖国から聞くけどコンゴ民主共和国の首都どこやし | CD
# 播州（姫路）
banshu | アレクサ{}の首都ってどこだっせ | ポーランド=PL; チェコ=CZ; スロバキア=SK
banshu | アレクサ{}の首都知っとう | ハンガリー=HU; オーストリア=AT; スイス=CH
banshu | アレクサ{}の首都ゆうてみいや | クロアチア=HR; セルビア=RS; ボスニア・ヘルツェゴビナ=BA
banshu | アレクサ姫路城みたいな城がある{}の首都どこやねん | ドイツ=DE; スペイン=ES; イギリス=GB
banshu | アレクサ{}の首都しらんねんけどおしえたってや | モンテネグロ=ME; 北マケドニア=MK; アルバニア=AL
banshu | アレクサ革の取引先の{}の首都ってどこなん | パキスタン=PK; バングラデシュ=BD; インド=IN
banshu | アレクサほかしたメモに書いとったコンゴ共和国の首都どこやったっけ | CG
banshu | アレクサ播州弁でごめんやけどボリビアの首都ふたつともゆうて | BO
# 泉州（岸和田）
senshu | アレクサ{}の首都どこじゃいわれ | メキシコ=MX; グアテマラ=GT; エルサルバドル=SV
senshu | アレクサ{}の首都知っとんかい | ホンジュラス=HN; ニカラグア=NI; コスタリカ=CR
senshu | アレクサだんじり曳きながら聞くけど{}の首都どこや | パナマ=PA; コロンビア=CO; ベネズエラ=VE
senshu | アレクサ{}の首都ゆうてみいやんけ | キューバ=CU; ハイチ=HT; ドミニカ共和国=DO
senshu | アレクサ関空から行ける{}の首都ってどこなんよ | フィリピン=PH; インドネシア=ID; マレーシア=MY
senshu | アレクサ水なす送ったろ思てる{}の首都どこやねん | 韓国=KR; 中国=CN; モンゴル=MN
senshu | アレクサわれ北朝鮮の首都わかるんかい | KP
senshu | アレクサマレーシアの首都ってふたつあるんかいどっちもいうてみ | MY
# 三河（豊橋・岡崎）
mikawa | アレクサ{}の首都ってどこだらあ | エジプト=EG; リビア=LY; チュニジア=TN
mikawa | アレクサ{}の首都教えてくれりん | アルジェリア=DZ; モロッコ=MA; モーリタニア=MR
mikawa | アレクサ{}の首都じゃんどこだっけ | スーダン=SD; 南スーダン=SS; エチオピア=ET
mikawa | アレクサ{}の首都どこだもんで | エリトリア=ER; ジブチ=DJ; ソマリア=SO
mikawa | アレクサうずらの卵輸出しとる{}の首都言ってみりん | オーストラリア=AU; アメリカ=US; ブラジル=BR
mikawa | アレクサ豊橋の工場の同僚{}から来たけど首都どこだら | ペルー=PE; ボリビア=BO; パラグアイ=PY
mikawa | アレクサ岡崎の花火見に来る南アフリカの人の国の首都全部言ってみりん | ZA
mikawa | アレクサパレスチナの首都ってどこだらあ | PS
# 湘南・横浜
shonan | アレクサ{}の首都ってどこだべ | ハワイのあるアメリカ=US; フィジー=FJ; サモア=WS
shonan | アレクサ波乗りしに行きたい{}の首都どこじゃん | インドネシア=ID; スリランカ=LK; モルディブ=MV
shonan | アレクサ{}の首都どこなんだべ | トンガ=TO; バヌアツ=VU; ソロモン諸島=SB
shonan | アレクササーフィンの大会がある{}の首都ってどこ | ポルトガル=PT; モロッコ=MA; ペルー=PE
shonan | アレクサ横浜港に来る客船の{}の首都教えてほしいじゃん | バハマ=BS; パナマ=PA; マルタ=MT
shonan | アレクサ中華街の{}出身の店長の国の首都 | 中国=CN; 台湾=TW; 北朝鮮=KP
shonan | アレクサスリランカの首都ってふたつあるべ両方 | LK
shonan | アレクサ江ノ島から聞くけどオランダの首都どれとどれじゃん | NL
# カンボジアの農業研修生
cambodian-trainee | アレクサわたしカンボジアからきました{}のしゅとはどこですか | カンボジア=KH; ラオス=LA; ミャンマー=MM
cambodian-trainee | アレクサソクサバーイ{}のしゅとおしえてください | タイ=TH; ベトナム=VN; マレーシア=MY
cambodian-trainee | アレクサ農家のおかあさん{}のしゅとききました | ブルネイ=BN; 東ティモール=TL; フィリピン=PH
cambodian-trainee | アレクサ{}のしゅとわかりますかおねがいします | インド=IN; ネパール=NP; ブータン=BT
cambodian-trainee | アレクサともだちは{}からきましたしゅとどこ | コンゴ民主共和国=CD; 韓国=KR; パレスチナ=PS
cambodian-trainee | アレクサオークンありがとうきたちょうせんのしゅとはどこ | KP
cambodian-trainee | アレクサしゅとがふたつあるくにマレーシアのしゅとぜんぶ | MY
# ケニアの駅伝ランナー
kenyan-runner | アレクサ合宿で一緒のモザンビークの選手の国の首都はどこ | MZ
kenyan-runner | アレクサジャンボ{}の首都教えて | ケニア=KE; タンザニア=TZ; ウガンダ=UG
kenyan-runner | アレクサ駅伝のライバル{}の首都どこ | エチオピア=ET; エリトリア=ER; ルワンダ=RW
kenyan-runner | アレクサアサンテ{}の首都はなに | ブルンジ=BI; ソマリア=SO; 南スーダン=SS
kenyan-runner | アレクサ寮の監督さん{}の首都聞いてた | モロッコ=MA; アルジェリア=DZ; ナミビア=NA
kenyan-runner | アレクサマラソン大会があった{}の首都どこですか | ボツワナ=BW; ジンバブエ=ZW; ザンビア=ZM
kenyan-runner | アレクサポレポレでいいよ南アフリカの首都三つ教えて | ZA
kenyan-runner | アレクサ練習のあとで聞くコンゴ共和国の首都はどこ | CG
# ポーランドの音大留学生
polish-student | アレクサショパンの国{}の首都はワルシャワですよね | ポーランド=PL; リトアニア=LT; ベラルーシ=BY
polish-student | アレクサジェンクイエン{}の首都を教えてください | ウクライナ=UA; ラトビア=LV; スロバキア=SK
polish-student | アレクサコンクールで{}の首都に行きますどこですか | オーストリア=AT; チェコ=CZ; ハンガリー=HU
polish-student | アレクサ作曲家の生まれた{}の首都はどこでしょう | ノルウェー=NO; フィンランド=FI; アルゼンチン=AR
polish-student | アレクサ練習室の先輩が{}出身です首都は | キプロス=CY; ギリシャ=GR; イスラエル=IL
polish-student | アレクサオランダの首都はふたつと聞きましたふたつとも教えてください | NL
polish-student | アレクサ大韓民国の首都はどこですかコンサートがあります | KR
# エジプト人のアラビア語講師
egyptian-teacher | アレクサヤッラ{}の首都はどこ | エジプト=EG; サウジアラビア=SA; ヨルダン=JO
egyptian-teacher | アレクサ生徒さんに聞かれた{}の首都は | レバノン=LB; シリア=SY; イラク=IQ
egyptian-teacher | アレクサインシャアッラー{}の首都を教えて | クウェート=KW; バーレーン=BH; カタール=QA
egyptian-teacher | アレクサアラビア語の教科書に出てきた{}の首都 | オマーン=OM; イエメン=YE; アラブ首長国連邦=AE
egyptian-teacher | アレクサ{}の首都アラビア語でもいいから教えて | チュニジア=TN; リビア=LY; スーダン=SD
egyptian-teacher | アレクサパレスチナの首都について生徒さんに説明したいどこ | PS
egyptian-teacher | アレクサコモロもアラブ連盟だけど首都は | KM
# インド人ITエンジニア（西葛西）
indian-engineer | アレクサアッチャー{}のキャピタルどこ | インド=IN; パキスタン=PK; スリランカ=LK
indian-engineer | アレクサプロジェクトのクライアント{}のキャピタルシティ教えて | シンガポール=SG; アイルランド=IE; イスラエル=IL
indian-engineer | アレクサヤール{}の首都なに | バングラデシュ=BD; ネパール=NP; モルディブ=MV
indian-engineer | アレクサオフショアチームの{}の首都はどこだっけ | ベトナム=VN; フィリピン=PH; ウクライナ=UA
indian-engineer | アレクサ西葛西のカレー屋で聞かれた{}の首都 | アフガニスタン=AF; イラン=IR; ウズベキスタン=UZ
indian-engineer | アレクサボリビアのキャピタル二つあるってほんとに両方言って | BO
indian-engineer | アレクサノースコリアのキャピタルシティ | KP
# 耳の遠いおじいさん
deaf-grandpa | アレクサ{}の首都はどこじゃと聞いとるんじゃ | トルコ=TR; ギリシャ=GR; イラン=IR
deaf-grandpa | アレクサもういっぺん言うてくれ{}の首都 | アルゼンチン=AR; チリ=CL; ブラジル=BR
deaf-grandpa | アレクサ聞こえんかったぞ{}の首都はどこ | ソ連やない今のロシア=RU; ポーランド=PL; フィンランド=FI
deaf-grandpa | アレクサもっと大きい声で{}の首都 | インドネシア=ID; ミャンマー=MM; フィリピン=PH
deaf-grandpa | アレクサ{}の首都をゆっくり言うてくれんか | スリランカ=LK; コートジボワール=CI; マダガスカル=MG
deaf-grandpa | アレクサ補聴器つけたからもう一回北朝鮮の首都 | KP
deaf-grandpa | アレクサなに韓国の首都はどこかと聞いたんじゃ | KR
deaf-grandpa | アレクサはあコンゴ民主共和国の首都がなんじゃって | CD
# お嬢様ことば
ojousama | アレクサ{}の首都はどちらですの | モナコ=MC; ルクセンブルク=LU; リヒテンシュタイン=LI
ojousama | アレクサ{}の首都を教えてくださいませ | スイス=CH; オーストリア=AT; ベルギー=BE
ojousama | アレクサ別荘のある{}の首都ってどこでしたかしら | カナダ=CA; ニュージーランド=NZ; セーシェル=SC
ojousama | アレクサわたくし{}の首都を存じ上げませんのよ | モーリシャス=MU; バルバドス=BB; アンドラ=AD
ojousama | アレクサごきげんよう{}の首都はどこかしら | サンマリノ=SM; マルタ=MT; キプロス=CY
ojousama | アレクサオランダの首都をお二つともお聞かせくださいまし | NL
ojousama | アレクサ南アフリカの首都をすべておっしゃってくださる | ZA
# 元ヤンの父ちゃん
ex-yankee | アレクサ{}の首都ってどこだよマジで | アメリカ=US; メキシコ=MX; ジャマイカ=JM
ex-yankee | アレクサ{}の首都教えろや頼むわ | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
ex-yankee | アレクサガキに聞かれたんだけど{}の首都ってどこっすか | ケニア=KE; ナイジェリア=NG; ガーナ=GH
ex-yankee | アレクサ{}の首都ガチでわからん | トリニダード・トバゴ=TT; グレナダ=GD; セントルシア=LC
ex-yankee | アレクサ昔単車で走ってた頃から気になってた{}の首都 | イタリア=IT; ドイツ=DE; 日本=JP
ex-yankee | アレクサ北朝鮮の首都どこだっけなマジ忘れた | KP
ex-yankee | アレクサパレスチナの首都ってどこなんすかガキの宿題 | PS
ex-yankee | アレクサコンゴ共和国の首都ってどこだよ | CG
# 寝ぼけて
half-asleep | アレクサ寝ながら聞くけどガイアナの首都ってどこだっけ | GY
half-asleep | アレクサむにゃ{}の首都どこ | エストニア=EE; ラトビア=LV; リトアニア=LT
half-asleep | アレクサふああ{}の首都って | ガボン=GA; カメルーン=CM; 赤道ギニア=GQ
half-asleep | アレクサ夢で{}に行ったんだけど首都どこ | アイスランド=IS; グリーンランド=GL; ノルウェー=NO
half-asleep | アレクサ寝る前に{}の首都だけ教えて | ニジェール=NE; チャド=TD; 中央アフリカ=CF
half-asleep | アレクサ眠いけど{}の首都どこだっけ | ベナン=BJ; トーゴ=TG; ブルキナファソ=BF
half-asleep | アレクサうーん韓国の首都って | KR
half-asleep | アレクサふわあボリビアの首都ふたつ | BO
# コーヒー焙煎所
coffee-roaster | アレクサ今焙煎してる豆の産地{}の首都 | エチオピア=ET; ケニア=KE; ルワンダ=RW
coffee-roaster | アレクサ{}産の豆なんだけど首都はどこ | グアテマラ=GT; コスタリカ=CR; エルサルバドル=SV
coffee-roaster | アレクサお客さんに聞かれた{}の首都 | コロンビア=CO; ブラジル=BR; ホンジュラス=HN
coffee-roaster | アレクサ豆の名前にもなってる{}の首都ってどこ | モカのイエメン=YE; ブルーマウンテンのジャマイカ=JM; コナのアメリカ=US
coffee-roaster | アレクサ新しく仕入れた{}の豆の国の首都 | ブルンジ=BI; タンザニア=TZ; パプアニューギニア=PG
coffee-roaster | アレクサロブスタの産地{}の首都はどこ | ベトナム=VN; ウガンダ=UG; インドネシア=ID
coffee-roaster | アレクサ豆袋にコンゴ民主共和国って書いてある首都どこ | CD
coffee-roaster | アレクサボリビアの豆のラベルに首都って書こうと思うんだけど二つとも | BO
# 寿司カウンター
sushi-counter | アレクサへいらっしゃい{}からのお客さんだ首都どこだい | ノルウェー=NO; チリ=CL; モロッコ=MA
sushi-counter | アレクサマグロの産地{}の首都ってどこ | スペイン=ES; マルタ=MT; クロアチア=HR
sushi-counter | アレクサうにの産地の{}の首都 | チリ=CL; ロシア=RU; カナダ=CA
sushi-counter | アレクサ大将の代わりに聞くけど{}の首都 | アイルランド=IE; デンマーク=DK; アイスランド=IS
sushi-counter | アレクサカウンターの{}のご夫婦の国の首都はどこ | オランダ=NL; ポルトガル=PT; ギリシャ=GR
sushi-counter | アレクササーモンのノルウェーじゃなくて南アフリカの首都全部 | ZA
sushi-counter | アレクサ板前の弟子が韓国から来てんだ首都どこだっけ | KR
# 美容院
hair-salon | アレクサお客様が{}に行かれるそうで首都どこでしたっけ | モルディブ=MV; セーシェル=SC; モーリシャス=MU
hair-salon | アレクサカラー待ちの間に{}の首都 | フランス=FR; イタリア=IT; スペイン=ES
hair-salon | アレクサシャンプー中に聞くね{}の首都 | トルコ=TR; ジョージア=GE; アルメニア=AM
hair-salon | アレクサアシスタントの子が{}出身なんですけど首都は | フィリピン=PH; タイ=TH; ネパール=NP
hair-salon | アレクサ新婚旅行で{}行くお客さんの首都 | フィジー=FJ; パラオ=PW; キリバス=KI
hair-salon | アレクサパーマの間にマレーシアの首都二つ教えて | MY
hair-salon | アレクサ店長パレスチナの首都知ってるかって | PS
# パスポートセンター
passport-office | アレクサ申請書の渡航先{}の首都を書く欄があるんだけど | カザフスタン=KZ; ウズベキスタン=UZ; モンゴル=MN
passport-office | アレクサ窓口で聞かれた{}の首都はどこ | サウジアラビア=SA; イラク=IQ; アフガニスタン=AF
passport-office | アレクサビザ取る{}の首都ってどこ | ロシア=RU; 中国=CN; インド=IN
passport-office | アレクサ大使館のある{}の首都 | アメリカ=US; イギリス=GB; オーストラリア=AU
passport-office | アレクサ渡航先コンゴ共和国の首都を書くんだけど | CG
passport-office | アレクサ渡航先が北朝鮮の場合の首都って | KP
passport-office | アレクサ申請書にボリビアって書いたけど首都は二つともなんて | BO
# ホームステイの受け入れ家庭
homestay | アレクサ今度うちに来る子{}出身なんだけど首都どこ | スウェーデン=SE; デンマーク=DK; フィンランド=FI
homestay | アレクサホストファミリーやるんだけど{}の首都ってどこ | ニュージーランド=NZ; カナダ=CA; アイルランド=IE
homestay | アレクサ留学生の子の故郷{}の首都 | ブラジル=BR; メキシコ=MX; ペルー=PE
homestay | アレクサうちの留学生が{}から来たって首都どこかね | ガーナ=GH; セネガル=SN; ナイジェリア=NG
homestay | アレクサ留学生の子と一緒に聞くよ{}の首都 | ベネズエラ=VE; エクアドル=EC; パラグアイ=PY
homestay | アレクサ来月来る子が南アフリカなの首都全部教えて | ZA
homestay | アレクサ留学生の子オランダから来たんだけど首都両方 | NL
# FXトレーダー
fx-trader | アレクサ{}の通貨で損したけど首都はどこ | トルコ=TR; アルゼンチン=AR; 南アフリカ=ZA
fx-trader | アレクサ{}の中央銀行がある首都 | スイス=CH; ノルウェー=NO; スウェーデン=SE
fx-trader | アレクサ{}の首都って指標発表で聞いたけどどこ | ニュージーランド=NZ; オーストラリア=AU; カナダ=CA
fx-trader | アレクサ{}の首都を教えてチャート見ながら | メキシコ=MX; ブラジル=BR; ハンガリー=HU
fx-trader | アレクサポジション持ってる{}の首都ってどこだっけ | ポーランド=PL; チェコ=CZ; インド=IN
fx-trader | アレクサランドの南アフリカの首都って三つなんだよね全部 | ZA
fx-trader | アレクサリンギットのマレーシアの首都二つとも | MY
# お寺の住職
temple | アレクサ仏教の国{}の首都はどこかのう | スリランカ=LK; ブータン=BT; ミャンマー=MM
temple | アレクサ檀家さんが{}に旅行されるそうじゃ首都はどこ | インド=IN; ネパール=NP; タイ=TH
temple | アレクサお釈迦様の生まれた{}の首都を教えておくれ | ネパール=NP; インド=IN; ラオス=LA
temple | アレクサ法要のあとで聞くが{}の首都は | モンゴル=MN; カンボジア=KH; 韓国=KR
temple | アレクサ宿坊に泊まっておられる{}の方の首都 | フランス=FR; ドイツ=DE; イスラエル=IL
temple | アレクサ写経に来られた方の国{}の首都はどこですかな | ポーランド=PL; ルーマニア=RO; セルビア=RS
temple | アレクサ南無阿弥陀仏北朝鮮の首都はどこじゃったかな | KP
temple | アレクサ合掌してからパレスチナの首都を教えてくだされ | PS
# バスガイド
bus-guide | アレクサ皆さま右手に見えますのは{}の大使館です首都はどこでしたっけ | ブラジル=BR; エジプト=EG; トルコ=TR
bus-guide | アレクサツアーのお客様{}からいらしてます首都は | 台湾=TW; タイ=TH; シンガポール=SG
bus-guide | アレクサ次の休憩までに{}の首都を覚えたいの | マレーシア=MY; インドネシア=ID; ベトナム=VN
bus-guide | アレクサガイド仲間に聞かれた{}の首都ってどこかしら | オーストラリア=AU; フィリピン=PH; 香港=HK
bus-guide | アレクサ車内クイズで出す{}の首都 | ペルー=PE; チリ=CL; キューバ=CU
bus-guide | アレクサ添乗員さんが南アフリカの首都三つあるって言うの全部 | ZA
bus-guide | アレクサ車内クイズでコンゴ民主共和国の首都出したいの教えて | CD
# ワインショップ
wine-shop | アレクサこのワイン{}産なんだけど首都はどこ | チリ=CL; アルゼンチン=AR; 南アフリカ=ZA
wine-shop | アレクサ{}ワインの棚に首都も書きたいんだけど | ジョージア=GE; モルドバ=MD; ハンガリー=HU
wine-shop | アレクサソムリエ試験で出た{}の首都 | オーストリア=AT; スロベニア=SI; ギリシャ=GR
wine-shop | アレクサ輸入元が{}なんだけど首都どこ | レバノン=LB; イスラエル=IL; ウルグアイ=UY
wine-shop | アレクサ新入荷の{}のワインの国の首都を教えて | ブルガリア=BG; ルーマニア=RO; クロアチア=HR
wine-shop | アレクサワイン造ってる南アフリカの首都は三つってほんと全部 | ZA
wine-shop | アレクサオランダってワインないけど首都二つとも教えて | NL
# 剣道の道場
kendo-dojo | アレクサ道場に来てる{}の弟子の国の首都はどこじゃ | フランス=FR; ブラジル=BR; カナダ=CA
kendo-dojo | アレクサ稽古のあとで聞くけど{}の首都 | ハンガリー=HU; イタリア=IT; スウェーデン=SE
kendo-dojo | アレクサ世界剣道選手権に出る{}の首都を教えて | 韓国=KR; アメリカ=US; ベルギー=BE
kendo-dojo | アレクサ面を外して聞きます{}の首都 | ドイツ=DE; スペイン=ES; 台湾=TW
kendo-dojo | アレクサ師範の出張先{}の首都 | メキシコ=MX; ベネズエラ=VE; アルゼンチン=AR
kendo-dojo | アレクサ先生北朝鮮の首都もわかるかって | KP
kendo-dojo | アレクサ一本取ったぞボリビアの首都全部 | BO
# 模擬国連
model-un | アレクサ南米のガイアナ代表なんだけど首都は | GY
model-un | アレクサ模擬国連で{}代表になったんだけど首都どこ | マリ=ML; ギニア=GN; シエラレオネ=SL
model-un | アレクサ議場で{}の首都をスピーチに入れたい | リベリア=LR; ギニアビサウ=GW; ガンビア=GM
model-un | アレクサ決議案の{}の首都ってどこ | カーボベルデ=CV; サントメ・プリンシペ=ST; コモロ=KM
model-un | アレクサ担当国{}の首都を教えてください | 東ティモール=TL; ツバル=TV; ナウル=NR
model-un | アレクサ{}大使役なんだけど首都知らなかった | マーシャル諸島=MH; ミクロネシア=FM; パラオ=PW
model-un | アレクサ模擬国連でパレスチナ代表やるの首都は | PS
model-un | アレクサオブザーバーのパレスチナ国の首都を確認したい | PS
model-un | アレクサコンゴ共和国担当だけど首都は | CG
model-un | アレクサ安保理で北朝鮮の首都の話が出たの | KP
# 新聞配達
paper-route | アレクサ朝刊に載ってた{}の首都ってどこ | イスラエル=IL; イラン=IR; シリア=SY
paper-route | アレクサ配達終わったで{}の首都教えて | スーダン=SD; エチオピア=ET; ソマリア=SO
paper-route | アレクサ一面の{}の記事なんだけど首都は | ベネズエラ=VE; ハイチ=HT; ニカラグア=NI
paper-route | アレクサ朝四時に聞くけど{}の首都 | ミャンマー=MM; アフガニスタン=AF; パキスタン=PK
paper-route | アレクサ夕刊の国際面に出てた{}の首都 | リビア=LY; イエメン=YE; レバノン=LB
paper-route | アレクサ新聞に出てたコンゴ民主共和国の首都ってどこ | CD
paper-route | アレクサ国際面に韓国の首都のことが | KR
"""

if __name__ == "__main__":
    build_round(55, "ja", LINES, sys.argv, "tests/Eval/ja/round55/source/build_corpus.py")
