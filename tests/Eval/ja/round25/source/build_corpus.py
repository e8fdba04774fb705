"""Round 25, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Japanese rounds (their "How it was written" sections name Kansai in general, Hakata, Hiroshima, Nagoya,
Hokuriku, Shikoku, San'in, northern Kanto, shitamachi, Okinawa, Shizuoka and Shinshu, Niigata, Yamaguchi, Kobe, Ise,
Gifu, Tsugaru, Akita, Fukushima, Nagasaki, Saga, Oita, Miyazaki, young Tokyo slang, Hokkaido, Sendai, Iwate, Yamagata,
Okayama, Kumamoto and Kagoshima).
Regions: Kyoto (どす, はる, とくれやす, かいな, おおきに, かんにん), Shiga and Nara (やんか, へん, ほやし, しとくれ, かいな),
Wakayama (紀州弁: のし, よし, やして, ちゃう, あが), Mikawa (三河弁: じゃん, だら, りん, のん) and Nanbu/Hachinohe (だべ,
すけ, どご, けで, わがんね).
People and places: a dental clinic's waiting room, a pharmacy counter, a flower shop with imported flowers, a bakery, a
school-lunch kitchen, airport ground staff, a train conductor, a bank's overseas-remittance desk, an estate agent with
tenants from abroad, a homestay host family, a programmer working from home, a podcast recording; at home cooking a
foreign dish, hanging out the washing, gardening, a birthday party, Setsubun and Tanabata; games and sport on TV: a
railway board game, an escape room, a TV quiz show, figure skating, badminton, volleyball, golf, tennis, cycling, chess
and esports; a calligraphy class, a tea-ceremony class, a choir, a piano teacher. Heritage speakers and learners: a
Hawaiian Nikkei sansei mixing in English (キャピタル), a Zainichi Korean grandmother, a Taiwanese elder with
pre-war school Japanese, a Thai exchange student, a Bangladeshi engineer, a French husband, a Sri Lankan restaurant owner
(です everywhere, dropped particles). Children: a toddler, a pupil with a picture atlas, a high-school student before the
common entrance test; elders with old words (首府, 都, みやこ). Plus fillers and hesitations, follow-ups,
self-corrections, yes/no checks with a right or wrong capital, reverse questions (a capital given, its country asked),
official, everyday and old names, shared names (ジョージア, コンゴ, 朝鮮 and コリア, ドミニカ, ヴァージン諸島), plural
questions (every several-capital country, Palestine, Montserrat, Jammu and Kashmir, Uttarakhand), subdivisions and
territories, out-of-domain near misses (other facts about a named country, "capital" in other senses: 首都高, 資本金,
キャピタルゲイン; places the data lacks: prefectures, Chinese provinces, former states, fictional lands; everyday
requests), help, stop, cancel, launch and one-shot requests through the invocation name 世界の首都; and what ja-JP
recognition writes: hiragana for kanji, kanji homophones for country names, lost or added long vowels, ヴ and ブ, チ for
ティ, は written わ, joined words.
`python3 tests/Eval/ja/round25/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 25's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in standard speech, with a clause around them.
plain-question | 地図帳を開く前に聞くけど{}の首都ってどこ | アルバニア=AL; モルドバ=MD; ベリーズ=BZ
plain-question | {}の首都がどこなのか知りたいんだけど | キルギス=KG; タジキスタン=TJ; ブルネイ=BN
plain-question | ふと思ったんだけど{}の首都ってどこなの | ルワンダ=RW; ブルンジ=BI
plain-question | {}の首都ってどこだか分かる | エリトリア=ER; ソマリア=SO; ジブチ=DJ
plain-question | ちなみに{}の首都ってどこになるの | ラトビア=LV; エストニア=EE
plain-question | {}の首都ってどんな名前の町だっけ | モーリタニア=MR; マリ=ML; ニジェール=NE
plain-question | {}って首都はどこにあるの | カーボベルデ=CV; ガンビア=GM
plain-question | いまさら聞けないんだけど{}の首都って | イタリア=IT; スペイン=ES; ポルトガル=PT
plain-question | {}の首都の名前を教えてもらえる | トルクメニスタン=TM; ウズベキスタン=UZ; カザフスタン=KZ
plain-question | {}の首都ってなんていうところ | ニカラグア=NI; ホンジュラス=HN; エルサルバドル=SV
plain-question | {}という国の首都はどこですか | ナウル=NR; ツバル=TV; キリバス=KI
plain-question | ひとつ聞きたいんだけど{}の首都はどこ | スロバキア=SK; スロベニア=SI; クロアチア=HR
plain-question | {}の首都ってさ何ていう町 | ザンビア=ZM; ジンバブエ=ZW
# Polite and formal speech.
polite-question | 差し支えなければ{}の首都を教えていただけませんか | リヒテンシュタイン=LI; ルクセンブルク=LU
polite-question | {}の首都はどこと申しましたでしょうか | オーストリア=AT; スイス=CH
polite-question | たびたびすみません{}の首都はどちらになりますか | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
polite-question | {}の首都をご存じでしたら教えてください | ヨルダン=JO; レバノン=LB
polite-question | 恐れ入ります{}の首都はどちらでございましょう | アンドラ=AD; サンマリノ=SM; モナコ=MC
polite-question | {}の首都名をお教えいただけますでしょうか | コモロ=KM; マラウイ=MW
polite-question | 確認ですが{}の首都はどちらでしょう | ギリシャ=GR; キプロス=CY; マルタ=MT
# Casual, short and blunt.
casual-question | {}首都 | ペルー=PE; ボツワナ=BW
casual-question | {}の首都どこよ | ラオス=LA; カンボジア=KH
casual-question | {}の首都なんだっけ | パナマ=PA; コスタリカ=CR; グアテマラ=GT
casual-question | じゃ{}の首都 | イラク=IQ; クウェート=KW
casual-question | {}首都どこだっけ | ナミビア=NA; アンゴラ=AO
casual-question | {}の首都ってどこさ | ハンガリー=HU; ブルガリア=BG
casual-question | 首都は{}の | フィンランド=FI; デンマーク=DK
# Fillers and hesitations.
filler-hesitation | えーっとですねあの{}のえー首都ってどこでしたか | アイスランド=IS; アイルランド=IE
filler-hesitation | うーんあのさ{}のあの首都なんだけど | チャド=TD; 中央アフリカ共和国=CF
filler-hesitation | あーえっと{}のえっと首都 | タンザニア=TZ; ケニア=KE
filler-hesitation | その一あれですよ{}の首都ってどこでしたっけ | ガボン=GA; カメルーン=CM
filler-hesitation | ほらあれあれ{}の首都ってなんだっけ | リベリア=LR; シエラレオネ=SL; ギニア=GN
filler-hesitation | まあその{}の首都をですね知りたいなと | ウルグアイ=UY; パラグアイ=PY
filler-hesitation | んーとんーと{}の首都はどこだったかな | ガイアナ=GY; スリナム=SR
filler-hesitation | あのねえっとねあれ{}の首都 | トーゴ=TG; ベナン=BJ
# Kyoto speech.
kyoto-speech | {}の首都てどこどすやろ | オランダ=NL; ベルギー=BE
kyoto-speech | ちょっとお聞きしますけど{}の首都はどこどすか | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
kyoto-speech | {}の首都教えとくれやす | エチオピア=ET; スーダン=SD
kyoto-speech | {}の首都てどこやったかいな | フランス=FR; ドイツ=DE
kyoto-speech | うちよう知らんのやけど{}の首都てどこやのん | ポーランド=PL; チェコ=CZ
kyoto-speech | かんにんえ{}の首都もういっぺん言うてくれはる | ウクライナ=UA; ルーマニア=RO
kyoto-speech | {}の首都はどこにありますのん | モロッコ=MA; チュニジア=TN; アルジェリア=DZ
kyoto-speech | おおきにほんなら{}の首都はどこどす | エジプト=EG; リビア=LY
kyoto-speech | お茶会のお客さんが{}の人やさかい首都を教えとくれやす | トルコ=TR; イラン=IR
# Shiga and Nara speech.
omi-yamato-speech | {}の首都ってどこやったっけほやし教えて | オマーン=OM; カタール=QA
omi-yamato-speech | {}の首都知ってるやんな教えてんか | バーレーン=BH; イエメン=YE
omi-yamato-speech | {}の首都がわからへんねんけど | アゼルバイジャン=AZ; アルメニア=AM
omi-yamato-speech | ほんで{}の首都ってどこなんかいな | シリア=SY; イスラエル=IL
omi-yamato-speech | {}の首都どこやねん教えてえな | セルビア=RS; モンテネグロ=ME
omi-yamato-speech | {}の首都ってどこやったやんか | ボスニア・ヘルツェゴビナ=BA; 北マケドニア=MK
omi-yamato-speech | 鹿に聞いてもわからへんし{}の首都教えて | ベトナム=VN; タイ=TH
omi-yamato-speech | 琵琶湖より大きい湖あるらしい{}の首都ってどこ | ウガンダ=UG; マラウイ=MW
# Wakayama speech.
kishu-speech | {}の首都ってどこやのし | ペルー=PE; エクアドル=EC
kishu-speech | あがにも{}の首都教えてよ | コロンビア=CO; ベネズエラ=VE
kishu-speech | {}の首都どこやったかよう覚えてないわ | チリ=CL; アルゼンチン=AR
kishu-speech | みかん農家やけど{}の首都ってどこなんよ | モロッコ=MA; 南アフリカ=ZA
kishu-speech | {}の首都を言うてくれへんかのし | ボリビア=BO; パラグアイ=PY
kishu-speech | {}の首都ちゃうかったっけあれ何やったかな | キューバ=CU; ジャマイカ=JM
kishu-speech | 梅の出荷先で{}の名前出たんやけど首都どこよ | シンガポール=SG; マレーシア=MY
kishu-speech | {}の首都て何ちゅう町なんよ | ハイチ=HT; ドミニカ共和国=DO
# Mikawa speech.
mikawa-speech | {}の首都ってどこだら | モンゴル=MN; ネパール=NP
mikawa-speech | {}の首都教えりん | ブータン=BT; バングラデシュ=BD
mikawa-speech | {}の首都ってどこだったじゃん | スリランカ=LK; モルディブ=MV
mikawa-speech | ちょっと{}の首都調べりん | ミャンマー=MM; ラオス=LA
mikawa-speech | {}の首都ってどこなのん | パキスタン=PK; アフガニスタン=AF
mikawa-speech | 知っとるだら{}の首都 | インド=IN; 中国=CN
mikawa-speech | 豊橋の工場に{}の人来るもんで首都教えてくれん | フィリピン=PH; インドネシア=ID; ブラジル=BR
mikawa-speech | {}の首都ってどこだっけかのん | 東ティモール=TL; パプアニューギニア=PG
# Nanbu and Hachinohe speech.
nanbu-speech | {}の首都ってどごだべ | ロシア=RU; ベラルーシ=BY
nanbu-speech | わがんねすけ{}の首都教えでけ | リトアニア=LT; ラトビア=LV
nanbu-speech | {}の首都ってなんつう町だっけな | カナダ=CA; メキシコ=MX
nanbu-speech | んだば{}の首都はどごさあるの | アイスランド=IS; デンマーク=DK
nanbu-speech | イカ釣り船の人ば{}から来るんだども首都どごだべ | ペルー=PE; チリ=CL; ニュージーランド=NZ
nanbu-speech | {}の首都ってどごだったべが | フィジー=FJ; トンガ=TO
nanbu-speech | 孫さ聞かれだすけ{}の首都おしえで | サモア=WS; バヌアツ=VU
nanbu-speech | {}の首都ってなんだっけかなあ思い出せねえ | ソロモン諸島=SB; マーシャル諸島=MH
# Work situations.
work-situation | 送金先の銀行が{}なんですが首都はどこですか | ナイジェリア=NG; ガーナ=GH
work-situation | 入居者さんの国籍が{}なんだけど首都ってどこ | ネパール=NP; スリランカ=LK; ミャンマー=MM
work-situation | 患者さんが{}の方なんです首都どこでしたっけ | モザンビーク=MZ; レソト=LS
work-situation | 輸入したバラの産地が{}なんだけど首都はどこ | ケニア=KE; エチオピア=ET; コロンビア=CO
work-situation | 給食で{}の料理出すから首都も調べておきたいの | ジャマイカ=JM; ハンガリー=HU; モロッコ=MA
work-situation | 乗り継ぎのお客様が{}行きなんです首都ってどこ | カタール=QA; アラブ首長国連邦=AE; ウズベキスタン=UZ
work-situation | 車内アナウンスの練習で{}の首都を確認したい | オーストラリア=AU; オーストリア=AT
work-situation | コード書きながらだけど{}の首都って何 | エストニア=EE; アイルランド=IE
work-situation | ポッドキャストの台本に{}の首都を入れたいんだけど | アルゼンチン=AR; ウルグアイ=UY
work-situation | お薬手帳を見せてくれた方が{}出身でした首都はどこ | ベトナム=VN; カンボジア=KH
work-situation | パン屋でバゲット焼きながら聞くけど{}の首都 | フランス=FR; ベルギー=BE
work-situation | ホームステイの子が{}から来るの首都はどこ | ニュージーランド=NZ; カナダ=CA; アイスランド=IS
# Home situations.
home-situation | カレー作ってるんだけど{}の首都ってどこ | インド=IN; パキスタン=PK; スリランカ=LK
home-situation | 洗濯物干しながら聞くね{}の首都は | オランダ=NL; スイス=CH
home-situation | 庭の花が{}原産なんだって首都はどこ | 南アフリカ=ZA; マダガスカル=MG
home-situation | 誕生日会のクイズで{}の首都を出したいの | ブラジル=BR; メキシコ=MX; エジプト=EG
home-situation | 豆まきの前にちょっと{}の首都 | ギリシャ=GR; トルコ=TR
home-situation | 短冊に{}に行けますようにって書いたんだけど首都どこ | イタリア=IT; スペイン=ES; チェコ=CZ
home-situation | 夕飯のパエリア作りながら{}の首都ってどこ | スペイン=ES; ポルトガル=PT
home-situation | お風呂わいたよその前に{}の首都 | ノルウェー=NO; フィンランド=FI
home-situation | 寝る前にもう一個だけ{}の首都 | スウェーデン=SE; デンマーク=DK; ポーランド=PL
# Games and sport.
game-and-sport | 鉄道のすごろくで{}の首都に止まったんだけどどこ | ロシア=RU; 中国=CN
game-and-sport | 脱出ゲームのヒントが{}の首都なんだけど | ルーマニア=RO; ブルガリア=BG; セルビア=RS
game-and-sport | クイズ番組で{}の首都って問題出てるよ答え何 | アゼルバイジャン=AZ; ジョージア=GE
game-and-sport | フィギュアの選手が{}代表なんだけど首都どこ | カザフスタン=KZ; ラトビア=LV; ジョージア=GE
game-and-sport | バドミントンの大会が{}であるんだって首都は | デンマーク=DK; マレーシア=MY; インドネシア=ID
game-and-sport | バレーの対戦相手{}だけど首都ってどこ | セルビア=RS; ポーランド=PL; イタリア=IT
game-and-sport | ゴルフの中継見てたら{}が出てきた首都どこ | スコットランド=GB-SCT; 北アイルランド=GB-NIR
game-and-sport | テニスの大会{}でやってるけど首都はどこ | オーストラリア=AU; フランス=FR; イギリス=GB
game-and-sport | 自転車レースが{}を走ってるけど首都どこ | ベルギー=BE; オランダ=NL; スイス=CH
game-and-sport | チェスの世界王者が{}の人なんだって首都は | ノルウェー=NO; インド=IN; アルメニア=AM
game-and-sport | イースポーツの大会{}で開かれるらしい首都どこ | 韓国=KR; サウジアラビア=SA; シンガポール=SG
# Classes and hobbies.
hobby-situation | 書道教室で{}の首都を漢字で書くんだけどどこ | 中国=CN; 台湾=TW
hobby-situation | 合唱で{}の歌を歌うから首都も知りたい | ウクライナ=UA; エストニア=EE; リトアニア=LT
hobby-situation | ピアノの先生が{}に留学してたんだって首都どこ | オーストリア=AT; ドイツ=DE; ハンガリー=HU
hobby-situation | お茶のお稽古で{}のお客様がいらっしゃるの首都は | フランス=FR; アメリカ合衆国=US
hobby-situation | 切り絵で{}の国旗作ったけど首都ってどこ | ベナン=BJ; トーゴ=TG; ガーナ=GH
# Heritage speakers.
heritage-speech | ねえアレクサ{}のキャピタルはどこ | ハワイ=US-HI; フィジー=FJ
heritage-speech | {}のキャピタルシティってなんていうの | サモア=WS; トンガ=TO
heritage-speech | おばあちゃんが{}の首都はどこかねえって | 韓国=KR; 北朝鮮=KP
heritage-speech | {}の首都はどこでありますか | 台湾=TW; フィリピン=PH
heritage-speech | わたし昔学校で習ったけど{}の首都はどこであったかね | ミャンマー=MM; タイ=TH
heritage-speech | うちのレストランのお客さん{}の人首都どこですか | スリランカ=LK; モルディブ=MV; バングラデシュ=BD
# Learners of Japanese.
learner-speech | {}首都はどこですか | タイ=TH; ラオス=LA
learner-speech | {}の首都は何ですか教えてください | バングラデシュ=BD; ネパール=NP
learner-speech | {}は首都なにですか | フランス=FR; セネガル=SN; コートジボワール=CI
learner-speech | わたしは{}の首都をしりたいです | ミャンマー=MM; ブータン=BT
learner-speech | {}首都です教えて | マダガスカル=MG; カメルーン=CM
learner-speech | すみません{}の首都どこあります | ガボン=GA; コンゴ共和国=CG
learner-speech | {}の首都の名前わかりますか | ハイチ=HT; ルワンダ=RW
learner-speech | アレクサさん{}首都おしえてください | モーリシャス=MU; セーシェル=SC; コモロ=KM
# Children.
child-speech | ねえねえ{}のしゅとってどこ | アメリカ=US; イギリス=GB; ドイツ=DE
child-speech | {}のしゅとおしえて | 日本=JP; 韓国=KR
child-speech | ちずちょうにのってる{}のしゅとってなに | ブラジル=BR; アルゼンチン=AR; チリ=CL
child-speech | {}ってくにのしゅとはどこかな | ケニア=KE; タンザニア=TZ
child-speech | 共通テストに出るかもだから{}の首都教えて | 南スーダン=SS; スーダン=SD; エリトリア=ER
child-speech | 模試で間違えたんだけど{}の首都ってどこ | オーストラリア=AU; カナダ=CA; トルコ=TR
child-speech | あのねママが{}のしゅとしらないって | ニュージーランド=NZ; フィリピン=PH
# Elders with old words.
elder-speech | {}の首府はどこじゃったかな | エジプト=EG; イラン=IR
elder-speech | {}の都はどこというたかのう | ギリシャ=GR; イタリア=IT
elder-speech | わしの若いころは{}のみやこといえば何じゃったか | ロシア=RU; 中国=CN
elder-speech | {}の首都はいずこであるか | ペルー=PE; メキシコ=MX
elder-speech | 年寄りにもわかるように{}の首都をゆっくり言うて | ハンガリー=HU; ポーランド=PL
# Follow-ups.
follow-up | じゃあ{}は | ボリビア=BO; エクアドル=EC; パナマ=PA
follow-up | {}はどうどすか | スペイン=ES; ポルトガル=PT
follow-up | ほんなら{}はどこやのし | ニカラグア=NI; グアテマラ=GT
follow-up | {}のほうはどこだら | キューバ=CU; バハマ=BS; バルバドス=BB
follow-up | ついでに{}もお願い | グレナダ=GD; セントルシア=LC; トリニダード・トバゴ=TT
follow-up | 次は{}の首都 | アンティグア・バーブーダ=AG; セントクリストファー・ネーヴィス=KN
follow-up | 続けて{}も | ドミニカ国=DM; セントビンセント及びグレナディーン諸島=VC
follow-up | それじゃ{}だと | ガイアナ=GY; スリナム=SR
follow-up | 今度は{}の首都も教えて | ギニアビサウ=GW; 赤道ギニア=GQ; サントメ・プリンシペ=ST
follow-up | {}やったらどこやろ | ブルキナファソ=BF; ニジェール=NE
follow-up | ほいで{}は | ガンビア=GM; セネガル=SN
follow-up | {}もついでに言うてんか | マリ=ML; モーリタニア=MR
follow-up | んだば{}だば | リビア=LY; チュニジア=TN
follow-up | あと{}もね | パラオ=PW; ミクロネシア連邦=FM; ナウル=NR
# Yes/no checks with a right or a wrong capital.
yes-no-check | {}で合ってる | オーストラリアの首都はキャンベラ=AU; カナダの首都はトロント=CA; ブラジルの首都はリオデジャネイロ=BR
yes-no-check | {}でよかったっけ | トルコの首都はアンカラ=TR; スイスの首都はジュネーブ=CH; ニュージーランドの首都はオークランド=NZ
yes-no-check | {}ってほんま | モロッコの首都はカサブランカ=MA; ナイジェリアの首都はラゴス=NG; ベトナムの首都はホーチミン=VN
yes-no-check | {}だら | ミャンマーの首都はヤンゴン=MM; カザフスタンの首都はアスタナ=KZ
yes-no-check | {}どすか | インドの首都はムンバイ=IN; パキスタンの首都はカラチ=PK
yes-no-check | {}で間違いないですか | タンザニアの首都はダルエスサラーム=TZ; コートジボワールの首都はアビジャン=CI; ベナンの首都はコトヌー=BJ
yes-no-check | {}だったよね | アメリカの首都はニューヨーク=US; イスラエルの首都はテルアビブ=IL; エクアドルの首都はグアヤキル=EC
yes-no-check | {}ちゃうかのし | フィリピンの首都はマニラ=PH; 韓国の首都はソウル=KR
yes-no-check | {}だべが | フィンランドの首都はヘルシンキ=FI; スウェーデンの首都はストックホルム=SE
yes-no-check | 確か{}だと思うんだけど | ボリビアの首都はラパス=BO; スリランカの首都はコロンボ=LK; マレーシアの首都はプトラジャヤ=MY
yes-no-check | ウクライナの首都ってキエフって言ったらだめなの | UA
yes-no-check | ドイツの首都ってボンじゃなかった | DE
yes-no-check | カメルーンの首都ってドゥアラじゃないの | CM
yes-no-check | ベリーズの首都はベリーズシティであってる | BZ
yes-no-check | ブルンジの首都はブジュンブラやろ | BI
yes-no-check | ガーナの首都ってアクラだよね | GH
# Self-corrections.
self-correction | {}じゃなくてオーストリアの首都 | オーストラリアの首都=AT; スイスの首都=AT
self-correction | {}あちゃうスロベニアや | スロバキアの首都=SI; スロバキアの首都どこ=SI
self-correction | ニジェールいやナイジェリアの首都どこ | NG
self-correction | ナイジェリアやのうてニジェールの首都 | NE
self-correction | イランあっ違うイラクの首都は | IQ
self-correction | イラクじゃないわイランの首都教えて | IR
self-correction | ギニアビサウあ間違えたただのギニアの首都 | GN
self-correction | コロンビアの首都じゃなくてボリビアの | BO
self-correction | パラグアイいやウルグアイの首都は | UY
self-correction | アルメニアじゃなくてアルバニアの首都教えりん | AL
self-correction | オマーンやのうてヨルダンの首都やった | JO
self-correction | モーリタニアいやモーリシャスの首都 | MU
self-correction | えっとスウェーデンあごめんスイスの首都 | CH
self-correction | ザンビアの首都いやちがうガンビアの首都 | GM
self-correction | マリじゃないマラウイの首都 | MW
self-correction | ラトビアかんにんリトアニアの首都どすえ | LT
# Reverse questions: a capital given, its country asked.
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ; ハノイ=CITY:ハノイ
reverse-question | {}が首都の国ってどこ | アスマラ=CITY:アスマラ; ビシュケク=CITY:ビシュケク; タリン=CITY:タリン
reverse-question | {}はどこの首都だら | ウィントフック=CITY:ウィントフック; ハラレ=CITY:ハラレ
reverse-question | {}ちゅうのはどこの国の都やったかいな | ウランバートル=CITY:ウランバートル; カトマンズ=CITY:カトマンズ
reverse-question | {}って何ていう国の首都なの | ワガドゥグー=CITY:ワガドゥグー; ヌアクショット=CITY:ヌアクショット; ンジャメナ=CITY:ンジャメナ
reverse-question | 首都が{}なのはどこの国 | ティラナ=CITY:ティラナ; スコピエ=CITY:スコピエ; リュブリャナ=CITY:リュブリャナ
reverse-question | {}を首都にしてる国を教えて | キガリ=CITY:キガリ; ルサカ=CITY:ルサカ
reverse-question | {}ってどこの首都だべ | アシガバード=CITY:アシガバード; ドゥシャンベ=CITY:ドゥシャンベ
reverse-question | {}が首都なのはどこどすか | ビエンチャン=CITY:ビエンチャン; ティンプー=CITY:ティンプー
reverse-question | {}はどこの国の首都ですか | マセル=CITY:マセル; リロングウェ=CITY:リロングウェ; モロニ=CITY:モロニ
reverse-question | 首都が{}の国 | パラマリボ=CITY:パラマリボ; ジョージタウン=CITY:ジョージタウン
reverse-question | {}ってどこの首都やのし | ヤウンデ=CITY:ヤウンデ; リーブルヴィル=CITY:リーブルヴィル
reverse-question | クイズで{}が首都の国って出たんだけど | ポートモレスビー=CITY:ポートモレスビー; ホニアラ=CITY:ホニアラ; ポートビラ=CITY:ポートビラ
# Official names.
official-name | {}の首都はどこですか | 大韓民国=KR; 中華人民共和国=CN; 朝鮮民主主義人民共和国=KP
official-name | {}の首都を教えて | フランス共和国=FR; ドイツ連邦共和国=DE; イタリア共和国=IT
official-name | {}の首都ってどこ | ロシア連邦=RU; ブラジル連邦共和国=BR; メキシコ合衆国=MX
official-name | 正式には{}っていうらしいけど首都は | エジプトアラブ共和国=EG; ベネズエラボリバル共和国=VE; アルジェリア民主人民共和国=DZ
official-name | {}の首都名 | スペイン王国=ES; タイ王国=TH; スイス連邦=CH
official-name | {}の首都はどちら | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US
official-name | {}の首都ってなに | ベトナム社会主義共和国=VN; モンゴル国=MN; オーストラリア連邦=AU
official-name | 書類に{}って書いてあるんだけど首都どこ | チェコ共和国=CZ; ミクロネシア連邦=FM; インド共和国=IN
official-name | {}の首都を教えとくれやす | サウジアラビア王国=SA; ネパール連邦民主共和国=NP
# Everyday and short names.
everyday-name | {}の首都ってどこだっけ | サウジ=SA; 南ア=ZA; バングラ=BD
everyday-name | {}の首都はどこ | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都ってなんだら | ボスニア=BA; ブルキナ=BF
everyday-name | {}の首都ってどこなの | ニュージー=NZ; トリニダード=TT; アンティグア=AG
everyday-name | {}の首都はどこやのん | ユーエーイー=AE; エミレーツ=AE; セントキッツ=KN
everyday-name | {}の首都どこだっけ | 北朝鮮=KP; ミクロネシア=FM; パプア=PG
everyday-name | {}の首都ってどこだべ | サントメ=ST; セントビンセント=VC; マケドニア=MK
everyday-name | {}の首都教えて | チェキア=CZ; テュルキエ=TR; ティモール=TL
# Old names.
old-name | {}の首都はどこじゃったかの | ビルマ=MM; セイロン=LK; シャム=TH
old-name | 昔は{}って言ってたところの首都は | ザイール=CD; ペルシャ=IR; スワジランド=SZ
old-name | {}の首都はどこかね | グルジア=GE; 白ロシア=BY; カンプチア=KH
old-name | わしらの頃は{}と言うたがあそこの首都は | 象牙海岸=CI; ダホメ=BJ; 上ボルタ=BF
old-name | {}の首都ってまだあるの | ペルシア=IR; ルーマニヤ=RO
# Shared names.
shared-name | {}の首都ってどこなん | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}の首都を教えてください | 朝鮮=KP+KR; コリア=KP+KR; ヴァージン諸島=VG+VI
shared-name | {}の首都はどこどすか | 南北朝鮮=KP+KR; 韓国と北朝鮮=KP+KR
shared-name | 国の方の{}の首都 | ジョージア=GE; ドミニカ=DM
shared-name | アメリカの州の{}の州都 | ジョージア=US-GA
shared-name | {}の首都はどこになるだら | コンゴ民主共和国=CD; コンゴ共和国=CG
shared-name | キンシャサじゃない方のコンゴの首都 | CG
shared-name | 二つあるコンゴのそれぞれの首都 | CD+CG
shared-name | ドミニカ共和国やなくてドミニカ国の首都 | DM
shared-name | 英領ヴァージン諸島の中心の町はどこ | VG
shared-name | 米領ヴァージン諸島の首都ってなんだっけ | VI
shared-name | {}の首都どこだべ | 北朝鮮と韓国=KP+KR; ヴァージン諸島の米領と英領=VG+VI
shared-name | 旧ソ連のジョージアの首都 | GE
shared-name | アトランタがあるジョージアじゃなくて国のジョージア | GE
# Plural questions: several capitals.
plural-capitals | {}の首都って三つあるんでしょ全部教えて | 南アフリカ=ZA
plural-capitals | {}の首都はどことどこ | ボリビア=BO; ベナン=BJ; オランダ=NL
plural-capitals | {}には首都がふたつあるってほんまどこどこ | マレーシア=MY; スリランカ=LK; コートジボワール=CI
plural-capitals | {}の首都を全部言うて | エスワティニ=SZ; パレスチナ=PS
plural-capitals | 南アの首都三つとも教えりん | ZA
plural-capitals | {}の首都たちはどこだべ | ボリビア=BO; オランダ=NL
plural-capitals | {}って首都が複数あるんだっけ全部で | ベナン=BJ; マレーシア=MY; スワジランド=SZ
plural-capitals | {}の首都ふたつ教えて | コートジボワール=CI; スリランカ=LK; パレスチナ自治区=PS
plural-capitals | モントセラトの首都はふたつあるらしいけどどこ | MS
plural-capitals | ジャンムーカシミールの夏と冬の州都を両方 | IN-JK
plural-capitals | ウッタラーカンド州の州都はふたつあるの両方教えて | IN-UK
plural-capitals | {}の首都って何個あってどこどこ | 南アフリカ共和国=ZA; オランダ王国=NL
# Subdivisions and territories.
subdivision | {}の州都ってどこ | カリフォルニア州=US-CA; テキサス州=US-TX; ニューヨーク州=US-NY
subdivision | {}の州都はどこですか | フロリダ州=US-FL; イリノイ州=US-IL; ワシントン州=US-WA
subdivision | {}の州都ってなんだら | オンタリオ州=CA-ON; ケベック州=CA-QC; ブリティッシュコロンビア州=CA-BC
subdivision | {}の州都どこどす | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | {}の州都ってどこだべ | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; ビクトリア州=AU-VIC
subdivision | {}の中心都市ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; イングランド=GB-ENG
subdivision | {}の州都って何ていう町 | アマゾナス州=BR-AM; バイーア州=BR-BA; サンパウロ州=BR-SP
subdivision | {}の州都を教えて | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; マハーラーシュトラ州=IN-MH
subdivision | {}の州都はどこやのし | ユカタン州=MX-YUC; ハリスコ州=MX-JAL; オアハカ州=MX-OAX
subdivision | {}の首都ってどこにあるか教えて | グリーンランド=GL; グアム=GU; プエルトリコ=PR
subdivision | {}の首府はどこ | ニューカレドニア=NC; 仏領ポリネシア=PF; フェロー諸島=FO
subdivision | {}の中心の町って何 | マン島=IM; ジャージー=JE; ガーンジー=GG
subdivision | {}の州都はどこだら | ハワイ州=US-HI; アラスカ州=US-AK; ネバダ州=US-NV
subdivision | {}の州都教えりん | マサチューセッツ州=US-MA; ジョージア州=US-GA; ミシガン州=US-MI
subdivision | {}の準州都はどこ | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノースウエスト準州=CA-NT
subdivision | {}の首都ってどこだったっけ | 西サハラ=EH; コソボ=XK; バチカン=VA
subdivision | {}の州都ってどこなのん | ルイジアナ州=US-LA; テネシー州=US-TN; コロラド州=US-CO
subdivision | {}の主都はどこ | バミューダ=BM; ケイマン諸島=KY; アルバ=AW
subdivision | {}の政庁所在地 | クック諸島=CK; ニウエ=NU; 北マリアナ諸島=MP
# One-shot requests through the invocation name.
one-shot | 世界の首都で{}の首都を教えて | ペルー=PE; ケニア=KE; フィンランド=FI
one-shot | 世界の首都に{}の首都を聞いて | トンガ=TO; フィジー=FJ; ツバル=TV
one-shot | 世界の首都を開いて{}の首都 | エジプト=EG; モロッコ=MA
one-shot | 世界の首都で{}の首都はどこか調べて | ジブチ=DJ; ソマリア=SO; エチオピア=ET
one-shot | 世界の首都に聞いてくれへん{}の首都 | ラオス=LA; カンボジア=KH
one-shot | 世界の首都から{}の首都を教えりん | オマーン=OM; イエメン=YE
one-shot | 世界の首都で{}ってどこの首都か聞いて | アンカラ=CITY:アンカラ; キト=CITY:キト
one-shot | 世界の首都使って{}の首都どこだべ | ノルウェー=NO; アイスランド=IS
one-shot | 世界の首都を起動して{}の首都を教えとくれやす | オーストリア=AT; ハンガリー=HU
# Launch.
launch | 世界の首都を開いてほしいどす | LAUNCH
launch | 世界の首都ひらいて | LAUNCH
launch | 世界の首都立ち上げて | LAUNCH
launch | 世界の首都を始めりん | LAUNCH
launch | 世界の首都つけでけ | LAUNCH
launch | 世界の首都で遊びたいのし | LAUNCH
launch | 世界の首都のスキル使いたいんやけど | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都をお願いします | LAUNCH
launch | 世界の首都やろうよ | LAUNCH
launch | 世界の首都のクイズ始めて | LAUNCH
launch | せかいのしゅとひらいて | LAUNCH
launch | 世界の首都を起動してくれへん | LAUNCH
launch | 世界の首都ちょっと開けてみて | LAUNCH
launch | 世界の首都をつないで | LAUNCH
# Help.
help | これどうやって使うん | HELP
help | 何て聞いたらええのかわからへん | HELP
help | 使い方を教えとくれやす | HELP
help | どう言えば首都を教えてくれるの | HELP
help | 使い方わがんねすけ教えでけ | HELP
help | どんなこと聞けるんだら | HELP
help | ヘルプお願いします | HELP
help | 何ができるのか説明して | HELP
help | 聞き方の例を言うてみて | HELP
help | このスキルの使い方を教えてほしいのし | HELP
help | ちょっとわからないので助けて | HELP
help | 何を言えばいいですか | HELP
help | どうすればいいのか教えてください | HELP
help | 使い方がさっぱりわからん | HELP
help | 説明をもういっぺん聞かせて | HELP
help | 質問のしかたを教えりん | HELP
help | ヘルプってどうやって出すの | HELP
help | 助けてえな何聞いたらいいの | HELP
help | どういう風に話しかければいいの | HELP
help | 何ができるスキルなんだべ | HELP
help | なんて言うたらええのん | HELP
help | 使い方を教えてくれんかのし | HELP
help | どう使うだら教えて | HELP
# Stop.
stop | もうおしまいにしよか | STOP
stop | ほな終わるわ | STOP
stop | 終わりにしとくれやす | STOP
stop | もう終わりでいいのし | STOP
stop | これで終いだべ | STOP
stop | 終わりにしりん | STOP
stop | もうやめてええよ | STOP
stop | ストップしてください | STOP
stop | はいおしまい | STOP
stop | このスキル終わらせて | STOP
stop | 世界の首都を終了して | STOP
stop | もう寝るからやめて | STOP
stop | 終わりですありがとう | STOP
stop | しゃべるのやめて | STOP
stop | そこまででいいよ止めて | STOP
stop | もう十分ですやめてください | STOP
stop | 終了終了 | STOP
stop | 静かにして終わって | STOP
stop | お客さん来たからもうやめる | STOP
stop | 閉じて | STOP
stop | もうええわおしまいどす | STOP
stop | ほな今日はこれで終わりにしよ | STOP
stop | 終わってええよおおきに | STOP
stop | やめてけろもう寝る | STOP
stop | もう終わりにするだら | STOP
stop | スキルを閉じてちょうだい | STOP
stop | 首都のやつもう止めて | STOP
stop | ごちそうさまもうおしまい | STOP
# Cancel.
cancel | やっぱりええわ | CANCEL
cancel | いまのなしどす | CANCEL
cancel | さっきのは取り消しでお願い | CANCEL
cancel | なんでもないのし | CANCEL
cancel | やっぱいいやなしで | CANCEL
cancel | 今の質問はキャンセルして | CANCEL
cancel | 聞いたのなしにしりん | CANCEL
cancel | やっぱりいらねえ | CANCEL
cancel | 取り消します | CANCEL
cancel | 今のは忘れて | CANCEL
cancel | あごめん間違えたなしなし | CANCEL
cancel | いいです気にしないで | CANCEL
cancel | キャンセルしといて | CANCEL
cancel | それやめといて | CANCEL
cancel | 言い直すから今のはなし | CANCEL
cancel | やめやめいまのなし | CANCEL
cancel | もうええねんかんにん | CANCEL
cancel | 聞くのやめとくわ | CANCEL
cancel | 今のなかったことにして | CANCEL
cancel | やっぱりキャンセルで | CANCEL
cancel | やっぱええどす | CANCEL
cancel | 聞いたのやめとくだら | CANCEL
cancel | なんでもねえすけ取り消して | CANCEL
# What ja-JP recognition writes.
asr-artifact | {}の首都わどこ | ケニア=KE; ガーナ=GH; チリ=CL
asr-artifact | {}のしゅとはどこ | ふらんす=FR; いぎりす=GB; ろしあ=RU
asr-artifact | {}の首都って | 印度=IN; 急場=CU
asr-artifact | {}の首都はどこでしょうか | ウルグァイ=UY; スダン=SD; ボツアナ=BW
asr-artifact | {}の首都教えてくれる | ベトナム=VN; ヴェネズエラ=VE; ブータン=BT
asr-artifact | {}の首都をおしえて | 二ジェール=NE; 真理=ML; 塵=CL
asr-artifact | {}のしゅとを教えて | いんど=IN; ちゅうごく=CN; たいわん=TW
asr-artifact | {}の首都どこ | 東チモール=TL; ケニヤ=KE; タンザニヤ=TZ
asr-artifact | {}首都はどこ | 聖ルシア=LC; 南スダン=SS
asr-artifact | {}のしゅと | ぺるー=PE; めきしこ=MX; きゅーば=CU
asr-artifact | {}の首都はなに | ルクセンブルグ=LU; ベルギ=BE; ハンガリ=HU
asr-artifact | {}の首都ってどこだっけね | アルジェリヤ=DZ; ナイジェリヤ=NG; リビヤ=LY
asr-artifact | {}の首都って何 | オーストラリヤ=AU; ブラジール=BR
asr-artifact | {}の首都わ | トルクメニスタ=TM; キルギスタン=KG; タジキスタ=TJ
asr-artifact | 世界の主都で{}の首都 | インドネシア=ID; マレーシア=MY
asr-artifact | {}のシュトって | バルバドス=BB; バハマ=BS
asr-artifact | {}の首都ってどこな | ガンビヤ=GM; リベリヤ=LR; ザンビヤ=ZM
# Out-of-domain near misses.
out-of-domain | フランスの人口ってどれぐらい | FB
out-of-domain | ドイツの通貨は何 | FB
out-of-domain | ブラジルで話されてる言葉は | FB
out-of-domain | インドの今の時間は | FB
out-of-domain | ケニアの天気はどう | FB
out-of-domain | オーストラリアの国旗の星はいくつ | FB
out-of-domain | イタリアの首相って誰 | FB
out-of-domain | スペインの国歌を流して | FB
out-of-domain | エジプトのピラミッドはいつできたの | FB
out-of-domain | タイの祝日を教えて | FB
out-of-domain | 首都高の渋滞情報 | FB
out-of-domain | 首都圏の明日の天気は | FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | 京都府の府庁所在地はどこ | FB
out-of-domain | 滋賀県の県庁所在地は大津で合ってる | FB
out-of-domain | 和歌山県の県庁所在地ってどこやのし | FB
out-of-domain | 愛知県の県庁所在地はどこだら | FB
out-of-domain | 青森県の県庁所在地ってどごだべ | FB
out-of-domain | 奈良県の県庁所在地教えて | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | カタルーニャの州都ってどこ | FB
out-of-domain | ソ連の首都はどこだった | FB
out-of-domain | ナルニア国の首都はどこ | FB
out-of-domain | 天空の城ってどこの国にあるの | FB
out-of-domain | タイマーを三分セットして | FB
out-of-domain | 明日の歯医者の予約何時だっけ | FB
out-of-domain | 洗濯物乾くかな今日の天気 | FB
out-of-domain | パン生地の発酵時間は | FB
out-of-domain | 近くの薬局を探して | FB
out-of-domain | ドルを円に換えたらいくら | FB
out-of-domain | ニュースを読んで | FB
out-of-domain | 京都の紅葉の見頃はいつ | FB
out-of-domain | 八戸のせんべい汁の作り方 | FB
out-of-domain | 三河の手筒花火はいつ | FB
out-of-domain | 奈良の大仏の高さは | FB
out-of-domain | 梅干しの漬け方教えて | FB
out-of-domain | 琵琶湖の広さはどれくらい | FB
out-of-domain | ハノイの天気 | FB
out-of-domain | パリまで飛行機で何時間 | FB
out-of-domain | ロンドンの時差は何時間 | FB
out-of-domain | ワシントン条約って何 | FB
out-of-domain | ローマは一日にして成らずの意味 | FB
out-of-domain | ベルリンの壁が壊れたのはいつ | FB
out-of-domain | 音楽をかけて | FB
out-of-domain | 面白い話して | FB
out-of-domain | 首都って言葉の意味を教えて | FB
out-of-domain | 世界で一番大きい国はどこ | FB
out-of-domain | 世界で一番人口の多い国は | FB
out-of-domain | ユーゴスラビアの首都ってどこだった | FB
out-of-domain | 東ドイツの首都ってどこだった | FB
out-of-domain | 火星の首都ってある | FB
out-of-domain | チーズの美味しい国はどこ | FB
out-of-domain | モンゴルの相撲取りの名前を教えて | FB
out-of-domain | 台湾のタピオカの店を探して | FB
out-of-domain | ピアノの練習の曲を流して | FB
out-of-domain | 書道の筆の洗い方 | FB
out-of-domain | 抹茶の点て方を教えて | FB
out-of-domain | 次の電車は何分 | FB
out-of-domain | 成田空港の駐車場の料金 | FB
out-of-domain | バレーボールの試合の結果 | FB
out-of-domain | テニスのランキング一位は誰 | FB
out-of-domain | 今日の献立何にしよう | FB
out-of-domain | 明日は何曜日 | FB
out-of-domain | 北海道の道庁所在地ってどこ | FB
out-of-domain | ベトナムのお米の値段 | FB
out-of-domain | ネパールの山の高さは | FB
out-of-domain | スイスの時計のおすすめ | FB
out-of-domain | オランダのチューリップの季節はいつ | FB
out-of-domain | ケニアのバラはなんで安いの | FB
out-of-domain | スリランカのカレーのレシピ | FB
out-of-domain | バングラデシュの人口は | FB
out-of-domain | フィリピンの通貨をペソに両替したい | FB
out-of-domain | メキシコの公用語は | FB
out-of-domain | 韓国のドラマのおすすめ | FB
out-of-domain | ハワイの今の気温 | FB
out-of-domain | フランスパンの焼き方 | FB
out-of-domain | ペルーのナスカの地上絵って何 | FB
out-of-domain | ノルウェーのサーモンの旬 | FB
out-of-domain | 首都大学ってどこにあるの | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 大文字で書くキャピタルレターって何 | FB
out-of-domain | 広東省の省都ってどこ | FB
out-of-domain | バスク州の州都は | FB
out-of-domain | トスカーナの州都はどこ | FB
out-of-domain | 済州道の道庁所在地は | FB
out-of-domain | チェコスロバキアの首都ってどこだった | FB
out-of-domain | ホグワーツはどこの国 | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | 鬼は外っていつ言うの | FB
out-of-domain | 七夕の願い事の書き方 | FB
out-of-domain | 来週の燃えるごみの日はいつ | FB
out-of-domain | 外国送金の手数料はいくら | FB
out-of-domain | 羽田から成田までの行き方 | FB
out-of-domain | フィギュアスケートの採点の仕方 | FB
out-of-domain | 将棋と囲碁どっちが難しい | FB
out-of-domain | 歯医者さんの予約を入れて | FB
"""

if __name__ == "__main__":
    build_round(25, "ja", LINES, sys.argv, "tests/Eval/ja/round25/source/build_corpus.py")
