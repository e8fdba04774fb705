using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 31 tuning (README section *Round 31 tuning for German (session 31)*), each
/// tried on sentences of our own rather than the corpus lines: the openers and addresses "ag man", "hano", "ha noi",
/// "bale", "junge", "na min jung", "ehrenmann", "hai hai", "okay so", the streamer's "der chat streitet", the thanks
/// "faleminderit", the polite leads "ich wäre dir/ihnen dankbar für", "ich suche (den namen der hauptstadt)", the
/// follow-ups "wie wärs mit", "hätte ich noch gerne", "noch die von", the lead "der (indische/amerikanische)
/// bundesstaat", "welcher ort", the learner's "von welches land", Luxembourgish "ech wëll wëssen wat d'haaptstad vu",
/// Saxon "wie heeßt de", the repair "ich hab mich versprochen", the place reference "nach seiner/ihrer hauptstadt",
/// stop ("stop now", "wir gehen schlafen", "das kind schläft"), cancel ("lass es bleiben", "vergiss et", "hat sich
/// erledigt"), help ("anleitung vorlesen", "was man sagen muss"), and not-places (Zanzibar, Panem, Wallonia, Flanders,
/// Erzgebirge, Vogtland); with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundThirtyOneRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("ag man was ist die hauptstadt von peru", "PE", Description = "the opener 'ag man'")]
    [TestCase("hano wie heißt die hauptstadt von chile", "CL", Description = "the opener 'hano'")]
    [TestCase("ehrenmann alexa hauptstadt von ghana der chat streitet", "GH", Description = "'ehrenmann', 'der chat streitet'")]
    [TestCase("ich wäre dir dankbar für die hauptstadt von norwegen", "NO", Description = "'ich wäre dir dankbar für'")]
    [TestCase("ich suche den namen der hauptstadt von ungarn", "HU", Description = "'ich suche den namen der hauptstadt'")]
    [TestCase("und wie wärs mit polen", "PL", Description = "the follow-up 'wie wärs mit'")]
    [TestCase("welcher ort ist die hauptstadt von island", "IS", Description = "'welcher ort'")]
    [TestCase("ech wëll wëssen wat d'haaptstad vu spanien ass", "ES", Description = "Luxembourgish 'd'haaptstad vu'")]
    [TestCase("wie heeßt de hauptstadt von lettland", "LV", Description = "Saxon 'wie heeßt de'")]
    [TestCase("die hauptstadt von peru ich hab mich versprochen von bolivien", "BO", Description = "the repair 'ich hab mich versprochen'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa stop now", "AMAZON.StopIntent")]
    [TestCase("wir gehen schlafen alexa", "AMAZON.StopIntent")]
    [TestCase("sei leise das kind schläft", "AMAZON.StopIntent")]
    [TestCase("ach lass es bleiben", "AMAZON.CancelIntent")]
    [TestCase("vergiss et", "AMAZON.CancelIntent")]
    [TestCase("das hat sich erledigt", "AMAZON.CancelIntent")]
    [TestCase("kannst du mir die hilfe vorlesen", "AMAZON.HelpIntent")]
    [TestCase("sag mir was man sagen muss", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("was ist die hauptstadt von flandern")]
    [TestCase("was ist die hauptstadt der wallonie")]
    [TestCase("ag man spiel musik")]
    [TestCase("hano wie wird das wetter morgen")]
    [TestCase("ich suche mein handy")]
    [TestCase("wie wärs mit pizza heute abend")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
