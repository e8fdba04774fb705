"""Round 53, Japanese (ja-JP): a new author's own mix, written blind at the end of the fifty-eighth session (brief
WRITER65.md), for the next session's tuner.
Chosen apart from the groups round 52's docstring names for itself (Tsugaru, Akita, Nagoya, Hiroshima, Tosa, Okinawa,
Kagoshima, Hokkaido, Kyoto; a Filipino nurse, a Chinese technical intern, an Indonesian fishing-boat trainee, an American
ALT and a Sri Lankan used-car exporter; a university gamer, an elderly rice farmer, an engineer mixing English terms and
a kindergarten teacher; a TV quiz show, a crossword, a hotel front desk, a trading company's shipping desk, a cram-school
teacher, an online game, a library reference desk, the World Baseball Classic, a hospital waiting room and a ham-radio
operator), from the ones it lists for round 51 (Kobe, Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese,
Japanese-Brazilian, Nepali, Korean, French and Mongolian learners; a high-school girl, a retired principal, business
keigo, a returnee child; exam cramming, a taxi, the World Cup, a travel agency, an izakaya quiz, a cooking class, airport
check-in, karaoke, stamps, a summer project) and from the ones it lists for round 50 (Tokushima, Shinshu, Aizu,
Wakayama, Hakata, Yamaguchi, Miyazaki, Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish learners; net slang,
a bilingual family, a grandmother, a preschooler; flag cards, banknotes, a marathon, a car trip, the news, a morning
assembly, an escape room, mahjong, a security guard, a flower shop).
Regions: Ibaraki ("だっぺ", "ごじゃっぺ", "くんちぇ"; natto, hoshiimo), Shizuoka ("ずら", "だら", "だもんで",
"やっきりする"; tea, eel, Fuji), Kanazawa ("まっし", "がや", "だら", "あんやと"; gold leaf, Kenrokuen), Okayama ("じゃ",
"ぼっけえ", "でーれー", "つかあさい"; peaches, kibidango), Iyo in Ehime ("ぞなもし", "けん", "しよる"; mikan, Dogo
onsen), Sendai ("だっちゃ", "いぐね", "おせでけろ"; gyutan, Tanabata), Nagasaki ("ばってん", "くれんね", "とっとさ";
champon, the shipyard), Niigata ("らて", "こて", "しょってえ", "くんなせ"; rice, Sado) and Kumamoto ("ばい", "たい",
"はいよ", "なんさま"; Kumamon, Aso).
Learners: a Thai student in hiragana ("しゅとはどこですかー"), a Peruvian Nikkei factory worker ("キャピタル",
"どこだよね"), a Myanmar care worker speaking for residents ("りようしゃさんが"), a Turkish kebab-shop owner ("どこある",
"なにいう") and a German exchange student in textbook keigo ("くださいませんか").
Age and manner: a middle-school boy ("おしえろ", "やべ"), a gyaru ("まじ", "ぴえん", "あーね", "推し"), a company
president who plays golf ("かね", "言ってみなさい") and a stay-at-home dad ("パパわからん").
Situations: a sumo broadcast, the Olympic opening parade, a post-office counter with parcels abroad, an administrative
scrivener's visa papers, recreation at a care home, a cabin-crew member before a flight, a ramen shop with foreign
guests, a school-trip plan, a world-map jigsaw, the World Heritage exam, a pen pal, a deep-sea fisherman and a Caribbean
cruise.
Nearly every line starts with アレクサ, as the brief asks; the follow-up lines, said inside a session, do not. Every line
was typed by hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 53's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}の首都を全部教えて | 南アフリカ=ZA; ボリビア=BO; オランダ=NL
plural-capitals | アレクサ{}って首都がいくつもあるんだよねそれ全部言って | 南アフリカ=ZA; マレーシア=MY; ベナン=BJ
plural-capitals | アレクサ{}の首都二つとも教えて | スリランカ=LK; ボリビア=BO; コートジボワール=CI
plural-capitals | アレクサ{}の首都ってふたつあるらしいけど両方なに | エスワティニ=SZ; オランダ=NL; マレーシア=MY
plural-capitals | アレクサ{}の三つの首都はどこ | 南アフリカ=ZA
plural-capitals | アレクサ{}の首都は複数あるって聞いたけどどことどこ | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | アレクサ{}の首都をまとめて教えてくれる | コートジボワール=CI; ボリビア=BO; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都たちを教えて | マレーシア=MY; ベナン=BJ; オランダ=NL
plural-capitals | アレクサ{}は首都が二つあるの | スリランカ=LK; エスワティニ=SZ; コートジボワール=CI
plural-capitals | アレクサ南アの首都三つ全部言える | ZA
plural-capitals | アレクサボリビアの憲法上の首都と政府のある都市両方教えて | BO
plural-capitals | アレクサオランダってアムステルダムとハーグどっちも首都なのそれぞれ教えて | NL
plural-capitals | アレクサスワジランドの首都ふたつ教えて | SZ
plural-capitals | アレクサスリランカの首都ってコロンボともう一個なんだっけ両方言って | LK
plural-capitals | アレクサマレーシアの首都と行政首都両方 | MY
plural-capitals | アレクサベナンの首都二か所教えて | BJ
plural-capitals | アレクサコートジボワールの首都と経済の中心両方知りたい | CI
# 州や地方
subdivision | アレクサ{}の州都はどこ | カリフォルニア=US-CA; テキサス=US-TX; フロリダ=US-FL
subdivision | アレクサ{}州の州都を教えて | ネバダ=US-NV; アリゾナ=US-AZ; オレゴン=US-OR
subdivision | アレクサ{}の州都ってなんていう町 | ニューヨーク州=US-NY; ペンシルベニア州=US-PA; イリノイ州=US-IL
subdivision | アレクサ{}の中心都市はどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の州都ってどこになるの | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | アレクサ{}の州の首都を調べて | クイーンズランド=AU-QLD; ビクトリア州=AU-VIC; タスマニア=AU-TAS
subdivision | アレクサカナダの{}の州都は | オンタリオ州=CA-ON; ケベック州=CA-QC; アルバータ州=CA-AB
subdivision | アレクサインドの{}の州都ってどこ | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; グジャラート州=IN-GJ
subdivision | アレクサブラジルの{}の州都を教えて | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | アレクサメキシコの{}の州都 | ユカタン州=MX-YUC; ハリスコ州=MX-JAL; オアハカ州=MX-OAX
subdivision | アレクサ{}の州都ってシアトルじゃないの | ワシントン州=US-WA
subdivision | アレクサハワイの州都ってホノルルで合ってる | US-HI
subdivision | アレクサアラスカ州の州都ってアンカレッジだっけ | US-AK
subdivision | アレクサ{}の州都はどこですか | ミシガン州=US-MI; ウィスコンシン州=US-WI; ミネソタ州=US-MN
subdivision | アレクサ{}の州都を知りたいんだけど | ケンタッキー州=US-KY; テネシー州=US-TN; ルイジアナ州=US-LA
subdivision | アレクサ{}の州都ってどこだっけ | ノースダコタ州=US-ND; サウスダコタ州=US-SD; モンタナ州=US-MT
subdivision | アレクサ{}の首府はどこ | グリーンランド=GL; フェロー諸島=FO; プエルトリコ=PR
subdivision | アレクサ{}の中心の町ってどこ | グアム=GU; サイパン島のある北マリアナ諸島=MP; ニューカレドニア=NC
subdivision | アレクサ{}の州都を教えてちょうだい | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノースウエスト準州=CA-NT
subdivision | アレクサ{}の州都は | ニーダーザクセン州=DE-NI; ノルトラインヴェストファーレン州=DE-NW; テューリンゲン州=DE-TH
subdivision | アレクサ北海道の道庁所在地は | FB
subdivision | アレクサ大阪府の府庁所在地はどこ | FB
subdivision | アレクサ{}の州都はどこかわかる | カタルーニャ=FB; バイエルン=DE-BY; シチリア=FB
subdivision | アレクサ中国の四川省の省都を教えて | FB
subdivision | アレクサ韓国の済州道の中心都市は | FB
subdivision | アレクサテキサスの州都ってヒューストンじゃないよね | US-TX
subdivision | アレクサイングランドの首都はどこ | GB-ENG
subdivision | アレクサスコットランドの首都ってグラスゴーだっけエディンバラだっけ | GB-SCT
subdivision | アレクサ{}の州都ってわかる | ジョージア州=US-GA; バージニア州=US-VA; メリーランド州=US-MD
subdivision | アレクサ{}の州都を調べてくれる | ウッタルプラデーシュ州=IN-UP; 西ベンガル州=IN-WB; マハーラーシュトラ州=IN-MH
subdivision | アレクサ{}の州都ってなに | リオグランデドスル州=BR-RS; ミナスジェライス州=BR-MG; ペルナンブーコ州=BR-PE
subdivision | アレクサオーストラリアの{}の州都 | ニューサウスウェールズ州=AU-NSW; 西オーストラリア州=AU-WA; 南オーストラリア州=AU-SA
subdivision | アレクサジャージー島の首都は | JE
subdivision | アレクサマン島の首都はどこ | IM
subdivision | アレクサ香港の首都って | HK
subdivision | アレクサケベックの州都はモントリオール | CA-QC
subdivision | アレクサブリティッシュコロンビア州の州都はバンクーバーじゃないの | CA-BC
subdivision | アレクサ沖縄県の県庁所在地 | FB
subdivision | アレクサロシアのタタールスタン共和国の首都は | FB
subdivision | アレクサスイスのチューリッヒ州の州都は | FB
# ヘルプ
help | アレクサ世界の首都の使い方を教えて | HELP
help | アレクサこれってどうやって使うの | HELP
help | アレクサ何て言えばいいの | HELP
help | アレクサ何ができるか教えて | HELP
help | アレクサ聞き方がわからない | HELP
help | アレクサ使い方の説明をもう一度 | HELP
help | アレクサどういうふうに質問すればいいの | HELP
help | アレクサヘルプお願い | HELP
help | アレクサこのスキルの遊び方は | HELP
help | アレクサどんなことを聞いていいの | HELP
help | アレクサ例えばどんな質問ができるの | HELP
help | アレクサ世界の首都に聞いて使い方 | HELP
help | アレクサ助けてどうしたらいいかわからない | HELP
help | アレクサ州都も聞けるのか教えて | HELP
help | アレクサ何を言ったらいいのかな | HELP
help | アレクサ操作方法を教えてください | HELP
help | アレクサえっとこれ何するスキル | HELP
help | アレクサ質問の仕方の見本を言って | HELP
help | アレクサおばあちゃんにもわかるように使い方説明して | HELP
help | アレクサどう話しかければいいのか教えて | HELP
help | アレクサヘルプって言えば説明してくれるの | HELP
help | アレクサ使い方まだよくわかんない | HELP
help | アレクサ説明書きみたいなのないの | HELP
help | アレクサできることの一覧を教えて | HELP
# ストップ
stop | アレクサもういいよ止めて | STOP
stop | アレクサおしまいにして | STOP
stop | アレクサ終わりにしよう | STOP
stop | アレクサストップストップ | STOP
stop | アレクサもう寝るから終わって | STOP
stop | アレクサ静かにして | STOP
stop | アレクサ黙って | STOP
stop | アレクサ世界の首都を終わらせて | STOP
stop | アレクサ首都のやつもう終わり | STOP
stop | アレクサ今日はここまで | STOP
stop | アレクサしゃべるのやめて | STOP
stop | アレクサいったん止まって | STOP
stop | アレクサもう十分ありがとう終了 | STOP
stop | アレクサスキル終わり | STOP
stop | アレクサもうおなかいっぱい終わりね | STOP
stop | アレクサうるさいやめて | STOP
stop | アレクサ終了してください | STOP
stop | アレクサはいおしまい | STOP
stop | アレクサ閉じて | STOP
stop | アレクサ首都クイズ終わりにするね | STOP
stop | アレクサごはんだからもうやめる | STOP
stop | アレクサ退出して | STOP
stop | アレクサもう聞かないから止めといて | STOP
stop | アレクサ終わりだよ | STOP
# キャンセル
cancel | アレクサキャンセル | CANCEL
cancel | アレクサやっぱりキャンセルで | CANCEL
cancel | アレクサ今のキャンセルして | CANCEL
cancel | アレクサ取り消して | CANCEL
cancel | アレクサ今の質問取り消し | CANCEL
cancel | アレクサなしなし今のなし | CANCEL
cancel | アレクサ間違えたキャンセル | CANCEL
cancel | アレクサやめときますキャンセル | CANCEL
cancel | アレクサ今言ったの取り消しといて | CANCEL
cancel | アレクサキャンセルお願いします | CANCEL
cancel | アレクサその質問はキャンセル | CANCEL
cancel | アレクサいやいいやキャンセル | CANCEL
cancel | アレクサキャンセルしてちょうだい | CANCEL
cancel | アレクサ聞くのやめるキャンセル | CANCEL
cancel | アレクサやっぱいいや取り消し | CANCEL
cancel | アレクサ今のは無しにして | CANCEL
cancel | アレクサ操作を取り消して | CANCEL
cancel | アレクサキャンセルキャンセル | CANCEL
cancel | アレクサ違う違うキャンセルして | CANCEL
cancel | アレクサ取り消しでお願い | CANCEL
cancel | アレクサごめん今のキャンセルね | CANCEL
cancel | アレクサ言い間違えたから取り消して | CANCEL
cancel | アレクサさっきのやつキャンセル | CANCEL
cancel | アレクサいまのなかったことにして | CANCEL
# 起動
launch | アレクサ世界の首都を開いて | LAUNCH
launch | アレクサ世界の首都を起動して | LAUNCH
launch | アレクサ世界の首都をスタート | LAUNCH
launch | アレクサ世界の首都を呼んで | LAUNCH
launch | アレクサ世界の首都やりたい | LAUNCH
launch | アレクサ世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都をお願い | LAUNCH
launch | アレクサ世界の首都を開けて | LAUNCH
launch | アレクサ世界の首都を始めよう | LAUNCH
launch | アレクサ世界の首都を立ち上げてください | LAUNCH
launch | アレクサ世界の首都スキルを開いて | LAUNCH
launch | アレクサ世界の首都のスキル起動 | LAUNCH
launch | アレクサ世界の首都を開始 | LAUNCH
launch | アレクサ世界の首都で勉強したい | LAUNCH
launch | アレクサ世界の首都もう一回開いて | LAUNCH
launch | アレクサ世界の首都を開いてくれる | LAUNCH
launch | アレクサ世界の首都ひらいて | LAUNCH
launch | アレクサ世界の首都を出して | LAUNCH
launch | アレクサ世界の首都っていうスキル開いて | LAUNCH
launch | アレクサ世界の首都をつけて | LAUNCH
launch | アレクサ世界の首都を起こして | LAUNCH
launch | アレクサ世界の首都で首都クイズしよう | LAUNCH
launch | アレクサ世界の首都を開いてちょうだい | LAUNCH
launch | アレクサ世界の首都を開いてほしいな | LAUNCH
launch | アレクサ世界の首都を開いてくれ | LAUNCH
launch | アレクサ世界の首都お願いします | LAUNCH
launch | アレクサ世界の首都を起動 | LAUNCH
launch | アレクサ世界の首都を使わせて | LAUNCH
launch | アレクサ世界の首都でお願い | LAUNCH
launch | アレクサ世界の首都につなげて | LAUNCH
launch | アレクサ世界の首都に切り替えて | LAUNCH
launch | アレクサ世界の首都あけて | LAUNCH
# 首都以外
out-of-domain | アレクサ明日の天気は | FB
out-of-domain | アレクサ三分のタイマーかけて | FB
out-of-domain | アレクサ朝七時に起こして | FB
out-of-domain | アレクサ東京の人口は何人 | FB
out-of-domain | アレクサパリの人口ってどれくらい | FB
out-of-domain | アレクサアジアの首都はどこ | FB
out-of-domain | アレクサヨーロッパの首都ってどこ | FB
out-of-domain | アレクサアフリカ大陸の首都を教えて | FB
out-of-domain | アレクサ世界で一番大きい首都は | FB
out-of-domain | アレクサ世界で一番標高が高い首都はどこ | FB
out-of-domain | アレクサロンドンは今何時 | FB
out-of-domain | アレクサニューヨークとの時差は | FB
out-of-domain | アレクサ一ドルは何円 | FB
out-of-domain | アレクサユーロの為替レート教えて | FB
out-of-domain | アレクサ音楽かけて | FB
out-of-domain | アレクサ昭和の歌謡曲を流して | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサエアコンつけて | FB
out-of-domain | アレクサ今日のニュースは | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | アレクサ何か面白い話して | FB
out-of-domain | アレクサフランスの国旗の色は | FB
out-of-domain | アレクサドイツの公用語は何語 | FB
out-of-domain | アレクサタイの通貨の名前は | FB
out-of-domain | アレクサ北京の天気はどう | FB
out-of-domain | アレクサソウルまで飛行機で何時間 | FB
out-of-domain | アレクサローマの有名な観光地を教えて | FB
out-of-domain | アレクサ日本の首都が東京になったのはいつ | FB
out-of-domain | アレクサ首都って英語でなんて言うの | FB
out-of-domain | アレクサ首都の意味を教えて | FB
out-of-domain | アレクサ世界に国はいくつあるの | FB
out-of-domain | アレクサ一番小さい国はどこ | FB
out-of-domain | アレクサ一番人口が多い国は | FB
out-of-domain | アレクサエベレストの高さは | FB
out-of-domain | アレクサ買い物リストに牛乳を追加して | FB
out-of-domain | アレクサお母さんに電話して | FB
out-of-domain | アレクサ今日の予定は | FB
out-of-domain | アレクサ明日傘いる | FB
out-of-domain | アレクサ洗濯物干しても大丈夫 | FB
out-of-domain | アレクサ今何時 | FB
out-of-domain | アレクサ今日は何曜日 | FB
out-of-domain | アレクサ占いして | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサありがとう | FB
out-of-domain | アレクサ好きな食べ物は何 | FB
out-of-domain | アレクサワシントンの記念塔の高さは | FB
out-of-domain | アレクサモスクワの冬の気温はどれくらい | FB
out-of-domain | アレクサバンコクの正式名称ってすごく長いんでしょ全部言って | FB
out-of-domain | アレクサキャンベラが首都に選ばれた理由は | FB
out-of-domain | アレクサブラジリアを設計したのは誰 | FB
out-of-domain | アレクサ首都を移転した国ってどこがある | FB
out-of-domain | アレクサインドネシアの新しい首都の名前はいつ決まったの | FB
out-of-domain | アレクサ大相撲の結果教えて | FB
out-of-domain | アレクサ野球の速報 | FB
out-of-domain | アレクサカレーの作り方教えて | FB
out-of-domain | アレクサ近くのコンビニは | FB
out-of-domain | アレクサラジオつけて | FB
out-of-domain | アレクサ音量を下げて | FB
out-of-domain | アレクサ音量上げて | FB
out-of-domain | アレクサ雨の音流して | FB
out-of-domain | アレクサ九九の七の段言って | FB
out-of-domain | アレクサ百二十かける三は | FB
out-of-domain | アレクサ富士山の高さは | FB
out-of-domain | アレクサ日本で一番長い川は | FB
out-of-domain | アレクサ世界遺産って全部でいくつ | FB
out-of-domain | アレクサオリンピックの次の開催地はどこ | FB
out-of-domain | アレクサエジプトのピラミッドはいつできたの | FB
out-of-domain | アレクサ首都高の渋滞情報 | FB
out-of-domain | アレクサ首都圏の電車の運行情報 | FB
out-of-domain | アレクサアメリカの大統領は誰 | FB
out-of-domain | アレクサイギリスの首相は誰 | FB
out-of-domain | アレクサ中国の人口は何人 | FB
out-of-domain | アレクサカナダの面積は | FB
out-of-domain | アレクサブエノスアイレスの読み方ってこれで合ってる | FB
out-of-domain | アレクサ首都と首府の違いは | FB
out-of-domain | アレクサ地球儀ってどこで売ってる | FB
out-of-domain | アレクサ首都の数は全部でいくつ | FB
out-of-domain | アレクサ南米で一番大きな都市は | FB
out-of-domain | アレクサ世界の首都ランキングを教えて | FB
out-of-domain | アレクサ首都が海に面していない国は | FB
out-of-domain | アレクサ赤ちゃんの寝かしつけの音楽 | FB
out-of-domain | アレクサ猫の鳴き声やって | FB
out-of-domain | アレクサ今日の運勢は | FB
out-of-domain | アレクサ郵便局は何時まで | FB
out-of-domain | アレクサパスポートの更新ってどうやるの | FB
out-of-domain | アレクサ世界の首都の評価を五つ星にして | FB
out-of-domain | アレクサ別のスキルおすすめして | FB
out-of-domain | アレクサ首都ってなんで首都っていうの | FB
out-of-domain | アレクサ日本の首都を大阪に移したらどうなる | FB
out-of-domain | アレクサ京都はいつまで都だったの | FB
out-of-domain | アレクサ首都直下地震の確率は | FB
out-of-domain | アレクサアトランティスの首都は | FB
out-of-domain | アレクサ火星の首都はどこ | FB
out-of-domain | アレクサナルニア国の首都って | FB
out-of-domain | アレクサ江戸時代の首都はどこだった | FB
out-of-domain | アレクサソ連の首都はどこだった | FB
out-of-domain | アレクサ天気予報で札幌は | FB
out-of-domain | アレクサハノイの天気 | FB
out-of-domain | アレクサマドリードの現在時刻 | FB
out-of-domain | アレクサベルリンの壁が壊れたのはいつ | FB
out-of-domain | アレクサローマ帝国の首都はどこだったの | FB
out-of-domain | アレクサ南極に住んでる人はいるの | FB
out-of-domain | アレクサ宇宙ステーションは今どこ | FB
out-of-domain | アレクサ首都の人口ランキングトップテン | FB
out-of-domain | アレクサキエフとキーウどっちが正しい読み方 | FB
out-of-domain | アレクサ国連の本部はどこにあるの | FB
out-of-domain | アレクサユーロが使える国はどこ | FB
out-of-domain | アレクサ地図アプリを開いて | FB
out-of-domain | アレクサ一番近い外国はどこ | FB
out-of-domain | アレクサ海外旅行でおすすめの国は | FB
out-of-domain | アレクサ首都クイズの点数を教えて | FB
out-of-domain | アレクサ子守唄歌って | FB
out-of-domain | アレクサ犬の散歩の時間だよ | FB
out-of-domain | アレクサお風呂沸かして | FB
out-of-domain | アレクサ今年は何年 | FB
out-of-domain | アレクサ令和何年 | FB
out-of-domain | アレクサ明日は晴れるかな | FB
out-of-domain | アレクサ時差ぼけの治し方 | FB
out-of-domain | アレクサ成田から出る便の状況 | FB
out-of-domain | アレクサローマ字で首都ってどう書くの | FB
out-of-domain | アレクサ首都を漢字で書くとどうなる | FB
out-of-domain | アレクサヨーロッパの国の数は | FB
out-of-domain | アレクサアフリカには国が何か国ある | FB
out-of-domain | アレクサ南アメリカの首都を全部言って | FB
out-of-domain | アレクサ中東の首都ってどこ | FB
out-of-domain | アレクサ東南アジアの首都はどこですか | FB
out-of-domain | アレクサオセアニアの首都 | FB
out-of-domain | アレクサ北極の首都はどこ | FB
out-of-domain | アレクサ太平洋の首都 | FB
out-of-domain | アレクサ地中海の中心の町は | FB
out-of-domain | アレクサイーユーの首都はブリュッセルなの | FB
# 続けて
follow-up | じゃあ{}は | ケニア=KE; タンザニア=TZ; ウガンダ=UG
follow-up | {}の方は | ルワンダ=RW; ブルンジ=BI; エチオピア=ET
follow-up | あと{}も | エリトリア=ER; ジブチ=DJ; ソマリア=SO
follow-up | 次は{} | スーダン=SD; 南スーダン=SS; チャド=TD
follow-up | {}はどう | ニジェール=NE; マリ=ML; ブルキナファソ=BF
follow-up | それじゃ{}だと | モーリタニア=MR; セネガル=SN; ガンビア=GM
follow-up | ついでに{}も教えて | ギニアビサウ=GW; シエラレオネ=SL; リベリア=LR
follow-up | で{}は | トーゴ=TG; ガーナ=GH; ナイジェリア=NG
follow-up | {}なら | カメルーン=CM; ガボン=GA; 赤道ギニア=GQ
follow-up | もうひとつ{}は | サントメプリンシペ=ST; カーボベルデ=CV; コモロ=KM
follow-up | 続けて{} | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
follow-up | じゃあ{}だったら | モザンビーク=MZ; マラウイ=MW; ザンビア=ZM
follow-up | それから{}は | ジンバブエ=ZW; ボツワナ=BW; ナミビア=NA
follow-up | 今度は{} | レソト=LS; アンゴラ=AO; 中央アフリカ=CF
# はいいいえ
yes-no-check | アレクサ{}で合ってる | シドニーがオーストラリアの首都=AU; トロントがカナダの首都=CA; イスタンブールがトルコの首都=TR
yes-no-check | アレクサ{}だよね | リオデジャネイロがブラジルの首都=BR; ニューヨークがアメリカの首都=US; ムンバイがインドの首都=IN
yes-no-check | アレクサ{}ってほんと | チューリッヒがスイスの首都=CH; ジュネーブがスイスの首都=CH; ミラノがイタリアの首都=IT
yes-no-check | アレクサ{}ですか | オークランドはニュージーランドの首都=NZ; ラゴスはナイジェリアの首都=NG; カラチはパキスタンの首都=PK
yes-no-check | アレクサ{}でいいんだっけ | ホーチミンはベトナムの首都=VN; ヤンゴンはミャンマーの首都=MM; アルマトイはカザフスタンの首都=KZ
yes-no-check | アレクサ{}かどうか確かめて | ドバイがアラブ首長国連邦の首都=AE; ジッダがサウジアラビアの首都=SA; カサブランカがモロッコの首都=MA
yes-no-check | アレクサ{}って正しい | バルセロナはスペインの首都=ES; ポルトはポルトガルの首都=PT; クラクフはポーランドの首都=PL
yes-no-check | アレクサ{}じゃなかったっけ | ダルエスサラームがタンザニアの首都=TZ; ドゥアラがカメルーンの首都=CM; ベルンがスイスの首都=CH
yes-no-check | アレクサ{}なの違うの | アテネがギリシャの首都=GR; ヘルシンキがフィンランドの首都=FI; オスロがノルウェーの首都=NO
# 言い直し
self-correction | アレクサ{} | オーストリアの首都あっ違うオーストラリア=AU; スロバキアじゃなくてスロベニアの首都=SI; イランの首都いやイラクだった=IQ
self-correction | アレクサ{}の首都いや間違えた | ニジェールじゃなくてナイジェリア=NG; コロンビアじゃなくてボリビア=BO; ギニアじゃなくてガイアナ=GY
self-correction | アレクサ{}ごめん言い直す | スウェーデンの首都じゃなくてスイスの首都=CH; ラトビアじゃなくてリトアニアの首都=LT; モーリシャスあっモーリタニアの首都=MR
self-correction | アレクサ{}の間違いでした | アイスランドの首都ってあっアイルランド=IE; パラグアイの首都あウルグアイ=UY; セルビアの首都えっとシベリアじゃなくてセルビア=RS
self-correction | アレクサえーと{} | ドミニカ共和国じゃなくてドミニカ国の首都=DM; ジャマイカの首都いやバハマ=BS; グレナダの首都じゃないやグアテマラ=GT
self-correction | アレクサ{}のほう | ベネズエラのじゃなくてエクアドルの首都=EC; チリの首都いやペルーのほう=PE; キューバの首都じゃなくてハイチ=HT
self-correction | アレクサ{}えっと | トルクメニスタンの首都いやタジキスタン=TJ; ウズベキスタンじゃなくてキルギスの首都=KG; アルメニアの首都あっアゼルバイジャン=AZ
self-correction | アレクサ{}言い間違い | マラウイじゃなくてマリの首都=ML; ガーナじゃないガボンの首都=GA; コンゴじゃなくてカメルーンの首都=CM
# 逆の質問
reverse-question | アレクサ{}が首都の国はどこ | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; ハノイ=CITY:ハノイ
reverse-question | アレクサ{}ってどこの国の首都 | ウランバートル=CITY:ウランバートル; カトマンズ=CITY:カトマンズ; ティンプー=CITY:ティンプー
reverse-question | アレクサ{}を首都にしてる国は | アスンシオン=CITY:アスンシオン; モンテビデオ=CITY:モンテビデオ; カラカス=CITY:カラカス
reverse-question | アレクサ{}はなんていう国の首都なの | ウィントフック=CITY:ウィントフック; ハボローネ=CITY:ハボローネ; ルサカ=CITY:ルサカ
reverse-question | アレクサ首都が{}の国ってどこだっけ | ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | アレクサ{}が首都なのはどこの国 | リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ; ポドゴリツァ=CITY:ポドゴリツァ
reverse-question | アレクサ{}はどこの首都 | ヌクアロファ=CITY:ヌクアロファ; アピア=CITY:アピア; ホニアラ=CITY:ホニアラ
reverse-question | アレクサ{}ってどこにある首都 | フナフティ=CITY:フナフティ; マジュロ=CITY:マジュロ; パリキール=CITY:パリキール
reverse-question | アレクサ{}が首都の国を教えて | アクラ=CITY:アクラ; ロメ=CITY:ロメ; ダカール=CITY:ダカール
reverse-question | アレクサ{}ってどこの国の首都だったっけ | ヤレン=CITY:ヤレン; 南タラワ=CITY:南タラワ; ポートビラ=CITY:ポートビラ
reverse-question | アレクサ{}が首都の州は | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
# 正式名称
official-name | アレクサ{}の首都はどこ | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; 中華人民共和国=CN
official-name | アレクサ{}の首都を教えてください | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; ロシア連邦=RU
official-name | アレクサ{}の首都って何という都市 | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | アレクサ{}の首都は何 | インド共和国=IN; パキスタン・イスラム共和国=PK; バングラデシュ人民共和国=BD
official-name | アレクサ{}の首都はどちらですか | スリランカ民主社会主義共和国=LK; ネパール連邦民主共和国=NP; モルディブ共和国=MV
official-name | アレクサ{}の首都の名前 | サウジアラビア王国=SA; ヨルダン・ハシェミット王国=JO; オマーン国=OM
official-name | アレクサ{}の首都が知りたい | カタール国=QA; バーレーン王国=BH; クウェート国=KW
official-name | アレクサ{}の首都ってどこでしょう | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; カンボジア王国=KH
official-name | アレクサ{}の首都はどこになりますか | タイ王国=TH; ブルネイ・ダルサラーム国=BN; フィリピン共和国=PH
# 通称
everyday-name | アレクサ{}の首都ってどこかな | 英国=GB; 米国=US; 豪州=AU
everyday-name | アレクサ{}の首都ってどこだっけ | 南ア=ZA; ニュージー=NZ; アメリカ=US
everyday-name | アレクサ{}の首都を教えて | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | アレクサ{}の首都は | スワジランド=SZ; マケドニア=MK; チェコスロバキアのチェコの方=CZ
everyday-name | アレクサ{}の首都ってどこなん | グルジア=GE; ホラント=NL; トルコ共和国=TR
everyday-name | アレクサ{}の首都って知ってる | 独逸=DE; 仏蘭西=FR; 伊太利亜=IT
everyday-name | アレクサ{}の首都ってどうなってるの | ザイール=CD; ダホメ=BJ; 上ボルタ=BF
everyday-name | アレクサ{}の首都を調べて | 東チモール=TL; ベラルーシ=BY; 白ロシア=BY
everyday-name | アレクサ{}の首都 | キルギスタン=KG; カザフ=KZ; ウズベク=UZ
# 同じ名前
shared-name | アレクサ{}の首都ってさ | ジョージア=GE; コンゴ=CD+CG; 韓国=KR
shared-name | アレクサ{}の首都はどこなの | ドミニカ=DM+DO; ギニア=GN; 朝鮮=KP+KR
shared-name | アレクサ{}の首都ってどこ | サモア=AS+WS; ルクセンブルク=LU; マケドニア=MK
shared-name | アレクサ{}の首都を教えてほしい | モナコ=MC; シンガポール=SG; サンマリノ=SM
shared-name | アレクサ{}の首都って何 | ジブラルタル=GI; クウェート=KW; バチカン=VA
shared-name | アレクサ{}の首都ってどこですか | パナマ=PA; グアテマラ=GT; メキシコ=MX
shared-name | アレクサ{}の首都を知りたい | アイルランド=IE; スーダン=SD; ヴァージン諸島=VG+VI
# 茨城弁
ibaraki | アレクサ{}の首都ってどこだっぺ | アンドラ=AD; アルバニア=AL; アルメニア=AM
ibaraki | アレクサごじゃっぺ言わねえで{}の首都教えてくんちぇ | アルゼンチン=AR; オーストリア=AT; ベルギー=BE
ibaraki | アレクサ納豆{}さ送っけど首都どこだっぺか | ブルガリア=BG; クロアチア=HR; ハンガリー=HU
ibaraki | アレクサいじやけっけど{}の首都わかんねえんだよ | デンマーク=DK; エストニア=EE; ラトビア=LV
ibaraki | アレクサおめえ{}の首都知ってっぺ | ルーマニア=RO; スウェーデン=SE; スロバキア=SK
ibaraki | アレクサ干しいも{}の人にあげっからよ首都どごだか教えてくれっぺ | ウクライナ=UA; モルドバ=MD; モンテネグロ=ME
# 静岡弁
shizuoka | アレクサ{}の首都ってどこずら | チリ=CL; コロンビア=CO; コスタリカ=CR
shizuoka | アレクサお茶を{}に輸出するだもんで首都知りたいだら | キューバ=CU; キプロス=CY; アルジェリア=DZ
shizuoka | アレクサ{}の首都ってどこだっけやっきりするやあ | エジプト=EG; フィジー=FJ; グレナダ=GD
shizuoka | アレクサうなぎ食べに来た{}の人の首都はどこだらあ | ホンジュラス=HN; インドネシア=ID; イスラエル=IL
shizuoka | アレクサ富士山見に{}の人来てるだけど首都どこけ | アイスランド=IS; ジャマイカ=JM; 日本=JP
shizuoka | アレクサちんぷりかえってないで{}の首都教えてよ | レバノン=LB; リヒテンシュタイン=LI; リビア=LY
# 金沢弁
kanazawa | アレクサ{}の首都ってどこやったけ | モンゴル=MN; マルタ=MT; ニカラグア=NI
kanazawa | アレクサ{}の首都教えてくだしまっし | パプアニューギニア=PG; パラオ=PW; パラグアイ=PY
kanazawa | アレクサ金箔を{}に売っとるがやけど首都どこやったかいね | ソロモン諸島=SB; スリナム=SR; エルサルバドル=SV
kanazawa | アレクサ兼六園に{}の人来とってんけど首都どこけ | シリア=SY; チュニジア=TN; トンガ=TO
kanazawa | アレクサ{}の首都ってだらなこと聞くけどどこや | トリニダードトバゴ=TT; ツバル=TV; ベネズエラ=VE
kanazawa | アレクサあんやと{}の首都も言うてみまっし | バヌアツ=VU; イエメン=YE; セントビンセントグレナディーン=VC
# 岡山弁
okayama | アレクサ{}の首都ってどこじゃ | アフガニスタン=AF; アンティグアバーブーダ=AG; ボスニアヘルツェゴビナ=BA
okayama | アレクサぼっけえ気になるんじゃけど{}の首都はどこなん | バルバドス=BB; ブータン=BT; ベリーズ=BZ
okayama | アレクサ桃を{}へ送りてえんじゃけど首都はどこけえ | キリバス=KI; ミクロネシア=FM; マーシャル諸島=MH
okayama | アレクサきびだんごを{}の人に食べさせたんよ首都どこでえ | ナウル=NR; セントクリストファーネービス=KN; セントルシア=LC
okayama | アレクサ{}の首都ようわからんけえ教えてつかあさい | 東ティモール=TL; シンガポール=SG; マレーシア=MY
okayama | アレクサでーれー難しいが{}の首都ってなんじゃったかな | ウズベキスタン=UZ; トルクメニスタン=TM; タジキスタン=TJ
# 伊予弁
iyo | アレクサ{}の首都はどこぞなもし | オランダ=NL; ベルギー=BE; ルクセンブルク=LU
iyo | アレクサみかんを{}に出しよるんやけど首都どこやったかな | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
iyo | アレクサ道後温泉に{}のお客さん来とるけん首都教えて | 台湾=TW; 中国=CN; 韓国=KR
iyo | アレクサ{}の首都ってどこやったんかな知っとる | フィリピン=PH; インドネシア=ID; ベトナム=VN
iyo | アレクサ坊っちゃん列車で{}の人と話したけん首都知りたいんよ | ドイツ=DE; フランス=FR; イギリス=GB
iyo | アレクサ{}の首都ってどこなんぞ | ポーランド=PL; チェコ=CZ; オーストリア=AT
# 仙台弁
sendai | アレクサ{}の首都ってどこだっちゃ | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
sendai | アレクサ牛たん{}の人さ食わせたいんだけど首都どこだべ | スペイン=ES; ポルトガル=PT; イタリア=IT
sendai | アレクサいぐねえ忘れだ{}の首都なんだっけ | ノルウェー=NO; フィンランド=FI; アイスランド=IS
sendai | アレクサ七夕に{}の留学生来るっちゃ首都どこ | ネパール=NP; バングラデシュ=BD; スリランカ=LK
sendai | アレクサ{}の首都おせでけろ | ケニア=KE; エチオピア=ET; タンザニア=TZ
sendai | アレクサ楽天の新外国人{}出身だっちゃ首都はどこ | ドミニカ共和国=DO; ベネズエラ=VE; キューバ=CU
# 長崎弁
nagasaki | アレクサ{}の首都ってどこね | オランダ=NL; ポルトガル=PT; 中国=CN
nagasaki | アレクサちゃんぽん{}の人の食べよったばってん首都はどこね | スウェーデン=SE; デンマーク=DK; ノルウェー=NO
nagasaki | アレクサ{}の首都ば教えてくれんね | ギリシャ=GR; トルコ=TR; エジプト=EG
nagasaki | アレクサ造船所に{}の船員の来とっとさ首都どこやろか | パナマ=PA; リベリア=LR; マーシャル諸島=MH
nagasaki | アレクサ{}の首都ってなんやったけ思い出せんと | ミャンマー=MM; カンボジア=KH; ラオス=LA
nagasaki | アレクサよかよか次は{}の首都ばい | モロッコ=MA; チュニジア=TN; リビア=LY
# 新潟弁
niigata | アレクサ{}の首都ってどこらて | イラン=IR; イラク=IQ; シリア=SY
niigata | アレクサ米を{}に売りたいんだて首都どこだね | サウジアラビア=SA; アラブ首長国連邦=AE; カタール=QA
niigata | アレクサ{}の首都教えてくんなせや | ヨルダン=JO; レバノン=LB; イスラエル=IL
niigata | アレクサ佐渡に{}の人来てたこて首都はどこら | ロシア=RU; モンゴル=MN; カザフスタン=KZ
niigata | アレクサしょってえ質問だけど{}の首都なんだっけ | アフガニスタン=AF; パキスタン=PK; インド=IN
niigata | アレクサ{}の首都だけどこらか言ってくんね | イエメン=YE; オマーン=OM; バーレーン=BH
niigata | アレクサニュースでパレスチナのことばっかやってるこて首都はどこらね | PS
# 熊本弁
kumamoto | アレクサ{}の首都はどこね | ブラジル=BR; アルゼンチン=AR; チリ=CL
kumamoto | アレクサ{}の首都ば知っとるかい | ペルー=PE; ボリビア=BO; エクアドル=EC
kumamoto | アレクサくまモンが{}に行ったげなばってん首都どこかな | フランス=FR; タイ=TH; 台湾=TW
kumamoto | アレクサなんさま{}の首都はどこ | ウルグアイ=UY; パラグアイ=PY; ガイアナ=GY
kumamoto | アレクサ{}の首都わからんけん教えてはいよ | メキシコ=MX; グアテマラ=GT; ホンジュラス=HN
kumamoto | アレクサ阿蘇に{}の人の来とらすとたい首都どこね | アイルランド=IE; イギリス=GB; ニュージーランド=NZ
# タイ人留学生
thai-student | アレクサ{}のしゅとはどこですかー | カンボジア=KH; ラオス=LA; ミャンマー=MM
thai-student | アレクサわたしのくにタイのとなり{}のしゅと知りたいです | マレーシア=MY; ラオス=LA; カンボジア=KH
thai-student | アレクサせんせいに{}のしゅときかれましたおしえてくださいね | ベトナム=VN; インドネシア=ID; フィリピン=PH
thai-student | アレクサ{}のしゅとはなにでしたか | ブルネイ=BN; シンガポール=SG; 東ティモール=TL
thai-student | アレクサタイのしゅとはバンコクですかあってる | TH
thai-student | アレクサ{}のしゅとってむずかしいもう一回 | スリランカ=LK; ネパール=NP; ブータン=BT
# ペルー日系工場
peru-nikkei | アレクサ{}のしゅとはどこだよね | ペルー=PE; ボリビア=BO; チリ=CL
peru-nikkei | アレクサ工場の友だち{}から来た首都どこね | ブラジル=BR; パラグアイ=PY; コロンビア=CO
peru-nikkei | アレクサ{}のキャピタルの名前おしえて | エクアドル=EC; ベネズエラ=VE; アルゼンチン=AR
peru-nikkei | アレクサ夜勤おわった{}の首都は | ウルグアイ=UY; スリナム=SR; ガイアナ=GY
peru-nikkei | アレクサおじいちゃんのくにの{}首都どこ | 日本=JP; 沖縄のある日本=JP; 中国=CN
peru-nikkei | アレクサ{}の首都どこだっけ忘れたよ | パナマ=PA; ニカラグア=NI; コスタリカ=CR
# ミャンマー人介護士
myanmar-carer | アレクサ{}のしゅとはどこでしょうか | ミャンマー=MM; バングラデシュ=BD; インド=IN
myanmar-carer | アレクサりようしゃさんが{}のしゅとをききたいといっています | フランス=FR; イタリア=IT; スイス=CH
myanmar-carer | アレクサ{}のしゅとをしらべてもらえますか | 中国=CN; ラオス=LA; タイ=TH
myanmar-carer | アレクサおばあちゃんのむすこさん{}にすんでいますしゅとどこ | アメリカ=US; カナダ=CA; オーストラリア=AU
myanmar-carer | アレクサヤンゴンじゃなくてミャンマーのしゅとは | MM
myanmar-carer | アレクサ{}のしゅとゆっくりいってください | カザフスタン=KZ; ウズベキスタン=UZ; キルギス=KG
# トルコ人ケバブ屋
turkish-kebab | アレクサ{}の首都どこあるか教えて | トルコ=TR; アゼルバイジャン=AZ; ジョージア=GE
turkish-kebab | アレクサお客さん{}の人ね首都なにいう | ギリシャ=GR; ブルガリア=BG; キプロス=CY
turkish-kebab | アレクサトルコの首都イスタンブールちがうアンカラね確認して | TR
turkish-kebab | アレクサ{}の首都どこケバブ食べに来たよ | イラン=IR; イラク=IQ; シリア=SY
turkish-kebab | アレクサ{}のキャピタルなに | ドイツ=DE; オランダ=NL; オーストリア=AT
turkish-kebab | アレクサ{}首都はどこ教えてちょうだいね | トルクメニスタン=TM; アルメニア=AM; レバノン=LB
turkish-kebab | アレクサパレスチナから来たお客さんね首都どこある | PS
turkish-kebab | アレクサパレスチナの首都は二つあるの両方なにいう | PS
# ドイツ人交換留学生
german-exchange | アレクサ{}の首都は何ですか | ドイツ=DE; オーストリア=AT; スイス=CH
german-exchange | アレクサ{}の州都を教えてくださいませんか | バーデンヴュルテンベルク州=DE-BW; ラインラントプファルツ州=DE-RP; シュレースヴィヒホルシュタイン州=DE-SH
german-exchange | アレクサ私の出身は{}ですその州都は | ブランデンブルク州=DE-BB; メクレンブルクフォアポンメルン州=DE-MV; ザクセンアンハルト州=DE-ST
german-exchange | アレクサ{}の首都は何と言いますか | ポーランド=PL; チェコ=CZ; デンマーク=DK
german-exchange | アレクサ{}の州都はどこでしょうか | ザールラント州=DE-SL; ハンブルク=DE-HH; ブレーメン=DE-HB
german-exchange | アレクサベルリン州の首都はベルリンでいいですか | DE-BE
# 中学生男子
middle-school-boy | アレクサ{}の首都おしえろ | フランス=FR; スペイン=ES; イングランド=GB-ENG
middle-school-boy | アレクサ社会の宿題で{}の首都いるんだけど | エジプト=EG; ナイジェリア=NG; 南アフリカ=ZA
middle-school-boy | アレクサ{}の首都ってなんだよ早く | サウジアラビア=SA; イラン=IR; アフガニスタン=AF
middle-school-boy | アレクサやべ明日テストじゃん{}の首都 | アルゼンチン=AR; ペルー=PE; コロンビア=CO
middle-school-boy | アレクサ{}の首都ってかっこよくね | アイスランド=IS; フィンランド=FI; エストニア=EE
middle-school-boy | アレクササッカーの{}代表の首都どこ | クロアチア=HR; セルビア=RS; ウルグアイ=UY
# ギャル
gyaru | アレクサ{}の首都まじどこ | ハワイのあるアメリカ=US; モルディブ=MV; フィジー=FJ
gyaru | アレクサ{}行きたすぎるんだけど首都どこぴえん | 韓国=KR; 台湾=TW; タイ=TH
gyaru | アレクサ{}の首都ってあーねなんだっけ | イタリア=IT; ギリシャ=GR; クロアチア=HR
gyaru | アレクサ彼氏が{}出身らしいんだけど首都どこ | ブラジル=BR; メキシコ=MX; キューバ=CU
gyaru | アレクサ{}の首都わかんなすぎてしんどい | モロッコ=MA; チュニジア=TN; ヨルダン=JO
gyaru | アレクサ推しが{}でライブするって首都どこ | イギリス=GB; フランス=FR; ドイツ=DE
# 社長のゴルフ
golf-president | アレクサ{}の首都はどこかね | アイルランド=IE; スコットランド=GB-SCT; 南アフリカ=ZA
golf-president | アレクサ今度{}でゴルフするんだが首都はどこだ | タイ=TH; マレーシア=MY; ベトナム=VN
golf-president | アレクサ取引先が{}の会社でね首都を言ってみなさい | インド=IN; パキスタン=PK; バングラデシュ=BD
golf-president | アレクサ{}の首都を秘書の代わりに調べてくれ | アラブ首長国連邦=AE; カタール=QA; オマーン=OM
golf-president | アレクサ全英オープンの{}の首都はどこだったかな | ウェールズ=GB-WLS; 北アイルランド=GB-NIR; イングランド=GB-ENG
# 相撲中継
sumo | アレクサ{}出身の力士がいるけどその国の首都は | モンゴル=MN; ジョージア=GE; ブルガリア=BG
sumo | アレクサ{}出身の関取の国の首都どこ | エジプト=EG; ロシア=RU; カザフスタン=KZ
sumo | アレクサ昔の外国人横綱は{}だったよね首都は | アメリカ=US; モンゴル=MN; ハワイ州=US-HI
sumo | アレクサ{}の首都ってどこ相撲見ながら聞くけど | ウクライナ=UA; ブラジル=BR; エストニア=EE
sumo | アレクサ大相撲の{}公演の首都はどこ | フランス=FR; イギリス=GB; 中国=CN
# 五輪開会式
olympic-parade | アレクサ今入場したの{}だけど首都は | アンドラ=AD; サンマリノ=SM; リヒテンシュタイン=LI
olympic-parade | アレクサ{}の選手団が来た首都どこ | ツバル=TV; ナウル=NR; キリバス=KI
olympic-parade | アレクサ旗手がかっこいい{}の首都は | トンガ=TO; サモア=WS; パラオ=PW
olympic-parade | アレクサ開会式の{}の首都を教えてすぐ | エスワティニ=SZ; レソト=LS; ボツワナ=BW
olympic-parade | アレクサ{}って聞いたことない国だけど首都どこ | コモロ=KM; サントメプリンシペ=ST; ジブチ=DJ
olympic-parade | アレクサ{}も参加してるんだ首都はどこなの | 北朝鮮=KP; 南スーダン=SS; エリトリア=ER
olympic-parade | アレクサ{}の選手入場だよ首都 | バヌアツ=VU; ソロモン諸島=SB; ミクロネシア連邦=FM
# 郵便局
post-office | アレクサ{}宛ての小包なんですけど首都はどこですか | ウクライナ=UA; ルーマニア=RO; モルドバ=MD
post-office | アレクサ国際郵便の宛先{}の首都を確認して | セネガル=SN; コートジボワール=CI; マリ=ML
post-office | アレクサ{}に送るイーエムエスの首都ってどこ | ガーナ=GH; カメルーン=CM; ザンビア=ZM
post-office | アレクサ窓口で{}の首都を聞かれたんだけど | アルジェリア=DZ; リビア=LY; スーダン=SD
post-office | アレクサ{}への航空便首都の名前教えて | アイスランド=IS; マルタ=MT; キプロス=CY
# ビザの書類
visa-scrivener | アレクサ申請書に{}の首都を書く欄があるんだけど | ネパール=NP; スリランカ=LK; ベトナム=VN
visa-scrivener | アレクサお客様の国籍は{}です首都を確認させて | ウズベキスタン=UZ; モンゴル=MN; フィリピン=PH
visa-scrivener | アレクサ在留カードの{}の首都って | インドネシア=ID; ミャンマー=MM; カンボジア=KH
visa-scrivener | アレクサ{}の首都の表記を確認したい | キルギス=KG; タジキスタン=TJ; アゼルバイジャン=AZ
visa-scrivener | アレクサ書類の国名が{}なんだけど首都は | ボスニア・ヘルツェゴビナ=BA; 北マケドニア=MK; コソボ=XK
# 老人ホームのレク
nursing-home | アレクサみなさんで{}の首都を当てましょうか | イタリア=IT; スイス=CH; オーストリア=AT
nursing-home | アレクサ{}の首都はどこだったかねえ | ソビエトのあとのロシア=RU; ビルマ=MM; セイロン=LK
nursing-home | アレクサ昔新婚旅行で{}に行ったのよ首都はどこ | ハワイ=US-HI; グアム=GU; スイス=CH
nursing-home | アレクサ{}の首都をもう少し大きな声で | スペイン=ES; ポルトガル=PT; ギリシャ=GR
nursing-home | アレクサ兄が戦争で{}にいたのよ首都はどこだい | フィリピン=PH; インドネシア=ID; パプアニューギニア=PG
nursing-home | アレクサ{}の首都はまだ同じなの | 西ドイツだったドイツ=DE; 中国=CN; エジプト=EG
# 客室乗務員
cabin-crew | アレクサ次のフライトは{}です首都を確認させてください | カタール=QA; トルコ=TR; フィンランド=FI
cabin-crew | アレクサステイ先の{}の首都ってどこでしたっけ | オランダ=NL; ベルギー=BE; デンマーク=DK
cabin-crew | アレクサ{}路線のアナウンスで首都を言いたいの | ハンガリー=HU; チェコ=CZ; ポーランド=PL
cabin-crew | アレクサ乗り継ぎの{}の首都はどこ | エチオピア=ET; ケニア=KE; ルワンダ=RW
cabin-crew | アレクサ{}の首都に着陸するのかな確認 | オーストラリア=AU; ニュージーランド=NZ; カナダ=CA
# ラーメン屋
ramen-shop | アレクサ今のお客さん{}の人だって首都どこ | アイスランド=IS; ノルウェー=NO; スウェーデン=SE
ramen-shop | アレクサ{}から来たお客さんに替え玉すすめたいけど首都どこ | メキシコ=MX; チリ=CL; アルゼンチン=AR
ramen-shop | アレクサ大将が{}の首都知りたいって | ジャマイカ=JM; トリニダード・トバゴ=TT; バルバドス=BB
ramen-shop | アレクサ{}の首都教えて豚骨でいいかな | イスラエル=IL; ヨルダン=JO; サウジアラビア=SA
ramen-shop | アレクサ{}の首都ってなんだっけ麺のびちゃう | ラトビア=LV; リトアニア=LT; エストニア=EE
# 修学旅行の計画
school-trip | アレクサ修学旅行の行き先{}の首都はどこですか | シンガポール=SG; マレーシア=MY; オーストラリア=AU
school-trip | アレクサ班で調べてます{}の首都を教えてください | 台湾=TW; 韓国=KR; グアム=GU
school-trip | アレクサしおりに{}の首都を書きたい | ハワイ州=US-HI; カナダ=CA; ニュージーランド=NZ
school-trip | アレクサ{}の首都ってどんな名前か班長が聞いてる | ベトナム=VN; カンボジア=KH; フィリピン=PH
school-trip | アレクサ先生{}の首都行きますか | イギリス=GB; フランス=FR; イタリア=IT
# 世界地図パズル
map-puzzle | アレクサパズルの{}のピースに首都書いてあるんだけどどこ | ナミビア=NA; アンゴラ=AO; ボツワナ=BW
map-puzzle | アレクサ{}のピースどこだ首都はなに | ジンバブエ=ZW; マラウイ=MW; モザンビーク=MZ
map-puzzle | アレクサ小さすぎる{}の首都を教えて | ルクセンブルク=LU; アンドラ=AD; モナコ=MC
map-puzzle | アレクサ{}とこの首都の星印ってどこ | ウガンダ=UG; ブルンジ=BI; ルワンダ=RW
map-puzzle | アレクサ地図パズルの{}の首都が読めない | ブルキナファソ=BF; ギニアビサウ=GW; シエラレオネ=SL
map-puzzle | アレクサ{}の首都の点がかすれてる | 中央アフリカ共和国=CF; 赤道ギニア=GQ; ガボン=GA
# 世界遺産検定
heritage-exam | アレクサ世界遺産検定で{}の首都が出そう | ペルー=PE; カンボジア=KH; ヨルダン=JO
heritage-exam | アレクサ{}の首都の旧市街は世界遺産だっけ首都の名前は | エストニア=EE; ラトビア=LV; リトアニア=LT
heritage-exam | アレクサ検定の勉強中{}の首都ってどこ | エチオピア=ET; マリ=ML; マダガスカル=MG
heritage-exam | アレクサ{}の首都を覚えたいもう一回 | ウズベキスタン=UZ; イエメン=YE; シリア=SY
heritage-exam | アレクサ{}の首都に世界遺産ってあるよね首都は | ハンガリー=HU; チェコ=CZ; オーストリア=AT
heritage-exam | アレクサ検定でベツレヘムが出るんだけどパレスチナの首都はどこ | PS
# 文通
pen-pal | アレクサ文通相手が{}に住んでるの首都はどこ | フィンランド=FI; スウェーデン=SE; デンマーク=DK
pen-pal | アレクサ{}から手紙が来た首都はなんていうの | ケニア=KE; タンザニア=TZ; ナイジェリア=NG
pen-pal | アレクサ{}のペンフレンドに首都のこと書きたい | ブラジル=BR; ウルグアイ=UY; パラグアイ=PY
pen-pal | アレクサエアメールで{}の首都あてに出すの | セルビア=RS; スロベニア=SI; モンテネグロ=ME
pen-pal | アレクサ{}の首都に住んでる子と友達になった首都の名前 | ルーマニア=RO; ブルガリア=BG; アルバニア=AL
# 子育てパパ
stay-home-dad | アレクサ息子に{}の首都聞かれたパパわからん | 南アフリカ=ZA; オランダ=NL; ボリビア=BO
stay-home-dad | アレクサ{}の首都ってなに離乳食作りながら聞いてる | ガーナ=GH; トーゴ=TG; ベナン=BJ
stay-home-dad | アレクサ絵本に{}が出てきた首都を教えて | モンゴル=MN; ネパール=NP; ブータン=BT
stay-home-dad | アレクサお風呂のポスターの{}の首都読んで | カナダ=CA; メキシコ=MX; アメリカ=US
stay-home-dad | アレクサ{}の首都を子どもにもわかるように | 中国=CN; インド=IN; ロシア=RU
# 漁師
fisherman | アレクサ{}の漁船と会ったけど首都はどこだ | 台湾=TW; 韓国=KR; 中国=CN
fisherman | アレクサマグロの取引先{}の首都はどこか | スペイン=ES; モロッコ=MA; セネガル=SN
fisherman | アレクサ{}の首都ってどこだい船の上から聞くぞ | ロシア=RU; ノルウェー=NO; アイスランド=IS
fisherman | アレクサ{}の沖でカツオ獲るんだ首都は | キリバス=KI; ミクロネシア=FM; パプアニューギニア=PG
fisherman | アレクサ{}の港に寄るけど首都はどこだ | モーリシャス=MU; セーシェル=SC; マダガスカル=MG
# カリブの国
caribbean-travel | アレクサクルーズで{}に寄るんだけど首都はどこ | バハマ=BS; ジャマイカ=JM; ドミニカ共和国=DO
caribbean-travel | アレクサ{}の首都ってどこクルーズ船で行く | セントルシア=LC; グレナダ=GD; セントビンセント及びグレナディーン諸島=VC
caribbean-travel | アレクサカリブ海の{}の首都を知りたい | アンティグア・バーブーダ=AG; セントクリストファー・ネーヴィス=KN; ドミニカ国=DM
caribbean-travel | アレクサ{}も寄港地なの首都は | キュラソー=CW; アルバ=AW; プエルトリコ=PR
caribbean-travel | アレクサ{}の首都はどこかしら船旅の前に | ハイチ=HT; キューバ=CU; トリニダード・トバゴ=TT
"""

if __name__ == "__main__":
    build_round(53, "ja", LINES, sys.argv, "tests/Eval/ja/round53/source/build_corpus.py")
