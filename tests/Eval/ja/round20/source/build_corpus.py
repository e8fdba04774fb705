"""Round 20, Japanese (ja-JP): a new author's own mix, written blind. Speakers: Okinawa (はいさい, さー, やさ, ねー,
わかんないさ), Kansai (Osaka やねん and ちゃうちゃう, Kyoto どす and おくれやす, Kobe とう), Tohoku (だべ, だず, だば,
けろ, わがんね), Kyushu (ばってん, っちゃ, たい, とね), Chugoku and Shikoku (じゃけえ, のう, けん), Nagoya (でかんわ,
だがや), polite and humble keigo (恐れ入りますが, いただけますでしょうか, ございましょうか), young people's casual speech
(やば, まじ, ガチで, 草), elders (物忘れ, ばあちゃん, old country names: ビルマ, セイロン, ザイール, ペルシャ, シャム,
白ロシア, スワジランド, グルジア), small children (hiragana しゅと, ようちえん), 受験生 (一問一答, 模試, 地図帳, 赤本),
quiz fans (第何問, ボードゲーム, クイズ研), travellers (バックパッカー, 寄港, 新婚旅行, 乗り換え), people abroad for
work (赴任, 現地法人, 会議前), parents asking for a child, people cooking or shopping (産地, コーヒー豆), news and sport
(sumo wrestlers' home countries, rugby, marathons, the World Cup, baseball). Plus fillers (えーっと, あのー, んーと),
English loanwords and whole English questions in katakana (キャピタル, ワットイズザキャピタルオブ), terse keyword forms,
the capital set against the biggest city, the one-shot invocation (世界の首都で…), and what ja-JP recognition may write:
no spaces or punctuation, variant kana (ヤ for ア, ヴ, older long vowels), hiragana for a word, the wake word twice.
`python3 tests/Eval/ja/round20/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 20's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Okinawa: はいさい, さー, やさ, ねー, わけ, the grandparents' Yamato-guchi.
okinawa-speech | はいさいアレクサ{}の首都ってどこねー | フィジー=FJ; トンガ=TO; サモア=WS
okinawa-speech | {}の首都はどこだったかねーわかんないさー | パラオ=PW; ナウル=NR; ツバル=TV
okinawa-speech | あいえなーど忘れしたさ{}の首都って何だったわけ | キリバス=KI; バヌアツ=VU; ソロモン諸島=SB
okinawa-speech | {}の首都教えてくれんかねー | マーシャル諸島=MH; ミクロネシア=FM; パプアニューギニア=PG
okinawa-speech | うちなーから近い{}の首都はどこやさ | 台湾=TW; フィリピン=PH; 東ティモール=TL
okinawa-speech | {}の首都ってどこだったかねー教えてほしいさー | ブルネイ=BN; シンガポール=SG; インドネシア=ID

# Kansai: Osaka, Kyoto and Kobe.
kansai-speech | なあアレクサ{}の首都ってどこやったっけ | ポルトガル=PT; ギリシャ=GR; ノルウェー=NO
kansai-speech | {}の首都どこなんかほんまに知らんねん | エリトリア=ER; ジブチ=DJ; ソマリア=SO
kansai-speech | ほんで{}の首都ってなんちゅうとこなん | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
kansai-speech | {}の首都なんやったかいな教えてえな | ルワンダ=RW; ブルンジ=BI; ウガンダ=UG
kansai-speech | {}の首都はどこどすか教えておくれやす | オーストリア=AT; スイス=CH; リヒテンシュタイン=LI
kansai-speech | {}の首都ってどこなんか知っとう | ベルギー=BE; ルクセンブルク=LU; モナコ=MC
kansai-speech | めっちゃ気になるねんけど{}の首都ってどこなん | アンドラ=AD; サンマリノ=SM; マルタ=MT

# Tohoku: Akita, Yamagata, Tsugaru, Iwate.
tohoku-speech | {}の首都ってどこだべ | モンゴル=MN; カザフスタン=KZ; ウズベキスタン=UZ
tohoku-speech | アレクサや{}の首都なんつうとこだっけか | エストニア=EE; ラトビア=LV; リトアニア=LT
tohoku-speech | わがんねがら{}の首都教えでけろ | アイスランド=IS; フィンランド=FI; デンマーク=DK
tohoku-speech | {}の首都どごだず | スウェーデン=SE; アイルランド=IE; ポーランド=PL
tohoku-speech | {}の首都ってどごだば | ハンガリー=HU; チェコ=CZ; スロバキア=SK
tohoku-speech | おらわがんねすけ{}の首都ば教えでくなんせ | ルーマニア=RO; ブルガリア=BG; モルドバ=MD

# Kyushu: Hakata, Nagasaki, Kumamoto, Oita.
kyushu-speech | {}の首都ってどこやったか知っとる | ナイジェリア=NG; ガーナ=GH; カメルーン=CM
kyushu-speech | {}の首都ば教えてほしかばってん | セネガル=SN; マリ=ML; ギニア=GN
kyushu-speech | {}の首都ってどこっちゃろか | ザンビア=ZM; ジンバブエ=ZW; マラウイ=MW
kyushu-speech | {}の首都はどこかわからんとたい | アンゴラ=AO; ナミビア=NA; ボツワナ=BW
kyushu-speech | ちょっと{}の首都ってどこか教えちゃって | ガボン=GA; チャド=TD; 中央アフリカ=CF

# Chugoku, Shikoku and Nagoya.
west-japan-speech | {}の首都はどこなんかいのう | コロンビア=CO; ペルー=PE; エクアドル=EC
west-japan-speech | {}の首都がわからんけえ教えてや | ボリビア=BO; パラグアイ=PY; ウルグアイ=UY
west-japan-speech | {}の首都が出てこんでかんわ | キューバ=CU; ハイチ=HT; ジャマイカ=JM
west-japan-speech | {}の首都ってどこだったかやあ | ホンジュラス=HN; ニカラグア=NI; エルサルバドル=SV
west-japan-speech | {}の首都はどこぞな | グアテマラ=GT; ベリーズ=BZ; パナマ=PA

# Keigo: humble and honorific requests, a caller's manners.
keigo-formal | 恐れ入りますが{}の首都を教えていただけますでしょうか | クウェート=KW; バーレーン=BH; カタール=QA
keigo-formal | お手数ですが{}の首都はどちらかお調べいただけますか | オマーン=OM; イエメン=YE; ヨルダン=JO
keigo-formal | {}の首都はどちらでございましょうか | サウジアラビア=SA; イラク=IQ; シリア=SY
keigo-formal | 失礼ですが{}の首都はどこになりますでしょうか | レバノン=LB; イスラエル=IL; キプロス=CY
keigo-formal | 差し支えなければ{}の首都をお教え願えますか | アフガニスタン=AF; パキスタン=PK; イラン=IR

# Young people's casual speech.
casual-speech | {}の首都ってどこだっけまじで出てこない | アルゼンチン=AR; チリ=CL; ウルグアイ=UY
casual-speech | ねえ{}の首都どこ秒で教えて | エクアドル=EC; パラグアイ=PY; ベネズエラ=VE
casual-speech | やば{}の首都わかんないんだけど | スリナム=SR; ベリーズ=BZ; ガイアナ=GY
casual-speech | ガチで{}の首都知らんの草 | トリニダードトバゴ=TT; グレナダ=GD; セントルシア=LC
casual-speech | {}の首都とかわかるわけないじゃん教えて | セントビンセント=VC; ドミニカ国=DM; アンティグアバーブーダ=AG

# Elders: a failing memory, a slower answer, a grandmother's speech.
elder-speech | ばあちゃんにもわかるように{}の首都をゆっくり言っておくれ | ハンガリー=HU; ルーマニア=RO; ブルガリア=BG
elder-speech | 年をとると物忘れがひどくてねえ{}の首都はなんといったかね | ポーランド=PL; クロアチア=HR; セルビア=RS
elder-speech | 昔父が{}で働いておったんだがあそこの首都はどこだったかのう | ブラジル=BR; ペルー=PE; ボリビア=BO
elder-speech | {}の首都はどこだったかしらねえ | オーストリア=AT; ベルギー=BE; デンマーク=DK
elder-speech | 老眼で地図の字が読めんのじゃ{}の首都を言うてくれんか | スーダン=SD; エチオピア=ET; ケニア=KE

# Old country names an elder still uses.
old-name | 昔の{}って今の首都はどこになるのかな | ビルマ=MM; セイロン=LK; ザイール=CD
old-name | {}の首都はどこじゃったかのう | ペルシャ=IR; シャム=TH; 白ロシア=BY
old-name | 昔は{}って言ってた国の首都はどこ | スワジランド=SZ; グルジア=GE; ペルシア=IR

# Small children: hiragana words, kindergarten, showing off.
child-speech | ねえねえアレクサ{}のしゅとってなあに | エジプト=EG; ケニア=KE; ブラジル=BR
child-speech | ぼくね{}のしゅとしってるよアレクサもいってみて | ドイツ=DE; イタリア=IT; スペイン=ES
child-speech | {}のしゅとってどこかおしえてくださーい | カナダ=CA; メキシコ=MX; キューバ=CU
child-speech | ようちえんでならったの{}のしゅとはなんだっけ | フランス=FR; 中国=CN; 韓国=KR
child-speech | あのねアレクサ{}ってくにのしゅとはどこにあるの | マダガスカル=MG; アルゼンチン=AR; ロシア=RU

# Exam students (受験生): geography drills, mock exams, the atlas.
exam-student | 地理の一問一答やってるんだけど{}の首都は | ニカラグア=NI; コスタリカ=CR; パナマ=PA
exam-student | 明日の地理のテストに出るかも{}の首都ってどこ | トルコ=TR; アフガニスタン=AF; パキスタン=PK
exam-student | 模試で{}の首都間違えたんだけど正解どこ | ネパール=NP; ブータン=BT; バングラデシュ=BD
exam-student | 受験生なんで手短に{}の首都 | スーダン=SD; 南スーダン=SS; チャド=TD
exam-student | 地図帳を学校に置いてきたから{}の首都教えて | モーリタニア=MR; ニジェール=NE; ブルキナファソ=BF
exam-student | 赤本の問題に{}の首都が出てきたんだけどどこだっけ | リビア=LY; チュニジア=TN; アルジェリア=DZ

# Quiz fans.
quiz-fan | 第三問{}の首都はどこでしょう | ガボン=GA; 赤道ギニア=GQ; サントメプリンシペ=ST
quiz-fan | クイズ研の練習なんだけど{}の首都は | レソト=LS; ボツワナ=BW; ナミビア=NA
quiz-fan | 今ボードゲームで{}の首都が問題に出てるんだけどどこ | アンゴラ=AO; モザンビーク=MZ; タンザニア=TZ
quiz-fan | クイズ番組で{}の首都が答えられなかったんだけど答え何 | リベリア=LR; シエラレオネ=SL; トーゴ=TG
quiz-fan | 家族で首都当てゲームしてるの{}はどこ | コモロ=KM; カーボベルデ=CV; ガンビア=GM

# Travellers.
traveller | 来月{}に行くんだけど首都ってどこ | クロアチア=HR; スロベニア=SI; モンテネグロ=ME
traveller | バックパッカーで{}回る予定なんだけど首都どこ | ラオス=LA; カンボジア=KH; ミャンマー=MM
traveller | 乗り換えで{}に寄るんですが首都はどこですか | モロッコ=MA; エチオピア=ET; トルコ=TR
traveller | 新婚旅行の候補で{}ってどうかなって思ってて首都はどこ | モルディブ=MV; モーリシャス=MU; セーシェル=SC
traveller | クルーズ船で{}にも寄港するらしいけど首都ってどこなの | バハマ=BS; ジャマイカ=JM; バルバドス=BB
traveller | 一人旅で{}に行ってみたいんだけど首都ってどんな名前 | ウズベキスタン=UZ; アルメニア=AM; アゼルバイジャン=AZ

# Work abroad: a posting, a local subsidiary, a meeting.
work-abroad | 海外赴任の内示が出たんだけど{}の首都ってどこ | モルドバ=MD; ベラルーシ=BY; カザフスタン=KZ
work-abroad | 会議前にちょっと確認したいんだけど{}の首都は | ウクライナ=UA; セルビア=RS; 北マケドニア=MK
work-abroad | 資料に{}の首都を書かなきゃいけないんだけどどこだっけ | アルバニア=AL; ボスニアヘルツェゴビナ=BA; コソボ=XK
work-abroad | うちの現地法人が{}にあるんだけどそこの首都ってどこだっけ | ベトナム=VN; インド=IN; タイ=TH

# Parents asking for their child, or with the child beside them.
for-someone-else | 息子が{}の首都を知りたがってるんだけど教えてあげて | エジプト=EG; ギリシャ=GR; ノルウェー=NO
for-someone-else | 娘の宿題で{}の首都が出てるみたいなんだけどどこかな | カナダ=CA; アルゼンチン=AR; チリ=CL
for-someone-else | 夫に聞かれたんだけど{}の首都ってどこだっけ | ニュージーランド=NZ; アイルランド=IE; スイス=CH

# Food and shopping.
food-context | スーパーで{}産のを見かけたんだけどあそこの首都ってどこ | ノルウェー=NO; チリ=CL; ニュージーランド=NZ
food-context | {}のコーヒー豆を買ったんだけど首都はどこなの | エチオピア=ET; グアテマラ=GT; コロンビア=CO
food-context | 今日の晩ごはん{}料理にしたんだけどそういえば首都ってどこ | ペルー=PE; トルコ=TR; メキシコ=MX

# News and sport.
news-sport | 今ニュースで{}って言ってたけど首都どこだっけ | ハイチ=HT; リビア=LY; イエメン=YE
news-sport | {}出身の力士っているじゃんそこの首都ってどこ | モンゴル=MN; ブルガリア=BG; エジプト=EG
news-sport | ワールドカップで{}と当たるんだって首都どこ | エクアドル=EC; ガーナ=GH; セネガル=SN
news-sport | ラグビーの{}代表って強いよね首都はどこ | サモア=WS; トンガ=TO; フィジー=FJ
news-sport | マラソンで{}の選手が優勝してたけど首都ってどこ | ケニア=KE; エチオピア=ET; ウガンダ=UG
news-sport | 野球の国際大会に{}も出てたけど首都はどこなの | キューバ=CU; プエルトリコ=PR; ドミニカ共和国=DO

# Fillers and hesitations.
filler-hesitation | えーっとあのー{}の首都ってさ | スペイン=ES; イタリア=IT; ドイツ=DE
filler-hesitation | んーとねなんだっけ{}の首都 | イラク=IQ; イラン=IR; シリア=SY
filler-hesitation | あのーすみませんえー{}のですね首都を | ブルンジ=BI; ルワンダ=RW; コンゴ共和国=CG
filler-hesitation | えっとえっと{}の首都ってほらあれなんだっけ | ガイアナ=GY; スリナム=SR; ホンジュラス=HN

# Terse keyword forms: what a hurried or shy speaker says.
terse-keyword | {}首都 | ギリシャ=GR; ネパール=NP; ラオス=LA
terse-keyword | 首都{} | カタール=QA; オマーン=OM; クウェート=KW
terse-keyword | {}の首都は | エストニア=EE; チュニジア=TN; ジブチ=DJ

# English loanwords and whole English questions in katakana.
katakana-english | ワットイズザキャピタルオブ{} | オーストラリア=AU; ニュージーランド=NZ; アイルランド=IE
katakana-english | {}のキャピタルシティをリサーチしてほしい | ガンビア=GM; ギニアビサウ=GW; カーボベルデ=CV
katakana-english | ファクトチェックしたいんだけど{}のキャピタルってどこ | フィンランド=FI; スウェーデン=SE; デンマーク=DK
katakana-english | {}のキャピタルをアンサーして | ウクライナ=UA; ジャマイカ=JM; バハマ=BS

# The capital set against the biggest or best-known city.
capital-not-biggest-city | {}で一番大きい街じゃなくて首都のほう教えて | ナイジェリア=NG; パキスタン=PK; カザフスタン=KZ
capital-not-biggest-city | {}の首都って一番有名な都市とは違うんだよねどこ | オーストラリア=AU; ブラジル=BR; カナダ=CA
capital-not-biggest-city | {}って一番人口が多い街が首都じゃないらしいけど首都は | トルコ=TR; ベトナム=VN; タンザニア=TZ

# What ja-JP recognition may write: variant kana, the wake word twice, hiragana for a word.
asr-artifact | {}の首都ってどこ | インドネシヤ=ID; サウジアラビヤ=SA; コロンビヤ=CO
asr-artifact | {}の首都はどこですか | フィリッピン=PH; カンボディア=KH; イタリヤ=IT
asr-artifact | アレクサアレクサ{}の首都 | ボスニア=BA; ノルウェイ=NO; マレイシア=MY
asr-artifact | {}のしゅとはどこ | ベネズエーラ=VE; スロベニヤ=SI; チュニジヤ=TN
asr-artifact | アレクサ{}のしゅとどこ | ニュージランド=NZ; アルゼンティン=AR; ヨルダーン=JO

# The one-shot invocation.
one-shot-invocation | アレクサ世界の首都で{}の首都を聞いて | ケニア=KE; ペルー=PE; ポルトガル=PT
one-shot-invocation | 世界の首都を開いて{}の首都を教えて | モンゴル=MN; スリランカ=LK; チリ=CL
one-shot-invocation | 世界の首都に{}の首都はどこか聞いて | カナダ=CA; エジプト=EG; ハンガリー=HU

# Subdivisions and territories: 州都, 首府, 中心都市.
subdivision | {}の州都ってどこ | テキサス=US-TX; カリフォルニア=US-CA; フロリダ=US-FL
subdivision | アメリカの{}州の州都を教えて | ネバダ=US-NV; オレゴン=US-OR; ケンタッキー=US-KY
subdivision | オーストラリアの{}州の州都はどこですか | クイーンズランド=AU-QLD; タスマニア=AU-TAS; ビクトリア=AU-VIC
subdivision | カナダの{}州の州都って | オンタリオ=CA-ON; ブリティッシュコロンビア=CA-BC; マニトバ=CA-MB
subdivision | ドイツの{}州の州都はどこ | バイエルン=DE-BY; ザクセン=DE-SN; ヘッセン=DE-HE
subdivision | インドの{}州の州都ってどこなの | ケーララ=IN-KL; タミルナードゥ=IN-TN; ラージャスターン=IN-RJ
subdivision | {}の中心都市ってどこ | グアム=GU; ニューカレドニア=NC; グリーンランド=GL
subdivision | {}の首府はどこですか | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | ブラジルの{}州の州都 | バイーア=BR-BA; アマゾナス=BR-AM; パラナ=BR-PR
subdivision | メキシコの{}州の州都ってどこかわかる | ユカタン=MX-YUC; ハリスコ=MX-JAL; オアハカ=MX-OAX
subdivision | {}って首都はどこになるの | 仏領ポリネシア=PF; フェロー諸島=FO; 北マリアナ諸島=MP
subdivision | ハワイの州都ってホノルルだっけどこ | US-HI
subdivision | アラスカ州の州都はどこでしょう | US-AK
subdivision | ニューヨーク州の州都ってニューヨークじゃないんだよねどこ | US-NY
subdivision | ケベック州の州都を教えてください | CA-QC

# Countries with several capitals, asked in the plural.
plural-capitals | {}の首都を全部教えて | 南アフリカ=ZA; ボリビア=BO; ベナン=BJ
plural-capitals | {}の首都ってひとつじゃないよねどことどこ | オランダ=NL; スリランカ=LK; コートジボワール=CI
plural-capitals | {}の首都はどことどこですか | マレーシア=MY; エスワティニ=SZ; パレスチナ=PS
plural-capitals | 南アフリカって首都が三つあるんだよねそれぞれどこ | ZA
plural-capitals | ボリビアの首都は二つあるって聞いたけど両方教えて | BO
plural-capitals | オランダの首都が二つあるってほんとなら両方言って | NL
plural-capitals | マレーシアの首都たちを教えて | MY
plural-capitals | パレスチナの首都とされてる街を二つとも教えて | PS
plural-capitals | ベナンには首都が二つあるらしいけどどっちも教えて | BJ
plural-capitals | コートジボワールの首都ってふたつあるんだっけ両方お願い | CI
plural-capitals | エスワティニの首都を二つとも教えて | SZ
plural-capitals | スリランカの二つの首都を教えて | LK
plural-capitals | ジャンムーカシミールの州都は二つあるらしいけどどことどこ | IN-JK
plural-capitals | ベナンの首都ってどことどこなの | BJ
plural-capitals | スリランカの首都を両方言ってみて | LK
plural-capitals | ボリビアは首都がふたつあるんやろどこどこなん | BO

# Names that several places share.
shared-name | コンゴの首都ってどこ | CD+CG
shared-name | コンゴって二つあるけどそれぞれの首都は | CD+CG
shared-name | ドミニカの首都はどこですか | DM+DO
shared-name | ドミニカって国の首都を教えて | DM+DO
shared-name | ジョージアの首都どこ | GE+US-GA
shared-name | ジョージアの首都ってどこだったかな | GE+US-GA
shared-name | ヴァージン諸島の中心の街は | VG+VI
shared-name | 朝鮮の首都ってどこ | KP+KR
shared-name | 韓国と北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 南北朝鮮の首都はどこ | KP+KR

# Official names.
official-name | {}の首都を教えてください | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; 中華人民共和国=CN
official-name | 正式名称で言うと{}の首都はどこになるの | ロシア連邦=RU; ドイツ連邦共和国=DE; アメリカ合衆国=US
official-name | {}の首都はどこでしょうか | グレートブリテン及び北アイルランド連合王国=GB; コンゴ民主共和国=CD; コンゴ共和国=CG
official-name | {}の首都はどちら | フィリピン共和国=PH; インドネシア共和国=ID; ミャンマー連邦共和国=MM
official-name | {}の首都ってどこにあるの | ベネズエラボリバル共和国=VE; バチカン市国=VA; ブルネイダルサラーム国=BN

# Everyday, short and abbreviated names.
everyday-name | {}って首都どこ | アメリカ=US; イギリス=GB; 豪州=AU
everyday-name | {}の首都はどこなの | 米国=US; 英国=GB; サウジ=SA
everyday-name | {}の首都教えてー | ユーエーイー=AE; ニュージー=NZ; バチカン=VA
everyday-name | {}の首都って言えるアレクサ | 北朝鮮=KP; 韓国=KR; オランダ=NL
everyday-name | {}の首都って知ってる | チェコ=CZ; 南ア=ZA; マケドニア=MK

# Follow-ups after a first answer.
follow-up | それなら{}のほうは | エルサルバドル=SV; ドミニカ共和国=DO; グアテマラ=GT
follow-up | じゃあお隣の{}はどう | ラオス=LA; タイ=TH; ミャンマー=MM
follow-up | ほんなら{}もお願い | ブータン=BT; ネパール=NP; バングラデシュ=BD
follow-up | 次{}いってみよう | マリ=ML; ニジェール=NE; ガーナ=GH
follow-up | おっけー今度は{} | ルクセンブルク=LU; スロバキア=SK; リトアニア=LT

# Checks: is X the capital of Y (expected: the place asked about).
yes-no-check | ブラジルの首都ってリオデジャネイロだっけ | BR
yes-no-check | カナダの首都はトロントで合ってる | CA
yes-no-check | トルコの首都ってイスタンブールでしょ | TR
yes-no-check | スイスの首都はジュネーブだよね | CH
yes-no-check | ニュージーランドの首都はオークランドですよね | NZ
yes-no-check | ベトナムの首都はホーチミンだったよね | VN
yes-no-check | モロッコの首都ってカサブランカなの | MA
yes-no-check | ナイジェリアの首都はラゴスで正しいですか | NG
yes-no-check | カザフスタンの首都ってアルマトイじゃなかったっけ | KZ
yes-no-check | パキスタンの首都はカラチかな | PK
yes-no-check | タンザニアの首都ってダルエスサラームだよね | TZ
yes-no-check | ミャンマーの首都はヤンゴンで合ってますか | MM
yes-no-check | アメリカの首都ってニューヨークじゃないの | US
yes-no-check | ケニアの首都はナイロビで間違いないよね | KE
yes-no-check | オーストラリアの首都はシドニーやろ | AU
yes-no-check | 日本の首都って東京で合ってるよね | JP
yes-no-check | セントクリストファーネービスの首都ってバセテールだっけ | KN

# Self-corrections (expected: the place said last).
self-correction | オーストリアじゃなくてオーストラリアの首都 | AU
self-correction | スロバキアの首都あっ違うスロベニアだ | SI
self-correction | ニジェールの首都いやナイジェリアの首都 | NG
self-correction | イランの首都ごめんイラクだった | IQ
self-correction | ギニアの首都じゃなかったギニアビサウの首都 | GW
self-correction | ラトビアの首都いやリトアニアだ | LT
self-correction | スウェーデンじゃなくてスイスの首都 | CH
self-correction | モルディブの首都ちゃうわモーリシャスや | MU
self-correction | パラグアイ間違えたウルグアイの首都 | UY
self-correction | アイスランドの首都あっアイルランドの方 | IE
self-correction | マリの首都やっぱりモーリタニアの首都 | MR
self-correction | ガンビアの首都じゃなくてザンビアの首都教えて | ZM
self-correction | オマーンえっとヨルダンの首都 | JO

# Reverse questions: whose capital is this city.
reverse-question | {}ってどこの国の首都 | ティンプー=CITY:ティンプー; ビエンチャン=CITY:ビエンチャン; ウランバートル=CITY:ウランバートル
reverse-question | {}が首都の国ってどこ | リュブリャナ=CITY:リュブリャナ; トビリシ=CITY:トビリシ; モンテビデオ=CITY:モンテビデオ
reverse-question | {}はどこの首都だっけ | アクラ=CITY:アクラ; キガリ=CITY:キガリ; ルサカ=CITY:ルサカ
reverse-question | {}を首都にしてる国を教えて | ドドマ=CITY:ドドマ; ハラレ=CITY:ハラレ; アスマラ=CITY:アスマラ
reverse-question | {}ってどこの国の首都なんですか | レイキャビク=CITY:レイキャビク; キーウ=CITY:キーウ; ヘルシンキ=CITY:ヘルシンキ
reverse-question | プノンペンって何て国の首都だったっけ | CITY:プノンペン
reverse-question | ドゥシャンベが首都なのはどの国 | CITY:ドゥシャンベ
reverse-question | ビシュケクってどこの首都 | CITY:ビシュケク

# Out of domain: other facts, capital in other senses, chit-chat, other skills' requests.
out-of-domain | ケニアの人口ってどれくらい | FB
out-of-domain | タイの通貨って何だっけ | FB
out-of-domain | スイスの公用語は何語 | FB
out-of-domain | イタリアの国旗って何色 | FB
out-of-domain | ロンドンとの時差は何時間 | FB
out-of-domain | パリの明日の天気教えて | FB
out-of-domain | 首都高渋滞してる | FB
out-of-domain | 首都圏の電車止まってる | FB
out-of-domain | 首都直下地震が起きる確率ってどれくらい | FB
out-of-domain | キャピタルゲインって何 | FB
out-of-domain | ベンチャーキャピタルってどういう意味 | FB
out-of-domain | 首都大学東京って今なんて名前になったの | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連加盟国っていくつあるの | FB
out-of-domain | 木星って太陽から何番目の惑星 | FB
out-of-domain | 冥王星ってまだ惑星なの | FB
out-of-domain | 富士山の高さは何メートル | FB
out-of-domain | しりとりしよう | FB
out-of-domain | エベレストはどこの国にあるの | FB
out-of-domain | アマゾン川の長さを教えて | FB
out-of-domain | ブラジルの大統領は誰 | FB
out-of-domain | イギリスの首相って今誰 | FB
out-of-domain | ハワイまで飛行機で何時間かかる | FB
out-of-domain | 今一ユーロって何円 | FB
out-of-domain | ブラジルの国歌を流して | FB
out-of-domain | 韓国ドラマのおすすめを教えて | FB
out-of-domain | インドカレーのレシピ教えて | FB
out-of-domain | 月までの距離は何キロ | FB
out-of-domain | 世界一高いビルはどこにあるの | FB
out-of-domain | カナダの面積ってどれくらい | FB
out-of-domain | アフリカには国がいくつあるの | FB
out-of-domain | ピラミッドっていつできたの | FB
out-of-domain | ヨーロッパで一番長い川は何 | FB
out-of-domain | アメリカの独立記念日っていつ | FB
out-of-domain | 中国の人口って何人 | FB
out-of-domain | 南極って誰のものなの | FB
out-of-domain | 首都機能移転の話ってどうなったの | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 明日の朝七時に起こして | FB
out-of-domain | リビングの電気消して | FB
out-of-domain | 次のオリンピックはどこでやるの | FB
out-of-domain | 前回のワールドカップの優勝国は | FB
out-of-domain | パスポートの更新ってどこでできる | FB
out-of-domain | タイに行くのにビザっているの | FB
out-of-domain | フランス語でありがとうって何て言う | FB
out-of-domain | アレクサの好きな国はどこ | FB
out-of-domain | 火星に人は住めるの | FB
out-of-domain | オーストラリアにしかいない動物って何 | FB
out-of-domain | スペインの有名な料理を教えて | FB
out-of-domain | ドイツのビールでおすすめある | FB
out-of-domain | エジプトの気温って今何度 | FB
out-of-domain | ニューヨークは今何時 | FB
out-of-domain | 日本の都道府県の数はいくつ | FB
out-of-domain | 一番面積が大きい国ってロシアだっけ | FB
out-of-domain | 首都ってそもそもどういう意味 | FB
out-of-domain | 世界遺産の数が一番多い国はどこ | FB
out-of-domain | 地球儀のおすすめを教えて | FB
out-of-domain | ローマの休日って誰が出てる映画 | FB
out-of-domain | 首都の漢字ってどう書くの | FB
out-of-domain | 音楽かけて | FB

# Help.
help | 使い方を教えて | HELP
help | これどうやって使うの | HELP
help | このスキルで何ができるの | HELP
help | なにを聞けばいいの | HELP
help | ヘルプお願いします | HELP
help | 助けてよくわからない | HELP
help | ちょっと説明してくれる | HELP
help | どんな質問なら答えてくれるの | HELP
help | 聞き方がわからないんだけど | HELP
help | 遊び方教えて | HELP
help | 質問の例を教えて | HELP
help | もう一回やり方を言って | HELP
help | わからんどうしたらええの | HELP
help | どうすれば首都を聞けるの | HELP
help | これってどういう風に話しかければいいの | HELP
help | 何て言えばいいのかな | HELP
help | 操作方法を教えてください | HELP
help | 使い方の説明をもう一度お願いします | HELP
help | 困ったなどうすればいいの | HELP
help | 何を言えば答えてくれるの | HELP
help | 初めて使うんだけどどうするの | HELP
help | ルールを教えて | HELP
help | つかいかたわかんない | HELP
help | ヘルプ機能ってある | HELP

# Stop.
stop | もういいよ終わり | STOP
stop | おしまいにして | STOP
stop | 終わりにして | STOP
stop | もう終わりでいいよ | STOP
stop | ありがとうもう大丈夫 | STOP
stop | 今日はこれくらいにしとく | STOP
stop | バイバイアレクサ | STOP
stop | さようなら | STOP
stop | スキルを終了して | STOP
stop | 世界の首都を閉じて | STOP
stop | 静かにして | STOP
stop | もうええわ | STOP
stop | しまいや | STOP
stop | やめやめ | STOP
stop | これで終わり | STOP
stop | もう満足したありがとう | STOP
stop | 終わりにしましょう | STOP
stop | ここまででいいです | STOP
stop | もう寝るから終わり | STOP
stop | 止めてちょうだい | STOP
stop | もういいや終了 | STOP
stop | 世界の首都を終了 | STOP
stop | ストップストップ | STOP
stop | おわりおわり | STOP
stop | アレクサもうやめよっか | STOP
stop | 今日はここまでにするね | STOP
stop | じゃあねまたね | STOP
stop | もう聞くことないから終わって | STOP
stop | スキル閉じてくれる | STOP
stop | ほな終わりにしよか | STOP
stop | もういいっすありがとうございました | STOP
stop | 首都の勉強はおしまい | STOP

# Cancel.
cancel | 今のなし | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | 今のキャンセル | CANCEL
cancel | 取り消して | CANCEL
cancel | 間違えた今のなし | CANCEL
cancel | 今の質問取り消し | CANCEL
cancel | やっぱやめとく | CANCEL
cancel | 聞くのやめた | CANCEL
cancel | キャンセルで | CANCEL
cancel | キャンセルしてください | CANCEL
cancel | 今のは忘れて | CANCEL
cancel | あー間違い間違いキャンセル | CANCEL
cancel | いややっぱなし | CANCEL
cancel | 今の質問はなかったことにして | CANCEL
cancel | ちょっと待って今のキャンセル | CANCEL
cancel | 違う違うキャンセル | CANCEL
cancel | 言い間違えたからキャンセル | CANCEL
cancel | なしなし | CANCEL
cancel | もういいやキャンセルして | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | さっきのは取り消し | CANCEL
cancel | やっぱええわキャンセル | CANCEL
cancel | いまのはちがうのキャンセル | CANCEL
cancel | 撤回します | CANCEL
cancel | あっ今の取り消しで | CANCEL
cancel | ごめん今のはなしにして | CANCEL
cancel | いやちょっと待ってやっぱりいい | CANCEL
cancel | 今言ったのキャンセルね | CANCEL
cancel | その質問は取り下げます | CANCEL
cancel | 間違って話しかけちゃったキャンセル | CANCEL
cancel | やっぱりいいですキャンセルで | CANCEL
cancel | ちゃうねん今のなしや | CANCEL

# Launch.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | 世界の首都お願い | LAUNCH
launch | 世界の首都を使いたい | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都のスキル開いて | LAUNCH
launch | 世界の首都やりたい | LAUNCH
launch | アレクサ世界の首都呼んで | LAUNCH
launch | 世界の首都を開けて | LAUNCH
launch | アレクサ世界の首都で首都クイズしたい | LAUNCH
launch | 世界の首都さんお願いします | LAUNCH
launch | 世界の首都を出して | LAUNCH
"""

if __name__ == "__main__":
    build_round(20, "ja", LINES, sys.argv, "tests/Eval/ja/round20/source/build_corpus.py")
