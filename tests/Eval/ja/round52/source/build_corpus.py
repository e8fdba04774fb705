"""Round 52, Japanese (ja-JP): a new author's own mix, written blind at the start of the fifty-seventh session (brief
WRITER63.md), chosen apart from the regions, learners, speakers and situations round 51's docstring names for itself
(Kobe, Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian, Nepali, Korean, French and
Mongolian learners; a high-school girl, a retired principal, business keigo, a returnee child; exam cramming, a taxi,
the World Cup, a travel agency, an izakaya quiz, a cooking class, airport check-in, karaoke, stamps, a summer project)
and from the ones it lists for round 50 (Tokushima, Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki, Toyama;
Italian, Ghanaian, Kazakh, British, Lao and Swedish learners; net slang, a bilingual family, a grandmother, a
preschooler; flag cards, banknotes, a marathon, a car trip, the news, a morning assembly, an escape room, mahjong, a
security guard, a flower shop).
Regions: Tsugaru in Aomori (わ, な, どさ, だべ, へば, めやぐ; apples, Nebuta), Akita (だす, んだ, け, なんぼ; kiritanpo,
Namahage), Nagoya (だがや, でかん, ちょー, おみゃー, でよ; miso katsu, the castle), Hiroshima (じゃけえ, じゃろ, のう, ぶち;
okonomiyaki, the Carp, Miyajima), Tosa in Kochi (ぜよ, がや, ちゅう, やき, おまん; Katsuo, Ryoma), Okinawa (さー, ねー,
はいさい, でーじ, なんくるないさ; the base, eisa), Kagoshima (じゃっど, どげん, け, おい; Sakurajima, shochu), Hokkaido
(なまら, したっけ, っしょ, なんも; snow festival, dairy farms) and Kyoto (どす, はる, おくれやす, へん; temples,
tourists; kept to the polite Kyoto forms, not the general Kansai of round 51's Kobe and Nara).
Learners (learner grammar, mostly in hiragana or plain forms): a Filipino nurse, a Chinese technical intern, an
Indonesian fishing-boat trainee, an American English teacher (ALT) and a Sri Lankan used-car exporter.
Code-switching and age: a university gamer's slang (ワンチャン, それな, 草, 詰んだ, ガチ勢), an elderly rice farmer's
plain talk, an engineer mixing English terms (リスト, チェック, エビデンス, アサイン) and a kindergarten teacher speaking
gently to children (かな, ね, みんなで).
Situations: a TV quiz show at home, a crossword puzzle, a hotel front desk, a trading company's shipping desk, a
cram-school teacher preparing a test, an online game with foreign players, a library reference desk, the World Baseball
Classic, a hospital waiting room and a ham-radio operator logging contacts.
As in rounds 47 to 51 most lines carry no wake word (the Japanese transcripts start after it); some start with アレクサ
or say it in the middle. Every line was written by hand as one whole utterance; frames carry up to three fills.
Rounds 44 to 49's own lists of groups were not read (only round 51's docstring, which names round 50's), so a group may
repeat one of theirs.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 津軽弁
tsugaru | {}の首都ってどごだべ | ペルー=PE; ボリビア=BO; エクアドル=EC
tsugaru | わ{}の首都わがんねぇはんで教えでけ | コロンビア=CO; ベネズエラ=VE; ガイアナ=GY
tsugaru | りんごば{}さ輸出するって話だばって首都どごな | ベトナム=VN; タイ=TH; 台湾=TW
tsugaru | ねぶたさ{}の人来てらっきゃ首都どごだべ | カンボジア=KH; ラオス=LA; ブルネイ=BN
tsugaru | めやぐだばって{}の首都もう一回しゃべってけ | スリナム=SR; ウルグアイ=UY; パラグアイ=PY
tsugaru | へばな{}の首都だけ聞いでおぐが | アルバニア=AL; 北マケドニア=MK; モンテネグロ=ME
# 秋田弁
akita | {}の首都はどこだす | セルビア=RS; クロアチア=HR; スロベニア=SI
akita | んだんだ{}の首都なんだっけが | ボスニアヘルツェゴビナ=BA; ブルガリア=BG; モルドバ=MD
akita | きりたんぽ鍋ば{}の人さ食わせるども首都どこだべが | オランダ=NL; スペイン=ES; ポルトガル=PT
akita | なまはげ見さ{}から来た人いだっけ首都はどこだす | アメリカ=US; ドイツ=DE; フィンランド=FI
akita | {}の首都ってなんぼ考えでもわがらね | キルギス=KG; カザフスタン=KZ; アフガニスタン=AF
akita | 孫さ聞がれだども{}の首都なんだべ | ジャマイカ=JM; ハイチ=HT; キューバ=CU
# 名古屋弁
nagoya | {}の首都ってどこだがや | エチオピア=ET; ケニア=KE; タンザニア=TZ
nagoya | ちょーでかん{}の首都わからんでよ | モザンビーク=MZ; マラウイ=MW; ザンビア=ZM
nagoya | 味噌かつ屋に{}の人来とったがね首都どこだったか教えて | ジンバブエ=ZW; アンゴラ=AO; ナミビア=NA
nagoya | おみゃー{}の首都知っとるか | ナイジェリア=NG; ガーナ=GH; セネガル=SN
nagoya | 名古屋城で{}のツアー客案内したけど首都どこだったっけ | メキシコ=MX; ブラジル=BR; アルゼンチン=AR
nagoya | トヨタの工場に{}から研修に来とるらしいで首都教えてちょー | インド=IN; パキスタン=PK; トルコ=TR
# 広島弁
hiroshima | {}の首都はどこじゃろ | ヨルダン=JO; レバノン=LB; シリア=SY
hiroshima | ぶちわからんけえ{}の首都教えてくれんかのう | イラク=IQ; イラン=IR; サウジアラビア=SA
hiroshima | お好み焼き食いに{}の人が来とったんじゃけど首都はどこなん | オーストラリア=AU; ニュージーランド=NZ; アイルランド=IE
hiroshima | カープの助っ人が{}出身じゃけえ首都知りたいんよ | ドミニカ共和国=DO; ベネズエラ=VE; キューバ=CU
hiroshima | 宮島に{}の団体さんがおったけど首都はどこかいのう | フランス=FR; イタリア=IT; イスラエル=IL
hiroshima | {}の首都ってなんていうんじゃったかのう | オマーン=OM; イエメン=YE; アラブ首長国連邦=AE
# 土佐弁
tosa | {}の首都はどこぜよ | パプアニューギニア=PG; ソロモン諸島=SB; バヌアツ=VU
tosa | おまん{}の首都知っちゅうかえ | フィジー=FJ; トンガ=TO; サモア=WS
tosa | かつおを{}に送りゆうがやけど首都はどこながで | アメリカ=US; カナダ=CA; シンガポール=SG
tosa | 龍馬が生きちょったら{}の首都も知っちょったろうね教えて | イギリス=GB; オランダ=NL; ロシア=RU
tosa | {}の首都がわからんき教えてや | パラオ=PW; マーシャル諸島=MH; ミクロネシア=FM
# 沖縄の言葉
okinawa | はいさい{}の首都はどこねー | ツバル=TV; キリバス=KI; ナウル=NR
okinawa | {}の首都ってでーじわからんさー | 東ティモール=TL; フィリピン=PH; インドネシア=ID
okinawa | 基地に{}の人いるわけさーその国の首都どこね | アメリカ=US; プエルトリコ=PR; グアム=GU
okinawa | エイサー見に{}から来た人がいたけど首都はどこやが | ブラジル=BR; ペルー=PE; ボリビア=BO
okinawa | なんくるないさでも{}の首都は知りたいさー | モルディブ=MV; セーシェル=SC; モーリシャス=MU
# 鹿児島弁
kagoshima | {}の首都はどこじゃっどかい | ギリシャ=GR; キプロス=CY; マルタ=MT
kagoshima | 桜島見に{}の人が来ちょっどん首都はどこけ | 韓国=KR; 中国=CN; モンゴル=MN
kagoshima | 焼酎を{}に売いたかどん首都はどげんなっちょっと | スウェーデン=SE; デンマーク=DK; ノルウェー=NO
kagoshima | おいは{}の首都を知らんで教えっくいやい | エストニア=EE; ラトビア=LV; リトアニア=LT
kagoshima | {}の首都はないち言うたかね | ルーマニア=RO; ハンガリー=HU; スロバキア=SK
# 北海道弁
hokkaido | {}の首都ってどこだっけしょ | チェコ=CZ; ポーランド=PL; オーストリア=AT
hokkaido | なまら気になるんだけど{}の首都どこさ | アイスランド=IS; グリーンランド=GL; フェロー諸島=FO
hokkaido | 雪まつりに{}の人いっぱい来てたっしょ首都どこなの | タイ=TH; マレーシア=MY; 香港=HK
hokkaido | 牧場に{}から実習生来てるんだわその国の首都教えて | ウクライナ=UA; ベラルーシ=BY; ジョージア=GE
hokkaido | したっけ{}の首都はどこなのさ | アルメニア=AM; アゼルバイジャン=AZ; トルクメニスタン=TM
hokkaido | なんもなんも{}の首都だけ教えてくれればいいから | ウズベキスタン=UZ; タジキスタン=TJ; キルギス=KG
# 京都弁
kyoto | {}の首都はどこどすか | バチカン=VA; サンマリノ=SM; モナコ=MC
kyoto | お寺に{}のお客さんが来はったんやけど首都はどこどしたやろ | リヒテンシュタイン=LI; ルクセンブルク=LU; アンドラ=AD
kyoto | {}の首都教えておくれやす | スイス=CH; ベルギー=BE; ドイツ=DE
kyoto | 舞妓さん見に{}の人が来はってな首都知りたいんどす | スペイン=ES; メキシコ=MX; チリ=CL
kyoto | うちようわからへんのやけど{}の首都ってどこやろ | チュニジア=TN; モロッコ=MA; アルジェリア=DZ
# フィリピン人の看護師
filipino-nurse | {}のしゅとはどこですか | フィリピン=PH; シンガポール=SG; マレーシア=MY
filipino-nurse | かんじゃさんが{}の人ですしゅとはなんですか | ブルネイ=BN; 東ティモール=TL; パプアニューギニア=PG
filipino-nurse | わたしのともだち{}にすんでるそのしゅとおしえて | カナダ=CA; サウジアラビア=SA; カタール=QA
filipino-nurse | {}のキャピタルはどこ日本語でしゅと | クウェート=KW; バーレーン=BH; アラブ首長国連邦=AE
# 中国人技能実習生
chinese-intern | {}的首都はどこですか | ミャンマー=MM; ネパール=NP; ブータン=BT
chinese-intern | 私は{}の首都しりたいです教えてください | 北朝鮮=KP; 韓国=KR; 日本=JP
chinese-intern | 工場の先輩が{}から来た首都はなにですか | ベトナム=VN; カンボジア=KH; ラオス=LA
chinese-intern | {}の首都はどこある | 台湾=TW; モンゴル=MN; カザフスタン=KZ
# インドネシア人の漁業実習生
indonesian-trainee | ふねで{}の人とはなしたしゅとどこ | インドネシア=ID; パプアニューギニア=PG; ソロモン諸島=SB
indonesian-trainee | {}のしゅとおしえてくださいませ | マダガスカル=MG; コモロ=KM; モーリシャス=MU
indonesian-trainee | せんちょうさん{}のしゅとなにいいましたか | セーシェル=SC; モルディブ=MV; スリランカ=LK
indonesian-trainee | {}のしゅとわたししらないおしえて | 南アフリカ=ZA; レソト=LS; ボツワナ=BW
# アメリカ人のALT
alt-teacher | えっと{}のキャピタルは日本語でなんですか | アメリカ=US; イギリス=GB; オーストラリア=AU
alt-teacher | 生徒に聞かれました{}の首都はどこですか | ニュージーランド=NZ; アイルランド=IE; スコットランド=GB-SCT
alt-teacher | {}のしゅとはなにですかね | ジャマイカ=JM; バハマ=BS; バルバドス=BB
alt-teacher | 授業で使いたいので{}の首都をおしえてください | トリニダードトバゴ=TT; グレナダ=GD; セントルシア=LC
alt-teacher | {}のステートキャピタルはどこ | テキサス=US-TX; オハイオ=US-OH; ミシガン=US-MI
# スリランカ人の中古車輸出業
srilankan-exporter | くるまを{}におくりますしゅとどこですか | ケニア=KE; ウガンダ=UG; タンザニア=TZ
srilankan-exporter | {}のバイヤーさんいますしゅとはなんですか | モザンビーク=MZ; ザンビア=ZM; マラウイ=MW
srilankan-exporter | こんど{}にコンテナだすそこのしゅと | パキスタン=PK; バングラデシュ=BD; アフガニスタン=AF
srilankan-exporter | {}のしゅとしらべたいおねがいします | ジンバブエ=ZW; ナミビア=NA; エスワティニ=SZ
# 大学生ゲーマー
gamer | ワンチャン{}の首都わかるかも教えて | ガボン=GA; カメルーン=CM; チャド=TD
gamer | {}の首都とか詰んだわ誰か教えて | 中央アフリカ=CF; 赤道ギニア=GQ; サントメプリンシペ=ST
gamer | それなそれなで{}の首都どこ | ギニア=GN; ギニアビサウ=GW; シエラレオネ=SL
gamer | 地理クイズのガチ勢に勝ちたいから{}の首都教えて | リベリア=LR; ブルキナファソ=BF; トーゴ=TG
gamer | {}の首都知らんの草なんだけどどこ | ニジェール=NE; マリ=ML; モーリタニア=MR
# 米農家のおじいさん
farmer | {}の首都っちゅうのはどこかね | エジプト=EG; リビア=LY; スーダン=SD
farmer | 農協の研修で{}さ行ったことあるがその国の首都はなんだったかな | タイ=TH; ベトナム=VN; フィリピン=PH
farmer | 米の値段に{}が関係あるっちゅうが首都はどこかね | アメリカ=US; オーストラリア=AU; インド=IN
farmer | わしは{}の首都なんか知らんで教えてくれ | 南スーダン=SS; エリトリア=ER; ジブチ=DJ
# 英語混じりのエンジニア
engineer | {}の首都をチェックしたいんだけど | ソマリア=SO; エチオピア=ET; ルワンダ=RW
engineer | エビデンスとして{}の首都を確認させて | ブルンジ=BI; コンゴ民主共和国=CD; コンゴ共和国=CG
engineer | {}拠点にアサインされたんだけど首都どこ | シンガポール=SG; インド=IN; ポーランド=PL
engineer | 出張先リストに{}があるんだけど首都ってどこになる | メキシコ=MX; ブラジル=BR; チリ=CL
engineer | ちょっとアスキングなんだけど{}の首都は | ドイツ=DE; オランダ=NL; エストニア=EE
# 幼稚園の先生
kindergarten | みんなで聞いてみようね{}の首都はどこかな | パンダのいる中国=CN; コアラのいるオーストラリア=AU; ペンギンのいる南極=AQ
kindergarten | {}の首都ってなんていうのかなアレクサ教えて | ケニア=KE; エジプト=EG; ブラジル=BR
kindergarten | ゆうくんのお父さんは{}の人なのその国の首都どこかな | ネパール=NP; スリランカ=LK; バングラデシュ=BD
kindergarten | きょうは{}のお話をするよ首都はどこかな | フランス=FR; イタリア=IT; ギリシャ=GR
# テレビのクイズ番組
tv-quiz | クイズ番組で{}の首都が出たんだけどどこ | ブータン=BT; ネパール=NP; モンゴル=MN
tv-quiz | 今テレビでやってる{}の首都って何 | カーボベルデ=CV; ガンビア=GM; セネガル=SN
tv-quiz | 回答者が{}の首都間違えてたけど正解どこ | オーストラリア=AU; カナダ=CA; ブラジル=BR
tv-quiz | 早押しで{}の首都って出たけど答え何だった | カザフスタン=KZ; トルコ=TR; ナイジェリア=NG
# クロスワード
crossword | クロスワードのヒントが{}の首都なんだけど | ペルー=PE; キューバ=CU; イラン=IR
crossword | 縦の五番{}の首都は何文字 | ベネズエラ=VE; エクアドル=EC; コロンビア=CO
crossword | {}の首都のカタカナ教えてクロスワードで使う | アイスランド=IS; ノルウェー=NO; マリ=ML
# ホテルのフロント
hotel | お客様が{}からお越しなんですが首都はどちらでしたっけ | ルクセンブルク=LU; オーストリア=AT; スイス=CH
hotel | {}の国旗を飾るんだけど首都も確認したい | サウジアラビア=SA; カタール=QA; オマーン=OM
hotel | フロントで{}のお客様と話すのに首都を知っておきたい | イスラエル=IL; ヨルダン=JO; レバノン=LB
# 商社の出荷担当
trading | {}向けの貨物なんだけど首都どこだっけ | ナイジェリア=NG; ガーナ=GH; コートジボワール=CI
trading | インボイスに{}の首都書かなきゃいけないんだけど | アルゼンチン=AR; ウルグアイ=UY; パラグアイ=PY
trading | {}の取引先の住所が首都なんだけどどこだっけ | ホンジュラス=HN; グアテマラ=GT; エルサルバドル=SV
trading | 船積み書類の{}の首都欄を埋めたい | ニカラグア=NI; コスタリカ=CR; パナマ=PA
# 塾講師
cram-teacher | 来週のテストに{}の首都を出すから確認させて | ベリーズ=BZ; ホンジュラス=HN; グアテマラ=GT
cram-teacher | 生徒がよく間違えるんだよね{}の首都 | オーストラリア=AU; トルコ=TR; ブラジル=BR
cram-teacher | {}の首都を板書したいから正確に教えて | アンティグアバーブーダ=AG; セントクリストファーネービス=KN; ドミニカ国=DM
cram-teacher | 地理の小テストで{}の首都はどこって出すつもり | セントビンセントグレナディーン=VC; ハイチ=HT; ドミニカ共和国=DO
# オンラインゲームの外国人プレイヤー
online-game | チームに{}の人がいるんだけど首都どこ | フィンランド=FI; スウェーデン=SE; デンマーク=DK
online-game | ボイチャで{}のやつが自分の国の首都当ててみろって言うんだけど | ブルガリア=BG; セルビア=RS; ルーマニア=RO
online-game | {}サーバーの人がいたけどその国の首都は | 韓国=KR; 台湾=TW; ロシア=RU
online-game | 対戦相手{}だったわそこの首都どこ | ポーランド=PL; チェコ=CZ; ハンガリー=HU
# 図書館のレファレンス
library | 利用者さんから{}の首都を聞かれたんですが | コソボ=XK; モルドバ=MD; ジョージア=GE
library | レファレンスで{}の首都を調べています | ボスニアヘルツェゴビナ=BA; 北マケドニア=MK; アルバニア=AL
library | {}の首都は百科事典だとどこになってますか | ミャンマー=MM; スワジランド=SZ; カザフスタン=KZ
# WBC観戦
wbc | ダブリュービーシーで{}と当たるけど首都はどこ | チェコ=CZ; イタリア=IT; オランダ=NL
wbc | 侍ジャパンの次の相手{}の首都教えて | オーストラリア=AU; 中国=CN; 韓国=KR
wbc | {}の代表チーム強いよねそういえば首都どこ | プエルトリコ=PR; ベネズエラ=VE; パナマ=PA
# 病院の待合室
hospital | 待ってる間暇だから{}の首都教えて | アイルランド=IE; ポルトガル=PT; スペイン=ES
hospital | 隣の人が{}の話してたけど首都はどこなのかしら | イスラエル=IL; パレスチナ=PS; エジプト=EG
hospital | 名前呼ばれるまでに{}の首都だけ聞いておこう | スリナム=SR; ガイアナ=GY; ベリーズ=BZ
# アマチュア無線
ham-radio | 今{}の局と交信できたんだけど首都どこ | ニュージーランド=NZ; フィジー=FJ; トンガ=TO
ham-radio | ログに{}って書いたけどそこの首都も知りたい | サモア=WS; クック諸島=CK; ニウエ=NU
ham-radio | {}のコールサインが聞こえたその国の首都は | アンドラ=AD; モナコ=MC; サンマリノ=SM
ham-radio | キューエスエルカードが{}から届いたけど首都ってどこ | セントヘレナ=SH; フォークランド諸島=FK; ジブラルタル=GI
# follow-up
follow-up | じゃあ{}は | ボリビア=BO; ケニア=KE; チリ=CL
follow-up | ほんなら{}はどうなん | ラオス=LA; モロッコ=MA; ペルー=PE
follow-up | 次{}もお願い | ハンガリー=HU; チュニジア=TN; ヨルダン=JO
follow-up | それなら{}の方は | ニカラグア=NI; ガーナ=GH; フィンランド=FI
follow-up | ついでに{}も | エクアドル=EC; アンゴラ=AO; ネパール=NP
follow-up | {}はどうだっけ | リトアニア=LT; パナマ=PA; ザンビア=ZM
follow-up | {}のは | スロバキア=SK; ウガンダ=UG; トーゴ=TG
follow-up | 今度は{}で | オマーン=OM; ベナン=BJ; キプロス=CY
follow-up | あとさ{}のも教えて | イエメン=YE; スーダン=SD; ナウル=NR
follow-up | 同じように{}は | テキサス州=US-TX; ケベック州=CA-QC; バイエルン州=DE-BY
follow-up | もう一個いい{}は | タスマニア州=AU-TAS; ケーララ州=IN-KL; ユカタン州=MX-YUC
follow-up | じゃあ隣の{}は | ブラジル=BR; ベラルーシ=BY; ラトビア=LV
# plural-capitals
plural-capitals | {}の首都って全部でいくつあるの全部教えて | ボリビア=BO; 南アフリカ=ZA; マレーシア=MY
plural-capitals | {}は首都が二つあるって聞いたんだけど両方教えて | ベナン=BJ; スリランカ=LK; オランダ=NL
plural-capitals | {}の首都を全部言って | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | {}の首都たちはどこ | ボリビア=BO; マレーシア=MY; ベナン=BJ
plural-capitals | {}って首都がいくつかあるやんそれぞれどこなん | 南アフリカ=ZA; オランダ=NL; スリランカ=LK
plural-capitals | {}の二つの首都を教えてください | エスワティニ=SZ; コートジボワール=CI; パレスチナ=PS
plural-capitals | {}の首都ってひとつじゃないよねどことどこ | ボリビア=BO; ベナン=BJ; オランダ=NL
plural-capitals | {}の首都を両方とも知りたい | マレーシア=MY; スリランカ=LK; エスワティニ=SZ
plural-capitals | 南アフリカの三つの首都を全部教えて | ZA
plural-capitals | {}の首都はそれぞれなんていうの | コートジボワール=CI; パレスチナ=PS; 南アフリカ=ZA
plural-capitals | {}の首都を全部挙げてくれる | ボリビア=BO; オランダ=NL; マレーシア=MY
plural-capitals | {}の首都いくつかあるなら全部言うて | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | {}の首都を複数教えて | コートジボワール=CI; パレスチナ=PS; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都は全部でどこ | ボリビア=BO; マレーシア=MY; オランダ=NL
plural-capitals | {}の首都を全部教えてくれんかのう | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | {}の首都を残らず教えて | コートジボワール=CI; パレスチナ=PS; 南アフリカ=ZA
# subdivision
subdivision | {}の州都はどこ | カリフォルニア州=US-CA; ニューヨーク州=US-NY; フロリダ州=US-FL
subdivision | {}州の州都ってどこ | アラスカ=US-AK; ハワイ=US-HI; ネバダ=US-NV
subdivision | アメリカの{}州の州都教えて | イリノイ=US-IL; ペンシルベニア=US-PA; ケンタッキー=US-KY
subdivision | {}の州都ってどこだっけ | ワシントン州=US-WA; オレゴン州=US-OR; アイダホ州=US-ID
subdivision | {}州の州都は | モンタナ=US-MT; ワイオミング=US-WY; コロラド=US-CO
subdivision | 留学先の{}州の州都ってどこ | マサチューセッツ=US-MA; ミネソタ=US-MN; ウィスコンシン=US-WI
subdivision | {}の州都はどこになりますか | ルイジアナ州=US-LA; ミシシッピ州=US-MS; アラバマ州=US-AL
subdivision | {}州の州都なんだっけ | テネシー=US-TN; アーカンソー=US-AR; オクラホマ=US-OK
subdivision | {}州って州都どこ | カンザス=US-KS; ネブラスカ=US-NE; アイオワ=US-IA
subdivision | {}の州都どこか知ってる | ノースダコタ=US-ND; サウスダコタ=US-SD; ミズーリ=US-MO
subdivision | 出張で{}州に行くけど州都どこ | インディアナ=US-IN; オハイオ=US-OH; ミシガン=US-MI
subdivision | {}州の州都ってどこにあるの | バージニア=US-VA; ウェストバージニア=US-WV; メリーランド=US-MD
subdivision | {}州の州都を教えてほしい | ノースカロライナ=US-NC; サウスカロライナ=US-SC; ジョージア州=US-GA
subdivision | ニューイングランドの{}州の州都は | メイン=US-ME; バーモント=US-VT; ニューハンプシャー=US-NH
subdivision | {}の州都はどこなの | ロードアイランド州=US-RI; コネチカット州=US-CT; ニュージャージー州=US-NJ
subdivision | {}州の州都ってどこだろう | デラウェア=US-DE; ユタ=US-UT; ニューメキシコ=US-NM
subdivision | アリゾナ州の州都はフェニックスだっけ | US-AZ
subdivision | カナダの{}州の州都は | オンタリオ=CA-ON; ブリティッシュコロンビア=CA-BC; アルバータ=CA-AB
subdivision | {}の州都ってどこなんでしょう | マニトバ州=CA-MB; サスカチュワン州=CA-SK; ノバスコシア州=CA-NS
subdivision | カナダの{}の中心の都市はどこ | ユーコン準州=CA-YT; ヌナブト準州=CA-NU; ノースウエスト準州=CA-NT
subdivision | {}州の州都教えて | ニューブランズウィック=CA-NB; プリンスエドワードアイランド=CA-PE; ニューファンドランドラブラドール=CA-NL
subdivision | オーストラリアの{}州の州都は | クイーンズランド=AU-QLD; ビクトリア=AU-VIC; ニューサウスウェールズ=AU-NSW
subdivision | {}州の州都ってどこかな | 西オーストラリア=AU-WA; 南オーストラリア=AU-SA; タスマニア=AU-TAS
subdivision | オーストラリアの{}の中心都市は | ノーザンテリトリー=AU-NT; 首都特別地域=AU-ACT
subdivision | インドの{}州の州都はどこ | マハーラーシュトラ=IN-MH; タミルナードゥ=IN-TN; 西ベンガル=IN-WB
subdivision | {}州の州都って何て名前 | カルナータカ=IN-KA; ケーララ=IN-KL; ゴア=IN-GA
subdivision | インドの{}の州都は | ウッタルプラデーシュ州=IN-UP; ビハール州=IN-BR; パンジャーブ州=IN-PB
subdivision | {}州の州都どこやろ | テランガーナ=IN-TS; アーンドラプラデーシュ=IN-AP; オディシャ=IN-OD
subdivision | インドの{}州の州都を知りたい | アッサム=IN-AS; シッキム=IN-SK; グジャラート=IN-GJ
subdivision | {}州の州都ってどこなの | ラージャスターン=IN-RJ; マディヤプラデーシュ=IN-MP; ヒマーチャルプラデーシュ=IN-HP
subdivision | ドイツの{}州の州都は | バイエルン=DE-BY; ザクセン=DE-SN; ヘッセン=DE-HE
subdivision | {}州の州都はどこですか | バーデンヴュルテンベルク=DE-BW; ノルトラインヴェストファーレン=DE-NW; ニーダーザクセン=DE-NI
subdivision | ドイツの{}州って州都どこ | テューリンゲン=DE-TH; ブランデンブルク=DE-BB; シュレースヴィヒホルシュタイン=DE-SH
subdivision | {}州の州都ってどこだっけな | ラインラントプファルツ=DE-RP; ザールラント=DE-SL; メクレンブルクフォアポンメルン=DE-MV
subdivision | ザクセンアンハルト州の州都はどこ | DE-ST
subdivision | ブラジルの{}州の州都は | サンパウロ=BR-SP; リオデジャネイロ=BR-RJ; ミナスジェライス=BR-MG
subdivision | {}州の州都はどこ | アマゾナス=BR-AM; バイーア=BR-BA; ペルナンブーコ=BR-PE
subdivision | ブラジルの{}州って州都どこ | リオグランデドスル=BR-RS; パラナ=BR-PR; サンタカタリーナ=BR-SC
subdivision | {}州の州都を教えてくれる | パラー=BR-PA; セアラー=BR-CE; ゴイアス=BR-GO
subdivision | メキシコの{}州の州都は | ハリスコ=MX-JAL; ヌエボレオン=MX-NLE; ユカタン=MX-YUC
subdivision | {}州は州都どこなの | オアハカ=MX-OAX; チアパス=MX-CHP; キンタナロー=MX-ROO
subdivision | メキシコの{}州の州都を知りたい | バハカリフォルニア=MX-BCN; ソノラ=MX-SON; チワワ=MX-CHH
subdivision | {}の首都ってどこになるの | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イングランドの首都ってロンドンでいいの | GB-ENG
subdivision | {}の中心の町はどこ | グリーンランド=GL; フェロー諸島=FO; オーランド諸島=AX
subdivision | {}の首都ってあるの | グアム=GU; プエルトリコ=PR; ニューカレドニア=NC
subdivision | {}の首府はどこ | 仏領ポリネシア=PF; レユニオン=RE; マルティニーク=MQ
subdivision | {}の首都というか中心地はどこ | ケイマン諸島=KY; バミューダ=BM; アルバ=AW
subdivision | {}の主都ってどこなの | キュラソー=CW; マン島=IM; ジャージー島=JE
subdivision | {}の政庁所在地はどこ | ガーンジー=GG; 北マリアナ諸島=MP; 米領サモア=AS
subdivision | {}の首都はどこにあるの | 西サハラ=EH; 仏領ギアナ=GF; グアドループ=GP
subdivision | {}の中心の町ってどこ | タークスカイコス諸島=TC; 英領バージン諸島=VG; 米領バージン諸島=VI
subdivision | {}の首都的なところ教えて | アンギラ=AI; モントセラト=MS; セントヘレナ=SH
subdivision | {}の首都はあるのかな | ピトケアン諸島=PN; クリスマス島=CX; ノーフォーク島=NF
subdivision | インドの{}の中心都市は | デリー=IN-DL; ジャンムーカシミール=IN-JK; ラダック=IN-LA
subdivision | メキシコの{}州はどこが州都 | プエブラ=MX-PUE; ベラクルス=MX-VER; グアナファト=MX-GUA
subdivision | ブラジルの{}州はどこが州都 | アクレ=BR-AC; ロンドニア=BR-RO; トカンチンス=BR-TO
subdivision | アメリカの{}はどこが州都 | テキサス=US-TX; アリゾナ=US-AZ; ワシントン州=US-WA
subdivision | カナダの{}州の州都ってモントリオールじゃないよね | ケベック=CA-QC
# reverse-question
reverse-question | {}ってどこの国の首都 | ウランバートル=CITY:ウランバートル; ナイロビ=CITY:ナイロビ; リマ=CITY:リマ
reverse-question | {}はどこの首都なの | キャンベラ=CITY:キャンベラ; オタワ=CITY:オタワ; ウェリントン=CITY:ウェリントン
reverse-question | {}が首都の国ってどこ | ハノイ=CITY:ハノイ; カトマンズ=CITY:カトマンズ; ダッカ=CITY:ダッカ
reverse-question | {}を首都にしてる国はどこ | アスタナ=CITY:アスタナ; タシケント=CITY:タシケント; ビシュケク=CITY:ビシュケク
reverse-question | {}ってどこの首都やったっけ | ジョージタウン=CITY:ジョージタウン; キングストン=CITY:キングストン; ビクトリア=CITY:ビクトリア
reverse-question | {}はどこの国の首都ですか | アディスアベバ=CITY:アジスアベバ; アクラ=CITY:アクラ; ダカール=CITY:ダカール
reverse-question | {}ってどっかの首都だよねどこ | ブカレスト=CITY:ブカレスト; ソフィア=CITY:ソフィア; リガ=CITY:リガ
reverse-question | {}はなんていう国の首都 | モンテビデオ=CITY:モンテビデオ; アスンシオン=CITY:アスンシオン; カラカス=CITY:カラカス
reverse-question | {}が首都なのはどの州 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; トピカ=CITY:トピカ
reverse-question | {}ってどこの州都 | ミュンヘン=CITY:ミュンヘン; ドレスデン=CITY:ドレスデン; マインツ=CITY:マインツ
reverse-question | {}はどこの州の州都だっけ | ジャイプル=CITY:ジャイプル; コルカタ=CITY:コルカタ; チェンナイ=CITY:チェンナイ
reverse-question | {}が首都の国を教えて | セントジョンズ=CITY:セントジョンズ; パラマリボ=CITY:パラマリボ; トビリシ=CITY:トビリシ
reverse-question | 首都が{}なのはどこの国 | ヤウンデ=CITY:ヤウンデ; ルサカ=CITY:ルサカ; ハラレ=CITY:ハラレ
# official-name
official-name | {}の首都はどちらでしょうか | 大韓民国=KR; 中華人民共和国=CN; 朝鮮民主主義人民共和国=KP
official-name | {}の首都を教えてください | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | 正式名称で言うと{}だけど首都はどこ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; ロシア連邦=RU
official-name | 正式には{}って言うらしいけど首都は | オーストラリア連邦=AU; ブラジル連邦共和国=BR; メキシコ合衆国=MX
official-name | {}の首都を正式に教えてください | インド共和国=IN; インドネシア共和国=ID; フィリピン共和国=PH
official-name | {}って国の首都は | サウジアラビア王国=SA; ヨルダンハシミテ王国=JO; スペイン王国=ES
official-name | {}の首都を知りたい | スイス連邦=CH; オランダ王国=NL; ベルギー王国=BE
official-name | {}の首都ってなに | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; カンボジア王国=KH
official-name | {}の首都はどこになりますか | エジプトアラブ共和国=EG; アルジェリア民主人民共和国=DZ; チュニジア共和国=TN
official-name | {}って長い名前の国の首都は | ボリビア多民族国=BO; ベネズエラボリバル共和国=VE; 中華民国=TW
# everyday-name
everyday-name | 新聞に{}って書いてあったけど首都どこ | 英国=GB; 米国=US; 豪州=AU
everyday-name | {}の首都はどこだったかな | ビルマ=MM; セイロン=LK; グルジア=GE
everyday-name | {}の首都って今どこ | ザイール=CD; マケドニア=MK; スワジランド=SZ
everyday-name | {}の首都教えて | 白ロシア=BY; 東チモール=TL; ニュージー=NZ
everyday-name | じいちゃんが{}って言うとるけど首都はどこなん | メリケン=US; エゲレス=GB; ヴェトナム=VN
everyday-name | 昔は{}って呼んでたけど首都どこだっけ | キルギスタン=KG; トルクメン=TM; チェキア=CZ
everyday-name | {}の首都は | アメリカ=US; イギリス=GB; ベトナム=VN
everyday-name | {}って書くこともあるけど首都は | カーボヴェルデ=CV; コートジボアール=CI; ヴァチカン=VA
everyday-name | {}の首都はどこでしょう | テュルキエ=TR; 北朝鮮=KP; 南ア=ZA
everyday-name | {}の首都ってなんだっけ | アイボリーコースト=CI; ホランド=NL; ペルシャ=IR
# shared-name
shared-name | {}の首都ってどこだろう | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}の首都ってどこかわかる | サモア=AS+WS; バージン諸島=VG+VI; ギニア=GN
shared-name | {}ってところの首都を教えて | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}の首都ってどっちのこと言うの | ジョージア=GE+US-GA; コンゴ=CD+CG; サモア=AS+WS
shared-name | {}の首都ってどこなんやろ | ワシントン=US-WA; ニューヨーク=US-NY; パンジャーブ=IN-PB
shared-name | {}の首都はどこかいな | ルクセンブルク=LU; メキシコ=MX; ジブチ=DJ
shared-name | {}の州都ってどこにあるのかな | メキシコ州=MX-MEX; サンパウロ=BR-SP; リオデジャネイロ=BR-RJ
# yes-no-check
yes-no-check | {}の首都ってシドニーであってる | オーストラリア=AU
yes-no-check | カナダの首都はトロントだよね | CA
yes-no-check | ブラジルの首都はリオじゃないの | BR
yes-no-check | トルコの首都ってイスタンブールで合ってる | TR
yes-no-check | スイスの首都はチューリッヒだよね | CH
yes-no-check | ニュージーランドの首都はオークランドでしょ | NZ
yes-no-check | ベトナムの首都はホーチミンだっけ | VN
yes-no-check | モロッコの首都ってカサブランカやろ | MA
yes-no-check | ナイジェリアの首都はラゴスで正解 | NG
yes-no-check | パキスタンの首都はカラチだったよね | PK
yes-no-check | カザフスタンの首都ってアルマトイじゃなかった | KZ
yes-no-check | ミャンマーの首都はヤンゴンで合ってるかな | MM
yes-no-check | タンザニアの首都ってダルエスサラームだよね | TZ
yes-no-check | アメリカの首都はニューヨークじゃないんだっけ | US
yes-no-check | インドの首都はムンバイかな | IN
yes-no-check | イスラエルの首都ってテルアビブで合ってますか | IL
yes-no-check | 中国の首都は上海じゃないよね | CN
yes-no-check | {}の首都ってニューデリーで合ってる | インド=IN
yes-no-check | {}の首都はワシントンでいいんだよね | アメリカ=US
yes-no-check | {}の首都ってベルンで合ってる | スイス=CH
yes-no-check | {}の首都はキャンベラでいいの | オーストラリア=AU
yes-no-check | カリフォルニア州の州都ってロサンゼルスだよね | US-CA
yes-no-check | ニューヨーク州の州都はニューヨーク市じゃないって本当 | US-NY
yes-no-check | テキサス州の州都はヒューストンでしょ | US-TX
yes-no-check | フロリダの州都ってマイアミだっけ | US-FL
yes-no-check | イリノイ州の州都はシカゴだよね | US-IL
yes-no-check | バイエルン州の州都ってミュンヘンで合ってる | DE-BY
yes-no-check | オンタリオ州の州都はトロントだよな | CA-ON
yes-no-check | ボリビアの首都ってラパスじゃないの | BO
yes-no-check | オランダの首都はハーグなんちゃうの | NL
yes-no-check | 南アフリカの首都はヨハネスブルグやんな | ZA
yes-no-check | スリランカの首都ってコロンボでしょ | LK
yes-no-check | ベナンの首都はコトヌーであってる | BJ
yes-no-check | コートジボワールの首都ってアビジャンだよね | CI
yes-no-check | マレーシアの首都はクアラルンプールで間違いない | MY
yes-no-check | エスワティニの首都ってムババーネで正しい | SZ
yes-no-check | パレスチナの首都はラマラで合ってる | PS
yes-no-check | アレクサベトナムの首都はハノイで合ってる | VN
# self-correction
self-correction | {}じゃなくてスイスの首都 | スウェーデン=CH; スワジランド=CH
self-correction | オーストリアじゃなくてオーストラリアの首都 | AU
self-correction | オーストラリアじゃなかったオーストリアの首都はどこ | AT
self-correction | スロバキアあっ違うスロベニアの首都 | SI
self-correction | スロベニアじゃなくてスロバキアの首都教えて | SK
self-correction | ニジェールいやナイジェリアの首都は | NG
self-correction | ナイジェリアじゃなくてニジェールの首都 | NE
self-correction | ギニアえっとギニアビサウの首都 | GW
self-correction | 赤道ギニアじゃないパプアニューギニアの首都 | PG
self-correction | イランごめんイラクの首都はどこ | IQ
self-correction | イラクじゃないイランの首都やった | IR
self-correction | コロンビアの首都あっやっぱりコスタリカの首都 | CR
self-correction | マリじゃなくてマラウイの首都を教えて | MW
self-correction | モーリタニアいやモーリシャスの首都 | MU
self-correction | ラトビアじゃなくてリトアニアの首都 | LT
self-correction | アルメニアあっ間違えたアルバニアの首都 | AL
self-correction | チェコやなくてチャドの首都や | TD
self-correction | ガーナちゃうガイアナの首都 | GY
self-correction | ガンビアじゃなくてザンビアの首都はどこ | ZM
self-correction | ザンビアやなかったジンバブエの首都 | ZW
self-correction | ウルグアイいやパラグアイの首都 | PY
self-correction | ホンジュラスえっとエルサルバドルの首都 | SV
self-correction | オランダの首都じゃなくてベルギーの首都を教えて | BE
self-correction | ノルウェーあっデンマークの首都はどこ | DK
self-correction | カナダのあっ違うアメリカの首都 | US
self-correction | スーダンじゃなくて南スーダンの首都 | SS
self-correction | 北朝鮮じゃなくて韓国の首都 | KR
self-correction | コンゴ民主共和国いやコンゴ共和国の首都 | CG
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | テキサスじゃなくてオクラホマ州の州都 | US-OK
self-correction | バイエルンあっ違ったザクセン州の州都 | DE-SN
self-correction | オンタリオじゃなくてマニトバの州都 | CA-MB
self-correction | クイーンズランドじゃなくて西オーストラリア州の州都 | AU-WA
self-correction | グジャラートあっケーララ州の州都 | IN-KL
self-correction | スコットランドいやウェールズの首都 | GB-WLS
self-correction | ブルネイの首都えっと違うブータンの首都 | BT
self-correction | キルギスじゃなくてタジキスタンの首都 | TJ
self-correction | アンドラの首都あっリヒテンシュタインの首都 | LI
# out-of-domain
out-of-domain | {}の明日の天気は | 青森=FB; 弘前=FB; 八戸=FB
out-of-domain | 今日の{}の天気どうなん | 広島=FB; 高知=FB; 那覇=FB
out-of-domain | {}って雪降っとる | 札幌=FB; 旭川=FB; 秋田=FB
out-of-domain | {}の今の時間は何時 | ロンドン=FB; ニューヨーク=FB; シドニー=FB
out-of-domain | {}の人口ってどのくらい | フランス=FB; インド=FB; ナイジェリア=FB
out-of-domain | {}の面積はどれくらい | カナダ=FB; ロシア=FB; ブラジル=FB
out-of-domain | {}の公用語は何語 | スイス=FB; ベルギー=FB; シンガポール=FB
out-of-domain | {}の通貨って何 | タイ=FB; ベトナム=FB; 南アフリカ=FB
out-of-domain | {}の国歌かけて | フランス=FB; アメリカ=FB; ドイツ=FB
out-of-domain | {}まで飛行機で何時間かかる | ハワイ=FB; パリ=FB; バンコク=FB
out-of-domain | {}の為替レート教えて | ドル=FB; ユーロ=FB; ウォン=FB
out-of-domain | {}の大統領は誰 | アメリカ=FB; フランス=FB; 韓国=FB
out-of-domain | {}の首相って誰だっけ | イギリス=FB; インド=FB; カナダ=FB
out-of-domain | {}の一番高い山はどこ | 日本=FB; ネパール=FB; アフリカ=FB
out-of-domain | {}で一番大きい都市は | オーストラリア=FB; トルコ=FB; ブラジル=FB
out-of-domain | {}の国旗ってどんな色 | イタリア=FB; メキシコ=FB; ケニア=FB
out-of-domain | {}の時差は何時間 | ニュージーランド=FB; エジプト=FB; メキシコ=FB
out-of-domain | {}の名物料理を教えて | ペルー=FB; トルコ=FB; スペイン=FB
out-of-domain | {}の県庁所在地はどこ | 青森県=FB; 秋田県=FB; 鹿児島県=FB
out-of-domain | {}の県庁所在地ってどこだっけ | 愛知県=FB; 高知県=FB; 沖縄県=FB
out-of-domain | {}の道庁所在地は | 北海道=FB
out-of-domain | {}の府庁所在地はどこ | 京都府=FB; 大阪府=FB
out-of-domain | {}の市役所はどこ | 名古屋=FB; 仙台=FB; 広島=FB
out-of-domain | {}のニュースを教えて | 今日=FB; 経済=FB; スポーツ=FB
out-of-domain | {}をかけて | 津軽三味線=FB; 島唄=FB; 演歌=FB
out-of-domain | {}の曲を流して | 美空ひばり=FB; 米津玄師=FB; ビートルズ=FB
out-of-domain | {}のタイマーをセットして | 三分=FB; 十分=FB; 一時間=FB
out-of-domain | {}にアラームかけて | 朝六時=FB; 七時半=FB; 五時=FB
out-of-domain | {}の電気消して | リビング=FB; 寝室=FB; 台所=FB
out-of-domain | {}を買い物リストに入れて | 牛乳=FB; 卵=FB; 味噌=FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | 資本主義と社会主義の違いを教えて | FB
out-of-domain | キャピタルゲインの税金っていくら | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | キャピタル東急ホテルの電話番号 | FB
out-of-domain | 首都高速の渋滞情報を教えて | FB
out-of-domain | 首都高って今混んでる | FB
out-of-domain | 首都直下地震が来る確率は | FB
out-of-domain | 首都圏の電車止まってる | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 首都移転の話ってどうなったの | FB
out-of-domain | 首都機能移転ってなに | FB
out-of-domain | 大文字のことを英語でキャピタルレターって言うの | FB
out-of-domain | 首都って英語でなんて言う | FB
out-of-domain | 首都と首府の違いは何 | FB
out-of-domain | 日本の首都って法律で決まってるの | FB
out-of-domain | 世界で一番人口が多い首都はどこ | FB
out-of-domain | 世界で一番寒い首都はどこ | FB
out-of-domain | 標高が一番高い首都ってどこ | FB
out-of-domain | 国連に加盟してる国はいくつ | FB
out-of-domain | 世界に国って全部でいくつあるの | FB
out-of-domain | アフリカには国がいくつある | FB
out-of-domain | 一番小さい国はどこ | FB
out-of-domain | 世界で一番大きい国はどこ | FB
out-of-domain | 地球の裏側ってどこの国 | FB
out-of-domain | 赤道が通ってる国を教えて | FB
out-of-domain | 日本と国交がない国はどこ | FB
out-of-domain | 世界遺産の数が一番多い国は | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
out-of-domain | ワールドベースボールクラシックの日程は | FB
out-of-domain | 侍ジャパンの試合何時から | FB
out-of-domain | カープ勝った | FB
out-of-domain | ドラゴンズの試合結果 | FB
out-of-domain | 今日の日経平均は | FB
out-of-domain | ドル円いくら | FB
out-of-domain | ガソリンの値段って今いくら | FB
out-of-domain | 米の値段上がってる | FB
out-of-domain | 明日田植えするけど雨降るかね | FB
out-of-domain | 台風どこにおる | FB
out-of-domain | 桜島の噴火情報教えて | FB
out-of-domain | 今日の潮見表を教えて | FB
out-of-domain | 波の高さはどれくらい | FB
out-of-domain | 漁に出られるか風の強さ教えて | FB
out-of-domain | ねぶた祭りはいつから | FB
out-of-domain | 雪まつりの日程教えて | FB
out-of-domain | 近くのコンビニどこ | FB
out-of-domain | 近くのお好み焼き屋さん探して | FB
out-of-domain | 味噌カツの作り方教えて | FB
out-of-domain | きりたんぽ鍋のレシピ | FB
out-of-domain | ゴーヤチャンプルーの作り方 | FB
out-of-domain | かつおのたたきってどうやって作るの | FB
out-of-domain | 今日何曜日 | FB
out-of-domain | 今何時 | FB
out-of-domain | 明日の予定教えて | FB
out-of-domain | お母さんに電話して | FB
out-of-domain | おもしろい話して | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 歌って | FB
out-of-domain | 子守唄流して | FB
out-of-domain | 動物の鳴き声クイズして | FB
out-of-domain | 英語でありがとうは何て言う | FB
out-of-domain | フランス語でこんにちはって何 | FB
out-of-domain | タガログ語でおはようってなんて言うの | FB
out-of-domain | 中国語の勉強したい | FB
out-of-domain | インドネシア語でありがとうは | FB
out-of-domain | シンハラ語の数字を教えて | FB
out-of-domain | 漢字の書き順教えて | FB
out-of-domain | 十二かける十二は | FB
out-of-domain | 一ドルは何円 | FB
out-of-domain | 百キロは何マイル | FB
out-of-domain | 体温三十七度五分って熱ある | FB
out-of-domain | 病院の待ち時間どのくらい | FB
out-of-domain | 血圧の正常値は | FB
out-of-domain | インフルエンザの症状教えて | FB
out-of-domain | チェックアウトは何時ですか | FB
out-of-domain | タクシー呼んで | FB
out-of-domain | 空港までのバスの時間 | FB
out-of-domain | コンテナの船便って何日かかる | FB
out-of-domain | インコタームズのエフオービーって何 | FB
out-of-domain | 横浜港の天気 | FB
out-of-domain | 来週の会議をカレンダーに入れて | FB
out-of-domain | メール読んで | FB
out-of-domain | ゲームのアップデートいつ | FB
out-of-domain | おすすめのゲーム実況者教えて | FB
out-of-domain | 徹夜明けに効く飲み物は | FB
out-of-domain | クロスワードの答えで三文字の果物 | FB
out-of-domain | クイズ番組の再放送はいつ | FB
out-of-domain | 図書館の開館時間は | FB
out-of-domain | 本の返却期限を教えて | FB
out-of-domain | 塾の授業何時からだっけ | FB
out-of-domain | 県の形当てクイズして | FB
out-of-domain | 都道府県を全部言って | FB
out-of-domain | 日本の県庁所在地クイズ出して | FB
out-of-domain | 四十七都道府県で一番小さいのは | FB
out-of-domain | 北海道の面積は | FB
out-of-domain | 沖縄って何県 | FB
out-of-domain | アマチュア無線の周波数帯を教えて | FB
out-of-domain | 太陽活動が活発かどうか教えて | FB
out-of-domain | 今日の月の形は | FB
out-of-domain | 星座占い教えて | FB
out-of-domain | おやすみ | FB
out-of-domain | おはよう | FB
out-of-domain | ありがとうね | FB
out-of-domain | アレクサ好きだよ | FB
out-of-domain | アレクサ何歳 | FB
out-of-domain | ポケモンの中で一番強いのは | FB
out-of-domain | 恐竜の名前を教えて | FB
out-of-domain | パンダはどこに住んでるの | FB
out-of-domain | コアラは何を食べるの | FB
out-of-domain | ペンギンは南極にしかいないの | FB
out-of-domain | 幼稚園の歌かけて | FB
out-of-domain | 音量上げて | FB
out-of-domain | 音小さくして | FB
out-of-domain | ラジオつけて | FB
out-of-domain | 石焼き芋の歌流して | FB
out-of-domain | 泡盛って何度 | FB
out-of-domain | 焼酎のお湯割りの割合は | FB
out-of-domain | 京都の紅葉の見頃は | FB
out-of-domain | 清水寺の拝観時間 | FB
out-of-domain | 舞妓さんになるにはどうしたらいいの | FB
out-of-domain | 土佐の高知のはりまや橋って歌流して | FB
out-of-domain | 坂本龍馬の誕生日はいつ | FB
out-of-domain | 名古屋城の金のしゃちほこっていくら | FB
out-of-domain | 厳島神社の満潮時刻 | FB
out-of-domain | 基地の騒音の苦情どこに言えばいい | FB
out-of-domain | りんごの品種で一番甘いのは | FB
out-of-domain | なまはげって何 | FB
out-of-domain | 首都の反対の言葉ってある | FB
out-of-domain | 首都ってなんで首都って言うの | FB
out-of-domain | 首都を変えた国ってどこがある | FB
out-of-domain | ブラジルの首都ができたのはいつ | FB
out-of-domain | キャンベラってどんな街 | FB
out-of-domain | パリの有名な観光地を教えて | FB
out-of-domain | ロンドンからパリまで電車で何時間 | FB
out-of-domain | ワシントンの桜はいつ咲くの | FB
out-of-domain | ソウルの明日の天気 | FB
out-of-domain | 北京の大気汚染どうなってる | FB
out-of-domain | バンコクの気温は何度 | FB
out-of-domain | ジャカルタから首都が移るって本当 | FB
out-of-domain | マニラまで船で何日かかる | FB
out-of-domain | スリランカの紅茶のおすすめ | FB
out-of-domain | モンゴルの力士で一番強いのは誰 | FB
# help
help | これどうやって使うの | HELP
help | 使い方わがんねじゃ教えでけ | HELP
help | なんて言えばいいのかわからんのだす | HELP
help | どう聞けばええのか教えてちょー | HELP
help | 何ができるんか教えてくれんかのう | HELP
help | どうやって聞いたらええがぜよ | HELP
help | 使い方おしえてねー | HELP
help | どげんして使うとけ | HELP
help | これなんて言ったらいいのさ | HELP
help | 使い方教えておくれやす | HELP
help | つかいかたがわかりませんたすけてください | HELP
help | どうやってきけばいいですか | HELP
help | これなにができますか | HELP
help | つかいかたせつめいしてください | HELP
help | ヘルプお願いしますどうすればいいですか | HELP
help | えっとハウトゥーユーズこれ | HELP
help | 操作方法教えてワンチャン使いこなせるかも | HELP
help | 聞き方がわからん助けてくれ | HELP
help | 使い方のマニュアル的なのある | HELP
help | みんなでどうやって聞いたらいいか教えてくれるかな | HELP
help | アレクサこの首都のやつの使い方教えて | HELP
help | ヘルプ | HELP
help | 助けてどう言えば答えてくれるの | HELP
help | どんな質問ならできるの | HELP
help | 例えばどんなこと聞けばいいの | HELP
help | 州都も聞けるのか教えて | HELP
help | 何を言えばいいのかヒントちょうだい | HELP
help | やり方がさっぱりわからないんですけど | HELP
help | ちょっと使い方を説明してもらえますか | HELP
help | 首都の聞き方の例を言って | HELP
help | 困ったどうしたらいい | HELP
help | これ何するアプリなの | HELP
help | 何て話しかければいいのかね | HELP
help | お客様に説明したいので使い方を教えてください | HELP
help | 生徒向けに使い方を教えて | HELP
help | 使い方をもう一回説明して | HELP
help | ようわからんのやけどどう使うん | HELP
help | ヘルプ出して | HELP
help | 使い方のガイドをお願い | HELP
help | 説明聞きたい | HELP
help | どう使えばいいのか全然わからん | HELP
help | 何を聞いていいのか教えてくれる | HELP
help | このスキルでできること教えて | HELP
help | 助けてアレクサ | HELP
# stop
stop | もういいじゃ | STOP
stop | やめでけ | STOP
stop | もうええだす | STOP
stop | もうやめてちょー | STOP
stop | もうええけえやめて | STOP
stop | もうえいきやめちょき | STOP
stop | もういいさーやめて | STOP
stop | もうよか終わって | STOP
stop | もういいっしょ止めて | STOP
stop | もうよろしおす | STOP
stop | おわりですありがとう | STOP
stop | とめてくださいもういいです | STOP
stop | しゅうりょうしてください | STOP
stop | ストップしてくださいませ | STOP
stop | オーケーストッププリーズ | STOP
stop | 落ちるわおつかれ | STOP
stop | もう寝るから終わり | STOP
stop | もうええわい止めてくれ | STOP
stop | 作業完了なのでクローズして | STOP
stop | はいおしまいにしようね | STOP
stop | アレクサ終了 | STOP
stop | ストップ | STOP
stop | 終わり | STOP
stop | 止めて | STOP
stop | やめて | STOP
stop | 閉じて | STOP
stop | 黙って | STOP
stop | もう十分だよありがとう | STOP
stop | 番組始まったから終わりにして | STOP
stop | 名前呼ばれたからもういい | STOP
stop | 交信終わるからストップ | STOP
stop | 今日はここまでにしとく | STOP
stop | ここで終了にして | STOP
stop | しゃべるのやめて | STOP
stop | 首都の話はもういい | STOP
stop | 世界の首都を終了して | STOP
stop | 世界の首都を閉じて | STOP
stop | もう聞かないから終わっていいよ | STOP
stop | おしまい | STOP
stop | 終了して | STOP
stop | 静かにして | STOP
stop | もう結構です | STOP
stop | 止まって | STOP
stop | 出ていいよ終わり | STOP
stop | やめやめ | STOP
stop | へばもう終わりにするじゃ | STOP
stop | もうしまいにしてけれ | STOP
stop | もうええでやめてちょーだゃあ | STOP
stop | もう止めてくれやもう十分じゃ | STOP
stop | もう終わりにしちょこうぜよ | STOP
stop | これでおわりさーまたねー | STOP
stop | もうよかでやめっくいやい | STOP
stop | したっけもう終わりにするわ | STOP
stop | もう堪忍え止めとくれやす | STOP
stop | もうおわりにしますストップです | STOP
stop | きょうはおしまいにします | STOP
stop | もうやめるわ寝落ちしそう | STOP
stop | 田んぼ行くでもうやめとくれ | STOP
stop | タスク完了だから終了で | STOP
stop | はいみんなおしまいアレクサ止めてね | STOP
stop | お客様が来たので止めてください | STOP
stop | 船積みの時間だからもう終わる | STOP
stop | 授業始まるからこれで終わり | STOP
# cancel
cancel | キャンセル | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のはキャンセルで | CANCEL
cancel | 取り消して | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | やっぱやめとくわ | CANCEL
cancel | 今のは無しだべ | CANCEL
cancel | 今の取り消してけ | CANCEL
cancel | やっぱええだす | CANCEL
cancel | 今の聞かんかったことにしてちょー | CANCEL
cancel | やっぱりええわ取り消しじゃ | CANCEL
cancel | 今のはなしにしちょいて | CANCEL
cancel | 今のやっぱいいさー | CANCEL
cancel | 今のはよかとやめっくいやい | CANCEL
cancel | やっぱいいわ取り消して | CANCEL
cancel | 今のはなかったことにしておくれやす | CANCEL
cancel | いまのキャンセルしてください | CANCEL
cancel | まちがえましたとりけしてください | CANCEL
cancel | いまのなしですごめんなさい | CANCEL
cancel | キャンセルプリーズ | CANCEL
cancel | 今のなしなしノーカンで | CANCEL
cancel | やっぱりいらん | CANCEL
cancel | 今の質問はキャンセルでお願い | CANCEL
cancel | 今のはやめておこうね | CANCEL
cancel | 聞き間違えたからキャンセル | CANCEL
cancel | 言い間違えたから今のはいい | CANCEL
cancel | さっきのはキャンセルしといて | CANCEL
cancel | 取りやめで | CANCEL
cancel | 中止して | CANCEL
cancel | 中止 | CANCEL
cancel | やっぱりやめる | CANCEL
cancel | いやいいですキャンセルで | CANCEL
cancel | 今のリクエストは取り消し | CANCEL
cancel | あっ今のはいいやキャンセル | CANCEL
cancel | それは聞かなくていいや | CANCEL
cancel | 間違えて話しかけちゃったキャンセル | CANCEL
cancel | 今のは独り言だから取り消して | CANCEL
cancel | やっぱなしで | CANCEL
cancel | 取り消し | CANCEL
cancel | 今の質問やめとく | CANCEL
cancel | 今の答えはいらないキャンセル | CANCEL
cancel | やっぱり聞くのやめた | CANCEL
cancel | キャンセルしてやっぱいい | CANCEL
cancel | 今のなかったことにして | CANCEL
# launch
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都開けでけ | LAUNCH
launch | 世界の首都ば開いでけれ | LAUNCH
launch | 世界の首都開いてちょー | LAUNCH
launch | 世界の首都を開いてくれんかのう | LAUNCH
launch | 世界の首都を開いてや | LAUNCH
launch | 世界の首都開いてねー | LAUNCH
launch | 世界の首都を開いてくいやい | LAUNCH
launch | 世界の首都開いてくれるかい | LAUNCH
launch | 世界の首都を開いておくれやす | LAUNCH
launch | せかいのしゅとをあけてください | LAUNCH
launch | せかいのしゅとつかいたいです | LAUNCH
launch | せかいのしゅとスタートおねがいします | LAUNCH
launch | ワールドキャピタルじゃなくて世界の首都を開いて | LAUNCH
launch | 世界の首都起動しておいて | LAUNCH
launch | 世界の首都でクイズの答え確認する | LAUNCH
launch | 世界の首都を起動してください | LAUNCH
launch | 世界の首都を開いてください | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都で調べたい | LAUNCH
launch | 世界の首都を開いて首都を調べる | LAUNCH
launch | 世界の首都でテストの確認をしたい | LAUNCH
launch | みんなで世界の首都を開いてみよう | LAUNCH
launch | 世界の首都を開いてお客様の国を調べる | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都始めて | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | アレクサ世界の首都 | LAUNCH
launch | 世界の首都で遊ぶ | LAUNCH
launch | 世界の首都を開いて交信相手の国を調べる | LAUNCH
"""

if __name__ == "__main__":
    build_round(52, "ja", LINES, sys.argv, "tests/Eval/ja/round52/source/build_corpus.py")
