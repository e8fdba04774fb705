"""Round 29, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Japanese rounds the author saw described (24 to 28: Hokkaido, Sendai, Iwate, Yamagata, Okayama, Kumamoto,
Kagoshima, Kyoto, Shiga, Nara, Wakayama, Mikawa, Nanbu, Kawachi, Senshu, Shonan, Yokohama, Boso, Saitama, Tama,
Kitakyushu, old Yamanote, Koshu, Mino, Hida, Sanuki, Awa, Banshu, Hiroshima, Tosa, Hakata, Nagoya, Kanazawa, Niigata and
Okinawa).
Regions: Tsugaru in Aomori (わ, な, どご, だびょん, しかへでけ, へば, めやぐ), Akita (んだ, だべ, けれ, だす, なんも),
Ibaraki (だっぺ, ごじゃっぺ, け, くんちぇ, なじょすっぺ), Shinshu in Nagano (ずら, だに, とくれ, ずく), Enshu around
Hamamatsu (だら, だに, じゃん, まいか, しん), Toyama (ちゃ, け, られ, ながけ, なーん), Izumo in Shimane (だけん, だわ,
ごしない, だんだん), Iyo in Ehime (けん, ぞなもし, じゃろ, んよ, ほうよ), Nagasaki (ばい, と, さ, ばってん, ごたる) and
Miyazaki (てげ, っちゃ, じ, よだきい, ちゃが).
Work: a scallop farm, a seaweed boat, an apple orchard, a Nebuta float workshop, a shamisen teacher, an Akita-dog breeder,
a natto factory, a nuclear-research visitor centre, a soba shop, a piano factory, an eel restaurant, a motorcycle plant, a
Brazilian supermarket, a medicine peddler, a glass studio, a fish market, a shrine guide at Izumo, a towel mill, a citrus
farm, a hot-spring attendant, a shipowner's office, a Dejima guide, a Hamamatsu city-hall interpreter, a satellite
launch visitor centre, a radio DJ, a bookbinder, a crane operator, a vet, a piano tuner, a library reference desk, an
embassy visa counter. Home: shovelling snow, making mochi, balcony tomatoes, sorting rubbish, a cat on the keyboard,
cleaning the fridge, a grandchild's report, sewing a school bag, a sleepless night. Travel: a honeymoon list, a ferry to
Busan, a working-holiday plan, a duty-free bag, an exchange counter, a cruise quiz, transit at Doha. Games: a bar trivia
night, word-wolf, a TikTok quiz, a stamp rally, a tabletop role-playing game, Kahoot in class, a radio call-in quiz. Sport:
sumo and its foreign wrestlers, kendo, archery, rowing, water polo, triathlon, gymnastics, weightlifting, cricket, rugby
sevens, hockey, horse racing abroad, MotoGP, skateboarding, breaking, the ekiden.
Learners: an Indian IT engineer, an Australian in Niseko, a Polish student, an Egyptian guide, a Nigerian, a Tongan
rugby player, an Iranian, a Malaysian Chinese (dropped or wrong particles, です everywhere, アレクサさん, 教えるして).
Heritage speakers: a returnee from Karafuto, a Japanese-American in Seattle, a child back from Sydney, a child raised in
Shanghai, a Japanese-Dutch girl, a Brazilian Nikkei teenager in Hamamatsu. Children (three and five years old, in
hiragana). Teenagers (それな, 草, 知らんけど, 神, エモい, ぶっちゃけ, あざす, ちな). Elders: a retired sea captain, a
haiku poet, a former trading-company man, a hard-of-hearing grandmother, with the names of their day (エゲレス, メリケン,
オロシャ, セイロン, ビルマ, シャム, ペルシャ, ザイール, 白ロシア, 黄金海岸, 上ボルタ, ローデシア, マラガシー).
Plus fillers, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker (いや違った,
ごめん間違えた, 言い間違えた, じゃなかった, 訂正, 失礼, ていうか), reverse questions, official, everyday and old names,
shared names (bare: every place; disambiguated: the one), plural questions (every several-capital country, Palestine,
Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions (州都) and territories, one-shot requests and launches through
世界の首都, help, stop and cancel, and out-of-domain near misses.
Recognition artefacts: homophones, hiragana names, lost long vowels, split names.
`python3 tests/Eval/ja/round29/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 29's number); every line is ja-JP.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Standard speech
plain-question | {}の首都ってどこにあるの | ガーナ=GH; トーゴ=TG
plain-question | {}の首都はどこでしょうか | ギリシャ=GR; キプロス=CY
plain-question | {}の首都ってなんて名前だっけ | アルバニア=AL; 北マケドニア=MK
plain-question | {}っていう国の首都はどこ | ブルンジ=BI; ルワンダ=RW
plain-question | えっと{}の首都 | ハンガリー=HU; スロバキア=SK
plain-question | {}の首都を知りたいんだけど | クロアチア=HR; スロベニア=SI
plain-question | {}の首都はどの町 | モルドバ=MD
plain-question | 今{}の首都ってどこになってるの | ミャンマー=MM
plain-question | {}の首都がどこか教えてください | レソト=LS; マダガスカル=MG; モーリシャス=MU
plain-question | {}の首都ってどんな名前 | ツバル=TV; キリバス=KI; ナウル=NR
plain-question | そういえば{}の首都ってどこだろ | ウルグアイ=UY; パラグアイ=PY
plain-question | {}で一番えらい町ってどこ首都のこと | ブラジル=BR
plain-question | {}の首都の名前ってなに | ニカラグア=NI; ホンジュラス=HN; エルサルバドル=SV
plain-question | {}の首都ってどこって聞かれたんだけど | スーダン=SD; 南スーダン=SS; チャド=TD
plain-question | 一応聞くけど{}の首都は | アメリカ=US
plain-question | {}の首都ってどこになるの | 台湾=TW; パレスチナ=PS; コソボ=XK
plain-question | {}の首都はどこなのか知りたい | ソマリア=SO; ジブチ=DJ; エリトリア=ER
plain-question | {}の首都を答えて | シリア=SY
plain-question | {}の首都どこ | タジキスタン=TJ; キルギス=KG; トルクメニスタン=TM
plain-question | {}の首都ってどこですか | アイルランド=IE
plain-question | {}の首都はどこかわかる | フィジー=FJ
casual-question | {}の首都ってさどこだっけ | リビア=LY; アルジェリア=DZ
casual-question | {}って首都どこよ | キューバ=CU
casual-question | で{}の首都は | ネパール=NP
casual-question | {}の首都なに | モンゴル=MN
casual-question | なあ{}の首都ってどこなん | イラク=IQ; クウェート=KW
casual-question | {}の首都って知ってたりする | エクアドル=EC; ボリビア=BO; コロンビア=CO
casual-question | {}の首都ってどこだったっけなあ | ベラルーシ=BY
casual-question | ちょい{}の首都教えて | ガンビア=GM; セネガル=SN; ギニア=GN
casual-question | {}の首都わかんないんだけど | 東ティモール=TL
casual-question | {}の首都はさ | パキスタン=PK; アフガニスタン=AF
polite-question | 恐れ入りますが{}の首都を教えていただけますか | オーストリア=AT
polite-question | {}の首都についてお伺いしたいのですが | スウェーデン=SE
polite-question | {}の首都はどちらでしょうか | カメルーン=CM; ガボン=GA; 赤道ギニア=GQ
polite-question | お手数ですが{}の首都を調べていただけますか | ナミビア=NA
polite-question | すみません{}の首都をお尋ねしてもよろしいですか | ポルトガル=PT
polite-question | {}の首都を教えてくださいませんか | チュニジア=TN; モロッコ=MA; モーリタニア=MR
polite-question | もしよろしければ{}の首都を教えてください | セーシェル=SC
polite-question | {}の首都がどちらかご存知ですか | ラトビア=LV
polite-question | 失礼ですが{}の首都はどこでございましょう | サンマリノ=SM; モナコ=MC; アンドラ=AD
filler-hesitation | えーと{}のえー首都ってどこ | ケニア=KE
filler-hesitation | あのー{}のあれ首都 | ペルー=PE; チリ=CL
filler-hesitation | うーんと{}ってさその首都は | マリ=ML; ニジェール=NE
filler-hesitation | えっとねえっと{}の首都 | コスタリカ=CR; パナマ=PA; グアテマラ=GT
filler-hesitation | んー{}の首都ってなんだっけほらあれ | アゼルバイジャン=AZ; アルメニア=AM
filler-hesitation | あのさーえーっと{}の首都どこだったっけ | イエメン=YE; カタール=QA
filler-hesitation | そのーなんていうか{}の首都を | シエラレオネ=SL; リベリア=LR
filler-hesitation | まあえっと{}のですね首都はどこですかね | ベトナム=VN; カンボジア=KH
filler-hesitation | ええとあーと{}の首都 | ザンビア=ZM; マラウイ=MW
filler-hesitation | えーっとですねあの{}の首都を教えてもらいたくて | ソロモン諸島=SB; バヌアツ=VU
follow-up | じゃあ{}は | チリ=CL; アルゼンチン=AR
follow-up | ついでに{}の首都も | ノルウェー=NO; デンマーク=DK
follow-up | {}のほうはどうなの | エチオピア=ET; ケニア=KE
follow-up | 次は{}をお願い | ドイツ=DE; ポーランド=PL
follow-up | あと{}もお願い | イタリア=IT; マルタ=MT
follow-up | それで{}はどこ | ガイアナ=GY; スリナム=SR; ベネズエラ=VE
follow-up | 今度は{}の首都 | インド=IN; スリランカ=LK
follow-up | おっけーじゃあ{}のは | セントルシア=LC; グレナダ=GD; バルバドス=BB
follow-up | {}だったら | サウジアラビア=SA; イスラエル=IL
follow-up | そしたら{}の首都も教えて | ナイジェリア=NG; カーボベルデ=CV; ギニアビサウ=GW
yes-no-check | {}の首都ってナイロビで合ってる | ケニア=KE
yes-no-check | {}の首都はラゴスだよね | ナイジェリア=NG
yes-no-check | {}の首都ってシドニーじゃないの | オーストラリア=AU
yes-no-check | {}の首都はイスタンブールで正しい | トルコ=TR
yes-no-check | {}の首都ってリオデジャネイロだったよね | ブラジル=BR
yes-no-check | {}の首都はトロントだっけ | カナダ=CA
yes-no-check | {}の首都ってチューリッヒでいいんだよね | スイス=CH
yes-no-check | {}の首都はカサブランカかな | モロッコ=MA
yes-no-check | {}の首都ってヤンゴンのままなんだっけ | ミャンマー=MM
yes-no-check | {}の首都はオークランドでしょ | ニュージーランド=NZ
yes-no-check | {}の首都ってアルマトイじゃなかったっけ | カザフスタン=KZ
yes-no-check | {}の首都がダルエスサラームって本当 | タンザニア=TZ
yes-no-check | {}の首都はアビジャンなの | コートジボワール=CI
yes-no-check | {}の首都ってブエノスアイレスであってるかな | アルゼンチン=AR
yes-no-check | {}の首都はリマで間違いない | ペルー=PE
yes-no-check | {}の首都ってハノイだったかホーチミンだったか | ベトナム=VN
yes-no-check | {}の首都はカラチだと思うんだけど違う | パキスタン=PK
yes-no-check | {}の首都ってアンカラで正解 | トルコ=TR
yes-no-check | {}の首都がキャンベラってほんと | オーストラリア=AU
yes-no-check | {}の首都はニューヨークじゃないんだよね | アメリカ=US
yes-no-check | {}の首都ってドバイでしょ | アラブ首長国連邦=AE
yes-no-check | {}の首都がジュネーブかベルンか自信ない | スイス=CH
yes-no-check | {}の首都はムンバイだったかな | インド=IN
yes-no-check | {}の首都ってクラクフじゃないよね | ポーランド=PL
yes-no-check | {}の首都はオスロでよかったっけ | ノルウェー=NO
yes-no-check | {}の首都ってサンクトペテルブルクだったことあるよね今もそう | ロシア=RU
yes-no-check | {}の首都はアクラってことで合ってますか | ガーナ=GH
yes-no-check | {}の首都がマニラなのはたしかだよね | フィリピン=PH
yes-no-check | {}の首都はバルセロナじゃなくマドリードで合ってる | スペイン=ES
yes-no-check | {}の首都ってジッダなんだっけ | サウジアラビア=SA
yes-no-check | {}の首都はカイロだよねそうだよね | エジプト=EG
yes-no-check | {}の首都はテルアビブなのかエルサレムなのか | イスラエル=IL
self-correction | フランスの首都あっごめん間違えた{}の首都 | ベルギー=BE
self-correction | ペルーの首都いや違った{}の首都教えて | ボリビア=BO
self-correction | オーストリアのいや言い間違えた{}の首都 | オーストラリア=AU
self-correction | スウェーデンじゃなかった{}の首都は | スイス=CH
self-correction | イランの首都ごめん{}の首都だった | イラク=IQ
self-correction | ニジェールの首都を訂正{}の首都を教えて | ナイジェリア=NG
self-correction | スロバキアの首都失礼{}の首都です | スロベニア=SI
self-correction | グアテマラの首都ていうか{}の首都 | ホンジュラス=HN
self-correction | ギニアの首都あっ違う{}のほう | ギニアビサウ=GW
self-correction | オーストリアの首都いやごめん{}の首都 | ハンガリー=HU
self-correction | ザンビアの首都じゃなかった{}の首都 | ジンバブエ=ZW
self-correction | ラトビアの首都いや間違えた{}のを | リトアニア=LT
self-correction | モーリシャスのあっ違った{}の首都 | モーリタニア=MR
self-correction | コロンビアの首都いや{}の首都ごめんなさい | コスタリカ=CR
self-correction | ドミニカ共和国の首都ごめん言い直す{}の首都 | ハイチ=HT
self-correction | アルジェリアの首都あー違う違う{}の首都 | チュニジア=TN
self-correction | セネガルの首都訂正します{}の首都 | ガンビア=GM
self-correction | カンボジアの首都いや待って間違えた{}の首都 | ラオス=LA
self-correction | マレーシアの首都いやすまん{}だった | シンガポール=SG
self-correction | モンゴルの首都ちがったごめん{}の首都 | カザフスタン=KZ
self-correction | エストニアの首都あっごめん{}の首都 | フィンランド=FI
self-correction | ポルトガルの首都いや間違い{}の首都 | スペイン=ES
self-correction | バーレーンの首都いや失礼{}の首都 | カタール=QA
self-correction | ケニアの首都ごめん言い間違い{}の首都 | ウガンダ=UG
self-correction | パラグアイの首都あっ違った{}の首都だわ | ウルグアイ=UY
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; カトマンズ=CITY:カトマンズ
reverse-question | {}が首都の国はどこ | リマ=CITY:リマ; キト=CITY:キト
reverse-question | 首都が{}なのはなんて国 | アスタナ=CITY:アスタナ; タシケント=CITY:タシケント
reverse-question | {}ってどこの首都だっけ | ジョージタウン=CITY:ジョージタウン; キングストン=CITY:キングストン
reverse-question | {}を首都にしてる国ってどこ | アブジャ=CITY:アブジャ; アクラ=CITY:アクラ
reverse-question | {}はどこの国の首都なの | ワガドゥグー=CITY:ワガドゥグー; ヌアクショット=CITY:ヌアクショット
reverse-question | {}って首都なんだっけどこの | リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ
reverse-question | 首都が{}の国ってどこだったかな | ティンプー=CITY:ティンプー; ビエンチャン=CITY:ビエンチャン
reverse-question | {}っていう首都がある国を教えて | パラマリボ=CITY:パラマリボ; テグシガルパ=CITY:テグシガルパ
reverse-question | {}が首都なのってどこの国だっけ | ヤムスクロ=CITY:ヤムスクロ; ギテガ=CITY:ギテガ
official-name | {}の首都はどこですか | ドイツ連邦共和国=DE; イタリア共和国=IT
official-name | {}だと首都はどこ | ベトナム社会主義共和国=VN; 朝鮮民主主義人民共和国=KP
official-name | 正式には{}っていうらしいけど首都は | ボリビア多民族国=BO; ブルネイダルサラーム国=BN
official-name | {}の首都を教えてくれますか | ネパール連邦民主共和国=NP; エチオピア連邦民主共和国=ET
official-name | {}の首都はどこにあるんですか | ヨルダンハシェミット王国=JO; サウジアラビア王国=SA
official-name | {}の首都は何という都市ですか | ルクセンブルク大公国=LU; リヒテンシュタイン公国=LI; モナコ公国=MC
official-name | {}の首都って言うとどこ | イランイスラム共和国=IR; パキスタンイスラム共和国=PK
official-name | 書類に{}って書いてあるんだけど首都はどこ | ベネズエラボリバル共和国=VE; コンゴ民主共和国=CD; 中央アフリカ共和国=CF
official-name | {}の首都を調べて | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US
official-name | {}っていう国の首都知ってる | ブラジル連邦共和国=BR; アルゼンチン共和国=AR
official-name | {}の首都ってどこだっけ | スリランカ民主社会主義共和国=LK; バングラデシュ人民共和国=BD
official-name | {}の首都は | トルコ共和国=TR; キプロス共和国=CY
official-name | {}の首都はどちら | 大韓民国=KR; 中華民国=TW
everyday-name | {}の首都ってどこだった | 英国=GB; 米国=US; 豪州=AU
everyday-name | {}の首都ってさ | サウジ=SA; エミレーツ=AE; バングラ=BD
everyday-name | {}の首都教えてよ | ニュージー=NZ; セントキッツ=KN; アンティグア=AG
everyday-name | {}って首都どこだっけ | ボスニア=BA; ブルキナ=BF; マケドニア=MK
everyday-name | {}の首都はどこなんだろね | チェキア=CZ; テュルキエ=TR; ティモール=TL
everyday-name | {}の首都知りたい | 南ア=ZA; パプア=PG; トリニダード=TT
everyday-name | {}の首都ってどんなとこ | ミクロネシア=FM; セントビンセント=VC; サントメ=ST
old-name | {}の首都はどこかね | エゲレス=GB; メリケン=US
old-name | 昔は{}って言ったけど首都はどこ | セイロン=LK; ビルマ=MM
old-name | {}の都はどこじゃったかな | ペルシャ=IR; ザイール=CD
old-name | {}の首府はどこだったかのう | 黄金海岸=GH; 上ボルタ=BF; マラガシー=MG
old-name | わしらの頃は{}と呼んどったが首都は | ローデシア=ZW; 象牙海岸=CI
old-name | {}の首都はいまどこになっとる | グルジア=GE; カンプチア=KH; ケープベルデ=CV
old-name | 若い頃に行った{}の首都はどこだっけ | 西サモア=WS; 東パキスタン=BD
old-name | {}って国の首都を教えておくれ | クメール=KH; ニューギニア=PG
old-name | {}の首都は今もおなじかね | ボツアナ=BW; ルーマニヤ=RO
shared-name | ジョージアの首都ってどこ | GE+US-GA
shared-name | ジョージアの首都を教えてもらえる | GE+US-GA
shared-name | コンゴの首都ってどこなの | CD+CG
shared-name | コンゴって首都どこ | CD+CG
shared-name | ドミニカの首都はどこかな | DM+DO
shared-name | ドミニカって国の首都 | DM+DO
shared-name | 朝鮮の首都はどこ | KP+KR
shared-name | コリアの首都を教えて | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ | KP+KR
shared-name | 韓国と北朝鮮の首都はどこですか | KP+KR
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | バージン諸島の首都はどこですか | VG+VI
shared-name | ワインが有名なほうのジョージアの首都 | GE
shared-name | アメリカのジョージア州の州都 | US-GA
shared-name | 国のジョージアの首都ってどこ | GE
shared-name | ブラザビルじゃないほうのコンゴの首都 | CD
shared-name | コンゴ共和国のほうの首都は | CG
shared-name | カリブの小さいほうのドミニカ国の首都 | DM
shared-name | ドミニカ共和国の首都はどこですか | DO
shared-name | 英領ヴァージン諸島の首都ってどこ | VG
shared-name | アメリカ領ヴァージン諸島の中心の町 | VI
shared-name | 北朝鮮じゃない方のコリアの首都 | KR
plural-capitals | 南アフリカって首都が三つあるんだよね全部教えて | ZA
plural-capitals | 南アフリカの首都を三つとも言って | ZA
plural-capitals | ボリビアの首都は二つあるってほんと両方教えて | BO
plural-capitals | ボリビアの二つの首都ってどことどこ | BO
plural-capitals | オランダの首都はどことどこになるの | NL
plural-capitals | オランダの首都を両方とも | NL
plural-capitals | マレーシアの首都って二か所あるよねどこ | MY
plural-capitals | マレーシアの首都を全部 | MY
plural-capitals | スリランカの首都を二つとも教えて | LK
plural-capitals | スリランカって首都がいくつかあるけどどこ | LK
plural-capitals | ベナンの首都はどことどこですか | BJ
plural-capitals | ベナンの首都って二つあるんだっけ両方 | BJ
plural-capitals | コートジボワールの首都を両方とも教えて | CI
plural-capitals | コートジボワールの首都は二つあるらしいけどどこ | CI
plural-capitals | エスワティニの首都を全部言って | SZ
plural-capitals | エスワティニって首都がふたつあるの | SZ
plural-capitals | パレスチナの首都は二つあるのどことどこ | PS
plural-capitals | パレスチナの首都をぜんぶ教えて | PS
plural-capitals | ジャンムーカシミールの州都は夏と冬で二つあるよね両方 | IN-JK
plural-capitals | ウッタラーカンド州の州都を二つとも | IN-UK
plural-capitals | モントセラトの首都はどことどこ | MS
plural-capitals | 首都が三つある南アフリカの首都を全部言える | ZA
subdivision | {}の州都はどこ | テキサス州=US-TX; フロリダ州=US-FL; カリフォルニア州=US-CA
subdivision | {}の州都ってどこなの | ネバダ州=US-NV; オレゴン州=US-OR; ワシントン州=US-WA
subdivision | アメリカの{}の州都を教えて | ミシガン州=US-MI; オハイオ州=US-OH; ケンタッキー州=US-KY
subdivision | {}の州都を知ってる | アラスカ=US-AK; ハワイ=US-HI; バーモント=US-VT
subdivision | {}って州都どこ | ルイジアナ=US-LA; テネシー=US-TN; ミネソタ=US-MN
subdivision | カナダの{}の州都は | アルバータ州=CA-AB; ケベック州=CA-QC; マニトバ州=CA-MB
subdivision | {}の州都ってトロントだっけ | オンタリオ州=CA-ON
subdivision | {}の準州の中心地は | ユーコン=CA-YT; ヌナブト=CA-NU
subdivision | オーストラリアの{}の州都 | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; 西オーストラリア州=AU-WA
subdivision | ドイツの{}の州都ってどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | {}州の州都を教えてください | ニーダーザクセン=DE-NI; テューリンゲン=DE-TH
subdivision | インドの{}の州都 | ケーララ州=IN-KL; グジャラート州=IN-GJ; アッサム州=IN-AS
subdivision | {}の州都ってどこですか | タミルナードゥ州=IN-TN; カルナータカ州=IN-KA; ビハール州=IN-BR
subdivision | ブラジルの{}の州都 | アマゾナス州=BR-AM; バイーア州=BR-BA; パラナ州=BR-PR
subdivision | メキシコの{}の州都はどこ | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | イギリスの{}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イギリスの中の{}の首都は | イングランド=GB-ENG
subdivision | コロラド州の州都はデンバーでいい | US-CO
subdivision | ニューヨーク州の州都ってニューヨークじゃないんでしょ | US-NY
subdivision | ペンシルベニア州の州都はフィラデルフィアだっけ | US-PA
territory | {}の首都ってどこ | グアム=GU; プエルトリコ=PR; 北マリアナ諸島=MP
territory | {}の中心の町はどこ | グリーンランド=GL; フェロー諸島=FO; オーランド諸島=AX
territory | {}の首都ってあるの | 香港=HK; マカオ=MO; 南極=AQ
territory | {}の政庁所在地は | ケイマン諸島=KY; バミューダ=BM; ジブラルタル=GI
territory | フランス領の{}の首府 | ニューカレドニア=NC; 仏領ポリネシア=PF; レユニオン=RE
territory | {}の首都を教えて | アルバ=AW; キュラソー=CW; シントマールテン=SX
territory | イギリスの王室属領の{}の首都 | マン島=IM; ジャージー=JE; ガーンジー=GG
territory | {}の中心地はどこですか | クック諸島=CK; ニウエ=NU; トケラウ=TK
territory | {}の首都ってどこなの | 西サハラ=EH; フォークランド諸島=FK; セントヘレナ=SH
territory | {}の一番大きい町じゃなくて首都 | マルティニーク=MQ; グアドループ=GP; 仏領ギアナ=GF
one-shot | 世界の首都で{}の首都を聞いて | エジプト=EG; リビア=LY; スーダン=SD
one-shot | 世界の首都に{}の首都を聞いて | ポルトガル=PT; アンゴラ=AO; モザンビーク=MZ
one-shot | 世界の首都を開いて{}の首都を教えて | フィジー=FJ; パラオ=PW; マーシャル諸島=MH
one-shot | 世界の首都を使って{}の首都を調べて | キルギス=KG; ウズベキスタン=UZ
one-shot | 世界の首都で{}の首都はどこか調べて | ガボン=GA; コモロ=KM; セーシェル=SC
one-shot | 世界の首都に聞いて{}の首都はどこ | シエラレオネ=SL; ギニア=GN
one-shot | 世界の首都を起動して{}の首都 | レバノン=LB; シリア=SY
one-shot | 世界の首都で調べてほしいんだけど{}の首都 | アイスランド=IS; ノルウェー=NO
one-shot | アレクサ世界の首都で{}の首都 | ブータン=BT; バングラデシュ=BD
one-shot | 世界の首都って{}の首都わかる | ドイツ=DE; オーストリア=AT
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動 | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | アレクサ世界の首都を開いてちょうだい | LAUNCH
launch | 世界の首都やりたい | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都をつけて | LAUNCH
launch | 世界の首都お願いします | LAUNCH
launch | ねえ世界の首都起動して | LAUNCH
launch | 世界の首都スキル起動 | LAUNCH
launch | 世界の首都を開いてくれる | LAUNCH
help | 使い方を教えて | HELP
help | どうやって使えばいいの | HELP
help | ヘルプ | HELP
help | 何ができるの | HELP
help | 何を聞けばいいの | HELP
help | このスキルの使い方がわからない | HELP
help | どういうふうに聞けばいいか教えて | HELP
help | 助けて使い方がわからん | HELP
help | どんなことが聞けるの | HELP
help | 遊び方を教えて | HELP
help | 説明してちょうだい | HELP
help | 聞き方のお手本を教えて | HELP
help | ヘルプをお願いします | HELP
help | なにを言えばいいかわからない | HELP
help | これってどう使うのか教えてくれる | HELP
help | 使い方もう一回説明して | HELP
help | ちょっとわからないから手伝って | HELP
help | どうやって質問するんだっけ | HELP
help | 使い方の説明を聞きたい | HELP
help | このスキルでできることを教えて | HELP
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終了 | STOP
stop | 終わりにして | STOP
stop | もう止めて | STOP
stop | スキルを終了して | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | もう終わり | STOP
stop | 閉じて | STOP
stop | ストップストップ | STOP
stop | 終了してください | STOP
stop | 止まって | STOP
stop | おしまい | STOP
stop | 世界の首都を終了 | STOP
stop | もうやめる | STOP
stop | 終わりでいいよ | STOP
stop | 止めてちょうだい | STOP
stop | ちょっと止めてくれる | STOP
stop | はい終わり終わり | STOP
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のなし | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | なんでもない | CANCEL
cancel | 取り消し | CANCEL
cancel | いまのキャンセル | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | 今のは取り消しで | CANCEL
cancel | なんでもないです | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | 今の質問取り消して | CANCEL
cancel | やっぱなし | CANCEL
cancel | さっきのキャンセル | CANCEL
cancel | いいやなんでもない | CANCEL
cancel | 質問キャンセル | CANCEL
cancel | やっぱりいいです | CANCEL
cancel | 今の聞かなかったことにして | CANCEL
cancel | それキャンセルね | CANCEL
out-of-domain | フィンランドの人口ってどれくらい | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | タイの通貨はなんていうの | FB
out-of-domain | スイスとの時差は何時間 | FB
out-of-domain | ケニアの国旗の色を教えて | FB
out-of-domain | モンゴルの面積はどれくらい | FB
out-of-domain | フランスの大統領って誰 | FB
out-of-domain | カナダの国歌を流して | FB
out-of-domain | インドの人口は中国より多いの | FB
out-of-domain | ペルーの一番高い山はどれ | FB
out-of-domain | エジプトの今の気温は | FB
out-of-domain | ノルウェーの首相は誰 | FB
out-of-domain | 韓国のウォンって今いくら | FB
out-of-domain | ベトナムの国番号は何番 | FB
out-of-domain | イギリスの国王の名前 | FB
out-of-domain | アルゼンチンで有名な料理は | FB
out-of-domain | ドイツで一番大きい都市はどこ | FB
out-of-domain | オーストラリアで一番人口が多い町は | FB
out-of-domain | アメリカの最大の都市はどこ | FB
out-of-domain | トルコの一番古い町はどこ | FB
out-of-domain | イタリアの国花ってなに | FB
out-of-domain | メキシコの独立記念日はいつ | FB
out-of-domain | スペインの首都の人口は | FB
out-of-domain | パリの今の時間を教えて | FB
out-of-domain | ロンドンの明日の天気は | FB
out-of-domain | ローマまで飛行機で何時間かかる | FB
out-of-domain | ワシントンの桜は何月に咲くの | FB
out-of-domain | ベルリンの壁はいつ壊されたの | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都圏の天気予報 | FB
out-of-domain | 首都直下型地震の確率ってどのくらい | FB
out-of-domain | 首都圏の電車の運行情報 | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 資本金ってなに | FB
out-of-domain | キャピタルゲインの税金について教えて | FB
out-of-domain | 英語で首都ってなんて言うの | FB
out-of-domain | 大文字の書き方を教えて | FB
out-of-domain | 首都の漢字の書き方 | FB
out-of-domain | 首都ってどういう意味 | FB
out-of-domain | 青森県の県庁所在地はどこ | FB
out-of-domain | 秋田県の県庁所在地を教えて | FB
out-of-domain | 茨城の県庁所在地って水戸だよね | FB
out-of-domain | 長野県の県庁所在地 | FB
out-of-domain | 静岡県の県庁所在地ってどこ | FB
out-of-domain | 富山県の県庁所在地 | FB
out-of-domain | 島根県の県庁所在地は松江だっけ | FB
out-of-domain | 愛媛県の県庁はどこにあるの | FB
out-of-domain | 長崎県の県庁所在地ってどこ | FB
out-of-domain | 宮崎県の県庁所在地 | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | 広東省の省都ってどこ | FB
out-of-domain | カタルーニャの州都はどこ | FB
out-of-domain | バイエルンの一番おいしいビールは | FB
out-of-domain | シチリアの州都ってパレルモ | FB
out-of-domain | プロヴァンスの中心の町はどこ | FB
out-of-domain | スコットランドで一番高い山 | FB
out-of-domain | ソ連の首都はどこだった | FB
out-of-domain | ユーゴスラビアの首都ってどこだった | FB
out-of-domain | 東ドイツの首都 | FB
out-of-domain | チェコスロバキアの首都はどこだった | FB
out-of-domain | 満州国の首都ってどこ | FB
out-of-domain | 江戸時代の日本の首都はどこ | FB
out-of-domain | 平安京ってどこにあったの | FB
out-of-domain | ナルニア国の首都はどこ | FB
out-of-domain | ワンピースのアラバスタの首都 | FB
out-of-domain | ドラクエの王様の城はどこ | FB
out-of-domain | アトランティスの首都ってどこ | FB
out-of-domain | 火星の首都はどこ | FB
out-of-domain | 月の首都ってあるの | FB
out-of-domain | タイマーを三分セットして | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | 今日の天気はどう | FB
out-of-domain | 音楽をかけて | FB
out-of-domain | 電気を消して | FB
out-of-domain | お米を買い物リストに入れて | FB
out-of-domain | 今何時 | FB
out-of-domain | 面白い話をして | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 近くのラーメン屋を探して | FB
out-of-domain | 一ドルは何円 | FB
out-of-domain | 雪かきって何時からやればいい | FB
out-of-domain | ゴミの日はいつ | FB
out-of-domain | おすすめの映画を教えて | FB
out-of-domain | 猫の鳴き声を聞かせて | FB
out-of-domain | ラジオをつけて | FB
out-of-domain | お風呂を沸かして | FB
out-of-domain | 今日は何の日 | FB
out-of-domain | 掃除機を動かして | FB
out-of-domain | 世界で一番長い川はどこ | FB
out-of-domain | 世界で一番高い山の名前 | FB
out-of-domain | 世界に国はいくつあるの | FB
out-of-domain | ヨーロッパで一番大きい国はどこ | FB
out-of-domain | アフリカの国の数を教えて | FB
out-of-domain | 南米で一番人口の少ない国 | FB
out-of-domain | 赤道直下の国を全部言って | FB
out-of-domain | 国旗が赤と白の国はどこ | FB
out-of-domain | 日本の隣の国はどこ | FB
out-of-domain | 世界遺産が一番多い国 | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
out-of-domain | ワールドカップの優勝国はどこ | FB
out-of-domain | 大相撲の今日の結果 | FB
out-of-domain | ねぶた祭りはいつから | FB
out-of-domain | 出雲大社の縁結びのお守りの値段 | FB
out-of-domain | 浜松のうなぎの名店を教えて | FB
out-of-domain | 道後温泉の営業時間 | FB
out-of-domain | 長崎のちゃんぽんのレシピ | FB
out-of-domain | 宮崎のマンゴーを注文して | FB
out-of-domain | りんごの品種で一番甘いのは | FB
out-of-domain | 水戸黄門の再放送はいつ | FB
out-of-domain | 善光寺のお参りの仕方 | FB
out-of-domain | 富山の薬売りってなに | FB
out-of-domain | リマの天気はどう | FB
out-of-domain | カイロプラクティックの予約をして | FB
out-of-domain | キャピタル東急ホテルの電話番号 | FB
out-of-domain | 首都大学のオープンキャンパスはいつ | FB
out-of-domain | ロンドン五輪は何年だった | FB
out-of-domain | ブエノスアイレスの日本人会の住所 | FB
out-of-domain | アテネオリンピックのマラソンの優勝者 | FB
out-of-domain | 北京ダックのおいしい店 | FB
out-of-domain | ソウルフードってどういう意味 | FB
out-of-domain | ナポリタンはナポリの料理なの | FB
recognition-artefact | {}の首都ってどこ教えて | ぺるー=PE
recognition-artefact | {}の首都はどこ | ふらんす=FR
recognition-artefact | {}のしゅとはどこ | 鯛=TH; 東郷=TG
recognition-artefact | {}の主都はどこ | ケニア=KE
recognition-artefact | {}の酒都ってどこ | フランス=FR
recognition-artefact | {}の首都ってどこなの教えて | 金田=CA; 豚が=TO
recognition-artefact | {}の主とを教えてくれ | エジプト=EG
recognition-artefact | 今後の首都ってどこ | CD+CG
recognition-artefact | {}の首都 | サウジアラビヤ=SA
recognition-artefact | {}の首都はどこになりますか | ニュージランド=NZ
recognition-artefact | {}の首都が知りたい | トリニダードトバゴ=TT; アンティグアバーブーダ=AG; ボスニアヘルツェゴビナ=BA
recognition-artefact | {}の首都はどちらですか | セントクリストファーネーヴィス=KN; サントメプリンシペ=ST; セントビンセントグレナディーン=VC
recognition-artefact | {}の首都ってわかる | エルサルバドール=SV; エスワティーニ=SZ; ジブチー=DJ
recognition-artefact | {}の首都教えてくれる | ブルキナファソー=BF; ジンバブウェ=ZW
recognition-artefact | {}の首都は何 | コートジボアール=CI; ベラルーシー=BY
learner | アレクサさん{}の首都はなにですか | ポーランド=PL
learner | {}首都どこですか | エジプト=EG; イラン=IR; トンガ=TO
learner | {}のキャピタルはどこですか | オーストラリア=AU
learner | わたし{}から来ました首都はどこですか | フィジー=FJ; サモア=WS
learner | {}の首都を教えるしてください | ネパール=NP
learner | {}の首都はどこにいますか | チェコ=CZ
learner | すみませんアレクサさん{}は首都がなんですか | ガーナ=GH
learner | {}のしゅと教えてもらうますか | ブラジル=BR
learner | {}が首都はどこ | リトアニア=LT
learner | {}の首都の町はどこですかわかりません | アフガニスタン=AF; イラク=IQ
learner | アレクサ{}の一番の首都です | シンガポール=SG; ブルネイ=BN
learner | {}の首都のなまえを言うしてください | ドイツ=DE
heritage-speaker | 樺太から引き揚げてきたんだけど{}の首都はどこかね | ロシア=RU
heritage-speaker | シアトル育ちなんだけど{}のキャピタルってどこだっけ | アメリカ=US; カナダ=CA
heritage-speaker | シドニーから帰ってきたばっかりで{}の首都って知ってる | ニュージーランド=NZ; パプアニューギニア=PG
heritage-speaker | 上海で育ったから日本語むずかしいけど{}の首都は | 中国=CN; 台湾=TW
heritage-speaker | パパがオランダ人なんだけど{}の首都っていくつあるの | オランダ=NL
heritage-speaker | 浜松に住んでるブラジル人だけど{}の首都はどこ | ブラジル=BR; パラグアイ=PY
heritage-speaker | うちのおばあちゃん{}出身なんだけど首都どこ | ペルー=PE; アルゼンチン=AR
heritage-speaker | アメリカで言うステイトキャピタルだけど{}のは | オハイオ州=US-OH; アリゾナ州=US-AZ; ユタ州=US-UT
heritage-speaker | オランダ語だとなんだっけ{}の首都 | ベルギー=BE; スリナム=SR
child-speech | あれくさ{}のしゅとってなあに | ふらんす=FR; あめりか=US
child-speech | {}のしゅとはどこなの | いんど=IN; かんこく=KR
child-speech | ねえねえ{}のしゅとおしえて | ぶらじる=BR; けにあ=KE
child-speech | {}ってどこのしゅと | ろーま=CITY:ローマ; ぱり=CITY:パリ
child-speech | {}のいちばんえらいまちはどこ | かなだ=CA; めきしこ=MX
child-speech | ぱんだのいる{}のしゅとはどこ | ちゅうごく=CN
teen-speech | {}の首都ってどこそれな | ポルトガル=PT; ギリシャ=GR
teen-speech | 草{}の首都わからん | ハイチ=HT; ブルンジ=BI; チャド=TD
teen-speech | ぶっちゃけ{}の首都どこ | アイルランド=IE; スコットランド=GB-SCT
teen-speech | ちな{}の首都は | ラトビア=LV; エストニア=EE; モルドバ=MD
teen-speech | {}の首都ってエモい名前だよね知らんけどどこ | ウルグアイ=UY; セネガル=SN
teen-speech | あざすあと{}の首都も | キプロス=CY; マルタ=MT
teen-speech | 神アレクサ{}の首都教えて | アイスランド=IS; ジョージア州=US-GA
elder-speech | {}の都はどこでしたかのう | ペルシャ=IR; シャム=TH
elder-speech | 船乗りのころ寄った{}の首都はどこだったかな | チリ=CL; ウルグアイ=UY
elder-speech | 俳句に詠みたいんだが{}の首都の名前は | アイスランド=IS; フィンランド=FI
elder-speech | 商社におった頃{}に駐在したが首都はどこじゃった | ナイジェリア=NG; クウェート=KW
elder-speech | 耳が遠くてね{}の首都をもう一度大きい声で | スペイン=ES; オーストリア=AT
elder-speech | 若い頃に新婚旅行で行った{}の首都はどこだったかしら | ハワイ州=US-HI; スイス=CH
work-situation | ホタテの輸出先の{}の首都ってどこ | 中国=CN
work-situation | りんごを輸出してる{}の首都を調べて | 台湾=TW; 香港=HK
work-situation | 浜松の工場に来た研修生が{}出身なんだけど首都どこ | インドネシア=ID
work-situation | ピアノを送る{}の首都はどこ | ドイツ=DE
work-situation | 今日のお客さん{}の人だったんだけど首都はどこ | リトアニア=LT
work-situation | 納豆を輸出する{}の首都ってどこ | シンガポール=SG
work-situation | 出雲大社の案内で{}から来た人に首都を聞かれた | インド=IN
work-situation | タオルの取引先の{}の首都はどこですか | イタリア=IT
work-situation | 船主さんの船籍が{}なんだけど首都はどこ | パナマ=PA; リベリア=LR; マーシャル諸島=MH
work-situation | 出島のガイドで{}の首都を説明したい | オランダ=NL
work-situation | 市役所の窓口に{}の人が来てるんだけど首都はどこ | ブラジル=BR
work-situation | 獣医だけど輸入した犬が{}生まれで首都はどこ | フィンランド=FI
work-situation | 図書館のレファレンスで{}の首都を聞かれました | ブータン=BT; エリトリア=ER
work-situation | 大使館のビザ窓口なんだけど{}の首都はどこだっけ | ウズベキスタン=UZ; タジキスタン=TJ
work-situation | ラジオの原稿に{}の首都を書きたいんだけど | ベリーズ=BZ; ガイアナ=GY
work-situation | 製本の注文が{}から来たんだけど首都はどこ | アイルランド=IE
work-situation | クレーンで積む貨物の行き先の{}の首都 | ニュージーランド=NZ
work-situation | 調律しに行くピアノの持ち主が{}の人で首都はどこ | オーストリア=AT; スロバキア=SK
work-situation | ガラス工房に来た{}の作家さんの国の首都 | スウェーデン=SE; チェコ=CZ
work-situation | 宇宙センターの見学に来た{}の人たち首都どこだっけ | カザフスタン=KZ; ルクセンブルク=LU
home-situation | 雪かきしながら聞くけど{}の首都どこ | カナダ=CA
home-situation | 餅つきしてるんだけど{}の首都ってどこだっけ | 韓国=KR
home-situation | ベランダのトマト見ながら思ったんだけど{}の首都は | イタリア=IT
home-situation | ゴミ分別しながら聞いていい{}の首都は | スイス=CH
home-situation | 猫がキーボードの上にいるから{}の首都教えて | エジプト=EG
home-situation | 冷蔵庫掃除中なんだけど{}の首都ってどこ | エストニア=EE
home-situation | 孫のレポートで{}の首都がいるんだけど | ケニア=KE
home-situation | 体操着袋縫ってるんだけど{}の首都ってなんだっけ | モロッコ=MA
home-situation | 眠れないから{}の首都でも教えて | アイスランド=IS; グリーンランド=GL; フェロー諸島=FO
home-situation | 晩ごはんのカレーは{}風だけどそこの首都は | インド=IN
home-situation | 洗濯もの干しながら{}の首都 | ニュージーランド=NZ; サモア=WS; バヌアツ=VU
game-situation | 居酒屋のクイズ大会で{}の首都が出たんだけどどこ | ウズベキスタン=UZ; アゼルバイジャン=AZ
game-situation | ワードウルフのお題で{}の首都って出たんだけど | トルコ=TR; ヨルダン=JO
game-situation | ティックトックのクイズで{}の首都が出てきた | モルディブ=MV; モーリシャス=MU
game-situation | スタンプラリーの問題で{}の首都を聞かれてる | コスタリカ=CR; パナマ=PA
game-situation | テーブルトークの設定で{}の首都を参考にしたい | モンテネグロ=ME; アルバニア=AL; コソボ=XK
game-situation | 授業のカフートで{}の首都が出た | カメルーン=CM; コンゴ共和国=CG
game-situation | ラジオの電話クイズで{}の首都って聞かれたどこ | ソマリア=SO; スーダン=SD
sport-situation | 大相撲の{}出身の力士の国の首都はどこ | モンゴル=MN; ブルガリア=BG
sport-situation | 剣道の国際大会で{}の選手が出てるけど首都は | ハンガリー=HU
sport-situation | アーチェリーで強い{}の首都ってどこ | 韓国=KR
sport-situation | ボート競技の{}代表の首都はどこ | ルーマニア=RO; クロアチア=HR
sport-situation | 水球で強い{}の首都 | セルビア=RS; モンテネグロ=ME
sport-situation | トライアスロンの{}の選手の国の首都 | ベルギー=BE; ルクセンブルク=LU
sport-situation | 体操の{}チームの首都はどこだっけ | ウクライナ=UA
sport-situation | 重量挙げで金メダルの{}の首都 | ブルガリア=BG
sport-situation | クリケットが人気の{}の首都ってどこ | パキスタン=PK
sport-situation | 七人制ラグビーの{}代表の首都 | フィジー=FJ
sport-situation | ホッケーが強い{}の首都ってどこ | オランダ=NL
sport-situation | 競馬の凱旋門賞がある{}の首都って | フランス=FR
sport-situation | モトジーピーのレースがある{}の首都 | マレーシア=MY
sport-situation | スケボーの金メダリストの{}の首都はどこ | オーストラリア=AU
sport-situation | ブレイキンで強い{}の首都ってどこだっけ | カナダ=CA
travel-situation | 新婚旅行の候補の{}の首都ってどこ | モルディブ=MV; タヒチ=PF
travel-situation | 釜山行きのフェリーで聞くけど{}の首都 | 韓国=KR
travel-situation | ワーホリで行く{}の首都はどこ | オーストラリア=AU; アイルランド=IE
travel-situation | 両替所で{}の通貨見てたんだけど首都はどこ | ハンガリー=HU; ポーランド=PL
travel-situation | ドーハで乗り継ぎなんだけど{}の首都ってどこ | カタール=QA; オマーン=OM
travel-situation | クルーズ船のクイズで{}の首都が出た | バハマ=BS; ジャマイカ=JM; バルバドス=BB
travel-situation | 今{}の空港にいるんだけど首都どこだっけ | トルコ=TR; エチオピア=ET
travel-situation | 来月出張で行く{}の首都はどこ | サウジアラビア=SA; バーレーン=BH
travel-situation | 免税店の袋に{}って書いてあるけど首都どこ | シンガポール=SG; 韓国=KR
# Tsugaru
tsugaru-dialect | {}の首都どごだが | ノルウェー=NO; デンマーク=DK
tsugaru-dialect | わ{}の首都わがねはんで教えでけ | ポーランド=PL; オーストリア=AT
tsugaru-dialect | な{}の首都しかへでけ | アイルランド=IE; スコットランド=GB-SCT
tsugaru-dialect | {}の首都ってどごだびょん | エジプト=EG; ヨルダン=JO
tsugaru-dialect | わいは{}の首都ってなんだっきゃ | ブラジル=BR; アルゼンチン=AR
tsugaru-dialect | へば次{}の首都しかへでけ | イタリア=IT; スペイン=ES
tsugaru-dialect | {}の首都ロンドンでいいんだべ | イギリス=GB
tsugaru-dialect | へばまんずやめるじゃ | STOP
tsugaru-dialect | 今のなしにしてけ | CANCEL
tsugaru-dialect | なんも使い方わがねはんでしかへでけ | HELP
tsugaru-dialect | 朝鮮の首都どごだが | KP+KR
# Akita
akita-dialect | {}の首都どこだべ | ベトナム=VN; インドネシア=ID
akita-dialect | {}の首都おしえでけれ | トルコ=TR; イラン=IR
akita-dialect | んだば{}の首都はどこだす | ドイツ=DE; ハンガリー=HU
akita-dialect | {}の首都なんだっけがな | メキシコ=MX; キューバ=CU
akita-dialect | 秋田犬もらった{}の人の国の首都どこだべ | ロシア=RU; アメリカ=US
akita-dialect | ケニアの首都いや違った{}の首都おしえでけれ | タンザニア=TZ
akita-dialect | {}ってどこの首都だべが | ストックホルム=CITY:ストックホルム; ヘルシンキ=CITY:ヘルシンキ
akita-dialect | なんもいい取り消してけれ | CANCEL
akita-dialect | もうおしまいにすべ | STOP
akita-dialect | どうやって聞けばいいんだがおしえでけれ | HELP
# Ibaraki
ibaraki-dialect | {}の首都ってどこだっぺ | オランダ=NL; ベルギー=BE
ibaraki-dialect | {}の首都どこだっけか教えてくんちぇ | モロッコ=MA; チュニジア=TN
ibaraki-dialect | {}の首都ってそうけ知らねかったわ | アイスランド=IS
ibaraki-dialect | {}の首都わかんねえけどなじょすっぺ | ボツワナ=BW; ナミビア=NA; ザンビア=ZM
ibaraki-dialect | そうけ{}の首都はどこだっぺか | ウクライナ=UA; ジョージア=GE+US-GA
ibaraki-dialect | 納豆好きな{}の人に聞かれたんだけど首都どこだっぺ | フランス=FR; アメリカ=US
ibaraki-dialect | ごじゃっぺ言ってねえで{}の首都教えろ | 南アフリカ=ZA
ibaraki-dialect | ごじゃっぺだからもうやめっぺ | STOP
ibaraki-dialect | やっぱいいわキャンセルだっぺ | CANCEL
ibaraki-dialect | 使い方がわかんねえから教えてくんちぇ | HELP
# Shinshu
shinshu-dialect | {}の首都ってどこずら | スウェーデン=SE; ノルウェー=NO
shinshu-dialect | {}の首都を教えとくれ | ポルトガル=PT; ギリシャ=GR
shinshu-dialect | {}の首都はどこだに | モンゴル=MN; ネパール=NP
shinshu-dialect | ずく出して{}の首都覚えたいだに | スイス=CH; オーストリア=AT
shinshu-dialect | {}の首都ってベルンずら | スイス=CH
shinshu-dialect | 善光寺に来た{}の人の首都はどこずら | タイ=TH; 台湾=TW
shinshu-dialect | {}って首都はどこだったずら | バーレーン=BH; カタール=QA
shinshu-dialect | ごしたいでもう終わりにしとくれ | STOP
shinshu-dialect | やっぱなしにしとくれ | CANCEL
shinshu-dialect | どうやるずら使い方教えとくれ | HELP
# Enshu
enshu-dialect | {}の首都ってどこだら | ブラジル=BR; ペルー=PE; コロンビア=CO
enshu-dialect | {}の首都どこだっけ教えてくれんかね | フィリピン=PH; ベトナム=VN
enshu-dialect | {}の首都ってどこだにね | スロベニア=SI; スロバキア=SK
enshu-dialect | 首都調べまいか{}の | エクアドル=EC; ボリビア=BO
enshu-dialect | {}の首都言わしん | アンゴラ=AO; モザンビーク=MZ
enshu-dialect | うなぎ屋に来た{}のお客さんの首都はどこだら | ドイツ=DE; 韓国=KR
enshu-dialect | {}の首都ってブラジリアだら | ブラジル=BR
enshu-dialect | もうやめるでストップだに | STOP
enshu-dialect | なしなし今のキャンセルだら | CANCEL
enshu-dialect | 使い方わからんで教えてくれん | HELP
# Toyama
toyama-dialect | {}の首都ってどこけ | ガーナ=GH; セネガル=SN; マリ=ML
toyama-dialect | {}の首都教えられ | オマーン=OM; イエメン=YE
toyama-dialect | {}の首都はどこながけ | リトアニア=LT; ラトビア=LV
toyama-dialect | {}の首都知っとるけ | シリア=SY; レバノン=LB
toyama-dialect | 薬売りの{}の首都ってどこながいちゃ | 中国=CN; モンゴル=MN
toyama-dialect | なーん違うちゃ{}の首都やちゃ | ルーマニア=RO
toyama-dialect | もういいちゃ終わりにしてくれられ | STOP
toyama-dialect | なーん今のなしやちゃ | CANCEL
toyama-dialect | どうやって使うがけ教えられ | HELP
# Izumo
izumo-dialect | {}の首都ってどこだかね | インド=IN; パキスタン=PK
izumo-dialect | {}の首都教えてごしない | イスラエル=IL; サウジアラビア=SA
izumo-dialect | {}の首都はどこだけん | カンボジア=KH; ラオス=LA
izumo-dialect | 縁結びで{}の人と結婚したけん首都はどこだわ | アメリカ=US; フィリピン=PH
izumo-dialect | {}の首都だんだん次は | ジャマイカ=JM; キューバ=CU
izumo-dialect | {}の首都はダブリンだわね | アイルランド=IE
izumo-dialect | もうええけん止めてごしない | STOP
izumo-dialect | さっきのは取り消してごしない | CANCEL
izumo-dialect | 使い方を教えてごしない | HELP
# Iyo
iyo-dialect | {}の首都ってどこなんぞなもし | ロシア=RU; フランス=FR
iyo-dialect | {}の首都教えてや | ギリシャ=GR; トルコ=TR
iyo-dialect | {}の首都はどこじゃろ | フィンランド=FI; デンマーク=DK
iyo-dialect | みかん送る{}の首都はどこなんよ | カナダ=CA; シンガポール=SG
iyo-dialect | {}の首都ってどこやけん教えて | ハンガリー=HU; セルビア=RS
iyo-dialect | ほうよ{}の首都はアテネじゃろ | ギリシャ=GR
iyo-dialect | もうええけん終わりにしてや | STOP
iyo-dialect | 今のなしにしてや取り消しよ | CANCEL
iyo-dialect | どう聞いたらええんか教えてや | HELP
# Nagasaki
nagasaki-dialect | {}の首都ってどこね | ポルトガル=PT; オランダ=NL
nagasaki-dialect | {}の首都はどこやっと | 中国=CN; 韓国=KR
nagasaki-dialect | {}の首都ば教えてくれんね | アルゼンチン=AR; チリ=CL
nagasaki-dialect | ばってん{}の首都ってどこやったかね | オーストリア=AT; ベルギー=BE
nagasaki-dialect | {}の首都はリスボンやろ | ポルトガル=PT
nagasaki-dialect | ちゃんぽんのごたる名前の{}の首都はどこ | カメルーン=CM; ガボン=GA
nagasaki-dialect | もうよかよか止めてよかばい | STOP
nagasaki-dialect | 今のは取り消しでよかさ | CANCEL
nagasaki-dialect | どがんして使うとか教えてくれんね | HELP
# Miyazaki
miyazaki-dialect | {}の首都ってどこっちゃろか | タイ=TH; マレーシア=MY
miyazaki-dialect | {}の首都てげ知りたいっちゃけど | メキシコ=MX; グアテマラ=GT
miyazaki-dialect | {}の首都はどこね教えちょくれ | ウガンダ=UG; ルワンダ=RW
miyazaki-dialect | マンゴー送る{}の首都ってどこやとね | 台湾=TW; 香港=HK
miyazaki-dialect | {}の首都ってどこやったっちゃが | ブルガリア=BG; ルーマニア=RO
miyazaki-dialect | よだきいけんもうやめるっちゃ | STOP
miyazaki-dialect | さっきのなしでいいっちゃ取り消して | CANCEL
miyazaki-dialect | 使い方がわからんちゃけど教えてくれんね | HELP
# Second batch: stop, cancel and launch lines the first build lost to earlier rounds, and Japan
stop | 世界の首都を止めて | STOP
stop | もう聞かなくていいから終わって | STOP
stop | 首都の話はもう終わり | STOP
stop | スキルを閉じて | STOP
stop | 今日はここまでで終了 | STOP
stop | もういいから黙ってて | STOP
stop | 終わりにしようか | STOP
stop | 止めてくださいな | STOP
stop | ストップしてくれる | STOP
stop | はいもう終了しよう | STOP
stop | 首都クイズおしまい | STOP
stop | 世界の首都もう閉じていいよ | STOP
cancel | 今のやっぱりキャンセルして | CANCEL
cancel | 聞いたのなしで | CANCEL
cancel | 間違えたから取り消して | CANCEL
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都を出して | LAUNCH
launch | 世界の首都をひらいてよ | LAUNCH
launch | 世界の首都に入って | LAUNCH
launch | 世界の首都で始めたい | LAUNCH
launch | 世界の首都を開いてもらえる | LAUNCH
yes-no-check | {}の首都は東京で合ってるよね | 日本=JP
yes-no-check | {}の首都って京都じゃないの | 日本=JP
child-speech | {}のしゅとってとうきょうなの | にっぽん=JP
out-of-domain | ボリビアの憲法上の首都の標高は何メートル | FB
out-of-domain | 南アフリカのラグビー代表の愛称は | FB
out-of-domain | オランダの国王の誕生日はいつ | FB
out-of-domain | マレーシアの首相の名前を教えて | FB
out-of-domain | 首都決戦って何の試合 | FB
out-of-domain | 首都防衛隊ってアニメの話 | FB
out-of-domain | 小文字を大文字に変換して | FB
out-of-domain | 札幌の雪まつりはいつから | FB
out-of-domain | 津軽三味線の曲をかけて | FB
out-of-domain | 秋田のきりたんぽ鍋の作り方 | FB
out-of-domain | 松本城の天守に登れる時間 | FB
out-of-domain | 今日の長崎の潮の満ち引き | FB
cancel | あっ今の質問はキャンセルしといて | CANCEL
cancel | ごめん今の取り消しでお願い | CANCEL
cancel | 聞くのやめとくキャンセル | CANCEL
subdivision | ブラジルで一番大きい{}の州都はどこ | ミナスジェライス州=BR-MG; アマゾナス=BR-AM
subdivision | メキシコの{}って州の州都を教えて | グアナファト=MX-GUA; チアパス=MX-CHP
subdivision | ラグビーで有名な{}の首都はどこかな | ウェールズ=GB-WLS
subdivision | ケベック州の州都ってモントリオールじゃないの | CA-QC
subdivision | ドイツのバイエルン州ってミュンヘンが州都だよね | DE-BY
territory | カジノで有名な{}の中心の町ってどこ | マカオ=MO
"""

if __name__ == "__main__":
    build_round(29, "ja", LINES, sys.argv, "tests/Eval/ja/round29/source/build_corpus.py")
