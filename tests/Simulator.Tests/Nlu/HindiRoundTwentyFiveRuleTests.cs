using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Hindi families of round 25 tuning (README section *Round 25 tuning for Hindi (session 25)*), each tried on
/// sentences of our own rather than the corpus lines: place references back to a place named before ("उहाँ के", Dakhni
/// "वाँ का", Haryanvi "उड़ै की", Punjabi "उत्थे दी"), dialect words ("नाव" name, "आली" which, "म्ह" in, "नइखे" is not,
/// "कइसे", "करेला", "जाला", "समझाईं"), the particles "गा", "रै", "बावा", "का जी", the Chhattisgarhi "का हे" / "का रहे",
/// cancel and stop wordings ("जाए द", "जाऊ दे", "राहू द्या", "बस होगे", "बंद करा"), help wordings ("क्या बोलना", "कैसे
/// पूछते", "के करणा"), and regions the data lacks (Tibet, Crimea, Siberia) that must fall back; with out-of-domain
/// neighbours that must still fall back.</summary>
public class HindiRoundTwentyFiveRuleTests
{
    private const string Locale = "hi-IN";

    [TestCase("हमर कका रूस गे हे उहाँ के राजधानी बता", "RU", Description = "Chhattisgarhi 'उहाँ के' after a clause")]
    [TestCase("मेरे मामू जर्मनी में काम करते वाँ का राजधानी क्या है", "DE", Description = "Dakhni 'वाँ का'")]
    [TestCase("हमरे चाचू कनाडा से आए वाँ का राजधानी बोलो", "CA", Description = "Dakhni 'वाँ का'")]
    [TestCase("म्हारी बुआ का छोरा जापान म्ह रहवै सै उड़ै की राजधानी के सै", "JP", Description = "Haryanvi 'म्ह', 'उड़ै की'")]
    [TestCase("मेरी भैण दा घरवाला इटली गया है उत्थे दी राजधानी की है", "IT", Description = "Punjabi 'उत्थे दी'")]
    [TestCase("का जी केन्या के राजधानी के नाव का हे", "KE", Description = "Chhattisgarhi 'का जी', 'नाव', 'का हे'")]
    [TestCase("भाई जी स्वीडन आली राजधानी का नाम के सै", "SE", Description = "Haryanvi 'आली'")]
    [TestCase("पेरू के राजधानी लीमा हे ना गा", "PE", Description = "the particle 'गा'")]
    [TestCase("हमरा याद नइखे मिस्र के राजधानी का रहे", "EG", Description = "Bhojpuri 'नइखे', 'का रहे'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("जाए द भइया", "AMAZON.CancelIntent")]
    [TestCase("जाऊ दे", "AMAZON.CancelIntent")]
    [TestCase("राहू द्या", "AMAZON.CancelIntent")]
    [TestCase("छोड़ दे गा", "AMAZON.CancelIntent")]
    [TestCase("बंद करा", "AMAZON.StopIntent")]
    [TestCase("बस होगे भइया", "AMAZON.StopIntent")]
    [TestCase("अब बंद कर दे गा", "AMAZON.StopIntent")]
    [TestCase("कइसे पूछल जाला बताईं", "AMAZON.HelpIntent")]
    [TestCase("ई कइसे काम करेला समझाईं", "AMAZON.HelpIntent")]
    [TestCase("के करणा सै इसम्ह", "AMAZON.HelpIntent")]
    [TestCase("इसमें कैसा पूछते बावा", "AMAZON.HelpIntent")]
    [TestCase("इसमें क्या बोलना है", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("गाना बजा दे गा")]
    [TestCase("उहाँ के मौसम कइसन हे")]
    [TestCase("बंद करा लाइट")]
    [TestCase("तिब्बत की राजधानी बताओ")]
    [TestCase("क्रीमिया की राजधानी का नाम")]
    [TestCase("नको नको संगीत लावा")]
    [TestCase("वाँ का मौसम क्या है")]
    [TestCase("जाए द बाजार में सब्जी लेने")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
