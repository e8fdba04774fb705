"""Round 51, Japanese (ja-JP): a new author's own mix, written blind at the start of the fifty-fifth session (brief
WRITER61.md), chosen apart from the regions, speakers and situations round 50's docstring names for itself (Tokushima,
Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki, Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish
learners; net slang, a bilingual family, a grandmother, a preschooler; flag cards, banknotes, a marathon, a car trip,
the news, a morning assembly, an escape room, mahjong, a security guard, a flower shop) and from the regions, learners
and situations it lists for rounds 49 to 44.
Regions: Kobe (とう, しとう, へん, やねん, てや; Motomachi Chinatown, the port, Kitano, Rokko), Fukui (ざ, やざ, けの,
ほやほや, つるつるいっぱい, ちょっこし; the dinosaur museum, Sabae spectacles, Echizen crab, Tojinbo), Saga (ね, ば,
がばい, ばってん, けん, とさ, らした; Arita ware, the balloon fiesta, Yobuko squid, Yoshinogari), Oita (かえ, ちょる,
ちょくれ, ち (quotative), しんけん, よだきい, っちゃ; Beppu, Yufuin, a university friend, Seki aji), Tottori (だいや, だっちゃ,
ごせ, ごしないや, だらず, けえ; the dunes, Nijisseiki pears, Sakaiminato, Mizuki Shigeru Road), Nara (やのん, はる,
へん, かいな; the deer, Horyuji, Todaiji, kakinoha sushi), Tochigi (だっぺ, だんべ, べ, いっぺえ, くんねえか; Nikko,
strawberries, Utsunomiya gyoza, Nasu) and Kawachi in Osaka (わい, われ, ど, よって, やっちゅうねん; Fuse, danjiri).
Learners (learner grammar, mostly in hiragana): a Vietnamese care worker, a Japanese-Brazilian factory worker, a Nepali
curry-shop cook, a Korean exchange student, a French au pair and a Mongolian sumo apprentice (っす).
Code-switching and age: a high-school girl's slang (ぴえん, えぐい, やばたにえん, あざまる, 推し, ガチで, りょ), a retired
school principal's stiff old-fashioned speech (いずこであるか, 吾輩, たまえ, おる), an office worker's business keigo
(恐れ入りますが, いただけますでしょうか, お伺い) and a returnee child mixing English in katakana (キャピタル, マム,
スクール, ステートキャピタル).
Situations: cramming for the high-school entrance exam, a taxi driver, watching the World Cup, a travel-agency counter,
an izakaya quiz night, a world-cuisine cooking class, an airport check-in counter, karaoke, a stamp collector and a
summer-holiday research project.
As in rounds 47 to 50 most lines carry no wake word (the Japanese transcripts start after it); a few say アレクサ in the
middle of a sentence. Every line was written by hand as one whole utterance; frames carry up to three fills. After a
first draft ran over length, the third fill of 52 speaker and situation frames was taken out (only where that place is
asked at least three more times elsewhere), some out-of-domain lines and written-in-kanji (ateji) country names were
removed, and subdivision lines were added for places whose first lines were dropped as in earlier rounds.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 神戸弁
kobe | {}の首都ってどこなん知っとう | ペルー=PE; チリ=CL
kobe | 元町の中華街で{}の人と話しとったんやけど首都どこやったかな | 中国=CN; 台湾=TW
kobe | 港に{}の船が入っとうねんけどその国の首都教えて | パナマ=PA; リベリア=LR
kobe | 北野の異人館で{}館っていうのがあってんけど首都どこなん | デンマーク=DK; オーストリア=AT
kobe | {}の首都ってどこやねんわからへんわ | ブルンジ=BI; ルワンダ=RW; ウガンダ=UG
kobe | なあ{}の首都て何ていうとこやったっけ | キリバス=KI; ツバル=TV; ナウル=NR
kobe | 六甲で会うた{}の留学生の国の首都知りたいねん | インドネシア=ID; フィリピン=PH
kobe | ほんでな{}の首都はどこなんよ | ギニアビサウ=GW; シエラレオネ=SL; ガンビア=GM
kobe | 南京町行く前に{}の首都だけ確認させてや | マレーシア=MY; タイ=TH
kobe | しとうしとう{}の首都もう一回言うてくれへん | カーボベルデ=CV; サントメプリンシペ=ST
kobe | {}の州都ってどこなん教えてや | カリフォルニア=US-CA; ワシントン州=US-WA; オレゴン=US-OR
# 福井弁
fukui | {}の首都ってどこやざ | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
fukui | ほやほやそれで{}の首都はどこやったんけ | アイルランド=IE; アイスランド=IS
fukui | 恐竜博物館に{}の人が来とったんやけど首都どこなんけの | カナダ=CA; モンゴル=MN; アルゼンチン=AR
fukui | めがね作りに{}から研修生来てるんやって首都はどこやの | ミャンマー=MM; ネパール=NP; バングラデシュ=BD
fukui | 越前がにを{}に送るんやけど首都ってどこなんや | シンガポール=SG; 香港=HK; マカオ=MO
fukui | ちょっこし聞きたいんやけど{}の首都はどこやざ | エストニア=EE; ラトビア=LV; リトアニア=LT
fukui | {}の首都なんやったかのおつるつる忘れたわ | ジブチ=DJ; エリトリア=ER; ソマリア=SO
fukui | 東尋坊で{}の観光客に会うたんやけど首都どこやろの | 韓国=KR; イスラエル=IL
fukui | 孫に聞かれたんやけど{}の州都はどこやざ | ネバダ=US-NV; アリゾナ=US-AZ; ユタ=US-UT
# 佐賀弁
saga | {}の首都はどこね | ガボン=GA; カメルーン=CM; チャド=TD
saga | がばいわからんけん{}の首都ば教えてくれんね | 赤道ギニア=GQ; 中央アフリカ=CF
saga | 有田焼ば{}に売りよるとけど首都はどこやったかね | ドイツ=DE; フランス=FR; イタリア=IT
saga | バルーンフェスタに{}のチームの来とるばい首都はどこね | スイス=CH; ベルギー=BE; ルクセンブルク=LU
saga | {}の首都ってなんて言うたかいね | ボツワナ=BW; ナミビア=NA; レソト=LS
saga | 呼子のいか食べに{}の人の来たとさ首都はどこね | オーストラリア=AU; ニュージーランド=NZ
saga | ばってん{}の首都はどこやろか | マダガスカル=MG; モーリシャス=MU; コモロ=KM
saga | 吉野ヶ里の見学に{}の先生の来らしたけんその国の首都ば知りたか | ギリシャ=GR; トルコ=TR; エジプト=EG
saga | {}の州都はどこね | バイーア=BR-BA; パラナ=BR-PR; セアラー=BR-CE
# 大分弁
oita | {}の首都はどこかえ | ウズベキスタン=UZ; トルクメニスタン=TM; タジキスタン=TJ
oita | 別府の温泉に{}の人がきちょんのやけど首都はどこなん | 韓国=KR; タイ=TH; フランス=FR
oita | よだきいけど{}の首都を覚えないけんのっちゃ | モーリタニア=MR; マリ=ML; ニジェール=NE
oita | {}の首都ち何ち言うんかえ | ブルキナファソ=BF; トーゴ=TG
oita | 大学の友達が{}出身なんやけどそこの首都教えちょくれ | スリランカ=LK; ネパール=NP
oita | 湯布院で{}の夫婦に道きかれたんやけどその国の首都はどこかえ | オーストリア=AT; チェコ=CZ
oita | しんけん気になるんやけど{}の首都はどこなんかえ | アゼルバイジャン=AZ; アルメニア=AM
oita | 関あじを{}に出すっちゅう話があるんやけど首都どこなん | カタール=QA; バーレーン=BH; クウェート=KW
oita | {}の州都はどこかえ | ラージャスターン=IN-RJ; グジャラート=IN-GJ; ケーララ=IN-KL
# 鳥取弁
tottori | {}の首都はどこだいや | ポーランド=PL; ハンガリー=HU; ルーマニア=RO
tottori | 砂丘に{}のお客さんが来とんなるけど首都はどこだっちゃ | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
tottori | {}の首都ってなんちゅうとこだったかいな | クロアチア=HR; セルビア=RS; スロベニア=SI
tottori | 二十世紀梨を{}に輸出しとるだけど首都はどこだいな | 台湾=TW; ベトナム=VN
tottori | だらずなこと聞くけど{}の首都はどこだ | アンドラ=AD; モナコ=MC; サンマリノ=SM
tottori | 境港に{}の船が来とるけえその国の首都教えてごせ | ロシア=RU; 韓国=KR
tottori | 水木しげるロードで{}の人に会ったけど首都どこだいや | アルバニア=AL; 北マケドニア=MK; モンテネグロ=ME
tottori | {}の州都を教えてごしないや | ミシガン=US-MI; ミネソタ=US-MN; ウィスコンシン=US-WI
# 奈良弁
nara | {}の首都ってどこやのん | ブルガリア=BG; モルドバ=MD; キプロス=CY
nara | 鹿せんべいあげとったら{}の人が来てんけど首都どこなん | スペイン=ES; ポルトガル=PT
nara | {}の首都ってどこなんほんまにわからへんねん | ソロモン諸島=SB; バヌアツ=VU; トンガ=TO
nara | 法隆寺の案内で{}の人に聞かれてんけどその国の首都は | イラン=IR; イラク=IQ; アフガニスタン=AF
nara | 柿の葉寿司食べながら{}の首都考えとってんけどどこやった | パキスタン=PK; インド=IN; バングラデシュ=BD
nara | そやけど{}の首都はどこやったかいな | セーシェル=SC; モルディブ=MV; モーリシャス=MU
nara | 東大寺の大仏見に{}から来はった人がおってな首都どこなん | ブラジル=BR; コロンビア=CO
nara | {}の州都知ってはる | ミナスジェライス=BR-MG; アマゾナス=BR-AM; ペルナンブーコ=BR-PE
# 栃木弁
tochigi | {}の首都ってどこだっぺ | ケニア=KE; タンザニア=TZ
tochigi | 日光に{}の人がいっぺえ来てっけど首都はどこだんべ | イスラエル=IL; サウジアラビア=SA
tochigi | いちご送っから{}の首都教えてくんねえか | 香港=HK; シンガポール=SG
tochigi | {}の首都ってなんつったっけかなあ | ザンビア=ZM; ジンバブエ=ZW; マラウイ=MW
tochigi | 宇都宮で餃子食ってた{}の人の国の首都はどこだべ | ネパール=NP; ベトナム=VN
tochigi | だいじだいじわかんねえから{}の首都だけ言ってくれ | アンゴラ=AO; モザンビーク=MZ; ナミビア=NA
tochigi | 那須のサファリで{}の話になったんだけど首都どこだっぺ | ケニア=KE; 南スーダン=SS
tochigi | {}の州都ってどこだっぺ | テキサス=US-TX; オクラホマ=US-OK; カンザス=US-KS
# 河内弁
kawachi | {}の首都てどこやねんわい知らんど | リビア=LY; アルジェリア=DZ; チュニジア=TN
kawachi | われ{}の首都ぐらい知っとるやろ言うてみい | モロッコ=MA; セネガル=SN
kawachi | 布施の店に{}の客が来よってなその国の首都どこやねん | フィリピン=PH; ブラジル=BR
kawachi | {}の首都教えたってくれや | ハイチ=HT; キューバ=CU
kawachi | ほんでその{}の首都はどこやっちゅうねん | レバノン=LB; シリア=SY; イエメン=YE
kawachi | だんじりに{}の兄ちゃんが来とってんけど首都どこや | ナイジェリア=NG; ベナン=BJ; カメルーン=CM
kawachi | {}の州都どこやねん | フロリダ=US-FL; ジョージア州=US-GA; ルイジアナ=US-LA
# ベトナム人の介護福祉士
vietnamese-carer | {}のしゅとはどこですかおしえてください | ラオス=LA; カンボジア=KH
vietnamese-carer | りようしゃさんが{}のはなしをしましたしゅとはなんですか | ハワイ=US-HI; アラスカ=US-AK; グアム=GU
vietnamese-carer | わたしのくにはベトナムですしゅとはどこですか | VN
vietnamese-carer | やきんのあとで{}のしゅとをしりたいです | 東ティモール=TL; ブルネイ=BN
vietnamese-carer | {}はしゅとなにですか | フィジー=FJ; サモア=WS; トンガ=TO
vietnamese-carer | おばあちゃんが{}にいきましたそこのしゅとどこ | ハワイ=US-HI; イタリア=IT; スペイン=ES
# 日系ブラジル人の工場勤務
nikkei-brazilian | {}のキャピタルどこですか | パラグアイ=PY; ウルグアイ=UY
nikkei-brazilian | わたしのおとうさん{}うまれその州のしゅとおしえて | サンパウロ州=BR-SP; パラナ州=BR-PR; リオグランデドスル=BR-RS
nikkei-brazilian | {}しゅうのしゅと何ですか | ゴイアス=BR-GO; マットグロッソ=BR-MT; パラー=BR-PA
nikkei-brazilian | こうじょうのやすみに{}のしゅとしらべたい | サンタカタリーナ=BR-SC; エスピリトサント=BR-ES; マラニョン=BR-MA
nikkei-brazilian | ブラジルのしゅとはブラジリアですねほんとう | BR
nikkei-brazilian | {}のしゅとはどこでしたか | アクレ=BR-AC; ロンドニア=BR-RO; ロライマ=BR-RR
# ネパール人のカレー屋店員
nepali-cook | {}のしゅとはどこですかおしえて | ネパール=NP; インド=IN; ブータン=BT
nepali-cook | おきゃくさん{}からきたそこのしゅとなに | パキスタン=PK; スリランカ=LK; モルディブ=MV
nepali-cook | インドの{}のしゅとはどこ | ビハール州=IN-BR; ウッタルプラデーシュ州=IN-UP; 西ベンガル州=IN-WB
nepali-cook | みせおわったから{}のしゅとききたい | シッキム=IN-SK; アッサム=IN-AS; メガラヤ=IN-ML
nepali-cook | ナンやきながら{}のしゅとかんがえてるどこ | アフガニスタン=AF; イラン=IR; タジキスタン=TJ
# 韓国人交換留学生
korean-student | {}の首都はどこでしょうか | 北朝鮮=KP; 韓国=KR; 日本=JP
korean-student | 授業で{}の首都を発表しますから教えてください | モンゴル=MN; カザフスタン=KZ
korean-student | {}の首都はなんですか知りたいです | オマーン=OM; イエメン=YE
korean-student | ゼミの先輩が{}に行くそうですがそこの首都は | ポルトガル=PT; ルーマニア=RO; ブルガリア=BG
korean-student | 日本語で{}の首都はなんと言いますか | フィンランド=FI; ギリシャ=GR; エジプト=EG
# フランス人のオペア
french-aupair | {}のしゅとはどこですかね | ベルギー=BE; スイス=CH; モナコ=MC
french-aupair | こどもたちと{}のしゅとのゲームをしますおしえて | セネガル=SN; コートジボワール=CI; マダガスカル=MG
french-aupair | {}のしゅとをしっていますか | ケベック=CA-QC; ニューカレドニア=NC; タヒチ=PF
french-aupair | わたしのいなかはレユニオンですそこのしゅとは | RE
french-aupair | {}のしゅとはなにかな | マルティニーク=MQ; グアドループ=GP; フランス領ギアナ=GF
# モンゴル人の力士見習い
mongolian-rikishi | {}の首都はどこっすか | モンゴル=MN; ロシア=RU; 中国=CN
mongolian-rikishi | 親方に{}の首都聞かれたっす教えてください | カザフスタン=KZ; ウズベキスタン=UZ; キルギス=KG
mongolian-rikishi | けいこ終わったっす{}の首都はどこ | ジョージア=GE; ブルガリア=BG; エジプト=EG
mongolian-rikishi | 兄弟子が{}の人っすその国の首都は | ハワイ=US-HI; トンガ=TO
# 女子高生
jk-slang | {}の首都まじわからんぴえん | ウルグアイ=UY; パラグアイ=PY; エクアドル=EC
jk-slang | {}の首都ってどこそれえぐくない | ベリーズ=BZ; グアテマラ=GT; ホンジュラス=HN
jk-slang | 明日小テストなんだけど{}の首都ってどこだっけやばたにえん | エルサルバドル=SV; ニカラグア=NI; コスタリカ=CR
jk-slang | {}の首都教えてあざまる | スリナム=SR; ガイアナ=GY
jk-slang | 推しが{}でライブするらしいんだけど首都どこ | 韓国=KR; タイ=TH; インドネシア=ID
jk-slang | ガチで{}の首都ってどこなん | アイスランド=IS; マルタ=MT; キプロス=CY
# 退職した元校長先生
retired-principal | {}の首都はいずこであるか | トルコ=TR; イラン=IR
retired-principal | 念のため{}の首都を確かめておきたいのだが | スロバキア=SK; リヒテンシュタイン=LI; ルクセンブルク=LU
retired-principal | 吾輩の記憶では{}の首都は思い出せんのだが教えてくれたまえ | ブルネイ=BN; 東ティモール=TL; パラオ=PW
retired-principal | {}の首都はどこであったかな | ミクロネシア=FM; マーシャル諸島=MH; キリバス=KI
retired-principal | 教え子が{}で働いておるのだがそこの首都は | ボツワナ=BW; マラウイ=MW
# 営業部の会社員
office-keigo | 恐れ入りますが{}の首都を教えていただけますでしょうか | サウジアラビア=SA; アラブ首長国連邦=AE; クウェート=KW
office-keigo | 来週{}に出張なのですが首都はどちらでしょうか | ベトナム=VN; インドネシア=ID; フィリピン=PH
office-keigo | 取引先が{}にございますがそちらの首都はどこになりますか | メキシコ=MX; ブラジル=BR; チリ=CL
office-keigo | 会議資料に{}の首都を書きたいので確認させてください | ナイジェリア=NG; ケニア=KE
office-keigo | {}の首都をお伺いしてもよろしいですか | ポーランド=PL; チェコ=CZ; ハンガリー=HU
office-keigo | 出張先の{}の州都を教えてください | オンタリオ州=CA-ON; アルバータ州=CA-AB; ブリティッシュコロンビア州=CA-BC
# 帰国子女の小学生
returnee-kid | {}のキャピタルってどこだっけ | カナダ=CA; オーストラリア=AU
returnee-kid | マムが{}のキャピタル知りたいって | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
returnee-kid | 前のスクールで{}のキャピタルやったけど忘れちゃった | イングランド=GB-ENG; アイルランド=IE; ジャマイカ=JM
returnee-kid | {}のステートキャピタルってなに | ニューヨーク=US-NY; ペンシルベニア=US-PA; マサチューセッツ=US-MA
returnee-kid | テキサスにいたときのクラスメイトが{}に引っ越したんだけどそこのキャピタルは | コロラド=US-CO; オハイオ=US-OH; イリノイ=US-IL
# 高校受験の勉強
exam-cram | 社会の問題で{}の首都が出たんだけどどこ | エチオピア=ET; ソマリア=SO; ジブチ=DJ
exam-cram | 塾の宿題{}の首都って何 | ギニア=GN; リベリア=LR; シエラレオネ=SL
exam-cram | 模試に{}の首都が出そうだから教えて | アルジェリア=DZ; リビア=LY
exam-cram | 地理の暗記カード{}の首都は | オーストリア=AT; スイス=CH; ベルギー=BE
exam-cram | 一問一答{}の首都 | ペルー=PE; コロンビア=CO; ベネズエラ=VE
exam-cram | 公民じゃなくて地理なんだけど{}の首都どこ | ヨルダン=JO; レバノン=LB; シリア=SY
# タクシー運転手
taxi-driver | お客さんが{}の人でさあそこの首都ってどこなの | オランダ=NL; デンマーク=DK
taxi-driver | 信号待ちの間に{}の首都教えてよ | ガーナ=GH; トーゴ=TG
taxi-driver | 後ろの乗客が{}から来たって言うんだけど首都は | ルーマニア=RO; モルドバ=MD; ウクライナ=UA
taxi-driver | 空港まで乗せた人が{}の人だったなあ首都どこだろ | チリ=CL; アルゼンチン=AR
taxi-driver | 休憩中{}の首都はどこだい | セルビア=RS; ボスニアヘルツェゴビナ=BA; コソボ=XK
# ワールドカップ観戦
world-cup | {}の首都どこ今日の相手なんだけど | クロアチア=HR; コスタリカ=CR
world-cup | パブリックビューイングで{}の応援団がいたけど首都は | モロッコ=MA; セネガル=SN; カメルーン=CM
world-cup | 次の対戦相手{}の首都ってどこ | エクアドル=EC; カタール=QA; ウェールズ=GB-WLS
world-cup | ハーフタイムに聞くけど{}の首都は | スコットランド=GB-SCT; イングランド=GB-ENG; ガーナ=GH
world-cup | 予選で{}と当たるんだけど首都どこなの | オマーン=OM; バーレーン=BH
# 旅行代理店のカウンター
travel-agency | お客様が{}へのツアーをご希望でして首都はどこでしょう | クロアチア=HR; モンテネグロ=ME; アルバニア=AL
travel-agency | パンフレットに{}の首都を載せたいんだけど | ペルー=PE; ボリビア=BO; エクアドル=EC
travel-agency | ハネムーンで{}に行くお客様がいるんだけど首都は | モルディブ=MV; セーシェル=SC; モーリシャス=MU
travel-agency | {}のツアーを組むので首都を確認したい | ヨルダン=JO; オマーン=OM
travel-agency | カリブ海クルーズで寄る{}の首都ってどこ | バハマ=BS; バルバドス=BB; セントルシア=LC
# 居酒屋のクイズ大会
izakaya-quiz | 居酒屋のクイズで{}の首都が出たんだけどどこ | ブルキナファソ=BF; マリ=ML; ニジェール=NE
izakaya-quiz | 賭けてるんだけど{}の首都ってどこ | オーストラリア=AU; カナダ=CA
izakaya-quiz | 酔ってて思い出せない{}の首都 | ニュージーランド=NZ; ブラジル=BR
izakaya-quiz | 幹事なんだけどクイズ用に{}の首都教えて | アンティグアバーブーダ=AG; グレナダ=GD; ドミニカ国=DM
izakaya-quiz | 早押しで{}の首都答えたいからすぐ言って | セントビンセントグレナディーン=VC; セントクリストファーネイビス=KN
# 世界の料理教室
cooking-class | 今日は{}料理を作るんだけどその国の首都どこ | ペルー=PE; モロッコ=MA
cooking-class | 料理教室で{}のスープを習ったんだけど首都は | ウクライナ=UA; ハンガリー=HU
cooking-class | スパイス買ったら{}産って書いてあった首都どこ | スリランカ=LK; マダガスカル=MG; グレナダ=GD
cooking-class | {}のカレーを作るから首都も知っときたい | タイ=TH; マレーシア=MY
# 空港のチェックインカウンター
airport-staff | {}行きの便を案内してるんだけど首都はどこ | エチオピア=ET; ケニア=KE; ルワンダ=RW
airport-staff | 乗り継ぎで{}に行くお客様がいて首都を確認したい | カタール=QA; トルコ=TR
airport-staff | {}の首都の空港ってどこだっけ | フィンランド=FI; ポーランド=PL
# カラオケ
karaoke | カラオケで{}の歌入れたんだけどそこの首都どこ | アイルランド=IE; ジャマイカ=JM; キューバ=CU
karaoke | 次の曲までに{}の首都教えて | スウェーデン=SE; ノルウェー=NO
karaoke | 採点待ちの間に{}の首都って聞いていい | トリニダードトバゴ=TT; バハマ=BS; ドミニカ共和国=DO
# 切手収集
stamp-collector | {}の切手が手に入ったんだけど首都はどこ | サンマリノ=SM; バチカン=VA; リヒテンシュタイン=LI
stamp-collector | 古い切手に{}って書いてあるその国の首都 | ナウル=NR; ツバル=TV; パラオ=PW
stamp-collector | {}の記念切手を整理してるんだけど首都は | フェロー諸島=FO; グリーンランド=GL; ジブラルタル=GI
stamp-collector | アルバムに{}の切手を貼るから首都も書いときたい | マン島=IM; ジャージー=JE; ガーンジー=GG
# 夏休みの自由研究
summer-project | 自由研究で{}のことを調べてるんだけど首都は | 南極=AQ; グリーンランド=GL; フォークランド諸島=FK
summer-project | 自由研究のまとめに{}の首都を書きたい | ツバル=TV; キリバス=KI
summer-project | お父さん{}の首都ってなにアレクサに聞いてみる | ブータン=BT; ラオス=LA
summer-project | 模造紙に{}の首都を書くから教えて | 南スーダン=SS; エリトリア=ER
# follow-up
follow-up | じゃあ{}は | セネガル=SN; マリ=ML; ガボン=GA
follow-up | それなら{}はどう | ラオス=LA; ブータン=BT; ネパール=NP
follow-up | 次は{}の首都 | チャド=TD; ニジェール=NE; スーダン=SD
follow-up | ほんなら{}はどこなん | ソロモン諸島=SB; バヌアツ=VU; フィジー=FJ
follow-up | 続けて{}も | グアテマラ=GT; ホンジュラス=HN; パナマ=PA
follow-up | {}のほうはどこ | 北朝鮮=KP; 韓国=KR; モンゴル=MN
follow-up | あと{}もお願い | アンゴラ=AO; コンゴ民主共和国=CD; ザンビア=ZM
follow-up | もう一つ{}はどこだっけ | トルクメニスタン=TM; アゼルバイジャン=AZ; アルメニア=AM
follow-up | ついでに{}の首都も | エストニア=EE; ラトビア=LV; ベラルーシ=BY
follow-up | 今度は{}で | ボツワナ=BW; レソト=LS; モザンビーク=MZ
follow-up | それと{}の州都も | アイオワ=US-IA; ネブラスカ=US-NE; ミズーリ=US-MO
follow-up | {}はどうなってる | セントルシア=LC; バルバドス=BB; グレナダ=GD
follow-up | じゃあ隣の{}は | ブルンジ=BI; タンザニア=TZ; ウガンダ=UG
follow-up | 今のじゃなくて{}の方 | スロバキア=SK; スロベニア=SI; オーストリア=AT
follow-up | そしたら{}の首都は何 | カーボベルデ=CV; ギニアビサウ=GW; サントメプリンシペ=ST
# plural-capitals
plural-capitals | {}の首都って二つあるよね両方教えて | ボリビア=BO; ベナン=BJ; スリランカ=LK
plural-capitals | {}の首都を全部言って | 南アフリカ=ZA; オランダ=NL; マレーシア=MY
plural-capitals | {}には首都がいくつかあるんでしょどこ | エスワティニ=SZ; コートジボワール=CI; パレスチナ=PS
plural-capitals | {}の首都たちはどこ | ボリビア=BO; 南アフリカ=ZA; ベナン=BJ
plural-capitals | {}の首都は複数あるって聞いたけどどことどこ | スリランカ=LK; マレーシア=MY; オランダ=NL
plural-capitals | {}って首都が二つあるってほんと両方教えて | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | {}の首都は三つあるって聞いたけど全部言える | 南アフリカ=ZA
plural-capitals | {}の首都をふたつとも教えて | ボリビア=BO; ベナン=BJ; マレーシア=MY
plural-capitals | 首都がいっぱいある{}の首都を全部 | オランダ=NL; スリランカ=LK; コートジボワール=CI
plural-capitals | {}の首都と行政首都を両方教えて | エスワティニ=SZ; マレーシア=MY; スリランカ=LK
plural-capitals | 社会の先生が{}には首都が二つあるって言ってたけどどこ | ボリビア=BO; コートジボワール=CI; ベナン=BJ
plural-capitals | {}の首都ってどれとどれ | オランダ=NL; エスワティニ=SZ; パレスチナ=PS
plural-capitals | しゅとがふたつある{}のしゅとおしえて | 南アフリカ=ZA; マレーシア=MY; ボリビア=BO
plural-capitals | {}の首都は一つじゃないよね全部お願い | ベナン=BJ; スリランカ=LK; オランダ=NL
plural-capitals | {}の首都に当たる町を全部挙げて | コートジボワール=CI; エスワティニ=SZ; 南アフリカ=ZA
plural-capitals | パレスチナの首都ってどこなの二つ言う人もいるけど | PS
plural-capitals | {}の首都を両方とも言ってくれる | パレスチナ=PS; オランダ=NL; エスワティニ=SZ
plural-capitals | 行政府と立法府で首都が分かれてる{}の首都 | 南アフリカ=ZA; ボリビア=BO; マレーシア=MY
plural-capitals | {}の首都はどれとどれなのか教えて | ベナン=BJ; コートジボワール=CI; スリランカ=LK
plural-capitals | パレスチナの首都はどことどこになってるの | PS
plural-capitals | パレスチナって首都が二つ言われてるけど両方教えて | PS
plural-capitals | ガザとかのパレスチナの首都を全部教えて | PS
plural-capitals | パレスチナの首都を両方とも知りたい | PS
plural-capitals | パレスチナの首都ってどれとどれなん | PS
plural-capitals | パレスチナの首都はいくつあるのかと全部の名前 | PS
# subdivision
subdivision | {}の州都はどこ | モンタナ=US-MT; ワイオミング=US-WY; アイダホ=US-ID
subdivision | {}州の州都ってどこ | ノースダコタ=US-ND; サウスダコタ=US-SD; バーモント=US-VT
subdivision | アメリカの{}の州都 | メイン州=US-ME; ニューハンプシャー州=US-NH; ロードアイランド州=US-RI
subdivision | {}の州都を教えて | コネチカット=US-CT; ニュージャージー=US-NJ; デラウェア=US-DE
subdivision | {}の州都ってなんだっけ | メリーランド=US-MD; バージニア=US-VA; ウェストバージニア=US-WV
subdivision | {}州の中心都市はどこ | ノースカロライナ=US-NC; サウスカロライナ=US-SC; テネシー=US-TN
subdivision | {}の州都ってどこにあるの | ケンタッキー=US-KY; インディアナ=US-IN; アラバマ=US-AL
subdivision | アメリカ{}州の州都は | ミシシッピ=US-MS; アーカンソー=US-AR; ニューメキシコ=US-NM
subdivision | カナダの{}の州都はどこ | マニトバ=CA-MB; サスカチュワン=CA-SK; ノバスコシア=CA-NS
subdivision | カナダの{}の州都を教えて | ニューブランズウィック=CA-NB; プリンスエドワードアイランド=CA-PE; ニューファンドランドラブラドール=CA-NL
subdivision | カナダの{}の中心はどこ | ユーコン=CA-YT; ヌナブト=CA-NU; ノースウエスト準州=CA-NT
subdivision | オーストラリアの{}の州都 | クイーンズランド=AU-QLD; ビクトリア州=AU-VIC; タスマニア=AU-TAS
subdivision | オーストラリアの{}の州都はどこ | 南オーストラリア=AU-SA; 西オーストラリア=AU-WA; ニューサウスウェールズ=AU-NSW
subdivision | オーストラリアの{}の中心都市 | ノーザンテリトリー=AU-NT; 首都特別地域=AU-ACT
subdivision | ドイツの{}の州都はどこ | バイエルン=DE-BY; ザクセン=DE-SN; ヘッセン=DE-HE
subdivision | ドイツの{}州の州都教えて | ニーダーザクセン=DE-NI; テューリンゲン=DE-TH; ブランデンブルク=DE-BB
subdivision | ドイツの{}の州都ってどこ | ノルトラインヴェストファーレン=DE-NW; バーデンヴュルテンベルク=DE-BW; ラインラントプファルツ=DE-RP
subdivision | {}州の州都はどこですか | ザクセンアンハルト=DE-ST; メクレンブルクフォアポンメルン=DE-MV; シュレースヴィヒホルシュタイン=DE-SH
subdivision | ドイツの{}州の州都は | ザールラント=DE-SL; ブレーメン=DE-HB; ハンブルク=DE-HH
subdivision | インドの{}州の州都 | タミルナードゥ=IN-TN; カルナータカ=IN-KA; マハーラーシュトラ=IN-MH
subdivision | インドの{}の州都はどこ | テランガーナ=IN-TS; オディシャ=IN-OD; パンジャブ=IN-PB
subdivision | インドの{}州の州都ってどこ | ジャールカンド=IN-JH; チャッティースガル=IN-CG; マディヤプラデーシュ=IN-MP
subdivision | インドの{}の州都を教えて | アルナーチャルプラデーシュ=IN-AR; マニプル=IN-MN; ナガランド=IN-NL
subdivision | インドの{}州の州都は | ミゾラム=IN-MZ; トリプラ=IN-TR; ゴア=IN-GA
subdivision | インドの{}の州都は | ウッタラーカンド=IN-UK; ヒマーチャルプラデーシュ=IN-HP; アーンドラプラデーシュ=IN-AP
subdivision | インドの{}の中心都市はどこ | ラダック=IN-LA; ジャンムーカシミール=IN-JK; ラクシャドウィープ=IN-LD
subdivision | メキシコの{}州の州都 | ハリスコ=MX-JAL; ユカタン=MX-YUC; オアハカ=MX-OAX
subdivision | メキシコの{}の州都はどこ | チアパス=MX-CHP; ヌエボレオン=MX-NLE; ソノラ=MX-SON
subdivision | メキシコの{}州の州都ってどこ | チワワ=MX-CHH; シナロア=MX-SIN; タマウリパス=MX-TAM
subdivision | メキシコの{}の州都を教えて | キンタナロー=MX-ROO; タバスコ=MX-TAB; ベラクルス=MX-VER
subdivision | メキシコ{}州の州都は | プエブラ=MX-PUE; ゲレロ=MX-GRO; ミチョアカン=MX-MIC
subdivision | メキシコの{}州の州都は | バハカリフォルニア=MX-BCN; コアウイラ=MX-COA; ドゥランゴ=MX-DUR
subdivision | メキシコの{}州の州都はどこ | サカテカス=MX-ZAC; グアナフアト=MX-GUA; ケレタロ=MX-QUE
subdivision | メキシコの{}の州都ってなに | イダルゴ=MX-HID; モレロス=MX-MOR; トラスカラ=MX-TLA
subdivision | メキシコの{}州の州都ってなんだっけ | ナヤリット=MX-NAY; コリマ=MX-COL; アグアスカリエンテス=MX-AGU
subdivision | メキシコの{}州の州都教えて | カンペチェ=MX-CAM; サンルイスポトシ=MX-SLP; バハカリフォルニアスル=MX-BCS
subdivision | ブラジルの{}州の州都 | アラゴアス=BR-AL; パライバ=BR-PB; セルジッペ=BR-SE
subdivision | ブラジルの{}州の州都はどこ | ピアウイ=BR-PI; トカンチンス=BR-TO; アマパー=BR-AP
subdivision | ブラジルの{}の州都ってどこ | リオグランデドノルテ=BR-RN; 南マットグロッソ=BR-MS; リオデジャネイロ州=BR-RJ
subdivision | ブラジルの{}の州都 | ブラジリア連邦直轄区=BR-DF
subdivision | {}の首府はどこ | プエルトリコ=PR; グアム=GU; 米領サモア=AS
subdivision | {}の中心の町はどこ | 北マリアナ諸島=MP; 米領ヴァージン諸島=VI; 英領ヴァージン諸島=VG
subdivision | {}の首府ってどこ | バミューダ=BM; ケイマン諸島=KY; タークスカイコス諸島=TC
subdivision | {}の首都的な町はどこ | アンギラ=AI; モントセラト=MS; セントヘレナ=SH
subdivision | {}の中心地ってどこ | ピトケアン諸島=PN; ノーフォーク島=NF; クリスマス島=CX
subdivision | {}の主都はどこ | ココス諸島=CC; クック諸島=CK; ニウエ=NU
subdivision | {}の行政の中心はどこ | トケラウ=TK; ウォリスフツナ=WF; 仏領ポリネシア=PF
subdivision | {}の首府を教えて | サンピエールミクロン=PM; サンバルテルミー=BL; サンマルタン=MF
subdivision | {}の中心の町ってどこ | アルバ=AW; キュラソー=CW; シントマールテン=SX
subdivision | {}の首府はどこなの | マヨット=YT; オーランド諸島=AX; スバールバル諸島=SJ
subdivision | {}の中心地はどこなの | 西サハラ=EH; 英領インド洋地域=IO; ボネール=BQ
subdivision | {}の首都ってあるの | ブーベ島=BV; サウスジョージア=GS; フランス領南方南極地域=TF
subdivision | {}の中心って何ていう町 | ハードマクドナルド諸島=HM; 合衆国領有小離島=UM
subdivision | アメリカのコロンビア特別区って中心の町はどこなの | US-DC
subdivision | 神戸から出張で行くんやけど{}の州都ってどこなん | ニューサウスウェールズ州=AU-NSW; ビクトリア州=AU-VIC; ニューブランズウィック州=CA-NB
subdivision | ドイツの{}って州でもあるんやろその州都は | ベルリン=DE-BE; ハンブルク=DE-HH
subdivision | インドの連邦直轄領の{}の中心の町はどこ | デリー=IN-DL; アンダマンニコバル諸島=IN-AN; ポンディシェリ=IN-PY
subdivision | インドの{}は州都がどこになっとるん | ハリヤーナー州=IN-HR; タミルナードゥ州=IN-TN; カルナータカ州=IN-KA
subdivision | ナンの店のお客さんが{}の出身なんだけど中心都市はどこ | ジャンムーカシミール=IN-JK; ラダック=IN-LA; マディヤプラデーシュ州=IN-MP
subdivision | インドの{}の中心はどこっすか | ダドラナガルハベリダマンディウ=IN-DH; チャンディーガル=IN-CH
subdivision | メキシコの{}の州都ってどこなん | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | メキシコシティは州みたいなもんやけどその中心はどこ | MX-CMX
subdivision | 切手に{}って書いてあるけどそこの首府は | 北マリアナ諸島=MP; トケラウ=TK
subdivision | アメリカの{}州の州都ってどこだっぺ | サウスダコタ=US-SD; バーモント=US-VT
# reverse-question
reverse-question | {}が首都の国ってどこ | ウランバートル=MN; ティンプー=BT; カトマンズ=NP
reverse-question | {}ってどこの国の首都 | ワガドゥグー=BF; ヌアクショット=MR; ンジャメナ=TD
reverse-question | 首都が{}なのはどこの国 | アスマラ=ER; モガディシオ=SO; ハルツーム=SD
reverse-question | {}はどの国の首都なの | リロングウェ=MW; ハラレ=ZW; ルサカ=ZM
reverse-question | {}を首都にしてる国は | ビシュケク=KG; ドゥシャンベ=TJ; アシガバート=TM
reverse-question | {}って何の国の首都だっけ | パラマリボ=SR; ベルモパン=BZ; テグシガルパ=HN
reverse-question | {}が首都なのはどこ | ポートモレスビー=PG; ホニアラ=SB; ポートビラ=VU
reverse-question | {}ってどこの首都 | ヌクアロファ=TO; アピア=WS; フナフティ=TV
reverse-question | {}はどこの国の首都ですか | ヴィリニュス=LT; リガ=LV; タリン=EE
reverse-question | {}っていう首都の国は | キシナウ=MD; ポドゴリツァ=ME; スコピエ=MK
reverse-question | {}が首都になってる国 | マラボ=GQ; リーブルビル=GA; バンギ=CF
reverse-question | {}はどこの国の首都だったかな | ブラザビル=CG; キンシャサ=CD; ギテガ=BI
reverse-question | {}を首都とする国はどこ | ドドマ=TZ; キガリ=RW; カンパラ=UG
reverse-question | {}ってなんていう国の首都 | マジュロ=MH; パリキール=FM; マルキョク=PW
reverse-question | {}の首都を持つ国は | ヤムスクロ=CI; ポルトノボ=BJ; スクレ=BO
reverse-question | 首都が{}の国を教えて | キングストン=JM+NF; ジョージタウン=GY+KY; ビクトリア=CA-BC+SC
reverse-question | {}はどこの首都だっけ | トビリシ=GE; エレバン=AM; バクー=AZ
reverse-question | {}ってどこの国の都 | アブジャ=NG; アクラ=GH; ロメ=TG
reverse-question | {}が首都の国の名前は | ネピドー=MM; ビエンチャン=LA; プノンペン=KH
reverse-question | {}が首都なのはどの国 | カストリーズ=LC; ロゾー=DM; バセテール=KN
# official-name
official-name | {}の首都はどこにあるの | グレートブリテンおよび北アイルランド連合王国=GB; アメリカ合衆国=US; 大韓民国=KR
official-name | {}の首都を教えてほしい | 朝鮮民主主義人民共和国=KP; 中華人民共和国=CN; ロシア連邦=RU
official-name | {}の首都ってどこなのか教えて | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | 正式名称で言うと{}の首都は | ブラジル連邦共和国=BR; メキシコ合衆国=MX; アルゼンチン共和国=AR
official-name | {}の首都はどこですか | インド共和国=IN; パキスタンイスラム共和国=PK; バングラデシュ人民共和国=BD
official-name | {}の首都はなに | サウジアラビア王国=SA; ヨルダンハシェミット王国=JO; オマーン国=OM
official-name | {}っていう国の首都 | ベネズエラボリバル共和国=VE; ボリビア多民族国=BO; ウルグアイ東方共和国=UY
official-name | 地図に{}って書いてあるけど首都は | スリランカ民主社会主義共和国=LK; ネパール連邦民主共和国=NP; ラオス人民民主共和国=LA
official-name | {}の首都ってどこなの | ベトナム社会主義共和国=VN; タイ王国=TH; カンボジア王国=KH
official-name | {}の首都を調べて | エチオピア連邦民主共和国=ET; タンザニア連合共和国=TZ; 中央アフリカ共和国=CF
official-name | 正式には{}っていうらしいけど首都は | コンゴ民主共和国=CD; エスワティニ王国=SZ; レソト王国=LS
official-name | {}の首都ってなんて町 | アイスランド共和国=IS; ノルウェー王国=NO; オランダ王国=NL
official-name | {}の首都はどこでしょう | セントビンセントおよびグレナディーン諸島=VC; アンティグアバーブーダ=AG; トリニダードトバゴ共和国=TT
official-name | {}の首都を知りたいんだけど | ミクロネシア連邦=FM; マーシャル諸島共和国=MH; ソロモン諸島=SB
official-name | {}の首都はどこなの | イランイスラム共和国=IR; アフガニスタンイスラム首長国=AF; シリアアラブ共和国=SY
# everyday-name
everyday-name | {}の首都ってどこにある | 米国=US; 英国=GB
everyday-name | {}の首都は | アメリカ=US; イギリス=GB; ホランド=NL
everyday-name | {}の首都はどこなのかな | オランダ=NL; ニュージー=NZ; サウジ=SA
everyday-name | {}の首都ってなんだっけ | チェコ共和国=CZ; 北朝鮮=KP; 南ア=ZA
everyday-name | {}の首都教えて | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | 昔の言い方で{}の首都は | シャム=TH; ザイール=CD; スワジランド=SZ
everyday-name | {}の首都ってどこなんだろう | グルジア=GE; キルギスタン=KG; マケドニア=MK
everyday-name | {}の首都ってどこだった | ヴェトナム=VN; ヴェネズエラ=VE; ギリシア=GR
everyday-name | {}の首都はどこだっけ | 白ロシア=BY; 象牙海岸=CI; 東チモール=TL
everyday-name | {}の首都は何 | ボスニア=BA; トリニダード=TT; パプア=PG
everyday-name | {}の首都はどこよ | エルサル=SV; セントクリストファー=KN; セントビンセント=VC
everyday-name | {}って国の首都 | 中華民国=TW; 豪州=AU; 蒙古=MN
everyday-name | {}の首都ってどこかな | トルコ共和国=TR; テュルキエ=TR; チェキア=CZ
everyday-name | {}の首都どこ | ユーエーイー=AE; エミレーツ=AE
everyday-name | {}の首都はどちらですか | ローマ法王庁=VA; バチカン市国=VA; 法王庁=VA
everyday-name | {}の首都を言って | カザフ=KZ; ウズベク=UZ
everyday-name | {}ってとこの首都は | ホンコン=HK; ソビエト=FB; ビルマ=MM
everyday-name | {}の首都 | ソ連=FB; チェコスロバキア=FB; ユーゴ=FB
# shared-name
shared-name | {}の首都はどこになるの | コンゴ=CD+CG; ドミニカ=DM+DO; ジョージア=GE+US-GA
shared-name | {}の首都を教えてちょうだい | サモア=AS+WS; ギニア=GN; ヴァージン諸島=VG+VI
shared-name | {}の首都ってどこ | バージン諸島=VG+VI; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | 国のほうの{}の首都 | ジョージア=GE; コンゴ民主共和国=CD; ドミニカ共和国=DO
shared-name | アメリカじゃなくて国の{}の首都 | ジョージア=GE; サモア=WS; ヴァージン諸島=VG
shared-name | {}州の州都 | ジョージア=US-GA; ワシントン=US-WA; ニューヨーク=US-NY
shared-name | {}の首都はどこかな | ルクセンブルク=LU; メキシコ=MX; パナマ=PA
shared-name | 州じゃなくて国の{}の首都 | メキシコ=MX; ブラジル=BR; インド=IN
shared-name | {}の州都を知りたい | メキシコ州=MX-MEX; ワシントン州=US-WA; ニューヨーク州=US-NY
shared-name | {}の首都ってなに | アイルランド=IE; 北アイルランド=GB-NIR; 赤道ギニア=GQ
shared-name | パプアじゃない方の{}の首都 | ギニア=GN
shared-name | アフリカの{}の首都 | コンゴ=CD+CG; ギニア=GN; スーダン=SD
# yes-no-check
yes-no-check | {}の首都ってシドニーだよね | オーストラリア=AU
yes-no-check | {}の首都はトロントで合ってる | カナダ=CA
yes-no-check | {}の首都ってイスタンブールじゃないの | トルコ=TR
yes-no-check | {}の首都はリオデジャネイロだっけ | ブラジル=BR
yes-no-check | {}の首都ってラゴスでいいんだよね | ナイジェリア=NG
yes-no-check | {}の首都はチューリッヒでしょ | スイス=CH
yes-no-check | {}の首都はカラチだと思うんだけど合ってる | パキスタン=PK
yes-no-check | {}の首都ってアルマトイだったよね | カザフスタン=KZ
yes-no-check | {}の首都はヤンゴンじゃなかったっけ | ミャンマー=MM
yes-no-check | {}の首都はダルエスサラームで正解 | タンザニア=TZ
yes-no-check | {}の首都ってオークランドだよね確認して | ニュージーランド=NZ
yes-no-check | {}の首都はニューヨークじゃないんだっけ | アメリカ=US
yes-no-check | {}の州都はロサンゼルスだよね | カリフォルニア=US-CA
yes-no-check | {}の州都ってシカゴで合ってる | イリノイ=US-IL
yes-no-check | {}の州都はマイアミかな | フロリダ=US-FL
yes-no-check | {}の州都はバンクーバーだっけ | ブリティッシュコロンビア=CA-BC
yes-no-check | {}の州都はモントリオールだよね | ケベック=CA-QC
yes-no-check | {}の首都ってジュネーブだと思ってたけど違う | スイス=CH
yes-no-check | {}の首都ってカサブランカでしょ | モロッコ=MA
yes-no-check | {}の首都はアビジャンのままだよね | コートジボワール=CI
yes-no-check | {}の首都はホーチミンじゃないよね | ベトナム=VN
yes-no-check | {}の首都ってムンバイだっけ | インド=IN
yes-no-check | {}の州都はフランクフルトだよね | ヘッセン=DE-HE
yes-no-check | {}の首都はエディンバラで合ってるよね | スコットランド=GB-SCT
yes-no-check | {}の首都ってボンじゃなかったっけ | ドイツ=DE
# self-correction
self-correction | {}の首都じゃなくてえっとオーストリアの首都 | オーストラリア=AT
self-correction | スウェーデンあっ違った{}の首都 | スイス=CH
self-correction | スロバキアじゃないや{}の首都 | スロベニア=SI
self-correction | ニジェールいやナイジェリアの首都 | NG
self-correction | イランじゃなくてイラクの首都はどこ | IQ
self-correction | オーストリアの首都あごめんオーストラリアの首都 | AU
self-correction | ギニアビサウじゃなくてただのギニアの首都 | GN
self-correction | マリあいやモーリタニアの首都 | MR
self-correction | コロンビアじゃないコロンボのある国の首都 | LK
self-correction | ラトビアじゃなくてリトアニアの首都 | LT
self-correction | モナコいやマルタの首都教えて | MT
self-correction | パラグアイじゃなかったウルグアイの首都 | UY
self-correction | ザンビアあっちがうガンビアの首都 | GM
self-correction | ネバダいやネブラスカの州都 | US-NE
self-correction | アイオワじゃなくてアイダホの州都 | US-ID
self-correction | カンザスじゃなくてアーカンソーの州都は | US-AR
self-correction | ボツワナあれちがったブルンジの首都 | BI
self-correction | えっとトーゴ間違えたコンゴ民主共和国の首都 | CD
self-correction | アルメニアいやアルバニアの首都どこ | AL
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | 南スーダンあっ普通のスーダンの首都 | SD
self-correction | バイエルンじゃなくてザクセンの州都 | DE-SN
self-correction | モンテネグロあいや北マケドニアの首都 | MK
self-correction | タジキスタンじゃないトルクメニスタンの首都ね | TM
self-correction | ケベックいやオンタリオの州都 | CA-ON
# out-of-domain
out-of-domain | 明日の福井の天気は | FB
out-of-domain | 神戸は今日雨降るん | FB
out-of-domain | 佐賀の今の気温教えて | FB
out-of-domain | 別府の明日の天気どうなん | FB
out-of-domain | 鳥取砂丘って風強いかな今日 | FB
out-of-domain | 奈良の週末の天気予報 | FB
out-of-domain | 宇都宮って雷鳴ってる | FB
out-of-domain | 今夜は冷え込むんかいな | FB
out-of-domain | 花粉の飛散情報教えて | FB
out-of-domain | 台風どこまで来とるん | FB
out-of-domain | ソウルの天気は | FB
out-of-domain | ウランバートルの今の気温 | FB
out-of-domain | カトマンズって今何時 | FB
out-of-domain | ブラジルと日本の時差は | FB
out-of-domain | ハノイの現在時刻を教えて | FB
out-of-domain | パリは今何時なんやろ | FB
out-of-domain | 一ドルは何円 | FB
out-of-domain | 百ユーロって日本円でいくら | FB
out-of-domain | ウォンのレート教えて | FB
out-of-domain | ネパールのお金の単位は | FB
out-of-domain | ブラジルの通貨って何 | FB
out-of-domain | ベトナムドンって円にするといくら | FB
out-of-domain | 中国の人口は何人 | FB
out-of-domain | インドの人口ってもう中国より多いの | FB
out-of-domain | ロシアの面積はどれくらい | FB
out-of-domain | 世界で一番小さい国は | FB
out-of-domain | 世界で一番大きい国ってどこ | FB
out-of-domain | 世界に国っていくつあるの | FB
out-of-domain | アフリカには国がいくつある | FB
out-of-domain | モンゴルの公用語は何語 | FB
out-of-domain | スイスって何語しゃべるん | FB
out-of-domain | ブラジルは何語を話すの | FB
out-of-domain | フィリピンの国旗の色は | FB
out-of-domain | 日本の国旗の意味教えて | FB
out-of-domain | エベレストの高さは | FB
out-of-domain | 世界で一番長い川は | FB
out-of-domain | ナイル川ってどこの国を流れてるの | FB
out-of-domain | アマゾン川の長さ | FB
out-of-domain | オーストラリアの大統領は誰 | FB
out-of-domain | アメリカの大統領は誰 | FB
out-of-domain | イギリスの首相は誰 | FB
out-of-domain | 今の総理大臣は | FB
out-of-domain | 福井県の県庁所在地は | FB
out-of-domain | 栃木県の県庁所在地ってどこ | FB
out-of-domain | 佐賀県の県庁所在地教えて | FB
out-of-domain | 奈良県の県庁所在地 | FB
out-of-domain | 鳥取県の県庁はどこにある | FB
out-of-domain | 大分県の県庁所在地は大分市でいいの | FB
out-of-domain | 日本の昔の首都はどこ | FB
out-of-domain | 平安京ってどこにあったの | FB
out-of-domain | 藤原京ってどこ | FB
out-of-domain | 鎌倉幕府はいつできたの | FB
out-of-domain | 首都高の渋滞情報 | FB
out-of-domain | 首都高って今混んでる | FB
out-of-domain | 首都圏の電車の運行状況 | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | キャピタルゲインの税金っていくら | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 大文字と小文字の違い | FB
out-of-domain | キャピタルホテルの電話番号 | FB
out-of-domain | 自己資本比率ってなに | FB
out-of-domain | 首都って英語でなんて言うん | FB
out-of-domain | 首都と都市の違いは何 | FB
out-of-domain | 首都が一番寒い国はどこ | FB
out-of-domain | 首都がない国ってあるの | FB
out-of-domain | 世界で一番人口の多い首都は | FB
out-of-domain | 日本の首都って法律で決まってるの | FB
out-of-domain | 首都移転した国をいくつか教えて | FB
out-of-domain | スピッツかけて | FB
out-of-domain | あいみょんかけて | FB
out-of-domain | 米津玄師の新曲流して | FB
out-of-domain | 音楽止めないで次の曲 | FB
out-of-domain | 演歌流してくれへん | FB
out-of-domain | ラジオ関西つけて | FB
out-of-domain | ニュース読んで | FB
out-of-domain | 阪神勝ったん | FB
out-of-domain | サガン鳥栖の試合結果は | FB
out-of-domain | ワールドカップの日程教えて | FB
out-of-domain | 日本代表の次の試合いつ | FB
out-of-domain | 大相撲の結果教えて | FB
out-of-domain | 今日の取組は | FB
out-of-domain | タイマー三分 | FB
out-of-domain | カップ麺のタイマーかけて | FB
out-of-domain | 明日六時に起こして | FB
out-of-domain | 夜勤明けやで昼の二時に起こして | FB
out-of-domain | 電気消して | FB
out-of-domain | エアコンつけて | FB
out-of-domain | 買い物リストに牛乳追加 | FB
out-of-domain | 買い物リストにいちご入れて | FB
out-of-domain | 今日の予定は | FB
out-of-domain | お母さんに電話して | FB
out-of-domain | 面白い話して | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 歌って | FB
out-of-domain | おやすみ | FB
out-of-domain | おはよう | FB
out-of-domain | ありがとう | FB
out-of-domain | 好きな食べ物は何 | FB
out-of-domain | アレクサは何歳 | FB
out-of-domain | 九九の七の段言って | FB
out-of-domain | 神戸から鳥取まで車で何時間 | FB
out-of-domain | 近くのコンビニどこ | FB
out-of-domain | 近くのガソリンスタンド | FB
out-of-domain | 近所のカレー屋さん調べて | FB
out-of-domain | 宇都宮でおいしい餃子の店 | FB
out-of-domain | 奈良公園の鹿って何頭おるん | FB
out-of-domain | 東大寺の大仏の高さ | FB
out-of-domain | 吉野ヶ里遺跡って何時代 | FB
out-of-domain | 恐竜博物館の開館時間 | FB
out-of-domain | 別府の温泉で一番有名なとこは | FB
out-of-domain | 有田焼の歴史教えて | FB
out-of-domain | フォーってどうやって作るの | FB
out-of-domain | パエリアのレシピ | FB
out-of-domain | ボルシチの材料は | FB
out-of-domain | ちゃんこ鍋の作り方教えて | FB
out-of-domain | 英語でありがとうってなんて言う | FB
out-of-domain | ベトナム語でこんにちは | FB
out-of-domain | ネパール語でありがとう | FB
out-of-domain | 韓国語でおいしいって何 | FB
out-of-domain | フランス語でおやすみ | FB
out-of-domain | モンゴル語でこんにちはってなんて言うっすか | FB
out-of-domain | ポルトガル語で数字の数え方 | FB
out-of-domain | ドイツの有名な料理は | FB
out-of-domain | イタリアの人口は | FB
out-of-domain | スペインって何時間の時差 | FB
out-of-domain | メキシコの独立記念日はいつ | FB
out-of-domain | インドの国花は | FB
out-of-domain | カナダの国歌流して | FB
out-of-domain | フランスの国歌かけて | FB
out-of-domain | エジプトのピラミッドはいくつある | FB
out-of-domain | 万里の長城の長さ | FB
out-of-domain | 月までの距離は | FB
out-of-domain | 火星に首都ってあるの | FB
out-of-domain | 宇宙ステーションって今どこ | FB
out-of-domain | パスポートの更新ってどこでできる | FB
out-of-domain | ビザなしで行ける国は | FB
out-of-domain | 成田から出る便の状況 | FB
out-of-domain | 関空の国際線の出発時刻 | FB
out-of-domain | 切手代はいくら | FB
out-of-domain | 国際郵便の送料教えて | FB
out-of-domain | 円高ってどういうこと | FB
out-of-domain | 日経平均はいくら | FB
out-of-domain | 世界史の年号覚え方 | FB
out-of-domain | 社会のテストいつやったっけ | FB
out-of-domain | 高校受験の倍率 | FB
out-of-domain | 英単語の問題出して | FB
out-of-domain | 都道府県クイズ出して | FB
out-of-domain | 国旗クイズしよう | FB
out-of-domain | 今日のラッキーカラーは | FB
out-of-domain | 今日は何の日 | FB
out-of-domain | 今日何曜日 | FB
out-of-domain | 次の祝日はいつ | FB
out-of-domain | まじでぴえんなんだけど慰めて | FB
out-of-domain | なんか面白い曲かけてあざまる | FB
out-of-domain | 恐れ入りますが明日の会議の時間を教えてください | FB
out-of-domain | 明日の出張先の天気はいかがでしょうか | FB
out-of-domain | タクシー呼んで | FB
out-of-domain | 今日の売り上げメモして | FB
out-of-domain | 居酒屋の予約取って | FB
out-of-domain | カラオケの人気曲ランキング | FB
out-of-domain | 切手の価値の調べ方 | FB
out-of-domain | 自由研究のテーマ何がいい | FB
out-of-domain | がばいばあちゃんって映画あったよね | FB
out-of-domain | 今日の大分の潮の時間 | FB
out-of-domain | 首都直下型地震の確率は | FB
out-of-domain | 東京ってなんで首都になったの | FB
out-of-domain | 京都は昔の首都だったの | FB
out-of-domain | ワシントンって人の名前なの | FB
out-of-domain | ブラジリアって誰が設計したの | FB
out-of-domain | キャンベラってどういう意味 | FB
# help
help | 使い方教えて | HELP
help | これどうやって使うん | HELP
help | どう聞いたらええの | HELP
help | なんて言えばいいの | HELP
help | 何ができるん | HELP
help | ヘルプ | HELP
help | ヘルプお願い | HELP
help | 助けて | HELP
help | わからんけど何言うたらええんや | HELP
help | どないしたらええねん | HELP
help | どうしたらいいんかえ | HELP
help | どげんすればよかと | HELP
help | どうすればいいんだっぺ | HELP
help | どうしたらええんだいや | HELP
help | どないすんのこれ | HELP
help | 使い方がわからへんねん | HELP
help | つかいかたがわかりません | HELP
help | どうやってつかいますか | HELP
help | なにをいえばいいですか | HELP
help | やりかたおしえてください | HELP
help | 使い方教えてもらえるっすか | HELP
help | 説明して | HELP
help | 遊び方を説明して | HELP
help | この機能の使い方を教えていただけますか | HELP
help | 恐れ入りますが使い方をご説明いただけますか | HELP
help | これの使い方を教えてくれたまえ | HELP
help | 操作方法を教えてくれんか | HELP
help | 使い方まじわからんぴえん | HELP
help | ハウツーユーズ教えて | HELP
help | ヘルプミー | HELP
help | どんな質問ができるの | HELP
help | 何を聞けばいいか教えて | HELP
help | 例えばどう聞けばいいの | HELP
help | 聞き方の例を教えて | HELP
help | どうやって質問すればいいのかわからない | HELP
help | 何て話しかけたらええの | HELP
help | 何聞いてもええの | HELP
help | このスキルって何するの | HELP
help | どう答えたらいいの | HELP
help | 困った助けてくれ | HELP
help | もう一回使い方言って | HELP
help | 使い方のヒントちょうだい | HELP
help | 手伝って | HELP
help | ちょっと手伝ってくれへん | HELP
# stop
stop | やめて | STOP
stop | もうやめる | STOP
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終わり | STOP
stop | もうええわ | STOP
stop | もうええで | STOP
stop | もういいや終わりにする | STOP
stop | 終了 | STOP
stop | 終了して | STOP
stop | おしまい | STOP
stop | もうおしまいにしよう | STOP
stop | やめるわ | STOP
stop | もうやめとくざ | STOP
stop | もうよかばい | STOP
stop | もうやめちょくわ | STOP
stop | もういいっぺ | STOP
stop | もうええけえやめて | STOP
stop | もうやめや | STOP
stop | やめたってくれ | STOP
stop | おわりです | STOP
stop | やめてください | STOP
stop | もうおわりにします | STOP
stop | とめてください | STOP
stop | 終わりっす | STOP
stop | 以上で結構です | STOP
stop | これで終わりにいたします | STOP
stop | もう結構だ終わりにしてくれ | STOP
stop | もう十分である | STOP
stop | 終わり終わりまじ無理 | STOP
stop | りょ終わる | STOP
stop | ストップして | STOP
stop | もう閉じて | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | もう寝るからやめて | STOP
stop | 勉強するからもうやめる | STOP
stop | お客さん乗ってきたからやめて | STOP
stop | 試合始まるから終わり | STOP
stop | 乾杯するから終わりにして | STOP
stop | ご飯できたからおしまい | STOP
stop | 搭乗始まるんで終了して | STOP
stop | 世界の首都終わり | STOP
stop | 首都はもうええわ終わって | STOP
stop | 退出 | STOP
# cancel
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のなしで | CANCEL
cancel | 今のは取り消し | CANCEL
cancel | やっぱりええわ | CANCEL
cancel | やっぱりやめとく | CANCEL
cancel | やっぱなしなし | CANCEL
cancel | 今のキャンセルね | CANCEL
cancel | 今のなしにしてくれへん | CANCEL
cancel | 今のなしやざ | CANCEL
cancel | 今のはなしばい | CANCEL
cancel | 今のはなしっちゃ | CANCEL
cancel | 今のなしだっぺ | CANCEL
cancel | 今のなしにしてごせ | CANCEL
cancel | 今のなしや言うとるやろ | CANCEL
cancel | いまのなしです | CANCEL
cancel | いまのとりけしてください | CANCEL
cancel | キャンセルおねがいします | CANCEL
cancel | 今のキャンセルっす | CANCEL
cancel | 先ほどの質問は取り消させてください | CANCEL
cancel | 今の質問は撤回いたします | CANCEL
cancel | 今の問いは取り消しだ | CANCEL
cancel | 今のなしでよろ | CANCEL
cancel | キャンセルで | CANCEL
cancel | キャンセルでお願い | CANCEL
cancel | 今の聞かなかったことにして | CANCEL
cancel | 今のは忘れて | CANCEL
cancel | やっぱ聞くのやめる | CANCEL
cancel | 質問取り消し | CANCEL
cancel | 間違えたから取り消して | CANCEL
cancel | 言い間違えたキャンセル | CANCEL
cancel | 今のリセットして | CANCEL
cancel | 違う違う今のなし | CANCEL
cancel | やっぱいいや | CANCEL
cancel | それはもういい | CANCEL
cancel | それ取り消しといて | CANCEL
cancel | 今の答えはいらない | CANCEL
cancel | さっきのキャンセル | CANCEL
cancel | 今言ったのなしにして | CANCEL
cancel | 打ち消して | CANCEL
cancel | やめやめ今のなし | CANCEL
cancel | 今のなしにしといてや | CANCEL
cancel | ほやほや今のは取り消しや | CANCEL
cancel | 今の質問ば取り消してくれんね | CANCEL
cancel | 今のはやめちょこう | CANCEL
cancel | さっきのはなしにしてごしないや | CANCEL
cancel | 今の言うたんなしにしてくれはる | CANCEL
cancel | 今の取り消しだんべ | CANCEL
cancel | 取り消しっすすみません | CANCEL
cancel | きゃんせるしてくださいまちがえました | CANCEL
cancel | 今のやっぱナシでおけ | CANCEL
cancel | ただ今の質問は取り消しでお願いいたします | CANCEL
cancel | 今のはキャンセルしたまえ | CANCEL
# launch
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都開いてくれへん | LAUNCH
launch | 世界の首都開けてや | LAUNCH
launch | 世界の首都を開いてくんねえか | LAUNCH
launch | 世界の首都起動してごせ | LAUNCH
launch | 世界の首都を開いちょくれ | LAUNCH
launch | 世界の首都ば開いて | LAUNCH
launch | 世界の首都開けたってくれ | LAUNCH
launch | 世界の首都を開けてほしいんやざ | LAUNCH
launch | 世界の首都開いてくれはる | LAUNCH
launch | せかいのしゅとをひらいてください | LAUNCH
launch | せかいのしゅとをきどうしてください | LAUNCH
launch | せかいのしゅとあけて | LAUNCH
launch | 世界の首都を開いてほしいっす | LAUNCH
launch | 世界の首都を起動していただけますか | LAUNCH
launch | 世界の首都を開いてくれたまえ | LAUNCH
launch | 世界の首都開いてあざまる | LAUNCH
launch | 世界の首都をオープン | LAUNCH
launch | 世界の首都スタート | LAUNCH
launch | 世界の首都で勉強する | LAUNCH
launch | 世界の首都で受験勉強したい | LAUNCH
launch | 世界の首都でクイズの答え探したい | LAUNCH
launch | 世界の首都を開いて対戦国調べる | LAUNCH
launch | 世界の首都でツアーの下調べをしたい | LAUNCH
launch | 世界の首都を開いて自由研究する | LAUNCH
launch | 世界の首都起動して切手の国調べる | LAUNCH
launch | 世界の首都をお願い | LAUNCH
launch | 世界の首都を使う | LAUNCH
launch | 世界の首都に聞く | LAUNCH
"""

if __name__ == "__main__":
    build_round(51, "ja", LINES, sys.argv, "tests/Eval/ja/round51/source/build_corpus.py")
