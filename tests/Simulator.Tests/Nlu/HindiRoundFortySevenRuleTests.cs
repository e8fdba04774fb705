using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 47 tuning (interactionModel/README.md, *Round 47 tuning for Hindi
/// (session 50)*), each tried on sentences of our own rather than the corpus lines: cancels in Bengali-Hindi
/// ("दरकार नहीं"), Gujarati-Hindi ("कंई वांधो नहीं"), Marwari ("रैवण दो") and Bhojpuri ("रहे द", "कवनो बात ना", "छोड़
/// दीं", "ना पूछे के बा"); reason openers from the kitchen ("दाल जल रही है", "दूध उबल गया"), boredom ("बोर हो गया") and
/// "listen to me" ("मेरी बात सुनो"); the shuddh stop "विराम दीजिए" and "बस कर यार"; help phrasings ("इसमें कौन कौन से देश
/// हैं", "रहनुमाई फ़रमाइए", "प्रयोग की विधि बताइए") and help cues in Marathi-Hindi, Bundeli and Dogri ("काय करना है",
/// "का पूछने है", "मिंजो समझा"); launch verbs "खोलौ", "खोलिएगा" and words around ("हम
/// खेलेंगे", "बाइदेउ"); situation fillers before the question (airport, family quiz, Diwali, polling booth, dhaba, cooker,
/// KBC, the geography book) and after it ("ब्रिटेन वाला", "समुद्र में जो है"); the not-places "मालाबार", "शेयर बाज़ार";
/// and out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundFortySevenRuleTests
{
    [TestCase("रहने दो भाई दरकार नहीं", "AMAZON.CancelIntent")]
    [TestCase("कंई वांधो नहीं", "AMAZON.CancelIntent")]
    [TestCase("रैवण द्यो सा", "AMAZON.CancelIntent")]
    [TestCase("कवनो बात ना रहे द", "AMAZON.CancelIntent")]
    [TestCase("अब ना पूछे के बा", "AMAZON.CancelIntent")]
    [TestCase("रहने दो दूध उबल गया", "AMAZON.CancelIntent")]
    [TestCase("बस करो दाल जल गई", "AMAZON.StopIntent")]
    [TestCase("यहीं विराम दीजिए", "AMAZON.StopIntent")]
    [TestCase("इसमें कौन से देश हैं", "AMAZON.HelpIntent")]
    [TestCase("रहनुमाई कीजिए", "AMAZON.HelpIntent")]
    [TestCase("इसके उपयोग की विधि बताइए", "AMAZON.HelpIntent")]
    [TestCase("काय करना है बताओ", "AMAZON.HelpIntent")]
    [TestCase("मिंजो समझाओ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ चलाऔ")]
    [TestCase("दुनिया की राजधानियाँ चलाइएगा")]
    [TestCase("दुनिया की राजधानियाँ खोलो हम खेलेंगे")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("फ्लाइट डिले है केन्या की राजधानी क्या है", "KE")]
    [TestCase("गेट पर बैठे हैं पेरू की राजधानी बताओ", "PE")]
    [TestCase("घर में क्विज़ चल रहा है चिली की राजधानी कौन सी", "CL")]
    [TestCase("पूजा से पहले बताओ नेपाल की राजधानी", "NP")]
    [TestCase("बूथ पर खाली बैठे हैं फ़िजी की राजधानी क्या है", "FJ")]
    [TestCase("टोल से पहले बताओ ओमान की राजधानी", "OM")]
    [TestCase("कुकर की सीटी से पहले बताओ जापान की राजधानी", "JP")]
    [TestCase("हॉट सीट वाली नहीं बता पाई क्यूबा की राजधानी", "CU")]
    [TestCase("भूगोल की किताब में है मंगोलिया की राजधानी", "MN")]
    [TestCase("स्कॉटलैंड की राजधानी बताओ ब्रिटेन वाली", "GB-SCT")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("मालाबार की राजधानी क्या है")]
    [TestCase("शेयर बाजार की राजधानी किसे कहते हैं")]
    [TestCase("दाल जल रही है")]
    [TestCase("बोर हो गया")]
    [TestCase("मेरी बात सुनो")]
    [TestCase("फ़्लाइट लेट है क्या")]
    [TestCase("यूरोप में कौन कौन से देश हैं")]
    [TestCase("दवाई के प्रयोग की विधि बताइए")]
    [TestCase("हम खेलेंगे")]
    [TestCase("क्विज़ चल रहा है")]
    [TestCase("बस कर दो लाइट")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
