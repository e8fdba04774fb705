"""Round 49, Japanese (ja-JP): a new author's own mix, written blind at the start of the fifty-first session (brief
WRITER57.md), chosen apart from the regions, speakers and situations round 48's docstring names for itself (Hiroshima,
Tosa, Kanazawa, Sapporo, Ibaraki, Enshu, Kishiwada; Canadian, German, Mexican, Australian and Iranian learners, a
returnee child; moving house, flight attendant, bath time, baseball fan, online English, sumo stable, World Heritage
exam, overseas posting, TV quiz, cooking class, bedtime) and for rounds 47 to 44 (the regions, learners and situations
that docstring lists for them: Tsugaru, Nagoya, Kagoshima, Kyoto, Sendai, Iyo, Koshu, Hida, Nagaoka, Okinawa,
Kitakyushu, Tajima, Okitama, Tama, Chikugo, Omi, Nanbu, Iwaki, Choshi, Iwami, Mino; Indian, French, Turkish, Pakistani,
Egyptian, Thai, Peruvian, Uzbek, Bangladeshi, Ukrainian, Indonesian, Brazilian, Chinese, Korean, Myanmar, Kenyan,
Nepali, Vietnamese, Filipino, Mongolian, American and Sri Lankan speakers; delivery rider, geography teacher, game
streamer, izakaya, crossword, hospital, truck driver, cram school, karaoke, shogi, family dinner, fisherman, taxi, hair
salon, quiz club, ramen shop, board games, homework, convenience store, stamp collector, travel agency, football,
kindergarten, old people's home).
Regions: Akita (だすか, だべが, けれ, なして, わがんねぐて, めんこい, っこ), Kumamoto (ね, ばい, ばってん, なんしよっと,
あとぜき, くれんね, とる), Sanuki in Kagawa (なん, くれまい, ほなけん, なんしょん, ちゅう, いの), Okayama (じゃ, でーれー,
なら, おえん, くれぇ), Izumo in Shimane (だけん, ごしない, だらず, だわ, かいな; Izumo Taisha, Lafcadio Hearn), Ise in
Mie (やに, やんか, やわ, へん; pearl divers, pilgrims to the shrine), Gunma (だんべ, なん, さぁ, かい, くんねえ; dry winter
wind, Tomioka silk mill, the Brazilian community of Oizumi) and Nagasaki (と, ね, ば, ばってん; Dejima, harbour ships).
Learners (learner grammar, mostly in hiragana): a Polish researcher, a Nigerian trader, a Cambodian care-work technical
intern, a Malaysian university student, a Colombian salsa teacher and a New Zealand rugby player.
Code-switching: a gyaru-speak teenager (まじ, ガチ, ぴえん, やばみ, 映え, 彼ピ) and an IT consultant in business
katakana (エビデンス, アサイン, オフショア, ファクトチェック, サクッと).
Situations: an onsen-inn front desk, a coffee roaster, watching an Olympic opening ceremony, a world-map jigsaw, the
post office's international counter, a wine shop, a visa and embassy errand, and an anime fan on a pilgrimage to
settings abroad.
As in rounds 47 and 48 most lines carry no wake word (the Japanese transcripts start after it); a few start with アレクサ.
Every line was written by hand as one whole utterance; frames carry up to three fills.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
out-of-domain | 秋田の明日の天気はなんだべ | FB
out-of-domain | 今朝は雪かきいるすか | FB
out-of-domain | なまはげの行事はいつだすか | FB
out-of-domain | きりたんぽ鍋の作り方を教えてけれ | FB
out-of-domain | 角館の桜はもう咲いたすか | FB
out-of-domain | 竿燈まつりの日にちを教えて | FB
out-of-domain | 熊本の今日の気温は何度ね | FB
out-of-domain | 阿蘇山は今噴火しとらんと | FB
out-of-domain | 熊本城の入場料はいくらね | FB
out-of-domain | 馬刺しに合うお酒を教えてくれんね | FB
out-of-domain | くまモンの歌をかけて | FB
out-of-domain | 高松は今日雨降るん | FB
out-of-domain | 近くのうどん屋さん開いとるか調べて | FB
out-of-domain | 金比羅さんの石段は何段あるん | FB
out-of-domain | 小豆島行きのフェリーは何時に出るん | FB
out-of-domain | 岡山は明日晴れるんじゃろか | FB
out-of-domain | 桃太郎の話を聞かせてくれぇ | FB
out-of-domain | 後楽園の営業時間はどうなっとる | FB
out-of-domain | 倉敷の美観地区までどれくらいかかる | FB
out-of-domain | 出雲は今日傘いるかね | FB
out-of-domain | 出雲大社の参拝の仕方を教えてごしない | FB
out-of-domain | 宍道湖の夕日は何時ごろだ | FB
out-of-domain | しじみ汁の作り方を教えて | FB
out-of-domain | 伊勢は明日雨やろか | FB
out-of-domain | 伊勢神宮の内宮と外宮どっちから行くんやったかな | FB
out-of-domain | 赤福の賞味期限は何日やったっけ | FB
out-of-domain | 鳥羽水族館は何時までやっとるん | FB
out-of-domain | 前橋の今日の最高気温はどうなん | FB
out-of-domain | からっ風は今日強いんかい | FB
out-of-domain | 草津温泉までの道は混んでるかい | FB
out-of-domain | 上毛かるたの読み札を一枚読んで | FB
out-of-domain | 長崎は今日雨の降るとね | FB
out-of-domain | ちゃんぽんの美味か店ば探して | FB
out-of-domain | 軍艦島のツアーは今日出とるね | FB
out-of-domain | 精霊流しはいつあると | FB
out-of-domain | ポーランドの天気はどう | FB
out-of-domain | ワルシャワはいまなんじですか | FB
out-of-domain | ショパンのノクターンをかけて | FB
out-of-domain | ポーランドのことばでありがとうはなんですか | FB
out-of-domain | ナイジェリアのお金のレートをおしえて | FB
out-of-domain | ナイラはいまえんでいくらですか | FB
out-of-domain | アフロビーツをかけてください | FB
out-of-domain | ラゴスといまのじかんのさはなんじかん | FB
out-of-domain | カンボジアにでんわするのはどうやって | FB
out-of-domain | アンコールワットはいつつくりましたか | FB
out-of-domain | きょうのしごとはなんじまでですか | FB
out-of-domain | クメールごのうたをかけて | FB
out-of-domain | マレーシアのラマダンはいつからですか | FB
out-of-domain | ナシレマのつくりかたをおしえて | FB
out-of-domain | リンギットはいまいくらですか | FB
out-of-domain | クアラルンプールのてんきはどう | FB
out-of-domain | サルサのおんがくをかけて | FB
out-of-domain | コロンビアのコーヒーはどこがゆうめいですか | FB
out-of-domain | ボゴタはいまなんどですか | FB
out-of-domain | コロンビアのサッカーのしあいはいつ | FB
out-of-domain | オールブラックスのしあいのけっかは | FB
out-of-domain | ハカのいみをおしえて | FB
out-of-domain | ニュージーランドはいまなつですか | FB
out-of-domain | ラグビーワールドカップはいつですか | FB
out-of-domain | まじで今日の天気どうなん | FB
out-of-domain | ガチでテンション上がる曲かけて | FB
out-of-domain | 韓国のアイドルの新曲流して | FB
out-of-domain | ってか今何時 | FB
out-of-domain | 明日のタピオカ屋の混み具合わかる | FB
out-of-domain | 次の会議のアジェンダをリマインドして | FB
out-of-domain | 明日の朝七時にアラームをセットして | FB
out-of-domain | 為替のドル円の今のレートは | FB
out-of-domain | ニューヨークのマーケットは何時にオープン | FB
out-of-domain | 今日のタスクをリストアップして | FB
out-of-domain | 露天風呂は何時まで入れますか | FB
out-of-domain | 英語で朝食は七時からですってどう言うの | FB
out-of-domain | 中国語でいらっしゃいませは何て言う | FB
out-of-domain | 明日のチェックアウトの時間を確認して | FB
out-of-domain | 浴衣の帯の結び方を教えて | FB
out-of-domain | エチオピアのコーヒーの特徴を教えて | FB
out-of-domain | 焙煎の中煎りって何度くらい | FB
out-of-domain | ケニアの豆の収穫時期はいつ | FB
out-of-domain | コーヒーのカフェインは一杯で何ミリグラム | FB
out-of-domain | ブルーマウンテンはなんで高いの | FB
out-of-domain | オリンピックの開会式は何時から | FB
out-of-domain | 日本の金メダルは今いくつ | FB
out-of-domain | 入場行進で日本は何番目 | FB
out-of-domain | 次のオリンピックはどこでやるの | FB
out-of-domain | 聖火リレーの最終ランナーは誰だった | FB
out-of-domain | 世界で一番人口が多い国はどこ | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | 世界で一番面積が大きい国は | FB
out-of-domain | 国連加盟国は何か国あるの | FB
out-of-domain | アフリカには国がいくつある | FB
out-of-domain | ジグソーパズルの千ピースって何時間かかる | FB
out-of-domain | パズルののりはどこで売ってる | FB
out-of-domain | 地球儀のおすすめを教えて | FB
out-of-domain | 世界地図の描き方のコツを教えて | FB
out-of-domain | アメリカまでの航空便の送料はいくら | FB
out-of-domain | 国際小包は何キロまで送れる | FB
out-of-domain | 郵便局は何時まで開いてる | FB
out-of-domain | 荷物の追跡番号を調べて | FB
out-of-domain | ドイツに送る荷物の関税はかかる | FB
out-of-domain | ボルドーの赤ワインに合う料理は | FB
out-of-domain | シャンパーニュ地方ってどこにあるの | FB
out-of-domain | チリワインはなんで安いの | FB
out-of-domain | 白ワインの冷やす温度は何度 | FB
out-of-domain | ワインのコルクがうまく抜けない | FB
out-of-domain | ビザの申請に必要な書類を教えて | FB
out-of-domain | 大使館は土曜日も開いてるの | FB
out-of-domain | パスポートの更新はどこでできる | FB
out-of-domain | 在留カードの住所変更はどうするの | FB
out-of-domain | アメリカのエスタの申請はいくらかかる | FB
out-of-domain | あのアニメの舞台になった街はどこ | FB
out-of-domain | 聖地巡礼のおすすめの場所を教えて | FB
out-of-domain | 今期のアニメで一番人気なのは何 | FB
out-of-domain | アニメの主題歌をかけて | FB
out-of-domain | 声優さんの誕生日を教えて | FB
out-of-domain | 首都高は今混んでる | FB
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都直下地震の確率ってどれくらい | FB
out-of-domain | 首都圏の今日の電車の運行状況は | FB
out-of-domain | 首都圏で一番家賃が安い駅はどこ | FB
out-of-domain | 資本金って何 | FB
out-of-domain | キャピタルゲインの税金は何パーセント | FB
out-of-domain | 大文字のキャピタルレターって何 | FB
out-of-domain | ベンチャーキャピタルって何をする会社 | FB
out-of-domain | 首都って英語で何て言うの | FB
out-of-domain | 県庁所在地ってどういう意味 | FB
out-of-domain | 秋田県の県庁所在地は秋田市だよね | FB
out-of-domain | 熊本県の県庁はどこにあるの | FB
out-of-domain | 日本の人口は今何人 | FB
out-of-domain | フランスの人口はどれくらい | FB
out-of-domain | ブラジルの公用語は何語 | FB
out-of-domain | スイスの公用語はいくつあるの | FB
out-of-domain | インドの通貨の名前は何 | FB
out-of-domain | カナダの国旗の葉っぱは何の木 | FB
out-of-domain | トルコの国旗の意味を教えて | FB
out-of-domain | エベレストの高さは何メートル | FB
out-of-domain | ナイル川の長さはどれくらい | FB
out-of-domain | アマゾン川はどこの国を流れてるの | FB
out-of-domain | サハラ砂漠の広さはどれくらい | FB
out-of-domain | イギリスの王様の名前は | FB
out-of-domain | アメリカの大統領は今誰 | FB
out-of-domain | フランスの大統領の名前を教えて | FB
out-of-domain | ドイツの首相は誰 | FB
out-of-domain | 日本の総理大臣は誰 | FB
out-of-domain | 一番古い国はどこ | FB
out-of-domain | ロンドンの今の時間は | FB
out-of-domain | パリまで飛行機で何時間かかる | FB
out-of-domain | ソウルの明日の天気 | FB
out-of-domain | ローマで美味しいジェラートの店 | FB
out-of-domain | 北京ダックの作り方 | FB
out-of-domain | ハノイの人口はどれくらい | FB
out-of-domain | ワシントンの桜祭りはいつ | FB
out-of-domain | キャンベラってどんな街 | FB
out-of-domain | 東京は本当に首都なの法律で決まってるの | FB
out-of-domain | 首都移転の話ってどうなったの | FB
out-of-domain | 京都が首都だったのは何年まで | FB
out-of-domain | 奈良の大仏の高さを教えて | FB
out-of-domain | タイマーを三分セットして | FB
out-of-domain | 買い物リストに牛乳を追加して | FB
out-of-domain | 電気を消して | FB
out-of-domain | テレビをつけて | FB
out-of-domain | 音量を下げて | FB
out-of-domain | 面白い話をして | FB
out-of-domain | なぞなぞを出して | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 明日の予定を教えて | FB
out-of-domain | ラジオ体操の音楽をかけて | FB
out-of-domain | おやすみなさい | FB
out-of-domain | ありがとうアレクサ | FB
out-of-domain | アレクサ好きだよ | FB
out-of-domain | 今日は何の日 | FB
out-of-domain | 円周率を十桁言って | FB
out-of-domain | 百ドルは何円 | FB
out-of-domain | ユーロの今日のレート | FB
out-of-domain | 世界遺産はいくつあるの | FB
out-of-domain | 富士山は世界遺産なの | FB
out-of-domain | 国歌を流して | FB
out-of-domain | フランスの国歌をかけて | FB
out-of-domain | スペイン語でこんにちはは何て言う | FB
out-of-domain | 韓国語でありがとうを教えて | FB
out-of-domain | ロシア語の挨拶を教えて | FB
out-of-domain | 世界で一番高いビルはどこ | FB
out-of-domain | 世界で一番長い川はどれ | FB
out-of-domain | 明日の日の出は何時 | FB
out-of-domain | 満月は次いつ | FB
out-of-domain | 犬の散歩に行く時間を教えて | FB
out-of-domain | 稲刈りに向いてる天気はいつ | FB
out-of-domain | 田植えの時期はいつが普通 | FB
plural-capitals | {}の首都を全部教えて | ベナン=BJ; ボリビア=BO; スリランカ=LK
plural-capitals | {}の首都は二つあるってほんとどっちも言うて | マレーシア=MY; オランダ=NL; コートジボワール=CI
plural-capitals | {}の首都はいくつあってどこなん | 南アフリカ=ZA; エスワティニ=SZ; パレスチナ=PS
plural-capitals | {}の首都を全部言うてくれんね | ボリビア=BO; 南アフリカ=ZA; ベナン=BJ
plural-capitals | {}って首都が何個もあるっちゃろ全部教えて | スリランカ=LK; オランダ=NL; エスワティニ=SZ
plural-capitals | {}のしゅとはふたつありますかぜんぶおしえて | マレーシア=MY; コートジボワール=CI; パレスチナ=PS
plural-capitals | {}の首都たちってどこだすか | 南アフリカ=ZA; ボリビア=BO; ベナン=BJ
plural-capitals | {}の首都が複数あるなら全部知りたい | オランダ=NL; スリランカ=LK; コートジボワール=CI
plural-capitals | {}の首都ってまじ何個あんの全部 | エスワティニ=SZ; マレーシア=MY; パレスチナ=PS
plural-capitals | {}の首都を二つとも教えて | ベナン=BJ; コートジボワール=CI; マレーシア=MY
plural-capitals | {}の三つの首都を全部教えて | 南アフリカ=ZA
plural-capitals | 南アフリカ共和国の首都をぜんぶ | ZA
plural-capitals | {}の首都はどことどこ | オランダ=NL; ボリビア=BO; スリランカ=LK
plural-capitals | {}の首都をまとめて教えて | エスワティニ=SZ; パレスチナ=PS; ベナン=BJ
plural-capitals | 憲法上の首都と実際の首都と両方教えて{}の | オランダ=NL; ボリビア=BO
plural-capitals | アイボリーコーストの首都を全部 | CI
plural-capitals | スワジランドの首都って二つあったよね両方 | SZ
plural-capitals | {}の首都の候補を全部挙げて | パレスチナ=PS; スリランカ=LK; 南アフリカ=ZA
plural-capitals | {}の首都は一個じゃないって聞いたけど全部でどこ | マレーシア=MY; コートジボワール=CI; ボリビア=BO
plural-capitals | {}の首都たちを教えてください | ベナン=BJ; エスワティニ=SZ; オランダ=NL
subdivision | {}の州都はどこ | カリフォルニア州=US-CA; テキサス州=US-TX; ニューヨーク州=US-NY
subdivision | {}の州都ってどこだっけ | フロリダ州=US-FL; イリノイ州=US-IL; ペンシルベニア州=US-PA
subdivision | アメリカの{}の州都を教えて | ワシントン州=US-WA; ネバダ州=US-NV; ミシガン州=US-MI
subdivision | {}の州都は何て街 | アラバマ州=US-AL; ミシシッピ州=US-MS; ルイジアナ州=US-LA
subdivision | {}って州都どこなんだべ | モンタナ州=US-MT; ワイオミング州=US-WY; アイダホ州=US-ID
subdivision | {}の州都を教えてくれんね | オレゴン州=US-OR; ユタ州=US-UT; コロラド州=US-CO
subdivision | {}の州都ってでーれー小さい街なんじゃろ | バーモント州=US-VT; デラウェア州=US-DE; サウスダコタ州=US-SD
subdivision | カナダの{}の州都はどこ | オンタリオ州=CA-ON; ケベック州=CA-QC; アルバータ州=CA-AB
subdivision | {}の州都は | ブリティッシュコロンビア州=CA-BC; マニトバ州=CA-MB; サスカチュワン州=CA-SK
subdivision | カナダの準州の{}の中心の街はどこ | ユーコン=CA-YT; ノースウエスト準州=CA-NT; ヌナブト=CA-NU
subdivision | {}の州都ってどこかいな | ノバスコシア州=CA-NS; ニューブランズウィック州=CA-NB; プリンスエドワードアイランド州=CA-PE
subdivision | ニューファンドランドの州都 | CA-NL
subdivision | オーストラリアの{}の州都 | クイーンズランド州=AU-QLD; ビクトリア州=AU-VIC; タスマニア州=AU-TAS
subdivision | {}の州都はどこやったっけ | 西オーストラリア州=AU-WA; 南オーストラリア州=AU-SA; ニューサウスウェールズ州=AU-NSW
subdivision | ノーザンテリトリーの州都じゃなくて首府はどこ | AU-NT
subdivision | ドイツの{}の州都 | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | {}の州都はどこですか | ニーダーザクセン州=DE-NI; テューリンゲン州=DE-TH; ブランデンブルク州=DE-BB
subdivision | ドイツの{}の州都ってどこ | ザールラント=DE-SL; シュレースヴィヒホルシュタイン=DE-SH; メクレンブルクフォアポンメルン=DE-MV
subdivision | インドの{}の州都 | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; カルナータカ州=IN-KA
subdivision | {}の州都はどこなん | ラージャスターン州=IN-RJ; グジャラート州=IN-GJ; パンジャーブ州=IN-PB
subdivision | インドの{}って州の州都 | アッサム州=IN-AS; シッキム州=IN-SK; ゴア州=IN-GA
subdivision | ブラジルの{}の州都 | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | {}州の州都ってどこだったかな | ミナスジェライス=BR-MG; ペルナンブーコ=BR-PE; サンタカタリーナ=BR-SC
subdivision | メキシコの{}の州都 | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | {}の州都を調べて | ヌエボレオン州=MX-NLE; チアパス州=MX-CHP; ソノラ州=MX-SON
subdivision | イギリスの{}の首都 | スコットランド=GB-SCT; ウェールズ=GB-WLS; 北アイルランド=GB-NIR
subdivision | イングランドの首都はロンドンでいいの | GB-ENG
subdivision | {}の中心都市はどこ | グリーンランド=GL; プエルトリコ=PR; グアム=GU
subdivision | {}の首都ってあるの | ニューカレドニア=NC; 仏領ポリネシア=PF; フェロー諸島=FO
subdivision | {}の首府はどこ | バミューダ=BM; ケイマン諸島=KY; ジブラルタル=GI
subdivision | {}のいちばん大事な町は | マン島=IM; ジャージー島=JE; ガーンジー島=GG
subdivision | {}の首都はどこになるの | 香港=HK; マカオ=MO; 南極=AQ
subdivision | {}の政庁所在地 | フォークランド諸島=FK; セントヘレナ=SH; ピトケアン諸島=PN
subdivision | {}の主都ってどこ | 北マリアナ諸島=MP; 米領サモア=AS; キュラソー=CW
subdivision | {}の州都は何市 | アリゾナ州=US-AZ; ジョージア州=US-GA; ノースカロライナ州=US-NC
subdivision | {}の州都はどこか教えて | テネシー州=US-TN; ケンタッキー州=US-KY; ミズーリ州=US-MO
subdivision | {}の州都ってボストンで合ってる | マサチューセッツ州=US-MA
subdivision | {}の州都ってどこよ | ハワイ州=US-HI; アラスカ州=US-AK; ニュージャージー州=US-NJ
follow-up | じゃあ{}は | フランス=FR; ドイツ=DE; イタリア=IT
follow-up | それなら{}はどうなん | スペイン=ES; ポルトガル=PT; ギリシャ=GR
follow-up | 次は{}だす | ノルウェー=NO; スウェーデン=SE; フィンランド=FI
follow-up | ほんなら{}は | デンマーク=DK; アイスランド=IS; アイルランド=IE
follow-up | {}はどげんね | ベルギー=BE; スイス=CH; オーストリア=AT
follow-up | ついでに{}も | ポーランド=PL; チェコ=CZ; スロバキア=SK
follow-up | じゃ{}のは | ハンガリー=HU; ルーマニア=RO; ブルガリア=BG
follow-up | {}はどうじゃ | セルビア=RS; クロアチア=HR; スロベニア=SI
follow-up | 続けて{}のも | エストニア=EE; ラトビア=LV; リトアニア=LT
follow-up | 今度は{}の番 | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
follow-up | あと{}もお願い | ロシア=RU; トルコ=TR; ジョージア=GE+US-GA
follow-up | {}だとどこ | アルメニア=AM; アゼルバイジャン=AZ; カザフスタン=KZ
follow-up | 同じ質問で{}は | 中国=CN; 韓国=KR; 北朝鮮=KP
follow-up | {}ならどこになるの | モンゴル=MN; ベトナム=VN; ラオス=LA
follow-up | 次{}いってみよう | タイ=TH; カンボジア=KH; ミャンマー=MM
follow-up | それから{}は何ていう | フィリピン=PH; インドネシア=ID; シンガポール=SG
follow-up | さっきのと同じで{}は | インド=IN; パキスタン=PK; バングラデシュ=BD
follow-up | {}だったら | ネパール=NP; ブータン=BT; モルディブ=MV
follow-up | じゃあ今度は{}の首都 | エジプト=EG; リビア=LY; スーダン=SD
follow-up | もう一つ{}も | モロッコ=MA; アルジェリア=DZ; チュニジア=TN
follow-up | {}も知りたいんやけど | ケニア=KE; タンザニア=TZ; ウガンダ=UG
yes-no-check | {}の首都はシドニーで合ってる | オーストラリア=AU
yes-no-check | {}の首都ってトロントだよね | カナダ=CA
yes-no-check | {}の首都はイスタンブールじゃないの | トルコ=TR
yes-no-check | {}の首都はリオデジャネイロだすか | ブラジル=BR
yes-no-check | {}の首都ってヨハネスブルグちゃうん | 南アフリカ=ZA
yes-no-check | {}の首都はチューリッヒかい | スイス=CH
yes-no-check | {}の首都ってラゴスでしょ | ナイジェリア=NG
yes-no-check | {}の首都はアルマトイであってますか | カザフスタン=KZ
yes-no-check | {}の首都はヤンゴンじゃろ | ミャンマー=MM
yes-no-check | {}の首都はカラチやったよね | パキスタン=PK
yes-no-check | {}の首都はニューヨークだよな | アメリカ=US
yes-no-check | {}の首都ってオークランドやんな | ニュージーランド=NZ
yes-no-check | {}の首都はホーチミンばいね | ベトナム=VN
yes-no-check | {}の州都はロサンゼルスであってる | カリフォルニア州=US-CA
yes-no-check | {}の州都ってシカゴだよね | イリノイ州=US-IL
yes-no-check | {}の州都はモントリオールけ | ケベック州=CA-QC
yes-no-check | {}の州都はマイアミじゃないの | フロリダ州=US-FL
yes-no-check | {}の州都はシアトルでいいんだっけ | ワシントン州=US-WA
yes-no-check | {}の州都はフランクフルトだよね | ヘッセン州=DE-HE
yes-no-check | {}の首都ってまじでダルエスサラームじゃないの | タンザニア=TZ
yes-no-check | {}の首都はアビジャンでいいですか | コートジボワール=CI
yes-no-check | {}の首都はドバイであってるよね | アラブ首長国連邦=AE
yes-no-check | {}の首都ってジッダかな | サウジアラビア=SA
yes-no-check | {}の首都はカサブランカなん | モロッコ=MA
yes-no-check | {}の首都はアムステルダムで正解 | オランダ=NL
yes-no-check | {}の首都ってテルアビブやなかった | イスラエル=IL
yes-no-check | {}の首都はベルンでいいんですよね | スイス=CH
yes-no-check | {}の首都はキャンベラで正しいか確認して | オーストラリア=AU
yes-no-check | {}の首都は釜山じゃないよね | 韓国=KR
yes-no-check | {}の首都は上海だっけ | 中国=CN
yes-no-check | {}の首都ってバルセロナじゃないんか | スペイン=ES
yes-no-check | {}の首都はミラノだったかな | イタリア=IT
yes-no-check | {}の首都はサンパウロかと思ってた | ブラジル=BR
yes-no-check | {}の首都はアルマティじゃなかったっけ | カザフスタン=KZ
yes-no-check | {}の州都はヒューストンですか | テキサス州=US-TX
yes-no-check | {}の州都はバンクーバーかい | ブリティッシュコロンビア州=CA-BC
yes-no-check | {}の州都はムンバイで合うとる | マハーラーシュトラ州=IN-MH
self-correction | フランスじゃなくて{}の首都 | ベルギー=BE; ルクセンブルク=LU; モナコ=MC
self-correction | {}いや違うスウェーデンの首都 | ノルウェー=SE
self-correction | オーストリアあっ間違えた{}の首都 | オーストラリア=AU
self-correction | スロベニアじゃなくて{}の首都 | スロバキア=SK
self-correction | {}のえっとやっぱりニジェールの首都 | ナイジェリア=NE
self-correction | ギニアビサウじゃなかった{}の首都 | 赤道ギニア=GQ; ギニア=GN
self-correction | イランいやいや{}の首都 | イラク=IQ
self-correction | ザンビアじゃのうて{}の首都 | ジンバブエ=ZW; ガンビア=GM
self-correction | モーリタニアちゃうちゃう{}の首都 | モーリシャス=MU
self-correction | コロンビアじゃなくてごめん{}の首都 | ボリビア=BO; ボツワナ=BW
self-correction | アイスランドあ違ったアイルランドの首都 | IE
self-correction | オーストリアの首都じゃなかった{}の首都 | ドイツ=DE
self-correction | パラグアイやのうて{}の首都 | ウルグアイ=UY
self-correction | ラトビアじゃなくてえっと{}の | リトアニア=LT; エストニア=EE
self-correction | マリいや{}の首都 | マラウイ=MW; マルタ=MT
self-correction | トルクメニスタンじゃなか{}の首都ば | タジキスタン=TJ; キルギス=KG
self-correction | スーダンじゃなくて{}の首都 | 南スーダン=SS; チャド=TD
self-correction | オマーンあっちゃう{}の首都 | ヨルダン=JO
self-correction | ドミニカ共和国じゃない{}の首都 | ドミニカ国=DM
self-correction | バーレーンの首都ごめん{}の首都 | カタール=QA; クウェート=KW
self-correction | オハイオの州都じゃなかった{}の州都 | アイオワ州=US-IA; インディアナ州=US-IN
self-correction | ミズーリじゃなくてミネソタ州の州都 | US-MN
reverse-question | {}はどこの国の首都 | ウランバートル=CITY:ウランバートル; ティンプー=CITY:ティンプー; カトマンズ=CITY:カトマンズ
reverse-question | {}って何の国の首都ね | ナイロビ=CITY:ナイロビ; アクラ=CITY:アクラ; ダカール=CITY:ダカール
reverse-question | {}が首都の国はどこ | リマ=CITY:リマ; キト=CITY:キト; ボゴタ=CITY:ボゴタ
reverse-question | {}ってどこの首都だすか | ヘルシンキ=CITY:ヘルシンキ; オスロ=CITY:オスロ; タリン=CITY:タリン
reverse-question | {}を首都にしとる国はどこじゃ | アンカラ=CITY:アンカラ; テヘラン=CITY:テヘラン; バグダッド=CITY:バグダッド
reverse-question | {}はどこの首都やったかいな | リガ=CITY:リガ; ヴィリニュス=CITY:ヴィリニュス; ミンスク=CITY:ミンスク
reverse-question | {}ってなにの国のしゅとですか | アブジャ=CITY:アブジャ; プノンペン=CITY:プノンペン; ウェリントン=CITY:ウェリントン
reverse-question | {}はどの国の首都なの | キングストン=CITY:キングストン; ジョージタウン=CITY:ジョージタウン; ビクトリア=CITY:ビクトリア
reverse-question | {}が首都なのってどこ | ハラレ=CITY:ハラレ; ルサカ=CITY:ルサカ; リロングウェ=CITY:リロングウェ
reverse-question | {}はどこの州の州都 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
reverse-question | {}ってどこの州都なん | ミュンヘン=CITY:ミュンヘン; ドレスデン=CITY:ドレスデン; シュトゥットガルト=CITY:シュトゥットガルト
reverse-question | {}を州都にしてる州は | マナウス=CITY:マナウス; クリチバ=CITY:クリチバ; レシフェ=CITY:レシフェ
reverse-question | {}はまじどこの首都 | ドーハ=CITY:ドーハ; マスカット=CITY:マスカット; マナーマ=CITY:マナーマ
reverse-question | {}って首都だと思うけどどこの | ヤウンデ=CITY:ヤウンデ; バマコ=CITY:バマコ; ニアメ=CITY:ニアメ
reverse-question | {}はどこの国の首都ですか | パラマリボ=CITY:パラマリボ; アスンシオン=CITY:アスンシオン; モンテビデオ=CITY:モンテビデオ
official-name | {}っていう国の首都はどこ | アメリカ合衆国=US; グレートブリテン及び北アイルランド連合王国=GB; 中華人民共和国=CN
official-name | 正式名称で言うと{}の首都を教えて | 大韓民国=KR; 朝鮮民主主義人民共和国=KP; ロシア連邦=RU
official-name | {}の首都はどこにありますか | ドイツ連邦共和国=DE; フランス共和国=FR; イタリア共和国=IT
official-name | 正式には{}っていう国の首都 | ミャンマー連邦共和国=MM; ベトナム社会主義共和国=VN; ラオス人民民主共和国=LA
official-name | {}の首都ってどこなん | タイ王国=TH; カンボジア王国=KH; マレーシア連邦=MY
official-name | {}の首都を調べて | サウジアラビア王国=SA; ヨルダンハシェミット王国=JO; イランイスラム共和国=IR
official-name | {}の首都は何ちゅう街 | エジプトアラブ共和国=EG; アルジェリア民主人民共和国=DZ; モロッコ王国=MA
official-name | {}の首都は | ブラジル連邦共和国=BR; アルゼンチン共和国=AR; メキシコ合衆国=MX
official-name | {}の首都はどこだべ | オランダ王国=NL; ベルギー王国=BE; スペイン王国=ES
official-name | {}の首都ってなんて言うの | コンゴ民主共和国=CD; コンゴ共和国=CG; 中央アフリカ共和国=CF
official-name | {}の首都を答えて | スリランカ民主社会主義共和国=LK; バングラデシュ人民共和国=BD; パキスタンイスラム共和国=PK
official-name | {}の首都はどこでしょう | ボリビア多民族国=BO; ベネズエラボリバル共和国=VE; ウルグアイ東方共和国=UY
everyday-name | 普通に言うと{}の首都はどこ | アメリカ=US; イギリス=GB; オランダ=NL
everyday-name | {}の首都ってどこ | 英国=GB; 米国=US; 北朝鮮=KP
everyday-name | {}の首都はどこだっけ | ビルマ=MM; セイロン=LK; ペルシャ=IR
everyday-name | 昔の名前で言うと{}の首都は | ザイール=CD; シャム=TH; スワジランド=SZ
everyday-name | {}ってよく言うけどその首都を教えて | チェコ共和国=CZ; トルコ共和国=TR; 台湾=TW
everyday-name | {}の首都ってどこなの | ホランド=NL; 豪州=AU; 中国本土=CN
everyday-name | {}と呼ばれてた国の首都はどこですか | マケドニア=MK; グルジア=GE; キルギスタン=KG
everyday-name | ばあちゃんの言う{}の首都はどこだすか | バチカン=VA; 東チモール=TL; カーボヴェルデ=CV
everyday-name | {}の首都 | ニュージー=NZ; オーストリー=AT; アメリカ本土=US
everyday-name | {}の首都は何 | 中華民国=TW; 韓国=KR; 南ア=ZA
shared-name | {}の首都はどこ | ジョージア=GE+US-GA; コンゴ=CD+CG; ドミニカ=DM+DO
shared-name | {}ってとこの首都ってどこ | ギニア=GN; サモア=AS+WS; ヴァージン諸島=VG+VI
shared-name | {}の首都を教えて | ジョージア=GE+US-GA; ドミニカ=DM+DO; コンゴ=CD+CG
shared-name | {}の首都ってどこやったっけ | ルクセンブルク=LU; メキシコ=MX; ブラジル=BR
shared-name | {}の首都はどこなんだべ | バージン諸島=VG+VI; サモア=AS+WS; ジョージア=GE+US-GA
shared-name | {}の首都とかどこ | パナマ=PA; グアテマラ=GT; クウェート=KW
akita | {}の首都はどこだすか | アフガニスタン=AF; アルバニア=AL; アンドラ=AD
akita | {}の首都ってなんて街だべが | アンゴラ=AO; アンティグアバーブーダ=AG; アルゼンチン=AR
akita | んだば{}の首都は | オーストラリア=AU; オーストリア=AT; アゼルバイジャン=AZ
akita | 孫さ聞かれたども{}の首都どこだっけな | バハマ=BS; バーレーン=BH; バングラデシュ=BD
akita | {}の首都おしえてけれ | バルバドス=BB; ベラルーシ=BY; ベルギー=BE
akita | なしてもわがんねぐて{}の首都 | ベリーズ=BZ; ブータン=BT; ボスニアヘルツェゴビナ=BA
akita | 雪降ってひまだがら{}の首都聞ぐべ | ボツワナ=BW; ブラジル=BR; ブルネイ=BN
akita | {}の首都っこどこだべ | ブルガリア=BG; ブルキナファソ=BF; ブルンジ=BI
akita | めんこい孫が{}の首都ば知りてって | カーボベルデ=CV; カンボジア=KH; カメルーン=CM
akita | {}の首都はなんつうどごだ | カナダ=CA; 中央アフリカ=CF; チャド=TD
kumamoto | {}の首都はどこにあっとね | チリ=CL; 中国=CN; コロンビア=CO
kumamoto | {}の首都ばいっちょ教えてくれんね | コモロ=KM; コスタリカ=CR; クロアチア=HR
kumamoto | {}の首都ってどこやったかね | キューバ=CU; キプロス=CY; チェコ=CZ
kumamoto | 熊本城ば見に来た人の国の{}の首都はどこ | デンマーク=DK; ジブチ=DJ; ドミニカ共和国=DO
kumamoto | なんしよっとかいな{}の首都も知らんと | エクアドル=EC; エジプト=EG; エルサルバドル=SV
kumamoto | {}の首都はどこかいね | 赤道ギニア=GQ; エリトリア=ER; エストニア=EE
kumamoto | {}の首都ば知っとる | エスワティニ=SZ; エチオピア=ET; フィジー=FJ
kumamoto | あとぜきしてから聞くばってん{}の首都は | フィンランド=FI; フランス=FR; ガボン=GA
sanuki | {}の首都はどこなんな | ガンビア=GM; ジョージア=GE+US-GA; ドイツ=DE
sanuki | ほなけん{}の首都教えてくれまい | ガーナ=GH; ギリシャ=GR; グレナダ=GD
sanuki | うどん食べよるけど{}の首都はどこや | グアテマラ=GT; ギニア=GN; ギニアビサウ=GW
sanuki | {}の首都ってなんちゅうとこ | ガイアナ=GY; ハイチ=HT; ホンジュラス=HN
sanuki | なんしょん{}の首都知らんのか教えて | ハンガリー=HU; アイスランド=IS; インド=IN
sanuki | {}の首都はどこやったかいの | インドネシア=ID; イラン=IR; イラク=IQ
sanuki | 孫がうどん県の首都は高松って言うけん{}のは | アイルランド=IE; イスラエル=IL; イタリア=IT
okayama | {}の首都はどこじゃ | ジャマイカ=JM; 日本=JP; ヨルダン=JO
okayama | でーれー気になるんじゃけど{}の首都 | カザフスタン=KZ; ケニア=KE; キリバス=KI
okayama | {}の首都を教えてくれんか | クウェート=KW; キルギス=KG; ラオス=LA
okayama | {}の首都はどこなんなら | ラトビア=LV; レバノン=LB; レソト=LS
okayama | わからんでおえんわ{}の首都は | リベリア=LR; リビア=LY; リヒテンシュタイン=LI
okayama | 桃食いながら聞くけど{}の首都 | リトアニア=LT; ルクセンブルク=LU; マダガスカル=MG
okayama | {}の首都っていうたらどこじゃったかな | マラウイ=MW; マレーシア=MY; モルディブ=MV
izumo | {}の首都はどこだけん | マリ=ML; マルタ=MT; マーシャル諸島=MH
izumo | {}の首都を教えてごしない | モーリタニア=MR; モーリシャス=MU; メキシコ=MX
izumo | だらずなこと聞くけど{}の首都は | ミクロネシア=FM; モルドバ=MD; モナコ=MC
izumo | {}の首都はどこだったかいな | モンゴル=MN; モンテネグロ=ME; モロッコ=MA
izumo | 神在月に来る外国の人の{}の首都 | モザンビーク=MZ; ミャンマー=MM; ナミビア=NA
izumo | {}の首都ってわからんだわ | ナウル=NR; ネパール=NP; オランダ=NL
ise | {}の首都ってどこやに | ニュージーランド=NZ; ニカラグア=NI; ニジェール=NE
ise | {}の首都教えてくれやんか | ナイジェリア=NG; 北マケドニア=MK; ノルウェー=NO
ise | お伊勢参りの外国の人に聞かれたんやけど{}の首都 | オマーン=OM; パキスタン=PK; パラオ=PW
ise | {}の首都ってどこやったかなあ | パレスチナ=PS; パナマ=PA; パプアニューギニア=PG
ise | 海女さん仲間で言うとったんやけど{}の首都 | パラグアイ=PY; ペルー=PE; フィリピン=PH
ise | {}の首都わからへんのやわ | ポーランド=PL; ポルトガル=PT; カタール=QA
gunma | {}の首都はどこなん | ルーマニア=RO; ロシア=RU; ルワンダ=RW
gunma | {}の首都ってどこだんべ | セントクリストファーネイビス=KN; セントルシア=LC; セントビンセントグレナディーン=VC
gunma | 上毛かるたにゃ出てこねえけど{}の首都 | サモア=AS+WS; サンマリノ=SM; サントメプリンシペ=ST
gunma | {}の首都教えてくんねえかい | サウジアラビア=SA; セネガル=SN; セルビア=RS
gunma | からっ風の中で聞くけど{}の首都はどこさぁ | セーシェル=SC; シエラレオネ=SL; シンガポール=SG
gunma | {}の首都はなんてとこなんだい | スロバキア=SK; スロベニア=SI; ソロモン諸島=SB
nagasaki | {}の首都はどこね | ソマリア=SO; 南アフリカ=ZA; 南スーダン=SS
nagasaki | {}の首都ば教えてくれんね | スペイン=ES; スリランカ=LK; スーダン=SD
nagasaki | 出島の話ばしよったら{}の首都が気になって | スリナム=SR; スウェーデン=SE; スイス=CH
nagasaki | {}の首都はどこやったかね | シリア=SY; 台湾=TW; タジキスタン=TJ
nagasaki | ばってん{}の首都は知らんけん教えて | タンザニア=TZ; タイ=TH; 東ティモール=TL
nagasaki | 港に来た船の{}の首都はどこと | トーゴ=TG; トンガ=TO; トリニダードトバゴ=TT
polish-researcher | {}のしゅとはどこですか | チュニジア=TN; トルコ=TR; トルクメニスタン=TM
polish-researcher | わたしのけんきゅうしつのともだちは{}からきましたしゅとはなに | ツバル=TV; ウガンダ=UG; ウクライナ=UA
polish-researcher | {}のしゅとおしえてもらえますか | アラブ首長国連邦=AE; イギリス=GB; アメリカ=US
polish-researcher | ポーランドのとなりの{}のしゅとはなんですか | ドイツ=DE; チェコ=CZ; リトアニア=LT
polish-researcher | がっかいは{}でありますしゅとはどこ | ウルグアイ=UY; ウズベキスタン=UZ; バヌアツ=VU
nigerian-trader | {}のしゅとはなにですか | バチカン=VA; ベネズエラ=VE; ベトナム=VN
nigerian-trader | しょうばいで{}にいくよしゅとどこ | イエメン=YE; ザンビア=ZM; ジンバブエ=ZW
nigerian-trader | わたしのくにのとなり{}のしゅとは | ベナン=BJ; カメルーン=CM; ニジェール=NE
nigerian-trader | {}のしゅとのなまえおしえてアレクサ | コソボ=XK; ガーナ=GH; トーゴ=TG
nigerian-trader | にもつを{}におくりますしゅとはどこだっけ | コートジボワール=CI; シエラレオネ=SL; リベリア=LR
cambodian-intern | {}のしゅとはなんですか | タイ=TH; ベトナム=VN; ラオス=LA
cambodian-intern | ぎのうじっしゅうのせんぱいは{}のひとしゅとどこ | インドネシア=ID; フィリピン=PH; ミャンマー=MM
cambodian-intern | かいごのしごとのあとに{}のしゅとききたいです | ネパール=NP; スリランカ=LK; モンゴル=MN
cambodian-intern | {}のしゅとはプノンペンですか | カンボジア=KH
cambodian-intern | おばあさんに{}のしゅときかれました | 中国=CN; 韓国=KR; 台湾=TW
malaysian-student | {}のしゅとはどこにありますか | ブルネイ=BN; シンガポール=SG; 東ティモール=TL
malaysian-student | だいがくのレポートで{}のしゅとがいります | パプアニューギニア=PG; フィジー=FJ; ソロモン諸島=SB
malaysian-student | {}のしゅとはクアラルンプールじゃないですか | マレーシア=MY
malaysian-student | インドネシアのしゅとはジャカルタからうつりますか | ID
malaysian-student | ラマダンのときに{}のしゅとをしらべたい | サウジアラビア=SA; エジプト=EG; パキスタン=PK
colombian-dancer | {}のしゅとはどこかな | ペルー=PE; エクアドル=EC; ベネズエラ=VE
colombian-dancer | サルサのがっこうのせいとは{}からですしゅとは | キューバ=CU; プエルトリコ=PR; ドミニカ共和国=DO
colombian-dancer | {}のしゅとってなんですかおしえて | パナマ=PA; コスタリカ=CR; ニカラグア=NI
colombian-dancer | わたしのくにコロンビアのしゅとはボゴタですね | CO
colombian-dancer | {}のしゅとはぜんぜんわからない | ホンジュラス=HN; グアテマラ=GT; ベリーズ=BZ
kiwi-rugby | {}のしゅとはどこ | トンガ=TO; サモア=AS+WS; フィジー=FJ
kiwi-rugby | チームメイトは{}からきたしゅとはなに | クック諸島=CK; ニウエ=NU; トケラウ=TK
kiwi-rugby | {}のしゅとはシドニーじゃないでしょ | オーストラリア=AU
kiwi-rugby | ニュージーランドのしゅとはオークランドじゃないよね | NZ
kiwi-rugby | しあいで{}にいくしゅとどこ | 南アフリカ=ZA; アルゼンチン=AR; ジョージア=GE+US-GA
kiwi-rugby | {}のしゅとおしえてほしい | ウェールズ=GB-WLS; スコットランド=GB-SCT; アイルランド=IE
gal-teen | {}の首都ってまじどこ | トンガ=TO; ツバル=TV; パラオ=PW
gal-teen | 推しが{}でライブするんだけど首都どこ | タイ=TH; 韓国=KR; フィリピン=PH
gal-teen | ガチで{}の首都わからんぴえん | アイスランド=IS; モルディブ=MV; セーシェル=SC
gal-teen | ってか{}の首都ってどこなん | ハワイ州=US-HI; グアム=GU; ニューカレドニア=NC
gal-teen | {}の首都やばみわからん教えて | キリバス=KI; ナウル=NR; マーシャル諸島=MH
gal-teen | 映え旅行で{}行きたいんだけど首都どこ | クロアチア=HR; マルタ=MT; モロッコ=MA
it-consultant | {}の首都をクイックに教えて | シンガポール=SG; アラブ首長国連邦=AE; インド=IN
it-consultant | クライアントが{}なんだけど首都のロケーションは | ドイツ=DE; オランダ=NL; アイルランド=IE
it-consultant | {}の首都をエビデンスとして確認したい | ルクセンブルク=LU; スイス=CH; ベルギー=BE
it-consultant | オフショア先の{}の首都ってどこ | ベトナム=VN; フィリピン=PH; バングラデシュ=BD
it-consultant | 来週{}に出張アサインされたんだけど首都は | ポーランド=PL; エストニア=EE; イスラエル=IL
it-consultant | {}の州都をファクトチェックして | カリフォルニア州=US-CA; ワシントン州=US-WA; テキサス州=US-TX
onsen-front | {}からのお客様がいらっしゃるんですけど首都はどちら | ノルウェー=NO; デンマーク=DK; フィンランド=FI
onsen-front | {}の首都はどこですか宿帳に書いてあって | ポルトガル=PT; オーストリア=AT; ハンガリー=HU
onsen-front | お客様の国の{}の首都を教えて | サウジアラビア=SA; クウェート=KW; カタール=QA
onsen-front | 女将さんに{}の首都を聞かれたんだけど | ブラジル=BR; アルゼンチン=AR; チリ=CL
onsen-front | {}のお客様と話すのに首都を知りたい | ケベック州=CA-QC; オンタリオ州=CA-ON; アルバータ州=CA-AB
onsen-front | フロントで聞かれた{}の州都 | ニューヨーク州=US-NY; マサチューセッツ州=US-MA; ハワイ州=US-HI
coffee-roaster | 豆の産地の{}の首都はどこ | エチオピア=ET; ケニア=KE; ルワンダ=RW
coffee-roaster | {}の豆を焙煎してるんだけど首都は | グアテマラ=GT; ホンジュラス=HN; エルサルバドル=SV
coffee-roaster | {}産の豆なんだけど首都どこ | コロンビア=CO; ブラジル=BR; ペルー=PE
coffee-roaster | ブラジルの{}ってコーヒーの産地の州都は | ミナスジェライス州=BR-MG; サンパウロ州=BR-SP; エスピリトサント州=BR-ES
coffee-roaster | {}のコーヒーの産地の州都を教えて | カルナータカ州=IN-KA; ケーララ州=IN-KL; ハワイ州=US-HI
coffee-roaster | {}のコーヒーが届いたけど首都は | イエメン=YE; タンザニア=TZ; ブルンジ=BI
olympics-tv | 今入場してきた{}の首都はどこ | アンドラ=AD; リヒテンシュタイン=LI; サンマリノ=SM
olympics-tv | 入場行進の{}って国の首都は | ブルキナファソ=BF; ギニアビサウ=GW; コモロ=KM
olympics-tv | {}が金メダル取ったけど首都どこ | ジャマイカ=JM; ケニア=KE; ハンガリー=HU
olympics-tv | 旗手が一人だけの{}の首都は | ツバル=TV; ナウル=NR; モナコ=MC
olympics-tv | {}の選手団が出てきたけど首都って | コソボ=XK; 南スーダン=SS; 東ティモール=TL
olympics-tv | 実況で言ってた{}の首都はどこ | トリニダードトバゴ=TT; バハマ=BS; グレナダ=GD
jigsaw-map | パズルの{}のピースがはまったから首都を教えて | チャド=TD; ニジェール=NE; マリ=ML
jigsaw-map | {}のピースどこだろ首都はどこ | ルクセンブルク=LU; ベルギー=BE; スイス=CH
jigsaw-map | 世界地図パズルの{}の首都を確認したい | カザフスタン=KZ; ウズベキスタン=UZ; トルクメニスタン=TM
jigsaw-map | {}の形のピースの首都ってどこ | イタリア=IT; チリ=CL; ノルウェー=NO
jigsaw-map | 最後のピースの{}の首都 | ガンビア=GM; ジブチ=DJ; エスワティニ=SZ
jigsaw-map | パズルだとアメリカの{}のピースの州都は | コロラド州=US-CO; カンザス州=US-KS; ネブラスカ州=US-NE
post-office | {}に小包を送るんだけど首都はどこ | アゼルバイジャン=AZ; アルメニア=AM; ジョージア=GE+US-GA
post-office | 宛先が{}の首都なんだけど名前は何 | モルドバ=MD; ベラルーシ=BY; ウクライナ=UA
post-office | {}宛ての荷物の首都の綴りを確認したい | キルギス=KG; タジキスタン=TJ; アフガニスタン=AF
post-office | 海外郵便で{}の首都宛てって書きたい | ナミビア=NA; ボツワナ=BW; レソト=LS
post-office | {}の州都に送る手紙なんだけど州都どこ | オハイオ州=US-OH; ミネソタ州=US-MN; ウィスコンシン州=US-WI
post-office | エアメールで{}の首都まで送れる | マダガスカル=MG; モーリシャス=MU; セーシェル=SC
wine-shop | {}のワインを仕入れたけど首都はどこ | ジョージア=GE+US-GA; モルドバ=MD; ルーマニア=RO
wine-shop | {}産のワインの国の首都は | ニュージーランド=NZ; 南アフリカ=ZA; アルゼンチン=AR
wine-shop | {}のワインの産地の州都ってどこ | カリフォルニア州=US-CA; オレゴン州=US-OR; 南オーストラリア州=AU-SA
wine-shop | ドイツの{}のワインの州都 | ラインラントプファルツ州=DE-RP; バーデンヴュルテンベルク州=DE-BW; ヘッセン州=DE-HE
wine-shop | ソムリエ試験で{}の首都が出るかも | スロベニア=SI; ブルガリア=BG; レバノン=LB
visa-office | {}のビザを取りたいんだけど首都はどこ | アンゴラ=AO; モザンビーク=MZ; ジンバブエ=ZW
visa-office | {}の大使館に行く前に首都を確認したい | イラン=IR; イラク=IQ; シリア=SY
visa-office | {}の首都の大使館宛てに書類を出す | アルジェリア=DZ; リビア=LY; スーダン=SD
visa-office | 申請書に{}の首都を書く欄がある | モーリタニア=MR; セネガル=SN; ギニア=GN
visa-office | {}の首都ってどこ入国審査で聞かれそう | エリトリア=ER; ソマリア=SO; イエメン=YE
anime-pilgrim | アニメの舞台の{}の首都はどこ | ベルギー=BE; スウェーデン=SE; ドイツ=DE
anime-pilgrim | 聖地巡礼で{}に行くんだけど首都は | フランス=FR; イギリス=GB; イタリア=IT
anime-pilgrim | {}がモデルのアニメ見たけど首都どこ | チェコ=CZ; ポーランド=PL; オーストリア=AT
anime-pilgrim | アニメに出てきた{}の首都ってどこ | アイルランド=IE; マルタ=MT; アイスランド=IS
anime-pilgrim | {}の州都に聖地巡礼したい | バイエルン州=DE-BY; クイーンズランド州=AU-QLD; ブリティッシュコロンビア州=CA-BC
akita | 秋田犬ば欲しがってる{}の首都はどこだべ | ロシア=RU; アメリカ=US; イギリス=GB
akita | {}のしゅとは何だすか出稼ぎさ行った親戚が住んでで | ブラジル=BR; カナダ=CA; オーストラリア=AU
akita | {}さある州都どこだすか | ハワイ=US-HI; アラスカ=US-AK; カリフォルニア=US-CA
kumamoto | 熊本と姉妹都市の{}の州都はどこね | モンタナ州=US-MT; 広西=FB
kumamoto | {}の州都は知っとるね | オーストラリアのクイーンズランド=AU-QLD; カナダのアルバータ=CA-AB; ドイツのバイエルン=DE-BY
kumamoto | くまモンが行った{}の首都はどこかね | フランス=FR; 台湾=TW; 香港=HK
sanuki | うどん屋に来た{}の人の首都はどこなん | 韓国=KR; 台湾=TW; オーストラリア=AU
sanuki | {}の州都はどこな | ミシガン州=US-MI; ケンタッキー州=US-KY; アーカンソー州=US-AR
okayama | 倉敷のジーンズ買いに来た{}の首都はどこじゃろ | フランス=FR; イタリア=IT; スウェーデン=SE
okayama | {}の州都はどこなら | サンパウロ州=BR-SP; リオデジャネイロ州=BR-RJ; バイーア州=BR-BA
izumo | {}の州都を教えてごしない | ミズーリ州=US-MO; アイオワ州=US-IA; オクラホマ州=US-OK
izumo | 小泉八雲のふるさとの{}の首都はどこだかね | ギリシャ=GR; アイルランド=IE
ise | 真珠を買いに来た{}の人の首都教えて | ドバイのある国=AE; インド=IN; オーストラリア=AU
ise | {}の州都ってどこやったかいな | ルイジアナ州=US-LA; サウスカロライナ州=US-SC; ノースダコタ州=US-ND
gunma | 富岡製糸場に来た{}の首都はどこなん | フランス=FR; イタリア=IT; 中国=CN
gunma | 大泉町にいる{}の人の州都はどこだんべ | ブラジルのサンパウロ州=BR-SP; ブラジルのミナスジェライス州=BR-MG; ブラジルのパラナ州=BR-PR
nagasaki | {}の首都と長崎って関係あると | ポルトガル=PT; オランダ=NL; 中国=CN
nagasaki | ちゃんぽんば食べた{}の人の州都ば教えて | アメリカのテキサス州=US-TX; アメリカのバージニア州=US-VA; アメリカのメリーランド州=US-MD
polish-researcher | {}のしゅうとはどこですか | ニュージャージーしゅう=US-NJ; コネチカットしゅう=US-CT; ロードアイランドしゅう=US-RI
polish-researcher | ポーランドのしゅとはワルシャワですねクラクフではないですね | PL
nigerian-trader | {}のしゅとはラゴスではないですね | ナイジェリア=NG
nigerian-trader | コンテナは{}からきますしゅとはなに | 中国=CN; トルコ=TR; アラブしゅちょうこくれんぽう=AE
cambodian-intern | {}のしゅとはどこかわからないです | ブータン=BT; バングラデシュ=BD; パキスタン=PK
malaysian-student | {}のしゅうとはどこでしょうか | サバ=FB; ジョホール=FB
colombian-dancer | メキシコの{}のしゅうとはどこ | ハリスコ=MX-JAL; ベラクルス=MX-VER; プエブラ=MX-PUE
colombian-dancer | {}のしゅとをおしえてくださいね | ボリビア=BO; パラグアイ=PY; ウルグアイ=UY
kiwi-rugby | {}のしゅうとはどこ | ニューサウスウェールズ=AU-NSW; ビクトリア州=AU-VIC; 西オーストラリア=AU-WA
kiwi-rugby | {}のしゅとはわかりますか | イングランド=GB-ENG; フランス=FR; イタリア=IT
gal-teen | {}の首都ってまじおしゃれそう | フランス=FR; スペイン=ES; 北欧のデンマーク=DK
gal-teen | 彼ピが{}出身なんだけど州都どこ | フロリダ州=US-FL; ジョージア州=US-GA; テネシー州=US-TN
it-consultant | {}の州都をサクッと教えて | バーデンヴュルテンベルク州=DE-BW; ノルトラインヴェストファーレン州=DE-NW; ハンブルク州=DE-HH
it-consultant | {}のデータセンターの州都ってどこ | テランガーナ州=IN-TS; カルナータカ州=IN-KA; マハーラーシュトラ州=IN-MH
onsen-front | {}からお越しのお客様の首都はどこ | 香港=HK; マカオ=MO; シンガポール=SG
coffee-roaster | {}の豆の産地だけど首都はどこ | パプアニューギニア=PG; 東ティモール=TL; インドネシア=ID
coffee-roaster | コナコーヒーの{}の州都は | ハワイ州=US-HI
olympics-tv | 入場行進の{}の中心の街はどこ | プエルトリコ=PR; グアム=GU; 米領ヴァージン諸島=VI
olympics-tv | {}の選手が出てきたけど首都どこ | パレスチナ=PS; 難民選手団=FB
jigsaw-map | {}のピースの州都ってどこ | メイン州=US-ME; ニューハンプシャー州=US-NH; バーモント州=US-VT
jigsaw-map | オーストラリアのパズルの{}の州都 | タスマニア=AU-TAS; 北部準州=AU-NT; 首都特別地域=AU-ACT
post-office | {}宛てのハガキの中心の町はどこ | フランス領ギアナ=GF; レユニオン=RE; マルティニーク=MQ
post-office | {}に荷物を送りたいんだけど首都は | セントヘレナ=SH; フォークランド=FK; グリーンランド=GL
wine-shop | シャンパンの国フランスの首都ってパリでいいよね | FR
wine-shop | {}のワインの州都は | ニューヨーク州=US-NY; ワシントン州=US-WA; ビクトリア州=AU-VIC
visa-office | {}の首都の領事館に行きたい | ケニア=KE; エチオピア=ET; タンザニア=TZ
visa-office | {}の州都に行くのにビザいる | ゴア州=IN-GA; ケーララ州=IN-KL; ラージャスターン州=IN-RJ
anime-pilgrim | {}の首都ってアニメに出てくる | フィンランド=FI; ノルウェー=NO; スイス=CH
anime-pilgrim | 異世界アニメのモデルの{}の首都 | クロアチア=HR; ルーマニア=RO; モンテネグロ=ME
subdivision | {}の州都はどこだったかね | ニューメキシコ州=US-NM; アーカンソー州=US-AR; ウェストバージニア州=US-WV
subdivision | {}の州都ってどこなんだろ | コネチカット州=US-CT; ロードアイランド州=US-RI; メリーランド州=US-MD
subdivision | {}の首都ってどこだっけな | マン島=IM; ジャージー=JE; オーランド諸島=AX
subdivision | {}の首府ってどこ | アルバ=AW; アンギラ=AI; モントセラト=MS
subdivision | {}の中心の町 | タークスカイコス諸島=TC; 英領ヴァージン諸島=VG; シントマールテン=SX
subdivision | {}ってとこの首都あるの | スバールバル=SJ; クリスマス島=CX; ココス諸島=CC
subdivision | {}の州都はどこかな | アマパー州=BR-AP; ロライマ州=BR-RR; トカンチンス州=BR-TO
subdivision | インドの{}の州都って | ビハール州=IN-BR; オディシャ州=IN-OD; 西ベンガル州=IN-WB
subdivision | インドの{}の中心の街 | デリー=IN-DL; ラダック=IN-LA; ポンディシェリ=IN-PY
subdivision | メキシコの{}の州都ってどこ | キンタナロー州=MX-ROO; バハカリフォルニア州=MX-BCN; グアナファト州=MX-GUA
subdivision | {}の首都はどこか知ってる | 西サハラ=EH; 仏領ポリネシア=PF; ウォリスフツナ=WF
follow-up | じゃあその次{}は | アメリカ=US; カナダ=CA; メキシコ=MX
follow-up | {}のほうは | アルゼンチン=AR; チリ=CL; ペルー=PE
follow-up | さっきのに続けて{}の | オーストラリア=AU; ニュージーランド=NZ; パプアニューギニア=PG
follow-up | {}の州都もついでに | テキサス州=US-TX; オンタリオ州=CA-ON; バイエルン州=DE-BY
shared-name | {}ってどっちの首都を聞けばいいの | コンゴ=CD+CG; ジョージア=GE+US-GA
shared-name | {}ってとこの首都は | ドミニカ=DM+DO; サモア=AS+WS; ヴァージン=VG+VI
help | これどうやって使うんだすか | HELP
help | 使い方を教えてけれ | HELP
help | なんば言えばよかと | HELP
help | どがん聞けばよかとね | HELP
help | 使い方がわからんけん教えて | HELP
help | どう言うたらええんか教えてくれまい | HELP
help | どがいに聞いたらええん | HELP
help | どう使うんか教えてくれぇ | HELP
help | 何ができるんか教えてごしない | HELP
help | どげして聞いたらええだか | HELP
help | 使い方わからへんから教えて | HELP
help | どう言うたらええのん | HELP
help | どうやって聞けばいいんだい | HELP
help | 使い方をおせえてくんない | HELP
help | つかいかたをおしえてください | HELP
help | なにをいえばいいですか | HELP
help | わたしはなにをききますか | HELP
help | どうやってつかうの | HELP
help | ヘルプおねがいします | HELP
help | たすけてください | HELP
help | ヘルプ | HELP
help | ヘルプ見せて | HELP
help | 何ができるの | HELP
help | 何を聞けばいい | HELP
help | どう聞けばいいの | HELP
help | 使い方の説明をして | HELP
help | まじ使い方わからんヘルプ | HELP
help | 使い方のガイダンスをお願い | HELP
help | どういう質問ができるの | HELP
help | 聞き方の例を教えて | HELP
help | 何て言えば首都を教えてくれるの | HELP
help | このスキルでできることを教えて | HELP
help | 助けて | HELP
help | わからないから説明して | HELP
help | もう一回使い方を教えて | HELP
help | 最初の説明をもう一度 | HELP
help | どんな国が聞けるの | HELP
help | 州の首都も聞けるの | HELP
help | 何から始めればいいの | HELP
help | 操作方法を教えて | HELP
help | 遊び方を教えて | HELP
help | これって何するやつ | HELP
help | ヘルプモードにして | HELP
help | おばあちゃんにもわかるように使い方教えて | HELP
help | 使い方のマニュアルを読んで | HELP
stop | もうええだす | STOP
stop | やめてけれ | STOP
stop | もうよかばい | STOP
stop | もうやめとくけん | STOP
stop | もうええけん止めて | STOP
stop | もうおえん止めてくれぇ | STOP
stop | もうええわ止めてごしない | STOP
stop | もうええやんか止めといて | STOP
stop | もういいやい止めてくんな | STOP
stop | もうよか止めてくれんね | STOP
stop | とめてください | STOP
stop | おわりです | STOP
stop | もういいです | STOP
stop | ストップしてください | STOP
stop | おしまいにします | STOP
stop | ストップ | STOP
stop | 止めて | STOP
stop | 終わり | STOP
stop | 終了 | STOP
stop | もういい | STOP
stop | 黙って | STOP
stop | 静かにして | STOP
stop | スキルを終了して | STOP
stop | 世界の首都を終わりにして | STOP
stop | 閉じて | STOP
stop | もう終わりにしよう | STOP
stop | まじもういいってストップ | STOP
stop | 一旦クローズで | STOP
stop | 今日はここまで | STOP
stop | もう寝るから止めて | STOP
stop | お客さん来たから終わり | STOP
stop | 仕事に戻るから止めて | STOP
stop | しゃべるのやめて | STOP
stop | うるさい止めて | STOP
stop | もう十分 | STOP
stop | おしまい | STOP
stop | バイバイ | STOP
stop | じゃあね | STOP
stop | さようなら | STOP
stop | 出て | STOP
stop | 終わらせて | STOP
stop | 止まって | STOP
stop | これでおしまいね | STOP
stop | スキル閉じて | STOP
stop | ストップストップ | STOP
cancel | キャンセルだす | CANCEL
cancel | 今のは取り消してけれ | CANCEL
cancel | 今のなしにしてくれんね | CANCEL
cancel | 今のキャンセルしてくれまい | CANCEL
cancel | さっきのはなしじゃ取り消して | CANCEL
cancel | 今のは取り消しだけん | CANCEL
cancel | 今のなしにしといて | CANCEL
cancel | 今のはなしにしてくんな | CANCEL
cancel | 今の取り消しばい | CANCEL
cancel | キャンセルしてください | CANCEL
cancel | とりけしてください | CANCEL
cancel | いまのはちがいますキャンセル | CANCEL
cancel | それはキャンセルです | CANCEL
cancel | やっぱりいいですキャンセル | CANCEL
cancel | キャンセル | CANCEL
cancel | キャンセルして | CANCEL
cancel | 取り消し | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のなし | CANCEL
cancel | 今のはなかったことに | CANCEL
cancel | やっぱりキャンセル | CANCEL
cancel | キャンセルで | CANCEL
cancel | 質問キャンセル | CANCEL
cancel | 今の質問は取り消し | CANCEL
cancel | まじ今のなしキャンセル | CANCEL
cancel | 今のはペンディングでキャンセル | CANCEL
cancel | さっきのやつキャンセルね | CANCEL
cancel | 間違えたキャンセル | CANCEL
cancel | 言い間違いだから取り消して | CANCEL
cancel | それやめてキャンセル | CANCEL
cancel | キャンセルお願いします | CANCEL
cancel | 今のは無しでお願い | CANCEL
cancel | 取り消しお願い | CANCEL
cancel | やめやめキャンセル | CANCEL
cancel | 今の聞かなかったことにして | CANCEL
cancel | 今のはキャンセルしといて | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | その質問はいいやキャンセル | CANCEL
cancel | 今の取り消して別のにする | CANCEL
cancel | やっぱやめとくキャンセル | CANCEL
cancel | 今のは取り下げます | CANCEL
cancel | 今のはキャンセルで頼む | CANCEL
cancel | 取り消しておくれ | CANCEL
cancel | キャンセルしたい | CANCEL
cancel | 今の入力キャンセル | CANCEL
launch | 世界の首都を開いてけれ | LAUNCH
launch | 世界の首都ば開いてくれんね | LAUNCH
launch | 世界の首都を開けてくれまい | LAUNCH
launch | 世界の首都を起動してくれぇ | LAUNCH
launch | 世界の首都を開いてごしない | LAUNCH
launch | 世界の首都開いといて | LAUNCH
launch | 世界の首都をやるべえ開いて | LAUNCH
launch | 世界の首都ば起動してくれんね | LAUNCH
launch | せかいのしゅとをひらいてください | LAUNCH
launch | せかいのしゅとをはじめてください | LAUNCH
launch | せかいのしゅとおねがい | LAUNCH
launch | せかいのしゅとをつかいたいです | LAUNCH
launch | せかいのしゅとをスタート | LAUNCH
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動して | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都 | LAUNCH
launch | 世界の首都をスタートして | LAUNCH
launch | 世界の首都で遊びたい | LAUNCH
launch | 世界の首都を使わせて | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都まじ開いて | LAUNCH
launch | 世界の首都をローンチして | LAUNCH
launch | 世界の首都をつないで | LAUNCH
launch | 世界の首都を立ち上げて | LAUNCH
launch | 世界の首都をお願いします | LAUNCH
launch | アレクサ世界の首都を開いて | LAUNCH
launch | 世界の首都を開いてパズルの手伝いして | LAUNCH
launch | 世界の首都でオリンピックの国を調べたい | LAUNCH
launch | 世界の首都を開いて宛先の国を確認したい | LAUNCH
launch | 世界の首都のスキルを開いて | LAUNCH
launch | 世界の首都ってスキルを起動 | LAUNCH
stop | もういいだすよ止めでけれ | STOP
stop | はいもうしまいだべ | STOP
stop | もうよかけん終わってくれんね | STOP
stop | もうせんでええけん止めまい | STOP
stop | もうええんじゃ終わりにしてくれぇ | STOP
stop | 今日はこれでしまいだけん止めてごしない | STOP
stop | もう終わりにしといてくれやんか | STOP
stop | もういいんさぁやめてくんな | STOP
stop | もうよかよかおしまいにしてくれんね | STOP
stop | しゅとのクイズはもうおわりでおねがいします | STOP
stop | もうききませんストップしてください | STOP
stop | まじもう無理だから終わりにして | STOP
stop | このセッションはここでクローズしてください | STOP
stop | お客様がお見えになったので止めてください | STOP
stop | パズル終わったから世界の首都止めて | STOP
stop | 焙煎始めるから一旦止めて | STOP
cancel | 今のはちがうがったキャンセルしてけれ | CANCEL
cancel | 今のは言い間違いけん取り消してくれんね | CANCEL
cancel | 今の質問はなしにしてくれまい | CANCEL
cancel | 今のはおえんかったけぇ取り消しじゃ | CANCEL
cancel | さっき言うたのは取り消しといてくれやん | CANCEL
cancel | いまのしつもんはとりけしおねがいします | CANCEL
cancel | 今のはまじなしでキャンセル | CANCEL
cancel | 今のリクエストはキャンセルでお願いします | CANCEL
launch | 世界の首都ば開いてみてけれ | LAUNCH
launch | 世界の首都ば出してくれんね | LAUNCH
launch | 世界の首都を呼んでくれまい | LAUNCH
launch | 世界の首都を開けてみてくれぇ | LAUNCH
launch | 世界の首都ば呼んでくれんね | LAUNCH
launch | 世界の首都を出してくれやんか | LAUNCH
launch | 世界の首都を起こしてくんねえかい | LAUNCH
launch | せかいのしゅとをよんでくださいおねがいします | LAUNCH
launch | せかいのしゅとであそびたいですひらいて | LAUNCH
launch | 世界の首都まじで起動して | LAUNCH
launch | 世界の首都をサクッと立ち上げて | LAUNCH
launch | 世界の首都を開いてお客様の国を調べたい | LAUNCH
launch | 世界の首都を開いてワインの国を調べる | LAUNCH
launch | 世界の首都を開いてビザの国を確認 | LAUNCH
launch | せかいのしゅと開いて聖地巡礼の国を調べたい | LAUNCH
"""

if __name__ == "__main__":
    build_round(49, "ja", LINES, sys.argv, "tests/Eval/ja/round49/source/build_corpus.py")
