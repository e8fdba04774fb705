"""Round 18, Japanese (ja-JP): a new author's mix of speakers and situations: keigo (the careful polite register of
callers, office workers and older people), casual plain speech, Kansai speech, other regional forms (Hakata, Hiroshima,
Nagoya, Tohoku and Hokkaido), elders with older country names, small children, homework and cram school, quiz shows and
family quiz nights, travel and business trips, people driving or cooking, the news, sport, English loanwords
(キャピタル), fillers and tails, inverted word order, two places at once; and what ja-JP recognition writes: no spaces,
particles dropped in casual speech, variant kana spellings (ヴ forms, ケニヤ, クエート, ルクセンブルグ, スエーデン),
the middle dot kept or lost, numbers in kanji.
`python3 tests/Eval/ja/round18/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 18's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Keigo: the careful polite register (callers, office workers, people talking to a device as to a clerk).
keigo | 恐れ入りますが{}の首都はどちらでしょうか | ウズベキスタン=UZ; エリトリア=ER; パラグアイ=PY
keigo | {}の首都を教えていただけますでしょうか | ガボン=GA; ラオス=LA; アイスランド=IS
keigo | お手数ですが{}の首都をお教えいただけますか | カメルーン=CM; バーレーン=BH; オマーン=OM
keigo | {}の首都についてお伺いしたいのですが | グアテマラ=GT; トーゴ=TG; コモロ=KM
keigo | 失礼ですが{}の首都はどこになりますでしょうか | モンゴル=MN; ナミビア=NA; キルギス=KG
keigo | 不勉強で存じ上げないのですが{}の首都はどちらですか | スロバキア=SK; リトアニア=LT; アルジェリア=DZ
keigo | 念のため{}の首都を確認させていただきたいのですが | チャド=TD; マラウイ=MW; ザンビア=ZM
keigo | {}の首都はどちらになりますか | ブルンジ=BI; ベリーズ=BZ; 赤道ギニア=GQ
keigo | 少々お尋ねしますが{}の首都はどこでございますか | サントメプリンシペ=ST; 中央アフリカ共和国=CF; 南スーダン=SS

# Casual plain speech among friends and family.
casual-speech | {}の首都ってどこだっけ | グレナダ=GD; バルバドス=BB; デンマーク=DK
casual-speech | {}って首都どこよ | トンガ=TO; サモア=WS; バヌアツ=VU
casual-speech | {}の首都なんだっけ | トルクメニスタン=TM; タジキスタン=TJ; アゼルバイジャン=AZ
casual-speech | {}の首都どこだったかな | リヒテンシュタイン=LI; アンドラ=AD; サンマリノ=SM
casual-speech | {}の首都わかる | キプロス=CY; ルクセンブルク=LU; モンテネグロ=ME
casual-speech | {}の首都ってさどこなの | コソボ=XK; モルドバ=MD; アルバニア=AL
casual-speech | ていうか{}の首都ってどこ | セントルシア=LC; アンティグアバーブーダ=AG; バハマ=BS

# Kansai speech (Osaka, Kyoto, Kobe).
kansai | {}の首都ってどこなん | イエメン=YE; スーダン=SD; ソマリア=SO
kansai | {}の首都どこやったっけ | イラク=IQ; リビア=LY; シリア=SY
kansai | {}の首都教えてくれへん | キューバ=CU; ペルー=PE; チリ=CL
kansai | ほな{}の首都は何ていうん | ブータン=BT; ネパール=NP; バングラデシュ=BD
kansai | {}の首都ってどこやねん | エクアドル=EC; ベネズエラ=VE; ウルグアイ=UY
kansai | なあアレクサ{}の首都知っとる | ガイアナ=GY; スリナム=SR; ホンジュラス=HN
kansai | {}の首都ってなんやったかいな | ニカラグア=NI; エルサルバドル=SV; コスタリカ=CR
kansai | ちょっと{}の首都調べてんか | エストニア=EE; ラトビア=LV; フィンランド=FI
kansai | {}の首都わからへんねんけど | ドミニカ国=DM; セントビンセント=VC; トリニダードトバゴ=TT

# Other regional forms: Hakata (やと, くれんね), Hiroshima (じゃったかのう), Nagoya (だがや, ちょう), Tohoku and Hokkaido (だべ, べか).
regional-dialect | {}の首都ってどこやと | ノルウェー=NO; スウェーデン=SE; ポーランド=PL
regional-dialect | {}の首都教えてくれんね | チェコ=CZ; ハンガリー=HU; オーストリア=AT
regional-dialect | {}の首都はどこじゃったかのう | スイス=CH; スロベニア=SI; アイルランド=IE
regional-dialect | {}の首都ってどこだがや | ポルトガル=PT; クロアチア=HR; ギリシャ=GR
regional-dialect | {}の首都教えてちょう | セルビア=RS; ルーマニア=RO; ブルガリア=BG
regional-dialect | {}の首都ってどこだべ | ウクライナ=UA; ベラルーシ=BY; カザフスタン=KZ
regional-dialect | {}の首都わかるべか | モロッコ=MA; チュニジア=TN; セネガル=SN
regional-dialect | {}の首都ってどこなんじゃ | 北マケドニア=MK; ボスニアヘルツェゴビナ=BA; アルメニア=AM

# Elders: slower, older forms, older country names.
elder-speech | {}の首都はどこだったかねえ | エチオピア=ET; ケニア=KE; タンザニア=TZ
elder-speech | 年を取るとすぐ忘れてねえ{}の首都はどこでしたか | ウガンダ=UG; マリ=ML; ニジェール=NE
elder-speech | {}の都はなんという町だったかしら | ブルキナファソ=BF; ギニア=GN; ガンビア=GM
elder-speech | 昔学校で習ったんだけど{}の首都はどこだったかな | リベリア=LR; シエラレオネ=SL; モーリタニア=MR
elder-speech | おじいちゃんに{}の首都を教えておくれ | ジブチ=DJ; アンゴラ=AO; ルワンダ=RW
elder-speech | わしらの若い頃は{}と言うとったが今の首都はどこかね | ビルマ=MM; ザイール=CD; ダホメー=BJ
elder-speech | ばあちゃんにも分かるように{}の首都をゆっくり言ってちょうだい | レソト=LS; ボツワナ=BW; ガーナ=GH

# Small children.
child-speech | ねえねえアレクサ{}の首都ってどこ | フランス=FR; スペイン=ES; イタリア=IT
child-speech | アレクサあのね{}の首都おしえて | ドイツ=DE; ベルギー=BE; カナダ=CA
child-speech | ぼく{}の首都が知りたい | ロシア=RU; エジプト=EG; ブラジル=BR
child-speech | わたしね{}の首都知りたいの | オーストラリア=AU; インド=IN; 中国=CN
child-speech | アレクサ{}の首都ってなあに | メキシコ=MX; アルゼンチン=AR; ニュージーランド=NZ
child-speech | アレクサ日本の首都はどこかわかる | JP

# Homework, tests and cram school.
homework | 社会の宿題で{}の首都を調べてるんだけど | カンボジア=KH; ミャンマー=MM; ヨルダン=JO
homework | 地理のテストに{}の首都が出るから教えて | レバノン=LB; イスラエル=IL; クウェート=KW
homework | 子どもの宿題なんだけど{}の首都ってどこ | マダガスカル=MG; モザンビーク=MZ; ジンバブエ=ZW
homework | 自由研究で{}のことを調べてるんだけど首都はどこ | ガーナ=GH; ナイジェリア=NG; コートジボワール=CI
homework | 塾の問題で{}の首都が分からないんだけど | パキスタン=PK; アフガニスタン=AF; イラン=IR
homework | 明日小テストがあるから{}の首都をもう一回言って | フィリピン=PH; インドネシア=ID; ベトナム=VN
homework | 中学受験の勉強中なんですが{}の首都はどこですか | サウジアラビア=SA; トルコ=TR; シンガポール=SG

# Quiz shows and quiz nights.
quiz-show | クイズ番組で{}の首都が出たんだけど正解は | セーシェル=SC; モーリシャス=MU; モルディブ=MV
quiz-show | 早押しクイズの練習で{}の首都を聞きたい | カーボベルデ=CV; マルタ=MT; ブルネイ=BN
quiz-show | 問題です{}の首都はどこでしょう | 東ティモール=TL; パプアニューギニア=PG; ソロモン諸島=SB
quiz-show | 今テレビのクイズで{}の首都って言ってたけどどこ | ツバル=TV; ナウル=NR; キリバス=KI
quiz-show | 家族でクイズ大会してるんだけど{}の首都はどこ | マーシャル諸島=MH; パラオ=PW; ミクロネシア連邦=FM
quiz-show | 答え合わせしたいから{}の首都言ってみて | ギニアビサウ=GW; リベリア=LR; ガボン=GA

# Travel and business trips.
travel | 来月{}に旅行に行くんだけど首都ってどこ | タイ=TH; シンガポール=SG; 台湾=TW
travel | 新婚旅行で{}に行くんだけど首都はどこ | クロアチア=HR; ポルトガル=PT; フィジー=FJ
travel | 出張で{}に行くことになったんだけど首都どこだっけ | カタール=QA; アラブ首長国連邦=AE; オマーン=OM
travel | {}行きの飛行機を探してるんだけど首都ってどこ | ジャマイカ=JM; ドミニカ共和国=DO; ハイチ=HT
travel | 卒業旅行で{}を回りたいんだけど首都どこ | アルメニア=AM; アイスランド=IS; モンゴル=MN
travel | 今度{}に留学するんですけど首都はどこですか | アイルランド=IE; マルタ=MT; フィンランド=FI

# Driving.
driving | 運転中だから{}の首都を読み上げて | ベネズエラ=VE; コロンビア=CO; パナマ=PA
driving | 今運転してて手が離せないんだけど{}の首都は | エチオピア=ET; スーダン=SD; チャド=TD
driving | 渋滞にはまって暇だから{}の首都教えて | デンマーク=DK; ノルウェー=NO; ラトビア=LV

# Cooking.
cooking | 料理中で手がふさがってるから{}の首都教えて | ハンガリー=HU; ジョージア=GE; ペルー=PE
cooking | 今{}料理を作ってるんだけどその国の首都ってどこ | タイ=TH; トルコ=TR; レバノン=LB
cooking | 鍋見てるから{}の首都だけさっと言って | モロッコ=MA; ベトナム=VN; スペイン=ES

# The news.
news-item | さっきニュースで{}のことやってたけど首都ってどこ | スーダン=SD; ミャンマー=MM; ハイチ=HT
news-item | {}で選挙があったらしいけど首都はどこ | モルドバ=MD; セネガル=SN; スリランカ=LK
news-item | {}で地震があったって聞いたけど首都はどこ | ネパール=NP; バヌアツ=VU; アフガニスタン=AF
news-item | 新聞に{}の記事が載ってたんだけど首都はどこ | ニジェール=NE; パレスチナ=PS; ソマリア=SO
news-item | 台湾の首都ってニュースだと台北って言ってるけど合ってる | TW

# Sport.
sports-fan | ワールドカップで日本が{}と当たるんだけど首都どこ | コスタリカ=CR; エクアドル=EC; ガーナ=GH
sports-fan | オリンピックで{}の選手が金メダル取ったけど首都ってどこ | ジャマイカ=JM; ケニア=KE; ウガンダ=UG
sports-fan | ラグビーで{}と試合するんだけど首都はどこ | フィジー=FJ; サモア=WS; トンガ=TO
sports-fan | 今度の親善試合の相手の{}って首都どこ | パラグアイ=PY; チュニジア=TN; ウズベキスタン=UZ

# English loanwords.
loanword | {}のキャピタルってどこ | イングランド=GB-ENG; スコットランド=GB-SCT; ウェールズ=GB-WLS
loanword | {}のキャピタルシティ教えて | オーストラリア=AU; カナダ=CA; ブラジル=BR
loanword | {}のキャピタルってなんだっけ | トルコ=TR; パキスタン=PK; ナイジェリア=NG

# Fillers and hesitations.
filler-hesitation | えーと{}の首都ってどこだっけ | エストニア=EE; リトアニア=LT; スロベニア=SI
filler-hesitation | あのー{}の首都を教えてほしいんですけど | ボリビア=BO; ウルグアイ=UY; グアテマラ=GT
filler-hesitation | えっとね{}のね首都 | エジプト=EG; ケニア=KE; ペルー=PE
filler-hesitation | うーんと何だっけほら{}の首都 | アゼルバイジャン=AZ; キルギス=KG; トルクメニスタン=TM
filler-hesitation | あれアレクサ{}の首都ってさあ | ルーマニア=RO; ブルガリア=BG; セルビア=RS

# Tails after the question.
trailing-tail | {}の首都教えてよろしく | ベリーズ=BZ; ホンジュラス=HN; ニカラグア=NI
trailing-tail | {}の首都を教えてくださいお願いします | ブータン=BT; バングラデシュ=BD; ラオス=LA
trailing-tail | {}の首都どこ手短に | イエメン=YE; オマーン=OM; ヨルダン=JO
trailing-tail | {}の首都ってどこなのかなと思って | リヒテンシュタイン=LI; モナコ=MC; バチカン=VA

# What ja-JP recognition writes: particles dropped, variant kana, the middle dot kept, ヴ forms.
asr-artefact | {}首都どこ | ケニヤ=KE; マラウィ=MW; クエート=KW
asr-artefact | {}の首都を教えて | ルクセンブルグ=LU; スエーデン=SE; フィリッピン=PH
asr-artefact | {}の首都ってどこ | ジンバブウェ=ZW; ニュージランド=NZ; ヴァチカン=VA
asr-artefact | {}の首都は | ボスニア・ヘルツェゴビナ=BA; トリニダード・トバゴ=TT; ギニア・ビサウ=GW
asr-artefact | {}首都教えて | ヴェトナム=VN; スロヴェニア=SI; ラトヴィア=LV
asr-artefact | {}の首都どこですか | サウジ・アラビア=SA; エルサルバドール=SV; アルジェリヤ=DZ
asr-artefact | セントクリストファーネイビスの首都はどこ | KN

# Inverted order: the question first, the place after.
inverted-order | 首都どこ{}の | ガンビア=GM; トーゴ=TG; ベナン=BJ
inverted-order | 首都ってどこだっけあの{}の | モーリタニア=MR; ジブチ=DJ; エリトリア=ER
inverted-order | {}なんだけど首都は | タンザニア=TZ; ザンビア=ZM; マダガスカル=MG

# Just the keyword and the name.
bare-keyword | {}首都 | ナミビア=NA; ボツワナ=BW; アンゴラ=AO
bare-keyword | 首都{} | ルワンダ=RW; ブルンジ=BI; コモロ=KM
bare-keyword | {}の首都名 | レソト=LS; モザンビーク=MZ; カメルーン=CM

# Two places at once (every place asked).
two-places | フランスとドイツの首都をそれぞれ教えて | DE+FR
two-places | スペインとポルトガルの首都はどこ | ES+PT
two-places | ノルウェーとスウェーデンの首都を両方言って | NO+SE
two-places | タイとベトナムの首都どこ | TH+VN
two-places | アルゼンチンとチリの首都を教えて | AR+CL
two-places | エジプトとケニアの首都ってどこ | EG+KE

# States, provinces and the UK's nations (州都, 首都).
subdivision | {}の州都はどこ | カリフォルニア州=US-CA; テキサス州=US-TX; フロリダ州=US-FL
subdivision | {}州の州都ってどこだっけ | ニューヨーク=US-NY; ネバダ=US-NV; ワシントン=US-WA
subdivision | {}の州都を教えて | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | {}州って州都どこ | ケベック=CA-QC; オンタリオ=CA-ON; ブリティッシュコロンビア=CA-BC
subdivision | オーストラリアの{}州の州都は | クイーンズランド=AU-QLD; タスマニア=AU-TAS; 西オーストラリア=AU-WA
subdivision | インドの{}州の州都はどこですか | ケーララ=IN-KL; マハーラーシュトラ=IN-MH; タミルナードゥ=IN-TN
subdivision | ブラジルの{}州の州都ってどこ | バイーア=BR-BA; アマゾナス=BR-AM; ミナスジェライス=BR-MG
subdivision | メキシコの{}州の州都 | ユカタン=MX-YUC; ハリスコ=MX-JAL; オアハカ=MX-OAX
subdivision | イギリスの{}の首都はどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | {}州の州都を調べて | イリノイ=US-IL; ペンシルベニア=US-PA; ミシガン=US-MI
subdivision | {}の州都は何という町ですか | ノルトラインヴェストファーレン州=DE-NW; バーデンヴュルテンベルク州=DE-BW; ニーダーザクセン州=DE-NI
subdivision | カナダの{}州の州都 | アルバータ=CA-AB; ノバスコシア=CA-NS; マニトバ=CA-MB
subdivision | {}の州都ってどこだっけ | リオグランデドスル州=BR-RS; パラナ州=BR-PR; ペルナンブーコ州=BR-PE
subdivision | ハワイ州の州都ってホノルルだっけ | US-HI
subdivision | アラスカの州都ってアンカレッジじゃないの | US-AK
subdivision | アメリカの{}州の州都はどこでしょうか | ジョージア=US-GA; バージニア=US-VA; ルイジアナ=US-LA
subdivision | ドイツの{}州の州都ってどこ | テューリンゲン=DE-TH; ブランデンブルク=DE-BB; シュレースヴィヒホルシュタイン=DE-SH

# Territories and dependencies (首府, 中心都市, 政庁所在地).
territory | {}の首府はどこ | ニューカレドニア=NC; グリーンランド=GL; フェロー諸島=FO
territory | {}の中心都市ってどこ | グアム=GU; 北マリアナ諸島=MP; 米領サモア=AS
territory | {}の政庁所在地はどこですか | バミューダ=BM; ケイマン諸島=KY; ジブラルタル=GI
territory | {}って中心の町はどこなの | プエルトリコ=PR; アルバ=AW; キュラソー=CW
territory | {}の首府を教えて | レユニオン=RE; マルティニーク=MQ; グアドループ=GP
territory | {}の首都ってどこになるの | クック諸島=CK; ニウエ=NU; マン島=IM
territory | 西サハラの首都はどこということになってるの | EH
territory | フォークランド諸島の中心地はどこ | FK
territory | フランス領ギアナの首府ってどこ | GF

# Several capitals.
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | 南アの首都を三つとも言って | ZA
plural-capitals | 南アフリカ共和国の首都はどことどことどこ | ZA
plural-capitals | ボリビアの首都って二つあるよねどっちも教えて | BO
plural-capitals | ボリビアはラパスとどこが首都なんだっけ | BO
plural-capitals | ボリビアの首都を全部挙げて | BO
plural-capitals | オランダの首都は二つあるって聞いたけどどことどこ | NL
plural-capitals | オランダの首都と政府のある町を両方教えて | NL
plural-capitals | マレーシアって首都が二つあるのどっちも言って | MY
plural-capitals | マレーシアの首都を全部教えてください | MY
plural-capitals | パレスチナの首都はどことどこなの | PS
plural-capitals | パレスチナの首都とされる町を全部教えて | PS
plural-capitals | ベナンの首都は二つあるらしいけどどこ | BJ
plural-capitals | ベナンの首都って両方言える | BJ
plural-capitals | コートジボワールの首都を二つ教えて | CI
plural-capitals | 象牙海岸の首都を全部 | CI
plural-capitals | スリランカの首都って長い名前のとコロンボどっちも教えて | LK
plural-capitals | スリランカの首都を二つとも | LK
plural-capitals | エスワティニの首都は二つあるけどどことどこ | SZ
plural-capitals | スワジランドの首都を全部教えて | SZ
plural-capitals | 南アフリカの首都ってなんで三つもあるのどこどこ | ZA

# Official and long names.
official-name | {}の首都はどこですか | ドイツ連邦共和国=DE; フランス共和国=FR; ロシア連邦=RU
official-name | {}の首都を教えてもらえますか | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; 中華人民共和国=CN
official-name | {}っていう国の首都はどこ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; メキシコ合衆国=MX
official-name | {}の首都はどちらですか | タイ王国=TH; サウジアラビア王国=SA; ヨルダンハシェミット王国=JO
official-name | {}の首都を知りたいです | イランイスラム共和国=IR; ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA
official-name | {}の首都ってどこでしたっけ | ネパール連邦民主共和国=NP; ブルネイダルサラーム国=BN; ミャンマー連邦共和国=MM
official-name | 正式名称で言うと{}なんだけど首都は | ウルグアイ東方共和国=UY; ベネズエラボリバル共和国=VE; エジプトアラブ共和国=EG
official-name | {}の首都を教えてください | ナイジェリア連邦共和国=NG; エチオピア連邦民主共和国=ET; タンザニア連合共和国=TZ
official-name | {}の首都はどこなの | スイス連邦=CH; オーストラリア連邦=AU; ノルウェー王国=NO
official-name | {}の首都は何という都市ですか | コンゴ民主共和国=CD; コンゴ共和国=CG; 中央アフリカ共和国=CF

# Everyday, short and older names.
everyday-name | {}の首都ってどこかな | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都教えて | 南ア=ZA; サウジ=SA; バングラ=BD
everyday-name | {}って首都はどこだったっけ | グルジア=GE; 白ロシア=BY; マケドニア=MK
everyday-name | {}の首都はどこ | ペルシャ=IR; シャム=TH; セイロン=LK
everyday-name | {}の首都ってどこですか | ニュージー=NZ; ブルキナ=BF; パプア=PG
everyday-name | 今はテュルキエって言うんだっけトルコの首都はどこ | TR
everyday-name | 今はキーウって言うらしいけどウクライナの首都のこと教えて | UA
everyday-name | チェコ共和国とかチェコとか言うけど首都はどこ | CZ
everyday-name | アメリカの首都ってワシントンでいいんだっけ | US
everyday-name | イギリスの首都を教えてくださいな | GB
everyday-name | 北朝鮮の首都を教えてもらえる | KP
everyday-name | 上ボルタって今の国名だと首都はどこ | BF
everyday-name | セントキッツの首都ってどこだろう | KN

# Names several places share.
shared-name | コンゴって首都どこだったっけ | CD+CG
shared-name | 二つのコンゴの首都をそれぞれ教えて | CD+CG
shared-name | 朝鮮半島の二つの国の首都は | KP+KR
shared-name | 南北朝鮮の首都を教えて | KP+KR
shared-name | コリアの首都はどこ | KP+KR
shared-name | ドミニカって首都はどこなの | DM+DO
shared-name | ジョージアの首都を教えてくれる | GE+US-GA
shared-name | ヴァージン諸島の中心の町はどこ | VG+VI
shared-name | 北朝鮮と韓国の首都をそれぞれ | KP+KR

# Follow-ups after an answer.
follow-up | ついでに{}のも教えて | ポーランド=PL; チェコ=CZ; スロバキア=SK
follow-up | {}の方はどうなの | 韓国=KR; 北朝鮮=KP; モンゴル=MN
follow-up | 次は{}でお願い | ボツワナ=BW; ナミビア=NA; アンゴラ=AO
follow-up | それなら{}はどうかな | キプロス=CY; マルタ=MT; ギリシャ=GR
follow-up | 同じように{}の首都も | ウルグアイ=UY; パラグアイ=PY; チリ=CL
follow-up | じゃあお隣の{}は | カナダ=CA; メキシコ=MX; ベラルーシ=BY
follow-up | {}についても同じ質問 | フィンランド=FI; エストニア=EE; ラトビア=LV
follow-up | あと{}のもついでに知りたい | スーダン=SD; リビア=LY; チャド=TD
follow-up | なるほどね{}は | ラオス=LA; カンボジア=KH; タイ=TH

# Corrections in mid-sentence: the place said last.
self-correction | オーストリアの首都あっ間違えたオーストラリアの首都 | AU
self-correction | スロバキアじゃなかったスロベニアの首都 | SI
self-correction | ニジェールのいやナイジェリアの首都 | NG
self-correction | イランじゃなくてイラクの首都教えて | IQ
self-correction | ギニアビサウじゃなくて赤道ギニアの首都 | GQ
self-correction | スウェーデンの首都ごめんスイスの首都 | CH
self-correction | モーリシャスいやモーリタニアの首都 | MR
self-correction | パナマやなくてパラグアイの首都 | PY
self-correction | ラトビアじゃないリトアニアだった首都どこ | LT
self-correction | アルメニアの首都あっアルバニアだ | AL
self-correction | チェコの首都訂正してスロバキアの首都 | SK
self-correction | オーストリアの首都えっとやっぱりドイツの首都 | DE
self-correction | ガンビアの首都じゃなかったザンビアの首都を教えて | ZM
self-correction | コロンビアちゃうわボリビアやった首都どこ | BO
self-correction | マリの首都あっ違うマラウイの首都 | MW

# Checks: the place asked about.
yes-no-check | シドニーってオーストラリアの首都だよね | AU
yes-no-check | ニューヨークはアメリカの首都でしたっけ | US
yes-no-check | イスタンブールがトルコの首都で合ってる | TR
yes-no-check | リオデジャネイロってブラジルの首都じゃないの | BR
yes-no-check | トロントがカナダの首都だと思うんだけど | CA
yes-no-check | ムンバイはインドの首都ですか | IN
yes-no-check | 上海って中国の首都 | CN
yes-no-check | チューリッヒはスイスの首都だっけ | CH
yes-no-check | ヨハネスブルグは南アフリカの首都なの | ZA
yes-no-check | ドバイがアラブ首長国連邦の首都かどうか教えて | AE
yes-no-check | オークランドがニュージーランドの首都だよね | NZ
yes-no-check | カサブランカってモロッコの首都 | MA
yes-no-check | ラゴスがナイジェリアの首都でいいんだよね | NG
yes-no-check | アルマトイってカザフスタンの首都だったよね | KZ
yes-no-check | ホーチミンはベトナムの首都 | VN
yes-no-check | 釜山は韓国の首都じゃないよね | KR
yes-no-check | ヤンゴンがミャンマーの首都じゃなかったっけ | MM
yes-no-check | ダルエスサラームがタンザニアの首都だと習ったけど | TZ
yes-no-check | バルセロナはスペインの首都ですか | ES
yes-no-check | ミラノがイタリアの首都って本当 | IT
yes-no-check | 平壌は北朝鮮の首都で間違いない | KP
yes-no-check | キンシャサってコンゴ民主共和国の首都だっけ | CD
yes-no-check | ブラザビルはコンゴ共和国の首都で合ってますか | CG
yes-no-check | ソウルが韓国の首都やんな | KR

# Which country has this capital.
reverse-question | ウランバートルってどこの国の首都 | CITY:ウランバートル
reverse-question | ティンプーはどこの首都 | CITY:ティンプー
reverse-question | アスタナってどこの国の首都だっけ | CITY:アスタナ
reverse-question | 首都がリマの国はどこ | CITY:リマ
reverse-question | ナイロビが首都なのはどこの国 | CITY:ナイロビ
reverse-question | ワガドゥグーってどこの国の首都 | CITY:ワガドゥグー
reverse-question | キガリはどこの国の首都ですか | CITY:キガリ
reverse-question | ビエンチャンが首都の国ってどこ | CITY:ビエンチャン
reverse-question | レイキャビクはどこの国の首都なの | CITY:レイキャビク
reverse-question | ヘルシンキが首都なのは何て国 | CITY:ヘルシンキ
reverse-question | モンテビデオはどこの首都 | CITY:モンテビデオ
reverse-question | アジスアベバってどの国の首都 | CITY:アジスアベバ
reverse-question | タリンってどこの国の首都だっけ | CITY:タリン
reverse-question | ドドマが首都なのってどこ | CITY:ドドマ
reverse-question | ネピドーはどこの首都やったっけ | CITY:ネピドー
reverse-question | キエフってどこの国の首都だったかな | UA
reverse-question | カトマンズはどこの国の首都か教えて | CITY:カトマンズ
reverse-question | ブダペストを首都にしている国は | CITY:ブダペスト
reverse-question | アンタナナリボはなんていう国の首都 | CITY:アンタナナリボ
reverse-question | パラマリボってどこの国の首都なんですか | CITY:パラマリボ

# Not a capital question: other facts about a country, 首都 in other senses, chit-chat, planets and more.
out-of-domain | フランスの人口ってどれくらい | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | タイの通貨って何 | FB
out-of-domain | イギリスの今の首相は誰 | FB
out-of-domain | ドイツとの時差は何時間 | FB
out-of-domain | カナダの国旗の色を教えて | FB
out-of-domain | オーストラリアの面積はどのくらい | FB
out-of-domain | エベレストの高さは何メートル | FB
out-of-domain | 世界で一番長い川はどこ | FB
out-of-domain | 首都圏の人口ってどれくらいいるの | FB
out-of-domain | 首都高って今混んでる | FB
out-of-domain | 首都直下地震が起きる確率は | FB
out-of-domain | 首都ってどういう意味 | FB
out-of-domain | キャピタルゲインって何 | FB
out-of-domain | 火星に首都ってあるの | FB
out-of-domain | 木星の衛星はいくつあるの | FB
out-of-domain | 月までの距離はどれくらい | FB
out-of-domain | 明日の東京の天気教えて | FB
out-of-domain | タイマー三分セットして | FB
out-of-domain | リビングの電気消して | FB
out-of-domain | 何か面白い話して | FB
out-of-domain | アレクサの好きな食べ物は何 | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番人口が多い国は | FB
out-of-domain | イタリアの有名な料理を教えて | FB
out-of-domain | スペイン語でありがとうは何て言う | FB
out-of-domain | 韓国語でこんにちはって何て言うの | FB
out-of-domain | ニュージーランドは今何時 | FB
out-of-domain | ピラミッドはいつ作られたの | FB
out-of-domain | メキシコの大統領は誰 | FB
out-of-domain | アメリカの独立記念日はいつ | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | 世界遺産が一番多い国はどこ | FB
out-of-domain | ハワイに行くのにパスポートいる | FB
out-of-domain | ベトナムに行くのにビザは必要 | FB
out-of-domain | パリまで飛行機で何時間かかる | FB
out-of-domain | 一万円をドルに両替するといくら | FB
out-of-domain | 日本の都道府県はいくつある | FB
out-of-domain | 首都の英語って何 | FB
out-of-domain | 世界には国がいくつあるの | FB
out-of-domain | しりとりしよう | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | 冥王星ってまだ惑星なの | FB
out-of-domain | 土星の輪って何でできてるの | FB
out-of-domain | 太陽系で一番大きい惑星は | FB
out-of-domain | 京都に都があったのはいつまで | FB
out-of-domain | 首都機能移転の話ってどうなったの | FB
out-of-domain | 中国の人口と日本の人口どっちが多い | FB
out-of-domain | エジプトの気温って今何度 | FB
out-of-domain | ワールドカップの次の開催国はどこ | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 韓国のドラマでおすすめある | FB
out-of-domain | カレーのルーって何分煮込めばいい | FB
out-of-domain | 富士山って何メートル | FB
out-of-domain | 日本で一番大きい湖は | FB
out-of-domain | 宿題やるの面倒くさい | FB
out-of-domain | インドの国花って何 | FB
out-of-domain | 東京から大阪まで新幹線で何分 | FB
out-of-domain | ロシアの国土は日本の何倍 | FB
out-of-domain | アレクサって何歳なの | FB

# Help.
help | 使い方を教えて | HELP
help | このスキルってどうやって使うの | HELP
help | 何て言えばいいの | HELP
help | 何ができるのか説明して | HELP
help | ヘルプ | HELP
help | どうやって質問すればいい | HELP
help | 遊び方が分からない | HELP
help | 困ったどうすればいいの | HELP
help | 質問の仕方を教えてください | HELP
help | 使い方がよく分からないんだけど | HELP
help | 助けて | HELP
help | 例えばどんなことが聞けるの | HELP
help | 何を聞いたらいいか分からない | HELP
help | どういう風に話しかければいいの | HELP
help | このスキルの説明をお願い | HELP
help | 操作方法を教えて | HELP
help | 首都の聞き方を教えて | HELP
help | もう一度使い方を説明して | HELP
help | ちょっと分からないから手伝って | HELP
help | 使い方教えてくれへん | HELP
help | どうしたらいいんじゃ | HELP
help | ヘルプをお願いします | HELP
help | これ何て聞いたらええの | HELP
help | 使い方のヒントちょうだい | HELP
help | どうやって使えばいいのか教えてください | HELP
help | 何を言えば答えてくれるの | HELP
help | 使い方のガイドを聞かせて | HELP

# Stop.
stop | もういいよ終わり | STOP
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終了 | STOP
stop | 終わりにして | STOP
stop | もうやめる | STOP
stop | おしまい | STOP
stop | もう結構です | STOP
stop | 閉じて | STOP
stop | スキルを終了して | STOP
stop | やめてくれる | STOP
stop | 終わっていいよ | STOP
stop | もうええわ終わり | STOP
stop | しまいにしよか | STOP
stop | アレクサ止まって | STOP
stop | 世界の首都を終了 | STOP
stop | ここまでにしておきます | STOP
stop | 今日はこれでおしまい | STOP
stop | 終わりでお願いします | STOP
stop | もうやめてちょうだい | STOP
stop | 止めてちょう | STOP
stop | ストップストップ | STOP
stop | もう十分だよありがとう終わり | STOP
stop | 終わりだべ | STOP
stop | 終わり終わり | STOP
stop | アレクサもう終わりにしよう | STOP
stop | はいおしまい | STOP
stop | もう寝るから止めて | STOP

# Cancel.
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消して | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | 今のなし | CANCEL
cancel | 今の取り消し | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | なんでもない | CANCEL
cancel | 間違えたキャンセル | CANCEL
cancel | さっきのはキャンセルで | CANCEL
cancel | 質問を取り消します | CANCEL
cancel | いや何でもないです | CANCEL
cancel | やっぱりなしで | CANCEL
cancel | やっぱええわ | CANCEL
cancel | 今のは忘れて | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | もういいやキャンセル | CANCEL
cancel | 取りやめて | CANCEL
cancel | 中止して | CANCEL
cancel | 質問やめとくわ | CANCEL
cancel | 今のキャンセルしてちょうだい | CANCEL
cancel | あっやっぱりいいです | CANCEL
cancel | 聞くのやめた | CANCEL
cancel | 違う違うキャンセル | CANCEL
cancel | やっぱり聞かなくていいや | CANCEL
cancel | 今のはキャンセルしといて | CANCEL
cancel | すみません今のは取り消しで | CANCEL
cancel | やめやめ取り消し | CANCEL

# Launch (the invocation name 世界の首都).
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都を開いてちょうだい | LAUNCH
launch | 世界の首都やって | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都をスタートして | LAUNCH
launch | 世界の首都をお願いします | LAUNCH
launch | ねえ世界の首都開いて | LAUNCH
"""

if __name__ == "__main__":
    build_round(18, "ja", LINES, sys.argv, "tests/Eval/ja/round18/source/build_corpus.py")
