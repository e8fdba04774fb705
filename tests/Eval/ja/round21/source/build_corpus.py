"""Round 21, Japanese (ja-JP): a new author's own mix, written blind, chosen away from the speakers earlier rounds name.
Speakers talking to an Echo in Japan: Hokuriku speech (Kanazawa and Toyama がけ, ながけ, 教えてま, ちゃ, Fukui やざ, やの);
Shikoku beyond Tosa and Iyo (Sanuki かいの, 教えてつか, Awa じょ, でぇ, ほなけど); San'in (Izumo and Tottori ごしない,
ごせ, だらか, ちょった, だんだん); the northern Kanto countryside (Ibaraki and Tochigi だっぺ, だんべ, くんねえかい,
知ってっか); Tokyo shitamachi speech (てやんでえ, あたしゃ, なんざ, ってのは); people learning Japanese (technical
interns, students of a Japanese school, a spouse from abroad: plain textbook forms, dropped particles, さん added to
Alexa); a care home's recreation hour (a care worker quizzing residents, residents themselves, "大きな声で"); puzzle
solvers (crosswords, number crosswords, prize puzzles, 縦の鍵); game streamers and their chat (a geography guessing
game, a strategy game, リスナーさん); collectors (stamps, foreign coins, amateur-radio contacts, flags); paperwork
(international post, a visa, an address on a form, a client's office); a drinks and import shop (wine, tea, sweets,
spices); sport and events (judo, Formula One, table tennis, the Expo pavilions, rugby, international baseball, a
marathon); parents at bath time and bedtime with a globe and a picture book; children; a taxi driver and his
passengers; fishermen and farmers (a deep-sea call, trainees at the fishing co-op, exporting mandarins); people
listening to the news on radio and in the paper; katakana English (キャピタル, プリーズ, クエスチョン); a speaker
who knows the capital is not the biggest city; old names and new names (ダホメー, オートボルタ, ローデシア, カンプチア,
象牙海岸, テュルキエ, チェキア, エスワティニ). Plus fillers and hesitations, terse keyword forms, what recognition
writes (主都 for 首都, わ for は, 野 for の, ヴ spellings, variant kana, the wake word twice), one-shot requests and
launches through the invocation name 世界の首都, follow-ups, self-corrections, yes-no checks, reverse questions,
official, everyday and shared names, plurals, states, provinces and nations, territories. Out of domain: other facts
about a named country (population, currency, language, time difference, flag, anthem, its biggest city, when its
capital moved), "capital" in other senses (首都高, 首都圏, 大文字, 資本金, キャピタル in names) and everyday requests.
`python3 tests/Eval/ja/round21/source/build_corpus.py [--check]`; the mechanics are in source/round12_hinl_corpus.py
(build_round with round 21's number)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "source"))
from round12_hinl_corpus import build_round  # noqa: E402

LINES = """
# Hokuriku: Kanazawa, Toyama, Fukui.
hokuriku-speech | なあなあ{}の首都ってどこやったがけ | ラオス=LA; カンボジア=KH; ミャンマー=MM
hokuriku-speech | {}の首都ちゃどこながけ教えてま | モンゴル=MN; ネパール=NP; ブータン=BT
hokuriku-speech | うちの孫が{}の首都知らんがやちゃ教えてやって | スリナム=SR; ガイアナ=GY; パラグアイ=PY
hokuriku-speech | {}の首都ってどこやざ | ウルグアイ=UY; エクアドル=EC; コロンビア=CO
hokuriku-speech | 恐竜博物館で{}の化石見たんやけどあそこの首都どこやの | アルゼンチン=AR; 中国=CN; カナダ=CA

# Shikoku: Sanuki and Awa.
shikoku-speech | {}の首都ってどこやったかいの | ポーランド=PL; チェコ=CZ; スロバキア=SK
shikoku-speech | うどん屋に{}のお客さんが来たんやけど首都はどこなん教えてつか | オーストリア=AT; ハンガリー=HU; ルーマニア=RO
shikoku-speech | 阿波踊りに{}の人らが来とるんじょ首都はどこでぇ | ブラジル=BR; リトアニア=LT; ラトビア=LV
shikoku-speech | ほなけど{}の首都ってどこな | エストニア=EE; フィンランド=FI; アイスランド=IS

# San'in: Izumo, Matsue, Tottori.
sanin-speech | {}の首都はどこだったかいね教えてごしない | スイス=CH; デンマーク=DK; ノルウェー=NO
sanin-speech | だんだんほんなら{}の首都も教えてごせ | スウェーデン=SE; アイルランド=IE; ベルギー=BE
sanin-speech | 砂丘に{}から観光客が来ちょったけど首都はどこだらか | イスラエル=IL; ヨルダン=JO; レバノン=LB

# The northern Kanto countryside.
kanto-rural-speech | {}の首都ってどこだっぺ | ケニア=KE; タンザニア=TZ; ウガンダ=UG
kanto-rural-speech | おめえ{}の首都知ってっか | エチオピア=ET; ソマリア=SO; ジブチ=DJ
kanto-rural-speech | {}の首都はどこだんべ教えてくんねえかい | ルワンダ=RW; ブルンジ=BI; マラウイ=MW
kanto-rural-speech | 畑で働いてる{}の子に聞かれたんだけど首都どこだっけか | ベトナム=VN; インドネシア=ID; フィリピン=PH

# Tokyo shitamachi.
shitamachi-speech | てやんでえ{}の首都なんざ知らねえよ教えてくれ | ポルトガル=PT; スペイン=ES; イタリア=IT
shitamachi-speech | おう{}の首都ってのはどこだい | ギリシャ=GR; トルコ=TR; エジプト=EG
shitamachi-speech | あたしゃ{}の首都がどうしても思い出せないんだよ | モロッコ=MA; チュニジア=TN; アルジェリア=DZ

# People learning Japanese.
learner-japanese | わたしの国は{}です首都はなんですか | ミャンマー=MM; バングラデシュ=BD; ウズベキスタン=UZ
learner-japanese | アレクサさん{}の首都はどこにありますか | フィリピン=PH; インドネシア=ID; モンゴル=MN
learner-japanese | すみません{}の首都をおしえてください | パキスタン=PK; スリランカ=LK; キルギス=KG
learner-japanese | 日本語学校の宿題です{}の首都はどこですか | タイ=TH; ベトナム=VN; 中国=CN
learner-japanese | せんせいに聞きました{}の首都わかりませんでした | カザフスタン=KZ; タジキスタン=TJ; トルクメニスタン=TM
learner-japanese | あの{}首都どこ | ネパール=NP; ラオス=LA; 東ティモール=TL
learner-japanese | 私の夫は{}人です首都はどこですか | ペルー=PE; ナイジェリア=NG; ウクライナ=UA

# A care home's recreation hour.
care-home | 皆さん今日は国当てクイズですよアレクサ{}の首都はどこ | イギリス=GB; フランス=FR; ドイツ=DE
care-home | おばあちゃんが昔{}に行ったって言うんだけど首都はどこ | スイス=CH; オーストリア=AT; ブラジル=BR
care-home | 利用者さんに聞かれたんだけど{}の首都ってどこでしたっけ | アルゼンチン=AR; ペルー=PE; メキシコ=MX
care-home | 大きな声でお願いね{}の首都はどこ | カナダ=CA; オーストラリア=AU; ニュージーランド=NZ
care-home | わしは戦後{}に行っとったんじゃが首都はどこじゃったかな | ボリビア=BO; パラグアイ=PY; ドミニカ共和国=DO

# Puzzles.
crossword-puzzle | クロスワードで{}の首都が出てきたんだけど何 | アイスランド=IS; クロアチア=HR; セルビア=RS
crossword-puzzle | ナンクロやってるんだけど{}の首都ってなんだっけ | キューバ=CU; チリ=CL; ペルー=PE
crossword-puzzle | 懸賞パズルのヒントが{}の首都なんだけど教えて | ベネズエラ=VE; ニカラグア=NI; ホンジュラス=HN
crossword-puzzle | 縦の鍵が{}の首都なんだけどわかる | エルサルバドル=SV; グアテマラ=GT; コスタリカ=CR

# Game streamers and their chat.
gamer-stream | 今配信中なんだけど{}の首都ってどこ | パナマ=PA; ジャマイカ=JM; ハイチ=HT
gamer-stream | 地理当てゲームで{}出たんだけど首都どこだっけ | バハマ=BS; バルバドス=BB; ドミニカ共和国=DO
gamer-stream | リスナーさんから{}の首都は何ってコメント来てるんだけど | グレナダ=GD; セントルシア=LC; ベリーズ=BZ
gamer-stream | 文明育てるゲームで{}使ってるんだけど実際の首都どこ | マリ=ML; ポルトガル=PT; 韓国=KR

# Collectors.
collector-hobby | 切手を整理してたら{}の切手が出てきたんだけどそこの首都どこ | モナコ=MC; サンマリノ=SM; リヒテンシュタイン=LI
collector-hobby | 外国のコインで{}のがあったんだけど首都はどこなの | マルタ=MT; キプロス=CY; アンドラ=AD
collector-hobby | アマチュア無線で{}の局と交信できたんだ首都はどこかな | ツバル=TV; キリバス=KI; ナウル=NR
collector-hobby | 国旗集めしてるんだけど{}の首都も覚えたいな | パラオ=PW; マーシャル諸島=MH; ミクロネシア=FM

# Paperwork.
paperwork | 国際郵便で{}に荷物送るんだけど首都ってどこ | ルクセンブルク=LU; スロベニア=SI; ブルガリア=BG
paperwork | ビザの申請で{}の大使館に行くんだけど首都どこだっけ | アンゴラ=AO; モザンビーク=MZ; ナミビア=NA
paperwork | 書類の宛先に{}の首都を書かなきゃいけないんだけどどこ | ボツワナ=BW; ザンビア=ZM; ジンバブエ=ZW
paperwork | 取引先が{}の首都にあるって言ってたんだけどどこだろう | ナイジェリア=NG; ガーナ=GH; セネガル=SN

# A drinks and import shop.
drinks-shop | このワイン{}産なんだって首都はどこ | モルドバ=MD; 北マケドニア=MK; アルメニア=AM
drinks-shop | 紅茶の産地に{}って書いてあるけど首都はどこ | スリランカ=LK; インド=IN; イラン=IR
drinks-shop | 輸入食品の店で{}のお菓子買ったんだけどあそこの首都ってどこ | ベルギー=BE; チェコ=CZ; デンマーク=DK
drinks-shop | スパイス売り場に{}産って書いてあったけど首都どこ | マダガスカル=MG; コモロ=KM; セーシェル=SC

# Sport and events.
sport-event | 柔道の世界選手権で{}の選手が勝ったけど首都どこ | アゼルバイジャン=AZ; カザフスタン=KZ; ベラルーシ=BY
sport-event | エフワンの次のレースは{}なんだけど首都はどこ | バーレーン=BH; カタール=QA; サウジアラビア=SA
sport-event | 卓球で{}の選手が強いって聞いたけど首都どこだっけ | スウェーデン=SE; 台湾=TW; ポルトガル=PT
sport-event | 万博の{}館すごかったね首都どこだっけ | トルクメニスタン=TM; オマーン=OM; クウェート=KW
sport-event | ラグビーの代表戦で{}と当たるんだけど首都はどこ | サモア=WS; トンガ=TO; フィジー=FJ
sport-event | 野球の国際大会に{}も出てるんだって首都どこ | プエルトリコ=PR; イスラエル=IL; コロンビア=CO
sport-event | マラソンで優勝したのは{}の選手だって首都はどこ | エリトリア=ER; ケニア=KE; ウガンダ=UG

# Parents at bath time and bedtime.
bedtime-parent | 子どもとお風呂で国旗の話してたんだけど{}の首都どこ | 日本=JP; ブラジル=BR; エジプト=EG
bedtime-parent | 寝る前の絵本に{}が出てきたんだけど首都どこだろうね | デンマーク=DK; ロシア=RU; フィンランド=FI
bedtime-parent | 地球儀回して止まったところは{}でしたアレクサ首都はどこ | アメリカ=US; インド=IN; ケニア=KE

# Children.
child-speech | ぼくね大きくなったら{}に行くのそこの首都どこ | エジプト=EG; オーストラリア=AU; イタリア=IT
child-speech | アレクサ問題です{}の首都はどこでしょう | フランス=FR; スペイン=ES; 中国=CN
child-speech | ねえねえアレクサ{}ってどこが首都なの | カナダ=CA; ロシア=RU; ドイツ=DE

# A taxi driver.
taxi-driver | お客さんが{}の方でね首都はどこか聞かれたんだけど | イエメン=YE; シリア=SY; イラク=IQ
taxi-driver | 信号待ちの間に教えて{}の首都 | アフガニスタン=AF; イラン=IR; リビア=LY
taxi-driver | 空港まで乗せた人が{}から来たって言ってたけど首都どこなんだろう | スーダン=SD; 南スーダン=SS; チャド=TD

# Fishermen and farmers.
fisher-farmer | 遠洋で{}の港に寄るんだけど首都はどこだ | モーリシャス=MU; モルディブ=MV; モーリタニア=MR
fisher-farmer | 漁協の研修で{}の人が来てるんだけど首都どこかな | ソロモン諸島=SB; バヌアツ=VU; パプアニューギニア=PG
fisher-farmer | うちのみかんを{}に輸出するんだけど首都はどこ | シンガポール=SG; マレーシア=MY; ブルネイ=BN

# The news on radio and in the paper.
news-listener | ニュースで{}の大統領選挙って言ってたけど首都どこ | ガボン=GA; カメルーン=CM; コートジボワール=CI
news-listener | さっきの速報で{}って聞こえたんだけどそこの首都は | ニジェール=NE; ブルキナファソ=BF; ギニア=GN
news-listener | 国連の会議で{}の代表が話してたけど首都どこだっけ | ギニアビサウ=GW; 赤道ギニア=GQ; リベリア=LR
news-listener | ラジオで{}の特集やってたけど首都はどこなの | シエラレオネ=SL; トーゴ=TG; ベナン=BJ
news-listener | 新聞に{}の記事が載ってたけど首都ってどこ | 中央アフリカ共和国=CF; コンゴ民主共和国=CD; コンゴ共和国=CG
news-listener | 国際面で{}が取り上げられてたんだけど首都は | ガンビア=GM; カーボベルデ=CV; サントメプリンシペ=ST
news-listener | 夕方のニュースで{}の洪水やってたけど首都は無事なのかなどこだっけ | パキスタン=PK; リビア=LY; ソマリア=SO

# Katakana English.
english-mixing | {}のキャピタルってどこ | アイルランド=IE; ハンガリー=HU; ギリシャ=GR
english-mixing | ちょっとクエスチョンなんだけど{}のキャピタルシティは | スコットランド=GB-SCT; ジャマイカ=JM; フィジー=FJ
english-mixing | {}のキャピタルどこか教えてプリーズ | ノルウェー=NO; ポーランド=PL; クロアチア=HR
english-mixing | オーケー{}のキャピタルシティはどこですか | セルビア=RS; アルバニア=AL; モンテネグロ=ME

# Not the biggest city.
not-biggest-city | {}って一番大きい街が首都じゃないんでしょ本当の首都どこ | オーストラリア=AU; カナダ=CA; トルコ=TR
not-biggest-city | {}の首都って有名な都市じゃない方だよねどこだっけ | ブラジル=BR; ナイジェリア=NG; パキスタン=PK
not-biggest-city | よく間違えるんだけど{}の首都って結局どこ | タンザニア=TZ; ミャンマー=MM; スイス=CH

# Old and new names.
old-and-new-name | 昔の{}って今の何て国だっけ首都はどこ | ダホメー=BJ; オートボルタ=BF; ローデシア=ZW
old-and-new-name | {}の首都を教えて昔の言い方だけど | カンプチア=KH; 象牙海岸=CI; セイロン=LK
old-and-new-name | 最近{}って呼ぶようになった国の首都はどこ | テュルキエ=TR; チェキア=CZ; エスワティニ=SZ
old-and-new-name | ニュースで言ってる{}ってトルコのことだよね首都はどこ | テュルキエ=TR
old-and-new-name | 昔はビルマって言ったよねあそこの首都は今どこ | MM
old-and-new-name | ザイールの首都ってどこだったかしら | CD

# Fillers and hesitations.
filler-hesitation | えっとね{}のえーっと首都ってどこ | ウクライナ=UA; ベラルーシ=BY; モルドバ=MD
filler-hesitation | あのーすいません{}のですね首都はどちらですか | リトアニア=LT; スロベニア=SI; スロバキア=SK
filler-hesitation | うーんとなんだっけほら{}の首都 | アルメニア=AM; アゼルバイジャン=AZ; キプロス=CY
filler-hesitation | ええとええと{}の首都って何だったかな | エクアドル=EC; ボリビア=BO; ウルグアイ=UY
filler-hesitation | んーあれだよ{}の首都なんだっけな | ガーナ=GH; マリ=ML; トーゴ=TG
filler-hesitation | あっそうだアレクサ{}の首都教えてくれる | アンゴラ=AO; レソト=LS; エスワティニ=SZ

# Terse keyword forms.
terse-keyword | {}首都どこ | レソト=LS; ボツワナ=BW; ナミビア=NA
terse-keyword | 首都{} | コモロ=KM; モーリシャス=MU; ジブチ=DJ
terse-keyword | {}の首都を一言で | サモア=WS; ツバル=TV; バヌアツ=VU

# What ja-JP recognition writes.
asr-artifact | {}の主都はどこ | ヴェトナム=VN; ラトヴィア=LV; スロヴァキア=SK
asr-artifact | {}の首都わどこ | ジンバブウェ=ZW; マラウィ=MW; キルギスタン=KG
asr-artifact | アレクサアレクサ{}の首都 | ボリヴィア=BO; ナイジェリヤ=NG; エチオピヤ=ET
asr-artifact | {}野首都はどこですか | スロヴェニア=SI; パラグァイ=PY; ウルグァイ=UY
asr-artifact | {}の首都ってどこだっけえ | モルディヴ=MV; ヴェネズエラ=VE; ベラルーシー=BY
asr-artifact | {}の首都はどこあれくさ | ケニヤ=KE; タンザニヤ=TZ; ルーマニヤ=RO

# One-shot requests through the invocation name.
one-shot-invocation | 世界の首都で{}の首都を調べて | ハンガリー=HU; エジプト=EG; キューバ=CU
one-shot-invocation | 世界の首都に{}の首都はどこか聞いて | ベトナム=VN; チリ=CL; ノルウェー=NO
one-shot-invocation | 世界の首都を使って{}の首都を教えて | イエメン=YE; オマーン=OM; ヨルダン=JO
one-shot-invocation | 世界の首都起動して{}の首都 | シリア=SY; イラク=IQ; クウェート=KW
one-shot-invocation | 世界の首都で{}の首都を聞きたい | 北朝鮮=KP; 韓国=KR; モンゴル=MN

# Launch.
launch | 世界の首都を開いて | LAUNCH
launch | 世界の首都を起動 | LAUNCH
launch | 世界の首都を始めて | LAUNCH
launch | 世界の首都をスタートして | LAUNCH
launch | 世界の首都につないで | LAUNCH
launch | 世界の首都を呼んで | LAUNCH
launch | 世界の首都のスキルを開いてちょうだい | LAUNCH
launch | アレクサ世界の首都を開いてくれる | LAUNCH
launch | 世界の首都で遊ぼう | LAUNCH
launch | 世界の首都やって | LAUNCH
launch | 世界の首都を起ち上げて | LAUNCH
launch | 世界の首都開けてくんねえかい | LAUNCH
launch | 世界の首都ってスキル使いたいんやけど | LAUNCH
launch | すみません世界の首都を開いてください | LAUNCH
launch | 世界の首都つけて | LAUNCH
launch | 世界の首都のクイズを開いて | LAUNCH

# Subdivisions: states, provinces, nations.
subdivision | アメリカの{}の州都ってどこ | ニューヨーク州=US-NY; カリフォルニア州=US-CA; テキサス州=US-TX
subdivision | {}州の州都はどこですか | ワシントン=US-WA; フロリダ=US-FL; イリノイ=US-IL
subdivision | 留学先が{}なんだけど州都ってどこ | マサチューセッツ州=US-MA; オレゴン州=US-OR; ミシガン州=US-MI
subdivision | {}の州都って意外と小さい街なんでしょどこ | ネバダ州=US-NV; ペンシルベニア州=US-PA; ケンタッキー州=US-KY
subdivision | 大リーグの試合見に{}に行くんだけど州都どこ | ミズーリ州=US-MO; コロラド州=US-CO; アリゾナ州=US-AZ
subdivision | {}の州都を教えてくれ | アラスカ州=US-AK; ルイジアナ州=US-LA; テネシー州=US-TN
subdivision | ハワイ州の州都ってホノルルでいいの | US-HI
subdivision | オーストラリアの{}の州都はどこ | クイーンズランド州=AU-QLD; 西オーストラリア州=AU-WA; 南オーストラリア州=AU-SA
subdivision | ワーホリで{}に行くんだけど州都どこ | ビクトリア州=AU-VIC; タスマニア州=AU-TAS; ニューサウスウェールズ州=AU-NSW
subdivision | カナダの{}の州都ってどこ | ケベック州=CA-QC; オンタリオ州=CA-ON; アルバータ州=CA-AB
subdivision | オーロラ見に{}に行くんだけど州都はどこ | ユーコン準州=CA-YT; ノースウエスト準州=CA-NT; ヌナブト準州=CA-NU
subdivision | ドイツの{}の州都どこ | バイエルン州=DE-BY; ザクセン州=DE-SN; ヘッセン州=DE-HE
subdivision | ビール祭りで{}の話になったんだけど州都はどこ | ニーダーザクセン州=DE-NI; テューリンゲン州=DE-TH; ブランデンブルク州=DE-BB
subdivision | インドの{}の州都ってどこ | ケーララ州=IN-KL; タミルナードゥ州=IN-TN; 西ベンガル州=IN-WB
subdivision | カレー屋の店長が{}出身なんだって州都どこ | パンジャーブ州=IN-PB; ゴア州=IN-GA; ビハール州=IN-BR
subdivision | ブラジルの{}の州都はどこ | バイーア州=BR-BA; アマゾナス州=BR-AM; パラナ州=BR-PR
subdivision | メキシコの{}の州都ってどこかな | ハリスコ州=MX-JAL; ユカタン州=MX-YUC; オアハカ州=MX-OAX
subdivision | イギリスの{}の首府はどこ | ウェールズ=GB-WLS; 北アイルランド=GB-NIR; イングランド=GB-ENG
subdivision | スコットランドの首都ってエディンバラだっけグラスゴーだっけ | GB-SCT
subdivision | バーデンヴュルテンベルク州の州都教えて | DE-BW
subdivision | ノルトラインヴェストファーレン州の州都ってケルンじゃないよね | DE-NW
subdivision | インドのマハーラーシュトラ州の州都はどこですか | IN-MH

# Territories and other places.
territory | {}の中心の町はどこ | グリーンランド=GL; フェロー諸島=FO; オーランド諸島=AX
territory | 新婚旅行で{}に行くんだけど首都ってあるの | タヒチ=PF; ニューカレドニア=NC; レユニオン=RE
territory | {}の首都ってどこになるの | グアム=GU; 北マリアナ諸島=MP; 米領サモア=AS
territory | ダイビングで{}に行くんだけど首都はどこ | ケイマン諸島=KY; タークスカイコス諸島=TC; ボネール=BQ
territory | {}の首都はどこですか | バミューダ=BM; ジブラルタル=GI; マン島=IM
territory | イギリス王室属領の{}の中心地ってどこ | ジャージー=JE; ガーンジー=GG
territory | {}の主都ってどこなのか教えて | フォークランド諸島=FK; セントヘレナ=SH; ピトケアン諸島=PN
territory | カリブの{}って首都どこ | アルバ=AW; キュラソー=CW; シントマールテン=SX
territory | フランスの海外県の{}の県都はどこ | マルティニーク=MQ; グアドループ=GP; 仏領ギアナ=GF
territory | 南太平洋の{}の首都はどこですか | クック諸島=CK; ニウエ=NU; トケラウ=TK
territory | コソボの首都ってどこ | XK
territory | 西サハラの首都はどこになってるの | EH

# Plurals: countries with several capitals, and places with two.
plural-capitals | 南アフリカって首都が三つあるんでしょ全部教えて | ZA
plural-capitals | 南アの首都を三つとも言って | ZA
plural-capitals | ボリビアの首都って二つあるよねどことどこ | BO
plural-capitals | ボリビアの憲法上の首都と政府のある首都両方教えて | BO
plural-capitals | オランダの首都はアムステルダムとあと一つどこだっけ両方教えて | NL
plural-capitals | オランダって首都が二つあるのそれぞれ教えて | NL
plural-capitals | マレーシアの首都と行政首都を両方お願い | MY
plural-capitals | マレーシアの首都って二つあるんだっけどっちも言って | MY
plural-capitals | パレスチナの首都とされてる都市を全部教えて | PS
plural-capitals | パレスチナの首都ってどことどこになってるの | PS
plural-capitals | ベナンの首都が二つあるって本当どことどこ | BJ
plural-capitals | ベナンの公式の首都と事実上の首都を両方 | BJ
plural-capitals | コートジボワールの首都って二つあるよね両方教えて | CI
plural-capitals | コートジボワールの首都は法律上と経済の中心と二つあるけどそれぞれどこ | CI
plural-capitals | スリランカの首都二つとも言える | LK
plural-capitals | スリランカの首都のコロンボじゃない方ともう一つ両方教えて | LK
plural-capitals | エスワティニの首都って二つあるんでしょどことどこ | SZ
plural-capitals | エスワティニの首都を両方とも教えてほしい | SZ
plural-capitals | ジャンムーカシミールの夏と冬の州都を両方教えて | IN-JK
plural-capitals | ウッタラーカンド州の州都って二つあるのどことどこ | IN-UK
plural-capitals | モントセラトの首都って二つあるらしいけどどことどこ | MS

# Shared names.
shared-name | コンゴの首都ってどこ | CD+CG
shared-name | コンゴって国の首都はどこかな | CD+CG
shared-name | ドミニカの首都はどこですか | DM+DO
shared-name | ドミニカって首都どこだっけ | DM+DO
shared-name | ジョージアの首都を教えて | GE+US-GA
shared-name | ジョージアってとこの首都ってどこ | GE+US-GA
shared-name | 朝鮮の首都ってどこになるの | KP+KR
shared-name | 韓国と北朝鮮の首都をそれぞれ教えて | KP+KR
shared-name | 南北朝鮮の首都はどこ | KP+KR
shared-name | コリアの首都はどこですか | KP+KR
shared-name | ヴァージン諸島の首都ってどこ | VG+VI
shared-name | ヴァージン諸島の中心の町を教えて | VG+VI

# Official names.
official-name | {}の首都はどこになりますか | スペイン王国=ES; タイ王国=TH; ベトナム社会主義共和国=VN
official-name | 正式名称で言うと{}だけどそこの首都は | ブラジル連邦共和国=BR; メキシコ合衆国=MX; エジプトアラブ共和国=EG
official-name | {}の首都を教えていただけますか | ネパール連邦民主共和国=NP; スイス連邦=CH; ロシア連邦=RU
official-name | 地図帳に{}って書いてあるけど首都はどこ | フィリピン共和国=PH; インドネシア共和国=ID; ケニア共和国=KE
official-name | {}って国の首都どこ | ミャンマー連邦共和国=MM; ラオス人民民主共和国=LA; ブルネイダルサラーム国=BN
official-name | {}の首都はどこなんでしょう | ノルウェー王国=NO; スウェーデン王国=SE; ベルギー王国=BE
official-name | 教科書に載ってる{}の首都を教えて | スリランカ民主社会主義共和国=LK; 東ティモール民主共和国=TL; タンザニア連合共和国=TZ
official-name | {}の首都はどちら | イランイスラム共和国=IR; パキスタンイスラム共和国=PK; エチオピア連邦民主共和国=ET
official-name | 正式には{}っていう国の首都ってどこ | ヨルダンハシェミット王国=JO; モロッコ王国=MA; アルジェリア民主人民共和国=DZ
official-name | {}の首都ってどこにあるの | ルクセンブルク大公国=LU; リヒテンシュタイン公国=LI; アンドラ公国=AD
official-name | {}の首都を知りたいです | ボリビア多民族国=BO; ベネズエラボリバル共和国=VE; 中華人民共和国=CN
official-name | グレートブリテン及び北アイルランド連合王国の首都はどこですか | GB
official-name | アメリカ合衆国の首都はどこ | US
official-name | 朝鮮民主主義人民共和国の首都を教えてください | KP
official-name | 大韓民国の首都ってどこだっけ | KR
official-name | 中華民国の首都は | TW

# Everyday names.
everyday-name | {}の首都ってどこ | 米国=US; 英国=GB; 豪州=AU
everyday-name | {}の首都はどこだったっけ | 南ア=ZA; サウジ=SA; ニュージー=NZ
everyday-name | {}の首都教えて | ボスニア=BA; バングラ=BD; トリニダード=TT
everyday-name | {}って首都どこだっけ | セントキッツ=KN; アンティグア=AG; セントビンセント=VC
everyday-name | {}の首都ってどこなの | パプア=PG; 中央アフリカ=CF; ブルキナ=BF
everyday-name | アメリカの首都ってニューヨークじゃないんだよねどこ | US
everyday-name | イギリスの首都ってロンドンでいいんだよね | GB
everyday-name | ユーエーイーの首都はどこ | AE
everyday-name | バチカンの首都ってあるの | VA
everyday-name | マケドニアの首都はどこだっけ | MK

# Follow-ups.
follow-up | じゃあ{}は | マリ=ML; チャド=TD; ニジェール=NE
follow-up | それなら{}のほうはどうなの | ガボン=GA; コンゴ共和国=CG; 赤道ギニア=GQ
follow-up | ついでに{}も教えて | セネガル=SN; ガンビア=GM; ギニアビサウ=GW
follow-up | 続けて{}の首都もお願い | リベリア=LR; シエラレオネ=SL; ギニア=GN
follow-up | 次は{}いってみよう | ベリーズ=BZ; グアテマラ=GT; ホンジュラス=HN
follow-up | ほんで{}はどこやったがけ | エルサルバドル=SV; ニカラグア=NI; コスタリカ=CR
follow-up | ほな{}の首都はどこでぇ | パナマ=PA; コロンビア=CO; ベネズエラ=VE
follow-up | あとさ{}は | アルバニア=AL; モンテネグロ=ME; 北マケドニア=MK
follow-up | もう一個いい{}は | ウズベキスタン=UZ; トルクメニスタン=TM; タジキスタン=TJ
follow-up | 今度は{}の首都聞きたい | スーダン=SD; エリトリア=ER; ジブチ=DJ
follow-up | なるほどね{}はどこになる | カーボベルデ=CV; サントメプリンシペ=ST; モーリタニア=MR

# Yes-no checks.
yes-no-check | ケニアの首都ってナイロビで合ってる | KE
yes-no-check | トルコの首都はイスタンブールだよね | TR
yes-no-check | カナダの首都はトロントでしょ | CA
yes-no-check | ブラジルの首都ってリオデジャネイロだったっけ | BR
yes-no-check | オーストラリアの首都はシドニーじゃなかった | AU
yes-no-check | ニュージーランドの首都はオークランドで正解 | NZ
yes-no-check | ベトナムの首都はホーチミンじゃなくてハノイでいいんだよね | VN
yes-no-check | モロッコの首都ってカサブランカかな | MA
yes-no-check | スイスの首都はジュネーブだったかしら | CH
yes-no-check | インドの首都はニューデリーで間違いないか | IN
yes-no-check | パキスタンの首都ってカラチだっぺ | PK
yes-no-check | ナイジェリアの首都はラゴスやったかいの | NG
yes-no-check | アメリカの首都ってワシントンであっとる | US
yes-no-check | カザフスタンの首都はアルマトイじゃないのけ | KZ
yes-no-check | タンザニアの首都はダルエスサラームで合ってますか | TZ
yes-no-check | ミャンマーの首都はヤンゴンだよね確認したい | MM
yes-no-check | エクアドルの首都はグアヤキルであってるかな | EC
yes-no-check | ベラルーシの首都ってミンスクで正しい | BY
yes-no-check | キルギスの首都はビシュケクで合ってるよね | KG
yes-no-check | 中国の首都は上海だっけ北京だっけ | CN
yes-no-check | スペインの首都ってバルセロナじゃないよね | ES
yes-no-check | ドイツの首都はボンだったのは昔の話だよね今はベルリンで合ってる | DE

# Self-corrections.
self-correction | ペルーの首都いやちがうチリの首都はどこ | CL
self-correction | オーストリアじゃなくてオーストラリアの首都 | AU
self-correction | スロバキアあっごめんスロベニアの首都教えて | SI
self-correction | イランの首都じゃなかったイラクの首都ってどこ | IQ
self-correction | ニジェールのいや間違えたナイジェリアの首都 | NG
self-correction | ギニアじゃなくてギニアビサウの首都はどこ | GW
self-correction | アイスランドえっと違うアイルランドの首都 | IE
self-correction | スウェーデンやなかったスイスの首都どこやったがけ | CH
self-correction | ラトビアの首都あれリトアニアだったかリトアニアの首都を教えて | LT
self-correction | コロンビアの首都っていうかボリビアの首都どこ | BO
self-correction | ザンビアの首都じゃなくてガンビアの首都だっぺ | GM
self-correction | モーリシャスのあちゃうモーリタニアの首都 | MR
self-correction | オーストラリアの首都訂正しますニュージーランドの首都はどこですか | NZ
self-correction | マリの首都ごめんマラウイの首都だった | MW
self-correction | 韓国の首都じゃなくて北朝鮮のほう | KP
self-correction | アルメニアの首都いやアルバニアの首都ってどこ | AL
self-correction | ドミニカ共和国じゃなくてドミニカ国の首都 | DM
self-correction | スーダンじゃなくて南スーダンの首都お願い | SS

# Reverse questions.
reverse-question | {}ってどこの国の首都 | ウランバートル=CITY:ウランバートル; カトマンズ=CITY:カトマンズ; ティンプー=CITY:ティンプー
reverse-question | {}が首都の国はどこ | アスタナ=CITY:アスタナ; ドゥシャンベ=CITY:ドゥシャンベ; アシガバード=CITY:アシガバード
reverse-question | {}を首都にしてる国ってどこだっけ | ウィーン=CITY:ウィーン; ブダペスト=CITY:ブダペスト; プラハ=CITY:プラハ
reverse-question | {}ってどこの首都やったがけ | ルサカ=CITY:ルサカ; ハラレ=CITY:ハラレ; マプト=CITY:マプト
reverse-question | {}はどこの国の首都ですか | アクラ=CITY:アクラ; ダカール=CITY:ダカール; バマコ=CITY:バマコ
reverse-question | クロスワードで{}が首都の国って出たんだけどどこ | キト=CITY:キト; リマ=CITY:リマ; カラカス=CITY:カラカス
reverse-question | {}が首都なのはどこの国 | ヘルシンキ=CITY:ヘルシンキ; オスロ=CITY:オスロ; レイキャビク=CITY:レイキャビク
reverse-question | {}って首都だよね何て国の | アンマン=CITY:アンマン; ベイルート=CITY:ベイルート; ダマスカス=CITY:ダマスカス
reverse-question | {}はどこの首都だっぺ | トビリシ=CITY:トビリシ; エレバン=CITY:エレバン; バクー=CITY:バクー
reverse-question | 首都が{}なのって何ていう国 | ヌクアロファ=CITY:ヌクアロファ; アピア=CITY:アピア; スバ=CITY:スバ
reverse-question | {}ってどこの州都 | サクラメント=CITY:サクラメント; オースティン=CITY:オースティン; タラハシー=CITY:タラハシー
reverse-question | ジョージタウンってどこの首都 | CITY:ジョージタウン
reverse-question | ビクトリアが首都のところってどこ | CITY:ビクトリア
reverse-question | キングストンはどこの国の首都だっけ | CITY:キングストン

# Help.
help | 使い方を教えて | HELP
help | このスキルの使い方がわかりません | HELP
help | どうやって質問すればいいの | HELP
help | 何て言えばいいのか教えて | HELP
help | ヘルプお願いします | HELP
help | どういうふうに聞けばええの | HELP
help | このスキルって何ができるんだっぺ | HELP
help | 何を聞けばいいのかわかんないんだけど | HELP
help | 使い方ちょっと説明してくれる | HELP
help | ヘルプを聞かせて | HELP
help | 困ったなどうすればいいの | HELP
help | 聞き方のお手本を教えてください | HELP
help | 遊び方がわからんがやちゃ | HELP
help | 使い方の説明もう一回お願い | HELP
help | あたしゃ使い方がわからないよ | HELP
help | ヘルプメニューを開いて | HELP
help | どういうことができるのか教えてください | HELP
help | 助けてどう使うのこれ | HELP
help | 例えばどんなふうに聞けばいいですか | HELP
help | これどうやって使うん教えてつか | HELP

# Stop.
stop | ストップストップ | STOP
stop | 終了して | STOP
stop | もう終了 | STOP
stop | スキルを終了してください | STOP
stop | 止めてくれ | STOP
stop | 静かにして | STOP
stop | もう終わりにして | STOP
stop | 今日はここまでおしまい | STOP
stop | 黙ってくれる | STOP
stop | もう十分ありがとう終了 | STOP
stop | 世界の首都を終了して | STOP
stop | もうええわ終わって | STOP
stop | アレクサ止めて | STOP
stop | おしまいにしよう | STOP
stop | 終わりにしてちょうだい | STOP
stop | これで終わりにします | STOP
stop | もう終わってええよ | STOP
stop | 終了してくんねえか | STOP
stop | クイズはもう終わりストップ | STOP

# Cancel.
cancel | キャンセル | CANCEL
cancel | 今のキャンセルして | CANCEL
cancel | 今の質問キャンセル | CANCEL
cancel | 取り消して | CANCEL
cancel | 今のは取り消し | CANCEL
cancel | やっぱりキャンセルで | CANCEL
cancel | キャンセルお願いします | CANCEL
cancel | さっきのは取り消してください | CANCEL
cancel | 取り消しで | CANCEL
cancel | キャンセルキャンセル | CANCEL
cancel | いまの質問取り消しといて | CANCEL
cancel | ごめん今のキャンセルね | CANCEL
cancel | 間違えたから取り消して | CANCEL
cancel | 今言ったのキャンセルしてくれ | CANCEL
cancel | 質問を取り消します | CANCEL
cancel | キャンセルしてつかあさい | CANCEL
cancel | その質問はキャンセルしたい | CANCEL
cancel | やっぱり取り消しにする | CANCEL
cancel | 今のなしキャンセル | CANCEL
cancel | キャンセルだっぺ | CANCEL

# Out of domain: other facts about a named country.
out-of-domain | {}の人口ってどれくらい | インド=FB; 中国=FB; ナイジェリア=FB
out-of-domain | {}の通貨って何 | タイ=FB; ベトナム=FB; スイス=FB
out-of-domain | {}って何語を話すの | ブラジル=FB; ベルギー=FB; スイス連邦=FB
out-of-domain | 日本と{}の時差はどのくらい | ブラジル=FB; イギリス=FB; ハワイ=FB
out-of-domain | {}の国旗って何色 | イタリア=FB; ドイツ=FB; ケニア=FB
out-of-domain | {}で一番大きい都市はどこ | オーストラリア=FB; トルコ=FB; ブラジル=FB
out-of-domain | {}の大統領は誰 | フランス=FB; アメリカ=FB; 韓国=FB
out-of-domain | {}の面積ってどれくらいあるの | ロシア=FB; カナダ=FB; モナコ=FB
out-of-domain | {}まで飛行機で何時間かかる | フィンランド=FB; エジプト=FB; ペルー=FB
out-of-domain | {}の国歌を流して | フランス=FB; イギリス=FB; 日本=FB
out-of-domain | {}の首都の人口は何人 | タイ=FB; エジプト=FB; メキシコ=FB
out-of-domain | {}の首都の今の天気は | イギリス=FB; フランス=FB; 韓国=FB
out-of-domain | {}の首都って今何時 | アメリカ=FB; オーストラリア=FB; ドイツ=FB
out-of-domain | ブラジルの首都がリオからブラジリアに移ったのはいつ | FB
out-of-domain | 日本の首都が東京になったのはいつから | FB
out-of-domain | インドネシアの首都移転ってどうなったの | FB
out-of-domain | カザフスタンの首都の名前って何回変わったの | FB
out-of-domain | トルコで一番人口が多い街はどこ | FB
out-of-domain | オーストラリアの首都からシドニーまで何キロ | FB
out-of-domain | ドイツの首相は誰ですか | FB
out-of-domain | イギリスの国王の名前を教えて | FB
out-of-domain | エジプトのピラミッドはいくつあるの | FB
out-of-domain | アフリカで一番大きい国はどこ | FB
out-of-domain | 世界で国っていくつあるの | FB
out-of-domain | 世界で一番小さい国はどこ | FB
out-of-domain | ヨーロッパで一番高い山は | FB
out-of-domain | パリからロンドンまで電車で行ける | FB
# "Capital" in other senses.
out-of-domain | 首都高の渋滞情報を教えて | FB
out-of-domain | 首都高って今混んでる | FB
out-of-domain | 首都圏の明日の天気は | FB
out-of-domain | 首都圏の電車止まってる | FB
out-of-domain | 大文字のエーってどう書くの | FB
out-of-domain | 英語で文の最初は大文字にするんだっけ | FB
out-of-domain | 資本金ってどういう意味 | FB
out-of-domain | 会社の資本金はいくらあればいいの | FB
out-of-domain | キャピタルホテルの電話番号を教えて | FB
out-of-domain | ベンチャーキャピタルって何 | FB
out-of-domain | 首都圏の家賃相場ってどれくらい | FB
out-of-domain | 首都防衛って何のこと | FB
out-of-domain | 京都は昔の都だったってほんと | FB
out-of-domain | 東京都の都知事は誰 | FB
out-of-domain | 県庁所在地クイズを始めて | FB
out-of-domain | 千葉県の県庁所在地はどこ | FB
out-of-domain | 北海道の道庁はどこにあるの | FB
# Everyday requests.
out-of-domain | 明日の天気教えて | FB
out-of-domain | タイマー三分 | FB
out-of-domain | 演歌かけて | FB
out-of-domain | 今日のニュースを読んで | FB
out-of-domain | 電気消して | FB
out-of-domain | 目覚ましを六時にセットして | FB
out-of-domain | 肉じゃがのレシピ教えて | FB
out-of-domain | 今日の相撲の結果は | FB
out-of-domain | ラジオ体操の音楽かけて | FB
out-of-domain | しりとりしよう | FB
out-of-domain | 何かおもしろい話して | FB
out-of-domain | 買い物リストに牛乳を追加 | FB
out-of-domain | 孫に電話かけて | FB
out-of-domain | 今何時 | FB
out-of-domain | お風呂沸かして | FB
out-of-domain | 今日は何の日 | FB
out-of-domain | 阪神の試合どうなった | FB
out-of-domain | 元号っていつ変わったっけ | FB
out-of-domain | 円相場はいくら | FB
out-of-domain | 子守唄を歌って | FB
out-of-domain | 明日のごみの日はいつ | FB
out-of-domain | 薬飲む時間になったら教えて | FB
out-of-domain | 日本語学校まで電車で何分 | FB
out-of-domain | 次の台風どこに来るの | FB
out-of-domain | 富士山の高さは | FB
out-of-domain | ありがとうねアレクサ賢いね | FB
out-of-domain | アマチュア無線の試験はいつ | FB
out-of-domain | 今日の柔道の中継は何時から | FB
out-of-domain | エフワンの順位を教えて | FB
out-of-domain | 切手の値段って今いくら | FB
out-of-domain | 地球儀ってどこで売ってる | FB
out-of-domain | ワインに合うおつまみは | FB
out-of-domain | ゲーム配信のおすすめ教えて | FB
out-of-domain | 眠れないからなんか話して | FB
# Second batch, after the first build: plurals, help, stop, cancel and launch lost lines to the drop.
plural-capitals | 南アフリカの首都はプレトリアだけじゃないんだよねほかも全部言って | ZA
plural-capitals | 南アフリカ共和国の三つの首都をそれぞれ教えてくれる | ZA
plural-capitals | 南アの首都ってどことどことどこやったがけ | ZA
plural-capitals | スリランカって首都が二つあるんやろどことどこ | LK
plural-capitals | ボリビアの首都二つとも言ってくんねえかい | BO
shared-name | ヴァージン諸島ってどこが首都なの | VG+VI
shared-name | 朝鮮半島の二つの国の首都をそれぞれ | KP+KR
help | このスキルどう使うがけ教えてま | HELP
help | 首都のスキルの使い方をゆっくり説明して | HELP
help | どうやって使うのか教えてごしない | HELP
help | 使い方がよくわからないから手伝って | HELP
help | 何て聞いたら答えてくれるの | HELP
help | ヘルプ使い方を知りたい | HELP
stop | もう終了でいいです | STOP
stop | 世界の首都はもう終わりにして | STOP
stop | はい終了終了 | STOP
stop | もうやめにしよう終了して | STOP
stop | そろそろ終わりにしてくれるかな | STOP
stop | 今日はもう終了してくれ | STOP
stop | 話はもういいから終了 | STOP
stop | スキル終わってちょうだい | STOP
stop | 終了だっぺ | STOP
cancel | 今の取り消してくんねえかい | CANCEL
cancel | その質問やっぱりキャンセルさせて | CANCEL
cancel | さっき聞いたのキャンセルしといて | CANCEL
cancel | 質問間違えたキャンセルして | CANCEL
cancel | あっ今のキャンセルでお願いします | CANCEL
cancel | 聞いたの取り消しにしてちょうだい | CANCEL
cancel | 今の無しで取り消して | CANCEL
cancel | キャンセルやキャンセル | CANCEL
cancel | 取り消しといてくれる | CANCEL
cancel | キャンセルしてごせ | CANCEL
launch | 世界の首都を開いてま | LAUNCH
launch | 世界の首都を立ち上げてくれる | LAUNCH
launch | 世界の首都のスキル起動して | LAUNCH
launch | 世界の首都始めてくんねえかい | LAUNCH
launch | 世界の首都で首都クイズ始めよう | LAUNCH
launch | 世界の首都開いてつか | LAUNCH
"""

if __name__ == "__main__":
    build_round(21, "ja", LINES, sys.argv, "tests/Eval/ja/round21/source/build_corpus.py")
