using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 56 tuning (README section *Round 56 tuning for German (session 63)*), each
/// tried on sentences of our own rather than the corpus lines: learners' and dialect words said around the question or a
/// request (Chilean "bacán", "cachai", "po"; Lebanese "tayyeb"; Tunisian "behi", "barcha", "saha"; Lithuanian "labas",
/// "gerai", "aciu"; Bengali "thik ache", "dhonnobad", "ki khobor", "bhalo"; Bosnian "nema problema", "jarane", "hvala
/// aber"; Cameroonian "on dit quoi", "mon frère"; Irish "sure look", "grand", "ta"; Rhineland "och jong"; Franconian
/// "bassd scho", "a weng"; Berlin "janz kurz", "wa"; Hanover "ja nee aber"; the carnival "helau"; a scene: "das baby
/// schläft", "schichtende"), dialect spellings ("abbräche", "sagn", "säge", "gloobe", "jenug", "zwoi", "hockt",
/// "startisch"), remarks after the question ("sind zwei", "und welche", "der staat nicht die stadt", "im kaukasus"), the
/// repair "oder besser", the yes-no check as "hab ich recht dass" / "stimmt das dass" / "eine hauptstadt von", the plural
/// "welche zwei / beiden hauptstädte haben die", "welche stadt ist regierungssitz im", "sag leise die", "von welchem
/// kongo"; help as "wie läuft das (hier) ab", "nicht wie das funktioniert", "zeig mir wie man fragt", "was ich da fragen
/// kann"; stop as "that's it", "(ich) hab genug"; a cancel after a mistake named first ("falsch verstanden", "falsche
/// linie") or with a reason after it (the dryer, the washing machine, "wir laufen weiter"); launches with "zeig mir" and
/// "startisch"; with out-of-domain neighbours (the same words about the weather, the light, a dentist, money, sleep, a
/// dog, the EU, the Caucasus's weather, "the world" said where a place would stand) that must still fall back.</summary>
public class GermanRoundFiftySixRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa bacán und die hauptstadt von bolivien po", "BO")]
    [TestCase("alexa tayyeb was ist die hauptstadt von jordanien", "JO")]
    [TestCase("alexa gerai welche beiden hauptstädte haben die niederlande", "NL")]
    [TestCase("alexa gloobe die hauptstädte von bolivien sind zwei", "BO")]
    [TestCase("alexa ja nee aber die hauptstadt von japan ne", "JP")]
    [TestCase("alexa das baby schläft sag leise die hauptstadt von mali", "ML")]
    [TestCase("alexa on dit quoi hauptstadt von gabun", "GA")]
    [TestCase("alexa warum hat eswatini zwei hauptstädte und welche", "SZ")]
    [TestCase("alexa hoi zwoi hauptstädte hat sri lanka gell welche", "LK")]
    [TestCase("alexa welche stadt ist regierungssitz im us bundesstaat ohio", "US-OH")]
    [TestCase("alexa hauptstadt von washington der staat nicht die stadt", "US-WA")]
    [TestCase("alexa wo hockt denn die landesregierung von bayern", "DE-BY")]
    [TestCase("alexa beim grillen streiten wir über die hauptstadt von armenien im kaukasus", "AM")]
    [TestCase("alexa stimmt das dass kapstadt eine hauptstadt von südafrika ist", "ZA")]
    [TestCase("alexa hab ich recht dass lima die hauptstadt von peru ist", "PE")]
    [TestCase("alexa hauptstadt von schweden oder besser norwegen", "NO")]
    [TestCase("alexa nema problema die hauptstadt von kroatien", "HR")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa kinshasa ist hauptstadt von welchem kongo", "kinshasa")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa wie läuft das ab bitte", "AMAZON.HelpIntent")]
    [TestCase("alexa labas wie funktioniert das", "AMAZON.HelpIntent")]
    [TestCase("alexa cachai nicht wie das funktioniert", "AMAZON.HelpIntent")]
    [TestCase("alexa behi zeig mir wie man fragt bitte", "AMAZON.HelpIntent")]
    [TestCase("alexa hvala aber was kann ich sagen", "AMAZON.HelpIntent")]
    [TestCase("alexa was muass i sagn bitte", "AMAZON.HelpIntent")]
    [TestCase("alexa chasch mer säge was ich da fragen kann", "AMAZON.HelpIntent")]
    [TestCase("alexa ki khobor ich brauche hilfe", "AMAZON.HelpIntent")]
    [TestCase("alexa dhonnobad stopp", "AMAZON.StopIntent")]
    [TestCase("alexa gerai aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa grand that's it", "AMAZON.StopIntent")]
    [TestCase("alexa icke hab jenug", "AMAZON.StopIntent")]
    [TestCase("alexa bassd scho stopp", "AMAZON.StopIntent")]
    [TestCase("alexa prost jetzt aus", "AMAZON.StopIntent")]
    [TestCase("alexa schichtende hör auf", "AMAZON.StopIntent")]
    [TestCase("alexa helau aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa och jong vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa sure look vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa thik ache abbrechen", "AMAZON.CancelIntent")]
    [TestCase("alexa bitte abbräche", "AMAZON.CancelIntent")]
    [TestCase("alexa falsch verstanden vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa vergiss es die waschmaschine piept", "AMAZON.CancelIntent")]
    [TestCase("alexa lass gut sein wir laufen jetzt", "AMAZON.CancelIntent")]
    [TestCase("alexa ta vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa mon frère abbrechen", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa startisch hauptstädte der welt")]
    [TestCase("alexa zeig mir mal hauptstädte der welt")]
    [TestCase("alexa jarane öffne hauptstädte der welt")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa ta ta ta")]
    [TestCase("alexa helau und alaaf spiel karnevalsmusik")]
    [TestCase("alexa prost mahlzeit")]
    [TestCase("alexa a weng lauter")]
    [TestCase("alexa janz kurz wie wird das wetter")]
    [TestCase("alexa sure look at the time")]
    [TestCase("alexa das baby schläft gleich")]
    [TestCase("alexa das baby schläft gleich mach das licht aus")]
    [TestCase("alexa schichtende wie spät ist es")]
    [TestCase("alexa hab ich recht dass morgen die sonne scheint")]
    [TestCase("alexa stimmt das dass paris eine schöne stadt ist")]
    [TestCase("alexa der trockner ist fertig")]
    [TestCase("alexa wir laufen heute zehn kilometer")]
    [TestCase("alexa falsche linie")]
    [TestCase("alexa ich hab genug geld")]
    [TestCase("alexa hab genug geschlafen")]
    [TestCase("alexa wie läuft das ab beim zahnarzt")]
    [TestCase("alexa zeig mir wie man fragt ob es regnet")]
    [TestCase("alexa zeig mir bilder vom urlaub")]
    [TestCase("alexa zeig mir den weg nach hause")]
    [TestCase("alexa hockt der hund noch im garten")]
    [TestCase("alexa welche stadt ist regierungssitz der eu")]
    [TestCase("alexa das wetter im kaukasus")]
    [TestCase("alexa wie viele hauptstädte hat die welt")]
    [TestCase("alexa welche stadt ist die hauptstadt der welt")]
    [TestCase("alexa wie viel länder hat die welt")]
    [TestCase("alexa mon frère ruft an")]
    [TestCase("alexa barcha danke")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
