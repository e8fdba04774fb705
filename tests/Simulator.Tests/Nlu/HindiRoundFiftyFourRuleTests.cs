using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 54 tuning (interactionModel/README.md, *Round 54 tuning for Hindi
/// (session 62)*), each tried on sentences of our own rather than the corpus lines: reasons after a stop or a cancel
/// opened by a scene of the trades ("बारात", "भीड़", "बोहनी", "ठेला", "केबल रुक गई", "हाथ में", "कोई डूब रहा") or by
/// what is left when a filler names who came ("(साहब) आ गए", "(उस्ताद) बुला रहे हैं"); stops Awadhi "चुप होइ जाओ", "(बस) इतना
/// ही आज", "स्किल से निकल जाओ"; help "सैंपल सवाल", "किस तरह पूछूँ"; a scene said last
/// ("फ़ोन आने से पहले", "बैरियर उठने से पहले"); two named kinds of capital asked together ("सरकारी और संवैधानिक
/// राजधानियाँ"); "क्यों हैं बताओ नाम" after a count of capitals; "सी के" as a question ending; and out-of-domain
/// neighbours (one's own town, a wedding song, a lamp or a TV to switch off, lies not to tell) that must still fall
/// back.</summary>
public class HindiRoundFiftyFourRuleTests
{
    [TestCase("बंद करो बारात आ गई", "AMAZON.StopIntent")]
    [TestCase("रहने दो भीड़ बढ़ गई", "AMAZON.CancelIntent")]
    [TestCase("रहने दो बोहनी का समय है", "AMAZON.CancelIntent")]
    [TestCase("बस करो भाई ठेला लगाना है", "AMAZON.StopIntent")]
    [TestCase("रुक जाओ केबल रुक गया", "AMAZON.StopIntent")]
    [TestCase("रहने दो हाथ में आटा लगा है", "AMAZON.CancelIntent")]
    [TestCase("रहने दो कोई डूब रहा है", "AMAZON.CancelIntent")]
    [TestCase("रहने दो साहब बुला रहे हैं", "AMAZON.CancelIntent")]
    [TestCase("बंद करो चौधरी साहब आ गए", "AMAZON.StopIntent")]
    [TestCase("चुप होइ जा बिटिया", "AMAZON.StopIntent")]
    [TestCase("आज बस इतना ही", "AMAZON.StopIntent")]
    [TestCase("स्किल से निकल जाओ", "AMAZON.StopIntent")]
    [TestCase("कुछ सैंपल सवाल बताओ", "AMAZON.HelpIntent")]
    [TestCase("किस तरह पूछूँ राजधानी", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("भूटान की राजधानी बताओ फ़ोन आने से पहले", "BT")]
    [TestCase("केन्या की राजधानी बताओ बैरियर उठने से पहले", "KE")]
    [TestCase("बोलीविया की न्यायिक और सरकारी राजधानियाँ", "BO")]
    [TestCase("मलेशिया की शाही और प्रशासनिक दोनों राजधानियाँ", "MY")]
    [TestCase("हरियाणा की राजधानी चंडीगढ़ सी के", "IN-HR")]
    [TestCase("बोलीविया में दो कैपिटल क्यों हैं बताओ नाम", "BO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("बारात कब आएगी")]
    [TestCase("बंद करो बारात का गाना")]
    [TestCase("लाइट बंद करो भीड़ आ गई")]
    [TestCase("गाली मत बोलो")]
    [TestCase("झूठ मत बोलो")]
    [TestCase("सैंपल सवाल पेपर डाउनलोड करो")]
    [TestCase("मेरे शहर का मौसम बताओ")]
    [TestCase("मेरे गाँव की राजधानी")]
    [TestCase("कॉल आने से पहले अलार्म लगाओ")]
    [TestCase("टीवी बंद करो मेहमान आ गए")]
    [TestCase("हाथ में दर्द है")]
    [TestCase("बूम उठाने से पहले गाना बजाओ")]
    [TestCase("गाना बंद करो बुला रहे हैं")]
    [TestCase("चुप होइ जाओ गाना बजाओ")]
    [TestCase("बस इतना ही आज का मौसम")]
    [TestCase("बोहनी का टाइम है")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
