using WorldCapitals.Simulator.Nlu;
using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Arabic families of round 16 (interactionModel/README.md, *Round 16 tuning for Arabic*), each tried on
/// sentences of our own rather than the corpus lines: Maghrebi, Egyptian and Sudanese fillers and possessives, dialect
/// "I want" and "they", glued question words, English and French said in Arabic letters, self-corrections with "sorry"
/// or "I was wrong, I want", everyday epithets of Algeria and Mauritania, yes-no tails, and stop, cancel and help in the
/// dialects; with neighbours that must still fall back.</summary>
public class ArabicRoundSixteenRuleTests
{
    private static Interpretation Recognize(string text) => LocalSkill.NluFor("ar-SA").Recognize(text)!;

    [TestCase("زعما شنو هي عاصمة الجزائر", "DZ", Description = "Maghrebi 'so' as a filler")]
    [TestCase("عاصمة المغرب شنو هي دابا", "MA", Description = "Moroccan 'now' after the question")]
    [TestCase("توا عاصمة ليبيا شنية", "LY", Description = "Tunisian 'now'")]
    [TestCase("قولي برك عاصمة تونس", "TN", Description = "Maghrebi 'just'")]
    [TestCase("بغيت نعرف عاصمة البرتغال عافاك", "PT", Description = "Moroccan 'I want' and 'please'")]
    [TestCase("العاصمة نتاع الجزائر واش هي", "DZ", Description = "Algerian possessive نتاع")]
    [TestCase("العاصمة متاع تونس شنية", "TN", Description = "Tunisian possessive متاع")]
    [TestCase("شنو سميتها عاصمة كندا", "CA", Description = "Moroccan 'what is it called'")]
    [TestCase("بقولك ايه عاصمة البرازيل ايه", "BR", Description = "Egyptian 'listen' opener")]
    [TestCase("هي عاصمة الهند اسمها ايه تاني", "IN", Description = "Egyptian 'again' after the question")]
    [TestCase("حضرتك تعرفي عاصمة اليابان", "JP", Description = "Egyptian polite 'you'")]
    [TestCase("العاصمة بتاعت الارجنتين ايه", "AR", Description = "Egyptian and Sudanese possessive بتاعت")]
    [TestCase("هسع دايرة اعرف عاصمة تشاد", "TD", Description = "Sudanese 'now' and feminine 'I want'")]
    [TestCase("يا زول عاصمة اريتريا شنو", "ER", Description = "Sudanese 'man' as an address")]
    [TestCase("عليك الله عاصمة اثيوبيا شنو", "ET", Description = "Sudanese 'please'")]
    [TestCase("شو اسم العاصمة مال العراق", "IQ", Description = "Iraqi possessive مال")]
    [TestCase("وشعاصمة السويد", "SE", Description = "question word glued to 'capital'")]
    [TestCase("شوعاصمة الدنمارك", "DK", Description = "Levantine question word glued to 'capital'")]
    [TestCase("عاصمة كوبا لوسمحت", "CU", Description = "'please' written as one word")]
    [TestCase("على السريع عاصمة النمسا وش هي", "AT", Description = "Gulf 'quickly'")]
    [TestCase("اسمعيني عاصمة بولندا ايش", "PL", Description = "'listen to me' opener")]
    [TestCase("سي كوا لا كابيتال دو السنغال", "SN", Description = "French 'c'est quoi la capitale de' in Arabic letters")]
    [TestCase("وات از ذا كابيتال اوف كندا", "CA", Description = "English 'what is the capital of' in Arabic letters")]
    [TestCase("كويك كويستشن عاصمة المانيا", "DE", Description = "English 'quick question'")]
    [TestCase("ميرسي وعاصمة بلجيكا شنو", "BE", Description = "French 'thanks' before a follow-up")]
    [TestCase("عاصمة نيبال وما عرفناها", "NP", Description = "'and we did not know it' after the question")]
    [TestCase("جاني سؤال في البكالوريا على عاصمة النيجر", "NE", Description = "the baccalaureate exam as context")]
    [TestCase("عاصمة النمسا سامحني سويسرا", "CH", Description = "'sorry' as a self-correction")]
    [TestCase("عاصمة الاردن غلطت ابغى لبنان", "LB", Description = "'I was wrong, I want' as a self-correction")]
    [TestCase("عاصمة بلد المليون شهيد", "DZ", Description = "Algeria's epithet")]
    [TestCase("وش عاصمة بلاد المليون شهيد", "DZ", Description = "Algeria's epithet with بلاد")]
    [TestCase("عاصمة بلد المليون شاعر", "MR", Description = "Mauritania's epithet")]
    [TestCase("شنو عاصمة بلاد شنقيط", "MR", Description = "Mauritania's historical name")]
    [TestCase("عاصمة سانت فنسنت وجزر الغرينادين", "VC", Description = "the full name with 'islands'")]
    public void A_capital_question_names_the_place(string utterance, string id)
    {
        var result = Recognize(utterance);

        Assert.Multiple(() =>
        {
            Assert.That(result.IntentName, Is.EqualTo("CapitalIntent"), $"matched \"{result.Sample}\"");
            Assert.That(result.Slot("country")!.FirstMatch?.Id, Is.EqualTo(id), $"matched \"{result.Sample}\"");
        });
    }

    [TestCase("مش عاوز حاجة", "AMAZON.CancelIntent", Description = "Egyptian 'I do not want anything'")]
    [TestCase("لا مش عايز حاجة", "AMAZON.CancelIntent")]
    [TestCase("ما بغيت شي", "AMAZON.CancelIntent", Description = "Maghrebi 'I did not want anything'")]
    [TestCase("ما داير شي", "AMAZON.CancelIntent", Description = "Sudanese 'I do not want anything'")]
    [TestCase("بركا", "AMAZON.StopIntent", Description = "Maghrebi 'enough'")]
    [TestCase("يزي برك", "AMAZON.StopIntent", Description = "Tunisian 'enough'")]
    [TestCase("صافي هكا", "AMAZON.StopIntent", Description = "Moroccan 'that is it'")]
    [TestCase("خلص بكفي", "AMAZON.StopIntent", Description = "Levantine 'enough'")]
    [TestCase("شو فيني احكي", "AMAZON.HelpIntent", Description = "Levantine 'what can I say'")]
    [TestCase("شو بقدر اعمل", "AMAZON.HelpIntent")]
    [TestCase("وريني اعمل شنو", "AMAZON.HelpIntent", Description = "Sudanese 'show me what to do'")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(intent));

    [TestCase("زعما شنو هي الساعة دابا", Description = "Maghrebi fillers around another question")]
    [TestCase("بقولك ايه شغلي الاغاني", Description = "an Egyptian opener before a device request")]
    [TestCase("وات از ذا ويذر", Description = "English words with no capital question")]
    [TestCase("عاصمة المال والاعمال ولا ايه", Description = "a figurative capital with a yes-no tail")]
    [TestCase("يا زول شنو الاخبار", Description = "a Sudanese address before small talk")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        Assert.That(Recognize(utterance).IntentName, Is.EqualTo(NluEngine.FallbackIntent));
}
