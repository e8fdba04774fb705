"""Round 33, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER40.md), chosen
away from the speakers of the Japanese rounds the author saw described (29 to 32).
Regions: Hiroshima (じゃけえ, じゃろ, ぶち, のう, くれんさい, どがいに), Nagoya (だがや, ちょう, でら, やっとかめ, だで),
Kanazawa (まっし, がいね, なが, ほやさけ, くだし), Niigata (だて, こて, ねっか, すけ, くんなせ, らろ), Tosa in Kochi (ぜよ,
ちゅう, ながや, おまん, いかん, えいが), Sanuki in Kagawa (まい, けん, ほなけど, ほんなら, かいな), Hakata in Fukuoka
(ちゃり, と, っちゃろ, どげん, よか), Okinawa (ねー, さ, やっさ, でーじ, はず, だからよ) and Koshu in Yamanashi (ずら, じゃん,
け, くりょう, ちょ, ちょうし).
Local work: Hiroshima oysters and okonomiyaki, Nagoya car parts, Kanazawa gold leaf, Niigata rice exports and Sado
visitors, Tosa bonito boats and John Manjiro, Sanuki udon and Shodoshima olives, Hakata yatai, Okinawan emigrants and
base workers, Koshu grapes and Mount Fuji climbers. Jobs: address labels, an interpreter, export papers, a care home, a
hospital reception, a shipyard's trainees, a travel brochure, a cram school, a hotel booking, a newspaper headline, a
trading-company meeting, a broadcast script, a foreign student's papers, fishery trainees, a nursery, an embassy call.
Home: folding laundry, cooking supper, homework, a travel programme, New Year cards, a bath-time quiz, curry, an old
map, a daughter abroad. Travel: a honeymoon, a transit stop, a graduation trip, a business trip, a cruise, backpacking,
a working holiday, a trip with mother, a US summer trip. Games: werewolf, capital karuta, Momotetsu's world edition, a
TV quiz, a flag game, capital shiritori, a board game. Sport: the football World Cup, judo, rugby, distance running,
baseball, table tennis, the Winter Olympics, volleyball, cricket, sumo.
Learners: an Uzbek bus-driver trainee, an American assistant language teacher, an Egyptian researcher, a Nigerian
used-car exporter, a Russian skating coach, a Cambodian farm trainee, a French chef, a Canadian snowboard instructor
(です everywhere, wrong particles, アレクサさん, キャピタル, キャピタルシティ, 教えるください, わかるますか, おわりするください).
Heritage speakers: returnees and mixed families from Vancouver, São Paulo, Singapore, London, Manila, Frankfurt,
Auckland and Lima (ママ, パパ, おばあちゃんの国, キャピタル). Children (hiragana: a globe, a kindergarten teacher, the
Olympics). Teenagers (普通に, ってコト, ダルい, 推し, チル, 沼, 知らんがな, 気まずい, みが強い). Elders (のう, じゃ, おくれ,
かね) with the names of their day (ビルマ, セイロン, ザイール, ソ連, ボン).
Plus fillers, trailing words, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker,
reverse questions, official, everyday and old names (ダホメー, オートボルタ, 英領ギアナ, 東パキスタン, シャム, ペルシャ,
白ロシア, グルジア, スワジランド, カンプチア, 象牙海岸), shared names (bare: every place; disambiguated: the one), plural
questions (every several-capital country, Palestine, Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions (州都)
and territories, one-shot requests and launches through 世界の首都, help, stop and cancel, and out-of-domain requests and
near misses (県庁所在地, 省都, 首都圏, 首都高, キャピタルゲイン, regions and former states the data lacks).
Recognition artefacts: homophones (鯛, 東郷, 麻里, 丸太, 塵, 茶道, 酒都), hiragana names, changed or lost long vowels
(ベネズエラー, マダガスカール, ニジェル) and small kana (カンボジヤ, リトアニヤ), names joined without a dot.
`python3 tests/Eval/ja/round33/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 33's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# plain, polite, casual, filler and trailing ways of asking
plain-question | {}の首都ってどの町になるの | アイスランド=IS
plain-question | {}は首都どこにあるんやっけ | ルクセンブルク=LU; リヒテンシュタイン=LI; アンドラ=AD
plain-question | {}の首都の名前ってなんだったっけ | スロバキア=SK
plain-question | {}の首都はどこなんだい | セルビア=RS; アルバニア=AL; コソボ=XK
plain-question | {}って国の首都はどこかな | モルディブ=MV; スリナム=SR; ガイアナ=GY
plain-question | {}の首都どこって聞かれたんだけど | エリトリア=ER; ジブチ=DJ; ソマリア=SO
plain-question | {}の首都を言ってみて | チャド=TD; ニジェール=NE; マリ=ML
plain-question | {}の首都ってどこなのさ | ガンビア=GM; ギニアビサウ=GW; シエラレオネ=SL
plain-question | {}の首都ってもう変わったんだっけ | ブルンジ=BI
plain-question | {}の首都ってなんて都市 | トルクメニスタン=TM; タジキスタン=TJ
plain-question | {}の首都の都市名 | ミクロネシア連邦=FM; マーシャル諸島=MH; パラオ=PW
plain-question | {}の首都ってさあどこだろう | ナウル=NR; ツバル=TV; キリバス=KI
polite-request | {}の首都を教えていただけますか | ベルギー=BE
polite-request | {}の首都はどちらでしょうか | モナコ=MC; サンマリノ=SM
polite-request | 恐れ入りますが{}の首都はどちらになりますか | エクアドル=EC
polite-request | {}の首都をお伺いしてもよろしいでしょうか | ヨルダン=JO; レバノン=LB
polite-request | お手数ですが{}の首都を調べていただけますか | チュニジア=TN
polite-request | すみません{}の首都をお願いします | カメルーン=CM; ガボン=GA; 赤道ギニア=GQ
polite-request | 失礼ですが{}の首都ってどちらでしたでしょう | コモロ=KM; モーリシャス=MU; セーシェル=SC
polite-request | {}の首都について教えてくださいませ | ナミビア=NA; ボツワナ=BW; レソト=LS
polite-request | 申し訳ないんですけど{}の首都を教えてもらえますか | ザンビア=ZM; マラウイ=MW; モザンビーク=MZ
casual-question | {}の首都どこだっけ | ジンバブエ=ZW; アンゴラ=AO
casual-question | ねえ{}の首都ってさ | ウガンダ=UG; ルワンダ=RW
casual-question | {}首都どこ | エチオピア=ET; 南スーダン=SS; スーダン=SD
casual-question | {}の首都わかる | リビア=LY
casual-question | {}の首都知ってる | トーゴ=TG; ガーナ=GH; リベリア=LR
casual-question | {}の首都ってどこよ | ギニア=GN; セネガル=SN; モーリタニア=MR
casual-question | で{}の首都は | カーボベルデ=CV; サントメ・プリンシペ=ST
casual-question | {}の首都ってなんだっけほらあれ | マダガスカル=MG
casual-question | {}の首都ってどこなんだろね | ケニア=KE
filler | えーっと{}の首都ってどこでしたっけ | フランス=FR
filler | あのーちょっといいかな{}の首都 | ドイツ=DE
filler | うーんとね{}の首都はどこだったかな | ノルウェー=NO
filler | んーと{}の首都を | エストニア=EE; ラトビア=LV
filler | えっとえっと{}のしゅとって | ポーランド=PL
filler | あっそうだ{}の首都どこだったっけ | ルーマニア=RO; ブルガリア=BG; モルドバ=MD
filler | まあその{}の首都なんだけど | ギリシャ=GR; キプロス=CY; 北マケドニア=MK
filler | あのですね{}の首都がわからなくて | モンテネグロ=ME; ボスニア・ヘルツェゴビナ=BA
filler | えーとえーとなんだっけ{}の首都 | ウクライナ=UA
filler | ほらあれよ{}の首都 | アルメニア=AM
trailing-words | {}の首都ってどこだったかなあ確か | イラン=IR; イラク=IQ; シリア=SY
trailing-words | {}の首都教えてくれるかなお願い | サウジアラビア=SA; イエメン=YE; オマーン=OM
trailing-words | {}の首都はどこですかねえ | アラブ首長国連邦=AE; カタール=QA; バーレーン=BH
trailing-words | {}の首都どこだっけなあもう忘れちゃった | クウェート=KW; アフガニスタン=AF
trailing-words | {}の首都ってどこだろうねえ気になる | インド=IN; ネパール=NP; ブータン=BT
trailing-words | {}の首都教えてよろしく | バングラデシュ=BD
trailing-words | {}の首都ってどこかなってちょっと思って | ミャンマー=MM
trailing-words | {}の首都はどこかしらねえ | カンボジア=KH
trailing-words | {}の首都ってどこだったっけねほんとに | ブルネイ=BN; シンガポール=SG; 東ティモール=TL
trailing-words | {}の首都が出てこないんだよなあ | モンゴル=MN
# Americas, Oceania, Caribbean and the rest, casual and plain
plain-question | {}の首都ってどこだったか教えて | アメリカ合衆国=US
plain-question | {}の首都はどこになるのかな | グアテマラ=GT; ホンジュラス=HN; エルサルバドル=SV
plain-question | {}の首都が思い出せない | ニカラグア=NI
plain-question | {}の首都ってどこなんですかね | キューバ=CU; ジャマイカ=JM; ハイチ=HT
plain-question | {}の首都はなんていうところ | バハマ=BS; バルバドス=BB; グレナダ=GD
plain-question | {}っていう国の首都を知りたい | セントルシア=LC; セントビンセント及びグレナディーン諸島=VC; セントクリストファー・ネーヴィス=KN
plain-question | {}の首都名ってわかる | アンティグア・バーブーダ=AG; トリニダード・トバゴ=TT; ベリーズ=BZ
plain-question | {}の首都はどこ調べて | コロンビア=CO
plain-question | {}の首都ってどこにあるの | ブラジル=BR
plain-question | {}の首都をお願い | オーストラリア=AU; ニュージーランド=NZ; パプアニューギニア=PG
plain-question | {}の首都ってなんて名前 | フィジー=FJ; サモア=WS; トンガ=TO
plain-question | {}の首都ってどういう町 | バヌアツ=VU; ソロモン諸島=SB
casual-question | {}の首都ってどこだ | イギリス=GB; 日本=JP; 韓国=KR
casual-question | {}の首都って | 北朝鮮=KP
casual-question | {}首都は | トルコ=TR
casual-question | じゃ{}の首都 | 南アフリカ=ZA
# plural-capitals
plural-capitals | ベナンって首都が二つあるらしいけど両方言って | BJ
plural-capitals | ベナンの首都はポルトノボとコトヌーのどっちなの両方なの | BJ
plural-capitals | ボリビアの首都ってスクレとラパスの二つなんでしょそれぞれ教えて | BO
plural-capitals | ボリビアは首都が二つあるって授業で聞いたんだけどどことどこ | BO
plural-capitals | ボリビアの憲法上の首都と政府がある町をどっちも | BO
plural-capitals | コートジボワールの首都って二か所あるの | CI
plural-capitals | コートジボワールの首都を全部挙げてみて | CI
plural-capitals | スリランカの首都って長い名前のとコロンボと二つあるよね | LK
plural-capitals | スリランカの首都ふたつとも読み上げて | LK
plural-capitals | スリランカの首都が複数あるって本当どれとどれ | LK
plural-capitals | マレーシアの首都ってクアラルンプールとプトラジャヤの両方なの | MY
plural-capitals | マレーシアの首都と行政の中心の町を二つとも教えて | MY
plural-capitals | オランダの首都ってアムステルダムとハーグのどっちも首都なの | NL
plural-capitals | オランダの首都を二つとも教えてほしい | NL
plural-capitals | オランダは首都と政府のある町が違うんだよねそれぞれどこ | NL
plural-capitals | エスワティニの首都は二つあるって聞いたけどどこどこ | SZ
plural-capitals | エスワティニの王様のいる町と首都を両方教えて | SZ
plural-capitals | 南アフリカの首都って三つあるんでしょ全部言って | ZA
plural-capitals | 南アフリカの三つの首都をそれぞれ教えてください | ZA
plural-capitals | 南アフリカは行政と立法と司法で首都が分かれてるんだっけどこどこ | ZA
plural-capitals | パレスチナの首都って二つ言われてるけどどことどこ | PS
plural-capitals | パレスチナの首都を両方とも教えてくれる | PS
plural-capitals | パレスチナ自治区の首都と政府の町をどっちも言って | PS
plural-capitals | ジャンムー・カシミールの夏と冬の州都を両方 | IN-JK
plural-capitals | ジャンムーカシミールって州都が季節で変わるんだってどっちも教えて | IN-JK
plural-capitals | ウッタラーカンド州の州都二つともなんていうの | IN-UK
plural-capitals | ウッタラーカンドの夏の州都と冬の州都を教えて | IN-UK
plural-capitals | モントセラトの首都って昔のと今のと二つあるんだよねどっちも | MS
# shared-name
shared-name | ジョージアの首都はどこ | GE+US-GA
shared-name | ジョージアってとこの首都教えて | GE+US-GA
shared-name | ワインの国のジョージアの首都 | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | コンゴの首都ってどこだっけ | CD+CG
shared-name | コンゴの首都を教えてちょうだい | CD+CG
shared-name | キンシャサじゃない方のコンゴの首都 | CG
shared-name | コンゴ民主共和国の首都はどこですか | CD
shared-name | コンゴ共和国の首都ってどこなの | CG
shared-name | ドミニカの首都ってどこ | DM+DO
shared-name | ドミニカの首都を知りたいです | DM+DO
shared-name | ドミニカ共和国の首都は | DO
shared-name | カリブのちっちゃい島のドミニカ国の首都 | DM
shared-name | 朝鮮の首都ってどこ | KP+KR
shared-name | コリアの首都ってどこなの | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 北朝鮮と韓国の首都はどこ | KP+KR
shared-name | ヴァージン諸島の首都はどこ | VG+VI
shared-name | イギリス領のヴァージン諸島の首都 | VG
shared-name | アメリカ領ヴァージン諸島の首都ってどこ | VI
# subdivision
subdivision | {}の州都ってどこ | テキサス州=US-TX; カリフォルニア州=US-CA; ニューヨーク州=US-NY
subdivision | {}の州都はどこなんだろう | フロリダ州=US-FL; ワシントン州=US-WA; オレゴン州=US-OR
subdivision | {}の州都を教えてもらえる | アラスカ州=US-AK; ハワイ州=US-HI
subdivision | アメリカの{}の州都どこ | ネバダ州=US-NV; ユタ州=US-UT; アリゾナ州=US-AZ
subdivision | {}州の州都の名前 | ミシガン=US-MI; オハイオ=US-OH; イリノイ=US-IL
subdivision | {}の州都って大きい町じゃないんだっけ | ペンシルベニア州=US-PA; ルイジアナ州=US-LA; ケンタッキー州=US-KY
subdivision | ちょっと{}の州都調べて | テネシー州=US-TN; ミズーリ州=US-MO; ウィスコンシン州=US-WI
subdivision | {}の州都はどこかわかりますか | マサチューセッツ州=US-MA; バーモント州=US-VT; メイン州=US-ME
subdivision | カナダの{}の州都は | ケベック州=CA-QC; オンタリオ州=CA-ON; アルバータ州=CA-AB
subdivision | {}の州都ってどこだった | ブリティッシュコロンビア州=CA-BC; マニトバ州=CA-MB; ノバスコシア州=CA-NS
subdivision | カナダの{}の中心の町 | ユーコン準州=CA-YT; ヌナブト準州=CA-NU
subdivision | オーストラリアの{}の州都 | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; 西オーストラリア州=AU-WA
subdivision | {}の州都はどこになりますか | ビクトリア州=AU-VIC; 南オーストラリア州=AU-SA; ニューサウスウェールズ州=AU-NSW
subdivision | ドイツの{}の州都 | バイエルン州=DE-BY; ヘッセン州=DE-HE; ザクセン州=DE-SN
subdivision | {}の州都ってどこなん | ニーダーザクセン州=DE-NI; テューリンゲン州=DE-TH; ブランデンブルク州=DE-BB
subdivision | インドの{}の州都 | ケーララ州=IN-KL; ゴア州=IN-GA; アッサム州=IN-AS
subdivision | {}の州都を知りたいです | タミル・ナードゥ州=IN-TN; カルナータカ州=IN-KA; ラージャスターン州=IN-RJ
subdivision | ブラジルの{}の州都 | アマゾナス州=BR-AM; バイーア州=BR-BA; パラナ州=BR-PR
subdivision | {}の州都ってなんて町 | ミナスジェライス州=BR-MG; ペルナンブーコ州=BR-PE; セアラー州=BR-CE
subdivision | メキシコの{}の州都 | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | {}の州都はどこだったかしら | ヌエボ・レオン州=MX-NLE; ベラクルス州=MX-VER; キンタナ・ロー州=MX-ROO
subdivision | {}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イングランドの首都ってロンドンでいいの | GB-ENG
subdivision | {}の州都はどこでしたか | オーストラリア首都特別地域=AU-ACT; ノーザンテリトリー=AU-NT
# territory
territory | {}の首都って一体どこ | グリーンランド=GL; フェロー諸島=FO; プエルトリコ=PR
territory | {}の中心都市を教えて | グアム=GU; 北マリアナ諸島=MP; 米領サモア=AS
territory | {}の首都はどこになるの | ニューカレドニア=NC; 仏領ポリネシア=PF; ウォリス・フツナ=WF
territory | {}の首都ってなに | クック諸島=CK; ニウエ=NU; トケラウ=TK
territory | {}の首都どこ | バミューダ=BM; ケイマン諸島=KY; タークス・カイコス諸島=TC
territory | {}の首都って知ってる | ジブラルタル=GI; マン島=IM; ジャージー=JE
territory | {}の政府がある町 | アルバ=AW; キュラソー=CW; シント・マールテン=SX
territory | {}の首都ってどこだっけ | フォークランド諸島=FK; セントヘレナ=SH; ピトケアン諸島=PN
territory | {}の首都ってあるの | 香港=HK; マカオ=MO; 南極=AQ
territory | {}の首都を調べてもらえますか | 仏領ギアナ=GF; マルティニーク=MQ; グアドループ=GP
territory | {}の首都は | レユニオン=RE; マヨット=YT; ガーンジー=GG
territory | {}の中心の町はどこ | オーランド諸島=AX; スバールバル諸島=SJ; クリスマス島=CX
territory | 西サハラの首都ってどこになってるの | EH
territory | バチカンの首都ってあるのかな | VA
# yes-no-check
yes-no-check | オーストラリアの首都ってシドニーだよね | AU
yes-no-check | カナダの首都はトロントで合ってる | CA
yes-no-check | トルコの首都ってイスタンブールじゃなかったっけ | TR
yes-no-check | ブラジルの首都はリオデジャネイロだよね違う | BR
yes-no-check | スイスの首都ってチューリッヒでしょ | CH
yes-no-check | ニュージーランドの首都はオークランドで正しい | NZ
yes-no-check | ベトナムの首都ってホーチミンだったよね | VN
yes-no-check | モロッコの首都はカサブランカかな | MA
yes-no-check | ナイジェリアの首都ってラゴスじゃないの | NG
yes-no-check | パキスタンの首都はカラチであってるっけ | PK
yes-no-check | タンザニアの首都ってダルエスサラームだったと思うんだけど | TZ
yes-no-check | カザフスタンの首都はアルマトイのままだっけ | KZ
yes-no-check | ミャンマーの首都ってまだヤンゴンなの | MM
yes-no-check | アメリカの首都ってニューヨークじゃないんだよね | US
yes-no-check | フランスの首都はパリで間違いないよね | FR
yes-no-check | ケニアの首都はナイロビで合ってますか | KE
yes-no-check | ペルーの首都ってリマだよね確か | PE
yes-no-check | エジプトの首都はカイロでいいんだよね | EG
yes-no-check | ノルウェーの首都はオスロだったっけ | NO
yes-no-check | アイルランドの首都ってダブリンでしょ | IE
yes-no-check | インドの首都はムンバイじゃなかった | IN
yes-no-check | 中国の首都って上海だっけ北京だっけ | CN
yes-no-check | イタリアの首都ってミラノじゃないよね | IT
yes-no-check | ドイツの首都ってまだボンなんだっけ | DE
yes-no-check | ボリビアの首都ってラパスだけでいいの | BO
yes-no-check | カリフォルニア州の州都ってロサンゼルスだよね | US-CA
yes-no-check | ニューヨーク州の州都はニューヨークじゃないってほんと | US-NY
yes-no-check | ベリーズの首都ってベリーズシティだったかな | BZ
yes-no-check | エクアドルの首都はグアヤキルで合ってる | EC
yes-no-check | サウジアラビアの首都ってジッダじゃないのか | SA
# self-correction
self-correction | ペルーの首都あっごめんチリの首都 | CL
self-correction | スウェーデンじゃなかったデンマークの首都教えて | DK
self-correction | オーストリアの首都いや違うオーストラリアの首都 | AU
self-correction | スロバキアいやスロベニアの首都を | SI
self-correction | イランの首都じゃなくてイラクの首都はどこ | IQ
self-correction | ニジェールあ間違えたナイジェリアの首都 | NG
self-correction | グアテマラの首都あーやっぱりホンジュラス | HN
self-correction | モーリシャスの首都じゃなくてえっとモーリタニアだった | MR
self-correction | コロンビアの首都いやちょっと待ってコスタリカの首都 | CR
self-correction | ラトビアのあっ違ったリトアニアの首都 | LT
self-correction | ガンビアの首都ごめんザンビアだわ | ZM
self-correction | ギニアの首都じゃないやギニアビサウの首都 | GW
self-correction | スーダンじゃなくて南スーダンの首都教えて | SS
self-correction | アルメニアのいや言い直すアルバニアの首都 | AL
self-correction | オーストリアの首都を聞きたいのいや待ってハンガリー | HU
self-correction | モルドバの首都あっ今のなしモンゴルの首都 | MN
self-correction | カメルーンの首都えっと訂正ガボンの首都 | GA
self-correction | タイの首都いや台湾の首都だった | TW
self-correction | ウルグアイじゃなかったパラグアイの首都を | PY
self-correction | バーレーンの首都と思ったけどやっぱりカタールの首都 | QA
self-correction | ネバダ州の州都いやアリゾナ州の州都 | US-AZ
self-correction | ベネズエラの首都あれ違うエクアドルか | EC
self-correction | スペインの首都ってあごめんポルトガルの方 | PT
self-correction | アイスランドの首都失礼アイルランドの首都 | IE
self-correction | チュニジアいや正しくはリビアの首都 | LY
self-correction | フィジーの首都言い間違えたサモアの首都 | WS
self-correction | ベルギーの首都あっオランダじゃなくてベルギーでいいんだ | BE
self-correction | クロアチアの首都ってちがうちがうセルビアの首都 | RS
# reverse-question
reverse-question | ワガドゥグーってどこの国の首都 | CITY:ワガドゥグー
reverse-question | ウランバートルが首都の国はどこ | CITY:ウランバートル
reverse-question | アスマラはどこの国の首都なの | CITY:アスマラ
reverse-question | ティンプーって何ていう国の首都 | CITY:ティンプー
reverse-question | キガリが首都なのはどこの国 | CITY:キガリ
reverse-question | ポートモレスビーってどこの首都 | CITY:ポートモレスビー
reverse-question | ヌクアロファはどこの国の首都でしたっけ | CITY:ヌクアロファ
reverse-question | アシガバードって首都なのどこの国 | CITY:アシガバード
reverse-question | リュブリャナってどこの国の首都か教えて | CITY:リュブリャナ
reverse-question | パラマリボを首都にしてる国はどこ | CITY:パラマリボ
reverse-question | テグシガルパはどこの国の首都だっけ | CITY:テグシガルパ
reverse-question | ビシュケクってどこの国の首都なんだろう | CITY:ビシュケク
reverse-question | ンジャメナってどこの首都 | CITY:ンジャメナ
reverse-question | ヤムスクロはどこの国の首都ですか | CITY:ヤムスクロ
reverse-question | ロゾーってどこの国の首都 | CITY:ロゾー
reverse-question | キングストンが首都の国 | CITY:キングストン
reverse-question | ジョージタウンはどこの首都なの | CITY:ジョージタウン
reverse-question | ビクトリアってどこの首都なのかな | CITY:ビクトリア
reverse-question | タラハシーはどこの州の州都 | CITY:タラハシー
reverse-question | サクラメントって何州の州都だっけ | CITY:サクラメント
reverse-question | エドモントンはどこの州都 | CITY:エドモントン
reverse-question | ホバートはどの州の州都なの | CITY:ホバート
reverse-question | マナウスってどこの州の州都 | CITY:マナウス
reverse-question | シュトゥットガルトはどこの州の州都ですか | CITY:シュトゥットガルト
reverse-question | ビエンチャンってどこの首都だっけ | CITY:ビエンチャン
reverse-question | モンテビデオが首都の国は | CITY:モンテビデオ
reverse-question | ドドマってどこの国の首都なの | CITY:ドドマ
reverse-question | ネピドーってなんていう国の首都 | CITY:ネピドー
reverse-question | ハボローネはどこの国の首都か知ってる | CITY:ハボローネ
reverse-question | マジュロってどこの国の首都だった | CITY:マジュロ
# official-name
official-name | 大韓民国の首都はどこですか | KR
official-name | 朝鮮民主主義人民共和国の首都を教えて | KP
official-name | 中華人民共和国の首都はどこ | CN
official-name | グレートブリテン及び北アイルランド連合王国の首都 | GB
official-name | アメリカ合衆国の首都ってどこ | US
official-name | フランス共和国の首都はどちら | FR
official-name | チェコ共和国の首都を教えてください | CZ
official-name | アルジェリア民主人民共和国の首都 | DZ
official-name | エジプト・アラブ共和国の首都はどこですか | EG
official-name | ベネズエラ・ボリバル共和国の首都ってどこ | VE
official-name | 中央アフリカ共和国の首都ってなんて町 | CF
official-name | ミクロネシア連邦の首都はどこですか | FM
official-name | ドミニカ共和国の首都を教えてほしい | DO
official-name | ロシア連邦の首都はどこ | RU
official-name | オーストラリア連邦の首都ってどこですか | AU
official-name | ブラジル連邦共和国の首都 | BR
official-name | インド共和国の首都はどこでしょう | IN
official-name | トルコ共和国の首都はどこでしたっけ | TR
official-name | フィリピン共和国の首都を調べて | PH
official-name | ニュージーランドの正式名称アオテアロア・ニュージーランドの首都 | NZ
# everyday-name
everyday-name | アメリカの首都ってどこだっけ | US
everyday-name | 英国の首都はどこ | GB
everyday-name | 米国の首都を教えて | US
everyday-name | 豪州の首都はどこなの | AU
everyday-name | サウジの首都ってどこ | SA
everyday-name | ニュージーの首都どこ | NZ
everyday-name | バングラの首都ってなんだっけ | BD
everyday-name | 南アの首都ってどこなの | ZA
everyday-name | ユーエーイーの首都はどこ | AE
everyday-name | エミレーツの首都ってドバイだっけ | AE
everyday-name | ボスニアの首都ってどこ | BA
everyday-name | ブルキナの首都ってなんていうの | BF
everyday-name | トリニダードの首都 | TT
everyday-name | アンティグアの首都ってどこですか | AG
everyday-name | セントキッツの首都はどこ | KN
everyday-name | マケドニアの首都って | MK
everyday-name | 中央アフリカの首都ってどこかな | CF
everyday-name | ソロモンの首都教えて | SB
# follow-up
follow-up | じゃあ{}は | ペルー=PE
follow-up | それなら{}の方はどう | ハンガリー=HU
follow-up | ついでに{}も教えて | ベトナム=VN
follow-up | 次は{}の首都ね | ガーナ=GH
follow-up | もう一つ{}は | ケニア=KE; ウガンダ=UG; ルワンダ=RW
follow-up | じゃあさ{}だったら | イラン=IR
follow-up | あと{}のもお願い | スウェーデン=SE
follow-up | なるほどね{}はどうなってるの | ネパール=NP; ブータン=BT
follow-up | それと{}も | アルゼンチン=AR
follow-up | では続けて{}はいかがでしょう | エジプト=EG; スーダン=SD
follow-up | 今度は{}で | コロンビア=CO
follow-up | 同じように{}も頼む | ポーランド=PL
follow-up | それじゃ{}の首都もついでに | ジョージア=GE+US-GA
# old-name
old-name | セイロンの首都ってどこだったかね | LK
old-name | ビルマの首都はどこになったの | MM
old-name | シャムの首都はどこ | TH
old-name | ザイールの首都はいまもキンシャサかい | CD
old-name | ペルシャの首都はどこだったかな | IR
old-name | 白ロシアの首都はどこじゃったかのう | BY
old-name | グルジアの首都ってどこ | GE
old-name | スワジランドの首都ってどこだったっけ | SZ
old-name | カンプチアの首都を教えておくれ | KH
old-name | 象牙海岸の首都はどこかね | CI
old-name | ダホメーって国の首都はどこだった | BJ
old-name | オートボルタの首都はどこだったかな | BF
old-name | 英領ギアナの首都はどこでしたか | GY
old-name | 東パキスタンの首都ってどこだったの | BD
# recognition-artefact
recognition-artefact | 鯛の首都ってどこ | TH
recognition-artefact | 東郷の首都教えて | TG
recognition-artefact | 麻里の首都はどこ | ML
recognition-artefact | ニジェルの首都ってどこ | NE
recognition-artefact | 丸太の首都ってどこなの | MT
recognition-artefact | 塵の首都ってどこ | CL
recognition-artefact | ぱなまのしゅとってどこかな | PA
recognition-artefact | 印度の首都ってどこ | IN
recognition-artefact | 茶道の首都はどこ | TD
recognition-artefact | きゅーばの首都はどこ | CU
recognition-artefact | ねぱーるのしゅとってどこ | NP
recognition-artefact | すいすのしゅとをおしえて | CH
recognition-artefact | ベネズエラーの首都はどこ | VE
recognition-artefact | カンボジヤの首都はどこ | KH
recognition-artefact | マダガスカールの首都はどこ | MG
recognition-artefact | リトアニヤの首都ってどこ | LT
recognition-artefact | オーストラリヤの首都はどこ | AU
recognition-artefact | アイスランドの酒都はどこ | IS
recognition-artefact | フィンランドのシュトってどこ | FI
recognition-artefact | ギリシアの首都はどこ | GR
recognition-artefact | ブルガリヤの首都教えて | BG
recognition-artefact | セントビンセントグレナディーンの首都 | VC
recognition-artefact | サントメプリンシペの首都ってどこ | ST
recognition-artefact | アンティグアバーブーダの首都 | AG
# launch
launch | 世界の首都を起動してくれる | LAUNCH
launch | アレクサ世界の首都を開いてちょうだい | LAUNCH
launch | 世界の首都のスキルを立ち上げて | LAUNCH
launch | 世界の首都ってスキルを使いたい | LAUNCH
launch | 世界の首都で遊ばせて | LAUNCH
launch | 世界の首都スタートして | LAUNCH
launch | 世界の首都をつないで | LAUNCH
launch | 世界の首都のクイズみたいなやつ開いて | LAUNCH
launch | アレクサ世界の首都を呼び出して | LAUNCH
launch | 世界の首都スキルを始めてください | LAUNCH
launch | 世界の首都にお願いしたいんだけど開いて | LAUNCH
launch | せかいのしゅとをひらいて | LAUNCH
launch | 世界の首都っていうの起動 | LAUNCH
launch | 世界の首都を開けてもらえますか | LAUNCH
# help
help | これってどんなふうに質問すればいいの | HELP
help | 何を聞いたら答えてくれるの | HELP
help | 使い方をざっと説明して | HELP
help | どういう聞き方ができるのか教えて | HELP
help | このスキルでできることを全部言って | HELP
help | 質問の例を一つ言ってみて | HELP
help | よくわからないから手伝って | HELP
help | どうやって使うのか説明してもらえますか | HELP
help | 何て言えばいいのかわからない | HELP
help | ヘルプをお願いします | HELP
help | 操作方法を教えてくれる | HELP
help | 最初に何て言えばいいの | HELP
help | 困ったどうすればいいの | HELP
help | 助けてくれる | HELP
help | ガイドを聞かせて | HELP
help | このアプリ何ができるんですか | HELP
help | 聞き方のコツを教えて | HELP
help | ヒントちょうだい | HELP
help | ちょっと使い方がわかんないんだけど | HELP
help | 説明をもう一回お願い | HELP
help | 何を聞けばいいのか例を出して | HELP
help | 首都の聞き方を教えて | HELP
help | ヘルプメニュー | HELP
help | 使い方のガイドをお願いできますか | HELP
help | どんな国のこと聞けるの | HELP
help | これどうやんの | HELP
# stop
stop | もう十分ありがとう止めて | STOP
stop | はい終わりにしましょう | STOP
stop | ストップストップ | STOP
stop | もういいよ終わって | STOP
stop | 世界の首都を終了して | STOP
stop | そこまでにして | STOP
stop | 止まって | STOP
stop | もうしゃべらなくていいよ | STOP
stop | 静かにしてちょうだい | STOP
stop | 終わりでいいです | STOP
stop | スキルを閉じて | STOP
stop | 今日はこれでおしまい | STOP
stop | もう寝るから終わりにして | STOP
stop | ちょっと黙ってて | STOP
stop | 止めてくださいお願いします | STOP
stop | 以上ですありがとう | STOP
stop | もう結構です | STOP
stop | 世界の首都を閉じてくれる | STOP
stop | はいおしまいおしまい | STOP
stop | 終了終了 | STOP
stop | 切ってくれる | STOP
stop | ばいばいアレクサ | STOP
stop | もう飽きたから終わり | STOP
stop | 電話が来たから止めて | STOP
stop | うるさいから止めて | STOP
stop | ご飯だからもう終わりね | STOP
# cancel
cancel | やっぱりやめとく | CANCEL
cancel | 今のはキャンセルで | CANCEL
cancel | 取り消してください | CANCEL
cancel | いまの質問なしで | CANCEL
cancel | キャンセルしてくれる | CANCEL
cancel | あっ今のなかったことに | CANCEL
cancel | やめるやめる | CANCEL
cancel | いや聞くのやめた | CANCEL
cancel | キャンセルお願いします | CANCEL
cancel | それ取り消しで | CANCEL
cancel | 間違えたから取り消して | CANCEL
cancel | 今のやめて | CANCEL
cancel | あごめんキャンセル | CANCEL
cancel | やっぱいいや取り消し | CANCEL
cancel | 今のは無視して | CANCEL
cancel | いやいい気にしないで | CANCEL
cancel | なしなし今のなし | CANCEL
cancel | キャンセルだってば | CANCEL
cancel | 質問を取り消します | CANCEL
cancel | そのリクエストはキャンセル | CANCEL
cancel | 言わなかったことにして | CANCEL
cancel | えっとやめときます | CANCEL
cancel | 中止して | CANCEL
cancel | いまのナシでお願い | CANCEL
cancel | 取りやめで | CANCEL
cancel | うーんやっぱりキャンセルしよう | CANCEL
# one-shot
one-shot | 世界の首都でエチオピアの首都を聞いて | ET
one-shot | 世界の首都を開いてマダガスカルの首都を教えて | MG
one-shot | 世界の首都にパナマの首都はどこか聞いて | PA
one-shot | 世界の首都でカナダの首都を調べて | CA
one-shot | 世界の首都に聞いてアイスランドの首都 | IS
one-shot | 世界の首都を使ってモロッコの首都を教えてほしい | MA
one-shot | 世界の首都でジョージアの首都はどこ | GE+US-GA
one-shot | 世界の首都を起動してスリランカの首都を二つとも | LK
one-shot | 世界の首都でキルギスの首都を教えてくれる | KG
one-shot | 世界の首都に聞いてくれるかなルーマニアの首都 | RO
one-shot | 世界の首都を開いてテキサス州の州都は | US-TX
one-shot | 世界の首都でグアムの中心の町は | GU
one-shot | 世界の首都に頼んでベネズエラの首都を | VE
one-shot | 世界の首都で韓国の首都を聞きたい | KR
one-shot | 世界の首都を開いてアンドラの首都 | AD
one-shot | 世界の首都にラオスの首都を聞いてみて | LA
one-shot | 世界の首都でサモアの首都ってどこ | WS
one-shot | 世界の首都を呼んでチュニジアの首都を聞いて | TN
# out-of-domain: other requests
out-of-domain | 明日の広島の天気は | FB
out-of-domain | 五分後にタイマーをかけて | FB
out-of-domain | ラジオの中国放送をつけて | FB
out-of-domain | 牛乳を買い物リストに入れて | FB
out-of-domain | 今日の阪神の試合結果を教えて | FB
out-of-domain | カープは今日勝ったの | FB
out-of-domain | 名古屋の今の気温 | FB
out-of-domain | 朝六時に起こして | FB
out-of-domain | 金沢駅までの電車の時間 | FB
out-of-domain | 新潟のお米の値段ってどれくらい | FB
out-of-domain | 高知の日曜市は何時から | FB
out-of-domain | うどんのおいしい茹で方教えて | FB
out-of-domain | 博多ラーメンの有名な店 | FB
out-of-domain | 沖縄の梅雨明けはいつ | FB
out-of-domain | 甲府の最高気温は何度 | FB
out-of-domain | 徳島の阿波おどりはいつから | FB
out-of-domain | リビングの電気消して | FB
out-of-domain | エアコンを二十六度にして | FB
out-of-domain | ユーチューブで猫の動画 | FB
out-of-domain | 好きな音楽をかけて | FB
out-of-domain | 何かおもしろい話して | FB
out-of-domain | 今日は何曜日 | FB
out-of-domain | 百ドルは何円 | FB
out-of-domain | 円安ってまだ続くの | FB
out-of-domain | 掃除機のスケジュールを変えて | FB
out-of-domain | お母さんに電話して | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 占いをして | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 英語で明日はなんていうの | FB
out-of-domain | 寝る前の音を流して | FB
out-of-domain | 冷蔵庫にある物でできる料理 | FB
out-of-domain | 宝くじの当選番号を教えて | FB
out-of-domain | アマゾンで電池を注文して | FB
out-of-domain | 荷物はいつ届く | FB
out-of-domain | 次の満月はいつ | FB
out-of-domain | 近くの薬局を探して | FB
out-of-domain | 郵便局は何時まで開いてる | FB
out-of-domain | 今月のごみ収集の日 | FB
out-of-domain | 駐車場の空き状況 | FB
# out-of-domain: other facts about countries
out-of-domain | フランスの人口は何人 | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | インドの通貨は何ですか | FB
out-of-domain | カナダの国旗の葉っぱは何の木 | FB
out-of-domain | スイスの大統領は誰 | FB
out-of-domain | オーストラリアとの時差は何時間 | FB
out-of-domain | トルコの面積はどれくらい | FB
out-of-domain | エジプトのピラミッドはいくつある | FB
out-of-domain | ベトナムの国歌を流して | FB
out-of-domain | イタリアで一番高い山 | FB
out-of-domain | ケニアの首相は誰ですか | FB
out-of-domain | ニュージーランドの羊の数 | FB
out-of-domain | 韓国語でありがとうは | FB
out-of-domain | タイのお祭りソンクラーンはいつ | FB
out-of-domain | ペルーのマチュピチュへの行き方 | FB
out-of-domain | メキシコの料理でおすすめは | FB
out-of-domain | スペインの一番大きい都市はどこ | FB
out-of-domain | アメリカで一番人口が多い州は | FB
out-of-domain | 中国で一番長い川 | FB
out-of-domain | ロシアの国土は日本の何倍 | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界に国はいくつあるの | FB
out-of-domain | 南極の氷の厚さはどのくらい | FB
out-of-domain | アフリカで一番高い山は | FB
out-of-domain | ヨーロッパで一番寒い国 | FB
out-of-domain | ドイツの有名なお城を教えて | FB
out-of-domain | イギリスの王様の名前は | FB
out-of-domain | ハワイ語でこんにちはは何て言う | FB
out-of-domain | シンガポールの消費税は何パーセント | FB
out-of-domain | モンゴルの力士で一番強いのは誰 | FB
# out-of-domain: near misses with capital and places not in the data
out-of-domain | 広島県の県庁所在地はどこ | FB
out-of-domain | 香川県の県庁所在地ってどこ | FB
out-of-domain | 沖縄県の県庁所在地を教えて | FB
out-of-domain | 山梨の県庁所在地って甲府だっけ | FB
out-of-domain | 新潟県の県庁はどこにあるの | FB
out-of-domain | 北海道の道庁所在地はどこ | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | 広東省の省都を教えて | FB
out-of-domain | 済州島の中心の町はどこ | FB
out-of-domain | カタルーニャの州都はどこ | FB
out-of-domain | トスカーナ州の州都はどこ | FB
out-of-domain | シチリアの州都ってパレルモ | FB
out-of-domain | バスク地方の中心都市はどこ | FB
out-of-domain | フランドル地方の首都ってどこ | FB
out-of-domain | チベットの中心の都市はどこ | FB
out-of-domain | ソ連の首都はどこだった | FB
out-of-domain | ユーゴスラビアの首都ってどこだったの | FB
out-of-domain | 東ドイツの首都はどこだったか | FB
out-of-domain | ローマ帝国の首都はどこ | FB
out-of-domain | 江戸時代の日本の首都はどこ | FB
out-of-domain | 平安京ってどこにあったの | FB
out-of-domain | ワカンダの首都ってどこ | FB
out-of-domain | ホグワーツはどこの国にあるの | FB
out-of-domain | 首都圏の電車の運行状況 | FB
out-of-domain | 首都高は渋滞してる | FB
out-of-domain | 首都直下地震の確率はどれくらい | FB
out-of-domain | 首都大学東京って今何て名前 | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | キャピタル東急ホテルの電話番号 | FB
out-of-domain | ワシントンディーシーの人口ってどれくらい | FB
out-of-domain | 首都っていう言葉の意味を教えて | FB
out-of-domain | 首都を英語で何て言うの | FB
out-of-domain | 東京に首都があるのはいつからなの | FB
out-of-domain | 首都移転の話ってどうなったの | FB
out-of-domain | 首都のつく四字熟語を教えて | FB
out-of-domain | 世界の首都の中で一番寒い首都はどこ | FB
out-of-domain | 世界で一番人口の多い首都は | FB
out-of-domain | 標高が一番高い首都はどこ | FB
out-of-domain | 首都と一番大きい都市が違う国を全部教えて | FB
out-of-domain | アジアの首都を全部言って | FB
out-of-domain | パリまで飛行機で何時間 | FB
out-of-domain | ロンドンの今の時間は | FB
out-of-domain | ソウルの明日の天気 | FB
out-of-domain | 北京の空気の汚れ具合 | FB
out-of-domain | ローマの有名な観光地 | FB
out-of-domain | バンコクの物価って安いの | FB
out-of-domain | ワシントンの桜はいつ咲く | FB
out-of-domain | ベルリンの壁はいつ壊されたの | FB
out-of-domain | モスクワの赤の広場の名前の由来 | FB
out-of-domain | マドリードのサッカーチームの名前 | FB
out-of-domain | キャンベラとシドニーはどっちが大きい | FB
out-of-domain | カイロの博物館の開館時間 | FB
# Hiroshima (じゃけえ, じゃろ, ぶち, のう, けえ, くれんさい)
dialect-hiroshima | {}の首都ってどこなんじゃろ | カンボジア=KH; ラオス=LA
dialect-hiroshima | {}の首都を教えてくれんさい | ポーランド=PL; ハンガリー=HU
dialect-hiroshima | ぶちわからんのんじゃけど{}の首都ってどこね | ニカラグア=NI; ホンジュラス=HN
dialect-hiroshima | カキの輸出先の{}の首都はどこじゃったかのう | 韓国=KR; ベトナム=VN
dialect-hiroshima | お好み焼き屋に来た{}のお客さんの国の首都教えてや | ポルトガル=PT; メキシコ=MX
dialect-hiroshima | {}の首都ってワシントンじゃろ違うんか | アメリカ=US
dialect-hiroshima | ドイツの首都はボンじゃったよのうあれいや違うオーストリアの方じゃ | AT
dialect-hiroshima | もうええけえ止めてや | STOP
dialect-hiroshima | 今のなしにしてくれんさい | CANCEL
dialect-hiroshima | どがいに聞いたらええんか教えてくれんさい | HELP
# Nagoya (だがや, でかん, ちょう, ええがや, やっとかめ, だで)
dialect-nagoya | {}の首都ってどこだがや | モロッコ=MA; チュニジア=TN
dialect-nagoya | {}の首都教えてちょう | オランダ=NL; ベルギー=BE
dialect-nagoya | やっとかめに{}の首都聞くでよ | スペイン=ES; スウェーデン=SE
dialect-nagoya | {}の首都ってどこだったかいね | インドネシア=ID; フィリピン=PH
dialect-nagoya | 自動車の部品を送っとる{}の首都はどこだで | タイ=TH; ブラジル=BR
dialect-nagoya | ブラジルの首都ってサンパウロだがねちがうの | BR
dialect-nagoya | もうええわやめてちょう | STOP
dialect-nagoya | でら困っとるで使い方教えてちょうよ | HELP
dialect-nagoya | 今のはなしだでキャンセルしてちょう | CANCEL
# Kanazawa (まっし, がいね, け, だら, ほやさけ)
dialect-kanazawa | {}の首都どこか教えてくだしまっし | チェコ=CZ; スロバキア=SK
dialect-kanazawa | {}の首都ってどこやったけ | ノルウェー=NO; デンマーク=DK
dialect-kanazawa | 金箔買いに来た{}の人の首都ってどこなが | イタリア=IT; イスラエル=IL
dialect-kanazawa | {}の首都ってキャンベラやがいね合っとるけ | オーストラリア=AU
dialect-kanazawa | {}の首都ってどこやろね調べてみまっし | クロアチア=HR; セルビア=RS
dialect-kanazawa | ほやさけもうやめまっし | STOP
dialect-kanazawa | どう聞いたらいいがか教えてくだし | HELP
dialect-kanazawa | 今のは取り消ししてくだしまっし | CANCEL
# Niigata (だて, ろ, こて, ねっか, すけ, いっぺ)
dialect-niigata | {}の首都ってどこなんだて | ロシア=RU; モンゴル=MN
dialect-niigata | {}の首都ってどこだろ教えてくんねか | ウクライナ=UA; カザフスタン=KZ
dialect-niigata | 米の輸出先の{}の首都はどこだったこて | 台湾=TW; シンガポール=SG
dialect-niigata | 佐渡に来た{}の人の首都ってどこらろっか | フランス=FR; ドイツ=DE
dialect-niigata | {}の首都ってバクーらねっか | アゼルバイジャン=AZ
dialect-niigata | いっぺわからんすけ使い方教えてくんなせ | HELP
dialect-niigata | もうやめるすけ止めてくれ | STOP
dialect-niigata | 今のはいいすけ取り消してくんなせ | CANCEL
# Tosa (ぜよ, がやき, ちゅう, ろう, おまん, いかん)
dialect-tosa | {}の首都はどこながぜよ | アルゼンチン=AR; チリ=CL
dialect-tosa | おまん{}の首都知っちゅうかえ | エジプト=EG; ケニア=KE
dialect-tosa | カツオ船で行った{}の首都はどこやったろう | フィジー=FJ; パプアニューギニア=PG
dialect-tosa | {}の首都を教えてや | キューバ=CU; コロンビア=CO
dialect-tosa | ジョン万次郎が行った国アメリカやのうてハワイ州の州都はどこながや | US-HI
dialect-tosa | {}の首都ってアピアやろ合うちゅう | サモア=WS
dialect-tosa | もういかんやめや | STOP
dialect-tosa | どういたらえいがか教えてや | HELP
dialect-tosa | 今のはなかったことにしちょいて | CANCEL
# Sanuki (やけん, まい, けん, ほなけど, ほんなら)
dialect-sanuki | {}の首都ってどこなん | ギリシャ=GR; キプロス=CY
dialect-sanuki | うどん食べに来た{}の人の首都教えてまい | スイス=CH; フィンランド=FI
dialect-sanuki | ほんなら{}の首都はどこやったん | ヨルダン=JO; オマーン=OM
dialect-sanuki | オリーブ作っとる{}の首都ってどこなんやろ | トルコ=TR; チュニジア=TN
dialect-sanuki | {}の首都ってエレバンやったかいな | アルメニア=AM
dialect-sanuki | ほなけどもうええけんやめて | STOP
dialect-sanuki | 使い方わからんけん教えてまい | HELP
dialect-sanuki | さっきのなしにしてくれまい | CANCEL
# Hakata (っちゃん, と, ばい, けん, 教えちゃり, なんしよーと)
dialect-hakata | {}の首都ってどこなん教えちゃり | 韓国=KR; 中国=CN
dialect-hakata | {}の首都ってどこやったっけ知っとう | イギリス=GB; アイルランド=IE
dialect-hakata | 屋台に来た{}の人の首都ってどこと | オーストラリア=AU; カナダ=CA
dialect-hakata | {}の首都ってダッカやろ合っとるっちゃろ | バングラデシュ=BD
dialect-hakata | {}の首都はどこかいな | ネパール=NP; スリランカ=LK
dialect-hakata | もうよかけん止めちゃり | STOP
dialect-hakata | どげん聞いたらいいとか教えてくれん | HELP
dialect-hakata | いまのはなしにしとって | CANCEL
# Okinawa (さー, やっさ, でーじ, はず, ねー, だからよ)
dialect-okinawa | {}の首都ってどこねー | ペルー=PE; ボリビア=BO
dialect-okinawa | でーじ気になるさ{}の首都 | ブラジル=BR; アルゼンチン=AR
dialect-okinawa | 移民で行った{}の首都ってどこだったかねー | メキシコ=MX; ペルー=PE
dialect-okinawa | {}の首都はどこやっさ | フィリピン=PH; パラオ=PW
dialect-okinawa | 米軍の人の地元の{}の州都ってどこねー | テキサス州=US-TX; ノースカロライナ州=US-NC
dialect-okinawa | だからよーもう止めていいさ | STOP
dialect-okinawa | 使い方わからんさ教えてよ | HELP
dialect-okinawa | さっきのはなしでいいさ | CANCEL
# Koshu in Yamanashi (ずら, じゃん, け, ちょ, し, だっちゅう)
dialect-koshu | {}の首都ってどこずら | フランス=FR; イタリア=IT
dialect-koshu | {}の首都教えてくりょう | チリ=CL; ニュージーランド=NZ
dialect-koshu | ぶどう買ってくれる{}の首都はどこだっけ | シンガポール=SG; 台湾=TW; タイ=TH
dialect-koshu | 富士山に登りに来た{}の人の首都ってどこじゃん | イスラエル=IL; マレーシア=MY
dialect-koshu | {}の首都ってどこけ | モナコ=MC; ルクセンブルク=LU
dialect-koshu | もういいさよやめちょ | STOP
dialect-koshu | どう聞きゃいいか教えてくりょう | HELP
dialect-koshu | いまのはなしにしちょうし | CANCEL
# learner: an Uzbek bus-driver trainee, an American assistant language teacher, an Egyptian researcher, a Nigerian
# used-car exporter, a Russian skating coach, a Cambodian farm trainee, a French chef, a Canadian snowboard instructor
learner | アレクサさん{}のキャピタルはどこですか | ウズベキスタン=UZ; タジキスタン=TJ
learner | {}の首都はなにですか | トルクメニスタン=TM; キルギス=KG
learner | わたしは{}から来ましたです首都はどこですか | エジプト=EG; ナイジェリア=NG
learner | {}首都教えるくださいね | ガーナ=GH; カメルーン=CM
learner | {}のキャピタルシティはなんですか | アメリカ=US; カナダ=CA
learner | {}の首都を教えるしてくれますか | ロシア=RU; ベラルーシ=BY
learner | {}の首都わかるますか | カンボジア=KH; タイ=TH
learner | すみませんアレクサ{}の首都はどこにありますか | フランス=FR; ベルギー=BE
learner | 私の国の{}の首都知ってますかテストします | ウズベキスタン=UZ
learner | ナイジェリアの首都はラゴスですかそれともアブジャですか | NG
learner | エジプトのキャピタルはカイロですね正しいですか | EG
learner | 車をアフリカに送りますタンザニアの首都はどこですか | TZ
learner | アレクサさんおわりするください | STOP
learner | アレクサ使いかたわかりませんヘルプです | HELP
learner | いまの質問キャンセルするしてください | CANCEL
learner | 日本語がむずかしいですね | FB
# heritage: returnees and mixed families from Vancouver, São Paulo, Singapore, London, Manila, Frankfurt, Auckland, Lima
heritage | ママの国の{}のキャピタルってどこだっけ | フィリピン=PH; ペルー=PE
heritage | {}のキャピタルって日本語だと首都だよねどこ | イギリス=GB; ニュージーランド=NZ
heritage | バンクーバーは{}の首都じゃないんだよねどこだっけ | カナダ=CA
heritage | パパの生まれた{}の首都ってどこ | ドイツ=DE; ブラジル=BR
heritage | おばあちゃんの国{}の首都って日本語でなんて言うの | ペルー=PE; フィリピン=PH
heritage | シンガポールってさ首都もシンガポールなのシティステートだから | SG
heritage | ブリティッシュコロンビアのキャピタルはバンクーバーじゃなくてどこだっけ | CA-BC
heritage | サンパウロ州の州都ってサンパウロでいいんだよね | BR-SP
heritage | ヘッセン州の州都はフランクフルトじゃないんでしょ | DE-HE
heritage | 向こうではずっと英語だったからわかんないけどマレーシアの首都ってどこ | MY
heritage | リマで生まれたんだけどペルーの隣のエクアドルのキャピタルって | EC
heritage | ロンドンの学校で習ったけどスコットランドのキャピタルって日本語でどこ | GB-SCT
heritage | オークランドが首都だと思ってたニュージーランドの本当の首都ってどこ | NZ
heritage | マニラに住んでたけどフィリピンの首都ってマニラでいいの | PH
# child-speech (hiragana)
child-speech | あれくさ{}のしゅとってどこ | ぺるー=PE; えじぷと=EG; かなだ=CA
child-speech | {}のくにのいちばんだいじなまちはどこ | ちゅうごく=CN; おーすとらりあ=AU
child-speech | ようちえんのせんせいの{}のしゅとおしえて | おらんだ=NL; いぎりす=GB
child-speech | ちきゅうぎにのってる{}のしゅとはどこ | ぶらじる=BR; いんど=IN
child-speech | おりんぴっくにでてた{}のしゅと | じゃまいか=JM; けにあ=KE
child-speech | あれくさもうおしまい | STOP
child-speech | あれくさどうやってきくの | HELP
child-speech | いまのやっぱりなし | CANCEL
# teen-speech (チルい, 沼る, ってコト, 知らんがな, 普通に, ダルい, みが強い, 気まず)
teen-speech | {}の首都普通に知らんのだけど | アイスランド=IS; ジョージア=GE+US-GA
teen-speech | {}の首都ってどこってコト | ポルトガル=PT; モロッコ=MA
teen-speech | テスト前でダルいけど{}の首都だけ教えて | クロアチア=HR; スロベニア=SI
teen-speech | 推しの出身の{}の首都ってどこ | 韓国=KR; タイ=TH
teen-speech | {}の首都チルそうじゃない調べて | モルディブ=MV; フィジー=FJ
teen-speech | 世界史の沼にハマったから{}の首都教えて | トルコ=TR; ギリシャ=GR
teen-speech | {}の首都知らんがなって言われたから教えて | パラグアイ=PY; ウルグアイ=UY
teen-speech | オーストラリアの首都シドニーって言って気まずかったんだけど正解どこ | AU
teen-speech | ブラジルの首都がリオじゃないのマジ意味わからんみが強い | BR
teen-speech | もういいってば終わりね | STOP
teen-speech | それキャンセルでよろ | CANCEL
teen-speech | 使い方ぜんぜんわからんヘルプ | HELP
# elder-speech (のう, かね, おくれ, じゃ)
elder-speech | {}の首都はどこじゃったかのう | ビルマ=MM; セイロン=LK
elder-speech | 若い頃に船で行った{}の首都はどこだったかね | チリ=CL; ペルー=PE
elder-speech | 孫に聞かれたんじゃが{}の首都はどこかのう | ウクライナ=UA; ポーランド=PL
elder-speech | {}の首都を大きい声で教えておくれ | スイス=CH; オーストリア=AT
elder-speech | 昔はソ連じゃったカザフスタンの首都は今どこになっとるのかね | KZ
elder-speech | ドイツはボンが首都じゃったがのう今はどこかね | DE
elder-speech | ザイールは今なんという国で首都はどこかね | CD
elder-speech | もうええわい終わりにしておくれ | STOP
elder-speech | わしにもわかるように使い方を教えてくれんか | HELP
elder-speech | 今のは取り消しておくれ | CANCEL
# work-situation
work-situation | 宛名ラベルに書くから{}の首都を教えて | ポーランド=PL
work-situation | 通訳の仕事で{}の首都を確認したいんですが | トーゴ=TG
work-situation | 輸出書類に{}の首都を書く欄があるんだけどどこ | パナマ=PA
work-situation | 介護施設の利用者さんに聞かれた{}の首都ってどこ | ブルガリア=BG
work-situation | 病院の受付で{}の患者さんが来たんだけど首都はどこ | ネパール=NP
work-situation | 造船所の研修生の国{}の首都はどこかな | インドネシア=ID
work-situation | 旅行会社のパンフに載せる{}の首都 | クロアチア=HR; モンテネグロ=ME
work-situation | 塾で小学生に{}の首都を聞かれて困ってる | リベリア=LR; シエラレオネ=SL
work-situation | ホテルの予約のお客様が{}からなんですが首都はどこでしたっけ | アイスランド=IS; エストニア=EE
work-situation | 新聞の見出しに使う{}の首都の表記を確認したい | ベネズエラ=VE; ハイチ=HT
work-situation | 商社の会議で{}の首都が出てきたんだけど | アンゴラ=AO; モザンビーク=MZ
work-situation | 放送原稿に{}の首都の読み方を書きたい | ブルキナファソ=BF; ギニア=GN
work-situation | 留学生の書類に{}の首都を書くんだけどどこ | バングラデシュ=BD
work-situation | 漁業の研修生が来る{}の首都ってどこ | キリバス=KI; ツバル=TV
work-situation | 保育園で{}の子を預かるんだけど首都はどこ | ナイジェリア=NG
work-situation | 大使館に電話する前に{}の首都を確認させて | エリトリア=ER; ジブチ=DJ
# home-situation
home-situation | 洗濯物をたたみながら聞くけど{}の首都どこ | スウェーデン=SE
home-situation | 夕飯作ってて手が離せないから{}の首都教えて | イタリア=IT
home-situation | 子どもの宿題で{}の首都が出てるんだけど | エクアドル=EC; ウルグアイ=UY
home-situation | テレビの旅番組に出てた{}の首都ってどこ | モロッコ=MA
home-situation | 年賀状の宛先の{}の首都ってどこだったかな | カナダ=CA
home-situation | お風呂の湯船でクイズしてるんだけど{}の首都 | エジプト=EG
home-situation | 家族でカレー食べながら話してたんだけど{}の首都 | インド=IN
home-situation | 押し入れの古い地図に載ってる{}の首都は今もそこなの | ミャンマー=MM
home-situation | 娘の留学先の{}の首都ってどこ | アイルランド=IE; マルタ=MT
# travel-situation
travel-situation | 新婚旅行で行く{}の首都ってどこ | モルディブ=MV; セーシェル=SC
travel-situation | 乗り継ぎで寄る{}の首都はどこなの | カタール=QA
travel-situation | 卒業旅行で回る{}の首都を教えて | ベトナム=VN
travel-situation | 来月出張で行く{}の首都ってどこだっけ | ウズベキスタン=UZ; アゼルバイジャン=AZ
travel-situation | クルーズ船で寄港する{}の首都ってどこ | バハマ=BS
travel-situation | バックパックで行きたい{}の首都はどこ | ボリビア=BO
travel-situation | ワーホリで行く{}の首都はどこなの | ニュージーランド=NZ
travel-situation | 母と行く{}の首都の名前を教えて | フィンランド=FI
travel-situation | 夏休みに行くアメリカの{}の州都はどこ | コロラド州=US-CO; ジョージア州=US-GA
# game-situation
game-situation | 人狼ゲームのお題で{}の首都が出たんだけど | スイス=CH
game-situation | 百人一首じゃなくて首都カルタで{}の首都 | ガボン=GA; コンゴ=CD+CG
game-situation | 桃鉄の世界版で{}の首都に行きたい | ペルー=PE
game-situation | クイズ番組を見ながら聞くけど{}の首都 | ブルンジ=BI; マラウイ=MW
game-situation | 国旗当てゲームで{}が出た首都はどこ | リヒテンシュタイン=LI; サンマリノ=SM
game-situation | 家族で首都しりとりしてて{}の首都が必要 | ナウル=NR; ドミニカ=DM+DO
game-situation | ボードゲームのカードに書いてある{}の首都はどこ | アルジェリア=DZ
# sport-situation
sport-situation | サッカーのワールドカップで対戦する{}の首都 | クロアチア=HR; コスタリカ=CR
sport-situation | 柔道の世界選手権で見た{}の首都ってどこ | ジョージア=GE+US-GA
sport-situation | ラグビーで強い{}の首都はどこ | トンガ=TO
sport-situation | 陸上の長距離で有名な{}の首都ってどこ | エチオピア=ET
sport-situation | 野球の国際大会に出てた{}の首都はどこ | キューバ=CU
sport-situation | 卓球で強い{}の首都って | スウェーデン=SE
sport-situation | 冬のオリンピックをやった{}の首都を教えて | ノルウェー=NO
sport-situation | バレーボールの試合で戦った{}の首都はどこ | ブラジル=BR
sport-situation | クリケットが人気の{}の首都ってどこ | パキスタン=PK; アフガニスタン=AF
sport-situation | 相撲の力士の出身の{}の首都 | モンゴル=MN
# second batch: longer out-of-domain lines, more stop, cancel, help, launch, shared names and checks
out-of-domain | 広島から宮島へのフェリーの時刻表を教えて | FB
out-of-domain | 名古屋城の金のしゃちほこは何でできてるの | FB
out-of-domain | 兼六園の雪吊りはいつから始まるの | FB
out-of-domain | 佐渡汽船は今日欠航してない | FB
out-of-domain | 桂浜の坂本龍馬の像の高さ | FB
out-of-domain | 讃岐うどんの有名な店を三つ挙げて | FB
out-of-domain | 明太子を冷凍したら何日もつの | FB
out-of-domain | 首里城の再建はいつ終わるの | FB
out-of-domain | 信玄餅の賞味期限ってどれくらい | FB
out-of-domain | 鳴門の渦潮が見られる時間 | FB
out-of-domain | ブラジルの首都ができたのは何年 | FB
out-of-domain | オーストラリアの首都がキャンベラに決まった理由 | FB
out-of-domain | ミャンマーはなんで首都を移したの | FB
out-of-domain | インドネシアの新しい首都の工事はどうなってる | FB
out-of-domain | 韓国の首都をセジョンに移す話ってどうなったの | FB
out-of-domain | カザフスタンの首都の名前って何回変わったの | FB
out-of-domain | 日本の首都が京都だった時代はいつまで | FB
out-of-domain | 首都ってなんで首って字を使うの | FB
out-of-domain | 首都の人口ランキングを教えて | FB
out-of-domain | 首都機能移転って何 | FB
out-of-domain | 昔の首都だった鎌倉の観光地 | FB
out-of-domain | 東京都の都庁はどこにあるの | FB
out-of-domain | 大阪都構想ってどうなったの | FB
out-of-domain | 小文字を大文字に変換して | FB
out-of-domain | キャピタル証券の株価 | FB
out-of-domain | 資本金ってキャピタルって言うの | FB
out-of-domain | バイエルンミュンヘンの次の試合はいつ | FB
out-of-domain | ニューヨークのタイムズスクエアのライブ映像 | FB
out-of-domain | ジャマイカのボブマーリーの曲をかけて | FB
out-of-domain | 世界の首都クイズを百問出して | FB
out-of-domain | 昨日聞いた首都をもう一回全部言って | FB
out-of-domain | 首都の覚え方のコツって何かある | FB
# stop
stop | 世界の首都はもう終わりにします | STOP
stop | アレクサもういいから止まって | STOP
stop | 答えはいらないからやめて | STOP
stop | そこでストップしてください | STOP
stop | もう聞かないからおしまいにして | STOP
stop | 子どもが寝たから静かに終わらせて | STOP
stop | しゅうりょうしてください | STOP
stop | ありがとうもう大丈夫終わって | STOP
# cancel
cancel | あっやっぱり今の質問取り消す | CANCEL
cancel | 間違って話しかけちゃったキャンセル | CANCEL
cancel | その国じゃなかったから一回キャンセル | CANCEL
cancel | 取り消しで頼むわ | CANCEL
cancel | 今のナシナシ | CANCEL
# help
help | 州都も聞けるのか教えて | HELP
help | 初めて使うんだけど何から言えばいい | HELP
help | ヘルプって言えばいいのかな助けて | HELP
# launch
launch | アレクサ世界の首都をやりたい | LAUNCH
launch | 世界の首都を開いてくださいな | LAUNCH
launch | 世界の首都オープン | LAUNCH
# shared-name
shared-name | 南と北の朝鮮の首都どっちも教えて | KP+KR
shared-name | ジョージアの首都ってトビリシのこと | GE+US-GA
shared-name | コンゴの首都ってキンシャサとブラザビルどっち | CD+CG
shared-name | ヴァージン諸島の中心の町はどこ | VG+VI
shared-name | 昔グルジアって呼んでた国のジョージアの首都 | GE
shared-name | ドミニカの首都って聞いたらどうなるの | DM+DO
# yes-no-check
yes-no-check | トルコの首都ってアンカラで合ってたよね | TR
yes-no-check | スペインの首都バルセロナじゃないよね | ES
yes-no-check | オランダの首都はロッテルダムだったっけ | NL
yes-no-check | 南アフリカの首都はヨハネスブルグだよね | ZA
yes-no-check | フロリダ州の州都はマイアミでいいんだっけ | US-FL
territory | 西サハラって首都はどこってことになってるの | EH
territory | 香港って国じゃないけど首都みたいな町はどこになるの | HK
territory | マカオの首都ってマカオでいいのかな | MO
subdivision | ラグビーで見たウェールズの首都ってどこだっけ | GB-WLS
subdivision | 北アイルランドの首都ってダブリンじゃないよね | GB-NIR
shared-name | イギリスのほうのヴァージン諸島の首都を教えて | VG
plural-capitals | エスワティニって首都がムババーネとロバンバの二つあるんでしょどっちも言って | SZ
plural-capitals | マレーシアの首都を両方とも言ってみて | MY
"""

if __name__ == "__main__":
    build_round(33, "ja", LINES, sys.argv, "tests/Eval/ja/round33/source/build_corpus.py")
