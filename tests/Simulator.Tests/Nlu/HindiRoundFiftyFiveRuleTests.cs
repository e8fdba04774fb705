using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 55 tuning (interactionModel/README.md, *Round 55 tuning for Hindi
/// (session 63)*), each tried on sentences of our own rather than the corpus lines: stops "बंद होजा" (written as one
/// word), "बंद हो जाओ ना", Marathi "बस झाला", "ठीक है समझ गया" said before a stop, a reason said before a stop
/// ("खाना बन गया बंद करो"); cancels "छोड़ो उसको", "जो बोला उसे भूल जाओ", a reason "मैं ख़ुद ..." after a cancel; help
/// in dialects ("इसच", "इणमें काईं पूछां", "एमा का पूछबो", "कैसे चलदा", "म्हारे समझाओ", "ना समझ आवत", "कैसे पूछने
/// का") and "(नहीं पता) कैसे बोलना है", "इसमें कैसे पूछा जाए", "कैसे बोलेगा इसमें"; an asker said last ("नानी जी पूछ
/// रही हैं") or a bare "पूछ रहे/रही" after a scene ("बर्तन धोते पूछ रही"); "ज़रा बताना" before the question; "दुइ",
/// "जितनी भी राजधानियाँ हैं", "दोनों तीनों" in a plural question; a launch said from a tower ("टावर पर हूँ"); and
/// out-of-domain neighbours (asking the police, a parrot, the weather, a fan to switch off, a song from the tower) that
/// must still fall back.</summary>
public class HindiRoundFiftyFiveRuleTests
{
    [TestCase("बंद होजा भाई", "AMAZON.StopIntent")]
    [TestCase("चुप होजाओ", "AMAZON.StopIntent")]
    [TestCase("बंद हो जाओ ना", "AMAZON.StopIntent")]
    [TestCase("बस झाला बंद कर", "AMAZON.StopIntent")]
    [TestCase("ठीक है समझ गई अब बंद करो", "AMAZON.StopIntent")]
    [TestCase("खाना बन गया बंद करो", "AMAZON.StopIntent")]
    [TestCase("छोड़ दो उसको", "AMAZON.CancelIntent")]
    [TestCase("जो पूछा उसे भूल जाओ", "AMAZON.CancelIntent")]
    [TestCase("रहने दो मैं खुद ढूँढ लूँगी", "AMAZON.CancelIntent")]
    [TestCase("रहने दो हम खुद देख लेंगे", "AMAZON.CancelIntent")]
    [TestCase("इणमें काईं पूछां", "AMAZON.HelpIntent")]
    [TestCase("इसच क्या पूछना", "AMAZON.HelpIntent")]
    [TestCase("एमा का पूछबो", "AMAZON.HelpIntent")]
    [TestCase("पता नहीं कैसे बोलना है", "AMAZON.HelpIntent")]
    [TestCase("इसमें कैसे पूछा जाता है", "AMAZON.HelpIntent")]
    [TestCase("कैसे बोलेंगे इसमें", "AMAZON.HelpIntent")]
    [TestCase("कैसे पूछने का बताओ", "AMAZON.HelpIntent")]
    [TestCase("हम ना समझ आवत कइसे पूछीं", "AMAZON.HelpIntent")]
    [TestCase("कैसे चलदा ये म्हारे समझाओ", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("बर्तन धोते पूछ रही नेपाल की राजधानी क्या है", "NP")]
    [TestCase("भूटान की राजधानी थिम्पू है ना नानी जी पूछ रही हैं", "BT")]
    [TestCase("ज़रा बताना केन्या की राजधानी कौन सी है", "KE")]
    [TestCase("बोलीविया की दुइ राजधानियाँ", "BO")]
    [TestCase("मलेशिया की जितनी भी राजधानियाँ हैं बताओ", "MY")]
    [TestCase("दक्षिण अफ्रीका की दोनों तीनों राजधानियाँ", "ZA")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("टावर पर हूँ दुनिया की राजधानियाँ खोलो")]
    public void A_launch_said_with_where_one_is(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("पुलिस से कैसे पूछा जाए")]
    [TestCase("तोता कैसे बोलेगा")]
    [TestCase("समझ गया")]
    [TestCase("दादाजी पूछ रहे हैं मौसम कैसा है")]
    [TestCase("लोग पूछ रहे आज कौन सा दिन है")]
    [TestCase("मैं खुद देख लूँगा")]
    [TestCase("रहने दो मैं खुद गाना बजा लूँगा")]
    [TestCase("छोड़ो उसको पुलिस बुलाओ")]
    [TestCase("जो बोला उसे याद रखो")]
    [TestCase("बिजली लग गई बंद करो")]
    [TestCase("जरा बताना मौसम")]
    [TestCase("पंखा बंद हो जा ना")]
    [TestCase("कोचिंग कैसे चलदा")]
    [TestCase("टावर से गाना बजाओ")]
    [TestCase("खाना लग गया")]
    [TestCase("म्हारे गाम में बारिश हो रही")]
    [TestCase("इंटरव्यू में क्या पूछेंगे")]
    [TestCase("दुइ किलो आलू")]
    [TestCase("पापा जी पूछ रहे हैं खाना कब बनेगा")]
    [TestCase("जो भी राजधानियाँ हैं")]
    [TestCase("म्हारे समझाओ गणित")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
