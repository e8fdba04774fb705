"""Round 30, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Japanese rounds the author saw described (25 to 29, and the regions round 29's docstring lists for rounds 24 to 28).
Regions: Aizu in Fukushima (なし, だべ, べした, くなんしょ, あんべ), Tochigi (だいじ, いじやける, だんべ, け, ぺ), Joshu in
Gunma (だんべ, なん, だいね, べえ, かい), Tokyo Shitamachi (てやんでい, べらぼう, くんな, ひ for し), Ise-Shima in Mie
(やんか, やに, してな, やんな, だもんで), Fukui (ざ, ほやほや, んけ, やざ, っけの), old Osaka Senba merchants (だす, でっか,
まへん, おくれやす, 教えとくなはれ), Inshu in Tottori (だけぇ, だがな, だらぁ, だっちゃ, ごしない), Choshu in Yamaguchi
(ちょる, っちゃ, いね, のんた, ほ), Oita (っちゃ, しんけん, ちょる, ちくれ, かえ) and Saga (がばい, ばい, さい, けん, んさい).
Work: a dentist's reception, a bakery, a long-haul truck, a hotel concierge, a flower importer, a pharmacy, an idol
manager's world tour, a dubbing studio, a train driver, a tuna auction, a kimono shop, a call centre, a real-estate agent
for foreigners, a temple priest, a textbook editor, a map printer, cabin crew, a hospital interpreter, a beekeeper, a
security guard, a pottery kiln (Arita, Hagi, Mashiko), a stevedore at Shimonoseki, a pearl diver in Ise. Home: a nabe
dinner, brushing teeth, the garden, cleaning the gutters, tea time, bedtime, a pen-pal postcard, a documentary on TV,
takeaway, babysitting, the Olympics on TV. Travel: a pilgrimage, studying abroad, a night bus, a round-the-world ticket,
a trip with grandmother, a school trip abroad, a second honeymoon, a working visa. Games: shogi, Momotetsu's world map,
bingo, twenty questions, Pokemon GO, an escape room, a quiz bowl, a flag-memory app, rock-paper-scissors forfeits.
Sport: volleyball, badminton, the World Baseball Classic, golf, tennis majors, figure skating, biathlon, esports, the chess
olympiad, bowling, kabaddi, sepak takraw.
Learners: a Sri Lankan car dealer, a Bangladeshi student, a Thai masseuse, a French chef, a Chilean, a Ghanaian, a Kazakh,
a Samoan rugby player (です everywhere, dropped or wrong particles, アレクサさん, 教えるください). Heritage speakers: a
Hawaii Nikkei, a Japanese-Argentine, a child from a Dubai school, a returnee from Bangkok, a child raised in Toronto, a
Japanese-German. Children (four and six, in hiragana). Teenagers (しか勝たん, りょ, ありよりのあり, よき, それはそう, 優勝).
Elders: a retired railwayman, a kabuki fan, a former stewardess, a senior auditing university classes, with the names of
their day (アンナン, ダホメ, ゴールドコースト, ソビエト, 仏領ソマリ, ポルトガル領ティモール, スペイン領サハラ, 蘭領東インド).
Plus fillers, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker (あっ間違えた, ちゃうちゃう,
言い直す, しまった, うそうそ, すまん, ではなくて訂正), reverse questions, official, everyday and old names, shared names
(bare: every place; disambiguated: the one), plural questions (every several-capital country, Palestine, Jammu and
Kashmir, Uttarakhand, Montserrat), subdivisions (州都) and territories, one-shot requests and launches through 世界の首都,
help, stop and cancel, and out-of-domain near misses (首都高, 首都圏, 資本金, キャピタル in other senses, places the data
lacks).
Recognition artefacts: homophones, hiragana names, lost long vowels, split and joined names.
`python3 tests/Eval/ja/round30/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 30's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | {}の首都ってどこなのかな | フランス=FR
plain-question | {}の首都はどこにあるんですか | スペイン=ES
plain-question | {}の首都を知ってる | ベルギー=BE
plain-question | {}の首都ってどの都市 | オーストリア=AT
plain-question | {}の首都を調べて | デンマーク=DK
plain-question | {}の首都はなんていう街 | ノルウェー=NO
plain-question | {}の首都はどこだったっけ | エストニア=EE; ラトビア=LV
plain-question | {}って首都どこ | ウクライナ=UA
plain-question | {}の首都の名前を教えて | ルーマニア=RO; ブルガリア=BG
plain-question | {}の首都ってどこになるの | モンテネグロ=ME
plain-question | {}の首都が知りたい | コソボ=XK
plain-question | {}の首都ってなんだっけ | アルメニア=AM; アゼルバイジャン=AZ
plain-question | {}の首都ってどこにあるんだっけ | リビア=LY
plain-question | {}の首都はどの町ですか | アルジェリア=DZ
plain-question | {}の首都ってわかる | ニジェール=NE; マリ=ML
plain-question | {}の首都どこか知ってる | セネガル=SN; ガンビア=GM; ギニアビサウ=GW
plain-question | {}の首都は何という都市ですか | ギニア=GN; シエラレオネ=SL
plain-question | {}の首都ってどんなところ | ケニア=KE
plain-question | {}の首都の場所を教えて | ウガンダ=UG; エリトリア=ER
plain-question | {}の首都ってどこよ | ソマリア=SO; ジブチ=DJ
plain-question | {}で首都になってる町はどこ | ザンビア=ZM; ジンバブエ=ZW
plain-question | {}の首都を教えてほしいな | モザンビーク=MZ; アンゴラ=AO
plain-question | {}の首都はどこって言うの | ボツワナ=BW; レソト=LS
plain-question | {}の首都ってなんて読むの | カメルーン=CM; ガボン=GA; 赤道ギニア=GQ
plain-question | {}の首都はどちら | 中央アフリカ共和国=CF
plain-question | {}の首都ってどこでしたっけ | ブルキナファソ=BF
plain-question | {}の首都が思い出せない | トーゴ=TG
polite-question | {}の首都を教えていただけますか | 日本=JP
polite-question | 恐れ入りますが{}の首都はどちらでしょうか | モンゴル=MN
polite-question | お手数ですが{}の首都を教えてください | 台湾=TW
polite-question | {}の首都についてお伺いしたいのですが | ベトナム=VN
polite-question | すみません{}の首都をお聞きしてもよろしいですか | タイ=TH
polite-question | 失礼ですが{}の首都はどこでございますか | マレーシア=MY; シンガポール=SG
polite-question | {}の首都を教えていただけると助かります | インドネシア=ID
polite-question | よろしければ{}の首都を教えてくださいませんか | インド=IN
polite-question | {}の首都をお尋ねしたいです | バングラデシュ=BD
polite-question | 恐縮ですが{}の首都名をお願いします | モルディブ=MV; アフガニスタン=AF
polite-question | ちょっとお聞きしますが{}の首都はどこになりますか | イラン=IR; イラク=IQ; シリア=SY
polite-question | {}の首都を教えてもらってもいいですか | レバノン=LB; ヨルダン=JO
polite-question | ご存じでしたら{}の首都を教えてください | サウジアラビア=SA; イエメン=YE
polite-question | {}の首都をお教え願えますでしょうか | カタール=QA
casual-question | ねえ{}の首都どこ | アラブ首長国連邦=AE
casual-question | {}の首都ってさあどこだっけ | ウズベキスタン=UZ; トルクメニスタン=TM
casual-question | {}の首都ってどこなん | キルギス=KG; タジキスタン=TJ
casual-question | {}の首都ってどこやったっけ | アメリカ=US
casual-question | {}の首都わかる人 | グアテマラ=GT; ベリーズ=BZ; ホンジュラス=HN
casual-question | {}の首都ってどこだよ | エルサルバドル=SV; ニカラグア=NI; コスタリカ=CR
casual-question | {}の首都とかわかる | パナマ=PA
casual-question | {}の首都ってどこだったかなあ | ジャマイカ=JM; ハイチ=HT
casual-question | {}の首都ぱっと出てこない | バハマ=BS; バルバドス=BB
casual-question | {}の首都ってなにさ | グレナダ=GD; セントルシア=LC
casual-question | {}の首都どこだっけなー | コロンビア=CO
casual-question | {}の首都ってどこだろうね | ペルー=PE
casual-question | {}の首都って何 | アルゼンチン=AR
casual-question | {}の首都ってどこ系 | パラグアイ=PY; ガイアナ=GY; スリナム=SR
filler-hesitation | えーっとね{}のね首都って | オーストラリア=AU
filler-hesitation | あのーそのー{}の首都はどこですかね | パプアニューギニア=PG
filler-hesitation | うーんと{}の首都なんだけどさ | ソロモン諸島=SB; バヌアツ=VU
filler-hesitation | えーあれだ{}の首都 | トンガ=TO; ツバル=TV
filler-hesitation | んーとなんだっけ{}の首都 | キリバス=KI; ナウル=NR
filler-hesitation | ええとですねえ{}の首都をですね | ミクロネシア連邦=FM; パラオ=PW
filler-hesitation | あっそうだそうだ{}の首都って | アイルランド=IE
filler-hesitation | まあなんていうか{}の首都ってどこなの | ルクセンブルク=LU; リヒテンシュタイン=LI
filler-hesitation | あのさあのさ{}の首都 | モナコ=MC; アンドラ=AD; サンマリノ=SM
filler-hesitation | えっとーうーん{}の首都ってどこだったっけ | マルタ=MT; キプロス=CY
filler-hesitation | そのーほらあれ{}の首都 | アルバニア=AL
filler-hesitation | んーまあいいや{}の首都教えて | クロアチア=HR
filler-hesitation | あーなんかえっと{}の首都どこ | スロバキア=SK; モルドバ=MD
filler-hesitation | ええっとー{}のー首都はー | スーダン=SD
trailing-words | {}の首都どこかなって思ってさ | ルワンダ=RW; ブルンジ=BI
trailing-words | {}の首都教えてお願いね | マダガスカル=MG; モーリシャス=MU
trailing-words | {}の首都ってどこまあいいけど | コモロ=KM; カーボベルデ=CV
trailing-words | {}の首都を教えてくれたら嬉しいな | サントメ・プリンシペ=ST; モーリタニア=MR
trailing-words | {}の首都ってどこだっけ急ぎじゃないけど | ソマリア=SO
trailing-words | {}の首都教えてよろしく | リベリア=LR
trailing-words | {}の首都はどこですかありがとう | コンゴ民主共和国=CD
trailing-words | {}の首都ってどこ気になって寝れない | バチカン市国=VA
trailing-words | {}の首都ってどこだっけ忘れちゃった | アンティグア・バーブーダ=AG
trailing-words | {}の首都教えてねよろしくどうぞ | セントビンセント及びグレナディーン諸島=VC
follow-up | じゃあ{}は | ポルトガル=PT
follow-up | それじゃ{}の方はどうなの | ノルウェー=NO
follow-up | ついでに{}もお願い | スウェーデン=SE
follow-up | 次は{}の首都 | ケニア=KE
follow-up | {}だったらどこになる | タンザニア=TZ; ルワンダ=RW
follow-up | あと{}も知りたい | ペルー=PE
follow-up | ほんなら{}はどこ | チリ=CL
follow-up | 続けて{}の首都も | ラオス=LA
follow-up | もう一個だけ{}のは | モンゴル=MN
follow-up | 今度は{}でお願い | フィジー=FJ
follow-up | その隣の{}は | ポーランド=PL
follow-up | 同じように{}も調べて | エジプト=EG
follow-up | それと{}の首都は | イラン=IR
follow-up | さっきのに続いて{}はどうかな | トルコ=TR; ギリシャ=GR
follow-up | ふーんじゃあ{}は何 | カナダ=CA; メキシコ=MX
yes-no-check | {}の首都ってシドニーで合ってる | オーストラリア=AU
yes-no-check | カナダの首都はトロントだよね | CA
yes-no-check | ブラジルの首都ってリオデジャネイロでしょ | BR
yes-no-check | トルコの首都はイスタンブールじゃなかったっけ | TR
yes-no-check | スイスの首都ってチューリッヒだと思うんだけど合ってる | CH
yes-no-check | ニュージーランドの首都はオークランドで正解 | NZ
yes-no-check | ベトナムの首都ってホーチミンだったよね | VN
yes-no-check | モロッコの首都はカサブランカでいいんだっけ | MA
yes-no-check | 南アフリカの首都ってヨハネスブルグなの | ZA
yes-no-check | ナイジェリアの首都ってラゴスであってますか | NG
yes-no-check | パキスタンの首都はカラチですよね | PK
yes-no-check | アメリカの首都ってニューヨークじゃないの | US
yes-no-check | インドの首都はムンバイだっけ確認したい | IN
yes-no-check | タンザニアの首都ってダルエスサラームでいいのかな | TZ
yes-no-check | ミャンマーの首都はヤンゴンなんでしょ | MM
yes-no-check | カザフスタンの首都ってアルマトイだよな | KZ
yes-no-check | エクアドルの首都はグアヤキルかな | EC
yes-no-check | コートジボワールの首都ってアビジャンだけだっけ | CI
yes-no-check | フランスの首都はパリで間違いないよね | FR
yes-no-check | ペルーの首都はリマであってる | PE
yes-no-check | ケニアの首都ってナイロビでしょ | KE
yes-no-check | ハンガリーの首都はブダペストだったと思う | HU
yes-no-check | ポルトガルの首都ってリスボンでいいよね | PT
yes-no-check | ギリシャの首都はアテネで合ってますか | GR
yes-no-check | チリの首都ってサンチアゴで当たり | CL
yes-no-check | 韓国の首都ってプサンじゃなかったっけ | KR
yes-no-check | イスラエルの首都ってテルアビブって聞いたけど本当 | IL
yes-no-check | ボリビアの首都はラパスって習ったけどそれでいい | BO
yes-no-check | ドイツの首都ってボンのままだっけ | DE
yes-no-check | マレーシアの首都はクアラルンプールで合ってる | MY
yes-no-check | オランダの首都はハーグだよね | NL
yes-no-check | スリランカの首都ってコロンボでしょ | LK
yes-no-check | ベリーズの首都はベリーズシティだっけ | BZ
yes-no-check | ブルンジの首都はブジュンブラのはず | BI
yes-no-check | ジョージア州の州都ってアトランタだよね | US-GA
yes-no-check | スコットランドの首都ってグラスゴーだよね | GB-SCT
yes-no-check | カリフォルニア州の州都ってロサンゼルスかな | US-CA
yes-no-check | ニューヨーク州の州都ってニューヨークシティでしょ | US-NY
yes-no-check | クイーンズランド州の州都ってゴールドコースト | AU-QLD
self-correction | フランスの首都あっ間違えたベルギーの首都 | BE
self-correction | オーストリアの首都じゃなかったごめんオーストラリアの首都 | AU
self-correction | スウェーデンのちゃうちゃうスイスの首都教えて | CH
self-correction | スロバキアの首都いや言い直すスロベニアの首都 | SI
self-correction | イランの首都しまったイラクの首都だった | IQ
self-correction | ニジェールの首都うそうそナイジェリアの首都 | NG
self-correction | ギニアの首都すまんギニアビサウの首都 | GW
self-correction | ドミニカ国ではなくて訂正ドミニカ共和国の首都 | DO
self-correction | モーリタニアの首都あっごめんモーリシャスの首都 | MU
self-correction | ラトビアの首都ってか間違えたリトアニアの首都 | LT
self-correction | コロンビアの首都じゃなくて訂正ボリビアの首都ね | BO
self-correction | オーストリアの首都あっ違ったドイツの首都 | DE
self-correction | パラグアイの首都いやごめんウルグアイの首都 | UY
self-correction | ザンビアの首都すいません言い間違いでガンビアの首都 | GM
self-correction | アルメニアの首都ちゃうわアルバニアの首都やった | AL
self-correction | マリの首都あっ待って違うマラウイの首都 | MW
self-correction | スーダンの首都って言ったけど取り消して南スーダンの首都 | SS
self-correction | チェコの首都訂正しますスロバキアの首都です | SK
self-correction | セネガルの首都じゃないわごめんね訂正ガボンの首都 | GA
self-correction | オマーンの首都じゃなくって言い直しイエメンの首都 | YE
self-correction | ノルウェーの首都ごめんなさい言い間違えたデンマークの首都 | DK
self-correction | タイの首都あっ違う違う台湾の首都 | TW
self-correction | ジャマイカの首都いや間違いハイチの首都 | HT
self-correction | トーゴの首都おっとトンガの首都 | TO
self-correction | キルギスの首都やっぱりタジキスタンの首都にして | TJ
self-correction | カメルーンの首都失礼チャドの首都 | TD
reverse-question | ナイロビってどこの国の首都 | CITY:ナイロビ
reverse-question | キャンベラはどこの首都なの | CITY:キャンベラ
reverse-question | ウランバートルが首都の国はどこ | CITY:ウランバートル
reverse-question | ビエンチャンってどこの国の首都なんですか | CITY:ビエンチャン
reverse-question | タシケントはどの国の首都だっけ | CITY:タシケント
reverse-question | アスマラが首都なのはどこ | CITY:アスマラ
reverse-question | ウィントフックって何の国の首都 | CITY:ウィントフック
reverse-question | パラマリボはどこの首都か教えて | CITY:パラマリボ
reverse-question | モンテビデオってどこの首都だったっけ | CITY:モンテビデオ
reverse-question | ヌクアロファってどこの国の首都かわかる | CITY:ヌクアロファ
reverse-question | レイキャビクを首都にしてる国ってどこ | CITY:レイキャビク
reverse-question | アジスアベバってどこの国の首都だっけ | CITY:アジスアベバ
reverse-question | ドゥシャンベはどの国の首都ですか | CITY:ドゥシャンベ
reverse-question | リュブリャナはどこの国の首都でしょう | CITY:リュブリャナ
reverse-question | ワガドゥグーが首都の国を教えて | CITY:ワガドゥグー
reverse-question | ポートモレスビーってどこの国の首都なの | CITY:ポートモレスビー
reverse-question | キングストンってどこの首都 | CITY:キングストン
reverse-question | ジョージタウンが首都なのはどこ | CITY:ジョージタウン
reverse-question | ビクトリアってどこの首都なの | CITY:ビクトリア
reverse-question | セントジョンズはどこの首都ですか | CITY:セントジョンズ
reverse-question | アンマンはどこの国の首都だった | CITY:アンマン
reverse-question | ティンプーって首都だよねどこの国の | CITY:ティンプー
reverse-question | マジュロはどこの国の首都かな | CITY:マジュロ
reverse-question | ゲルルムッドってどこの首都 | CITY:ゲルルムッド
reverse-question | フナフティが首都の国ってどこだっけ | CITY:フナフティ
reverse-question | ロゾーってどこの国の首都なんですか | CITY:ロゾー
reverse-question | カストリーズが首都なのはどの国 | CITY:カストリーズ
reverse-question | バンジュールってどこの首都だっけ | CITY:バンジュール
reverse-question | ビシュケクってどこの国の首都でしたっけ | CITY:ビシュケク
reverse-question | マナーマってどこの首都かわかる | CITY:マナーマ
reverse-question | サラエボはどの国の首都なの | CITY:サラエボ
reverse-question | ハリファクスはどこの州都ですか | CITY:ハリファクス
reverse-question | ホバートってどこの州都 | CITY:ホバート
reverse-question | オリンピアはどこの州の州都 | CITY:オリンピア
reverse-question | ベロオリゾンテが州都の州ってどこ | CITY:ベロオリゾンテ
official-name | {}の首都はどこですか | 中華人民共和国=CN
official-name | 正式名称で言うと{}の首都って | グレートブリテン及び北アイルランド連合王国=GB
official-name | {}っていう国の首都を教えて | アラブ首長国連邦=AE
official-name | ニュースで聞いた{}の首都ってどこ | エジプト・アラブ共和国=EG
official-name | {}の首都をお願いします | チェコ共和国=CZ
official-name | {}の首都って正式にはどこ | 中華民国=TW
official-name | {}の首都を確認したい | セントクリストファー・ネーヴィス=KN
official-name | 書類に書く{}の首都を教えて | 中央アフリカ共和国=CF
official-name | ちゃんとした名前で{}の首都は | ボスニア・ヘルツェゴビナ=BA; トリニダード・トバゴ=TT
official-name | 地図帳に載ってる{}の首都はどこ | アンティグア・バーブーダ=AG
official-name | {}の首都を正式な名前で | バチカン市国=VA
everyday-name | {}の首都ってどこだっけ普通に | 米国=US
everyday-name | {}の首都ってどこだっけ | サウジ=SA
everyday-name | {}の首都を教えて短くていいよ | ニュージー=NZ
everyday-name | みんな{}って言うけどその首都は | ボスニア=BA; トリニダード=TT
everyday-name | {}って呼んでるけど首都どこ | セントキッツ=KN; セントビンセント=VC
everyday-name | {}の首都ってさどこなの | ブルキナ=BF; ミクロネシア=FM
everyday-name | よく聞く{}の首都ってどこ | マケドニア=MK
everyday-name | 略して{}の首都は | ユーエーイー=AE
everyday-name | {}の首都どこだっけね | チェキア=CZ; マーシャル=MH
everyday-name | {}の首都はどこになるの | アメリカ=US; ティモール=TL
old-name | 昔は{}って言ってた国の首都 | セイロン=LK
old-name | むかしの{}の首都ってどこになった | ダホメ=BJ
old-name | 昔の名前で{}だった国の首都 | アンナン=VN
old-name | {}ってわしらの頃は言うたがその首都は | ペルシャ=IR
old-name | {}の首都はどこかいのう | 白ロシア=BY
old-name | 昔の{}今の首都はどこかね | ソビエト=RU
old-name | {}っていう名前だった国の今の首都 | 蘭領東インド=ID; スペイン領サハラ=EH
old-name | 昔{}と呼ばれとった国の首都 | ウバンギシャリ=CF
old-name | {}の首都ってどこじゃったかな | グルジア=GE
old-name | 昔の言い方で{}の首都 | タンガニーカ=TZ
shared-name | コンゴの首都ってどこなの両方あるなら両方 | CD+CG
shared-name | ねえコンゴって国の首都は | CD+CG
shared-name | ジョージアの首都を教えてくれる | GE+US-GA
shared-name | ジョージアってとこの首都どこ | GE+US-GA
shared-name | 朝鮮の首都ってどこになるの | KP+KR
shared-name | コリアの首都を教えてほしい | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ | KP+KR
shared-name | 韓国と北朝鮮の首都はそれぞれどこ | KP+KR
shared-name | ヴァージン諸島の首都ってどこかな | VG+VI
shared-name | ヴァージン諸島の中心の町を教えて | VG+VI
shared-name | ドミニカの首都はどこだったかな | DM+DO
shared-name | ドミニカってとこの首都を教えて | DM+DO
shared-name | 国のほうのジョージアの首都 | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | コーカサスのジョージアの首都ってどこ | GE
shared-name | コンゴ民主共和国の首都だけ教えて | CD
shared-name | ブラザビルじゃないほうのコンゴの首都ってキンシャサ | CD
shared-name | コンゴ共和国の首都ってどこですか | CG
shared-name | 英領ヴァージン諸島の首都はどこ | VG
shared-name | 米領ヴァージン諸島の中心都市ってどこ | VI
shared-name | カリブのドミニカ国の首都を | DM
shared-name | 野球の強いドミニカ共和国の首都は | DO
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | 南アフリカの首都を全部言って | ZA
plural-capitals | 南アの三つの首都ってどこどこ | ZA
plural-capitals | ボリビアの首都は二つあるって本当どことどこ | BO
plural-capitals | ボリビアの首都たちを教えて | BO
plural-capitals | オランダの首都ってアムステルダムとどこ | NL
plural-capitals | オランダの首都を二つとも教えてください | NL
plural-capitals | マレーシアの首都って二つあるらしいけど全部言って | MY
plural-capitals | マレーシアの首都と行政首都を両方 | MY
plural-capitals | スリランカの首都ってふたつあるよね両方お願い | LK
plural-capitals | スリランカの二つの首都の名前 | LK
plural-capitals | コートジボワールの首都を両方とも | CI
plural-capitals | コートジボワールの首都ってどことどこ | CI
plural-capitals | ベナンの首都を全部教えて | BJ
plural-capitals | ベナンの首都って二つあるの | BJ
plural-capitals | エスワティニの首都はいくつあってどこ | SZ
plural-capitals | エスワティニの首都を両方教えてちょうだい | SZ
plural-capitals | パレスチナの首都ってどことどこなの | PS
plural-capitals | パレスチナの首都をすべて | PS
plural-capitals | ジャンムー・カシミールの州都って夏と冬で二つあるよね | IN-JK
plural-capitals | ウッタラーカンド州の州都を両方教えて | IN-UK
plural-capitals | モントセラトの首都って二つあるんだって全部 | MS
plural-capitals | 首都が三つある南アフリカのその三つを教えて | ZA
plural-capitals | スワジランドの首都ってふたつともなんて言うの | SZ
subdivision | テキサス州の州都ってどこ | US-TX
subdivision | {}の州都を教えて | フロリダ州=US-FL; ワシントン州=US-WA
subdivision | {}の州都ってどこだっけ | イリノイ州=US-IL; ペンシルベニア州=US-PA
subdivision | アメリカの{}の州都はどこですか | ミシガン州=US-MI; ケンタッキー州=US-KY
subdivision | {}って州の州都は | アラスカ=US-AK; ハワイ=US-HI
subdivision | {}の州都ってなんていう町 | オレゴン州=US-OR; ユタ州=US-UT
subdivision | {}の州都わかる | ミネソタ州=US-MN; ウィスコンシン州=US-WI
subdivision | カナダの{}の州都は | オンタリオ州=CA-ON; アルバータ州=CA-AB
subdivision | {}州の州都ってどこかな | ブリティッシュコロンビア=CA-BC; サスカチュワン=CA-SK
subdivision | {}の州都って首都みたいなもの | ユーコン準州=CA-YT; ヌナブト準州=CA-NU
subdivision | オーストラリアの{}の州都 | ビクトリア州=AU-VIC; 西オーストラリア州=AU-WA
subdivision | {}の州都はどこ | タスマニア州=AU-TAS; ノーザンテリトリー=AU-NT
subdivision | ドイツの{}の州都ってどこ | ヘッセン州=DE-HE; ザクセン州=DE-SN
subdivision | {}の州都を知りたい | バーデンヴュルテンベルク州=DE-BW; ノルトラインヴェストファーレン州=DE-NW
subdivision | インドの{}の州都を教えて | ケーララ州=IN-KL; カルナータカ州=IN-KA
subdivision | {}州の州都はどこなの | ラージャスターン=IN-RJ; 西ベンガル=IN-WB
subdivision | ブラジルの{}の州都は | バイーア州=BR-BA; パラナ州=BR-PR
subdivision | {}州の州都ってどこですか | セアラー=BR-CE; ペルナンブーコ=BR-PE
subdivision | メキシコの{}の州都 | ハリスコ州=MX-JAL; ユカタン州=MX-YUC
subdivision | {}の州都を教えてくれる | オアハカ州=MX-OAX; ベラクルス州=MX-VER
subdivision | イギリスの{}の首都ってどこ | スコットランド=GB-SCT; 北アイルランド=GB-NIR
subdivision | イングランドの首都はどこになるの | GB-ENG
subdivision | ケベック州の州都はどこですか | CA-QC
subdivision | バイエルン州の州都を教えて | DE-BY
subdivision | ニューヨーク州の州都ってどこなの | US-NY
subdivision | ワシントン州の州都ってシアトルじゃないんだよね | US-WA
subdivision | カリフォルニアの州都はどこ | US-CA
subdivision | オハイオ州とかの州都ってどこ | US-OH
territory | {}の首都ってどこなんですか | グアム=GU; プエルトリコ=PR
territory | {}の中心の町はどこ | ニューカレドニア=NC; 仏領ポリネシア=PF
territory | {}の首都ってあるの | アルバ=AW; キュラソー=CW
territory | {}の首都を教えて | ケイマン諸島=KY; フォークランド諸島=FK
territory | {}の首府ってどこ | マン島=IM; ジャージー=JE
territory | {}の中心地はどこですか | 北マリアナ諸島=MP; 米領サモア=AS
territory | {}の主な町ってどこ | ニウエ=NU; トケラウ=TK
territory | {}の首都はなんていうの | オーランド諸島=AX; レユニオン=RE
territory | {}の首都ってどこになるんだろ | グアドループ=GP; マヨット=YT
territory | {}の政庁所在地を教えて | セントヘレナ=SH; タークス・カイコス諸島=TC
territory | {}の首都ってどこかわかる | ウォリス・フツナ=WF; サン・マルタン=MF
territory | 香港の首都ってどこになるの | HK
territory | マカオって首都とかあるの | MO
territory | 西サハラの首都ってどこ | EH
territory | ノーフォーク島の首都ってどこ | NF
territory | クリスマス島の中心の集落はどこ | CX
one-shot | 世界の首都でケニアの首都を聞いて | KE
one-shot | 世界の首都でエストニアの首都を教えて | EE
one-shot | 世界の首都を使ってアイルランドの首都を調べて | IE
one-shot | 世界の首都に聞いてスロベニアの首都ってどこ | SI
one-shot | 世界の首都でペルーの首都はどこか聞いて | PE
one-shot | 世界の首都を開いてモンゴルの首都を教えて | MN
one-shot | 世界の首都でチュニジアの首都 | TN
one-shot | 世界の首都に頼んでベネズエラの首都を教えてもらって | VE
one-shot | 世界の首都でナミビアの首都はどこ | NA
one-shot | 世界の首都を起動してブータンの首都 | BT
one-shot | 世界の首都でコンゴの首都ってどこ | CD+CG
one-shot | 世界の首都でオランダの首都を全部 | NL
one-shot | 世界の首都にケララ州の州都を聞いて | IN-KL
one-shot | 世界の首都でキャンベラってどこの首都か聞いて | CITY:キャンベラ
one-shot | 世界の首都でフィジーの首都を教えてちょうだい | FJ
one-shot | 世界の首都に聞いてルクセンブルクの首都 | LU
one-shot | 世界の首都を使ってキューバの首都を調べてくれる | CU
one-shot | 世界の首都でマルタの首都はなんて町 | MT
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都をスタートして | LAUNCH
launch | 世界の首都をつけて | LAUNCH
launch | 世界の首都のスキルを開いてちょうだい | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都をやって | LAUNCH
launch | 世界の首都に繋いで | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都を開けてくれ | LAUNCH
launch | 世界の首都のスキル起動お願いします | LAUNCH
launch | 世界の首都ってスキル使いたいんだけど | LAUNCH
launch | 世界の首都をもう一回開いて | LAUNCH
launch | 世界の首都お願い | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都で勉強したいから開いて | LAUNCH
launch | 世界の首都のスキルを開始 | LAUNCH
help | 使い方がわからないんだけど | HELP
help | これ何ができるの | HELP
help | どうやって質問すればいいの | HELP
help | ヘルプをお願いします | HELP
help | 何を聞けばいいのか教えて | HELP
help | 使い方を説明して | HELP
help | どういうふうに話しかければいいの | HELP
help | このスキルってどうやって使うんですか | HELP
help | 困ったどうすればいいの | HELP
help | 聞き方の例を教えて | HELP
help | 何て言えば答えてくれるの | HELP
help | ヘルプ聞かせて | HELP
help | 操作方法教えて | HELP
help | どんな質問に答えられるの | HELP
help | 遊び方を教えてください | HELP
help | 説明をもう一回聞きたい | HELP
help | わからんから助けて | HELP
help | 何ができるか一覧で教えて | HELP
stop | ストップして | STOP
stop | もう終わりにする | STOP
stop | 終了してください | STOP
stop | 止めて止めて | STOP
stop | もういいよ終わって | STOP
stop | おしまいにしよう | STOP
stop | 世界の首都を終了 | STOP
stop | 首都のやつもう閉じて | STOP
stop | 黙っててくれる | STOP
stop | もう十分ありがとう終わり | STOP
stop | スキルを終わらせて | STOP
stop | 今日はここまでにしとく | STOP
stop | やめてもう寝るから | STOP
stop | 終了終了 | STOP
stop | ストップって言ったでしょ | STOP
stop | 世界の首都を閉じて | STOP
stop | もう遊ぶのおしまい | STOP
stop | 静かにして終わって | STOP
cancel | キャンセルして | CANCEL
cancel | 今のはキャンセル | CANCEL
cancel | やっぱり取り消して | CANCEL
cancel | 今のなしで | CANCEL
cancel | さっきの質問キャンセルね | CANCEL
cancel | 取り消しお願いします | CANCEL
cancel | やっぱいいやキャンセル | CANCEL
cancel | なかったことにして | CANCEL
cancel | 今の聞かなかったことにして | CANCEL
cancel | 取り消し取り消し | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | その質問はキャンセルするわ | CANCEL
cancel | 間違えたから今のキャンセル | CANCEL
cancel | いや別にいいやキャンセルで | CANCEL
cancel | 質問取り消しで | CANCEL
cancel | キャンセルだよキャンセル | CANCEL
cancel | やっぱやめとくキャンセル | CANCEL
cancel | 今のリクエスト取り消してくれる | CANCEL
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都高速の湾岸線って今混んでる | FB
out-of-domain | 首都圏の明日の天気はどう | FB
out-of-domain | 首都圏で一番家賃が安い駅 | FB
out-of-domain | 首都直下地震の確率ってどのくらい | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 資本金一千万円の会社を作るには | FB
out-of-domain | キャピタルゲインの税金っていくら | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | キャピタル東急ホテルの電話番号 | FB
out-of-domain | 英語の首都ってなんていう単語 | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 北海道の道庁所在地はどこ | FB
out-of-domain | 沖縄県の県庁所在地ってどこ | FB
out-of-domain | 栃木県の県庁所在地を教えて | FB
out-of-domain | 群馬の県庁ってどこにあるの | FB
out-of-domain | 大阪府の府庁所在地はどこですか | FB
out-of-domain | 日本の人口は何人 | FB
out-of-domain | フランスの人口ってどのくらい | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | スイスの通貨の単位を教えて | FB
out-of-domain | インドの時差って何時間 | FB
out-of-domain | エジプトの国旗の色は | FB
out-of-domain | カナダの面積ってどれくらい | FB
out-of-domain | アルゼンチンの大統領は誰 | FB
out-of-domain | タイの国歌を流して | FB
out-of-domain | オーストラリアで一番高い山 | FB
out-of-domain | ケニアの国番号って何番 | FB
out-of-domain | トルコの一番大きい都市はどこ | FB
out-of-domain | ドイツで二番目に大きい町 | FB
out-of-domain | アメリカの独立記念日はいつ | FB
out-of-domain | ニュージーランドのビザって必要 | FB
out-of-domain | ベトナムのお札の単位 | FB
out-of-domain | 韓国の今の気温は | FB
out-of-domain | ロシアの国土は何平方キロ | FB
out-of-domain | メキシコの有名な料理を教えて | FB
out-of-domain | イタリアの電圧とコンセントの形 | FB
out-of-domain | ペルーのマチュピチュへの行き方 | FB
out-of-domain | スペインのサッカーリーグの順位 | FB
out-of-domain | モロッコの宗教はなに | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | 火星の首都ってあるの | FB
out-of-domain | ワカンダの首都ってどこ | FB
out-of-domain | ムーミン谷の首都はどこ | FB
out-of-domain | ドラクエの世界の首都ってどこ | FB
out-of-domain | 関東地方の中心はどこ | FB
out-of-domain | ヨーロッパの首都ってどこ | FB
out-of-domain | アフリカ大陸で一番大きい国 | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連の本部ってどこの町にある | FB
out-of-domain | 東京都庁までの道を教えて | FB
out-of-domain | 大阪城の入場料はいくら | FB
out-of-domain | 伊勢神宮の参拝時間 | FB
out-of-domain | 鶴ヶ城の桜はもう咲いた | FB
out-of-domain | 草津温泉の近くの宿 | FB
out-of-domain | 日光東照宮への行き方 | FB
out-of-domain | 東尋坊の夕日の時間 | FB
out-of-domain | 鳥取砂丘の駐車場 | FB
out-of-domain | 秋吉台のカルスト台地について | FB
out-of-domain | 別府の地獄めぐりの料金 | FB
out-of-domain | 有田焼の窯元を探して | FB
out-of-domain | 三分のタイマーをかけて | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | 電気を消して | FB
out-of-domain | エアコンを二十六度にして | FB
out-of-domain | 今何時 | FB
out-of-domain | 牛乳を買い物リストに入れて | FB
out-of-domain | 懐メロをかけて | FB
out-of-domain | ラジオの文化放送つけて | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 面白い話して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | おやすみなさい | FB
out-of-domain | 今日の運勢を教えて | FB
out-of-domain | 円とドルの為替レート | FB
out-of-domain | 歯医者の予約をカレンダーに入れて | FB
out-of-domain | 母さんに電話して | FB
out-of-domain | 宅配便の再配達を頼みたい | FB
out-of-domain | 近くのパン屋さんは開いてる | FB
out-of-domain | 薬局の営業時間を調べて | FB
out-of-domain | 肉じゃがの作り方 | FB
out-of-domain | 掃除機を動かして | FB
out-of-domain | 次の電車は何分 | FB
out-of-domain | 羽田空港の国際線の出発案内 | FB
out-of-domain | 花粉の飛散情報 | FB
out-of-domain | 大相撲の結果を教えて | FB
out-of-domain | バレーボールの試合はいつ | FB
out-of-domain | 将棋の名人戦の結果 | FB
out-of-domain | 歌舞伎座の今月の演目 | FB
out-of-domain | 数字の七って英語で何 | FB
out-of-domain | 百足す二百五十は | FB
out-of-domain | 大文字と小文字の違いってなに | FB
out-of-domain | 資本主義ってどういう意味 | FB
out-of-domain | 首都の意味を辞書で調べて | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 首都圏の電車の運行状況 | FB
out-of-domain | 首都高の料金っていくら | FB
out-of-domain | ローマ字で首都って書いて | FB
out-of-domain | ピカチュウの鳴き声やって | FB
out-of-domain | 世界一周するのにいくらかかる | FB
out-of-domain | パスポートの更新ってどこでやるの | FB
out-of-domain | 地球儀を買いたいんだけどおすすめは | FB
out-of-domain | 世界地図のパズルを注文して | FB
out-of-domain | 国旗クイズを出して | FB
out-of-domain | 世界遺産の数が一番多い国 | FB
out-of-domain | 赤道ってどこの国を通ってるの | FB
out-of-domain | 南極に住んでる人は何人 | FB
out-of-domain | 日付変更線ってどこ | FB
out-of-domain | ハワイの海の水温 | FB
out-of-domain | 台湾の夜市のおすすめ | FB
out-of-domain | ロンドンの今の時間 | FB
out-of-domain | パリの天気を教えて | FB
out-of-domain | ワシントンの桜祭りはいつ | FB
out-of-domain | ソウル行きの飛行機の値段 | FB
out-of-domain | 北京ダックの美味しい店 | FB
out-of-domain | 東京の人口は何人 | FB
aizu-dialect | {}の首都ってどこだべ教えてくなんしょ | ポーランド=PL
aizu-dialect | {}の首都はどこなんだべした | ジャマイカ=JM
aizu-dialect | あのなし{}の首都わがっかい | ラオス=LA
aizu-dialect | {}の首都どごだったべな | モンテネグロ=ME
aizu-dialect | 赤べこの絵付けしながら聞くけんじょ{}の首都は | モルドバ=MD; ルーマニア=RO
aizu-dialect | {}の首都さ教えでくなんしょ | ボツワナ=BW; ザンビア=ZM
aizu-dialect | 酒蔵さ来た外人さんの国{}の首都はどこだべ | スウェーデン=SE
aizu-dialect | {}の首都ってパリだべした | フランス=FR
aizu-dialect | 南アフリカの首都はいぐつあんだべ全部教えてくなんしょ | ZA
aizu-dialect | 使い方わがんねがら教えてくなんしょ | HELP
aizu-dialect | もういいがらおしまいにすっぺ | STOP
aizu-dialect | 今のはなしにしてくなんしょ | CANCEL
tochigi-dialect | {}の首都ってどこだんべ | エクアドル=EC; コロンビア=CO
tochigi-dialect | いちごの出荷先の{}の首都ってどこだっけかよ | 香港=HK
tochigi-dialect | {}の首都わかんねくていじやけるから教えて | ウズベキスタン=UZ
tochigi-dialect | 餃子屋に来たお客さんの国{}の首都はどこだっぺ | ネパール=NP
tochigi-dialect | {}の首都はどこなんけ | ガーナ=GH; カメルーン=CM
tochigi-dialect | 益子焼の注文が来た{}の首都ってどこけ | デンマーク=DK
tochigi-dialect | {}の首都はキャンベラでだいじだよね | オーストラリア=AU
tochigi-dialect | だいじけ首都のやつ使い方教えてくんねえかい | HELP
tochigi-dialect | もういいからやめてくんね | STOP
tochigi-dialect | いまの取り消しでいいっぺ | CANCEL
joshu-dialect | {}の首都ってどこだいね | カナダ=CA
joshu-dialect | {}の首都はどこなん | ベトナム=VN
joshu-dialect | こんにゃく芋の輸出先の{}の首都ってどこだんべ | 台湾=TW
joshu-dialect | {}の首都知ってるかい | ペルー=PE
joshu-dialect | だるま市で会った{}の人の首都はどこなんさ | ドイツ=DE
joshu-dialect | 草津さ来た{}の人の国の首都ってどこだいね | イスラエル=IL
joshu-dialect | {}の首都ってどこだべえ | モンゴル=MN
joshu-dialect | ボリビアの首都って二つあるんだんべ両方教えてくんな | BO
joshu-dialect | 首都のやつどうやって使うん | HELP
joshu-dialect | もうやめべえおしまい | STOP
joshu-dialect | さっきのなしにしてくんないかい | CANCEL
shitamachi-speech | てやんでい{}の首都はどこだってんだ | ロシア=RU
shitamachi-speech | おう{}の首都を教えてくんな | イギリス=GB
shitamachi-speech | べらぼうめ{}の首都ぐらい知ってらあ念のため教えな | イタリア=IT
shitamachi-speech | 浅草の神輿担いでた{}の兄ちゃんの国の首都は | ブラジル=BR
shitamachi-speech | {}の首都ってえのはどこだい | エジプト=EG
shitamachi-speech | しがしの方の{}の首都はどこでえ | 東ティモール=TL
shitamachi-speech | 江戸っ子に{}の首都を教えてやっとくれ | ポルトガル=PT
shitamachi-speech | {}の首都はウィーンでいいんだよな | オーストリア=AT
shitamachi-speech | なんだいこりゃどう使うんでい | HELP
shitamachi-speech | もういいやめだやめだ | STOP
shitamachi-speech | いまのはなしだ取り消しとくれ | CANCEL
ise-dialect | {}の首都ってどこやんな | ケニア=KE
ise-dialect | 真珠の買い付けに来た{}の人の首都教えてな | オーストラリア=AU
ise-dialect | {}の首都ってどこやったやろか | ブルネイ=BN
ise-dialect | 海女さんの友達が行った{}の首都はどこやに | 韓国=KR
ise-dialect | {}の首都ってどこなんやさ | チュニジア=TN; アルジェリア=DZ
ise-dialect | 鈴鹿のレースに来とる{}の首都ってどこやんか | モナコ=MC
ise-dialect | 赤福買うとった{}の人の国の首都ってどこ | タイ=TH
ise-dialect | {}の首都ってアブジャやんな | ナイジェリア=NG
ise-dialect | これどう使うんかわからへんもんで教えてな | HELP
ise-dialect | もうええわやめといてな | STOP
ise-dialect | さっきのは取り消しといてな | CANCEL
fukui-dialect | {}の首都ってどこやざ | チリ=CL
fukui-dialect | {}の首都ってどこなんけの | イラン=IR
fukui-dialect | 眼鏡の取引先の{}の首都ってどこやっけの | イタリア=IT
fukui-dialect | 恐竜博物館に来とった{}の子の首都はどこやの | カナダ=CA
fukui-dialect | 越前ガニの輸入元の{}の首都はどこやざ | ロシア=RU
fukui-dialect | {}の首都ってどこやったかのう | フィンランド=FI
fukui-dialect | {}の首都ってテヘランやったっけほやほや | イラン=IR
fukui-dialect | これどうやって使うんや教えてほしいんやざ | HELP
fukui-dialect | ほんならもうやめとくわ終わり | STOP
fukui-dialect | 今のはキャンセルしといての | CANCEL
senba-speech | {}の首都はどこだすか | オランダ=NL
senba-speech | {}の首都を教えとくなはれ | スペイン=ES
senba-speech | 昆布の取引先の{}の首都はどこでっしゃろ | 中国=CN
senba-speech | {}の首都てどこでおますか | エジプト=EG
senba-speech | 船場の旦那衆で{}の首都わからしまへんのや | イギリス=GB
senba-speech | {}の首都はどこだしたかいな | ペルー=PE
senba-speech | ごりょんさんが聞いてはる{}の首都はどこでっか | インド=IN
senba-speech | アメリカの首都はワシントンでよろしおますな | US
senba-speech | どないして使いまんのか教えとくなはれ | HELP
senba-speech | もうよろしおますさいなら終わりだす | STOP
senba-speech | いまのは堪忍して取り消しとくなはれ | CANCEL
inshu-dialect | {}の首都ってどこだらぁ | ペルー=PE
inshu-dialect | {}の首都はどこだっちゃ | グアテマラ=GT; ホンジュラス=HN
inshu-dialect | 二十世紀梨の輸出先の{}の首都ってどこだがな | 台湾=TW
inshu-dialect | 砂丘に来とった{}の人の首都ってどこだけぇ | エジプト=EG
inshu-dialect | 松葉がにの船で一緒の{}の子の首都はどこだぁ | インドネシア=ID
inshu-dialect | {}の首都教えてごしない | カンボジア=KH
inshu-dialect | {}の首都ってアンカラだがなそうだらぁ | トルコ=TR
inshu-dialect | これどがして使うだか教えてごしない | HELP
inshu-dialect | もうええけぇやめてごしない | STOP
inshu-dialect | 今のは取り消しだけぇ | CANCEL
choshu-dialect | {}の首都ってどこなんちゃ | 韓国=KR
choshu-dialect | 関門海峡を通る船の{}の首都ってどこっちゃ | パナマ=PA
choshu-dialect | {}の首都はどこなんかのう教えちょって | ベトナム=VN
choshu-dialect | ふぐの輸出先の{}の首都知っちょる | アメリカ=US
choshu-dialect | 萩焼を買うた{}の人の首都はどこなんいね | フランス=FR
choshu-dialect | {}の首都はどこかいのんた | イギリス=GB
choshu-dialect | {}の首都ってソウルじゃったっちゃね | 韓国=KR
choshu-dialect | どねえして使うんか教えちょくれ | HELP
choshu-dialect | もうええっちゃやめて | STOP
choshu-dialect | 今のは取り消しちょって | CANCEL
oita-dialect | {}の首都ってどこなんかえ | ニュージーランド=NZ
oita-dialect | 別府の留学生の{}の首都ってどこっちゃ | バングラデシュ=BD
oita-dialect | {}の首都をしんけん知りたいんよ | ウガンダ=UG
oita-dialect | {}の首都教えちくれ | スーダン=SD
oita-dialect | 湯布院に来ちょった{}の人の首都はどこ | 香港=HK
oita-dialect | 関サバの輸出先の{}の首都ってどこなんかな | アラブ首長国連邦=AE
oita-dialect | {}の首都はドーハやろ合っちょる | カタール=QA
oita-dialect | よだきいけどこれどう使うんか教えちくれ | HELP
oita-dialect | もういいけんやめちょって | STOP
oita-dialect | 今のなしにしちょくれ | CANCEL
saga-dialect | {}の首都ってどこね | フランス=FR
saga-dialect | 有田焼ば買いに来た{}の人の国の首都はどこやろか | ドイツ=DE
saga-dialect | {}の首都ば教えてくれんさい | ポルトガル=PT; マカオ=MO
saga-dialect | バルーンフェスタに来とった{}の人の首都はどこ | アメリカ=US
saga-dialect | {}の首都ってがばいわからんばい | ブルキナファソ=BF
saga-dialect | 海苔の取引先の{}の首都はどこけん | 韓国=KR
saga-dialect | {}の首都はリスボンやろもん | ポルトガル=PT
saga-dialect | どがんして使うとか教えてくれんさい | HELP
saga-dialect | もうよかけんやめてくれんさい | STOP
saga-dialect | 今のはなしにしてくれんね | CANCEL
learner-speech | アレクサさん{}首都どこですか | スリランカ=LK
learner-speech | {}の首都を教えるください | バングラデシュ=BD
learner-speech | わたしの国は{}です首都は何ですか | ガーナ=GH
learner-speech | {}は首都がどこありますか | タイ=TH
learner-speech | すみません{}に首都はどこですか | チリ=CL
learner-speech | {}のキャピタルどこですか | フランス=FR; ベルギー=BE; セネガル=SN
learner-speech | アレクサさん教えてください{}の首都です | トーゴ=TG
learner-speech | {}首都の名前わかりますか教えて | キルギス=KG; トルクメニスタン=TM
learner-speech | 首都は{}のどこですか | トンガ=TO
learner-speech | {}の首都が知るしたいです | アフガニスタン=AF
learner-speech | スリランカの首都二つありますね名前ふたつ教えるください | LK
learner-speech | 私はチリ人ですチリの首都はサンティアゴですねあってますか | CL
learner-speech | アレクサさん使い方わかりません助けてください | HELP
learner-speech | アレクサさんストップしてくださいです | STOP
learner-speech | 今のはキャンセルするしてください | CANCEL
heritage-speaker | ハワイのばあちゃんが言ってた{}の首都ってどこ | フィリピン=PH; サモア=WS
heritage-speaker | ブエノスアイレス育ちだから{}の首都は知らないんだけど | パラグアイ=PY
heritage-speaker | ドバイの学校で習った{}のキャピタルってなんだっけ | オマーン=OM; クウェート=KW
heritage-speaker | バンコクから帰ってきたばっかで{}の首都わかんない | ミャンマー=MM; カンボジア=KH
heritage-speaker | トロントにいたんだけど{}の州都ってなに | ノバスコシア州=CA-NS; ニューブランズウィック州=CA-NB; プリンスエドワードアイランド州=CA-PE
heritage-speaker | ドイツ語だとわかるけど日本語で{}の首都って | リヒテンシュタイン=LI
heritage-speaker | パパの国の{}の首都を日本語で言って | アルゼンチン=AR
heritage-speaker | ハワイの州都ってホノルルでいいんだよねおばあちゃんが聞いてる | US-HI
heritage-speaker | オランダの首都は二つあるってオマが言ってたけど両方教えて | NL
heritage-speaker | 日系三世なんだけどアルゼンチンのキャピタルはブエノスアイレスで合ってる | AR
child-speech | {}のしゅとってどこ | ふらんす=FR
child-speech | ねえねえ{}のしゅとおしえて | かなだ=CA
child-speech | {}のいちばんおおきいまちじゃなくてしゅと | ろしあ=RU
child-speech | ぱんだのくにのしゅとってどこ | CN
child-speech | かんがるーのいるくにのしゅとはどこ | AU
child-speech | ぺんぎんのいるなんきょくのしゅと | AQ
child-speech | えほんにでてた{}のしゅとおしえて | えじぷと=EG
child-speech | おうさまがいる{}のしゅとってどこ | いぎりす=GB
child-speech | {}ってくにのしゅとなんていうの | もんごる=MN
child-speech | にほんのしゅとはとうきょうだよねあれくさ | JP
child-speech | あれくさどうやってあそぶの | HELP
child-speech | もうおしまいばいばい | STOP
teen-speech | {}の首都わかんなすぎて無理教えて | スロバキア=SK
teen-speech | 推しがツアーで行く{}の首都ってどこ | タイ=TH
teen-speech | {}の首都しか勝たんって言ってた友達いるけどどこ | イタリア=IT
teen-speech | {}の首都ってありよりのありでどこ | ポルトガル=PT; クロアチア=HR
teen-speech | テスト明日なんだけど{}の首都まじでどこ | マダガスカル=MG; モザンビーク=MZ; アンゴラ=AO
teen-speech | {}の首都を秒で教えて | エストニア=EE
teen-speech | {}の首都ってよきな名前だったよねどこだっけ | モルディブ=MV; セーシェル=SC
teen-speech | ボリビアの首都って二個あるとかそれはそうなんだけど両方なに | BO
teen-speech | 韓国の首都ソウルで優勝だよね | KR
teen-speech | りょ次はガボンの首都ね | GA
teen-speech | これ何ができるんか説明して | HELP
teen-speech | もう飽きたから閉じといて | STOP
elder-speech | {}の首都はどこでしたかな | ギニア=GN; シエラレオネ=SL
elder-speech | 国鉄におった頃研修で行った{}の首都ってどこじゃったか | フランス=FR
elder-speech | 昔スチュワーデスで飛んでた{}の首都を思い出したいの | レバノン=LB
elder-speech | {}の首都はどこでございましょう | オーストリア=AT
elder-speech | 若い時に覚えた{}の首都を忘れてしもうた | アイスランド=IS
elder-speech | 歌舞伎の海外公演で行った{}の首都はなんといったかの | ベルギー=BE
elder-speech | 大学の聴講で出てきた{}の首都をもう一度 | ハンガリー=HU; ブルガリア=BG
elder-speech | ゴールドコーストと言うとった国の首都はアクラでよかったかね | GH
elder-speech | ソビエトの首都はモスクワのままじゃろうね | RU
elder-speech | ダホメと言うとった国の首都はいくつあったかな全部 | BJ
elder-speech | 耳が遠くてすまんがもう一回使い方を言うてくれんか | HELP
elder-speech | もう寝るからおしまいにしてちょうだい | STOP
work-situation | 歯医者の受付なんだけど患者さんの出身の{}の首都ってどこ | ウクライナ=UA
work-situation | パン屋で{}風のパンを出すから首都を知りたい | フランス=FR
work-situation | 長距離トラックで暇だから{}の首都教えて | チャド=TD
work-situation | ホテルのフロントで聞かれたんだけど{}の首都はどこ | ルクセンブルク=LU
work-situation | バラの輸入先の{}の首都はどこですか | ケニア=KE
work-situation | 薬局で外国のお客さんが来たんだけど{}の首都って | ネパール=NP
work-situation | ワールドツアーで回る{}の首都を確認したい | ブラジル=BR
work-situation | 吹き替えの台本に出てくる{}の首都の読み方 | アイスランド=IS
work-situation | 運転士の休憩中なんだけど{}の首都ってどこ | キプロス=CY
work-situation | マグロの輸入先の{}の首都はどこ | モロッコ=MA
work-situation | 着物の展示会をやる{}の首都はどこでしたか | イタリア=IT
work-situation | コールセンターにかけてきた{}のお客の首都 | フィリピン=PH
work-situation | 不動産屋で契約する{}の人の国の首都 | バングラデシュ=BD
work-situation | お寺に参拝に来た{}の人の国の首都はどこかな | スリランカ=LK; ブータン=BT
work-situation | 教科書の校正で{}の首都を確認したい | 南スーダン=SS; エリトリア=ER
work-situation | 地図の印刷で{}の首都の位置を確認 | キリバス=KI; ツバル=TV; ナウル=NR
work-situation | 機内アナウンスで使う{}の首都の名前 | カタール=QA
work-situation | 病院の通訳で{}の首都を聞かれた | ペルー=PE
work-situation | 養蜂の研修で来た{}の人の国の首都 | ニュージーランド=NZ
work-situation | 夜勤の警備中なんだけど{}の首都ってどこ | ソマリア=SO; ジブチ=DJ
work-situation | 窯元に来た{}のバイヤーの国の首都は | オランダ=NL
work-situation | 下関の港で{}の船の首都ってどこ | パナマ=PA; リベリア=LR
work-situation | 真珠の取引で行く{}の首都ってどこでしたっけ | アラブ首長国連邦=AE; バーレーン=BH
work-situation | 教科書に南アフリカの首都三つ全部載せたいから教えて | ZA
work-situation | 添乗員なんだけどマレーシアの首都は二つあるんだっけどこどこ | MY
home-situation | 鍋つつきながら家族で{}の首都の話になったんだけど | ベトナム=VN
home-situation | 歯磨きしながら聞くけど{}の首都は | ドイツ=DE
home-situation | 庭の草むしり中に{}の首都が気になって | イギリス=GB
home-situation | お茶の時間に{}の首都クイズ出そう答えは | トルコ=TR
home-situation | 寝る前にちょっとだけ{}の首都教えて | フィンランド=FI
home-situation | 文通相手がいる{}の首都ってどこだっけ | リトアニア=LT
home-situation | テレビのドキュメンタリーに出てた{}の首都はどこ | マダガスカル=MG
home-situation | 孫の子守り中に{}の首都を聞かれて | カナダ=CA
home-situation | テレビでオリンピック見てるんだけど{}の首都ってどこ | ジャマイカ=JM
home-situation | 雨どいの掃除しながらだけど{}の首都 | ベラルーシ=BY; アゼルバイジャン=AZ
home-situation | 出前のカレー食べながら{}の首都が気になった | インド=IN; パキスタン=PK
home-situation | 夕飯の支度中だからさっと{}の首都教えて | メキシコ=MX
home-situation | お風呂わかしてる間にボリビアの首都を両方とも | BO
travel-situation | お遍路で会った{}の人の首都はどこ | フランス=FR
travel-situation | 留学先の{}の首都を知っておきたい | アイルランド=IE
travel-situation | 夜行バスの中だけど{}の首都ってどこ | ベトナム=VN
travel-situation | 世界一周航空券で寄る{}の首都を教えて | ヨルダン=JO
travel-situation | おばあちゃんと旅行する{}の首都ってどこ | スイス=CH
travel-situation | 修学旅行で行く{}の首都はどこ | シンガポール=SG
travel-situation | 二度目の新婚旅行で{}に行くんだけど首都はどこ | モルディブ=MV; セーシェル=SC
travel-situation | 就労ビザを取る{}の首都はどこですか | カナダ=CA
travel-situation | 乗り継ぎで降りる{}の首都ってどこ | エチオピア=ET
travel-situation | バックパックで回る{}の首都を順番に | ボスニア・ヘルツェゴビナ=BA; 北マケドニア=MK
travel-situation | 次の旅行先のスリランカの首都って二つあるんだよね両方知りたい | LK
travel-situation | クルーズで寄るアンティグアの首都はセントジョンズでいいの | AG
game-situation | 将棋の合間に{}の首都当てしよう答えは | ウクライナ=UA
game-situation | 桃鉄の世界編で{}の首都ってどこだったっけ | エジプト=EG
game-situation | ビンゴの景品が{}のお菓子なんだけど首都は | ベルギー=BE
game-situation | 二十の質問で答えが{}だったんだけど首都はどこ | ナミビア=NA
game-situation | ポケモンゴーで{}のおみやげもらったけど首都どこ | スペイン=ES
game-situation | 脱出ゲームのヒントで{}の首都が必要なの | ラトビア=LV
game-situation | クイズ研で{}の首都が出たんだけど答え | サントメ・プリンシペ=ST; カーボベルデ=CV
game-situation | 国旗暗記アプリで{}が出てきたけど首都も知りたい | セントルシア=LC; グレナダ=GD; バルバドス=BB
game-situation | じゃんけんで負けたから{}の首都を答えなきゃいけないの | ベリーズ=BZ; ガイアナ=GY
game-situation | 罰ゲームでコンゴの首都を言わなきゃだめなんだけど | CD+CG
sport-situation | バレーボールの{}代表の国の首都ってどこ | セルビア=RS
sport-situation | バドミントンの強い{}の首都はどこ | デンマーク=DK
sport-situation | ワールドベースボールクラシックに出てる{}の首都 | キューバ=CU
sport-situation | ゴルフの全英オープンをやる{}の首都って | イギリス=GB
sport-situation | テニスの全豪オープンやってるオーストラリアの首都はどこ | AU
sport-situation | フィギュアスケートの{}の選手の国の首都 | カナダ=CA
sport-situation | バイアスロンが強い{}の首都はどこ | ノルウェー=NO
sport-situation | イースポーツの大会で勝った{}の首都 | 韓国=KR
sport-situation | チェスオリンピアードの開催国{}の首都ってどこ | アルメニア=AM
sport-situation | ボウリングのワールドカップで見た{}の首都 | クウェート=KW
sport-situation | カバディが強い{}の首都を教えて | イラン=IR
sport-situation | セパタクローの強い{}の首都ってどこ | タイ=TH; ラオス=LA; ブルネイ=BN
sport-situation | ラグビーで強いサモアの首都はアピアで合ってる | WS
recognition-artefact | {}のしゅとはどこ | ちり=CL
recognition-artefact | {}の首都ってどこにある | 塵=CL
recognition-artefact | {}の首都教えて | 小諸=KM; 毬=ML
recognition-artefact | 対の首都ってどこなの | TH
recognition-artefact | 富士の首都を教えて | FJ
recognition-artefact | 語るの首都はどこ | QA
recognition-artefact | ペルーの首とはどこ | PE
recognition-artefact | トルコのしゅとってどこ | TR
recognition-artefact | ケニヤの首都ってどこ | KE
recognition-artefact | ウルグァイの首都 | UY
recognition-artefact | ニュージランドの首都はどこなの | NZ
recognition-artefact | アルゼンチーンの首都 | AR
recognition-artefact | ベネズエラーの首都ってどこ | VE
recognition-artefact | エチオピヤの首都を教えて | ET
recognition-artefact | ボスニアヘルツェゴビナの首都 | BA
recognition-artefact | アンティグアバーブーダの首都はどこ | AG
recognition-artefact | サントメプリンシペの首都を教えて | ST
recognition-artefact | 中央アフリカ協和国の首都はどこ | CF
recognition-artefact | 赤道ギニヤの首都 | GQ
recognition-artefact | キルギスタンの首都はどこ | KG
recognition-artefact | カザフスターンの首都 | KZ
recognition-artefact | マラウィの首都ってどこ | MW
recognition-artefact | ジンバブエーの首都は | ZW
recognition-artefact | パプアニューギニヤの首都 | PG
recognition-artefact | バヌアツの主と | VU
recognition-artefact | モーリタニヤの首都を教えて | MR
recognition-artefact | レソトーの首都はどこ | LS
recognition-artefact | バーレンの首都ってどこ | BH
recognition-artefact | ソロモンしょとうの首都 | SB
recognition-artefact | マーシャルしょとうの首都ってどこ | MH
recognition-artefact | セルビヤの首都はどこ | RS
recognition-artefact | オマンの首都 | OM
recognition-artefact | ニジェルの首都ってどこ | NE
stop | 首都の質問はもう終わりにしといて | STOP
stop | 世界の首都はもうおしまいでいいよ | STOP
stop | はいストップそこまで | STOP
stop | もういいから切ってちょうだい | STOP
stop | 今日の首都クイズはこれで終了 | STOP
stop | 寝る時間だからもう止めてね | STOP
stop | 終わりにしてって言ってるの | STOP
stop | 世界の首都ストップ | STOP
stop | うるさいからもう止めて | STOP
stop | 首都はもういいです終わってください | STOP
stop | ありがとうもう大丈夫終了して | STOP
stop | これで終わりね止めて | STOP
cancel | あっ今のキャンセルキャンセル | CANCEL
cancel | さっきの国はキャンセルで | CANCEL
cancel | 質問を取り消したいんだけど | CANCEL
cancel | いまのやつは取り消してちょうだい | CANCEL
cancel | 言い間違えたから取り消しで | CANCEL
cancel | 今のお願いキャンセルしといて | CANCEL
cancel | やっぱり今のはなしでキャンセル | CANCEL
cancel | その質問やっぱりやめキャンセル | CANCEL
help | 世界の首都の使い方を教えて | HELP
help | どうやって首都を聞けばいいのか教えて | HELP
help | 何をすればいいかわからないのでヘルプ | HELP
help | この首都のスキルの説明して | HELP
help | 質問のしかたの例を言って | HELP
help | 助けて首都の聞き方がわからない | HELP
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都を開いてほしいな | LAUNCH
launch | 世界の首都スキルを起動してください | LAUNCH
launch | 世界の首都をお願いしますスタート | LAUNCH
launch | 世界の首都ってやつを開いてみて | LAUNCH
launch | 世界の首都を始めたいです | LAUNCH
launch | 世界の首都で首都クイズしたいから起動 | LAUNCH
launch | じいちゃんのために世界の首都を開いてあげて | LAUNCH
launch | 世界の首都を起動しといて | LAUNCH
launch | 世界の首都の開始をお願い | LAUNCH
out-of-domain | 首都高の事故情報 | FB
out-of-domain | 首都圏の地震情報を教えて | FB
out-of-domain | 資本金の意味を教えて | FB
out-of-domain | キャピタルって単語の意味 | FB
out-of-domain | 会津の天気はどう | FB
out-of-domain | 宇都宮の餃子のおいしい店 | FB
out-of-domain | 前橋の明日の気温 | FB
out-of-domain | 浅草の三社祭はいつ | FB
out-of-domain | 福井の恐竜博物館の営業時間 | FB
out-of-domain | 下関のふぐの値段 | FB
out-of-domain | 別府から湯布院までのバス | FB
out-of-domain | 佐賀のバルーンフェスタの日程 | FB
out-of-domain | 鳥取の梨を取り寄せたい | FB
out-of-domain | 伊勢うどんのレシピ | FB
out-of-domain | 大阪の船場ってどこにあるの | FB
out-of-domain | 桃鉄の新しいのはいつ出る | FB
out-of-domain | フランスの首相は誰 | FB
out-of-domain | ドイツのビールの種類 | FB
out-of-domain | スペイン語で首都ってなんて言う | FB
out-of-domain | 世界の国の数はいくつ | FB
out-of-domain | イギリスの国王の名前 | FB
out-of-domain | インドのカレーの種類を教えて | FB
out-of-domain | アマゾン川の長さ | FB
out-of-domain | 首都高の入口はどこ | FB
plural-capitals | ベナンって首都がポルトノボとコトヌーの二つなのそれとも違うの両方教えて | BJ
plural-capitals | 西アフリカのベナンの首都をふたつとも言ってみて | BJ
plural-capitals | ウッタラーカンドの州都って夏の州都もあるんだよね両方 | IN-UK
subdivision | 北アイルランドの首都ってベルファストでいいのかな | GB-NIR
subdivision | ラグビー好きの父が聞いてるウェールズの首都の名前 | GB-WLS
subdivision | イングランドだけで言うと首都ってどこになるんだろう | GB-ENG
"""

if __name__ == "__main__":
    build_round(30, "ja", LINES, sys.argv, "tests/Eval/ja/round30/source/build_corpus.py")
