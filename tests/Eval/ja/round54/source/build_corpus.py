"""Round 54, Japanese (ja-JP): a new author's own mix, written blind in the sixtieth session (brief WRITER67.md), for
this session's tuner.
Chosen apart from the groups round 53's docstring names for itself (Ibaraki, Shizuoka, Kanazawa, Okayama, Iyo, Sendai,
Nagasaki, Niigata, Kumamoto; a Thai student, a Peruvian Nikkei factory worker, a Myanmar care worker, a Turkish
kebab-shop owner and a German exchange student; a middle-school boy, a gyaru, a golfing company president and a
stay-at-home dad; a sumo broadcast, the Olympic opening parade, a post-office counter, an administrative scrivener's
visa papers, a care home, a cabin-crew member, a ramen shop, a school-trip plan, a world-map jigsaw, the World Heritage
exam, a pen pal, a deep-sea fisherman and a Caribbean cruise), from the ones it lists for round 52 (Tsugaru, Akita,
Nagoya, Hiroshima, Tosa, Okinawa, Kagoshima, Hokkaido, Kyoto; a Filipino nurse, a Chinese technical intern, an
Indonesian fishing-boat trainee, an American ALT and a Sri Lankan used-car exporter; a university gamer, an elderly
rice farmer, an engineer mixing English terms and a kindergarten teacher; a TV quiz show, a crossword, a hotel front
desk, a trading company's shipping desk, a cram-school teacher, an online game, a library reference desk, the World
Baseball Classic, a hospital waiting room and a ham-radio operator), for round 51 (Kobe, Fukui, Saga, Oita, Tottori,
Nara, Tochigi, Kawachi; Vietnamese, Japanese-Brazilian, Nepali, Korean, French and Mongolian learners; a high-school
girl, a retired principal, business keigo, a returnee child; exam cramming, a taxi, the World Cup, a travel agency, an
izakaya quiz, a cooking class, airport check-in, karaoke, stamps, a summer project) and for round 50 (Tokushima,
Shinshu, Aizu, Wakayama, Hakata, Yamaguchi, Miyazaki, Toyama; Italian, Ghanaian, Kazakh, British, Lao and Swedish
learners; net slang, a bilingual family, a grandmother, a preschooler; flag cards, banknotes, a marathon, a car trip,
the news, a morning assembly, an escape room, mahjong, a security guard, a flower shop).
Regions: Yamagata ("どごだ", "おしえでけね", "んだんだ", "わがらねっす"; cherries, imoni), Morioka ("でがんす", "じぇじぇ",
"くなんせ", "なっす"; reimen, wanko soba, Nanbu ironware), Gunma ("だんべ", "なん", "いね", "くんない"; Oizumi's Brazilian
town, konnyaku, the dry winter wind), Ise ("やに", "やんか", "おる"; pearls, akafuku, ama divers), Izumo ("だらか",
"だんだん", "ごしない", "げな"; soba, the month of the gods, matchmaking), Sanuki ("きん", "まい", "かいの"; udon,
Konpira), Kitakyushu ("っちゃ", "しゃあしい", "知っとう"; Kokura port, the steelworks, yaki udon), Tokyo shitamachi
("てやんでえ", "おせえてくんな", "べらぼうめ"; Asakusa, the bathhouse) and Gifu ("やお", "やて", "かんわ", "けった";
Takayama, Seki knives, cormorant fishing).
Migrants and learners: an Uzbek student ("しゅと何ですか", "サマルカンド"), a Bangladeshi curry-shop cook ("ボスに聞かれた",
"首都なに言うの"), a Ukrainian evacuee in textbook polite Japanese ("いただけますか", "キーウ"), a Mexican salsa teacher
("オラ", "アミーゴ", "セニョーラ") and an Australian working-holiday maker in Niseko ("マジで", "キャピタルシティ",
"パウダースノー").
Age and manner: an elementary-school girl ("ねえねえ", "しゅとどこー"), an old shogi player ("王手じゃ", "のう"), a VTuber
fan ("草", "てぇてぇ", "ワンチャン", "スパチャ"), a mother feeding a baby at night ("小さい声で", "ささやき声で"), a drunk
salaryman ("ういー", "しゅとぉ") and a manzai straight man ("なんでやねん", "どこやねん").
Situations: the Rugby World Cup, a sake brewery's exports, a long-haul truck driver, a ferry, a currency-exchange
counter, a tea ceremony with foreign guests, an origami class, a convenience-store night shift, a coin collector, a
geography podcast and an international-marriage agency.
Nearly every line starts with アレクサ; the follow-up lines, said inside a session, do not. Every line was typed by
hand as one whole utterance; frames carry up to three fills.
Built by round12_hinl_corpus.py (build_round with round 54's number).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# 複数の首都
plural-capitals | アレクサ{}には首都がいくつあってそれぞれどこなん | 南アフリカ=ZA; ボリビア=BO; マレーシア=MY
plural-capitals | アレクサ{}の首都ってどれとどれやったっけ | オランダ=NL; ベナン=BJ; スリランカ=LK
plural-capitals | アレクサ{}の首都を二つとも言ってみて | ボリビア=BO; エスワティニ=SZ; コートジボワール=CI
plural-capitals | アレクサ{}は首都がひとつじゃないって本当それぞれ教えて | 南アフリカ=ZA; オランダ=NL; マレーシア=MY
plural-capitals | アレクサ{}の首都全部挙げてちょうだい | ベナン=BJ; ボリビア=BO; スリランカ=LK
plural-capitals | アレクサ{}の首都ぜんぶでいくつどこどこ | エスワティニ=SZ; コートジボワール=CI; 南アフリカ=ZA
plural-capitals | アレクサ{}の首都を両方とも | マレーシア=MY; オランダ=NL; ボリビア=BO
plural-capitals | アレクサ{}の首都って複数形で言うとどこたち | スリランカ=LK; ベナン=BJ; エスワティニ=SZ
plural-capitals | アレクサ{}の首都は一つだけなのそれとも何個かあるの | コートジボワール=CI; 南アフリカ=ZA; マレーシア=MY
plural-capitals | アレクサ{}の首都って二か所あるけどどことどこ | オランダ=NL; ボリビア=BO; ベナン=BJ
plural-capitals | アレクサ南アフリカの行政と立法と司法の首都を三つとも教えて | ZA
plural-capitals | アレクサ南アフリカ共和国は首都が三つあるんだよねどこ | ZA
plural-capitals | アレクサプレトリアとケープタウンとあと一つ南アフリカの首都全部 | ZA
plural-capitals | アレクサボリビアの首都スクレとラパスどっちも首都なの両方教えて | BO
plural-capitals | アレクサボリビアって首都がふたつある国だよね両方言って | BO
plural-capitals | アレクサオランダの首都はアムステルダムだけじゃないんだっけ全部教えて | NL
plural-capitals | アレクサオランダの首都と政府のある街を両方 | NL
plural-capitals | アレクサマレーシアのクアラルンプールともう一つの首都をセットで | MY
plural-capitals | アレクサマレーシアの首都って行政の方も含めて全部言うとどこ | MY
plural-capitals | アレクサベナンの首都二つってなんだったっけ | BJ
plural-capitals | アレクサスリランカの首都長い名前の方と短い方両方教えて | LK
plural-capitals | アレクサエスワティニの首都は王様のいる方と政府の方どっちも言って | SZ
plural-capitals | アレクサコートジボワールの首都ヤムスクロとアビジャン両方首都なの | CI
plural-capitals | アレクサ象牙海岸の首都ふたつ教えて | CI
plural-capitals | アレクサ首都が三つある国南アフリカのそれぞれの首都 | ZA
plural-capitals | アレクサ世界の首都で南アフリカの首都を全部 | ZA
plural-capitals | アレクサ世界の首都でボリビアの首都二つとも | BO
plural-capitals | アレクサマレーシアの首都全部知りたいんだけど | MY
plural-capitals | アレクサオランダの首都ってハーグも入れて全部でどこ | NL
# 州と地域
subdivision | アレクサ{}の州都はどこ | カリフォルニア州=US-CA; バイエルン州=DE-BY; クイーンズランド州=AU-QLD
subdivision | アレクサ{}の州都ってどこだべ | テキサス州=US-TX; オンタリオ州=CA-ON; ケベック州=CA-QC
subdivision | アレクサ{}の中心都市はどこなの | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | アレクサ{}の州の首都を教えてください | ニューヨーク州=US-NY; フロリダ州=US-FL; ワシントン州=US-WA
subdivision | アレクサ{}の州都は | ケーララ州=IN-KL; マハーラーシュトラ州=IN-MH; ハリスコ州=MX-JAL
subdivision | アレクサ{}っていう州の州都 | サンパウロ州=BR-SP; アマゾナス州=BR-AM; ユカタン州=MX-YUC
subdivision | アレクサ{}の首府はどこ | ヌナブト準州=CA-NU; ユーコン準州=CA-YT; ノーザンテリトリー=AU-NT
subdivision | アレクサ{}の県庁所在地はどこ | 北海道=FB; 沖縄県=FB; 群馬県=FB
subdivision | アレクサ{}の首都 | イングランド=GB-ENG; グリーンランド=GL; プエルトリコ=PR
subdivision | アレクサ{}の省都はどこ | 広東省=FB; 浙江省=FB; 雲南省=FB
subdivision | アレクサカタルーニャの州都 | FB
subdivision | アレクサバスク地方の中心の街はどこ | FB
subdivision | アレクサトスカーナ州の州都はどこ | FB
subdivision | アレクサシベリアの首都ってあるの | FB
subdivision | アレクサイリノイ州の州都シカゴじゃないんだよね | US-IL
subdivision | アレクサジョージア州の州都を教えて | US-GA
subdivision | アレクサタミルナードゥ州の州都 | IN-TN
subdivision | アレクサ西ベンガル州の州都はどこ | IN-WB
subdivision | アレクサハンブルク州の州都は | DE-HH
subdivision | アレクサニューサウスウェールズ州の州都 | AU-NSW
subdivision | アレクサ西オーストラリア州の州都はどこだっけ | AU-WA
subdivision | アレクサリオグランデドスル州の州都は | BR-RS
subdivision | アレクサバハカリフォルニア州の州都はどこ | MX-BCN
subdivision | アレクサテネシー州の州都ってナッシュビル | US-TN
subdivision | アレクサマン島の首都 | IM
subdivision | アレクサジャージー島の首都はどこ | JE
subdivision | アレクサフェロー諸島の首都ってどこ | FO
subdivision | アレクサ香港の首都 | HK
# 範囲外
out-of-domain | アレクサ明日の山形の天気は | FB
out-of-domain | アレクサタイマー三分かけて | FB
out-of-domain | アレクサうどん茹でるから十二分測って | FB
out-of-domain | アレクサ演歌かけて | FB
out-of-domain | アレクサ美空ひばり流して | FB
out-of-domain | アレクサ東京の人口は何人 | FB
out-of-domain | アレクサパリの人口ってどのくらい | FB
out-of-domain | アレクサロンドンは今何時 | FB
out-of-domain | アレクサニューヨークとの時差は | FB
out-of-domain | アレクサアフリカの首都はどこ | FB
out-of-domain | アレクサヨーロッパの首都ってどこ | FB
out-of-domain | アレクサアジアの首都 | FB
out-of-domain | アレクサ南米大陸の首都を教えて | FB
out-of-domain | アレクサ宇宙の首都はどこ | FB
out-of-domain | アレクサ月の首都ってあるの | FB
out-of-domain | アレクサ火星の首都 | FB
out-of-domain | アレクサ世界で一番大きい首都はどこ | FB
out-of-domain | アレクサ一番標高が高い首都はどこ | FB
out-of-domain | アレクサ一番寒い首都ってどこ | FB
out-of-domain | アレクサ首都高の渋滞情報 | FB
out-of-domain | アレクサ首都圏の電車の遅れ | FB
out-of-domain | アレクサ電気消して | FB
out-of-domain | アレクサエアコンつけて | FB
out-of-domain | アレクサおやすみ | FB
out-of-domain | アレクサおはよう | FB
out-of-domain | アレクサありがとう | FB
out-of-domain | アレクサ愛してる | FB
out-of-domain | アレクサしりとりしよう | FB
out-of-domain | アレクサ今日の運勢は | FB
out-of-domain | アレクサ一ドルは何円 | FB
out-of-domain | アレクサユーロの為替レート | FB
out-of-domain | アレクサ買い物リストに醤油を追加 | FB
out-of-domain | アレクサ明日六時に起こして | FB
out-of-domain | アレクサ大相撲の結果は | FB
out-of-domain | アレクサ巨人勝った | FB
out-of-domain | アレクサ面白い話して | FB
out-of-domain | アレクサ犬の鳴き声出して | FB
out-of-domain | アレクサラジオ体操の音楽かけて | FB
out-of-domain | アレクサさぬきうどんの作り方 | FB
out-of-domain | アレクサ富士山の高さは | FB
out-of-domain | アレクサ日本で一番長い川は | FB
out-of-domain | アレクサ世界で一番人口が多い国は | FB
out-of-domain | アレクサ国連の本部はどこにあるの | FB
out-of-domain | アレクサイーユーの首都ってあるの | FB
out-of-domain | アレクサ江戸幕府はどこにあった | FB
out-of-domain | アレクサ平城京と平安京どっちが古い | FB
out-of-domain | アレクサ日本の首都が京都から東京に移ったのはいつ | FB
out-of-domain | アレクサブラジルの首都がリオから移ったのはなぜ | FB
out-of-domain | アレクサワシントンの名前の由来 | FB
out-of-domain | アレクサ首都って英語で何て言うの | FB
out-of-domain | アレクサ首都の意味を教えて | FB
out-of-domain | アレクサ首都機能移転って何 | FB
out-of-domain | アレクサ首都直下地震の確率は | FB
out-of-domain | アレクサ首都大学東京って今なんて名前 | FB
out-of-domain | アレクサアトランティスの首都はどこ | FB
out-of-domain | アレクサワカンダの首都 | FB
out-of-domain | アレクサナルニア国の首都ってどこ | FB
out-of-domain | アレクサ邪馬台国はどこにあったの | FB
out-of-domain | アレクサ満州国の首都はどこだった | FB
out-of-domain | アレクサソビエト連邦の首都はどこだった | FB
out-of-domain | アレクサユーゴスラビアの首都 | FB
out-of-domain | アレクサ東ドイツの首都はどこだった | FB
out-of-domain | アレクサオスマン帝国の首都 | FB
out-of-domain | アレクサ琉球王国の首都はどこ | FB
out-of-domain | アレクサ大阪府の府庁はどこにある | FB
out-of-domain | アレクサ将棋しよう | FB
out-of-domain | アレクサ詰将棋出して | FB
out-of-domain | アレクサ王手って英語で | FB
out-of-domain | アレクサ今日のニュース | FB
out-of-domain | アレクサ音量上げて | FB
out-of-domain | アレクサ音小さくして | FB
out-of-domain | アレクサ子守唄かけて | FB
out-of-domain | アレクサ赤ちゃんが泣き止む音 | FB
out-of-domain | アレクサ終電何時 | FB
out-of-domain | アレクサタクシー呼んで | FB
out-of-domain | アレクサ酔い覚ましの方法 | FB
out-of-domain | アレクサ円周率を百桁言って | FB
out-of-domain | アレクサ国旗が赤と白の国はどこ | FB
out-of-domain | アレクサフランスの国歌流して | FB
out-of-domain | アレクサ韓国語でありがとうは | FB
out-of-domain | アレクサウズベク語でこんにちは | FB
out-of-domain | アレクサ世界で一番小さい国はどこ | FB
out-of-domain | アレクサ国はいくつあるの | FB
out-of-domain | アレクサ首都クイズ出して | FB
out-of-domain | アレクサラグビーワールドカップの次の開催国は | FB
out-of-domain | アレクサ日本酒の輸出量が一番多い国 | FB
out-of-domain | アレクサフェリーの時刻表 | FB
out-of-domain | アレクサトラックの休憩所近くにある | FB
out-of-domain | アレクサ折り鶴の折り方教えて | FB
out-of-domain | アレクサお茶の点て方 | FB
out-of-domain | アレクサ今日は何の日 | FB
out-of-domain | アレクサ草 | FB
out-of-domain | アレクサ推しの配信始まった | FB
out-of-domain | アレクサなんでやねん | FB
out-of-domain | アレクサ伊勢神宮の参拝時間 | FB
out-of-domain | アレクサ出雲大社の縁結びについて教えて | FB
out-of-domain | アレクサ盛岡冷麺の有名な店 | FB
out-of-domain | アレクサさくらんぼの旬はいつ | FB
out-of-domain | アレクサ草津温泉まで車で何時間 | FB
out-of-domain | アレクサ小倉の天気 | FB
out-of-domain | アレクサ浅草のほおずき市はいつ | FB
out-of-domain | アレクサ飛騨高山の朝市 | FB
out-of-domain | アレクサ首都の首都はどこ | FB
out-of-domain | アレクサ世界の首都をいくつ知ってる | FB
out-of-domain | アレクサキャンベラってなんで首都になったの | FB
out-of-domain | アレクサソウルの人口は | FB
out-of-domain | アレクサ北京の今の気温 | FB
out-of-domain | アレクサカイロまで飛行機で何時間 | FB
out-of-domain | アレクサバンコクの正式名称を全部言って | FB
out-of-domain | アレクサローマは一日にしてならずってどういう意味 | FB
out-of-domain | アレクサ北極の首都 | FB
out-of-domain | アレクサ日本の首都は法律で決まってるの | FB
out-of-domain | アレクサ首都っていくつあるの世界に | FB
out-of-domain | アレクサ地球儀を買いたい | FB
out-of-domain | アレクサアマゾンで世界地図を注文して | FB
out-of-domain | アレクサなぞなぞ出して | FB
out-of-domain | アレクサ歌って | FB
out-of-domain | アレクサ夜泣きの対処法 | FB
out-of-domain | アレクサ国際結婚の手続き | FB
out-of-domain | アレクサビザの申請に必要な書類 | FB
out-of-domain | アレクサ大使館の電話番号 | FB
out-of-domain | アレクサ両替できる場所 | FB
out-of-domain | アレクサコンビニの廃棄時間って何時 | FB
out-of-domain | アレクサ十五分後に教えて | FB
out-of-domain | アレクサ元気 | FB
out-of-domain | アレクサあなたの首都はどこ | FB
out-of-domain | アレクサ関西の首都は大阪やろ | FB
out-of-domain | アレクサ群馬の首都ってどこ | FB
out-of-domain | アレクサ九州の首都は福岡でいい | FB
out-of-domain | アレクサさぬきの国の首都はどこ | FB
out-of-domain | アレクサ東北の首都は仙台 | FB
out-of-domain | アレクサヴィーガンのレシピ | FB
out-of-domain | アレクサ蕎麦とうどんどっちが好き | FB
out-of-domain | アレクサ眠れない | FB
out-of-domain | アレクサ今何時 | FB
out-of-domain | アレクサ世界遺産の数が一番多い国 | FB
out-of-domain | アレクサスエズ運河はどこ | FB
out-of-domain | アレクサエベレストはどこの国にある | FB
out-of-domain | アレクサヒマラヤの高さ | FB
# ヘルプ
help | アレクサヘルプ | HELP
help | アレクサ使い方がわかんないんだけど | HELP
help | アレクサこれどうやって使うべ | HELP
help | アレクサ何て言えばええの | HELP
help | アレクサなんて聞いたらいいんだいね | HELP
help | アレクサ世界の首都の使い方教えて | HELP
help | アレクサ世界の首都で何ができるの | HELP
help | アレクサ聞き方を教えてくれんかね | HELP
help | アレクサどう話しかけたらいいのか教えて | HELP
help | アレクサ手伝って | HELP
help | アレクサたすけて使い方わからない | HELP
help | アレクサこのスキルの説明して | HELP
help | アレクサどんな質問していいの | HELP
help | アレクサ質問のしかたがわからんちゃ | HELP
help | アレクサ例えば何て聞けばいいか例を言って | HELP
help | アレクサヘルプお願いします | HELP
help | アレクサどうすりゃいいんでい | HELP
help | アレクサ使い方もう一回説明して | HELP
help | アレクサ何ができるか教えてもらえますか | HELP
help | アレクサどうやるんやろか | HELP
help | アレクサわからないことがあるので助けてください | HELP
help | アレクサ首都の聞き方って決まりあるの | HELP
help | アレクサ世界の首都のヘルプ | HELP
help | アレクサ何を言うたらええかわからんけん教えて | HELP
help | アレクサ使い方わがんねがら教えでけろ | HELP
help | アレクサヘルプミー | HELP
# ストップ
stop | アレクサストップ | STOP
stop | アレクサ止めて | STOP
stop | アレクサもうやめて | STOP
stop | アレクサもういいべ | STOP
stop | アレクサおしまい | STOP
stop | アレクサおしまいにするきん | STOP
stop | アレクサ終わりにしよう | STOP
stop | アレクサ世界の首都を終了 | STOP
stop | アレクサもう十分だよ | STOP
stop | アレクサだまって | STOP
stop | アレクサ静かにして赤ちゃん寝たから | STOP
stop | アレクサしゃべらんでいい | STOP
stop | アレクサやめやめ | STOP
stop | アレクサもうええわ | STOP
stop | アレクサ終わりでいいよありがと | STOP
stop | アレクサそこまで | STOP
stop | アレクサ終了してください | STOP
stop | アレクサしまいにしてくんろ | STOP
stop | アレクサうるさいやめて | STOP
stop | アレクサストップストップ | STOP
stop | アレクサ今日はここまでにしとく | STOP
stop | アレクサ閉じて | STOP
stop | アレクサもう止めてええけえ | STOP
stop | アレクサ首都はもういいから終わって | STOP
stop | アレクサやめてくれっちゃ | STOP
# キャンセル
cancel | アレクサキャンセル | CANCEL
cancel | アレクサ取り消して | CANCEL
cancel | アレクサ今のなし | CANCEL
cancel | アレクサ今のキャンセルで | CANCEL
cancel | アレクサやっぱいいや | CANCEL
cancel | アレクサやっぱりやめとく | CANCEL
cancel | アレクサいまの取り消しお願い | CANCEL
cancel | アレクサ間違えたキャンセル | CANCEL
cancel | アレクサなかったことにして | CANCEL
cancel | アレクサ聞くのやめる | CANCEL
cancel | アレクサいやいいわキャンセル | CANCEL
cancel | アレクサキャンセルしてくれんね | CANCEL
cancel | アレクサ今のはなしにしてけろ | CANCEL
cancel | アレクサ質問を取りやめます | CANCEL
cancel | アレクサその質問キャンセル | CANCEL
cancel | アレクサ今のは間違い取り消しで | CANCEL
cancel | アレクサやっぱなしで | CANCEL
cancel | アレクサ取り消しやきん | CANCEL
cancel | アレクサキャンセルしといて | CANCEL
cancel | アレクサいややっぱいいですキャンセル | CANCEL
cancel | アレクサ今の聞かなかったことにして | CANCEL
cancel | アレクサキャンセルだんべ | CANCEL
cancel | アレクサ取り消しでお願いします | CANCEL
cancel | アレクサ今のなしなしキャンセル | CANCEL
cancel | アレクサやめときますわ取り消して | CANCEL
# 起動
launch | アレクサ世界の首都 | LAUNCH
launch | アレクサ世界の首都を開いて | LAUNCH
launch | アレクサ世界の首都を起動 | LAUNCH
launch | アレクサ世界の首都をスタート | LAUNCH
launch | アレクサ世界の首都を始めて | LAUNCH
launch | アレクサ世界の首都をつけて | LAUNCH
launch | アレクサ世界の首都を呼んで | LAUNCH
launch | アレクサ世界の首都やろう | LAUNCH
launch | アレクサ世界の首都で遊ぶ | LAUNCH
launch | アレクサ世界の首都を使いたい | LAUNCH
launch | アレクサ世界の首都を開けてくんろ | LAUNCH
launch | アレクサ世界の首都開いてけろ | LAUNCH
launch | アレクサ世界の首都を開いてつかぁさい | LAUNCH
launch | アレクサ世界の首都をひらいてくれんね | LAUNCH
launch | アレクサ世界の首都を起動してください | LAUNCH
launch | アレクサ世界の首都につないで | LAUNCH
launch | アレクサ世界の首都さん出てきて | LAUNCH
launch | アレクサ世界の首都おねがい | LAUNCH
launch | アレクサ世界の首都をかけて | LAUNCH
launch | アレクサ世界の首都を立ち上げて | LAUNCH
launch | アレクサ世界の首都のスキル開いて | LAUNCH
launch | アレクサ世界の首都スキルを起動して | LAUNCH
launch | アレクサ世界の首都で勉強しよう | LAUNCH
launch | アレクサ世界の首都いくべ | LAUNCH
launch | アレクサ世界の首都を開くきん | LAUNCH
launch | アレクサ世界の首都また開いて | LAUNCH
launch | アレクサ世界の首都にしてちょうだい | LAUNCH
launch | アレクサ世界の首都を出して | LAUNCH
launch | アレクサ世界の首都ひらけ | LAUNCH
launch | アレクサ世界の首都を開いてみて | LAUNCH
launch | アレクサ世界の首都起動だんべ | LAUNCH
launch | アレクサ世界の首都を開きますよ | LAUNCH
# 続けて
follow-up | じゃあ{}は | フランス=FR; ドイツ=DE; イタリア=IT
follow-up | {}はどうなの | スペイン=ES; ポルトガル=PT; ギリシャ=GR
follow-up | 次{} | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
follow-up | ほんなら{}は | デンマーク=DK; アイスランド=IS; アイルランド=IE
follow-up | {}もお願い | ポーランド=PL; チェコ=CZ; スロバキア=SK
follow-up | あと{}も知りたい | ベルギー=BE; ルクセンブルク=LU; オランダ=NL
follow-up | それなら{}はどこ | クロアチア=HR; スロベニア=SI; ボスニアヘルツェゴビナ=BA
follow-up | {}のほうは | 北朝鮮=KP; 韓国=KR; モンゴル=MN
follow-up | 今度は{} | ケニア=KE; タンザニア=TZ; ウガンダ=UG
follow-up | {}だったら | ペルー=PE; チリ=CL; アルゼンチン=AR
follow-up | 続けて{} | ベトナム=VN; ラオス=LA; カンボジア=KH
follow-up | {}は何て街 | パレスチナ=PS; イスラエル=IL; ヨルダン=JO
follow-up | じゃ{}の首都は | コンゴ民主共和国=CD; コンゴ共和国=CG; ガボン=GA
follow-up | {}もいける | エジプト=EG; リビア=LY; チュニジア=TN
follow-up | んで{}は | モルドバ=MD; ウクライナ=UA; ベラルーシ=BY
follow-up | {}はどこだっけ | ジョージア=GE; アルメニア=AM; アゼルバイジャン=AZ
follow-up | そしたら{}は何 | カザフスタン=KZ; ウズベキスタン=UZ; キルギス=KG
# はいいいえ
yes-no-check | アレクサ{}の首都は東京で合ってる | 日本=JP
yes-no-check | アレクサシドニーが{}の首都だよね | オーストラリア=AU
yes-no-check | アレクサトロントって{}の首都じゃなかったっけ | カナダ=CA
yes-no-check | アレクサニューヨークは{}の首都 | アメリカ=US
yes-no-check | アレクサイスタンブールが{}の首都でしょ | トルコ=TR
yes-no-check | アレクサリオデジャネイロは{}の首都ですか | ブラジル=BR
yes-no-check | アレクサ{}の首都ってチューリッヒだべ | スイス=CH
yes-no-check | アレクサ{}の首都はラゴスでいいよね | ナイジェリア=NG
yes-no-check | アレクサ{}の首都ってヤンゴンのままだっけ | ミャンマー=MM
yes-no-check | アレクサカラチが{}の首都なんよね | パキスタン=PK
yes-no-check | アレクサアルマトイって{}の首都やんな | カザフスタン=KZ
yes-no-check | アレクサ{}の首都はダルエスサラームで正しい | タンザニア=TZ
yes-no-check | アレクサ{}の首都ってオークランドだったかな | ニュージーランド=NZ
yes-no-check | アレクサ{}の首都はドバイじゃないの | アラブ首長国連邦=AE
yes-no-check | アレクサ{}の首都ってジュネーブかね | スイス=CH
yes-no-check | アレクサムンバイは{}の首都 | インド=IN
yes-no-check | アレクサ{}の首都はホーチミンだったっけ | ベトナム=VN
yes-no-check | アレクサ{}の首都ってソウルで間違いない | 韓国=KR
yes-no-check | アレクサ平壌は{}の首都だよね | 北朝鮮=KP
yes-no-check | アレクサ{}の首都がキンシャサで合ってる | コンゴ民主共和国=CD
yes-no-check | アレクサブラザビルは{}の首都なの | コンゴ共和国=CG
yes-no-check | アレクサ{}の首都ってエルサレムなの | パレスチナ=PS
yes-no-check | アレクサ{}の首都はカサブランカじゃなかったか | モロッコ=MA
yes-no-check | アレクサ{}の首都はキエフでええの | ウクライナ=UA
yes-no-check | アレクサ{}の首都ってサンクトペテルブルクじゃないんやね | ロシア=RU
yes-no-check | アレクサ{}の首都はミラノだったっけ | イタリア=IT
yes-no-check | アレクサバルセロナが{}の首都 | スペイン=ES
# 言い直し
self-correction | アレクサオーストリアじゃなくて{}の首都 | オーストラリア=AU
self-correction | アレクサスロバキアいやちゃう{}の首都 | スロベニア=SI
self-correction | アレクサイランあっ間違えた{}の首都は | イラク=IQ
self-correction | アレクサニジェールじゃなかった{}の首都 | ナイジェリア=NG
self-correction | アレクサギニアあいや{}の首都 | ギニアビサウ=GW
self-correction | アレクサモーリタニアじゃなくて{}の首都はどこ | モーリシャス=MU
self-correction | アレクサ{}の首都いやコロンビアの首都 | スリランカ=CO
self-correction | アレクサ{}の首都じゃなくて北朝鮮の首都 | 韓国=KP
self-correction | アレクサ韓国じゃなくて北の方{}の首都 | 北朝鮮=KP
self-correction | アレクサ北朝鮮の首都あいや{}の首都 | 韓国=KR
self-correction | アレクサコンゴ共和国じゃなくて{}の方の首都 | コンゴ民主共和国=CD
self-correction | アレクサコンゴ民主共和国ちゃうくて{}の首都 | コンゴ共和国=CG
self-correction | アレクサイスラエルの首都あっやっぱ{}の首都 | パレスチナ=PS
self-correction | アレクサスウェーデンちゃうわ{}の首都 | スイス=CH
self-correction | アレクサラトビアじゃないリトアニアでもない{}の首都 | エストニア=EE
self-correction | アレクサパラグアイいやいや{}の首都 | ウルグアイ=UY
self-correction | アレクサ{}の首都訂正してグアテマラ | ホンジュラス=GT
self-correction | アレクサトルクメニスタンあっ違う{}の首都 | タジキスタン=TJ
self-correction | アレクサアルジェリアいや間違えた{}の首都 | ナイジェリア=NG
self-correction | アレクサオマーンじゃなくて{}の首都 | ヨルダン=JO
self-correction | アレクサ{}の首都いや待ってボリビアの首都 | ペルー=BO
self-correction | アレクサドミニカ国じゃない{}の首都 | ドミニカ共和国=DO
self-correction | アレクサスーダンの首都じゃなくて{}の首都 | 南スーダン=SS
# 逆の質問
reverse-question | アレクサ{}が首都の国はどこ | ナイロビ=CITY:ナイロビ; カトマンズ=CITY:カトマンズ; リマ=CITY:リマ
reverse-question | アレクサ{}ってどこの国の首都 | ウランバートル=CITY:ウランバートル; タシケント=CITY:タシケント; レイキャビク=CITY:レイキャビク
reverse-question | アレクサ{}を首都にしてる国って | アディスアベバ=CITY:アジスアベバ; ハボローネ=CITY:ハボローネ; ルサカ=CITY:ルサカ
reverse-question | アレクサ{}はなんていう国の首都なの | ワガドゥグー=CITY:ワガドゥグー; バマコ=CITY:バマコ; ニアメ=CITY:ニアメ
reverse-question | アレクサ{}が首都なのはどの国だべ | ティンプー=CITY:ティンプー; ビエンチャン=CITY:ビエンチャン; ダッカ=CITY:ダッカ
reverse-question | アレクサ首都が{}の国を教えて | キト=CITY:キト; ボゴタ=CITY:ボゴタ; カラカス=CITY:カラカス
reverse-question | アレクサ{}ってどこの首都やったっけ | ビシュケク=CITY:ビシュケク; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | アレクサ{}はどこの国の首都かいね | リュブリャナ=CITY:リュブリャナ; ブラチスラバ=CITY:ブラチスラバ; ポドゴリツァ=CITY:ポドゴリツァ
reverse-question | アレクサ{}が首都の国の名前 | 平壌=CITY:平壌; ソウル=CITY:ソウル; キンシャサ=CITY:キンシャサ
reverse-question | アレクサ{}って首都なの何の国の | ブラザビル=CITY:ブラザビル; ラマッラ=CITY:ラマッラ; ドドマ=CITY:ドドマ
reverse-question | アレクサキングストンが首都の国 | CITY:キングストン
reverse-question | アレクサヴィリニュスってどこの首都 | CITY:ヴィリニュス
reverse-question | アレクサアスマラは何て国の首都 | CITY:アスマラ
reverse-question | アレクサモロニが首都の国はどこ | CITY:モロニ
reverse-question | アレクサンジャメナってどこの国の首都 | CITY:ンジャメナ
reverse-question | アレクサマセルが首都なのはどこ | CITY:マセル
# 正式名称
official-name | アレクサ{}の首都はどこかな | アメリカ合衆国=US; グレートブリテン及び北アイルランド連合王国=GB; 中華人民共和国=CN
official-name | アレクサ{}の首都を正式名で聞くけどどこ | コンゴ民主共和国=CD; コンゴ共和国=CG; 中央アフリカ共和国=CF
official-name | アレクサ{}の首都ってなに | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | アレクサ{}の首都はなんていう街 | パレスチナ国=PS; イスラエル国=IL; ヨルダンハシェミット王国=JO
official-name | アレクサ{}の首都どこだんべ | 南アフリカ共和国=ZA; エジプトアラブ共和国=EG; アルジェリア民主人民共和国=DZ
official-name | アレクサ{}の首都を教えてくださいな | ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA; タイ王国=TH
official-name | アレクサ{}って国の首都 | ボリビア多民族国=BO; ベネズエラボリバル共和国=VE; ウルグアイ東方共和国=UY
official-name | アレクサ{}の首都が知りたいきん | ネパール連邦民主共和国=NP; スリランカ民主社会主義共和国=LK; バングラデシュ人民共和国=BD
official-name | アレクサ{}の首都はどこやろ | サウジアラビア王国=SA; イランイスラム共和国=IR; アフガニスタンイスラム首長国=AF
official-name | アレクサ{}の首都ってどこだい | オーストラリア連邦=AU; ニュージーランド=NZ; パプアニューギニア独立国=PG
official-name | アレクサ{}の首都はどちら | オランダ王国=NL; ベルギー王国=BE; スペイン王国=ES
official-name | アレクサ北マケドニア共和国の首都 | MK
official-name | アレクサエスワティニ王国の首都どこ | SZ
official-name | アレクサトリニダードトバゴ共和国の首都は | TT
official-name | アレクサ赤道ギニア共和国の首都はどこ | GQ
official-name | アレクササントメプリンシペ民主共和国の首都 | ST
# ふだんの呼び名
everyday-name | アレクサ{}の首都どこだっけ | イギリス=GB; アメリカ=US; 中国=CN
everyday-name | アレクサ{}の首都って何やったっけな | 北朝鮮=KP; 韓国=KR; 台湾=TW
everyday-name | アレクサ昔{}って言ってたとこの首都 | ビルマ=MM; セイロン=LK; シャム=TH
everyday-name | アレクサ{}の首都わかる | ザイール=CD; スワジランド=SZ; マケドニア=MK
everyday-name | アレクサ{}の首都ってどこだろ | 南ア=ZA; ニュージー=NZ; サウジ=SA
everyday-name | アレクサ{}の首都を教えてくれ | チェコスロバキアのチェコ=CZ; グルジア=GE; キルギスタン=KG
everyday-name | アレクサ{}の首都ってとこは | ホランド=NL; ペルシャ=IR; アビシニア=ET
everyday-name | アレクサ{}の首都どこなん | 東チモール=TL; カーボヴェルデ=CV; 象牙海岸=CI
everyday-name | アレクサ{}の首都どこかいね | パレスチナ自治区=PS; アラブのバーレーン=BH; 中東のカタール=QA
everyday-name | アレクサ{}の首都はね | ボスニア=BA; トルクメン=TM; ベラルーシ=BY
everyday-name | アレクサ{}って国の首都どこ | ダホメ=BJ; 上ボルタ=BF; ローデシア=ZW
# 同じ名前
shared-name | アレクサ{}の首都ってどこなん | ジョージア=GE; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | アレクサ{}の首都はどこ言うとるん | 朝鮮=KP+KR; ギニア=GN; サモア=AS+WS
shared-name | アレクサ{}の首都を一発で | スーダン=SD; アイルランド=IE; マケドニア=MK
shared-name | アレクサ{}の首都って国の方ね | ルクセンブルク=LU; モナコ=MC; シンガポール=SG
shared-name | アレクサ{}の首都どこだいね国のね | クウェート=KW; パナマ=PA; グアテマラ=GT
shared-name | アレクサ{}の首都ってどっちの | コリア=KP+KR; コンゴ=CD+CG; ヴァージン諸島=VG+VI
shared-name | アレクサアメリカのジョージアじゃなくて国の方のジョージアの首都 | GE
shared-name | アレクサ北と南どっちもの朝鮮の首都 | KP+KR
shared-name | アレクサコンゴって二つあるけどそれぞれの首都 | CD+CG
shared-name | アレクサドミニカの首都って二つの国どっちも教えて | DM+DO
shared-name | アレクサメキシコの首都 | MX
shared-name | アレクサジブチの首都って | DJ
# 山形
yamagata | アレクサ{}の首都ってどごだ | フランス=FR; ブラジル=BR; エジプト=EG
yamagata | アレクサさくらんぼ{}さ送るんだげど首都はどごや | 台湾=TW; シンガポール=SG; タイ=TH
yamagata | アレクサ芋煮会で{}の首都の話になったんだず | インド=IN; ケニア=KE; メキシコ=MX
yamagata | アレクサ{}の首都なんだっけがや | ノルウェー=NO; ポーランド=PL; ペルー=PE
yamagata | アレクサんだんだ{}の首都ばどごだっけ | 北朝鮮=KP; 韓国=KR; パレスチナ=PS
yamagata | アレクサ{}の首都わがらねっす | ルワンダ=RW; ブルンジ=BI; マラウイ=MW
yamagata | アレクサ孫が{}さ留学すんなだげど首都どごだべ | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
# 盛岡
morioka | アレクサ{}の首都ってどこでがんすか | スウェーデン=SE; デンマーク=DK; ラトビア=LV
morioka | アレクサ冷麺のルーツの{}の首都はどこだべ | 北朝鮮=KP; 韓国=KR; 中国=CN
morioka | アレクサわんこそば食べながら聞ぐけど{}の首都は | ブータン=BT; ネパール=NP; モンゴル=MN
morioka | アレクサ{}の首都ば教えでくなんせ | ハンガリー=HU; オーストリア=AT; チェコ=CZ
morioka | アレクサ南部鉄器を{}さ輸出すっけど首都はどご | フランス=FR; ドイツ=DE; アメリカ=US
morioka | アレクサ{}の首都だっけがなっす | ギリシャ=GR; キプロス=CY; マルタ=MT
# 群馬
gunma | アレクサ{}の首都はどこなん | ブラジル=BR; ペルー=PE; ボリビア=BO
gunma | アレクサ大泉のお店の人が{}出身なんだいね首都は | ブラジル=BR; パラグアイ=PY; アルゼンチン=AR
gunma | アレクサ{}の首都知ってるんかい | ウルグアイ=UY; エクアドル=EC; ベネズエラ=VE
gunma | アレクサこんにゃく{}に売るべって言われたけど首都どこなん | ドイツ=DE; イギリス=GB; フランス=FR
gunma | アレクサ{}の首都教えてくんない | ガーナ=GH; コートジボワール=CI; セネガル=SN
gunma | アレクサかかあ天下の国って{}だんべ首都は | ロシア=RU; ベトナム=VN; フィリピン=PH
gunma | アレクサ空っ風寒いやいね{}の首都ってどこ | モンゴル=MN; アイスランド=IS; カナダ=CA
# 伊勢
ise | アレクサ{}の首都ってどこやに | タイ=TH; マレーシア=MY; インドネシア=ID
ise | アレクサお伊勢さんに{}の人来とるけど首都どこなん | イタリア=IT; スペイン=ES; ポルトガル=PT
ise | アレクサ真珠を{}へ送るんやけど首都はどこやろ | アラブ首長国連邦=AE; カタール=QA; クウェート=KW
ise | アレクサ{}の首都ってなんやったかなあ | バーレーン=BH; オマーン=OM; イエメン=YE
ise | アレクサ赤福食べながら{}の首都教えてほしいんやけど | スイス=CH; ベルギー=BE; オランダ=NL
ise | アレクサ{}の首都はどこやったやに | ヨルダン=JO; レバノン=LB; シリア=SY
# 出雲
izumo | アレクサ{}の首都はどこだらか | アイルランド=IE; スコットランド=GB-SCT; ウェールズ=GB-WLS
izumo | アレクサ出雲そば{}でも食べれるだらか首都はどこ | アメリカ=US; カナダ=CA; オーストラリア=AU
izumo | アレクサ{}の首都教えてごしない | ジョージア=GE; アゼルバイジャン=AZ; ウズベキスタン=UZ
izumo | アレクサ神在月に{}の神様も来るだらかその国の首都は | インド=IN; エジプト=EG; ペルー=PE
izumo | アレクサ{}の首都ってわからんけんね | エチオピア=ET; エリトリア=ER; ジブチ=DJ
izumo | アレクサ縁結びで{}の人と結婚するだがその国の首都 | ニュージーランド=NZ; フィンランド=FI; チリ=CL
# 讃岐
sanuki | アレクサ{}の首都ってどこやきん | オーストラリア=AU; フィジー=FJ; トンガ=TO
sanuki | アレクサうどん屋に{}のお客さん来たんやけど首都はどこな | 台湾=TW; 香港=HK; 中国=CN
sanuki | アレクサ{}の首都ってなんやったかいの | ナウル=NR; マーシャル諸島=MH; ミクロネシア連邦=FM
sanuki | アレクサ{}の首都はどこかいな知らんきんおしえて | バヌアツ=VU; ソロモン諸島=SB; パプアニューギニア=PG
sanuki | アレクサこんぴらさんに来とる{}の人の国の首都 | フランス=FR; スイス=CH; モナコ=MC
sanuki | アレクサ{}の首都ほんまにわからんのや | アンドラ=AD; リヒテンシュタイン=LI; サンマリノ=SM
# 北九州
kitakyushu | アレクサ{}の首都ってどこっちゃ | 中国=CN; 韓国=KR; ロシア=RU
kitakyushu | アレクサ小倉の港から{}に船出るっちゃけど首都は | 北朝鮮=KP; 台湾=TW; シンガポール=SG
kitakyushu | アレクサしゃあしいけど{}の首都もういっぺん言うて | コンゴ民主共和国=CD; コンゴ共和国=CG; アンゴラ=AO
kitakyushu | アレクサ{}の首都ってなんやったかいな | モザンビーク=MZ; マダガスカル=MG; コモロ=KM
kitakyushu | アレクサ製鉄所に{}の研修生来とるっちゃ首都どこ | インド=IN; パキスタン=PK; スリランカ=LK
kitakyushu | アレクサ{}の首都知っとうと | ナミビア=NA; ボツワナ=BW; ジンバブエ=ZW
# 下町
shitamachi | アレクサてやんでえ{}の首都はどこでい | アメリカ=US; イギリス=GB; フランス=FR
shitamachi | アレクサ{}の首都をおせえてくんな | エジプト=EG; トルコ=TR; ギリシャ=GR
shitamachi | アレクサ浅草に{}のお客がわんさか来てらあ首都は | タイ=TH; 台湾=TW; オーストラリア=AU
shitamachi | アレクサ{}の首都ひとつ頼まあ | ポルトガル=PT; スペイン=ES; メキシコ=MX
shitamachi | アレクサべらぼうめ{}の首都ぐれえ知ってらあ言ってみな | 中国=CN; 韓国=KR; インド=IN
shitamachi | アレクサ{}の首都はしってっかい | アルゼンチン=AR; ブラジル=BR; キューバ=CU
# 岐阜
gifu | アレクサ{}の首都ってどこやお | フランス=FR; スウェーデン=SE; ノルウェー=NO
gifu | アレクサ高山に{}の観光客ようけ来とるでその国の首都 | イスラエル=IL; スペイン=ES; シンガポール=SG
gifu | アレクサ{}の首都ってどこやったかしらんでかんわ | ルーマニア=RO; ブルガリア=BG; セルビア=RS
gifu | アレクサ関の刃物を{}に売りたいんやけど首都はどこやて | アメリカ=US; カナダ=CA; ドイツ=DE
gifu | アレクサ{}の首都ってわからんでえらいわ | クロアチア=HR; スロベニア=SI; モンテネグロ=ME
gifu | アレクサ鵜飼見に来た{}の人の首都はどこやろ | ベルギー=BE; ルクセンブルク=LU; デンマーク=DK
# ウズベキスタンの留学生
uzbek-student | アレクサわたしの国は{}です首都はどこですか | ウズベキスタン=UZ; カザフスタン=KZ; タジキスタン=TJ
uzbek-student | アレクサ{}のしゅと何ですか教えてください | アフガニスタン=AF; トルクメニスタン=TM; キルギス=KG
uzbek-student | アレクサ{}の首都はどこでしょうか私は知りたいです | イラン=IR; アゼルバイジャン=AZ; トルコ=TR
uzbek-student | アレクサ日本語の勉強です{}の首都を言ってください | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
uzbek-student | アレクサ{}首都どこ先生に聞かれました | パキスタン=PK; インド=IN; 中国=CN
uzbek-student | アレクササマルカンドは首都じゃないですね{}の首都はどこですか | ウズベキスタン=UZ
uzbek-student | アレクサすみません{}の首都はなにといいますか | モンゴル=MN; ジョージア=GE; アルメニア=AM
# バングラデシュのカレー屋
bangladeshi-cook | アレクサ{}の首都どこボスに聞かれたよ | バングラデシュ=BD; インド=IN; ネパール=NP
bangladeshi-cook | アレクサお客さん{}から来たね首都どこ | ミャンマー=MM; ブータン=BT; タイ=TH
bangladeshi-cook | アレクサナン焼いてるよ{}の首都はどこですね | アフガニスタン=AF; イラン=IR; オマーン=OM
bangladeshi-cook | アレクサ{}の首都はおしえてちょうだいね | マレーシア=MY; シンガポール=SG; ブルネイ=BN
bangladeshi-cook | アレクサ私のいとこ{}で働いてるその首都なに | カタール=QA; クウェート=KW; サウジアラビア=SA
bangladeshi-cook | アレクサ{}の首都を知りたいですカレーのスパイスの国 | インドネシア=ID; スリランカ=LK; マダガスカル=MG
# ウクライナから避難した人
ukrainian | アレクサ{}の首都はどこですか | ウクライナ=UA; ポーランド=PL; モルドバ=MD
ukrainian | アレクサ{}の首都を教えていただけますか | ルーマニア=RO; スロバキア=SK; ハンガリー=HU
ukrainian | アレクサキーウは{}の首都ですね | ウクライナ=UA
ukrainian | アレクサ私の娘は{}の首都に住んでいます首都はどこでしたか | ドイツ=DE; チェコ=CZ; リトアニア=LT
ukrainian | アレクサ{}の首都の名前は日本語でなんと言いますか | ラトビア=LV; エストニア=EE; ベラルーシ=BY
ukrainian | アレクサ日本語の教室で{}の首都について話します | ジョージア=GE; アルメニア=AM; ブルガリア=BG
ukrainian | アレクサ{}の首都はキシナウで正しいですか | モルドバ=MD
# メキシコ人のサルサの先生
mexican-dancer | アレクサオラ{}の首都はどこ | メキシコ=MX; キューバ=CU; コロンビア=CO
mexican-dancer | アレクサ{}の首都ね教えてよアミーゴ | グアテマラ=GT; ホンジュラス=HN; エルサルバドル=SV
mexican-dancer | アレクササルサは{}から来たね首都どこ | キューバ=CU; プエルトリコ=PR; ドミニカ共和国=DO
mexican-dancer | アレクサ生徒さん{}に旅行する首都は何 | ニカラグア=NI; コスタリカ=CR; パナマ=PA
mexican-dancer | アレクサ{}の首都わたし忘れたよ | ベネズエラ=VE; エクアドル=EC; ボリビア=BO
mexican-dancer | アレクサバチャータは{}のダンス首都はどこですか | ドミニカ共和国=DO
mexican-dancer | アレクサ{}の首都言ってセニョーラたちに教える | ハイチ=HT; ジャマイカ=JM; ベリーズ=BZ
# ニセコのワーホリ
niseko-aussie | アレクサマジで{}の首都ってどこ | オーストラリア=AU; ニュージーランド=NZ; カナダ=CA
niseko-aussie | アレクサ{}の首都ヤバい忘れたキャピタルシティどこ | イギリス=GB; アイルランド=IE; スコットランド=GB-SCT
niseko-aussie | アレクサシェアハウスの{}のやつの首都教えて | スウェーデン=SE; ノルウェー=NO; チリ=CL
niseko-aussie | アレクサ{}の首都ってシドニーじゃないよね | オーストラリア=AU
niseko-aussie | アレクサパウダースノーやばい{}の首都はどこ | スイス=CH; オーストリア=AT; アンドラ=AD
niseko-aussie | アレクサリフトで{}から来た人に会ったその首都 | フィジー=FJ; サモア=WS; トンガ=TO
niseko-aussie | アレクサ{}のキャピタルどこ日本語で教えて | 南アフリカ=ZA; ジンバブエ=ZW; ザンビア=ZM
# 小学生の女の子
kid-girl | アレクサねえねえ{}の首都ってなあに | フランス=FR; イギリス=GB; アメリカ=US
kid-girl | アレクサなんで{}の首都はそこなのどこだっけ | オーストラリア=AU; カナダ=CA; ブラジル=BR
kid-girl | アレクサプリンセスがいる{}の首都おしえて | モナコ=MC; デンマーク=DK; ベルギー=BE
kid-girl | アレクサパンダがいる{}の首都は | 中国=CN
kid-girl | アレクサ{}ってかわいい名前首都はどこ | トーゴ=TG; チャド=TD; マリ=ML
kid-girl | アレクサおかあさんが{}に行ったことあるってしゅとは | ハワイのあるアメリカ=US; 韓国=KR; イタリア=IT
kid-girl | アレクサ{}のしゅとはなにってせんせいがきいてた | ペルー=PE; コロンビア=CO; チリ=CL
# 将棋の老人
shogi-elder | アレクサ王手じゃ{}の首都はどこかね | インド=IN; イラン=IR; タイ=TH
shogi-elder | アレクサ将棋の元になったのは{}らしいが首都は | インド=IN
shogi-elder | アレクサ{}の首都をひとつ言うてみい | ノルウェー=NO; アイスランド=IS; フィンランド=FI
shogi-elder | アレクサ待ったなしじゃ{}の首都 | ミャンマー=MM; ラオス=LA; カンボジア=KH
shogi-elder | アレクサ{}の首都はどこじゃったかのう | ハンガリー=HU; ポーランド=PL; オーストリア=AT
shogi-elder | アレクサ一手考える間に{}の首都を教えておくれ | モンゴル=MN; カザフスタン=KZ; ウズベキスタン=UZ
shogi-elder | アレクサチェスの強い{}の首都はどこかな | ロシア=RU; アルメニア=AM; ジョージア=GE
# ブイチューバーのファン
vtuber-fan | アレクサ推しが{}の首都の話してた草どこ | インドネシア=ID; フィリピン=PH; マレーシア=MY
vtuber-fan | アレクサ海外ニキが{}からスパチャしてた首都は | ブラジル=BR; メキシコ=MX; チリ=CL
vtuber-fan | アレクサ{}の首都わからん草生える | ブルキナファソ=BF; ニジェール=NE; ベナン=BJ
vtuber-fan | アレクサ推しの誕生日に{}からも祝われてた首都どこ | アメリカ=US; イギリス=GB; ドイツ=DE
vtuber-fan | アレクサてぇてぇ{}の首都教えて | 台湾=TW; 韓国=KR; タイ=TH
vtuber-fan | アレクサ{}の首都ってワンチャン言える | ガボン=GA; カメルーン=CM; 赤道ギニア=GQ
# 夜中の授乳
night-feeding | アレクサ小さい声で{}の首都 | フランス=FR; スペイン=ES; イタリア=IT
night-feeding | アレクサ静かにね{}の首都ってどこ | ルワンダ=RW; ウガンダ=UG; ケニア=KE
night-feeding | アレクサ授乳中で暇なの{}の首都教えて | アイルランド=IE; ポルトガル=PT; ギリシャ=GR
night-feeding | アレクサ夜中の三時に{}の首都が気になって | ボリビア=BO; パラグアイ=PY; ペルー=PE
night-feeding | アレクサ赤ちゃん起きちゃうからささやき声で{}の首都 | ブータン=BT; ネパール=NP; スリランカ=LK
night-feeding | アレクサ{}の首都だけ教えてすぐ寝るから | トルコ=TR; キプロス=CY; レバノン=LB
night-feeding | アレクサ寝ぼけてるけど{}の首都どこだった | マダガスカル=MG; ナミビア=NA; ボツワナ=BW
# 酔っぱらいのサラリーマン
drunk-salaryman | アレクサういー{}の首都はどこだっけなあ | フランス=FR; ベルギー=BE; ドイツ=DE
drunk-salaryman | アレクサおい{}の首都だよ首都 | イギリス=GB; アメリカ=US; ロシア=RU
drunk-salaryman | アレクサ二次会で{}の首都で賭けたんだわどこ | ケニア=KE; ナイジェリア=NG; ガーナ=GH
drunk-salaryman | アレクサ{}のしゅとぉ | ポーランド=PL; ハンガリー=HU; セルビア=RS
drunk-salaryman | アレクサ聞いてんのか{}の首都 | サウジアラビア=SA; イラク=IQ; クウェート=KW
drunk-salaryman | アレクサ明日{}出張なんだけど首都ってどこよ | タイ=TH; フィリピン=PH; シンガポール=SG
# 漫才のツッコミ
manzai | アレクサ{}の首都どこやねん | フランス=FR; チリ=CL; ペルー=PE
manzai | アレクサなんでやねん{}の首都はそこちゃうやろほんまはどこ | オーストラリア=AU; トルコ=TR; ブラジル=BR
manzai | アレクサ{}の首都言うてみいやすぐ言えるやろ | エジプト=EG; ギリシャ=GR; イタリア=IT
manzai | アレクサもうええわ言う前に{}の首都だけ教えて | カナダ=CA; スイス=CH; オランダ=NL
manzai | アレクサ相方が{}の首都間違えよってん正解は | ベトナム=VN; パキスタン=PK; ナイジェリア=NG
manzai | アレクサボケとちゃうねん{}の首都ほんまに知りたいねん | ニジェール=NE; マリ=ML; チャド=TD
# ラグビーワールドカップ
rugby | アレクサラグビーの{}代表の国の首都は | ニュージーランド=NZ; 南アフリカ=ZA; フィジー=FJ
rugby | アレクサ{}の首都ってどこスクラム強い国 | アルゼンチン=AR; ウルグアイ=UY; チリ=CL
rugby | アレクサシックスネーションズの{}の首都 | ウェールズ=GB-WLS; スコットランド=GB-SCT; イタリア=IT
rugby | アレクサ{}との試合前に首都知っときたい | アイルランド=IE; イングランド=GB-ENG; フランス=FR
rugby | アレクサ桜のジャージが{}に勝ったよ首都はどこ | 南アフリカ=ZA; ルーマニア=RO; ナミビア=NA
rugby | アレクサ{}の首都ってどこポルトガルと同じ組の | ジョージア=GE; ウェールズ=GB-WLS; オーストラリア=AU
# 日本酒の輸出
sake-export | アレクサ酒蔵から{}に出荷するけど首都はどこ | アメリカ=US; 香港=HK; 中国=CN
sake-export | アレクサ{}への輸出書類に首都書くんだけどどこ | 台湾=TW; 韓国=KR; シンガポール=SG
sake-export | アレクサ{}の首都で試飲会やりたいんだどこだっけ | フランス=FR; イギリス=GB; オーストラリア=AU
sake-export | アレクサ杜氏さんが{}に行くって首都は | ブラジル=BR; メキシコ=MX; カナダ=CA
sake-export | アレクサ{}の首都の日本食レストランに卸すんだけど首都名は | ベトナム=VN; タイ=TH; カンボジア=KH
sake-export | アレクサ{}の首都に代理店あるんだっけどこ | オランダ=NL; デンマーク=DK; スウェーデン=SE
sake-export | アレクサ{}でも酒飲めるのかな首都どこ | マレーシア=MY; ブルネイ=BN; モルディブ=MV
# 長距離トラック
trucker | アレクサ運転中だけど{}の首都教えて | ロシア=RU; ウクライナ=UA; ベラルーシ=BY
trucker | アレクサ{}の首都どこラジオで言ってた | リビア=LY; スーダン=SD; エジプト=EG
trucker | アレクサハンドル握りながら聞くけど{}の首都は | チェコ=CZ; スロバキア=SK; オーストリア=AT
trucker | アレクサ一人で走ってると暇でさ{}の首都 | モザンビーク=MZ; ザンビア=ZM; マラウイ=MW
trucker | アレクサ積み荷が{}行きのコンテナなんだけど首都は | サウジアラビア=SA; イエメン=YE; オマーン=OM
trucker | アレクサ{}の首都を教えて眠気覚ましに | アルメニア=AM; アゼルバイジャン=AZ; ジョージア=GE
# フェリー
ferry | アレクサ船酔いしたから{}の首都でも聞いて気をまぎらわす | バハマ=BS; キューバ=CU; ジャマイカ=JM
ferry | アレクサフェリーの隣の人が{}から来てた首都は | 韓国=KR; 台湾=TW; フィリピン=PH
ferry | アレクサ甲板で{}の首都を考えてた | ノルウェー=NO; アイスランド=IS; デンマーク=DK
ferry | アレクサ{}の首都もフェリーで行ける | キプロス=CY; マルタ=MT; ギリシャ=GR
ferry | アレクサこの航路{}まで続いてるの首都どこ | 韓国=KR; ロシア=RU; 中国=CN
ferry | アレクサ{}の首都は港町なの | セネガル=SN; ソマリア=SO; エリトリア=ER
# 両替所
currency-exchange | アレクサお客様が{}の通貨をお持ちで首都はどちら | タイ=TH; ベトナム=VN; フィリピン=PH
currency-exchange | アレクサ{}の通貨を両替したいって言われた首都はどこ | ブラジル=BR; 南アフリカ=ZA; トルコ=TR
currency-exchange | アレクサ{}のお金は扱ってないけど首都はどこ | ベネズエラ=VE; アルゼンチン=AR; ジンバブエ=ZW
currency-exchange | アレクサ窓口で{}の首都を聞かれたんだけど | スイス=CH; ノルウェー=NO; スウェーデン=SE
currency-exchange | アレクサ{}の紙幣に首都の絵が描いてあるんだけどどこの首都 | カンボジア=KH; ラオス=LA; ミャンマー=MM
currency-exchange | アレクサ{}の首都の空港で両替した方がいいって首都どこ | ケニア=KE; エチオピア=ET; タンザニア=TZ
# 茶道
tea-ceremony | アレクサお茶会に{}のお客様がお見えになりますが首都はどちらでしょう | フランス=FR; イギリス=GB; アメリカ=US
tea-ceremony | アレクサ{}の首都を存じ上げませんので教えていただけますか | ポルトガル=PT; スペイン=ES; イタリア=IT
tea-ceremony | アレクサ茶碗を{}の大使館に差し上げるのですが首都は | モロッコ=MA; チュニジア=TN; エジプト=EG
tea-ceremony | アレクサ{}のお客様に一服差し上げたあと首都をお聞きしたくて | フィンランド=FI; ポーランド=PL; ルーマニア=RO
tea-ceremony | アレクサお点前の前に{}の首都を確かめておきたいの | ブルガリア=BG; セルビア=RS; クロアチア=HR
tea-ceremony | アレクサ{}の首都はどちらでございましたか | オーストリア=AT; ハンガリー=HU; スロベニア=SI
# 折り紙教室
origami | アレクサ折り紙教室に{}の子が来たの首都はどこ | ウクライナ=UA; ペルー=PE; ネパール=NP
origami | アレクサ鶴を折りながら{}の首都 | アメリカ=US; 中国=CN; インド=IN
origami | アレクサ{}の国旗を折り紙で作ったけど首都は | 日本=JP; カナダ=CA; スイス=CH
origami | アレクサ{}の首都ってどこ折り紙好きな子がいるの | ブラジル=BR; イタリア=IT; イギリス=GB
origami | アレクサ手裏剣作ってる{}のお友だちの国の首都 | フランス=FR; ドイツ=DE; ベルギー=BE
origami | アレクサ{}から来たママに折り紙教えてるんだけど首都どこ | フィリピン=PH; インドネシア=ID; タイ=TH
# コンビニの夜勤
konbini | アレクサ夜勤の相方が{}の人なんだけど首都どこ | ネパール=NP; ベトナム=VN; スリランカ=LK
konbini | アレクサ{}の首都ってどこ品出ししながら | ミャンマー=MM; ウズベキスタン=UZ; バングラデシュ=BD
konbini | アレクサレジ締め終わったから{}の首都 | インドネシア=ID; フィリピン=PH; 中国=CN
konbini | アレクサ深夜二時{}の首都が気になる | モンゴル=MN; カザフスタン=KZ; キルギス=KG
konbini | アレクサ{}から来た店長代理の国の首都は | 韓国=KR; 台湾=TW; タイ=TH
konbini | アレクサ{}の首都をシフト終わりまでに覚えたい | ガーナ=GH; カメルーン=CM; セネガル=SN
# 硬貨の収集
coin-collector | アレクサ{}の古い硬貨が手に入った首都はどこ | マルタ=MT; キプロス=CY; アイルランド=IE
coin-collector | アレクサ{}のユーロ硬貨って珍しいんだよね首都は | バチカン市国=VA; サンマリノ=SM; モナコ=MC
coin-collector | アレクサコインアルバムに{}を入れるけど首都は何 | リヒテンシュタイン=LI; アンドラ=AD; ルクセンブルク=LU
coin-collector | アレクサ{}の記念硬貨の首都を調べたい | エスワティニ=SZ; レソト=LS; ボツワナ=BW
coin-collector | アレクサ穴あきコインの{}の首都は | デンマーク=DK; ノルウェー=NO; ブルンジ=BI
coin-collector | アレクサ{}の硬貨に描いてある建物は首都にあるのどこ | セーシェル=SC; モーリシャス=MU; コモロ=KM
# 地理のポッドキャスト
podcast | アレクサ今日のエピソードは{}なんだけど首都から確認したい | パラグアイ=PY; ウルグアイ=UY; スリナム=SR
podcast | アレクサリスナーさんから{}の首都の質問が来てる | ブルンジ=BI; ルワンダ=RW; 中央アフリカ=CF
podcast | アレクサ{}の首都ってよく間違えられるけど正解は | オーストラリア=AU; カナダ=CA; トルコ=TR
podcast | アレクサ{}の首都の読み方確認したいんだけど | ブルキナファソ=BF; マダガスカル=MG; アゼルバイジャン=AZ
podcast | アレクサ次の回は{}の首都特集どこだったっけ | カザフスタン=KZ; ミャンマー=MM; ナイジェリア=NG
podcast | アレクサ{}の首都が移転したって話いま首都どこ | インドネシア=ID; エジプト=EG; 赤道ギニア=GQ
# 国際結婚の相談所
marriage-agency | アレクサ相手の方が{}の方で首都はどこかしら | フィリピン=PH; タイ=TH; ベトナム=VN
marriage-agency | アレクサ{}の首都で顔合わせするんだけどどこ | 中国=CN; 韓国=KR; ロシア=RU
marriage-agency | アレクサお見合い相手の{}の首都ってどんな街なのどこ | ウクライナ=UA; ベラルーシ=BY; コロンビア=CO
marriage-agency | アレクサ{}の首都に挨拶に行くことになったどこ | ペルー=PE; ブラジル=BR; メキシコ=MX
marriage-agency | アレクサ会員さんが{}の人と成婚したの首都は | カンボジア=KH; モンゴル=MN; ラオス=LA
marriage-agency | アレクサ{}の首都まで飛行機で行くけど首都ってどこ | スリランカ=LK; ネパール=NP; インドネシア=ID
# カリブと大西洋の小さな国
podcast | アレクサ世界の首都で{}の首都を聞きたい | アンティグアバーブーダ=AG; バルバドス=BB; グレナダ=GD
coin-collector | アレクサ東カリブドルの{}の首都はどこ | セントクリストファーネービス=KN; セントルシア=LC; セントビンセントグレナディーン=VC
ferry | アレクサ世界の首都に聞くけど{}の首都ってどこ | モーリタニア=MR; バルバドス=BB; セントルシア=LC
rugby | アレクサ世界の首都を使って{}の首都を調べて | アンティグアバーブーダ=AG; グレナダ=GD; モーリタニア=MR
trucker | アレクサ世界の首都で{}の首都 | セントクリストファーネービス=KN; セントビンセントグレナディーン=VC; パレスチナ=PS
stop | アレクサもう寝るからやめて | STOP
stop | アレクサ終わってくれんかのう | STOP
stop | アレクサもうええきん止めて | STOP
stop | アレクサやめや | STOP
stop | アレクサ世界の首都やめる | STOP
stop | アレクサストップって言ってるでしょ | STOP
stop | アレクサ終了じゃ | STOP
stop | アレクサはいおしまい | STOP
# 残りの国
sanuki | アレクサ世界の首都で{}の首都どこか聞いてみるきん | アルバニア=AL; ガンビア=GM; ガイアナ=GY
niseko-aussie | アレクサ世界の首都{}の首都マジで知りたい | リベリア=LR; パラオ=PW; シエラレオネ=SL
ferry | アレクサ船で太平洋を渡るなら{}にも寄れるかな首都は | キリバス=KI; ツバル=TV
plural-capitals | アレクサスリランカは首都ふたつあるんよねどっちも教えて | LK
plural-capitals | アレクサスリランカのコッテとコロンボどっちも首都なん全部言うて | LK
plural-capitals | アレクサセイロンの頃からの首都と今の首都スリランカの首都両方 | LK
plural-capitals | アレクサ世界の首都でスリランカの首都ぜんぶ | LK
plural-capitals | アレクサ南アフリカの首都って三か所ぜんぶ言えるかい | ZA
plural-capitals | アレクサマレーシアの首都ってプトラジャヤも入るの両方言って | MY
plural-capitals | アレクサオランダの首都は二つあるってほんとどっちも教えて | NL
konbini | アレクサ{}の首都ってどこ夜勤明けで頭回らん | コンゴ民主共和国=CD; 北朝鮮=KP; パレスチナ=PS
origami | アレクサ{}の子に折り紙教えたんだけど首都どこ | コンゴ民主共和国=CD; コンゴ共和国=CG; 北朝鮮=KP
marriage-agency | アレクサ{}出身の方の首都はどこになりますか | コンゴ民主共和国=CD; パレスチナ=PS; 韓国=KR
tea-ceremony | アレクサ{}の方が茶室にいらっしゃいます首都をお教えください | 北朝鮮=KP; コンゴ共和国=CG; パレスチナ=PS
"""

if __name__ == "__main__":
    build_round(54, "ja", LINES, sys.argv, "tests/Eval/ja/round54/source/build_corpus.py")
