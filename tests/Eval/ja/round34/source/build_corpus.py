"""Round 34, Japanese (ja-JP): a new author's mix of speakers and situations, written blind (brief WRITER41.md), chosen
away from the speakers of the Japanese rounds the author saw described (30 to 33).
Regions: Tsugaru in Aomori (わ, どさ, だべ, はんで, けろ, だっきゃ), Akita (んだすな, だすか, け), Ibaraki (だっぺ, だっぺか,
知ってっか, おめえ), Shinshu in Nagano (だに, せ, ずら, おくれ), Toyama (だちゃ, がけ, ながけ, ちゃ), Mino in Gifu (やお,
やて, てまった, もんで), Awa in Tokushima (じょ, でぇ, ほなけんど), Iyo in Ehime (ぞな, よる, てや), Nagasaki (ばってん, と,
とね), Miyazaki (てげ, ちゃが, じ, ね), Izumo in Shimane (だけん, だらか, ごしない, さった) and Yokohama (じゃん, だべ).
Local work: Tsugaru apples and neputa, Akita kiritanpo, an Ibaraki natto factory's trainees, Shinshu soba making, Toyama
medicine peddlers, Gifu cormorant fishing, Awa Odori, Ehime mikan shipping, Nagasaki castella, Miyazaki mangoes, Izumo
Taisha, Yokohama Chinatown and the Red Brick Warehouse.
Learners: a Vietnamese technical intern, a Nepali curry cook, an Indonesian care worker, a Filipino English teacher, a
Chinese exchange student, a Korean working-holiday barista, a Mongolian wrestling apprentice, a Sri Lankan used-car
dealer, a Turkish kebab seller, a Kenyan runner (キャピタル, キャピタルシティ, おしえるしてください, なになにですか, に for の).
Heritage speakers: Hawaii Nikkei, Seattle, Sydney, Bangkok, Shanghai, Dusseldorf, Toronto, Hamamatsu Brazilians (グランマ,
ダディ, マミー, ファミリー). Children in hiragana (a kindergarten teacher, pandas, koalas). Teenagers (マジ, 普通に, 草,
エモい, 推し, 模試, 小テスト). Elders (じゃ, のう, おくれ, ござる) with old names and kanji country names (和蘭, 仏蘭西,
独逸, 露西亜, 墨西哥, 埃及, 比律賓, 土耳古, 印度), and states of their day the data lacks (ソ連, 西ドイツ, ユーゴスラビア,
南ベトナム, 満州国).
Plus plain and polite questions, fillers, one-shot requests and launches through 世界の首都, follow-ups, yes/no checks
with right and wrong capitals, self-corrections with a marker, reverse questions, official and everyday names, shared
names (bare: every place; disambiguated: the one), plural questions (every several-capital country, Palestine, Jammu and
Kashmir, Uttarakhand, Montserrat), subdivisions (州都) and territories, help, stop and cancel, and out-of-domain requests
and near misses (県庁所在地, 首都圏, 首都高, 首都直下地震, キャピタルゲイン, ベンチャーキャピタル, regions, empires,
fictional places).
Recognition artefacts: hiragana names (ちり, まり, とんが), homophones (鳥, 武道), ワ/ウ spellings (グワテマラ, ウルグワイ),
changed long vowels (ベネズエラー, バーレン) and small kana (ケニヤ, エチオピヤ).
`python3 tests/Eval/ja/round34/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 34's number); every line is ja-JP."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# plain questions, everyday speech
plain-question | {}の首都ってどこになってるんだっけね | アイスランド=IS; ノルウェー=NO; フィンランド=FI
plain-question | {}の首都ってさどこ | スウェーデン=SE; エストニア=EE
plain-question | ねえ{}の首都ってどこなの | ラトビア=LV; リトアニア=LT; ベラルーシ=BY
plain-question | {}は首都どこ | ポーランド=PL; チェコ=CZ; スロバキア=SK
plain-question | {}の首都はどこだったかしら | ハンガリー=HU; オーストリア=AT; スイス=CH
plain-question | {}の首都ってなんていう町 | スロベニア=SI; クロアチア=HR; ボスニアヘルツェゴビナ=BA
plain-question | {}の首都知ってる | セルビア=RS; モンテネグロ=ME; 北マケドニア=MK
plain-question | {}の首都が出てこないんだけど | アルバニア=AL; ギリシャ=GR; ブルガリア=BG
plain-question | {}って首都はどこにあるの | ルーマニア=RO; モルドバ=MD; ウクライナ=UA
plain-question | {}の首都ってどこだか分かる | ロシア=RU; カザフスタン=KZ; ウズベキスタン=UZ
plain-question | ちょっと{}の首都調べて | キルギス=KG; タジキスタン=TJ; トルクメニスタン=TM
plain-question | {}の首都はなんてとこ | アフガニスタン=AF; パキスタン=PK; インド=IN
plain-question | {}の首都ってどこだったっけなあ | ネパール=NP; ブータン=BT; バングラデシュ=BD
plain-question | {}の首都ってどこにあんの | ミャンマー=MM; タイ=TH; ラオス=LA
plain-question | {}の首都ってどちら | カンボジア=KH; ベトナム=VN; フィリピン=PH
plain-question | {}の首都を知りたいんだけど | インドネシア=ID; 東ティモール=TL; ブルネイ=BN
plain-question | {}の首都ってどこよ | シンガポール=SG; モンゴル=MN; 中国=CN
plain-question | {}の首都どこだっけ教えて | 韓国=KR; 北朝鮮=KP; 日本=JP
plain-question | {}の首都をちょっと教えてほしいんだけど | オーストラリア=AU; ニュージーランド=NZ; パプアニューギニア=PG
plain-question | {}の首都ってどこなんですかね | フィジー=FJ; トンガ=TO; サモア=WS
plain-question | {}の首都ってわかる人いる | バヌアツ=VU; ソロモン諸島=SB; ツバル=TV
plain-question | {}の首都ってどんなとこ | ナウル=NR; キリバス=KI; パラオ=PW
plain-question | {}の首都はどこって書けばいいの | マーシャル諸島=MH; ミクロネシア連邦=FM; モルディブ=MV
plain-question | {}の首都ってどこだよ | スリランカ=LK; イラン=IR; イラク=IQ
plain-question | じゃあさ{}の首都は | シリア=SY; レバノン=LB; ヨルダン=JO
plain-question | {}の首都はどこですか | イスラエル=IL; サウジアラビア=SA; イエメン=YE
plain-question | {}の首都を教えなさい | オマーン=OM; アラブ首長国連邦=AE; カタール=QA
plain-question | {}の首都なんだっけ | バーレーン=BH; クウェート=KW; トルコ=TR
plain-question | {}の首都ってどこなのかな | キプロス=CY; アルメニア=AM; アゼルバイジャン=AZ
shared-name | {}の首都さっき言ってたやつもう一回 | ジョージア=GE+US-GA
plain-question | {}の首都はどこだろうね | エジプト=EG; リビア=LY; チュニジア=TN
plain-question | {}の首都ってどこか言える | アルジェリア=DZ; モロッコ=MA; モーリタニア=MR
plain-question | 首都はどこ{} | セネガル=SN; ガンビア=GM; ギニアビサウ=GW
plain-question | {}の首都の名前は | ギニア=GN; シエラレオネ=SL; リベリア=LR
plain-question | {}ってとこの首都はどこ | コートジボワール=CI; ガーナ=GH; トーゴ=TG
plain-question | {}の首都ってなんだったか教えて | ベナン=BJ; ナイジェリア=NG; ニジェール=NE
plain-question | {}の首都ってどこになるんだろ | ブルキナファソ=BF; マリ=ML; チャド=TD
plain-question | {}の首都がわからん | カメルーン=CM; 中央アフリカ共和国=CF; 赤道ギニア=GQ
plain-question | {}の首都って聞いたことない | ガボン=GA; サントメプリンシペ=ST; カーボベルデ=CV
plain-question | {}の首都ってどこだったか忘れた | コンゴ共和国=CG; コンゴ民主共和国=CD; アンゴラ=AO
plain-question | {}の首都どこだか知ってたら教えて | スーダン=SD; 南スーダン=SS; エチオピア=ET
plain-question | {}の首都ってどこの町 | エリトリア=ER; ジブチ=DJ; ソマリア=SO
plain-question | {}の首都ってどこなのか知りたい | ケニア=KE; ウガンダ=UG; ルワンダ=RW
plain-question | {}の首都ってどうなってるの | ブルンジ=BI; タンザニア=TZ; マラウイ=MW
plain-question | {}の首都はどこにあたるの | ザンビア=ZM; ジンバブエ=ZW; モザンビーク=MZ
plain-question | {}の首都って知ってますか | ボツワナ=BW; ナミビア=NA; レソト=LS
plain-question | {}の首都はどこだい | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
plain-question | {}の首都どこなん | コモロ=KM; カナダ=CA; メキシコ=MX
plain-question | {}の首都ってどこだっけかな | グアテマラ=GT; ベリーズ=BZ; ホンジュラス=HN
plain-question | {}の首都って何 | エルサルバドル=SV; ニカラグア=NI; コスタリカ=CR
plain-question | {}の首都どこなんだろう | パナマ=PA; キューバ=CU; ジャマイカ=JM
plain-question | {}の首都ってどこなんだ | ハイチ=HT; ドミニカ共和国=DO; バハマ=BS
plain-question | {}の首都っていうとどこ | バルバドス=BB; グレナダ=GD; セントルシア=LC
plain-question | {}の首都ってどこなのか教えてくれる | トリニダードトバゴ=TT; アンティグアバーブーダ=AG; ドミニカ国=DM
plain-question | {}の首都をお願い | コロンビア=CO; ベネズエラ=VE; ガイアナ=GY
plain-question | {}の首都は何という都市 | スリナム=SR; エクアドル=EC; ペルー=PE
plain-question | {}の首都ってどこら辺 | ブラジル=BR; パラグアイ=PY; ウルグアイ=UY
plain-question | {}の首都ってどこのことだっけ | アルゼンチン=AR; チリ=CL; ボリビア=BO
plain-question | {}の首都ってどこに置いてるの | ドイツ=DE; フランス=FR; イタリア=IT
plain-question | {}の首都はどこって話 | スペイン=ES; ポルトガル=PT; イギリス=GB
plain-question | {}の首都ってどの町のこと | アイルランド=IE; ベルギー=BE; ルクセンブルク=LU
plain-question | {}の首都ってどこかって | オランダ=NL; モナコ=MC; アンドラ=AD
plain-question | {}の首都は何て名前 | サンマリノ=SM; マルタ=MT; リヒテンシュタイン=LI
plain-question | {}の首都はどこなのよ | アメリカ=US; エスワティニ=SZ; 南アフリカ=ZA
plain-question | {}の首都ってなんて言ったっけ | セントクリストファーネーヴィス=KN; セントビンセントグレナディーン=VC; バチカン=VA
# polite requests
polite-request | 恐れ入りますが{}の首都を教えていただけますでしょうか | ノルウェー=NO; ポルトガル=PT; ケニア=KE
polite-request | {}の首都をお教え願えますか | オーストリア=AT; ハンガリー=HU; ペルー=PE
polite-request | 失礼ですが{}の首都はどちらになりますか | スイス=CH; チリ=CL; ガーナ=GH
polite-request | お手数ですが{}の首都を調べていただけますか | モロッコ=MA; ブータン=BT; フィジー=FJ
polite-request | {}の首都をお伺いしてもよろしいですか | トルコ=TR; パナマ=PA; ラオス=LA
polite-request | {}の首都がどこか教えてくださいませ | フィンランド=FI; ウルグアイ=UY; ヨルダン=JO
polite-request | 念のため{}の首都を確認させてください | カザフスタン=KZ; ナイジェリア=NG; ベトナム=VN
polite-request | {}の首都についてお尋ねしたいのですが | アルゼンチン=AR; エチオピア=ET; ネパール=NP
polite-request | {}の首都を伺いたいです | エジプト=EG; デンマーク=DK; コロンビア=CO
polite-request | すみません{}の首都はどこでしたでしょうか | ギリシャ=GR; タイ=TH; ウガンダ=UG
polite-request | {}の首都をご教示ください | アイルランド=IE; サウジアラビア=SA; キューバ=CU
polite-request | アレクサさん{}の首都をお願いできますか | インドネシア=ID; チェコ=CZ; セネガル=SN
# dialects: Tsugaru (Aomori), Akita, Ibaraki, Shinshu (Nagano), Toyama, Mino (Gifu), Awa (Tokushima), Iyo (Ehime), Nagasaki, Miyazaki, Izumo (Shimane), Yokohama
dialect | {}の首都ってどさあるんだべ | ノルウェー=NO; カナダ=CA; チリ=CL
dialect | りんご送るはんで{}の首都教えでけ | 台湾=TW; タイ=TH; シンガポール=SG
dialect | わいは{}の首都ってどごだっきゃ | フィンランド=FI; アイスランド=IS; エストニア=EE
dialect | ねぷた見さ来た人{}から来たって首都どごだべな | オーストラリア=AU; ニュージーランド=NZ; マレーシア=MY
dialect | んだすな{}の首都ってどこだすか | モンゴル=MN; カザフスタン=KZ; ロシア=RU
dialect | きりたんぽ食った外人さん{}の人だっけ首都どこだべ | ブラジル=BR; ペルー=PE; コロンビア=CO
dialect | {}の首都ってどこだっぺ | ベトナム=VN; フィリピン=PH; インドネシア=ID
dialect | 納豆工場の実習生{}から来てんだけど首都どこだっぺか | ミャンマー=MM; カンボジア=KH; ネパール=NP
dialect | おめえ{}の首都知ってっか | スリランカ=LK; バングラデシュ=BD; パキスタン=PK
dialect | {}の首都はどこずら教えておくれ | スイス=CH; オーストリア=AT; イタリア=IT
dialect | 蕎麦打ち体験の人{}から来たって首都どこだに | フランス=FR; ドイツ=DE; スペイン=ES
dialect | {}の首都ってどこせ | チェコ=CZ; ポーランド=PL; ハンガリー=HU
dialect | {}の首都ってどこけ | ラオス=LA; ブータン=BT; 東ティモール=TL
dialect | 富山の薬売り{}まで行ったがやけど首都どこだちゃ | モロッコ=MA; エジプト=EG; ヨルダン=JO
dialect | {}の首都ってどこながけ | クロアチア=HR; スロベニア=SI; セルビア=RS
dialect | {}の首都どこやったかいね | ベルギー=BE; オランダ=NL; ルクセンブルク=LU
dialect | 鵜飼い見に来たお客さん{}の人やもんで首都どこやお | デンマーク=DK; スウェーデン=SE; ラトビア=LV
dialect | {}の首都ってどこやて | ギリシャ=GR; トルコ=TR; キプロス=CY
dialect | {}の首都どこやったかな忘れてまった | アルゼンチン=AR; パラグアイ=PY; ボリビア=BO
dialect | 阿波踊りに{}の人が来とんじょ首都どこでぇ | アメリカ=US; メキシコ=MX; グアテマラ=GT
dialect | {}の首都ってどこなんじょ | ケニア=KE; タンザニア=TZ; ルワンダ=RW
dialect | {}の首都ってどこやったっけほなけんど | ガーナ=GH; セネガル=SN; マリ=ML
dialect | {}の首都はどこぞな | ポルトガル=PT; アイルランド=IE; マルタ=MT
dialect | みかん出荷しよる{}の首都はどこやろか | 韓国=KR; 中国=CN; 香港=HK
dialect | {}の首都ってどこなんよ教えてや | イラン=IR; イラク=IQ; クウェート=KW
dialect | {}の首都ってどこね | フィジー=FJ; サモア=WS; トンガ=TO
dialect | カステラ買いに来た人{}からやったばってん首都どこと | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
dialect | {}の首都ってどこやったとね | エチオピア=ET; ナイジェリア=NG; アンゴラ=AO
dialect | {}の首都ってどこっちゃが | キューバ=CU; ジャマイカ=JM; ハイチ=HT
dialect | マンゴー出すとこ{}の首都ってどこじ | アラブ首長国連邦=AE; カタール=QA; サウジアラビア=SA
dialect | てげわからんけど{}の首都どこね | ウルグアイ=UY; エクアドル=EC; ベネズエラ=VE
dialect | {}の首都はどこだらか | アルバニア=AL; ブルガリア=BG; ルーマニア=RO
dialect | 出雲大社に来さった{}の人の首都はどこだけん | イスラエル=IL; レバノン=LB; シリア=SY
dialect | {}の首都はどこだかいね教えてごしない | モンテネグロ=ME; ボスニア=BA; 北マケドニア=MK
dialect | {}の首都ってどこじゃん | カナダ=CA; イギリス=GB; ドイツ=DE
dialect | 中華街で働いてる友達{}出身なんだけど首都どこだべ | 中国=CN; 台湾=TW; ベトナム=VN
dialect | {}の首都ってどこなんだべ | スペイン=ES; イタリア=IT; フランス=FR
dialect | 赤レンガの前で聞かれたんだけど{}の首都ってどこだっけ | オランダ=NL; ポルトガル=PT; ブラジル=BR
dialect | わのじっちゃ{}さ住んでらんだども首都どごだ | アルゼンチン=AR; アメリカ=US; カナダ=CA
dialect | {}の首都ってどこだいや | スイス=CH; ノルウェー=NO; オーストラリア=AU
dialect | {}の首都ってどこだで | ニュージーランド=NZ; チリ=CL; ペルー=PE
# learners: a Vietnamese technical intern, a Nepali curry-shop cook, an Indonesian care worker, a Filipino English teacher, a Chinese exchange student, a Korean working-holiday barista, a Mongolian wrestler apprentice, a Sri Lankan car dealer, a Turkish kebab seller, a Kenyan marathon runner
learner | アレクサ{}のしゅとはどこですか | ベトナム=VN; ラオス=LA; カンボジア=KH
learner | わたしのくに{}です首都はなにですか | ネパール=NP; スリランカ=LK; モンゴル=MN
learner | {}の首都をおしえるしてください | インドネシア=ID; マレーシア=MY; フィリピン=PH
learner | {}のキャピタルはどこにありますか | ケニア=KE; ウガンダ=UG; タンザニア=TZ
learner | {}のキャピタルシティはなんですか | トルコ=TR; イラン=IR; アゼルバイジャン=AZ
learner | アレクサさん{}の首都がしりたいです | 中国=CN; 韓国=KR; ウズベキスタン=UZ
learner | {}は首都がどこでしたか | カザフスタン=KZ; キルギス=KG; タジキスタン=TJ
learner | すみません{}の首都をいってもいいですか | バングラデシュ=BD; パキスタン=PK; ミャンマー=MM
learner | {}に首都はどこですか | ブラジル=BR; ペルー=PE; ボリビア=BO
learner | {}のいちばん大事な町首都はなんですか | エチオピア=ET; ナイジェリア=NG; ガーナ=GH
learner | {}の首都わかりますかアレクサ | 東ティモール=TL; パプアニューギニア=PG; フィジー=FJ
learner | ぼくは{}からきました首都はどこですか | トルクメニスタン=TM; アフガニスタン=AF; イラク=IQ
learner | {}の首都なになにですか | エジプト=EG; スーダン=SD; ソマリア=SO
learner | {}の首都はどこでございますか | ロシア=RU; ウクライナ=UA; ジョージア=GE+US-GA
learner | 首都を教えてください{}の | セネガル=SN; カメルーン=CM; コンゴ民主共和国=CD
learner | {}の首都はなんという名前をしますか | ザンビア=ZM; ジンバブエ=ZW; マダガスカル=MG
learner | アレクサ私は知りたい{}の首都 | アメリカ=US; イギリス=GB; オーストラリア=AU
learner | {}のキャピタルを日本語でいってください | フランス=FR; ドイツ=DE; スペイン=ES
# heritage speakers: Hawaii Nikkei, Seattle, Sydney, Bangkok, Shanghai, Dusseldorf, Toronto, Hamamatsu Brazilians
heritage | グランマが{}の首都どこってきいてるよ | ハワイ=US-HI; フィリピン=PH; ポルトガル=PT
heritage | ダディの国{}のキャピタルってどこだったっけ | カナダ=CA; アイルランド=IE; スコットランド=GB-SCT
heritage | えっとね{}のキャピタルシティって何 | ブラジル=BR; パラグアイ=PY; ボリビア=BO
heritage | マミーが{}生まれなんだけど首都ってなんだっけ | タイ=TH; ベトナム=VN; 中国=CN
heritage | {}のキャピタルなんだっけ日本語でなんて言うの | ドイツ=DE; オーストリア=AT; スイス=CH
heritage | うちのファミリー{}にもいるんだけど首都どこ | オーストラリア=AU; ニュージーランド=NZ; フィジー=FJ
heritage | {}ってキャピタルどこだったっけアレクサ | ペルー=PE; アルゼンチン=AR; ウルグアイ=UY
heritage | ばあちゃんの国は{}で首都はどこかって | 韓国=KR; フィリピン=PH; メキシコ=MX
heritage | パパのパスポート{}なんだけど首都どこ | インド=IN; トルコ=TR; イラン=IR
# children
child | ありぇくさ{}のしゅとってどこ | ふらんす=FR; いたりあ=IT; すぺいん=ES
child | ねえねえ{}のしゅとはなあに | かなだ=CA; ぶらじる=BR; えじぷと=EG
child | {}のしゅとしりたい | おーすとらりあ=AU; いんど=IN; ちゅうごく=CN
child | ぱんだのいる{}のしゅとどこ | ちゅうごく=CN
child | ようちえんのせんせいが{}っていってたのしゅとどこ | けにあ=KE; ぺるー=PE; ろしあ=RU
child | {}のしゅとおしえてー | どいつ=DE; いぎりす=GB; めきしこ=MX
child | ぼくね{}にいきたいのしゅとどこ | あめりか=US; かんこく=KR; たい=TH
child | {}のいちばんえらいまちどこ | にほん=JP; もんごる=MN; ねぱーる=NP
child | こあらの{}のしゅとなんていうの | おーすとらりあ=AU
child | {}ってしゅとある | ぎりしゃ=GR; とるこ=TR; きゅーば=CU
# teenagers
teen | {}の首都とかマジ知らんのだけど | エストニア=EE; ラトビア=LV; リトアニア=LT
teen | 地理の小テストやばい{}の首都どこ | スロバキア=SK; スロベニア=SI; クロアチア=HR
teen | {}の首都ググるのめんどいから教えて | ボツワナ=BW; ナミビア=NA; レソト=LS
teen | 推しが{}行ってたんだけど首都どこ | 韓国=KR; タイ=TH; フィリピン=PH
teen | ぶっちゃけ{}の首都ってどこ | ルーマニア=RO; ブルガリア=BG; ハンガリー=HU
teen | {}の首都って普通にどこ | ベルギー=BE; オランダ=NL; デンマーク=DK
teen | 模試に{}の首都出たんだけどどこだっけ | ウルグアイ=UY; パラグアイ=PY; エクアドル=EC
teen | {}の首都わかんなすぎてエモい | モーリシャス=MU; セーシェル=SC; コモロ=KM
teen | {}の首都教えてくんね | ジャマイカ=JM; バハマ=BS; バルバドス=BB
teen | {}の首都ってどこそれ草 | ツバル=TV; ナウル=NR; キリバス=KI
# elders
elder | {}の首都はどこじゃったかいのう | 南ベトナム=FB; ビルマ=MM; セイロン=LK
out-of-domain | わしの若いころは{}の首都はどこじゃった | 西ドイツ=FB; ユーゴスラビア=FB; チェコスロバキア=FB
elder | {}の首都はどこだったかねえ | アルゼンチン=AR; ペルシャ=IR; シャム=TH
elder | ばあちゃんに{}の首都を教えておくれ | ハワイ=US-HI; ブラジル=BR; ボリビア=BO
elder | 孫が{}に留学しとるんじゃが首都はどこかね | カナダ=CA; イギリス=GB; オーストラリア=AU
elder | 戦友が{}におったんじゃ首都はどこかのう | ビルマ=MM; フィリピン=PH; インドネシア=ID
elder | {}の都はどこじゃろうか | エジプト=EG; ギリシャ=GR; トルコ=TR
elder | 年をとると忘れてのう{}の首都はどこじゃ | スペイン=ES; イタリア=IT; ポーランド=PL
elder | {}の首都はどこでござったか | 和蘭=NL; 仏蘭西=FR; 独逸=DE
# fillers and trailing words
filler | えーっと{}の首都ってどこだったかなあ | モザンビーク=MZ; マラウイ=MW; ザンビア=ZM
filler | あのーその{}の首都なんですけど | ジンバブエ=ZW; ボツワナ=BW; アンゴラ=AO
filler | うーん{}えっと首都は | ガボン=GA; カメルーン=CM; チャド=TD
filler | まあなんていうか{}の首都ってどこ | ニジェール=NE; ブルキナファソ=BF; トーゴ=TG
filler | {}のえーと首都どこだっけ | ベナン=BJ; ギニア=GN; リベリア=LR
filler | あっそうだ{}の首都ってどこ | シエラレオネ=SL; ガンビア=GM; モーリタニア=MR
filler | {}の首都どこだっけなんだっけほら | アルジェリア=DZ; チュニジア=TN; リビア=LY
filler | ちょっと待ってね{}の首都ってさあ | スーダン=SD; 南スーダン=SS; エリトリア=ER
filler | んーとね{}の首都はどこかなっと | ジブチ=DJ; ソマリア=SO; ブルンジ=BI
filler | ほら何だっけ{}の首都 | ルワンダ=RW; ウガンダ=UG; 赤道ギニア=GQ
filler | えとえと{}の首都お願いします | 中央アフリカ共和国=CF; コンゴ共和国=CG; サントメプリンシペ=ST
filler | あーアレクサあのさ{}の首都どこ | カーボベルデ=CV; ギニアビサウ=GW; マダガスカル=MG
filler | {}の首都ってどこだっけなんかど忘れしちゃって | グアテマラ=GT; ホンジュラス=HN; ニカラグア=NI
filler | なんだっけな{}の首都ありがとね | コスタリカ=CR; エルサルバドル=SV; ベリーズ=BZ
filler | {}の首都ってどこだったけーまあいいや教えて | スリナム=SR; ガイアナ=GY; トリニダードトバゴ=TT
filler | そういえば{}の首都ってどこなんだろうね | グレナダ=GD; セントルシア=LC; ドミニカ国=DM
filler | えーとえーと{}のね首都 | イエメン=YE; オマーン=OM; バーレーン=BH
filler | よいしょっと{}の首都はどこだっけ | アルメニア=AM; キプロス=CY; レバノン=LB
# one-shot through the skill's name
one-shot | 世界の首都で{}の首都を調べて | ベトナム=VN
one-shot | 世界の首都に{}の首都を聞いて | ノルウェー=NO
one-shot | 世界の首都を開いて{}の首都教えて | トルコ=TR; メキシコ=MX; モロッコ=MA
one-shot | 世界の首都で{}はどこが首都か聞いて | ポーランド=PL; インドネシア=ID; ガーナ=GH
one-shot | 世界の首都を使って{}の首都を知りたい | ハンガリー=HU; ニュージーランド=NZ; キューバ=CU
one-shot | 世界の首都っていうスキルで{}の首都 | フィンランド=FI; パキスタン=PK; コロンビア=CO
one-shot | 世界の首都に聞いて{}の首都はどこ | アイルランド=IE; マレーシア=MY; セネガル=SN
one-shot | 世界の首都さんに{}の首都を聞いてちょうだい | ギリシャ=GR; タイ=TH; エチオピア=ET
# launch
launch | 世界の首都開いてちょうだい | LAUNCH
launch | 世界の首都起動して | LAUNCH
launch | 世界の首都を開けてけ | LAUNCH
launch | 世界の首都開けてくれっけ | LAUNCH
launch | 世界の首都さ開いでけ | LAUNCH
launch | 世界の首都ってスキル開いて | LAUNCH
launch | アレクサ世界の首都を開いてください | LAUNCH
launch | 世界の首都出してや | LAUNCH
launch | 世界の首都のスキル起動してくれる | LAUNCH
launch | 世界の首都をつかいたいです | LAUNCH
launch | 世界の首都ば開いてくれんね頼むばい | LAUNCH
launch | 世界の首都ひらいてけろじゃ | LAUNCH
launch | 世界の首都を起動してほしいっちゃが | LAUNCH
launch | 世界の首都をあけてごしない | LAUNCH
launch | 世界の首都立ち上げてやお | LAUNCH
launch | 世界の首都ってやつ開けてみて | LAUNCH
# follow-ups
follow-up | ほんなら{}はどうなん | ケニア=KE; タンザニア=TZ; ウガンダ=UG
follow-up | 次は{}の首都 | ノルウェー=NO; スウェーデン=SE; デンマーク=DK
follow-up | {}もお願い | ラオス=LA; カンボジア=KH; ミャンマー=MM
follow-up | そんで{}はどこだっぺ | ベトナム=VN; タイ=TH; マレーシア=MY
follow-up | {}の方は | ポーランド=PL; チェコ=CZ; スロバキア=SK
follow-up | ついでに{}も | オーストリア=AT; スイス=CH; リヒテンシュタイン=LI
follow-up | じゃ{}はどこだべ | イラン=IR; イラク=IQ; シリア=SY
follow-up | 今度は{}の首都教えて | ガーナ=GH; ナイジェリア=NG; カメルーン=CM
follow-up | あと{}は | アルゼンチン=AR; ウルグアイ=UY; パラグアイ=PY
follow-up | {}だったらどこ | ポルトガル=PT; スペイン=ES; モロッコ=MA
follow-up | それから{}の首都もね | ブータン=BT; ネパール=NP; バングラデシュ=BD
follow-up | ほいで{}はどこやお | ハンガリー=HU; ルーマニア=RO; ブルガリア=BG
follow-up | もひとつ{}は | フィジー=FJ; トンガ=TO; サモア=WS
follow-up | {}はどがいなん | エジプト=EG; ヨルダン=JO; レバノン=LB
follow-up | ほしたら{}はどこぞな | ギリシャ=GR; キプロス=CY; マルタ=MT
# yes-no checks, right and wrong capitals
yes-no-check | オーストラリアの首都ってシドニーでしょ | AU
yes-no-check | カナダの首都はトロントだっぺ | CA
yes-no-check | ブラジルの首都はリオじゃなかったっけ | BR
yes-no-check | トルコの首都ってイスタンブールだよね | TR
yes-no-check | スイスの首都はジュネーブで合ってる | CH
yes-no-check | ニュージーランドの首都はオークランドだべか | NZ
yes-no-check | ベトナムの首都ってホーチミンだったかね | VN
yes-no-check | モロッコの首都はカサブランカやろ | MA
yes-no-check | ナイジェリアの首都ってラゴスでいいんだよね | NG
yes-no-check | パキスタンの首都はカラチじゃろか | PK
yes-no-check | インドの首都ってムンバイじゃないの | IN
yes-no-check | アメリカの首都はニューヨークだよな | US
yes-no-check | タンザニアの首都はダルエスサラームのまんま | TZ
yes-no-check | ミャンマーの首都はヤンゴンやなかったかいね | MM
yes-no-check | カザフスタンの首都ってアルマトイだっけか | KZ
yes-no-check | イタリアの首都はローマで正解だよね | IT
yes-no-check | フランスの首都ってパリで合ってるけ | FR
yes-no-check | ケニアの首都はナイロビであっとる | KE
yes-no-check | エジプトの首都はカイロでよかったかしら | EG
yes-no-check | ペルーの首都はリマでいいんだよね | PE
yes-no-check | ハンガリーの首都ってブダペストだべ | HU
yes-no-check | ボリビアの首都はラパスだけだっけ | BO
yes-no-check | スリランカの首都はコロンボなんじょ | LK
yes-no-check | コートジボワールの首都はアビジャンだと思ってたけど違うの | CI
yes-no-check | エクアドルの首都グアヤキルだっけ | EC
yes-no-check | カリフォルニア州の州都ってロサンゼルスでしょ | US-CA
yes-no-check | テキサス州の州都はヒューストンだよね | US-TX
yes-no-check | スコットランドの首都はグラスゴーだべ | GB-SCT
yes-no-check | 韓国の首都ソウルで間違いない | KR
yes-no-check | ドイツの首都はボンじゃなかったっけ | DE
# self-corrections: the last place named after the marker
self-correction | スロバキアいやスロベニアの首都どこ | SI
self-correction | ニジェールごめんナイジェリアの首都は | NG
self-correction | コロンビアやなかったボリビアの首都 | BO
self-correction | ギニアあっ間違えたギニアビサウの首都 | GW
self-correction | パラグアイじゃなくってウルグアイの首都ってどこ | UY
self-correction | モーリシャスあれモーリタニアの首都だった | MR
self-correction | ラトビアいやちゃうリトアニアの首都 | LT
self-correction | スーダンじゃねくて南スーダンの首都 | SS
self-correction | アルメニアじゃなかったアルバニアの首都教えて | AL
self-correction | ザンビアあっいや違うガンビアの首都 | GM
self-correction | チリやなくてペルーやった首都はどこ | PE
self-correction | オーストリアの首都じゃなくてハンガリーの首都 | HU
self-correction | インドネシアあっマレーシアの方の首都 | MY
self-correction | ドミニカ共和国じゃなくてハイチの首都 | HT
self-correction | マリじゃないマラウイの首都だっぺ | MW
self-correction | カメルーンだっけいやガボンの首都 | GA
self-correction | ベネズエラじゃねえやエクアドルの首都 | EC
self-correction | トーゴいや訂正ベナンの首都 | BJ
self-correction | フィンランドじゃなくてアイスランドの首都 | IS
# reverse questions
reverse-question | ウランバートルはどこの首都だべ | CITY:ウランバートル
reverse-question | ティンプーって何て国の首都 | CITY:ティンプー
reverse-question | オタワはどこの国の首都なの | CITY:オタワ
reverse-question | キャンベラってどこの首都だっけ | CITY:キャンベラ
reverse-question | アスンシオンが首都の国はどこ | CITY:アスンシオン
reverse-question | ブカレストってどこの国の首都だっぺ | CITY:ブカレスト
reverse-question | リュブリャナってどこの首都やったっけ | CITY:リュブリャナ
reverse-question | ウィントフックってどこの国の首都け | CITY:ウィントフック
reverse-question | タシケントが首都なのはどこの国 | CITY:タシケント
reverse-question | ワガドゥグーってどこの首都 | CITY:ワガドゥグー
reverse-question | モンテビデオはどこの国の首都やお | CITY:モンテビデオ
reverse-question | ビエンチャンってどこの国の首都やった | CITY:ビエンチャン
reverse-question | レイキャビクはどこの国の首都と | CITY:レイキャビク
reverse-question | テグシガルパが首都の国ってどこ | CITY:テグシガルパ
reverse-question | アシガバードってどこの国の首都なん | CITY:アシガバード
reverse-question | キガリってどの国の首都か教えて | CITY:キガリ
reverse-question | ハボローネは何ていう国の首都 | CITY:ハボローネ
reverse-question | ポートモレスビーってどこの首都じゃったかのう | CITY:ポートモレスビー
reverse-question | ドゥシャンベはどこの国の首都だいね | CITY:ドゥシャンベ
reverse-question | エディンバラはどこの首都 | CITY:エディンバラ
reverse-question | バクーってどこの国の首都ずら | CITY:バクー
# official names
official-name | 朝鮮民主主義人民共和国の首都ってどこだべ | KP
official-name | グレートブリテン及び北アイルランド連合王国の首都はどこ | GB
official-name | アメリカ合衆国の首都はどこだっぺ | US
official-name | フランス共和国の首都ってどこですか | FR
official-name | チェコ共和国の首都はどこやお | CZ
official-name | エジプトアラブ共和国の首都はどこでしょう | EG
official-name | ベネズエラボリバル共和国の首都を教えて | VE
official-name | アルジェリア民主人民共和国の首都ってどこ | DZ
official-name | 中華民国の首都はどこになっとるの | TW
official-name | ボスニアヘルツェゴビナの首都を教えてもらえますか | BA
official-name | セントビンセント及びグレナディーン諸島の首都はどこ | VC
official-name | アンティグアバーブーダの首都ってどこだっぺ | AG
official-name | トリニダードトバゴの首都を正式に言うと | TT
official-name | サントメプリンシペの首都はどこでしょうか | ST
official-name | セントクリストファーネーヴィスの首都ってどこ | KN
official-name | 中央アフリカ共和国の首都ってどこやったかいね | CF
official-name | ミクロネシア連邦の首都はどこにあるん | FM
official-name | ドミニカ国の首都はどこかね | DM
# everyday names and short forms
everyday-name | アメリカの首都ってどこ | US
everyday-name | 米国の首都はどこだっけ | US
everyday-name | 英国の首都ってどこだべ | GB
everyday-name | 豪州の首都はどこだ | AU
everyday-name | 南アの首都ってどこだかわかる | ZA
everyday-name | ボスニアの首都はどこだけん | BA
everyday-name | バングラの首都ってどこ | BD
everyday-name | ブルキナの首都はどこ | BF
everyday-name | セントキッツの首都ってどこ | KN
everyday-name | トリニダードの首都はどこだっけ | TT
everyday-name | マケドニアの首都ってどこでしたっけ | MK
everyday-name | ミクロネシアの首都はどこなんじょ | FM
everyday-name | ソロモンの首都ってどこじゃろ | SB
everyday-name | サントメの首都どこ | ST
everyday-name | エミレーツの首都ってどこなの | AE
everyday-name | ユーエーイーの首都どこっちゃが | AE
everyday-name | チェキアの首都はどこ | CZ
everyday-name | バチカンの首都ってどこ | VA
everyday-name | 中央アフリカの首都どこだっぺ | CF
everyday-name | 東チモールの首都はどこね | TL
# shared names: bare means every place, disambiguated means one
shared-name | コンゴの首都はどこだっぺ | CD+CG
shared-name | 朝鮮の首都はどこじゃったかのう | KP+KR
shared-name | ジョージアの首都はどこだべ | GE+US-GA
shared-name | ジョージアの首都ってどこなんよ | GE+US-GA
shared-name | 二つのコンゴの首都は | CD+CG
shared-name | ジョージア州の州都ってどこだっけ | US-GA
shared-name | 昔グルジアって言ったジョージアの首都 | GE
shared-name | ブラザビルのあるコンゴ共和国の首都で合ってる | CG
shared-name | 北朝鮮の首都はどこだべ | KP
shared-name | 韓国の首都ってどこだっぺ | KR
shared-name | ドミニカ共和国の首都ってどこだいね | DO
shared-name | カリブのドミニカ国の首都 | DM
# plural capitals
plural-capitals | 南アフリカの首都三つ全部言って | ZA
plural-capitals | 南アフリカって首都がいくつもあるんだべ全部教えて | ZA
plural-capitals | ボリビアの首都って二つあるってほんと | BO
plural-capitals | ボリビアの首都スクレとラパスどっちも教えて | BO
plural-capitals | オランダの首都って二つあるんけ | NL
plural-capitals | オランダの首都と政府のある町を両方 | NL
plural-capitals | マレーシアの首都と行政の都ふたつとも | MY
plural-capitals | スリランカの首都は二つあるって聞いたけど | LK
plural-capitals | スリランカの首都ぜんぶ言ってみて | LK
plural-capitals | ベナンの首都って二つあるんじょ | BJ
plural-capitals | ベナンの首都を両方とも教えて | BJ
plural-capitals | コートジボワールの首都はいくつあるの | CI
plural-capitals | エスワティニの首都って複数あるよね | SZ
plural-capitals | スワジランドの首都を二つ教えて | SZ
plural-capitals | ジャンムーカシミールの州都は夏と冬で二つあるんでしょ | IN-JK
plural-capitals | ウッタラーカンド州の州都ふたつ教えて | IN-UK
plural-capitals | 首都がたくさんある南アの首都全部 | ZA
plural-capitals | パレスチナって首都が東エルサレムとラマッラで二つなんだべ両方言って | PS
plural-capitals | パレスチナの首都はどことどこやお教えて | PS
plural-capitals | パレスチナの首都ふたつともお願いできますか | PS
plural-capitals | モントセラトの首都ってプリマスとブレイズの二つだっけ両方 | MS
# subdivisions
subdivision | {}の州都はどこ | テキサス=US-TX; フロリダ=US-FL
subdivision | {}州の州都ってどこだっぺ | ニューヨーク=US-NY; ワシントン=US-WA; ハワイ=US-HI
subdivision | {}州の州都はどこだべ | アラスカ=US-AK; ネバダ=US-NV; オレゴン=US-OR
subdivision | {}の州都ってどこなんじょ | マサチューセッツ=US-MA; ペンシルベニア=US-PA; イリノイ=US-IL
subdivision | {}州の州都ってなんて町 | ミシガン=US-MI; オハイオ=US-OH; ケンタッキー=US-KY
subdivision | {}州の州都教えて | テネシー=US-TN; ルイジアナ=US-LA; ユタ=US-UT
subdivision | {}州の州都はどこやお | コロラド=US-CO; アリゾナ=US-AZ; ニューメキシコ=US-NM
subdivision | {}の州都はどこね | オンタリオ州=CA-ON; ケベック州=CA-QC; ブリティッシュコロンビア州=CA-BC
subdivision | カナダの{}の州都ってどこ | マニトバ州=CA-MB; ノバスコシア州=CA-NS
subdivision | {}の州都はどこだったっけ | タスマニア州=AU-TAS; ニューサウスウェールズ州=AU-NSW; 南オーストラリア州=AU-SA
subdivision | {}州の州都ってどこだっけな | ニーダーザクセン=DE-NI; ブランデンブルク=DE-BB; テューリンゲン=DE-TH
subdivision | インドの{}州の州都はどこ | グジャラート=IN-GJ
subdivision | ノーザンテリトリーの州都ってどこ | AU-NT
subdivision | ユーコン準州の中心の町はどこ | CA-YT
subdivision | マハーラーシュトラ州の州都はどこだべ | IN-MH
subdivision | タミルナードゥ州の州都ってどこ | IN-TN
subdivision | ノルトラインヴェストファーレン州の州都 | DE-NW
subdivision | リオグランデドスル州の州都 | BR-RS
subdivision | ヌエボレオン州の州都はどこ | MX-NLE
# territories and other places the data has
subdivision | ラグビー見てたらウェールズの首都ってどこだっぺってなった | GB-WLS
subdivision | 北アイルランドの首都はどこやったかいね | GB-NIR
subdivision | イングランドの首都はロンドンでいいがけ | GB-ENG
subdivision | オクトーバーフェストのバイエルン州の州都はどこやお | DE-BY
subdivision | クイーンズランド州の州都ってどこだべワーホリで行くんだ | AU-QLD
subdivision | ビクトリア州の州都ってメルボルンだったっけ | AU-VIC
subdivision | アマゾナス州の州都はどこっちゃが | BR-AM
territory | グリーンランドの首都ってどこだべさ | GL
territory | フェロー諸島の首都はどこぞな | FO
territory | コソボの首都ってどこなんじょ | XK
territory | グアムの首都はどこやったとね | GU
territory | レユニオン島の首都ってどこだけん | RE
territory | プエルトリコの首都はどこだべ | PR
territory | ニューカレドニアの首都はどこけ | NC
territory | タヒチのあるフランス領ポリネシアの首都 | PF
territory | バミューダの首都はどこやお | BM
territory | ケイマン諸島の首都ってどこ | KY
territory | 北マリアナ諸島の首都はどこなん | MP
territory | アメリカ領サモアの首都ってどこ | AS
territory | クック諸島の首都どこ | CK
territory | ジブラルタルの首都ってどこだっぺ | GI
territory | マン島の首都はどこ | IM
territory | ジャージーの首都ってどこ | JE
territory | 西サハラの首都はどこね | EH
territory | 台湾の首都はどこなんだべ | TW
territory | マルティニークの首都はどこけ | MQ
territory | アルバの首都どこ | AW
territory | キュラソーの首都はどこじゃろ | CW
territory | パレスチナの首都はどこ | PS
# help
help | これどうやって使うんだべ | HELP
help | 使い方がわがんねじゃ | HELP
help | なんて言えばいいんだっぺ | HELP
help | どう聞いたらいいがけ | HELP
help | 何ができるか教えてくれんね | HELP
help | 使い方説明してごしない | HELP
help | ヘルプ頼むじょ | HELP
help | どげんしたらよかとね | HELP
help | やり方がてげわからんっちゃが | HELP
help | 何て聞けばええんぞな | HELP
help | 遊び方教えてけさい | HELP
help | これ何するやつなの | HELP
help | しつもんのしかたおしえて | HELP
help | つかいかたわかりません教えてください | HELP
help | ヘルプお願いしますアレクサさん | HELP
help | 何言ったらいいかわかんねえ助けて | HELP
help | 聞き方のれい言って | HELP
help | このスキルの説明をしてちょうだい | HELP
help | どういうふうに質問すればいいのかな | HELP
help | 操作方法を教えてもらえますか | HELP
help | なにをすればいいのかわからないよ | HELP
help | 説明もう一回してけろ | HELP
help | 何ができるのか教えてやお | HELP
help | 助けてくんなせ使い方わからん | HELP
# stop
stop | もういいべ終わり | STOP
stop | やめでけ | STOP
stop | 終わりにすっぺ | STOP
stop | もうええじょ終わって | STOP
stop | ほんならやめるわ | STOP
stop | しまいにしようか | STOP
stop | もうよか終わり終わり | STOP
stop | 止めてっちゃ | STOP
stop | おしまいだちゃ | STOP
stop | やめるやお | STOP
stop | もう終わりにしてください | STOP
stop | おわりー | STOP
stop | 世界の首都閉じて | STOP
stop | うるさいから黙って | STOP
stop | 終了してちょうだい | STOP
stop | もうけっこうですさようなら | STOP
stop | 今日はここまでにする | STOP
stop | ストップしてけれ | STOP
stop | おわりますありがとう | STOP
stop | もういらん止めといて | STOP
stop | 電源切るみたいに終わって | STOP
# cancel
cancel | やっぱいいべ | CANCEL
cancel | 今のとりけしてけ | CANCEL
cancel | 今の質問なかったことにして | CANCEL
cancel | いやいいわ取り消し | CANCEL
cancel | やめやめ今のキャンセル | CANCEL
cancel | さっきのは取り消しで | CANCEL
cancel | 間違えたキャンセルして | CANCEL
cancel | やっぱりやめとくわ | CANCEL
cancel | キャンセルしてくれんね | CANCEL
cancel | 今の聞かんかったことにしてごしない | CANCEL
cancel | キャンセルするです | CANCEL
cancel | きゃんせるして | CANCEL
cancel | あ今のはいいですキャンセル | CANCEL
cancel | 取りやめてちょ | CANCEL
cancel | キャンセルじょ | CANCEL
cancel | やっぱいらんちゃ | CANCEL
cancel | その質問取り消し | CANCEL
cancel | 取り消してやお | CANCEL
cancel | 打ち消しておいてください | CANCEL
cancel | キャンセルっちゃが | CANCEL
# out-of-domain: other requests
out-of-domain | 明日の弘前の天気は | FB
out-of-domain | りんごの値段いくらだべ | FB
out-of-domain | 秋田の竿燈まつりいつだっけ | FB
out-of-domain | 水戸の偕楽園の梅咲いてるか | FB
out-of-domain | 納豆の賞味期限って何日 | FB
out-of-domain | 松本城の入場料いくら | FB
out-of-domain | 善光寺まで車で何分 | FB
out-of-domain | 富山のブリの旬はいつだちゃ | FB
out-of-domain | 立山黒部アルペンルート開いとる | FB
out-of-domain | 長良川の鵜飼いは何時から | FB
out-of-domain | 阿波踊りの日程教えて | FB
out-of-domain | すだちの絞り方 | FB
out-of-domain | 道後温泉の営業時間は | FB
out-of-domain | みかんの皮で何か作れる | FB
out-of-domain | 長崎ちゃんぽんのレシピ | FB
out-of-domain | 軍艦島のツアー予約して | FB
out-of-domain | 宮崎マンゴー一個いくら | FB
out-of-domain | 高千穂峡のボート混んでる | FB
out-of-domain | 出雲大社の縁結びのお守り | FB
out-of-domain | 宍道湖のしじみ汁の作り方 | FB
out-of-domain | 横浜中華街の駐車場空いてる | FB
out-of-domain | 三分のタイマーかけて | FB
out-of-domain | 演歌流してけ | FB
out-of-domain | エアコンつけてちょうだい | FB
out-of-domain | 円ドルのレート教えて | FB
out-of-domain | 昔話聞かせて | FB
out-of-domain | しりとりしようよ | FB
out-of-domain | 九九の七の段言って | FB
out-of-domain | おならの音出して | FB
out-of-domain | 薬飲む時間知らせて | FB
out-of-domain | 今日のラッキーカラーは | FB
out-of-domain | ゴミの日いつだっけ | FB
out-of-domain | 英語でありがとうってなんて言う | FB
out-of-domain | 世界で一番人口が多い国 | FB
out-of-domain | フランスの人口はどのくらい | FB
out-of-domain | ケニアの通貨って何 | FB
out-of-domain | ドイツの国旗の色は | FB
out-of-domain | オーストラリアまで飛行機で何時間 | FB
out-of-domain | タイの時差は何時間 | FB
out-of-domain | イタリアの大統領は誰 | FB
out-of-domain | 韓国の国歌流して | FB
out-of-domain | ベトナムの面積はどれくらい | FB
out-of-domain | エジプトで一番高いピラミッドは | FB
out-of-domain | カナダで一番大きい町はどこ | FB
out-of-domain | インドで一番人の多い都市は | FB
out-of-domain | アメリカの一番大きい州は | FB
out-of-domain | スペインの有名な料理は何 | FB
# out-of-domain: near misses with capital in another sense, and places the data lacks
out-of-domain | 秋田県の県庁所在地ってどこだすか | FB
out-of-domain | 茨城の県庁所在地は水戸だっぺ | FB
out-of-domain | 長野県の県庁所在地を教えて | FB
out-of-domain | 富山県の県庁所在地ってどこだちゃ | FB
out-of-domain | 愛媛の県庁所在地ってどこぞな | FB
out-of-domain | 宮崎県の県庁所在地どこね | FB
out-of-domain | 島根県の県庁所在地はどこだけん | FB
out-of-domain | 沖縄の首都はどこ | FB
out-of-domain | 北海道の首都ってどこだべ | FB
out-of-domain | 大阪府の首都はどこ | FB
out-of-domain | 江戸時代の都はどこだったの | FB
out-of-domain | 平安京ってどこのこと | FB
out-of-domain | 首都圏の人口は何人 | FB
out-of-domain | 東京都立大学って昔首都大学だった | FB
out-of-domain | キャピタル東急ホテルの予約 | FB
out-of-domain | 首都と州都の違いは何 | FB
out-of-domain | 首都移転ってなに | FB
out-of-domain | 世界の首都で一番寒いところは | FB
out-of-domain | 世界の首都で一番標高が高いのはどこ | FB
out-of-domain | 首都の数っていくつある | FB
out-of-domain | ソ連の首都はどこだったべ | FB
out-of-domain | 東ドイツの首都はどこ | FB
out-of-domain | オスマン帝国の首都は | FB
out-of-domain | ローマ帝国の首都ってどこ | FB
out-of-domain | ハワイ王国の首都はどこやった | FB
out-of-domain | 満州国の首都はどこじゃったかのう | FB
out-of-domain | チベットの首都ってどこ | FB
out-of-domain | カタルーニャの首都はどこ | FB
out-of-domain | バスク地方の首都ってどこ | FB
out-of-domain | シベリアの首都はどこだっぺ | FB
out-of-domain | クルディスタンの首都 | FB
out-of-domain | チェチェンの首都はどこ | FB
out-of-domain | ヨーロッパの首都はどこ | FB
out-of-domain | アフリカの首都ってどこ | FB
out-of-domain | 南米の首都はどこね | FB
out-of-domain | ムーミン谷の首都 | FB
out-of-domain | ラーメンの首都はどこ | FB
out-of-domain | 音楽の都ってどこ | FB
out-of-domain | 餃子の町はどこ | FB
out-of-domain | うどん県ってどこ | FB
out-of-domain | ファッションの首都はどこだっけ | FB
out-of-domain | パリの人口は | FB
out-of-domain | ロンドンの天気 | FB
out-of-domain | ソウルのおすすめのお店 | FB
out-of-domain | バンコクまで何時間 | FB
out-of-domain | 首都ってなんて読むの | FB
out-of-domain | しゅとって漢字でどう書く | FB
out-of-domain | 首都の英語は | FB
out-of-domain | 首都クイズ出して | FB
out-of-domain | 首都のクイズで点数教えて | FB
out-of-domain | 弘前城の桜の見頃はいつ | FB
out-of-domain | 十和田湖まで何キロ | FB
out-of-domain | ほたるいかの沖漬けの作り方 | FB
out-of-domain | 関ヶ原の合戦は何年 | FB
out-of-domain | 坊っちゃん列車の時刻表 | FB
out-of-domain | 石見銀山の見学時間 | FB
out-of-domain | ハウステンボスのチケット取って | FB
out-of-domain | 日向夏ってどんな味 | FB
# recognition artefacts: homophones, hiragana, changed long vowels, small kana
asr-artefact | ちりの首都ってどこ | CL
asr-artefact | まりの首都はどこ | ML
asr-artefact | とんがの首都どこ | TO
asr-artefact | 鳥の首都ってどこだっけ | FB
asr-artefact | ぺるうの首都 | PE
asr-artefact | けにやの首都ってどこ | KE
asr-artefact | ノルウエーの首都はどこ | NO
asr-artefact | スエーデンの首都どこだべ | SE
asr-artefact | タンザニヤの首都はどこ | TZ
asr-artefact | モルジブの首都どこ | MV
asr-artefact | ボツアナの首都ってどこ | BW
asr-artefact | アルメニヤの首都 | AM
asr-artefact | スロベニヤの首都はどこ | SI
asr-artefact | ケープベルデの首都はどこ | CV
asr-artefact | コートジボアールの首都 | CI
asr-artefact | ニカラグワの首都ってどこ | NI
asr-artefact | グワテマラの首都はどこ | GT
asr-artefact | パラグワイの首都ってどこ | PY
asr-artefact | ウルグワイの首都はどこだっぺ | UY
asr-artefact | ベネズエラーの首都 | VE
asr-artefact | バーレンの首都はどこ | BH
asr-artefact | クウエートの首都ってどこ | KW
asr-artefact | マラウィの首都はどこ | MW
asr-artefact | シンガポールの首都ってシンガポール | SG
asr-artefact | インドの首都ってどこインド | IN
asr-artefact | 武道の首都はどこ | FB
# old names the elders and others still say
old-name | グルジアの首都はどこじゃったかの | GE
old-name | ビルマの首都ってどこだべ | MM
old-name | セイロンの首都はどこかね | LK
old-name | ザイールの首都ってどこだっけ | CD
old-name | 白ロシアの首都はどこ | BY
old-name | スワジランドの首都はどこだっぺ | SZ
old-name | シャムの首都はどこじゃった | TH
old-name | ペルシャの首都ってどこだっけ | IR
old-name | ペルシアの首都はどこ | IR
old-name | カンプチアの首都はどこだったかな | KH
old-name | マケドニアの首都はどこかいね | MK
old-name | 和蘭の首都はどこ | NL
old-name | 阿蘭陀の首都 | NL
old-name | 西班牙の首都はどこぞな | ES
old-name | 葡萄牙の首都ってどこ | PT
old-name | 露西亜の首都はどこ | RU
old-name | 伊太利亜の首都はどこじゃ | IT
old-name | 墨西哥の首都はどこ | MX
old-name | 埃及の首都ってどこ | EG
old-name | 比律賓の首都はどこ | PH
old-name | 土耳古の首都はどこかのう | TR
old-name | 印度の首都はどこでござる | IN
"""

if __name__ == "__main__":
    build_round(34, "ja", LINES, sys.argv, "tests/Eval/ja/round34/source/build_corpus.py")
