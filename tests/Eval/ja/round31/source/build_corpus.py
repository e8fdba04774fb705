"""Round 31, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the Japanese rounds the author saw described (27 to 30, and the regions round 30's docstring names).
Regions: Hokkaido (なまら, したっけ, っしょ, だべさ, わや, ゆるくない, なんもなんも), Sendai in Miyagi (だっちゃ, いずい,
おだづなよ, なじょ, 教えでけさいん), Shonai in Yamagata (さげ, どさ, どご, んだの, もっけだの, おしぇでくれの), Kyoto (どす,
はる, おす, かなん, おおきに, とくれやす), Wakayama (よし, やして, あがら, のし, ほんまけ, 教えちゃって), Okayama (じゃ,
でーれー, ぼっけえ, おえん, けぇ, つかぁさい), Kumamoto (ね, ばい, たい, はいよ, どぎゃん, むしゃんよか) and Kagoshima
(じゃっど, け, おい, わっぜ, だれやめ, 教えっくいやい, あいがとさげもした).
Local work: a Hokkaido dairy farm, Niseko's ski guests, Otaru glass, salmon exports, Sendai's Tanabata and beef-tongue
shops, the Matsushima boat, a Shonai rice farmer, cherries, Dewa Sanzan, Nishijin obi, a temple guide, a Gion teahouse,
Kiyomizu pottery, umeboshi, Koyasan's temple lodgings, Shirahama's pandas, the Kumano Kodo, Kojima jeans, white
peaches, Kurashiki, Kumamoto's chip factory, an Aso ranch, watermelons, Kumamon, Sakurajima ash, shochu, Yakushima,
black pork. Jobs: a sign-language interpreter, a customs form, a ramen shop, a subtitler, Model UN, an orchestra tour, a
lighthouse keeper, a stamp designer, disaster volunteers, a funeral home, an aid-agency posting, a delivery rider, a
barber, an observatory, a yoga teacher. Home: a bento, ironing, moving boxes, the cat's vet, jam, night feeds,
vacuuming, old travel photos, watering plants, a child's haircut. Travel: a honeymoon, a transit stop, a graduation trip,
a cruise, solo travel, a visa, backpacking, a business trip. Games: a crossword, Civilization, Minecraft, a wedding-party
quiz, Catan, an Uno forfeit, a family flag game, the Yamanote-line game. Sport: the marathon, road cycling, darts, ice
hockey, lacrosse, wheelchair basketball, the Dakar Rally, the World Cup draw, beach volleyball, softball.
Learners: a Nepali convenience-store worker, a Vietnamese trainee, an Indonesian care worker, a Mongolian sumo fan, a
Pole, an Australian ski instructor, a Taiwanese engineer, a Ukrainian evacuee (です everywhere, wrong particles,
アレクサさん, キャピタルシティ, 教えるしてください). Heritage speakers: returnees from Nairobi, Helsinki, Guadalajara, the
Dominican Republic, Cairo, a Seoul international school, Vienna, Johannesburg and Kuala Lumpur, a Peruvian-Japanese child.
Children (hiragana, a flag picture book, a car-trip quiz, bedtime). Teenagers (ガチ, あーね, 草生える, 説, 激アツ, 案件,
秒で). Elders: a retired fisherman, a former geography teacher, a sailor, a hard-of-hearing man, with the names of their day.
Plus fillers, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker (いや待って, ごめん今の
なし, じゃなかった, 違った, 訂正します, 正しくは, 言い間違えた, おっと失礼, 待った), reverse questions, official, everyday
and old names, shared names (bare: every place; disambiguated: the one), plural questions (every several-capital
country, Palestine, Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions (州都) and territories, one-shot requests
and launches through 世界の首都, help, stop and cancel, and out-of-domain near misses (県庁所在地, 首都圏, 首都高,
資本金, キャピタル in other senses, places the data lacks, other facts about a named country).
Recognition artefacts: homophones (勧告, 急場, 霧バス, シュート for 首都, 主都, 舅 and 囚徒 for 州都), hiragana names,
ヴ spellings, lost long vowels, names split with a dot or joined without one.
`python3 tests/Eval/ja/round31/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 31's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
plain-question | {}の首都ってどこなんだろう | ポルトガル=PT
plain-question | {}の首都はどこでしょうか | フィンランド=FI
plain-question | {}の首都ってどこのこと | ハンガリー=HU
plain-question | {}の首都はなんて名前 | クロアチア=HR; スロベニア=SI; セルビア=RS
plain-question | {}の首都の名前ってなに | アルバニア=AL; 北マケドニア=MK
plain-question | {}の首都ってどの辺 | ベラルーシ=BY
plain-question | {}の首都を言って | ルクセンブルク=LU; リヒテンシュタイン=LI; アンドラ=AD
plain-question | {}の首都はなにになるの | サンマリノ=SM; モナコ=MC; マルタ=MT
plain-question | {}の首都ってどこにあんの | カザフスタン=KZ; ウズベキスタン=UZ; トルクメニスタン=TM
plain-question | {}の首都がどこか教えてほしい | キルギス=KG; タジキスタン=TJ; アフガニスタン=AF
plain-question | {}の首都って何市 | パキスタン=PK
plain-question | {}の首都はどこなの | バングラデシュ=BD; ミャンマー=MM
plain-question | {}の首都について教えて | カンボジア=KH; ベトナム=VN
plain-question | {}の首都ってどこだかわかる | インドネシア=ID; 東ティモール=TL
plain-question | {}の首都ってどんな名前の町 | モンゴル=MN; シンガポール=SG
plain-question | {}の首都は何ていうの | イラク=IQ; シリア=SY; レバノン=LB
plain-question | {}の首都は何処 | ヨルダン=JO; イスラエル=IL; イエメン=YE
casual-question | {}の首都どこ知ってる | オマーン=OM
casual-question | {}の首都ってさどこだっけ | クウェート=KW
casual-question | ねえ{}の首都ってどこ | トルコ=TR; アゼルバイジャン=AZ; アルメニア=AM
casual-question | {}って首都どこなん | エジプト=EG; リビア=LY
casual-question | {}の首都わかんないんだけど | アルジェリア=DZ
casual-question | {}の首都ってなんだったかな | マリ=ML; ニジェール=NE; チャド=TD
casual-question | {}の首都教えてよ | スーダン=SD; 南スーダン=SS; エリトリア=ER
casual-question | {}の首都ってどこよ | エチオピア=ET; ジブチ=DJ; ソマリア=SO
casual-question | {}の首都どこだっけな | ケニア=KE
casual-question | {}の首都ってどこかな | ルワンダ=RW; ブルンジ=BI
polite-question | 恐れ入りますが{}の首都を教えていただけますか | ザンビア=ZM
polite-question | すみません{}の首都はどちらでしょうか | ナミビア=NA
polite-question | お手数ですが{}の首都をお願いします | アンゴラ=AO; ガボン=GA
polite-question | 失礼ですが{}の首都はどちらになりますか | 中央アフリカ=CF; 赤道ギニア=GQ; サントメ・プリンシペ=ST
polite-question | {}の首都をお伺いしてもよろしいですか | ナイジェリア=NG
polite-question | {}の首都を教えてくださいませんか | コートジボワール=CI; リベリア=LR; シエラレオネ=SL
polite-question | 申し訳ないんですが{}の首都を調べてもらえますか | ギニア=GN; ギニアビサウ=GW
polite-question | {}の首都がどこかご存知ですか | ガンビア=GM; カーボベルデ=CV
polite-question | お聞きしたいんですが{}の首都はどこですか | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
polite-question | 差し支えなければ{}の首都を教えてください | コモロ=KM
filler-hesitation | えーっと{}のえー首都ってどこだっけ | メキシコ=MX
filler-hesitation | あのーそのー{}の首都なんだけど | ホンジュラス=HN; エルサルバドル=SV
filler-hesitation | んーと{}のあれ首都はどこかな | コスタリカ=CR
filler-hesitation | まあなんていうか{}の首都ってどこ | ジャマイカ=JM; ハイチ=HT; バハマ=BS
filler-hesitation | ええとですね{}のですね首都を | バルバドス=BB; グレナダ=GD; セントルシア=LC
filler-hesitation | うーんあれなんだっけ{}の首都 | トリニダード・トバゴ=TT; アンティグア・バーブーダ=AG
filler-hesitation | ほらあの{}のさ首都ってさ | コロンビア=CO
filler-hesitation | あーそうそう{}の首都ってどこなのかなって | ペルー=PE
filler-hesitation | えっとえっと{}の首都がさ思い出せなくて | ウルグアイ=UY; パラグアイ=PY
filler-hesitation | んー{}のまあ首都でいいや教えて | スリナム=SR; ブラジル=BR
filler-hesitation | あのですね{}ってえーっと首都は | フィジー=FJ; パプアニューギニア=PG; ソロモン諸島=SB
filler-hesitation | そのーなんだ{}の首都ってのは | バヌアツ=VU; サモア=WS
follow-up | じゃあ{}は | ツバル=TV; キリバス=KI; ナウル=NR
follow-up | 次は{}の首都もお願い | マーシャル諸島=MH; ミクロネシア連邦=FM; パラオ=PW
follow-up | ついでに{}のも教えて | ニュージーランド=NZ
follow-up | {}の場合はどうなの | 中国=CN
follow-up | じゃあお隣の{}はどこが首都 | タイ=TH
follow-up | それじゃ{}の方は | スリランカ=LK
follow-up | もう一個いい{}の首都は | フランス=FR; スペイン=ES
follow-up | 同じ調子で{}も | ウクライナ=UA; ポーランド=PL; ルーマニア=RO
follow-up | さっきの続きで{}の首都は | ブルガリア=BG; ラトビア=LV
follow-up | あと{}もいける | モンテネグロ=ME; ボスニア・ヘルツェゴビナ=BA
follow-up | それと{}はどうだった | スイス=CH; ベルギー=BE
follow-up | じゃ今度は{}でお願い | ノルウェー=NO; オランダ=NL
follow-up | で{}の首都は結局どこ | アメリカ=US; ドミニカ国=DM
follow-up | 最後に{}だけ聞かせて | セントビンセント及びグレナディーン諸島=VC; ボリビア=BO
yes-no-check | {}の首都ってナイロビで合ってる | ケニア=KE
yes-no-check | {}の首都はシドニーだよね | オーストラリア=AU
yes-no-check | {}の首都ってリオデジャネイロでしょ | ブラジル=BR
yes-no-check | {}の首都はイスタンブールだったっけ | トルコ=TR
yes-no-check | {}の首都ってトロントじゃないの | カナダ=CA
yes-no-check | {}の首都はアブジャであってるよね | ナイジェリア=NG
yes-no-check | {}の首都ってアスタナでいいんだっけ | カザフスタン=KZ
yes-no-check | {}の首都はチューリッヒなんでしょ | スイス=CH
yes-no-check | {}の首都ってオークランドだと思うんだけど違う | ニュージーランド=NZ
yes-no-check | {}の首都はカサブランカかな | モロッコ=MA
yes-no-check | {}の首都ってヤンゴンのままなの | ミャンマー=MM
yes-no-check | {}の首都はダルエスサラームだよね確か | タンザニア=TZ
yes-no-check | {}の首都ってラゴスじゃなかったっけ | ナイジェリア=NG
yes-no-check | {}の首都はアルマトイで正解 | カザフスタン=KZ
yes-no-check | {}の首都ってホーチミンだっけハノイだっけ | ベトナム=VN
yes-no-check | {}の首都はキトであってますか | エクアドル=EC
yes-no-check | {}の首都はドゥシャンベってほんと | タジキスタン=TJ
yes-no-check | {}の首都ってアビジャンじゃなくてヤムスクロなの | コートジボワール=CI
yes-no-check | {}の首都ってベルンでいいの | スイス=CH
yes-no-check | {}の首都はオタワかトロントかどっち | カナダ=CA
yes-no-check | {}の首都がカラチって本当 | パキスタン=PK
yes-no-check | {}の首都ってメルボルンじゃないよね | オーストラリア=AU
yes-no-check | {}の首都ってジェッダでしょ | サウジアラビア=SA
yes-no-check | {}の首都はアンカラで間違いない | トルコ=TR
yes-no-check | {}の首都ってドバイだよね | アラブ首長国連邦=AE
yes-no-check | {}の首都はバルセロナだっけ | スペイン=ES
yes-no-check | {}の首都ってサンクトペテルブルクだったよね | ロシア=RU
yes-no-check | {}の首都はゲルルムッドで合ってますか | パラオ=PW
yes-no-check | {}の首都ってギテガに変わったんでしょ | ブルンジ=BI
yes-no-check | {}の首都はベリーズシティじゃないんだよね | ベリーズ=BZ
yes-no-check | {}の首都ってドドマなのほんとに | タンザニア=TZ
yes-no-check | {}の首都はムンバイだった気がする | インド=IN
self-correction | ペルーの首都いや待ってボリビアじゃなくてチリの首都 | CL
self-correction | オーストリアの首都あごめんオーストラリアの首都 | AU
self-correction | スウェーデンのじゃなかったスイスの首都教えて | CH
self-correction | ニジェールの首都ごめん今のなしナイジェリアの首都 | NG
self-correction | イランの首都違ったイラクの首都 | IQ
self-correction | スロバキアあれ違うわスロベニアの首都はどこ | SI
self-correction | ギニアの首都訂正しますギニアビサウの首都 | GW
self-correction | コロンビアの首都やっぱりいいやボリビアでもなくてコロンビアの首都 | CO
self-correction | マリの首都じゃなくてえっと正しくはモーリタニアの首都 | MR
self-correction | ラトビアの首都ごめんごめんリトアニアの首都 | LT
self-correction | ザンビアの首都だっけいや間違えたガンビアの首都 | GM
self-correction | アルメニアの首都っていうかアルバニアの首都言い間違えた | AL
self-correction | モルドバの首都じゃないやモルディブの首都 | MV
self-correction | オマーンの首都いや待ってヨルダンの首都 | JO
self-correction | グレナダの首都あっ違うグアテマラの首都だった | GT
self-correction | チャドの首都ごめん間違いスーダンの首都 | SD
self-correction | ホンジュラスの首都おっと失礼ニカラグアの首都 | NI
self-correction | パラグアイの首都あやっぱりウルグアイの首都にして | UY
self-correction | タイの首都いやいや台湾の首都 | TW
self-correction | エストニアじゃなかったエリトリアの首都 | ER
self-correction | ナミビアの首都すみません言い直しますザンビアの首都 | ZM
self-correction | ルワンダの首都ちゃうかった間違えたブルンジの首都 | BI
self-correction | ベナンの首都じゃなくてトーゴの首都だったごめん | TG
self-correction | キルギスの首都いや訂正カザフスタンの首都 | KZ
self-correction | ソマリアの首都待った今のなしジブチの首都 | DJ
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; ハバナ=CITY:ハバナ
reverse-question | {}が首都の国ってどこ | ウランバートル=CITY:ウランバートル; タシケント=CITY:タシケント; ビシュケク=CITY:ビシュケク
reverse-question | {}はなんていう国の首都なの | アンタナナリボ=CITY:アンタナナリボ; ワガドゥグー=CITY:ワガドゥグー; ンジャメナ=CITY:ンジャメナ
reverse-question | {}ってどこの首都だっけ | キングストン=CITY:キングストン; ジョージタウン=CITY:ジョージタウン; ビクトリア=CITY:ビクトリア
reverse-question | 首都が{}なのはどこの国 | ヌクアロファ=CITY:ヌクアロファ; アピア=CITY:アピア; スバ=CITY:スバ
reverse-question | {}を首都にしてる国を教えて | モンテビデオ=CITY:モンテビデオ; アスンシオン=CITY:アスンシオン; カラカス=CITY:カラカス
reverse-question | {}って何の首都 | ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ; ビエンチャン=CITY:ビエンチャン
reverse-question | {}はどこの国の首都か知りたい | リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ; ヴィリニュス=CITY:ヴィリニュス
reverse-question | {}ってどの国の首都だったかな | サラエボ=CITY:サラエボ; ポドゴリツァ=CITY:ポドゴリツァ; スコピエ=CITY:スコピエ
reverse-question | {}が首都なのってどこ | マセル=CITY:マセル; ハボローネ=CITY:ハボローネ; ウィントフック=CITY:ウィントフック
official-name | {}の首都はどこですか | 大韓民国=KR
official-name | {}の首都ってどこにあるの | グレートブリテン及び北アイルランド連合王国=GB
official-name | {}の首都を教えてください | ドイツ連邦共和国=DE
official-name | {}の首都ってどこになるの | スペイン王国=ES
official-name | 正式には{}だっけその首都は | ベトナム社会主義共和国=VN; フィリピン共和国=PH
official-name | {}っていう国の首都 | メキシコ合衆国=MX; ブラジル連邦共和国=BR
official-name | {}の首都を知りたいです | エジプト・アラブ共和国=EG; サウジアラビア王国=SA
official-name | ニュースで言ってた{}の首都 | ネパール連邦民主共和国=NP; スリランカ民主社会主義共和国=LK
official-name | {}の首都ってなんていうところ | ボリビア多民族国=BO; イラン・イスラム共和国=IR
official-name | {}の首都はどちら | トンガ王国=TO; スイス連邦=CH
official-name | 書類に書いてある{}の首都はどこ | ブルネイ・ダルサラーム国=BN; ヨルダン・ハシェミット王国=JO
official-name | {}の首都を確認したい | ポーランド共和国=PL; ギリシャ共和国=GR
everyday-name | {}の首都ってどこ | 英国=GB
everyday-name | {}の首都はどこだろ | サウジ=SA
everyday-name | {}の首都って知ってる | ニュージー=NZ; セントキッツ=KN
everyday-name | {}の首都はどこって話 | チェキア=CZ
everyday-name | {}の首都を教えてくれる | ブルキナ=BF; 中央アフリカ=CF
everyday-name | {}の首都ってどうなってんの | アンティグア=AG; セントビンセント=VC; サントメ=ST
everyday-name | {}の首都が知りたいな | マケドニア=MK; ミクロネシア=FM; マーシャル=MH
everyday-name | {}の首都ってなんだっけねえ | ソロモン=SB; パプア=PG; ティモール=TL
everyday-name | {}の首都をちょっと教えて | ユーエーイー=AE
old-name | {}の首都って今はどこなの | ビルマ=MM
old-name | 昔の{}の首都はどこだった | ペルシャ=IR
old-name | {}って言ってた国の首都 | グルジア=GE
old-name | 昔は{}って呼んでた国の首都 | ダホメ=BJ
old-name | {}の首都はどこになったんだい | ローデシア=ZW; 北ローデシア=ZM
old-name | わしらの頃の{}の首都 | ベチュアナランド=BW; バストランド=LS
old-name | {}の首都っていまでもそのままか | 英領ホンジュラス=BZ; 東パキスタン=BD
old-name | 昔の地図だと{}の首都 | 蘭領ギアナ=SR; 英領ギアナ=GY
old-name | {}って国があったでしょあそこの首都 | トランスヨルダン=JO; 象牙海岸=CI; ケープベルデ=CV
shared-name | コンゴの首都ってどこ二つあるんだっけ | CD+CG
shared-name | コンゴって国の首都を教えてくれる | CD+CG
shared-name | ところでコンゴの首都はどうなってるの | CD+CG
shared-name | コンゴ民主共和国のほうの首都 | CD
shared-name | キンシャサじゃない方のコンゴ共和国の首都 | CG
shared-name | ドミニカの首都ってどこなのかな | DM+DO
shared-name | 野球の強いドミニカの首都どこ | DM+DO
shared-name | カリブ海の小さい島のドミニカ国の首都 | DM
shared-name | ジョージアの首都ってどこかわかる | GE+US-GA
shared-name | ジョージアってとこの首都を調べて | GE+US-GA
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | 旧ソ連のジョージアっていう国の首都 | GE
shared-name | 朝鮮の首都ってどこになるの | KP+KR
shared-name | コリアの首都どこか知ってる | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 韓国と北朝鮮の首都ってそれぞれどこ | KP+KR
shared-name | 北朝鮮と韓国の首都を両方とも | KP+KR
shared-name | ヴァージン諸島の首都ってどこなんですか | VG+VI
shared-name | カリブのヴァージン諸島の中心の町はどこ | VG+VI
shared-name | 米領ヴァージン諸島の首都はなんていうの | VI
shared-name | イギリス領ヴァージン諸島の首都を教えて | VG
plural-capitals | ボリビアの首都って二つあるんだよねどっちも教えて | BO
plural-capitals | ボリビアの首都はスクレとラパスのどっちなのか両方言って | BO
plural-capitals | 首都が二つあるボリビアの首都を全部 | BO
plural-capitals | 南アフリカの首都が三つあるって聞いたけど全部どこ | ZA
plural-capitals | 南アフリカの三つの首都をまとめて教えて | ZA
plural-capitals | 南アの首都たちってどこどこ | ZA
plural-capitals | オランダの首都ってアムステルダムとハーグの二つあるの | NL
plural-capitals | オランダの首都って結局いくつあるの全部教えて | NL
plural-capitals | オランダは首都がふたつって本当どことどこ | NL
plural-capitals | マレーシアの首都とプトラジャヤの関係って首都二つなの | MY
plural-capitals | マレーシアの首都をどっちも言って | MY
plural-capitals | マレーシアの首都は二か所あるんだっけどこ | MY
plural-capitals | スリランカの首都って長い名前のとコロンボの二つだよね | LK
plural-capitals | スリランカの首都を二つとも教えてくれる | LK
plural-capitals | スリランカって首都いくつあるの全部言って | LK
plural-capitals | コートジボワールの首都ってふたつあるのどことどこ | CI
plural-capitals | コートジボワールの首都を両方とも調べて | CI
plural-capitals | 象牙海岸の首都が二つあるって本当 | CI
plural-capitals | ベナンの首都ってふたつあるならどっちも教えて | BJ
plural-capitals | ベナンは首都がいくつあるのか全部聞きたい | BJ
plural-capitals | ベナンの首都と政府のある町を両方 | BJ
plural-capitals | エスワティニの首都ってふたつあるらしいけどどことどこ | SZ
plural-capitals | エスワティニの首都を二つ両方とも教えて | SZ
plural-capitals | スワジランドの首都って二つなんだよね全部 | SZ
plural-capitals | パレスチナの首都ってどこなの二つある | PS
plural-capitals | パレスチナの首都を両方とも言って | PS
plural-capitals | パレスチナの首都とされてる町を全部教えて | PS
plural-capitals | ジャンムー・カシミールの州都って夏と冬で二つあるんでしょ両方 | IN-JK
plural-capitals | ジャンムー・カシミールの中心都市をふたつとも教えて | IN-JK
plural-capitals | ウッタラーカンド州の州都が二つあるって聞いたけどどっちも | IN-UK
plural-capitals | ウッタラーカンドの州都を二つとも言って | IN-UK
plural-capitals | モントセラトの首都って二つあるのどっちも教えて | MS
plural-capitals | 火山のあるモントセラトの首都を両方 | MS
subdivision | {}の州都ってどこ | テキサス州=US-TX; フロリダ州=US-FL; ニューヨーク州=US-NY
subdivision | {}の州都はどこなの | カリフォルニア州=US-CA; ワシントン州=US-WA; イリノイ州=US-IL
subdivision | {}の州都を教えて | ネバダ州=US-NV; アリゾナ州=US-AZ; ハワイ州=US-HI
subdivision | {}の州都ってなんていう町 | ペンシルベニア州=US-PA; オハイオ州=US-OH; ミシガン州=US-MI
subdivision | {}って州都どこになるの | アラスカ=US-AK; ケンタッキー=US-KY; ルイジアナ=US-LA
subdivision | {}の州都が知りたいんだけど | マサチューセッツ州=US-MA; バーモント州=US-VT; メイン州=US-ME
subdivision | カナダの{}の州都は | ケベック州=CA-QC; ブリティッシュコロンビア州=CA-BC; アルバータ州=CA-AB
subdivision | カナダの{}って州都はどこ | ノバスコシア州=CA-NS; マニトバ州=CA-MB; ユーコン準州=CA-YT
subdivision | オーストラリアの{}の州都を教えて | クイーンズランド州=AU-QLD; 西オーストラリア州=AU-WA; タスマニア州=AU-TAS
subdivision | オーストラリアの{}の州都はどこかな | ビクトリア州=AU-VIC; 南オーストラリア州=AU-SA
subdivision | ドイツの{}の州都はどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | ドイツの{}って州都どこ | ニーダーザクセン州=DE-NI; テューリンゲン州=DE-TH; ブランデンブルク州=DE-BB
subdivision | インドの{}の州都はどこになりますか | ケーララ州=IN-KL; タミル・ナードゥ州=IN-TN; ラージャスターン州=IN-RJ
subdivision | インドの{}の州都ってどこ | 西ベンガル州=IN-WB; パンジャーブ州=IN-PB; ゴア州=IN-GA
subdivision | ブラジルの{}の州都を教えて | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | メキシコの{}の州都はどこ | ユカタン州=MX-YUC; ハリスコ州=MX-JAL; オアハカ州=MX-OAX
subdivision | スコットランドの首都ってエディンバラだっけグラスゴーだっけ | GB-SCT
subdivision | ウェールズの首都はどこか教えて | GB-WLS
subdivision | 北アイルランドの首都ってどこになるのかな | GB-NIR
subdivision | イングランドの首都はロンドンでいいの | GB-ENG
subdivision | イギリスの中のスコットランドってとこの首都 | GB-SCT
territory | {}って首都はどこなのかな | グリーンランド=GL; グアム=GU
territory | {}の中心の町はどこ | ニューカレドニア=NC; 仏領ポリネシア=PF; フェロー諸島=FO
territory | {}の首都を教えてくれない | バミューダ=BM; ケイマン諸島=KY; アルバ=AW
territory | {}の首都はどこなんだろう | キュラソー=CW; ジブラルタル=GI; フォークランド諸島=FK
territory | {}の首都って何という町 | マン島=IM; ジャージー=JE; ガーンジー=GG
territory | {}って首都あるのどこ | オーランド諸島=AX; スバールバル諸島=SJ; ノーフォーク島=NF
territory | {}の首都ってどこですか | クック諸島=CK; ニウエ=NU; レユニオン=RE
territory | {}の首都はどこにあるの | マルティニーク=MQ; グアドループ=GP; マヨット=YT
territory | {}の首都を知りたい | 仏領ギアナ=GF; セントヘレナ=SH; 北マリアナ諸島=MP
territory | {}の首都ってあるの | 香港=HK; マカオ=MO; 南極=AQ
territory | {}の首都ってどこになってるの | 西サハラ=EH; 台湾=TW; コソボ=XK
territory | {}の首都もあったら教えて | バチカン市国=VA; 米領サモア=AS; ピトケアン諸島=PN
one-shot | アレクサ世界の首都でケニアの首都を聞いて | KE
one-shot | アレクサ世界の首都に聞いてペルーの首都は | PE
one-shot | 世界の首都を開いてモンゴルの首都を教えて | MN
one-shot | 世界の首都でブータンの首都を調べて | BT
one-shot | アレクサ世界の首都を使ってフィンランドの首都 | FI
one-shot | 世界の首都でアイスランドの首都ってどこ | IS
one-shot | アレクサ世界の首都にエチオピアの首都を聞いてくれる | ET
one-shot | 世界の首都でエクアドルの首都を教えて | EC
one-shot | アレクサ世界の首都でナミビアの首都はどこか聞いて | NA
one-shot | 世界の首都に聞いてトンガの首都 | TO
one-shot | アレクサ世界の首都でウズベキスタンの首都 | UZ
one-shot | 世界の首都を起動してスロベニアの首都を教えて | SI
one-shot | アレクサ世界の首都でパナマの首都を調べてくれ | PA
one-shot | 世界の首都にボツワナの首都を聞きたい | BW
one-shot | アレクサ世界の首都を開いてアルゼンチンの首都はどこ | AR
one-shot | 世界の首都でマダガスカルの首都って聞いて | MG
one-shot | 世界の首都に聞いてみてカメルーンの首都 | CM
one-shot | アレクサ世界の首都でラオスの首都を教えてちょうだい | LA
one-shot | 世界の首都でガイアナの首都ってわかる | GY
one-shot | アレクサ世界の首都でフィジーの首都はどこって聞いて | FJ
launch | アレクサ世界の首都を開いてちょうだい | LAUNCH
launch | アレクサ世界の首都を起動してくれる | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 孫が入れてくれた世界の首都を開いて | LAUNCH
launch | アレクサ世界の首都で遊びたいな | LAUNCH
launch | 世界の首都ってやつ開いてみて | LAUNCH
launch | アレクサ世界の首都スタートして | LAUNCH
launch | 世界の首都を呼び出して | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | 世界の首都を使いたいんだけど | LAUNCH
launch | アレクサ世界の首都をお願いします | LAUNCH
launch | 世界の首都を始めてくれる | LAUNCH
launch | アレクサ世界の首都ひらいて | LAUNCH
launch | 世界の首都起動お願い | LAUNCH
launch | アレクサ世界の首都のやつ開けて | LAUNCH
launch | 世界の首都をもう一回開いて | LAUNCH
help | 使い方を教えて | HELP
help | これどうやって使うの | HELP
help | 何ができるのか教えて | HELP
help | どう聞けばいいの | HELP
help | 聞き方がわからないんだけど | HELP
help | ヘルプをお願いします | HELP
help | このスキルって何をしてくれるの | HELP
help | どんなことを聞いていいの | HELP
help | 説明をもう一回して | HELP
help | 遊び方がわかんない | HELP
help | 何て言えばいいのか教えてくれる | HELP
help | 使い方の説明を聞きたい | HELP
help | どうしたらいいのこれ | HELP
help | 操作の仕方を教えてください | HELP
help | なにを話しかければいいの | HELP
help | 助けてよくわかんない | HELP
help | どういう質問ができるか教えて | HELP
help | ちょっと説明してもらえる | HELP
help | 初めてなんだけど使い方は | HELP
help | これって何するスキルなの | HELP
help | 例えばどんな風に聞くの | HELP
help | 困ったヘルプ | HELP
help | 質問の仕方を教えてほしいです | HELP
help | もう少し詳しく使い方を | HELP
stop | もう終わりにして | STOP
stop | 終了してください | STOP
stop | もう止めていいよ | STOP
stop | スキルを終わらせて | STOP
stop | 終わり終わり | STOP
stop | はい終了 | STOP
stop | もういいから止めて | STOP
stop | このへんで終わりにしよう | STOP
stop | もう十分終わって | STOP
stop | 黙って | STOP
stop | アレクサ止めて | STOP
stop | アレクサストップ | STOP
stop | 世界の首都を終了して | STOP
stop | 今日はここまでで終わり | STOP
stop | 終了でお願いします | STOP
stop | もう閉じて | STOP
stop | しゃべるのやめて | STOP
stop | 静かにして | STOP
stop | 一旦止めてくれる | STOP
stop | もう寝るから終わりにして | STOP
stop | 首都はもういいから終わって | STOP
stop | ストップストップ | STOP
cancel | やっぱりやめとく | CANCEL
cancel | 今のなしで | CANCEL
cancel | 取り消して | CANCEL
cancel | なんでもない | CANCEL
cancel | やっぱいいや | CANCEL
cancel | 今のキャンセルで | CANCEL
cancel | 聞くのやめた | CANCEL
cancel | やっぱなしにして | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | 今の質問は取り消しで | CANCEL
cancel | 気にしないで | CANCEL
cancel | やめときます | CANCEL
cancel | いいやキャンセル | CANCEL
cancel | ごめん間違えて呼んだだけキャンセル | CANCEL
cancel | 今のは無しでお願い | CANCEL
cancel | キャンセルしといて | CANCEL
cancel | あやっぱりいいです | CANCEL
cancel | なんでもないよ気にしないで | CANCEL
cancel | 聞こうと思ったけどやめとくわ | CANCEL
cancel | 取り消しお願いします | CANCEL
cancel | その質問キャンセルね | CANCEL
cancel | もういいや取り消し | CANCEL
hokkaido-dialect | {}の首都ってどこだべさ | ノルウェー=NO
hokkaido-dialect | なまら気になるんだけど{}の首都ってどこさ | カナダ=CA
hokkaido-dialect | したっけ{}の首都も教えてくれや | デンマーク=DK; スウェーデン=SE
hokkaido-dialect | {}の首都ってどこっしょ | ニュージーランド=NZ
hokkaido-dialect | 牛の世話しながらだけど{}の首都ってどこだったかい | オランダ=NL
hokkaido-dialect | ニセコに来てるお客さんの国{}の首都ってどこなのさ | オーストラリア=AU; シンガポール=SG
hokkaido-dialect | 小樽のガラス買ってった人が{}から来たって首都どこだべ | チェコ=CZ; イタリア=IT
hokkaido-dialect | 鮭の輸出先の{}の首都ってわかるかい | ベトナム=VN; タイ=TH
hokkaido-dialect | わやだわ{}の首都思い出せないっしょ | カザフスタン=KZ; キルギス=KG
hokkaido-dialect | {}の首都ってレイキャビクでいいんだべか | アイスランド=IS
hokkaido-dialect | ゆるくないわもう終わりにするわ | STOP
hokkaido-dialect | なんもなんもやっぱいいわキャンセルして | CANCEL
hokkaido-dialect | これどうやって使うのさ教えてくれや | HELP
sendai-dialect | {}の首都ってどこだっちゃ | ポーランド=PL
sendai-dialect | {}の首都おしえでけさいん | ブラジル=BR
sendai-dialect | 七夕の飾り作ってんだけど{}の首都ってどこっちゃ | フランス=FR
sendai-dialect | 牛たん屋さ来た外国の人{}からだって首都どこだべ | アメリカ=US
sendai-dialect | 松島の遊覧船のお客さん{}の人だったのっしゃ首都は | 台湾=TW; 中国=CN
sendai-dialect | んだからさ{}の首都ってなじょなってんの | セルビア=RS; クロアチア=HR
sendai-dialect | いずいなあ{}の首都出てこねえっちゃ | ウクライナ=UA; モルドバ=MD
sendai-dialect | {}の首都ってどさあんの | ラトビア=LV; リトアニア=LT
sendai-dialect | おだづなよアレクサ{}の首都ちゃんと教えらいん | ギリシャ=GR; トルコ=TR; キプロス=CY
sendai-dialect | 使い方わがんねえっちゃ教えでけさいん | HELP
sendai-dialect | もういいっちゃ止めでけろ | STOP
shonai-dialect | {}の首都ってどさだの | インド=IN
shonai-dialect | {}の首都おしぇでくれの | ネパール=NP
shonai-dialect | 田んぼの見回り終わったさげ{}の首都聞かせての | フィリピン=PH
shonai-dialect | さくらんぼ送る先の{}の首都ってどごだっけの | オーストラリア=AU
shonai-dialect | 出羽三山さ来た外国の人{}からだど首都どご | ドイツ=DE; フランス=FR
shonai-dialect | んだの{}の首都はどごなんだや | エジプト=EG; ヨルダン=JO; レバノン=LB
shonai-dialect | {}の首都わがらねさげ教えでくれ | イラン=IR; イラク=IQ; シリア=SY
shonai-dialect | もっけだのもう終わりにしてくれ | STOP
shonai-dialect | やっぱやめだやめだキャンセルだの | CANCEL
kyoto-dialect | {}の首都てどこどす | イタリア=IT
kyoto-dialect | {}の首都教えてくれはる | イギリス=GB
kyoto-dialect | 西陣の帯買うてくれはった{}の方の首都はどこやろ | アメリカ=US
kyoto-dialect | お寺案内してたら{}から来はったお客さんがいてはって首都どこどすやろ | ブラジル=BR
kyoto-dialect | 祇園のお茶屋さんに{}のお客さん来はるんやけど首都はどこえ | サウジアラビア=SA; オマーン=OM
kyoto-dialect | ほな{}の首都はどないどす | ルクセンブルク=LU; リヒテンシュタイン=LI; モナコ=MC
kyoto-dialect | かなんわ{}の首都思い出せへん | スロバキア=SK; アルバニア=AL
kyoto-dialect | 清水焼の注文{}から来てはるんやけど首都どこやったかいな | ノルウェー=NO; デンマーク=DK
kyoto-dialect | {}の首都てどこにおすのん | ベトナム=VN; ラオス=LA
kyoto-dialect | おおきにもうよろしおすわ止めとくれやす | STOP
kyoto-dialect | やっぱりよろしおす取り消しとくれやす | CANCEL
kyoto-dialect | どないして聞いたらええのか教えとくれやす | HELP
wakayama-dialect | {}の首都ってどこなんよ | 中国=CN
wakayama-dialect | {}の首都教えてよし | アメリカ=US
wakayama-dialect | 梅干し送る{}の首都ってどこなんけ | フランス=FR
wakayama-dialect | 高野山の宿坊に{}の人泊まってやしてな首都どこよ | スペイン=ES; イスラエル=IL
wakayama-dialect | 白浜のパンダ見に来た{}のつれの首都はどこやのし | 中国=CN
wakayama-dialect | 熊野古道歩いてる{}の人おったけどあっこの首都は | スイス=CH; オランダ=NL
wakayama-dialect | {}の首都ってほんまけ知らんわ教えちゃって | アンゴラ=AO; ザンビア=ZM; マラウイ=MW
wakayama-dialect | あがら{}の首都わからんのやしてな | ウガンダ=UG; ルワンダ=RW
wakayama-dialect | もうええよ止めてよし | STOP
wakayama-dialect | やっぱええわキャンセルしといてよ | CANCEL
okayama-dialect | {}の首都ってどこなんじゃ | ジャマイカ=JM; キューバ=CU
okayama-dialect | {}の首都教えてつかぁさい | ペルー=PE
okayama-dialect | 児島のジーンズ買いに来た{}の人おるんじゃけど首都どこじゃろ | アメリカ=US
okayama-dialect | 白桃を{}に送るんじゃけど首都はどこなら | 香港=HK
okayama-dialect | 倉敷の美観地区に{}からでーれー人が来とるけど首都どこ | 中国=CN
okayama-dialect | {}の首都わからんけぇおえんわ | コロンビア=CO; ベネズエラ=VE
okayama-dialect | ぼっけえ気になるんじゃ{}の首都 | ガーナ=GH; トーゴ=TG
okayama-dialect | {}の首都はどこでよったかのう | ニカラグア=NI; コスタリカ=CR
okayama-dialect | もうええけぇ止めてつかぁさい | STOP
okayama-dialect | どねーして使うんか教えてつかぁさい | HELP
kumamoto-dialect | {}の首都ってどこね | 台湾=TW
kumamoto-dialect | {}の首都教えてはいよ | フィリピン=PH
kumamoto-dialect | 半導体工場の{}から来た人の首都ってどぎゃんとこ | 台湾=TW; 日本=JP
kumamoto-dialect | 阿蘇の牧場に{}の人が来とるばってん首都はどこね | ニュージーランド=NZ; アイルランド=IE
kumamoto-dialect | スイカば{}に出荷するとばい首都はどこね | 香港=HK; マカオ=MO
kumamoto-dialect | くまモンのグッズ{}で人気らしかたいあっこの首都は | フランス=FR
kumamoto-dialect | {}の首都ってどこやったかなわからんばい | ナイジェリア=NG; ギニア=GN; セネガル=SN
kumamoto-dialect | むしゃんよか名前の{}の首都ば教えて | スリナム=SR
kumamoto-dialect | もうよかけん止めてはいよ | STOP
kumamoto-dialect | 聞かんでよかったばいキャンセルしとって | CANCEL
kagoshima-dialect | {}の首都はどこじゃっとけ | インド=IN
kagoshima-dialect | {}の首都を教えっくいやい | ロシア=RU
kagoshima-dialect | 桜島の灰がわっぜ降っちょっどん{}の首都はどこけ | アイスランド=IS
kagoshima-dialect | 焼酎ば{}に送っとじゃっどん首都はどこけ | アメリカ=US
kagoshima-dialect | 屋久島登りに来た{}のしの首都はどこじゃろかい | ドイツ=DE; スペイン=ES
kagoshima-dialect | おいは知らんどん{}の首都はどこな | モザンビーク=MZ; ジンバブエ=ZW
kagoshima-dialect | 黒豚の輸出先の{}の首都ってどこけ | 香港=HK; ベトナム=VN
kagoshima-dialect | だれやめしながら聞くっど{}の首都は | スーダン=SD; チャド=TD
kagoshima-dialect | もうよかもう終わりにせんか | STOP
kagoshima-dialect | あいがとさげもしたもうよかキャンセルじゃ | CANCEL
learner | アレクサさん{}の首都はどこにいますか | ネパール=NP
learner | {}首都なんですか教えるください | ベトナム=VN
learner | わたしの国は{}です首都を言ってください | インドネシア=ID
learner | {}の首都はなにですか | ポーランド=PL
learner | {}をの首都はどこですかね | ナイジェリア=NG; ペルー=PE
learner | すみませんアレクサさん{}キャピタルはどこ | オーストラリア=AU; ガーナ=GH
learner | コンビニで働いてますネパールの友達が{}の首都知りたいです | インド=IN; スリランカ=LK
learner | 技能実習の先輩は{}から来ました首都はどこですか | ミャンマー=MM; フィリピン=PH
learner | 介護の勉強しています{}の首都を教えてもらうますか | インドネシア=ID; ベトナム=VN
learner | 相撲が好きです{}の首都はなにという | モンゴル=MN; ジョージア国=GE
learner | わたしはポーランドから来ました{}のキャピタルシティ教えて | ドイツ=DE; チェコ=CZ
learner | ニセコでスキー教えてる{}の首都はキャンベラですか | オーストラリア=AU
learner | 熊本で働いてます{}の首都は台北であってますか | 台湾=TW
learner | わたしは避難してきました{}の首都はキーウです正しいですか | ウクライナ=UA
learner | 首都の使い方を教えるしてください | HELP
learner | アレクサさんストップするしてください | STOP
learner | キャンセルしたいですしてください | CANCEL
heritage-speaker | ナイロビから帰ってきたばっかりなんだけど{}の首都って日本語でなんていうの | ケニア=KE
heritage-speaker | ヘルシンキで育ったから日本語むずかしいけど{}の首都はどこ | フィンランド=FI; エストニア=EE
heritage-speaker | グアダラハラ育ちなんだけど{}のキャピタルって日本語で | メキシコ=MX; グアテマラ=GT
heritage-speaker | ドミニカ共和国の日系なんだけど{}の首都おしえて | ドミニカ共和国=DO; ハイチ=HT; プエルトリコ=PR
heritage-speaker | カイロに住んでたからわかるはずなんだけど{}の首都 | エジプト=EG; スーダン=SD; リビア=LY
heritage-speaker | ソウルのインターに通ってたんだけど{}の首都はどこだっけ | 北朝鮮=KP
heritage-speaker | ママがペルーでパパが日本人なんだけど{}のメインのシティじゃなくて首都は | ペルー=PE
heritage-speaker | ウィーンで育ったからオーストリアの首都はわかるけど{}の首都 | スロバキア=SK
heritage-speaker | ヨハネスブルグから来た友達に聞かれた{}の首都 | 南アフリカ=ZA; レソト=LS
heritage-speaker | クアラルンプール生まれだけど{}の首都って何 | ブルネイ=BN; シンガポール=SG
child-speech | {}のしゅとってどこ | ふらんす=FR
child-speech | あれくさ{}のしゅとおしえて | かんこく=KR
child-speech | はたのえほんにのってた{}のいちばんえらいまちはどこ | けにあ=KE
child-speech | ねえねえ{}ってしゅとどこなの | えじぷと=EG
child-speech | くるまのなかでくいずするの{}のしゅとは | おーすとらりあ=AU; にゅーじーらんど=NZ
child-speech | ねるまえにもういっこだけ{}のしゅと | いたりあ=IT; すぺいん=ES
child-speech | ぼくしってるよ{}のしゅとはぺきん | ちゅうごく=CN
child-speech | あれくさおしまいにして | STOP
child-speech | わかんないからおしえてどうやるの | HELP
teen-speech | {}の首都ガチでどこ | カタール=QA; バーレーン=BH
teen-speech | あーね{}の首都ってどこだっけ | ポルトガル=PT
teen-speech | {}の首都わかんなすぎて草生える | モーリタニア=MR; マリ=ML
teen-speech | 明日の地理のテスト範囲{}の首都なんだけどどこ | アルジェリア=DZ; チュニジア=TN
teen-speech | {}の首都ってぶっちゃけどこ説ある | パプアニューギニア=PG
teen-speech | 推しのツアー先{}なんだけど首都どこ激アツ | タイ=TH
teen-speech | {}の首都知らんの私だけ案件 | トルクメニスタン=TM; タジキスタン=TJ; アゼルバイジャン=AZ
teen-speech | {}の首都どこか秒で教えて | ルクセンブルク=LU; ベルギー=BE; マルタ=MT
teen-speech | もういいわ終わりにして眠い | STOP
teen-speech | やっぱいいやキャンセルでよろ | CANCEL
elder-speech | 漁師を引退してから暇でね{}の首都はどこだったかねえ | ペルー=PE
elder-speech | 昔地理の先生をしとったんだが{}の首都を忘れてしもうた | ルーマニア=RO; ブルガリア=BG
elder-speech | 若い頃に船で行った{}の首都はどこじゃったか | ケニア=KE; スリランカ=LK; イエメン=YE
elder-speech | 耳が遠いもんでもう一度{}の首都を言ってくれるかね | エチオピア=ET; ソマリア=SO
elder-speech | わしが子どもの頃は{}と言うたがね首都はどこかね | ビルマ=MM
elder-speech | 戦後すぐに独立した{}の首都はいまどこかね | インドネシア=ID
elder-speech | 婆さんが聞いとるが{}の首都はどこですかいのう | アルゼンチン=AR
elder-speech | 使い方がようわからんのじゃがどうすればええんかね | HELP
elder-speech | もうええよありがとうね止めといてくれ | STOP
work-situation | 手話通訳の準備で{}の首都の手話を調べたいんだけど首都はどこ | スウェーデン=SE
work-situation | 税関の書類に{}の首都を書く欄があるんだけどどこ | ベラルーシ=BY; モルドバ=MD
work-situation | ラーメン屋に{}のお客さんが来たから首都の話したい | ポーランド=PL
work-situation | 字幕の翻訳してて{}の首都が出てきたんだけどどこ | エストニア=EE
work-situation | 模擬国連で{}の大使やるんだけど首都どこ | ルワンダ=RW
work-situation | オーケストラのツアーで{}に行くんだけど首都はどこ | オーストリア=AT; チェコ=CZ
work-situation | 灯台守の仕事で{}の灯台の話を読んでたんだけど首都は | アイルランド=IE; アイスランド=IS
work-situation | 切手のデザインで{}の首都の絵を入れたいんだけどどこ | サンマリノ=SM; リヒテンシュタイン=LI; アンドラ=AD
work-situation | 災害ボランティアで一緒だった{}の人の首都はどこ | トルコ=TR; ネパール=NP
work-situation | 葬儀社で{}出身の方のご葬儀があって首都を確認したい | ブラジル=BR; ペルー=PE
work-situation | 国際協力の研修で{}に派遣されるんだけど首都どこ | マラウイ=MW; ザンビア=ZM; モザンビーク=MZ
work-situation | 配達してたら{}の旗が出てる家があった首都はどこ | ジャマイカ=JM; トリニダード・トバゴ=TT; バルバドス=BB
work-situation | 床屋のお客さんが{}に行くって言ってた首都ってどこ | エクアドル=EC; ボリビア=BO
work-situation | 天体観測所の仕事で{}の望遠鏡に行くんだけど首都は | チリ=CL; 南アフリカ=ZA
work-situation | ヨガの先生が{}で修行したらしい首都ってどこ | インド=IN; ネパール=NP
home-situation | 弁当作りながら聞くけど{}の首都どこ | マレーシア=MY
home-situation | アイロンかけながらなんだけど{}の首都って | ギリシャ=GR; キプロス=CY
home-situation | 引っ越しの段ボールから{}の絵はがきが出てきた首都はどこ | モロッコ=MA; チュニジア=TN
home-situation | 猫を病院に連れて行く前に{}の首都だけ教えて | カナダ=CA
home-situation | ジャム煮ながら聞くね{}の首都はどこ | ジョージア国=GE; アルメニア=AM
home-situation | 夜中の授乳中で眠いんだけど{}の首都どこだっけ | サモア=WS
home-situation | 掃除機かけてたら思い出した{}の首都ってどこ | ウガンダ=UG
home-situation | 昔の旅行の写真整理してて{}の首都が思い出せない | クロアチア=HR; モンテネグロ=ME
home-situation | 植木に水やりしながらだけど{}の首都を教えて | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
home-situation | 子どもの髪切りながら聞きたいんだけど{}の首都 | ガボン=GA; カメルーン=CM; 赤道ギニア=GQ
travel-situation | 新婚旅行で{}に行くんだけど首都はどこ | モルディブ=MV
travel-situation | 乗り継ぎで{}に寄るんだけど首都ってどこ | カタール=QA
travel-situation | 青春十八きっぷじゃ行けない{}の首都はどこ | ペルー=PE
travel-situation | 卒業旅行の候補が{}なんだけど首都は | ベトナム=VN; カンボジア=KH
travel-situation | クルーズ船が{}に寄港するらしいんだけど首都どこ | バハマ=BS; ジャマイカ=JM; セントルシア=LC
travel-situation | 一人旅で{}を回りたいんだけど首都はどこ | ジョージア国=GE
travel-situation | ビザ取るのに{}の大使館行くけど首都ってどこだっけ | ナイジェリア=NG; エチオピア=ET
travel-situation | バックパッカーで{}に入るんだけど首都は | ボリビア=BO; パラグアイ=PY
travel-situation | 出張で{}に行くことになった首都はどこ | サウジアラビア=SA; クウェート=KW; バーレーン=BH
game-situation | クロスワードで{}の首都が入るマスがあるんだけど何 | ペルー=PE
game-situation | シヴィライゼーションで{}使ってるんだけど本物の首都はどこ | エジプト=EG
game-situation | マイクラで{}の首都を作りたいんだけど首都どこ | フランス=FR; イギリス=GB; 日本=JP
game-situation | 結婚式の二次会のクイズで{}の首都が出るらしいどこ | ハンガリー=HU
game-situation | カタンやりながらふと思ったんだけど{}の首都はどこ | ドイツ=DE; オーストリア=AT
game-situation | ウノで負けた罰ゲームで{}の首都答えなきゃいけない | ブルキナファソ=BF; ニジェール=NE
game-situation | 家族で国旗当てやってて{}の首都も聞きたい | ネパール=NP; ブータン=BT
game-situation | 山手線ゲームで首都縛りなんだけど{}の首都は | ラトビア=LV
sport-situation | マラソンで{}の選手が優勝したんだけど首都はどこ | エチオピア=ET
sport-situation | 自転車のロードレースで{}を走るらしい首都は | フランス=FR
sport-situation | ダーツの世界大会の会場が{}なんだけど首都ってどこ | オランダ=NL
sport-situation | アイスホッケーの{}代表って強いよね首都はどこ | カナダ=CA
sport-situation | ラクロスの試合で{}と当たるんだけど首都どこ | カナダ=CA; アメリカ=US
sport-situation | パラリンピックの車いすバスケで{}が出てた首都はどこ | イラン=IR; トルコ=TR
sport-situation | ダカールラリーの{}のステージ見てるんだけど首都はどこ | サウジアラビア=SA; モーリタニア=MR; セネガル=SN
sport-situation | サッカーワールドカップの組み合わせで{}と同じ組だった首都は | コスタリカ=CR; パナマ=PA; ホンジュラス=HN
sport-situation | ビーチバレーで{}のペアが強いらしい首都どこ | ラトビア=LV; ノルウェー=NO
sport-situation | ソフトボールの{}代表と試合するんだけど首都は | ベネズエラ=VE; プエルトリコ=PR
recognition-artefact | {}の首都ってどこだったっけ | 勧告=KR; 急場=CU
recognition-artefact | {}の首都を教えて | 霧バス=KI
recognition-artefact | {}のシュートはどこ | ケニア=KE
recognition-artefact | カリフォルニア州の舅はどこ | US-CA
recognition-artefact | テキサス州の囚徒ってどこ | US-TX
recognition-artefact | {}の首都はどこにありますか | ヴェトナム=VN; ヴァヌアツ=VU
recognition-artefact | {}の首都って何 | ハンガリ=HU
recognition-artefact | {}の首都知りたい | パプア・ニューギニア=PG
recognition-artefact | {}の首都ってどこよ教えて | エル・サルバドル=SV; サン・マリノ=SM
recognition-artefact | {}の首都ってさどこ | リトワニア=LT; ベルギ=BE
recognition-artefact | {}の首都を調べて | トリニダードトバゴ=TT; セントクリストファーネービス=KN
recognition-artefact | {}のしゅとはどこ | えいこく=GB; べいこく=US
recognition-artefact | {}の首都ってなんだっけ | ナイジェリヤ=NG; ボスニアヘルツェゴビナ=BA
recognition-artefact | アレクサ世界の主都でフランスの首都 | FR
out-of-domain | ケニアの人口ってどのくらい | FB
out-of-domain | ペルーの公用語は何語 | FB
out-of-domain | モンゴルの通貨の名前を教えて | FB
out-of-domain | ブラジルとの時差は何時間 | FB
out-of-domain | フィンランドの面積はどのくらい | FB
out-of-domain | エジプトのピラミッドはいつできたの | FB
out-of-domain | インドで一番大きい都市はどこ | FB
out-of-domain | オーストラリアで一番人口が多い町は | FB
out-of-domain | トルコの大統領は誰 | FB
out-of-domain | スイスの国旗ってどんなの | FB
out-of-domain | カナダの国歌を流して | FB
out-of-domain | イタリアの有名な料理は何 | FB
out-of-domain | アイスランドのオーロラはいつ見られる | FB
out-of-domain | タイの今の気温は | FB
out-of-domain | ベトナムのお金を円に換算して | FB
out-of-domain | ドイツの一番高い山はなに | FB
out-of-domain | ノルウェーのフィヨルドってなに | FB
out-of-domain | 韓国までの飛行時間はどれくらい | FB
out-of-domain | 中国の人口は何人 | FB
out-of-domain | ロシアの一番長い川はどこ | FB
out-of-domain | 宮城県の県庁所在地はどこ | FB
out-of-domain | 山形県の県庁所在地を教えて | FB
out-of-domain | 北海道の道庁ってどこにあるの | FB
out-of-domain | 和歌山県の県庁所在地は和歌山市でいいの | FB
out-of-domain | 岡山県の県庁所在地ってどこ | FB
out-of-domain | 熊本の県庁所在地はどこだっけ | FB
out-of-domain | 鹿児島県の県庁所在地を調べて | FB
out-of-domain | 京都府の府庁所在地はどこ | FB
out-of-domain | 満州国の首都ってどこだったの | FB
out-of-domain | ユーゴスラビアの首都はどこだった | FB
out-of-domain | ソ連の首都ってどこだったっけ | FB
out-of-domain | 東ドイツの首都はどこだった | FB
out-of-domain | 西ドイツの首都ってボンだったよね | FB
out-of-domain | ワカンダの首都はどこ | FB
out-of-domain | アトランティスの首都ってどこにあった | FB
out-of-domain | 火星の首都ってあるの | FB
out-of-domain | ナルニア国の首都はどこ | FB
out-of-domain | 月の首都はどこ | FB
out-of-domain | 首都圏の天気を教えて | FB
out-of-domain | 首都高の渋滞情報 | FB
out-of-domain | 首都直下地震が来る確率ってどれくらい | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 資本金って何のこと | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 日本の首都を大阪にする話ってあったよね | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 大文字のことをキャピタルって言うの | FB
out-of-domain | 仙台の牛たんのおいしい店 | FB
out-of-domain | 牛の餌の時間にアラームをセットして | FB
out-of-domain | 小樽運河までの道を教えて | FB
out-of-domain | 七夕まつりはいつから | FB
out-of-domain | 松島の遊覧船の時刻表 | FB
out-of-domain | 庄内の米の値段 | FB
out-of-domain | 清水寺の拝観時間を教えて | FB
out-of-domain | 祇園祭の日程はいつ | FB
out-of-domain | 梅干しの漬け方を教えて | FB
out-of-domain | 白浜のパンダの名前 | FB
out-of-domain | 倉敷美観地区の駐車場 | FB
out-of-domain | 白桃のおいしい食べ方 | FB
out-of-domain | 阿蘇山の噴火警戒レベルは | FB
out-of-domain | 桜島の降灰予報を教えて | FB
out-of-domain | 焼酎のお湯割りの割合 | FB
out-of-domain | 三分のタイマーをかけて | FB
out-of-domain | 明日の天気はどう | FB
out-of-domain | 音楽をかけて | FB
out-of-domain | 今何時 | FB
out-of-domain | 電気を消して | FB
out-of-domain | 牛乳を買い物リストに入れて | FB
out-of-domain | 面白い話をして | FB
out-of-domain | ラジオをつけて | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 円周率を教えて | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番人口が多い国はどこ | FB
out-of-domain | 国連の本部はどこにある | FB
out-of-domain | 国の数って全部でいくつあるの | FB
out-of-domain | 一番新しい国はどこ | FB
out-of-domain | アフリカで一番大きい国はどこ | FB
out-of-domain | 南米の国をいくつか言って | FB
out-of-domain | ヨーロッパの首都で一番寒いのはどこ | FB
out-of-domain | 首都が一番高いところにある国はどこ | FB
out-of-domain | 首都じゃないのに一番大きい町があるのはどこの国 | FB
out-of-domain | パリの人口はどれくらい | FB
out-of-domain | ロンドンの今の時間を教えて | FB
out-of-domain | ニューヨークの天気は | FB
out-of-domain | ワシントンって何があるの | FB
out-of-domain | 東京タワーの高さは | FB
out-of-domain | エベレストの高さを教えて | FB
out-of-domain | サハラ砂漠の広さってどのくらい | FB
out-of-domain | ナイル川の長さを教えて | FB
out-of-domain | ケニアのマラソン選手の名前 | FB
out-of-domain | ツール・ド・フランスの今年の優勝者 | FB
out-of-domain | ワールドカップの次の開催国はどこ | FB
out-of-domain | オリンピックの次の開催地 | FB
out-of-domain | 韓国ドラマのおすすめ教えて | FB
out-of-domain | フランス語でありがとうってなんて言う | FB
out-of-domain | スペイン語を勉強したい | FB
out-of-domain | ネパール料理のお店を探して | FB
out-of-domain | ベトナムへの荷物の送料 | FB
out-of-domain | タイのビザって必要 | FB
out-of-domain | パスポートの更新の仕方 | FB
out-of-domain | 為替レートを教えて | FB
out-of-domain | ドル円はいくら | FB
out-of-domain | 世界地図を表示して | FB
out-of-domain | 国旗クイズやりたい | FB
out-of-domain | 首都クイズの点数を教えて | FB
out-of-domain | アメリカの州の数はいくつ | FB
out-of-domain | カナダの州の名前を全部言って | FB
out-of-domain | オーストラリアにはコアラがいるの | FB
out-of-domain | インドの州っていくつあるの | FB
out-of-domain | ドイツの州で一番大きいのはどこ | FB
out-of-domain | イギリスの王様の名前は | FB
out-of-domain | バチカンの人口って何人 | FB
out-of-domain | 南極って誰のものなの | FB
out-of-domain | ハワイの一番高い山 | FB
stop | 首都の話はもうおしまいにしてくれる | STOP
stop | アレクサもう首都はいいから終了して | STOP
stop | 世界の首都はこれで終わりにします | STOP
stop | ごちそうさまもう止めておいて | STOP
stop | 料理に集中したいから止めてちょうだい | STOP
stop | 子どもが寝たから静かに終わりにして | STOP
stop | もう出かけるから世界の首都止めて | STOP
stop | 今日のクイズは終わりでいいよ止めて | STOP
cancel | 今言ったの取り消してもらえる | CANCEL
cancel | あっ違うの聞こうとした今のキャンセル | CANCEL
cancel | さっきの質問はなかったことにして | CANCEL
cancel | 間違えて話しかけちゃったキャンセルで | CANCEL
cancel | 首都はいいやキャンセルしてちょうだい | CANCEL
cancel | やっぱり聞くのやめとくわキャンセル | CANCEL
cancel | 子どもが勝手に言っただけだから取り消して | CANCEL
cancel | 今の無効にしてキャンセル | CANCEL
help | 世界の首都の使い方をゆっくり説明して | HELP
help | 首都を聞くときはなんて言えばいいの | HELP
help | 州都も聞けるのか教えてほしい | HELP
help | おばあちゃんにもわかるように使い方教えて | HELP
launch | アレクサ世界の首都でクイズしたいから開いて | LAUNCH
launch | アレクサ娘が好きな世界の首都を開いてあげて | LAUNCH
launch | 世界の首都のスキルを起動してもらえる | LAUNCH
launch | アレクサ地図の勉強したいから世界の首都をつけて | LAUNCH
launch | ねえアレクサ世界の首都に入りたい | LAUNCH
out-of-domain | ケニアの首都の人口はどのくらい | FB
out-of-domain | ペルーの首都の天気を教えて | FB
out-of-domain | 首都の意味を辞書で調べて | FB
out-of-domain | 北海道と九州はどっちが大きいの | FB
out-of-domain | 仙台から山形までの距離 | FB
out-of-domain | 鹿児島の方言でありがとうは | FB
out-of-domain | 京都の紅葉の見頃はいつ | FB
out-of-domain | 熊本城の入場料はいくら | FB
out-of-domain | ジャガイモの原産地はどこ | FB
out-of-domain | コーヒー豆の一番の産地はどこの国 | FB
out-of-domain | パンダはどこの国にいるの | FB
out-of-domain | 世界で一番長い国名ってなに | FB
out-of-domain | 首都移転したインドネシアの新しい首都はいつできるの | FB
out-of-domain | スイスのチーズフォンデュの作り方 | FB
out-of-domain | ブラジルのサンバカーニバルはいつ | FB
out-of-domain | エジプトの首都の観光名所を教えて | FB
out-of-domain | 州都じゃない大きい町ってなんて呼ぶの | FB
out-of-domain | 日本の首都って法律で決まってるの | FB
out-of-domain | アメリカの大統領選挙はいつ | FB
out-of-domain | オランダのチューリップの季節 | FB
out-of-domain | 地球儀を買いたい | FB
out-of-domain | キャピタル東京ってどんなホテル | FB
"""

if __name__ == "__main__":
    build_round(31, "ja", LINES, sys.argv, "tests/Eval/ja/round31/source/build_corpus.py")
