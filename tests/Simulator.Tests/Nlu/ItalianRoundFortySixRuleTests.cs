using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 46 tuning (see the "Round 46 tuning for Italian (session 51)" section), each
/// tried on sentences of our own rather than the corpus lines: regional calls and interjections said first ("vè",
/// "stè", "uaje", "uagnò", "ganzo", "budello", "o bimbo", "ades", "en attimo") and Punjabi/Urdu "jee"; follow-up openers
/// ("andiamo avanti con", "avanti con", "facciamo"), "ripetimi / ridimmi quella di ..." and the tail "che non ho
/// sentito / capito"; openers of a statement to check ("è sbagliato dire che", "dimmi se", "mi sai dire se"); Spanish
/// tails "para la escuela"; help "cosa posso dire a capitali del mondo", "come faccio"; launch verbs "fammi usare /
/// provare", "haide deschide" and surroundings "al corso serale", "che studio per l'esame"; with out-of-domain
/// neighbours that must still fall back.</summary>
public class ItalianRoundFortySixRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa vè la capitale della slovenia", "SI")]
    [TestCase("alexa stè dimmi la capitale del portogallo", "PT")]
    [TestCase("alexa uagnò qual è la capitale dell'egitto", "EG")]
    [TestCase("alexa jee la capitale del bangladesh", "BD")]
    [TestCase("alexa en attimo la capitale dell'austria", "AT")]
    [TestCase("alexa ades la capitale del belgio", "BE")]
    [TestCase("avanti con il perù", "PE")]
    [TestCase("andiamo avanti con la polonia", "PL")]
    [TestCase("facciamo il brasile", "BR")]
    [TestCase("ridimmi quella del cile che non ho capito", "CL")]
    [TestCase("ripetimi quella dell'islanda che non ho sentito bene", "IS")]
    [TestCase("alexa è sbagliato dire che la capitale del canada è toronto", "CA")]
    [TestCase("alexa mi hijo quiere la capitale della colombia para la escuela", "CO")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa vè come si usa", "AMAZON.HelpIntent")]
    [TestCase("alexa jee mi serve aiuto", "AMAZON.HelpIntent")]
    [TestCase("alexa cosa posso dire a capitali del mondo", "AMAZON.HelpIntent")]
    [TestCase("alexa come faccio", "AMAZON.HelpIntent")]
    [TestCase("alexa en attimo lascia stare", "AMAZON.CancelIntent")]
    [TestCase("alexa jee lascia perdere", "AMAZON.CancelIntent")]
    [TestCase("alexa uaje basta", "AMAZON.StopIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa fammi provare capitali del mondo")]
    [TestCase("alexa haide apri capitali del mondo")]
    [TestCase("alexa apri capitali del mondo che studio per l'esame")]
    [TestCase("alexa al corso serale apri capitali del mondo")]
    public void The_skill_opens(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa jee che tempo fa domani")]
    [TestCase("alexa vè che ore sono")]
    [TestCase("alexa uaje accendi la luce")]
    [TestCase("alexa facciamo la spesa")]
    [TestCase("alexa facciamo un quiz di geografia")]
    [TestCase("alexa andiamo avanti con la canzone")]
    [TestCase("alexa dimmi se domani piove")]
    [TestCase("alexa è sbagliato dire che domani piove")]
    [TestCase("alexa ripetimi quella canzone")]
    [TestCase("alexa come faccio la pasta")]
    [TestCase("alexa al corso serale che tempo fa")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
