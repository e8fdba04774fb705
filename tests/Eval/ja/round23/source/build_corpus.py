"""Round 23, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Japanese rounds (their "How it was written" sections name Kansai, Hakata, Hiroshima, Nagoya, Hokuriku,
Shikoku, San'in, northern Kanto, shitamachi, Okinawa, Shizuoka and Shinshu, Niigata, Yamaguchi, Kobe, Ise and Gifu).
Regions: Tsugaru and Akita in the far north (どさ, だびょん, おしえでけ, だべが, わ for "I"), Fukushima and Aizu (だべした,
なし, くなんしょ, なじょすっぺ), Nagasaki and Saga (と, ね, くんしゃい, ばい, さ), Oita and Miyazaki (っち, ちょる, かえ,
どげえ, てげ, ちゃが, ちくれ), Kyoto elders' soft speech (どすえ, はる, おくれやす) and Hamamatsu-area young people are
left out on purpose in favour of young Tokyo-area speech of today (ガチで, えぐい, ワンチャン, それな, 〜しか勝たん). People
and places: a speech therapist running word-finding practice after a stroke, a night nurse and patients in a ward, a care
worker, a convenience-store night shift, a hairdresser and her customer, a construction site's break, a parcel driver,
a fishing boat and an early-morning fish market, a campsite, a hot-spring inn, a mountain hut, a karaoke box, a mahjong
table, a model United Nations club, a geography olympiad, a school broadcasting club, a returnee child who mixes English
(キャピタル, カントリー, ワット), a Chinese exchange student and a Nepali cook whose particles drift, a visually impaired
user who lives by voice, a parent feeding a baby at night, New Year's family gatherings, kindergarten children
(ひらがな, ママがね, えんそく), grandparents who grew up with old names (ビルマ, セイロン, ザイール, ダホメ, ローデシア,
ニヤサランド, 上ボルタ, ベチュアナランド, カンプチア). Plus fillers and hesitations (えーっとね, んーと, ほらあれあれ,
ちょっと待って), terse forms, follow-ups, self-corrections, yes/no checks with a wrong or right capital, reverse questions
(a capital given, its country asked), official, everyday and old names, shared names, plural questions (every
several-capital country, Palestine, and a few subdivisions and a territory), subdivisions and territories, out-of-domain
near-misses (other facts about a named country; "首都"/"キャピタル" in other senses: 首都高, 首都圏, 首都直下, 資本,
大文字; homophones of capitals: カイロ the hand warmer, ソウルミュージック, キングストンのメモリ), help, stop, cancel,
launch and one-shot requests through the invocation name 世界の首都; and what ja-JP recognition writes: hiragana for
kanji, 首都 heard as シュート or 主都, lost or added long vowels, ヴ for ブ, split or joined names.
`python3 tests/Eval/ja/round23/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 23's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in standard speech.
plain-question | {}の首都ってなんていう街 | アルバニア=AL; ラトビア=LV; ボツワナ=BW
plain-question | ちょっと確認したいんだけど{}の首都はどこ | リトアニア=LT; エストニア=EE; モルドバ=MD
plain-question | {}って国の首都を知りたいです | ナミビア=NA; レソト=LS; アンゴラ=AO
plain-question | {}の首都の名前を教えてもらえる | トルクメニスタン=TM; タジキスタン=TJ; ウズベキスタン=UZ
plain-question | {}の首都はなんという都市ですか | スロバキア=SK; スロベニア=SI; クロアチア=HR
plain-question | {}の首都はどこにあるの | ハンガリー=HU; ブルガリア=BG; ルーマニア=RO
plain-question | {}の首都ってどこなのかな | イエメン=YE; オマーン=OM; カタール=QA
plain-question | {}の首都をお願いします | キューバ=CU; コロンビア=CO; コスタリカ=CR
plain-question | {}は首都どこ | ペルー=PE; チリ=CL; アルゼンチン=AR
plain-question | 今って{}の首都はどこになってるの | カザフスタン=KZ; ミャンマー=MM; ブルンジ=BI
plain-question | {}の首都はどこでしょうか | ガボン=GA; チャド=TD; ニジェール=NE
plain-question | {}の首都が知りたいんだけど | カメルーン=CM; マリ=ML; セネガル=SN
plain-question | {}の首都ってどこだったかな | エクアドル=EC; パラグアイ=PY; ウルグアイ=UY
plain-question | {}の首都を調べてくれる | リビア=LY; チュニジア=TN; エチオピア=ET
plain-question | {}の首都ってわかる | カンボジア=KH; ラオス=LA; ベトナム=VN
plain-question | {}の首都の名前なんだったっけ | マラウイ=MW; ザンビア=ZM; ジンバブエ=ZW
plain-question | {}の首都はどちらですか | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
plain-question | ねえ{}の首都教えて | デンマーク=DK; アイスランド=IS; アイルランド=IE
plain-question | {}の首都ってさどこ | ポーランド=PL; チェコ=CZ; オーストリア=AT
plain-question | {}の首都はどの都市になりますか | ドイツ=DE; フランス=FR; イタリア=IT
plain-question | {}の首都ってどこになるの | コソボ=XK; バチカン=VA

# Fillers and hesitations.
filler-hesitation | えーっとね{}の首都って | ガーナ=GH; トーゴ=TG; リベリア=LR
filler-hesitation | あのーすいません{}の首都はどこですかね | シエラレオネ=SL; ギニア=GN; ギニアビサウ=GW
filler-hesitation | んーとなんだっけ{}の首都 | モーリタニア=MR; ガンビア=GM; カーボベルデ=CV
filler-hesitation | えっあれ{}の首都ってどこだっけ | スーダン=SD; 南スーダン=SS; エリトリア=ER
filler-hesitation | まあその{}の首都なんだけど | ジブチ=DJ; ソマリア=SO; ケニア=KE
filler-hesitation | えーあーちょっと待って{}の首都 | ウガンダ=UG; ルワンダ=RW; タンザニア=TZ
filler-hesitation | うーんとね{}のね首都 | モザンビーク=MZ; マダガスカル=MG; コモロ=KM
filler-hesitation | その何ていうか{}の首都ってどこよ | セーシェル=SC; モーリシャス=MU; モルディブ=MV
filler-hesitation | あーえーと{}の首都なんですけど | ブータン=BT; ネパール=NP; バングラデシュ=BD
filler-hesitation | ほらあれあれ{}の首都 | パキスタン=PK; アフガニスタン=AF; イラン=IR
filler-hesitation | えーとえーとまって{}のしゅと | スペイン=ES; イギリス=GB; ロシア=RU

# Tsugaru (Aomori) and Akita.
tsugaru-akita | {}の首都ってどこだびょん | ヨルダン=JO; シリア=SY; レバノン=LB
tsugaru-akita | わさ{}の首都おしえでけ | イラク=IQ; クウェート=KW; バーレーン=BH
tsugaru-akita | {}の首都はどごだべが | サウジアラビア=SA; アラブ首長国連邦=AE; イスラエル=IL
tsugaru-akita | なぁ{}の首都ってなんてとごだっきゃ | アルメニア=AM; アゼルバイジャン=AZ; キプロス=CY
tsugaru-akita | {}の首都どごだっけな忘れでまった | モンゴル=MN; キルギス=KG; ブルネイ=BN
tsugaru-akita | {}の首都おしえでけれ | フィジー=FJ; サモア=WS; トンガ=TO
tsugaru-akita | 孫さ聞がれだんだども{}の首都なんだべ | パラオ=PW; ツバル=TV; ナウル=NR

# Fukushima and Aizu.
fukushima-aizu | {}の首都はどごだべした | ベルギー=BE; ルクセンブルク=LU; スイス=CH
fukushima-aizu | {}の首都おせでくなんしょ | リヒテンシュタイン=LI; モナコ=MC; アンドラ=AD
fukushima-aizu | {}の首都ってどこだったべなし | サンマリノ=SM; マルタ=MT; ポルトガル=PT
fukushima-aizu | {}の首都はなんつうどごだ | セルビア=RS; モンテネグロ=ME; ボスニアヘルツェゴビナ=BA
fukushima-aizu | なじょすっぺ{}の首都わがんねえ | カナダ=CA; メキシコ=MX; ブラジル=BR

# Nagasaki and Saga.
nagasaki-saga | {}の首都ってどこやったかね教えてくんしゃい | ギリシャ=GR; トルコ=TR; エジプト=EG
nagasaki-saga | {}の首都はどこね | 北マケドニア=MK; ベラルーシ=BY; ウクライナ=UA
nagasaki-saga | 長崎のもんやけど{}の首都ってどこと | 中国=CN; フィリピン=PH; インドネシア=ID
nagasaki-saga | {}の首都ば教えてくれんですか | 東ティモール=TL; パプアニューギニア=PG; ソロモン諸島=SB
nagasaki-saga | {}の首都のわからんとばい | バヌアツ=VU; キリバス=KI; マーシャル諸島=MH

# Oita and Miyazaki.
oita-miyazaki | {}の首都っちどこかえ | ニカラグア=NI; ホンジュラス=HN; グアテマラ=GT
oita-miyazaki | {}の首都知っちょる | エルサルバドル=SV; パナマ=PA; ベリーズ=BZ
oita-miyazaki | てげ気になるっちゃけど{}の首都どこけ | ジャマイカ=JM; ハイチ=HT; バハマ=BS
oita-miyazaki | {}の首都はどげえ名前じゃったかえ | バルバドス=BB; グレナダ=GD; トリニダードトバゴ=TT
oita-miyazaki | {}の首都を教えちくれ | セントルシア=LC; スリナム=SR; ガイアナ=GY

# Young Tokyo-area speech of today.
youth-slang | ガチで{}の首都わかんないんだけど | ベネズエラ=VE; ドミニカ共和国=DO; アンティグアバーブーダ=AG
youth-slang | {}の首都とかえぐい難しくない | ミクロネシア=FM; サントメプリンシペ=ST; 赤道ギニア=GQ
youth-slang | ワンチャン{}の首都知ってたりする | 中央アフリカ=CF; ブルキナファソ=BF; アルジェリア=DZ
youth-slang | それなてか{}の首都ってどこ | モロッコ=MA; ナイジェリア=NG; シンガポール=SG
youth-slang | {}の首都知らなすぎて草 | セントビンセントグレナディーン=VC; セントクリストファーネービス=KN; ドミニカ国=DM

# A speech therapist's word-finding practice, a ward at night, a care worker.
hospital-care | リハビリの練習なので{}の首都を言ってください | 日本=JP; アメリカ=US; 韓国=KR
hospital-care | 入院してて暇なんだけど{}の首都ってどこ | オーストラリア=AU; ニュージーランド=NZ; インド=IN
hospital-care | 先生に言われた宿題で{}の首都を答えなきゃいけないの | タイ=TH; マレーシア=MY; エスワティニ=SZ
hospital-care | 夜勤中にごめんね{}の首都だけ教えて | サウジ=SA; イスラエル=IL; ヨルダン=JO
hospital-care | おばあちゃんが聞いてるんだけど{}の首都はどこですか | ブラジル=BR; アルゼンチン=AR; ペルー=PE
hospital-care | 言葉が出てこなくて{}の首都あれなんだっけ | フランス=FR; スペイン=ES; ドイツ=DE
hospital-care | 利用者さんとクイズしてて{}の首都はどこでしたっけ | エジプト=EG; ケニア=KE; 南スーダン=SS

# Night shift at a convenience store, a hair salon, a building site, a parcel driver.
work-shift | 深夜のレジ暇すぎて{}の首都調べてる | ベラルーシ=BY; モルドバ=MD; ジョージア=GE
work-shift | お客さんの出身が{}なんだけど首都ってどこ | ネパール=NP; ベトナム=VN; スリランカ=LK
work-shift | カットしながらごめんなさい{}の首都ってどこでしたっけ | フィンランド=FI; デンマーク=DK; ノルウェー=NO
work-shift | 現場の休憩中なんだけど{}の首都わかる | カザフスタン=KZ; モンゴル=MN; ウズベキスタン=UZ
work-shift | 配達の荷物が{}宛てなんだけど首都ってどこ | ガーナ=GH; カメルーン=CM; ザンビア=ZM
work-shift | 昼休みに同僚と揉めてるんだけど{}の首都ってどこ | トルコ=TR; ギリシャ=GR; キプロス=CY
work-shift | 新しく入ったバイトの子が{}出身でさ首都どこ | ミャンマー=MM; バングラデシュ=BD; インドネシア=ID

# Fishing, camping, hot springs, mountain huts, karaoke, mahjong.
outdoor-leisure | 船の上で暇だから{}の首都教えて | チリ=CL; アイスランド=IS; モーリタニア=MR
outdoor-leisure | キャンプ場で焚き火しながら聞くけど{}の首都は | カナダ=CA; スウェーデン=SE; エストニア=EE
outdoor-leisure | 温泉宿でクイズ大会やってて{}の首都どこ | ポルトガル=PT; クロアチア=HR; マルタ=MT
outdoor-leisure | 山小屋で話題になったんだけど{}の首都ってどこ | ネパール=NP; ブータン=BT; ボリビア=BO
outdoor-leisure | カラオケで次の曲選ぶ前に{}の首都だけ教えて | ジャマイカ=JM; キューバ=CU; プエルトリコ=PR
outdoor-leisure | 麻雀しながら賭けてるんだけど{}の首都はどこ | 中国=CN; 台湾=TW; 香港=HK
outdoor-leisure | 市場の朝一で聞くけど{}の首都ってどこだ | ノルウェー=NO; モロッコ=MA; セネガル=SN

# A model United Nations club, a geography olympiad, a broadcasting club.
club-activity | 模擬国連で{}の大使役になったんだけど首都はどこ | ブルンジ=BI; ルワンダ=RW; エリトリア=ER
club-activity | 地理オリンピックの過去問で{}の首都が出た | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
club-activity | 放送部の原稿に{}の首都を書くんだけどどこだっけ | ウルグアイ=UY; パラグアイ=PY; エクアドル=EC
club-activity | クイ研の予選対策で{}の首都を確認したい | ツバル=TV; ナウル=NR; キリバス=KI
club-activity | 部活の先輩に{}の首都を聞かれて答えられなかった | スロバキア=SK; スロベニア=SI; リトアニア=LT
club-activity | 模擬国連の資料作ってて{}の首都が必要です | アフガニスタン=AF; イエメン=YE; シリア=SY
club-activity | 社会科研究部で{}の首都を調べてます | ジブチ=DJ; ソマリア=SO; エチオピア=ET

# A returnee child, a Chinese exchange student, a Nepali cook.
returnee-learner | {}のキャピタルって日本語でなんていうの | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
returnee-learner | えっと{}のキャピタルシティはどこですか | イギリス=GB; アイルランド=IE; 南アフリカ=ZA
returnee-learner | わたし留学生です{}首都はどこですか | 中国=CN; モンゴル=MN; ベトナム=VN
returnee-learner | すみません{}の首都なにですか | ネパール=NP; パキスタン=PK; バングラデシュ=BD
returnee-learner | 学校で{}のキャピタルを覚えないといけないんだよね | メキシコ=MX; グアテマラ=GT; パナマ=PA
returnee-learner | {}の首都をわたしに教えてください | タイ=TH; カンボジア=KH; ラオス=LA
returnee-learner | アメリカにいた時は知ってたけど{}の首都ってどこ | ケンタッキー州=US-KY; アラバマ州=US-AL; アイオワ州=US-IA

# A user who lives by voice.
voice-user | 目が見えないので地図が読めません{}の首都を教えてください | チェコ=CZ; ハンガリー=HU; オーストリア=AT
voice-user | 点字の教科書に{}ってあるんだけど首都はどこ | ルーマニア=RO; ブルガリア=BG; セルビア=RS
voice-user | 読み上げで聞き取れなかったので{}の首都をもう一度 | ボツワナ=BW; ナミビア=NA; ジンバブエ=ZW

# Night feeding, New Year gatherings, family at home.
family-home | 夜中の授乳中で眠いんだけど{}の首都どこ | モナコ=MC; サンマリノ=SM; アンドラ=AD
family-home | お正月に親戚が集まってて{}の首都で揉めてる | アメリカ=US; ブラジル=BR; オーストラリア=AU
family-home | おせち食べながら聞くけど{}の首都は | トルコ=TR; スイス=CH; ベルギー=BE
family-home | 旦那が{}の首都知らないって言うんだけど | イタリア=IT; オランダ=NL; スペイン=ES
family-home | 子供の寝かしつけ終わったから{}の首都教えて | フィジー=FJ; パラオ=PW; サモア=WS

# Kindergarten and young children.
child-speech | ねえねえ{}のしゅとってどこ | アメリカ=US; フランス=FR; ちゅうごく=CN
child-speech | ママがね{}のしゅとしってるって | かんこく=KR; イギリス=GB; ロシア=RU
child-speech | あしたえんそくなんだけど{}のしゅとおしえて | エジプト=EG; ケニア=KE; インド=IN
child-speech | ぼくね{}のしゅとしりたいの | ブラジル=BR; カナダ=CA; メキシコ=MX
child-speech | パパにクイズだすから{}のしゅとおしえて | ドイツ=DE; イタリア=IT; スペイン=ES
child-speech | {}のしゅとってなあに | にほん=JP; タイ=TH; オーストラリア=AU
child-speech | アレクサちゃん{}のしゅとはどこでしょう | ペルー=PE; チリ=CL; アルゼンチン=AR

# Grandparents with the names they grew up with.
old-name | {}の首都はどこだったかいのう | ビルマ=MM; セイロン=LK; ザイール=CD
old-name | 昔は{}って言ってたけど首都はどこだね | ダホメ=BJ; 上ボルタ=BF; ニヤサランド=MW
old-name | 若い頃は{}と呼んでおったがその首都は | ローデシア=ZW; ベチュアナランド=BW; バストランド=LS
old-name | {}の首都ってまだ同じかね | ペルシャ=IR; シャム=TH; グルジア=GE
old-name | わしらの時代は{}だったが首都を教えとくれ | カンプチア=KH; スワジランド=SZ; 白ロシア=BY
old-name | 切手に{}って書いてあるけど首都はどこ | 象牙海岸=CI; 東パキスタン=BD; 英領ホンジュラス=BZ
old-name | {}っていう国の首都はどこかね | タンガニーカ=TZ; ゴールドコースト=GH; 西サモア=WS

# What ja-JP recognition writes.
asr-artefact | {}のシュートはどこ | ブラジル=BR; スペイン=ES; ポルトガル=PT
asr-artefact | {}の主都を教えて | ギリシャ=GR; エジプト=EG; イラク=IQ
asr-artefact | {}の首都わ | ベネズエラ=VE; コロンビア=CO; エクアドル=EC
asr-artefact | {}のしゅと | ぶらじる=BR; かなだ=CA; いんど=IN
asr-artefact | {}の首都はどこですか | ヴェトナム=VN; ベルギ=BE; スエーデン=SE
asr-artefact | {}の首都 | モルジブ=MV; ボツアナ=BW; ケニヤ=KE
asr-artefact | {}の首都ってどこ | ニュージー=NZ; アルメニヤ=AM; ルーマニヤ=RO
asr-artefact | みなみアフリカの首都ってどこ | ZA
asr-artefact | サウジアラビヤの首都 | SA
asr-artefact | オーストラリヤの首都 | AU
asr-artefact | エチオピヤの首都はどこかな | ET
asr-artefact | ウズベキスタンの首都ってどこですか | UZ
asr-artefact | スロヴァキアの首都 | SK
asr-artefact | ベネズエラーの首都は | VE

# English mixed in.
english-mix | {}のキャピタルはどこ | ドイツ=DE; ロシア=RU; インド=IN
english-mix | {}ってカントリーのキャピタル教えて | ケニア=KE; ガーナ=GH; ナイジェリア=NG
english-mix | ワットイズ{}の首都 | ジャパン=JP; フランス=FR; カナダ=CA
english-mix | {}の首都プリーズ | エジプト=EG; ペルー=PE; チリ=CL
english-mix | {}の首都をクイックに教えて | ポーランド=PL; チェコ=CZ; ハンガリー=HU
english-mix | {}の首都ってどこだっけオーケーグーグルじゃなかったアレクサ | スイス=CH; オーストリア=AT; ベルギー=BE
english-mix | アレクサテルミー{}の首都 | メキシコ=MX; キューバ=CU; ジャマイカ=JM

# Terse forms.
terse | {}首都 | ラトビア=LV; エストニア=EE; リトアニア=LT
terse | 首都{} | トーゴ=TG; ベナン=BJ; ガボン=GA
terse | {}の首都は | ルクセンブルク=LU; リヒテンシュタイン=LI; マルタ=MT
terse | {}首都どこ | ギニアビサウ=GW; カーボベルデ=CV; ガンビア=GM
terse | {}は | ソマリア=SO; ジブチ=DJ; エリトリア=ER
terse | {}の首都どこ | ウガンダ=UG; ルワンダ=RW; ブルンジ=BI

# Follow-ups after an answer.
follow-up | じゃあ{}は | アルゼンチン=AR; ウルグアイ=UY; パラグアイ=PY
follow-up | {}のほうはどう | スウェーデン=SE; フィンランド=FI; デンマーク=DK
follow-up | 次は{}の首都 | タイ=TH; ベトナム=VN; カンボジア=KH
follow-up | ついでに{}も教えて | ラオス=LA; ミャンマー=MM; マレーシア=MY
follow-up | それなら{}はどうなの | ボリビア=BO; エクアドル=EC; ベネズエラ=VE
follow-up | あと{}も | ギリシャ=GR; ブルガリア=BG; キプロス=CY
follow-up | 今度は{}でお願い | ケニア=KE; タンザニア=TZ; ウガンダ=UG
follow-up | 同じ質問で{}は | トルコ=TR; イラン=IR; イラク=IQ
follow-up | もう一個いい{}の首都は | サウジアラビア=SA; オマーン=OM; イエメン=YE
follow-up | え{}は違うの | ニュージーランド=NZ; フィジー=FJ; トンガ=TO

# Every several-capital country and Palestine, asked for all its capitals.
plural-capitals | {}の首都って全部でいくつあるの | 南アフリカ=ZA; ボリビア=BO; マレーシア=MY
plural-capitals | {}の首都を全部教えて | オランダ=NL; スリランカ=LK; ベナン=BJ
plural-capitals | {}は首都が二つあるって聞いたけどどことどこ | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | 南アフリカって首都が三つあるんだよね全部言って | ZA
plural-capitals | 南アの首都を三つとも教えて | ZA
plural-capitals | ボリビアの首都はスクレとあともう一つどこ | BO
plural-capitals | ボリビアって首都ふたつだっけ両方教えて | BO
plural-capitals | マレーシアの首都と行政首都をどっちも | MY
plural-capitals | マレーシアは首都がふたつあるのそれぞれ教えて | MY
plural-capitals | オランダの首都ってアムステルダムとハーグどっちもなの | NL
plural-capitals | オランダの首都と政府のある町を両方教えて | NL
plural-capitals | スリランカの首都はコロンボ以外にもあるの全部教えて | LK
plural-capitals | スリランカの新しい首都と古い首都両方 | LK
plural-capitals | ベナンの首都ってポルトノボとコトヌーのふたつ | BJ
plural-capitals | ベナンの首都をふたつとも言って | BJ
plural-capitals | コートジボワールの首都はヤムスクロとアビジャンどっちも首都なの | CI
plural-capitals | 象牙海岸の首都をふたつ教えてくれ | CI
plural-capitals | エスワティニの首都はふたつあるらしいけど両方教えて | SZ
plural-capitals | スワジランドの首都を全部 | SZ
plural-capitals | パレスチナの首都ってどこどこなの | PS
plural-capitals | パレスチナ自治区の首都とされてる町を全部 | PS
plural-capitals | ジャンムーカシミールの州都ってふたつあるの全部教えて | IN-JK
plural-capitals | ウッタラーカンド州の州都はふたつあるって本当どことどこ | IN-UK
plural-capitals | モントセラトの首都って昔のと今のと両方教えて | MS

# States, provinces, the UK's nations.
subdivision | {}の州都はどこ | テキサス州=US-TX; カリフォルニア州=US-CA; ニューヨーク州=US-NY
subdivision | {}の州都ってどこだっけ | フロリダ州=US-FL; ハワイ州=US-HI; アラスカ州=US-AK
subdivision | アメリカの{}の州都を教えて | ワシントン州=US-WA; オレゴン州=US-OR; ネバダ州=US-NV
subdivision | {}の州都は何という町 | イリノイ州=US-IL; ペンシルベニア州=US-PA; ミシガン州=US-MI
subdivision | 今度出張で行く{}の州都ってどこ | ジョージア州=US-GA; テネシー州=US-TN; コロラド州=US-CO
subdivision | {}って州の州都わかる | ルイジアナ=US-LA; ミズーリ=US-MO; ユタ=US-UT
subdivision | オーストラリアの{}の州都はどこ | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; 西オーストラリア州=AU-WA
subdivision | {}の州都ってシドニーだっけ | ニューサウスウェールズ州=AU-NSW
subdivision | タスマニアの州都はどこ | AU-TAS
subdivision | ノーザンテリトリーの中心の町はどこ | AU-NT
subdivision | カナダの{}の州都はどこですか | オンタリオ州=CA-ON; ケベック州=CA-QC; アルバータ州=CA-AB
subdivision | {}州の州都を教えて | ブリティッシュコロンビア=CA-BC; マニトバ=CA-MB; ノバスコシア=CA-NS
subdivision | ユーコン準州の州都 | CA-YT
subdivision | ドイツの{}の州都ってどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | {}州の州都はなんていう町ですか | ニーダーザクセン=DE-NI; ノルトラインヴェストファーレン=DE-NW; ブランデンブルク=DE-BB
subdivision | インドの{}の州都はどこ | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; ラージャスターン州=IN-RJ
subdivision | {}州の州都ってどこなの | グジャラート=IN-GJ; ビハール=IN-BR; アッサム=IN-AS
subdivision | ブラジルの{}の州都はどこ | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | メキシコの{}の州都はどこかな | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | {}の首都ってどこなんだろう | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イングランドの首都はやっぱりロンドンなの | GB-ENG
subdivision | シッキム州の州都どこ | IN-SK
subdivision | ミナスジェライス州の州都わかる | BR-MG
subdivision | ヌエボレオン州の州都は | MX-NLE
subdivision | ヌナブト準州の州都ってなんて読むの | CA-NU
subdivision | シュレースヴィヒホルシュタイン州の州都 | DE-SH
subdivision | ウィスコンシン州の州都はどこだったかな | US-WI
subdivision | 南オーストラリア州の州都を教えて | AU-SA

# Territories and other places.
territory | {}の首都ってどこにあるの | グアム=GU; グリーンランド=GL; プエルトリコ=PR
territory | {}の中心の町ってどこ | フェロー諸島=FO; ケイマン諸島=KY; バミューダ=BM
territory | {}の首都ってあるの | ニューカレドニア=NC; 仏領ポリネシア=PF; クック諸島=CK
territory | {}の首都を教えてください | マン島=IM; ジャージー=JE; ガーンジー=GG
territory | 旅行で行く{}の首都はどこ | アルバ=AW; キュラソー=CW; レユニオン=RE
territory | {}の首都ってどこなのよ | 北マリアナ諸島=MP; 米領サモア=AS; フォークランド諸島=FK
territory | {}の首都教えてくれる | オーランド諸島=AX; ジブラルタル=GI; マルティニーク=MQ
territory | 西サハラの首都ってどこってことになってるの | EH
territory | セントヘレナの首都 | SH
territory | ニウエの首都はどこですか | NU

# Yes/no checks with a capital offered.
yes-no-check | オーストラリアの首都ってシドニーだよね | AU
yes-no-check | トルコの首都はイスタンブールで合ってる | TR
yes-no-check | カナダの首都はトロントじゃないの | CA
yes-no-check | ブラジルの首都ってリオでしょ | BR
yes-no-check | ニュージーランドの首都はオークランドだっけ | NZ
yes-no-check | スイスの首都ってチューリッヒなの | CH
yes-no-check | ベトナムの首都はホーチミンで正解 | VN
yes-no-check | モロッコの首都はカサブランカだよね | MA
yes-no-check | ナイジェリアの首都はラゴスで合ってますか | NG
yes-no-check | パキスタンの首都はカラチじゃなかった | PK
yes-no-check | タンザニアの首都はダルエスサラームだと思ってたんだけど | TZ
yes-no-check | アメリカの首都ってニューヨークだったっけ | US
yes-no-check | インドの首都はムンバイでいいの | IN
yes-no-check | カザフスタンの首都ってアルマトイのままだよね | KZ
yes-no-check | ミャンマーの首都ってヤンゴンでしょ | MM
yes-no-check | 中国の首都は上海じゃないよね | CN
yes-no-check | ドイツの首都はベルリンで間違いないよね | DE
yes-no-check | イタリアの首都ってミラノだっけローマだっけ | IT
yes-no-check | スペインの首都ってバルセロナじゃないんだ | ES
yes-no-check | ロシアの首都はサンクトペテルブルクだよね | RU
yes-no-check | ベリーズの首都ってベリーズシティかな | BZ
yes-no-check | エクアドルの首都はグアヤキルで合ってる | EC
yes-no-check | ボリビアの首都はラパスで合ってるよね | BO
yes-no-check | 韓国の首都ってソウルで当たってる | KR
yes-no-check | コートジボワールの首都はアビジャンでいい | CI
yes-no-check | ブルンジの首都ってブジュンブラのままなの | BI
yes-no-check | イスラエルの首都ってテルアビブじゃないの | IL
yes-no-check | ジャマイカの首都キングストンで合ってたっけ | JM

# One place said, then corrected.
self-correction | スウェーデンじゃなくてノルウェーの首都 | NO
self-correction | オーストリアあっ違うオーストラリアの首都 | AU
self-correction | スロバキアいやスロベニアの首都はどこ | SI
self-correction | イランじゃないイラクの首都 | IQ
self-correction | ニジェールじゃなくてナイジェリアの首都どこ | NG
self-correction | ギニア違うギニアビサウの首都 | GW
self-correction | パラグアイ間違えたウルグアイの首都 | UY
self-correction | マリじゃなくてマラウイの首都を教えて | MW
self-correction | モーリタニアじゃなくてモーリシャスの首都 | MU
self-correction | アイスランドいやアイルランドの首都 | IE
self-correction | ラトビアじゃないリトアニアの首都 | LT
self-correction | スーダンじゃなくて南スーダンの首都はどこ | SS
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | オーストラリアじゃないオーストリアの首都 | AT
self-correction | 北朝鮮じゃない韓国の首都ね | KR
self-correction | セルビアっていうかモンテネグロの首都 | ME
self-correction | コンゴ共和国じゃなくて民主共和国のほうの首都 | CD
self-correction | ガーナ違ったガイアナの首都 | GY
self-correction | チェコじゃなくてえっとスロバキアの首都 | SK
self-correction | ザンビアのあごめんジンバブエの首都 | ZW
self-correction | タイじゃなくて台湾の首都どこ | TW
self-correction | オマーンいやヨルダンの首都を | JO
self-correction | スイスいやスウェーデンの首都ってどこ | SE
self-correction | アルジェリアじゃなくてナイジェリアの首都だった | NG

# Reverse questions: a capital given, its place asked.
reverse-question | {}が首都の国はどこ | ウランバートル=CITY:ウランバートル; ティンプー=CITY:ティンプー; ビシュケク=CITY:ビシュケク
reverse-question | {}ってどこの国の首都 | ワガドゥグー=CITY:ワガドゥグー; ンジャメナ=CITY:ンジャメナ; ヌアクショット=CITY:ヌアクショット
reverse-question | 首都が{}の国ってどこ | リュブリャナ=CITY:リュブリャナ; ポドゴリツァ=CITY:ポドゴリツァ; ビリニュス=CITY:ヴィリニュス
reverse-question | {}はどこの首都ですか | タシケント=CITY:タシケント; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | {}を首都にしてる国は | モンテビデオ=CITY:モンテビデオ; アスンシオン=CITY:アスンシオン; カラカス=CITY:カラカス
reverse-question | {}ってなんていう国の首都だっけ | リロングウェ=CITY:リロングウェ; ハボローネ=CITY:ハボローネ; マセル=CITY:マセル
reverse-question | ニュースで{}って言ってたけどどこの国の首都 | ネピドー=CITY:ネピドー; プノンペン=CITY:プノンペン; ビエンチャン=CITY:ビエンチャン
reverse-question | {}が首都なのはどの国かな | レイキャビク=CITY:レイキャビク; ヘルシンキ=CITY:ヘルシンキ; タリン=CITY:タリン
reverse-question | {}はどこの州の州都 | サクラメント=CITY:サクラメント; タラハシー=CITY:タラハシー; オールバニ=CITY:オールバニ
reverse-question | {}って何州の州都 | ブリスベン=CITY:ブリスベン; パース=CITY:パース; ホバート=CITY:ホバート
reverse-question | クロスワードのヒントで首都が{}の国 | アンタナナリボ=CITY:アンタナナリボ; ヌクアロファ=CITY:ヌクアロファ; フナフティ=CITY:フナフティ

# Official names.
official-name | {}の首都はどちらでしょう | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; 中華人民共和国=CN
official-name | {}の首都を教えて | ロシア連邦=RU; ドイツ連邦共和国=DE; フランス共和国=FR
official-name | 正式名称だと{}だけど首都はどこ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; オーストラリア連邦=AU
official-name | {}の首都はどこなんですか | スペイン王国=ES; タイ王国=TH; スイス連邦=CH
official-name | {}の首都はどこになりますか | ブラジル連邦共和国=BR; メキシコ合衆国=MX; インド共和国=IN
official-name | {}の首都を知りたい | サウジアラビア王国=SA; エジプトアラブ共和国=EG; ベトナム社会主義共和国=VN
official-name | {}の首都って | ラオス人民民主共和国=LA; カンボジア王国=KH; ミャンマー連邦共和国=MM
official-name | {}の首都はどこかしら | モンゴル国=MN; ブルネイダルサラーム国=BN; 東ティモール民主共和国=TL
official-name | {}の首都を調べて | イランイスラム共和国=IR; パキスタンイスラム共和国=PK; アルジェリア民主人民共和国=DZ
official-name | ボリビア多民族国の首都はどこ | BO
official-name | スリランカ民主社会主義共和国の首都 | LK
official-name | ネーデルラント王国の首都は | NL

# Everyday names.
everyday-name | {}の首都はどこ | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都教えて | 南ア=ZA; サウジ=SA; バングラ=BD
everyday-name | {}の首都ってどこにある | ユーエスエー=US; ユーケー=GB; ユーエーイー=AE
everyday-name | {}の首都はなんて町ですか | ブルキナ=BF; ボスニア=BA; チェキア=CZ
everyday-name | {}の首都ってどこだっけ | パプア=PG; ソロモン=SB; ケイマン=KY
everyday-name | {}の首都を教えていただけますか | セントキッツ=KN; アンティグア=AG; セントビンセント=VC
everyday-name | {}の首都わかる | トリニダード=TT; サントメ=ST; テュルキエ=TR
everyday-name | {}の首都はどこだろう | ミクロネシア=FM; 中央アフリカ=CF; マーシャル=MH

# Shared names.
shared-name | コンゴの首都はどこ | CD+CG
shared-name | コンゴって国の首都教えて | CD+CG
shared-name | ドミニカの首都ってどこ | DM+DO
shared-name | ドミニカの首都は | DM+DO
shared-name | 朝鮮の首都はどこ | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | ジョージアの首都はどこですか | GE+US-GA
shared-name | ジョージアの首都って | GE+US-GA
shared-name | ヴァージン諸島の首都はどこ | VG+VI
shared-name | バージン諸島の首都を教えて | VG+VI
shared-name | 南北朝鮮の首都を教えて | KP+KR
shared-name | コンゴの首都ってキンシャサだっけブラザビルだっけ | CD+CG

# One-shot requests through the invocation name.
one-shot | 世界の首都で{}の首都を聞いて | ペルー=PE; ギリシャ=GR; カナダ=CA
one-shot | 世界の首都に{}の首都はどこか聞いて | ケニア=KE; ノルウェー=NO; チリ=CL
one-shot | 世界の首都を使って{}の首都を調べて | モンゴル=MN; ポーランド=PL; エジプト=EG
one-shot | 世界の首都で{}の首都ってどこか教えて | スイス=CH; トルコ=TR; インドネシア=ID
one-shot | 世界の首都を開いて{}の首都 | ベトナム=VN; キューバ=CU; アイルランド=IE

# Opening the skill.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都お願い | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都やろう | LAUNCH
launch | せかいのしゅとをひらいて | LAUNCH
launch | アレクサ世界の首都を開いてくれる | LAUNCH
launch | じゃあ世界の首都で勝負しよう | LAUNCH
launch | 寝る前にちょっと世界の首都 | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | リハビリの時間だから世界の首都を開いて | LAUNCH
launch | 休憩中だし世界の首都起動 | LAUNCH
launch | 世界の首都っていうスキル開けて | LAUNCH
launch | 世界の首都をもう一回開いて | LAUNCH
launch | 世界の首都を使いたいんだけど | LAUNCH

# Help.
help | 使い方教えて | HELP
help | 何ができるの | HELP
help | ヘルプ | HELP
help | どうやって使うの | HELP
help | 何を聞けばいいの | HELP
help | 遊び方を教えて | HELP
help | これどうすればいいの | HELP
help | 何て言えばいいのかわからない | HELP
help | このスキルの使い方を説明して | HELP
help | ヘルプお願いします | HELP
help | どんなこと聞けるの | HELP
help | 操作方法を教えてください | HELP
help | 目が見えないので使い方を音声で教えて | HELP
help | 初めてなんだけどどうやるの | HELP
help | 聞き方がわかんないんだけど | HELP
help | ルール教えて | HELP
help | おばあちゃんでも使えるように説明して | HELP
help | ちょっとヘルプして | HELP
help | 何を言えば答えてくれるの | HELP
help | 使い方もう一回説明して | HELP
help | どういうふうに質問すればいいですか | HELP
help | 手伝って | HELP

# Stop.
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終了 | STOP
stop | おしまい | STOP
stop | もう終わりにする | STOP
stop | 終わって | STOP
stop | ストップストップ | STOP
stop | 世界の首都を終了して | STOP
stop | スキルを終了 | STOP
stop | もう寝るからおしまい | STOP
stop | 赤ちゃん寝たから止めて | STOP
stop | 仕事に戻るから終了 | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | はい終わり | STOP
stop | 止めてちょうだい | STOP
stop | ストップしてください | STOP
stop | もう終了でいいよ | STOP
stop | 終わりにして | STOP
stop | そこでストップ | STOP
stop | 止まって | STOP
stop | 今日はここまでにして終了 | STOP

# Cancel.
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のキャンセル | CANCEL
cancel | 今の取り消して | CANCEL
cancel | 今の質問キャンセルで | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | その質問取り消して | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | やっぱりキャンセル | CANCEL
cancel | 間違えたからキャンセルして | CANCEL
cancel | 取り消してください | CANCEL
cancel | さっきのキャンセル | CANCEL
cancel | 今のなし取り消し | CANCEL
cancel | キャンセルしてちょうだい | CANCEL
cancel | いまのとりけし | CANCEL
cancel | キャンセルね | CANCEL
cancel | 言い間違えたキャンセル | CANCEL
cancel | ごめんキャンセルで | CANCEL
cancel | やっぱ取り消して | CANCEL
cancel | キャンセルしてくれる | CANCEL

# Second batch, after the first build: help, stop, cancel, launch and shared-name lost most to the drop.
stop | 夜勤明けで眠いからもう止めて | STOP
stop | 授乳終わったからストップ | STOP
stop | 運転に集中したいから止めて | STOP
stop | カットに戻るのでストップしてください | STOP
stop | お客さん来たから終了 | STOP
stop | 船が揺れてきたからもうおしまい | STOP
stop | 今日のリハビリはここで終了 | STOP
stop | 首都のクイズはもうおしまい | STOP
stop | ストップって言ってるでしょ | STOP
stop | 止めてけ | STOP
stop | おしまいにしちくれ | STOP
stop | 止めてくんしゃい | STOP
cancel | 模擬国連の国を間違えたからキャンセル | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | 今言った国はキャンセルして | CANCEL
cancel | キャンセルしてけ | CANCEL
cancel | 取り消しちくれ | CANCEL
cancel | キャンセルしてくんしゃい | CANCEL
cancel | 聞き間違いだから取り消して | CANCEL
cancel | いまのキャンセルしといて | CANCEL
cancel | 国の名前言い間違えたから取り消し | CANCEL
cancel | ガチで間違えたキャンセル | CANCEL
help | 世界の首都って何ができるスキルなの | HELP
help | 首都の聞き方を教えて | HELP
help | 使い方わがんねえおしえでけ | HELP
help | どげえ使うんか教えちくれ | HELP
help | 使い方ば教えてくんしゃい | HELP
help | ガチで使い方わかんないんだけど | HELP
help | 何をどう聞けばいいのか教えてください | HELP
help | ヘルプメニューを読み上げて | HELP
help | 子供にも使えるように使い方を教えて | HELP
help | 夜勤の合間にやりたいんだけど使い方は | HELP
launch | 世界の首都開いてけ | LAUNCH
launch | 世界の首都ば開いてくんしゃい | LAUNCH
launch | 世界の首都を起動しちくれ | LAUNCH
launch | 模擬国連の練習に世界の首都を開いて | LAUNCH
launch | 夜勤暇だから世界の首都開いて | LAUNCH
launch | お正月だしみんなで世界の首都やろう | LAUNCH
launch | ワンチャン世界の首都開ける | LAUNCH
launch | 世界の首都起動してもらえる | LAUNCH
shared-name | コンゴの首都を教えてくれる | CD+CG
shared-name | ドミニカって国の首都はどこかな | DM+DO
shared-name | 朝鮮の首都ってどこだっけ | KP+KR
shared-name | ジョージアの首都ってどこだべ | GE+US-GA
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | コリアのキャピタルは | KP+KR
shared-name | ドミニカの首都わかる | DM+DO
shared-name | ジョージアって国の首都はどこ | GE+US-GA

# Out of domain: other facts about a named country.
out-of-domain | {}の人口って何人 | ブラジル=FB; ナイジェリア=FB; インドネシア=FB
out-of-domain | {}の通貨ってなに | スイス=FB; タイ=FB; トルコ=FB
out-of-domain | {}って何語を話すの | ブラジル人=FB; スイス人=FB; ベルギー人=FB
out-of-domain | {}の国旗って何色 | イタリア=FB; アイルランド=FB; ジャマイカ=FB
out-of-domain | {}の大統領って誰 | アメリカ=FB; フランス=FB; 韓国=FB
out-of-domain | {}との時差は何時間 | ロンドン=FB; ハワイ=FB; ニューヨーク=FB
out-of-domain | {}の面積ってどのくらい | ロシア=FB; カナダ=FB; 中国=FB
out-of-domain | {}の国歌を流して | フランス=FB; アメリカ=FB; 日本=FB
out-of-domain | ベトナムの一番大きい都市はどこ | FB
out-of-domain | オーストラリアで一番人口が多い町は | FB
out-of-domain | トルコの首相って誰 | FB
out-of-domain | モンゴルの国技はなに | FB
out-of-domain | ケニアの公用語を教えて | FB
out-of-domain | アイスランドの気温は今何度 | FB
out-of-domain | ペルーの有名な遺跡ってなに | FB
out-of-domain | スペインの首都の人口は何人 | FB
out-of-domain | フランスの首都の天気は | FB
out-of-domain | イギリスの首都までの飛行時間 | FB
out-of-domain | 日本の首都移転ってどうなったの | FB
out-of-domain | 首都で一番標高が高いのはどこ | FB
out-of-domain | 世界で一番人口の多い首都はどこ | FB
out-of-domain | 首都ってどういう意味 | FB
out-of-domain | 首都と県庁所在地の違いは | FB
out-of-domain | 北海道の道庁所在地はどこ | FB
out-of-domain | 大阪府の府庁所在地はどこ | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都高速の料金はいくら | FB
out-of-domain | 首都圏の天気はどう | FB
out-of-domain | 首都直下地震の確率ってどのくらい | FB
out-of-domain | 首都圏の電車の運行状況 | FB
out-of-domain | キャピタルゲインの税金って何パーセント | FB
out-of-domain | 資本金ってなに | FB
out-of-domain | 英語の大文字と小文字の違い | FB
out-of-domain | ベンチャーキャピタルってどういう意味 | FB
out-of-domain | カイロ買っておいて | FB
out-of-domain | 貼るカイロってどこで売ってる | FB
out-of-domain | ソウルミュージックをかけて | FB
out-of-domain | キングストンのメモリーって安いの | FB
out-of-domain | ローマの休日のあらすじ | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | ナポリタンのレシピを教えて | FB
out-of-domain | トルコライスって長崎の料理だよね | FB
out-of-domain | ウィーン少年合唱団の曲をかけて | FB
out-of-domain | ベルリンフィルの演奏を流して | FB
out-of-domain | プラハの春っていつの話 | FB
out-of-domain | アテネオリンピックは何年だった | FB
out-of-domain | ハバナクラブのカクテル教えて | FB
out-of-domain | ドバイチョコってどこで買えるの | FB
out-of-domain | スイスロールの作り方 | FB
out-of-domain | リマインダーを設定して | FB
out-of-domain | シドニーまでの飛行機を予約して | FB
out-of-domain | パリ行きのフライトを調べて | FB
out-of-domain | ブラジル戦の試合結果は | FB
out-of-domain | ワールドカップの日本代表の次の試合はいつ | FB
out-of-domain | アルゼンチンタンゴかけて | FB
out-of-domain | 明日の天気は | FB
out-of-domain | タイマー三分 | FB
out-of-domain | 朝六時にアラームかけて | FB
out-of-domain | 電気消して | FB
out-of-domain | 今何時 | FB
out-of-domain | 今日のニュース | FB
out-of-domain | 好きな歌かけて | FB
out-of-domain | 買い物リストに牛乳追加して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 面白い話して | FB
out-of-domain | 子守唄を流して | FB
out-of-domain | 雨降るかな | FB
out-of-domain | お風呂沸かして | FB
out-of-domain | 予定を教えて | FB
out-of-domain | ボリュームを下げて | FB
out-of-domain | 釣りに行くなら明日の潮はどう | FB
out-of-domain | 近くのコンビニ教えて | FB
out-of-domain | 温泉の効能って何 | FB
out-of-domain | 麻雀の役を教えて | FB
out-of-domain | 国連の加盟国はいくつ | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | 世界にいくつ国があるの | FB
out-of-domain | 一番小さい国はどこ | FB
out-of-domain | 日本の県庁所在地クイズ出して | FB
out-of-domain | 都道府県の数はいくつ | FB
out-of-domain | ヨーロッパの地図を見せて | FB
out-of-domain | 東京タワーの高さは | FB
out-of-domain | 東京の人口を教えて | FB
out-of-domain | 京都って昔の首都だったの | FB
out-of-domain | 鎌倉幕府は何年にできたの | FB
out-of-domain | アメリカの国鳥って何 | FB
out-of-domain | インドの国花は何 | FB
out-of-domain | 中国の国旗の星はいくつ | FB
out-of-domain | 韓国語でありがとうってなんて言うの | FB
out-of-domain | フランス語でこんにちはは | FB
out-of-domain | エジプトのピラミッドはいくつあるの | FB
out-of-domain | カナダの国旗の葉っぱは何の葉 | FB
out-of-domain | ネパールの山で一番高いのは | FB
out-of-domain | オランダのチューリップの季節 | FB
out-of-domain | 点字の読み方を教えて | FB
out-of-domain | ミルクの温度は何度がいいの | FB
"""

if __name__ == "__main__":
    build_round(23, "ja", LINES, sys.argv, "tests/Eval/ja/round23/source/build_corpus.py")
