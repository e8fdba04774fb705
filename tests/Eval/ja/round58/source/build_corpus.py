"""Round 58, Japanese (ja-JP): a new author's own mix, written blind at the end of the sixty-third session (brief
WRITER72.md), for the next session's tuner.
Chosen apart from the groups round 57's docstring names for itself (Awaji island, Amami Oshima, Iga Ueno and the
Ogasawara islands; an Argentine tango teacher, a Greek restaurant owner, a Georgian sumo wrestler, a Tongan rugby player
and a Hungarian researcher; a chuunibyou teenager, an onee-kotoba bar mama, a sulky teenager and someone asking with
their mouth full; a bonsai nursery's export desk, a fireworks maker, a ski-lift attendant, a coin laundry, a tuna
auction, a pottery workshop, a knitting circle, a park's radio-calisthenics group, a wedding-speech rehearsal, a station
lost-and-found counter, a lighthouse keeper and a piano tuner), for round 56 (Nanbu, Hachinohe, Boso, Chiba, Chichibu,
Chikugo, Kurume, Bingo, Fukuyama, Sado island and Tama, Hachioji; a Pakistani halal-grocery owner, an Iranian Persian
teacher, a Finnish design student, a Nigerian musician and a Taiwanese working-holiday maker; a job-hunting student in
stiff keigo, a shy stammerer, an otaku in samurai speech, a great-grandmother born in Taisho and someone with a head
cold; an onsen ryokan's front desk, a rakugo storyteller, a yakitori stall, a driving school, a dentist's waiting room,
a university mountaineering club, a moving company, a hundred-yen shop, a sento, an astronomy club, a Koshien cheering
section, a konkatsu party and a freelance translator), for round 55 (Koshu, Omi, Banshu, Senshu, Mikawa, Shonan and
Yokohama; a Cambodian agricultural trainee, a Kenyan ekiden runner, a Polish music-college student, an Egyptian Arabic
teacher and an Indian IT engineer; a hard-of-hearing grandfather, an ojousama, a former-yankee father and someone half
asleep; a coffee roaster, a sushi counter, a hair salon, a passport centre, a homestay family, an FX trader, a temple
priest, a tour-bus guide, a wine shop, a kendo dojo, a Model UN club and a newspaper round), for round 54 (Yamagata,
Morioka, Gunma, Ise, Izumo, Sanuki, Kitakyushu, Tokyo shitamachi, Gifu; an Uzbek student, a Bangladeshi curry-shop
cook, a Ukrainian evacuee, a Mexican salsa teacher and an Australian working-holiday maker; an elementary-school girl,
an old shogi player, a VTuber fan, a mother feeding a baby at night, a drunk salaryman and a manzai straight man; the
Rugby World Cup, a sake brewery's exports, a long-haul truck driver, a ferry, a currency-exchange counter, a tea
ceremony with foreign guests, an origami class, a convenience-store night shift, a coin collector, a geography podcast
and an international-marriage agency), for round 53 (Ibaraki, Shizuoka, Kanazawa, Okayama, Iyo, Sendai, Nagasaki,
Niigata, Kumamoto; a Thai student, a Peruvian Nikkei factory worker, a Myanmar care worker, a Turkish kebab-shop owner
and a German exchange student; a middle-school boy, a gyaru, a golfing company president and a stay-at-home dad; a sumo
broadcast, the Olympic opening parade, a post-office counter, an administrative scrivener's visa papers, a care home, a
cabin-crew member, a ramen shop, a school-trip plan, a world-map jigsaw, the World Heritage exam, a pen pal, a deep-sea
fisherman and a Caribbean cruise), for round 52 (Tsugaru, Akita, Nagoya, Hiroshima, Tosa, Okinawa, Kagoshima, Hokkaido,
Kyoto; a Filipino nurse, a Chinese technical intern, an Indonesian fishing-boat trainee, an American ALT and a Sri
Lankan used-car exporter; a university gamer, an elderly rice farmer, an engineer mixing English terms and a
kindergarten teacher; a TV quiz show, a crossword, a hotel front desk, a trading company's shipping desk, a cram-school
teacher, an online game, a library reference desk, the World Baseball Classic, a hospital waiting room and a ham-radio
operator), for round 51 (Kobe, Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian,
Nepali, Korean, French and Mongolian learners; a high-school girl, a retired principal, business keigo, a returnee
child; exam cramming, a taxi, the World Cup, a travel agency, an izakaya quiz, a cooking class, airport check-in,
karaoke, stamps, a summer project) and for round 50 (Tokushima, Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki,
Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish learners; net slang, a bilingual family, a grandmother, a
preschooler; flag cards, banknotes, a marathon, a car trip, the news, a morning assembly, an escape room, mahjong, a
security guard, a flower shop).
Regions: Hida Takayama ("やさ", "やお", "なんしょ", "教えとくれ"; the morning market, sarubobo dolls, Hida beef, the
Takayama festival floats, gassho houses), the Tango peninsula ("だっちゃ", "やけ", "言うとる"; Amanohashidate, Tango
chirimen silk, the Ine boathouses, Maizuru port and its repatriation museum), the Shimokita peninsula ("だべ", "わ",
"な", "はんで", "けろ", "だど"; Oma tuna, Osorezan, the Kandachime horses, Mutsu bay) and Tsushima ("ばい", "くれんね",
"知っとるね", "なかばってん"; Izuhara and Hitakatsu ports, ferries to Busan, the Korean embassies of old).
Migrants and learners: a Dutch cyclist ("ダンクユー", "ヤー", "フライ", "ホーイ"; the Shimanami Kaido, the Tour de
France), a Czech glassmaker ("アホイ", "ジェクユ"; Bohemian glass, an Edo-kiriko workshop), a Senegalese drummer
("ナンガデフ", "ジェレジェフ"; djembe workshops), a Samoan islander ("タロファ", "ファアフェタイ"; rugby at Hanazono)
and a Portuguese tile-maker ("ボンディア", "オブリガード"; azulejo orders).
Age and manner: a freestyle rapper ("ヨー", "メーン", "チェケラ", "韻"), a zamasu madam ("ざます", "くださらないこと",
"よろしくて", "おほほ"), an out-of-breath jogger ("はぁはぁ", "ぜえぜえ") and a child playing space alien ("我々は",
"地球人よ", "教えよ").
Situations: a bakery at dawn, a car-repair garage exporting used cars, a nail salon, a veterinary clinic, a campsite, a
bicycle shop, a competitive-karuta club, a beekeeper, a clock-repair shop, a pharmacy counter, a tatami maker and a
bowling alley.
Nearly every line starts with アレクサ; the help, stop and cancel lines said inside a session and the follow-up lines do
not. Every line was typed by hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 58's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}の首都っていくつあるんやさ全部言ってみな | 南アフリカ=ZA; ボリビア=BO; マレーシア=MY
plural-capitals | アレクサ{}の首都をふたつとも教えてくれんかな | オランダ=NL; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}って首都がいくつもあるんだべ全部しゃべってけろ | エスワティニ=SZ; 南アフリカ=ZA; コートジボワール=CI
plural-capitals | アレクサ{}の首都はどことどこだっちゃ | ボリビア=BO; オランダ=NL; マレーシア=MY
plural-capitals | アレクサヨー{}の首都全部まとめてチェケラ | マレーシア=MY; スリランカ=LK; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都を全部おっしゃってくださいざます | ベナン=BJ; ボリビア=BO; オランダ=NL
plural-capitals | アレクサはぁはぁ{}の首都ってはぁ何個あるのぜんぶ | 南アフリカ=ZA; エスワティニ=SZ; マレーシア=MY
plural-capitals | アレクサダンクユー{}の首都ぜんぶ知りたいです | オランダ=NL; コートジボワール=CI; ボリビア=BO
plural-capitals | アレクサ{}の首都は何と何なのか二つとも | スリランカ=LK; ベナン=BJ; 南アフリカ=ZA
plural-capitals | アレクサ{}には首都が複数あると聞いたけどその全部を | マレーシア=MY; ボリビア=BO; エスワティニ=SZ
plural-capitals | アレクサ我々は{}の首都をすべて知りたい | オランダ=NL; 南アフリカ=ZA; ベナン=BJ
plural-capitals | アレクサ{}の首都を一つじゃなくて全部頼むよ | コートジボワール=CI; マレーシア=MY; スリランカ=LK
plural-capitals | アレクサ{}の首都って二つに分かれとるげなほんとの二つば教えて | ボリビア=BO; オランダ=NL; エスワティニ=SZ
plural-capitals | アレクサ{}の首都をぜーんぶリストで | 南アフリカ=ZA; ベナン=BJ; マレーシア=MY
plural-capitals | アレクサ{}の首都の両方を読み上げて | スリランカ=LK; ボリビア=BO; コートジボワール=CI
plural-capitals | アレクサ{}の首都はいくつありますかそれぞれの名前も | オランダ=NL; エスワティニ=SZ; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都を全部おしえてオブリガード | マレーシア=MY; ボリビア=BO; ベナン=BJ
plural-capitals | アレクサ{}の首都を複数形で全部 | 南アフリカ=ZA; オランダ=NL; スリランカ=LK
plural-capitals | アレクサ南アフリカの三つの首都をまとめて言ってくれる | ZA
plural-capitals | アレクサ南アには首都が三つあるってほんまかその三つは | ZA
plural-capitals | アレクサオランダの首都はアムステルダムとあともう一つどこだっけ両方言って | NL
plural-capitals | アレクサオランダって首都が二つあるよね両方教えて | NL
plural-capitals | アレクサボリビアの首都ラパスとスクレどっちもなの | BO
plural-capitals | アレクサボリビアの憲法上の首都と政府のある首都を両方 | BO
plural-capitals | アレクサマレーシアの首都クアラルンプールともうひとつの首都も | MY
plural-capitals | アレクサマレーシアの首都って二か所あるんでしたっけ両方お願い | MY
plural-capitals | アレクサスリランカの首都二つとも読み方ゆっくり | LK
plural-capitals | アレクサエスワティニの首都を二つとも | SZ
plural-capitals | アレクサコートジボワールの首都全部ヤムスクロ以外も | CI
plural-capitals | アレクサベナンの首都たちを教えて | BJ
# 州 地域
subdivision | アレクサ{}の州都ってどこやさ | テキサス州=US-TX; カリフォルニア州=US-CA; ケベック州=CA-QC
subdivision | アレクサ{}の州都はどこだべ | バイエルン州=DE-BY; ニューヨーク州=US-NY; クイーンズランド州=AU-QLD
subdivision | アレクサ{}の首府ってどこになるの | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の州都を教えてちょうだい | オンタリオ州=CA-ON; ビクトリア州=AU-VIC; フロリダ州=US-FL
subdivision | アレクサ{}の州の中心の都市はどこ | ハワイ州=US-HI; アラスカ州=US-AK; ワシントン州=US-WA
subdivision | アレクサ{}の州都ってなんていう町 | ザクセン州=DE-SN; ヘッセン州=DE-HE; ノルトラインヴェストファーレン州=DE-NW
subdivision | アレクサ{}の州都は | マハーラーシュトラ州=IN-MH; ケーララ州=IN-KL; タミルナードゥ州=IN-TN
subdivision | アレクサ{}の州都わかる | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | アレクサ{}の州都どこじゃったかの | サンパウロ州=BR-SP; バイーア州=BR-BA; アマゾナス州=BR-AM
subdivision | アレクサ{}の準州の首都は | ユーコン準州=CA-YT; ヌナブト準州=CA-NU; ノースウエスト準州=CA-NT
subdivision | アレクサ{}の首都ってどこ | イングランド=GB-ENG; グリーンランド=GL; プエルトリコ=PR
subdivision | アレクサタスマニア州の州都 | AU-TAS
subdivision | アレクサ西オーストラリア州の州都ってパースでいいの | AU-WA
subdivision | アレクサブリティッシュコロンビア州の州都はバンクーバーじゃないの | CA-BC
subdivision | アレクサアルバータ州の州都はカルガリーだっけ | CA-AB
subdivision | アレクサイリノイ州の州都ってシカゴじゃないんでしょ | US-IL
subdivision | アレクサペンシルベニア州の州都 | US-PA
subdivision | アレクサネバダ州の州都ラスベガスじゃないの | US-NV
subdivision | アレクサ北海道の道都ってどこ | FB
subdivision | アレクサ岐阜県の県庁所在地 | FB
subdivision | アレクサ青森県の県庁所在地はどこだべ | FB
subdivision | アレクサ長崎県の県庁はどこにあると | FB
subdivision | アレクサ京都府の府庁所在地は | FB
subdivision | アレクサ四川省の省都は | FB
subdivision | アレクサトスカーナ州の州都 | FB
subdivision | アレクサアンダルシア州の州都どこ | FB
subdivision | アレクサシベリアの首都ってあるの | FB
subdivision | アレクサチロル州の州都はインスブルック | FB
subdivision | アレクサ済州道の道庁所在地 | FB
subdivision | アレクサバリ島の州都ってデンパサール | FB
subdivision | アレクサフランダースの首都 | FB
subdivision | アレクサジャンムーカシミールの州都 | IN-JK
subdivision | アレクサウッタラーカンド州の州都 | IN-UK
subdivision | アレクサオーストラリア首都特別地域の中心 | AU-ACT
subdivision | アレクサワシントンディーシーってどの州の首都 | FB
subdivision | アレクサバハカリフォルニアスル州の州都 | MX-BCS
subdivision | アレクサリオグランデドスル州の州都 | BR-RS
subdivision | アレクサニューサウスウェールズ州の州都はシドニー | AU-NSW
subdivision | アレクサノバスコシア州の州都 | CA-NS
subdivision | アレクサマサチューセッツ州の州都 | US-MA
subdivision | アレクサルイジアナ州の州都ってニューオーリンズ | US-LA
# 対象外
out-of-domain | アレクサ明日の{}の天気どうなってる | 高山=FB; 舞鶴=FB; むつ市=FB
out-of-domain | アレクサ今の{}の気温は | ナイロビ=FB; リスボン=FB; プラハ=FB
out-of-domain | アレクサ{}って今何時 | ダカール=FB; アピア=FB; アムステルダム=FB
out-of-domain | アレクサ{}の人口ってどれくらい | 北京=FB; ソウル=FB; モスクワ=FB
out-of-domain | アレクサ{}までの飛行機って何時間かかる | パリ=FB; ロンドン=FB; シドニー=FB
out-of-domain | アレクサ{}の通貨は何 | タイ=FB; チェコ=FB; 南アフリカ=FB
out-of-domain | アレクサ{}の公用語ってなに | スイス=FB; セネガル=FB; サモア=FB
out-of-domain | アレクサ{}の国歌かけて | オランダ=FB; ポルトガル=FB; フランス=FB
out-of-domain | アレクサ{}で一番高い山は | 日本=FB; チリ=FB; ネパール=FB
out-of-domain | アレクサ{}の大統領は誰 | アメリカ=FB; ブラジル=FB; 韓国=FB
out-of-domain | アレクサ五分のタイマーかけて | FB
out-of-domain | アレクサパンが焼けるまで二十分タイマー | FB
out-of-domain | アレクサ明日の朝四時に起こして | FB
out-of-domain | アレクサ音楽かけて | FB
out-of-domain | アレクサ昭和の歌謡曲流して | FB
out-of-domain | アレクサ音量下げて | FB
out-of-domain | アレクサもうちょっと大きい声で | FB
out-of-domain | アレクサ今日のニュース | FB
out-of-domain | アレクサ雨降る | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサ買い物リストに牛乳入れて | FB
out-of-domain | アレクサ面白い話して | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | アレクサ今日は何の日 | FB
out-of-domain | アレクサ円相場は | FB
out-of-domain | アレクサ世界で一番人口の多い首都は | FB
out-of-domain | アレクサ世界で一番標高の高い首都はどこ | FB
out-of-domain | アレクサ世界で一番北にある首都 | FB
out-of-domain | アレクサ首都って英語でなんて言うの | FB
out-of-domain | アレクサ首都と県庁所在地の違いは | FB
out-of-domain | アレクサ首都高の渋滞情報 | FB
out-of-domain | アレクサ首都圏の電車遅れてる | FB
out-of-domain | アレクサアジアの首都ってどこ | FB
out-of-domain | アレクサヨーロッパの首都はブリュッセルなの | FB
out-of-domain | アレクサアフリカの首都 | FB
out-of-domain | アレクサ北アメリカ大陸の首都 | FB
out-of-domain | アレクサ南極の首都ってどこ | FB
out-of-domain | アレクサ月の首都 | FB
out-of-domain | アレクサ天国の首都はどこ | FB
out-of-domain | アレクサ雪の国の首都 | FB
out-of-domain | アレクサ東京の次に大きい都市は | FB
out-of-domain | アレクサパリからローマまで何キロ | FB
out-of-domain | アレクサキンシャサって何語 | FB
out-of-domain | アレクサソウルの美味しい店 | FB
out-of-domain | アレクサ平壌の天気は | FB
out-of-domain | アレクサクアラルンプールのツインタワーの高さ | FB
out-of-domain | アレクサプレトリアのジャカランダはいつ咲くの | FB
out-of-domain | アレクサ飛騨牛の値段 | FB
out-of-domain | アレクサさるぼぼって何 | FB
out-of-domain | アレクサ天橋立の行き方 | FB
out-of-domain | アレクサ恐山のイタコについて | FB
out-of-domain | アレクサ大間のまぐろの値段 | FB
out-of-domain | アレクサ対馬から釜山まで船で何時間 | FB
out-of-domain | アレクサツシマヤマネコって何匹いるの | FB
out-of-domain | アレクサ伊根の舟屋の写真 | FB
out-of-domain | アレクサ自転車のパンクの直し方 | FB
out-of-domain | アレクサ犬にチョコあげてもいい | FB
out-of-domain | アレクサ蜂に刺されたらどうする | FB
out-of-domain | アレクサ頭痛薬って何錠飲んでいい | FB
out-of-domain | アレクサ畳の表替えの値段相場 | FB
out-of-domain | アレクサボウリングのストライクの点数の数え方 | FB
out-of-domain | アレクサ百人一首の一番最初の歌は | FB
out-of-domain | アレクサ柱時計の振り子が止まった | FB
out-of-domain | アレクサジェルネイルの落とし方 | FB
out-of-domain | アレクサ明日キャンプ場晴れる | FB
out-of-domain | アレクサエンジンオイル交換の目安 | FB
out-of-domain | アレクサクロワッサンの作り方 | FB
out-of-domain | アレクサラップのビートかけて | FB
out-of-domain | アレクサ韻を踏む言葉教えて | FB
out-of-domain | アレクサ宇宙人っているの | FB
out-of-domain | アレクサ今日何歩歩いた | FB
out-of-domain | アレクサ近くのコンビニ | FB
out-of-domain | アレクサ歌って | FB
out-of-domain | アレクサありがとうね | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサあんた何歳 | FB
out-of-domain | アレクサ好きな国はどこ | FB
out-of-domain | アレクサ国って全部でいくつある | FB
out-of-domain | アレクサ一番小さい国は | FB
out-of-domain | アレクサ一番新しい国ってどこ | FB
out-of-domain | アレクサ国旗が赤と白の国 | FB
out-of-domain | アレクサ首都が海に面してない国 | FB
out-of-domain | アレクサ首都移転した国を教えて | FB
out-of-domain | アレクサ日本の首都ってなんで東京になったの | FB
out-of-domain | アレクサ京都が首都だったのはいつまで | FB
out-of-domain | アレクサ奈良の都の名前は | FB
out-of-domain | アレクサ平安京って今どこ | FB
out-of-domain | アレクサ江戸はいつ東京になったの | FB
out-of-domain | アレクサ首都機能移転ってどうなったの | FB
out-of-domain | アレクサ首都直下地震の確率 | FB
out-of-domain | アレクサセネガルのサッカー選手 | FB
out-of-domain | アレクササモアのラグビーの試合いつ | FB
out-of-domain | アレクサチェコのビール何がおすすめ | FB
out-of-domain | アレクサポルトガル語でありがとう | FB
out-of-domain | アレクサオランダ語でこんにちは | FB
out-of-domain | アレクサ世界地図買いたい | FB
out-of-domain | アレクサ地球儀の使い方 | FB
out-of-domain | アレクサ県庁所在地クイズ出して | FB
out-of-domain | アレクサ世界遺産の数が一番多い国 | FB
out-of-domain | アレクサ赤道ってどこ通ってる | FB
out-of-domain | アレクサ時差の計算して | FB
out-of-domain | アレクサ国連の本部はどこ | FB
out-of-domain | アレクサオリンピックの次の開催地 | FB
out-of-domain | アレクサワールドカップの次の開催国 | FB
out-of-domain | アレクサ日本の都道府県の数 | FB
out-of-domain | アレクサ世界で一番長い川 | FB
out-of-domain | アレクサエベレストの高さ | FB
out-of-domain | アレクサリマってどういう意味 | FB
out-of-domain | アレクサベルリンの壁はいつ壊れたの | FB
out-of-domain | アレクサローマ帝国の首都 | FB
out-of-domain | アレクサソビエト連邦の首都 | FB
out-of-domain | アレクサ薬局何時まで | FB
out-of-domain | アレクサ動物病院の電話 | FB
out-of-domain | アレクサはちみつの賞味期限 | FB
out-of-domain | アレクサ腕時計の電池交換 | FB
out-of-domain | アレクサボウリング場の予約 | FB
out-of-domain | アレクサ焚き火の始め方 | FB
out-of-domain | アレクサ首都の歌かけて | FB
out-of-domain | アレクサ首都ってどういう意味 | FB
out-of-domain | アレクサ都って漢字どう書くの | FB
out-of-domain | アレクサ世界の首都の数 | FB
out-of-domain | アレクサ首都の一番多い国は | FB
out-of-domain | アレクサ首都が二つある国はいくつ | FB
# ヘルプ
help | アレクサこれどうやって使うの | HELP
help | 使い方がわからんのやさ | HELP
help | 何て言えばいいんだべ | HELP
help | どう聞いたらええだっちゃ | HELP
help | どげん聞けばよかと | HELP
help | 何ができるのか教えてくださいざます | HELP
help | ヨー使い方プリーズ | HELP
help | はぁはぁちょっとはぁ使い方 | HELP
help | 地球人よ使い方を教えよ | HELP
help | ヘルプミーお願い | HELP
help | アレクサ世界の首都の遊び方 | HELP
help | アレクサ世界の首都のヘルプを出して | HELP
help | どんな質問に答えてくれるの | HELP
help | 質問の例を教えて | HELP
help | 例えばどう言えばいいの | HELP
help | 説明もう一回してくれる | HELP
help | 何を聞いたらいいか分からなくなった | HELP
help | ルールを教えて | HELP
help | 操作方法を教えてもらえますか | HELP
help | このスキルって何するやつ | HELP
help | 何ができるんか言うてみて | HELP
help | ちょっと待って分からんもう一回やり方 | HELP
help | ヘルプっていうのはどこ | HELP
help | 聞き方が分かりません助けて | HELP
help | オブリガードでも使い方わからない | HELP
help | ダンクユーけど使い方教えて | HELP
help | ジェレジェフ使い方を教えてください | HELP
help | どうすりゃいいんだ教えてくれ | HELP
help | 初めてなんですけどどう使うんですか | HELP
help | アレクサ世界の首都って何を聞けばいいの | HELP
# ストップ
stop | もうええやさ止めて | STOP
stop | やめてけろ | STOP
stop | もういいっちゃ止めといて | STOP
stop | もうよかばい終わり | STOP
stop | おやめになってざます | STOP
stop | ヨーストップだぜ | STOP
stop | はぁはぁもう止めて | STOP
stop | 地球人よ停止せよ | STOP
stop | 黙ってて | STOP
stop | 静かにして | STOP
stop | アレクサもうしゃべらないで | STOP
stop | アレクサ世界の首都止めて | STOP
stop | アレクサ世界の首都を終了して | STOP
stop | もう十分です終わりにします | STOP
stop | ストップストップ | STOP
stop | そこまででいいよ | STOP
stop | 止めやって言ってるやろ | STOP
stop | もうおしまいにしよう | STOP
stop | 電源切って | STOP
stop | ごめんもう聞かないから止めて | STOP
stop | お客さん来たからストップ | STOP
stop | 仕事戻るから終わり | STOP
stop | チャオ終わり | STOP
stop | オブリガードもう終わりね | STOP
stop | ダンクユーストップ | STOP
stop | もういらんわ | STOP
stop | そろそろ寝るから終了 | STOP
stop | はいおしまい | STOP
stop | もうええ止めて止めて | STOP
stop | 終わりにしてちょうだい | STOP
# キャンセル
cancel | キャンセルやさ | CANCEL
cancel | やっぱりキャンセルだべ | CANCEL
cancel | 今のはなしだっちゃ | CANCEL
cancel | 今のなしにしてくれんね | CANCEL
cancel | 取り消してくださいざます | CANCEL
cancel | ヨーキャンセルで頼むぜ | CANCEL
cancel | はぁはぁやっぱりキャンセル | CANCEL
cancel | 我々は取り消しを要求する | CANCEL
cancel | 今の質問取り消し | CANCEL
cancel | さっきのキャンセルして | CANCEL
cancel | 聞き間違いだからキャンセル | CANCEL
cancel | 今の間違えたからなかったことに | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | あっ今のいいやキャンセル | CANCEL
cancel | アレクサキャンセルしといて | CANCEL
cancel | アレクサ今のリクエスト取り消し | CANCEL
cancel | やっぱ聞くのやめるキャンセル | CANCEL
cancel | その質問は撤回します | CANCEL
cancel | 今のは独り言なのでキャンセル | CANCEL
cancel | 子どもが勝手に言ったのキャンセル | CANCEL
cancel | 言い直すから今のは取り消して | CANCEL
cancel | キャンセルしてオブリガード | CANCEL
cancel | キャンセルお願いダンクユー | CANCEL
cancel | さっきのは無し無し | CANCEL
cancel | 違う違うキャンセル | CANCEL
cancel | 今のはスルーして取り消し | CANCEL
cancel | いらんこと言うたキャンセル | CANCEL
cancel | 間違えて呼んだキャンセルね | CANCEL
cancel | やめとくわキャンセル | CANCEL
# 起動
launch | アレクサ世界の首都を開いてくれやさ | LAUNCH
launch | アレクサ世界の首都起動してけろ | LAUNCH
launch | アレクサ世界の首都ば開いてくれんね | LAUNCH
launch | アレクサ世界の首都始めるっちゃ | LAUNCH
launch | アレクサ世界の首都を開いていただけるかしらざます | LAUNCH
launch | アレクサヨー世界の首都スタートだぜ | LAUNCH
launch | アレクサはぁはぁ世界の首都開いて | LAUNCH
launch | アレクサ我々は宇宙人だ世界の首都を起動せよ | LAUNCH
launch | アレクサ世界の首都を立ち上げて | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | アレクサ世界の首都を呼んで | LAUNCH
launch | アレクサ世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都をやりたいな | LAUNCH
launch | アレクサ世界の首都お願いします | LAUNCH
launch | アレクサ世界の首都スキル開いて | LAUNCH
launch | アレクサ世界の首都のスキルを起動 | LAUNCH
launch | アレクサ世界の首都でちょっと調べたい | LAUNCH
launch | アレクサ世界の首都に聞きたいことがある | LAUNCH
launch | アレクサ世界の首都さんいますか | LAUNCH
launch | アレクサ世界の首都をもう一回開いて | LAUNCH
launch | アレクサ世界の首都をまた始めて | LAUNCH
launch | アレクサ世界の首都オープン | LAUNCH
launch | アレクサ世界の首都で遊ぶ | LAUNCH
launch | アレクサ世界の首都を開けておくれ | LAUNCH
launch | アレクサ世界の首都オブリガード開いて | LAUNCH
launch | アレクサダンクユー世界の首都開けて | LAUNCH
launch | アレクサ世界の首都ナンガデフ起動 | LAUNCH
launch | アレクサ世界の首都タロファ開いて | LAUNCH
launch | アレクサアホイ世界の首都を開けて | LAUNCH
launch | アレクサ世界の首都っていうの開いてみて | LAUNCH
launch | アレクサ世界の首都を頼むわ | LAUNCH
launch | アレクサ世界の首都つけて | LAUNCH
launch | アレクサ世界の首都を起こして | LAUNCH
launch | アレクサ世界の首都のやつ開いて | LAUNCH
launch | アレクサ世界の首都開始 | LAUNCH
launch | アレクサ世界の首都でお勉強しよう | LAUNCH
launch | アレクサ世界の首都出して | LAUNCH
launch | アレクサ世界の首都を開いてもらえる | LAUNCH
# 続きの質問
follow-up | じゃあ{}は | ケニア=KE; ペルー=PE; ノルウェー=NO
follow-up | {}はどうやさ | ラオス=LA; ガーナ=GH; アイスランド=IS
follow-up | ほんなら{}は | モンゴル=MN; キューバ=CU; チュニジア=TN
follow-up | {}はどうだべ | フィンランド=FI; ウルグアイ=UY; ルワンダ=RW
follow-up | ほな{}の方は | パラグアイ=PY; ヨルダン=JO; エストニア=EE
follow-up | {}はどげんね | ベトナム=VN; カタール=QA; マリ=ML
follow-up | 次は{} | ボツワナ=BW; ラトビア=LV; ネパール=NP
follow-up | 続けて{}も | ジンバブエ=ZW; オマーン=OM; ホンジュラス=HN
follow-up | それから{} | ガボン=GA; ブータン=BT; ベリーズ=BZ
follow-up | あと{}も知りたい | ザンビア=ZM; スロバキア=SK; エクアドル=EC
follow-up | {}だと | トーゴ=TG; キルギス=KG; モルドバ=MD
follow-up | ちなみに{}は | バーレーン=BH; マラウイ=MW; ニカラグア=NI
follow-up | 今度は{}で | リベリア=LR; アルメニア=AM; トリニダードトバゴ=TT
follow-up | {}も頼むぜヨー | コモロ=KM; ブルンジ=BI; パナマ=PA
follow-up | じゃ{}の首都は | 北朝鮮=KP; 韓国=KR; パレスチナ=PS
follow-up | 今度はコンゴ民主共和国 | CD
follow-up | 次コンゴ共和国の方 | CG
follow-up | ついでにマレーシアの首都全部 | MY
# はい いいえ
yes-no-check | アレクサ{}ってほんと | ナイロビがケニアの首都=KE; リマがペルーの首都=PE; ハノイがベトナムの首都=VN
yes-no-check | アレクサ{}で合っとるやさ | ベルンがスイスの首都=CH; キャンベラがオーストラリアの首都=AU; オタワがカナダの首都=CA
yes-no-check | アレクサ{}だべか | アンカラがトルコの首都=TR; ラバトがモロッコの首都=MA; アスタナがカザフスタンの首都=KZ
yes-no-check | アレクサ{}で間違いないっちゃ | ダカールがセネガルの首都=SN; アピアがサモアの首都=WS; プラハがチェコの首都=CZ
yes-no-check | アレクサ{}で正解ですか | ブラジリアがブラジルの首都=BR; ウェリントンがニュージーランドの首都=NZ; ネピドーがミャンマーの首都=MM
yes-no-check | アレクサ{}じゃなかったっけ | シドニーがオーストラリアの首都=AU; イスタンブールがトルコの首都=TR; リオがブラジルの首都=BR
yes-no-check | アレクサ{}なんでしょ | ニューヨークがアメリカの首都=US; チューリッヒがスイスの首都=CH; ヤンゴンがミャンマーの首都=MM
yes-no-check | アレクサ{}ですよね確認させて | アブジャがナイジェリアの首都=NG; ドドマがタンザニアの首都=TZ; ギテガがブルンジの首都=BI
yes-no-check | アレクサ平壌って北朝鮮の首都だよね | KP
yes-no-check | アレクサソウルは韓国の首都で合ってる | KR
yes-no-check | アレクサキンシャサはコンゴ民主共和国の首都ですか | CD
yes-no-check | アレクサブラザビルってコンゴ共和国の首都だっけ | CG
yes-no-check | アレクサパレスチナの首都はラマッラってことでいいの | PS
yes-no-check | アレクサリスボンってポルトガルの首都なの | PT
yes-no-check | アレクサアムステルダムはオランダの首都でいいんだよね | NL
yes-no-check | アレクサクアラルンプールだけがマレーシアの首都なの | MY
yes-no-check | アレクサケープタウンも南アフリカの首都に入るの | ZA
yes-no-check | アレクサラパスはボリビアの首都じゃないって本当 | BO
yes-no-check | アレクサカサブランカがモロッコの首都でしょ | MA
yes-no-check | アレクサアルマトイってまだカザフスタンの首都 | KZ
yes-no-check | アレクサダルエスサラームがタンザニアの首都ちゃうの | TZ
yes-no-check | アレクサカラチってパキスタンの首都だったよね | PK
yes-no-check | アレクサラゴスがナイジェリアの首都だと思ってた | NG
# 言い直し
self-correction | アレクサ{}の首都を知りたい | オーストリアじゃなくてオーストラリア=AU; スウェーデンいやスイス=CH; イランじゃないイラク=IQ
self-correction | アレクサ{}の首都はえーと | スロバキアあっスロベニア=SI; ニジェールじゃなくてナイジェリア=NG; モーリタニアいやモーリシャス=MU
self-correction | アレクサ{}の首都どこやさ | ギニアやなくてガイアナ=GY; ザンビアちがうガンビア=GM; マリいやマルタ=MT
self-correction | アレクサ{}の首都教えてけろ | ラトビアでねくてリトアニア=LT; アルメニアじゃねアルバニア=AL; コロンビアやっぱボリビア=BO
self-correction | アレクサ{}の首都っちゃ | カメルーンじゃなかったガボン=GA; ルワンダあっブルンジ=BI; セネガルいやいやガンビア=GM
self-correction | アレクサ北朝鮮の首都いや待って韓国の方 | KR
self-correction | アレクサ韓国の首都じゃなくて北朝鮮の首都 | KP
self-correction | アレクサコンゴ共和国の首都あっ違う民主共和国の方 | CD
self-correction | アレクサコンゴ民主共和国じゃなくてただのコンゴ共和国の首都 | CG
self-correction | アレクサイスラエルの首都いやパレスチナの首都 | PS
self-correction | アレクサ南アフリカあ間違えた南スーダンの首都 | SS
self-correction | アレクサオランダの首都じゃなくてベルギーのほう | BE
self-correction | アレクサマレーシアちゃうインドネシアの首都 | ID
self-correction | アレクサオーストリアの首都ごめんドイツの首都 | DE
self-correction | アレクサチェコの首都いやチェコじゃないスロバキアの | SK
self-correction | アレクサドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | アレクサインドの首都えっとパキスタンの | PK
self-correction | アレクサニュージーランドの首都やっぱりフィジーの首都 | FJ
self-correction | アレクサパラグアイの首都いやウルグアイ | UY
self-correction | アレクサイエメンの首都じゃなかったオマーン | OM
# 逆の質問
reverse-question | アレクサ{}が首都の国はどこ | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; ハノイ=CITY:ハノイ
reverse-question | アレクサ{}ってどこの国の首都やさ | ウランバートル=CITY:ウランバートル; ティンプー=CITY:ティンプー; ビエンチャン=CITY:ビエンチャン
reverse-question | アレクサ{}はどこの首都だべ | レイキャビク=CITY:レイキャビク; タリン=CITY:タリン; リガ=CITY:リガ
reverse-question | アレクサ{}を首都にしとる国ってどこだっちゃ | アクラ=CITY:アクラ; ルサカ=CITY:ルサカ; ハラレ=CITY:ハラレ
reverse-question | アレクサ{}が首都なのはどこの国か教えて | ドゥシャンベ=CITY:ドゥシャンベ; ビシュケク=CITY:ビシュケク; アシガバード=CITY:アシガバード
reverse-question | アレクサ首都が{}の国 | ヌクアロファ=CITY:ヌクアロファ; フナフティ=CITY:フナフティ; ポートビラ=CITY:ポートビラ
reverse-question | アレクサ{}ってどこの国の首都なの | パラマリボ=CITY:パラマリボ; テグシガルパ=CITY:テグシガルパ; マナグア=CITY:マナグア
reverse-question | アレクサ{}はどこの国の首都ですか | ワガドゥグー=CITY:ワガドゥグー; ンジャメナ=CITY:ンジャメナ; ヌアクショット=CITY:ヌアクショット
reverse-question | アレクサ{}が首都なのはどこ | ジョージタウン=CITY:ジョージタウン; キングストン=CITY:キングストン; ビクトリア=CITY:ビクトリア
reverse-question | アレクサ平壌はどこの国の首都 | CITY:平壌
reverse-question | アレクサソウルが首都の国は | CITY:ソウル
reverse-question | アレクサキンシャサってどこの首都 | CITY:キンシャサ
reverse-question | アレクサブラザビルが首都の国はどこやったかな | CITY:ブラザビル
reverse-question | アレクサラマッラってどこの首都 | CITY:ラマッラ
reverse-question | アレクサプトラジャヤってどこの国の首都 | CITY:プトラジャヤ
reverse-question | アレクサデンハーグを首都にしてる国 | CITY:デン・ハーグ
reverse-question | アレクサブルームフォンテーンが首都の国 | CITY:ブルームフォンテーン
reverse-question | アレクサスクレっていう首都がある国は | CITY:スクレ
reverse-question | アレクサラパスが首都の国はどこ | CITY:ラパス
reverse-question | アレクサポルトノボってどこの首都 | CITY:ポルトノボ
reverse-question | アレクサロバンバが首都なのはどこ | CITY:ロバンバ
reverse-question | アレクサヤムスクロはどこの国の首都 | CITY:ヤムスクロ
reverse-question | アレクサスリジャヤワルダナプラコッテが首都の国 | CITY:スリジャヤワルダナプラコッテ
reverse-question | アレクサマジュロってどこの国の首都かしら | CITY:マジュロ
reverse-question | アレクサゲルルムッドってどこの首都 | CITY:ゲルルムッド
reverse-question | アレクサモロニが首都の国は | CITY:モロニ
reverse-question | アレクサマラボってどこの国の首都だっけ | CITY:マラボ
reverse-question | アレクサバンジュールが首都の国 | CITY:バンジュール
reverse-question | アレクサプライアってどこの国の首都 | CITY:プライア
reverse-question | アレクササントメってどこの首都 | CITY:サントメ
# 正式名
official-name | アレクサ{}の首都は何というの | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; パレスチナ国=PS
official-name | アレクサ{}の首都はどこなんやさ | アメリカ合衆国=US; グレートブリテン及び北アイルランド連合王国=GB; 中華人民共和国=CN
official-name | アレクサ{}の首都ってどこさあるんだべ | ロシア連邦=RU; ドイツ連邦共和国=DE; フランス共和国=FR
official-name | アレクサ{}の首都ってどこなんだっちゃ | オランダ王国=NL; マレーシア連邦=MY; ボリビア多民族国=BO
official-name | アレクサ{}の首都はどこかいな | 南アフリカ共和国=ZA; コンゴ民主共和国=CD; コンゴ共和国=CG
official-name | アレクサ{}の首都をお教え願えますか | スリランカ民主社会主義共和国=LK; ベナン共和国=BJ; エスワティニ王国=SZ
official-name | アレクサ{}の首都おしえてよ | コートジボワール共和国=CI; ネパール連邦民主共和国=NP; ベトナム社会主義共和国=VN
official-name | アレクサ{}の首都はなんですか | イランイスラム共和国=IR; パキスタンイスラム共和国=PK; アフガニスタンイスラム首長国=AF
official-name | アレクサ{}の首都を調べて | タイ王国=TH; カンボジア王国=KH; ブルネイダルサラーム国=BN
official-name | アレクサ{}の首都はどちらにございますの | ポルトガル共和国=PT; チェコ共和国=CZ; セネガル共和国=SN
official-name | アレクサ{}の首都ってどこになりますか | サモア独立国=WS; ミクロネシア連邦=FM; パプアニューギニア独立国=PG
official-name | アレクサ{}の首都名は | ベネズエラボリバル共和国=VE; メキシコ合衆国=MX; アルゼンチン共和国=AR
official-name | アレクサ{}の首都を言ってみて | エチオピア連邦民主共和国=ET; タンザニア連合共和国=TZ; 赤道ギニア共和国=GQ
official-name | アレクササウジアラビア王国の首都 | SA
official-name | アレクサアラブ首長国連邦の首都はドバイでなく | AE
official-name | アレクサルクセンブルク大公国の首都 | LU
# 普段の呼び名
everyday-name | アレクサ{}の首都 | アメリカ=US; イギリス=GB; 南ア=ZA
everyday-name | アレクサ{}の首都はどこやさ | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | アレクサ{}の首都ってどこだべ | ノースコリア=KP; 韓国=KR; 台湾=TW
everyday-name | アレクサ{}の首都どこだっちゃ | ホランド=NL; スワジランド=SZ; 象牙海岸=CI
everyday-name | アレクサ{}の首都ってどこかね | ザイール=CD; ダホメ=BJ; 上ボルタ=BF
everyday-name | アレクサ{}の首都ってどこね | チェコスロバキアの今のチェコ=CZ; ソ連じゃなくて今のロシア=RU; 西ドイツじゃない今のドイツ=DE
everyday-name | アレクサ{}の首都を知ってる | エゲレス=GB; メリケン=US; ネーデルラント=NL
everyday-name | アレクサ{}の首都はね | ターキー=TR; ニュージー=NZ; オーストラリア=AU
everyday-name | アレクサ{}の首都どこ | ユーエーイー=AE; ボスニア=BA; セントビンセント=VC
everyday-name | アレクサ{}の首都ってどこだったか | 東ティモール=TL; カーボベルデ=CV; トルクメン=TM
everyday-name | アレクサ南阿の首都 | ZA
everyday-name | アレクサパレスチナ自治区の首都 | PS
# 同じ名前
shared-name | アレクサ{}の首都はどこなんだろう | 朝鮮=KP+KR; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | アレクサ{}の首都ってどこやさ | ジョージア=GE; ジョージア州=US-GA; ギニア=GN
shared-name | アレクサ{}の首都だべ | 南北朝鮮=KP+KR; 二つのコンゴ=CD+CG; ヴァージン諸島=VG+VI
shared-name | アレクサ{}の首都ってどこだっちゃ | ワシントン州=US-WA; アイルランド=IE; マケドニア=MK
shared-name | アレクサ{}の首都どこかいな | サモア=WS; 米領サモア=AS; スーダン=SD
shared-name | アレクサコンゴの首都ってキンシャサとブラザビルどっち | CD+CG
shared-name | アレクサ北と南の朝鮮それぞれの首都 | KP+KR
shared-name | アレクサドミニカって二つあるよね両方の首都 | DM+DO
shared-name | アレクサ赤道ギニアの首都 | GQ
shared-name | アレクサギニアビサウの首都 | GW
shared-name | アレクサパプアニューギニアの首都 | PG
shared-name | アレクサ南スーダンの首都 | SS
shared-name | アレクサニューギニアの首都 | PG
shared-name | アレクサルクセンブルクの首都もルクセンブルク | LU
shared-name | アレクサメキシコの首都 | MX
shared-name | アレクサジブチの首都もジブチ | DJ
shared-name | アレクサクウェートの首都ってクウェート | KW
shared-name | アレクサシンガポールの首都はシンガポールなの | SG
shared-name | アレクサモナコの首都ってモナコ | MC
shared-name | アレクサバチカンの首都 | VA
shared-name | アレクササンマリノの首都はサンマリノ | SM
shared-name | アレクサグアテマラの首都 | GT
shared-name | アレクサパナマの首都もパナマ | PA
# 飛騨高山
hida-takayama | アレクサ{}の首都ってどこやさ教えとくれ | エジプト=EG; アルジェリア=DZ; リビア=LY
hida-takayama | アレクサ{}の首都はなんちゅうとこやったかな | ギリシャ=GR; ブルガリア=BG; ルーマニア=RO
hida-takayama | アレクサ朝市に来たお客さん{}の人やったで首都どこやお | フランス=FR; イスラエル=IL; スペイン=ES
hida-takayama | アレクサさるぼぼ買うてったお客さん{}から来たんやさ首都は | 台湾=TW; タイ=TH; シンガポール=SG
hida-takayama | アレクサ{}の首都っちゅうとどこになるんやな | イタリア=IT; ベルギー=BE; デンマーク=DK
hida-takayama | アレクサ飛騨牛を{}へ送るんやけど首都はどこやさ | 香港じゃなくて中国=CN; アラブ首長国連邦=AE; カタール=QA
hida-takayama | アレクサ{}の首都をなんしょ教えてくれんか | クロアチア=HR; セルビア=RS; モンテネグロ=ME
hida-takayama | アレクサ高山祭の屋台見に来た{}の人の首都はどこやお | ドイツ=DE; オーストリア=AT; スイス=CH
hida-takayama | アレクサ一位一刀彫を注文してくれた国の首都ボスニアヘルツェゴビナのどこやさ | BA
hida-takayama | アレクサ合掌造りに泊まった北マケドニアの人の首都 | MK
hida-takayama | アレクサ朴葉味噌を喜んどったアルバニアの首都はどこやな | AL
hida-takayama | アレクサ世界の首都でフィンランドの首都を聞いてくれやさ | FI
hida-takayama | アレクサ南アフリカの首都みっつ全部ゆうてくれやお | ZA
hida-takayama | アレクサ飛騨の山奥からやけど韓国の首都はどこやさ | KR
hida-takayama | アレクサ宮川の朝市で隣の人が北朝鮮の首都の話しとったんやけどどこやさ | KP
hida-takayama | アレクサ高山の古い町並みにパレスチナの人が来とってな首都はどこやお | PS
# 丹後
tango | アレクサ{}の首都はどこだっちゃ | ケニア=KE; ウガンダ=UG; エチオピア=ET
tango | アレクサ天橋立に来た{}の人の首都どこだっちゃ | アメリカ=US; カナダ=CA; メキシコ=MX
tango | アレクサちりめんを{}に輸出しとるけど首都ってどこやけ | フランス共和国=FR; イタリア共和国=IT; イギリス=GB
tango | アレクサ伊根の舟屋で{}の観光客に聞かれただっちゃ首都は | オーストラリア=AU; ニュージーランド=NZ; フィジー=FJ
tango | アレクサ舞鶴の港に{}の船が入っとるだけど首都はどこ | ロシア=RU; ノルウェー=NO; パナマ=PA
tango | アレクサ{}の首都いうたらどこだっちゃ | アイルランド共和国=IE; アイスランド=IS; エストニア=EE
tango | アレクサ引揚記念館に来とったウクライナの人の首都 | UA
tango | アレクサ間人ガニ食べに来たベラルーシの人の首都どこだっちゃ | BY
tango | アレクサ世界の首都でモルドバの首都はどこか聞いてほしいだっちゃ | MD
tango | アレクサ丹後のおばあちゃんがコンゴ民主共和国の首都知りたい言うとるだっちゃ | CD
tango | アレクサコンゴ共和国の首都ってどこだっちゃ | CG
tango | アレクサ宮津の祭りに来たオランダの人の国の首都二つとも | NL
tango | アレクサ丹後ちりめんの取引先マレーシアなんだけど首都はいくつあるだっちゃ全部 | MY
tango | アレクサ与謝野町からボリビアの首都を全部 | BO
tango | アレクサ舞鶴の海の向こうの韓国の首都だっちゃ | KR
# 下北
shimokita | アレクサ{}の首都どこだべ | アルゼンチン=AR; チリ=CL; ペルー=PE
shimokita | アレクサわ{}の首都知りたいんだばって | ブラジル=BR; コロンビア=CO; ベネズエラ=VE
shimokita | アレクサ大間のまぐろ{}さも売ってらんだど首都どこだべ | タイ=TH; シンガポール共和国=SG; アメリカ合衆国=US
shimokita | アレクサ恐山さ来た{}の人の首都はどこだべな | フィリピン=PH; インドネシア=ID; ベトナム=VN
shimokita | アレクサ{}の首都ってなんていうんだべ | カザフスタン=KZ; ウズベキスタン=UZ; タジキスタン=TJ
shimokita | アレクサむつ湾で{}の漁船見だんだども首都どこだべ | 中国=CN; 台湾=TW; 北朝鮮=KP
shimokita | アレクサ寒立馬見に来たモンゴルの人の国の首都だべ | MN
shimokita | アレクサなさ聞くけどキプロスの首都どこだべ | CY
shimokita | アレクサ下北のじっちゃが言うにはトルクメニスタンの首都が難しいんだど | TM
shimokita | アレクサ世界の首都さアゼルバイジャンの首都聞いてけろ | AZ
shimokita | アレクサ雪かき終わったはんでラオスの首都教えてけろ | LA
shimokita | アレクサスリランカの首都二つともしゃべってけろ | LK
shimokita | アレクサ南アフリカの首都はみっつあるんだべ全部 | ZA
shimokita | アレクサわ韓国さ行ぐんだども首都どこだべ | KR
shimokita | アレクサパレスチナの首都ってどこだべ | PS
shimokita | アレクサコンゴ民主共和国の首都どこだべ | CD
# 対馬
tsushima | アレクサ{}の首都はどこばい | 韓国=KR; 中国=CN; モンゴル=MN
tsushima | アレクサ厳原に来とる{}のお客さんの首都どこやろか | タイ王国=TH; ミャンマー=MM; カンボジア=KH
tsushima | アレクサ{}の首都ば教えてくれんね | パキスタン=PK; バングラデシュ=BD; インド=IN
tsushima | アレクサ比田勝の港から{}の首都ってどこね | ロシア連邦=RU; ジョージア=GE; アルメニア=AM
tsushima | アレクサ{}の首都って知っとるね | トルコ=TR; シリア=SY; レバノン=LB
tsushima | アレクサ釜山は首都やなかとね韓国の首都ばい | KR
tsushima | アレクサ対馬から見える国じゃなかばってん北朝鮮の首都は | KP
tsushima | アレクサ朝鮮通信使の話ば聞いたっちゃけど朝鮮の首都は今どこ | KP+KR
tsushima | アレクサイラクの首都ば教えてくれんね | IQ
tsushima | アレクサ世界の首都でクウェートの首都ば調べてくれんね | KW
tsushima | アレクササウジアラビアの首都はどこやろか | SA
tsushima | アレクサパレスチナの首都ってどこばい | PS
tsushima | アレクサコンゴ共和国の首都ってどこね | CG
tsushima | アレクサマレーシアの首都は二つあるとやろ両方 | MY
tsushima | アレクサ厳原の港からオランダの首都両方ば言うてみて | NL
# オランダ人の自転車
dutch-cyclist | アレクサダンクユー{}の首都は | ベルギー=BE; ルクセンブルク=LU; ドイツ=DE
dutch-cyclist | アレクサヤー{}の首都ってどこですか | デンマーク=DK; スウェーデン=SE; ノルウェー=NO
dutch-cyclist | アレクサしまなみ海道走りながら{}の首都知りたい | スリナム=SR; キュラソー=CW; アルバ=AW
dutch-cyclist | アレクサゴーイエダッハ{}の首都おしえてください | インドネシア=ID; 南アフリカ=ZA; スリランカ=LK
dutch-cyclist | アレクサわたしの国オランダの首都はアムステルダムとデンハーグですね二つとも | NL
dutch-cyclist | アレクサオランダの首都ハーグも入れて全部 | NL
dutch-cyclist | アレクサヤーヤーシントマールテンの首都 | SX
dutch-cyclist | アレクサオランダ領カリブの首都 | BQ
dutch-cyclist | アレクサツールドフランスのフランスの首都 | FR
dutch-cyclist | アレクサジロデイタリアのイタリアの首都ダンクユー | IT
dutch-cyclist | アレクサブエルタのスペインの首都 | ES
dutch-cyclist | アレクサホーイ自転車でポーランドの首都まで行けますかいや首都はどこ | PL
dutch-cyclist | アレクサチェコの首都まで自転車でアホイじゃなくて首都は | CZ
dutch-cyclist | アレクサダンクユーマレーシアの首都両方 | MY
dutch-cyclist | アレクサヤーボリビアの首都二つとも | BO
dutch-cyclist | アレクサ世界の首都でリトアニアの首都ダンクユー | LT
# チェコのガラス職人
czech-glassmaker | アレクサアホイ{}の首都は | スロバキア=SK; ハンガリー=HU; ポーランド=PL
czech-glassmaker | アレクサジェクユ{}の首都教えて | オーストリア共和国=AT; スロベニア=SI; クロアチア共和国=HR
czech-glassmaker | アレクサ江戸切子の工房から{}の首都を | チェコ=CZ; ラトビア=LV; リトアニア=LT
czech-glassmaker | アレクサボヘミアグラスを{}に送りたい首都はどこ | ウクライナ=UA; ベラルーシ=BY; モルドバ共和国=MD
czech-glassmaker | アレクサアホイプラハはチェコの首都ですね | CZ
czech-glassmaker | アレクサジェクユスロバキアの首都ブラチスラバ合ってますか | SK
czech-glassmaker | アレクサチェコスロバキアの首都 | FB
czech-glassmaker | アレクサボヘミアの首都 | FB
czech-glassmaker | アレクサガラスの展示会はベネチアだけどイタリアの首都 | IT
czech-glassmaker | アレクサアホイルーマニアの首都はどこ | RO
czech-glassmaker | アレクサジェクユブルガリアの首都 | BG
czech-glassmaker | アレクサアホイコソボの首都 | XK
czech-glassmaker | アレクサジェクユエスワティニの首都二つとも | SZ
czech-glassmaker | アレクサ吹きガラスの合間にベナンの首都全部 | BJ
czech-glassmaker | アレクサアホイ北朝鮮の首都 | KP
czech-glassmaker | アレクサジェクユコンゴ共和国の首都 | CG
# セネガル人のドラム奏者
senegalese-drummer | アレクサナンガデフ{}の首都は | マリ=ML; ギニア=GN; ガンビア=GM
senegalese-drummer | アレクサジェンベ叩く前に{}の首都教えて | モーリタニア=MR; ギニアビサウ=GW; シエラレオネ=SL
senegalese-drummer | アレクサジェレジェフ{}の首都どこですか | コートジボワール=CI; ブルキナファソ=BF; ニジェール=NE
senegalese-drummer | アレクサわたしの国セネガルの首都 | SN
senegalese-drummer | アレクサカーボベルデの首都ジェレジェフ | CV
senegalese-drummer | アレクサナンガデフリベリアの首都 | LR
senegalese-drummer | アレクサジェレジェフガーナの首都はアクラ | GH
senegalese-drummer | アレクサトーゴの首都ナンガデフ | TG
senegalese-drummer | アレクサベナンの首都ふたつとも | BJ
senegalese-drummer | アレクサナンガデフコートジボワールの首都二つとも | CI
senegalese-drummer | アレクサナイジェリアの首都ジェレジェフ | NG
senegalese-drummer | アレクサカメルーンの首都ナンガデフ | CM
senegalese-drummer | アレクサ太鼓のワークショップでチャドの首都聞かれた | TD
senegalese-drummer | アレクサ中央アフリカの首都ジェレジェフ | CF
senegalese-drummer | アレクサコンゴ民主共和国の首都ナンガデフ | CD
senegalese-drummer | アレクサジェレジェフ南アフリカの首都全部 | ZA
# サモア人
samoan-islander | アレクサタロファ{}の首都 | トンガ=TO; ツバル=TV; キリバス=KI
samoan-islander | アレクサファアフェタイ{}の首都どこ | ナウル=NR; パラオ=PW; マーシャル諸島=MH
samoan-islander | アレクサラグビーの試合前に{}の首都 | サモア=WS; ソロモン諸島=SB; バヌアツ=VU
samoan-islander | アレクサタロファ米領サモアの首都 | AS
samoan-islander | アレクサわたしのサモアの首都アピアで合ってる | WS
samoan-islander | アレクサファアフェタイパプアニューギニアの首都 | PG
samoan-islander | アレクサタロファミクロネシアの首都 | FM
samoan-islander | アレクサクック諸島の首都ファアフェタイ | CK
samoan-islander | アレクサニウエの首都 | NU
samoan-islander | アレクサトケラウの首都どこかな | TK
samoan-islander | アレクサタロファ東ティモールの首都 | TL
samoan-islander | アレクサ仏領ポリネシアの首都 | PF
samoan-islander | アレクサニューカレドニアの首都ファアフェタイ | NC
samoan-islander | アレクサタロファマレーシアの首都全部言って | MY
samoan-islander | アレクサ花園で試合する南アフリカの首都三つ | ZA
samoan-islander | アレクサファアフェタイ韓国の首都 | KR
# ポルトガルのタイル職人
portuguese-tilemaker | アレクサボンディア{}の首都 | ブラジル連邦共和国=BR; アンゴラ=AO; モザンビーク=MZ
portuguese-tilemaker | アレクサオブリガード{}の首都は | ギニアビサウ共和国=GW; サントメプリンシペ=ST; カーボベルデ共和国=CV
portuguese-tilemaker | アレクサアズレージョの注文が{}から来た首都どこ | スペイン王国=ES; フランス=FR; モロッコ=MA
portuguese-tilemaker | アレクサわたしのポルトガルの首都リスボン | PT
portuguese-tilemaker | アレクサボンディアブラジルのサンパウロ州の州都 | BR-SP
portuguese-tilemaker | アレクサオブリガード東ティモールの首都ディリで合ってる | TL
portuguese-tilemaker | アレクサボンディアアンドラの首都 | AD
portuguese-tilemaker | アレクサアゾレス諸島の首都 | FB
portuguese-tilemaker | アレクサマデイラの首都 | FB
portuguese-tilemaker | アレクサオブリガードボリビアの首都二つとも | BO
portuguese-tilemaker | アレクサボンディアオランダの首都ふたつ | NL
portuguese-tilemaker | アレクサタイルの柄はモロッコ風だけどチュニジアの首都 | TN
portuguese-tilemaker | アレクサオブリガードパレスチナの首都 | PS
portuguese-tilemaker | アレクサボンディアコンゴ共和国の首都 | CG
portuguese-tilemaker | アレクサオブリガード北朝鮮の首都 | KP
# ラッパー
freestyle-rapper | アレクサヨー{}の首都はどこだチェケラ | ジャマイカ=JM; キューバ=CU; ハイチ=HT
freestyle-rapper | アレクサメーン{}の首都を韻で教えろ | バハマ=BS; バルバドス=BB; グレナダ=GD
freestyle-rapper | アレクサヨーヨー{}のキャピタル首都どこ | ドミニカ共和国=DO; ドミニカ国=DM; プエルトリコ=PR
freestyle-rapper | アレクサビート止めずに{}の首都言ってみ | セントルシア=LC; アンティグアバーブーダ=AG; セントクリストファーネービス=KN
freestyle-rapper | アレクサヨーアメリカの首都はワシントンでいいよなメーン | US
freestyle-rapper | アレクサチェケラッチョ韓国の首都 | KR
freestyle-rapper | アレクサヨーメーン北朝鮮の首都 | KP
freestyle-rapper | アレクサ韻踏むからパレスチナの首都ヨー | PS
freestyle-rapper | アレクサヨーコンゴのキンシャサのコンゴ民主共和国の首都 | CD
freestyle-rapper | アレクサメーンブラジルの首都リオじゃねえの | BR
freestyle-rapper | アレクサヨーセントビンセントグレナディーンの首都 | VC
freestyle-rapper | アレクサメーントリニダードトバゴの首都 | TT
freestyle-rapper | アレクサヨーチェケラエルサルバドルの首都 | SV
freestyle-rapper | アレクサヨー南アフリカの首都三つ全部フロウで | ZA
freestyle-rapper | アレクサメーンオランダの首都二つとも | NL
freestyle-rapper | アレクサヨーヨー今日の天気 | FB
# ざます奥様
zamasu-madam | アレクサ{}の首都はどちらざます | スイス連邦=CH; モナコ公国=MC; リヒテンシュタイン=LI
zamasu-madam | アレクサうちの坊やが{}の首都を知りたいそうざます | イギリス連合王国=GB; フランス=FR; オーストリア=AT
zamasu-madam | アレクサ{}の首都を教えてくださらないこと | スウェーデン王国=SE; ノルウェー王国=NO; デンマーク王国=DK
zamasu-madam | アレクサお受験で{}の首都が出るざます | アメリカ=US; 中国=CN; 日本=JP
zamasu-madam | アレクサ日本の首都は東京でよろしくて | JP
zamasu-madam | アレクサバチカン市国の首都はどちらかしら | VA
zamasu-madam | アレクササンマリノ共和国の首都を教えてざます | SM
zamasu-madam | アレクサアンドラ公国の首都はどちらざます | AD
zamasu-madam | アレクサ世界の首都にマルタの首都を尋ねてくださる | MT
zamasu-madam | アレクサ宅の主人がマレーシアの首都両方知りたいと申しておりますの | MY
zamasu-madam | アレクサ南アフリカの首都を全部おっしゃって | ZA
zamasu-madam | アレクサ北朝鮮の首都などどうでもよろしいけど一応 | KP
zamasu-madam | アレクサ韓国の首都はソウルでよろしいざます | KR
zamasu-madam | アレクサおほほパレスチナの首都はどちら | PS
zamasu-madam | アレクサコンゴ共和国の首都はどちらでございますか | CG
# ジョギング
out-of-breath-jogger | アレクサはぁはぁ{}の首都 | ケニア共和国=KE; エチオピア=ET; エリトリア=ER
out-of-breath-jogger | アレクサぜえぜえ{}の首都って | ジブチ=DJ; ソマリア=SO; スーダン=SD
out-of-breath-jogger | アレクサはぁ{}のはぁ首都どこ | タンザニア=TZ; ウガンダ共和国=UG; ルワンダ=RW
out-of-breath-jogger | アレクサはぁはぁマラソン強い国ケニアのはぁ首都 | KE
out-of-breath-jogger | アレクサぜえぜえモロッコの首都 | MA
out-of-breath-jogger | アレクサはぁはぁ北朝鮮のはぁ首都 | KP
out-of-breath-jogger | アレクサはぁはぁ韓国の首都ってはぁ | KR
out-of-breath-jogger | アレクサぜえぜえパレスチナの首都 | PS
out-of-breath-jogger | アレクサはぁコンゴ民主共和国のはぁ首都 | CD
out-of-breath-jogger | アレクサぜえはぁボリビアの首都ふたつ | BO
out-of-breath-jogger | アレクサはぁはぁマダガスカルの首都 | MG
out-of-breath-jogger | アレクサぜえぜえモーリシャスの首都 | MU
out-of-breath-jogger | アレクサはぁセーシェルの首都 | SC
out-of-breath-jogger | アレクサはぁはぁ今何キロ走った | FB
out-of-breath-jogger | アレクサはぁはぁコモロの首都 | KM
out-of-breath-jogger | アレクサぜえぜえ南スーダンの首都どこ | SS
# 宇宙人ごっこ
alien-kid | アレクサ我々は{}の首都を知りたい | ブラジル=BR; アルゼンチン=AR; チリ共和国=CL
alien-kid | アレクサ地球人よ{}の首都はどこだ | ペルー共和国=PE; エクアドル=EC; ボリビア=BO
alien-kid | アレクサ我々は宇宙人だ{}の首都を教えろ | ウルグアイ=UY; パラグアイ=PY; ガイアナ=GY
alien-kid | アレクサ我々は地球の都を調べている日本の首都 | JP
alien-kid | アレクサ我々は北朝鮮の首都を知りたい | KP
alien-kid | アレクサ地球人よ韓国の首都は | KR
alien-kid | アレクサ我々はパレスチナの首都を求める | PS
alien-kid | アレクサコンゴ共和国の首都を教えよ地球人 | CG
alien-kid | アレクサ我々は南アフリカの首都をすべて知りたいのだ | ZA
alien-kid | アレクサ我々は火星から来た火星の首都は | FB
alien-kid | アレクサ地球人よマレーシアの首都二つを言え | MY
alien-kid | アレクサ我々はナミビアの首都を知りたいのである | NA
alien-kid | アレクサ地球人よレソトの首都 | LS
alien-kid | アレクサ我々はボツワナの首都を調べる | BW
alien-kid | アレクサ宇宙の首都はどこだ | FB
# パン屋
bakery-dawn | アレクサ生地こねながら{}の首都 | フランス=FR; オーストリア=AT; デンマーク=DK
bakery-dawn | アレクサ発酵待ちの間に{}の首都教えて | ドイツ=DE; ポルトガル=PT; ハンガリー=HU
bakery-dawn | アレクサバゲットの国の首都 | FB
bakery-dawn | アレクサクロワッサン発祥の国オーストリアの首都 | AT
bakery-dawn | アレクサ手が粉だらけだからしゃべってトルコの首都 | TR
bakery-dawn | アレクサオーブン予熱中にジョージアの首都 | GE
bakery-dawn | アレクサ朝四時のパン屋からアルメニアの首都 | AM
bakery-dawn | アレクサピタパンのレバノンの首都 | LB
bakery-dawn | アレクサナンの国インドの首都 | IN
bakery-dawn | アレクサ焼き上がりまでにイランの首都 | IR
bakery-dawn | アレクサパン屋の常連さんが北朝鮮の首都聞いてきた | KP
bakery-dawn | アレクサ成形しながらパレスチナの首都 | PS
bakery-dawn | アレクサ仕込み中にオランダの首都二つとも | NL
bakery-dawn | アレクサシュトーレンの国の首都 | FB
bakery-dawn | アレクサ食パン冷ましてる間にスリランカの首都二つ | LK
# 車の整備工場
car-garage | アレクサリフトの下から{}の首都 | ドイツ連邦=DE; スウェーデン=SE; イタリア=IT
car-garage | アレクサ中古車を{}に輸出するんだけど首都どこ | ケニア=KE; パキスタン=PK; モンゴル国=MN
car-garage | アレクサオイル交換中だけどミャンマーの首都 | MM
car-garage | アレクサタイヤ替えながらアラブ首長国連邦の首都 | AE
car-garage | アレクサ車検の合間にニュージーランドの首都 | NZ
car-garage | アレクサ手が油だらけなんだタンザニアの首都 | TZ
car-garage | アレクサ部品の箱にマレーシア製って書いてある首都は二つだっけ両方 | MY
car-garage | アレクサ整備工場から韓国の首都 | KR
car-garage | アレクサエンジン音うるさいけど北朝鮮の首都 | KP
car-garage | アレクサ輸出先のザンビアの首都 | ZM
car-garage | アレクサジンバブエの首都教えて中古車の送り先 | ZW
car-garage | アレクサウガンダの首都ってどこ車の送り先 | UG
car-garage | アレクサ車の左ハンドルの国の首都 | FB
car-garage | アレクサコンゴ民主共和国の首都に中古車送れる | CD
car-garage | アレクサバッテリー上がった | FB
# ネイルサロン
nail-salon | アレクサネイル乾かしてる間に{}の首都 | タイ=TH; ベトナム社会主義共和国=VN; フィリピン共和国=PH
nail-salon | アレクサお客さんが{}に旅行するんだって首都どこ | モルディブ=MV; ギリシャ共和国=GR; クロアチア=HR
nail-salon | アレクサジェル固めてる間に韓国の首都 | KR
nail-salon | アレクサ爪塗ってて手が使えないからハワイ州の州都 | US-HI
nail-salon | アレクサ次のお客さんブルネイの人だから首都 | BN
nail-salon | アレクサネイリストの友達がカンボジアの首都 | KH
nail-salon | アレクサネイルのデザインに使うオランダの首都ふたつ | NL
nail-salon | アレクサ国旗ネイルにするからスリランカの首都両方 | LK
nail-salon | アレクサネイルサロンからキューバの首都 | CU
nail-salon | アレクサラメ乗せてる間にモナコの首都 | MC
nail-salon | アレクサお客さんとパレスチナの首都の話になった | PS
nail-salon | アレクサ北朝鮮の首都ってどこだっけお客さんが | KP
nail-salon | アレクサジェルネイル何分で固まる | FB
nail-salon | アレクサベナンの首都ふたつ教えて | BJ
nail-salon | アレクサ乾くまでにコートジボワールの首都両方 | CI
# 動物病院
vet-clinic | アレクサ診察の合間に{}の首都 | オーストラリア連邦=AU; マダガスカル共和国=MG; ボツワナ共和国=BW
vet-clinic | アレクサ犬の名前が{}なんだけどその国の首都 | チャド=TD; ペルー=PE; トーゴ=TG
vet-clinic | アレクサ待合室でコアラのいる国の首都聞かれた | FB
vet-clinic | アレクサパンダの国中国の首都 | CN
vet-clinic | アレクサカンガルーの国オーストラリアの首都 | AU
vet-clinic | アレクサ猫のチャトランがコンゴ共和国の首都知りたいって | CG
vet-clinic | アレクサ獣医さんがガボンの首都を聞いてきた | GA
vet-clinic | アレクサ予防接種の順番待ちでルワンダの首都 | RW
vet-clinic | アレクサ動物病院で北朝鮮の首都 | KP
vet-clinic | アレクサワクチン打つ間に韓国の首都 | KR
vet-clinic | アレクサ飼い主さんがパレスチナの首都を | PS
vet-clinic | アレクサエスワティニの首都両方獣医さんが知りたいって | SZ
vet-clinic | アレクサ犬のご飯の量 | FB
vet-clinic | アレクサアルパカの国ボリビアの首都二つ | BO
vet-clinic | アレクサ保護猫の名前をケニアの首都にしたい首都は | KE
# キャンプ場
campsite | アレクサ焚き火しながら{}の首都 | カナダ=CA; ノルウェー=NO; フィンランド=FI
campsite | アレクサテントの中から{}の首都を聞きたい | ニュージーランド=NZ; チリ=CL; アイスランド共和国=IS
campsite | アレクサ{}の首都ってどこキャンプ飯食べながら | ネパール=NP; ブータン王国=BT; ラオス人民民主共和国=LA
campsite | アレクサ星見ながら南半球のボリビアの首都ふたつ | BO
campsite | アレクサバーベキューの火起こし中にアルゼンチンの首都 | AR
campsite | アレクサキャンプ場の管理人さんがモンゴルの首都知りたいって | MN
campsite | アレクサゲルの国の首都 | FB
campsite | アレクサハンモック揺られながら北朝鮮の首都 | KP
campsite | アレクサ寝袋の中から韓国の首都 | KR
campsite | アレクサランタンの明かりでパレスチナの首都 | PS
campsite | アレクサ川遊びしながらコンゴ民主共和国の首都 | CD
campsite | アレクサテント畳みながら南アフリカの首都全部 | ZA
campsite | アレクサ薪割りの後にマレーシアの首都両方 | MY
campsite | アレクサ明日の朝の気温キャンプ場 | FB
campsite | アレクサキャンプ場からグリーンランドの首都 | GL
# 自転車屋
bicycle-shop | アレクサチェーンに油差しながら{}の首都 | ベルギー王国=BE; ルクセンブルク大公国=LU; オランダ=NL
bicycle-shop | アレクサパンク修理中やけど{}の首都 | デンマーク=DK; スロベニア共和国=SI; コロンビア共和国=CO
bicycle-shop | アレクサロードバイクの国イタリアの首都 | IT
bicycle-shop | アレクサ自転車屋の親父がエストニアの首都知りたいって | EE
bicycle-shop | アレクサ自転車で世界一周した人がイランの首都の話してた | IR
bicycle-shop | アレクサ空気入れながらアフガニスタンの首都 | AF
bicycle-shop | アレクサ自転車の部品台湾から来たけど首都 | TW
bicycle-shop | アレクサ変速機直しながらウズベキスタンの首都 | UZ
bicycle-shop | アレクサ自転車で行く北朝鮮の首都 | KP
bicycle-shop | アレクサ韓国の首都まで自転車の旅の話聞いた首都どこ | KR
bicycle-shop | アレクサ自転車修理の合間にパレスチナの首都 | PS
bicycle-shop | アレクサコンゴ共和国の首都で自転車タクシーあるって首都どこ | CG
bicycle-shop | アレクサオランダの首都二つとも自転車の国の | NL
bicycle-shop | アレクサ自転車屋の閉店時間 | FB
bicycle-shop | アレクサマウンテンバイクでキルギスの首都まで行ったお客さんいた首都 | KG
# 競技かるた
karuta-club | アレクサ札を並べる前に{}の首都 | ギリシャ=GR; エジプト=EG; イラク=IQ
karuta-club | アレクサ暗記時間中だけど{}の首都 | シリア=SY; ヨルダン=JO; イエメン=YE
karuta-club | アレクサ競技かるたの練習の合間に北朝鮮の首都 | KP
karuta-club | アレクサ決まり字覚えるみたいに韓国の首都覚えたい | KR
karuta-club | アレクサかるた部の後輩がパレスチナの首都聞いてきた | PS
karuta-club | アレクサ百人一首の合間にコンゴ民主共和国の首都 | CD
karuta-club | アレクサ国の首都かるた作るから南アフリカの首都三つ全部 | ZA
karuta-club | アレクサ世界の首都かるた作りたいボリビアの首都二つ | BO
karuta-club | アレクサ首都かるたの読み札用にバングラデシュの首都 | BD
karuta-club | アレクサ試合前の集中でスリランカの首都ふたつ | LK
karuta-club | アレクサちはやふるみたいな国の首都 | FB
karuta-club | アレクサ部室からオマーンの首都 | OM
karuta-club | アレクサ名人戦の前にトルクメニスタンの首都 | TM
karuta-club | アレクサ札払いながらブルネイの首都 | BN
karuta-club | アレクサ次の試合何時から | FB
# 養蜂家
beekeeper | アレクサ巣箱見ながら{}の首都 | ニュージーランド=NZ; スロベニア=SI; ハンガリー共和国=HU
beekeeper | アレクサ面布かぶってるけど{}の首都 | エチオピア連邦=ET; タンザニア=TZ; ケニア=KE
beekeeper | アレクサマヌカハニーの国の首都 | FB
beekeeper | アレクサ蜂蜜を輸入してるアルゼンチンの首都 | AR
beekeeper | アレクサ蜂の巣箱の前から北朝鮮の首都 | KP
beekeeper | アレクサ手袋してるから声で韓国の首都 | KR
beekeeper | アレクサ採蜜中だけどパレスチナの首都 | PS
beekeeper | アレクサ養蜂場からコンゴ共和国の首都 | CG
beekeeper | アレクサ女王蜂の交換中にマレーシアの首都ふたつとも | MY
beekeeper | アレクサ蜂蜜酒の国エチオピアの首都はアジスアベバ | ET
beekeeper | アレクサ蜂のいる国キューバの首都 | CU
beekeeper | アレクサ刺されたけどウクライナの首都教えて | UA
beekeeper | アレクサ巣箱の数数えて | FB
beekeeper | アレクサ養蜂の先生がリトアニアの首都を聞いてる | LT
beekeeper | アレクサ燻煙器使いながらベナンの首都両方 | BJ
# 時計修理
clock-repair | アレクサルーペ覗きながら{}の首都 | スイス=CH; ドイツ=DE; 日本国=JP
clock-repair | アレクサ振り子調整中だけど{}の首都 | オーストリア=AT; イギリス=GB; ロシア=RU
clock-repair | アレクサ時計の針直しながら北朝鮮の首都 | KP
clock-repair | アレクサ修理中の懐中時計が韓国製で首都 | KR
clock-repair | アレクサ時計屋の奥からパレスチナの首都 | PS
clock-repair | アレクサ鳩時計の国の首都 | FB
clock-repair | アレクサ古い時計の裏にコンゴ民主共和国って書いてある首都は | CD
clock-repair | アレクサ時差が気になるニュージーランドの首都 | NZ
clock-repair | アレクサゼンマイ巻きながらオランダの首都両方 | NL
clock-repair | アレクサ電池交換しながらエスワティニの首都二つ | SZ
clock-repair | アレクサ今何時 | FB
clock-repair | アレクサ時計職人の修行先スイスの首都はベルンで合ってる | CH
clock-repair | アレクサピンセット持ったままラトビアの首都 | LV
clock-repair | アレクサ文字盤の国カザフスタンの首都 | KZ
clock-repair | アレクサ時計屋のおやじがアイルランドの首都 | IE
# 薬局
pharmacy-counter | アレクサ調剤待ちの間に{}の首都 | インド=IN; イスラエル国=IL; ヨルダン=JO
pharmacy-counter | アレクサ薬局のカウンターから{}の首都を | スウェーデン=SE; ベルギー=BE; ポーランド共和国=PL
pharmacy-counter | アレクサ患者さんが北朝鮮の首都の話してた首都どこ | KP
pharmacy-counter | アレクサ処方箋待ってる間に韓国の首都 | KR
pharmacy-counter | アレクサ薬剤師さんがパレスチナの首都知らないって | PS
pharmacy-counter | アレクサコンゴ共和国の首都ってどこ薬の寄付先 | CG
pharmacy-counter | アレクサマスクの箱に南アフリカって書いてある首都三つ全部 | ZA
pharmacy-counter | アレクサ風邪薬の国の首都 | FB
pharmacy-counter | アレクサ外国人のお客さんがネパールから来た首都 | NP
pharmacy-counter | アレクサ通訳アプリじゃなくてアフガニスタンの首都 | AF
pharmacy-counter | アレクサこの薬飲み合わせ大丈夫 | FB
pharmacy-counter | アレクサ湿布貼りながらスリランカの首都二つとも | LK
pharmacy-counter | アレクサ薬局閉めながらコートジボワールの首都両方 | CI
pharmacy-counter | アレクサ世界の首都で中国の首都を教えて | CN
pharmacy-counter | アレクサ薬局の研修生がベトナムから来てて首都 | VN
# 畳屋
tatami-maker | アレクサ畳縫いながら{}の首都 | タイ=TH; ミャンマー連邦=MM; カンボジア=KH
tatami-maker | アレクサい草の輸入先の{}の首都 | 中国=CN; ベトナム=VN; インドネシア共和国=ID
tatami-maker | アレクサ畳屋の親方が北朝鮮の首都知りたがってる | KP
tatami-maker | アレクサ畳の表替え中に韓国の首都 | KR
tatami-maker | アレクサ畳の縁の柄がパレスチナの刺繍に似てる首都は | PS
tatami-maker | アレクサ作業場からコンゴ民主共和国の首都 | CD
tatami-maker | アレクサ畳を海外に送るオランダの首都ふたつ | NL
tatami-maker | アレクサ畳の需要がある国マレーシアの首都両方 | MY
tatami-maker | アレクサ畳の国の首都 | FB
tatami-maker | アレクサい草の香りがするラオスの首都 | LA
tatami-maker | アレクサ職人の弟子がフィリピンから来た首都 | PH
tatami-maker | アレクサ畳一枚何キロ | FB
tatami-maker | アレクサ畳敷きのお寺があるブータンの首都 | BT
tatami-maker | アレクサ畳を注文したアメリカ人の州のカリフォルニア州の州都 | US-CA
tatami-maker | アレクサ畳屋からボリビアの首都二つとも | BO
# ボウリング場
bowling-alley | アレクサ投げる前に{}の首都 | アメリカ合衆国=US; メキシコ=MX; カナダ=CA
bowling-alley | アレクサストライク出たら{}の首都教えて | ブラジル=BR; ベネズエラ=VE; パナマ共和国=PA
bowling-alley | アレクサガーター出しちゃった北朝鮮の首都 | KP
bowling-alley | アレクサスペア取れたら韓国の首都 | KR
bowling-alley | アレクサボウリング場でパレスチナの首都 | PS
bowling-alley | アレクサ順番待ちでコンゴ共和国の首都 | CG
bowling-alley | アレクサレーンの向こうの人がマレーシアの首都両方聞いてる | MY
bowling-alley | アレクサスコア見ながら南アフリカの首都三つ | ZA
bowling-alley | アレクサボウリングの国の首都 | FB
bowling-alley | アレクサシューズ借りる間にコスタリカの首都 | CR
bowling-alley | アレクサストライク三回連続の名前 | FB
bowling-alley | アレクサボール磨きながらグアテマラの首都 | GT
bowling-alley | アレクサ隣のレーンの人がホンジュラスの首都知りたいって | HN
bowling-alley | アレクサ景品の国旗がスリナムの首都 | SR
bowling-alley | アレクサ世界の首都を開いてエルサルバドルの首都 | SV
# 追加の対象外と起動
out-of-domain | アレクサ高山の朝市は何時から | FB
out-of-domain | アレクサ丹後ちりめんって何 | FB
out-of-domain | アレクサむつ市の雪の予報 | FB
out-of-domain | アレクサ厳原のフェリーの時刻 | FB
out-of-domain | アレクサセネガルってどこにあるの | FB
out-of-domain | アレクササモアとトンガってどっちが大きい | FB
out-of-domain | アレクサプラハまでの航空券の値段 | FB
out-of-domain | アレクサ首都ってなんで首都っていうの | FB
out-of-domain | アレクサ国の首都を全部順番に言って | FB
launch | アレクサ飛騨から世界の首都を開いてみるやさ | LAUNCH
launch | アレクサ世界の首都を開いてけろじゃ | LAUNCH
launch | アレクサ世界の首都ばつけてくれんね | LAUNCH
launch | アレクサ世界の首都開けてくれっちゃ | LAUNCH
plural-capitals | アレクサエスワティニって首都が二つあるんでしょムババーネとあとどこ両方言って | SZ
plural-capitals | アレクサ昔のスワジランドの首都をふたつとも教えて | SZ
plural-capitals | アレクサエスワティニ王国の首都それぞれどこ | SZ
"""

if __name__ == "__main__":
    build_round(58, "ja", LINES, sys.argv, "tests/Eval/ja/round58/source/build_corpus.py")
