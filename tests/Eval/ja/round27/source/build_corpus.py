"""Round 27, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the four most recent Japanese rounds (23 to 26: Kawachi, Senshu, Shonan, Yokohama, Boso, Saitama and Chichibu, Tama,
Kitakyushu, old Yamanote, Kyoto, Shiga, Nara, Wakayama, Mikawa, Nanbu, Hokkaido, Sendai, Iwate, Yamagata, Okayama,
Kumamoto, Kagoshima, Tsugaru, Akita, Fukushima, Nagasaki, Saga, Oita, Miyazaki and young Tokyo slang).
Regions: Koshu in Yamanashi (ずら, けー, じゃん, くりょう, おまん, てっ, ごいっす), Mino in Gifu (やお, やて, でかん,
教えやあ, えらい, やっとかめ), Hida Takayama (やさ, なんな, やよ, くれんさ), Sanuki in Kagawa (なんしょん, つか,
まんでがん, ほっこ, きん, かいの), Awa in Tokushima (ほなけん, じょ, でえ, 教えてだ, なで) and Banshu around Himeji
(しとう, けぇ, ごじゃ, かのう, へん).
People and places: a winery and peach farm in Koshu, a jeweller in Kofu, Seki cutlery and Mino washi exports, a
cormorant-fishing boat, Brazilian and Filipino factory workers in Kani, a Takayama inn, the morning market, a furniture
workshop and a sake brewery, an udon shop, an olive farm, the Naoshima art festival, Konpira, an Awa Odori team, an
indigo workshop, the Naruto whirlpool boat, Kamikatsu's zero-waste visitors, a volunteer guide at Himeji Castle, a
tannery and an Aioi shipyard. Jobs: a coffee roaster, a chocolatier, a tea importer, a cram-school teacher, a proofreader,
a quiz-show writer, a container yard, a used-car exporter, a tour-bus guide, an immigration paperwork office, a parcel
warehouse, a sommelier, a weather presenter, a travel agency, a spice shop. Home: washing up, making gyoza, feeding
the cat, a typhoon day, folding futons, the tax return, cleaning the bath, New Year cards, a family argument after
dinner, waking at night, the dog walk. Games and sport: shiritori, GeoGuessr, a world-map jigsaw, flag karuta, the Game of
Life, a flag-quiz app, a capitals game, a family quiz night, a conquest board game, a card game; table tennis, judo,
karate, Formula 1, the Japan Cup, athletics, a yacht race, Asian football qualifiers, basketball, handball.
Learners and heritage speakers: a Filipino caregiver, a Brazilian Nikkei factory worker, a Pakistani used-car exporter, a
Turkish kebab seller, a Korean working-holiday student, an American assistant language teacher (キャピタルシティ); a
grandson of Okinawan settlers in Bolivia, children of Filipino, Brazilian and Peruvian parents, a returnee from Dubai,
a weekend Japanese-school pupil. Children: a kindergartner, a shiritori player, a cram-school fourth-grader; teenagers
(ガチ, えぐい, 秒で, 推し, はよ); elders: a former overseas volunteer, a retired airline pilot, a retired postmaster, a
grandmother.
Plus hesitations and fillers, follow-ups, self-corrections with a marker (間違えた, いや違う, ごめん, 訂正, ちゃうちゃう),
yes/no checks with a right or wrong capital, reverse questions, official, everyday and old names (colonial names the
data lacks too), shared names, plural questions (every several-capital country, Palestine, Montserrat, Jammu and
Kashmir, Uttarakhand), subdivisions (州都) and territories, out-of-domain near misses (other facts about a named
country, 首都 in other senses such as 首都高 and 首都圏, prefectural and Chinese provincial capitals the data lacks,
former states, everyday requests), help, stop, cancel, launch and one-shot requests through the invocation name
世界の首都; and what ja-JP recognition writes: hiragana names (どいつ), homophones (要らん, 地理, 鞠, 二本, 主婦 for
首府, 種痘 for 首都, 主張 for 首長), lost or added long vowels and small kana, joined names.
`python3 tests/Eval/ja/round27/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 27's number); every line is ja-JP.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# plain questions
plain-question | {}の首都ってさどこだったっけ | アイスランド=IS; アイルランド=IE
plain-question | ねえ{}の首都ってどこ | ラトビア=LV; リトアニア=LT
plain-question | {}の首都を知りたいんだけど | スロバキア=SK; スロベニア=SI
plain-question | {}って国の首都はどこですか | セルビア=RS; モンテネグロ=ME
plain-question | {}の首都はなんていう街 | ブルガリア=BG; ルーマニア=RO
plain-question | {}の首都ってどこにあるの | ウクライナ=UA; ギリシャ=GR
plain-question | {}の首都どこ | キルギス=KG; タジキスタン=TJ
plain-question | {}の首都って何て名前だったかな | カザフスタン=KZ; ウズベキスタン=UZ
plain-question | ちょっと聞きたいんだけど{}の首都は | イラク=IQ; イラン=IR
plain-question | {}の首都が出てこない | ヨルダン=JO; レバノン=LB
plain-question | {}の首都ってどこだったか思い出せない | オマーン=OM; カタール=QA
plain-question | {}の首都はどこになるの | クウェート=KW; イエメン=YE
plain-question | {}の首都ってさ | エジプト=EG; リビア=LY
plain-question | 今さらだけど{}の首都ってどこ | アルジェリア=DZ; モロッコ=MA
plain-question | {}の首都ってどこか分かる | マリ=ML; ニジェール=NE
plain-question | 急に気になったんだけど{}の首都ってどこ | セネガル=SN; ガンビア=GM
plain-question | {}の首都の名前を教えて | ナイジェリア=NG; カメルーン=CM; 赤道ギニア=GQ
plain-question | {}の首都ってどこなのか知ってる | ガボン=GA; コンゴ共和国=CG
plain-question | {}の首都どこだったっけね | ウガンダ=UG; ルワンダ=RW
plain-question | {}の首都ってどこなの教えて | タンザニア=TZ; ケニア=KE

# polite requests
polite-request | お手数ですが{}の首都を教えていただけますか | スイス=CH; オーストリア=AT
polite-request | {}の首都を教えてくださいませんか | ルクセンブルク=LU; ベルギー=BE
polite-request | 恐れ入りますが{}の首都はどちらでしょうか | サンマリノ=SM; アンドラ=AD
polite-request | {}の首都をお伺いしてもよろしいでしょうか | ポルトガル=PT; スペイン=ES
polite-request | 申し訳ないんですけど{}の首都を教えてもらえますか | フィンランド=FI; スウェーデン=SE
polite-request | よろしければ{}の首都を教えてください | デンマーク=DK; ポーランド=PL
polite-request | {}の首都はどちらになりますでしょうか | ハンガリー=HU; ドイツ=DE
polite-request | すみません{}の首都をお願いします | 北マケドニア=MK; ボスニア・ヘルツェゴビナ=BA
polite-request | 失礼ですが{}の首都はどこでございましょう | ブータン=BT; ネパール=NP
polite-request | 差し支えなければ{}の首都を教えていただきたいのですが | パキスタン=PK; インド=IN
polite-request | {}の首都を教えていただけると助かります | ミャンマー=MM; ラオス=LA
polite-request | 度々すみませんが{}の首都も伺えますか | タイ=TH; ベトナム=VN
polite-request | 大変恐縮ですが{}の首都はどちらかご存じですか | 東ティモール=TL; ブルネイ=BN

# Koshu, Yamanashi
koshu-speech | おまん{}の首都知ってるけー | チリ=CL; アルゼンチン=AR
koshu-speech | ワインのラベルに{}って書いてあるだけんど首都はどこずら | ジョージア=GE+US-GA; 南アフリカ=ZA
koshu-speech | 桃を{}に送るだけんど首都ってどこけー | 台湾=TW; シンガポール=SG
koshu-speech | 富士山に来た{}の人に首都聞かれたけんど教えてくりょう | タイ=TH; インドネシア=ID
koshu-speech | {}の首都ってどこずらね | パラグアイ=PY; ボリビア=BO
koshu-speech | 甲府の宝石屋に{}のお客さんが来たじゃん首都どこけー | ブラジル=BR; コロンビア=CO
koshu-speech | {}の首都を教えてくりょう | エクアドル=EC; ベネズエラ=VE
koshu-speech | ほうとう食べながら考えてるだけんど{}の首都はどこずら | スリナム=SR; パナマ=PA; コスタリカ=CR
koshu-speech | {}の首都なんずら | ニカラグア=NI; ホンジュラス=HN
koshu-speech | ぶどう畑の研修生が{}から来たっつうだけんど首都はどこけー | グアテマラ=GT; ベリーズ=BZ
koshu-speech | ごいっすねおまん{}の首都も分かるけー | キューバ=CU; ジャマイカ=JM
koshu-speech | てっ{}の首都ってなんつう街け | ドミニカ共和国=DO; バハマ=BS

# Mino, Gifu
mino-speech | 関の包丁を{}に出すんやけど首都はどこやお | ドイツ=DE; フランス=FR
mino-speech | {}の首都教えやあ | オーストラリア=AU; カナダ=CA
mino-speech | 鵜飼いのお客さんが{}から来とるんやて首都どこやろか | 中国=CN; 韓国=KR
mino-speech | {}の首都がわからんでかんわ | モンゴル=MN; カザフスタン=KZ
mino-speech | えらいで頭回らんけど{}の首都どこやったかな | ロシア=RU; ウクライナ=UA
mino-speech | 美濃和紙を{}に送るで首都を調べといてまえんか | イタリア=IT; スペイン=ES
mino-speech | {}の首都ってどこなんやお | ギリシャ=GR; エジプト=EG
mino-speech | やっとかめに思い出したんやけど{}の首都はなんやったっけ | スウェーデン=SE; フィンランド=FI
mino-speech | {}の首都ってどこやて言っとったかな | 南アフリカ=ZA; ナミビア=NA
mino-speech | 可児の工場の{}の人に聞かれたんやけど首都どこやお | ブラジル=BR; ペルー=PE

# Hida Takayama
hida-speech | 朝市に{}のお客さんが来とるんやさ首都どこやな | イスラエル=IL; スロベニア=SI
hida-speech | {}の首都ってどこやさ | ラトビア=LV; ベルギー=BE
hida-speech | 宿の台帳に{}って書いてあるんやけど首都はどこなんな | ルクセンブルク=LU; デンマーク=DK
hida-speech | 家具の工房に{}の職人が来るんやよ首都教えてくれんか | アイスランド=IS; オーストリア=AT
hida-speech | 酒蔵の見学の{}の人の首都ってどこやさな | シンガポール=SG; マレーシア=MY
hida-speech | 雪がえらい降っとるけど{}の首都はどこなんやな | カナダ=CA; スイス=CH
hida-speech | {}の首都ちょっと教えてくれんさ | アルゼンチン=AR; チリ=CL

# Sanuki, Kagawa
sanuki-speech | うどん屋に{}の人が来とんやけど首都どこなん | イタリア=IT; オーストラリア=AU
sanuki-speech | {}の首都教えてつか | ギリシャ=GR; トルコ=TR
sanuki-speech | オリーブの勉強で{}に行くきん首都調べてつか | スペイン=ES; ポルトガル=PT
sanuki-speech | 直島の芸術祭に{}の人が来とるけん首都はどこなんな | ドイツ=DE; オランダ=NL
sanuki-speech | ほっこなこと聞くけど{}の首都ってどこなん | フィジー=FJ; サモア=WS
sanuki-speech | {}の首都まんでがん忘れてしもたわ | パプアニューギニア=PG; ソロモン諸島=SB
sanuki-speech | こんぴらさんで{}の人に会うたんやけど首都はどこやったん | アメリカ=US; カナダ=CA
sanuki-speech | {}の首都ってどこなんか教えてつかあさい | ミクロネシア連邦=FM; マーシャル諸島=MH
sanuki-speech | {}の首都はどこやったかいの | キリバス=KI; ツバル=TV
sanuki-speech | なんしょんの{}の首都も知らんのかって言われたんやけどどこなん | フランス=FR; イギリス=GB

# Awa, Tokushima
awa-speech | 阿波踊りに{}の連が来るんじょ首都どこなん | フランス=FR; ブラジル=BR
awa-speech | {}の首都教えてだ | ケニア=KE; エチオピア=ET
awa-speech | 藍染め体験に{}の人が来とるけん首都はどこでえ | インド=IN; バングラデシュ=BD
awa-speech | ほなけん{}の首都ってどこなんで | ベトナム=VN; カンボジア=KH
awa-speech | 鳴門の渦潮の船に{}の人が乗っとったんじょ首都どこ | 香港=HK; マカオ=MO
awa-speech | {}の首都ってほんまはどこなんじょ | トーゴ=TG; ベナン=BJ
awa-speech | 上勝にゴミの勉強で{}の人が来たんやけど首都はどこなで | ドイツ=DE; スウェーデン=SE
awa-speech | {}の首都ってどこやったでえ | ザンビア=ZM; ジンバブエ=ZW

# Banshu, Himeji
banshu-speech | 姫路城のボランティアで{}のお客さん案内しとうけど首都どこや | スペイン=ES; アメリカ=US
banshu-speech | {}の首都ってどこなんけ | モザンビーク=MZ; マダガスカル=MG
banshu-speech | 皮なめしの工場に{}の研修生がおるけぇ首都教えて | ベトナム=VN; ミャンマー=MM
banshu-speech | 相生の造船所で{}の船員さんと話しとうねんけど首都はどこや | パナマ=PA; リベリア=LR
banshu-speech | ごじゃなこと言わんと{}の首都ちゃんと教えてや | ソマリア=SO; エリトリア=ER
banshu-speech | {}の首都ってどこやったかのう | スーダン=SD; 南スーダン=SS
banshu-speech | ほんまに分からへんねん{}の首都 | チャド=TD; ニジェール=NE

# learners of Japanese
learner-speech | {}首都はどこですか | フィリピン=PH; インドネシア=ID
learner-speech | 私の国{}です首都は何ですか | スリランカ=LK; パキスタン=PK
learner-speech | アレクサさん{}の首都を教えてくださいです | トルコ=TR; アゼルバイジャン=AZ
learner-speech | {}のキャピタルシティは何ですか | アメリカ=US; カナダ=CA
learner-speech | {}は首都どこにありますか | ブラジル=BR; ボリビア=BO
learner-speech | ええと{}の首都が何ですか | 韓国=KR; モンゴル=MN
learner-speech | 車を{}に輸出します首都どこですか | ケニア=KE; タンザニア=TZ
learner-speech | {}の首都は教えてください | ニュージーランド=NZ; アイルランド=IE
learner-speech | 私は{}から来ました首都はなんですか | ガーナ=GH; ナイジェリア=NG
learner-speech | {}首都の名前わかりますか | エジプト=EG; ヨルダン=JO
learner-speech | {}の首都お願いしますね | キプロス=CY; ブルガリア=BG
learner-speech | アレクサさん{}のキャピタルどこ | ペルー=PE; コロンビア=CO
learner-speech | えっと{}の首都どれですか | アルメニア=AM; ジョージア=GE+US-GA
learner-speech | ケバブの店に{}のお客さん来ました首都どこですか | イラク=IQ; レバノン=LB

# heritage speakers
heritage-speech | うちのじいちゃん{}の移住地におったんだけど首都はどこね | ボリビア=BO; パラグアイ=PY
heritage-speech | ママの国の{}の首都ってどこだっけ | フィリピン=PH; タイ=TH
heritage-speech | {}の首都なんだっけパパの国なんだけど | ブラジル=BR; ペルー=PE
heritage-speech | おばあちゃんが{}生まれなんだけど首都知らなくて | カナダ=CA; アメリカ=US
heritage-speech | 小さい頃{}に住んでたけど首都どこだったか忘れちゃった | アラブ首長国連邦=AE; カタール=QA
heritage-speech | 補習校で{}の首都きかれたんだけど | ドイツ=DE; シンガポール=SG
heritage-speech | 日本語むずかしいけど{}の首都はどこ | ウルグアイ=UY; チリ=CL

# children
child-speech | ねえねえ{}のしゅとってどこ | エジプト=EG; ケニア=KE
child-speech | しりとりでつかいたいから{}のしゅとおしえて | ラオス=LA; チャド=TD
child-speech | ようちえんのせんせいが{}のおはなししてたのしゅとはどこ | インド=IN; 中国=CN
child-speech | パパが{}にしゅっちょうなんだけどしゅとってどこ | ベトナム=VN; ドイツ=DE
child-speech | {}のしゅとなあに | スイス=CH; オランダ=NL
child-speech | えほんに{}がでてきたのしゅとどこ | ロシア=RU; フィンランド=FI
child-speech | 塾のテストに{}の首都が出るんだけどどこ | オーストラリア=AU; ニュージーランド=NZ
child-speech | ぼくのすきなサッカーのせんしゅ{}のひとなのしゅとどこ | アルゼンチン=AR; ポルトガル=PT
child-speech | {}ってしゅとあるの | モナコ=MC; バチカン=VA
child-speech | こくばんのちずに{}ってかいてあったよしゅとどこ | マダガスカル=MG; モンゴル=MN

# teenagers
teen-speech | {}の首都ってガチでどこ | ルーマニア=RO; ハンガリー=HU
teen-speech | まじ{}の首都わからなすぎてやばい | ベラルーシ=BY; モルドバ=MD
teen-speech | 推しが{}出身なんだけど首都どこ | 韓国=KR; タイ=TH
teen-speech | 地理の小テストえぐいんだけど{}の首都って何 | アゼルバイジャン=AZ; トルクメニスタン=TM
teen-speech | 高校生クイズの練習なんだけど{}の首都は | ブルネイ=BN; 東ティモール=TL
teen-speech | {}の首都秒で教えて | イラン=IR; イラク=IQ
teen-speech | ぶっちゃけ{}の首都ってどこなん | アンゴラ=AO; コンゴ民主共和国=CD
teen-speech | {}の首都はよ | ナミビア=NA; レソト=LS

# elders
elder-speech | 昔協力隊で{}に行っておったんだが首都はどこだったかな | マラウイ=MW; パラオ=PW; トンガ=TO
elder-speech | わしが飛んでおった頃は{}の首都によく降りたもんだがどこだったかね | タイ=TH; インド=IN
elder-speech | {}の首都はどこだったかねえ年をとると忘れていかん | ギリシャ=GR; トルコ=TR
elder-speech | 郵便局で{}宛ての小包を扱ったもんだが首都はなんといったか | ブラジル=BR; アルゼンチン=AR
elder-speech | おばあちゃんにも分かるように{}の首都を教えておくれ | フィリピン=PH; 韓国=KR
elder-speech | {}の首都をもう一度ゆっくり言っておくれ | スイス=CH; オーストリア=AT
elder-speech | 孫が{}に留学しとるんだが首都はどこかね | オーストラリア=AU; カナダ=CA
elder-speech | {}の首都はどちらでしたかな | ノルウェー=NO; デンマーク=DK
elder-speech | ラジオで{}の話をしておったが首都はどこだったろう | キューバ=CU; メキシコ=MX
elder-speech | 新聞に{}とあったがあそこの首都はどこだったか | スーダン=SD; ソマリア=SO

# work
work-context | 焙煎してるこの豆が{}産なんだけど首都ってどこ | エチオピア=ET; グアテマラ=GT
work-context | コーヒーの産地の{}の首都を店のポップに書きたいんだけど | ホンジュラス=HN; ニカラグア=NI
work-context | カカオ豆の仕入れ先が{}なんだけど首都どこだっけ | ガーナ=GH; エクアドル=EC
work-context | 紅茶の輸入先の{}の首都を書類に書かなきゃいけないんだけど | インド=IN; ケニア=KE
work-context | 中学受験の授業で{}の首都を出すんだけど正解はどこ | サウジアラビア=SA; カタール=QA
work-context | 校閲中なんだけど原稿の{}の首都が合ってるか確かめたいからどこか教えて | カザフスタン=KZ; ミャンマー=MM
work-context | クイズ番組の問題作ってて{}の首都の答えを確認したい | ブータン=BT; ブルンジ=BI
work-context | コンテナの行き先が{}なんだけど首都はどこ | チリ=CL; ペルー=PE
work-context | バスガイドの案内で{}の首都に触れたいんだけどどこだったかしら | オランダ=NL; ベルギー=BE
work-context | 在留資格の書類で{}の首都を聞かれたんだけど | ネパール=NP; スリランカ=LK
work-context | 倉庫で{}行きの荷物を仕分けてるんだけど首都どこ | ポーランド=PL; チェコ=CZ
work-context | ソムリエの試験で{}の首都も覚えとけって言われたんだけどどこ | ジョージア=GE+US-GA; モルドバ=MD
work-context | 海外の天気のコーナーで{}の首都を読むんだけどどこだっけ | アイスランド=IS; フィンランド=FI
work-context | 旅行会社のカウンターで{}のツアーを聞かれたんだけど首都どこ | クロアチア=HR; スロベニア=SI
work-context | スパイス屋で{}のカレー粉売ってるんだけど首都はどこ | パキスタン=PK; バングラデシュ=BD

# home
home-context | 皿洗いしながら聞くけど{}の首都ってどこ | ポルトガル=PT; マルタ=MT
home-context | 餃子包んでて手が離せないんだけど{}の首都教えて | 中国=CN; モンゴル=MN
home-context | 猫にご飯あげてたら思い出したんだけど{}の首都は | トルコ=TR; エジプト=EG; シリア=SY
home-context | 台風で家にこもってて暇なんだけど{}の首都どこ | フィジー=FJ; バヌアツ=VU
home-context | 布団たたみながら{}の首都ってどこだったか気になって | モーリシャス=MU; セーシェル=SC; コモロ=KM
home-context | 確定申告の書類書いてたら{}が出てきたんだけど首都どこ | アメリカ=US; シンガポール=SG
home-context | 風呂掃除終わったら聞こうと思ってたんだけど{}の首都は | アルバニア=AL; 北マケドニア=MK; コソボ=XK
home-context | 年賀状を{}に住んでる友達に送るんだけど首都どこ | オーストラリア=AU; カナダ=CA
home-context | 洗濯物たたんでるんだけど{}の首都ってなんだっけ | ルワンダ=RW; ウガンダ=UG
home-context | 晩ご飯のあとに家族でもめてるんだけど{}の首都はどこ | オーストラリア=AU; トルコ=TR
home-context | 夜中に目が覚めちゃって{}の首都が気になる | ガイアナ=GY; スリナム=SR

# games
game-context | しりとりで使いたいから{}の首都の名前教えて | ガーナ=GH; ペルー=PE
game-context | ジオゲッサーで{}っぽいんだけど首都どこ | ウルグアイ=UY; エストニア=EE
game-context | 世界地図のパズルで{}のピースはめたんだけど首都は | カザフスタン=KZ; モンゴル=MN
game-context | 国旗かるたで{}が出たんだけど首都ってどこ | ネパール=NP; ブータン=BT
game-context | 人生ゲームで{}に移住したんだけど首都どこ | スイス=CH; ニュージーランド=NZ
game-context | 国旗クイズのアプリで{}の首都を間違えたんだけど正解は | リヒテンシュタイン=LI; サンマリノ=SM
game-context | 友達と首都当てゲームしてるんだけど{}は | セントルシア=LC; グレナダ=GD
game-context | 家族で首都クイズ大会してるんだけど{}の首都は | セントクリストファー・ネーヴィス=KN; アンティグア・バーブーダ=AG
game-context | 陣取りゲームで{}取ったんだけど首都どこ | マダガスカル=MG; エジプト=EG
game-context | カードゲームの{}のカードに首都が書いてないんだけど | トリニダード・トバゴ=TT; バハマ=BS; バルバドス=BB

# sport
sport-context | 卓球の世界選手権で{}の選手が出てるんだけど首都どこ | スウェーデン=SE; ドイツ=DE
sport-context | 柔道の中継で{}って出たんだけど首都は | ジョージア=GE+US-GA; モンゴル=MN
sport-context | 空手の大会に{}の代表が来てるんだけど首都どこ | イラン=IR; カザフスタン=KZ
sport-context | エフワンの{}グランプリ見てるんだけど首都ってどこ | バーレーン=BH; アゼルバイジャン=AZ
sport-context | ジャパンカップに{}の馬が出るんだけど首都どこ | アイルランド=IE; フランス=FR
sport-context | 陸上の世界選手権で{}の選手が勝ったけど首都どこ | ジャマイカ=JM; ケニア=KE
sport-context | ヨットレースで{}のチームが優勝したんだけど首都は | ニュージーランド=NZ; オーストラリア=AU
sport-context | サッカーのアジア予選の相手が{}なんだけど首都どこ | キルギス=KG; タジキスタン=TJ
sport-context | バスケのワールドカップで{}が強いけど首都は | セルビア=RS; スロベニア=SI
sport-context | ハンドボールの中継に{}が出てて首都ってどこ | デンマーク=DK; ノルウェー=NO

# hesitations
hesitation | えーっとあのー{}の首都ってどこだっけ | マリ=ML; セネガル=SN; ギニア=GN
hesitation | あのさあえーと{}のさ首都ってさ | カメルーン=CM; 中央アフリカ=CF
hesitation | うーん{}のなんだっけ首都 | レソト=LS; エスワティニ=SZ
hesitation | {}のえーと首都ってえー | ソロモン諸島=SB; ナウル=NR
hesitation | あれ{}の首都ってあれなんだっけあれ | リビア=LY; スーダン=SD
hesitation | んーとねえ{}のねえ首都 | ジブチ=DJ; エリトリア=ER
hesitation | そのー{}のですね首都はですね | カーボベルデ=CV; サントメ・プリンシペ=ST
hesitation | ちょっと待ってえっと{}の首都なんだけど | シエラレオネ=SL; リベリア=LR
hesitation | {}の首都ってほらあのなんだっけ | ガンビア=GM; トーゴ=TG

# what recognition writes
recognition-artefact | どいつのしゅとってどこ | DE
recognition-artefact | 要らんの首都はどこ | IR
recognition-artefact | 地理の首都ってどこだっけ | CL
recognition-artefact | 鞠の首都教えて | ML
recognition-artefact | 二本の首都はどこ | JP
recognition-artefact | ハワイ州の主婦はどこ | US-HI
recognition-artefact | フランスの種痘はどこ | FR
recognition-artefact | アラブ主張国連邦の首都 | AE
recognition-artefact | かなだのしゅとはどこ | CA
recognition-artefact | ノルウエの首都ってどこ | NO
recognition-artefact | クエートの首都教えて | KW
recognition-artefact | ニュージランドの首都はどこ | NZ
recognition-artefact | ウルグワイの首都ってどこ | UY
recognition-artefact | エチオピヤの首都 | ET
recognition-artefact | ベネゼーラの首都はどこ | VE
recognition-artefact | ヴェトナムの首都どこ | VN
recognition-artefact | ボリヴィアの首都ってどこ | BO
recognition-artefact | ジンバブウェの首都は | ZW
recognition-artefact | サウジアラビヤの首都はどこ | SA
recognition-artefact | キリバツの首都 | KI
recognition-artefact | トリニダードトバゴの首都はどこ | TT
recognition-artefact | ボスニアヘルツェゴビナの首都って | BA
recognition-artefact | セントクリストファーネイビスの首都 | KN
recognition-artefact | パプアニューギニヤの首都どこ | PG
recognition-artefact | カボベルデの首都 | CV
recognition-artefact | サントメプリンシペの首都はどこ | ST
recognition-artefact | グァテマラの首都 | GT
recognition-artefact | エルサルバトルの首都はどこ | SV
recognition-artefact | ハイティの首都 | HT
recognition-artefact | いんどのしゅとおしえて | IN
recognition-artefact | マーシャルしょとうの首都 | MH
recognition-artefact | ミクロネシヤの首都 | FM

# one-shot through the invocation name
one-shot | 世界の首都で{}の首都を調べて | ポーランド=PL; ルーマニア=RO
one-shot | 世界の首都に{}の首都を聞いて | アルゼンチン=AR; コロンビア=CO
one-shot | 世界の首都を開いて{}の首都を教えて | ナイジェリア=NG; アンゴラ=AO
one-shot | 世界の首都で{}について聞いて | ラオス=LA; ブータン=BT; モルディブ=MV
one-shot | 世界の首都に聞いて{}の首都はどこ | ハンガリー=HU; セルビア=RS
one-shot | 世界の首都を使って{}の首都を調べてくりょう | リビア=LY; チュニジア=TN
one-shot | 世界の首都で{}の首都って何か聞いてみて | ベラルーシ=BY; ラトビア=LV
one-shot | 世界の首都から{}の首都を教えてもらって | アフガニスタン=AF; イエメン=YE
one-shot | 世界の首都で{}を調べてだ | タンザニア=TZ; ガボン=GA

# old names
old-name | {}の首都はどこだったかな | ビルマ=MM; セイロン=LK
old-name | 昔は{}って言ってた国の首都はどこ | ペルシャ=IR; グルジア=GE
old-name | {}の首都ってどこやったかいの | ザイール=CD; スワジランド=SZ
old-name | {}の首都はなんといったかね | マケドニア=MK; カンプチア=KH
old-name | {}と書いて何て読むのか知らんがその首都は | 仏蘭西=FR; 独逸=DE
old-name | {}の都はどこかね | 葡萄牙=PT; 和蘭=NL
old-name | 古い地図に{}とあるんだがその首都は | 墨西哥=MX; 土耳古=TR
old-name | 切手に{}って書いてあるんだけどそこの首都は | ローデシア=ZW; 南西アフリカ=NA; ベチュアナランド=BW
old-name | わしの若い頃の{}は今の何という国で首都はどこかね | バストランド=LS; タンガニーカ=TZ

# everyday names
everyday-name | {}の首都ってどこなのよ | 米国=US; 英国=GB
everyday-name | {}の首都って知ってた | 南ア=ZA; サウジ=SA
everyday-name | {}の首都ってどこだい | ニュージー=NZ; ボスニア=BA
everyday-name | {}の首都はさてどこでしょう | ユーエーイー=AE; チェキア=CZ
everyday-name | {}の首都わかるかな | セントキッツ=KN; セントビンセント=VC; ブルキナ=BF
everyday-name | {}の首都ってどこにあったっけ | パプア=PG; ミクロネシア=FM
everyday-name | {}の首都聞いてもいい | ソロモン=SB; アンティグア=AG
everyday-name | {}の首都ってどこなんだろ | テュルキエ=TR; イギリス=GB

# official names
official-name | {}の首都はどこですかね | 大韓民国=KR; 朝鮮民主主義人民共和国=KP
official-name | 正式には{}って言うらしいけど首都はどこ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US
official-name | {}の首都を答えなさいって問題なんだけど | ドイツ連邦共和国=DE; フランス共和国=FR
official-name | {}の首都ってどこになるの | スペイン王国=ES; オランダ王国=NL
official-name | ニュースで{}って言ってたけど首都は | スイス連邦=CH; オーストリア共和国=AT
official-name | {}の首都はどこにある | ブラジル連邦共和国=BR; メキシコ合衆国=MX
official-name | 書類に{}って書いてあるんだけど首都は | エジプト・アラブ共和国=EG; サウジアラビア王国=SA
official-name | {}の首都を教えてもらえる | ベトナム社会主義共和国=VN; フィリピン共和国=PH
official-name | {}の首都ってなんていうところ | ミャンマー連邦共和国=MM; カンボジア王国=KH
official-name | {}の首都ってどこですか | モンゴル国=MN; ネパール連邦民主共和国=NP
official-name | 国の正式名称が{}なんだけど首都はどこ | バングラデシュ人民共和国=BD; パキスタン・イスラム共和国=PK
official-name | {}の首都を調べて | トルコ共和国=TR; ポーランド共和国=PL
official-name | 試験に{}って出てきたんだけど首都はどこ | 南アフリカ共和国=ZA; ナイジェリア連邦共和国=NG
official-name | {}の首都は何て都市 | ベネズエラ・ボリバル共和国=VE; ボリビア多民族国=BO
official-name | {}の首都ってどこかしら | ヨルダン・ハシェミット王国=JO; ブルネイ・ダルサラーム国=BN
official-name | {}の首都が知りたい | ルクセンブルク大公国=LU; リヒテンシュタイン公国=LI

# shared names
shared-name | コンゴの首都ってどこ | CD+CG
shared-name | コンゴの首都を教えてくりょう | CD+CG
shared-name | コンゴって首都どこなんやお | CD+CG
shared-name | 朝鮮の首都はどこ | KP+KR
shared-name | コリアの首都ってどこなん | KP+KR
shared-name | 南北朝鮮の首都を教えて | KP+KR
shared-name | 韓国と北朝鮮の首都ってどこ | KP+KR
shared-name | 北朝鮮と韓国の首都それぞれ教えてつか | KP+KR
shared-name | ドミニカの首都はどこ | DM+DO
shared-name | ドミニカって首都どこずら | DM+DO
shared-name | カリブ海のドミニカ国の首都はどこ | DM
shared-name | ジョージアの首都ってどこ | GE+US-GA
shared-name | ジョージアの首都教えてだ | GE+US-GA
shared-name | 国のほうのジョージアの首都はどこ | GE
shared-name | アメリカのジョージア州の州都ってどこ | US-GA
shared-name | ヴァージン諸島の首都はどこ | VG+VI
shared-name | バージン諸島の首都ってどこ | VG+VI
shared-name | イギリス領のヴァージン諸島の首都はどこ | VG
shared-name | アメリカ領ヴァージン諸島の中心の町は | VI
shared-name | アフリカのコンゴの首都ってどこやさ | CD+CG
shared-name | ヴァージン諸島の首都ってどこずら | VG+VI
shared-name | カリブのヴァージン諸島の首都教えてつか | VG+VI
shared-name | コリアの首都はどこやお | KP+KR
shared-name | ドミニカの首都ってどこなんじょ | DM+DO

# several capitals, asked in the plural
plural-capitals | 南アフリカの首都って三つあるんだよね全部教えて | ZA
plural-capitals | 南アフリカの首都をまとめて教えてつか | ZA
plural-capitals | ボリビアの首都って二つあるの | BO
plural-capitals | ボリビアの首都はどことどこずら | BO
plural-capitals | マレーシアの首都を全部教えて | MY
plural-capitals | マレーシアって首都が二つあるんやお | MY
plural-capitals | オランダの首都はいくつあるの | NL
plural-capitals | オランダの首都と政府がある街を両方教えて | NL
plural-capitals | ベナンの首都ってどことどこ | BJ
plural-capitals | ベナンの首都は二つあるって本当 | BJ
plural-capitals | コートジボワールの首都を両方教えて | CI
plural-capitals | コートジボワールの首都って二つあるんじょ | CI
plural-capitals | スリランカの首都は二つあるって聞いたけどどこ | LK
plural-capitals | スリランカの首都を両方言って | LK
plural-capitals | エスワティニの首都を全部 | SZ
plural-capitals | エスワティニって首都が二つあるんやさ | SZ
plural-capitals | パレスチナの首都ってどことどこ | PS
plural-capitals | パレスチナの首都はいくつあるの | PS
plural-capitals | ジャンムー・カシミールの州都は夏と冬で二つあるんでしょ | IN-JK
plural-capitals | ウッタラーカンド州の州都を両方教えて | IN-UK
plural-capitals | モントセラトの首都って二つあるの | MS
plural-capitals | モントセラトの首都はどことどこになるの | MS

# subdivisions
subdivision | {}の州都はどこ | カリフォルニア州=US-CA; テキサス州=US-TX; ニューヨーク州=US-NY
subdivision | アメリカの{}の州都ってどこだっけ | フロリダ州=US-FL; ワシントン州=US-WA; ネバダ州=US-NV
subdivision | 旅行で{}に行くんだけど州都ってどこ | ハワイ州=US-HI; アラスカ州=US-AK; アリゾナ州=US-AZ
subdivision | {}の州都はなんていう町 | ミシガン州=US-MI; オハイオ州=US-OH; ペンシルベニア州=US-PA
subdivision | 留学先が{}なんだけど州都はどこ | マサチューセッツ州=US-MA; オレゴン州=US-OR; ユタ州=US-UT
subdivision | カナダの{}の州都は | オンタリオ州=CA-ON; ケベック州=CA-QC; アルバータ州=CA-AB
subdivision | ワーホリで{}に行くんだけど州都どこ | ブリティッシュコロンビア州=CA-BC; クイーンズランド州=AU-QLD; 西オーストラリア州=AU-WA
subdivision | オーストラリアの{}の州都は | ビクトリア州=AU-VIC; ニューサウスウェールズ州=AU-NSW; タスマニア州=AU-TAS
subdivision | ドイツの{}の州都ってどこ | バイエルン州=DE-BY; ヘッセン州=DE-HE; ザクセン州=DE-SN
subdivision | インドの{}の州都は | ケーララ州=IN-KL; タミル・ナードゥ州=IN-TN; 西ベンガル州=IN-WB
subdivision | ブラジルの{}の州都ってどこ | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | メキシコの{}の州都は | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | イギリスの{}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | ノースカロライナ州の州都ってどこずら | US-NC
subdivision | ルイジアナ州の州都はどこなんな | US-LA
subdivision | ミネソタ州の州都教えてつか | US-MN
subdivision | ケンタッキー州の州都ってどこやお | US-KY
subdivision | イングランドの首都はどこ | GB-ENG
subdivision | ヌナブト準州の州都はどこ | CA-NU
subdivision | ノバスコシア州の州都ってどこなんじょ | CA-NS
subdivision | バーデン・ヴュルテンベルク州の州都 | DE-BW
subdivision | ノーザンテリトリーの州都はどこ | AU-NT
subdivision | マハーラーシュトラ州の州都はどこ | IN-MH
subdivision | ミナスジェライス州の州都を教えてください | BR-MG
subdivision | ヌエボ・レオン州の州都はどこやさ | MX-NLE

# territories and other places
territory | グリーンランドの首都はどこ | GL
territory | グアムの首都ってあるの | GU
territory | プエルトリコの首都を教えて | PR
territory | ニューカレドニアの首都どこずら | NC
territory | タヒチがあるフランス領ポリネシアの首都は | PF
territory | フェロー諸島の首都ってどこ | FO
territory | ケイマン諸島の首都はどこ | KY
territory | バミューダの首都ってどこなん | BM
territory | ジブラルタルの首都は | GI
territory | マカオの首都ってあるの | MO
territory | 北マリアナ諸島の首都はどこやお | MP
territory | クック諸島の首都ってどこ | CK
territory | アルバの首都を教えてだ | AW
territory | キュラソーの首都はどこ | CW
territory | レユニオンの首都ってどこ | RE
territory | マン島の首都はどこなんな | IM
territory | ジャージー島の首都ってどこ | JE
territory | フォークランド諸島の首都はどこ | FK
territory | オーランド諸島の首都ってどこ | AX
territory | 西サハラの首都ってどこになってるの | EH
territory | パレスチナの首都ってどこなの | PS
territory | バチカン市国の首都ってどこになるの | VA

# follow-ups
follow-up | それなら{}の方はどう | エストニア=EE; フィンランド=FI
follow-up | 次は{}ね | ペルー=PE; チリ=CL
follow-up | ついでに{}もお願い | モロッコ=MA; チュニジア=TN
follow-up | {}はどうずら | パラグアイ=PY; ウルグアイ=UY
follow-up | 今度は{}の首都を | ケニア=KE; ウガンダ=UG
follow-up | あと{}も知りたい | ベトナム=VN; カンボジア=KH
follow-up | 続けて{}は | ドイツ=DE; ポーランド=PL
follow-up | {}も同じように教えて | ガーナ=GH; トーゴ=TG
follow-up | ほんなら{}はどうなん | スペイン=ES; ポルトガル=PT
follow-up | それと{}の場合は | イラン=IR; イラク=IQ
follow-up | じゃあ{}のほうはどこやさ | ノルウェー=NO; スウェーデン=SE

# yes/no checks
yes-no-check | オーストラリアの首都ってシドニーだよね | AU
yes-no-check | カナダの首都はトロントで合ってる | CA
yes-no-check | ブラジルの首都はリオデジャネイロじゃないの | BR
yes-no-check | トルコの首都ってイスタンブールでしょ | TR
yes-no-check | スイスの首都はチューリッヒだっけ | CH
yes-no-check | ニュージーランドの首都はオークランドで正解 | NZ
yes-no-check | ベトナムの首都ってハノイで合ってるよね | VN
yes-no-check | モロッコの首都はカサブランカでいいんだっけ | MA
yes-no-check | ナイジェリアの首都ってラゴスずら | NG
yes-no-check | パキスタンの首都はカラチけー | PK
yes-no-check | タンザニアの首都はダルエスサラームだったかな | TZ
yes-no-check | ミャンマーの首都ってヤンゴンじゃなかったっけ | MM
yes-no-check | カザフスタンの首都はアスタナで合っとる | KZ
yes-no-check | コートジボワールの首都ってアビジャンだよね | CI
yes-no-check | ボリビアの首都はラパスやお | BO
yes-no-check | エクアドルの首都ってグアヤキルだっけ | EC
yes-no-check | ベリーズの首都はベルモパンで正しい | BZ
yes-no-check | マラウイの首都はリロングウェであっとう | MW
yes-no-check | スリランカの首都はコロンボでいいんじょ | LK
yes-no-check | イスラエルの首都ってテルアビブ | IL
yes-no-check | 南アフリカの首都はヨハネスブルグだよね | ZA
yes-no-check | アメリカの首都はニューヨークでしょ | US
yes-no-check | インドの首都ってムンバイだったっけ | IN
yes-no-check | 中国の首都は上海だっけ | CN
yes-no-check | 韓国の首都はソウルで合ってますか | KR
yes-no-check | ドイツの首都ってベルリンだよね | DE
yes-no-check | ロシアの首都ってモスクワで間違いない | RU
yes-no-check | エジプトの首都はカイロやさな | EG
yes-no-check | フィリピンの首都はマニラかね | PH
yes-no-check | キルギスの首都ビシュケクで合ってる | KG
yes-no-check | ブルンジの首都ってブジュンブラじゃないの | BI
yes-no-check | オランダの首都ってアムステルダムだけ | NL
yes-no-check | ベナンの首都ってコトヌーでしょ | BJ
yes-no-check | ラオスの首都はビエンチャンでええんかいの | LA
yes-no-check | モンゴルの首都ってウランバートルであってますか | MN

# self-corrections
self-correction | スウェーデンの首都あっ間違えたノルウェーの首都 | NO
self-correction | オーストリアじゃなくてごめんオーストラリアの首都 | AU
self-correction | スロバキアいや違うスロベニアの首都 | SI
self-correction | ニジェールの首都あっ違うナイジェリアの | NG
self-correction | イランの首都ごめんイラクだった | IQ
self-correction | ギニアの首都いや待ってギニアビサウの首都 | GW
self-correction | 赤道ギニアの首都えっと間違えたパプアニューギニアの首都 | PG
self-correction | コロンビアの首都あごめんボリビアの首都 | BO
self-correction | オーストラリアの首都いや違ったオーストリアの首都 | AT
self-correction | モーリシャスの首都じゃなくてごめんモーリタニア | MR
self-correction | アイスランドの首都間違えたアイルランドの首都 | IE
self-correction | ラトビアの首都いや違うリトアニアだ | LT
self-correction | マリの首都ちゃうちゃうマラウイの首都 | MW
self-correction | パラグアイの首都いや違うウルグアイの首都 | UY
self-correction | チェコの首都じゃなくて訂正スロバキアの首都 | SK
self-correction | キプロスの首都ごめん言い間違えたクロアチアの首都 | HR
self-correction | サウジアラビアの首都いやちょっと待ってカタールの首都 | QA
self-correction | トーゴの首都あ違うガーナ | GH
self-correction | ザンビアの首都じゃなかった間違えたジンバブエの首都 | ZW
self-correction | ドミニカ共和国の首都ごめんドミニカ国の首都 | DM
self-correction | 北朝鮮の首都いや違う韓国の首都 | KR
self-correction | スーダンの首都ごめん南スーダンの首都 | SS
self-correction | ニカラグアの首都あ間違えたホンジュラスの首都 | HN
self-correction | ガンビアの首都違ったザンビアの首都 | ZM
self-correction | ルーマニアの首都いや違うブルガリアの首都 | BG
self-correction | チュニジアの首都ごめんなさいアルジェリアの首都 | DZ
self-correction | アルメニアの首都いや違うアゼルバイジャンの首都 | AZ
self-correction | カンボジアの首都いややっぱりラオスの首都 | LA
self-correction | テキサス州の州都いや違ったカリフォルニア州の州都 | US-CA
self-correction | トンガの首都じゃなくてすまん間違えたサモアの首都 | WS
self-correction | バヌアツの首都訂正してフィジーの首都 | FJ

# reverse questions
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; キガリ=CITY:キガリ; ルサカ=CITY:ルサカ
reverse-question | {}が首都の国ってどこ | ウランバートル=CITY:ウランバートル; ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ
reverse-question | {}はどこの首都ずら | リマ=CITY:リマ; キト=CITY:キト; ボゴタ=CITY:ボゴタ
reverse-question | {}って何ていう国の首都なん | ダカール=CITY:ダカール; バマコ=CITY:バマコ; アクラ=CITY:アクラ
reverse-question | 首都が{}なのはどこの国 | ジョージタウン=CITY:ジョージタウン; キングストン=CITY:キングストン; ビクトリア=CITY:ビクトリア
reverse-question | {}を首都にしてる国を教えて | タリン=CITY:タリン; リガ=CITY:リガ; ヴィリニュス=CITY:ヴィリニュス
reverse-question | {}ってどこの首都やったっけ | ブダペスト=CITY:ブダペスト; ブカレスト=CITY:ブカレスト; ベオグラード=CITY:ベオグラード
reverse-question | {}はどの国の首都ですか | アスタナ=CITY:アスタナ; タシケント=CITY:タシケント; ドゥシャンベ=CITY:ドゥシャンベ
reverse-question | 州都が{}の州はどこ | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; ホノルル=CITY:ホノルル
reverse-question | {}ってどこの国の首都なんじょ | ハラレ=CITY:ハラレ; マプト=CITY:マプト; ウィントフック=CITY:ウィントフック
reverse-question | {}が首都なんはどこの国なん | セントジョンズ=CITY:セントジョンズ; ポートルイス=CITY:ポートルイス; ヌクアロファ=CITY:ヌクアロファ

# out of domain: other facts about a named country
out-of-domain | {}の人口ってどのくらい | インド=FB; 中国=FB; ナイジェリア=FB
out-of-domain | {}の通貨は何 | タイ=FB; トルコ=FB; スイス=FB
out-of-domain | {}の公用語って何語 | ベルギー=FB; シンガポール=FB; ルクセンブルク=FB
out-of-domain | {}との時差はどのくらい | ブラジル=FB; イギリス=FB; ハワイ=FB
out-of-domain | {}の国旗の色教えて | イタリア=FB; ドイツ=FB; ジャマイカ=FB
out-of-domain | {}の首都の人口は | フランス=FB; エジプト=FB
out-of-domain | {}の首都の今日の天気は | ロシア=FB; カナダ=FB
out-of-domain | {}の国歌を流して | フランス=FB; アメリカ=FB
out-of-domain | {}で一番高い山は | ネパール=FB; タンザニア=FB
out-of-domain | {}の面積はどのくらい | カナダ=FB; ロシア=FB
out-of-domain | {}の大統領は誰 | アメリカ=FB; フランス=FB
out-of-domain | {}まで飛行機で何時間かかる | トルコ=FB; ペルー=FB
out-of-domain | {}って何大陸にあるの | ガイアナ=FB; エジプト=FB
out-of-domain | ブラジルの有名な料理は何 | FB
out-of-domain | オーストラリアの国の花って何 | FB
out-of-domain | カナダの首相は誰 | FB
out-of-domain | インドネシアで話されてる言葉は | FB
out-of-domain | ペルーの世界遺産を教えて | FB
out-of-domain | モンゴルの首都の冬の気温 | FB
out-of-domain | トルコの首都に行くのにビザいるの | FB
out-of-domain | ベトナムのお金の単位って | FB
out-of-domain | エジプトのピラミッドの高さは | FB
out-of-domain | スイスの時計のブランドを教えて | FB
out-of-domain | 日本の国会議事堂はどこにあるの | FB
out-of-domain | 北京からソウルまでの距離 | FB
out-of-domain | ニューヨークの今の時間 | FB
out-of-domain | パリの有名な美術館は | FB
out-of-domain | ケニアのコーヒーの特徴は | FB
out-of-domain | ジョージアワインの産地はどこ | FB
out-of-domain | ガーナのカカオの生産量 | FB
out-of-domain | コーヒー豆はどこの国のが一番うまい | FB
out-of-domain | エチオピアのコーヒーセレモニーって何 | FB
out-of-domain | 中国の首都の大気汚染はひどいの | FB
out-of-domain | ジョージアの大統領は誰 | FB
out-of-domain | 韓国の人口は何人 | FB
out-of-domain | ヴァージン諸島の天気 | FB
out-of-domain | フランスの首都までの航空券の値段 | FB
out-of-domain | 南アフリカの治安はどうなの | FB
out-of-domain | オランダの首都の観光地を教えて | FB
out-of-domain | 県庁所在地クイズ出して | FB
out-of-domain | 首都を全部覚えるコツは | FB
out-of-domain | アメリカ五十州の名前を言って | FB
# out of domain: capital in other senses, the world in general
out-of-domain | 首都高の渋滞情報 | FB
out-of-domain | 首都直下地震の確率ってどれくらい | FB
out-of-domain | 首都圏の明日の天気 | FB
out-of-domain | キャピタルゲインって何 | FB
out-of-domain | ベンチャーキャピタルの意味を教えて | FB
out-of-domain | 資本金って何のこと | FB
out-of-domain | 首都大学東京って今の名前は | FB
out-of-domain | 首都高速の料金はいくら | FB
out-of-domain | 首都機能移転の話ってどうなったの | FB
out-of-domain | 首都圏の電車の遅延情報 | FB
out-of-domain | 首都って英語で何て言う | FB
out-of-domain | 首都と首府の違いって何 | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番人口の多い首都は | FB
out-of-domain | 首都が一番寒い国はどこ | FB
out-of-domain | 首都がない国ってあるの | FB
out-of-domain | 世界に国っていくつあるの | FB
out-of-domain | アメリカの州の数は | FB
out-of-domain | ワインの首都って呼ばれてる街はどこ | FB
# out of domain: places the data lacks
out-of-domain | 山梨県の県庁所在地は | FB
out-of-domain | 香川県の県庁所在地ってどこなん | FB
out-of-domain | 岐阜県の県庁所在地はどこやお | FB
out-of-domain | 徳島県の県庁所在地はどこなんじょ | FB
out-of-domain | 兵庫県の県庁所在地どこやったっけ | FB
out-of-domain | 北海道の道庁所在地は | FB
out-of-domain | カタルーニャの州都はどこ | FB
out-of-domain | シチリア州の州都はどこ | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | 浙江省の省都って | FB
out-of-domain | ソビエト連邦の首都はどこだった | FB
out-of-domain | 東ドイツの首都はどこだった | FB
out-of-domain | ユーゴスラビアの首都ってどこ | FB
out-of-domain | オスマン帝国の都はどこ | FB
out-of-domain | ローマ帝国の首都は | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | ムー大陸の首都 | FB
out-of-domain | 平安京って今のどこ | FB
out-of-domain | アフリカの首都はどこ | FB
out-of-domain | ヨーロッパの首都ってどこ | FB
out-of-domain | 火星の首都はどこ | FB
out-of-domain | 甲斐の国の中心はどこだった | FB
# out of domain: everyday requests
out-of-domain | 明日の甲府の天気 | FB
out-of-domain | 洗濯物外に干しても大丈夫 | FB
out-of-domain | タイマー三分 | FB
out-of-domain | 五時に起こして | FB
out-of-domain | 朝ドラは何時から | FB
out-of-domain | ほうとうの作り方教えてくりょう | FB
out-of-domain | 讃岐うどんの美味しい店 | FB
out-of-domain | 阿波踊りはいつからなんじょ | FB
out-of-domain | 姫路城の入場料っていくら | FB
out-of-domain | 高山の朝市って何時からやさ | FB
out-of-domain | 長良川の鵜飼いの予約 | FB
out-of-domain | 電気消して | FB
out-of-domain | エアコンつけて | FB
out-of-domain | 今日のニュース | FB
out-of-domain | ラジオつけて | FB
out-of-domain | おすすめの映画ある | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 何か面白い話して | FB
out-of-domain | 今日のドル円は | FB
out-of-domain | 郵便局は何時まで | FB
out-of-domain | 近くのコンビニ | FB
out-of-domain | 買い物リストに牛乳を追加して | FB
out-of-domain | 甲府駅までの道を教えて | FB
out-of-domain | 桃の収穫はいつごろ | FB
out-of-domain | 信玄餅ってどこで買えるずら | FB
out-of-domain | 関の刃物まつりはいつやお | FB
out-of-domain | こんぴらさんの階段は何段あるん | FB
out-of-domain | ほなけん明日の天気どうなん | FB
out-of-domain | 姫路の明日の天気教えて | FB
out-of-domain | 飛騨牛の美味しい店はどこやさ | FB

# help
help | 世界の首都の使い方教えて | HELP
help | これ何ができるの | HELP
help | 何て言えばいいの | HELP
help | 使い方がわからんでかんわ | HELP
help | どうやって聞けばいいずら | HELP
help | 使い方教えてくりょう | HELP
help | 遊び方教えてつか | HELP
help | どう言うたらええん | HELP
help | 使い方教えてだ | HELP
help | 何聞いたらええのかわからへん | HELP
help | ヘルプお願いします | HELP
help | これどう使うんやさ | HELP
help | どんな質問ができるの | HELP
help | 聞き方のコツを教えて | HELP
help | 世界の首都って何をしてくれるの | HELP
help | 首都の聞き方を教えて | HELP
help | 使い方がよく分からないです | HELP
help | 説明をもう一回して | HELP
help | なんて聞けば答えてくれるんですか | HELP
help | 例えばどんなこと聞けるの | HELP
help | ヘルプ機能を使いたい | HELP
help | わかりません助けてください | HELP
help | おまんの使い方がわからんずら | HELP
help | これどうやったら首都を教えてくれるんですか | HELP
help | 世界の首都でどんなことが聞けるか教えてつか | HELP

# stop
stop | もうええわ終わって | STOP
stop | 世界の首都を終了して | STOP
stop | やめてくりょう | STOP
stop | 終わりにしてつか | STOP
stop | もう終わりじょ | STOP
stop | 止めやあ | STOP
stop | もうやめといて | STOP
stop | 黙っといて | STOP
stop | もう終わりでいいです | STOP
stop | 終了してください | STOP
stop | アプリ終わり | STOP
stop | ストップストップ | STOP
stop | 止まって | STOP
stop | もう遊ぶのやめる | STOP
stop | しゃべるのやめて | STOP
stop | これで終わりにするわ | STOP
stop | 今日はもう終わり | STOP
stop | 世界の首都はもういいから閉じて | STOP
stop | 終了お願いします | STOP
stop | おしまい | STOP
stop | はい終わり | STOP
stop | もう寝るから終わって | STOP
stop | 閉じて | STOP
stop | もう終わっとって | STOP
stop | もう終わらせてくれんさ | STOP
stop | 晩ご飯やけんもう終わり | STOP
stop | 世界の首都もう閉じとって | STOP
stop | 今日はここまでで終わりにするね | STOP
stop | 孫が寝たから止めておくれ | STOP

# cancel
cancel | キャンセル | CANCEL
cancel | 取り消し | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | なんでもない | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のキャンセル | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | やっぱいいわ | CANCEL
cancel | いまのはなしにして | CANCEL
cancel | キャンセルしてくりょう | CANCEL
cancel | 取り消してつか | CANCEL
cancel | やっぱええわ | CANCEL
cancel | なしなし | CANCEL
cancel | なんでもないです | CANCEL
cancel | 今の質問キャンセルで | CANCEL
cancel | 取り消してください | CANCEL
cancel | やっぱり聞くのやめる | CANCEL
cancel | 今のは間違いキャンセル | CANCEL
cancel | キャンセルやお | CANCEL
cancel | キャンセルしといて | CANCEL
cancel | 今のんなしにしてだ | CANCEL
cancel | 聞き間違いだからキャンセル | CANCEL
cancel | やっぱええわなんでもないさ | CANCEL
cancel | あっ今のやっぱキャンセルしてくりょう | CANCEL
cancel | ごめん今の取り消しといてつか | CANCEL
cancel | ちょっと待ってやっぱりなしで | CANCEL
cancel | 言い間違えたで今のキャンセルやて | CANCEL
cancel | やっぱええわ取り消しや | CANCEL
cancel | 子供が勝手にしゃべっただけだからキャンセル | CANCEL
cancel | 今のは独り言なんで取り消して | CANCEL
cancel | キャンセルしてだ | CANCEL
cancel | 今のなかったことにしてください | CANCEL
cancel | やめやめキャンセルキャンセル | CANCEL

# launch
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都で遊ぼう | LAUNCH
launch | 世界の首都開けてくりょう | LAUNCH
launch | 世界の首都つけてつか | LAUNCH
launch | 世界の首都を起動してだ | LAUNCH
launch | 世界の首都を開いてくれんさ | LAUNCH
launch | 世界の首都やろか | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都をお願い | LAUNCH
launch | 世界の首都始めて | LAUNCH
launch | 世界の首都で勉強したい | LAUNCH
launch | 世界の首都出して | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都つけやあ | LAUNCH
launch | 孫と世界の首都で遊びたいから開いて | LAUNCH
launch | 世界の首都を出してだ | LAUNCH
launch | 世界の首都起動しとう | LAUNCH
"""

if __name__ == "__main__":
    build_round(27, "ja", LINES, sys.argv, "tests/Eval/ja/round27/source/build_corpus.py")
