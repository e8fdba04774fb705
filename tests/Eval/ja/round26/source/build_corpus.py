"""Round 26, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the four most recent Japanese rounds (their "How it was written" sections name Kyoto, Shiga and Nara, Wakayama, Mikawa,
Nanbu, Hokkaido, Sendai, Iwate, Yamagata, Okayama, Kumamoto, Kagoshima, Tsugaru, Akita, Fukushima, Nagasaki, Saga, Oita,
Miyazaki, Okinawa, Shizuoka, Shinshu, Niigata, Tosa and Iyo, Yamaguchi, Kobe and Ise; and earlier Kansai in general,
Hakata, Hiroshima, Nagoya, Hokuriku, San'in, northern Kanto and shitamachi).
Regions: Kawachi and Senshu in southern Osaka (われ, やんけ, ちゃうんけ, しとる, なんぼ, けったいな), Shonan and Yokohama
(じゃん, だべ, べ, しょ), Boso in Chiba (だっぺ, ぺ, おっかねえ, ちっと), Saitama, Chichibu and Tama (だんべ, べえ, さあ,
かい), Kitakyushu and Chikuho (っちゃ, ちょる, なんしよん, やけ, ばい) and old Yamanote speech of Tokyo (ざます,
あそばせ, ございますわ, かしら).
People and places: a police box with lost tourists, a fire station's night shift, a fishing port with Indonesian trainees,
a car repair shop, a ramen shop, a sushi counter with foreign guests, a manga artist's assistant drawing flags, a voice
actor's practice, a game streamer, a community FM radio host, a nail salon, a yoga class, a wedding planner with
honeymoon plans, a customs broker, a visa paperwork office, a subtitle translator, a crossword maker; at home moving house,
at the kotatsu in winter, making a lunch box, a grandchild's video call, a rainy-season afternoon, ironing; in the car on
the school run, driving to a ski resort, at the car wash; games and sport: Othello and Go, darts, a marathon, the World
Baseball Classic, the Rugby World Cup, a geography card game, a pub quiz. Learners and heritage speakers: a Vietnamese
technical intern, an Indonesian fishing trainee, a Mongolian student, a Peruvian Nikkei (カピタル), a Ukrainian evacuee,
a Kurdish resident of Warabi, a Burmese student, an Indian IT engineer in Nishikasai, a German engineer (です and
ますか everywhere, dropped or wrong particles). Children: a second-grader writing in hiragana, a junior-high gamer with
slang; elders: a repatriate from Manchuria with the names of his youth, a retired geography teacher, a quilting circle.
Plus fillers and hesitations, follow-ups, self-corrections, yes/no checks with a right or wrong capital, reverse
questions (a capital given, its country asked), official, everyday and old names, shared names (ジョージア, コンゴ,
朝鮮 and コリア, ドミニカ, ヴァージン諸島), plural questions (every several-capital country, Palestine, Montserrat,
Jammu and Kashmir, Uttarakhand), subdivisions and territories, out-of-domain near misses (other facts about a named
country, "capital" in other senses, places the data lacks, everyday requests), help, stop, cancel, launch and one-shot
requests through the invocation name 世界の首都; and what ja-JP recognition writes: hiragana for katakana and kanji,
kanji homophones, lost or added long vowels, ヴ and ブ, チ for ティ, joined words.
`python3 tests/Eval/ja/round26/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 26's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# The capital question, plainly and with the situation around it.
plain-question | 交番に外国の人が来てて{}の首都ってどこか聞かれたんだけど | ペルー=PE; チリ=CL; パラグアイ=PY
plain-question | {}の首都ってどこなんだろうね | ボツワナ=BW; ナミビア=NA; レソト=LS
plain-question | 漫画の背景に旗描くんだけど{}の首都ってどこ | ガボン=GA; カメルーン=CM; チャド=TD
plain-question | {}の首都はどこでしょう | トンガ=TO; サモア=WS; バヌアツ=VU
plain-question | 字幕の訳で出てきたんだけど{}の首都ってどこだっけ | アゼルバイジャン=AZ; アルメニア=AM; ジョージア=GE+US-GA
plain-question | {}の首都ってどこになってるの | ベネズエラ=VE; コロンビア=CO; エクアドル=EC
plain-question | ラーメン屋のお客さんが{}から来たって言ってたけど首都どこ | ウズベキスタン=UZ; モンゴル=MN; ネパール=NP
plain-question | 念のため確認したいんだけど{}の首都は | ノルウェー=NO; デンマーク=DK; フィンランド=FI
plain-question | {}って首都どこだったかな | ガーナ=GH; トーゴ=TG; ベナン=BJ
plain-question | 寿司屋のカウンターで{}のお客さんと話してて首都が出てこないの | ポーランド=PL; ハンガリー=HU; チェコ=CZ
plain-question | {}の首都が知りたいです | スーダン=SD; 南スーダン=SS; エチオピア=ET
plain-question | クロスワード作ってるんだけど{}の首都って何 | マルタ=MT; キプロス=CY; アイスランド=IS
plain-question | {}の首都の名前なんだっけ | ブータン=BT; バングラデシュ=BD; パキスタン=PK
plain-question | 新婚旅行で{}に行くんだけど首都ってどこ | モルディブ=MV; モーリシャス=MU; セーシェル=SC
plain-question | {}の首都ってどこにあるか教えて | リベリア=LR; シエラレオネ=SL; ギニア=GN
plain-question | 通関の書類で{}って出てきたけど首都どこ | ヨルダン=JO; レバノン=LB; シリア=SY
plain-question | {}の首都ってなんて町 | マラウイ=MW; モザンビーク=MZ; タンザニア=TZ
plain-question | ビザの書類書いてるんだけど{}の首都ってどこですか | カンボジア=KH; ラオス=LA; ミャンマー=MM
plain-question | {}の首都どこか分かる | クウェート=KW; バーレーン=BH; カタール=QA
plain-question | 声優の練習で原稿に{}の首都って出てくるんだけどどこ | リトアニア=LT; ラトビア=LV; エストニア=EE
# Polite and very polite.
polite-question | 恐れ入りますが{}の首都を教えていただけますか | ルーマニア=RO; ブルガリア=BG; セルビア=RS
polite-question | {}の首都はどちらでございましょうか | スウェーデン=SE; ベルギー=BE; アイルランド=IE
polite-question | お手数ですが{}の首都を教えてください | ニュージーランド=NZ; フィジー=FJ; パプアニューギニア=PG
polite-question | {}の首都について伺いたいのですが | エジプト=EG; リビア=LY; チュニジア=TN
polite-question | よろしければ{}の首都を教えてくださいますか | アルゼンチン=AR; ウルグアイ=UY; ブラジル=BR
polite-question | {}の首都がどこか教えていただけると助かります | ケニア=KE; ウガンダ=UG; ルワンダ=RW
polite-question | 失礼ですが{}の首都はどこでしたでしょうか | グアテマラ=GT; コスタリカ=CR; パナマ=PA
polite-question | {}の首都をお教え願えますか | イラン=IR; イラク=IQ; アフガニスタン=AF
# Regional speech.
dialect-question | われ{}の首都どこか知っとるけ | ジャマイカ=JM; キューバ=CU; ハイチ=HT
dialect-question | {}の首都てなんぼ考えても出てけえへんのや | セネガル=SN; マリ=ML; ニジェール=NE
dialect-question | {}の首都ってどこやったんけ | アンゴラ=AO; ザンビア=ZM; ジンバブエ=ZW
dialect-question | なあ{}の首都ってどこやねんな教えてんか | ソマリア=SO; ジブチ=DJ; エリトリア=ER
dialect-question | {}の首都ってどこだべ | オーストリア=AT; スイス=CH; リヒテンシュタイン=LI
dialect-question | {}の首都ってさどこじゃん | メキシコ=MX; ホンジュラス=HN; ニカラグア=NI
dialect-question | 首都ってさ{}だとどこなんだべ | スロバキア=SK; スロベニア=SI; クロアチア=HR
dialect-question | {}の首都はどこだっぺ | タイ=TH; ベトナム=VN; マレーシア=MY
dialect-question | ちっと聞くけど{}の首都はどこだっぺな | イタリア=IT; スペイン=ES; ポルトガル=PT
dialect-question | {}の首都はどこだんべ | トルコ=TR; ギリシャ=GR; モンテネグロ=ME
dialect-question | {}の首都ってどこなんさあ | ボスニアヘルツェゴビナ=BA; アルバニア=AL; 北マケドニア=MK
dialect-question | {}の首都ってどこっちゃ | カザフスタン=KZ; キルギス=KG; タジキスタン=TJ
dialect-question | {}の首都ってどこやったっちゃろか | トルクメニスタン=TM; ベラルーシ=BY; モルドバ=MD
dialect-question | お前{}の首都どこか知っちょるか | サウジアラビア=SA; オマーン=OM; イエメン=YE
dialect-question | {}の首都はどちらざますの | フランス=FR; イギリス=GB; ドイツ=DE
dialect-question | ちょいと{}の首都を教えてくださいましな | ベルギー=BE; ルクセンブルク=LU; モナコ=MC
dialect-question | {}の首都はどこだったかしら | オランダ=NL; スペイン=ES; ロシア=RU
# Young people's speech.
casual-slang | {}の首都どこマジでわからん | ブルキナファソ=BF; ギニアビサウ=GW; ガンビア=GM
casual-slang | ガチで{}の首都知らんのだけど | モーリタニア=MR; カーボベルデ=CV; 赤道ギニア=GQ
casual-slang | {}の首都って何だっけワンチャン知ってる | ナウル=NR; ツバル=TV; キリバス=KI
casual-slang | ぶっちゃけ{}の首都ってどこ | マーシャル諸島=MH; パラオ=PW; ミクロネシア=FM
casual-slang | {}の首都どこだよ教えろください | ソロモン諸島=SB; 東ティモール=TL; ブルネイ=BN
casual-slang | 配信中なんだけど{}の首都ってどこ秒で答えて | シンガポール=SG; フィリピン=PH; インドネシア=ID
casual-slang | {}の首都わかんなすぎて草 | コモロ=KM; マダガスカル=MG; ブルンジ=BI
# Learners and heritage speakers.
learner-speech | すみません{}の首都どこですか | ベトナム=VN; インドネシア=ID; モンゴル=MN
learner-speech | {}首都はどこですか教えてください | ウクライナ=UA; ミャンマー=MM; インド=IN
learner-speech | アレクサさん{}のカピタルどこですか | ペルー=PE; ボリビア=BO; エクアドル=EC
learner-speech | {}の首都はなにですか | トルコ=TR; イラク=IQ; シリア=SY
learner-speech | わたしの国は{}です首都はどこですか | ネパール=NP; スリランカ=LK; バングラデシュ=BD
learner-speech | {}を首都を教えますか | ドイツ=DE; オーストリア=AT; スイス=CH
learner-speech | {}のしゅとはどこにありますか | フィリピン=PH; タイ=TH; カンボジア=KH
learner-speech | 日本語勉強してます{}の首都は何という町ですか | ポーランド=PL; ウクライナ=UA; ジョージア=GE+US-GA
# Children.
child-speech | ねえねえ{}のしゅとってどこ | いたりあ=IT; かなだ=CA; ぶらじる=BR
child-speech | {}のしゅとはどこでしょうか | えじぷと=EG; めきしこ=MX; ちゅうごく=CN
child-speech | あのねあのね{}のしゅとおしえて | ふらんす=FR; いぎりす=GB; かんこく=KR
child-speech | {}のしゅとってなあに | おーすとらりあ=AU; にゅーじーらんど=NZ; けにあ=KE
child-speech | がっこうでならったんだけど{}のしゅとってどこだっけ | ろしあ=RU; あめりか=US; いんど=IN
child-speech | {}の首都とかマイクラのサーバー名にしたいんだけどどこ | アイスランド=IS; フィンランド=FI; ノルウェー=NO
# Elders.
elder-speech | わしの若い頃は{}の首都はどこじゃったかのう | ビルマ=MM; セイロン=LK; シャム=TH
elder-speech | {}の都はどこであったかな | ペルシャ=IR; 和蘭=NL; 白ロシア=BY
elder-speech | 地理の教師をしとったが{}の首府がとっさに出てこん | ザイール=CD; 象牙海岸=CI; カンプチア=KH
elder-speech | {}の首都はどこだったかねえ | 英国=GB; 米国=US; 豪州=AU
elder-speech | パッチワークの会で話題になったんだけど{}の首都はどこだったかしらねえ | デンマーク=DK; スウェーデン=SE; オランダ=NL
# Work, home, the car and games.
work-situation | 消防署の夜勤で暇だから聞くけど{}の首都どこ | グレナダ=GD; バルバドス=BB; バハマ=BS
work-situation | 整備工場に{}から来た車があるんだけど首都ってどこ | セントルシア=LC; トリニダード・トバゴ=TT; アンティグア・バーブーダ=AG
work-situation | ネイル中だから手が離せないんだけど{}の首都教えて | ガイアナ=GY; スリナム=SR; ベリーズ=BZ
work-situation | 翻訳の締め切り前なんだけど{}の首都ってどこ | セントクリストファー・ネービス=KN; セントビンセント・グレナディーン=VC; サントメ・プリンシペ=ST
work-situation | 漁港の実習生が{}の人なんだけど首都どこ | インドネシア=ID; フィリピン=PH; ベトナム=VN
work-situation | 番組で{}の首都紹介するんだけどどこだっけ | アンドラ=AD; サンマリノ=SM; バチカン=VA
work-situation | ヨガ教室の生徒さんが{}出身なんだけど首都ってどこ | インド=IN; スリランカ=LK; イスラエル=IL
home-situation | 引っ越しの荷造りしながら聞くけど{}の首都どこ | エスワティニ=SZ; マラウイ=MW; ナミビア=NA
home-situation | こたつでみかん食べながら思ったんだけど{}の首都ってどこ | 北朝鮮=KP; 韓国=KR; 台湾=TW
home-situation | お弁当作りながら聞くね{}の首都はどこ | アラブ首長国連邦=AE; カタール=QA; オマーン=OM
home-situation | 孫とビデオ通話してて{}の首都聞かれたんだけど | カナダ=CA; オーストラリア=AU; アメリカ=US
home-situation | 梅雨で暇だからさ{}の首都って何 | アルジェリア=DZ; モロッコ=MA; チュニジア=TN
home-situation | アイロンかけてて手が離せないの{}の首都教えて | ナイジェリア=NG; カメルーン=CM; ガーナ=GH
car-situation | 運転中だから調べられないんだけど{}の首都ってどこ | 中央アフリカ=CF; コンゴ共和国=CG; コンゴ民主共和国=CD
car-situation | 子どもを学校に送ってる途中なんだけど{}の首都ってどこ | ニュージーランド=NZ; ケニア=KE; エジプト=EG
car-situation | スキー場まで暇だから{}の首都って何か教えて | オーストリア=AT; スイス=CH; ノルウェー=NO
car-situation | 洗車待ちの間に聞くけど{}の首都どこ | ペルー=PE; キューバ=CU; ドミニカ共和国=DO
game-situation | オセロしながら聞くけど{}の首都ってどこだっけ | リビア=LY; スーダン=SD; ニジェール=NE
game-situation | ダーツ投げる前に{}の首都当てたいんだけどどこ | アイルランド=IE; スコットランド=GB-SCT; ウェールズ=GB-WLS
game-situation | ラグビーワールドカップ見てるんだけど{}の首都ってどこ | フィジー=FJ; サモア=WS; トンガ=TO
game-situation | 野球の国際大会で{}が出てるけど首都どこ | チェコ=CZ; イスラエル=IL; パナマ=PA
game-situation | マラソン中継で{}の選手が走ってるけど首都ってどこ | エチオピア=ET; ケニア=KE; エリトリア=ER
game-situation | 地理カードゲームで{}が出たんだけど首都なんだっけ | ウズベキスタン=UZ; アゼルバイジャン=AZ; キルギス=KG
game-situation | パブのクイズで{}の首都が出たんだけどどこ | ジブチ=DJ; モーリタニア=MR; ガンビア=GM
game-situation | 囲碁の休憩中に聞くけど{}の首都はどこ | 韓国=KR; 中国=CN; 日本=JP
# Fillers and hesitations.
filler-hesitation | えっとあの{}の首都って | ボツワナ=BW; ジンバブエ=ZW; ザンビア=ZM
filler-hesitation | うーんとね{}のえー首都はどこ | ルーマニア=RO; ハンガリー=HU; セルビア=RS
filler-hesitation | あのーそのー{}の首都ってなんだったっけ | アルメニア=AM; トルクメニスタン=TM; タジキスタン=TJ
filler-hesitation | えーとえーと{}のその首都 | ラオス=LA; ブータン=BT; ブルネイ=BN
filler-hesitation | まあなんていうか{}の首都ってどこよ | パキスタン=PK; アフガニスタン=AF; イラン=IR
filler-hesitation | んーとさ首都ってさ{}の | ソマリア=SO; ウガンダ=UG; ルワンダ=RW
filler-hesitation | あれ何だっけほら{}の首都 | モンテネグロ=ME; コソボ=XK; アルバニア=AL
# Follow-ups.
follow-up | じゃあ{}は | ガーナ=GH; トーゴ=TG; ベナン=BJ
follow-up | 次は{}の首都 | コートジボワール=CI; リベリア=LR; ギニア=GN
follow-up | ほんなら{}はどうなん | セネガル=SN; マリ=ML; ガンビア=GM
follow-up | {}だったらどこ | チリ=CL; アルゼンチン=AR; ウルグアイ=UY
follow-up | 続けて{}もお願い | カナダ=CA; メキシコ=MX; グアテマラ=GT
follow-up | あと{}も教えて | モロッコ=MA; アルジェリア=DZ; エジプト=EG
follow-up | ついでに{}はどこだっぺ | タイ=TH; ラオス=LA; カンボジア=KH
follow-up | それじゃ{}の方は | ポルトガル=PT; スペイン=ES; イタリア=IT
follow-up | ほな{}はどこやねん | ギリシャ=GR; キプロス=CY; マルタ=MT
follow-up | {}のほうはどうっちゃ | ベラルーシ=BY; ウクライナ=UA; モルドバ=MD
follow-up | もう一個{}もいいですか | エストニア=EE; ラトビア=LV; リトアニア=LT
# Yes/no checks (the place is expected).
yes-no-check | ペルーの首都ってリマで合ってる | PE
yes-no-check | チリの首都はサンチアゴだよね | CL
yes-no-check | オーストラリアの首都ってシドニーじゃないの | AU
yes-no-check | カナダの首都はトロントだっけ | CA
yes-no-check | トルコの首都ってイスタンブールやんけ | TR
yes-no-check | ブラジルの首都ってリオじゃなかったっけ | BR
yes-no-check | ニュージーランドの首都はオークランドだべ | NZ
yes-no-check | スイスの首都ってチューリッヒだっぺ | CH
yes-no-check | ベトナムの首都はホーチミンですか | VN
yes-no-check | モロッコの首都はカサブランカざますわね | MA
yes-no-check | ナイジェリアの首都ってラゴスじゃないん | NG
yes-no-check | パキスタンの首都はカラチで合っとる | PK
yes-no-check | ケニアの首都はナイロビで正解 | KE
yes-no-check | ハンガリーの首都はブダペストでいいんだよね | HU
yes-no-check | エジプトの首都ってカイロであってますか | EG
yes-no-check | ミャンマーの首都ってヤンゴンだっちゃね | MM
yes-no-check | タンザニアの首都ってダルエスサラームでしょ | TZ
yes-no-check | フィリピンの首都はマニラかい | PH
yes-no-check | カザフスタンの首都はアルマトイだったよね | KZ
yes-no-check | ベナンの首都はコトヌーじゃん | BJ
yes-no-check | アメリカの首都ってニューヨークっしょ | US
yes-no-check | インドの首都はムンバイちゃうんけ | IN
yes-no-check | 中国の首都って上海だよね | CN
yes-no-check | モンゴルの首都ってウランバートルであってる | MN
yes-no-check | スペインの首都はバルセロナじゃないよね | ES
yes-no-check | コロンビアの首都ってボゴタで間違いない | CO
yes-no-check | イスラエルの首都はテルアビブなの | IL
yes-no-check | エクアドルの首都ってグアヤキルだったっけ | EC
yes-no-check | ボリビアの首都ってラパスだけなの | BO
yes-no-check | カリフォルニア州の州都ってロサンゼルスだよね | US-CA
yes-no-check | ニューヨーク州の州都はニューヨークじゃないの | US-NY
# Self-corrections (the last place is expected).
self-correction | オーストリアの首都あっ違うオーストラリアの首都 | AU
self-correction | スウェーデンじゃなくてスイスの首都教えて | CH
self-correction | イランの首都いやイラクだった | IQ
self-correction | ニジェールの首都ってあごめんナイジェリアの方 | NG
self-correction | スロバキアの首都やのうてスロベニアの首都や | SI
self-correction | ギニアの首都じゃなくてギニアビサウ | GW
self-correction | オーストラリアやなかった南オーストラリア州の州都 | AU-SA
self-correction | コロンビアの首都いや待ってボリビア | BO
self-correction | モーリシャスじゃなくてモーリタニアの首都だべ | MR
self-correction | ザンビアちゃうわガンビアの首都 | GM
self-correction | ドミニカ共和国いやドミニカ国の首都 | DM
self-correction | 北朝鮮あいや韓国の首都 | KR
self-correction | ラトビアの首都えーと間違えたリトアニア | LT
self-correction | ベルギーじゃなかったブルガリアの首都っちゃ | BG
self-correction | アルメニアいやアルバニアの首都ですます | AL
self-correction | マレーシアの首都いやインドネシアでした | ID
self-correction | パラグアイの首都あっウルグアイだ | UY
self-correction | チュニジアの首都じゃない違う違うアルジェリアの首都 | DZ
self-correction | スーダンいや南スーダンの首都はどこ | SS
self-correction | キルギスの首都すまんカザフスタンの首都 | KZ
# Reverse questions (a capital given, every place with it expected).
reverse-question | {}ってどこの国の首都 | カトマンズ=CITY:カトマンズ; ティンプー=CITY:ティンプー; ダッカ=CITY:ダッカ
reverse-question | {}が首都の国ってどこ | ナイロビ=CITY:ナイロビ; キガリ=CITY:キガリ; カンパラ=CITY:カンパラ
reverse-question | {}はどこの首都やねん | ウィーン=CITY:ウィーン; プラハ=CITY:プラハ; ワルシャワ=CITY:ワルシャワ
reverse-question | {}ってなんて国の首都だっぺ | リマ=CITY:リマ; キト=CITY:キト; ボゴタ=CITY:ボゴタ
reverse-question | 首都が{}なのはどこの国 | ハノイ=CITY:ハノイ; ビエンチャン=CITY:ビエンチャン; プノンペン=CITY:プノンペン
reverse-question | {}ってどこの首都だったかしら | リスボン=CITY:リスボン; ダブリン=CITY:ダブリン; ヘルシンキ=CITY:ヘルシンキ
reverse-question | {}を首都にしてる国はどこ | ウランバートル=CITY:ウランバートル; タシケント=CITY:タシケント; アスタナ=CITY:アスタナ
reverse-question | {}ってどこの国の首都なんだべ | ベルン=CITY:ベルン; オスロ=CITY:オスロ; レイキャビク=CITY:レイキャビク
reverse-question | {}が首都なのってどこの国ですか | アクラ=CITY:アクラ; ダカール=CITY:ダカール; バマコ=CITY:バマコ
reverse-question | {}はどこの国の首都っちゃ | テヘラン=CITY:テヘラン; バグダッド=CITY:バグダッド; ダマスカス=CITY:ダマスカス
reverse-question | {}ってどこの州都 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
reverse-question | キャンベラはどこの国の首都 | CITY:キャンベラ
reverse-question | ベルリンってどこの首都だっけ | CITY:ベルリン
reverse-question | ウェリントンが首都の国 | CITY:ウェリントン
reverse-question | ブリュッセルってどこの国の首都だべ | CITY:ブリュッセル
reverse-question | アディスアベバってどこの首都 | ET
reverse-question | ナッソーはどこの首都ですか | CITY:ナッソー
# Official names.
official-name | {}の首都はどこですか | 大韓民国=KR; 中華人民共和国=CN; 朝鮮民主主義人民共和国=KP
official-name | {}の首都ってどこでしたっけ | フランス共和国=FR; チェコ共和国=CZ; エジプト・アラブ共和国=EG
official-name | 正式名称で言うと{}の首都はどこ | グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US; ベネズエラ・ボリバル共和国=VE
official-name | {}の首都を教えてくださいな | アルジェリア民主人民共和国=DZ; 中央アフリカ共和国=CF; ミクロネシア連邦=FM
official-name | {}っていう国の首都どこ | ボスニア・ヘルツェゴビナ=BA; アンティグア・バーブーダ=AG; セントビンセント及びグレナディーン諸島=VC
official-name | {}の首都どこやろ | 中華民国=TW; バチカン市国=VA; ドミニカ国=DM
official-name | {}の首都ってどこなん | ドミニカ共和国=DO; コンゴ共和国=CG; 南スーダン共和国=SS
# Everyday and short names.
everyday-name | {}の首都どこ | サウジ=SA; バングラ=BD; ブルキナ=BF
everyday-name | {}の首都ってどこやっけ | ボスニア=BA; マケドニア=MK; アンティグア=AG
everyday-name | {}の首都ってどこだっけな | ニュージー=NZ; ソロモン=SB; マーシャル=MH
everyday-name | {}の首都ってさ | トリニダード=TT; サントメ=ST; セントキッツ=KN
everyday-name | {}の首都教えてくれ | 南ア=ZA; パプア=PG; 中央アフリカ=CF
everyday-name | {}って首都どこ | 英国=GB; 米国=US; 豪州=AU
everyday-name | {}の首都ってどこなんやろ | ブルキナファソ=BF; ティモール=TL; アメリカ=US
# Old names.
old-name | {}の首都ってどこだったっけ | グルジア=GE; スワジランド=SZ; ザイール=CD
old-name | 昔の呼び方で{}の首都は | ビルマ=MM; セイロン=LK; ペルシア=IR
old-name | {}の首都はどこであるか | 露西亜=RU; 独逸=DE; 仏蘭西=FR
old-name | 満州から引き揚げてきた者じゃが{}の首都はどこかね | 白ロシア=BY; 阿蘭陀=NL; 伊太利亜=IT
old-name | {}の首都ってどこよ | コートジボアール=CI; ケープベルデ=CV; チェキア=CZ
old-name | {}の首都を教えてもらおうか | 墨西哥=MX; 比律賓=PH; 西班牙=ES
# Shared names.
shared-name | ジョージアの首都どこ | GE+US-GA
shared-name | ジョージアって首都どこなんだべ | GE+US-GA
shared-name | グルジアの首都ってどこだっけ今はジョージアだよね | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | 国のほうのジョージアの首都 | GE
shared-name | コンゴの首都はどこですか | CD+CG
shared-name | コンゴの首都ってどこやねん | CD+CG
shared-name | 二つあるコンゴの首都どっちも教えて | CD+CG
shared-name | コンゴ民主共和国の首都 | CD
shared-name | ブラザビルのほうのコンゴ共和国の首都 | CG
shared-name | ドミニカの首都ってどこ | DM+DO
shared-name | ドミニカの首都どこだっぺ | DM+DO
shared-name | 朝鮮の首都はどこだったかな | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | 南北朝鮮の首都を両方教えて | KP+KR
shared-name | 韓国と北朝鮮の首都はそれぞれどこ | KP+KR
shared-name | 北朝鮮と韓国の首都 | KP+KR
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | バージン諸島の中心の町はどこ | VG+VI
shared-name | アメリカ領ヴァージン諸島の首都 | VI
shared-name | イギリス領ヴァージン諸島の首都ってどこだべ | VG
# Plural questions.
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | 南アの首都たちってどこ | ZA
plural-capitals | ボリビアの首都って二つあるよねどことどこ | BO
plural-capitals | ボリビアの首都を両方とも | BO
plural-capitals | ベナンの首都は二つあるって聞いたけど | BJ
plural-capitals | オランダの首都ってふたつあるんだっけ | NL
plural-capitals | オランダの首都と政府がある町両方教えて | NL
plural-capitals | マレーシアの首都って二か所あるの | MY
plural-capitals | マレーシアの首都と行政首都をどっちも | MY
plural-capitals | スリランカの首都二つとも教えてやんけ | LK
plural-capitals | スリランカって首都いくつあるの | LK
plural-capitals | コートジボワールの首都ってふたつあるってほんと | CI
plural-capitals | エスワティニの首都って二つあるんだべ | SZ
plural-capitals | パレスチナの首都とされる町はどことどこ | PS
plural-capitals | パレスチナの首都って複数あるの | PS
plural-capitals | モントセラトの首都って二つあるの | MS
plural-capitals | ジャンムー・カシミールの夏と冬の州都 | IN-JK
plural-capitals | ウッタラーカンド州の州都は二つあるんですか | IN-UK
plural-capitals | 南アフリカの首都それぞれ教えてっちゃ | ZA
plural-capitals | ベナンの首都ってどっちも教えて | BJ
# Subdivisions (states, provinces and so on).
subdivision | {}の州都ってどこ | テキサス州=US-TX; フロリダ州=US-FL; ワシントン州=US-WA
subdivision | {}の州都はどこですか | ハワイ州=US-HI; アラスカ州=US-AK; ネバダ州=US-NV
subdivision | {}って州都どこなんだべ | オハイオ州=US-OH; ミシガン州=US-MI; イリノイ州=US-IL
subdivision | カナダの{}の州都は | オンタリオ州=CA-ON; ケベック州=CA-QC; ブリティッシュコロンビア州=CA-BC
subdivision | オーストラリアの{}の州都ってどこ | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; タスマニア州=AU-TAS
subdivision | ドイツの{}の州都ってどこやったっけ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | インドの{}の州都はどこ | ケーララ州=IN-KL; タミル・ナードゥ州=IN-TN; 西ベンガル州=IN-WB
subdivision | ブラジルの{}の州都ってどこだっぺ | アマゾナス州=BR-AM; バイーア州=BR-BA; パラナ州=BR-PR
subdivision | メキシコの{}の州都は | ユカタン州=MX-YUC; ハリスコ州=MX-JAL; オアハカ州=MX-OAX
subdivision | {}の首府ってどこ | スコットランド=GB-SCT; 北アイルランド=GB-NIR; イングランド=GB-ENG
subdivision | {}の中心都市ってどこですか | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノーザンテリトリー=AU-NT
subdivision | ワイオミング州の州都 | US-WY
subdivision | ペンシルベニアの州都ってフィラデルフィアじゃないの | US-PA
# Territories and other places.
territory | {}の首都ってどこになってるんだろ | グリーンランド=GL; プエルトリコ=PR; グアム=GU
territory | {}の首都はどこになるの | 香港=HK; マカオ=MO; 西サハラ=EH
territory | {}の中心の町ってどこなの | ニューカレドニア=NC; 仏領ポリネシア=PF; クック諸島=CK
territory | {}の首都っていうか中心地ってどこだべ | フェロー諸島=FO; マン島=IM; ジブラルタル=GI
territory | {}の政庁所在地はどこですか | バミューダ=BM; ケイマン諸島=KY; フォークランド諸島=FK
territory | {}の首都って知ってるかい | 北マリアナ諸島=MP; 米領サモア=AS; ニウエ=NU
territory | {}の首都ってどこやねん | キュラソー=CW; アルバ=AW; レユニオン=RE
# One-shot requests through the invocation name.
one-shot | 世界の首都で{}の首都を調べて | ペルー=PE; ガボン=GA; ナウル=NR
one-shot | 世界の首都に{}の首都はどこか聞いて | イエメン=YE; バーレーン=BH; リヒテンシュタイン=LI
one-shot | 世界の首都を使って{}の首都教えて | スリナム=SR; ガイアナ=GY; ベリーズ=BZ
one-shot | 世界の首都で{}の首都ってどこか聞いてくれへん | ツバル=TV; キリバス=KI; パラオ=PW
one-shot | 世界の首都に聞いて{}の首都はどこだっぺ | コモロ=KM; セーシェル=SC; モルディブ=MV
one-shot | 世界の首都開いて{}の首都 | 東ティモール=TL; ブルネイ=BN; シンガポール=SG
one-shot | 世界の首都で南アフリカの首都を全部教えて | ZA
one-shot | 世界の首都でボリビアの首都二つ教えて | BO
# Launch.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都開いてくれや | LAUNCH
launch | 世界の首都始めてくんねえかな | LAUNCH
launch | 世界の首都を開けてほしいざます | LAUNCH
launch | 世界の首都ってやつ始めて | LAUNCH
launch | 世界の首都つないでっちゃ | LAUNCH
launch | 世界の首都を立ち上げてください | LAUNCH
launch | 世界の首都スタートだべ | LAUNCH
launch | せかいのしゅとをひらいて | LAUNCH
launch | 世界の首都やるべ | LAUNCH
launch | 世界の首都のクイズ開いて | LAUNCH
launch | 世界の首都をお願いできますか | LAUNCH
launch | 世界の首都で遊ぶ | LAUNCH
# Help.
help | これ何ができんの | HELP
help | 使い方を教えてくださいませ | HELP
help | どうやって聞いたらええんけ | HELP
help | ヘルプお願いします | HELP
help | 何て言えばいいのか分かんないんだけど | HELP
help | どんなこと聞けるんだっぺ | HELP
help | 使い方が分からないです助けてください | HELP
help | これってどう使うんだべ | HELP
help | 何を聞けばいいの | HELP
help | 聞き方を教えてほしいざます | HELP
help | どういう風に話しかけたらいいですか | HELP
help | ヘルプ見せて | HELP
help | 何聞いたらいいか分からんっちゃ | HELP
help | このスキルの使い方教えて | HELP
help | どうすりゃええねんこれ | HELP
help | 助けて使い方わからん | HELP
help | 説明してもらえますか | HELP
help | ようわからんから説明してんか | HELP
help | 何ができるか教えて | HELP
help | どうしたらいいの | HELP
help | 遊び方教えて | HELP
help | あそびかたおしえて | HELP
# Stop.
stop | もうええわ終わり | STOP
stop | 止めて | STOP
stop | ストップストップ | STOP
stop | 終了してください | STOP
stop | もういいよ閉じて | STOP
stop | おしまいにするべ | STOP
stop | やめてくれや | STOP
stop | 終わりにしといてっちゃ | STOP
stop | もう結構でございますわ | STOP
stop | スキル終了 | STOP
stop | 黙ってくれ | STOP
stop | もうやめだっぺ | STOP
stop | 静かにして | STOP
stop | 終わる | STOP
stop | ばいばい | STOP
stop | もう寝るから終わり | STOP
stop | 配信終わるから止めて | STOP
stop | 世界の首都を終了して | STOP
stop | 止まってください | STOP
stop | もういいですありがとう | STOP
stop | 終わり終わり | STOP
stop | もう閉じてええで | STOP
# Cancel.
cancel | キャンセル | CANCEL
cancel | やっぱりいいや | CANCEL
cancel | 今のなしで | CANCEL
cancel | 取り消して | CANCEL
cancel | やっぱやめとくわ | CANCEL
cancel | なんでもないです | CANCEL
cancel | 今の忘れてくれ | CANCEL
cancel | キャンセルしてくんねえか | CANCEL
cancel | 今のは取り消しだべ | CANCEL
cancel | やっぱりいいざます | CANCEL
cancel | 聞くのやめるっちゃ | CANCEL
cancel | さっきのはなしにして | CANCEL
cancel | ごめん間違えたキャンセル | CANCEL
cancel | いやなんでもない | CANCEL
cancel | 今のキャンセルね | CANCEL
cancel | それはもういいや | CANCEL
cancel | 気にしないで | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | 今の質問忘れて | CANCEL
cancel | やっぱええわなしなし | CANCEL
cancel | きゃんせる | CANCEL
cancel | やめとくべ | CANCEL
# Out of domain (fallback).
out-of-domain | フランスの人口ってどれくらい | FB
out-of-domain | タイの通貨ってバーツだっけ | FB
out-of-domain | ブラジルって何語しゃべるの | FB
out-of-domain | ペルーとの時差は何時間 | FB
out-of-domain | インドの面積はどれくらい | FB
out-of-domain | ドイツの国歌流して | FB
out-of-domain | イタリアの国旗の色は | FB
out-of-domain | ケニアの大統領は誰 | FB
out-of-domain | ベトナムの天気はどう | FB
out-of-domain | オーストラリアの一番大きい町はどこ | FB
out-of-domain | アメリカで一番高い山は | FB
out-of-domain | インドネシアの人口は何人 | FB
out-of-domain | スイスの公用語はいくつあるの | FB
out-of-domain | モンゴルの通貨の名前 | FB
out-of-domain | ウクライナの首相は誰ですか | FB
out-of-domain | 首都高の渋滞情報教えて | FB
out-of-domain | 首都圏の天気はどう | FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | キャピタルゲインの税金はいくら | FB
out-of-domain | 首都直下地震の確率は | FB
out-of-domain | 首都大学東京って今なんて名前 | FB
out-of-domain | 千葉県の県庁所在地はどこ | FB
out-of-domain | 埼玉県の県庁所在地ってどこだっけ | FB
out-of-domain | 北九州市の区の数は | FB
out-of-domain | 満州国の首都はどこじゃったかな | FB
out-of-domain | 東ドイツの首都ってどこだった | FB
out-of-domain | ユーゴスラビアの首都は | FB
out-of-domain | ソビエト連邦の首都ってどこ | FB
out-of-domain | 四川省の省都ってどこ | FB
out-of-domain | カリフォルニアで一番大きい町は | FB
out-of-domain | ワカンダの首都ってどこ | FB
out-of-domain | ナルニア国の首都は | FB
out-of-domain | 天空の城ラピュタってどこにあるの | FB
out-of-domain | タイマー三分かけて | FB
out-of-domain | 明日の湘南の波はどう | FB
out-of-domain | 洗車機の使い方教えて | FB
out-of-domain | 近くのラーメン屋を探して | FB
out-of-domain | 寿司のネタでおすすめは | FB
out-of-domain | 今日の消防の当番表を読んで | FB
out-of-domain | ネイルの乾かし方教えて | FB
out-of-domain | ヨガの音楽かけて | FB
out-of-domain | オセロで勝つコツは | FB
out-of-domain | ダーツの点数の数え方 | FB
out-of-domain | 野球のワールドベースボールクラシックの結果は | FB
out-of-domain | ラグビーのルール教えて | FB
out-of-domain | マラソンの世界記録はいくつ | FB
out-of-domain | 引っ越しのダンボールどこでもらえる | FB
out-of-domain | こたつの電気代ってどれくらい | FB
out-of-domain | 卵焼きの作り方教えて | FB
out-of-domain | 梅雨明けはいつ | FB
out-of-domain | 孫に電話して | FB
out-of-domain | スキー場の積雪情報 | FB
out-of-domain | ビザの申請に必要な書類は | FB
out-of-domain | 関税っていくらかかるの | FB
out-of-domain | 字幕の文字数の決まりは | FB
out-of-domain | ベトナム語でありがとうって何 | FB
out-of-domain | インドネシア語でおはようは | FB
out-of-domain | クルド語って何語に近いの | FB
out-of-domain | ミャンマーの正月はいつ | FB
out-of-domain | 西葛西のインド料理屋を探して | FB
out-of-domain | パッチワークの型紙の作り方 | FB
out-of-domain | 地理の問題を出して | FB
out-of-domain | 世界で一番小さい国は | FB
out-of-domain | 世界で一番人口の多い国は | FB
out-of-domain | 国連の本部ってどこにあるの | FB
out-of-domain | ユーロを使ってる国はいくつ | FB
out-of-domain | 南極点には何があるの | FB
out-of-domain | ナイル川の長さは | FB
out-of-domain | エベレストの高さは | FB
out-of-domain | オリンピックの次の開催地は | FB
out-of-domain | 首都って英語で何て言うの | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 湘南新宿ラインの時刻表 | FB
out-of-domain | 河内音頭かけて | FB
out-of-domain | だんじり祭りはいつ | FB
out-of-domain | 秩父夜祭の日程は | FB
out-of-domain | 小倉の天気教えて | FB
out-of-domain | 房総のおすすめの海は | FB
out-of-domain | ざあますってどこの言葉 | FB
out-of-domain | 交番の電話番号は | FB
out-of-domain | 漁港の今日の水揚げは | FB
out-of-domain | 九九の七の段を言って | FB
out-of-domain | マイクラのおすすめのサーバー | FB
out-of-domain | 配信のコメント読んで | FB
out-of-domain | 明日の朝六時に起こして | FB
out-of-domain | ペルーの有名な料理は | FB
# What recognition writes.
asr-spelling | {}のしゅとはどこ | ぺるー=PE; ちり=CL; けにあ=KE
asr-spelling | {}の首都ってどこよ教えて | 鯛=TH; 塵=CL; 要らん=IR
asr-spelling | {}の首都って何 | ハンガリ=HU; ノルウエー=NO; ウルグワイ=UY
asr-spelling | {}の首都ってどこですかね | ヴェトナム=VN; ヴァヌアツ=VU; ボスニアヘルツェゴビナ=BA
asr-spelling | {}の首都どこだっけ | 東チモール=TL; エルサルバドール=SV; ニカラグワ=NI
asr-spelling | {}のしゅとおしえて | とんが=TO; まるた=MT; きゅーば=CU
asr-spelling | {}のしゅとってどこ | おまーん=OM; いえめん=YE; よるだん=JO
asr-spelling | {}の主都はどこ | スーダン=SD; チャド=TD; ニジェル=NE
asr-spelling | {}首都どこ | ドミニカ国=DM; ハイチ=HT; ジャマイカ=JM
asr-spelling | {}の首都わどこ | バルバドス=BB; グレナダ=GD; セントルシア=LC
asr-spelling | {}の首都ってどこだ | セントクリストファーネイビス=KN; トリニダードトバゴ=TT; サントメプリンシペ=ST
asr-spelling | {}の首都を教えて | 毬=ML; トーゴー=TG; 急場=CU
# Second batch: families that lost most to the drop, and more out-of-domain lines.
car-situation | 渋滞ハマってて暇なんだけど{}の首都ってどこ | ルクセンブルク=LU; ベルギー=BE; オランダ=NL
car-situation | 高速乗ったとこだけど{}の首都どこだったっけ | ギリシャ=GR; トルコ=TR; ブルガリア=BG
car-situation | 助手席の子が{}の首都知りたいって言ってんだけど | ジャマイカ=JM; バハマ=BS; メキシコ=MX
car-situation | 信号待ちの間に{}の首都教えてくれる | ヨルダン=JO; サウジアラビア=SA; イスラエル=IL
elder-speech | 新京にいた頃は{}の首都なんぞすぐ言えたもんだが | 蒙古=MN; 印度=IN; 朝鮮=KP+KR
elder-speech | 年を取るとだめだね{}の首都が思い出せないよ | アルゼンチン=AR; チリ=CL; ウルグアイ=UY
elder-speech | {}の首府はいずこであったか | 土耳古=TR; 葡萄牙=PT; 埃及=EG
yes-no-check | ドイツの首都はボンじゃなかったかのう | DE
yes-no-check | 南アフリカの首都はヨハネスブルグだっぺ | ZA
yes-no-check | オランダの首都ってアムステルダムでいいの | NL
yes-no-check | スイスの首都はジュネーブざますわよね | CH
yes-no-check | カメルーンの首都ってドゥアラやんな | CM
yes-no-check | ブルンジの首都ってブジュンブラだったよね | BI
self-correction | ボツワナいや違ったナミビアの首都 | NA
self-correction | オマーンの首都あちゃうわカタールや | QA
self-correction | チェコの首都やなくてスロバキアの首都だべ | SK
self-correction | テキサス州の州都えっとやっぱオクラホマ州の州都 | US-OK
plural-capitals | 南アフリカには首都がいくつもあるってほんまけ | ZA
plural-capitals | ボリビアの憲法上の首都と政府のある町 | BO
plural-capitals | コートジボワールの首都どっちもざますわ | CI
plural-capitals | マレーシアの首都二つとも教えて | MY
plural-capitals | エスワティニって首都が二個あるっしょ | SZ
plural-capitals | スリランカの首都は二つあるんですか | LK
plural-capitals | オランダって首都二つなの | NL
plural-capitals | ベナンの首都二つとも | BJ
plural-capitals | モントセラトの首都たち | MS
plural-capitals | パレスチナの首都二つって | PS
shared-name | ジョージアの首都教えてっちゃ | GE+US-GA
shared-name | コンゴの首都両方 | CD+CG
shared-name | ドミニカの首都はどこですかね | DM+DO
shared-name | コリアの首都どこやねん | KP+KR
shared-name | ヴァージン諸島の首都ってどこだっぺ | VG+VI
subdivision | {}の州都ってどこだっぺ | マサチューセッツ州=US-MA; バージニア州=US-VA; ジョージア州=US-GA
subdivision | {}の州都教えてくださいな | コロラド州=US-CO; アリゾナ州=US-AZ; ユタ州=US-UT
territory | {}の首都ってどこだったかしら | ガーンジー=GG; ジャージー=JE; セントヘレナ=SH
help | 何て聞けば首都を教えてくれるの | HELP
help | これどうやって話しかけんのや | HELP
help | 使い方のヒントちょうだい | HELP
help | 何すればいいんだべ | HELP
launch | 世界の首都ちょっと開いてくれへん | LAUNCH
launch | 世界の首都立ち上げてっちゃ | LAUNCH
launch | 世界の首都ってスキル使いたい | LAUNCH
launch | 世界の首都を呼んでほしいんですけど | LAUNCH
launch | 世界の首都つけてくんねえか | LAUNCH
launch | 世界の首都さんお願いします | LAUNCH
stop | もう終わりでええわ | STOP
stop | 終わりにしようぜ | STOP
stop | そこまででいいざます | STOP
stop | もうストップだっぺ | STOP
stop | もういいべ終わって | STOP
stop | おしまいおしまい | STOP
stop | 止めてちょうだい | STOP
stop | 停止して | STOP
stop | 終わりっちゃ | STOP
cancel | やっぱいいっす | CANCEL
cancel | あ今のなしなし | CANCEL
cancel | 取り消しでええわ | CANCEL
cancel | やっぱり聞くのやめときます | CANCEL
cancel | いまのなかったことにして | CANCEL
out-of-domain | 中国の人口は何人 | FB
out-of-domain | カナダの国旗の葉っぱは何 | FB
out-of-domain | ロシアの大統領の名前 | FB
out-of-domain | トルコの通貨はリラ | FB
out-of-domain | エジプトのピラミッドは何個ある | FB
out-of-domain | メキシコって何語 | FB
out-of-domain | 韓国との時差はある | FB
out-of-domain | ブラジルの人口って日本より多い | FB
out-of-domain | フィジーの気温は | FB
out-of-domain | イギリスの王様は誰 | FB
out-of-domain | 首都高の料金はいくら | FB
out-of-domain | 首都圏の電車止まってる | FB
out-of-domain | キャピタルってブランドの服 | FB
out-of-domain | 資本金一円で会社作れるの | FB
out-of-domain | 神奈川県の県庁所在地は | FB
out-of-domain | 福岡県の県庁所在地どこだっけ | FB
out-of-domain | 広東省の省都はどこ | FB
out-of-domain | ハプスブルク帝国の都は | FB
out-of-domain | 琉球王国の都はどこ | FB
out-of-domain | オズの国の都は | FB
out-of-domain | 横浜中華街の駐車場 | FB
out-of-domain | 九十九里の波情報 | FB
out-of-domain | 今日のゴミの日は何 | FB
out-of-domain | 車検はいつまで | FB
out-of-domain | 音楽かけて | FB
out-of-domain | 今何時 | FB
out-of-domain | 明日の降水確率は | FB
out-of-domain | ウランバートルの気温 | FB
out-of-domain | パリまで飛行機で何時間 | FB
out-of-domain | ロンドンの今の時間は | FB
"""

if __name__ == "__main__":
    build_round(26, "ja", LINES, sys.argv, "tests/Eval/ja/round26/source/build_corpus.py")
