"""Round 22, Japanese (ja-JP): a new author's own mix, written blind, away from the speakers of rounds 18-21 (keigo,
Kansai, Hakata, Hiroshima, Nagoya, Tohoku, office workers, Hokuriku, Shikoku's Sanuki and Awa, San'in, the northern Kanto
countryside, shitamachi, learners, a care home). Speakers: Okinawan Japanese (ウチナーヤマトグチ: さー, だからよ, はっさ,
ね, しましょうね, でーじ); Shizuoka, Yamanashi and Shinshu (だら, ずら, だに, だじ, ずらか, だっけ); Niigata (らろ, すけ,
だっけ, いっぺ); Tosa and Iyo (ぜよ, がかえ, ちゅう, 教えてや, ぞなもし, けん); Yamaguchi (ちょる, っちゃ, ほいで, そう
いね); Kobe and Harima (しとう, だっか, だで, ～しとん, おまえ for a friend); Ise and Gifu (やんか, やに, やお, みえる,
おくれんか); Nikkei Brazilians back in Japan, a Filipino carer and an English-speaking assistant language teacher (ALT) in a
junior high school (ね as a tag, です on everything, English words in katakana). Situations: a cram school the night before
an exam, a pub quiz and TV quiz fans with buzzers, a travel agency counter and a tour conductor, a long-haul flight
attendant between flights, a taxi and a truck driver, a fishing boat radio room, the World Cup, the Olympics, rugby and
baseball on TV, the news, the kitchen (spices, wine, coffee beans, cheese), stamp and coin collectors, a ham radio
operator, a jigsaw of the world map, children at bath time, grandparents with the old names they learnt (ビルマ,
セイロン, ザイール, グルジア, ペルシャ, シャム, 白ロシア, スワジランド, 西ドイツ), and English mixed in (キャピタル,
カントリー, オッケー). Registers from formal (でしょうか, いただけますか) to very casual (って, じゃん, どこだっけ),
fillers (えーと, あのー, なんだっけ, ほら), hesitations and self-corrections, follow-ups, checks, reverse questions,
official, old and everyday names, names shared by several places, and what ja-JP recognition writes: hiragana for a
name it did not catch as one (ちゅうごく), dropped or added long vowels (ニュージランド, ケニヤ), ヴ and ブ, split
names mis-heard as words. `python3 tests/Eval/ja/round22/source/build_corpus.py [--check]`; the mechanics are in
source/round12_hinl_corpus.py (build_round with round 22's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions.
plain-question | {}の首都ってどこだったかな | エリトリア=ER; スリナム=SR; モーリタニア=MR
plain-question | {}っていう国の首都はどこですか | ベリーズ=BZ; マラウイ=MW; キルギス=KG
plain-question | {}の首都の名前を教えてください | トルクメニスタン=TM; タジキスタン=TJ; ソロモン諸島=SB
plain-question | {}の首都はなんていう町 | バヌアツ=VU; トンガ=TO; レソト=LS
plain-question | ちょっと聞きたいんだけど{}の首都は | ボツワナ=BW; ジンバブエ=ZW; ガイアナ=GY
plain-question | {}は首都どこ | ナミビア=NA; ザンビア=ZM; アンドラ=AD
plain-question | 首都を教えて{} | リヒテンシュタイン=LI; サンマリノ=SM; ガボン=GA
plain-question | {}の首都ってなに | カメルーン=CM; チャド=TD; ウズベキスタン=UZ
plain-question | {}の首都ってどこにあるの | モンゴル=MN; グアテマラ=GT; ホンジュラス=HN

# Fillers and hesitations.
filler-hesitation | えーとあのー{}の首都ってどこだっけ | ニカラグア=NI; ジャマイカ=JM; ハイチ=HT
filler-hesitation | あのーなんだっけほら{}の首都 | キューバ=CU; トーゴ=TG; シエラレオネ=SL
filler-hesitation | えっとえっと{}のえー首都は | リベリア=LR; モルドバ=MD; リトアニア=LT
filler-hesitation | うーんと{}の首都って何だったっけな | ガンビア=GM; ギニア=GN; セネガル=SN
filler-hesitation | まあその{}のさ首都ってさどこ | フィンランド=FI; エストニア=EE; ラトビア=LV
filler-hesitation | あれあれあれ{}の首都なんだっけ | オマーン=OM; バーレーン=BH; カタール=QA
filler-hesitation | えーアレクサえー{}の首都 | チュニジア=TN; リビア=LY; アルジェリア=DZ

# Okinawan Japanese.
okinawa | はいさいアレクサ{}の首都ってどこさ | ネパール=NP; ブータン=BT; バングラデシュ=BD
okinawa | だからよ{}の首都がわからんわけさ教えて | パラオ=PW; フィジー=FJ; ツバル=TV
okinawa | でーじ気になるさ{}の首都はどこね | ナウル=NR; キリバス=KI; マーシャル諸島=MH
okinawa | あんたよ{}の首都知ってるね | ミクロネシア連邦=FM; サモア=WS; パプアニューギニア=PG
okinawa | うちのおじいが{}に行ってたって言うさ首都はどこね | アルゼンチン=AR; ペルー=PE; ブラジル=BR
okinawa | はっさもう忘れたさ{}の首都 | ボスニアヘルツェゴビナ=BA; セルビア=RS; クロアチア=HR

# Shizuoka, Yamanashi and Shinshu.
shizuoka-shinshu | {}の首都ってどこだら | ポーランド=PL; ハンガリー=HU; オーストリア=AT
shizuoka-shinshu | {}の首都はどこずら教えてくりょう | チェコ=CZ; スロバキア=SK; スロベニア=SI
shizuoka-shinshu | ほいじゃあ{}の首都はなんだに | ブルガリア=BG; ルーマニア=RO; アルバニア=AL
shizuoka-shinshu | お茶の取引で{}に行くだけど首都はどこずらか | スリランカの一番大きな町じゃなくて首都の=LK; ケニア=KE; ルワンダ=RW
shizuoka-shinshu | {}の首都わからんだじ教えてくれや | ギリシャ=GR; マルタ=MT; キプロス=CY

# Niigata.
niigata | {}の首都ってどこらろ | アイスランド=IS; ノルウェー=NO; デンマーク=DK
niigata | わからんすけ{}の首都教えてくんない | スウェーデン=SE; アイルランド=IE; ポルトガル=PT
niigata | {}の首都ってどこだっけいっぺ考えたけどわからん | モンテネグロ=ME; 北マケドニア=MK; コソボ=XK

# Tosa and Iyo.
tosa-iyo | {}の首都はどこながぜよ | インドネシア=ID; マレーシアの首都ってひとつ=MY; タイ=TH
tosa-iyo | アレクサ{}の首都知っちゅうかえ | ベトナム=VN; ラオス=LA; カンボジア=KH
tosa-iyo | {}の首都はどこぞなもし | フィリピン=PH; ブルネイ=BN; 東ティモール=TL
tosa-iyo | ほんなら{}の首都教えてや分からんけん | シンガポール=SG; ミャンマー=MM; モルディブ=MV

# Yamaguchi.
yamaguchi | {}の首都はどこっちゃ | イラン=IR; イラク=IQ; シリア=SY
yamaguchi | ほいで{}の首都はなんちゅうところかいね | ヨルダン=JO; レバノン=LB; イスラエル=IL
yamaguchi | 息子が{}に住んじょるんじゃけど首都はどこね | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ

# Kobe and Harima.
kobe-harima | {}の首都ってどこなん知っとう | エジプト=EG; エチオピア=ET; スーダン=SD
kobe-harima | おまえ{}の首都わかっとう | 南スーダン=SS; ソマリア=SO; ジブチ=DJ
kobe-harima | {}の首都どこやったかいなあ | ウガンダ=UG; タンザニア=TZ; ブルンジ=BI
kobe-harima | 港に{}の船来とんやけど首都どこだっか | パナマ=PA; リベリアの船籍の=LR; マルタの船やで=MT

# Ise and Gifu.
ise-gifu | {}の首都ってどこやんか教えてくれへん | モザンビーク=MZ; マダガスカル=MG; アンゴラ=AO
ise-gifu | {}の首都どこやお | マリ=ML; ニジェール=NE; ナイジェリア=NG
ise-gifu | {}の首都教えておくれんか | ガーナ=GH; ブルキナファソ=BF; コートジボワールの経済の中心じゃなくて首都=CI

# Homework and exams.
homework-exam | 明日地理のテストなんだけど{}の首都ってどこ | ウクライナ=UA; ベラルーシ=BY; ジョージア=GE
homework-exam | 塾の宿題で{}の首都を調べないといけないの | アゼルバイジャン=AZ; アルメニア=AM; カザフスタン=KZ
homework-exam | 社会のプリントに{}の首都を書けって | パキスタン=PK; アフガニスタン=AF; インド=IN
homework-exam | 受験に出るかな{}の首都 | サウジアラビア=SA; アラブ首長国連邦=AE; クウェート=KW
homework-exam | 白地図に首都を書き込んでるんだけど{}は | イエメン=YE; トルコ=TR; エクアドル=EC

# Quizzes.
quiz-game | クイズです{}の首都はどこでしょう | コロンビア=CO; ベネズエラ=VE; パラグアイ=PY
quiz-game | 早押しで答えられなかった{}の首都って何 | ウルグアイ=UY; チリ=CL; コスタリカ=CR
quiz-game | 家族でクイズ大会してるんだけど{}の首都の正解は | エルサルバドル=SV; ドミニカ共和国=DO; バハマ=BS
quiz-game | テレビのクイズで出てた{}の首都ってどこ | バルバドス=BB; グレナダ=GD; セントルシア=LC

# Travel.
travel | 来月{}に行くんだけど首都ってどこ | スペイン=ES; イタリア=IT; フランス=FR
travel | 添乗員です{}の首都を確認したいんですが | モロッコ=MA; チュニジアの方の=TN; セーシェル=SC
travel | 乗り継ぎで{}に寄るんだけど首都はどこだろう | カタールのほう=QA; エチオピアの空港=ET; トルコの=TR
travel | 旅行会社のカウンターで聞かれたんですが{}の首都はどちらですか | モーリシャス=MU; コモロ=KM; カーボベルデ=CV

# News and sport.
news-sport | ニュースで{}って言ってたけど首都はどこ | ギニアビサウ=GW; 赤道ギニア=GQ; 中央アフリカ共和国=CF
news-sport | ワールドカップで日本と当たる{}の首都ってどこ | クロアチアの=HR; ウルグアイの=UY; コスタリカの=CR
news-sport | ラグビーの{}代表強いよね首都はどこ | トンガの=TO; サモアの=WS; フィジーの=FJ
news-sport | オリンピックで金メダルとった{}の首都は | ジャマイカの=JM; ケニアの選手の=KE; エチオピアの選手の=ET
news-sport | 野球の試合見てたら{}が出てきた首都どこ | ドミニカ共和国って国=DO; プエルトリコ=PR; ベネズエラって=VE

# Kitchen and hobbies.
kitchen-hobby | 料理しながらごめん{}の首都ってどこ | ペルーの料理作ってるんだけど=PE; メキシコ=MX; ジョージアのワイン飲んでるんだけど=GE
kitchen-hobby | このコーヒー豆{}産なんだけど首都はどこ | グアテマラ=GT; エチオピア=ET; ルワンダ=RW
kitchen-hobby | 切手を整理してたら{}のが出てきた首都どこ | トリニダードトバゴ=TT; セントビンセント=VC; ドミニカ国=DM
kitchen-hobby | 外国のコイン集めてて{}の首都が知りたい | セントクリストファーネービス=KN; アンティグアバーブーダ=AG; ブルネイのコイン=BN
kitchen-hobby | 世界地図のジグソーパズルやってて{}の首都が見つからない | サントメプリンシペ=ST; エスワティニって=SZ; ガボンって=GA

# Driving.
driving-car | 運転中だから{}の首都だけ教えて | ドイツ=DE; オランダ=NL; ベルギー=BE
driving-car | タクシーのお客さんが{}から来たって首都はどこ | スイス=CH; ルクセンブルク=LU; モナコ=MC
driving-car | トラック運転しながらラジオで{}の話聞いたけど首都は | ウクライナって=UA; ロシア=RU; ベラルーシって=BY

# Children.
child-speech | ねえアレクサ{}の首都ってどこなの | ケニア=KE; タンザニアって=TZ; マダガスカルってとこ=MG
child-speech | ぼくね{}の首都知りたいの | エジプト=EG; ブラジル=BR; カナダ=CA
child-speech | あのねあのね{}のしゅとってどこ | ちゅうごく=CN; かんこく=KR; にほん=JP
child-speech | お風呂で世界地図見てるの{}の首都教えて | オーストラリアって=AU; アメリカって=US; イギリスって=GB

# Grandparents and older speakers.
grandparent | わしが若い頃{}と言うとった国の都はどこかのう | ビルマ=MM; セイロン=LK; ザイール=CD
grandparent | 昔は{}って言ったんだけど首都はどこかね | シャム=TH; ペルシャ=IR; 白ロシア=BY
grandparent | ばあちゃん{}の都ってどこだったかねえ | グルジア=GE; スワジランド=SZ; マケドニア=MK

# Nikkei Brazilians, a Filipino carer, an English-speaking ALT.
nikkei-alt-learner | すみませんね{}の首都はどこですね | パラグアイね=PY; ボリビアの首都ひとつだけ=BO; ペルーね=PE
nikkei-alt-learner | 私はフィリピンから来ました{}の首都はなんですか | タイの=TH; ベトナムの=VN; インドネシアの=ID
nikkei-alt-learner | 先生です生徒に聞かれました{}のキャピタルは日本語でなんですか | アイルランド=IE; スコットランドじゃなくてイギリス=GB; ニュージーランド=NZ

# English mixed in.
english-mix | {}のキャピタルってどこ | ポルトガル=PT; ギリシャ=GR; ノルウェー=NO
english-mix | オッケー{}のキャピタルシティ教えて | デンマーク=DK; オーストリア=AT; ハンガリー=HU
english-mix | ちょっとクイックに{}の首都 | ポーランド=PL; チェコ=CZ; ルーマニア=RO
english-mix | {}っていうカントリーの首都はどこ | ナイジェリア=NG; ガーナ=GH; アンゴラ=AO

# What recognition writes.
asr-artefact | {}の首都は | ニュージランド=NZ; ケニヤ=KE; フィリッピン=PH
asr-artefact | {}の首都はどこ | アルゼンティン=AR; ヴェトナム=VN; スエーデン=SE
asr-artefact | {}の首都教えて | ベネズエラー=VE; ウズベキスタンン=UZ; エチオピヤ=ET
asr-artefact | {}の首都って | ボスニア=BA; ルーマニヤ=RO; タンザニヤ=TZ

# Subdivisions.
subdivision | {}の州都ってどこ | カリフォルニア州=US-CA; テキサス州=US-TX; ニューヨーク州=US-NY
subdivision | {}の州都はどこですか | フロリダ州=US-FL; ワシントン州=US-WA; ハワイ州=US-HI
subdivision | {}の州都教えて | アラスカ=US-AK; ネバダ=US-NV; オレゴン=US-OR
subdivision | アメリカの{}の州都ってどこなの | イリノイ州=US-IL; ペンシルベニア州=US-PA; ミシガン州=US-MI
subdivision | {}州の州都は | ケンタッキー=US-KY; ルイジアナ=US-LA; ミズーリ=US-MO
subdivision | オーストラリアの{}の州都は | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; 西オーストラリア州=AU-WA
subdivision | カナダの{}の州都ってどこ | オンタリオ州=CA-ON; ブリティッシュコロンビア州=CA-BC; ケベック州=CA-QC
subdivision | ドイツの{}の州都 | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | インドの{}の州都ってどこ | ケーララ州=IN-KL; ラージャスターン州=IN-RJ; 西ベンガル州=IN-WB
subdivision | ブラジルの{}の州都は | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | メキシコの{}の州都教えて | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | {}の中心の都市ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | {}の主都ってどこ | グリーンランド=GL; ニューカレドニア=NC; プエルトリコ=PR
subdivision | {}の一番中心の町はどこ | グアム=GU; タヒチがある仏領ポリネシア=PF; バミューダ=BM
subdivision | {}の首都にあたるところは | フェロー諸島=FO; マン島=IM; ジブラルタル=GI
subdivision | 準州の{}の中心はどこ | ユーコン=CA-YT; ヌナブト=CA-NU; ノーザンテリトリー=AU-NT

# Follow-ups.
follow-up | じゃあ{}は | ペルー=PE; チリ=CL; エクアドル=EC
follow-up | {}の方は | 北朝鮮=KP; 韓国=KR; 台湾=TW
follow-up | 次{} | ノルウェー=NO; フィンランド=FI; アイスランド=IS
follow-up | ついでに{}も | ラオス=LA; カンボジア=KH; ミャンマー=MM
follow-up | それなら{}のほうはどうなの | コンゴ民主共和国=CD; コンゴ共和国=CG; 中央アフリカ=CF
follow-up | ほな{}はどこなん | セネガル=SN; マリ=ML; ニジェール=NE
follow-up | あと{}もお願い | ウズベキスタン=UZ; キルギス=KG; カザフスタン=KZ
follow-up | {}だったら | アゼルバイジャン=AZ; アルメニア=AM; トルクメニスタン=TM

# Countries with several capitals, asked in the plural.
plural-capitals | {}の首都って全部でいくつあるの全部教えて | 南アフリカ=ZA; ボリビア=BO; ベナン=BJ
plural-capitals | {}って首都が二つあるって本当どこどこ | オランダ=NL; マレーシア=MY; スリランカ=LK
plural-capitals | {}の首都を全部言って | コートジボワール=CI; エスワティニ=SZ; パレスチナ=PS
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | ボリビアの首都ってスクレとラパスどっちもなの | BO
plural-capitals | ベナンの首都を両方とも教えてほしい | BJ
plural-capitals | オランダの首都ってアムステルダムとハーグと二つあるんだっけ両方言って | NL
plural-capitals | マレーシアは首都がふたつあるよね教えて | MY
plural-capitals | スリランカの首都ってやたら長い名前のとコロンボと両方教えて | LK
plural-capitals | コートジボワールの首都をふたつとも | CI
plural-capitals | スワジランドの首都って二つあるよねどれとどれ | SZ
plural-capitals | パレスチナの首都とされてる町を全部教えて | PS
plural-capitals | ジャンムーカシミールは夏と冬で州都が違うらしいけど両方教えて | IN-JK

# Yes-no checks.
yes-no-check | {}の首都ってシドニーじゃないよね | オーストラリア=AU; オーストラリアって=AU
yes-no-check | カナダの首都ってトロントであってる | CA
yes-no-check | トルコの首都はイスタンブールだよね | TR
yes-no-check | ブラジルの首都ってリオじゃなかったっけ | BR
yes-no-check | ニュージーランドの首都はオークランドで合ってますか | NZ
yes-no-check | スイスの首都ってジュネーブだっけチューリッヒだっけ | CH
yes-no-check | ベトナムの首都はホーチミンだったよね | VN
yes-no-check | モロッコの首都ってカサブランカでいいんだよね | MA
yes-no-check | ナイジェリアの首都ってラゴスじゃないの | NG
yes-no-check | パキスタンの首都はカラチで正しいですか | PK
yes-no-check | タンザニアの首都ってダルエスサラームでしょ | TZ
yes-no-check | カザフスタンの首都ってアルマトイだと思ってたけど違う | KZ
yes-no-check | アメリカの首都はニューヨークじゃないんだっけ | US
yes-no-check | インドの首都ってムンバイだっけ | IN
yes-no-check | ミャンマーの首都ってヤンゴンのままだよね | MM
yes-no-check | 中国の首都は上海じゃないよね北京だよね | CN
yes-no-check | エクアドルの首都ってグアヤキルかな | EC
yes-no-check | ベリーズの首都ってベリーズシティでしたっけ | BZ

# Self-corrections.
self-correction | {} | オーストリアじゃなくてオーストラリアの首都=AU; スロバキアあ違うスロベニアの首都=SI; イランじゃなくてイラクの首都教えて=IQ
self-correction | ニジェールの首都いやちがうナイジェリアの首都 | NG
self-correction | ギニアの首都ってあギニアビサウのほう | GW
self-correction | スウェーデンの首都じゃなくてスイスだスイスの首都 | CH
self-correction | モーリシャスじゃなくてモーリタニアの首都どこ | MR
self-correction | コロンビアのえっとボリビアじゃなくてコロンビアの首都 | CO
self-correction | ラトビアだったっけリトアニアだリトアニアの首都教えて | LT
self-correction | アルメニアあごめんアルバニアの首都 | AL
self-correction | ザンビアの首都あ間違えたガンビアの首都 | GM
self-correction | パラグアイじゃないウルグアイの首都はどこ | UY
self-correction | 北朝鮮いや韓国の首都のほう | KR
self-correction | インドの首都えーとインドネシアの首都ね | ID
self-correction | オーストリアのえーウィーンは知ってるからハンガリーの首都 | HU
self-correction | スーダンの首都じゃなくて南スーダンの首都を教えて | SS
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都のほう | DM

# Reverse questions.
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; ウランバートル=CITY:ウランバートル; キト=CITY:キト
reverse-question | {}はどこの首都ですか | アスマラ=CITY:アスマラ; ドドマ=CITY:ドドマ; ビシュケク=CITY:ビシュケク
reverse-question | {}が首都の国ってどこ | レイキャビク=CITY:レイキャビク; リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ
reverse-question | {}ってなんていう国の首都だっけ | ワガドゥグー=CITY:ワガドゥグー; ヌアクショット=CITY:ヌアクショット; テグシガルパ=CITY:テグシガルパ
reverse-question | {}を首都にしてる国はどこ | ウィントフック=CITY:ウィントフック; パラマリボ=CITY:パラマリボ; ビエンチャン=CITY:ビエンチャン
reverse-question | {}ってどこの首都か知ってる | トビリシ=CITY:トビリシ; エレバン=CITY:エレバン; バクー=CITY:バクー
reverse-question | {}はどの国の首都なの | キングストン=CITY:キングストン; ジョージタウン=CITY:ジョージタウン; セントジョンズ=CITY:セントジョンズ
reverse-question | 首都が{}なのはどこの国 | モンテビデオ=CITY:モンテビデオ; アスンシオン=CITY:アスンシオン; カラカス=CITY:カラカス
reverse-question | {}ってどこの州の州都 | サクラメント=CITY:サクラメント; タラハシー=CITY:タラハシー; ホノルル=CITY:ホノルル

# Official names.
official-name | {}の首都はどこですか | 大韓民国=KR; 中華人民共和国=CN; 朝鮮民主主義人民共和国=KP
official-name | {}の首都を教えてください | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; ロシア連邦=RU
official-name | 正式名称で言うと{}の首都はどこ | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | {}の首都 | ベネズエラボリバル共和国=VE; ミクロネシア連邦=FM; 中華民国=TW
official-name | {}の首都をお願いします | トリニダードトバゴ共和国=TT; スリランカ民主社会主義共和国=LK; ブラジル連邦共和国=BR
official-name | {}の首都ってどこなの | アルジェリア民主人民共和国=DZ; エジプトアラブ共和国=EG; サウジアラビア王国=SA

# Everyday names.
everyday-name | {}の首都どこ | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都は何 | アメリカ=US; イギリス=GB; 南ア=ZA
everyday-name | {}の首都ってどこだっけ | サウジ=SA; ボスニア=BA; ニュージー=NZ
everyday-name | {}の首都が知りたい | チェキア=CZ; テュルキエ=TR; セントキッツ=KN
everyday-name | {}の首都教えてよ | バングラ=BD; ブルキナ=BF; ユーエーイー=AE
everyday-name | {}ってよく言うけど首都はどこ | ホラント=NL; エゲレス=GB; メリケン=US

# Old names.
old-name | 昔の{}の首都ってどこ | ダホメー=BJ; 西ドイツ=DE; 象牙海岸=CI
old-name | {}って呼ばれてた国の今の首都 | ソ連=RU; ローデシア=ZW; ゴールドコースト=GH
old-name | {}と呼ばれていた国の首都を教えて | オートボルタ=BF; ニヤサランド=MW; ベチュアナランド=BW

# Names shared by several places.
shared-name | {}の首都ってどこ | コンゴ=CD+CG; ドミニカ=DM+DO; 朝鮮=KP+KR
shared-name | {}の首都を教えて | コリア=KP+KR
shared-name | 南北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 韓国と北朝鮮の首都はどこ | KP+KR
shared-name | コンゴって二つあるけど首都はそれぞれどこ | CD+CG
shared-name | ドミニカって国の首都はどこ | DM+DO
shared-name | ジョージアの首都ってどこ | GE+US-GA
shared-name | ヴァージン諸島の中心の町はどこ | VG+VI
shared-name | アレクサジョージアの首都は | GE+US-GA
shared-name | ふたつのコンゴの首都 | CD+CG

# One-shot requests with the invocation name.
one-shot | 世界の首都で{}の首都を調べて | ペルー=PE; アイスランド=IS; ケニア=KE
one-shot | 世界の首都に{}の首都を聞いて | スペイン=ES; エジプト=EG; チリ=CL
one-shot | 世界の首都を開いて{}の首都を教えて | モンゴル=MN; ネパール=NP; キューバ=CU

# Launch.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | アレクサ世界の首都 | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都をつけて | LAUNCH
launch | 世界の首都を始めてください | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都呼んで | LAUNCH
launch | ねえ世界の首都やろう | LAUNCH
launch | 世界の首都をお願いします | LAUNCH

# Help.
help | ヘルプ | HELP
help | ヘルプをお願いします | HELP
help | 使い方を教えて | HELP
help | これどうやって使うの | HELP
help | 何ができるの | HELP
help | 何を聞けばいいの | HELP
help | どう言えばいいのかわからない | HELP
help | 助けて使い方がわからん | HELP
help | このスキルの使い方を説明してください | HELP
help | どんなことを聞けるの | HELP
help | 何て言えば首都を教えてくれるの | HELP
help | 遊び方教えて | HELP
help | ヘルプちょうだい | HELP
help | 使い方がよくわからないんですけど | HELP
help | ヘルプ見せて | HELP
help | 何すればいいのこれ | HELP
help | 聞き方を教えてくれる | HELP
help | どうすればいいか教えて | HELP
help | ヘルプ出して | HELP
help | 操作方法を教えてください | HELP

# Stop.
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終了 | STOP
stop | 終わり | STOP
stop | おしまい | STOP
stop | もう終わりにして | STOP
stop | 終了してください | STOP
stop | 止まって | STOP
stop | アレクサストップ | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | スキルを終了して | STOP
stop | 世界の首都を終了 | STOP
stop | 終わりにします | STOP
stop | もうやめる終了 | STOP
stop | ストップストップ | STOP
stop | 止めてちょうだい | STOP
stop | 終わっていいよ | STOP
stop | おしまいにしよう | STOP
stop | 終了でお願いします | STOP

# Cancel.
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のキャンセル | CANCEL
cancel | 今のは取り消して | CANCEL
cancel | キャンセルでお願いします | CANCEL
cancel | アレクサキャンセル | CANCEL
cancel | それキャンセル | CANCEL
cancel | 取り消してください | CANCEL
cancel | さっきの質問キャンセル | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | 今の質問は取り消しで | CANCEL
cancel | やっぱりキャンセルで | CANCEL
cancel | キャンセルしといて | CANCEL
cancel | 取り消しにして | CANCEL
cancel | いまのなしキャンセル | CANCEL
cancel | キャンセルしてください | CANCEL
cancel | その質問は取り消します | CANCEL
cancel | キャンセルだよ | CANCEL

# Out of domain: other facts about a named country, capital in other senses, other requests.
out-of-domain | {}の人口はどれくらい | ブラジル=FB; インド=FB; ナイジェリア=FB
out-of-domain | {}の通貨って何 | タイ=FB; トルコ=FB; スイス=FB
out-of-domain | {}って何語を話すの | ブラジル人=FB; ベルギー=FB; スイスって=FB
out-of-domain | {}との時差は何時間 | フランス=FB; ニューヨーク=FB; ハワイ=FB
out-of-domain | {}の国旗ってどんなの | カナダ=FB; ネパール=FB; ブータン=FB
out-of-domain | {}の国歌を流して | フランス国歌じゃなくてドイツ=FB; アメリカ=FB; イギリス=FB
out-of-domain | {}の一番大きい都市はどこ | オーストラリア=FB; カナダ=FB; トルコ=FB
out-of-domain | {}の面積はどのくらい | ロシア=FB; 中国=FB; バチカン=FB
out-of-domain | {}の大統領は誰 | フランス=FB; ブラジル=FB; 韓国=FB
out-of-domain | {}の首相は誰ですか | イギリス=FB; インド=FB; カナダ=FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都高速の事故ってある | FB
out-of-domain | 首都圏の明日の天気は | FB
out-of-domain | 首都直下地震が来る確率ってどれくらい | FB
out-of-domain | 首都機能移転の話ってどうなったの | FB
out-of-domain | 会社の資本金ってどういう意味 | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | アルファベットの大文字で書くってキャピタルって言うの | FB
out-of-domain | ベンチャーキャピタルってなに | FB
out-of-domain | キャピタル東急ホテルに電話して | FB
out-of-domain | 世界で一番人口の多い首都はどこ | FB
out-of-domain | 世界で一番標高が高い首都ってどこ | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 首都と州都の違いって何 | FB
out-of-domain | 県庁所在地と首都ってどう違うの | FB
out-of-domain | 東京から一番近い外国の首都はどこ | FB
out-of-domain | パリの天気を教えて | FB
out-of-domain | ロンドンは今何時 | FB
out-of-domain | ローマの休日を見たい | FB
out-of-domain | ソウルまで飛行機で何時間 | FB
out-of-domain | 北京ダックの作り方を教えて | FB
out-of-domain | ウィーン少年合唱団の曲をかけて | FB
out-of-domain | ワシントンってどんな人だったの | FB
out-of-domain | カイロを買い物リストに入れて | FB
out-of-domain | ナポリタンのレシピ教えて | FB
out-of-domain | ハバナクラブって何のお酒 | FB
out-of-domain | ダブリンのビールってギネスだっけ | FB
out-of-domain | ジャカルタに住んでる友達に電話 | FB
out-of-domain | タイの首都の正式名称ってすごく長いんでしょ全部言って | FB
out-of-domain | オーストラリアの首都が決まったのは何年 | FB
out-of-domain | ブラジリアって誰が設計したの | FB
out-of-domain | キャンベラの人口ってどれくらい | FB
out-of-domain | アメリカの州っていくつあるの | FB
out-of-domain | 国連に入ってる国の数を教えて | FB
out-of-domain | 世界に国っていくつあるの | FB
out-of-domain | 一番小さい国ってどこ | FB
out-of-domain | 日本の都道府県で一番大きいのは | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 天気予報 | FB
out-of-domain | タイマー三分 | FB
out-of-domain | 音楽かけて | FB
out-of-domain | 電気消して | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | 面白い話して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 円をドルに換算して | FB
out-of-domain | 今日の為替レートは | FB
out-of-domain | ユーロっていくら | FB
out-of-domain | ラジオ体操の音楽流して | FB
out-of-domain | 近くのラーメン屋を探して | FB
out-of-domain | 阪神の試合結果は | FB
out-of-domain | 大谷は今日ホームラン打った | FB
out-of-domain | ワールドカップの次の開催国はどこ | FB
out-of-domain | オリンピックの次の開催地は | FB
out-of-domain | フランス語でありがとうってなんて言うの | FB
out-of-domain | スペイン語の勉強をしたい | FB
out-of-domain | エベレストの高さは | FB
out-of-domain | ナイル川の長さは何キロ | FB
out-of-domain | アマゾン川ってどこの国を流れてるの | FB
out-of-domain | 一番長い川ってどこ | FB
out-of-domain | 富士山の高さを教えて | FB
out-of-domain | 日本の首相は誰 | FB
out-of-domain | ハワイ旅行の値段っていくら | FB
out-of-domain | パスポートの申請ってどこでできる | FB
out-of-domain | ビザなしで行ける国はどこ | FB
out-of-domain | 英語の宿題手伝って | FB
out-of-domain | 九九の七の段を言って | FB
out-of-domain | おやすみ | FB
out-of-domain | 今日何曜日 | FB
out-of-domain | 洗濯物干しても大丈夫かな | FB
out-of-domain | お米の炊き方教えて | FB
out-of-domain | 漁業無線の周波数を教えて | FB
out-of-domain | アマチュア無線でブラジルと交信できるかな | FB

# Second batch.
stop | 首都のスキルはもう止めてね | STOP
stop | はいストップしてください | STOP
stop | 世界の首都止めて | STOP
stop | もう終了でいいさ | STOP
stop | 終わりにするずら | STOP
stop | ストップしといて | STOP
stop | そこで止めといて | STOP
stop | 止めてくれんね終わりじゃけ | STOP
stop | もうしまいにしよか終了 | STOP
stop | ストップって言ってるでしょ | STOP
stop | 終了してくれる | STOP
stop | アレクサ止めてちょうだい | STOP
cancel | 今の質問取り消しといて | CANCEL
cancel | さっきのキャンセルしてくれる | CANCEL
cancel | キャンセルするずら | CANCEL
cancel | 今言ったの取り消してね | CANCEL
cancel | 質問をキャンセルします | CANCEL
cancel | あごめん今のキャンセル | CANCEL
cancel | それ取り消しといてくれんね | CANCEL
cancel | キャンセルしたいんだけど | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | 今の首都の質問はキャンセル | CANCEL
help | 世界の首都の使い方を教えて | HELP
help | このスキルって何ができるん | HELP
help | どうやって質問したらいいのか教えてください | HELP
help | 使い方わからんさ教えて | HELP
help | ヘルプをお願いできますか | HELP
help | どう聞いたらいいずら | HELP
help | 子供に使わせたいんだけど使い方は | HELP
help | 首都の聞き方の例を教えて | HELP
launch | 世界の首都を開けてちょうだい | LAUNCH
launch | 世界の首都を呼び出して | LAUNCH
launch | 世界の首都を使いたい | LAUNCH
launch | 世界の首都やって | LAUNCH
okinawa | {}の首都ってどこだったかねえ分からんさ | ベリーズ=BZ; スリナム=SR; ガイアナ=GY
shizuoka-shinshu | ちょっくら{}の首都教えてくれるけ | ラオス=LA; ブータン=BT; モルディブ=MV
niigata | {}の首都ってなんていうがんだ | ウガンダ=UG; ルワンダ=RW; ブルンジ=BI
tosa-iyo | {}の首都ちゃどこやったろう | エリトリア=ER; ジブチ=DJ; ソマリア=SO
yamaguchi | {}の首都知っちょるかね | チリ=CL; アルゼンチン=AR; ウルグアイ=UY
kobe-harima | {}の首都ってどこやったっけ忘れてもうたわ | レソト=LS; ボツワナ=BW; ナミビア=NA
ise-gifu | {}の首都はどこやに | ヨルダン=JO; オマーン=OM; イエメン=YE
homework-exam | 夏休みの自由研究で{}を調べてるんだけど首都は | ツバル=TV; キリバス=KI; ナウル=NR
quiz-game | 問題です{}の首都は | モンゴル=MN; キルギス=KG; タジキスタン=TJ
travel | 客室乗務員なんですけど次のフライトが{}で首都どこでしたっけ | フィンランド=FI; デンマーク=DK; ポーランド=PL
news-sport | 国際ニュースで{}が出てきたんだけど首都は | スーダン=SD; ニジェール=NE; マリ=ML
kitchen-hobby | このチーズ{}のなんだけど首都どこ | ポルトガル=PT; ギリシャ=GR; アイルランド=IE
driving-car | 信号待ちの間に{}の首都教えて | ハンガリー=HU; チェコ=CZ; オーストリア=AT
child-speech | パパがね{}に出張なんだってしゅとどこ | シンガポール=SG; マレーシア=MY; ベトナム=VN
grandparent | {}の都はどこじゃったかいのう | トルコ=TR; エジプト=EG; インド=IN
nikkei-alt-learner | {}のキャピタルは何ですかね教えてください | パナマ=PA; コスタリカ=CR; ニカラグア=NI
english-mix | {}のキャピタルってどこだっけアレクサ | ペルー=PE; コロンビア=CO; エクアドル=EC
asr-artefact | {}のしゅとは | アイスランド=IS; ノールウェー=NO; スイッツランド=CH
asr-artefact | {}の首都はどこですか教えて | ヴェネズエラ=VE; ボリヴィアの首都のひとつ=BO; ウクライナー=UA
subdivision | {}の州都を教えてくれる | コロラド州=US-CO; アリゾナ州=US-AZ; ジョージア州=US-GA
subdivision | {}の州都ってどこだっけ | マサチューセッツ州=US-MA; バージニア州=US-VA; ウィスコンシン州=US-WI
subdivision | {}の州都はどこか教えて | ニューサウスウェールズ州=AU-NSW; タスマニア州=AU-TAS; アルバータ州=CA-AB
subdivision | {}の州都ってどこ知ってる | ノルトラインヴェストファーレン州=DE-NW; ハンブルク州=DE-HH; タミルナードゥ州=IN-TN
follow-up | {}のほうも教えて | イラン=IR; サウジアラビア=SA; イスラエル=IL
follow-up | 今度は{} | ブラジル=BR; アルゼンチン=AR; メキシコ=MX
reverse-question | {}ってどこの国の首都だっけな | ハラレ=CITY:ハラレ; ルサカ=CITY:ルサカ; キガリ=CITY:キガリ
reverse-question | {}はなんていう国の首都ですか | ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード; タシケント=CITY:タシケント
yes-no-check | {}の首都ってアピアで合ってる | サモア=WS
yes-no-check | {}の首都はスバだったよね | フィジー=FJ
yes-no-check | {}の首都はポートモレスビーでいいの | パプアニューギニア=PG
self-correction | えっと{} | マリじゃなくてマラウイの首都=MW; ガーナいやギニアの首都=GN; グレナダじゃなくてガーナの首都=GH
official-name | {}の首都ってどこか教えて | オーストラリア連邦=AU; インド共和国=IN; ニュージーランド国=NZ
everyday-name | {}の首都ってなんだっけ | オランダ=NL; スイス=CH; ベルギー=BE
plural-capitals | {}の首都ってふたつあるんだよねどことどこ | ウッタラーカンド州=IN-UK; モントセラト=MS
out-of-domain | {}の首都の人口ってどれくらい | イタリア=FB; スペイン=FB; エジプト=FB
out-of-domain | {}の首都に行く飛行機を予約して | タイ=FB; ベトナム=FB; フィリピン=FB
out-of-domain | {}の首都の天気はどう | フランス=FB; イギリス=FB; 韓国=FB
out-of-domain | 首都大学東京って今なんていう名前 | FB
out-of-domain | 東京が首都になったのはいつ | FB
out-of-domain | 首都のことを英語でキャピタルっていうのはなんで | FB
out-of-domain | 資本主義ってキャピタリズムだっけ | FB
out-of-domain | 大文字のエーってどう書くの | FB
out-of-domain | 首都圏の電車の運行情報は | FB
out-of-domain | 首都高の料金っていくら | FB
out-of-domain | アメリカの首都にある博物館を教えて | FB
out-of-domain | 世界一古い首都ってどこ | FB
out-of-domain | 首都が一番寒い国はどこ | FB
out-of-domain | メキシコで一番人気の料理は | FB
out-of-domain | インドのカレーのスパイスって何 | FB
"""

if __name__ == "__main__":
    build_round(22, "ja", LINES, sys.argv, "tests/Eval/ja/round22/source/build_corpus.py")
