using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 37 tuning (interactionModel/README.md, *Round 37 tuning for Hindi
/// (session 39)*), each tried on sentences of our own rather than the corpus lines: Tharu / Awadhi "क राजधानी", "बताइ
/// देउ", "राजधानी सब", "हय कि नाहीं" and a trailing "हो"; Marwari "भाया", "म्हनै", "बोलणो / पूछणो", "ठा कोनी"; Malwi /
/// Bhili "पूछ रियो / पूछ री"; a time lead-in "सोवियत के बाद"; the check "ये सच है"; the follow-up "उसके बगल में"; the
/// reverse "कौन सा देश है जिसकी राजधानी है"; capital types in a plural question ("प्रशासनिक राजधानी और असली राजधानी",
/// "सरकारी और संवैधानिक राजधानी", "प्रशासनिक न्यायिक और विधायी"); help with "कैसे बोलें", "क्या जानता है", "आगे क्या
/// करूँ", "फँस गया हूँ", "का पूछल जात", "क्या क्या बता सकते", "पहली बार देख रहा"; cancel with "कैंसल कर दे / करो" and a
/// reason opened by who came ("ग्राहक", "सेठ जी", "मेहमान", "सवारी"); stop with "बंद हो जाओ", "थमो", "बंद करो ना";
/// launches for an exam ("तैयारी करनी है"), for a child who asks, in a break; and not-places (tribes, fictional cities,
/// "संतरा / हीरा राजधानी"), with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundThirtySevenRuleTests
{
    [TestCase("मालदीव री राजधानी बता दे भाया", "MV", Description = "Marwari address 'भाया'")]
    [TestCase("चौपाल पे एक छोरो पूछ रियो नेपाल की राजधानी", "NP", Description = "Malwi 'पूछ रियो'")]
    [TestCase("मेले में एक छोरी पूछ री है भूटान की राजधानी", "BT", Description = "Malwi 'पूछ री है'")]
    [TestCase("सोवियत के बाद यूक्रेन की राजधानी कीव ही है ना", "UA", Description = "lead-in 'सोवियत के बाद'")]
    [TestCase("सोवियत संघ के बाद कज़ाखस्तान की राजधानी क्या है", "KZ", Description = "lead-in 'सोवियत संघ के बाद'")]
    [TestCase("इटली की राजधानी रोम है ये सच है", "IT", Description = "'ये सच है'")]
    [TestCase("क्या ये सच है कि पेरिस फ्रांस की राजधानी है", "FR", Description = "'क्या ये सच है'")]
    [TestCase("और उसके बगल में नाइजर", "NE", Description = "follow-up 'उसके बगल में'")]
    [TestCase("पेरू क राजधानी का हय", "PE", Description = "Tharu 'क राजधानी'")]
    [TestCase("चीन क राजधानी बताइ देउ", "CN", Description = "Tharu 'बताइ देउ'")]
    [TestCase("केन्या क राजधानी कौन हय", "KE", Description = "Tharu 'कौन हय'")]
    [TestCase("जापान क राजधानी का हय हो", "JP", Description = "ending 'हो'")]
    [TestCase("बोलीविया क राजधानी सब बताइ देउ", "BO", Description = "Bhojpuri plural 'राजधानी सब'")]
    [TestCase("लीमा पेरू क राजधानी हय कि नाहीं", "PE", Description = "'हय कि नाहीं'")]
    [TestCase("बोलीविया की प्रशासनिक राजधानी और असली राजधानी दोनों बताओ", "BO", Description = "'प्रशासनिक राजधानी और असली राजधानी'")]
    [TestCase("श्रीलंका की सरकारी और संवैधानिक राजधानी अलग अलग हैं क्या", "LK", Description = "'सरकारी और संवैधानिक राजधानी'")]
    [TestCase("दक्षिण अफ्रीका की प्रशासनिक न्यायिक और विधायी राजधानी बताओ", "ZA", Description = "'प्रशासनिक न्यायिक और विधायी'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("ओटावा कौन सा देश है जिसकी राजधानी है", "ottawa")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity("hi-IN", utterance, id);

    [TestCase("म्हनै कांई पूछणो है बता", "AMAZON.HelpIntent")]
    [TestCase("राजधानी का नाम कैसे बोलें", "AMAZON.HelpIntent")]
    [TestCase("ए मसीन से कीसे पूछना है", "AMAZON.HelpIntent")]
    [TestCase("हम का पूछल जात हय एमे", "AMAZON.HelpIntent")]
    [TestCase("समझ नहीं आ रहा आगे क्या करूँ", "AMAZON.HelpIntent")]
    [TestCase("म्हनै ठा कोनी कांई बोलूँ", "AMAZON.HelpIntent")]
    [TestCase("म्हनै ठा नी कांई पूछूं", "AMAZON.HelpIntent")]
    [TestCase("हामको नहीं पता क्या पूछें", "AMAZON.HelpIntent")]
    [TestCase("तुम क्या क्या बता सकते हो", "AMAZON.HelpIntent")]
    [TestCase("फँस गया हूँ अब क्या बोलूँ", "AMAZON.HelpIntent")]
    [TestCase("पहली बार देख रहा हूँ ये क्या करता है", "AMAZON.HelpIntent")]
    [TestCase("कैंसल कर दे यार", "AMAZON.CancelIntent")]
    [TestCase("कैंसल करो ग्राहक आ गया", "AMAZON.CancelIntent")]
    [TestCase("कैंसल कर दो मेहमान आ गए", "AMAZON.CancelIntent")]
    [TestCase("कैंसल कर दो सवारी आ गई", "AMAZON.CancelIntent")]
    [TestCase("बंद कर दो बॉस आ गए", "AMAZON.StopIntent")]
    [TestCase("बंद करो गाड़ी आ गई", "AMAZON.StopIntent")]
    [TestCase("बंद कर दो ड्यूटी का टाइम हो गया", "AMAZON.StopIntent")]
    [TestCase("बंद करो ना", "AMAZON.StopIntent")]
    [TestCase("बंद हो जाओ अब", "AMAZON.StopIntent")]
    [TestCase("थमो भाई", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("दुनिया की राजधानियाँ खोलो एग्जाम की तैयारी करनी है")]
    [TestCase("दुनिया की राजधानियाँ चलाओ बेटी पूछ रही है")]
    [TestCase("दुनिया की राजधानियाँ शुरू करो लंच ब्रेक है")]
    [TestCase("दुनिया की राजधानियाँ खोल दो बच्चों को खेलना है")]
    [TestCase("दुनिया की राजधानियाँ चालू करि देउ")]
    [TestCase("दुनिया की राजधानियाँ खोलो टाइम पास करना है")]
    [TestCase("दुनिया की राजधानियाँ चलाओ बच्चे को सिखाना है")]
    public void A_launch_said_around_the_name_is_a_launch(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("भारत की हीरा राजधानी कौन सी है")]
    [TestCase("भारत की सिल्क राजधानी किसे कहते हैं")]
    [TestCase("हॉगवर्ट्स की राजधानी क्या है")]
    [TestCase("संथाल जनजाति के बारे में बताओ")]
    [TestCase("गोंड जनजाति के बारे में बताओ")]
    [TestCase("मीणा समाज की राजधानी")]
    [TestCase("लाइट बंद करो ना")]
    [TestCase("पंखा बंद हो जाओ")]
    [TestCase("वॉशिंग मशीन बंद करो")]
    [TestCase("ट्रेन कैंसल करो")]
    [TestCase("बुकिंग कैंसल कर दो")]
    [TestCase("एग्जाम की तैयारी करनी है")]
    [TestCase("बच्चा पूछ रहा है")]
    [TestCase("टाइम पास करना है")]
    [TestCase("ड्यूटी का टाइम बताओ")]
    [TestCase("सच है ना")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
