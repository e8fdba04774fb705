using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 36 tuning (interactionModel/README.md, *Round 36 tuning for Hindi (session 38)*),
/// each tried on sentences of our own rather than the corpus lines: a quarrel or a bet as lead-in ("बहस है", "बहस हुई है")
/// at a shop ("चाय की दुकान पे", "सैलून में"); the sentence endings "पे / पर" ("... की राजधानी पर"), "अब भी / अभी भी",
/// "कन्फर्म करो / कर दो" and a trailing "वाला देश / वाली जगह"; the yes-no tags "ऐ ना" (Dogri / Punjabi), "हो ना" (Nepali),
/// "हरे ना / हरे का" (Chhattisgarhi / Surgujia) and Chhattisgarhi "राज के राजधानी", "का हरे"; Braj "का ऐ", "बाकी
/// राजधानी", "दै"; the Nepali repair "होइन"; "जन गणराज्य" for "जनवादी गणराज्य"; "अपने देश की" after a speaker from
/// the place; "यूटी" after a union territory; "तीन तीन / दो दो राजधानी हैं कौन सी"; help with "ये क्या करता है",
/// Dogri "एह् केह् करदा", "आपके / तुम्हारे पास क्या क्या जानकारी", "क्या क्या जानते हो", "पूछने का तरीका", "समझ नी
/// आया", "पता नहीं आगे क्या बोलूँ", Dogri "तुसां गी"; stop with Kumaoni "भो भयो", "बाद में बुलाऊँगा", Braj "करि दै"; cancel with Braj "छोड़ / रहन दै";
/// launches for someone ("नानी / दीदी के लिए"), to study ("पढ़ना है"), at home ("घर में"), Punjabi "असीं", "खोल के", "वाली चीज़"; and not-places
/// (proposed states, epic peoples), with out-of-domain neighbours that must still fall back.</summary>
public class HindiRoundThirtySixRuleTests
{
    [TestCase("बहस हुई है पेरू की राजधानी पर", "PE", Description = "'बहस हुई है' and the ending 'पर'")]
    [TestCase("सैलून में शर्त लगी है पेरू की राजधानी पे", "PE", Description = "'सैलून में' and the ending 'पे'")]
    [TestCase("चाय की दुकान पे बहस है नॉर्वे की राजधानी", "NO", Description = "'चाय की दुकान पे', 'बहस है'")]
    [TestCase("ईरान की राजधानी तेहरान है ना अभी भी", "IR", Description = "ending 'अभी भी'")]
    [TestCase("पेरू की राजधानी लीमा है ना कन्फर्म कर दो", "PE", Description = "ending 'कन्फर्म कर दो'")]
    [TestCase("ईरान की राजधानी तेहरान ऐ ना", "IR", Description = "'ऐ ना'")]
    [TestCase("पनामा के राजधानी का हरे", "PA", Description = "Surgujia 'का हरे'")]
    [TestCase("झारखंड राज के राजधानी रांची हरे ना", "IN-JH", Description = "Chhattisgarhi 'राज के राजधानी', 'हरे ना'")]
    [TestCase("जाम्बिया की राजधानी होइन केन्या की", "KE", Description = "Nepali repair 'होइन'")]
    [TestCase("कोरिया लोकतांत्रिक जन गणराज्य की राजधानी बताओ", "KP", Description = "'जन गणराज्य'")]
    [TestCase("ब्राज़ील बाकी राजधानी कौन सी ऐ", "BR", Description = "Braj 'बाकी राजधानी'")]
    [TestCase("मॉरीशस के दादा पूछ रहे अपने देश की राजधानी", "MU", Description = "'अपने देश की'")]
    [TestCase("पुडुचेरी यूटी की राजधानी पुडुचेरी है ना", "IN-PY", Description = "'यूटी' in a yes-no check")]
    [TestCase("बोलीविया में दो दो राजधानी हैं कौन सी", "BO", Description = "'दो दो राजधानी हैं कौन सी'")]
    [TestCase("नेपाल की राजधानी का ऐ", "NP", Description = "Braj 'का ऐ'")]
    [TestCase("चीन की राजधानी कहा ऐ", "CN", Description = "Braj 'राजधानी कहा ऐ'")]
    [TestCase("फ़िजी की राजधानी क्या है रग्बी वाली जगह", "FJ", Description = "ending 'वाली जगह'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace("hi-IN", utterance, id);

    [TestCase("हमें बताओ ये क्या करता है", "AMAZON.HelpIntent")]
    [TestCase("एह् केह् करदा ऐ", "AMAZON.HelpIntent")]
    [TestCase("तुम्हारे पास क्या क्या जानकारी है", "AMAZON.HelpIntent")]
    [TestCase("आप क्या क्या जानती हो", "AMAZON.HelpIntent")]
    [TestCase("सवाल पूछने का तरीका बताओ", "AMAZON.HelpIntent")]
    [TestCase("मिगी समझ नी आया", "AMAZON.HelpIntent")]
    [TestCase("पता नहीं आगे क्या बोलूँ", "AMAZON.HelpIntent")]
    [TestCase("मुझे नहीं पता क्या पूछूँ", "AMAZON.HelpIntent")]
    [TestCase("भो भयो अब", "AMAZON.StopIntent")]
    [TestCase("बाद में बुलाऊँगा अभी जाओ", "AMAZON.StopIntent")]
    [TestCase("बंद कर दै", "AMAZON.StopIntent")]
    [TestCase("बंद करि दै", "AMAZON.StopIntent")]
    [TestCase("तुसां गी दस्सो एह् केह् करदी ऐ", "AMAZON.HelpIntent")]
    [TestCase("बस भयो छोड़ दै", "AMAZON.CancelIntent")]
    [TestCase("रहन दै", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent("hi-IN", utterance, intent);

    [TestCase("नानी के लिए दुनिया की राजधानियाँ खोल दो")]
    [TestCase("दीदी के लिए दुनिया की राजधानियाँ खोल दो")]
    [TestCase("दुनिया की राजधानियाँ खोल दो असां पढ़ना है")]
    [TestCase("असीं दुनिया की राजधानियाँ खेलना है खोल दो")]
    [TestCase("घर में दुनिया की राजधानियाँ चालू करो")]
    [TestCase("दुनिया की राजधानियाँ वाला गेम खोल के")]
    [TestCase("दुनिया की राजधानियाँ वाली चीज़ खोलो")]
    public void A_launch_said_around_the_name_is_a_launch(string utterance) =>
        LocaleNlu.AssertLaunches("hi-IN", utterance);

    [TestCase("बोडोलैंड की राजधानी क्या होगी")]
    [TestCase("गोरखालैंड की राजधानी बताओ")]
    [TestCase("हरित प्रदेश की राजधानी कौन सी होगी")]
    [TestCase("कौरवों की राजधानी कहाँ थी")]
    [TestCase("रावण की राजधानी")]
    [TestCase("पांडवों का वनवास कितने साल का था")]
    [TestCase("मम्मी के लिए लाइट चालू करो")]
    [TestCase("घर में लाइट चालू करो")]
    [TestCase("भो भयो गाना बजाओ")]
    [TestCase("ये मशीन क्या करती है")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack("hi-IN", utterance);
}
