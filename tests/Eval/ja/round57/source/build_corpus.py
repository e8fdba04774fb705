"""Round 57, Japanese (ja-JP): a new author's own mix, written blind at the end of the sixty-second session (brief
WRITER71.md), for the next session's tuner.
Chosen apart from the groups round 56's docstring names for itself (Nanbu, Hachinohe, Boso, Chiba, Chichibu, Chikugo,
Kurume, Bingo, Fukuyama, Sado island and Tama, Hachioji; a Pakistani halal-grocery owner, an Iranian Persian teacher, a
Finnish design student, a Nigerian musician and a Taiwanese working-holiday maker; a job-hunting student in stiff keigo,
a shy stammerer, an otaku in samurai speech, a great-grandmother born in Taisho and someone with a head cold; an onsen
ryokan's front desk, a rakugo storyteller, a yakitori stall, a driving school, a dentist's waiting room, a university
mountaineering club, a moving company, a hundred-yen shop, a sento, an astronomy club, a Koshien cheering section, a
konkatsu party and a freelance translator), for round 55 (Koshu, Omi, Banshu, Senshu, Mikawa, Shonan and Yokohama; a
Cambodian agricultural trainee, a Kenyan ekiden runner, a Polish music-college student, an Egyptian Arabic teacher and
an Indian IT engineer; a hard-of-hearing grandfather, an ojousama, a former-yankee father and someone half asleep; a
coffee roaster, a sushi counter, a hair salon, a passport centre, a homestay family, an FX trader, a temple priest, a
tour-bus guide, a wine shop, a kendo dojo, a Model UN club and a newspaper round), for round 54 (Yamagata, Morioka,
Gunma, Ise, Izumo, Sanuki, Kitakyushu, Tokyo shitamachi, Gifu; an Uzbek student, a Bangladeshi curry-shop cook, a
Ukrainian evacuee, a Mexican salsa teacher and an Australian working-holiday maker; an elementary-school girl, an old
shogi player, a VTuber fan, a mother feeding a baby at night, a drunk salaryman and a manzai straight man; the Rugby
World Cup, a sake brewery's exports, a long-haul truck driver, a ferry, a currency-exchange counter, a tea ceremony with
foreign guests, an origami class, a convenience-store night shift, a coin collector, a geography podcast and an
international-marriage agency), for round 53 (Ibaraki, Shizuoka, Kanazawa, Okayama, Iyo, Sendai, Nagasaki, Niigata,
Kumamoto; a Thai student, a Peruvian Nikkei factory worker, a Myanmar care worker, a Turkish kebab-shop owner and a
German exchange student; a middle-school boy, a gyaru, a golfing company president and a stay-at-home dad; a sumo
broadcast, the Olympic opening parade, a post-office counter, an administrative scrivener's visa papers, a care home, a
cabin-crew member, a ramen shop, a school-trip plan, a world-map jigsaw, the World Heritage exam, a pen pal, a deep-sea
fisherman and a Caribbean cruise), for round 52 (Tsugaru, Akita, Nagoya, Hiroshima, Tosa, Okinawa, Kagoshima, Hokkaido,
Kyoto; a Filipino nurse, a Chinese technical intern, an Indonesian fishing-boat trainee, an American ALT and a Sri
Lankan used-car exporter; a university gamer, an elderly rice farmer, an engineer mixing English terms and a
kindergarten teacher; a TV quiz show, a crossword, a hotel front desk, a trading company's shipping desk, a cram-school
teacher, an online game, a library reference desk, the World Baseball Classic, a hospital waiting room and a ham-radio
operator), for round 51 (Kobe, Fukui, Saga, Oita, Tottori, Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian,
Nepali, Korean, French and Mongolian learners; a high-school girl, a retired principal, business keigo, a returnee
child; exam cramming, a taxi, the World Cup, a travel agency, an izakaya quiz, a cooking class, airport check-in,
karaoke, stamps, a summer project) and for round 50 (Tokushima, Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki,
Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish learners; net slang, a bilingual family, a grandmother, a
preschooler; flag cards, banknotes, a marathon, a car trip, the news, a morning assembly, an escape room, mahjong, a
security guard, a flower shop).
Regions: Awaji island ("やんけ", "知っとるけ", "言うてみ", "なんけ"; onions, the Naruto whirlpools, Awaji beef), Amami
Oshima ("だりょ", "ありがっさまりょうた", "たもれ", "ぬ", "や"; shima-uta, kokuto shochu, no-habu talk), Iga Ueno
("やんか", "くれへんか", "やったかいな"; the ninja village, Iga-yaki clay pots) and the Ogasawara islands (plain Tokyo
speech from Chichijima, "なんだろ"; the Ogasawara-maru, the Euro-American islanders' ancestry, Pacific neighbours).
Migrants and learners: an Argentine tango teacher ("チェ", "グラシアス", "ビエン", "ポルファボール"), a Greek
restaurant owner ("ヤサス", "エフハリスト"), a Georgian sumo wrestler ("ガマルジョバ", "ごっつぁんです", "っすか"), a
Tongan rugby player ("マーロー", "花園") and a Hungarian researcher ("セルブス", "クセネム").
Age and manner: a chuunibyou teenager ("我に", "漆黒の", "封印されし", "示せ"), an onee-kotoba bar mama ("あら",
"なのよ", "ちょうだい", "言ってごらんなさい"), a sulky teenager ("べつに", "はよ", "だるい") and someone asking with
their mouth full ("もぐもぐ", "ごくん", "ずるずる").
Situations: a bonsai nursery's export desk, a fireworks maker, a ski-lift attendant, a coin laundry, a tuna auction, a
pottery workshop, a knitting circle, a park's radio-calisthenics group, a wedding-speech rehearsal, a station
lost-and-found counter, a lighthouse keeper and a piano tuner.
Nearly every line starts with アレクサ; the help, stop and cancel lines said inside a session and the follow-up lines do
not. Every line was typed by hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 57's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}の首都って何個あるんやけ全部言うてみ | 南アフリカ=ZA; ボリビア=BO; オランダ=NL
plural-capitals | アレクサ{}の首都をいっぺんに全部教えてほしいだりょ | マレーシア=MY; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}の首都ふたつあるやんかどっちも言うて | エスワティニ=SZ; コートジボワール=CI; オランダ=NL
plural-capitals | アレクサ我が問う{}の首都をすべて明かせ | ボリビア=BO; マレーシア=MY; 南アフリカ=ZA
plural-capitals | アレクサちょっとあんた{}の首都は全部でいくつなのよ並べてちょうだい | ベナン=BJ; スリランカ=LK; エスワティニ=SZ
plural-capitals | アレクサ{}の首都をもれなく全部 | コートジボワール=CI; ボリビア=BO; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都ってさぁ二か所あるんだっけ両方 | オランダ=NL; マレーシア=MY; ベナン=BJ
plural-capitals | アレクサ{}にある首都をひとつ残らず | スリランカ=LK; エスワティニ=SZ; コートジボワール=CI
plural-capitals | アレクサもぐもぐ{}の首都ぜんぶおしえて | 南アフリカ=ZA; オランダ=NL; マレーシア=MY
plural-capitals | アレクサ{}の首都グラシアス全部教えてくれる | ボリビア=BO; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}は首都が分かれてるらしいけどそれぞれどこ | エスワティニ=SZ; コートジボワール=CI; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都を二つともちゃんと言って | ボリビア=BO; マレーシア=MY; オランダ=NL
plural-capitals | アレクサ{}の首都をみんな挙げてみてくれや | ベナン=BJ; 南アフリカ=ZA; スリランカ=LK
plural-capitals | アレクサ{}の首都って一個じゃないよねいくつかある中の全部 | エスワティニ=SZ; ボリビア=BO; コートジボワール=CI
plural-capitals | アレクサ{}の首都の名前を両方とも | マレーシア=MY; オランダ=NL; ベナン=BJ
plural-capitals | アレクサ南アフリカって首都が三つあるんでしょ三つとも言って | ZA
plural-capitals | アレクサボリビアの首都はラパスとスクレの二つだっけ両方お願い | BO
plural-capitals | アレクサオランダの首都ってアムステルダムだけじゃないの全部 | NL
plural-capitals | アレクサマレーシアはクアラルンプールとプトラジャヤどっちも首都なのそれぞれ | MY
plural-capitals | アレクサスリランカの首都長い名前のと両方教えて | LK
plural-capitals | アレクサベナンの首都をふたつ聞かせて | BJ
plural-capitals | アレクサエスワティニは首都がふたつあるんだって両方なに | SZ
plural-capitals | アレクサコートジボワールの首都ヤムスクロともう一つは | CI
# 地方の州など
subdivision | アレクサ{}の州都はどこやんけ | カリフォルニア州=US-CA; テキサス州=US-TX; ハワイ州=US-HI
subdivision | アレクサ{}の州都ってどこだりょ | フロリダ州=US-FL; ニューヨーク州=US-NY; アラスカ州=US-AK
subdivision | アレクサ{}の州の首都を教えてくれへん | ワシントン州=US-WA; ネバダ州=US-NV; オレゴン州=US-OR
subdivision | アレクサ{}の州都はどこかしら | イリノイ州=US-IL; ペンシルベニア州=US-PA; ミシガン州=US-MI
subdivision | アレクサ{}の州都を知りたい | ケンタッキー州=US-KY; ルイジアナ州=US-LA; テネシー州=US-TN
subdivision | アレクサ{}の首府ってどこ | ケベック州=CA-QC; オンタリオ州=CA-ON; ブリティッシュコロンビア州=CA-BC
subdivision | アレクサ{}の州都はどこなの | アルバータ州=CA-AB; ノバスコシア州=CA-NS; マニトバ州=CA-MB
subdivision | アレクサ{}の中心の都市ってどこ | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の州都はどこだっぺ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | アレクサ{}の州都をお願い | クイーンズランド州=AU-QLD; タスマニア州=AU-TAS; 西オーストラリア州=AU-WA
subdivision | アレクサ{}の州都は | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; バイーア州=BR-BA
subdivision | アレクサ{}の州都ってどこなんやろ | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; マハーラーシュトラ州=IN-MH
subdivision | アレクサヌナブト準州の中心地はどこ | CA-NU
subdivision | アレクサノーザンテリトリーの州都はダーウィンで合ってる | AU-NT
subdivision | アレクサイングランドの首都ってロンドンでいいの | GB-ENG
subdivision | アレクサアマゾナス州の州都を教えて | BR-AM
subdivision | アレクサコロラド州の州都はどこ | US-CO
subdivision | アレクサバーモント州の州都ってなんていう町 | US-VT
subdivision | アレクサ北海道の道庁所在地はどこ | FB
subdivision | アレクサ鹿児島県の県庁所在地を教えて | FB
subdivision | アレクサカタルーニャ州の州都はどこ | FB
subdivision | アレクサスコットランドのハイランド地方の中心都市は | FB
subdivision | アレクサ広東省の省都ってどこ | FB
subdivision | アレクサシチリア州の州都を教えてくれへん | FB
subdivision | アレクサバイエルンの州都ミュンヘンやったっけ | DE-BY
subdivision | アレクサマサチューセッツ州の州都はボストンかしら | US-MA
# 関係ない話
out-of-domain | アレクサ明日の淡路島の天気は | FB
out-of-domain | アレクサ三分のタイマーかけて | FB
out-of-domain | アレクサタンゴの音楽かけて | FB
out-of-domain | アレクサ東京の人口は何人 | FB
out-of-domain | アレクサパリの人口ってどのくらい | FB
out-of-domain | アレクサアフリカ大陸の首都ってどこ | FB
out-of-domain | アレクサヨーロッパの首都はどこ | FB
out-of-domain | アレクサ今何時 | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサ洗濯機の終わる時間を知らせて | FB
out-of-domain | アレクサ花火大会はいつ | FB
out-of-domain | アレクサ今日の為替レートは | FB
out-of-domain | アレクサマグロの初競りの値段っていくら | FB
out-of-domain | アレクサ盆栽の水やりのリマインダー設定して | FB
out-of-domain | アレクサラジオ体操の音楽かけて | FB
out-of-domain | アレクサ世界で一番大きい国はどこ | FB
out-of-domain | アレクサ一番人口の多い首都はどこ | FB
out-of-domain | アレクサ富士山の高さは | FB
out-of-domain | アレクサロンドンとの時差は何時間 | FB
out-of-domain | アレクサ明日のスキー場の積雪は | FB
out-of-domain | アレクサおすすめの編み物の本教えて | FB
out-of-domain | アレクサ陶芸窯の温度は何度がいい | FB
out-of-domain | アレクサ結婚式のスピーチの例文教えて | FB
out-of-domain | アレクサ落とし物をしたらどうすればいい | FB
out-of-domain | アレクサ灯台ってどうして光るの | FB
out-of-domain | アレクサピアノの調律って何年ごとにやればいい | FB
out-of-domain | アレクサジョージアの人口は | FB
out-of-domain | アレクサギリシャ語でありがとうってなんて言う | FB
out-of-domain | アレクサトンガのラグビーの試合結果は | FB
out-of-domain | アレクサハンガリーの通貨は何 | FB
out-of-domain | アレクサ奄美大島行きのフェリーの時間 | FB
out-of-domain | アレクサ伊賀の忍者の里ってどこにあるん | FB
out-of-domain | アレクサ小笠原へ行く船は何日かかる | FB
out-of-domain | アレクサ大相撲の今日の結果は | FB
out-of-domain | アレクサアルゼンチンタンゴの踊り方を教えて | FB
out-of-domain | アレクサローマの首都はどこ | FB
out-of-domain | アレクサ南極の首都はどこ | FB
out-of-domain | アレクサ月の首都はどこ | FB
out-of-domain | アレクサ火星に首都はあるの | FB
out-of-domain | アレクサアトランティスの首都はどこ | FB
out-of-domain | アレクサ首都高の渋滞情報 | FB
out-of-domain | アレクサ首都圏の天気教えて | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサ何か面白い話して | FB
out-of-domain | アレクサ音量を上げて | FB
out-of-domain | アレクサ音量下げて | FB
out-of-domain | アレクサ買い物リストに牛乳追加 | FB
out-of-domain | アレクサ明日の朝六時に起こして | FB
out-of-domain | アレクサ今日のニュースは | FB
out-of-domain | アレクサパリからローマまで何キロ | FB
out-of-domain | アレクサ首都って英語でなんて言うの | FB
out-of-domain | アレクサ首都の意味を教えて | FB
out-of-domain | アレクサ世界に国はいくつある | FB
out-of-domain | アレクサ国連に加盟してる国の数は | FB
out-of-domain | アレクサ一番小さい国はどこ | FB
out-of-domain | アレクサワシントンの気温は | FB
out-of-domain | アレクサソウルの今の時間は | FB
out-of-domain | アレクサ北京ダックの作り方 | FB
out-of-domain | アレクサ中二病ってなに | FB
out-of-domain | アレクサ漆黒の闇っぽい音楽流して | FB
out-of-domain | アレクサ別に何でもない | FB
out-of-domain | アレクサ今日のお通しは何がいいかしら | FB
out-of-domain | アレクサコインランドリーの乾燥機ってどれくらいかかる | FB
out-of-domain | アレクサ花火の玉の作り方教えて | FB
out-of-domain | アレクサリフトの運転は何時まで | FB
out-of-domain | アレクサ世界の首都で一番寒いところは | FB
out-of-domain | アレクサ世界で一番標高の高い首都はどこ | FB
out-of-domain | アレクサ首都が一番古い国はどこ | FB
out-of-domain | アレクサ東京タワーの高さ | FB
out-of-domain | アレクサエッフェル塔はいつできたの | FB
out-of-domain | アレクサ日本の国歌を流して | FB
out-of-domain | アレクサ天気予報 | FB
out-of-domain | アレクサ雨降る | FB
out-of-domain | アレクサキッチンタイマー十分 | FB
out-of-domain | アレクサ今日は何曜日 | FB
out-of-domain | アレクサ歌って | FB
out-of-domain | アレクサありがとう | FB
out-of-domain | アレクサ愛してる | FB
out-of-domain | アレクサ好きな国はどこ | FB
out-of-domain | アレクサテレビつけて | FB
out-of-domain | アレクサエアコン二十六度にして | FB
out-of-domain | アレクサ円周率を言って | FB
out-of-domain | アレクサジャンケンしよう | FB
out-of-domain | アレクサ赤ちゃんの泣き止む音楽 | FB
out-of-domain | アレクサ世界遺産の数が一番多い国は | FB
out-of-domain | アレクサ英語の勉強手伝って | FB
out-of-domain | アレクサカイロの気温は何度 | FB
out-of-domain | アレクサブエノスアイレスの今の時刻 | FB
out-of-domain | アレクサアテネオリンピックはいつだった | FB
out-of-domain | アレクサトビリシワインを注文して | FB
out-of-domain | アレクサブダペストの温泉について教えて | FB
out-of-domain | アレクサヌクアロファってどういう意味 | FB
out-of-domain | アレクサ小笠原諸島の天気 | FB
out-of-domain | アレクサ淡路島の玉ねぎの旬はいつ | FB
out-of-domain | アレクサ奄美の黒糖焼酎おすすめは | FB
out-of-domain | アレクサ伊賀焼の土鍋の手入れ方法 | FB
out-of-domain | アレクサハローワークの電話番号 | FB
out-of-domain | アレクサ首都直下地震って何 | FB
out-of-domain | アレクサ国旗クイズ出して | FB
out-of-domain | アレクサ世界地図を見せて | FB
out-of-domain | アレクサヨーロッパで一番大きな都市は | FB
out-of-domain | アレクサアジアの中心はどこ | FB
out-of-domain | アレクサ南米の首都はどこ | FB
out-of-domain | アレクサオセアニアの首都ってどこなの | FB
out-of-domain | アレクサ一番近い郵便局 | FB
out-of-domain | アレクサ毛糸の値段 | FB
out-of-domain | アレクサ筋トレの音楽 | FB
out-of-domain | アレクサ今日の運勢は | FB
out-of-domain | アレクサ相撲部屋の数はいくつ | FB
out-of-domain | アレクサちゃんこ鍋のレシピ | FB
out-of-domain | アレクサムサカの作り方 | FB
out-of-domain | アレクサハンガリー語でこんにちはは | FB
out-of-domain | アレクサモスクワの人口 | FB
out-of-domain | アレクサ北京の天気はどう | FB
out-of-domain | アレクサロンドンの天気 | FB
out-of-domain | アレクサ首都の数って全部でいくつ | FB
out-of-domain | アレクサ一番新しい首都はどこ | FB
out-of-domain | アレクサ世界一長い名前の首都は | FB
out-of-domain | アレクサキャンベラの気温 | FB
out-of-domain | アレクサリマ行きの飛行機の値段 | FB
out-of-domain | アレクサスキー板のワックスのかけ方 | FB
out-of-domain | アレクサ灯台の写真を撮るコツ | FB
out-of-domain | アレクサ落語を流して | FB
out-of-domain | アレクサ線香花火ってどうして丸くなるの | FB
out-of-domain | アレクサ数字の七って何語で | FB
out-of-domain | アレクサ子守唄かけて | FB
out-of-domain | アレクサ部屋の湿度は | FB
out-of-domain | アレクサ明日のゴミの日は | FB
out-of-domain | アレクサ掃除機かけて | FB
out-of-domain | アレクサ今日のおすすめのレシピ | FB
out-of-domain | アレクサ今週末の天気 | FB
out-of-domain | アレクサ世界一高いビルは | FB
out-of-domain | アレクサ国連の本部はどこにある | FB
out-of-domain | アレクサイーユーの本部ってどこ | FB
out-of-domain | アレクサアフリカで一番大きい国 | FB
out-of-domain | アレクサ地球の首都は | FB
out-of-domain | アレクサ宇宙の首都はどこ | FB
out-of-domain | アレクサ愛知県の人口は | FB
out-of-domain | アレクサ首都移転の話してた国ってどこ | FB
# ヘルプ
help | アレクサ使い方を教えて | HELP
help | アレクサどうやって使うの | HELP
help | アレクサ世界の首都って何ができるの | HELP
help | アレクサ世界の首都の使い方 | HELP
help | ヘルプ | HELP
help | 助けて | HELP
help | 何て言えばいいの | HELP
help | どう聞けばいいん | HELP
help | わからんやんけ | HELP
help | 使い方がわからないんだりょ | HELP
help | 何を話せばいいのかしら教えてちょうだい | HELP
help | ヘルプお願いします | HELP
help | 聞き方を教えて | HELP
help | どんな質問ができるの | HELP
help | 質問の例を言ってみて | HELP
help | 我に操り方を授けよ | HELP
help | えっとどうしたらいいの | HELP
help | なんか例ある | HELP
help | やり方教えて | HELP
help | 何を聞いたらいいですか | HELP
help | 説明して | HELP
help | これどうやって使うんだべ | HELP
help | 使い方がさっぱり分からへん | HELP
help | 説明をもう一度お願いできますか | HELP
help | ヘルプミー | HELP
help | どういうふうに言えばいいの | HELP
# ストップ
stop | ストップ | STOP
stop | 止めて | STOP
stop | 止まって | STOP
stop | もういい | STOP
stop | おしまい | STOP
stop | 終わり | STOP
stop | 終了 | STOP
stop | もうええわ | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | もう結構です | STOP
stop | やめてくれへん | STOP
stop | ストップだりょ | STOP
stop | もう終わりにしてちょうだい | STOP
stop | アレクサストップ | STOP
stop | アレクサ止めて | STOP
stop | アレクサ終わり | STOP
stop | アレクサおしまいにして | STOP
stop | 世界の首都を終了 | STOP
stop | 我が命ずる止まれ | STOP
stop | もういいって | STOP
stop | 終わりにしよう | STOP
stop | はいおしまい | STOP
stop | ストップストップ | STOP
stop | 閉じて | STOP
# キャンセル
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のは取り消し | CANCEL
cancel | やっぱりいいです | CANCEL
cancel | やっぱりやめる | CANCEL
cancel | やめとく | CANCEL
cancel | なんでもない | CANCEL
cancel | 今のキャンセルやんけ | CANCEL
cancel | やっぱいいやキャンセル | CANCEL
cancel | 取り消しでお願いしますわ | CANCEL
cancel | さっきのは無しにしてちょうだい | CANCEL
cancel | アレクサキャンセル | CANCEL
cancel | アレクサ取り消して | CANCEL
cancel | アレクサ今のなしで | CANCEL
cancel | 撤回する | CANCEL
cancel | キャンセルでいいっす | CANCEL
cancel | いいやキャンセル | CANCEL
cancel | 今の質問は取り消しだりょ | CANCEL
cancel | キャンセルしてくれへん | CANCEL
cancel | もういいからキャンセルして | CANCEL
cancel | キャンセルにします | CANCEL
cancel | 今言ったの取り消しといて | CANCEL
# 起動
launch | アレクサ世界の首都を開いて | LAUNCH
launch | アレクサ世界の首都を起動 | LAUNCH
launch | アレクサ世界の首都を起動して | LAUNCH
launch | アレクサ世界の首都 | LAUNCH
launch | アレクサ世界の首都を始めて | LAUNCH
launch | アレクサ世界の首都をスタート | LAUNCH
launch | アレクサ世界の首都を呼んで | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | アレクサ世界の首都やって | LAUNCH
launch | アレクサ世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都で遊びたい | LAUNCH
launch | アレクサ世界の首都を開けてくれへん | LAUNCH
launch | アレクサ世界の首都開いてだりょ | LAUNCH
launch | アレクサ世界の首都を開けてちょうだい | LAUNCH
launch | アレクサ世界の首都よ目覚めよ | LAUNCH
launch | アレクサ世界の首都を出して | LAUNCH
launch | アレクサ世界の首都お願い | LAUNCH
launch | アレクサ世界の首都を立ち上げて | LAUNCH
launch | アレクサ世界の首都を開いてください | LAUNCH
launch | アレクサ世界の首都を起動してもらえますか | LAUNCH
launch | アレクサ世界の首都のスキルを開いて | LAUNCH
launch | アレクサ世界の首都スキル起動 | LAUNCH
launch | アレクサ世界の首都を開くやんけ | LAUNCH
launch | アレクサ世界の首都って開ける | LAUNCH
launch | アレクサ世界の首都さん呼んで | LAUNCH
launch | アレクサ世界の首都をつけて | LAUNCH
launch | アレクサ世界の首都に話しかけたい | LAUNCH
launch | アレクサ世界の首都でクイズ | LAUNCH
launch | アレクサ世界の首都を開けて | LAUNCH
launch | アレクサ世界の首都起動しといて | LAUNCH
# 続けての質問
follow-up | じゃあ{}は | ギリシャ=GR; ハンガリー=HU; トンガ=TO
follow-up | {}はどう | アルゼンチン=AR; ジョージア=GE; ウルグアイ=UY
follow-up | {}のほうは | パラグアイ=PY; チリ=CL; ペルー=PE
follow-up | 次は{} | キプロス=CY; マルタ=MT; アルバニア=AL
follow-up | そしたら{}の首都は | 北朝鮮=KP; 韓国=KR; パレスチナ=PS
follow-up | {}も教えて | コンゴ共和国=CG; コンゴ民主共和国=CD; ガボン=GA
follow-up | あと{}もお願い | サモア=WS; フィジー=FJ; バヌアツ=VU
follow-up | それなら{}はどこやんけ | セルビア=RS; クロアチア=HR; スロベニア=SI
follow-up | {}はどうだりょ | ジャマイカ=JM; バハマ=BS; ハイチ=HT
follow-up | ついでに{}も | アルメニア=AM; アゼルバイジャン=AZ; モルドバ=MD
follow-up | {}だと | ツバル=TV; ナウル=NR; キリバス=KI
follow-up | もうひとつ{} | エチオピア=ET; ケニア=KE; ウガンダ=UG
follow-up | 今度は{}で | ラオス=LA; カンボジア=KH; ブータン=BT
follow-up | それじゃ南アフリカの首都は全部 | ZA
follow-up | ほなオランダの首都ふたつとも | NL
# はい・いいえ確認
yes-no-check | アレクサ{}で合ってる | アテネはギリシャの首都=GR; ブダペストはハンガリーの首都=HU; トビリシはジョージアの首都=GE
yes-no-check | アレクサ{}ってほんまなん | ヌクアロファがトンガの首都=TO; ブエノスアイレスがアルゼンチンの首都=AR; モンテビデオがウルグアイの首都=UY
yes-no-check | アレクサ{}だよね | 平壌は北朝鮮の首都=KP; ソウルは韓国の首都=KR; キンシャサはコンゴ民主共和国の首都=CD
yes-no-check | アレクサ{}だりょ | ブラザビルはコンゴ共和国の首都=CG; ラマッラはパレスチナの首都=PS; ナイロビはケニアの首都=KE
yes-no-check | アレクサ{}かしら | シドニーはオーストラリアの首都=AU; リオデジャネイロはブラジルの首都=BR; イスタンブールはトルコの首都=TR
yes-no-check | アレクサ{}で間違いない | ベルンがスイスの首都=CH; オタワがカナダの首都=CA; ウェリントンがニュージーランドの首都=NZ
yes-no-check | アレクサ{}っていうのは正しい | ラゴスはナイジェリアの首都=NG; カラチはパキスタンの首都=PK; ヤンゴンはミャンマーの首都=MM
yes-no-check | アレクサ{}やんな | ドドマがタンザニアの首都=TZ; アスタナがカザフスタンの首都=KZ; ネピドーがミャンマーの首都=MM
yes-no-check | アレクサ{}なのかどうか教えて | アビジャンはコートジボワールの首都=CI; ホーチミンはベトナムの首都=VN; ニューヨークはアメリカの首都=US
yes-no-check | アレクサ{}ってのは本当かね | ダマスカスがシリアの首都=SY; ベイルートがレバノンの首都=LB; アンマンがヨルダンの首都=JO
yes-no-check | アレクサ{}か否か答えよ | リガはラトビアの首都=LV; タリンはエストニアの首都=EE; ヴィリニュスはリトアニアの首都=LT
yes-no-check | アレクサ{}で正解 | ボゴタはコロンビアの首都=CO; キトはエクアドルの首都=EC; カラカスはベネズエラの首都=VE
yes-no-check | アレクサ{}やったっけ | リスボンはポルトガルの首都=PT; マドリードはスペインの首都=ES; ダブリンはアイルランドの首都=IE
yes-no-check | アレクサ韓国の首都って釜山だっけ | KR
yes-no-check | アレクサ北朝鮮の首都はピョンヤンでいいのかな | KP
yes-no-check | アレクサパレスチナの首都はエルサレムなの | PS
# 言い直し
self-correction | アレクサ{} | オーストリアの首都いやちゃうオーストラリア=AU; スウェーデンじゃなくてスイスの首都=CH; イランの首都あっ違ったイラク=IQ
self-correction | アレクサ{}の首都 | ニジェールやなくてナイジェリア=NG; スロバキアじゃないスロベニア=SI; ギニアえっとギニアビサウ=GW
self-correction | アレクサ{}の首都はどこ | モーリタニアいやモーリシャス=MU; コロンビアじゃなくてコロンボの国スリランカ=LK; ラトビアあリトアニア=LT
self-correction | アレクサ{}のほうだりょ | パラグアイの首都ちがうウルグアイの首都=UY; ドミニカ共和国じゃなくてドミニカ国の首都=DM; ガンビアいやザンビアの首都=ZM
self-correction | アレクサ{}の首都を教えてってちゃうわ | マリやなくてマラウイ=MW; オマーンやのうてヨルダン=JO; チャドいやスーダン=SD
self-correction | アレクサ{}の首都やんけ | 北朝鮮あ間違えた韓国=KR; 韓国いや北朝鮮=KP; コンゴ民主共和国じゃなくてコンゴ共和国=CG
self-correction | アレクサ{}の首都ってどこかしら | ギリシャじゃなくてトルコ=TR; アルメニアいいえアルバニア=AL; セネガルじゃなかったガーナ=GH
self-correction | アレクサ{}の首都に訂正 | パキスタンじゃなくてバングラデシュ=BD; ネパールではなくブータン=BT; カタールじゃないバーレーン=BH
self-correction | アレクサ{}の首都を頼む | トンガいや待ってサモア=WS; フィジーあっパプアニューギニア=PG; パラオじゃなくてミクロネシア連邦=FM
self-correction | アレクサイスラエルの首都あっごめんパレスチナの首都 | PS
self-correction | アレクサコンゴ共和国の首都いや民主共和国のほう | CD
self-correction | アレクサオーストリアの首都じゃなかったハンガリー | HU
self-correction | アレクサスロバキアの首都ってあっチェコ | CZ
# 逆の質問
reverse-question | アレクサ{}が首都の国はどこ | アテネ=CITY:アテネ; トビリシ=CITY:トビリシ; ヌクアロファ=CITY:ヌクアロファ
reverse-question | アレクサ{}ってどこの国の首都 | ブダペスト=CITY:ブダペスト; ブエノスアイレス=CITY:ブエノスアイレス; ウランバートル=CITY:ウランバートル
reverse-question | アレクサ{}はどこの首都やんけ | ワガドゥグー=CITY:ワガドゥグー; ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ
reverse-question | アレクサ{}を首都にしてる国 | キンシャサ=CITY:キンシャサ; ブラザビル=CITY:ブラザビル; 平壌=CITY:平壌
reverse-question | アレクサ{}って何の国の首都だりょ | ソウル=CITY:ソウル; アシガバード=CITY:アシガバード; パラマリボ=CITY:パラマリボ
reverse-question | アレクサ首都が{}なのはどこの国かしら | レイキャビク=CITY:レイキャビク; アンタナナリボ=CITY:アンタナナリボ; ポートモレスビー=CITY:ポートモレスビー
reverse-question | アレクサ{}が首都なのってどこ | テグシガルパ=CITY:テグシガルパ; マナグア=CITY:マナグア; ベルモパン=CITY:ベルモパン
reverse-question | アレクサ{}はどの国の首都ですか | ヌアクショット=CITY:ヌアクショット; ンジャメナ=CITY:ンジャメナ; バンギ=CITY:バンギ
reverse-question | アレクサ{}の国ってどこ | ラマッラ=CITY:ラマッラ; プレトリア=CITY:プレトリア; ラパス=CITY:ラパス
reverse-question | アレクサ{}ってどこの国にあるの首都なんでしょ | プトラジャヤ=CITY:プトラジャヤ; デンハーグ=CITY:デン・ハーグ; ポルトノボ=CITY:ポルトノボ
reverse-question | アレクサ{}を首都とする国を答えよ | ファドゥーツ=CITY:ファドゥーツ; バレッタ=CITY:バレッタ; リュブリャナ=CITY:リュブリャナ
reverse-question | アレクサ{}はどこの首都 | モロニ=CITY:モロニ; マジュロ=CITY:マジュロ; フナフティ=CITY:フナフティ
reverse-question | アレクサキガリが首都なのは | CITY:キガリ
reverse-question | アレクサジュバってどこの国の首都なん | CITY:ジュバ
# 正式名称
official-name | アレクサ{}の首都はどこかな | グルジア=GE; トンガ王国=TO; ハンガリー共和国=HU
official-name | アレクサ{}の首都を教えて | ギリシャ共和国=GR; アルゼンチン共和国=AR; 朝鮮民主主義人民共和国=KP
official-name | アレクサ{}の首都ってどこ | 大韓民国=KR; パレスチナ国=PS; コンゴ民主共和国=CD
official-name | アレクサ{}の首都だりょ | コンゴ共和国=CG; 南アフリカ共和国=ZA; 多民族国ボリビア=BO
official-name | アレクサ{}の首都はどこやんけ | オランダ王国=NL; グレートブリテン及び北アイルランド連合王国=GB; アメリカ合衆国=US
official-name | アレクサ{}の首都はどちらかしら | 中華人民共和国=CN; ロシア連邦=RU; ドイツ連邦共和国=DE
official-name | アレクサ{}の首都を答えてちょうだい | フランス共和国=FR; イタリア共和国=IT; スペイン王国=ES
official-name | アレクサ{}の首都は言える | ベネズエラボリバル共和国=VE; イランイスラム共和国=IR; サウジアラビア王国=SA
official-name | アレクサ{}の首都ってなんやったっけ | ネパール連邦民主共和国=NP; スリランカ民主社会主義共和国=LK; ミャンマー連邦共和国=MM
official-name | アレクサ{}の首都を知りたいんやけど | エチオピア連邦民主共和国=ET; ラオス人民民主共和国=LA; ベトナム社会主義共和国=VN
official-name | アレクサ{}の首都は何 | ブルネイダルサラーム国=BN; アラブ首長国連邦=AE; モーリタニアイスラム共和国=MR
official-name | アレクサ東ティモール民主共和国の首都 | TL
official-name | アレクサセントクリストファーネーヴィス連邦の首都 | KN
# 普段の呼び名
everyday-name | アレクサ{}の首都どこ | アメリカ=US; イギリス=GB; 北朝鮮=KP
everyday-name | アレクサ{}の首都ってどこだっけ | オランダ=NL; 南ア=ZA; 韓国=KR
everyday-name | アレクサ{}の首都はどこやんけ言うて | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | アレクサ{}の首都はどこだりょ | シャム=TH; ザイール=CD; ホランド=NL
everyday-name | アレクサ{}の首都って | チェコスロバキアじゃなくて今のチェコ=CZ; スワジランド=SZ; マケドニア=MK
everyday-name | アレクサ{}の首都を教えてちょうだい | トルコ=TR; 英国=GB; 米国=US
everyday-name | アレクサ{}の首都はどこですか | ノースコリア=KP; 中国=CN; 台湾=TW
everyday-name | アレクサ{}の首都ってなに | ニュージー=NZ; オーストラリア=AU; フィリピン=PH
everyday-name | アレクサ{}の首都は | グルジア共和国=GE; ユーゴのセルビア=RS; ボスニア=BA
everyday-name | アレクサアイボリーコーストの首都 | CI
everyday-name | アレクサカーボヴェルデの首都はどこ | CV
everyday-name | アレクサ東ティモールの首都 | TL
# 同じ名前
shared-name | アレクサ{}の首都はどこでしょう | ジョージア=GE; コンゴ=CD+CG; ギニア=GN
shared-name | アレクサ{}の首都ってどこやんけ | 朝鮮=KP+KR; ドミニカ=DM+DO; サモア=WS
shared-name | アレクサ{}の首都ってどこだりょ | マケドニア=MK; アイルランド=IE; ジョージア州=US-GA
shared-name | アレクサ{}の首都を教えてちょうだいね | ルクセンブルク=LU; モナコ=MC; シンガポール=SG
shared-name | アレクサ{}の首都はどちらかしらね | スーダン=SD; 南スーダン=SS; ギニアビサウ=GW
shared-name | アレクサ{}の首都はどこなん | 赤道ギニア=GQ; パプアニューギニア=PG; 北マケドニア=MK
shared-name | アレクサ{}ってとこの首都 | メキシコ=MX; ワシントン州=US-WA; ニューメキシコ州=US-NM
shared-name | アレクサ相撲のジョージアの人の国の首都 | GE
shared-name | アレクサアメリカのジョージアじゃなくて国のジョージアの首都 | GE
shared-name | アレクサコンゴってふたつあるんやろ両方の首都 | CD+CG
shared-name | アレクサ韓国と北朝鮮両方の首都 | KP+KR
shared-name | アレクサグアテマラの首都 | GT
shared-name | アレクサパナマの首都ってどこ | PA
shared-name | アレクサクウェートの首都はクウェート市 | KW
shared-name | アレクサジブチの首都 | DJ
# 淡路島
awaji | アレクサ{}の首都ってどこやんけ知っとる | モロッコ=MA; チュニジア=TN; アルジェリア=DZ
awaji | アレクサ{}の首都知っとるけ | リビア=LY; エジプト=EG; スーダン=SD
awaji | アレクサ{}の首都なんやったかいな | エリトリア=ER; ジブチ=DJ; ソマリア=SO
awaji | アレクサ玉ねぎ送っとる{}の首都はどこや | 台湾=TW; 韓国=KR; シンガポール=SG
awaji | アレクサ{}の首都言うてみ | タンザニア=TZ; ルワンダ=RW; ブルンジ=BI
awaji | アレクサ渦潮見に来た{}の人の首都どこやろな | オーストラリア=AU; ドイツ=DE; フランス=FR
awaji | アレクサ{}の首都はどこなんけ | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
awaji | アレクサ{}やったらどこが首都になるんや | コモロ=KM; モザンビーク=MZ; マラウイ=MW
awaji | アレクサ淡路の牛と同じくらい有名な国ってどこやろ | FB
awaji | アレクサ北朝鮮の首都どこやんけ教えてや | KP
awaji | アレクサ鳴門海峡の向こうの徳島やなくてパレスチナの首都 | PS
# 奄美大島
amami | アレクサ{}の首都を教えてくれりょ | フィリピン=PH; インドネシア=ID; 東ティモール=TL
amami | アレクサ{}の首都はどこだりょか | パラオ=PW; マーシャル諸島=MH; ミクロネシア連邦=FM
amami | アレクサありがっさまりょうた{}の首都もお願い | ソロモン諸島=SB; バヌアツ=VU; ナウル=NR
amami | アレクサ黒糖焼酎売ってる{}の首都はどこ | アメリカ=US; 中国=CN; イギリス=GB
amami | アレクサ{}の首都ちば教えてたもれ | マレーシア=MY; ブルネイ=BN; タイ=TH
amami | アレクサ島唄好きな人が多い{}の首都 | キューバ=CU; ブラジル=BR; アイルランド=IE
amami | アレクサ{}ぬ首都やどこか | ツバル=TV; キリバス=KI; サモア=WS
amami | アレクサハブのいない国{}の首都 | ニュージーランド=NZ; アイスランド=IS; フィジー=FJ
amami | アレクサ韓国ぬ首都やどこだりょ | KR
amami | アレクサコンゴ民主共和国の首都もお願いしますだりょ | CD
# 伊賀
iga | アレクサ{}の首都ってどこやんか | ウズベキスタン=UZ; トルクメニスタン=TM; タジキスタン=TJ
iga | アレクサ{}の首都教えてくれへんか | キルギス=KG; カザフスタン=KZ; アフガニスタン=AF
iga | アレクサ忍者ショーに来た{}の人の首都 | フランス=FR; スペイン=ES; イタリア=IT
iga | アレクサ{}の首都はどこやったかいな | イラン=IR; イラク=IQ; シリア=SY
iga | アレクサ{}の首都ってなんていうとこやんか | オマーン=OM; イエメン=YE; カタール=QA
iga | アレクサ伊賀焼の土鍋を送る{}の首都はどこや | クウェート=KW; サウジアラビア=SA; アラブ首長国連邦=AE
iga | アレクサ{}の首都知らんのやけど | バーレーン=BH; ヨルダン=JO; レバノン=LB
iga | アレクサ{}の首都わかるか | イスラエル=IL; キプロス=CY; トルコ=TR
iga | アレクサ忍びの里みたいに隠れとる首都のある国ってどこ | FB
iga | アレクサパレスチナの首都はどこやんか | PS
iga | アレクサ南アフリカの首都みっつとも言うてくれへんか | ZA
# 小笠原
ogasawara | アレクサ{}の首都ってどこなの島から遠い | ニュージーランド=NZ; パプアニューギニア=PG; フィジー=FJ
ogasawara | アレクサ船が来る{}の首都 | グアム=GU; 北マリアナ諸島=MP; 米領サモア=AS
ogasawara | アレクサ{}の首都はどこなんだろ | ハワイ州=US-HI; 仏領ポリネシア=PF; ニューカレドニア=NC
ogasawara | アレクサ父島から一番近い外国{}の首都 | フィリピン=PH; 台湾=TW; パラオ=PW
ogasawara | アレクサ{}の首都はなんて名前 | クック諸島=CK; ニウエ=NU; トケラウ=TK
ogasawara | アレクサ{}ってどこが首都 | ピトケアン諸島=PN; ノーフォーク島=NF; クリスマス島=CX
ogasawara | アレクサ小笠原の首都はどこ | FB
ogasawara | アレクサ欧米系島民のご先祖の国アメリカの首都 | US
ogasawara | アレクサおがさわら丸の中で聞くけど北朝鮮の首都 | KP
# アルゼンチンのタンゴ教師
tango-teacher | アレクサチェ{}の首都はどこ | アルゼンチン=AR; ウルグアイ=UY; チリ=CL
tango-teacher | アレクサ{}の首都グラシアス | パラグアイ=PY; ボリビア=BO; ペルー=PE
tango-teacher | アレクサタンゴの生まれた{}の首都 | アルゼンチン共和国=AR; ウルグアイ東方共和国=UY; キューバ共和国=CU
tango-teacher | アレクサビエン{}の首都を教えて | エクアドル=EC; コロンビア=CO; ベネズエラ=VE
tango-teacher | アレクサ私の生徒が行く{}の首都はなに | スペイン=ES; ポルトガル=PT; フィンランド=FI
tango-teacher | アレクサ{}の首都ポルファボール | ガイアナ=GY; スリナム=SR; ブラジル=BR
tango-teacher | アレクサチェ{}の首都はどこだっけ | コスタリカ=CR; ニカラグア=NI; エルサルバドル=SV
tango-teacher | アレクサマルビーナスってイギリスの人フォークランドって言うね首都はどこ | FK
tango-teacher | アレクサブエノスアイレスはどこの首都ですかグラシアス | CITY:ブエノスアイレス
tango-teacher | アレクサボリビアの首都はふたつあるでしょ全部言って | BO
# ギリシャ料理店
greek-restaurant | アレクサヤサス{}の首都はどこ | ギリシャ=GR; キプロス=CY; マルタ=MT
greek-restaurant | アレクサ{}の首都エフハリスト | ブルガリア=BG; アルバニア=AL; 北マケドニア=MK
greek-restaurant | アレクサお客さんが{}から来たの首都はどこ | トルコ=TR; ルーマニア=RO; セルビア=RS
greek-restaurant | アレクサ{}の首都の名前はなに | モンテネグロ=ME; ボスニアヘルツェゴビナ=BA; クロアチア=HR
greek-restaurant | アレクサオリーブオイル輸入する{}の首都 | チュニジア=TN; スペイン=ES; イタリア=IT
greek-restaurant | アレクサヤサス{}の首都を教えてね | エジプト=EG; レバノン=LB; イスラエル=IL
greek-restaurant | アレクサムサカ好きな{}の首都はどこ | モルドバ=MD; ウクライナ=UA; ジョージア=GE
greek-restaurant | アレクサアテネはギリシャの首都ですよねエフハリスト | GR
greek-restaurant | アレクサキプロスの首都ニコシアであってる | CY
# ジョージア出身の力士
georgian-wrestler | アレクサガマルジョバ{}の首都はどこ | ジョージア=GE; アルメニア=AM; アゼルバイジャン=AZ
georgian-wrestler | アレクサごっつぁんです{}の首都教えて | モンゴル=MN; ブルガリア=BG; エジプト=EG
georgian-wrestler | アレクサ兄弟子の国{}の首都はどこっすか | ロシア=RU; カザフスタン=KZ; ウクライナ=UA
georgian-wrestler | アレクサ{}の首都どこっすか | ベラルーシ=BY; リトアニア=LT; エストニア=EE
georgian-wrestler | アレクサ巡業で行く{}の首都 | アメリカ=US; イギリス=GB; フランス=FR
georgian-wrestler | アレクサ{}の首都をお願いしますごっつぁんです | トンガ=TO; ブラジル=BR; 中国=CN
georgian-wrestler | アレクサ故郷グルジアの首都トビリシって言って | GE
georgian-wrestler | アレクサアメリカのジョージア州の州都ってどこっすか | US-GA
georgian-wrestler | アレクサ部屋の親方に聞かれたマレーシアの首都ふたつ | MY
# トンガのラグビー選手
tongan-rugby | アレクサマーロー{}の首都はどこ | トンガ=TO; サモア=WS; フィジー=FJ
tongan-rugby | アレクサ対戦相手の{}の首都は | ニュージーランド=NZ; オーストラリア=AU; 南アフリカ共和国=ZA
tongan-rugby | アレクサ{}の首都ってどこですかマーロー | ウェールズ=GB-WLS; スコットランド=GB-SCT; イングランド=GB-ENG
tongan-rugby | アレクサ{}の首都知りたいですチームの友達の国 | ナミビア=NA; ジンバブエ=ZW; ウルグアイ=UY
tongan-rugby | アレクサ{}の首都どこ教えてください | カナダ=CA; ポルトガル=PT; ルーマニア=RO
tongan-rugby | アレクサ花園の後輩の国{}の首都 | パプアニューギニア=PG; ケニア=KE; ザンビア=ZM
tongan-rugby | アレクサ南アフリカの首都はいっぱいあるねそれ全部 | ZA
tongan-rugby | アレクサアイルランド代表の国の首都ってダブリンでいいですか | IE
tongan-rugby | アレクサ北アイルランドの首都どこですか | GB-NIR
# ハンガリー人研究者
hungarian-researcher | アレクサセルブス{}の首都はどこですか | ハンガリー=HU; オーストリア=AT; スロバキア=SK
hungarian-researcher | アレクサ学会で行く{}の首都はどこでしょう | フィンランド=FI; エストニア=EE; ポーランド=PL
hungarian-researcher | アレクサ{}の首都を教えてください共同研究先です | チェコ=CZ; スロベニア=SI; クロアチア=HR
hungarian-researcher | アレクサ{}の首都はなんですかクセネム | デンマーク=DK; ノルウェー=NO; スウェーデン=SE
hungarian-researcher | アレクサ{}の首都は何という都市ですか | ベルギー=BE; ルクセンブルク=LU; リヒテンシュタイン=LI
hungarian-researcher | アレクサ留学生の国{}の首都 | モルドバ=MD; ラトビア=LV; ルーマニア=RO
hungarian-researcher | アレクサハンガリーの首都ブダペストで正しいですか | HU
hungarian-researcher | アレクサオランダの首都はアムステルダムとハーグと両方お願いします | NL
hungarian-researcher | アレクサアンドラの首都を教えてくださいセルブス | AD
# 中二病
chuunibyou | アレクサ我に{}の首都を示せ | バチカン=VA; サンマリノ=SM; モナコ=MC
chuunibyou | アレクサ漆黒の{}の首都はどこだ | アンドラ=AD; リヒテンシュタイン=LI; ルクセンブルク=LU
chuunibyou | アレクサ封印されし{}の首都を解き放て | アイスランド=IS; ノルウェー=NO; フィンランド=FI
chuunibyou | アレクサ我が右腕が疼く{}の首都はどこだ | ルーマニア=RO; ハンガリー=HU; チェコ=CZ
chuunibyou | アレクサ{}の首都を我に教えよ | エジプト=EG; イラク=IQ; イラン=IR
chuunibyou | アレクサ闇の組織の本拠地{}の首都は | 北朝鮮=KP; ロシア=RU; ベラルーシ=BY
chuunibyou | アレクサ運命が導く{}の首都を答えよ | ギリシャ=GR; トルコ=TR; ヨルダン=JO
chuunibyou | アレクサ我が魔眼が見たトランシルヴァニアの首都は | FB
chuunibyou | アレクサ世界の首都よ我が問いに答えよ韓国の首都は | KR
chuunibyou | アレクサ紅き国コンゴ共和国の首都を告げよ | CG
# オネエのバーのママ
onee-bar-mama | アレクサちょっと{}の首都はどこなのよ | フランス=FR; イタリア=IT; スペイン=ES
onee-bar-mama | アレクサあら{}の首都ってどこだったかしら | ブラジル=BR; メキシコ=MX; アルゼンチン=AR
onee-bar-mama | アレクサ常連さんの彼氏が{}の人なのよ首都どこ | タイ=TH; フィリピン=PH; ベトナム=VN
onee-bar-mama | アレクサ{}の首都教えなさいよ | ドイツ=DE; オランダ=NL; ベルギー=BE
onee-bar-mama | アレクサ{}の首都ってどこなのよもう | キューバ=CU; ジャマイカ=JM; ドミニカ共和国=DO
onee-bar-mama | アレクサいやだ{}の首都も知らないの私 | スイス=CH; オーストリア=AT; デンマーク=DK
onee-bar-mama | アレクサママに{}の首都教えてちょうだい | バルバドス=BB; トリニダードトバゴ=TT; グレナダ=GD
onee-bar-mama | アレクサあんたボリビアの首都ふたつとも言えるの言ってごらんなさい | BO
onee-bar-mama | アレクサちょっとコンゴ民主共和国の首都ってどこよ | CD
# 不機嫌な十代
sulky-teen | アレクサ{}の首都どこよ | ニジェール=NE; マリ=ML; ブルキナファソ=BF
sulky-teen | アレクサ{}の首都とかどこ | チャド=TD; カメルーン=CM; 中央アフリカ=CF
sulky-teen | アレクサ宿題で{}の首都 | セネガル=SN; ガンビア=GM; シエラレオネ=SL
sulky-teen | アレクサんー{}の首都どこ | リベリア=LR; トーゴ=TG; ベナン=BJ
sulky-teen | アレクサべつにいいけど{}の首都 | ガーナ=GH; ナイジェリア=NG; ギニア=GN
sulky-teen | アレクサはよ{}の首都 | アンゴラ=AO; ボツワナ=BW; レソト=LS
sulky-teen | アレクサ{}の首都だけ言って | エスワティニ=SZ; ナミビア=NA; ザンビア=ZM
sulky-teen | アレクサ南スーダンの首都 | SS
sulky-teen | アレクサうるさいなわかってるってマレーシアの首都ぜんぶ | MY
sulky-teen | アレクサだるい北朝鮮の首都 | KP
# 食べながら
eating-while-asking | アレクサもぐ{}の首都どこ | イタリア=IT; インド=IN; タイ=TH
eating-while-asking | アレクサんぐ{}のしゅとは | メキシコ=MX; ペルー=PE; ベトナム=VN
eating-while-asking | アレクサごくん{}の首都ってどこ | 韓国=KR; トルコ=TR; モロッコ=MA
eating-while-asking | アレクサこのカレーの国{}の首都 | スリランカ=LK; ネパール=NP; バングラデシュ=BD
eating-while-asking | アレクサ{}の首都もぐもぐ | パキスタン=PK; アフガニスタン=AF; ウズベキスタン=UZ
eating-while-asking | アレクサチョコの産地{}の首都はどこ | ガーナ=GH; コートジボワール=CI; エクアドル=EC
eating-while-asking | アレクサ今食べてるワッフルの国{}の首都 | ベルギー=BE; オランダ=NL; デンマーク=DK
eating-while-asking | アレクサむぐむぐパレスチナの首都 | PS
eating-while-asking | アレクサずるずるフォーの国の首都 | VN
eating-while-asking | アレクサ南アフリカの首都全部ごくん | ZA
# 盆栽園
bonsai-nursery | アレクサ盆栽を送る{}の首都はどこ | イタリア=IT; ドイツ=DE; オランダ=NL
bonsai-nursery | アレクサ輸出先の{}の首都を確認したい | ベルギー=BE; フランス=FR; スペイン=ES
bonsai-nursery | アレクサ植物検疫が厳しい{}の首都 | オーストラリア=AU; ニュージーランド=NZ; チリ=CL
bonsai-nursery | アレクサ{}から盆栽の注文が来た首都はどこ | ポーランド=PL; チェコ=CZ; スロバキア=SK
bonsai-nursery | アレクサ真柏を欲しがってる{}のお客さんの首都 | アメリカ=US; カナダ=CA; イギリス=GB
bonsai-nursery | アレクサ盆栽展がある{}の首都はどこか教えて | 台湾=TW; 中国=CN; インドネシア=ID
bonsai-nursery | アレクサ{}の首都へ盆栽を送りたい | ウクライナ=UA; ブルガリア=BG; ギリシャ=GR
bonsai-nursery | アレクサ松の盆栽を買ってくれたマレーシアの首都はふたつあるよね両方 | MY
bonsai-nursery | アレクサ盆栽クラブのある南アフリカの首都いくつある全部 | ZA
# 花火師
fireworks-maker | アレクサ花火を打ち上げに行く{}の首都はどこ | モナコ=MC; フランス=FR; カナダ=CA
fireworks-maker | アレクサ{}の首都で花火大会があるらしいけどそこどこ | アラブ首長国連邦=AE; カタール=QA; オーストラリア=AU
fireworks-maker | アレクサ火薬を輸入してる{}の首都 | 中国=CN; スペイン=ES; マルタ=MT
fireworks-maker | アレクサ{}の首都はどこだべ | ポルトガル=PT; フィリピン=PH; シンガポール=SG
fireworks-maker | アレクサ年越し花火で有名な{}の首都 | ニュージーランド=NZ; イギリス=GB; ドイツ=DE
fireworks-maker | アレクサ花火コンクールに出る{}の首都 | オランダ=NL; スイス=CH; イタリア=IT
fireworks-maker | アレクサ尺玉持っていくオランダの首都はふたつ両方教えて | NL
fireworks-maker | アレクサ花火の国際大会やるボリビアの首都ってどっちもどこ | BO
# スキー場のリフト係
ski-lift | アレクサ{}の首都ってどこ今日のお客さんの国 | オーストラリア=AU; 韓国=KR; シンガポール=SG
ski-lift | アレクサリフト待ちの{}の人に首都を聞かれた | タイ=TH; マレーシア=MY; インドネシア=ID
ski-lift | アレクサ{}の首都はどこ雪あるの | フィリピン=PH; ベトナム=VN; ブラジル=BR
ski-lift | アレクサスキーの本場{}の首都を教えて | オーストリア=AT; スイス=CH; ノルウェー=NO
ski-lift | アレクサ{}の首都はなにスノボの選手いるとこ | スロベニア=SI; アンドラ=AD; リヒテンシュタイン=LI
ski-lift | アレクサ{}から来たインストラクターの首都 | ニュージーランド=NZ; カナダ=CA; スウェーデン=SE
ski-lift | アレクサ休憩室で聞くけど北朝鮮の首都ってどこ | KP
ski-lift | アレクサゲレンデの外国人に聞かれた韓国の首都 | KR
# コインランドリー
laundromat | アレクサ乾燥待ちのあいだに{}の首都 | カンボジア=KH; ラオス=LA; ミャンマー=MM
laundromat | アレクサ洗濯機回してる間に{}の首都教えて | ネパール=NP; ブータン=BT; モルディブ=MV
laundromat | アレクサ{}の首都はどこあと二十分 | モンゴル=MN; キルギス=KG; タジキスタン=TJ
laundromat | アレクサ隣の人が{}の人だって首都どこ | ナイジェリア=NG; エチオピア=ET; ソマリア=SO
laundromat | アレクサ{}の首都を知りたい乾燥機の前から | ウガンダ=UG; ルワンダ=RW; タンザニア=TZ
laundromat | アレクサ洗剤の箱に書いてある{}の首都 | トルコ=TR; ポーランド=PL; 韓国=KR
laundromat | アレクサ乾燥機の音うるさいけどコンゴ共和国の首都 | CG
laundromat | アレクサ柔軟剤入れながらエスワティニの首都ふたつ | SZ
# マグロの競り
tuna-auction | アレクサ冷凍マグロが来る{}の首都 | スペイン=ES; マルタ=MT; モロッコ=MA
tuna-auction | アレクサ本マグロを獲る{}の首都はどこ | メキシコ=MX; クロアチア=HR; トルコ=TR
tuna-auction | アレクサ{}船籍のマグロ船の首都 | 台湾=TW; 韓国=KR; 中国=CN
tuna-auction | アレクサ{}の首都はどこか仲買さんが聞いとる | インドネシア=ID; オーストラリア=AU; ニュージーランド=NZ
tuna-auction | アレクサキハダの産地{}の首都 | フィリピン=PH; ソロモン諸島=SB; キリバス=KI
tuna-auction | アレクサ{}の首都の名前を競り前に | パナマ=PA; エクアドル=EC; ペルー=PE
tuna-auction | アレクサ{}産のメバチの首都 | モーリシャス=MU; セーシェル=SC; スリランカ=LK
tuna-auction | アレクサ競り場でアイルランドの首都 | IE
tuna-auction | アレクサ南アフリカの首都は三つあるんだべ全部 | ZA
# 陶芸工房
pottery-workshop | アレクサ釉薬を取り寄せる{}の首都 | イギリス=GB; ドイツ=DE; オランダ=NL
pottery-workshop | アレクサ陶芸体験に来た{}の人の首都は | フランス=FR; ポルトガル=PT; メキシコ=MX
pottery-workshop | アレクサ青い器で有名な{}の首都 | モロッコ=MA; ポルトガル共和国=PT; ウズベキスタン=UZ
pottery-workshop | アレクサろくろ回しながら{}の首都 | ハンガリー=HU; デンマーク=DK; フィンランド=FI
pottery-workshop | アレクサ{}の首都教えて手が泥だらけなの | イラン=IR; トルコ=TR; 韓国=KR
pottery-workshop | アレクサ{}の首都はどこ窯元さんが行くの | 中国=CN; ベトナム=VN; タイ=TH
pottery-workshop | アレクサ粘土を輸入するマレーシアの首都両方お願い | MY
pottery-workshop | アレクサスリランカの首都をふたつとも | LK
# 編み物サークル
knitting-circle | アレクサこの毛糸の産地{}の首都はどこ | ペルー=PE; ボリビア=BO; ニュージーランド=NZ
knitting-circle | アレクサ{}の首都ってどこだったかしらね編みながら | アイスランド=IS; ノルウェー=NO; スコットランド=GB-SCT
knitting-circle | アレクサフェアアイル柄の{}の首都 | イギリス=GB; エストニア=EE; ラトビア=LV
knitting-circle | アレクサ{}の首都を教えてちょうだい目が数えられなくて | アイルランド=IE; デンマーク=DK; フィンランド=FI
knitting-circle | アレクサカシミヤの{}の首都 | モンゴル=MN; ネパール=NP; 中国=CN
knitting-circle | アレクサモヘアの国{}の首都 | 南アフリカ共和国=ZA; トルコ共和国=TR; レソト王国=LS
knitting-circle | アレクサボリビアの首都ってふたつあるのよね両方教えて | BO
knitting-circle | アレクサアルパカの毛の国ペルーの首都 | PE
# ラジオ体操
radio-calisthenics | アレクサ体操終わったら{}の首都 | ブラジル=BR; アルゼンチン=AR; チリ=CL
radio-calisthenics | アレクサいちにっさんし{}の首都 | カナダ=CA; アメリカ=US; メキシコ=MX
radio-calisthenics | アレクサ{}の首都深呼吸 | エジプト=EG; ケニア=KE; 南アフリカ=ZA
radio-calisthenics | アレクサ公園の皆さんが聞いてる{}の首都 | インド=IN; パキスタン=PK; バングラデシュ=BD
radio-calisthenics | アレクサスタンプもらったら{}の首都教えて | ドイツ=DE; フランス=FR; イギリス=GB
radio-calisthenics | アレクサ第二が終わった{}の首都 | ロシア=RU; ウクライナ=UA; ポーランド=PL
radio-calisthenics | アレクサ朝の体操のあとはパレスチナの首都 | PS
radio-calisthenics | アレクサ腕を回しながらコンゴ民主共和国の首都 | CD
# 結婚式のスピーチ
wedding-speech | アレクサ新郎が赴任してた{}の首都を確認したい | シンガポール=SG; インドネシア=ID; タイ=TH
wedding-speech | アレクサ新婦のご出身{}の首都を間違えたくない | フィリピン=PH; ベトナム=VN; ブラジル=BR
wedding-speech | アレクサ新婚旅行の{}の首都 | モルディブ=MV; イタリア=IT; ギリシャ=GR
wedding-speech | アレクサスピーチで言う{}の首都の読み方 | アイスランド=IS; ハンガリー=HU; チェコ=CZ
wedding-speech | アレクサ二人が出会った{}の首都 | オーストラリア=AU; カナダ=CA; アイルランド=IE
wedding-speech | アレクサ{}の首都は乾杯の前に確かめておきたい | ニュージーランド=NZ; フィジー=FJ; スペイン=ES
wedding-speech | アレクサ新郎の同僚の故郷オランダの首都をふたつとも | NL
wedding-speech | アレクサ新婦のお父様の国韓国の首都 | KR
# 駅の忘れ物窓口
lost-and-found | アレクサ{}のパスポートの忘れ物首都はどこ | ネパール=NP; スリランカ=LK; モンゴル=MN
lost-and-found | アレクサ落とし主が{}の人なんだけど首都は | ブータン=BT; ラオス=LA; カンボジア=KH
lost-and-found | アレクサ{}の首都を確認お願い連絡先に書くので | ケニア=KE; タンザニア=TZ; エチオピア=ET
lost-and-found | アレクサ{}のお客様の首都を教えてください | メキシコ=MX; コロンビア=CO; グアテマラ=GT
lost-and-found | アレクサ忘れ物の財布{}の通貨だった首都どこ | スイス=CH; チェコ=CZ; スウェーデン=SE
lost-and-found | アレクサ{}のお客様に聞かれましたが首都は | サウジアラビア=SA; オマーン=OM; カタール=QA
lost-and-found | アレクサ北朝鮮の首都を聞かれて困ってる | KP
lost-and-found | アレクサコンゴ共和国のお客様の首都 | CG
# 灯台守
lighthouse-keeper | アレクサ沖を通る{}の船の首都 | パナマ=PA; リベリア=LR; マーシャル諸島=MH
lighthouse-keeper | アレクサ{}の旗の船が見えた首都はどこ | バハマ=BS; マルタ=MT; キプロス=CY
lighthouse-keeper | アレクサ{}の首都を教えてくれ霧が出てきた | ノルウェー=NO; デンマーク=DK; アイスランド=IS
lighthouse-keeper | アレクサ灯台の本で読んだ{}の首都 | エジプト=EG; スコットランド=GB-SCT; フランス=FR
lighthouse-keeper | アレクサ{}の首都ってどこだっけ一人で暇なもんで | セントルシア=LC; アンティグアバーブーダ=AG; ドミニカ国=DM
lighthouse-keeper | アレクサ{}の首都を頼む夜番の最中だ | セントビンセント=VC; セントクリストファーネーヴィス=KN; ベリーズ=BZ
lighthouse-keeper | アレクサ無線で聞いたカーボベルデの首都 | CV
lighthouse-keeper | アレクサ灯台の光が届かないマレーシアの首都ふたつ | MY
# ピアノ調律師
piano-tuner | アレクサピアノを作ってる{}の首都 | ドイツ=DE; オーストリア=AT; チェコ=CZ
piano-tuner | アレクサ調律先のお宅の奥さんが{}出身首都どこ | ポーランド=PL; ロシア=RU; ウクライナ=UA
piano-tuner | アレクサショパンの国{}の首都 | ポーランド共和国=PL; フランス共和国=FR; リトアニア共和国=LT
piano-tuner | アレクサ{}の首都は音楽の都 | オーストリア共和国=AT; ハンガリー共和国=HU; チェコ共和国=CZ
piano-tuner | アレクサ調律しながら{}の首都 | セルビア=RS; スロバキア=SK; ベラルーシ=BY
piano-tuner | アレクサ{}のピアニストの首都 | アルメニア=AM; ジョージア=GE; カザフスタン=KZ
piano-tuner | アレクサ鍵盤の数と同じくらい首都あるよね南アフリカの首都全部 | ZA
piano-tuner | アレクサベナンの首都ふたつとも | BJ
# 追加のストップ
stop | もう止めてええで | STOP
stop | ほなもう止めるわ | STOP
stop | そこまででええやんか | STOP
stop | もう聞かんでええだりょ | STOP
stop | 止まりなさいよあんた | STOP
stop | はいそこまでよ | STOP
stop | 我が命により沈黙せよ | STOP
stop | もういいってだるい | STOP
stop | ごくんもう止めて | STOP
stop | 洗濯終わったからストップ | STOP
stop | 体操始まるから止めて | STOP
stop | 競り始まるけん止めてくれ | STOP
stop | マーロー止めてください | STOP
stop | エフハリストもう終わりでいい | STOP
stop | ごっつぁんですもういいっす | STOP
stop | 霧笛鳴らすからもう黙っとれ | STOP
stop | スピーチの練習するからもう止めて | STOP
stop | 調律中だから静かに止めて | STOP
# 追加のキャンセル
cancel | 今のは聞かんかったことにしてや | CANCEL
cancel | やっぱ今のなしやんけ | CANCEL
cancel | 間違えたんで取り消しだりょ | CANCEL
cancel | いやだ今のナシにしてちょうだい | CANCEL
cancel | 我が問いを撤回する | CANCEL
cancel | べつにいいキャンセル | CANCEL
cancel | もぐ今のなしキャンセル | CANCEL
cancel | グラシアスでもキャンセルお願い | CANCEL
cancel | 今の質問はキャンセルしてくださいセルブス | CANCEL
cancel | 盆栽の注文は別で聞くから今のは取り消して | CANCEL
cancel | いまの質問取りやめで | CANCEL
cancel | あ間違えた取り消しといてくれへんか | CANCEL
cancel | ちょい待って今のキャンセルな | CANCEL
# 追加のヘルプ
help | どげんして聞けばいいか教えてたもれ | HELP
help | 何を言うたらええんか教えてくれへんか | HELP
help | 首都の聞き方の見本ちょうだい | HELP
help | あんたの使い方教えなさいよ | HELP
help | このスキルの説明お願いしますマーロー | HELP
help | どう話しかければいいですかセルブス | HELP
help | 何ができるのか言ってみてくれや | HELP
help | ヘルプってどうやるのもぐもぐ | HELP
help | わからんだりょ助けてくれりょ | HELP
# 追加の起動
launch | アレクサ世界の首都ひらいてだりょ | LAUNCH
launch | アレクサ世界の首都を開けてくれりょ | LAUNCH
launch | アレクサ世界の首都を起動してくれへんか | LAUNCH
launch | アレクサ世界の首都開いてや言うてるやんけ | LAUNCH
launch | アレクサ世界の首都を開きなさいよ | LAUNCH
launch | アレクサ我が命ずる世界の首都を召喚せよ | LAUNCH
launch | アレクサはよ世界の首都ひらいて | LAUNCH
launch | アレクサもぐもぐ世界の首都ひらいて | LAUNCH
launch | アレクサチェ世界の首都を開いてグラシアス | LAUNCH
launch | アレクサヤサス世界の首都を始めましょう | LAUNCH
launch | アレクサ世界の首都を開いてくださいごっつぁんです | LAUNCH
launch | アレクサ世界の首都を開いてくださいマーロー | LAUNCH
launch | アレクサ世界の首都を起動してくださいセルブス | LAUNCH
launch | アレクサ乾燥機回してる間に世界の首都を開いて | LAUNCH
launch | アレクサ体操終わったし世界の首都つけて | LAUNCH
launch | アレクサ灯台の当直中だ世界の首都を起動してくれ | LAUNCH
launch | アレクサ編み物しながら世界の首都を聞きたいわ開いて | LAUNCH
launch | アレクサ世界の首都で国の首都調べたい | LAUNCH
# 追加の関係ない話
out-of-domain | アレクサ玉ねぎスープの作り方教えてや | FB
out-of-domain | アレクサ鳴門の渦潮が一番大きいのはいつやんけ | FB
out-of-domain | アレクサ島唄かけてくれりょ | FB
out-of-domain | アレクサ伊賀上野城の入場料はなんぼ | FB
out-of-domain | アレクサおがさわら丸の次の出航日 | FB
out-of-domain | アレクサバンドネオンの音楽かけてグラシアス | FB
out-of-domain | アレクサオリーブの木に水やりするリマインダー | FB
out-of-domain | アレクサ稽古の時間にアラームかけてごっつぁんです | FB
out-of-domain | アレクサラグビーのトライって何点 | FB
out-of-domain | アレクサ論文の締め切りまであと何日 | FB
out-of-domain | アレクサ我が前世は何者だ | FB
out-of-domain | アレクサ今夜のおすすめカクテル教えてちょうだい | FB
out-of-domain | アレクサだるいから何か音楽流して | FB
out-of-domain | アレクサ盆栽の松の剪定の時期は | FB
out-of-domain | アレクサ明日のゲレンデの天気 | FB
out-of-domain | アレクサ本マグロ一キロいくら | FB
out-of-domain | アレクサ灯台の点灯時刻は何時 | FB
out-of-domain | アレクサピアノのラの音を鳴らして | FB
out-of-domain | アレクサ世界の首都の中で一番暑いのはどこ | FB
out-of-domain | アレクサ首都の人口ランキング | FB
# 追加の国
iga | アレクサ{}の首都ってどこなんやんか | 日本=JP; サントメプリンシペ=ST; ギニアビサウ=GW
greek-restaurant | アレクササントメプリンシペの首都ってどこエフハリスト | ST
lighthouse-keeper | アレクサ日本の首都はどこか言ってみてくれ | JP
# 追加の南アフリカなど
plural-capitals | アレクサ南アフリカの首都ぜんぶでみっつ言うてみてや | ZA
plural-capitals | アレクサ南アフリカ共和国の首都は三か所あるやろそれぞれ教えて | ZA
plural-capitals | アレクサ南アの首都三つとも聞かせてちょうだい | ZA
plural-capitals | アレクサプレトリアだけじゃないよね南アフリカの首都全部 | ZA
plural-capitals | アレクサコートジボワールの首都ってアビジャンも入れて両方 | CI
laundromat | アレクサ乾燥あと五分やけどコンゴ共和国の首都ブラザビルでええの | CG
tuna-auction | アレクサ競りの休憩中にコンゴ共和国の首都教えてくれ | CG
"""

if __name__ == "__main__":
    build_round(57, "ja", LINES, sys.argv, "tests/Eval/ja/round57/source/build_corpus.py")
