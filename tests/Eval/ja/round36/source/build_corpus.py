"""Round 36, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER43.md), chosen
away from the regions of the Japanese rounds the author saw described (32 to 35).
Regions: Tsugaru in Aomori (だべ, だっきゃ, わがね, けろ, はんで, わんつか; apple orchards, the Neputa festival, shamisen),
Sendai in Miyagi (っちゃ, だべ, けさいん, いぎなり; Tanabata decorations, beef tongue, the Eagles), Nagoya (だがや, ちょー,
かしゃん, でかん, やっとかめ; morning sets, miso katsu, Toyota), Kanazawa (がいね, まっし, くだはれ, ちょっこし, げん; gold leaf,
Kutani ware, Kenrokuen), Tosa in Kochi (ぜよ, きに, ちゅう, ちっくと, まっこと; Yosakoi, bonito, the Sunday market), Kagoshima
(じゃっど, たもんせ, わっぜ, けち; Sakurajima ash, black pork, shochu, Tanegashima), Okinawa (さー, ねー, ばー, あきさみよー,
でーじ; sanshin, emigrant relatives in Peru, Bolivia and Brazil, the bases), Hokkaido (っしょ, なまら, したっけ, こわい, なんも;
snow clearing, ski resorts, farm trainees) and Osaka (やねん, ちゃうん, しゃあない, 知らんけど; takoyaki, the Expo).
Learners: a Vietnamese technical intern, a Nepali curry cook, a Filipino caregiver at a care home, a Chinese graduate
student, an Indonesian nurse, a Brazilian Nikkei factory worker in Hamamatsu, a Korean exchange student.
Children in hiragana (animals, a globe, drawing), teenagers (ガチで, ワンチャン, 草, 推し, 小テスト), elders with old names
(ビルマ, セイロン, ザイール, ペルシャ, シャム, 白ロシア, 象牙海岸, kanji names) and states of their day the data lacks.
Plus plain and polite questions with a reason (travel, work, quiz shows), one-shot requests through the skill's name,
launches, follow-ups, yes/no checks with right and wrong capitals, self-corrections with a marker, reverse questions,
official and everyday names, shared names (bare: every place; disambiguated: the one), plural questions (every
several-capital country and Palestine), subdivisions and territories, help, stop and cancel, and out-of-domain requests
and near misses (首都高, 首都圏, prefectural seats, empires and fictional lands).
`python3 tests/Eval/ja/round36/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 36's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Tsugaru (Aomori)
dialect-tsugaru | {}の首都ってどごだべ | アンドラ=AD; アラブ首長国連邦=AE; アフガニスタン=AF
dialect-tsugaru | わいは{}の首都わがねじゃ | アンティグアバーブーダ=AG; アルバニア=AL; アルメニア=AM
dialect-tsugaru | {}の首都どごだが教えでけ | アンゴラ=AO; アルゼンチン=AR; オーストリア=AT
dialect-tsugaru | りんご畑さいだばって{}の首都気になったじゃ | オーストラリア=AU; アゼルバイジャン=AZ; ボスニアヘルツェゴビナ=BA
dialect-tsugaru | ねぷたの準備しながら聞ぐけど{}の首都なんだっきゃ | バルバドス=BB; バングラデシュ=BD; ベルギー=BE
# Sendai / Miyagi
dialect-sendai | {}の首都ってどこだっけっちゃ | ブルキナファソ=BF; ブルガリア=BG; バーレーン=BH
dialect-sendai | んだがら{}の首都どこなのっさ | ブルンジ=BI; ブルネイ=BN; ブラジル=BR
dialect-sendai | 牛たん焼きながら{}の首都聞いでもいいが | バハマ=BS; ブータン=BT; ボツワナ=BW
dialect-sendai | {}の首都おしえてけさいん | ベラルーシ=BY; ベリーズ=BZ; カナダ=CA
# Nagoya
dialect-nagoya | {}の首都ってどこだがや | コンゴ民主共和国=CD; 中央アフリカ共和国=CF; コンゴ共和国=CG
dialect-nagoya | ちょっと{}の首都おしえてちょー | スイス=CH; チリ=CL; カメルーン=CM
dialect-nagoya | {}の首都ってどこだったかしゃん | 中国=CN; コロンビア=CO; コスタリカ=CR
dialect-nagoya | モーニング食べとるでかんわ{}の首都どこだった | キューバ=CU; カーボベルデ=CV; キプロス=CY
dialect-nagoya | 味噌カツ屋のおかみが{}の首都知りたいゆうとるでよ | チェコ=CZ; ドイツ=DE; ジブチ=DJ
# Kanazawa
dialect-kanazawa | {}の首都ってどこやったがいね | デンマーク=DK; ドミニカ国=DM; ドミニカ共和国=DO
dialect-kanazawa | {}の首都教えてくだはれ | アルジェリア=DZ; エクアドル=EC; エストニア=EE
dialect-kanazawa | ちょっこし{}の首都聞きたいげんけど | エジプト=EG; エリトリア=ER; スペイン=ES
dialect-kanazawa | 金箔貼りの合間に{}の首都調べまっし | エチオピア=ET; フィンランド=FI; フィジー=FJ
# Tosa (Kochi)
dialect-tosa | {}の首都はどこながぜよ | ミクロネシア連邦=FM; フランス=FR; ガボン=GA
dialect-tosa | {}の首都知らんきに教えてや | イギリス=GB; グレナダ=GD; グルジア=GE
dialect-tosa | よさこいの練習終わったけんど{}の首都はどこぞね | ガーナ=GH; ガンビア=GM; ギニア=GN
dialect-tosa | かつおのたたき食べよったら{}の首都が気になったがよ | 赤道ギニア=GQ; ギリシャ=GR; グアテマラ=GT
# Kagoshima
dialect-kagoshima | {}の首都はどこじゃっとな | ギニアビサウ=GW; ガイアナ=GY; ホンジュラス=HN
dialect-kagoshima | {}の首都を教えてたもんせ | クロアチア=HR; ハイチ=HT; ハンガリー=HU
dialect-kagoshima | 桜島の灰掃除しながら{}の首都ききたか | インドネシア=ID; アイルランド=IE; イスラエル=IL
dialect-kagoshima | {}の首都ちどこやったけ | インド=IN; イラク=IQ; イラン=IR
# Okinawa
dialect-okinawa | {}の首都ってどこねー | アイスランド=IS; イタリア=IT; ジャマイカ=JM
dialect-okinawa | {}の首都わからんさーおしえてー | ヨルダン=JO; 日本=JP; ケニア=KE
dialect-okinawa | 三線弾きながらよ{}の首都はどこやっさ | キルギス=KG; カンボジア=KH; キリバス=KI
dialect-okinawa | うちなーのおばあが{}の首都ってどこかって聞いてるよ | コモロ=KM; セントクリストファーネーヴィス=KN; 北朝鮮=KP
# Hokkaido
dialect-hokkaido | {}の首都ってどこだったっけかい | 韓国=KR; クウェート=KW; カザフスタン=KZ
dialect-hokkaido | なまら気になるんだけど{}の首都どこさ | ラオス=LA; レバノン=LB; セントルシア=LC
dialect-hokkaido | {}の首都わかんないっしょ教えて | リヒテンシュタイン=LI; リベリア=LR; レソト=LS
dialect-hokkaido | 除雪終わったしたっけ{}の首都聞いとくわ | リトアニア=LT; ルクセンブルク=LU; ラトビア=LV
# Osaka
dialect-osaka | {}の首都ってどこやねん | リビア=LY; モロッコ=MA; モナコ=MC
dialect-osaka | {}の首都なんやったっけほんま忘れたわ | モルドバ=MD; モンテネグロ=ME; マダガスカル=MG
dialect-osaka | たこ焼き焼いとる間に{}の首都教えてんか | マーシャル諸島=MH; 北マケドニア=MK; マリ=ML
dialect-osaka | {}の首都ってどこなん知ってる | ミャンマー=MM; モンゴル=MN; モーリタニア=MR
# Vietnamese technical intern
learner-vietnam | {}のしゅとはどこですか教えてください | マルタ=MT; モーリシャス=MU; モルディブ=MV
learner-vietnam | すみません{}の首都の名前なにですか | マラウイ=MW; メキシコ=MX; モザンビーク=MZ
learner-vietnam | 先輩{}の首都どこかわからないです | ナミビア=NA; ニジェール=NE; ナイジェリア=NG
# Nepali curry cook
learner-nepal | {}の首都なにかなちょっと教えて | ニカラグア=NI; ノルウェー=NO; ネパール=NP
learner-nepal | ナンやきながら聞きたい{}のしゅと | ナウル=NR; ニュージーランド=NZ; オマーン=OM
learner-nepal | 店長さん言ってた{}の首都どこ | パナマ=PA; ペルー=PE; パプアニューギニア=PG
# Filipino caregiver
learner-philippines | あのね{}の首都はどこだったかなアレクサ | フィリピン=PH; パキスタン=PK; ポーランド=PL
learner-philippines | おじいちゃんが聞いてる{}の首都どこ | ポルトガル=PT; パラオ=PW; パラグアイ=PY
learner-philippines | {}のキャピタルは何ですか日本語で | カタール=QA; ルーマニア=RO; セルビア=RS
# Chinese student
learner-china | 请问{}の首都はどこですか | ロシア=RU; ルワンダ=RW; サウジアラビア=SA
learner-china | {}の首都は何という都市ですか | ソロモン諸島=SB; セーシェル=SC; スーダン=SD
learner-china | レポートで使う{}の首都を知りたいです | スウェーデン=SE; シンガポール=SG; スロベニア=SI
# Indonesian nurse
learner-indonesia | {}の首都はどこでしょうか | スロバキア=SK; シエラレオネ=SL; サンマリノ=SM
learner-indonesia | 夜勤のあとで{}の首都を調べたいです | セネガル=SN; ソマリア=SO; スリナム=SR
learner-indonesia | {}の首都はなんというところですか | 南スーダン=SS; サントメプリンシペ=ST; エルサルバドル=SV
# Brazilian nikkei in Hamamatsu
learner-brazil | {}の首都どこだっけねえアレクサ | シリア=SY; チャド=TD; トーゴ=TG
learner-brazil | 工場の友達の国{}の首都おしえて | タイ=TH; タジキスタン=TJ; トルクメニスタン=TM
learner-brazil | えっと{}の首都なんだっけ | チュニジア=TN; トンガ=TO; トルコ=TR
# children
child | {}のしゅとってどこ | トリニダードトバゴ=TT; ツバル=TV; タンザニア=TZ
child | ねえねえ{}のしゅとおしえて | ウクライナ=UA; ウガンダ=UG; アメリカ=US
child | ちきゅうぎでみつけた{}のしゅとなあに | ウルグアイ=UY; ウズベキスタン=UZ; セントビンセントおよびグレナディーン諸島=VC
# teenagers
teen | {}の首都まじわからんのだけど | ベネズエラ=VE; ベトナム=VN; バヌアツ=VU
teen | 地理のテスト明日なんだけど{}の首都どこ | サモア=WS; イエメン=YE; ザンビア=ZM
teen | {}の首都ってどこだっけ秒で教えて | ジンバブエ=ZW; 東ティモール=TL; 南アフリカ=ZA
# Tsugaru sentences
dialect-tsugaru | フランスの首都だばパリだべ違うが | FR
dialect-tsugaru | じっちゃがロシアの首都どごだって聞いでら | RU
dialect-tsugaru | んだばカナダの首都どごだばな | CA
dialect-tsugaru | わんつかイタリアの首都教えでけねが | IT
dialect-tsugaru | ドイツの首都ってなんて言うんだっきゃ | DE
dialect-tsugaru | へばエジプトの首都はどごさあるの | EG
dialect-tsugaru | 孫さ聞がれだはんでペルーの首都教えでけろ | PE
dialect-tsugaru | りんごの輸出先の台湾の首都どごだべ | TW
dialect-tsugaru | アレクサよケニアの首都ってどごだっきゃ | KE
dialect-tsugaru | いやいやノルウェーの首都わがねな | NO
dialect-tsugaru | 寒いはんでフィンランドの首都でも聞いでみるべ | FI
dialect-tsugaru | モンゴルの首都ってどったら名前だっけ | MN
dialect-tsugaru | まんずスイスの首都どごだが調べでけ | CH
dialect-tsugaru | 三味線の先生がスペインの首都聞いでらっきゃ | ES
dialect-tsugaru | ポーランドの首都なんぼ考えでもわがね | PL
dialect-tsugaru | インドの首都だばどごになるんだべ | IN
# Sendai sentences
dialect-sendai | イギリスの首都ってどこだっけっちゃ | GB
dialect-sendai | 七夕の飾り作ってんだけどタイの首都どこだべ | TH
dialect-sendai | いぎなりだけどアルゼンチンの首都どこ | AR
dialect-sendai | オーストラリアの首都ってシドニーでねがったっけ | AU
dialect-sendai | ほんでブラジルの首都ってどこなのっしゃ | BR
dialect-sendai | メキシコの首都おしえでけらいん | MX
dialect-sendai | ちょっとトルコの首都ってどごだべね | TR
dialect-sendai | 楽天の外国人選手の国ドミニカ共和国の首都どこ | DO
dialect-sendai | ベトナムの首都ってどご | VN
dialect-sendai | ほだらフィリピンの首都もおしえで | PH
dialect-sendai | わがんねっちゃキューバの首都 | CU
dialect-sendai | 笹かまぼこ食べながらベルギーの首都聞くわ | BE
dialect-sendai | ギリシャの首都ってアテネでいいんだべか | GR
dialect-sendai | ニュージーランドの首都どごだっけや | NZ
# Nagoya sentences
dialect-nagoya | ブラジルの首都ってリオだったかしゃん | BR
dialect-nagoya | えらいことだわイランの首都忘れてまった | IR
dialect-nagoya | 中日の外国人選手のキューバの首都どこだがね | CU
dialect-nagoya | トヨタの工場あるタイの首都どこだったかね | TH
dialect-nagoya | ほんならアメリカの首都はどこだぎゃ | US
dialect-nagoya | ケニアの首都ってどえらい遠いとこだわな | KE
dialect-nagoya | 韓国の首都ってソウルでよかったかね | KR
dialect-nagoya | やっとかめだなアレクサ南アフリカの首都どこ | ZA
dialect-nagoya | インドネシアの首都ってジャカルタだがや | ID
dialect-nagoya | ちょっと聞くけどサウジアラビアの首都どこだて | SA
dialect-nagoya | ペルーの首都ってなんだったかしゃん | PE
dialect-nagoya | パキスタンの首都って知っとる | PK
dialect-nagoya | 名古屋城見に来たイタリアの人の国の首都どこだがね | IT
dialect-nagoya | はよ教えてちょうでぇロシアの首都 | RU
# Kanazawa sentences
dialect-kanazawa | フランスの首都ってパリやったがいね | FR
dialect-kanazawa | あんやとアレクサほんならドイツの首都は | DE
dialect-kanazawa | 兼六園に来とる台湾の人の首都どこけ | TW
dialect-kanazawa | チェコの首都ってどこやったかいね | CZ
dialect-kanazawa | ちょっこしオランダの首都聞きたいげん | NL
dialect-kanazawa | なんなんイギリスの首都教えて | GB
dialect-kanazawa | 九谷焼の展示会あるハンガリーの首都どこや | HU
dialect-kanazawa | カナダの首都ってトロントじゃないがけ | CA
dialect-kanazawa | ポルトガルの首都ってどこやったけ | PT
dialect-kanazawa | きときとの魚食べとるけどノルウェーの首都は | NO
dialect-kanazawa | オーストリアの首都ってウィーンやよね | AT
dialect-kanazawa | 中国の首都どこやったがか忘れてしもた | CN
# Tosa sentences
dialect-tosa | 龍馬さんが行きたがったアメリカの首都はどこぜよ | US
dialect-tosa | ちっくと教えてくれやジャマイカの首都 | JM
dialect-tosa | まっことわからんちやモロッコの首都 | MA
dialect-tosa | 日曜市で会うたオランダの人の国の首都はどこながで | NL
dialect-tosa | おまんオーストラリアの首都知っちゅうかえ | AU
dialect-tosa | ニュージーランドの首都はどこやったろうか | NZ
dialect-tosa | いごっそうの兄やんがチリの首都聞きゆう | CL
dialect-tosa | アルゼンチンの首都はブエノスアイレスで合うちゅう | AR
dialect-tosa | スペインの首都教えてくれんかね | ES
dialect-tosa | 桂浜から見える海の向こうのフィリピンの首都はどこ | PH
dialect-tosa | ペルーの首都ってどこじゃったかね | PE
dialect-tosa | ほいたらエジプトの首都はカイロかね | EG
# Kagoshima sentences
dialect-kagoshima | ロシアの首都はどこじゃったけ | RU
dialect-kagoshima | わっぜ気になっどイギリスの首都 | GB
dialect-kagoshima | 韓国の首都はどこけ | KR
dialect-kagoshima | じゃっどんベトナムの首都はどこじゃろかい | VN
dialect-kagoshima | 中国の首都ば教えてくいやんせ | CN
dialect-kagoshima | 黒豚食べながらドイツの首都聞こかい | DE
dialect-kagoshima | ブラジルの首都はリオじゃなかとな | BR
dialect-kagoshima | だからタイの首都はどこけち聞いちょっど | TH
dialect-kagoshima | 焼酎のんけ一杯やってからトルコの首都教えっくれ | TR
dialect-kagoshima | オランダの首都はどこじゃっどかい | NL
dialect-kagoshima | イタリアの首都はローマでよかとけ | IT
dialect-kagoshima | 種子島のロケット見にきたフランス人の国の首都はどこじゃろ | FR
# Okinawa sentences
dialect-okinawa | アメリカの首都ってワシントンでいいわけ | US
dialect-okinawa | ハワイの州都はどこねー | US-HI
dialect-okinawa | ちゃーがんじゅうアレクサフィリピンの首都は | PH
dialect-okinawa | 台湾の首都って台北だったっけさー | TW
dialect-okinawa | ペルーの首都はどこだったかねー沖縄移民多いって聞いたさ | PE
dialect-okinawa | ブラジルの首都しってるねー | BR
dialect-okinawa | ボリビアにもうちなーんちゅいるってよ首都どこ | BO
dialect-okinawa | あきさみよー中国の首都わすれたさー | CN
dialect-okinawa | アルゼンチンの首都ってなんだったばー | AR
dialect-okinawa | 基地の友達の国アメリカの首都教えてよー | US
dialect-okinawa | しまんちゅだけどタイの首都くらい知ってるさー一応聞くけど | TH
dialect-okinawa | でーじ暑いけどオーストラリアの首都はどこかね | AU
# Hokkaido sentences
dialect-hokkaido | ロシアの首都ってモスクワでいいっしょ | RU
dialect-hokkaido | なんもだアレクサカナダの首都教えて | CA
dialect-hokkaido | したっけフィンランドの首都はどこなのさ | FI
dialect-hokkaido | スキー場にオーストラリア人なまら多いけど首都どこ | AU
dialect-hokkaido | 牧場に来た研修生のモンゴルの首都どこだべ | MN
dialect-hokkaido | こわいわーノルウェーの首都思い出せないわ | NO
dialect-hokkaido | 中国の首都ってどこだったっけかい | CN
dialect-hokkaido | ススキノで会ったタイの人の国の首都どこさ | TH
dialect-hokkaido | ニュージーランドの首都ってオークランドじゃないっしょ | NZ
dialect-hokkaido | ジンギスカン食べながら聞くけどスウェーデンの首都どこ | SE
dialect-hokkaido | 韓国の首都ソウルだったべさ | KR
dialect-hokkaido | アイスランドの首都ってなまら言いにくいやつだよね | IS
# Osaka sentences
dialect-osaka | アメリカの首都ってニューヨークちゃうんか | US
dialect-osaka | ほなフランスの首都どこやねん | FR
dialect-osaka | めっちゃ気になるんやけどタイの首都なんやったっけ | TH
dialect-osaka | 通天閣の下でケニアの首都聞いとる場合ちゃうけど教えて | KE
dialect-osaka | 中国の首都って上海ちゃうかったっけ | CN
dialect-osaka | オカンがベトナムの首都知りたい言うてるで | VN
dialect-osaka | 知らんけどインドの首都どこなん | IN
dialect-osaka | ちゃうちゃうスイスの首都やでチューリッヒちゃうやろ | CH
dialect-osaka | トルコの首都ってイスタンブールやんな | TR
dialect-osaka | なんぼ考えてもわからんエジプトの首都 | EG
dialect-osaka | せやからカナダの首都はどこやねんて | CA
dialect-osaka | ほんまにブラジルの首都ってリオちゃうの | BR
dialect-osaka | 万博で見たパビリオンのサウジアラビアの首都教えて | SA
dialect-osaka | しゃあないなあイギリスの首都もう一回言うて | GB
# Vietnamese technical intern
learner-vietnam | ベトナムのしゅとはハノイですかね | VN
learner-vietnam | ラオスの首都はなんですか先輩に聞かれました | LA
learner-vietnam | カンボジア首都どこですか | KH
learner-vietnam | アレクサさんミャンマーの首都ください | MM
learner-vietnam | 中国の首都はなにと言いますか | CN
learner-vietnam | 実習先の社長さん韓国の首都しりたい | KR
learner-vietnam | タイの首都の名前おしえるください | TH
learner-vietnam | マレーシアの首都二つありますか | MY
learner-vietnam | シンガポールは首都どこになりますか | SG
learner-vietnam | 日本の首都は東京ですね確認したい | JP
learner-vietnam | わたしはフィリピンの首都がわからないです | PH
learner-vietnam | インドネシアの首都はジャカルタかどうか | ID
# Nepali cook
learner-nepal | インドの首都デリーですか | IN
learner-nepal | バングラデシュ首都ダッカだったね | BD
learner-nepal | ブータンの首都なにかな | BT
learner-nepal | スリランカの首都むずかしいね教えて | LK
learner-nepal | パキスタンの首都はイスラマバードだよね | PK
learner-nepal | お客さんのアフガニスタンの首都どこ | AF
learner-nepal | チベットは首都ありますか中国の首都どこ | CN
learner-nepal | モルディブの首都なんですか | MV
learner-nepal | カレー屋のマスターがイギリスの首都ききたい | GB
learner-nepal | カタールの首都ドーハだったかな | QA
learner-nepal | ドバイのあるアラブ首長国連邦の首都はどこ | AE
learner-nepal | オマーンの首都をしらべてください | OM
# Filipino caregiver
learner-philippines | アレクサねおばあちゃんにアメリカの首都おしえてあげて | US
learner-philippines | グアムの首都はどこですか | GU
learner-philippines | フィリピンの首都はマニラでしょう合ってる | PH
learner-philippines | 施設のみんなでクイズしてるのカナダの首都は | CA
learner-philippines | オーストラリアの首都言ってください大きい声で | AU
learner-philippines | スペインのキャピタルはどこですか | ES
learner-philippines | パラオの首都の名前むずかしいね | PW
learner-philippines | サウジアラビアに兄がいますその首都は | SA
learner-philippines | 香港の首都はありますか | HK
learner-philippines | 台湾のキャピタルおしえてね | TW
learner-philippines | イタリアの首都をゆっくり言ってください | IT
learner-philippines | ブルネイの首都はどこになりますか | BN
# Chinese student
learner-china | 日本の首都はどこでしょうか東京ですか京都ですか | JP
learner-china | モンゴルの首都の日本語の言い方を教えてください | MN
learner-china | カザフスタンの首都は何という名前ですか | KZ
learner-china | ウズベキスタンの首都を調べてもらえますか | UZ
learner-china | 研究室の先輩がキルギスの首都を聞きました | KG
learner-china | マカオの首都はどこになりますか | MO
learner-china | シンガポールの首都はシンガポールでしょうか | SG
learner-china | オーストラリアの首都は何でしょうか | AU
learner-china | 北朝鮮の首都は平壌で正しいですか | KP
learner-china | ロシアの首都の名前を日本語で言うと何ですか | RU
learner-china | カナダの首都の読み方を知りたいです | CA
learner-china | ドイツの首都に留学したいです首都はどこですか | DE
# Indonesian nurse
learner-indonesia | インドネシアの首都がかわるって本当ですかいまの首都は | ID
learner-indonesia | マレーシアの首都はクアラルンプールですか | MY
learner-indonesia | 東ティモールの首都をおしえてくださいませ | TL
learner-indonesia | パプアニューギニアの首都はどちらですか | PG
learner-indonesia | ブルネイの首都の名前がながいです | BN
learner-indonesia | オランダの首都はアムステルダムでしょうか | NL
learner-indonesia | サウジアラビアの首都メッカですか | SA
learner-indonesia | 病棟のおじいさんがトルコの首都を聞いています | TR
learner-indonesia | エジプトの首都はどこでしょう | EG
learner-indonesia | フィジーの首都を知りたいのですが | FJ
learner-indonesia | イランの首都はなんですか | IR
learner-indonesia | ヨルダンの首都はどこですか | JO
# Brazilian nikkei
learner-brazil | ブラジルの首都ブラジリアでしょ子供に教えて | BR
learner-brazil | パラグアイの首都なんだっけ | PY
learner-brazil | ポルトガルの首都はリスボンだよね | PT
learner-brazil | ウルグアイの首都どこだったかな | UY
learner-brazil | サンパウロ州の州都はどこですか | BR-SP
learner-brazil | アルゼンチン首都ブエノスアイレスだね | AR
learner-brazil | ボリビアの首都ラパスだったっけ | BO
learner-brazil | ペルーの首都はリマでいいかな | PE
learner-brazil | ベネズエラの首都カラカスかな | VE
learner-brazil | アンゴラの首都どこだっけお父さん言ってた | AO
learner-brazil | モザンビークの首都マプトだよね | MZ
learner-brazil | バイーア州の州都はサルヴァドールだったよね | BR-BA
# Korean exchange student
learner-korea | 韓国の首都ソウルだけど北朝鮮の首都はなんですか | KP
learner-korea | 日本の首都はどこですかね | JP
learner-korea | ベトナム首都はどこですか | VN
learner-korea | フィンランドの首都をおしえてくれますか | FI
learner-korea | カンボジアの首都プノンペンですか | KH
learner-korea | モンゴルの首都どこでしたっけ | MN
learner-korea | ニュージーランドの首都はどこなんですか | NZ
learner-korea | スイスの首都チューリッヒですか | CH
# children
child | アレクサあのねえフランスのしゅとはどこなの | FR
child | にほんのしゅとってとうきょう | JP
child | あめりかのしゅとおしえて | US
child | ぱんだのいるくにのしゅとはどこ | CN
child | ほっきょくぐまのいるかなだのしゅとは | CA
child | こあらのおうちおーすとらりあのしゅとはどこ | AU
child | えじぷとのしゅとってぴらみっどのとこ | EG
child | ぶらじるのしゅとってどこにあるの | BR
child | いぎりすのしゅとはどこかなあ | GB
child | ろしあのしゅとおしえてほしいの | RU
child | いたりあのしゅとってぴざのまち | IT
child | ママがいってたけどかんこくのしゅとってどこ | KR
child | ぼくのおじいちゃんのくにふぃりぴんのしゅとは | PH
child | おえかきしたけにあのしゅとどこ | KE
child | どいつのしゅとなあに | DE
child | すぺいんのしゅとってなんていうの | ES
child | めきしこのしゅとってどこー | MX
child | ぺんぎんのいるなんきょくのしゅとはどこ | AQ
child | たいのしゅとをおしえてくださあい | TH
child | いんどのしゅとはかれーのまち | IN
# teenagers
teen | フランスの首都ってパリで合ってるよね一応 | FR
teen | ガチで忘れたんだけどトルコの首都どこ | TR
teen | 推しの誕生日に韓国行くんだけど首都ってソウルだよね | KR
teen | ワンチャンオーストラリアの首都シドニー説ある | AU
teen | 地理の小テストでカナダの首都出るらしい教えて | CA
teen | ブラジルの首都ってどこなんまじで | BR
teen | スイスの首都わかる人いる | CH
teen | 世界史の課題でイランの首都調べなきゃ | IR
teen | ニュージーランドの首都ってどこかしら知らんけど | NZ
teen | エグいんだけどナイジェリアの首都ラゴスじゃないの | NG
teen | 模試に出たパキスタンの首都なんだっけ | PK
teen | アメリカの首都はワシントンでいいんだよね草 | US
teen | 部活終わったからモロッコの首都教えて | MA
teen | インドの首都ムンバイじゃないってまじ | IN
teen | 修学旅行でシンガポール行くんだけど首都ってどこ | SG
# elders
elder | わしゃ忘れたがビルマの首都はどこじゃったかのう | MM
elder | セイロンの首都はどこじゃったろうか | LK
elder | 昔はザイールと言うた国の首都はどこかな | CD
elder | ペルシャの首都はどこでしたかいの | IR
elder | シャムの首都はバンコクじゃったな | TH
elder | 白ロシアの首都はどこだったかねえ | BY
elder | 西班牙の首都を教えてくれんか | ES
elder | 独逸の首都はベルリンじゃったかな | DE
elder | 仏蘭西の首都はパリでよかったかのう | FR
elder | 象牙海岸という国の首都はどこかね | CI
elder | 南アの首都はどこじゃったかのう | ZA
elder | 印度の首都を教えておくれ | IN
elder | 英国の首都はロンドンでございますね | GB
elder | 露西亜の首都はモスクワじゃな | RU
elder | 伊太利亜の首都はローマかいのう | IT
elder | 米国の首都はどこじゃったか | US
out-of-domain | 昔の満州の首都は新京じゃったがいまはどうなっとる | FB
out-of-domain | ソビエト連邦の首都はどこじゃったかの | FB
out-of-domain | 東ドイツの首都はどこじゃったかの | FB
out-of-domain | ユーゴスラビアの首都をおしえてくだされ | FB
out-of-domain | チェコスロバキアの首都はプラハでしたかね | FB
# follow-up
follow-up | じゃあお隣のベルギーはどうだべ | BE
follow-up | ほんならオーストリアは | AT
follow-up | ついでにポルトガルもお願いできるがいね | PT
follow-up | 次はチリな | CL
follow-up | あとウルグアイも頼むわ | UY
follow-up | ほいたらパラグアイはどうぜよ | PY
follow-up | ほんで次のラオスはどうけ | LA
follow-up | そいじゃカンボジアも教えてたもんせ | KH
follow-up | したっけデンマークはどうなのさ | DK
follow-up | ほなスウェーデンは | SE
follow-up | それからエストニアもね | EE
follow-up | 続けてラトビアもいける | LV
follow-up | 今度はリトアニアで | LT
follow-up | もう一個だけハンガリーも | HU
follow-up | じゃあさっきの国の隣のスロバキアは | SK
follow-up | 次の問題コロンビアだって | CO
follow-up | あとエクアドルもおしえてー | EC
follow-up | ほんならつぎはボツワナのほうは | BW
follow-up | ほしたらナミビアも聞いとこか | NA
follow-up | えーとそれじゃあタンザニアはどうですか | TZ
follow-up | こんどはめきしこ | MX
follow-up | ほんでキューバはどうじゃろ | CU
follow-up | それとチュニジアも | TN
follow-up | じゃあアルジェリアのほうは何て言うの | DZ
follow-up | ではヨルダンはいかがでしょう | JO
follow-up | おんなじ感じでレバノンも | LB
follow-up | 続いてシリアもお願いします | SY
follow-up | 次いくよクロアチア | HR
# plural-capitals
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | 南アの首都みっつ言えるかな | ZA
plural-capitals | ボリビアって首都二つあるってほんとだべか | BO
plural-capitals | ボリビアの首都はスクレとラパスどっちなの | BO
plural-capitals | オランダの首都ってアムステルダムとハーグの両方なんか | NL
plural-capitals | オランダの首都は二つあるがいね | NL
plural-capitals | マレーシアの首都とプトラジャヤの関係おしえて | MY
plural-capitals | マレーシアの首都ってふたつあるんだっけかい | MY
plural-capitals | スリランカの首都は長い名前のとコロンボと二つなんでしょ | LK
plural-capitals | スリランカの首都どっちが本当の首都なん | LK
plural-capitals | ベナンの首都ってポルトノボとコトヌーどっちやねん | BJ
plural-capitals | ベナンの首都は二か所あるって本当ですか | BJ
plural-capitals | コートジボワールの首都はアビジャンとヤムスクロどっちだがや | CI
plural-capitals | コートジボワールの首都を両方おしえてください | CI
plural-capitals | エスワティニの首都って二つあるってまじ | SZ
plural-capitals | スワジランドの首都はどことどこでしたかのう | SZ
plural-capitals | パレスチナの首都はどこになってるの | PS
plural-capitals | パレスチナの首都ってラマッラなのエルサレムなの | PS
plural-capitals | 南アフリカの首都は全部でいくつあるの | ZA
plural-capitals | ボリビアの首都をぜんぶ言ってけ | BO
plural-capitals | マレーシアの首都はクアラルンプール以外にもあるの | MY
plural-capitals | オランダの本当の首都はどこなのか教えて | NL
# subdivision
subdivision | カリフォルニア州の州都ってロサンゼルスじゃないの | US-CA
subdivision | テキサスの州都はどこだべ | US-TX
subdivision | ニューヨーク州の州都ってどこやねん | US-NY
subdivision | フロリダ州の州都教えてちょー | US-FL
subdivision | アラスカ州の州都はどこだったかい | US-AK
subdivision | ワシントン州の州都ってシアトルじゃないよね | US-WA
subdivision | ネバダ州の州都ラスベガスじゃないんか | US-NV
subdivision | イリノイ州の州都はシカゴかね | US-IL
subdivision | ペンシルベニア州の州都はどこけ | US-PA
subdivision | ミシガン州の州都はデトロイトじゃなかとか | US-MI
subdivision | ルイジアナ州の州都はニューオーリンズでしたっけ | US-LA
subdivision | オハイオ州の州都はどこなんですか | US-OH
subdivision | テネシー州の州都はナッシュビルかな | US-TN
subdivision | ケンタッキー州の州都はどこよ | US-KY
subdivision | ユタ州の州都ってソルトレイクシティだよね | US-UT
subdivision | コロラド州の州都どこ | US-CO
subdivision | アリゾナ州の州都ってどこだったか | US-AZ
subdivision | マサチューセッツ州の州都はボストンやんな | US-MA
subdivision | オレゴン州の州都教えて | US-OR
subdivision | ジョージア州の州都ってアトランタだがや | US-GA
subdivision | ケベック州の州都はどこになりますか | CA-QC
subdivision | オンタリオ州の州都はトロントでしょうか | CA-ON
subdivision | ブリティッシュコロンビア州の州都はバンクーバーじゃないの | CA-BC
subdivision | アルバータ州の州都どこだべ | CA-AB
subdivision | バイエルン州の州都ってミュンヘンやろ | DE-BY
subdivision | ザクセン州の州都はどこでしょう | DE-SN
subdivision | ニューサウスウェールズ州の州都はシドニーですか | AU-NSW
subdivision | クイーンズランド州の州都ってどこなのさ | AU-QLD
subdivision | ビクトリア州の州都はメルボルンでいいんですかね | AU-VIC
subdivision | スコットランドの首都はエディンバラかね | GB-SCT
subdivision | ウェールズの首都はどこね | GB-WLS
subdivision | 北アイルランドの首都はどこですか | GB-NIR
subdivision | イングランドの首都はロンドンだよね | GB-ENG
subdivision | グリーンランドの首都ってあるの | GL
subdivision | プエルトリコの首都はサンファンかね | PR
subdivision | ニューカレドニアの首都はどこけ | NC
subdivision | タヒチのある仏領ポリネシアの首都はどこ | PF
subdivision | 北マリアナ諸島の首都ってサイパンなの | MP
subdivision | ケララ州の州都はどこですか | IN-KL
subdivision | ケーララ州の州都を教えて | IN-KL
subdivision | マハーラーシュトラ州の州都ってムンバイ | IN-MH
subdivision | タミル・ナードゥ州の州都はチェンナイでいいのかな | IN-TN
subdivision | ハリスコ州の州都はグアダラハラだよね | MX-JAL
subdivision | ユカタン州の州都はメリダだっけ | MX-YUC
subdivision | リオグランデ・ド・スル州の州都はどこ | BR-RS
subdivision | ミナスジェライス州の州都教えて | BR-MG
subdivision | フェロー諸島の首都ってどこだっけ | FO
subdivision | マン島の首都はどこでしょうか | IM
subdivision | ジブラルタルの首都はジブラルタルですか | GI
subdivision | バミューダの首都はどこかいね | BM
subdivision | ハワイ州の州都ってホノルルでいいが | US-HI
subdivision | コソボの首都はどこだっけ | XK
subdivision | 西サハラの首都ってどこになってるの | EH
# yes-no-check
yes-no-check | オーストラリアの首都はキャンベラで合っとるがや | AU
yes-no-check | カナダの首都ってバンクーバーだべ | CA
yes-no-check | トルコの首都はアンカラで合っちゅうかね | TR
yes-no-check | ブラジルの首都はサンパウロじゃったかね違うかね | BR
yes-no-check | スイスの首都ってベルンであってる | CH
yes-no-check | ニュージーランドの首都はウェリントンで正解なん | NZ
yes-no-check | ベトナムの首都ってホーチミンやんな | VN
yes-no-check | モロッコの首都はカサブランカでしょ | MA
yes-no-check | ナイジェリアの首都はアブジャで正しいですか | NG
yes-no-check | パキスタンの首都はカラチだっけ違う | PK
yes-no-check | 韓国の首都はプサンじゃないよね | KR
yes-no-check | エジプトの首都はカイロで間違いないべか | EG
yes-no-check | インドの首都はニューデリーで合ってますか | IN
yes-no-check | アメリカの首都はニューヨークかい | US
yes-no-check | カザフスタンの首都はアルマトイだったよね | KZ
yes-no-check | ミャンマーの首都はヤンゴンでよかね | MM
yes-no-check | タンザニアの首都はダルエスサラームじゃないと | TZ
yes-no-check | イスラエルの首都はテルアビブで合ってる | IL
yes-no-check | ドイツの首都はボンじゃなかったっけ | DE
yes-no-check | 中国の首都は北京であってるよねアレクサ | CN
yes-no-check | ロシアの首都はサンクトペテルブルクでしたっけ | RU
yes-no-check | スペインの首都はバルセロナだよな | ES
yes-no-check | イタリアの首都はミラノけ | IT
yes-no-check | ケニアの首都はナイロビで合うちゅう | KE
yes-no-check | ペルーの首都はクスコだったよね | PE
yes-no-check | ノルウェーの首都はオスロでいいっしょ | NO
yes-no-check | 台湾の首都は台北で合ってるさー | TW
yes-no-check | フィンランドの首都ってヘルシンキでしょ違う | FI
# self-correction
self-correction | スウェーデンの首都じゃなくてノルウェーの首都教えて | NO
self-correction | オーストリアじゃなかったオーストラリアの首都 | AU
self-correction | スロバキアいやスロベニアの首都はどこ | SI
self-correction | イランちゃうわイラクの首都やった | IQ
self-correction | ニジェールじゃなくてナイジェリアの首都だべ | NG
self-correction | ペルーあっ違うパラグアイの首都教えてちょー | PY
self-correction | ギニアじゃなくてギニアビサウの首都ね | GW
self-correction | ラトビアまちがえたリトアニアの首都 | LT
self-correction | コロンビアじゃのうてボリビアの首都ぜよ | BO
self-correction | マリじゃなくてマラウイの首都聞きたいの | MW
self-correction | ザンビアいやジンバブエの首都を教えてけろ | ZW
self-correction | オマーンではなくてカタールの首都ですごめんなさい | QA
self-correction | チュニジアやのうてアルジェリアの首都や | DZ
self-correction | ホンジュラスじゃないニカラグアの首都でした | NI
self-correction | スイスじゃなくてスウェーデンの首都を聞きたかった | SE
self-correction | モンゴルじゃなかったモルドバの首都だったわ | MD
self-correction | セネガルあっちがうガンビアの首都 | GM
self-correction | ウガンダじゃなくてルワンダの首都しりたいです | RW
self-correction | エストニアいやいやアイスランドの首都なまら知りたい | IS
self-correction | トーゴじゃなくてえっとガーナの首都 | GH
self-correction | リビアちゃうかったリベリアの首都やわ | LR
self-correction | カメルーンいや違ったガボンの首都をたのむ | GA
# reverse-question
reverse-question | キャンベラってどこの国の首都だべ | CITY:キャンベラ
reverse-question | ナイロビはどこの国の首都なんですか | CITY:ナイロビ
reverse-question | ハノイってどこの首都やっけ | CITY:ハノイ
reverse-question | リマが首都の国ってどこだがや | CITY:リマ
reverse-question | ウランバートルはどこの国の首都なのさ | CITY:ウランバートル
reverse-question | ブエノスアイレスってどこの首都ですかね | CITY:ブエノスアイレス
reverse-question | カトマンズはどこの国の首都でしょう | CITY:カトマンズ
reverse-question | レイキャビクってどこの首都だったかいね | CITY:レイキャビク
reverse-question | アンカラが首都なのはどこの国 | CITY:アンカラ
reverse-question | オタワってなんちゅう国の首都ぜよ | CITY:オタワ
reverse-question | ウェリントンはどこの国の首都じゃろかい | CITY:ウェリントン
reverse-question | テヘランはどの国の首都ですか | CITY:テヘラン
reverse-question | バンコクってどこの首都さー | CITY:バンコク
reverse-question | ベルンってどこの国の首都やねん | CITY:ベルン
reverse-question | ダッカが首都の国はどこですか | CITY:ダッカ
reverse-question | アディスアベバ違うアジスアベバってどこの首都 | CITY:アジスアベバ
reverse-question | ヘルシンキはどこの国の首都なの | CITY:ヘルシンキ
reverse-question | プノンペンはどこの首都ですか | CITY:プノンペン
reverse-question | モガディシオってどこの国の首都だっけ | CITY:モガディシオ
reverse-question | ティンプーを首都にしてる国はどこ | CITY:ティンプー
reverse-question | キト首都の国ってどこだべか | CITY:キト
reverse-question | ワルシャワはどこの国の首都だったかのう | CITY:ワルシャワ
reverse-question | ダマスカスってどこの首都けね | CITY:ダマスカス
reverse-question | ハバナってどこの国の首都なん | CITY:ハバナ
# official-name
official-name | 大韓民国の首都はどちらでしょうか | KR
official-name | 中華人民共和国の首都はどこでございますか | CN
official-name | 朝鮮民主主義人民共和国の首都を教えてください | KP
official-name | アメリカ合衆国の首都はどこですか | US
official-name | グレートブリテン及び北アイルランド連合王国の首都は | GB
official-name | 連合王国の首都ってどこ | GB
official-name | フランス共和国の首都をお願いします | FR
official-name | チェコ共和国の首都はどこかね | CZ
official-name | エジプト・アラブ共和国の首都はどこだべ | EG
official-name | ベネズエラ・ボリバル共和国の首都はどちらですか | VE
official-name | アルジェリア民主人民共和国の首都を教えてけろ | DZ
official-name | 中華民国の首都ってどこになるの | TW
official-name | ミクロネシア連邦の首都はどこでしょうか | FM
official-name | バチカン市国の首都ってあるの | VA
official-name | コンゴ民主共和国の首都はキンシャサですか | CD
official-name | コンゴ共和国の首都はどこになりますか | CG
official-name | 中央アフリカ共和国っていう国の首都はどこなんだがや | CF
official-name | ドミニカ国の首都はどこじゃろ | DM
official-name | ドミニカ共和国の首都はサントドミンゴかね | DO
official-name | セントクリストファー・ネイビスの首都を教えてください | KN
official-name | 中華人民共和国香港特別行政区の首都は | HK
# everyday-name
everyday-name | アメリカの首都どこやったっけ | US
everyday-name | 英国の首都はどちらでしょう | GB
everyday-name | 米国の首都ってワシントンよね | US
everyday-name | 豪州の首都ってどこなんすか | AU
everyday-name | サウジの首都ってリヤドだっけ | SA
everyday-name | ユーエーイーの首都ってドバイじゃないの | AE
everyday-name | バングラの首都ってどこやったかな | BD
everyday-name | ボスニアの首都はサラエボでしょ | BA
everyday-name | ブルキナの首都の名前むずいやつ | BF
everyday-name | ニュージーの首都ってどこ | NZ
everyday-name | チェキアの首都ってプラハのこと | CZ
everyday-name | テュルキエの首都はどこでしょうか | TR
everyday-name | セントキッツの首都ってどこ | KN
everyday-name | バチカンの首都ってバチカンなの | VA
everyday-name | 東チモールの首都はどこじゃ | TL
everyday-name | マケドニアの首都どこだっけ | MK
everyday-name | ケープベルデの首都教えて | CV
everyday-name | トリニダードの首都はどこかね | TT
everyday-name | セントビンセントの首都はどこですか | VC
everyday-name | アンティグアの首都はセントジョンズかね | AG
everyday-name | サントメの首都ってサントメ | ST
everyday-name | にっぽんのしゅとはどこですか | JP
everyday-name | かんこくのしゅと | KR
everyday-name | きたちょうせんのしゅとってどこ | KP
everyday-name | ちゅうごくのしゅとはどこかな | CN
everyday-name | たいわんのしゅとってある | TW
# shared-name
shared-name | コンゴの首都ってどこだべ | CD+CG
shared-name | コンゴの首都教えてちょー | CD+CG
shared-name | コンゴって首都どこやねん | CD+CG
shared-name | ジョージアの首都はどこだっけ | GE+US-GA
shared-name | ジョージアの首都ってどこがいね | GE+US-GA
shared-name | ジョージアの首都をおしえてけさいん | GE+US-GA
shared-name | ドミニカの首都はどこですか | DM+DO
shared-name | ドミニカの首都ってどこなのさ | DM+DO
shared-name | 朝鮮の首都はどこじゃったかのう | KP+KR
shared-name | 南北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 韓国と北朝鮮の首都どこだがや | KP+KR
shared-name | コリアの首都ってどこ | KP+KR
shared-name | ヴァージン諸島の首都はどこね | VG+VI
shared-name | ヴァージン諸島って首都どこなの | VG+VI
shared-name | 国のほうのジョージアの首都はどこ | GE
shared-name | コーカサスのジョージアの首都ってトビリシだよね | GE
shared-name | アメリカのジョージア州の州都はどこ | US-GA
shared-name | コンゴ民主共和国のほうの首都ってキンシャサ | CD
shared-name | コンゴ共和国のほうの首都はどこだべ | CG
shared-name | カリブのドミニカ共和国の首都はどこけ | DO
shared-name | 英領ヴァージン諸島の首都はどこでしょう | VG
shared-name | 米領ヴァージン諸島の首都ってどこさ | VI
shared-name | ジョージアってグルジアのことだよね首都どこ | GE
plural-capitals | エスワティニの首都はムババーネとロバンバどっちなんだべ | SZ
plural-capitals | エスワティニって首都いくつあるがいね | SZ
plural-capitals | 南アフリカの首都はプレトリアとケープタウンとあとどこやった | ZA
plural-capitals | 南アフリカの首都が三か所ってなんでなんさ | ZA
stop | もう止めてけろ | STOP
stop | 終わりだがやもうええて | STOP
stop | しまいにしようや | STOP
stop | おしまいさーもういいよ | STOP
stop | やめてください終わります | STOP
launch | 世界の首都さ繋いでけ | LAUNCH
launch | 世界の首都を呼んでちょーだいよ | LAUNCH
launch | アレクサ世界の首都をひらいてくれるかのう | LAUNCH
launch | 世界の首都立ち上げてや | LAUNCH
launch | 世界の首都スキルひらいてください | LAUNCH
plural-capitals | スリランカの首都ってコロンボだけじゃないってほんとっちゃ | LK
plural-capitals | セイロンの首都は今ふたつになっとるんかのう | LK
# help
help | これどうやって使うんだべ | HELP
help | なに聞いたらいいがかわからんがいね | HELP
help | 使い方おしえてちょー | HELP
help | どう言えばええんか教えてや | HELP
help | なんて聞けばいいのかわからんぜよ | HELP
help | 使い方ば教えてたもんせ | HELP
help | 何ができるのか教えてさー | HELP
help | これなにするやつなのさ | HELP
help | 使い方わからんねん助けて | HELP
help | 使い方がわからないです助けてください | HELP
help | どうやってしつもんしますか | HELP
help | ヘルプおねがいします | HELP
help | このスキルの遊び方教えて | HELP
help | どうすればいいのかわかんない | HELP
help | なにをいえばいいの | HELP
help | 説明してくれないかな使い方 | HELP
help | 聞き方の例を教えてもらえますか | HELP
help | 困ったのうどうすりゃええんじゃ | HELP
help | 使い方が分からんけん教えてくれんね | HELP
help | 何聞いたらいいかヒントちょうだい | HELP
help | どういう質問ができるんですか | HELP
help | もう一回使い方説明して | HELP
help | これって何て話しかければいいの | HELP
help | やり方がようわからん | HELP
help | ヘルプって言えばいいの助けて | HELP
help | 質問のしかたをおしえてちょうだい | HELP
# stop
stop | もういいべ止めでけ | STOP
stop | やめてちょー | STOP
stop | もうええがいねやめてくだはれ | STOP
stop | もうえいきにやめや | STOP
stop | もうよかよやめっくれ | STOP
stop | もういいさーやめてー | STOP
stop | もういいっしょ止めて | STOP
stop | もうええわ止めてんか | STOP
stop | ストップしてください | STOP
stop | おわりにします | STOP
stop | とめてとめて | STOP
stop | もうやめるおしまい | STOP
stop | スキルを終了して | STOP
stop | 世界の首都を終わりにしてください | STOP
stop | ごはんだからもうやめる | STOP
stop | うるさいから止めて | STOP
stop | 静かにして | STOP
stop | もう寝るから終わり | STOP
stop | 勉強おわったから閉じて | STOP
stop | はいおしまいにしよう | STOP
stop | ありがとうもう大丈夫やめていいよ | STOP
stop | 今日はこれで終わりにするわ | STOP
stop | 停止してください | STOP
stop | もうええ黙って | STOP
# cancel
cancel | いまのなしにしてけ | CANCEL
cancel | やっぱりやめとくわキャンセル | CANCEL
cancel | 今の質問取り消してちょー | CANCEL
cancel | キャンセルしてくだはれ | CANCEL
cancel | さっきのは取り消しぜよ | CANCEL
cancel | いまのはなしにしてたもんせ | CANCEL
cancel | キャンセルさー | CANCEL
cancel | やっぱいいわキャンセルで | CANCEL
cancel | 間違えたキャンセルして | CANCEL
cancel | キャンセルおねがいします | CANCEL
cancel | 取り消しでお願いします | CANCEL
cancel | 今のは無しで | CANCEL
cancel | 聞くのやめたキャンセル | CANCEL
cancel | キャンセルやキャンセル | CANCEL
cancel | あっやっぱ取り消し | CANCEL
cancel | いまのやつキャンセルしといて | CANCEL
cancel | その質問はキャンセルします | CANCEL
cancel | なしなし今のキャンセル | CANCEL
cancel | キャンセルしてちょうだい | CANCEL
cancel | さっきのはいらんキャンセル | CANCEL
cancel | いいやキャンセルしとこ | CANCEL
cancel | 今言ったのキャンセルっしょ | CANCEL
cancel | ごめん今のキャンセルしてください | CANCEL
cancel | やめやめキャンセルや | CANCEL
# launch
launch | 世界の首都ひらいでけ | LAUNCH
launch | 世界の首都開いてちょー | LAUNCH
launch | 世界の首都起動してくだはれ | LAUNCH
launch | 世界の首都を開いてくれんかえ | LAUNCH
launch | 世界の首都ば開いてくいやい | LAUNCH
launch | 世界の首都ひらいてよー | LAUNCH
launch | 世界の首都開いてくれっかい | LAUNCH
launch | 世界の首都開けてんか | LAUNCH
launch | 世界の首都をひらいてください | LAUNCH
launch | せかいのしゅとひらいて | LAUNCH
launch | 世界の首都スキル起動 | LAUNCH
launch | 世界の首都つけて | LAUNCH
launch | 世界の首都のスキルを使いたいです | LAUNCH
launch | 世界の首都はじめよう | LAUNCH
launch | 世界の首都を起動してもらえますか | LAUNCH
launch | 世界の首都で遊ぼう | LAUNCH
# out-of-domain
out-of-domain | 明日の弘前の天気どうだべ | FB
out-of-domain | 青森ねぶた祭りいつからだっきゃ | FB
out-of-domain | 津軽三味線の曲かけでけ | FB
out-of-domain | りんごの値段いまなんぼだべ | FB
out-of-domain | 仙台駅から松島までの電車の時間 | FB
out-of-domain | 牛たんの美味しい店教えでけさいん | FB
out-of-domain | 楽天イーグルスの試合結果どうなったっちゃ | FB
out-of-domain | 名古屋の明日の天気はどうだがや | FB
out-of-domain | ドラゴンズ勝ったかしゃん | FB
out-of-domain | ひつまぶしの美味しい店どこだがね | FB
out-of-domain | 金沢の雪どれくらい積もっとるがいね | FB
out-of-domain | 兼六園の開園時間は何時からけ | FB
out-of-domain | 高知の日曜市は何時までやりゆう | FB
out-of-domain | よさこい祭りの日程教えてや | FB
out-of-domain | 桜島の噴火情報はどげんなっちょる | FB
out-of-domain | 鹿児島の降灰予報を教えてたもんせ | FB
out-of-domain | 那覇の台風どうなってるばー | FB
out-of-domain | 首里城の再建いつ終わるわけ | FB
out-of-domain | 札幌の雪まつりいつからっしょ | FB
out-of-domain | 旭山動物園の入園料なんぼ | FB
out-of-domain | 阪神の試合何時からやねん | FB
out-of-domain | たこ焼きの作り方教えて | FB
out-of-domain | 大阪から東京まで新幹線で何時間かかるん | FB
out-of-domain | ハノイまでの飛行機のチケットいくらですか | FB
out-of-domain | ベトナム語でありがとうはなんですか | FB
out-of-domain | 技能実習の試験はいつですか | FB
out-of-domain | ネパールの時間はいま何時 | FB
out-of-domain | バターチキンカレーのレシピ | FB
out-of-domain | フィリピンに送金する方法おしえて | FB
out-of-domain | タガログの音楽かけてください | FB
out-of-domain | 介護福祉士の試験の日にち | FB
out-of-domain | 日本語能力試験の結果いつ出ますか | FB
out-of-domain | 北京と東京の時差は何時間ですか | FB
out-of-domain | ジャカルタの今の気温は | FB
out-of-domain | ラマダンは今年いつから始まりますか | FB
out-of-domain | 浜松から名古屋まで何分 | FB
out-of-domain | サッカーのブラジル代表の試合いつ | FB
out-of-domain | 韓国ドラマのおすすめ教えて | FB
out-of-domain | ソウルのおいしい焼肉屋さん | FB
out-of-domain | あしたはれるかな | FB
out-of-domain | きょうりゅうのなまえおしえて | FB
out-of-domain | うんこのうたかけて | FB
out-of-domain | アンパンマンのうたながして | FB
out-of-domain | ぱぱいつかえってくるの | FB
out-of-domain | 推しのライブのチケット当たるか占って | FB
out-of-domain | 数学の宿題の答え教えて | FB
out-of-domain | 今流行ってる曲かけて | FB
out-of-domain | 英単語の問題出して | FB
out-of-domain | 明日の時間割なんだっけ | FB
out-of-domain | 血圧の薬飲む時間教えてくれんか | FB
out-of-domain | 演歌を流してくれんかのう | FB
out-of-domain | 孫の誕生日はいつじゃったかの | FB
out-of-domain | 相撲の結果を教えてくれんか | FB
out-of-domain | 首都高速の渋滞情報を教えて | FB
out-of-domain | 首都高の事故情報どうなっとる | FB
out-of-domain | 首都圏の電車の遅延情報 | FB
out-of-domain | 首都直下地震の確率ってどれくらい | FB
out-of-domain | 首都大学東京って今は何て名前 | FB
out-of-domain | 首都圏の家賃相場を教えて | FB
out-of-domain | 首都圏で雪降るって本当 | FB
out-of-domain | 東京が首都になったのはいつ | FB
out-of-domain | 首都移転の話はどうなったの | FB
out-of-domain | 首都って英語で何て言うの | FB
out-of-domain | キャピタルゲインの税金って何パーセント | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 資本金って英語でキャピタルなの | FB
out-of-domain | 県庁所在地クイズ出して | FB
out-of-domain | 青森県の県庁所在地はどこ | FB
out-of-domain | 北海道の道庁所在地ってどこ | FB
out-of-domain | 沖縄県の県庁所在地は那覇だよね | FB
out-of-domain | 石川県の県庁所在地教えて | FB
out-of-domain | 高知県の県庁所在地はどこぜよ | FB
out-of-domain | 愛知県の県庁所在地は名古屋だがや | FB
out-of-domain | 宮城県の県庁所在地ってどこ | FB
out-of-domain | 鹿児島県の県庁所在地は | FB
out-of-domain | 大阪府の府庁所在地ってどこなん | FB
out-of-domain | 埼玉の県庁所在地どこだっけ | FB
out-of-domain | ヨーロッパの首都はどこ | FB
out-of-domain | アフリカの首都ってどこなの | FB
out-of-domain | 世界の首都全部言って | FB
out-of-domain | 首都がない国ってあるの | FB
out-of-domain | 一番人口の多い首都はどこ | FB
out-of-domain | 一番寒い首都ってどこ | FB
out-of-domain | 一番標高の高い首都はどこですか | FB
out-of-domain | 首都の数って全部でいくつあるの | FB
out-of-domain | ハワイ王国の首都はどこだったの | FB
out-of-domain | 琉球王国の首都は首里だったよね | FB
out-of-domain | 蝦夷共和国の首都はどこだったか | FB
out-of-domain | 大日本帝国の首都はどこでしたか | FB
out-of-domain | ローマ帝国の首都はどこ | FB
out-of-domain | オスマン帝国の首都はどこだったの | FB
out-of-domain | モンゴル帝国の首都はカラコルムかね | FB
out-of-domain | ムー大陸の首都ってどこ | FB
out-of-domain | アトランティスの首都はどこにあったの | FB
out-of-domain | ワカンダの首都はどこ | FB
out-of-domain | 火星の首都ってあるの | FB
out-of-domain | 月に首都はあるの | FB
out-of-domain | ヨーロッパ連合の首都はブリュッセルなの | FB
out-of-domain | バスク地方の首都ってどこ | FB
out-of-domain | カタルーニャの首都はバルセロナかね | FB
out-of-domain | シチリアの州都はどこだべ | FB
out-of-domain | バリ島の州都はどこ | FB
out-of-domain | チベットの首都ってラサだったかな | FB
out-of-domain | クルディスタンの首都はどこなの | FB
out-of-domain | 沖縄の首都ってどこさー | FB
out-of-domain | 北海道の首都ってどこなのさ | FB
out-of-domain | 大阪が首都になったらどうなるんやろ | FB
out-of-domain | 首都の反対語ってなに | FB
out-of-domain | 首都のしゅの漢字どう書くの | FB
out-of-domain | 首都ってどういう意味なの | FB
out-of-domain | タイマー三分セットして | FB
out-of-domain | 電気消して | FB
out-of-domain | 目覚まし六時にかけて | FB
out-of-domain | 音量上げて | FB
out-of-domain | 今日のニュース教えて | FB
out-of-domain | 買い物リストに牛乳追加して | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | なんか面白い話して | FB
out-of-domain | 世界の国旗クイズやりたい | FB
out-of-domain | 国の人口を教えて | FB
out-of-domain | フランスの人口は何人 | FB
out-of-domain | エジプトのピラミッドは何個あるの | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | オーストラリアの通貨はなに | FB
out-of-domain | カナダの国旗の葉っぱはなんの葉っぱ | FB
out-of-domain | スイスの時計のブランド教えて | FB
out-of-domain | イタリアの一番高い山どこ | FB
out-of-domain | インドの人口って中国より多いの | FB
out-of-domain | アメリカの大統領は誰 | FB
out-of-domain | 韓国の今の気温は何度 | FB
out-of-domain | ロシアの面積ってどれくらい | FB
out-of-domain | 中国の一番大きい都市はどこ | FB
out-of-domain | タイの有名な料理教えて | FB
out-of-domain | ベトナムの通貨の名前は | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 国連の本部はどこにあるの | FB
out-of-domain | 南極の一番寒い気温は何度 | FB
# one-shot
one-shot | 世界の首都でチリの首都聞いでけ | CL
one-shot | 世界の首都にアイルランドの首都きいてちょー | IE
one-shot | 世界の首都でデンマークの首都を調べてくだはれ | DK
one-shot | 世界の首都でケニアの首都はどこか聞いてや | KE
one-shot | 世界の首都にハンガリーの首都聞いてたもんせ | HU
one-shot | 世界の首都でフィジーの首都おしえてー | FJ
one-shot | 世界の首都でアイスランドの首都聞いてくれっかい | IS
one-shot | 世界の首都にポーランドの首都きいてんか | PL
one-shot | 世界の首都でエチオピアの首都を教えて | ET
one-shot | 世界の首都を開いてギリシャの首都教えて | GR
one-shot | 世界の首都でセネガルの首都はどこ | SN
one-shot | 世界の首都を使ってクロアチアの首都を知りたい | HR
one-shot | 世界の首都に聞いてルーマニアの首都 | RO
one-shot | 世界の首都でジャマイカの首都しらべて | JM
one-shot | 世界の首都からウクライナの首都教えてもらえる | UA
one-shot | 世界の首都でイラクの首都ってどこか聞いて | IQ
one-shot | 世界の首都にキプロスの首都を尋ねて | CY
one-shot | 世界の首都でエクアドルの首都をお願い | EC
one-shot | 世界の首都でレバノンの首都 | LB
one-shot | 世界の首都開いてマダガスカルの首都どこか教えて | MG
# plain / polite speech, various
plain | すみませんスーダンの首都はどちらでしょうか | SD
plain | お尋ねしますがセルビアの首都はどこですか | RS
plain | えーとあのーモンテネグロの首都ってなんだっけ | ME
plain | うーんとアルメニアの首都ってどこ | AM
plain | あのさアゼルバイジャンの首都どこだっけ | AZ
plain | ちょっと聞きたいんだけどブルガリアの首都は | BG
plain | ねえアレクサエストニアの首都ってどこ | EE
plain | クイズで出たんだけどトンガの首都ってどこ | TO
plain | 旅行の予定立ててるんだけどポルトガルの首都ってどこだっけ | PT
plain | 出張でウズベキスタンに行くけど首都どこ | UZ
plain | 新婚旅行でモルディブ行くんだけど首都の名前は | MV
plain | クロスワードでマルタの首都が入らない教えて | MT
plain | ニュースで聞いたスーダンの首都ってどこだったかな | SD
plain | 社内研修でアンゴラの首都答えられなかった | AO
plain | ラジオで言ってたシエラレオネの首都もう一回 | SL
plain | 会社の取引先のバーレーンの首都どこですか | BH
plain | 地図見てもわからないブルンジの首都 | BI
plain | 年賀状出す友達のいるラトビアの首都は | LV
plain | 娘の留学先のアイルランドの首都はどこでしたっけ | IE
plain | 夫の赴任先のカタールの首都ってどこでしたっけ | QA
plain | 息子がワーホリで行くカナダの首都ってどこなん | CA
plain | テレビのクイズ番組でスロベニアの首都出たんだけど | SI
plain | 来月チュニジアに行くんですが首都はどこですか | TN
plain | 飛行機の乗り継ぎでエチオピア通るんだけど首都どこ | ET
plain | 大学の友達がガーナ出身なんだけど首都どこ | GH
plain | ワールドカップで見たクロアチアの首都ってどこ | HR
plain | 切手集めてるんだけどサンマリノの首都ってあるの | SM
plain | 料理番組で出てたジョージアワインのジョージアの首都どこ | GE
plain | 紅茶の国スリランカの首都どこなの | LK
plain | チョコの国ガーナの首都は | GH
plain | コーヒーの産地エチオピアの首都 | ET
plain | ワインが有名なモルドバの首都ってどこ | MD
plain | 昔オリンピックやったサラエボってボスニアの首都だよね | BA
plain | リヒテンシュタインって首都どこにあるの小さいよね | LI
plain | ルクセンブルクの首都ってルクセンブルクなの | LU
plain | モナコの首都ってモナコでいいんだよね | MC
plain | バチカンに首都ってあるの教えて | VA
plain | マカオの首都ってどこ | MO
plain | 香港の首都はどこですか | HK
plain | 南極の首都ってあるの | AQ
plain | グアムって首都あるの | GU
plain | 台湾の首都ってどこになってるの | TW
plain | パレスチナの首都について教えて | PS
"""

if __name__ == "__main__":
    build_round(36, "ja", LINES, sys.argv, "tests/Eval/ja/round36/source/build_corpus.py")
