"""Round 32, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the
speakers of the Japanese rounds the author saw described (28 to 31, and round 27's regions).
Regions: Morioka in Iwate (なはん, どごだべ, じゃじゃじゃ, おしえでけで, いがんす), Nakadori around Koriyama in Fukushima
(だべない, くんにが, だっぱい, すっぺ, くんちょ), Suruga in Shizuoka (だら, ずら, もんで, しょんない, だよ, やぁ), Kobe (知っとう,
とう, へん, ねん, どないして), Omi in Shiga (かいな, やし, とくれやす, はった, てんか), Nara (やねんな, はる, やった, やんか,
終い) and present-day Osaka (めっちゃ, ほんま, 知らんけど, なんでやねん, してや).
Local work: Nambu ironware, wanko soba guests, Fukushima peaches, Koriyama carp farms, Shizuoka tea exports, Yaizu tuna
boats, Mount Fuji climbers, Kobe port, Kobe beef, Arima onsen, Shigaraki pottery, a Lake Biwa research visitor, Nara's
deer park, Nara brushes, Horyuji guiding, a takoyaki stall, Dotonbori. Jobs: a sushi counter, a fire station's exchange
evening, a taxi driver, a night-shift nurse, a carpenter with trainees, a florist's rose imports, a cram-school teacher, a
wedding planner, in-flight announcements, a bus-guide course, cosmetics imports, a net mender, a crane operator, a
library desk, a trade clerk. Home: folding laundry, wrapping gyoza, cleaning the bath, packing, weeding, a birthday party,
the kotatsu, a hanami bento, curry, a TV special, a daughter's homework. Travel: a transit stop, a honeymoon, a working
holiday, a graduation trip, backpacking, a business trip, a cruise, study abroad, a tour conductor, a trip with grandpa.
Games: karuta, mahjong, sugoroku, a TV quiz show, Mario Kart, Pokemon cards, an izakaya quiz, an escape game, a
country-guessing game, a family capitals game, a borrowing race. Sport: Koshien, judo, table tennis, a yacht race,
skateboarding, a corporate ekiden, bouldering, karate, curling, Formula One, handball, fencing.
Learners: a Filipino care worker, a Brazilian factory worker, a Chinese student, a Korean exchange student, a Myanmar
trainee, an Indian engineer, a Turkish cook, a Kenyan runner (です everywhere, wrong particles, アレクサさん, キャピタル,
教えるください, 知るしたい, 止まるしてください). Heritage speakers: returnees from Paris, Lisbon, Mumbai, Istanbul, Hanoi,
Sydney and Santiago, children of mixed families. Children (hiragana, animals' countries). Teenagers (ワンチャン, とりま,
詰んだ, エグい, ぴえん, ぶっちゃけ, それな, 神, ウケる, おけ). Elders: a retired postman, a former pharmacist, a
hard-of-hearing man, with the names of their day (アビシニア, ニューヘブリディーズ, 西サモア, エリス諸島, ギルバート諸島,
スペイン領ギニア, クメール共和国, 中央アフリカ帝国, and the aliases シャム, セイロン, ペルシャ, ザイール, 白ロシア).
Plus fillers, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker (ごめん, いや違う, あっ
間違えた, いや待って, 訂正, 言い直すね, 今のなし, 言い間違えた, 失礼, 待って違った, 正しくは), reverse questions, official,
everyday and old names, shared names (bare: every place; disambiguated: the one), plural questions (every several-capital
country, Palestine, Uttarakhand, Jammu and Kashmir), subdivisions (州都) and territories, one-shot requests and launches
through 世界の首都, help, stop and cancel, and out-of-domain near misses (県庁所在地, 首都圏, 首都高, 首都直下地震,
キャピタルゲイン, places the data lacks, other facts about a named country).
Recognition artefacts: homophones (統合 for トーゴ, 要らん for イラン, 鯛 for タイ, 仮名だ for カナダ, 数段 for スーダン,
首藤 for 首都, 衆徒 for 州都), hiragana names, lengthened or lost long vowels, names split with a dot or joined.
`python3 tests/Eval/ja/round32/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 32's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | {}の首都ってどこになりますか | ポルトガル=PT
plain-question | {}の首都はどこになってるの | ノルウェー=NO
plain-question | {}の首都ってどこにあたるの | エストニア=EE; ラトビア=LV
plain-question | {}の首都がどこなのか知りたい | ポーランド=PL
plain-question | {}って首都どこなんですか | ルーマニア=RO; ブルガリア=BG; モルドバ=MD
plain-question | {}は首都がどこにあるんだっけ | ウクライナ=UA; ベラルーシ=BY
plain-question | {}の首都名を教えてください | ギリシャ=GR; キプロス=CY
plain-question | {}の首都ってなんていう街 | モンテネグロ=ME; ボスニア・ヘルツェゴビナ=BA; 北マケドニア=MK
plain-question | {}の首都はなんという都市ですか | アルメニア=AM
plain-question | {}の首都をひとつ教えて | カタール=QA; バーレーン=BH; クウェート=KW
plain-question | {}の首都が知りたいんだけど | サウジアラビア=SA; オマーン=OM; イエメン=YE
plain-question | {}の首都ってどこだったかしら | イラン=IR; イラク=IQ; シリア=SY
plain-question | {}の首都はどの都市 | ネパール=NP; ブータン=BT; バングラデシュ=BD
plain-question | {}の首都ってどこなのか教えて | ラオス=LA
plain-question | {}の首都はどこだと思う | フィリピン=PH; ブルネイ=BN; 東ティモール=TL
plain-question | {}の首都を知ってたら教えて | パラオ=PW; ナウル=NR
plain-question | {}の首都ってどういう名前 | キリバス=KI; マーシャル諸島=MH; ミクロネシア連邦=FM
casual-question | {}の首都どこだっけなあ | ペルー=PE
casual-question | {}ってさ首都どこ | コロンビア=CO; ベネズエラ=VE; ガイアナ=GY
casual-question | ねえ{}の首都ってどこ | スリナム=SR; パラグアイ=PY
casual-question | {}の首都ってどこよ | アルゼンチン=AR
casual-question | {}の首都わかる | グアテマラ=GT; ホンジュラス=HN; ニカラグア=NI
casual-question | {}の首都ってなんだっけ | コスタリカ=CR; パナマ=PA; エルサルバドル=SV
casual-question | {}の首都ってどこにあるんだっけね | ベリーズ=BZ
casual-question | ちょっと{}の首都どこ | ハイチ=HT; バハマ=BS; バルバドス=BB
casual-question | {}の首都ってどこだったかな忘れた | グレナダ=GD; セントルシア=LC; トリニダード・トバゴ=TT
casual-question | {}の首都さっぱりわからん | セントビンセント・グレナディーン=VC; アンティグア・バーブーダ=AG; セントクリストファー・ネーヴィス=KN
polite-request | {}の首都を教えていただけますか | スイス=CH; オーストリア=AT; リヒテンシュタイン=LI
polite-request | 恐れ入りますが{}の首都はどちらでしょうか | ベルギー=BE; ルクセンブルク=LU
polite-request | お手数ですが{}の首都を教えてもらえますか | アンドラ=AD; サンマリノ=SM
polite-request | {}の首都をお調べいただけますか | フィンランド=FI
polite-request | すみません{}の首都をお聞きしたいのですが | クロアチア=HR; セルビア=RS; アルバニア=AL
polite-request | {}の首都がどちらかご存じですか | エジプト=EG; リビア=LY; チュニジア=TN
polite-request | {}の首都を確認させてください | アルジェリア=DZ; モロッコ=MA; モーリタニア=MR
polite-request | よろしければ{}の首都を教えてください | セネガル=SN; ガンビア=GM; ギニアビサウ=GW
polite-request | {}の首都はどちらになりますでしょうか | マリ=ML; ニジェール=NE; チャド=TD
polite-request | 差し支えなければ{}の首都をお願いします | スーダン=SD; 南スーダン=SS; エリトリア=ER
filler | えーっと{}の首都ってどこだっけ | ガーナ=GH
filler | あのーすいません{}の首都は | カメルーン=CM
filler | んーと{}の首都なんだけど | 中央アフリカ共和国=CF
filler | そうそう{}の首都ってさ | ウガンダ=UG
filler | えっとですね{}の首都をですね | ザンビア=ZM
filler | あれ{}の首都ってなんだったっけな | ジンバブエ=ZW; ボツワナ=BW
filler | まあその{}の首都はどこかなと思って | アンゴラ=AO
filler | ええとあのね{}の首都を | セーシェル=SC; コモロ=KM
filler | うーんなんだっけ{}の首都 | ソマリア=SO; エチオピア=ET; レソト=LS
filler | ところでさ{}の首都ってどこ | リベリア=LR; シエラレオネ=SL; ギニア=GN
trailing-words | {}の首都どこかなってちょっと思って | カーボベルデ=CV; サントメ・プリンシペ=ST
trailing-words | {}の首都教えてよろしく | 日本=JP
trailing-words | {}の首都ってどこなのか気になってさ | モンゴル=MN
trailing-words | {}の首都を教えてくれたら助かるわ | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
trailing-words | {}の首都はどこかなあってね | アフガニスタン=AF
trailing-words | {}の首都言ってみてお願い | スリランカ=LK; モルディブ=MV
trailing-words | {}の首都ってどこやったかなほんまに | ベトナム=VN; インドネシア=ID; シンガポール=SG
trailing-words | {}の首都が知りたいだけなんだけどね | パプアニューギニア=PG; ソロモン諸島=SB
trailing-words | {}の首都教えてありがとね | フィジー=FJ; トンガ=TO; サモア=WS
follow-up | じゃあ{}は | フランス=FR
follow-up | それなら{}の方はどう | オランダ=NL
follow-up | 次{}お願い | オーストラリア=AU
follow-up | {}のほうも教えて | イスラエル=IL; ヨルダン=JO
follow-up | ついでに{}も | アラブ首長国連邦=AE; マレーシア=MY; 北朝鮮=KP
follow-up | あと{}の首都もついでに | 南アフリカ=ZA
follow-up | 今度は{}ね | コンゴ共和国=CG
follow-up | さっきのと同じで{}は | ボリビア=BO; ドミニカ共和国=DO; ドミニカ国=DM
follow-up | ほんで{}はどこなん | ジョージア=GE+US-GA; バチカン市国=VA; 台湾=TW
follow-up | それから{}のも | コソボ=XK; パレスチナ=PS; 西サハラ=EH
follow-up | 続けて{}の首都は | エチオピア=ET
yes-no-check | ケニアの首都ってナイロビで合ってる | KE
yes-no-check | オーストラリアの首都はシドニーだよね | AU
yes-no-check | カナダの首都ってトロントじゃなかったっけ | CA
yes-no-check | トルコの首都はイスタンブールでいいんだよね | TR
yes-no-check | ブラジルの首都ってリオじゃないの | BR
yes-no-check | ニュージーランドの首都はオークランドで正解 | NZ
yes-no-check | スイスの首都はチューリッヒだったよね | CH
yes-no-check | モロッコの首都ってカサブランカで合ってるかな | MA
yes-no-check | ベトナムの首都はホーチミンだっけ | VN
yes-no-check | ナイジェリアの首都ってラゴスでしょ | NG
yes-no-check | パキスタンの首都はカラチで間違いない | PK
yes-no-check | タンザニアの首都ってダルエスサラームだった気がする | TZ
yes-no-check | エジプトの首都はカイロで正しいですか | EG
yes-no-check | ペルーの首都ってリマだよね確か | PE
yes-no-check | アイスランドの首都はレイキャビクでいい | IS
yes-no-check | ポルトガルの首都ってポルトじゃないよね | PT
yes-no-check | ミャンマーの首都ってまだヤンゴンなの | MM
yes-no-check | ボリビアの首都はラパスだけでいいのかな | BO
yes-no-check | カザフスタンの首都ってアルマトイだったっけ | KZ
yes-no-check | アメリカの首都ってニューヨークだと思ってたけど違うの | US
yes-no-check | インドの首都はムンバイで合ってますか | IN
yes-no-check | 中国の首都は上海じゃなくて北京だよね | CN
yes-no-check | ベルギーの首都ってブリュッセルでしょうか | BE
yes-no-check | コートジボワールの首都ってアビジャンで合ってる | CI
yes-no-check | スリランカの首都ってコロンボだけじゃないんだっけ | LK
yes-no-check | ベナンの首都はコトヌーで正しい | BJ
yes-no-check | 南アフリカの首都ってヨハネスブルグじゃないの | ZA
yes-no-check | イスラエルの首都ってテルアビブだったかな | IL
yes-no-check | マラウイの首都はブランタイヤだっけ | MW
yes-no-check | ブルンジの首都ってブジュンブラで合ってる | BI
yes-no-check | ジャマイカの首都ってキングストンでいいよね | JM
yes-no-check | アラブ首長国連邦の首都はドバイだよね | AE
yes-no-check | ドイツの首都ってボンだった時期あったよね今もボン | DE
yes-no-check | フィリピンの首都ってセブじゃないよね | PH
yes-no-check | 韓国の首都はソウルでファイナルアンサー | KR
yes-no-check | イタリアの首都がミラノって本当 | IT
self-correction | フランスの首都じゃなくてごめんスペインの首都 | ES
self-correction | オーストリアいや違うオーストラリアの首都 | AU
self-correction | スウェーデンあっ間違えたスイスの首都教えて | CH
self-correction | イランの首都を教えていや待ってイラクの方 | IQ
self-correction | ギニアの首都ってあっ違うギニアビサウだった | GW
self-correction | ニジェールじゃなかったナイジェリアの首都 | NG
self-correction | スロバキアの首都ごめんスロベニアだ | SI
self-correction | ラトビアの首都えっと訂正リトアニアの首都 | LT
self-correction | オーストリアの首都じゃなくて言い直すねアイスランドの首都 | IS
self-correction | モーリタニアいや今のなしモーリシャスの首都で | MU
self-correction | ザンビアの首都あごめんガンビアの首都 | GM
self-correction | コロンビアの首都いや言い間違えたボリビアの首都 | BO
self-correction | パラグアイの首都じゃなくてすみませんウルグアイの首都 | UY
self-correction | ドミニカ共和国じゃなくてやっぱりドミニカ国の首都 | DM
self-correction | 北朝鮮じゃなくてあっ韓国の首都ね | KR
self-correction | オランダの首都いや失礼デンマークの首都 | DK
self-correction | チェコの首都待って違ったスロバキアの首都 | SK
self-correction | インドネシアの首都ごめんなさいインドの首都でした | IN
self-correction | セルビアの首都じゃないやクロアチアの首都 | HR
self-correction | マリの首都やなくてごめんマラウイやった | MW
self-correction | キルギスの首都いやちゃうタジキスタンの首都 | TJ
self-correction | ハンガリーの首都あっ訂正しますルーマニアの首都 | RO
self-correction | カメルーンの首都いやそれじゃなくてガボンの首都 | GA
self-correction | トンガの首都おっと間違いサモアの首都 | WS
self-correction | ネパールの首都じゃなくて正しくはブータンの首都 | BT
self-correction | アルジェリアの首都ってあ違うアルゼンチンの首都 | AR
self-correction | スーダンの首都いやいや南スーダンの首都 | SS
reverse-question | {}ってどこの国の首都なんだっけ | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; ハノイ=CITY:ハノイ
reverse-question | {}はどの国の首都ですか | アクラ=CITY:アクラ; ダカール=CITY:ダカール; バマコ=CITY:バマコ
reverse-question | {}が首都の国ってどこ | キガリ=CITY:キガリ; カンパラ=CITY:カンパラ; ルサカ=CITY:ルサカ
reverse-question | {}を首都にしてる国はどこ | アスンシオン=CITY:アスンシオン; モンテビデオ=CITY:モンテビデオ; キト=CITY:キト
reverse-question | {}ってなんていう国の首都 | ティラナ=CITY:ティラナ; スコピエ=CITY:スコピエ; ポドゴリツァ=CITY:ポドゴリツァ
reverse-question | {}が首都なのはどこの国だったかな | ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | {}ってどこの首都か教えて | ウィントフック=CITY:ウィントフック; ハボローネ=CITY:ハボローネ; マセル=CITY:マセル
reverse-question | {}って首都だよねどこの国の | ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ; ダッカ=CITY:ダッカ
reverse-question | 首都が{}なのはなんて国 | ヌクアロファ=CITY:ヌクアロファ; フナフティ=CITY:フナフティ; アピア=CITY:アピア
reverse-question | {}の国ってどこ首都の | ワガドゥグー=CITY:ワガドゥグー; ンジャメナ=CITY:ンジャメナ
reverse-question | {}っていう首都の国の名前は | テグシガルパ=CITY:テグシガルパ; マナグア=CITY:マナグア; ベルモパン=CITY:ベルモパン
reverse-question | {}は何国の首都 | ジョージタウン=CITY:ジョージタウン; キングスタウン=CITY:キングスタウン; ロゾー=CITY:ロゾー
reverse-question | {}はどこの州の州都 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
official-name | {}の首都を教えてちょうだい | 大韓民国=KR; 朝鮮民主主義人民共和国=KP
official-name | {}の首都っていうとどこになる | グレートブリテン及び北アイルランド連合王国=GB
official-name | 正式名称で言うと{}なんだけど首都は | エジプト・アラブ共和国=EG
official-name | {}っていう国の首都 | 連合王国=GB
official-name | {}の首都はどこでございますか | セントキッツ・ネイビス=KN
official-name | {}の首都を正式に答えると | チェキア=CZ
official-name | 教科書に載ってる{}の首都は | ミクロネシア連邦=FM; マーシャル諸島=MH; ソロモン諸島=SB
everyday-name | {}の首都どこ | 南ア=ZA
everyday-name | {}って首都どこだっけ | 米国=US
everyday-name | {}の首都は何て町 | ニュージー=NZ
everyday-name | {}の首都知ってる人いる | エミレーツ=AE
everyday-name | {}の首都ってどこ教えて | トリニダード=TT; アンティグア=AG; セントビンセント=VC
everyday-name | {}の首都って一言で | マケドニア=MK
everyday-name | {}の首都でお願い | サントメ=ST
old-name | 昔{}って呼ばれてた国の首都 | アビシニア=ET; ニューヘブリディーズ=VU
old-name | {}の首都は今どこになってるの | エリス諸島=TV; ギルバート諸島=KI; スペイン領ギニア=GQ
old-name | わしらの頃は{}と言っとった国の首都は | シャム=TH
old-name | {}の首都どこだったか | ザイール=CD; 白ロシア=BY
old-name | {}って今の何という国だろうその首都 | クメール共和国=KH; 中央アフリカ帝国=CF
old-name | 昔の{}の首都は | ビルマ=MM
old-name | 地図が古くて{}って書いてあるんだけど首都は | 象牙海岸=CI
shared-name | ジョージアの首都ってどこ | GE+US-GA
shared-name | ジョージアってとこの首都を教えて | GE+US-GA
shared-name | 国のジョージアの首都は | GE
shared-name | アメリカのジョージア州の州都 | US-GA
shared-name | 旧ソ連のジョージアの首都ってどこ | GE
shared-name | コンゴの首都ってどこなの | CD+CG
shared-name | コンゴって首都二つあるの | CD+CG
shared-name | キンシャサがある方のコンゴってどこが首都 | CD
shared-name | ブラザビルじゃない方のコンゴの首都ってどこ | CD
shared-name | コンゴ共和国の首都は何ていう | CG
shared-name | 朝鮮の首都を教えて | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ | KP+KR
shared-name | 北朝鮮と韓国の首都はどこ | KP+KR
shared-name | 韓国と北朝鮮の首都って何 | KP+KR
shared-name | ドミニカの首都を聞きたい | DM+DO
shared-name | カリブ海のドミニカの首都ってどこ | DM+DO
shared-name | ドミニカ共和国の首都を教えてくれる | DO
shared-name | ヴァージン諸島の首都はどこ | VG+VI
shared-name | ヴァージン諸島って首都あるの | VG+VI
shared-name | イギリス領のヴァージン諸島の首都 | VG
shared-name | アメリカ領ヴァージン諸島の中心の町は | VI
plural-capitals | {}の首都はどこどこ | ボリビア=BO; オランダ=NL; マレーシア=MY
plural-capitals | {}の首都って全部でいくつあってどこ | 南アフリカ=ZA; スリランカ=LK; ベナン=BJ
plural-capitals | {}の首都を全部言って | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | {}は首都が二つあるって聞いたけどどこ | ボリビア=BO; ベナン=BJ; マレーシア=MY
plural-capitals | {}の首都たちを教えて | 南アフリカ=ZA; オランダ=NL; スリランカ=LK
plural-capitals | {}の首都ってふたつあるんでしょ両方教えて | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | 南アフリカの三つの首都ってどこどこ | ZA
plural-capitals | オランダって首都が二つあるよね全部 | NL
plural-capitals | ボリビアの首都はスクレとあとどこ | BO
plural-capitals | スリランカの首都の長い名前の方ともう一つ | LK
plural-capitals | マレーシアの首都はクアラルンプールとどこだっけ | MY
plural-capitals | ベナンの首都はいくつあるの | BJ
plural-capitals | パレスチナの首都ってどことどこ | PS
plural-capitals | エスワティニの首都を両方とも | SZ
plural-capitals | コートジボワールの首都二つ教えて | CI
plural-capitals | パレスチナって首都がいくつか言われてるけど全部教えて | PS
plural-capitals | パレスチナの首都とされてる町を両方 | PS
plural-capitals | エスワティニって首都いくつあるのそれぞれ教えて | SZ
plural-capitals | 南アフリカは首都が三つって本当それぞれどこ | ZA
plural-capitals | ベナンの首都二つの名前を言って | BJ
plural-capitals | ウッタラーカンド州の州都はどことどこ | IN-UK
plural-capitals | ジャンムー・カシミールの州都を全部 | IN-JK
subdivision | {}の州都はどこ | テキサス州=US-TX; カリフォルニア州=US-CA; フロリダ州=US-FL
subdivision | {}の州都ってどこなの | ニューヨーク州=US-NY; イリノイ州=US-IL; ペンシルベニア州=US-PA
subdivision | アメリカの{}の州都を教えて | ネバダ州=US-NV; ワシントン州=US-WA; ミシガン州=US-MI
subdivision | {}って州都どこだっけ | ハワイ州=US-HI; アラスカ州=US-AK; ケンタッキー州=US-KY
subdivision | {}の州都はなんて町 | モンタナ州=US-MT; ワイオミング州=US-WY; サウスダコタ州=US-SD
subdivision | {}の州都ってどこにあるの | ルイジアナ州=US-LA; ミズーリ州=US-MO; オレゴン州=US-OR
subdivision | カナダの{}の州都は | ケベック州=CA-QC; オンタリオ州=CA-ON; ブリティッシュコロンビア州=CA-BC
subdivision | {}の州都わかる | アルバータ州=CA-AB; マニトバ州=CA-MB; ノバスコシア州=CA-NS
subdivision | {}の中心都市はどこ | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノースウエスト準州=CA-NT
subdivision | オーストラリアの{}の州都 | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; 西オーストラリア州=AU-WA
subdivision | {}の州都ってシドニーだっけ | ニューサウスウェールズ州=AU-NSW; タスマニア州=AU-TAS; 南オーストラリア州=AU-SA
subdivision | ドイツの{}の州都はどこですか | バイエルン州=DE-BY; ヘッセン州=DE-HE; ザクセン州=DE-SN
subdivision | {}の州都って何市 | ニーダーザクセン州=DE-NI; ブランデンブルク州=DE-BB; テューリンゲン州=DE-TH
subdivision | インドの{}の州都は | ケーララ州=IN-KL; タミル・ナードゥ州=IN-TN; マハーラーシュトラ州=IN-MH
subdivision | {}の州都を教えてください | ラージャスターン州=IN-RJ; 西ベンガル州=IN-WB; シッキム州=IN-SK
subdivision | ブラジルの{}の州都ってどこ | アマゾナス州=BR-AM; バイーア州=BR-BA; パラナ州=BR-PR
subdivision | {}の州都はどこかわかりますか | ミナスジェライス州=BR-MG; ペルナンブーコ州=BR-PE; サンタカタリーナ州=BR-SC
subdivision | メキシコの{}の州都 | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | {}の州都ってなんていうんだろう | ヌエボ・レオン州=MX-NLE; キンタナ・ロー州=MX-ROO; チワワ州=MX-CHH
subdivision | バーモント州の州都ってどこか知ってる | US-VT
subdivision | ノースダコタ州の州都って何 | US-ND
subdivision | サスカチュワン州の州都ってレジャイナで合ってる | CA-SK
subdivision | プリンスエドワードアイランド州の州都は | CA-PE
subdivision | ノーザンテリトリーの中心はダーウィンだっけ | AU-NT
subdivision | バーデン・ヴュルテンベルク州の州都 | DE-BW
subdivision | ゴア州の州都どこ | IN-GA
subdivision | アッサム州の州都ってどこですか | IN-AS
subdivision | ジョージア州の州都はアトランタ | US-GA
uk-nation | {}の首都はどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
uk-nation | イギリスの中の{}の首都ってどこになるの | イングランド=GB-ENG; スコットランド=GB-SCT
uk-nation | {}って国なの首都あるの | ウェールズ=GB-WLS; 北アイルランド=GB-NIR
uk-nation | イングランドの首都もロンドンなの | GB-ENG
territory | {}の首都はどこなんですか | グリーンランド=GL; フェロー諸島=FO; オーランド諸島=AX
territory | {}の中心の町ってどこ | グアム=GU; 北マリアナ諸島=MP; 米領サモア=AS
territory | {}の首都にあたる町は | プエルトリコ=PR; バミューダ=BM; ケイマン諸島=KY
territory | {}の首都ってあるの | ニューカレドニア=NC; 仏領ポリネシア=PF; ウォリス・フツナ=WF
territory | {}の主な町というか首都 | キュラソー=CW; アルバ=AW; シント・マールテン=SX
territory | {}の首都を教えて欲しいです | ジブラルタル=GI; マン島=IM; ジャージー=JE
territory | {}の首府はどこ | レユニオン=RE; マルティニーク=MQ; グアドループ=GP
territory | {}の行政の中心はどこ | クック諸島=CK; ニウエ=NU; トケラウ=TK
territory | {}の首都って何て名前 | フォークランド諸島=FK; セントヘレナ=SH; ピトケアン諸島=PN
territory | 仏領ギアナの首都ってどこ | GF
territory | モントセラトの首都は今どこどこ | MS
territory | ガーンジーの首都ってどこになる | GG
territory | ノーフォーク島の中心地は | NF
territory | タークス・カイコス諸島の首都どこ | TC
one-shot | 世界の首都で{}の首都を聞いて | ケニア=KE; ガーナ=GH; ペルー=PE
one-shot | 世界の首都に{}の首都を聞いてくれる | ラオス=LA; モンゴル=MN; ネパール=NP
one-shot | 世界の首都を使って{}の首都を調べて | チリ=CL; キューバ=CU; フィジー=FJ
one-shot | アレクサ世界の首都で{}の首都はどこ | エストニア=EE; ジョージア=GE+US-GA; ルワンダ=RW
one-shot | 世界の首都を開いて{}の首都を教えて | ナミビア=NA; トンガ=TO; オマーン=OM
one-shot | 世界の首都に聞いて{}の首都ってどこ | マダガスカル=MG; ベリーズ=BZ; ブータン=BT
one-shot | 世界の首都で{}って聞いて | ウルグアイ=UY; スロベニア=SI; ヨルダン=JO
one-shot | 世界の首都で答えて{}の首都は | ボリビア=BO; ザンビア=ZM; バヌアツ=VU
one-shot | 世界の首都から{}の首都を教えてもらって | テキサス州=US-TX; グリーンランド=GL; スコットランド=GB-SCT
launch | 世界の首都をひらいてくれる | LAUNCH
launch | アレクサ世界の首都をスタートして | LAUNCH
launch | 世界の首都のスキルを起動してちょうだい | LAUNCH
launch | 世界の首都ってスキル使いたいんだけど | LAUNCH
launch | 世界の首都で遊ぼう | LAUNCH
launch | 世界の首都をつないで | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | ねえ世界の首都やりたい | LAUNCH
launch | 世界の首都をもう一回始めて | LAUNCH
launch | 世界の首都をお願いします起動で | LAUNCH
launch | アレクサちゃん世界の首都を立ち上げて | LAUNCH
launch | 世界の首都のクイズ開始 | LAUNCH
launch | 世界の首都を起動してもらえますか | LAUNCH
launch | 世界の首都やろうよ | LAUNCH
launch | 世界の首都をオンにして | LAUNCH
launch | 世界の首都さんお願い | LAUNCH
launch | 世界の首都に切り替えて | LAUNCH
launch | 子供と一緒に世界の首都を開きたい | LAUNCH
help | これって何ができるスキルなの | HELP
help | どうやって質問すればいいのかわからない | HELP
help | 使い方をもう一回説明して | HELP
help | 何て言えば首都を教えてくれるの | HELP
help | 聞き方の例を教えて | HELP
help | ヘルプをお願いできますか | HELP
help | どんなこと聞けるのか教えてほしい | HELP
help | 操作方法がわからないんだけど | HELP
help | はじめてなんでやり方教えて | HELP
help | 何を話しかけたらいいの | HELP
help | ちょっと助けてくれる | HELP
help | このスキルの説明を聞かせて | HELP
help | 州都も聞けるのかどうか教えて | HELP
help | 質問のしかたのヒントちょうだい | HELP
help | よくわからないから手伝って | HELP
help | 何ができるのか一覧で教えて | HELP
help | 困ったときはどうすればいい | HELP
help | 使い方のガイドを流して | HELP
help | 例えばどう聞けばいいの | HELP
help | 説明書みたいなのある | HELP
stop | もう大丈夫ありがとうおしまい | STOP
stop | ストップストップ | STOP
stop | そこまででいいよ | STOP
stop | はいもう止めていいよ | STOP
stop | 今日はこれで終わりにする | STOP
stop | 話すのやめて | STOP
stop | もう黙って | STOP
stop | 静かにしてくれる | STOP
stop | 世界の首都を終了 | STOP
stop | もういいです止めてください | STOP
stop | 終わろっか | STOP
stop | はい止まって | STOP
stop | もう十分だからやめよう | STOP
stop | ご飯だからもう終わり | STOP
stop | うるさいストップ | STOP
stop | おしまいにしよう | STOP
stop | 寝るからもう止めて | STOP
stop | 停止してください | STOP
stop | やめやめ | STOP
stop | 終了でお願いします | STOP
cancel | 今のキャンセルで | CANCEL
cancel | やっぱりいいや取り消して | CANCEL
cancel | さっきの質問キャンセル | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | キャンセルしてもらえる | CANCEL
cancel | なしなし今のなし | CANCEL
cancel | 聞くのやめとく | CANCEL
cancel | やっぱり取りやめで | CANCEL
cancel | いや大丈夫キャンセル | CANCEL
cancel | 質問を取り消したい | CANCEL
cancel | それはキャンセルしといて | CANCEL
cancel | ごめんやっぱなしで | CANCEL
cancel | 今の注文じゃなくて質問キャンセル | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | 取り消しして | CANCEL
cancel | やっぱり聞かなくていいや | CANCEL
cancel | さっきのは無かったことにして | CANCEL
cancel | キャンセルでよろしく | CANCEL
cancel | 今のは取り消しますね | CANCEL
cancel | もういいキャンセルする | CANCEL
out-of-domain | フランスの人口って何人 | FB
out-of-domain | ドイツの通貨はユーロだっけ | FB
out-of-domain | イタリアの国旗の色を教えて | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | カナダの面積はどのくらい | FB
out-of-domain | エジプトのピラミッドはいつできたの | FB
out-of-domain | ケニアの時差は何時間 | FB
out-of-domain | インドの首相は誰 | FB
out-of-domain | 中国の一番高い山は | FB
out-of-domain | スペインの国歌を流して | FB
out-of-domain | オーストラリアの今の天気 | FB
out-of-domain | トルコリラの為替レート | FB
out-of-domain | タイの有名な料理を教えて | FB
out-of-domain | ベトナムまで飛行機で何時間 | FB
out-of-domain | モンゴルの人口密度は | FB
out-of-domain | ロシアの大統領の名前 | FB
out-of-domain | ペルーのマチュピチュへの行き方 | FB
out-of-domain | スイスの公用語はいくつある | FB
out-of-domain | ノルウェーのオーロラの季節 | FB
out-of-domain | 首都圏の電車の運行状況 | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都直下地震の確率ってどのくらい | FB
out-of-domain | 首都大学東京って今は何て名前 | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 資本金の意味を教えて | FB
out-of-domain | キャピタルゲインの税金は何パーセント | FB
out-of-domain | 県庁所在地クイズ出して | FB
out-of-domain | 静岡県の県庁所在地は | FB
out-of-domain | 岩手県の県庁所在地ってどこ | FB
out-of-domain | 奈良県の県庁所在地 | FB
out-of-domain | 滋賀県の県庁所在地は大津だよね | FB
out-of-domain | 福島県の県庁所在地は郡山じゃないの | FB
out-of-domain | 兵庫県の県庁所在地はどこ | FB
out-of-domain | 北海道の道庁所在地 | FB
out-of-domain | ナルニア国の首都はどこ | FB
out-of-domain | アトランティスの首都ってどこ | FB
out-of-domain | 火星の首都ってあるの | FB
out-of-domain | ハワイ王国の昔の首都は | FB
out-of-domain | ソビエト連邦の首都ってどこだった | FB
out-of-domain | 江戸時代の日本の首都は | FB
out-of-domain | ローマ帝国の首都 | FB
out-of-domain | 平城京ってどこにあったの | FB
out-of-domain | カタルーニャの首都はバルセロナ | FB
out-of-domain | バスク地方の中心都市は | FB
out-of-domain | シチリアの州都ってどこ | FB
out-of-domain | 沖縄県の県庁所在地 | FB
out-of-domain | 明日の天気を教えて | FB
out-of-domain | タイマーを三分セットして | FB
out-of-domain | 音楽をかけて | FB
out-of-domain | 電気を消して | FB
out-of-domain | 今何時 | FB
out-of-domain | 買い物リストに牛乳を追加して | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | ニュースを読んで | FB
out-of-domain | 面白い話をして | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 羊が一匹羊が二匹 | FB
out-of-domain | お母さんに電話して | FB
out-of-domain | 宅配便の再配達を頼みたい | FB
out-of-domain | 近くのコンビニはどこ | FB
out-of-domain | 首都の漢字の書き方を教えて | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 首都と首府の違いって何 | FB
out-of-domain | 世界で一番人口が多い首都は | FB
out-of-domain | 世界で一番寒い首都ってどこ | FB
out-of-domain | 標高が一番高い首都 | FB
out-of-domain | 首都が海に面してない国を教えて | FB
out-of-domain | 世界に国はいくつあるの | FB
out-of-domain | 国連に加盟してる国の数 | FB
out-of-domain | 東京からパリまでの距離 | FB
out-of-domain | ロンドンの今の時間 | FB
out-of-domain | ワシントンの気温は何度 | FB
out-of-domain | ソウル行きの飛行機を予約して | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | ウィーン少年合唱団の曲をかけて | FB
out-of-domain | マドリードのサッカーチームの試合結果 | FB
out-of-domain | 首都の人口ランキングを教えて | FB
out-of-domain | わんこそばの食べ方 | FB
out-of-domain | 盛岡冷麺のおいしい店 | FB
out-of-domain | 静岡のお茶の新茶はいつ | FB
out-of-domain | 神戸牛のいいお店 | FB
out-of-domain | 琵琶湖の大きさってどれくらい | FB
out-of-domain | 奈良の鹿せんべいの値段 | FB
out-of-domain | 通天閣の高さ | FB
out-of-domain | 大阪の首都移転の話ってどうなったの | FB
out-of-domain | 赤べこってどこの民芸品 | FB
out-of-domain | 富士山の山開きはいつ | FB
out-of-domain | ユーロを使ってる国を全部言って | FB
out-of-domain | アフリカで一番大きい国は | FB
out-of-domain | 南米の国の数 | FB
out-of-domain | 国旗クイズを出して | FB
out-of-domain | 星条旗の星の数はいくつ | FB
out-of-domain | キャピトルヒルってどこにあるの | FB
out-of-domain | 首都のおすすめ観光地を教えて | FB
out-of-domain | 首都機能移転って何 | FB
out-of-domain | 日本の首都はどこに移る予定 | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
out-of-domain | 万博の会場ってどこ | FB
out-of-domain | 世界の首都ってゲームのアプリある | FB
out-of-domain | 世界遺産を一つ教えて | FB
out-of-domain | 世界史の宿題手伝って | FB
out-of-domain | 昔の首都の京都の人口 | FB
out-of-domain | フランス語でこんにちはは | FB
out-of-domain | ポルトガル語でありがとうって何て言う | FB
out-of-domain | 円をドルに換算して | FB
out-of-domain | 犬の散歩の時間だよ | FB
out-of-domain | 今日の占いは | FB
out-of-domain | 地震の情報を教えて | FB
out-of-domain | パンダの赤ちゃんの名前は | FB
out-of-domain | 首の後ろが痛いんだけど | FB
out-of-domain | 首都大の入試日程 | FB
out-of-domain | アフリカの首都の歌を歌って | FB
out-of-domain | ジンバブエドルって今でも使えるの | FB
out-of-domain | エベレストはどこの国にあるの | FB
recognition-artefact | 統合の首都ってどこ | TG
recognition-artefact | 要らんの首都を教えて | IR
recognition-artefact | 鯛の首都はどこですか | TH
recognition-artefact | 仮名だの首都はどこ | CA
recognition-artefact | 数段の首都ってどこだっけ | SD
recognition-artefact | フランスの首藤はどこ | FR
recognition-artefact | ドイツの首藤ってどこ | DE
recognition-artefact | カナダの衆徒はどこ | CA
recognition-artefact | {}の首都はどこかな | ぶーたん=BT
recognition-artefact | {}の首都ってどこ | ぶるがりあ=BG; ちゅにじあ=TN
recognition-artefact | {}のしゅとってどこなの | ぺるー=PE
recognition-artefact | {}の首都を教えて | ブルキナ・ファソ=BF; シエラ・レオネ=SL; コスタ・リカ=CR
recognition-artefact | {}の首都教えて | スリ・ランカ=LK
recognition-artefact | {}の首都って | ボスニアヘルツェゴビナ=BA
recognition-artefact | {}の首都はどこなの | ヴェネズエラ=VE
recognition-artefact | {}の首都どこか教えて | ジンバブウェ=ZW; ウズベキスターン=UZ
recognition-artefact | {}の首都はなに | アゼルバイジャーン=AZ; レバノーン=LB; ニカラグワ=NI
recognition-artefact | {}のしゅとって | せねがる=SN; がぼん=GA
learner | アレクサさん{}の首都はなんですか | フィリピン=PH
learner | {}首都どこですか教えるください | ベトナム=VN
learner | {}のキャピタルはどこありますか | インド=IN
learner | わたし{}から来ましたその首都はなんですか | ペルー=PE
learner | {}に首都はどこですか | 韓国=KR
learner | すみませんです{}の首都いいますか | カンボジア=KH; ラオス=LA
learner | {}の首都を知るしたいです | エチオピア=ET; ウガンダ=UG
learner | アレクサ{}のいちばん大きいじゃない首都の町 | オーストラリア=AU; ニュージーランド=NZ
learner | {}のキャピタルシティなんですか | ナイジェリア=NG; ガーナ=GH
learner | {}は首都なにですか | ウズベキスタン=UZ; カザフスタン=KZ
learner | わたしの国は{}です首都を言ってください | インドネシア=ID; マレーシア=MY
learner | アレクサさんヘルプするください | HELP
learner | どうやって使いますかわかりませんです | HELP
learner | アレクサさん止まるしてください | STOP
learner | もう終わりますですありがとう | STOP
learner | キャンセルするしてくださいです | CANCEL
learner | さっきの質問はキャンセルしますお願いします | CANCEL
learner | 日本語の勉強したいです教えてください | FB
heritage | {}の首都ってどこだったっけパパ知ってる | フランス=FR
heritage | うちのおばあちゃんの国{}の首都ってどこ | インド=IN
heritage | {}に住んでたんだけど首都の名前ど忘れした | オーストラリア=AU
heritage | 向こうの学校で習ったんだけど{}のキャピタルってどこだっけ | ケニア=KE
heritage | {}のメインシティじゃなくて首都の方 | トルコ=TR
heritage | 日本語でなんて言うか忘れたけど{}の首都は | アルゼンチン=AR; コロンビア=CO
heritage | パリ育ちなんだけど{}の首都ってどこ | セネガル=SN; コートジボワール=CI
heritage | リスボンから帰ってきたばっかりで{}の首都がわからない | アンゴラ=AO; モザンビーク=MZ; カーボベルデ=CV
heritage | ムンバイに住んでた時の友達に聞かれたんだけど{}の首都 | スリランカ=LK; バングラデシュ=BD
heritage | イスタンブールのいとこがさ{}の首都知らなかったの | アゼルバイジャン=AZ; ジョージア=GE+US-GA
heritage | ハノイの友達が{}の首都を聞いてきた | ラオス=LA; カンボジア=KH
heritage | シドニーの学校で{}の首都が宿題で出た | フィジー=FJ; パプアニューギニア=PG
heritage | サンティアゴのお父さんの実家の国{}の首都 | チリ=CL; アルゼンチン=AR
child-speech | {}のしゅとはどこ | あめりか=US
child-speech | あれくさ{}のしゅとおしえて | どいつ=DE
child-speech | {}のいちばんだいじなまちってどこ | ふらんす=FR
child-speech | ねえねえあれくさ{}のしゅとってなあに | えじぷと=EG
child-speech | ぞうさんのくにの{}のしゅと | いんど=IN
child-speech | こあらのいる{}のしゅとはどこかな | おーすとらりあ=AU
child-speech | ぺんぎんのいる{}のしゅと | ちり=CL
child-speech | {}のしゅとってなんてなまえ | ろしあ=RU; もんごる=MN
child-speech | もうおしまいにするあれくさ | STOP
child-speech | あれくさやめてもうねるの | STOP
child-speech | どうやってきくのおしえて | HELP
child-speech | いまのなしきゃんせる | CANCEL
teen-speech | {}の首都とかワンチャン知ってる | ポーランド=PL
teen-speech | とりま{}の首都教えて | アイルランド=IE
teen-speech | {}の首都わからなくて詰んだ | ボツワナ=BW; ナミビア=NA
teen-speech | {}の首都エグい名前って聞いたんだけど | ブルキナファソ=BF
teen-speech | {}の首都知らんのぴえん | チャド=TD; ニジェール=NE
teen-speech | ぶっちゃけ{}の首都ってどこ | キプロス=CY; マルタ=MT
teen-speech | {}の首都それな的なやつ教えて | モナコ=MC; アンドラ=AD; サンマリノ=SM
teen-speech | 神アレクサ{}の首都よろ | クロアチア=HR; セルビア=RS; アルバニア=AL
teen-speech | {}の首都ウケる名前だよね何だっけ | ウガンダ=UG; ルワンダ=RW; ブルンジ=BI
teen-speech | もう飽きたから終わりでおけ | STOP
teen-speech | 今のなしでキャンセルしといて | CANCEL
teen-speech | これの使い方マジでわからんから教えて | HELP
elder-speech | {}の首都はどこだったかのう | ギリシャ=GR
elder-speech | わしに{}の首都を教えてくれんか | ポルトガル=PT
elder-speech | 年のせいか{}の首都が出てこなくてねえ | ハンガリー=HU
elder-speech | 若い頃に行った{}の首都はなんていったかね | ペルー=PE
elder-speech | ばあさんが{}の首都を知りたがっとる | フィンランド=FI; スウェーデン=SE
elder-speech | 昔郵便局で働いとった時に{}宛ての手紙があったがその首都は | エチオピア=ET
elder-speech | 耳が遠いもんでもう一回{}の首都を | トルコ=TR; イラク=IQ; シリア=SY
elder-speech | {}の首都はどこじゃったかな薬剤師の頃に聞いたんじゃが | インドネシア=ID
elder-speech | もうええよ終わりにしておくれ | STOP
elder-speech | いやいや今のは取り消してくだされ | CANCEL
elder-speech | 機械の使い方がわからんのじゃが教えてくれんか | HELP
dialect-morioka | {}の首都はどごだべなはん | ノルウェー=NO
dialect-morioka | {}の首都おしえでけでなはん | スイス=CH
dialect-morioka | じゃじゃじゃ{}の首都わがんねぇ | エストニア=EE
dialect-morioka | {}の首都ってどごだったべが | チェコ=CZ; スロバキア=SK
dialect-morioka | 南部鉄器ば{}さ売るんだども首都はどご | フランス=FR
dialect-morioka | わんこそば食いに来たお客さんの国の{}の首都どごだべ | 台湾=TW; シンガポール=SG
dialect-morioka | もうやめでいがんす | STOP
dialect-morioka | 今のはなしにしてけでなはん | CANCEL
dialect-morioka | なじょにして聞けばいいのがおしえでけで | HELP
dialect-koriyama | {}の首都ってどごなんだべない | ルーマニア=RO; ブルガリア=BG; モルドバ=MD
dialect-koriyama | {}の首都教えてくんにが | ギリシャ=GR
dialect-koriyama | {}の首都はなんつうとこだっぱい | ウクライナ=UA
dialect-koriyama | 桃ば{}さ送っけど首都どごだべ | 香港=HK; マカオ=MO
dialect-koriyama | 鯉の養殖さ来た{}の人の首都はどごだ | ベトナム=VN
dialect-koriyama | もうおわりにすっぺ | STOP
dialect-koriyama | いまのとりけしてくんにが | CANCEL
dialect-koriyama | つかいかたわがんねがら教えてくんちょ | HELP
dialect-shizuoka | {}の首都ってどこだら | ケニア=KE; タンザニア=TZ
dialect-shizuoka | {}の首都わからんもんで教えて | ルワンダ=RW
dialect-shizuoka | {}の首都ってどこだっけやぁ | ナイジェリア=NG
dialect-shizuoka | お茶を{}に輸出しとるだけど首都どこずら | アメリカ=US
dialect-shizuoka | 焼津のマグロ船で{}に寄るもんで首都知りたいだよ | フィジー=FJ; モーリシャス=MU; セーシェル=SC
dialect-shizuoka | 富士山に登りに来た{}の人に首都聞かれてしょんないだよ | イスラエル=IL; レバノン=LB
dialect-shizuoka | もういいら終わりにして | STOP
dialect-shizuoka | いまのはなしだに取り消しといて | CANCEL
dialect-shizuoka | これどうやって使うだら | HELP
dialect-kobe | {}の首都ってどこか知っとう | スペイン=ES
dialect-kobe | {}の首都どこやったっけ覚えてへんねん | ブラジル=BR
dialect-kobe | {}の首都て何て言うとったっけ | メキシコ=MX; キューバ=CU
dialect-kobe | 港に{}の船が来とうねんけど首都どこなん | パナマ=PA
dialect-kobe | 神戸牛を{}に出しとうねんけど首都はどこやろ | カタール=QA
dialect-kobe | 有馬温泉に来とう{}のお客さんの首都は | オーストラリア=AU
dialect-kobe | もうええわやめといて | STOP
dialect-kobe | 今のなしにしといてくれへん | CANCEL
dialect-kobe | これどないして聞いたらええの | HELP
dialect-omi | {}の首都どこやったかいな | モロッコ=MA; アルジェリア=DZ
dialect-omi | {}の首都ってどこやし | リビア=LY
dialect-omi | {}の首都教えとくれやす | マリ=ML
dialect-omi | 信楽焼を{}に出すんやけど首都どこやろな | デンマーク=DK
dialect-omi | 琵琶湖の研究に来はった{}の先生の国の首都 | カザフスタン=KZ
dialect-omi | もうやめとくわほな | STOP
dialect-omi | そんなんええしキャンセルしといて | CANCEL
dialect-omi | どない聞いたらええんか教えてんか | HELP
dialect-nara | {}の首都ってどこやねんな | カンボジア=KH
dialect-nara | {}の首都知ってはる | ネパール=NP
dialect-nara | 鹿見に来やった{}の人の首都どこやろ | フランス=FR
dialect-nara | 奈良の筆を{}に送るんやけど首都はどこやんか | 中国=CN
dialect-nara | 法隆寺の案内で{}の人に首都聞かれたんやけど | スリランカ=LK; パキスタン=PK; アフガニスタン=AF
dialect-nara | もうええわ終いにしとこ | STOP
dialect-nara | それやっぱりやめとくわ取り消しで | CANCEL
dialect-osaka | {}の首都めっちゃ気になるねんけど | グアテマラ=GT; ホンジュラス=HN; エルサルバドル=SV
dialect-osaka | {}の首都ってほんまはどこなん | ボリビア=BO; エクアドル=EC
dialect-osaka | {}の首都知らんけど教えてくれへん | ハイチ=HT; ジャマイカ=JM
dialect-osaka | たこ焼き屋に{}のお客さん来てんけど首都どこやねん | ペルー=PE
dialect-osaka | 道頓堀で{}の人に道聞かれてんけどその国の首都は | フィリピン=PH
dialect-osaka | もうええってやめてや | STOP
dialect-osaka | なんでやねん今のキャンセルやキャンセル | CANCEL
dialect-osaka | どないしたらええか教えてや | HELP
work-situation | 寿司屋のカウンターで{}のお客さんに首都を聞かれたんだけど | アメリカ=US
work-situation | 消防署の国際交流会で{}の首都が話題になったんだけどどこ | ドイツ=DE
work-situation | タクシーのお客さんが{}から来たって言うんだけど首都は | イギリス=GB
work-situation | 夜勤の看護師なんだけど患者さんの国{}の首都って | フィリピン=PH
work-situation | 大工の現場に{}の実習生が来てて首都を知りたい | インドネシア=ID
work-situation | 花屋で{}からバラを仕入れてるんだけど首都どこ | ケニア=KE; エクアドル=EC
work-situation | 塾の授業で{}の首都を聞かれて答えられなかった | ブルネイ=BN; 東ティモール=TL
work-situation | ウェディングプランナーだけど新郎が{}出身で首都を聞きたい | アイルランド=IE; ポーランド=PL
work-situation | 機内アナウンスで{}の首都の名前を言わなきゃいけないの | カタール=QA; トルコ=TR
work-situation | バスガイドの研修で{}の首都を覚えてるんだけど | イタリア=IT; スペイン=ES
work-situation | 化粧品を{}から輸入してて首都の住所を書くんだけど | 韓国=KR; フランス=FR
work-situation | 漁網を直しながら聞くけど{}の首都は | ペルー=PE; チリ=CL
work-situation | クレーンの運転手してて{}の船の乗組員に首都を聞かれた | パナマ=PA; リベリア=LR; バハマ=BS
work-situation | 図書館のカウンターで{}の首都の本を探してる人がいて首都はどこ | ラトビア=LV; エストニア=EE; リトアニア=LT
work-situation | 貿易事務で{}への書類を作ってるんだけど首都ってどこ | ガボン=GA; カメルーン=CM; 赤道ギニア=GQ
home-situation | 洗濯物たたみながら聞くけど{}の首都どこ | デンマーク=DK
home-situation | 餃子包んでて手が離せないから{}の首都教えて | 中国=CN
home-situation | お風呂掃除中なんだけど{}の首都ってどこ | アルゼンチン=AR; パラグアイ=PY
home-situation | 旅行の荷造りしながら{}の首都を確認したい | タイ=TH
home-situation | 庭の草取りしながらだけど{}の首都は | イギリス=GB
home-situation | 誕生日会の飾りに{}の国旗使うから首都も知りたい | メキシコ=MX
home-situation | こたつでみかん食べながら{}の首都を聞いてみる | ロシア=RU; フィンランド=FI
home-situation | お花見のお弁当作りながら{}の首都ってどこ | 韓国=KR; ベトナム=VN
home-situation | 夕飯のカレー煮込みながら{}の首都教えて | インド=IN; スリランカ=LK
home-situation | テレビで{}の特集やってるんだけど首都ってどこ | エジプト=EG; モロッコ=MA
home-situation | 娘の地理の宿題で{}の首都が分からないって | ジブチ=DJ; エリトリア=ER; コモロ=KM
travel-situation | 来月{}に行くんだけど首都ってどこ | ジョージア=GE+US-GA; アルメニア=AM
travel-situation | 乗り継ぎで{}に寄るけど首都はどこだっけ | カタール=QA
travel-situation | 新婚旅行で{}に行きたいんだけど首都どこ | モルディブ=MV
travel-situation | ワーホリで{}に行くんだけど首都はどこ | ニュージーランド=NZ
travel-situation | 卒業旅行で{}を回るんだけど首都ってどこ | クロアチア=HR; スロベニア=SI; モンテネグロ=ME
travel-situation | バックパックで{}を旅したいんだけど首都どこ | ボリビア=BO
travel-situation | 出張で{}に行くことになったんだけど首都どこ | ナイジェリア=NG
travel-situation | 船旅で{}に寄港するんだけど首都はどこ | バルバドス=BB; セントルシア=LC; グレナダ=GD
travel-situation | 留学先の{}の首都ってどこだったかな | マルタ=MT; フィリピン=PH
travel-situation | 添乗員で{}に行くんだけど首都名をもう一度 | トルクメニスタン=TM; タジキスタン=TJ
travel-situation | おじいちゃんと{}に行くんだけどその首都は | ハワイ州=US-HI; グアム=GU; 北マリアナ諸島=MP
game-situation | かるたで{}の首都が出てきたんだけどどこ | ソマリア=SO; ジブチ=DJ
game-situation | 麻雀の休憩中に賭けてるんだけど{}の首都ってどこ | ブータン=BT
game-situation | すごろくで{}のマスに止まったけど首都どこ | ガーナ=GH; トーゴ=TG
game-situation | テレビのクイズ番組で{}の首都が出たんだけど答えは | キルギス=KG
game-situation | マリオカートの{}ステージって首都がモデルなの首都どこ | イタリア=IT
game-situation | ポケモンカードの大会で{}の人と対戦したんだけど首都は | アメリカ=US
game-situation | 居酒屋のクイズ大会で{}の首都が分からなかった | スリナム=SR; ガイアナ=GY
game-situation | 脱出ゲームのヒントが{}の首都なんだけどどこ | モナコ=MC; リヒテンシュタイン=LI; ルクセンブルク=LU
game-situation | 国当てゲームで{}が出たんだけど首都もいる | マダガスカル=MG; モザンビーク=MZ
game-situation | 家族で首都当てしてるんだけど{}の正解は | ジンバブエ=ZW
game-situation | 社内の運動会の借り物競走で{}の首都って書いてあった | ナウル=NR; ツバル=TV
sport-situation | 甲子園に{}出身の選手がいるんだけど首都どこ | ドミニカ共和国=DO
sport-situation | 柔道の大会で{}の選手が優勝したけど首都は | ジョージア=GE+US-GA
sport-situation | 卓球の世界選手権で{}が強いけど首都ってどこ | スウェーデン=SE
sport-situation | ヨットレースで{}のチームが勝ったけど首都は | ニュージーランド=NZ
sport-situation | スケボーの大会で{}の選手が出てたけど首都どこ | ブラジル=BR
sport-situation | 実業団駅伝に{}の選手が走ってるけど首都は | ケニア=KE; エチオピア=ET
sport-situation | ボルダリングの大会で{}の選手を応援してるけど首都どこ | スロベニア=SI; オーストリア=AT
sport-situation | 空手の世界大会で{}の選手が強かったけど首都は | イラン=IR; カザフスタン=KZ
sport-situation | カーリングの中継で{}が出てるけど首都ってどこ | スコットランド=GB-SCT; カナダ=CA
sport-situation | エフワンのグランプリが{}であるけど首都はどこ | バーレーン=BH; サウジアラビア=SA
sport-situation | ハンドボールで{}が強いって聞いたけど首都どこ | デンマーク=DK; フランス=FR
sport-situation | フェンシングで{}の選手が金メダル取ったけど首都は | ハンガリー=HU; イタリア=IT
out-of-domain | ケニアのマラソン選手はなんであんなに速いの | FB
out-of-domain | フィンランドのサウナの入り方を教えて | FB
out-of-domain | ブータンの国民総幸福量ってなに | FB
out-of-domain | ニュージーランドの羊の数は人より多いって本当 | FB
out-of-domain | アイスランドの温泉の名前を教えて | FB
out-of-domain | ペルーの通貨の名前はなんていうの | FB
out-of-domain | モンゴルの遊牧民の家の名前 | FB
out-of-domain | チリワインのおすすめを教えて | FB
out-of-domain | トルコ料理のケバブの作り方 | FB
out-of-domain | ジャマイカの有名な歌手を教えて | FB
out-of-domain | 盛岡から郡山までの新幹線の時間 | FB
out-of-domain | 焼津の港に今日入ったマグロの量 | FB
out-of-domain | 神戸の異人館の営業時間を教えて | FB
out-of-domain | 信楽焼のたぬきはなんで縁起がいいの | FB
out-of-domain | 奈良の大仏の高さってどれくらい | FB
out-of-domain | 大阪城の天守閣に入れる時間 | FB
out-of-domain | 郡山の人口はいくつ | FB
out-of-domain | 静岡と浜松どっちが大きい | FB
out-of-domain | 首都の首ってなんで首なの | FB
out-of-domain | 首都って何か決める法律あるの国によって | FB
out-of-domain | 首都を移した国を全部教えて | FB
out-of-domain | 首都と最大都市が違う国を教えて | FB
out-of-domain | 首都大阪構想ってどうなったの | FB
out-of-domain | 首都高の料金っていくら | FB
out-of-domain | 首都圏の大雪情報を教えて | FB
out-of-domain | キャピタルホテルの予約を取って | FB
out-of-domain | 大文字の英語でキャピタルレターって何 | FB
out-of-domain | スコットランドの独立投票はいつだった | FB
out-of-domain | テキサス州の人口は何人 | FB
out-of-domain | カリフォルニア州の山火事のニュース | FB
out-of-domain | グリーンランドの氷はどれくらい溶けてるの | FB
out-of-domain | グアムの今の気温は | FB
out-of-domain | 香港の夜景が見える場所 | FB
out-of-domain | ハワイまで何時間かかる | FB
out-of-domain | 世界の首都の一覧をメールで送って | FB
out-of-domain | 世界の首都のポスターを注文したい | FB
out-of-domain | 日本の都道府県の数はいくつ | FB
out-of-domain | 東京は法律上本当に首都なの | FB
out-of-domain | 郵便番号を調べて | FB
out-of-domain | 夕飯のレシピを提案して | FB
"""

if __name__ == "__main__":
    build_round(32, "ja", LINES, sys.argv, "tests/Eval/ja/round32/source/build_corpus.py")
