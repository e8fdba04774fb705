"""Round 50, Japanese (ja-JP): a new author's own mix, written blind at the start of the fifty-third session (brief
WRITER59.md), chosen apart from the regions, speakers and situations round 49's docstring names for itself (Akita,
Kumamoto, Sanuki, Okayama, Izumo, Ise, Gunma, Nagasaki; Polish, Nigerian, Cambodian, Malaysian, Colombian and New Zealand
learners; gyaru-speak, business katakana; onsen-inn desk, coffee roaster, Olympic opening ceremony, world-map jigsaw,
post office, wine shop, visa errand, anime pilgrimage) and for rounds 48 to 44 (Hiroshima, Tosa, Kanazawa, Sapporo,
Ibaraki, Enshu, Kishiwada, Tsugaru, Nagoya, Kagoshima, Kyoto, Sendai, Iyo, Koshu, Hida, Nagaoka, Okinawa, Kitakyushu,
Tajima, Okitama, Tama, Chikugo, Omi, Nanbu, Iwaki, Choshi, Iwami, Mino; the learners and situations listed there).
Regions: Tokushima / Awa (なん, じょ, でえ, ほなけんど, けん, くれへん), Shinshu in Nagano (ずら, だに, だじ, だい, ずく,
ずくなし, くれや; Zenkoji, Onbashira, Hakuba), Aizu in Fukushima (なし, だべ, げんじょ, くなんしょ, さすけねえ, どご),
Wakayama (よ, やいしょ, やして, たってよ, ほいで, おまはん, かいの; Shirahama pandas, Koyasan, Kumano Kodo), Hakata in
Fukuoka (と, っちゃけど, とう, ちゃり, かいな, ばい; yatai, Yamakasa, the Hawks), Yamaguchi (かいね, ちょる, ほ, ちゃって,
ぶち, じゃけど; fugu, Kintaikyo, Akiyoshido), Miyazaki (っちゃろか, ちくれ, てげ, よだきい, ちょる, ね, け; Nichinan
spring camps, Takachiho, mangoes, surfing) and Toyama (ながけ, ちゃ, けど, られ, きときと, きのどくな; Tateyama,
Gokayama, the medicine sellers).
Learners (learner grammar, mostly in hiragana): an Italian chef, a Ghanaian cacao trader, a Kazakh university student,
a British assistant language teacher, a Lao technical intern and a Swedish game developer.
Code-switching and age: a university student in net slang (ワンチャン, 草, 推し, 詰んでる, 秒で, 説ある, それな), a
bilingual family mixing English words in katakana (キャピタル, キャピタルシティ, ステートキャピタル, ダディ, クイックに),
a grandmother's polite speech (ございましょうか, かしら, ちょうだいな, くださる) and a preschooler with a parent.
Situations: flag cards with a child, a banknote and coin collector, a marathon runner, a family car trip, watching the
news, preparing a morning-assembly speech, an escape room, a mahjong night, a night-shift security guard and a flower
shop.
As in rounds 47 to 49 most lines carry no wake word (the Japanese transcripts start after it); a few say アレクサ in the
middle of a sentence. Every line was written by hand as one whole utterance; frames carry up to three fills. After a
first draft ran over length, the third fill of a number of frames was taken out (only where that place is asked
elsewhere) and some subdivision and out-of-domain entries were removed.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 徳島 阿波弁
tokushima | {}の首都ってどこなん | ペルー=PE; エクアドル=EC; パラグアイ=PY
tokushima | ほなけんど{}の首都ってどこやったっけ | ウルグアイ=UY; ボリビア=BO
tokushima | {}の首都はどこでえ教えてくれへん | スリナム=SR; ガイアナ=GY; ベリーズ=BZ
tokushima | 阿波踊りに{}から来た人がおったけんその国の首都教えて | ホンジュラス=HN; ニカラグア=NI; コスタリカ=CR
tokushima | 鳴門の渦潮見に{}の人が来よるんじょ首都はどこなん | エルサルバドル=SV; グアテマラ=GT
tokushima | すだちを{}に送りたいんやけど首都はどこなんで | シンガポール=SG; ブルネイ=BN
tokushima | 藍染めの体験に{}の子が来とるんよ首都知っとる | ラトビア=LV; リトアニア=LT
tokushima | ほなら{}の首都もついでに言うてみて | アイスランド=IS; マルタ=MT
tokushima | うちの孫が{}におるんじょその国の首都どこなん | ニュージーランド=NZ; フィジー=FJ
tokushima | 祖谷のかずら橋で{}の人に道聞かれたわ首都はどこなん | スロバキア=SK; スロベニア=SI
tokushima | えらいことわからんのやけど{}の州都ってどこなん | テキサス=US-TX; フロリダ=US-FL; オハイオ=US-OH
tokushima | あんなアレクサ{}の首都ってどこでえ | モロッコ=MA; チュニジア=TN
# 信州
shinshu | {}の首都ってどこずら | フィンランド=FI; ノルウェー=NO
shinshu | ずくがねえで調べるのも面倒だで{}の首都教えてくれや | ポーランド=PL; ハンガリー=HU
shinshu | 松本城に{}の観光客が来てただに首都はどこずら | ブルガリア=BG; セルビア=RS
shinshu | おやき食べながら聞くけど{}の首都はどこだい | ギリシャ=GR; キプロス=CY
shinshu | 善光寺に来てた{}の人の国の首都はどこだじ | ブータン=BT; ネパール=NP
shinshu | 白馬でスキーしてる{}の人がえらい多いだけど首都はどこずら | オーストラリア=AU; スイス=CH
shinshu | まっとゆっくり言ってくれや{}の首都 | モンテネグロ=ME; 北マケドニア=MK
shinshu | りんごを{}に輸出してるだでその国の首都はどこだい | 台湾=TW; タイ=TH
shinshu | {}の州都はどこずら教えてくれや | ミネソタ=US-MN; ウィスコンシン=US-WI; アイオワ=US-IA
shinshu | 御柱祭に{}のテレビ局が来てたに首都はどこだかね | ドイツ=DE; フランス=FR
shinshu | 地獄谷のお猿さん見に{}の人が来てただがね首都は | カナダ=CA; アメリカ=US
shinshu | わからんでずくなしだけど{}の首都を教えて | ベラルーシ=BY; モルドバ=MD; ウクライナ=UA
# 会津
aizu | {}の首都教えてくなんしょ | カザフスタン=KZ; ウズベキスタン=UZ
aizu | {}の首都はどこだべなし | タジキスタン=TJ; キルギス=KG; アゼルバイジャン=AZ
aizu | 赤べこ見さ{}の人が来たんだげんじょ首都はどこだべ | アルメニア=AM; ジョージア=GE+US-GA
aizu | 鶴ヶ城さ来た{}の人の国の首都はどごだ | イタリア=IT; スペイン=ES
aizu | {}の首都だげ教えでくれればさすけねえ | モンゴル=MN; ラオス=LA
aizu | わがんねえがら{}の首都聞いでみっか | ヨルダン=JO; レバノン=LB; シリア=SY
aizu | 喜多方ラーメン食いに{}の人が来てだなし首都はどごだべ | マレーシア=MY; フィリピン=PH
aizu | 大内宿で{}の人ど写真撮ったんだげんじょ首都はどごなし | チェコ=CZ; ベルギー=BE
aizu | {}の州都はどごだべなし | オンタリオ州=CA-ON; マニトバ州=CA-MB; アルバータ州=CA-AB
aizu | じいちゃんが{}の首都はどごだって聞いでっから教えでくなんしょ | イラク=IQ; イラン=IR
aizu | 雪で外さ出らんにがら{}の首都でも調べっか | サウジアラビア=SA; オマーン=OM; イエメン=YE
# 和歌山
wakayama | {}の首都てどこなんよ | エチオピア=ET; ケニア=KE
wakayama | ほいで{}の首都はどこなん教えたってよ | ウガンダ=UG; ルワンダ=RW; ブルンジ=BI
wakayama | 梅干しを{}に送るんやけど首都どこやったかいの | ソマリア=SO; ジブチ=DJ
wakayama | 白浜のパンダ見に{}の人来とったわ首都どこなんよ | 中国=CN; 韓国=KR
wakayama | 高野山に{}のお坊さん来とったけど首都はどこやろか | スリランカ=LK; ミャンマー=MM
wakayama | 那智の滝で{}の人に話しかけられたんやけど首都はどこなんよ | ザンビア=ZM; ジンバブエ=ZW; マラウイ=MW
wakayama | みかん農家やけど{}から研修生来るんよ首都知っとる | モザンビーク=MZ; ボツワナ=BW
wakayama | おまはん{}の首都わかるか | アンゴラ=AO; ガボン=GA
wakayama | 熊野古道歩いとる{}の人多いなあ首都はどこやして | カメルーン=CM; チャド=TD
wakayama | {}の州都てどこなんよ | バイエルン=DE-BY; ザクセン=DE-SN
# 博多
hakata | {}の首都ってどこと | マリ=ML; セネガル=SN; ガンビア=GM
hakata | {}の首都ってどこやったっけ教えてくれん | シエラレオネ=SL; リベリア=LR
hakata | 屋台で{}の人と仲良うなったっちゃけど首都どこ | ガーナ=GH; ナイジェリア=NG
hakata | 山笠見に{}から来とうっちゃん首都教えちゃり | ブルキナファソ=BF; ギニアビサウ=GW
hakata | ホークスの助っ人は{}出身やけん首都はどこかいな | キューバ=CU; ドミニカ共和国=DO; プエルトリコ=PR
hakata | {}の首都ってどこなんかいな知っとう | ハイチ=HT; ジャマイカ=JM; バハマ=BS
hakata | 中洲で{}の人に首都はどこって聞かれたっちゃけどどこなん | モーリタニア=MR; カーボベルデ=CV
hakata | 明太子を{}に持っていくっちゃけど首都はどこ | 香港=HK; マカオ=MO
hakata | 太宰府で{}の人に会うたばい首都はどこね | 韓国=KR; モンゴル=MN
hakata | {}の州都ってどこかいな | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; 西オーストラリア州=AU-WA
# 山口
yamaguchi | {}の首都はどこなんかいね | リビア=LY; エジプト=EG
yamaguchi | {}の首都っちゃどこじゃったかいね | 南スーダン=SS; 中央アフリカ=CF
yamaguchi | 下関のふぐを{}に輸出しちょるんじゃけど首都はどこ | アラブ首長国連邦=AE; クウェート=KW; バーレーン=BH
yamaguchi | 錦帯橋に{}の人がぶち来ちょったけど首都どこ | イスラエル=IL; パレスチナ=PS
yamaguchi | 秋芳洞で{}の人に会うたほ首都教えちゃって | セーシェル=SC; モーリシャス=MU
yamaguchi | 角島大橋で{}のカップルが写真撮りよったけど首都はどこかいね | マダガスカル=MG; コモロ=KM
yamaguchi | {}の首都わかる人おらんかいね | リヒテンシュタイン=LI; ルクセンブルク=LU
yamaguchi | 萩で{}の留学生が焼き物しよったほ首都はどこ | パキスタン=PK; インド=IN
yamaguchi | ぶち気になるんじゃけど{}の州都はどこかいね | ケララ州=IN-KL; ビハール州=IN-BR; ゴア州=IN-GA
# 宮崎
miyazaki | {}の首都はどこやっちゃろか | パプアニューギニア=PG; ソロモン諸島=SB; バヌアツ=VU
miyazaki | {}の首都を教えちくれ | サモア=AS+WS; トンガ=TO; ツバル=TV
miyazaki | てげ気になるっちゃけど{}の首都ってどこ | キリバス=KI; ナウル=NR; パラオ=PW
miyazaki | 調べるのよだきいから{}の首都教えて | マーシャル諸島=MH; ミクロネシア連邦=FM
miyazaki | 日南のキャンプに{}の選手が来ちょるっちゃが首都どこ | 韓国=KR; 台湾=TW
miyazaki | マンゴーを{}に送るとやけど首都はどこね | ロシア=RU; 日本=JP
miyazaki | 高千穂峡で{}の人に会うたっちゃが首都はどこけ | 東ティモール=TL; ブルネイ=BN
miyazaki | サーフィンしに{}から来ちょる人がおるっちゃけど首都は | ブラジル=BR; アルゼンチン=AR
miyazaki | てげ難しいっちゃけど{}の州都はどこね | バイーア州=BR-BA; パラナ州=BR-PR; ペルナンブーコ州=BR-PE
# 富山
toyama | {}の首都ってどこながけ | アイルランド=IE; スウェーデン=SE
toyama | {}の首都ちゃどこけ | エスワティニ=SZ; レソト=LS
toyama | {}の首都教えられ | 赤道ギニア=GQ; サントメプリンシペ=ST
toyama | きときとのブリを{}に送るがやけど首都どこけ | コンゴ民主共和国=CD; コートジボワール=CI; ギニア=GN
toyama | 立山に{}の人いっぱい来とるちゃ首都はどこながいけ | イラン=IR; インド=IN
toyama | 五箇山で{}の人が合掌造り見とったちゃ首都はどこけ | アンドラ=AD; サンマリノ=SM
toyama | きのどくなけど{}の首都も教えてくれんけ | コソボ=XK; ボスニアヘルツェゴビナ=BA
toyama | 薬売りのじいちゃんが{}まで行ったが言うとったちゃ首都はどこけ | 北朝鮮=KP; モンゴル=MN
toyama | {}の州都ちゃどこながけ | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
# イタリア人シェフ
italian-chef | {}のしゅとはなんですか | サンマリノ=SM; マルタ=MT
italian-chef | わたしはシェフですイタリアからきました{}のしゅとおしえてください | スイス=CH; オーストリア=AT; クロアチア=HR
italian-chef | {}のりょうりをつくりたいですそのくにのしゅとはどこ | ペルー=PE; モロッコ=MA
italian-chef | {}のキャピタルはどこですかしゅとです | ポルトガル=PT; ギリシャ=GR
italian-chef | あのね{}のしゅとはなにまちですか | アルバニア=AL; モンテネグロ=ME
italian-chef | イタリアのしゅとはローマですねただしいですか | IT
italian-chef | おみせのワインは{}のですしゅとどこですか | チリ=CL; アルゼンチン=AR
# ガーナ人のカカオ貿易
ghanaian-trader | {}のしゅとどこですかカカオのしごとです | コートジボワール=CI; カメルーン=CM
ghanaian-trader | わたしのくにガーナのしゅとはアクラですねあってますか | GH
ghanaian-trader | {}にいくのしゅとはどこですかおしえて | トーゴ=TG; ブルキナファソ=BF; リベリア=LR
ghanaian-trader | こんどのしょうだんは{}ですしゅとのなまえなに | エクアドル=EC; インドネシア=ID
ghanaian-trader | {}のしゅとはふたつありますかおしえて | ベナン=BJ; コートジボワール=CI
ghanaian-trader | ぼくのともだち{}からですしゅとどこ | シエラレオネ=SL; ガンビア=GM
# カザフスタンの留学生
kazakh-student | {}のしゅとはどこでしょうかわたしはりゅうがくせいです | キルギス=KG; タジキスタン=TJ
kazakh-student | カザフスタンのしゅとはアスタナですがまえはアルマトイでしたいまのしゅとは | KZ
kazakh-student | {}のしゅとのなまえはなんといいますか | ウズベキスタン=UZ; アゼルバイジャン=AZ
kazakh-student | ロシアごでいうと{}のしゅとはなにですか | ベラルーシ=BY; ラトビア=LV
kazakh-student | せんせいがききました{}のしゅとはどこですか | アフガニスタン=AF; パキスタン=PK
kazakh-student | {}のしゅとわからないですおしえてもらえますか | エストニア=EE; リトアニア=LT
# イギリス人ALT
british-alt | {}のしゅとをおしえてくださいせいとにききたいです | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
british-alt | {}のキャピタルシティはどこですか | イングランド=GB-ENG; アイルランド=IE; マン島=IM
british-alt | じゅぎょうでつかいます{}のしゅとはなんですか | ジャージー=JE; ガーンジー=GG; ジブラルタル=GI
british-alt | わたしのふるさとはウェールズですウェールズのしゅとはカーディフですよね | GB-WLS
british-alt | せいとたちが{}のしゅとをしりたいといってます | カナダ=CA; ニュージーランド=NZ
british-alt | えっと{}のしゅとはどこだったかな | バミューダ=BM; フォークランド諸島=FK
# ラオス人技能実習生
lao-intern | {}のしゅとどこ | ラオス=LA; タイ=TH
lao-intern | {}のしゅとなまえなんですかおしえてください | ベトナム=VN; ミャンマー=MM
lao-intern | しごとのせんぱいは{}のひとですそのくにのしゅとなに | フィリピン=PH; インドネシア=ID
lao-intern | ラオスのしゅとはビエンチャンですねにほんのしゅとはとうきょうですね | JP
lao-intern | やすみのひです{}のしゅとをききたい | スリランカ=LK; バングラデシュ=BD
# スウェーデン人ゲーム開発者
swedish-developer | {}のしゅとはなにですかゲームにいれたいです | ノルウェー=NO; デンマーク=DK
swedish-developer | ゲームのマップに{}のしゅとがひつようですおしえて | グリーンランド=GL; フェロー諸島=FO; オーランド諸島=AX
swedish-developer | {}のしゅとのなまえをカタカナでおしえてください | エストニア=EE; ポーランド=PL
swedish-developer | スウェーデンのしゅとはストックホルムですそれはただしいですか | SE
swedish-developer | {}のしゅとはどこかなゲームのレベルつくってる | スバールバル諸島=SJ; ブーベ島=BV; 南極=AQ
# ネットスラングの大学生
net-slang-student | ワンチャン{}の首都ってわかる | モルディブ=MV; セーシェル=SC
net-slang-student | 推しが{}出身なんだけど首都どこ | 韓国=KR; タイ=TH
net-slang-student | {}の首都わからんすぎて草 | ブルンジ=BI; ルワンダ=RW
net-slang-student | {}の首都って何だっけ秒で教えて | カタール=QA; オマーン=OM
net-slang-student | 課題で詰んでるんだけど{}の首都どこ | ナウル=NR; ツバル=TV
net-slang-student | {}の首都知らんの私だけ説あるから教えて | エリトリア=ER; 南スーダン=SS
net-slang-student | それなって感じだけど{}の首都ってどこ | アンゴラ=AO; ザンビア=ZM
# 英語まじりの家庭
bilingual-family | {}のキャピタルってどこだっけ | カナダ=CA; メキシコ=MX
bilingual-family | アレクサ{}のキャピタルシティ教えて | ケニア=KE; ウガンダ=UG
bilingual-family | {}ってキャピタルどこなの | ジャマイカ=JM; バルバドス=BB; グレナダ=GD
bilingual-family | ちょっとクイックに{}のキャピタル知りたいんだけど | トリニダードトバゴ=TT; セントルシア=LC
bilingual-family | {}のステートキャピタルってどこ | カリフォルニア=US-CA; ネバダ=US-NV; アリゾナ=US-AZ
bilingual-family | うちのダディが{}出身なんだけどキャピタルどこ | アイルランド=IE; スコットランド=GB-SCT
bilingual-family | {}のキャピタルはどこなのかシンプルに教えて | フィジー=FJ; サモア=AS+WS; トンガ=TO
# おばあちゃん
grandmother | {}の都はどこでございましょうか | エジプト=EG; トルコ=TR
grandmother | {}の首府はどちらかしら | ペルー=PE; メキシコ=MX
grandmother | {}の首都を教えてちょうだいな | ハンガリー=HU; チェコ=CZ
grandmother | 孫が{}に留学してるのよその国の首都はどこかしらね | カナダ=CA; イギリス=GB
grandmother | 昔行った{}の首都の名前が思い出せないのよ | スペイン=ES; ポルトガル=PT
grandmother | あらまあ{}の首都ってどこだったかしらねえ | ベルギー=BE; オランダ=NL
grandmother | ねえあなた{}の首都はどこだったかしら教えてくださる | インド=IN; タイ=TH
# 幼稚園児と親
preschooler | {}のしゅとってなあに | フランス=FR; アメリカ=US
preschooler | ねえねえアレクサ{}のしゅとどこ | ロシア=RU; イタリア=IT
preschooler | {}のいちばんえらいまちはどこ | イギリス=GB; オーストラリア=AU
preschooler | パンダさんのくにのしゅとはどこ | CN
preschooler | コアラさんがいるくにのしゅとおしえて | AU
preschooler | ママがいってたの{}のしゅとおしえて | ケニア=KE; カナダ=CA
# 国旗カード
flag-cards | 国旗カードで{}が出たんだけど首都はどこ | ブータン=BT; キプロス=CY
flag-cards | 子どもと国旗当てしてるの{}の首都も教えて | モザンビーク=MZ; ケニア=KE
flag-cards | このカードの裏に首都が書いてないんだけど{}の首都はどこ | キリバス=KI; セントクリストファーネービス=KN
flag-cards | 星がいっぱいの旗は{}だってそこの首都は | アメリカ=US; ミクロネシア連邦=FM; ソロモン諸島=SB
flag-cards | 国旗のカードの答え合わせしたいから{}の首都教えて | セントビンセントおよびグレナディーン諸島=VC; ドミニカ国=DM; グレナダ=GD
flag-cards | 旗の真ん中に木が描いてあるのは{}なんだけど首都どこ | レバノン=LB; ハイチ=HT
flag-cards | 国旗カード最後の一枚は{}だよ首都は何 | ベリーズ=BZ; エスワティニ=SZ
# 紙幣集め
banknote-collector | {}の紙幣を手に入れたんだけどその国の首都はどこ | マダガスカル=MG; ウズベキスタン=UZ
banknote-collector | 外国のコイン集めててさ{}のコインなんだけど首都はどこ | コモロ=KM; サントメプリンシペ=ST
banknote-collector | お札に描いてある建物は{}の首都にあるらしいその首都はどこ | ブルネイ=BN; ラオス=LA
banknote-collector | オークションで{}の古いお札を落札したよ首都ってどこ | ジンバブエ=ZW; ユーゴスラビア=FB
banknote-collector | 記念硬貨が{}のなんだけどその国の首都知りたい | バチカン=VA; モナコ=MC
banknote-collector | 両替所で余った{}のお金が出てきたそこの首都はどこ | トルコ=TR; カンボジア=KH
# マラソンランナー
marathon-runner | 来年{}のマラソンに出るんだけど首都はどこ | ケニア=KE; エチオピア=ET
marathon-runner | ペース走の途中なんだけど{}の首都教えて | エリトリア=ER; タンザニア=TZ
marathon-runner | 次のフルマラソンは{}の首都で走るんだけどどこだっけ | ドイツ=DE; オランダ=NL
marathon-runner | 走りながらだから簡潔に{}の首都は | ボツワナ=BW; ナミビア=NA
marathon-runner | 給水所で{}の選手と話したんだけど首都どこだろう | モロッコ=MA; アルジェリア=DZ
marathon-runner | 朝ラン中に思い出したんだけど{}の首都ってどこ | アラスカ=US-AK; マサチューセッツ=US-MA
# 車で家族旅行
car-trip | 運転中だから手短に{}の首都教えて | パナマ=PA; コスタリカ=CR
car-trip | 後ろの席の子どもが{}の首都はどこって聞いてるよ | エクアドル=EC; コロンビア=CO
car-trip | しりとりで{}が出たんだけどそこの首都ってどこ | ルーマニア=RO; ブルガリア=BG
car-trip | 渋滞ひどいし暇だから{}の首都でも教えて | スーダン=SD; チャド=TD
car-trip | サービスエリアで休憩中なんだけど{}の首都ってどこ | ハンガリー=HU; スロバキア=SK; クロアチア=HR
car-trip | 高速降りるまでに{}の首都教えてくれる | サウスダコタ=US-SD; ノースダコタ=US-ND; モンタナ=US-MT
car-trip | ナビじゃなくてアレクサに聞くけど{}の首都はどこ | ガイアナ=GY; スリナム=SR; パラグアイ=PY
# ニュースを見ながら
watching-news | 今ニュースで{}って言ってたけど首都どこ | イエメン=YE; シリア=SY; スーダン=SD
watching-news | {}で選挙があるんだって首都はどこなの | ジョージア=GE+US-GA; アルメニア=AM; セルビア=RS
watching-news | ニュースで{}の大統領が出てたけどその国の首都は | ブラジル=BR; アルゼンチン=AR
watching-news | {}で地震があったらしいけど首都は大丈夫かな首都ってどこ | アフガニスタン=AF; トルコ=TR
watching-news | 夕方のニュースで{}の首脳会談やってた首都どこだっけ | シンガポール=SG; ベトナム=VN
watching-news | 国際ニュースに{}って出てきたんだけど首都知らないや | ニジェール=NE; マリ=ML
watching-news | ニュースで{}の州知事が映ってたけど州都はどこ | ニューヨーク=US-NY; ミシガン=US-MI; ペンシルベニア=US-PA
# 朝礼スピーチ
morning-speech | 明日の朝礼のスピーチで{}の話するから首都教えて | インド=IN; メキシコ=MX
morning-speech | 朝礼で{}に出張した話をしたいんだけど首都ってどこ | サウジアラビア=SA; カタール=QA
morning-speech | スピーチの原稿に{}の首都を入れたいの | ニュージーランド=NZ; アイルランド=IE
morning-speech | 部長が{}の首都を聞いてきそうだから先に教えて | スイス=CH; オーストリア=AT
morning-speech | 社長の挨拶で{}の首都の名前が出たけど何だっけ | カナダ=CA; オーストラリア=AU
# 謎解き脱出ゲーム
escape-room | 謎解きのヒントで{}の首都が必要なの | ボリビア=BO; ペルー=PE
escape-room | 脱出ゲームの暗号が{}の首都の頭文字なんだけど首都はどこ | アイスランド=IS; ノルウェー=NO
escape-room | あと五分しかない{}の首都教えて | パラオ=PW; マーシャル諸島=MH
escape-room | 謎解きの答えが{}の首都っぽいんだけど何 | マリ=ML; モーリタニア=MR
escape-room | {}の首都の名前の文字数が鍵なんだけど首都はどこ | ブルキナファソ=BF; マダガスカル=MG
# 麻雀
mahjong-night | 麻雀しながら聞くけど{}の首都って | オーストラリア=AU; 中国=CN
mahjong-night | 待ってる間に{}の首都教えてよ | トルクメニスタン=TM; キルギス=KG
mahjong-night | 今リーチかけたとこなんだけど{}の首都ってどこ | ガボン=GA; コンゴ共和国=CG; 赤道ギニア=GQ
mahjong-night | 半荘終わったから{}の首都で賭けしようぜ正解は | エチオピア=ET; ソマリア=SO
mahjong-night | メンバーの一人が{}の首都知らないって言ってるから教えてやって | リビア=LY; チュニジア=TN
# 夜勤の警備員
night-guard | 夜勤中で暇だから{}の首都教えて | スロベニア=SI; ボスニアヘルツェゴビナ=BA; コソボ=XK
night-guard | 巡回終わったとこなんだけど{}の首都ってどこ | ヨルダン=JO; イラク=IQ
night-guard | 眠気覚ましに{}の首都をクイズにしてくれない | バーレーン=BH; レバノン=LB
night-guard | 夜中の三時だけど{}の首都ってどこかな | モンテネグロ=ME; 北マケドニア=MK; アルバニア=AL
night-guard | 小声で聞くけど{}の首都はどこ | ミャンマー=MM; 東ティモール=TL
# 花屋
flower-shop | このバラは{}から来てるんだけど首都はどこ | エクアドル=EC; コロンビア=CO
flower-shop | チューリップの球根が{}産なんだけどそこの首都は | オランダ=NL; トルコ=TR
flower-shop | お客さんが{}の人でさ首都を聞いて話のネタにしたいんだけど | エチオピア=ET; イスラエル=IL
flower-shop | 花の仕入れ先が{}になったんだけど首都どこ | ジンバブエ=ZW; ザンビア=ZM
flower-shop | カーネーションの輸入元の{}って首都はどこなの | コロンビア=CO; 中国=CN
flower-shop | 母の日の花を{}に送りたいんだけど首都ってどこ | ハワイ=US-HI; グアム=GU
# follow-up
follow-up | じゃあ{}は | ラオス=LA; ウルグアイ=UY
follow-up | なら{}はどうなん | ケニア=KE; チリ=CL
follow-up | 次{}の首都 | スウェーデン=SE; オマーン=OM
follow-up | ついでに{}も教えて | モルディブ=MV; ネパール=NP
follow-up | それじゃあ{}はどこ | ハンガリー=HU; キューバ=CU
follow-up | {}のほうは | ポルトガル=PT; ヨルダン=JO
follow-up | あとお隣の{}の首都も | ルーマニア=RO; セネガル=SN
follow-up | 同じ調子で{}はどうだい | ボツワナ=BW; ペルー=PE
follow-up | {}も続けて言って | ブータン=BT; トーゴ=TG
follow-up | ほんなら{}は何て街なん | ナミビア=NA; イラク=IQ; ウクライナ=UA
follow-up | もう一個だけ{}の首都 | エストニア=EE; ニカラグア=NI; バハマ=BS
follow-up | 今度は{}でお願い | マラウイ=MW; アンゴラ=AO
follow-up | 続けて{}の州都も教えてくれる | オレゴン=US-OR; ケンタッキー=US-KY; ユタ=US-UT
follow-up | じゃあさっきの国の隣の{}は | ベラルーシ=BY; モザンビーク=MZ
# plural-capitals
plural-capitals | {}の首都を全部教えて | ベナン=BJ; ボリビア=BO; コートジボワール=CI
plural-capitals | {}って首都が二つあるんだよね両方教えて | スリランカ=LK; マレーシア=MY; オランダ=NL
plural-capitals | {}の首都は三つあるって聞いたけど全部言って | 南アフリカ=ZA
plural-capitals | {}の首都ってどことどこ | エスワティニ=SZ; パレスチナ=PS; ベナン=BJ
plural-capitals | {}の首都たちを教えて | ボリビア=BO; コートジボワール=CI; スリランカ=LK
plural-capitals | {}は首都がいくつもあるらしいけど全部でどこ | マレーシア=MY; オランダ=NL; 南アフリカ=ZA
plural-capitals | {}の首都は複数あるんかいね全部教えちゃって | エスワティニ=SZ; パレスチナ=PS
plural-capitals | {}の二つの首都の名前を両方知りたい | ベナン=BJ; ボリビア=BO; コートジボワール=CI
plural-capitals | {}の首都はいくつあってそれぞれどこ | スリランカ=LK; マレーシア=MY; オランダ=NL
plural-capitals | {}の三つの首都を全部挙げて | 南アフリカ=ZA
plural-capitals | {}の首都ってみんなでいくつあるの全部言って | エスワティニ=SZ; パレスチナ=PS; ボリビア=BO
plural-capitals | 首都が二つある{}の首都を両方とも教えてくださいな | ベナン=BJ; コートジボワール=CI; スリランカ=LK
plural-capitals | {}のしゅとはふたつですかぜんぶおしえて | マレーシア=MY; オランダ=NL; エスワティニ=SZ
plural-capitals | 南アの首都は三つあるんやろ全部言うてみて | ZA
plural-capitals | {}の首都全部ずらっと教えて | 南アフリカ=ZA; パレスチナ=PS
plural-capitals | {}って首都いくつあんの全部教えてくなんしょ | ベナン=BJ; ボリビア=BO
plural-capitals | 憲法上の首都と実際の首都が違う{}の首都を両方 | オランダ=NL; コートジボワール=CI; ボリビア=BO
plural-capitals | {}の首都はどっちもどこかいな | スリランカ=LK; マレーシア=MY
plural-capitals | {}の行政首都と立法首都と司法首都を教えて | 南アフリカ=ZA
plural-capitals | {}の首都は何と何なのか教えて | エスワティニ=SZ; パレスチナ=PS; オランダ=NL
# subdivision
subdivision | {}の州都はどこ | アラバマ=US-AL; アーカンソー=US-AR
subdivision | {}州の州都ってどこだっけ | コネチカット=US-CT; デラウェア=US-DE
subdivision | アメリカの{}州の州都を教えて | インディアナ=US-IN; カンザス=US-KS
subdivision | {}の州都ってどこなんだろう | メリーランド=US-MD; メイン=US-ME
subdivision | {}州の州都は何て街 | ミズーリ=US-MO; ノースカロライナ=US-NC
subdivision | {}の州都教えてもらえる | ニューハンプシャー=US-NH; ニュージャージー=US-NJ
subdivision | アメリカの{}ってどこが州都なの | オクラホマ=US-OK; ロードアイランド=US-RI
subdivision | {}州の州都はどこですか | ワシントン=US-WA; ウェストバージニア=US-WV
subdivision | カナダの{}の州都はどこ | ブリティッシュコロンビア=CA-BC; ケベック=CA-QC
subdivision | カナダの{}の州都を教えて | ニューブランズウィック=CA-NB; サスカチュワン=CA-SK
subdivision | {}準州の中心都市はどこ | ユーコン=CA-YT; ヌナブト=CA-NU
subdivision | ニューファンドランドラブラドールの州都ってどこ | CA-NL
subdivision | オーストラリアの{}の州都はどこ | ニューサウスウェールズ=AU-NSW; ビクトリア州=AU-VIC
subdivision | オーストラリアの首都特別地域の中心はどこ | AU-ACT
subdivision | ノーザンテリトリーの首府ってどこやったっけ | AU-NT
subdivision | インドの{}州の州都は | マハラシュトラ=IN-MH; タミルナードゥ=IN-TN
subdivision | インドの{}州の州都ってどこ | カルナータカ=IN-KA; ラージャスターン=IN-RJ
subdivision | インドの{}の州都を知りたい | ウッタルプラデーシュ=IN-UP; マディヤプラデーシュ=IN-MP
subdivision | {}州の州都を教えて | テランガーナ=IN-TS; アッサム=IN-AS
subdivision | インドの{}の州都はどこになるの | ジャールカンド=IN-JH; チャッティースガル=IN-CG
subdivision | インドの{}の中心都市はどこ | ラダック=IN-LA; ジャンムーカシミール=IN-JK
subdivision | {}の州都はどこなのか教えて | パンジャーブ=IN-PB; ハリヤーナー=IN-HR
subdivision | ドイツの{}州の州都はどこ | バーデンヴュルテンベルク=DE-BW; ニーダーザクセン=DE-NI
subdivision | ドイツの{}の州都って | ラインラントプファルツ=DE-RP; シュレースヴィヒホルシュタイン=DE-SH
subdivision | ドイツの{}州の州都を知りたいの | ブランデンブルク=DE-BB; テューリンゲン=DE-TH
subdivision | ドイツの{}州の州都どこ | メクレンブルクフォアポンメルン=DE-MV; ブレーメン=DE-HB
subdivision | ブラジルの{}州の州都はどこ | サンパウロ=BR-SP; リオデジャネイロ=BR-RJ
subdivision | ブラジルの{}州の州都ってどこなの | アマゾナス=BR-AM; パラー=BR-PA
subdivision | ブラジルの{}の州都はどこだっけ | リオグランデドスル=BR-RS; サンタカタリーナ=BR-SC
subdivision | ブラジルの{}州の州都を教えてください | マットグロッソ=BR-MT; 南マットグロッソ=BR-MS
subdivision | ブラジルの{}州って州都どこ | アクレ=BR-AC; ロンドニア=BR-RO
subdivision | メキシコの{}州の州都はどこ | ヌエボレオン=MX-NLE; チワワ=MX-CHH
subdivision | メキシコの{}州の州都ってどこかな | バハカリフォルニア=MX-BCN; バハカリフォルニアスル=MX-BCS
subdivision | メキシコの{}州の州都を教えて | ベラクルス=MX-VER; プエブラ=MX-PUE; グアナファト=MX-GUA
subdivision | メキシコの{}州の州都って | キンタナロー=MX-ROO; チアパス=MX-CHP; タバスコ=MX-TAB
subdivision | メキシコの{}の州都はどこ | ゲレロ=MX-GRO; ミチョアカン=MX-MIC; モレロス=MX-MOR
subdivision | メキシコのメキシコ州の州都はどこ | MX-MEX
subdivision | {}の首府はどこ | グリーンランド=GL; ニューカレドニア=NC; 仏領ポリネシア=PF
subdivision | {}の中心の町ってどこ | プエルトリコ=PR; グアム=GU; 北マリアナ諸島=MP
subdivision | {}の首府ってどこなの | レユニオン=RE; マルティニーク=MQ; グアドループ=GP
subdivision | {}の首都みたいな町はどこ | 仏領ギアナ=GF; マヨット=YT; サンピエールミクロン=PM
subdivision | {}の政庁所在地はどこ | ケイマン諸島=KY; タークスカイコス諸島=TC; アンギラ=AI
subdivision | {}の中心地はどこですか | クック諸島=CK; ニウエ=NU; トケラウ=TK
subdivision | {}の首府を教えて | アルバ=AW; キュラソー=CW; シントマールテン=SX
subdivision | {}の首都はどこなの | 西サハラ=EH; ノーフォーク島=NF; クリスマス島=CX
subdivision | {}の中心都市はどこ | イングランド=GB-ENG; デリー=IN-DL; チャンディーガル=IN-CH
subdivision | {}の中心の街ってどこ | ラクシャドウィープ=IN-LD; ポンディシェリ=IN-PY; ダマンディーウ=IN-DH
subdivision | {}の首府は | 米領サモア=AS; 米領ヴァージン諸島=VI; 英領ヴァージン諸島=VG
subdivision | {}の首都ってあるの | 南極=AQ; ハードマクドナルド諸島=HM; 合衆国領有小離島=UM
subdivision | {}の首都はある | 香港=HK; マカオ=MO; 仏領南方南極地域=TF
subdivision | ブラジルの連邦直轄区の中心はどこ | BR-DF
subdivision | メキシコシティって州みたいなものなのその中心はどこ | MX-CMX
subdivision | アメリカのコロンビア特別区の中心ってどこになるの | US-DC
subdivision | {}の州都ってどこやったっけ | ハワイ=US-HI; アラスカ=US-AK
subdivision | {}の州都はどこかしら | ニューヨーク州=US-NY; フロリダ州=US-FL; イリノイ州=US-IL

subdivision | ドイツ留学の下調べで{}州の州都を知りたい | ハンブルク=DE-HH; ニーダーザクセン=DE-NI; ザールラント=DE-SL
subdivision | ドイツの地図見てるんだけど{}州の州都ってどこになるの | ノルトラインヴェストファーレン=DE-NW; ザクセンアンハルト=DE-ST
subdivision | カナダの北の{}の中心の町ってどこなの | ノースウエスト準州=CA-NT; ヌナブト準州=CA-NU; ユーコン準州=CA-YT
subdivision | 赤毛のアンの{}の州都はどこなの | プリンスエドワードアイランド州=CA-PE
subdivision | オーストラリアの{}州って州都はどこ | 南オーストラリア=AU-SA
# yes-no-check
yes-no-check | {}の首都ってシドニーだよね | オーストラリア=AU
yes-no-check | {}の首都はイスタンブールで合ってる | トルコ=TR
yes-no-check | {}の首都はリオデジャネイロじゃないの | ブラジル=BR
yes-no-check | {}の首都ってトロントだっけ | カナダ=CA
yes-no-check | {}の首都はニューヨークでいいんだよね | アメリカ=US
yes-no-check | {}の首都ってチューリッヒじゃなかったっけ | スイス=CH
yes-no-check | {}の首都はオークランドだったよね | ニュージーランド=NZ
yes-no-check | {}の首都ってカサブランカやったかいね | モロッコ=MA
yes-no-check | {}の首都はヤンゴンのままなの | ミャンマー=MM
yes-no-check | {}の首都はラゴスじゃないってほんと | ナイジェリア=NG
yes-no-check | {}の首都はアルマトイでええの | カザフスタン=KZ
yes-no-check | {}の首都ってホーチミンだったっけ | ベトナム=VN
yes-no-check | {}の首都はムンバイじゃなかった | インド=IN
yes-no-check | {}の首都はカラチで合ってるずら | パキスタン=PK
yes-no-check | {}の首都ってダルエスサラームでしょ | タンザニア=TZ
yes-no-check | {}の首都はジュネーブだと思ってたけど違うの | スイス=CH
yes-no-check | {}の首都はアビジャンであってますか | コートジボワール=CI
yes-no-check | {}の州都はロサンゼルスやろ | カリフォルニア=US-CA
yes-no-check | {}の州都はシカゴでいいのかな | イリノイ=US-IL
yes-no-check | {}の州都はシアトルじゃないんだ | ワシントン州=US-WA
yes-no-check | {}の州都ってマイアミだよね | フロリダ=US-FL
yes-no-check | {}の州都はヒューストンで合ってる | テキサス=US-TX
yes-no-check | {}の州都はバンクーバーじゃないのけ | ブリティッシュコロンビア=CA-BC
yes-no-check | {}の州都はモントリオールで正解 | ケベック=CA-QC
yes-no-check | {}の州都ってフランクフルトだべ | ヘッセン=DE-HE
yes-no-check | {}の首都はエディンバラであってる | スコットランド=GB-SCT
yes-no-check | {}の首都ってアムステルダムだけでいいの | オランダ=NL
yes-no-check | {}の首都は釜山じゃないよね | 韓国=KR
yes-no-check | {}の首都は上海だっけ北京だっけ | 中国=CN
yes-no-check | {}の首都はアンカラで合っとる | トルコ=TR
yes-no-check | {}の首都はベルンで合ってた | スイス=CH
yes-no-check | {}の首都はドバイちゃうの | アラブ首長国連邦=AE
yes-no-check | {}の首都ってジッダじゃないんだっけ | サウジアラビア=SA
yes-no-check | {}の首都ってサンクトペテルブルクだったっけ | ロシア=RU
yes-no-check | {}の首都はバルセロナで間違いない | スペイン=ES
# self-correction
self-correction | {}の首都あっ違うチリの首都 | ペルー=CL; アルゼンチン=CL
self-correction | {}じゃなくてオーストリアの首都教えて | オーストラリア=AT; スイス=AT
self-correction | {}の首都いや間違えたスロバキアの首都 | スロベニア=SK; チェコ=SK
self-correction | {}えっとやっぱりニジェールの首都 | ナイジェリア=NE
self-correction | {}の首都じゃなかったイランの首都 | イラク=IR
self-correction | {}の首都ごめんグアテマラのほう | ガテマラ=GT; ホンジュラス=GT
self-correction | {}の首都いやちゃうわマリの首都 | モーリタニア=ML
self-correction | {}の首都あれ違ったモナコの首都やった | モロッコ=MC
self-correction | {}の首都じゃなくてギニアビサウの首都 | ギニア=GW; 赤道ギニア=GW
self-correction | {}じゃのうてザンビアの首都 | ガンビア=ZM
self-correction | {}の首都あっやっぱりアイスランドにして | アイルランド=IS
self-correction | {}の州都じゃなかったネバダの州都 | ネブラスカ=US-NV
self-correction | {}の首都いや待って南スーダンのほうの首都 | スーダン=SS
self-correction | {}の首都まちごうたラトビアの首都 | リトアニア=LV
self-correction | {}のえっと間違えたウルグアイの首都 | パラグアイ=UY
self-correction | {}の州都ちゃうねんノースダコタや | サウスダコタ=US-ND
self-correction | {}の首都っていうかスロバキア | スロベニア=SK
self-correction | {}の首都うそうそカメルーンの首都 | コンゴ=CM
self-correction | {}じゃなくて東ティモールの首都を教えて | ティモール=TL
self-correction | {}の首都あっ国名間違えたオーストラリアのほう | オーストリア=AU
self-correction | {}の首都いやコロンビアの首都 | ボリビア=CO
self-correction | {}の首都あっ間違えたモーリシャスのほう | モルディブ=MU
self-correction | {}あいやジョージアの国のほうの首都 | アメリカのジョージア州=GE
self-correction | {}の首都じゃなかったベネズエラ | コロンビア=VE
self-correction | {}の首都って言おうとしたけどやっぱりアルジェリア | ナイジェリア=DZ
# reverse-question
reverse-question | {}はどこの国の首都 | トビリシ=GE; ウランバートル=MN
reverse-question | {}が首都の国ってどこ | ナイロビ=KE; アクラ=GH
reverse-question | {}ってどこの首都なの | カトマンズ=NP; ティンプー=BT
reverse-question | {}を首都にしてる国はどこ | キガリ=RW; カンパラ=UG
reverse-question | {}はどこの首都やったかいね | ヘルシンキ=FI; オスロ=NO
reverse-question | {}ってどこの国の首都だっけ | タリン=EE; ヴィリニュス=LT
reverse-question | 首都が{}の国はどこ | リュブリャナ=SI; ブラチスラバ=SK
reverse-question | {}が首都なのはどの国 | ウィントフック=NA; ハボローネ=BW; マセル=LS
reverse-question | {}はどこの国の都なの | アシガバート=TM; ドゥシャンベ=TJ
reverse-question | {}が首都なのってどこ | キングストン=JM+NF; ジョージタウン=GY+KY; セントジョンズ=AG+CA-NL
reverse-question | {}はどこの州都 | サクラメント=US-CA; オールバニ=US-NY
reverse-question | {}ってどこの州の州都なん | トピカ=US-KS; ボイシ=US-ID; シャイアン=US-WY
reverse-question | {}が州都の州はどこ | エドモントン=CA-AB; レジャイナ=CA-SK; ハリファクス=CA-NS
reverse-question | {}はどこの州都なの | ミュンヘン=DE-BY; ドレスデン=DE-SN; ヴィースバーデン=DE-HE
reverse-question | {}が州都になってるのはどこ | ベンガルール=IN-KA; ジャイプル=IN-RJ; ラクナウ=IN-UP
reverse-question | {}を州都にしてるのはどこの州 | マナウス=BR-AM; クリチバ=BR-PR; レシフェ=BR-PE
reverse-question | {}はどこの首都 | ラパス=BO+MX-BCS; ビクトリア=CA-BC+SC; チャンディーガル=IN-CH+IN-HR+IN-PB
reverse-question | {}って首都なのどこの | ヌアクショット=MR; ワガドゥグー=BF
reverse-question | アスンシオンはどこの国の首都かいな | PY
reverse-question | モンテビデオはどこの首都だべ | UY
reverse-question | ポートモレスビーってどこの国 | PG
reverse-question | パラマリボはどこの国の首都だい | SR
reverse-question | モロニが首都の国はどこなん | KM
reverse-question | テグシガルパはどこの首都ですか | HN
# official-name
official-name | 正式には{}っていうんだよねそこの首都はどこ | 大韓民国=KR; 朝鮮民主主義人民共和国=KP
official-name | {}の首都を教えてもらえますか | ドイツ連邦共和国=DE; ロシア連邦=RU
official-name | 地図帳に{}って書いてあるけど首都ってどこ | フランス共和国=FR; イタリア共和国=IT
official-name | {}って国の首都はどこになりますか | タイ王国=TH; ベトナム社会主義共和国=VN
official-name | {}の首都の名前をお願いします | インドネシア共和国=ID; ラオス人民民主共和国=LA; カンボジア王国=KH
official-name | {}っていう正式名称の国の首都ってどこだっけ | ブルネイダルサラーム国=BN; ミャンマー連邦共和国=MM
official-name | 書類に{}って書くんだけど首都を知りたい | エジプトアラブ共和国=EG; イランイスラム共和国=IR
official-name | {}の首都はどこかね | サウジアラビア王国=SA; トルコ共和国=TR
official-name | 教科書に載ってる{}の首都教えて | ネパール連邦民主共和国=NP; スリランカ民主社会主義共和国=LK; バングラデシュ人民共和国=BD
official-name | {}の首都ってどこなのか知りたいです | メキシコ合衆国=MX; ブラジル連邦共和国=BR
official-name | 正式名だと{}だけど首都はどこなの | ベネズエラボリバル共和国=VE; チリ共和国=CL
official-name | {}の首都はどこだろう | 南アフリカ共和国=ZA; ケニア共和国=KE
official-name | {}の首都はなんていうの | オランダ王国=NL; ベルギー王国=BE; デンマーク王国=DK
official-name | {}の首都を教えてください | スウェーデン王国=SE; ノルウェー王国=NO
official-name | {}の首都っていったいどこ | リヒテンシュタイン公国=LI; モナコ公国=MC; アンドラ公国=AD
official-name | 申請書にある{}の首都どこなの | チェコ共和国=CZ; スロバキア共和国=SK
official-name | {}の首都は何ていう街 | モロッコ王国=MA; ヨルダンハシェミット王国=JO
official-name | {}の首都を調べて | ニュージーランド=NZ; オーストラリア連邦=AU
official-name | {}の首都って何だっけ | キューバ共和国=CU; ハイチ共和国=HT
official-name | 中華民国の首都はどこになってるの | TW
official-name | アメリカ合衆国の首都はどこですか | US
official-name | コンゴ民主共和国の首都を教えて | CD
# everyday-name
everyday-name | {}の首都ってどこなんだろ | 米国=US; 英国=GB
everyday-name | 最近よく聞く{}の首都ってどこ | テュルキエ=TR; チェキア=CZ
everyday-name | {}の首都ってどこかわかる | サウジ=SA; ボスニア=BA; トリニダード=TT
everyday-name | {}の首都ってどこになるのかな | セントビンセント=VC; パプア=PG; 中央アフリカ=CF
everyday-name | いわゆる{}の首都ってどこなの | アンティグア=AG; セントキッツ=KN
everyday-name | {}の首都ってどこだったっけな | ケープベルデ=CV; 東チモール=TL
everyday-name | 昔の言い方で{}の首都はどこ | スワジランド=SZ; ビルマ=MM
everyday-name | 昔は{}って呼んでた国の首都はどこなの | ペルシャ=IR; シャム=TH
everyday-name | {}の首都ってどこかいな | ローマ法王庁=VA; ヴァチカン=VA
everyday-name | {}の首都って何だったっけ | グルジア=GE; キルギスタン=KG; モルドヴァ=MD
everyday-name | {}の首都ってどこやねん | 象牙海岸=CI; オーストリー=AT
everyday-name | {}の首都は何ていうの | 朝鮮=KP+KR; タヒチ=PF
everyday-name | {}の首都知ってる | ニュージー=NZ; オージー=AU
everyday-name | {}の首都ってどこやろ | ボスニアヘルツェゴヴィナ=BA; ベラルーシー=BY
everyday-name | {}の首都は何て街だっけ | エルサル=SV; ホンコン=HK
everyday-name | {}の中心地ってどこ | 北マリアナ=MP; ヴァージン=VG+VI; フォークランド=FK
everyday-name | {}の首都はどこかな | 豪州=AU; 蒙古=MN
everyday-name | {}の首都はどこでしょう | ヴェトナム=VN; ヴェネズエラ=VE
# shared-name
shared-name | {}の首都ってどこよ | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}って名前の国の首都は | サモア=AS+WS; ヴァージン諸島=VG+VI; ギニア=GN
shared-name | シンプルに{}の首都を教えて | ルクセンブルク=LU; シンガポール=SG; モナコ=MC
shared-name | {}の首都は国と同じ名前なの | メキシコ=MX; パナマ=PA; グアテマラ=GT
shared-name | {}って首都も同じ名前だっけ | クウェート=KW; ジブチ=DJ; サンマリノ=SM
shared-name | {}の首都は国の名前と一緒なんですか | バチカン=VA; アルジェリア=DZ; チュニジア=TN
shared-name | {}の州都を聞きたいんだけど | ニューヨーク=US-NY; ワシントン=US-WA; ジョージア=US-GA
shared-name | {}州の州都って何だっけ | ビクトリア=AU-VIC; パンジャーブ=IN-PB; サンパウロ=BR-SP
shared-name | {}州の州都を教えてほしい | リオデジャネイロ=BR-RJ; ベルリン=DE-BE; メキシコ=MX-MEX
shared-name | {}の首都ってどこだったかな | バージン諸島=VG+VI; コンゴ=CD+CG; サモア=AS+WS
shared-name | ややこしいけど{}の首都はどこなの | ドミニカ=DM+DO; ジョージア=GE+US-GA; アイルランド=IE
shared-name | {}州の州都って州と同じ名前なの | プエブラ=MX-PUE; チワワ=MX-CHH; カンペチェ=MX-CAM
shared-name | {}ってどこの首都 | ジョージタウン=GY+KY; キングストン=JM+NF; ビクトリア=CA-BC+SC
shared-name | {}州の州都はどこかな | オアハカ=MX-OAX; ケレタロ=MX-QUE; ドゥランゴ=MX-DUR
# out-of-domain
out-of-domain | 徳島の明日の天気はどないなん | FB
out-of-domain | 阿波踊りの日程教えてくれへん | FB
out-of-domain | 鳴門の渦潮が一番大きいのは何時なんじょ | FB
out-of-domain | すだちの旬はいつなん | FB
out-of-domain | 眉山のロープウェイは何時までやっとるん | FB
out-of-domain | 徳島ラーメンの店で今開いとるとこ探して | FB
out-of-domain | 長野は今日雪降るずら | FB
out-of-domain | 善光寺の御開帳はいつだい | FB
out-of-domain | おやきの作り方を教えてくれや | FB
out-of-domain | 白馬のゲレンデの積雪はどのくらいずら | FB
out-of-domain | 信州そばのうまい店教えてくれや | FB
out-of-domain | 上高地のバスは何時に出るだい | FB
out-of-domain | 会津の明日の天気はどうだべ | FB
out-of-domain | 鶴ヶ城の桜はもう咲いたべか | FB
out-of-domain | 白虎隊の話を聞かせでくなんしょ | FB
out-of-domain | こづゆの作り方教えでくなんしょ | FB
out-of-domain | 只見線は今日動いでっか | FB
out-of-domain | 和歌山の今日の最高気温は何度なんよ | FB
out-of-domain | 白浜のパンダは今何頭おるんよ | FB
out-of-domain | 梅干しの漬け方教えたってよ | FB
out-of-domain | 和歌山ラーメンのおすすめの店どこやろか | FB
out-of-domain | 南海電車の次の難波行き何時やいしょ | FB
out-of-domain | 福岡の明日は雨降ると | FB
out-of-domain | 博多祇園山笠の追い山は何時からね | FB
out-of-domain | ホークスの今日の試合の結果教えちゃり | FB
out-of-domain | もつ鍋の作り方教えて | FB
out-of-domain | 天神で開いとう本屋さん探しちゃり | FB
out-of-domain | 山口の明日の天気はどうなんかいね | FB
out-of-domain | ふぐ刺しに合う日本酒教えちゃって | FB
out-of-domain | 錦帯橋の入場料はいくらかいね | FB
out-of-domain | 関門海峡の潮の流れは今どっち向きかいね | FB
out-of-domain | 元乃隅神社までどのくらいかかるんかいね | FB
out-of-domain | 宮崎の今日の天気はどうっちゃろか | FB
out-of-domain | チキン南蛮の作り方教えちくれ | FB
out-of-domain | 青島の潮干狩りは何時からね | FB
out-of-domain | 冷や汁に合うご飯のおかず教えちくれ | FB
out-of-domain | 高千穂の夜神楽は何時からやっちょると | FB
out-of-domain | 富山の明日の天気はどうなんけ | FB
out-of-domain | 立山黒部アルペンルートはいつから開くがけ | FB
out-of-domain | ブリしゃぶのタレの作り方教えられ | FB
out-of-domain | 新湊の花火大会ちゃいつけ | FB
out-of-domain | 富山のます寿司の美味い店探してくれんけ | FB
out-of-domain | いまなんじですか | FB
out-of-domain | カルボナーラのつくりかたおしえて | FB
out-of-domain | イタリアとにほんのじかんのさはなんじかん | FB
out-of-domain | ローマのてんきはどうですか | FB
out-of-domain | カカオのねだんはいまいくらですか | FB
out-of-domain | ガーナのおんがくをかけてください | FB
out-of-domain | アクラはいまなんどですか | FB
out-of-domain | アスタナのきおんはなんどですか | FB
out-of-domain | カザフスタンのおかねはなんですか | FB
out-of-domain | あしたのにほんごのしけんがんばりたいおうえんして | FB
out-of-domain | ロンドンはいまなんじですか | FB
out-of-domain | プレミアリーグのけっかおしえて | FB
out-of-domain | えいごのたんごのいみをおしえてください | FB
out-of-domain | ビエンチャンはいまあついですか | FB
out-of-domain | ラオスのおかあさんにでんわしたい | FB
out-of-domain | こうじょうのしごとはなんじからですか | FB
out-of-domain | ストックホルムのてんきおしえて | FB
out-of-domain | スウェーデンのりょうりのレシピをおしえて | FB
out-of-domain | ゲームのアップデートはいつですか | FB
out-of-domain | 推しの新曲流して | FB
out-of-domain | 明日の一限何時からだっけ | FB
out-of-domain | 課題の締め切りリマインドしといて | FB
out-of-domain | 今日のバイト何時からか教えて | FB
out-of-domain | チル系のプレイリスト流して | FB
out-of-domain | トゥデイのウェザーどうなってる | FB
out-of-domain | 明日のスケジュールをチェックして | FB
out-of-domain | キッズ向けのイングリッシュソングかけて | FB
out-of-domain | ランチのリザーブしたいんだけど近くのレストラン探して | FB
out-of-domain | 今日の夕ご飯の献立を考えてちょうだいな | FB
out-of-domain | 演歌を流してちょうだい | FB
out-of-domain | 明日はゴミの日だったかしら | FB
out-of-domain | 孫に電話をかけてちょうだい | FB
out-of-domain | 血圧のお薬の時間を知らせてくださる | FB
out-of-domain | アンパンマンのうたかけて | FB
out-of-domain | きょうはなんようび | FB
out-of-domain | おならのおとだして | FB
out-of-domain | きょうりゅうのなまえおしえて | FB
out-of-domain | 国旗カードってどこで売ってる | FB
out-of-domain | 日の丸の赤は何を表してるの | FB
out-of-domain | 世界で一番国旗が複雑な国はどこ | FB
out-of-domain | 国連に加盟してる国はいくつ | FB
out-of-domain | 今日のドルの為替レートを教えて | FB
out-of-domain | ユーロは今一円いくら | FB
out-of-domain | 古いお札の買取価格って調べられる | FB
out-of-domain | 新しい一万円札の肖像は誰 | FB
out-of-domain | 十キロ走ると何カロリー消費するの | FB
out-of-domain | 東京マラソンの申し込みはいつから | FB
out-of-domain | フルマラソンの世界記録は何時間何分 | FB
out-of-domain | 子ども向けのなぞなぞ出して | FB
out-of-domain | 次のサービスエリアまで何キロ | FB
out-of-domain | 円安はいつまで続くの | FB
out-of-domain | イギリスの首相の名前を教えて | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | オーストラリアとの時差は何時間 | FB
out-of-domain | 世界で一番面積が大きい国はどこ | FB
out-of-domain | フランスの国歌を流して | FB
out-of-domain | 朝礼で使える今日は何の日を教えて | FB
out-of-domain | 今日の名言を教えて | FB
out-of-domain | 謎解きのヒントをちょうだい | FB
out-of-domain | 麻雀の役の一覧を教えて | FB
out-of-domain | 国士無双の確率ってどのくらい | FB
out-of-domain | 点数計算のやり方を教えて | FB
out-of-domain | 夜勤明けに眠れる音楽かけて | FB
out-of-domain | バラの花言葉は何 | FB
out-of-domain | チューリップの球根はいつ植えればいいの | FB
out-of-domain | 母の日っていつだっけ | FB
out-of-domain | 資本金っていくらから会社作れるの | FB
out-of-domain | キャピタルゲインの税率は何パーセント | FB
out-of-domain | 首都高の渋滞状況を教えて | FB
out-of-domain | 首都圏の今日の天気は | FB
out-of-domain | 大文字と小文字の違いを教えて | FB
out-of-domain | キャピタル東急ホテルの電話番号は | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 首都直下地震の確率はどのくらい | FB
out-of-domain | 日本の首都を大阪に移すって話はどうなったの | FB
out-of-domain | 首都移転の歴史を教えて | FB
out-of-domain | 徳島県の県庁所在地はどこ | FB
out-of-domain | 長野県の県庁所在地ってどこずら | FB
out-of-domain | 富山県の県庁はどこにあるがけ | FB
out-of-domain | 宮崎県の県庁所在地を教えちくれ | FB
out-of-domain | 北海道の道庁所在地は | FB
out-of-domain | 都道府県の数はいくつ | FB
out-of-domain | 東京都の人口は何人 | FB
out-of-domain | 平城京はどこにあったの | FB
out-of-domain | 奈良時代の都はどこ | FB
out-of-domain | 首都って英語で何て言うの | FB
out-of-domain | 首都と首府の違いって何 | FB
out-of-domain | 州都って英語で何て言うの | FB
out-of-domain | 世界の首都で一番人口が多いのはどこ | FB
out-of-domain | 世界で一番標高が高い首都はどこ | FB
out-of-domain | パリからロンドンまで飛行機で何時間 | FB
out-of-domain | モスクワ行きの飛行機の値段を調べて | FB
out-of-domain | ソウルの今の時間を教えて | FB
out-of-domain | 世界遺産が一番多い国はどこ | FB
out-of-domain | ケニアの公用語は何 | FB
out-of-domain | インドの人口は中国より多いの | FB
out-of-domain | アフリカに国はいくつあるの | FB
out-of-domain | キャピタルって意味は何 | FB
out-of-domain | 首都って漢字でどう書くの | FB
# help
help | これ何ができるん教えてくれへん | HELP
help | どないして使うんか説明してじょ | HELP
help | 使い方わからんで教えてくれや | HELP
help | どうやって聞けばいいずら | HELP
help | 使い方教えでくなんしょ | HELP
help | これどうやって使うんだべなし | HELP
help | 使い方教えたってよ | HELP
help | どう聞いたらええんか教えてよ | HELP
help | 使い方がわからんっちゃけど | HELP
help | これ何ができると | HELP
help | どうやって使うんかいね教えちゃって | HELP
help | 使い方がわからんほ | HELP
help | 使い方教えちくれ | HELP
help | どんげして聞けばいいと | HELP
help | 使い方教えられ | HELP
help | どうやって聞けばいいがけ | HELP
help | つかいかたおしえてください | HELP
help | なにができますかおしえて | HELP
help | どうやってきけばいいですか | HELP
help | このアプリのつかいかたわかりません | HELP
help | ヘルプをおねがいします | HELP
help | わたしはなにをいえばいいですか | HELP
help | 使い方マジでわからんから教えて | HELP
help | どう聞けばいいか秒で教えて | HELP
help | ヘルプ見せてくれる | HELP
help | ハウトゥーユーズ教えて | HELP
help | これはどういう風に使えばいいのかしら | HELP
help | 使い方を教えてちょうだい | HELP
help | どうやってつかうのおしえて | HELP
help | なにきけばいいの | HELP
help | 運転中なんだけど使い方を簡単に教えて | HELP
help | 何て聞けば答えてくれるの | HELP
help | 聞き方の例を教えて | HELP
help | どんな質問ならできるの | HELP
help | 国の名前を言えばいいの使い方教えて | HELP
help | 州都も聞けるのか説明して | HELP
help | どういう言い方で質問すればいいか教えて | HELP
help | 麻雀しながらでも使える聞き方教えて | HELP
help | 質問のやり方がわからないから説明して | HELP
help | このスキルの説明をして | HELP
help | 操作方法を教えて | HELP
help | 使い方の説明をもう一回 | HELP
help | 何を言えばいいのか困ってる | HELP
help | ヘルプをお願いできるかな | HELP
help | どういうことができるスキルなの | HELP
# stop
stop | もうやめてええわ | STOP
stop | ほなもう終わりにしてくれへん | STOP
stop | もうええでやめてくれや | STOP
stop | 終わりにするずら | STOP
stop | もうやめでくなんしょ | STOP
stop | おしまいにすっぺ | STOP
stop | もうやめたってよ | STOP
stop | もうええよ止めといて | STOP
stop | もうよかよ終わって | STOP
stop | もうやめとって | STOP
stop | もうええけぇ終わりにしちゃって | STOP
stop | もう終わりにするほ | STOP
stop | もうよかっちゃ止めちくれ | STOP
stop | もうええっちゃ | STOP
stop | もう終わりにしられ | STOP
stop | もういいちゃやめてくれんけ | STOP
stop | おわりにしてください | STOP
stop | もうだいじょうぶですとめてください | STOP
stop | やめてくださいありがとう | STOP
stop | おわりますさようなら | STOP
stop | ストップしてくださいおねがいします | STOP
stop | もういいです終わり | STOP
stop | もういいわ落ちるわ | STOP
stop | おつかれ終了で | STOP
stop | もうストップで大丈夫 | STOP
stop | オッケーもうフィニッシュで | STOP
stop | もう結構よありがとうね | STOP
stop | もうおしまいにしましょうね | STOP
stop | もうおしまい | STOP
stop | もうやめるバイバイ | STOP
stop | 着いたから終わりにして | STOP
stop | 運転に集中したいから止めて | STOP
stop | ニュース始まるからもう終わり | STOP
stop | 朝礼始まるからもうやめて | STOP
stop | 謎解けたからもういいよ終わり | STOP
stop | 次の局始まるからストップ | STOP
stop | 巡回行くから終わりにして | STOP
stop | お客さん来たから止めて | STOP
stop | 走り終わったから終わりにする | STOP
stop | 国旗カード片付けるからもう終わり | STOP
stop | 首都の話はもういいから終了して | STOP
stop | スキルを終わらせて | STOP
stop | もう切っていいよ | STOP
stop | 閉じてくれる | STOP
stop | 終了してちょうだい | STOP
# cancel
cancel | 今のなしにしてくれへん | CANCEL
cancel | 今の質問取り消しじょ | CANCEL
cancel | さっきのは取り消してくれや | CANCEL
cancel | 今のはなかったことにするずら | CANCEL
cancel | 今のは取り消しでくなんしょ | CANCEL
cancel | いまの質問はなしだべ | CANCEL
cancel | 今のは取り消したってよ | CANCEL
cancel | 今言うたんキャンセルしといて | CANCEL
cancel | 今のなしなし取り消しちゃり | CANCEL
cancel | さっきのは取り消しちゃって | CANCEL
cancel | 今のはキャンセルしちょいて | CANCEL
cancel | 今のは取り消しちくれ | CANCEL
cancel | さっきのなしにしちょって | CANCEL
cancel | 今のは取り消してくれんけ | CANCEL
cancel | 今言うたがはキャンセルしられ | CANCEL
cancel | いまのはとりけしてください | CANCEL
cancel | まちがえましたキャンセルします | CANCEL
cancel | いまのしつもんはなしでおねがいします | CANCEL
cancel | さっきのキャンセルしてください | CANCEL
cancel | とりけしたいですいまの | CANCEL
cancel | 今のミスったからなしで | CANCEL
cancel | 今のやつキャンセルで | CANCEL
cancel | 今のはノーカウントで | CANCEL
cancel | さっきのはキャンセルしといて | CANCEL
cancel | あら今のは取り消してちょうだい | CANCEL
cancel | 今言ったのは間違いだから取り消して | CANCEL
cancel | いまのなしにして | CANCEL
cancel | いまのちがうのキャンセル | CANCEL
cancel | 今の聞き間違いだからキャンセル | CANCEL
cancel | 子どもが勝手に言ったの今のは取り消して | CANCEL
cancel | 今の質問は取り下げます | CANCEL
cancel | さっき言ったのは取り消しで | CANCEL
cancel | 今の国じゃないからキャンセル | CANCEL
cancel | 言い間違えたから今のなし | CANCEL
cancel | 今のは撤回で | CANCEL
cancel | やっぱり今のはやめとく | CANCEL
cancel | 今のリクエストは取り消し | CANCEL
cancel | それはキャンセルでお願い | CANCEL
cancel | ちょっと待って今の取り消し | CANCEL
cancel | 今のはいらないキャンセル | CANCEL
cancel | 今の問題はなしにしよう | CANCEL
cancel | 今の答えはいらないからキャンセルして | CANCEL
cancel | ニュースの国違ったわ取り消して | CANCEL
cancel | 今の麻雀の話じゃなかったキャンセル | CANCEL
cancel | 今のは寝言だから取り消して | CANCEL
# launch
launch | 世界の首都を開いてくれへん | LAUNCH
launch | 世界の首都を起動してくれや | LAUNCH
launch | 世界の首都開いでくなんしょ | LAUNCH
launch | 世界の首都開けたってよ | LAUNCH
launch | 世界の首都ば開いちゃり | LAUNCH
launch | 世界の首都を開いちゃって | LAUNCH
launch | 世界の首都を開いちくれ | LAUNCH
launch | 世界の首都を開かれ | LAUNCH
launch | せかいのしゅとをひらいてください | LAUNCH
launch | せかいのしゅとをつかいたいですおねがいします | LAUNCH
launch | せかいのしゅとスタートしてください | LAUNCH
launch | 世界の首都をワンチャン開いて | LAUNCH
launch | 世界の首都をオープンして | LAUNCH
launch | 世界の首都を開いてちょうだい | LAUNCH
launch | せかいのしゅとやりたい | LAUNCH
launch | 世界の首都で国旗カードの答え合わせしたい | LAUNCH
launch | 世界の首都を開いてお札の国を調べたい | LAUNCH
launch | 世界の首都を呼び出して | LAUNCH
launch | 運転中だから世界の首都を開いて | LAUNCH
launch | 世界の首都を開いてニュースの国を調べる | LAUNCH
launch | 朝礼の準備で世界の首都を開いて | LAUNCH
launch | 世界の首都で謎解きしたい | LAUNCH
launch | 世界の首都を立ち上げて麻雀の合間に遊ぶ | LAUNCH
launch | 世界の首都つけて | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を起動 | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を使わせて | LAUNCH
launch | 世界の首都始めて | LAUNCH
launch | 世界の首都開いてマラソンの国調べる | LAUNCH
"""

if __name__ == "__main__":
    build_round(50, "ja", LINES, sys.argv, "tests/Eval/ja/round50/source/build_corpus.py")
