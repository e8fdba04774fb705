using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 32 tuning (README section *Round 32 tuning for German (session 33)*), each
/// tried on sentences of our own rather than the corpus lines: the heritage openers and thanks (Brazilian "nossa",
/// "tipo", "valeu", "obrigado"; Ghanaian "chale", "medaase"; Ukrainian "dyakuyu", "bud laska"; Vietnamese "cam on", "oi
/// troi"; Polish "dobre", "dobra"; Italian "allora", "boh", "grazie"; Greek "efcharisto"), Upper Austrian "oiso", "geh
/// weida", Westphalian "getz" and "woll", Low German "mak", "sünd de", the teen's "bro", "sheesh", "no cap", the
/// Portuguese "qual é a" and "é", the English "of which country", "which country", "again", the learner's "von das
/// land", the follow-ups "(mach) weiter mit", "als nächstes", the tags "hat der recht", "wirklich", "genau", the scene
/// "der kunde wartet", the plural "nach den hauptstädten", the repairs "i mean", "no wait", the figurative capitals
/// ("heimliche", "kulinarische hauptstadt": senseModifiers), stop and cancel with a reason ("der bus kommt", "wir essen
/// jetzt"), stop "stop it", cancel "allora niente", "loss guat sein", help ("wie fragt man", "ich nicht verstehe", "ich
/// nix verstehe", "i no understand", "was macht hauptstädte der welt"), launches ("apri", "abre", "mak ... open", "mach
/// ... auf"); with out-of-domain neighbours that must still fall back.</summary>
public class GermanRoundThirtyTwoRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("nossa alexa qual é a hauptstadt von chile", "CL", Description = "Brazilian 'nossa', 'qual é a'")]
    [TestCase("valeu tipo was ist die hauptstadt von kenia", "KE", Description = "'valeu', 'tipo'")]
    [TestCase("chale what is the hauptstadt von peru again", "PE", Description = "Ghanaian 'chale', English 'again'")]
    [TestCase("medaase die hauptstadt von nigeria bitte", "NG", Description = "the thanks 'medaase'")]
    [TestCase("dyakuyu und die hauptstadt von estland", "EE", Description = "Ukrainian thanks 'dyakuyu'")]
    [TestCase("cam on was ist die hauptstadt von laos", "LA", Description = "Vietnamese thanks 'cam on'")]
    [TestCase("oiso wos is die hauptstadt vo ungarn", "HU", Description = "Upper Austrian 'oiso'")]
    [TestCase("getz sach ma die hauptstadt von belgien woll", "BE", Description = "Westphalian 'getz', 'woll'")]
    [TestCase("dann mach weiter mit kenia", "KE", Description = "the follow-up 'mach weiter mit'")]
    [TestCase("und als nächstes peru", "PE", Description = "the follow-up 'als nächstes'")]
    [TestCase("allora e portugal", "PT", Description = "Italian 'allora e'")]
    [TestCase("und was ist hauptstadt von das land estland", "EE", Description = "the learner's 'von das land'")]
    [TestCase("meine tante sagt zürich ist die hauptstadt der schweiz hat die recht", "CH", Description = "'hat die recht'")]
    [TestCase("im chor fragt einer nach den hauptstädten von bolivien", "BO", Description = "the plural 'nach den hauptstädten'")]
    [TestCase("die hauptstadt von peru no wait chile", "CL", Description = "the repair 'no wait'")]
    [TestCase("bro die hauptstadt von ghana sorry i mean togo", "TG", Description = "'bro', the repair 'i mean'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("nossa lima é hauptstadt von welchem land", "lima")]
    [TestCase("chale nairobi is the hauptstadt of which country", "nairobi")]
    public void A_reverse_question_names_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("chale stop it", "AMAZON.StopIntent")]
    [TestCase("bro stopp einfach", "AMAZON.StopIntent")]
    [TestCase("stopp wir gehen jetzt einkaufen", "AMAZON.StopIntent")]
    [TestCase("beenden bitte der chef kommt", "AMAZON.StopIntent")]
    [TestCase("jo mei is scho guat hör jetzt auf", "AMAZON.StopIntent")]
    [TestCase("abbrechen der zug kommt gleich", "AMAZON.CancelIntent")]
    [TestCase("allora niente", "AMAZON.CancelIntent")]
    [TestCase("oiso loss guat sein alexa", "AMAZON.CancelIntent")]
    [TestCase("dobre vergiss es", "AMAZON.CancelIntent")]
    [TestCase("der kunde wartet wie fragt man nach einer hauptstadt", "AMAZON.HelpIntent")]
    [TestCase("dobra ich nix verstehe hilfe", "AMAZON.HelpIntent")]
    [TestCase("chale i no understand", "AMAZON.HelpIntent")]
    [TestCase("ich nicht verstehe was ich fragen muss", "AMAZON.HelpIntent")]
    [TestCase("was macht hauptstädte der welt genau", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("allora alexa apri hauptstädte der welt bitte")]
    [TestCase("tipo abre hauptstädte der welt")]
    [TestCase("moin maak hauptstädte der welt open")]
    [TestCase("bro mach hauptstädte der welt auf")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("was ist die heimliche hauptstadt von bayern")]
    [TestCase("was ist die kulinarische hauptstadt von italien")]
    [TestCase("mach weiter mit der playlist")]
    [TestCase("weiter mit dem hörbuch")]
    [TestCase("stopp die musik wir gehen")]
    [TestCase("sheesh wer hat das spiel gewonnen no cap")]
    [TestCase("was heißt grazie auf deutsch")]
    [TestCase("alter was soll das")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
