"""Round 24, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the earlier Japanese rounds (their "How it was written" sections name Kansai, Hakata, Hiroshima, Nagoya, Hokuriku,
Shikoku, San'in, northern Kanto, shitamachi, Okinawa, Shizuoka and Shinshu, Niigata, Yamaguchi, Kobe, Ise, Gifu, Tsugaru,
Akita, Fukushima, Nagasaki, Saga, Oita, Miyazaki and young Tokyo slang).
Regions: Hokkaido (なまら, したっけ, っしょ, わや, なんも, かい), Sendai and Miyagi (だっちゃ, いぎなり, けさいん, どご),
Morioka and Iwate (なはん, がんせ, じゃじゃじゃ), Yamagata and Shonai (だず, けろ, んだ), Okayama (でーれー, ぼっけえ,
なら, おせーて, じゃ), Kumamoto (どぎゃん, ばい, たい, ね, くれんね) and Kagoshima (け, わっぜ, おせっくいやい, じゃっど).
People and places: an office of a trading company (a sales meeting, a visa and an invoice, a colleague's transfer), a
hotel front desk and a ski resort in Niseko with guests from abroad, an interpreter between jobs, a call-centre break,
a public library's reference desk, a university seminar, a dairy farm and a morning of snow shovelling in Hokkaido, a
temple priest, a retired diplomat and a retired ocean-going seaman with the names of their day (ビルマ, セイロン,
ダホメ, 上ボルタ, ザイール, ローデシア, 白ロシア, 東パキスタン), a manga artist and a novelist researching settings, a
radio DJ, a long-distance bus driver and a family car at an expressway service area, sport on TV (sumo and the home
countries of its wrestlers, the Olympic opening parade, a World Cup night at a sports bar), a shogi club, a board-game
night, an izakaya quiz, a wedding planner with a bride from abroad; people learning Japanese (a Vietnamese technical
intern, an Indonesian nurse candidate, a Mongolian sumo apprentice, a Peruvian Nikkei, a Korean exchange student:
dropped particles, です added to everything); elementary-school children with flag cards and a middle-school pupil
before a geography test; an elderly man's stiff old-fashioned speech and a woman with a hearing aid who repeats
herself. Plus fillers and hesitations, follow-ups, self-corrections, yes/no checks with a right or wrong capital,
reverse questions (a capital given, its country asked), official, everyday and old names, shared names (ジョージア,
コンゴ, 朝鮮 and コリア, ドミニカ, ヴァージン諸島, disambiguated or not), plural questions (every several-capital country,
Palestine, Montserrat, Jammu and Kashmir, Uttarakhand), subdivisions and territories, out-of-domain near-misses (other
facts about a named country; capitals' names in other senses: マニラ封筒, ストックホルム症候群, ワシントン条約, ローマ字;
places the data lacks: Japanese prefectures, Chinese provinces, Spanish and Italian regions, fictional lands; everyday
requests), help, stop, cancel, launch and one-shot requests through the invocation name 世界の首都; and what ja-JP
recognition writes: hiragana for kanji, kanji homophones for country names (鯛, 丸太, 地理, 要らん), lost or added long
vowels, ヴ and ブ, チ for ティ, は written わ, joined names.
`python3 tests/Eval/ja/round24/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 24's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Plain questions in standard speech, with a clause around them.
plain-question | {}の首都ってどこにあるんだっけ | アルバニア=AL; キルギス=KG
plain-question | ねえ{}の首都ってどこか知ってる | ブータン=BT; ネパール=NP
plain-question | {}の首都がどこか教えて | ルワンダ=RW; ウガンダ=UG
plain-question | {}の首都はどこになりますか | エリトリア=ER; ジブチ=DJ
plain-question | えっと{}の首都ってどこだったっけ | ラトビア=LV; リトアニア=LT
plain-question | そういえば{}の首都ってどこなんだろう | モーリタニア=MR; ガンビア=GM
plain-question | {}の首都名を教えてください | カーボベルデ=CV; サントメプリンシペ=ST
plain-question | 今さらだけど{}の首都ってどこ | イタリア=IT; スペイン=ES
plain-question | {}の首都はなんて都市 | トルクメニスタン=TM; ウズベキスタン=UZ
plain-question | {}の首都の名前なんだったっけ | ニカラグア=NI; ホンジュラス=HN
plain-question | {}っていう国の首都はどこ | ナウル=NR; ツバル=TV
plain-question | {}の首都を一応確認させて | スロバキア=SK; スロベニア=SI
plain-question | 旅行雑誌で見かけた{}の首都ってどこなの | エストニア=EE; モナコ=MC; セーシェル=SC
# Polite and formal speech.
polite-question | 恐れ入りますが{}の首都を教えていただけますか | リヒテンシュタイン=LI; ルクセンブルク=LU
polite-question | {}の首都はどちらでしょうか | オーストリア=AT; スイス=CH
polite-question | お手数ですが{}の首都を調べていただけますか | マダガスカル=MG; モーリシャス=MU
polite-question | {}の首都をお伺いしたいのですが | ヨルダン=JO; レバノン=LB
polite-question | 失礼ですが{}の首都はどこでございますか | アンドラ=AD; サンマリノ=SM
polite-question | {}の首都について教えていただけますでしょうか | コモロ=KM; マラウイ=MW
polite-question | 念のため{}の首都を確認したいのですが | ギリシャ=GR; キプロス=CY
polite-question | 恐縮ですが{}の首都名を伺えますか | 中央アフリカ=CF; 赤道ギニア=GQ; セネガル=SN
# Casual, short and blunt.
casual-question | {}の首都は | ペルー=PE; チリ=CL
casual-question | {}首都どこ | ラオス=LA; カンボジア=KH
casual-question | {}の首都なに | パナマ=PA; コスタリカ=CR
casual-question | で{}の首都は | イラク=IQ; クウェート=KW
casual-question | {}は首都どこなの | ナミビア=NA; アンゴラ=AO
casual-question | {}の首都って | ハンガリー=HU; ルーマニア=RO
casual-question | 首都どこ{} | フィンランド=FI; ノルウェー=NO
# Fillers and hesitations.
filler-hesitation | あのーえーと{}のですね首都ってどこでしたっけ | アイスランド=IS; アイルランド=IE
filler-hesitation | うーんとね{}のほら首都って何だっけ | チャド=TD; ニジェール=NE
filler-hesitation | えーあのあれだ{}の首都 | ブルンジ=BI; タンザニア=TZ
filler-hesitation | んー{}の首都ってえーっとどこだ | ガボン=GA; カメルーン=CM
filler-hesitation | なんだっけなほら{}の首都 | リベリア=LR; シエラレオネ=SL
filler-hesitation | あれなんていったっけ{}の首都 | ウルグアイ=UY; パラグアイ=PY
filler-hesitation | ちょっと待ってねえーっと{}の首都はどこかな | ガイアナ=GY; スリナム=SR
# Work: a trading company office, a hotel front desk, an interpreter, a call centre, a library, a seminar.
work-situation | 来月の商談で使うから{}の首都を教えて | サウジアラビア=SA; カタール=QA
work-situation | インボイスの宛先に要るんだけど{}の首都ってどこ | マレーシア=MY; インドネシア=ID
work-situation | 課長に聞かれたんだけど{}の首都ってどこだっけ | パキスタン=PK; アフガニスタン=AF
work-situation | 会議資料に書くので{}の首都を確認させてください | ウクライナ=UA; ベラルーシ=BY
work-situation | 同期が{}に転勤になったんだけど首都どこだっけ | ナイジェリア=NG; ガーナ=GH
work-situation | フロントですがお客様が{}からいらしてて首都はどこでしたっけ | ニュージーランド=NZ; オーストラリア=AU
work-situation | 通訳の下調べなんだけど{}の首都を教えて | アルジェリア=DZ; チュニジア=TN
work-situation | 休憩中にふと思ったんだけど{}の首都ってどこ | スーダン=SD; 南スーダン=SS
work-situation | 図書館のレファレンスで聞かれたんですが{}の首都はどこですか | ブルネイ=BN; 東ティモール=TL
work-situation | ゼミの発表で{}を扱うんだけど首都はどこ | ボスニアヘルツェゴビナ=BA; クロアチア=HR
work-situation | 取引先が{}の会社なんですけど首都ってどこですか | イスラエル=IL; エジプト=EG
work-situation | ビザの申請書に書くから{}の首都教えて | カザフスタン=KZ; モンゴル=MN
work-situation | 出向先の上司が{}担当なんだけど首都ってどこ | バーレーン=BH; オマーン=OM; シリア=SY
# Home, snow shovelling, a dairy farm, a temple.
home-situation | 雪かき終わったらお茶にするけど{}の首都ってどこ | ポーランド=PL; チェコ=CZ; ドイツ=DE
home-situation | 牛舎で搾乳しながら聞くけど{}の首都はどこだ | オランダ=NL; デンマーク=DK; イギリス=GB
home-situation | 晩ごはん作りながらなんだけど{}の首都ってどこ | ジャマイカ=JM; ハイチ=HT; キューバ=CU
home-situation | お寺の檀家さんに聞かれてね{}の首都はどこかね | スリランカ=LK; タイ=TH; インド=IN
home-situation | テレビ見てたら{}が出てきたんだけど首都どこ | バハマ=BS; バルバドス=BB; グレナダ=GD
home-situation | 洗濯物たたみながらでごめん{}の首都は | サモア=WS; トンガ=TO; バヌアツ=VU
# In the car, a long-distance bus, a service area.
car-situation | 運転中だから答えだけ言って{}の首都 | アルゼンチン=AR; ブラジル=BR; メキシコ=MX
car-situation | サービスエリアで休憩中なんだけど{}の首都どこ | カナダ=CA; アメリカ=US; ロシア=RU
car-situation | 後ろの子が聞いてるんだけど{}の首都ってどこ | スーダン=SD; ソロモン諸島=SB; ミクロネシア=FM
car-situation | 夜行バスの休憩なんだけど{}の首都わかる | ベリーズ=BZ; ドミニカ共和国=DO; トリニダードトバゴ=TT
car-situation | 渋滞ひどいから暇つぶしに{}の首都教えて | マーシャル諸島=MH; パラオ=PW; ツバル=TV
# Games and sport: shogi club, board games, an izakaya quiz, sumo, the Olympics, a sports bar.
game-situation | ボードゲームの答え合わせなんだけど{}の首都って | セントルシア=LC; アンティグアバーブーダ=AG; セントビンセント=VC
game-situation | 居酒屋のクイズで出たんだけど{}の首都って何 | ジンバブエ=ZW; ボツワナ=BW; レソト=LS
game-situation | 相撲見てたら{}出身の力士が出てて首都どこ | モンゴル=MN; ブルガリア=BG; ジョージア=GE
game-situation | 開会式の入場行進で{}が出てきたけど首都はどこ | ギニアビサウ=GW; ブルキナファソ=BF; トーゴ=TG
game-situation | ワールドカップ見ながら聞くけど{}の首都どこ | クロアチア=HR; モロッコ=MA; 韓国=KR
game-situation | 将棋の休憩中に聞きたいんだけど{}の首都は | 中国=CN; 日本=JP; 北朝鮮=KP
# Hokkaido.
hokkaido-dialect | {}の首都ってどこだったっけか | ノルウェー=NO; フィンランド=FI
hokkaido-dialect | なまら気になるんだわ{}の首都どこさ | アイスランド=IS; デンマーク=DK
hokkaido-dialect | したっけさ{}の首都ってどこっしょ | ロシア=RU; モンゴル=MN
hokkaido-dialect | {}の首都わかるかい | ペルー=PE; アルゼンチン=AR
hokkaido-dialect | わやだ忘れちゃった{}の首都どこだったべ | ニュージーランド=NZ; オーストリア=AT
hokkaido-dialect | なんもなんもそれより{}の首都教えてくれるかい | カザフスタン=KZ; ウズベキスタン=UZ
hokkaido-dialect | {}の首都ってどこなんだべか | イエメン=YE; イラク=IQ
# Sendai and Miyagi.
sendai-dialect | {}の首都ってどごだっちゃ | フランス=FR; ベルギー=BE; オランダ=NL
sendai-dialect | いぎなり気になってっさ{}の首都どごだべ | ポーランド=PL; チェコ=CZ; スロバキア=SK
sendai-dialect | {}の首都おしえでけさいん | エチオピア=ET; ケニア=KE; タンザニア=TZ
sendai-dialect | {}の首都ってなんつったっけや | ギリシャ=GR; トルコ=TR; キプロス=CY
sendai-dialect | んだからっしゃ{}の首都はどごなのっしゃ | ベトナム=VN; カンボジア=KH; タイ=TH
# Morioka and Iwate.
iwate-dialect | {}の首都おしえでがんせ | イタリア=IT; スペイン=ES; ポルトガル=PT
iwate-dialect | じゃじゃじゃ{}の首都ってどごだったべ | ドイツ=DE; スウェーデン=SE; ノルウェー=NO
iwate-dialect | {}の首都はどごだべなはん | インド=IN; ネパール=NP; ブータン=BT
iwate-dialect | わがんねえから{}の首都おしえでくなんせ | エクアドル=EC; コロンビア=CO; ベネズエラ=VE
# Yamagata and Shonai.
yamagata-dialect | {}の首都ってどごだず | キューバ=CU; ジャマイカ=JM; ハイチ=HT
yamagata-dialect | {}の首都おしえでけろ | ガーナ=GH; ナイジェリア=NG; カメルーン=CM
yamagata-dialect | んだども{}の首都ってなんだっけず | エジプト=EG; リビア=LY; チュニジア=TN
yamagata-dialect | {}の首都知ってだが | アルメニア=AM; アゼルバイジャン=AZ; キルギス=KG
# Okayama.
okayama-dialect | {}の首都ってどこなら | イラン=IR; サウジアラビア=SA; ヨルダン=JO
okayama-dialect | でーれー気になるんじゃけど{}の首都はどこなん | フィジー=FJ; サモア=WS; トンガ=TO
okayama-dialect | {}の首都おせーて | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
okayama-dialect | ぼっけえ難しいけど{}の首都ってどこじゃったかのう | マダガスカル=MG; モーリシャス=MU; コモロ=KM
okayama-dialect | {}の首都知っとる | ボツワナ=BW; ナミビア=NA; ザンビア=ZM
# Kumamoto.
kumamoto-dialect | {}の首都はどこね | パキスタン=PK; アフガニスタン=AF; バングラデシュ=BD
kumamoto-dialect | {}の首都ばおしえてくれんね | マレーシア=MY; シンガポール=SG; ブルネイ=BN
kumamoto-dialect | どぎゃんだったけ{}の首都 | グアテマラ=GT; ホンジュラス=HN; ニカラグア=NI
kumamoto-dialect | {}の首都は何て言うとやったかね | セルビア=RS; クロアチア=HR; スロベニア=SI
kumamoto-dialect | 孫に聞かれたばってん{}の首都はどこやったろか | フィリピン=PH; インドネシア=ID; 東ティモール=TL
# Kagoshima.
kagoshima-dialect | {}の首都はどこけ | ルワンダ=RW; ウガンダ=UG; ブルンジ=BI
kagoshima-dialect | {}の首都をおせっくいやい | ソマリア=SO; ジブチ=DJ; エリトリア=ER
kagoshima-dialect | わっぜ気になっど{}の首都は何ちゅうとこけ | アルバニア=AL; 北マケドニア=MK; モンテネグロ=ME
kagoshima-dialect | {}の首都ってどこじゃったかい | ウルグアイ=UY; パラグアイ=PY; ボリビア=BO
# People learning Japanese.
learner | {}首都どこですか | ベトナム=VN; ラオス=LA; ミャンマー=MM
learner | わたしの国は{}です首都はなにですか | インドネシア=ID; モンゴル=MN; ペルー=PE
learner | すみません{}の首都をおしえてくださいです | ウズベキスタン=UZ; ネパール=NP; スリランカ=LK
learner | {}首都なまえなんですか | カンボジア=KH; タイ=TH; バングラデシュ=BD
learner | アレクサさん{}の首都はどこにありますか | フィリピン=PH; マレーシア=MY; 韓国=KR
learner | {}のキャピタルはどこ | ブラジル=BR; ボリビア=BO; エクアドル=EC
learner | 先生の宿題です{}の首都はどこですか | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
# Children with flag cards; a middle-school pupil before a test.
child | ねえねえ{}のしゅとってどこ | ケニア=KE; ガーナって国=GH; チャドって国=TD
child | こっかカードに{}ってかいてあるんだけどしゅとはどこ | ペルー=PE; トーゴ=TG; マリ=ML
child | あしたテストなんだけど{}の首都ってどこだっけ | ベネズエラ=VE; コロンビアって国=CO; ガイアナって国=GY
child | ぼくねえ{}のしゅとしりたい | フィジーって国=FJ; パラオって国=PW; サモアって国=WS
child | 地理の小テストに出るんだけど{}の首都なに | アルジェリア=DZ; モロッコって国=MA; リビアって国=LY
child | せんせい{}のしゅとってなあに | キリバス=KI; ナウル=NR
# An elderly man's stiff speech; a woman with a hearing aid who repeats herself.
elder | 君{}の首都はどこかね | オーストリア=AT; ハンガリー=HU; チェコ=CZ
elder | {}の首都を教えてくれたまえ | ポルトガル=PT; ギリシャ=GR; アイルランド=IE
elder | え何だって{}の首都はどこって聞いたのよ{}の首都 | イラン=IR
elder | わしは昔{}に行ったことがあるがあそこの首都はどこだったかな | エジプト=EG; イスラエル=IL; ヨルダン=JO
elder | もう一回言うわね{}の首都はどこ | ルーマニア=RO; ブルガリア=BG; セルビア=RS
# Follow-ups after an answer.
follow-up | じゃあ{}は | ペルー=PE; ボリビア=BO
follow-up | {}はどうなの | スウェーデン=SE; フィンランド=FI
follow-up | ついでに{}も教えて | ベトナム=VN; ラオス=LA
follow-up | ほんじゃ{}は | ケニア=KE; タンザニア=TZ
follow-up | 次{}の首都 | ガーナ=GH; トーゴ=TG
follow-up | なるほどね{}だったら | ギリシャ=GR; トルコ=TR
follow-up | したっけ{}はどうだべ | ロシア=RU; モンゴル=MN
follow-up | へえそれなら{}は | イラン=IR; イラク=IQ
follow-up | {}の方は | オーストリア=AT; スイス=CH
follow-up | あと{}もお願い | ポルトガル=PT; スペイン=ES
follow-up | もうひとつ{}は | フィジー=FJ; トンガ=TO
follow-up | それと{}はなんて街 | チェコ=CZ; スロバキア=SK
follow-up | じゃあお隣の{}は | カナダ=CA; メキシコ=MX
follow-up | {}はどこじゃ | エジプト=EG; リビア=LY
follow-up | 今度は{}で | ノルウェー=NO; アイスランド=IS
# Yes/no checks with a right or a wrong capital (the place is expected).
yes-no-check | カナダの首都ってトロントだよね | CA
yes-no-check | オーストラリアの首都はシドニーで合ってる | AU
yes-no-check | ブラジルの首都ってリオデジャネイロじゃないの | BR
yes-no-check | トルコの首都はイスタンブールでしょ | TR
yes-no-check | スイスの首都ってチューリッヒだっけ | CH
yes-no-check | ニュージーランドの首都はオークランドだべ | NZ
yes-no-check | ベトナムの首都はホーチミンだっちゃ | VN
yes-no-check | モロッコの首都ってカサブランカじゃなかったっけ | MA
yes-no-check | 南アフリカの首都ってヨハネスブルグだよね | ZA
yes-no-check | パキスタンの首都はカラチで正しい | PK
yes-no-check | ナイジェリアの首都ってラゴスじゃないん | NG
yes-no-check | カザフスタンの首都はアルマトイでよかったっけ | KZ
yes-no-check | タンザニアの首都ってダルエスサラームじゃろ | TZ
yes-no-check | ミャンマーの首都はヤンゴンだよな | MM
yes-no-check | アメリカの首都ってニューヨークじゃないよね | US
yes-no-check | インドの首都はムンバイだっけ | IN
yes-no-check | イギリスの首都ってロンドンで合ってるよね | GB
yes-no-check | ケニアの首都はナイロビであってますか | KE
yes-no-check | エジプトの首都ってカイロでいいんだよね | EG
yes-no-check | アルゼンチンの首都ブエノスアイレスで正解 | AR
yes-no-check | ハンガリーの首都はブダペストばい | HU
yes-no-check | ポルトガルの首都はリスボンじゃっど | PT
yes-no-check | フィリピンの首都ってセブじゃなかったかい | PH
yes-no-check | ボリビアの首都ってサンタクルスだっけ | BO
yes-no-check | エクアドルの首都はグアヤキルなの | EC
yes-no-check | 韓国の首都ってプサンでしたっけ | KR
yes-no-check | ドイツの首都ってボンのままだったかね | DE
yes-no-check | ベラルーシの首都はミンスクで合ってるかな | BY
yes-no-check | コートジボワールの首都ってアビジャンだけなの | CI
yes-no-check | ベナンの首都はコトヌーでええんかな | BJ
yes-no-check | ジョージアの首都ってトビリシで合っとる | GE
yes-no-check | モンゴルの首都はウランバートルでいいんだべか | MN
yes-no-check | 中国の首都って上海じゃなくて北京だよね | CN
yes-no-check | サウジアラビアの首都ってジッダじゃないのか | SA
# Self-corrections (the last place is expected).
self-correction | スウェーデンじゃなかったノルウェーの首都 | NO
self-correction | オーストリアの首都あっ違うオーストラリアの首都 | AU
self-correction | スロバキアいやスロベニアの首都はどこ | SI
self-correction | イランの首都じゃなくてイラクの首都教えて | IQ
self-correction | ニジェールごめんナイジェリアの首都 | NG
self-correction | ギニアの首都いや待ってギニアビサウの方 | GW
self-correction | マリの首都あれモーリタニアだったモーリタニアの首都 | MR
self-correction | コロンビアの首都っていうかやっぱりベネズエラの首都 | VE
self-correction | ラトビアの首都じゃないリトアニアの首都ね | LT
self-correction | ザンビアの首都ちゃうわガンビアの首都 | GM
self-correction | ドミニカ国じゃなくてドミニカ共和国の首都 | DO
self-correction | 北朝鮮じゃなかった韓国の首都教えて | KR
self-correction | チェコの首都あチェコじゃないハンガリーの首都 | HU
self-correction | アルメニアの首都えーとごめんアルバニアの首都 | AL
self-correction | パラグアイいや違うウルグアイの首都はどこ | UY
self-correction | オマーンの首都おっと間違えたカタールの首都 | QA
self-correction | ケニアの首都訂正してウガンダの首都 | UG
self-correction | ベルギーの首都あいや言い間違いオランダの首都 | NL
self-correction | モルドバの首都じゃのうてルーマニアの首都 | RO
self-correction | スーダンの首都あ南スーダンの首都じゃった | SS
self-correction | キルギスの首都やっぱタジキスタンの首都にして | TJ
self-correction | セネガルの首都でなくてガンビアでもなくてギニアの首都 | GN
self-correction | トンガの首都いやツバルのほう | TV
self-correction | ホンジュラスの首都あっじゃなくてエルサルバドル | SV
self-correction | オーストリアって言ったけどドイツの首都ね | DE
self-correction | ブルンジの首都ちゃうかった言い直すルワンダの首都 | RW
self-correction | マラウイの首都うーんやっぱりモザンビークの首都 | MZ
self-correction | エストニアでしたラトビアでしたラトビアの首都 | LV
self-correction | ジンバブエじゃなくてザンビアの首都はどこけ | ZM
self-correction | フィジーの首都あいやバヌアツの首都ね | VU
# Reverse questions: a capital named, its country asked.
reverse-question | {}ってどこの国の首都 | ナイロビ=CITY:ナイロビ; リマ=CITY:リマ
reverse-question | {}が首都の国ってどこ | アンカラ=CITY:アンカラ; テヘラン=CITY:テヘラン
reverse-question | {}はなんて国の首都だっけ | ウランバートル=CITY:ウランバートル; ビシュケク=CITY:ビシュケク
reverse-question | 首都が{}なのはどこの国 | ブダペスト=CITY:ブダペスト; プラハ=CITY:プラハ
reverse-question | {}ってどこの首都だべ | レイキャビク=CITY:レイキャビク; ヘルシンキ=CITY:ヘルシンキ
reverse-question | {}を首都にしてる国はどこ | アブジャ=CITY:アブジャ; アクラ=CITY:アクラ
reverse-question | {}ってどこの国の首都じゃったかのう | モンテビデオ=CITY:モンテビデオ; アスンシオン=CITY:アスンシオン
reverse-question | {}が首都なのってどこだっけ | キャンベラ=CITY:キャンベラ; ウェリントン=CITY:ウェリントン
reverse-question | {}はどこの国の首都ですか | ビエンチャン=CITY:ビエンチャン; プノンペン=CITY:プノンペン
reverse-question | {}ってのはどこの首都ね | タシケント=CITY:タシケント; アスタナ=CITY:アスタナ
reverse-question | {}ってどこの国の首都か分かる | アディスアベバ=CITY:アジスアベバ; キガリ=CITY:キガリ
reverse-question | {}という首都はどこの国のものですか | ブラチスラバ=CITY:ブラチスラバ; リュブリャナ=CITY:リュブリャナ
reverse-question | {}が首都の国はどこけ | ハボローネ=CITY:ハボローネ; ウィントフック=CITY:ウィントフック
reverse-question | {}ってどこの国の首都なんだっちゃ | ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ
reverse-question | 相撲中継で言ってた{}ってどこの首都 | トビリシ=CITY:トビリシ; ソフィア=CITY:ソフィア
reverse-question | 首都が{}の国を教えて | パラマリボ=CITY:パラマリボ; ジョージタウン=CITY:ジョージタウン
reverse-question | {}ってどこの国の首都なの | ベルモパン=CITY:ベルモパン; テグシガルパ=CITY:テグシガルパ
reverse-question | {}が首都なのはなんて国 | ウィーン=CITY:ウィーン; ベルン=CITY:ベルン
# Official names.
official-name | {}の首都はどこですか | アメリカ合衆国=US; 大韓民国=KR
official-name | 正式名称で言うと{}なんだけどそこの首都は | 朝鮮民主主義人民共和国=KP; グレートブリテン及び北アイルランド連合王国=GB
official-name | {}の首都を教えてほしい | フランス共和国=FR; チェコ共和国=CZ
official-name | 書類に{}って書いてあるんですが首都はどこですか | ロシア連邦=RU; インド共和国=IN
official-name | {}って国の首都は | ブラジル連邦共和国=BR; メキシコ合衆国=MX
official-name | {}の首都ってどこにありますか | サウジアラビア王国=SA; タイ王国=TH
official-name | {}の首都はどこじゃったかな | オランダ王国=NL; ベルギー王国=BE
official-name | {}の首都おしえて | フィリピン共和国=PH; インドネシア共和国=ID
official-name | {}の首都はどこでございますか | エジプトアラブ共和国=EG; イランイスラム共和国=IR
official-name | {}の首都を知りたいです | セントクリストファーネーヴィス=KN; セントビンセントおよびグレナディーン諸島=VC
official-name | 正式には{}だと思うんだけど首都どこ | ボスニアヘルツェゴビナ=BA; トリニダードトバゴ=TT
official-name | {}の首都って何 | ミクロネシア連邦=FM; ドミニカ国=DM
# Everyday and short names.
everyday-name | {}の首都ってどこ | 米国=US; 英国=GB
everyday-name | {}の首都はどこかな | サウジ=SA; バングラ=BD
everyday-name | {}の首都どこやった | ブルキナ=BF; ボスニア=BA
everyday-name | {}の首都教えてよ | ユーエーイー=AE; 北=KP
everyday-name | {}って言うけどあそこの首都どこ | セントキッツ=KN; トリニダード=TT
everyday-name | {}の首都ってどこだっけな | マケドニア=MK; パプア=PG
everyday-name | {}の首都を頼む | イギリス=GB; オランダ=NL
everyday-name | 中東の{}の首都ってどこ | サウジ=SA; エミレーツ=AE
everyday-name | {}の首都はなんて言う | テュルキエ=TR; ケニヤ=KE
# Old names, as the retired diplomat, the seaman and the grandparents say them.
old-name | {}の首都はどこだったかな | ビルマ=MM; セイロン=LK; シャム=TH
old-name | 昔は{}って呼んでたけど首都はどこ | ザイール=CD; ペルシャ=IR; 白ロシア=BY
old-name | {}の首都って今もそのまま | グルジア=GE; スワジランド=SZ; 象牙海岸=CI
old-name | 船乗りの頃は{}って言ってたがあそこの首都は | ダホメ=BJ; 上ボルタ=BF; ローデシア=ZW
old-name | 大使館にいた頃の{}の首都はどこになった | 東パキスタン=BD; カンプチア=KH; ケープベルデ=CV
old-name | {}の首都を教えてくれ | ペルシア=IR; ボツアナ=BW; モルジブ=MV
old-name | 昔の地図だと{}なんだけど首都はどこ | 東チモール=TL; ルーマニヤ=RO; アルメニヤ=AM
# Shared names: asked bare (every place with the name) or disambiguated.
shared-name | {}の首都はどこ | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}の首都ってどこだっけ | 朝鮮=KP+KR; コリア=KP+KR; ヴァージン諸島=VG+VI
shared-name | {}の首都を教えて | 南北朝鮮=KP+KR; 韓国と北朝鮮=KP+KR; 北朝鮮と韓国=KP+KR
shared-name | 国の方のジョージアの首都はどこ | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | 旧ソ連のジョージアの首都ってどこ | GE
shared-name | コンゴ民主共和国の首都ってどこだっけ | CD
shared-name | コンゴ共和国の首都を教えて | CG
shared-name | キンシャサの方じゃないコンゴの首都 | CG
shared-name | ブラザビルじゃない方のコンゴの首都 | CD
shared-name | コンゴって二つあるけど首都はどこ | CD+CG
shared-name | ドミニカ国の首都はどこ | DM
shared-name | カリブ海のドミニカの首都ってどこ | DM+DO
shared-name | イギリス領ヴァージン諸島の首都はどこ | VG
shared-name | アメリカ領ヴァージン諸島の首都を教えて | VI
shared-name | ヴァージン諸島の首都って二つあるの | VG+VI
shared-name | バージン諸島の首都ってどこ | VG+VI
shared-name | コリアの首都ってソウルのこと | KP+KR
shared-name | 朝鮮半島の二つの国の首都を教えて | KP+KR
shared-name | ジョージアってアメリカの州の方じゃなくて国の首都 | GE
shared-name | ジョージア州の州都ってどこだべ | US-GA
shared-name | コンゴの首都はどこけ | CD+CG
shared-name | ドミニカの首都おせーて | DM+DO
# Plural questions: every several-capital country, Palestine and a few other places.
plural-capitals | 南アフリカの首都って三つあるんでしょ全部教えて | ZA
plural-capitals | 南アの首都を全部言って | ZA
plural-capitals | 南アフリカって首都がいくつもあるんだよねどこどこ | ZA
plural-capitals | ボリビアの首都は二つあるって聞いたけどどこ | BO
plural-capitals | ボリビアの首都ってどことどこ | BO
plural-capitals | ベナンの首都って二つあるの | BJ
plural-capitals | ベナンの首都をどっちも教えて | BJ
plural-capitals | オランダの首都って二つあるんだっけ | NL
plural-capitals | オランダの首都と政府のある街を両方教えて | NL
plural-capitals | マレーシアの首都って二つあるよね | MY
plural-capitals | マレーシアの首都はどことどこ | MY
plural-capitals | スリランカの首都ふたつ教えて | LK
plural-capitals | スリランカの首都って長い名前の方ともう一個なんだっけ | LK
plural-capitals | コートジボワールの首都って何個あるの | CI
plural-capitals | コートジボワールの首都を二つとも | CI
plural-capitals | エスワティニの首都たちってどこ | SZ
plural-capitals | エスワティニって首都が二つあるんじゃなかったっけ | SZ
plural-capitals | パレスチナの首都ってどことどこになってるの | PS
plural-capitals | パレスチナの首都は二つあるって本当 | PS
plural-capitals | モントセラトの首都って二つあるの | MS
plural-capitals | ジャンムーカシミールの州都は夏と冬で二つあるって聞いたけど | IN-JK
plural-capitals | ウッタラーカンド州の州都ってふたつあるの | IN-UK
plural-capitals | 首都がいっぱいある南アフリカのその首都ぜんぶ | ZA
plural-capitals | ボリビアって首都が二個あるんだっちゃ | BO
plural-capitals | オランダの首都は二つあるっしょ | NL
plural-capitals | マレーシアの首都はふたつあるばい | MY
# Subdivisions: states, provinces, territories and the UK's nations.
subdivision | {}の州都ってどこ | カリフォルニア州=US-CA; テキサス州=US-TX
subdivision | {}の州都はどこだっけ | ニューヨーク州=US-NY; イリノイ州=US-IL
subdivision | 留学先が{}なんだけど州都どこ | ワシントン州=US-WA; オレゴン州=US-OR
subdivision | {}の州都を教えて | アラスカ州=US-AK; ハワイ州=US-HI
subdivision | 出張で{}に行くんですが州都はどこですか | ケンタッキー州=US-KY; テネシー州=US-TN
subdivision | {}の州都ってどこなんだべ | モンタナ州=US-MT; ワイオミング州=US-WY
subdivision | {}の州都はなんて街 | ルイジアナ州=US-LA; ミシシッピ州=US-MS
subdivision | {}って州の州都わかる | ノースダコタ=US-ND; サウスダコタ=US-SD
subdivision | {}の州都はどこじゃ | バージニア州=US-VA; ウェストバージニア州=US-WV
subdivision | 大リーグ見てて思ったんだけど{}の州都ってどこ | ミズーリ州=US-MO; ミネソタ州=US-MN
subdivision | {}の州都おしえでけろ | コロラド州=US-CO; カンザス州=US-KS
subdivision | {}の州都ってどこなの | アイオワ州=US-IA; インディアナ州=US-IN
subdivision | {}の州都はどこになりますか | ニュージャージー州=US-NJ; デラウェア州=US-DE
subdivision | サウスカロライナ州の州都って国と同じ名前じゃなかった | US-SC
subdivision | ワーホリで{}に行くんだけど州都はどこ | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC
subdivision | {}の州都ってどこだったっけ | タスマニア州=AU-TAS; ニューサウスウェールズ州=AU-NSW
subdivision | ノーザンテリトリーの中心都市はどこ | AU-NT
subdivision | {}の州都ってどこ教えて | オンタリオ州=CA-ON; ケベック州=CA-QC
subdivision | カナダの{}の州都はどこ | アルバータ州=CA-AB; マニトバ州=CA-MB
subdivision | {}の州都は | ノバスコシア州=CA-NS; ニューブランズウィック州=CA-NB
subdivision | {}準州の州都ってどこ | ユーコン=CA-YT; ヌナブト=CA-NU
subdivision | ドイツの{}の州都ってどこ | バイエルン州=DE-BY; ヘッセン州=DE-HE
subdivision | {}の州都はどこですか | ニーダーザクセン州=DE-NI; ノルトラインヴェストファーレン州=DE-NW
subdivision | ビールの勉強しててさ{}の州都どこ | テューリンゲン州=DE-TH; ブランデンブルク州=DE-BB
subdivision | シュレースヴィヒホルシュタイン州の州都ってどこ | DE-SH
subdivision | インドの{}の州都はどこ | ケーララ州=IN-KL; タミルナードゥ州=IN-TN
subdivision | カレー屋の店長が{}出身なんだけど州都どこ | パンジャーブ州=IN-PB; ゴア州=IN-GA
subdivision | {}の州都ってどこですか | カルナータカ州=IN-KA; ラージャスターン州=IN-RJ
subdivision | ブラジルの{}の州都はどこ | バイーア州=BR-BA; アマゾナス州=BR-AM
subdivision | {}の州都ってどこになるの | ミナスジェライス州=BR-MG; リオグランデドスル州=BR-RS
subdivision | メキシコの{}の州都を教えて | ハリスコ州=MX-JAL; ユカタン州=MX-YUC
subdivision | {}の州都はどこなんですか | オアハカ州=MX-OAX; ベラクルス州=MX-VER
subdivision | イギリスの{}の首都ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS
subdivision | イングランドの首都はどこになるの | GB-ENG
subdivision | ラグビー見てたら{}が出てたんだけど首都どこ | スコットランド代表=GB-SCT; ウェールズ代表=GB-WLS
# Territories and other places.
territory | 旅行で行く{}の首都ってどこ | グアム=GU; プエルトリコ=PR
territory | {}の中心の街はどこ | 北マリアナ諸島=MP; 米領サモア=AS
territory | 新婚旅行で{}に行くんだけど首都はどこ | タヒチのある仏領ポリネシア=PF; バミューダ=BM
territory | デンマーク領の{}の首都を教えて | グリーンランド=GL; フェロー諸島=FO
territory | フィンランド領のオーランド諸島の首都を教えて | AX
territory | {}の首都はどこになるんですか | ジブラルタル=GI; マン島=IM
territory | {}の中心都市ってどこ | レユニオン=RE; マルティニーク=MQ
territory | {}の首都はどこだべ | フォークランド諸島=FK; セントヘレナ=SH
territory | {}の首都ってどこね | アルバ=AW; キュラソー=CW
territory | {}の首都ってどこなのかな | 西サハラ=EH; コソボ=XK
territory | バチカンの首都ってどこになるの | VA
territory | パレスチナの首都ってどこ | PS
territory | {}の中心地はどこ | フランス領ギアナ=GF; マヨット=YT
territory | {}の首都は何て言うの | ニウエ=NU; トケラウ=TK
territory | {}の政庁所在地はどこ | タークスカイコス諸島=TC; アンギラ=AI
territory | クリスマス島の中心の集落はどこ | CX
territory | スバールバル諸島の中心地ってどこ | SJ
territory | 香港の首都ってどこ | HK
territory | 台湾の首都は台北でいいんだっけ | TW
territory | ローマの中にあるバチカン市国の首都ってどこ | VA
# One-shot requests through the invocation name.
one-shot | 世界の首都で{}の首都を教えて | ペルー=PE; ケニア=KE
one-shot | 世界の首都に{}の首都を聞いて | モロッコ=MA; チリ=CL
one-shot | 世界の首都を開いて{}の首都はどこ | ベトナム=VN; ポーランド=PL
one-shot | 世界の首都に聞いて{}の首都ってどこ | ガーナ=GH; キューバ=CU
one-shot | 世界の首都で{}の首都調べて | オーストラリア=AU; アルゼンチン=AR
one-shot | 世界の首都を使って{}の首都教えて | インド=IN; ドイツ=DE
one-shot | 世界の首都で調べてほしいんだけど{}の首都は | スリランカ=LK; ネパール=NP
one-shot | 世界の首都さ聞いてけろ{}の首都 | ロシア=RU; カナダ=CA
one-shot | 世界の首都で{}の首都は何て言うか教えて | モンゴル=MN; カザフスタン=KZ
one-shot | 世界の首都で南アフリカの首都を全部 | ZA
one-shot | 世界の首都でナウルの首都を聞きたい | NR
one-shot | 世界の首都に頼んでテキサス州の州都を教えて | US-TX
one-shot | 世界の首都でクアラルンプールはどこの首都か聞いて | CITY:クアラルンプール
# What ja-JP recognition writes: hiragana, kanji homophones, lost or added long vowels, ヴ and ブ, チ for ティ.
asr-variant | 鯛の首都ってどこ | TH
asr-variant | 丸太の首都はどこ | MT
asr-variant | 地理の首都ってどこだっけ | CL
asr-variant | 要らんの首都はどこ | IR
asr-variant | 統合の首都ってどこ | TG
asr-variant | 勧告の首都はどこ | KR
asr-variant | 毬の首都を教えて | ML
asr-variant | けにあのしゅとはどこ | KE
asr-variant | ぺるーのしゅとってどこ | PE
asr-variant | ふらんすのしゅとわどこ | FR
asr-variant | すいすのしゅとってなに | CH
asr-variant | {}の首都わどこ | ノルウエー=NO; ブルガリヤ=BG
asr-variant | {}のしゅとってどこ | マレーシャ=MY; シンガポル=SG
asr-variant | {}の首都ってどこ教えて | ヴェトナム=VN; ボリヴィア=BO
asr-variant | ええと{}の首都は | エルサルヴァドル=SV; ヴェネズエラ=VE
asr-variant | {}の首都を | リヒテンシュタイン公国=LI; ニュージランド=NZ
asr-variant | {}の首都ってどこなの教えて | コートジボアール=CI; ボスニアヘルツェゴヴィナ=BA
asr-variant | {}の首都教えてほしいな | ミクロネシヤ=FM; マーシャル=MH
asr-variant | {}の首都どこ | セントルシヤ=LC; グレナダー=GD
asr-variant | {}の首都ってなんて | ソマリヤ=SO; エリトリヤ=ER
asr-variant | {}のしゅとはどこですか | さうじあらびあ=SA; いすらえる=IL
asr-variant | {}の首都ってどこなんだ | モーリシャース=MU; マダガスカール=MG
asr-variant | しゅとどこ{} | たんざにあ=TZ; うがんだ=UG
# Help.
help | 使い方がわからないんだけど | HELP
help | これってどうやって使えばいいの | HELP
help | 何を聞いたらいいのか教えて | HELP
help | どんなふうに質問すればいいですか | HELP
help | 世界の首都って何ができるの | HELP
help | 世界の首都の使い方を教えて | HELP
help | どう言えば答えてくれるの | HELP
help | 聞き方がわからんけぇ教えて | HELP
help | 使い方おしえでけさいん | HELP
help | どうやって聞けばいいんだべか | HELP
help | なんて言えばいいのかわからんばい | HELP
help | 使い方をおせっくいやい | HELP
help | このスキルの説明をもう一回して | HELP
help | 例えばどういうふうに聞けばいいの | HELP
help | ヘルプお願いします | HELP
help | 困ったどうすればいいの | HELP
help | わたしなにを言えばいいですか | HELP
help | 使い方わかんないからヘルプ | HELP
help | どんな質問ができるのか説明して | HELP
help | おじいちゃんにも分かるように使い方教えて | HELP
help | 何て聞けば首都を教えてくれるの | HELP
help | 遊び方を教えて | HELP
help | これどうやるのかわからないです | HELP
help | 操作方法を教えていただけますか | HELP
help | やり方さっぱりわかんねえ教えてけろ | HELP
help | どう使うんだか教えてくれるかい | HELP
help | 説明書みたいなのある | HELP
help | 何をすればいいのか分からないので助けてください | HELP
help | 使い方の例を言って | HELP
help | どうしたらええんか分からんのじゃけど | HELP
# Stop: ending the skill.
stop | もう終わりにして | STOP
stop | はいおしまい | STOP
stop | 世界の首都を終了して | STOP
stop | 世界の首都を閉じて | STOP
stop | もういいよ終わり | STOP
stop | 運転に集中したいからもう終わって | STOP
stop | お客さん来たから終了 | STOP
stop | 寝るからもうやめて | STOP
stop | したっけもう終わりにするわ | STOP
stop | もうええけぇやめて | STOP
stop | もうよかばい終わって | STOP
stop | もうよかやめっくいやい | STOP
stop | もういいっちゃ終わりにすっぺ | STOP
stop | もういいがら終わりにしてけろ | STOP
stop | ストップストップもういい | STOP
stop | 今日はここまでにしとく | STOP
stop | 終わり終わり | STOP
stop | しゃべるのやめて | STOP
stop | 静かにして終わって | STOP
stop | 会議始まるから止めて | STOP
stop | もう満足したから終了 | STOP
stop | スキルを終了してください | STOP
stop | 首都の話はもう終わりにしよう | STOP
stop | 黙ってもういいから | STOP
stop | 休憩終わりだから切って | STOP
stop | やめてくださいです | STOP
stop | もうええわ終わり | STOP
stop | 終了してくれたまえ | STOP
stop | これでおしまいにする | STOP
stop | 世界の首都をやめる | STOP
# Cancel: dropping what was asked.
cancel | やっぱりいいや | CANCEL
cancel | 今のなしで | CANCEL
cancel | さっきのは取り消して | CANCEL
cancel | 今の質問はキャンセル | CANCEL
cancel | 聞いたこと忘れて | CANCEL
cancel | なんでもないです | CANCEL
cancel | あごめん間違えた今のなし | CANCEL
cancel | やっぱ聞くのやめとく | CANCEL
cancel | 今のはなかったことにして | CANCEL
cancel | 気にしないでいいよ | CANCEL
cancel | いいやなんもない | CANCEL
cancel | やっぱいいっちゃ | CANCEL
cancel | 今のなしにしてけろ | CANCEL
cancel | ええわええわ今のなし | CANCEL
cancel | なんでんなかさっきのは取り消し | CANCEL
cancel | よかよか今のは聞かんでよか | CANCEL
cancel | 独り言だから気にしないで | CANCEL
cancel | 子供が勝手に言っただけだから取り消し | CANCEL
cancel | それはもういいですキャンセルで | CANCEL
cancel | 質問取り下げます | CANCEL
cancel | さっきの質問はなしにしてください | CANCEL
cancel | 言い間違いだから今のは取り消して | CANCEL
cancel | やっぱり今のナシ | CANCEL
cancel | 聞かなかったことにして | CANCEL
cancel | その質問はもういらない | CANCEL
cancel | 今の取り消しできる | CANCEL
cancel | 間違えて話しかけちゃった | CANCEL
cancel | テレビに話してただけなのでキャンセル | CANCEL
cancel | 調べなくていいです | CANCEL
cancel | 今の要らない | CANCEL
# Launch.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都を開けてけろ | LAUNCH
launch | 世界の首都を開いてくれるかい | LAUNCH
launch | 世界の首都ば開いてくれんね | LAUNCH
launch | 世界の首都を開いてつかあさい | LAUNCH
launch | 世界の首都を開いてください | LAUNCH
launch | 世界の首都をやりたい | LAUNCH
launch | 世界の首都に切り替えて | LAUNCH
launch | 世界の首都っていうスキルを開いて | LAUNCH
launch | 世界の首都を使いたいです | LAUNCH
launch | 世界の首都お願い | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都のスキル起動 | LAUNCH
launch | 世界の首都を開けて | LAUNCH
launch | 世界の首都で勉強したい | LAUNCH
launch | 世界の首都を開いておせっくいやい | LAUNCH
launch | 世界の首都を開いてけさいん | LAUNCH
launch | 世界の首都ば起動してくれんね | LAUNCH
launch | 試験勉強するから世界の首都を開いて | LAUNCH
launch | 休憩時間だし世界の首都を起動して | LAUNCH
# Out of domain: other facts about a named country, capitals' names in other senses, places the data lacks, everyday requests.
out-of-domain | ブラジルの人口ってどれくらい | FB
out-of-domain | フランスの通貨は何 | FB
out-of-domain | ケニアとの時差は何時間 | FB
out-of-domain | インドの公用語は何語 | FB
out-of-domain | オーストラリアの国土の広さは | FB
out-of-domain | スイスの国旗ってどんな形 | FB
out-of-domain | カナダの首相は誰 | FB
out-of-domain | ドイツの大統領の名前は | FB
out-of-domain | タイの国王は誰ですか | FB
out-of-domain | ベトナムの通貨の単位は | FB
out-of-domain | モンゴルの国技は何 | FB
out-of-domain | ジョージアのワインって有名なの | FB
out-of-domain | トルコの今日の天気は | FB
out-of-domain | ペルーで一番高い山は | FB
out-of-domain | エジプトの一番長い川は | FB
out-of-domain | イタリアの国番号は何番 | FB
out-of-domain | アメリカの独立記念日はいつ | FB
out-of-domain | 中国の人口はインドより多いの | FB
out-of-domain | 韓国のビザって必要 | FB
out-of-domain | ロシアで一番大きい都市は | FB
out-of-domain | ニュージーランドの羊の数は | FB
out-of-domain | ブータンの国民の幸福度は | FB
out-of-domain | ナイジェリアの石油の生産量 | FB
out-of-domain | オランダの運河の数は | FB
out-of-domain | スペイン語でさようならは | FB
out-of-domain | インドネシアの島の数は | FB
out-of-domain | 北海道の道庁所在地はどこ | FB
out-of-domain | 沖縄県の県庁所在地は | FB
out-of-domain | 岩手の県庁所在地ってどこ | FB
out-of-domain | 熊本県の県庁所在地を教えて | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | 広東省の省都ってどこ | FB
out-of-domain | カタルーニャの州都はどこ | FB
out-of-domain | シチリアの州都ってどこ | FB
out-of-domain | スコットランドのハイランド地方の中心は | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | ワカンダの首都ってどこ | FB
out-of-domain | ナルニア国の首都はどこ | FB
out-of-domain | 火星の首都ってどこ | FB
out-of-domain | 天空の城の首都ってどこ | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都圏の天気はどう | FB
out-of-domain | 首都高速の通行料はいくら | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | キャピタルゲインの税金は何パーセント | FB
out-of-domain | 資本金の意味を教えて | FB
out-of-domain | マニラ封筒ってどこで売ってる | FB
out-of-domain | ストックホルム症候群って何 | FB
out-of-domain | ワシントン条約って何 | FB
out-of-domain | ローマ字で名前を書きたい | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | ウィーン少年合唱団の公演はいつ | FB
out-of-domain | パリコレの日程を教えて | FB
out-of-domain | ロンドンブーツのネタを見せて | FB
out-of-domain | ベルリン国際映画祭の受賞作は | FB
out-of-domain | ハバナ産の葉巻の値段 | FB
out-of-domain | ヘルシンキ宣言について教えて | FB
out-of-domain | ローマの休日の主演は誰 | FB
out-of-domain | ソウルフードって何 | FB
out-of-domain | リマインダーを設定して | FB
out-of-domain | タイマーを三分かけて | FB
out-of-domain | 明日の天気を教えて | FB
out-of-domain | 音楽をかけて | FB
out-of-domain | 電気を消して | FB
out-of-domain | 牛乳を買い物リストに入れて | FB
out-of-domain | 朝六時にアラームをセットして | FB
out-of-domain | 今日の相撲の結果は | FB
out-of-domain | 将棋の名人戦の結果 | FB
out-of-domain | 今日の除雪情報は | FB
out-of-domain | 夜行バスの時刻表を調べて | FB
out-of-domain | 近くのサービスエリアはどこ | FB
out-of-domain | ドルの為替レートを教えて | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | オリンピックの次の開催地はどこ | FB
out-of-domain | ワールドカップの次の開催国は | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番人口が多い都市はどこ | FB
out-of-domain | アフリカにはいくつ国があるの | FB
out-of-domain | ヨーロッパで一番長い川は | FB
out-of-domain | 南極って誰のものなの | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 首都の意味を教えて | FB
out-of-domain | 大阪が首都だったことはあるの | FB
out-of-domain | 奈良に都があったのはいつ | FB
out-of-domain | 平城京ってどこにあったの | FB
out-of-domain | 牛の餌の値段が上がってるって本当 | FB
out-of-domain | お経を読んで | FB
out-of-domain | 結婚式のスピーチの例文 | FB
out-of-domain | チェックインの時間は何時 | FB
out-of-domain | ニセコの積雪は何センチ | FB
out-of-domain | 明日の漫画の締め切りまであと何日 | FB
out-of-domain | トンガの人口は何人くらい | FB
out-of-domain | チリワインのおすすめは | FB
out-of-domain | アイスランドでオーロラが見える時期は | FB
out-of-domain | フィンランドのサウナって何度くらい | FB
out-of-domain | 首都大学東京って今はなんて名前 | FB
out-of-domain | 首都直下型地震が起きる確率は | FB
out-of-domain | キャピタルって英語でどういう意味 | FB
out-of-domain | ニューヨークは今何時 | FB
out-of-domain | ベトナムのフォーの作り方 | FB
out-of-domain | インドネシアの看護師試験の日程 | FB
out-of-domain | ペルーのマチュピチュへの行き方 | FB
out-of-domain | ホテルの朝食は何時から | FB
out-of-domain | 北海道の牛乳の生産量は | FB
out-of-domain | 盛岡冷麺のおいしい店を教えて | FB
out-of-domain | 仙台の牛タンの店を探して | FB
out-of-domain | 岡山の桃の季節はいつ | FB
out-of-domain | 熊本城の入場料はいくら | FB
out-of-domain | 桜島の噴火情報 | FB
out-of-domain | 山形県の県庁所在地は | FB
out-of-domain | 宮城の県庁所在地はどこ | FB
out-of-domain | 鹿児島県の県庁所在地ってどこけ | FB
"""

if __name__ == "__main__":
    build_round(24, "ja", LINES, sys.argv, "tests/Eval/ja/round24/source/build_corpus.py")
