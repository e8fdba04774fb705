"""Round 19, Japanese (ja-JP): a new author's own mix of speakers and situations. Plain polite speech (です・ます) said to
the device as to a shop assistant, office workers before a business trip or a meeting, young people's casual speech
(てか, まじで, ぶっちゃけ), Kansai (Osaka and the Kyoto はる), Kyushu (Hakata ば and 知っとう, Kagoshima ん for の),
Tohoku and Hokkaido (けろ, わがんね, だっちゃ, なまら, どこさ), Hiroshima, Nagoya, Tosa and Shizuoka endings, elders (わし,
孫に聞かれて, older country names), small children (hiragana words, せんせいが), homework and entrance exams, quiz fans
(早押し, クイズ大会, 問題です), travel planning (卒業旅行, ワーホリ, 乗り継ぎ), people driving or cooking, a news item,
sport; fillers and self-corrections; English loanwords (キャピタル, クエスチョン); and what ja-JP recognition may write:
no spaces, particles dropped, older or variant kana (グァテマラ, ヴェネズエラ, エチオピヤ, ギリシア, ノルウエー), a name
in hiragana or kanji instead of katakana (ちり, かんこく, 主都), the wake word twice, numbers in kanji.
`python3 tests/Eval/ja/round19/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 19's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain polite speech (です・ます): said to the device as to a shop assistant or a librarian.
teineigo | すみません{}の首都はどちらですか | マラウイ=MW; スリナム=SR; モンテネグロ=ME
teineigo | {}の首都がどこなのか教えてください | ニジェール=NE; ブルネイ=BN; ツバル=TV
teineigo | ちょっとお聞きしたいんですが{}の首都はどこでしょう | キリバス=KI; マーシャル諸島=MH; パラオ=PW
teineigo | {}の首都を教えてもらえますか | ボツワナ=BW; レソト=LS; モーリシャス=MU
teineigo | {}の首都の名前をお願いします | カーボベルデ=CV; ギニアビサウ=GW; コモロ=KM
teineigo | {}って首都はどこになるんでしょうか | セーシェル=SC; モルディブ=MV; ブータン=BT
teineigo | 一つ質問なんですが{}の首都はどこですか | ラトビア=LV; エストニア=EE; リトアニア=LT
teineigo | {}の首都がわからないので教えていただけますか | ナウル=NR; サモア=WS; トンガ=TO

# Office workers: business trips, meetings, a head office abroad.
office-worker | 来週{}に出張なんですが首都はどこでしたっけ | ウズベキスタン=UZ; カザフスタン=KZ; アゼルバイジャン=AZ
office-worker | 取引先が{}の会社なんですけど首都ってどこですか | ベトナム=VN; インドネシア=ID; バングラデシュ=BD
office-worker | 会議の資料に{}の首都を書かないといけないんですがどこでしたか | ナイジェリア=NG; エチオピア=ET; ケニア=KE
office-worker | 部長に{}の首都を聞かれて答えられなかったんですけど正解は何ですか | カタール=QA; オマーン=OM; クウェート=KW
office-worker | 海外支社が{}にあるんですが首都はどこになりますか | ポーランド=PL; チェコ=CZ; ハンガリー=HU
office-worker | 駐在の辞令が出た{}の首都を確認したいです | ミャンマー=MM; カンボジア=KH; ラオス=LA
office-worker | 出張報告書に書くので{}の首都を教えてください | ルーマニア=RO; ブルガリア=BG; セルビア=RS

# Young people's casual speech.
casual-young | てか{}の首都ってどこ | ジョージア=GE; アルメニア=AM; キプロス=CY
casual-young | まじで{}の首都わかんないんだけど | ウルグアイ=UY; パラグアイ=PY; エクアドル=EC
casual-young | {}の首都ってどこだっけやばい思い出せない | アイスランド=IS; アイルランド=IE; デンマーク=DK
casual-young | ねえ{}の首都どこか知ってる | ヨルダン=JO; レバノン=LB; シリア=SY
casual-young | {}の首都ってどこなんだろね | フィジー=FJ; バヌアツ=VU; ソロモン諸島=SB
casual-young | {}の首都とか知らんし教えて | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
casual-young | {}の首都ってぶっちゃけどこ | ベリーズ=BZ; ホンジュラス=HN; ニカラグア=NI
casual-young | 友達と{}の首都で揉めてんだけどどこが正解 | スイス=CH; オーストラリア=AU; カナダ=CA
casual-young | {}の首都ってなんてとこ | ガンビア=GM; ギニア=GN; シエラレオネ=SL
casual-young | アンティグアバーブーダとか初めて聞いたんだけど首都どこ | AG

# Kansai speech (Osaka, Kobe, the Kyoto はる).
kansai | なあ{}の首都どこなん教えてや | モロッコ=MA; チュニジア=TN; アルジェリア=DZ
kansai | {}の首都ってどこやねんほんまに | ペルー=PE; チリ=CL; コロンビア=CO
kansai | {}の首都めっちゃ気になるねんけど | ギリシャ=GR; トルコ=TR; マルタ=MT
kansai | {}の首都ってどこやったっけなあ | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
kansai | {}の首都知ってはる | オーストリア=AT; ベルギー=BE; ルクセンブルク=LU
kansai | {}の首都どこやったか忘れてもうた | イラク=IQ; イラン=IR; アフガニスタン=AF
kansai | ほんで{}の首都はどこなんよ | スーダン=SD; 南スーダン=SS; エリトリア=ER
kansai | {}の首都わからんわ教えてくれる | ジャマイカ=JM; ハイチ=HT; キューバ=CU

# Kyushu: Hakata (ば, 知っとう, くれんね), Kagoshima and Kumamoto (ん for の, じゃろかい), けん for から.
kyushu-dialect | {}の首都ってどこやったと | ガーナ=GH; トーゴ=TG; リベリア=LR
kyushu-dialect | {}の首都ば教えてくれんね | マリ=ML; セネガル=SN; モーリタニア=MR
kyushu-dialect | {}の首都はどこやろか知っとう | アンゴラ=AO; ナミビア=NA; マダガスカル=MG
kyushu-dialect | {}ん首都はどこじゃろかい | カメルーン=CM; チャド=TD; 中央アフリカ=CF
kyushu-dialect | {}の首都がわからんけん教えて | ウガンダ=UG; ルワンダ=RW; ブルンジ=BI
kyushu-dialect | {}の首都はどこね | ザンビア=ZM; ジンバブエ=ZW; モザンビーク=MZ

# Tohoku and Hokkaido: だべな, けろ, わがんね, だども, だっちゃ (Sendai), なまら, どこさ, かい.
tohoku-hokkaido | {}の首都ってどこだべな | ベラルーシ=BY; ウクライナ=UA; モルドバ=MD
tohoku-hokkaido | {}の首都教えてけろ | スロバキア=SK; スロベニア=SI; クロアチア=HR
tohoku-hokkaido | {}の首都わがんねんだども | ボスニアヘルツェゴビナ=BA; アルバニア=AL; 北マケドニア=MK
tohoku-hokkaido | {}の首都ってどこだっちゃ | ポルトガル=PT; スペイン=ES; イタリア=IT
tohoku-hokkaido | なまら気になるんだけど{}の首都ってどこさ | モンゴル=MN; ネパール=NP; パキスタン=PK
tohoku-hokkaido | {}の首都ってどこだったかい | ニュージーランド=NZ; パプアニューギニア=PG; 東ティモール=TL

# Other regions: Hiroshima and Okayama (じゃろうか, けえ), Nagoya (だがね), Tosa (ながで), Shizuoka and Yamanashi (ずら).
other-dialect | {}の首都はどこじゃろうか | グアテマラ=GT; エルサルバドル=SV; コスタリカ=CR
other-dialect | {}の首都わからんけえ教えてや | パナマ=PA; ドミニカ共和国=DO; バハマ=BS
other-dialect | {}の首都ってどこだがね | イエメン=YE; サウジアラビア=SA; バーレーン=BH
other-dialect | {}の首都はどこながで | リビア=LY; エジプト=EG; ジブチ=DJ
other-dialect | {}の首都ってどこずら | ソマリア=SO; タンザニア=TZ; 赤道ギニア=GQ

# Elders: わし, grandchildren's questions, slow speech.
elder-speech | わしは{}の首都がどうも思い出せんのじゃが | アルゼンチン=AR; ブラジル=BR; メキシコ=MX
elder-speech | 孫に聞かれたんだけど{}の首都はどこだったかしらね | フランス=FR; ドイツ=DE; イギリス=GB
elder-speech | 年のせいか{}の首都が出てこないんだよ | ロシア=RU; 中国=CN; インド=IN
elder-speech | {}の首都は何という都市でしたかな | イスラエル=IL; アラブ首長国連邦=AE; シンガポール=SG
elder-speech | 耳が遠いもんでゆっくり頼むよ{}の首都はどこかね | 韓国=KR; フィリピン=PH; タイ=TH
elder-speech | ばあちゃんね{}の首都を忘れちゃったのよ | ベネズエラ=VE; ガイアナ=GY; トリニダードトバゴ=TT

# Small children: hiragana words, the teacher, showing off.
child-speech | アレクサあのさ{}の首都ってどこにあるの | アメリカ=US; 日本=JP; エジプト=EG
child-speech | {}のしゅとってなあに | ケニア=KE; スペイン=ES; カナダ=CA
child-speech | せんせいが{}の首都しらべてきなさいって | ブラジル=BR; イタリア=IT; 中国=CN
child-speech | ぼくね{}の首都しってるよアレクサもいってみて | フランス=FR; イギリス=GB; ロシア=RU
child-speech | アレクサってさ{}のしゅとわかるの | ドイツ=DE; インド=IN; オーストラリア=AU

# Homework, tests and entrance exams.
homework-exam | 地理のプリントに{}の首都を書く欄があるんだけど | エチオピア=ET; ソマリア=SO; エリトリア=ER
homework-exam | 共通テストの対策で{}の首都を確認したい | アゼルバイジャン=AZ; ジョージア=GE; トルクメニスタン=TM
homework-exam | 中学受験の勉強中なんですけど{}の首都ってどこですか | サウジアラビア=SA; イラン=IR; トルコ=TR
homework-exam | 白地図に{}の首都を書き込みたいから教えて | ポーランド=PL; ハンガリー=HU; オーストリア=AT
homework-exam | 世界史のレポートで{}の首都が必要なんだ | ベトナム=VN; カンボジア=KH; ラオス=LA
homework-exam | 明日の小テストに出るんだけど{}の首都って何 | チリ=CL; アルゼンチン=AR; ペルー=PE
homework-exam | 英語の授業で{}の首都を発表するんだけどどこだっけ | カナダ=CA; ニュージーランド=NZ; アイルランド=IE

# Quiz fans: television quizzes, 早押し practice, family quiz nights, quiz apps.
quiz-fan | クイズ番組で{}の首都が出たんだけど正解どこ | ブルキナファソ=BF; ギニアビサウ=GW; サントメプリンシペ=ST
quiz-fan | 早押しの練習したいから{}の首都教えて | キリバス=KI; ツバル=TV; ナウル=NR
quiz-fan | 家族でクイズ大会してるんだけど{}の首都はどこ | リヒテンシュタイン=LI; アンドラ=AD; サンマリノ=SM
quiz-fan | 問題です{}の首都はどこでしょう | モナコ=MC; バチカン=VA; マルタ=MT
quiz-fan | さっきのテレビの問題で{}の首都って出てたけど答え何 | トルクメニスタン=TM; キルギス=KG; タジキスタン=TJ
quiz-fan | 夫と賭けてるんだけど{}の首都ってどこ | オーストラリア=AU; トルコ=TR; ブラジル=BR
quiz-fan | クイズアプリで{}の首都を間違えたんだけど正解は | セントルシア=LC; グレナダ=GD; ドミニカ国=DM

# Travel planning: graduation trips, honeymoons, working holidays, transfers, study abroad.
travel-planning | 卒業旅行で{}に行くんだけど首都ってどこ | クロアチア=HR; ポルトガル=PT; ギリシャ=GR
travel-planning | 新婚旅行先の{}の首都を知りたいです | モルディブ=MV; モーリシャス=MU; セーシェル=SC
travel-planning | ワーホリで{}に行く予定なんだけど首都はどこ | アイルランド=IE; デンマーク=DK; ノルウェー=NO
travel-planning | 乗り継ぎで{}に寄るんだけど首都ってどこだろ | エチオピア=ET; カタール=QA; フィンランド=FI
travel-planning | 夏休みに{}を旅行したいんだけどまず首都はどこ | ウズベキスタン=UZ; ジョージア=GE; モンゴル=MN
travel-planning | 留学先の候補に{}があるんですけど首都はどこですか | マルタ=MT; フィジー=FJ; フィリピン=PH
travel-planning | ツアーのパンフに{}って書いてあったけど首都はどこなの | ヨルダン=JO; ペルー=PE; モロッコ=MA

# Driving: hands on the wheel.
driving | 運転中だから短くね{}の首都は | ボリビア=BO; パラグアイ=PY; ウルグアイ=UY
driving | 今ハンドル握ってるんだけど{}の首都どこ | ケニア=KE; タンザニア=TZ; ウガンダ=UG
driving | 高速走ってて暇だから{}の首都教えて | ドイツ=DE; オランダ=NL; ベルギー=BE
driving | 信号待ちのうちに聞くけど{}の首都はどこ | タイ=TH; マレーシア=MY; シンガポール=SG

# Cooking: hands busy, a dish that made them wonder.
cooking | 今揚げ物してて手が離せないんだけど{}の首都どこ | スリランカ=LK; ネパール=NP; バングラデシュ=BD
cooking | {}料理作ってたら気になったんだけど首都ってどこ | ジョージア=GE; ペルー=PE; レバノン=LB
cooking | 手がベタベタだから代わりに調べて{}の首都 | メキシコ=MX; ベトナム=VN; インド=IN
cooking | 鍋見ながらで悪いけど{}の首都を教えて | ハンガリー=HU; モロッコ=MA; スペイン=ES

# A news item in mind.
news-item | ニュースで{}って言ってたけど首都どこだっけ | スーダン=SD; ニジェール=NE; マリ=ML
news-item | 今ニュースでやってる{}の首都ってどこ | ウクライナ=UA; イスラエル=IL; シリア=SY
news-item | 新聞に{}の大統領選挙って載ってたけど首都はどこ | ベネズエラ=VE; ガボン=GA; ジンバブエ=ZW
news-item | 地震があった{}の首都はどこですか | アフガニスタン=AF; トルコ=TR; ネパール=NP
news-item | さっきの速報の{}って首都どこだったっけ | ハイチ=HT; コンゴ民主共和国=CD; イエメン=YE

# Sport: the World Cup, rugby, volleyball, a marathon winner.
sports-fan | ワールドカップで日本と当たる{}の首都ってどこ | クロアチア=HR; コスタリカ=CR; エクアドル=EC
sports-fan | ラグビーで{}と対戦するんだけど首都はどこ | サモア=WS; トンガ=TO; ウルグアイ=UY
sports-fan | マラソンで優勝した選手って{}出身なんだけど首都はどこ | ケニア=KE; エチオピア=ET; エリトリア=ER
sports-fan | サッカーの代表戦の相手の{}の首都を知りたい | 北朝鮮=KP; バーレーン=BH; オマーン=OM
sports-fan | バレーの試合見てるんだけど{}の首都ってどこ | セルビア=RS; スロベニア=SI; ドミニカ共和国=DO

# Fillers before and inside the question.
filler-hesitation | えーと{}の首都ってどこだっけ | マケドニア=MK; モンテネグロ=ME; コソボ=XK
filler-hesitation | あのー{}のえっと首都は | ルワンダ=RW; ブルンジ=BI; マラウイ=MW
filler-hesitation | うーんと{}の首都なんだけど | ラトビア=LV; リトアニア=LT; エストニア=EE
filler-hesitation | ねえ{}のさ首都ってどこなのかな | スリナム=SR; ガイアナ=GY; ベリーズ=BZ
filler-hesitation | えっとねえっと{}の首都ってなんだっけ | ブータン=BT; ブルネイ=BN; 東ティモール=TL
filler-hesitation | あーなんだっけほら{}の首都 | カメルーン=CM; ガボン=GA; コンゴ共和国=CG

# Topic first (は, って) with the question after.
topic-first | {}ってさ首都どこにあるの | アルバニア=AL; ベラルーシ=BY; モルドバ=MD
topic-first | {}は首都どこなの | キューバ=CU; ジャマイカ=JM; バハマ=BS
topic-first | {}はさあ首都がどこかわかる | チャド=TD; ニジェール=NE; 中央アフリカ共和国=CF

# Particles dropped, as casual speech and recognition give them.
dropped-particle | {}首都どこ | リベリア=LR; シエラレオネ=SL; コートジボワール=CI
dropped-particle | {}首都って何 | ギニア=GN; セネガル=SN; ガンビア=GM
dropped-particle | {}首都教えて | アンゴラ=AO; ザンビア=ZM; ナミビア=NA
dropped-particle | {}首都わかる | レソト=LS; エスワティニ=SZ; ボツワナ=BW
dropped-particle | {}首都なんだっけ | ソロモン諸島=SB; バヌアツ=VU; ミクロネシア=FM

# English loanwords and code-mixing.
loanword | {}のキャピタルってどこ | パラオ=PW; マーシャル諸島=MH; ミクロネシア連邦=FM
loanword | {}のキャピタルシティ教えて | カザフスタン=KZ; アゼルバイジャン=AZ; アルメニア=AM
loanword | {}のキャピタルはどこになりますか | チュニジア=TN; リビア=LY; アルジェリア=DZ
loanword | ちょっとクエスチョンなんだけど{}の首都はどこ | アイスランド=IS; スイス=CH; スウェーデン=SE

# What ja-JP recognition may write: older or variant kana, long-vowel marks, hiragana or kanji for a katakana name,
# a homophone for 首都, the wake word twice.
asr-artefact | ノルウエーの首都 | NO
asr-artefact | グァテマラの首都はどこ | GT
asr-artefact | ヴェネズエラの首都 | VE
asr-artefact | エチオピヤの首都ってどこ | ET
asr-artefact | タンザニヤの首都はどこですか | TZ
asr-artefact | ギリシアの首都ってどこ | GR
asr-artefact | ルーマニヤの首都 | RO
asr-artefact | サウディアラビアの首都はどこ | SA
asr-artefact | アルゼンティンの首都は | AR
asr-artefact | ちりのしゅとはどこ | CL
asr-artefact | いんどの首都 | IN
asr-artefact | かんこくの首都ってどこ | KR
asr-artefact | きたちょうせんのしゅと | KP
asr-artefact | たいわんの首都はどこ | TW
asr-artefact | ケニアの主都はどこ | KE
asr-artefact | ボツアナの首都 | BW
asr-artefact | ウルグァイの首都 | UY
asr-artefact | ニカラグァの首都はどこ | NI
asr-artefact | カンボジヤの首都 | KH
asr-artefact | アレクサアレクサフィンランドの首都 | FI
asr-artefact | セントビンセントグレナディーンの首都 | VC
asr-artefact | コートジボアールの首都どこ | CI
asr-artefact | エスワティーニの首都 | SZ
asr-artefact | マレイシアの首都は | MY
asr-artefact | ヴィエトナムの首都 | VN
asr-artefact | ベラルーシィの首都 | BY
asr-artefact | ふらんすのしゅと | FR

# Territories and other places: 首都, 中心都市, 政庁所在地, 中心の町.
territory | グリーンランドの中心都市はどこ | GL
territory | グアムの政庁所在地ってどこ | GU
territory | フェロー諸島の首都はどこ | FO
territory | マン島の首都ってどこ | IM
territory | ジャージー島の首都 | JE
territory | ガーンジー島の中心の町はどこ | GG
territory | バミューダの首都はどこですか | BM
territory | ケイマン諸島の首都 | KY
territory | プエルトリコの首都どこ | PR
territory | ニューカレドニアの首都はどこ | NC
territory | タヒチがあるフランス領ポリネシアの首都 | PF
territory | 北マリアナ諸島の首都ってサイパンにあるの | MP
territory | アメリカ領サモアの首都はどこ | AS
territory | クック諸島の首都 | CK
territory | フォークランド諸島の首都ってどこ | FK
territory | ジブラルタルの首都 | GI
territory | 西サハラの首都はどこになってるの | EH
territory | マルティニークの県都 | MQ
territory | レユニオン島の中心都市 | RE
territory | オーランド諸島の首都はどこ | AX
territory | セントヘレナ島の首都 | SH
territory | アルバの首都ってどこ | AW
territory | キュラソー島の首都 | CW

# States, provinces and the UK's nations: 州都, 首都.
subdivision | {}の州都はどこですか | テキサス州=US-TX; カリフォルニア州=US-CA; ニューヨーク州=US-NY
subdivision | {}の州都ってどこ | フロリダ=US-FL; ワシントン州=US-WA; ハワイ=US-HI
subdivision | アメリカの{}の州都を教えて | アラスカ州=US-AK; ネバダ州=US-NV; イリノイ州=US-IL
subdivision | {}州の州都ってどこだっけ | ペンシルベニア=US-PA; ミシガン=US-MI; オレゴン=US-OR
subdivision | {}の州都はどこなの | ケンタッキー州=US-KY; ルイジアナ州=US-LA; ユタ州=US-UT
subdivision | カナダの{}の州都はどこ | オンタリオ州=CA-ON; ケベック州=CA-QC; ブリティッシュコロンビア州=CA-BC
subdivision | {}の州都を知りたい | アルバータ州=CA-AB; ノバスコシア州=CA-NS; ユーコン準州=CA-YT
subdivision | オーストラリアの{}の州都ってどこ | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; 西オーストラリア州=AU-WA
subdivision | {}の州都は | ビクトリア州=AU-VIC; ニューサウスウェールズ州=AU-NSW; ノーザンテリトリー=AU-NT
subdivision | ドイツの{}の州都ってどこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | インドの{}の州都はどこですか | ケーララ州=IN-KL; マハーラーシュトラ州=IN-MH; ゴア州=IN-GA
subdivision | {}の州都ってなんて町 | 西ベンガル州=IN-WB; ラージャスターン州=IN-RJ; タミルナードゥ州=IN-TN
subdivision | ブラジルの{}の州都を教えて | バイーア州=BR-BA; アマゾナス州=BR-AM; ミナスジェライス州=BR-MG
subdivision | メキシコの{}の州都はどこ | ユカタン州=MX-YUC; ハリスコ州=MX-JAL; オアハカ州=MX-OAX
subdivision | {}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イギリスの中のイングランドの首都はどこ | GB-ENG
subdivision | ニーダーザクセン州の州都 | DE-NI

# Every several-capital country and Palestine asked in the plural.
plural-capitals | 南アフリカって首都が三つあるんだよねどことどこ | ZA
plural-capitals | 南アフリカの首都を全部言って | ZA
plural-capitals | 南アの三つの首都を教えて | ZA
plural-capitals | ボリビアの首都って二つあるんでしょどこ | BO
plural-capitals | ボリビアの憲法上の首都と政府がある都市を両方 | BO
plural-capitals | 首都が二つある国ってボリビアだよねその二つは | BO
plural-capitals | オランダの首都って二つあるって本当どことどこ | NL
plural-capitals | オランダの首都と政府のある町をどっちも教えて | NL
plural-capitals | マレーシアの首都と行政上の首都を教えて | MY
plural-capitals | マレーシアの首都機能がある二つの都市は | MY
plural-capitals | スリランカの首都二つとも言える | LK
plural-capitals | スリランカの首都はどこどこ | LK
plural-capitals | ベナンの首都って二か所あるんだっけどっちも教えて | BJ
plural-capitals | ベナンの首都をぜんぶ | BJ
plural-capitals | コートジボワールの首都ってヤムスクロとあと一個なに | CI
plural-capitals | コートジボワールの首都たちを教えて | CI
plural-capitals | エスワティニの首都はいくつあってどこ | SZ
plural-capitals | エスワティニの二つの首都の名前 | SZ
plural-capitals | パレスチナの首都はどことどこ | PS
plural-capitals | パレスチナの首都とされる都市を両方教えて | PS
plural-capitals | 首都が三つもある南アフリカのそれぞれの首都 | ZA
plural-capitals | スワジランドの首都って二つあったよね | SZ
plural-capitals | パレスチナって首都が二つあるって聞いたけどどこ | PS
plural-capitals | 南アフリカの首都はプレトリアだけじゃないよねほかは | ZA

# Long official names.
official-name | {}の首都はどこですか | アメリカ合衆国=US; 大韓民国=KR; 中華人民共和国=CN
official-name | {}の首都 | グレートブリテン及び北アイルランド連合王国=GB; 朝鮮民主主義人民共和国=KP; ロシア連邦=RU
official-name | {}の首都を教えてください | フランス共和国=FR; スイス連邦=CH; オーストラリア連邦=AU
official-name | {}の首都ってどこなんですか | フィリピン共和国=PH; ベトナム社会主義共和国=VN; インドネシア共和国=ID
official-name | {}の首都はどちらでしょう | タイ王国=TH; サウジアラビア王国=SA; ブラジル連邦共和国=BR
official-name | {}の首都はどこになりますか | メキシコ合衆国=MX; スペイン王国=ES; ネパール連邦民主共和国=NP
official-name | 正式名称でいうと{}だけど首都はどこ | トルコ共和国=TR; モンゴル国=MN; ミャンマー連邦共和国=MM
official-name | {}っていう国の首都 | ルクセンブルク大公国=LU; リヒテンシュタイン公国=LI; モナコ公国=MC

# Short, everyday, older and abbreviated names.
everyday-name | 米国の首都はどこ | US
everyday-name | 英国の首都ってどこ | GB
everyday-name | 豪州の首都 | AU
everyday-name | ビルマの首都ってどこだった | MM
everyday-name | グルジアの首都 | GE
everyday-name | ペルシャって今のイランだよね首都は | IR
everyday-name | セイロンの首都はどこ | LK
everyday-name | シャムの首都 | TH
everyday-name | チェキアの首都ってどこ | CZ
everyday-name | テュルキエの首都はどこ | TR
everyday-name | 東チモールの首都 | TL
everyday-name | キルギスタンの首都 | KG
everyday-name | ザイールの首都はどこ | CD
everyday-name | 白ロシアの首都 | BY
everyday-name | ニュージーの首都ってどこ | NZ
everyday-name | サウジの首都はどこ | SA
everyday-name | ユーエーイーの首都 | AE
everyday-name | ユーケーの首都ってどこ | GB
everyday-name | バングラの首都 | BD
everyday-name | セントキッツの首都はどこ | KN
everyday-name | アンティグアの首都ってどこ | AG
everyday-name | ケープベルデの首都 | CV
everyday-name | ボスニアの首都ってどこ | BA
everyday-name | 象牙海岸の首都 | CI
everyday-name | ドバイがある国の首都ってどこ | AE

# Names several places share: Congo, Korea, Dominica, Georgia, the Virgin Islands.
shared-name | コンゴの首都はどこ | CD+CG
shared-name | コンゴの首都教えて二つあるやつ | CD+CG
shared-name | 二つのコンゴの首都 | CD+CG
shared-name | 朝鮮の首都ってどこ | KP+KR
shared-name | コリアの首都 | KP+KR
shared-name | 南北朝鮮それぞれの首都 | KP+KR
shared-name | ドミニカの首都 | DM+DO
shared-name | ドミニカって国の首都ってどこ | DM+DO
shared-name | ジョージアの首都ってどこなの | GE+US-GA
shared-name | ヴァージン諸島の首都 | VG+VI
shared-name | バージン諸島の中心地はどこ | VG+VI

# Follow-ups after a first answer.
follow-up | じゃあ{}は | スロバキア=SK; クロアチア=HR; ブルガリア=BG
follow-up | {}の方は | ウルグアイ=UY; ボリビア=BO; エクアドル=EC
follow-up | 次{}で | ガーナ=GH; トーゴ=TG; ベナン=BJ
follow-up | それなら{}の首都は | ニュージーランド=NZ; フィジー=FJ; パプアニューギニア=PG
follow-up | ついでに{}のも教えて | デンマーク=DK; アイスランド=IS; ノルウェー=NO
follow-up | あと{}もお願い | サウジアラビア=SA; カタール=QA; クウェート=KW
follow-up | 同じく{}は | ハンガリー=HU; ルーマニア=RO; モルドバ=MD
follow-up | 今度は{}の首都 | ジンバブエ=ZW; ザンビア=ZM; マラウイ=MW

# Corrections in the middle of the question.
self-correction | オーストリアの首都あっ違うオーストラリアの首都 | AU
self-correction | スウェーデンじゃなくてスイスの首都 | CH
self-correction | イランの首都いやイラクだった | IQ
self-correction | ニジェールの首都ごめんナイジェリアの方 | NG
self-correction | スロバキアの首都じゃなかったスロベニアの首都 | SI
self-correction | ギニアの首都えっと赤道ギニアの | GQ
self-correction | コロンビアの首都訂正ボリビアの首都 | BO
self-correction | モーリタニアの首都間違えたモーリシャス | MU
self-correction | ラトビアの首都いやリトアニアの首都 | LT
self-correction | マリの首都あっマラウイだったわ | MW
self-correction | パラグアイじゃなかったウルグアイの首都 | UY
self-correction | アルメニアの首都えーと違うアルバニアの首都 | AL
self-correction | ドミニカ国の首都やっぱりドミニカ共和国 | DO
self-correction | オマーンの首都ちゃうわヨルダンや | JO
self-correction | グレナダの首都あれグレナダじゃなくてバルバドスの首都 | BB
self-correction | ザンビアの首都いやガンビアの首都 | GM
self-correction | インドネシアの首都ごめん言い間違えたインドの首都 | IN
self-correction | チャドの首都いや違ったスーダンの首都 | SD
self-correction | カタールの首都あっじゃなくてバーレーンの首都 | BH
self-correction | キプロスの首都じゃなくてえっとマルタの首都 | MT
self-correction | エストニアって言いかけたけど違うフィンランドの首都 | FI

# Checks: is X the capital of Y (the place asked about).
yes-no-check | シドニーってオーストラリアの首都だよね | AU
yes-no-check | トルコの首都ってイスタンブールで合ってる | TR
yes-no-check | ブラジルの首都はリオデジャネイロじゃないの | BR
yes-no-check | カナダの首都はトロントでいいんだっけ | CA
yes-no-check | ニュージーランドの首都ってオークランドでしょ | NZ
yes-no-check | ベトナムの首都はホーチミンであってますか | VN
yes-no-check | モロッコの首都はカサブランカだったよね | MA
yes-no-check | ナイジェリアの首都はラゴスかな | NG
yes-no-check | パキスタンの首都ってカラチで正しい | PK
yes-no-check | タンザニアの首都はダルエスサラームですか | TZ
yes-no-check | カザフスタンの首都ってアルマトイじゃなかったっけ | KZ
yes-no-check | ミャンマーの首都はヤンゴンって習ったんだけど今もそう | MM
yes-no-check | スイスの首都はジュネーブだと思うんだけど違う | CH
yes-no-check | アメリカの首都はニューヨークだっけ | US
yes-no-check | インドの首都はムンバイ | IN
yes-no-check | キーウはウクライナの首都で合ってる | UA
yes-no-check | ウェリントンってニュージーランドの首都だったっけ | NZ
yes-no-check | マニラはフィリピンの首都ですよね | PH
yes-no-check | ブルンジの首都ってブジュンブラからギテガに変わったって本当 | BI
yes-no-check | スリランカの首都はコロンボだよね | LK
yes-no-check | エクアドルの首都はグアヤキルじゃないよね | EC
yes-no-check | ベリーズの首都はベルモパンかな | BZ
yes-no-check | 赤道ギニアの首都ってマラボで合ってますか | GQ
yes-no-check | イスラエルの首都はテルアビブなの | IL

# Reverse questions: a capital to its country.
reverse-question | ナイロビはどこの国の首都 | CITY:ナイロビ
reverse-question | ウランバートルってどこの首都だっけ | CITY:ウランバートル
reverse-question | リマが首都なのはどこの国 | CITY:リマ
reverse-question | ヘルシンキはどの国の首都ですか | CITY:ヘルシンキ
reverse-question | キャンベラが首都の国ってどこ | CITY:キャンベラ
reverse-question | ハノイってどこの国の首都なの | CITY:ハノイ
reverse-question | アスタナはなんていう国の首都 | CITY:アスタナ
reverse-question | 首都がダカールの国はどこ | CITY:ダカール
reverse-question | ティンプーを首都にしてる国はどこですか | CITY:ティンプー
reverse-question | レイキャビクってどこの首都 | CITY:レイキャビク
reverse-question | ビエンチャンはどこの国の首都でしょう | CITY:ビエンチャン
reverse-question | ワガドゥグーが首都の国の名前は | CITY:ワガドゥグー
reverse-question | クアラルンプールってどこの首都 | CITY:クアラルンプール
reverse-question | アディスアベバはどこの首都 | ET
reverse-question | ブエノスアイレスってどこの国の首都だったっけ | CITY:ブエノスアイレス
reverse-question | タリンはどこの国の首都 | CITY:タリン
reverse-question | ドーハってどこの国の首都 | CITY:ドーハ
reverse-question | ナッソーはどこの首都か教えて | CITY:ナッソー
reverse-question | ジョージタウンってどこの国の首都 | CITY:ジョージタウン
reverse-question | キングストンはどこの国の首都 | CITY:キングストン
reverse-question | プノンペンってどこの首都 | CITY:プノンペン
reverse-question | ルサカが首都なのはザンビアだっけマラウイだっけ | CITY:ルサカ
reverse-question | ウィントフックって何て国の首都 | CITY:ウィントフック
reverse-question | 首都がモンテビデオの国 | CITY:モンテビデオ

# Not a capital question: other facts, 首都 and キャピタル in other senses, the past, planets, chit-chat, the home.
out-of-domain | ブラジルの人口ってどれくらい | FB
out-of-domain | フランスの通貨は何 | FB
out-of-domain | タイの公用語は何語ですか | FB
out-of-domain | インドとの時差は何時間 | FB
out-of-domain | イギリスの国旗ってどんな柄だっけ | FB
out-of-domain | カナダで話されてる言葉は何 | FB
out-of-domain | スイスの物価って高いの | FB
out-of-domain | 韓国に行くのにビザって要るの | FB
out-of-domain | オーストラリアのコンセントの形を教えて | FB
out-of-domain | ニュージーランドには羊が何匹いるの | FB
out-of-domain | ドイツで有名なビールは何 | FB
out-of-domain | イタリアとフランスどっちが広い | FB
out-of-domain | 世界に国っていくつあるの | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | ヨーロッパ連合の本部ってどこ | FB
out-of-domain | ヨーロッパで一番小さい国はどこ | FB
out-of-domain | アフリカの首都はどこ | FB
out-of-domain | 月の首都ってどこ | FB
out-of-domain | 木星に首都はあるの | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都圏の明日の天気 | FB
out-of-domain | 首都直下地震が起きる確率は | FB
out-of-domain | 首都大学東京って今は何て名前 | FB
out-of-domain | キャピタルゲインにかかる税金はいくら | FB
out-of-domain | キャピタルレターって何 | FB
out-of-domain | 資本金っていくらあれば会社を作れる | FB
out-of-domain | 世界で一番人口が多い首都はどこ | FB
out-of-domain | 平城京が都だったのはいつからいつまで | FB
out-of-domain | 京都が首都だったのは何年間 | FB
out-of-domain | 沖縄県の県庁所在地はどこ | FB
out-of-domain | 北海道の道庁ってどこにあるの | FB
out-of-domain | エベレストの高さは | FB
out-of-domain | 地球から月までの距離はどれくらい | FB
out-of-domain | 土星の輪っかって何でできてるの | FB
out-of-domain | 冥王星はなんで惑星じゃなくなったの | FB
out-of-domain | アレクサの好きな国はどこ | FB
out-of-domain | アレクサはどこに住んでるの | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 何か面白い話して | FB
out-of-domain | リビングの電気を消して | FB
out-of-domain | パスタ用にタイマー八分 | FB
out-of-domain | 昭和の歌謡曲をかけて | FB
out-of-domain | パリまで飛行機で何時間かかる | FB
out-of-domain | ロンドンは今何時 | FB
out-of-domain | ワシントンの今日の天気 | FB
out-of-domain | ベルリンの壁が崩壊したのはいつ | FB
out-of-domain | モスクワの冬ってどれくらい寒いの | FB
out-of-domain | ソウルでおすすめの食べ物は | FB
out-of-domain | カイロからピラミッドまでどれくらい | FB
out-of-domain | アメリカには州がいくつあるの | FB
out-of-domain | インドの首相は誰 | FB
out-of-domain | 中国で一番大きい都市はどこ | FB
out-of-domain | メキシコの国歌を流して | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
out-of-domain | 日本の首都が東京になったのはいつ | FB

# Help.
help | 使い方を教えて | HELP
help | これ何ができるの | HELP
help | どうやって聞けばいいの | HELP
help | このスキルの使い方がわからない | HELP
help | 何て言えばいいの | HELP
help | ヘルプ | HELP
help | どんな質問ができますか | HELP
help | 遊び方を教えて | HELP
help | どういうスキルか説明してくれる | HELP
help | 聞き方のコツを教えて | HELP
help | 操作方法は | HELP
help | 使い方がいまいちわからへん | HELP
help | どないしたらええの | HELP
help | 何を聞いたらいいのかわからない | HELP
help | ヘルプをお願いします | HELP
help | やり方忘れちゃった | HELP
help | このスキルって何ができるんですか | HELP
help | 質問の仕方を教えてください | HELP
help | どう使うんだっけ | HELP
help | 使い方もう一回説明して | HELP
help | わかんない助けて | HELP
help | 使い方がわがんねえ | HELP
help | どげんしたらよかと | HELP
help | 説明を聞かせてください | HELP
help | アレクサこのスキルの説明して | HELP
help | 何を話しかければいいか教えて | HELP
help | 首都の聞き方がわからないんだけど | HELP
help | どうすればいいのか教えてくれへん | HELP

# Stop.
stop | 終了 | STOP
stop | もういいよ | STOP
stop | ストップ | STOP
stop | 終わります | STOP
stop | また今度ね | STOP
stop | バイバイ | STOP
stop | さようなら | STOP
stop | スキルを終了して | STOP
stop | 世界の首都を閉じて | STOP
stop | 終わりにして | STOP
stop | もう寝るわおやすみ | STOP
stop | 満足したありがとうもういい | STOP
stop | 今日はこのへんで | STOP
stop | 終わっていいよ | STOP
stop | 静かにして | STOP
stop | しまいや | STOP
stop | もうよかよ | STOP
stop | やめてけろ | STOP
stop | 終わりでいいです | STOP
stop | 閉じてください | STOP
stop | もう結構 | STOP
stop | 以上です | STOP
stop | ごちそうさまもう終わり | STOP
stop | もう勉強終わったからおしまい | STOP
stop | ほなまたな | STOP
stop | もう切っていいよ | STOP
stop | これで終わりにします | STOP
stop | 首都の話はもうおしまい | STOP

# Cancel.
cancel | キャンセル | CANCEL
cancel | 取り消し | CANCEL
cancel | やっぱりやめる | CANCEL
cancel | 今のは間違い | CANCEL
cancel | 今のなしで | CANCEL
cancel | 取り消してください | CANCEL
cancel | キャンセルお願いします | CANCEL
cancel | やっぱいいや | CANCEL
cancel | 聞くのやめる | CANCEL
cancel | 間違えて話しかけちゃった | CANCEL
cancel | 今の質問キャンセル | CANCEL
cancel | 取り消しといて | CANCEL
cancel | やっぱなしなし | CANCEL
cancel | ええわやめとく | CANCEL
cancel | いいです大丈夫です | CANCEL
cancel | なかったことにして | CANCEL
cancel | その質問は取り消します | CANCEL
cancel | キャンセルしとって | CANCEL
cancel | 途中だけどやめる | CANCEL
cancel | 取り消しでええわ | CANCEL
cancel | あ違う今のキャンセル | CANCEL
cancel | うそうそキャンセル | CANCEL
cancel | 子どもが勝手にしゃべっただけだから取り消して | CANCEL
cancel | ごめん今のは独り言だからキャンセル | CANCEL

# Launch (the invocation name 世界の首都).
launch | 世界の首都 | LAUNCH
launch | 世界の首都を開く | LAUNCH
launch | 世界の首都を起動 | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都お願い | LAUNCH
launch | 世界の首都を始めたい | LAUNCH
launch | 世界の首都を使わせて | LAUNCH
launch | 世界の首都を開始 | LAUNCH
launch | 世界の首都のスキルを起動して | LAUNCH
launch | 世界の首都つけて | LAUNCH
launch | アレクサ世界の首都 | LAUNCH
launch | 世界の首都で勉強したい | LAUNCH
launch | 世界の首都さ開いてけろ | LAUNCH
"""

if __name__ == "__main__":
    build_round(19, "ja", LINES, sys.argv, "tests/Eval/ja/round19/source/build_corpus.py")
