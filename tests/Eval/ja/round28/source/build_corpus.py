"""Round 28, Japanese (ja-JP): a new author's mix of speakers and situations, written blind, chosen away from the speakers
of the four most recent Japanese rounds (24 to 27: Hokkaido, Sendai, Iwate, Yamagata, Okayama, Kumamoto, Kagoshima,
Kyoto, Shiga, Nara, Wakayama, Mikawa, Nanbu, Kawachi, Senshu, Shonan, Yokohama, Boso, Saitama, Tama, Kitakyushu, old
Yamanote, Koshu, Mino, Hida, Sanuki, Awa and Banshu).
Regions: Hiroshima (じゃけえ, じゃろ, ぶち, くれんさい, かいの, ちごうた), Tosa in Kochi (ぜよ, がかえ, き, ちゅう,
まっこと, ちっくと), Hakata in Fukuoka (と, ばい, けん, っちゃん, 知っとう, くれんね, よか), Nagoya (でら, だがや,
ちょう, だで, だわ, がね), Kanazawa (がいね, まっし, げん, やけ, まんで), Niigata (らっけ, すけ, くんない, だろっか,
らて) and Okinawan Japanese (はいさい, さー, ねー, わけ, だからよー, やさ).
Work: a night-shift nurse, a taxi driver, a convenience store's night shift, a building site with foreign trainees, a
nursery teacher's flag garland, a shrine's charm counter, a ham-radio operator, a zookeeper, an aquarium panel, a
museum's exhibition, a wedding planner, a hairdresser, a karaoke box, a Japanese-language school, a duty-free till, a
ski instructor, a news desk, a flag maker, an Asakusa souvenir shop, a removals firm. Home: a cold in bed, caring for a
mother, the baby's bath, pickling umeboshi, knitting, DIY, the fish tank, brushing the dog, breakfast, homework, a power
cut, the TV news. Travel: an airport lounge, a ferry, a cruise, a camper van, a passport renewal, backpacking, a world
trip, the shinkansen, a business trip, a graduation trip. Games: mahjong, hanafuda, a high-school quiz club, sugoroku, TV
quiz shows, online quiz battles, a trivia app, a guess-the-country game. Sport: swimming, ski jumping, speed skating,
wrestling, boxing, fencing, surfing, climbing, equestrian, the Tour de France, curling.
Learners: a Myanmar trainee, a Chinese student, an Italian exchange student, a Russian, a Kenyan, a Cambodian, an Uzbek
and a Mexican (dropped or wrong particles, です everywhere, アレクサさん, 教えるください). Heritage speakers: a Japanese-
Canadian grandmother in Vancouver, a Nikkei settler from Paraguay, a California-raised teenager, a returnee from
Düsseldorf, a pupil from a Singapore international school, a son back from London, a third-generation Nikkei from São
Paulo. Children: a first-grader at the globe, a bath-time world map. Teenagers (とりま, ぴえん, 詰んだ, ワンチャン,
ムズい, まじ). Elders: a stamp collector, a former ryokan proprietress, a retired headmaster, a hard-of-hearing man, and
colonial names of their day (アビシニア, 蘭印, マラヤ, タンガニーカ, ベチュアナランド, バストランド, ニヤサランド,
ローデシア, 英領ホンジュラス, ニューヘブリデス, エリス諸島, ギルバート諸島, 西サモア, オートボルタ, ダホメー,
英領ギアナ, 南西アフリカ, トランスヨルダン).
Plus fillers, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker (あっ間違えた,
いや違う, ごめん, 訂正, 言い直します, ちごうた, あいやー), reverse questions, official, everyday and old names, shared
names (bare: every place; disambiguated: the one), plural questions (every several-capital country, Palestine,
Jammu and Kashmir, Uttarakhand, Montserrat), subdivisions (州都) and territories, one-shot requests and launches through
世界の首都, help, stop and cancel in each dialect, and out-of-domain near misses (other facts about a named country,
首都 and capital names in other senses: 首都高, 首都直下地震, カイロ, ドーハの悲劇, プラハの春; prefectural and
provincial seats the data lacks, former and fictional states, everyday requests).
Recognition artefacts: homophones (塵 for チリ, 小諸 for コモロ, 数段 for スーダン, 急場 for キューバ, 配置 for ハイチ,
富士 for フィジー, 主都 for 首都), hiragana names, lost or added long vowels, ヤ for ア, ヴ and small-kana spellings.
`python3 tests/Eval/ja/round28/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 28's number); every line is ja-JP.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Standard speech
plain-question | {}の首都ってどこだか教えてくれる | ベトナム=VN; ラオス=LA
plain-question | ちょっと確認なんだけど{}の首都ってどこ | ポーランド=PL; チェコ=CZ
plain-question | {}の首都を教えてもらえる | オーストリア=AT; スイス=CH
plain-question | {}の首都ってどこだったかな思い出せなくて | ノルウェー=NO; スウェーデン=SE
plain-question | 急に気になったんだけど{}の首都ってどこ | デンマーク=DK; アイスランド=IS
plain-question | {}の首都の名前を教えて | エストニア=EE; ラトビア=LV
plain-question | {}の首都はどこにあるか知ってる | モロッコ=MA; チュニジア=TN
plain-question | {}って首都どこなの | ペルー=PE; エクアドル=EC
plain-question | ねえアレクサ{}の首都ってどこかな | アルゼンチン=AR; ウルグアイ=UY
plain-question | {}の首都はなんていう名前 | ベネズエラ=VE; ガイアナ=GY
plain-question | {}の首都ってどこなんだろう | ケニア=KE; タンザニア=TZ; ウガンダ=UG
plain-question | {}の首都を調べてもらえるかな | エチオピア=ET; エリトリア=ER
plain-question | {}の首都って言える | ナミビア=NA; ボツワナ=BW
plain-question | {}の首都ってどこか教えてほしいな | ザンビア=ZM; マラウイ=MW
plain-question | 前から気になってたんだけど{}の首都ってどこ | アンゴラ=AO; ガボン=GA
plain-question | {}の首都がどこか知りたい | セネガル=SN; ガンビア=GM
plain-question | {}の首都ってどこになるのかな | マリ=ML; ニジェール=NE
plain-question | {}の首都ってなに | ガーナ=GH; トーゴ=TG
plain-question | 一応聞くけど{}の首都って | シリア=SY; レバノン=LB
plain-question | {}の首都はどこって聞かれたんだけどわかる | イラク=IQ; イラン=IR; クウェート=KW
polite-question | 恐れ入りますが{}の首都を教えていただけますか | ブルガリア=BG; ルーマニア=RO
polite-question | {}の首都をお教えいただけますでしょうか | セルビア=RS; クロアチア=HR
polite-question | 失礼ですが{}の首都はどちらでしょうか | ボスニアヘルツェゴビナ=BA; モンテネグロ=ME
polite-question | すみません{}の首都を教えてくださいませ | 北マケドニア=MK; ギリシャ=GR
polite-question | お尋ねしたいのですが{}の首都はどこでしょう | トルコ=TR; アゼルバイジャン=AZ
polite-question | {}の首都についてお伺いしてもよろしいですか | カザフスタン=KZ; ウズベキスタン=UZ
polite-question | よろしければ{}の首都を教えていただけると助かります | トルクメニスタン=TM; タジキスタン=TJ
polite-question | 申し訳ないんですけど{}の首都をもう一度お願いします | アフガニスタン=AF; パキスタン=PK
polite-question | {}の首都はどちらになりますでしょうか | バングラデシュ=BD; ネパール=NP
polite-question | 差し支えなければ{}の首都を教えてください | ミャンマー=MM; タイ=TH
casual-question | {}首都は | ブルネイ=BN; 東ティモール=TL
casual-question | {}の首都なんだっけ | フィリピン=PH; インドネシア=ID
casual-question | {}首都どこよ | フィジー=FJ; サモア=WS
casual-question | 首都教えて{} | ツバル=TV; ナウル=NR
casual-question | {}のさ首都ってどこ | パラオ=PW; ミクロネシア=FM
casual-question | {}首都わかる | バヌアツ=VU; ソロモン諸島=SB
casual-question | {}の首都は何 | モンゴル=MN; 中国=CN
casual-question | {}の首都って | 日本=JP; インド=IN
casual-question | で{}の首都は | キューバ=CU; ジャマイカ=JM
casual-question | {}の首都言って | ドミニカ共和国=DO; バハマ=BS
filler-hesitation | えーっとね{}のえー首都ってどこだっけ | グアテマラ=GT; ホンジュラス=HN
filler-hesitation | あのさあのー{}の首都ってさ | ニカラグア=NI; コスタリカ=CR
filler-hesitation | んーと{}だっけあの国の首都 | ベリーズ=BZ; メキシコ=MX
filler-hesitation | {}のほらあれ首都なんだっけえーと | カナダ=CA; アメリカ=US
filler-hesitation | ええとですね{}のですね首都を | イギリス=GB; アイルランド=IE
filler-hesitation | まあその{}の首都ってのはどこなんだろうね | ドイツ=DE; ベルギー=BE
filler-hesitation | うーんなんだったかな{}の首都 | スペイン=ES; ポルトガル=PT
filler-hesitation | あーあれだよあれ{}の首都どこだっけ | マルタ=MT; サンマリノ=SM
filler-hesitation | えとえと{}の首都 | アンドラ=AD; バチカン=VA
filler-hesitation | あっそうだ{}の首都ってどこかなえーと | ロシア=RU; ウクライナ=UA
# Dialects
hiroshima-dialect | {}の首都ってどこなん教えてや | スーダン=SD; 南スーダン=SS
hiroshima-dialect | ぶち気になるんじゃけど{}の首都はどこじゃったかいの | リビア=LY; モーリタニア=MR
hiroshima-dialect | {}の首都ゆうたらどこじゃったかのう | リベリア=LR; シエラレオネ=SL; ギニア=GN
hiroshima-dialect | {}の首都教えてくれんさい | 赤道ギニア=GQ; サントメプリンシペ=ST
hiroshima-dialect | じゃけえ{}の首都はどこなんじゃいね | ルワンダ=RW; ブルンジ=BI
hiroshima-dialect | {}の首都わかりゃあせんのよ教えて | コモロ=KM; モーリシャス=MU
hiroshima-dialect | ほいじゃあニュージーランドの首都はどこなんね | NZ
hiroshima-dialect | カープの外国人選手の国じゃけどドミニカ共和国の首都どこなん | DO
hiroshima-dialect | お好み焼き焼きよるけえ手が離せんのんよサウジアラビアの首都教えて | SA
hiroshima-dialect | 宮島で会うた人の国なんじゃけどオーストラリアの首都はどこかいの | AU
tosa-dialect | {}の首都はどこながかえ | オマーン=OM; カタール=QA
tosa-dialect | {}の首都知っちゅうかえ | イエメン=YE; イスラエル=IL
tosa-dialect | まっこと分からんき{}の首都教えてや | ソマリア=SO; マダガスカル=MG
tosa-dialect | {}の首都ゆうたらどこやったかよ | 中央アフリカ=CF; コンゴ民主共和国=CD
tosa-dialect | ちっくと聞きたいがやけど{}の首都はどこぜよ | チリ=CL; ドミニカ国=DM
tosa-dialect | {}の首都を教えてくれんかえ | セントルシア=LC; グレナダ=GD
tosa-dialect | 龍馬さんも行きたかったろうにアメリカの首都はどこぜよ | US
tosa-dialect | 鰹のたたき作りゆうき手が離せんがよスペインの首都教えてや | ES
tosa-dialect | よさこいに来ちょったブラジルの人の国の首都はどこやったかね | BR
hakata-dialect | {}の首都ってどこなと | 韓国=KR; 台湾=TW
hakata-dialect | {}の首都知っとう | ベトナム=VN; フィリピン=PH
hakata-dialect | {}の首都ってどこやったっけ教えてくれんね | ネパール=NP; バングラデシュ=BD
hakata-dialect | なんしよっと{}の首都ばはよ教えて | モンゴル=MN; カザフスタン=KZ
hakata-dialect | よかよか{}の首都だけ教えてくれたらよかけん | ポーランド=PL; フィンランド=FI
hakata-dialect | 屋台で{}の首都の話になったっちゃけどどこやったかいな | イタリア=IT; ギリシャ=GR
hakata-dialect | 山笠の準備しよるっちゃけどアメリカの首都ってどこやったかいな | US
nagoya-dialect | {}の首都ってどこだったかね教えてちょう | エチオピア=ET; ケニア=KE
nagoya-dialect | でらわからんで{}の首都教えてちょうでゃあ | ボツワナ=BW; ジンバブエ=ZW
nagoya-dialect | {}の首都ってどこだぎゃ | アイルランド=IE; ポルトガル=PT
nagoya-dialect | {}の首都はどこだったかやあ | チェコ=CZ; スロバキア=SK
nagoya-dialect | ほんならよ{}の首都も教えてちょう | カナダ=CA; メキシコ=MX
nagoya-dialect | 味噌煮込み食べながら聞くけどドイツの首都ってどこだったかいね | DE
nagoya-dialect | 工場のブラジル人の同僚の国だでブラジルの首都を教えてちょうよ | BR
kanazawa-dialect | {}の首都ってどこやったがいね | ノルウェー=NO; デンマーク=DK
kanazawa-dialect | {}の首都教えてくだしまっし | ベルギー=BE; スイス=CH
kanazawa-dialect | {}の首都ってどこやけ | エストニア=EE; ラトビア=LV
kanazawa-dialect | {}の首都がまんで気になるげん教えて | アイスランド=IS; マルタ=MT
kanazawa-dialect | 金箔貼りしとる間に{}の首都教えてまっし | イギリス=GB; スペイン=ES
kanazawa-dialect | 兼六園に来とったお客さんの国やけどタイの首都はどこやったかいね | TH
niigata-dialect | {}の首都ってどこらっけ | ロシア=RU; ウクライナ=UA; モルドバ=MD
niigata-dialect | {}の首都教えてくんない | セルビア=RS; クロアチア=HR
niigata-dialect | わからんすけ{}の首都教えてくれや | ルーマニア=RO; ブルガリア=BG
niigata-dialect | {}の首都はどこだろっか | アルメニア=AM; アゼルバイジャン=AZ
niigata-dialect | 雪かき終わったすけ聞くけど{}の首都はどこらね | ペルー=PE; チリ=CL
niigata-dialect | 米作っとる農家らけどベトナムの首都ってどこらて | VN
okinawa-japanese | はいさい{}の首都ってどこねー | フィジー=FJ; トンガ=TO
okinawa-japanese | {}の首都ってどこだったわけ | パラグアイ=PY; ウルグアイ=UY
okinawa-japanese | {}の首都教えてさー | ブラジル=BR; アルゼンチン=AR
okinawa-japanese | だからよー{}の首都がわからんわけさ | キューバ=CU; ジャマイカ=JM
okinawa-japanese | {}の首都はどこやさ | フィリピン=PH; パラオ=PW
okinawa-japanese | 三線弾きながら聞くけどボリビアの首都ってどこねー | BO
# Situations
work-situation | 夜勤のナースステーションなんだけど患者さんが{}出身で首都どこか聞かれたの | ネパール=NP; ミャンマー=MM
work-situation | タクシーなんですけどお客さんが{}の人で首都を聞かれまして | サウジアラビア=SA; エジプト=EG
work-situation | コンビニの夜勤で一緒の子が{}から来てて首都どこか気になった | ウズベキスタン=UZ; バングラデシュ=BD
work-situation | 現場の実習生が{}の人なんだけどそこの首都ってどこ | カンボジア=KH; インドネシア=ID
work-situation | 保育園の万国旗の飾り作ってるんだけど{}の首都も書きたいの | ブラジル=BR; ケニア=KE
work-situation | 神社でお守り買ってくれた人が{}から来たって言ってたけど首都どこ | ポーランド=PL; フィンランド=FI
work-situation | アマチュア無線で{}の局と交信したんだけど首都どこだっけ | トリニダードトバゴ=TT; ブルネイ=BN
work-situation | 動物園の飼育員なんだけど{}から来たゴリラの説明書きに首都を入れたくて | ルワンダ=RW; ガボン=GA
work-situation | 水族館の展示パネルに{}の首都が必要なんです | ベリーズ=BZ; モルディブ=MV; セーシェル=SC
work-situation | 博物館の企画展で{}の土器を扱うので首都を確認したいです | ペルー=PE; グアテマラ=GT
work-situation | ウェディングの打ち合わせで新郎が{}の方なんですが首都はどこでしたっけ | イタリア=IT; ニュージーランド=NZ
work-situation | 美容室でお客さんと{}の話になって首都がわからなかったの | 韓国=KR; スペイン=ES
work-situation | カラオケのバイトで{}の団体さんが来てるんだけど首都どこ | フィリピン=PH; ベトナム=VN
work-situation | 日本語学校の教師ですが{}の学生に首都を聞いてみたいので教えてください | キルギス=KG; ネパール=NP
work-situation | 免税店のレジで{}のパスポート見たんだけど首都どこだっけ | オーストリア=AT; アルゼンチン=AR
work-situation | スキー場のインストラクターなんだけど{}から来た生徒の国の首都知りたい | オーストラリア=AU; シンガポール=SG
work-situation | ニュースデスクで原稿チェックしてるんだけど{}の首都ってどこ | スーダン=SD; イエメン=YE
work-situation | 旗屋で{}の国旗の注文が来たんだけどついでに首都も教えて | ブータン=BT; モザンビーク=MZ
work-situation | 浅草のお土産屋で{}のお客さんに首都を聞かれたんだよ | チリ=CL; コロンビア=CO
work-situation | 引っ越し屋なんだけど荷物の送り先が{}で首都の名前が知りたい | エストニア=EE; ルクセンブルク=LU
home-situation | 風邪で寝込んでて暇だから聞くけど{}の首都は | アイルランド=IE; ノルウェー=NO
home-situation | 母の介護の合間なんだけど{}の首都ってどこだったかしら | ベルギー=BE; ポルトガル=PT
home-situation | 赤ちゃんをお風呂に入れてて手が離せないの{}の首都教えて | ニュージーランド=NZ; ケニア=KE
home-situation | 梅干し漬けながら聞くけど{}の首都って | 中国=CN; 台湾=TW
home-situation | 編み物しながら聞くんだけど{}の首都ってどこ | スウェーデン=SE; デンマーク=DK
home-situation | 日曜大工しててさ{}の首都ってどこだっけ | フィンランド=FI; カナダ=CA
home-situation | 水槽の掃除しながら聞くね{}の首都 | ブラジル=BR; タンザニア=TZ
home-situation | 犬のブラッシング中なんだけど{}の首都どこ | イギリス=GB; ロシア=RU
home-situation | 朝ごはん作ってるんだけど{}の首都を教えて | フランス=FR; モロッコ=MA
home-situation | 子供の宿題を見てるんだけど{}の首都ってどこ | エジプト=EG; インド=IN
home-situation | 停電の復旧待ちで暇だから{}の首都教えて | ハンガリー=HU; チェコ=CZ
home-situation | ニュース見てたら{}って出てきたんだけど首都どこ | ハイチ=HT; ソマリア=SO
home-situation | お風呂上がりに思い出したんだけど{}の首都 | メキシコ=MX; キューバ=CU
travel-situation | 空港のラウンジにいるんだけど乗り継ぎの{}の首都ってどこ | カタール=QA; トルコ=TR
travel-situation | フェリーで隣の人が{}から来たって言ってたけど首都どこかな | 韓国=KR; ロシア=RU
travel-situation | クルーズ船の次の寄港地が{}なんだけど首都はどこ | バハマ=BS; バルバドス=BB
travel-situation | キャンピングカーで回る予定なんだけど{}の首都ってどこ | ニュージーランド=NZ; ノルウェー=NO
travel-situation | パスポートの更新ついでに聞くけど{}の首都ってどこ | アメリカ=US; ベトナム=VN
travel-situation | バックパッカーで{}に行くんだけど首都どこ | ラオス=LA; グアテマラ=GT
travel-situation | 世界一周の計画立ててるんだけど{}の首都はどこ | アルゼンチン=AR; マダガスカル=MG
travel-situation | 新幹線の中から聞いてるんだけど{}の首都ってどこ | スイス=CH; オーストリア=AT
travel-situation | 来月{}に出張なんだけど首都ってどこだっけ | インドネシア=ID; ナイジェリア=NG
travel-situation | 乗り換えで{}を通るんだけど首都知りたい | フィジー=FJ; パナマ=PA
travel-situation | 卒業旅行で{}に行くんだけど首都ってどこ | クロアチア=HR; モンテネグロ=ME
game-situation | 麻雀しながら聞くけど{}の首都どこ | キプロス=CY; マルタ=MT
game-situation | 花札の途中なんだけど{}の首都って | レバノン=LB; シリア=SY
game-situation | クイズ研究会の練習です{}の首都は | ツバル=TV; ナウル=NR
game-situation | すごろくで{}に止まったから首都を答えなきゃいけないの | エジプト=EG; ギリシャ=GR
game-situation | クイズ番組見てて答えがわからなかったんだけど{}の首都ってどこ | エリトリア=ER; ジブチ=DJ
game-situation | オンラインのクイズ対戦で{}の首都が出たの | カーボベルデ=CV; サントメプリンシペ=ST; ギニアビサウ=GW
game-situation | トリビアアプリで{}の首都を間違えたんだけど正解どこ | キルギス=KG; タジキスタン=TJ
game-situation | 国当てゲームしてるんだけど{}の首都をヒントにしたい | ウルグアイ=UY; エクアドル=EC
sport-situation | 水泳の世界選手権見てるんだけど{}の首都どこ | ハンガリー=HU; オーストラリア=AU
sport-situation | スキージャンプで{}の選手が勝ったけど首都どこ | スロベニア=SI; ノルウェー=NO
sport-situation | スピードスケートの{}の選手強いね首都どこだっけ | オランダ=NL; カナダ=CA
sport-situation | レスリングで{}の選手と当たるんだけど首都どこ | イラン=IR; モンゴル=MN
sport-situation | ボクシングの{}のチャンピオンの国の首都 | フィリピン=PH; メキシコ=MX
sport-situation | フェンシングの{}の選手の国の首都ってどこ | エジプト=EG; ウクライナ=UA
sport-situation | サーフィンの大会が{}であるんだけど首都どこ | エルサルバドル=SV; ペルー=PE
sport-situation | クライミングの{}の選手かっこいいけど首都どこだっけ | スロベニア=SI; チェコ=CZ
sport-situation | 馬術で{}の馬が勝ったけど首都はどこ | アイルランド=IE; ベルギー=BE
sport-situation | ツールドフランスで{}の選手が走ってるけど首都どこ | デンマーク=DK; エリトリア=ER
sport-situation | カーリングの{}代表の首都ってどこ | スウェーデン=SE; スイス=CH
# People
learner | アレクサさん{}の首都はどこですか教えるください | ミャンマー=MM; カンボジア=KH
learner | {}首都どこですかわかりません | ケニア=KE; メキシコ=MX
learner | わたしのくには{}です首都しってますか | イタリア=IT; 中国=CN
learner | {}を首都が知りたいです | ベトナム=VN; ネパール=NP
learner | {}のしゅとはどこにいますか | ブラジル=BR; ペルー=PE
learner | {}の首都は教えてください | タイ=TH; インドネシア=ID
learner | {}の首都のまちはどれですか | ナイジェリア=NG; ガーナ=GH
learner | ぼくはウズベク人ですウズベキスタンの首都日本語でなんといいますか | UZ
learner | アレクサさんこんにちはわたしはメキシコからきましたグアテマラの首都はなんですか | GT
learner | すみませんちょっとわからないですスペインの首都どこです | ES
heritage-speaker | バンクーバーの日系のばあちゃんですけど{}の首都はどこでしたかね | カナダ=CA; イギリス=GB
heritage-speaker | パラグアイの移住地から来ましたが{}の首都はどこになりますか | パラグアイ=PY; アルゼンチン=AR
heritage-speaker | カリフォルニア育ちで日本語下手だけど{}のメインシティじゃなくて首都は | アメリカ=US; オーストラリア=AU
heritage-speaker | デュッセルドルフから帰ってきたばかりなんだけど{}の首都ってどこ | ドイツ=DE; オランダ=NL
heritage-speaker | シンガポールのインター校に通ってたんだけど{}の首都って日本語でなんて言うの | マレーシア=MY; インドネシア=ID
heritage-speaker | ロンドン帰りの息子が{}の首都を聞いてきたの | フランス=FR; スペイン=ES
heritage-speaker | サンパウロの日系三世ですけど{}の首都を教えてください | ブラジル=BR; チリ=CL
child-speech | ねえねえアレクサ{}のしゅとってなあに | ケニア=KE; ペルー=PE
child-speech | ちきゅうぎくるくるしたら{}にとまったよしゅとどこ | ブラジル=BR; オーストラリア=AU
child-speech | おふろのせかいちずに{}があるのしゅとおしえて | イタリア=IT; ロシア=RU
child-speech | {}のしゅとどーこ | フランス=FR; ドイツ=DE
child-speech | ぼくね{}がすきなのしゅとはどこ | ノルウェー=NO; メキシコ=MX
child-speech | アレクサあのねあのね{}のいちばんおおきいまちじゃなくてしゅと | アメリカ=US; トルコ=TR
child-speech | せんせいが{}のしゅとをしらべてきてっていったの | モンゴル=MN; タイ=TH
teen-speech | とりま{}の首都おしえて | ポーランド=PL; ウクライナ=UA
teen-speech | {}の首都わからんすぎてぴえん | エストニア=EE; キプロス=CY; バーレーン=BH
teen-speech | 明日テストなのに{}の首都知らなくて詰んだ | ブルガリア=BG; スーダン=SD
teen-speech | ワンチャン{}の首都テストに出るから教えて | ナミビア=NA; ジンバブエ=ZW
teen-speech | {}の首都ムズすぎない | カザフスタン=KZ; ブルキナファソ=BF
teen-speech | {}の首都まじでどこ | シリア=SY; アイスランド=IS
elder-speech | 年のせいか{}の首都が出てこんのじゃ | チェコ=CZ; オーストリア=AT
elder-speech | {}の首都はどこだったかねえ教えておくれ | スイス=CH; デンマーク=DK
elder-speech | 切手集めをしとるんじゃが{}の首都はどこかのう | サンマリノ=SM; リヒテンシュタイン=LI; モナコ=MC
elder-speech | わたしゃ耳が遠いでゆっくり頼むよ{}の首都は | ポルトガル=PT; スペイン=ES
elder-speech | 昔うちの旅館に泊まった{}のお客さんの国の首都はどこじゃったかいな | アメリカ=US; フランス=FR
elder-speech | 校長を退いて暇でな{}の首都を確かめたくてな | ギリシャ=GR; トルコ=TR
# Ways of asking
follow-up | じゃあ{}は | ラオス=LA; カンボジア=KH
follow-up | それじゃあ次は{}の首都 | ガーナ=GH; トーゴ=TG
follow-up | ついでに{}のも教えて | ニジェール=NE; チャド=TD
follow-up | {}はどうなの | ザンビア=ZM; マラウイ=MW
follow-up | あとさ{}の首都もお願い | ボツワナ=BW; レソト=LS
follow-up | 今度は{}で | ペルー=PE; エクアドル=EC
follow-up | そしたら{}は何ていうとこ | ベネズエラ=VE; ガイアナ=GY
follow-up | もう一個いい{}の首都 | ホンジュラス=HN; ニカラグア=NI
follow-up | 続けて{}のもお願いします | キルギス=KG; トルクメニスタン=TM
follow-up | {}のほうは | 北マケドニア=MK; アルバニア=AL
follow-up | ほんなら{}のはどこじゃ | リビア=LY; チュニジア=TN
follow-up | へえじゃあお隣の{}の首都は | ウルグアイ=UY; パナマ=PA
yes-no-check | オーストラリアの首都ってシドニーだよね | AU
yes-no-check | カナダの首都はトロントで合ってる | CA
yes-no-check | ブラジルの首都はリオデジャネイロじゃなかったっけ | BR
yes-no-check | トルコの首都はイスタンブールでいいんだよね | TR
yes-no-check | スイスの首都はチューリッヒかな | CH
yes-no-check | ニュージーランドの首都はオークランドだっけ | NZ
yes-no-check | ベトナムの首都ってハノイで正解 | VN
yes-no-check | ケニアの首都はナイロビであってますか | KE
yes-no-check | エジプトの首都はカイロでしょ | EG
yes-no-check | インドの首都はムンバイだったよね | IN
yes-no-check | モロッコの首都はカサブランカじゃないの | MA
yes-no-check | ナイジェリアの首都はラゴスだと思うんだけどどう | NG
yes-no-check | パキスタンの首都ってカラチだよね | PK
yes-no-check | カザフスタンの首都ってアルマトイのままだっけ | KZ
yes-no-check | ミャンマーの首都ヤンゴンで合ってるよね | MM
yes-no-check | タンザニアの首都はダルエスサラームで正しい | TZ
yes-no-check | アメリカの首都はニューヨークだと思ってたんだけど違う | US
yes-no-check | スペインの首都はバルセロナだっけマドリードだっけ | ES
yes-no-check | イタリアの首都はローマで間違いないよね | IT
yes-no-check | フィンランドの首都ヘルシンキだったっけ | FI
yes-no-check | チリの首都はサンティアゴでいいのかな | CL
yes-no-check | コロンビアの首都ボゴタであってる | CO
yes-no-check | エクアドルの首都はグアヤキルじゃないんだっけ | EC
yes-no-check | ベナンの首都はコトヌーで合ってるよね | BJ
yes-no-check | コートジボワールの首都ってアビジャンじゃないの | CI
yes-no-check | 韓国の首都はソウルですよね | KR
yes-no-check | 台湾の首都は台北でいいんだよね | TW
yes-no-check | ジャマイカの首都キングストンで合ってますか | JM
yes-no-check | ベラルーシの首都ミンスクでよかったっけ | BY
yes-no-check | オーストラリアの首都はシドニーじゃろ | AU
yes-no-check | フィリピンの首都はマニラやろ | PH
yes-no-check | ペルーの首都はリマで合っちゅうかえ | PE
yes-no-check | ベルギーの首都はブリュッセルで合っとるがいね | BE
self-correction | フランスの首都あっ間違えたドイツの首都教えて | DE
self-correction | イタリアじゃなくていやごめんスペインの首都 | ES
self-correction | スウェーデンの首都いや違うノルウェーだった | NO
self-correction | オーストリアの首都あごめんオーストラリアの首都ね | AU
self-correction | スロバキアじゃなかった訂正スロベニアの首都 | SI
self-correction | アイスランドの首都っていうか間違えたアイルランドの首都 | IE
self-correction | イランの首都あ違うイラクの首都 | IQ
self-correction | ニジェールいやごめんナイジェリアの首都 | NG
self-correction | ギニアの首都じゃなくて訂正します赤道ギニアの首都 | GQ
self-correction | パラグアイの首都あっ言い間違えたウルグアイの首都 | UY
self-correction | コロンビアのえっと違ったボリビアの首都 | BO
self-correction | ラトビアの首都いやごめんリトアニアの首都だった | LT
self-correction | オーストリアじゃない違う違うハンガリーの首都 | HU
self-correction | モーリタニアの首都すみません間違えましたモーリシャスの首都 | MU
self-correction | ザンビアの首都あいや違うガンビアの首都 | GM
self-correction | グアテマラ失礼言い直しますホンジュラスの首都 | HN
self-correction | スーダンの首都じゃなかったごめん南スーダンの首都 | SS
self-correction | ドミニカ共和国いやごめんドミニカ国の首都 | DM
self-correction | セルビアの首都やっぱなし訂正クロアチアの首都 | HR
self-correction | マレーシアの首都いや間違えたシンガポールの首都 | SG
self-correction | トルコの首都いやちごうたギリシャの首都じゃ | GR
self-correction | 韓国の首都あ違うばい北朝鮮の首都 | KP
self-correction | ケニアの首都いや違ったでタンザニアの首都だわ | TZ
self-correction | ベトナムの首都あいやーごめんラオスの首都さ | LA
self-correction | ガボンの首都ごめん言い直すカメルーンの首都 | CM
reverse-question | ナイロビってどこの国の首都 | CITY:ナイロビ
reverse-question | カトマンズはどこの首都だっけ | CITY:カトマンズ
reverse-question | ウランバートルってどこの国の首都なの | CITY:ウランバートル
reverse-question | リスボンはどこの国の首都ですか | CITY:リスボン
reverse-question | アンカラが首都の国ってどこ | CITY:アンカラ
reverse-question | 首都がキャンベラの国は | CITY:キャンベラ
reverse-question | ブエノスアイレスってどこの首都 | CITY:ブエノスアイレス
reverse-question | ワルシャワはなんて国の首都 | CITY:ワルシャワ
reverse-question | ヘルシンキが首都なのはどこの国 | CITY:ヘルシンキ
reverse-question | アジスアベバってどこの首都 | CITY:アジスアベバ
reverse-question | タシケントはどこの国の首都やったかいね | CITY:タシケント
reverse-question | クアラルンプールってどこの国の首都 | CITY:クアラルンプール
reverse-question | ダカールってラリーの名前だけど本当はどこの首都 | CITY:ダカール
reverse-question | リマってどこの国の首都じゃったかのう | CITY:リマ
reverse-question | ハバナはどこの国の首都ですか | CITY:ハバナ
reverse-question | ジョージタウンってどこの首都 | CITY:ジョージタウン
reverse-question | キングストンが首都の国ってどこ | CITY:キングストン
reverse-question | ウェリントンってどこの国の首都だっけ | CITY:ウェリントン
reverse-question | カブールはどこの国の首都なの | CITY:カブール
reverse-question | テグシガルパってどこの首都 | CITY:テグシガルパ
reverse-question | ビエンチャンってどの国の首都 | CITY:ビエンチャン
reverse-question | ティンプーって何ていう国の首都 | CITY:ティンプー
reverse-question | ワガドゥグーはどこの国の首都だったかな | CITY:ワガドゥグー
reverse-question | ドゥシャンベってどこの首都か知ってる | CITY:ドゥシャンベ
reverse-question | レイキャビクってどこの国の首都だっけ | CITY:レイキャビク
reverse-question | ポートモレスビーはどこの国の首都 | CITY:ポートモレスビー
reverse-question | ニアメってどこの国の首都なん | CITY:ニアメ
reverse-question | トビリシってどこの首都 | CITY:トビリシ
reverse-question | アスンシオンはどの国の首都ですか | CITY:アスンシオン
reverse-question | バクーが首都なのってどこの国やったっけ | CITY:バクー
official-name | 大韓民国の首都ってどこになるの | KR
official-name | 朝鮮民主主義人民共和国の首都ってどこだっけ | KP
official-name | 中華人民共和国の首都はどこでしょうか | CN
official-name | 中華民国の首都ってどこ | TW
official-name | アメリカ合衆国の首都を調べて | US
official-name | グレートブリテン及び北アイルランド連合王国の首都はどこかね | GB
official-name | フランス共和国の首都って | FR
official-name | ドイツ連邦共和国の首都ってどこになりますか | DE
official-name | ロシア連邦の首都を教えて | RU
official-name | イタリア共和国の首都はどこでしょう | IT
official-name | スペイン王国の首都ってどこ | ES
official-name | タイ王国の首都を教えてほしい | TH
official-name | サウジアラビア王国の首都ってどこ | SA
official-name | エジプトアラブ共和国ってとこの首都どこ | EG
official-name | ベネズエラボリバル共和国の首都ってどこになるの | VE
official-name | アルジェリア民主人民共和国の首都はどこかしら | DZ
official-name | インドネシア共和国の首都ってどこですか | ID
official-name | ベトナム社会主義共和国の首都ってどこだっけ | VN
official-name | ラオス人民民主共和国の首都を教えてもらえますか | LA
official-name | ネパール連邦民主共和国の首都はどこ | NP
official-name | トルコ共和国の首都ってどこですか | TR
official-name | モンゴル国の首都はどこでしょう | MN
official-name | ブルネイダルサラーム国の首都を教えて | BN
official-name | オーストラリア連邦の首都を教えていただけますか | AU
official-name | セントビンセントおよびグレナディーン諸島の首都はどこですか | VC
official-name | アンティグアバーブーダの首都ってどこなの | AG
official-name | セントクリストファーネービス連邦の首都を教えて | KN
everyday-name | 米国の首都ってどこだっけ | US
everyday-name | 英国の首都はどこでしたか | GB
everyday-name | 豪州の首都ってどこかな | AU
everyday-name | サウジの首都教えて | SA
everyday-name | バングラの首都ってどこだったかな | BD
everyday-name | 南アの首都ってさどこ | ZA
everyday-name | エミレーツの首都ってどこ | AE
everyday-name | ユーエーイーの首都はどこかな | AE
everyday-name | ニュージーの首都ってどこ | NZ
everyday-name | ブルキナの首都ってどこだったかな | BF
everyday-name | ボスニアの首都ってどこ | BA
everyday-name | トリニダードの首都はどこですか | TT
everyday-name | セントキッツの首都はどこ | KN
everyday-name | パプアの首都ってどこ | PG
everyday-name | チェキアの首都ってどこ | CZ
everyday-name | 中央アフリカの首都はどこかな | CF
everyday-name | マケドニアの首都ってどこだっけ | MK
everyday-name | セントビンセントの首都ってどこ | VC
everyday-name | アンティグアの首都どこ | AG
everyday-name | マーシャルの首都ってどこだっけ | MH
everyday-name | ソロモンの首都はどこかね | SB
everyday-name | サントメの首都教えて | ST
everyday-name | テュルキエの首都ってどこ | TR
everyday-name | 東チモールの首都って | TL
old-name | ビルマの首都ってまだラングーンなの | MM
old-name | セイロンの首都はどこだったかな | LK
old-name | シャムの首都はどこかね | TH
old-name | ザイールの首都はどこでしたっけ | CD
old-name | ペルシャの首都ってどこ | IR
old-name | 白ロシアの首都を教えてくれ | BY
old-name | グルジアの首都はどこになる | GE
old-name | スワジランドの首都ってどこ | SZ
old-name | 象牙海岸の首都は今どこなの | CI
old-name | アビシニアの首都はどこだったかな | ET
old-name | 蘭印の首都ってどこになるのかね | ID
old-name | マラヤの首都はどこだったかしら | MY
old-name | タンガニーカの首都ってどこになるの | TZ
old-name | ベチュアナランドって今の国の首都は | BW
old-name | バストランドの首都はどこだったろう | LS
old-name | ニヤサランドの首都はどこかいの | MW
old-name | 北ローデシアの首都って今どこ | ZM
old-name | 南ローデシアの首都はどこになるかね | ZW
old-name | 英領ホンジュラスの首都は今どうなっとる | BZ
old-name | ニューヘブリデスの首都ってどこだったか | VU
old-name | エリス諸島って今の国の首都はどこかね | TV
old-name | ギルバート諸島の首都ってどこになった | KI
old-name | 西サモアの首都はどこじゃったかな | WS
old-name | オートボルタの首都ってどこだったかね | BF
old-name | ダホメーの首都ってどこだっけ | BJ
old-name | 英領ギアナの首都ってどこだったかな | GY
old-name | オランダ領ギアナの首都はどこかね | SR
old-name | 南西アフリカの首都って今どうなってる | NA
old-name | トランスヨルダンの首都はどこ | JO
old-name | カンプチアの首都はどこかね | KH
old-name | モルジブの首都を教えてくれんか | MV
# Shared names, plurals, subdivisions, territories
shared-name | ジョージアの首都ってどこになるの | GE+US-GA
shared-name | コンゴの首都どこだっけ | CD+CG
shared-name | ドミニカの首都ってどこかしら | DM+DO
shared-name | 朝鮮の首都はどこかね | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | 韓国と北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 北朝鮮と韓国の首都ってどこ | KP+KR
shared-name | 南北朝鮮の首都はどこだったかな | KP+KR
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | バージン諸島の首都はどこですか | VG+VI
shared-name | ジョージア州じゃなくて国のほうのジョージアの首都 | GE
shared-name | アメリカのジョージアの州都 | US-GA
shared-name | コンゴ共和国の首都ってどこ | CG
shared-name | コンゴ民主共和国の首都教えて | CD
shared-name | キンシャサじゃないほうのコンゴの首都 | CG
shared-name | カリブのドミニカ国の首都ってどこ | DM
shared-name | 野球が強いほうのドミニカの首都ってどこ | DO
shared-name | 英領ヴァージン諸島の首都ってどこ | VG
shared-name | 米領ヴァージン諸島の首都は | VI
shared-name | アメリカ領のバージン諸島の首都どこ | VI
shared-name | コンゴって二つあるけど両方の首都教えて | CD+CG
shared-name | ワインで有名な国のジョージアの首都 | GE
shared-name | 南北の朝鮮の首都をどっちも教えて | KP+KR
shared-name | ジョージアの首都ってアトランタ | GE+US-GA
plural-capitals | 南アフリカの首都って三つあるんだよねどこどこ | ZA
plural-capitals | 南アフリカの首都を全部教えて | ZA
plural-capitals | ボリビアの首都って二つあるんでしょどこ | BO
plural-capitals | ボリビアの首都はどことどこ | BO
plural-capitals | ベナンの首都を両方教えて | BJ
plural-capitals | ベナンって首都が二つあるらしいけどどこ | BJ
plural-capitals | コートジボワールの首都ってふたつあるの | CI
plural-capitals | コートジボワールの首都はどことどこですか | CI
plural-capitals | スリランカの首都を二つとも言って | LK
plural-capitals | スリランカって首都がふたつあるって聞いたけどどことどこ | LK
plural-capitals | マレーシアの首都って二つあるの | MY
plural-capitals | マレーシアの首都を両方とも教えてちょう | MY
plural-capitals | オランダの首都はアムステルダムとあと一つどこ | NL
plural-capitals | オランダの首都を二つ教えて | NL
plural-capitals | エスワティニの首都ってふたつあるよねどこ | SZ
plural-capitals | エスワティニの首都を全部言って | SZ
plural-capitals | パレスチナの首都ってどことどこ | PS
plural-capitals | パレスチナの首都を両方教えて | PS
plural-capitals | ジャンムーカシミールの州都って二つあるんだよねどこ | IN-JK
plural-capitals | ウッタラーカンドの州都ってふたつあるの | IN-UK
plural-capitals | モントセラトの首都って二つあるって本当 | MS
plural-capitals | 南アフリカの首都三つとも教えてくれんね | ZA
plural-capitals | ボリビアって首都がスクレとラパスの二つなのほんと | BO
plural-capitals | ボリビアの二つの首都を教えてくれんかえ | BO
subdivision | カリフォルニア州の州都ってロサンゼルスじゃないよね | US-CA
subdivision | テキサスの州都はどこかな | US-TX
subdivision | ニューヨーク州の州都ってニューヨークじゃないの | US-NY
subdivision | フロリダ州の州都ってどこだっけ | US-FL
subdivision | シアトルのあるワシントン州の州都はどこ | US-WA
subdivision | ハワイ州の州都ってどこねー | US-HI
subdivision | アラスカの州都ってアンカレッジ | US-AK
subdivision | ネバダ州の州都はラスベガスですか | US-NV
subdivision | 出張でシカゴに行くんだけどイリノイ州の州都ってどこ | US-IL
subdivision | ペンシルベニア州の州都はどこだろう | US-PA
subdivision | ミシガン州の州都教えて | US-MI
subdivision | ケンタッキー州の州都ってどこだったかな | US-KY
subdivision | ジャズの街があるルイジアナの州都を教えて | US-LA
subdivision | バーモント州の州都ってどこ | US-VT
subdivision | サウスダコタ州の州都ってどこになる | US-SD
subdivision | オンタリオ州の州都はトロントで合ってる | CA-ON
subdivision | ブリティッシュコロンビア州の州都ってバンクーバー | CA-BC
subdivision | ケベック州の州都を教えて | CA-QC
subdivision | アルバータ州の州都ってどこだっけ | CA-AB
subdivision | ヌナブト準州の中心の街はどこ | CA-NU
subdivision | クイーンズランド州の州都ってどこかな | AU-QLD
subdivision | タスマニア州の州都ってどこ | AU-TAS
subdivision | 西オーストラリア州の州都はどこかな | AU-WA
subdivision | ビクトリア州の州都ってどこ | AU-VIC
subdivision | バイエルン州の州都ってどこ | DE-BY
subdivision | ザクセン州の州都を教えて | DE-SN
subdivision | ヘッセン州の州都はフランクフルトかな | DE-HE
subdivision | ケーララ州の州都ってどこ | IN-KL
subdivision | マハーラーシュトラ州の州都ってどこ | IN-MH
subdivision | タミルナードゥ州の州都は | IN-TN
subdivision | サルバドールのあるバイーア州の州都ってサルバドールで合ってる | BR-BA
subdivision | アマゾナス州の州都はどこ | BR-AM
subdivision | テキーラで有名なハリスコ州の州都ってどこ | MX-JAL
subdivision | ユカタン州の州都は | MX-YUC
subdivision | スコットランドの首都ってエディンバラだっけグラスゴーだっけ | GB-SCT
subdivision | ウェールズの首都はどこですか | GB-WLS
subdivision | 北アイルランドの首都ってどこ | GB-NIR
subdivision | イングランドの首都はどこだっけ | GB-ENG
territory | グリーンランドの首都ってどこ | GL
territory | フェロー諸島の首都はどこ | FO
territory | プエルトリコの首都ってどこだっけ | PR
territory | グアムの首都ってどこになるの | GU
territory | 香港の首都ってあるの | HK
territory | マカオの中心ってどこ | MO
territory | ニューカレドニアの首都ってどこ | NC
territory | タヒチのある仏領ポリネシアの中心地は | PF
territory | バミューダの首都ってどこ | BM
territory | ケイマン諸島の首都はどこ | KY
territory | ジブラルタルの中心地って | GI
territory | マン島の首都はどこですか | IM
territory | ジャージー島の首都ってどこ | JE
territory | ガーンジーの首都はどこ | GG
territory | アルバの首都ってどこ | AW
territory | キュラソーの首都はどこかな | CW
territory | クック諸島の首都ってどこ | CK
territory | コソボの首都ってどこ | XK
territory | 西サハラの中心都市ってどこ | EH
territory | サイパンのある北マリアナ諸島の中心地ってどこ | MP
territory | レユニオンの首都はどこ | RE
territory | フォークランド諸島の首都ってどこ | FK
territory | オーランド諸島の首都 | AX
territory | ニウエの首都ってどこ | NU
territory | 南極の首都ってあるの | AQ
territory | パレスチナの首都はどこになるの | PS
territory | バチカン市国の首都ってあるの | VA
# The invocation name
one-shot | 世界の首都でペルーの首都を教えて | PE
one-shot | 世界の首都に聞いてケニアの首都はどこ | KE
one-shot | 世界の首都を開いてオマーンの首都を聞いて | OM
one-shot | 世界の首都でラオスの首都調べて | LA
one-shot | 世界の首都にチリの首都を聞いて | CL
one-shot | 世界の首都を使ってブータンの首都を教えて | BT
one-shot | 世界の首都でモンゴルの首都ってどこ | MN
one-shot | アレクサ世界の首都でアイスランドの首都 | IS
one-shot | 世界の首都に聞いてくれんさいトルコの首都 | TR
one-shot | 世界の首都でキューバの首都教えてちょう | CU
one-shot | 世界の首都にエチオピアの首都ば聞いて | ET
one-shot | 世界の首都を起動してマダガスカルの首都を教えて | MG
one-shot | 世界の首都で遊びたいフィンランドの首都は | FI
one-shot | 世界の首都さーエクアドルの首都はどこねー | EC
one-shot | 世界の首都をひらいてバングラデシュの首都 | BD
one-shot | 世界の首都で韓国の首都を教えてくれや | KR
one-shot | 世界の首都でニカラグアの首都教えてくだしまっし | NI
one-shot | 世界の首都に聞きたいんだけどガーナの首都 | GH
one-shot | 世界の首都でキプロスの首都ってどこ | CY
one-shot | 世界の首都ってスキルでハンガリーの首都を教えて | HU
one-shot | 世界の首都にお願いジャマイカの首都 | JM
one-shot | 世界の首都で南アフリカの首都を全部教えて | ZA
# What recognition writes
recognition-artefact | 塵の首都ってどこ | CL
recognition-artefact | 小諸の首都はどこ | KM
recognition-artefact | 数段の首都ってどこ | SD
recognition-artefact | 急場の首都教えて | CU
recognition-artefact | 配置の首都ってどこ | HT
recognition-artefact | 富士の首都はどこ | FJ
recognition-artefact | 対の首都ってどこだっけ | TH
recognition-artefact | ぺるーのしゅとどこ | PE
recognition-artefact | けにあのしゅとは | KE
recognition-artefact | ぶらじるの首都ってどこ | BR
recognition-artefact | ヴェトナムの首都どこ | VN
recognition-artefact | エチオピヤの首都ってどこ | ET
recognition-artefact | マレーシヤの首都は | MY
recognition-artefact | ボスニアヘルツエゴビナの首都どこ | BA
recognition-artefact | エスワチニの首都はどこ | SZ
recognition-artefact | ジブティの首都ってどこ | DJ
recognition-artefact | ブルンディの首都はどこかな | BI
recognition-artefact | カーボヴェルデの首都ってどこ | CV
recognition-artefact | ニュージーランドの主都ってどこ | NZ
recognition-artefact | アルゼンティンの首都ってどこ | AR
recognition-artefact | パプアニューギニヤの首都 | PG
recognition-artefact | ガテマラの首都ってどこ | GT
recognition-artefact | コスタ理科の首都 | CR
recognition-artefact | なうるの首都ってどこ | NR
recognition-artefact | せねがるのしゅとおしえて | SN
recognition-artefact | ニジェルの首都ってどこ | NE
recognition-artefact | スワージランドの首都 | SZ
recognition-artefact | ルクセンブルグの首都ってどこ | LU
recognition-artefact | サウジアラビヤの首都 | SA
recognition-artefact | キルギスタンの首都どこ | KG
# Help, stop, cancel, launch
help | 世界の首都の使い方を教えて | HELP
help | これってどうやって質問すればいいの | HELP
help | 何を聞いたらいいかわからない | HELP
help | どういうふうに話しかければいいのかな | HELP
help | ヘルプをお願いできる | HELP
help | このスキルで何ができるの | HELP
help | 聞き方がわからんけえ教えてや | HELP
help | どうしたらええがやろ使い方教えてや | HELP
help | どげんすればよかとか教えてくれんね | HELP
help | 使い方がわからんでいかんわ教えてちょう | HELP
help | これどうやって使うがけ | HELP
help | どうすればいいんらか教えてくんない | HELP
help | わからんさー使い方教えてよー | HELP
help | アレクサさんつかいかたおしえるください | HELP
help | これなにができるのおしえて | HELP
help | 操作方法が分からないので説明してください | HELP
help | おばあちゃんにもわかるように使い方を教えて | HELP
help | 何て言えば首都を教えてくれるの | HELP
help | 遊び方を教えてほしい | HELP
help | ルールを説明して | HELP
help | どんな質問ができるのか教えて | HELP
help | 説明をもう一回聞かせて | HELP
help | 困ってるの助けて | HELP
help | まじで使い方わからんのやけど | HELP
stop | もう終わりにするね | STOP
stop | ストップ今日はここまで | STOP
stop | 止めて夕飯の支度するから | STOP
stop | 世界の首都を終了 | STOP
stop | もうええけえ止めてや | STOP
stop | もうえいき終わりにしよう | STOP
stop | もうよかけん終わって | STOP
stop | もうええで終わりにしてちょう | STOP
stop | もうええわいねやめまっし | STOP
stop | もういいすけやめてくれ | STOP
stop | もういいさーおしまいね | STOP
stop | 患者さん来たから終了して | STOP
stop | 寝るからもう終わり | STOP
stop | おしまいにして | STOP
stop | 終わりですアレクサさん | STOP
stop | もうやめよっと | STOP
stop | 電車来たから終わりにする | STOP
stop | ゲームおしまい | STOP
stop | 勉強終わったからもう閉じていいよ | STOP
stop | 世界の首都を閉じてください | STOP
stop | ちょっと静かにして | STOP
stop | しつこいからもうやめて | STOP
stop | 終了します | STOP
stop | お客さん来たけえもうやめる | STOP
cancel | 今のキャンセルで | CANCEL
cancel | さっきのなしにして | CANCEL
cancel | 間違って話しかけちゃったキャンセル | CANCEL
cancel | やっぱいいや取り消して | CANCEL
cancel | 今の質問は取り消します | CANCEL
cancel | なんでもないですキャンセル | CANCEL
cancel | 今のなしじゃけえ | CANCEL
cancel | 今のはなしにしちょいて | CANCEL
cancel | いまのとりけしてくれんね | CANCEL
cancel | 今のやめといてちょう | CANCEL
cancel | 今の取り消ししまっし | CANCEL
cancel | 今のなしにしてくんない | CANCEL
cancel | 今のはなしさー | CANCEL
cancel | 子供がいたずらで話しかけただけだからキャンセル | CANCEL
cancel | 聞き間違いだから取り消してね | CANCEL
cancel | 独り言だったから気にしないでキャンセル | CANCEL
cancel | いまのキャンセルしてください | CANCEL
cancel | やめやめ今のは忘れて | CANCEL
cancel | 質問をキャンセルしたい | CANCEL
cancel | やっぱり聞くのやめとくキャンセル | CANCEL
cancel | テレビの声に反応しただけだから取り消して | CANCEL
cancel | 今のは取り消しでお願いします | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | 今のは犬に言ったのキャンセル | CANCEL
launch | アレクサ世界の首都をひらいてちょうでゃあ | LAUNCH
launch | 世界の首都を起動してくんない | LAUNCH
launch | 世界の首都を始めてや | LAUNCH
launch | 世界の首都を開けてくれんね | LAUNCH
launch | 世界の首都を起動しまっし | LAUNCH
launch | 世界の首都を開いてよーさー | LAUNCH
launch | 世界の首都つけちょうだい | LAUNCH
launch | 世界の首都で練習させて | LAUNCH
launch | 世界の首都を呼び出してください | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都やりたい | LAUNCH
launch | 世界の首都をスタート | LAUNCH
launch | 世界の首都を立ち上げてちょうだい | LAUNCH
launch | 世界の首都始めるけえ | LAUNCH
launch | 世界の首都を開いてくれんかえ | LAUNCH
launch | 世界の首都に接続して | LAUNCH
# Out of domain
out-of-domain | フランスの人口って何人 | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | インドの通貨ってなに | FB
out-of-domain | タイとの時差は何時間 | FB
out-of-domain | スイスの国旗の色は | FB
out-of-domain | カナダの首相は誰 | FB
out-of-domain | ケニアの面積はどのくらい | FB
out-of-domain | エジプトのピラミッドはいつできたの | FB
out-of-domain | オーストラリアの国歌を流して | FB
out-of-domain | ドイツの首都の人口はどれくらい | FB
out-of-domain | イタリアの首都の今日の天気 | FB
out-of-domain | ロンドンの今の時間は | FB
out-of-domain | ペルーで一番高い山は | FB
out-of-domain | スペインの国王の名前は | FB
out-of-domain | 韓国の大統領は誰 | FB
out-of-domain | 中国の人口は何億人 | FB
out-of-domain | メキシコの有名な料理を教えて | FB
out-of-domain | ノルウェーのオーロラはいつ見られる | FB
out-of-domain | ベトナムのお土産は何がいい | FB
out-of-domain | トルコに行くのにビザっている | FB
out-of-domain | アメリカの独立記念日はいつ | FB
out-of-domain | ニュージーランドの羊の数 | FB
out-of-domain | フィンランドのサンタクロース村ってどこにあるの | FB
out-of-domain | イギリスの国王は誰 | FB
out-of-domain | ロシアの面積は日本の何倍 | FB
out-of-domain | モンゴルの首都の冬の気温は | FB
out-of-domain | ハワイまで飛行機で何時間かかる | FB
out-of-domain | シンガポールの物価は高いの | FB
out-of-domain | アルゼンチンの有名なサッカー選手 | FB
out-of-domain | ジャマイカの公用語は | FB
out-of-domain | オランダの首都の運河クルーズの値段 | FB
out-of-domain | エチオピアのコーヒーの産地はどこ | FB
out-of-domain | フィリピンの通貨は何ペソ | FB
out-of-domain | インドネシアは島がいくつあるの | FB
out-of-domain | 資本主義って何 | FB
out-of-domain | 首都高の渋滞情報 | FB
out-of-domain | 首都圏の天気を教えて | FB
out-of-domain | 首都直下地震の確率は | FB
out-of-domain | キャピタルゲインの税率 | FB
out-of-domain | 首都機能移転ってどうなったの | FB
out-of-domain | 花の都パリってなんで言うの | FB
out-of-domain | 水の都ってどこのこと | FB
out-of-domain | 杜の都ってどこのこと | FB
out-of-domain | 首都の漢字の書き方を教えて | FB
out-of-domain | 首都って英語でなんて言うの | FB
out-of-domain | 今首位のチームはどこ | FB
out-of-domain | 首長竜の化石はどこで見られる | FB
out-of-domain | 資本金の最低額はいくら | FB
out-of-domain | ソウルミュージックをかけて | FB
out-of-domain | ナポリタンの作り方 | FB
out-of-domain | ローマの休日を再生して | FB
out-of-domain | アテネオリンピックはいつだった | FB
out-of-domain | ベルリンの壁が崩れたのはいつ | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | マドリードのサッカーチームの試合結果 | FB
out-of-domain | カイロはどこに貼ったらいいの | FB
out-of-domain | ウインナーの茹で方 | FB
out-of-domain | キエフ風カツレツの作り方 | FB
out-of-domain | ドーハの悲劇って何 | FB
out-of-domain | プラハの春って何 | FB
out-of-domain | コペンハーゲン解釈ってなに | FB
out-of-domain | 沖縄県の県庁所在地 | FB
out-of-domain | 石川県の県庁所在地はどこ | FB
out-of-domain | 新潟県の県庁所在地ってどこ | FB
out-of-domain | 高知県の県庁所在地を教えて | FB
out-of-domain | 愛知県の県庁所在地 | FB
out-of-domain | 福岡県の県庁所在地は | FB
out-of-domain | 北海道の道庁所在地はどこ | FB
out-of-domain | 四川省の省都はどこ | FB
out-of-domain | 広東省の省都は | FB
out-of-domain | トスカーナ州の州都ってどこ | FB
out-of-domain | シベリアの中心都市はどこ | FB
out-of-domain | ソ連の首都はどこだった | FB
out-of-domain | ユーゴスラビアの首都はどこだった | FB
out-of-domain | 東ドイツの首都はどこだった | FB
out-of-domain | ナルニア国の首都 | FB
out-of-domain | アトランティスの首都はどこ | FB
out-of-domain | 火星の首都ってどこ | FB
out-of-domain | 竜宮城ってどこにあるの | FB
out-of-domain | ワカンダの首都はどこ | FB
out-of-domain | オズの国の首都ってどこ | FB
out-of-domain | 明日の天気は | FB
out-of-domain | 三分のタイマーをセットして | FB
out-of-domain | 朝六時に起こして | FB
out-of-domain | 音量を下げて | FB
out-of-domain | 電気を消して | FB
out-of-domain | 今何時 | FB
out-of-domain | 今日のニュースを教えて | FB
out-of-domain | 買い物リストに牛乳を追加 | FB
out-of-domain | お風呂を沸かして | FB
out-of-domain | カープの試合結果を教えてや | FB
out-of-domain | 高知の天気はどうながで | FB
out-of-domain | 博多ラーメンの美味しか店ば教えて | FB
out-of-domain | 名古屋の喫茶店のモーニングは何時からだがや | FB
out-of-domain | 新潟のお米の値段を教えてくんない | FB
out-of-domain | 沖縄の梅雨明けはいつねー | FB
out-of-domain | 兼六園の開園時間は何時やけ | FB
out-of-domain | じゃんけんしよう | FB
out-of-domain | しりとりしよう | FB
out-of-domain | なぞなぞ出して | FB
out-of-domain | 歌を歌って | FB
out-of-domain | 面白い話をして | FB
out-of-domain | 好きな食べ物は何 | FB
out-of-domain | アレクサは何歳 | FB
out-of-domain | 円をドルに換算して | FB
out-of-domain | 地図アプリを開いて | FB
out-of-domain | 駅までの道順を教えて | FB
out-of-domain | 体温計どこに置いたっけ | FB
out-of-domain | 夜勤明けだから八時間後に起こして | FB
out-of-domain | ゴリラって何を食べるの | FB
out-of-domain | 切手の値段っていくら | FB
out-of-domain | ガーナチョコって美味しいの | FB
out-of-domain | トルコアイスってなんで伸びるの | FB
out-of-domain | ベルギーワッフルのレシピ | FB
out-of-domain | スイス銀行に口座って作れるの | FB
out-of-domain | 日本の首相は誰 | FB
out-of-domain | 東京の人口は何人 | FB
out-of-domain | ボリビアのウユニ塩湖っていつ行くのがいい | FB
out-of-domain | ケニアのサファリツアーの値段 | FB
out-of-domain | エベレストの高さは何メートル | FB
out-of-domain | ミャンマーの言葉でありがとうって何て言うの | FB
out-of-domain | ウズベキスタンの言葉でこんにちははなんて言う | FB
out-of-domain | アンコールワットの入場料はいくら | FB
out-of-domain | 患者さんの国の言葉で痛いってなんて言うの | FB
out-of-domain | タクシーの次の予約を入れて | FB
out-of-domain | 動物園の閉園時間は何時 | FB
out-of-domain | 金箔ソフトクリームのお店を探して | FB
out-of-domain | ワシントンの桜まつりはいつ | FB
out-of-domain | パリとの時差を教えて | FB
out-of-domain | モスクワ行きの飛行機の値段 | FB
out-of-domain | 首都大学東京って今なんていう名前 | FB
out-of-domain | メキシコシティの標高は何メートル | FB
out-of-domain | スペイン語で首都はなんて言うの | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番人口の多い国はどこ | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | 赤道ってどの国を通ってるの | FB
"""

if __name__ == "__main__":
    build_round(28, "ja", LINES, sys.argv, "tests/Eval/ja/round28/source/build_corpus.py")
