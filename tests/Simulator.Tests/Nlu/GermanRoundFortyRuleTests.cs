using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 40 tuning (README section *Round 40 tuning for German (session 41)*), each
/// tried on sentences of our own rather than the corpus lines: a learner's "hauptstadt für mein land X", a course or a
/// workplace before the question ("im sprachkurs hab ich gelernt", "in der arztpraxis hat jemand gefragt"), an English
/// question with a hesitation ("what is the capital of uh von X"), "regierungssitze und hauptstädte", a state named with
/// its country's adjective ("vom australischen bundesstaat X"), a follow-up ending "gleich noch"; help ("wie stelle ich
/// dir eine frage", the Romanian "ajutor", "was kann dieses skill", "wie mach ich das", "ich blick das nicht hilf mal"),
/// stop ("beende das programm", "jetzt leise", "quit", Bavarian "mei is guad jetz stopp"), cancel ("das war nichts",
/// "das kannst du vergessen", "forget it", "vergiss es grad wieder", "lass es bleim"); with out-of-domain neighbours
/// that must still fall back (fiction and historic states, Swiss cantons, a block, the same cues about another topic).</summary>
public class GermanRoundFortyRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("hauptstadt für mein land polen", "PL", Description = "learner 'hauptstadt für mein land'")]
    [TestCase("bitte die hauptstadt für mein heimatland peru", "PE", Description = "learner 'hauptstadt für mein heimatland'")]
    [TestCase("ich hab gelernt im sprachkurs hauptstadt von österreich ist", "AT", Description = "course opener, learner ending")]
    [TestCase("in der arztpraxis hat jemand gefragt was die hauptstadt von chile ist", "CL", Description = "workplace 'hat jemand gefragt'")]
    [TestCase("what is the capital of uh von peru", "PE", Description = "English with 'uh', 'of von'")]
    [TestCase("wait what is the capital of um chile", "CL", Description = "English 'wait', 'um'")]
    [TestCase("welches sind die regierungssitze und hauptstädte von bolivien", "BO", Description = "'regierungssitze und hauptstädte'")]
    [TestCase("welche stadt ist hauptstadt vom australischen bundesstaat victoria", "AU-VIC", Description = "'vom australischen bundesstaat'")]
    [TestCase("welche stadt ist hauptstadt vom kanadischen bundesstaat ontario", "CA-ON", Description = "'vom kanadischen bundesstaat'")]
    [TestCase("und peru gleich noch", "PE", Description = "follow-up ending 'gleich noch'")]
    [TestCase("merci vielmal und die hauptstadt vo frankreich", "FR", Description = "Swiss 'merci vielmal'")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("wie stelle ich dir eine frage", "AMAZON.HelpIntent")]
    [TestCase("ajutor", "AMAZON.HelpIntent")]
    [TestCase("was kann dieses skill", "AMAZON.HelpIntent")]
    [TestCase("wie mach ich das", "AMAZON.HelpIntent")]
    [TestCase("ich blick das nicht hilf mal", "AMAZON.HelpIntent")]
    [TestCase("beende das programm", "AMAZON.StopIntent")]
    [TestCase("jetzt leise", "AMAZON.StopIntent")]
    [TestCase("quit", "AMAZON.StopIntent")]
    [TestCase("mei is guad jetz stopp", "AMAZON.StopIntent")]
    [TestCase("das war nichts", "AMAZON.CancelIntent")]
    [TestCase("das kannst du vergessen", "AMAZON.CancelIntent")]
    [TestCase("nee das kannst du vergessen", "AMAZON.CancelIntent")]
    [TestCase("forget it", "AMAZON.CancelIntent")]
    [TestCase("vergiss es grad wieder", "AMAZON.CancelIntent")]
    [TestCase("mei lass es bleim", "AMAZON.CancelIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("was ist die hauptstadt von skyrim")]
    [TestCase("was ist die hauptstadt von graubünden")]
    [TestCase("was war die hauptstadt von karthago")]
    [TestCase("was ist die hauptstadt von mein block")]
    [TestCase("wie stelle ich eine frage an meinen chef")]
    [TestCase("wie mach ich das licht an")]
    [TestCase("hilf mal beim kochen")]
    [TestCase("beende das programm auf dem fernseher")]
    [TestCase("ich will mit dem rauchen quit")]
    [TestCase("wie viel grad hat es in der hauptstadt von spanien")]
    [TestCase("welche stadt ist hauptstadt vom australischen fußballverein")]
    [TestCase("und ich komme gleich noch")]
    [TestCase("bitte hauptstadt für mein land")]
    [TestCase("in der arztpraxis hat jemand gefragt wann die praxis aufmacht")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
