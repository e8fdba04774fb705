using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The German families of round 54 tuning (README section *Round 54 tuning for German (session 61)*), each
/// tried on sentences of our own rather than the corpus lines: a remark said after the question ("welche sind es", "des
/// wollt ich schon lang wisse", "des sollt ma ja wissen", "gewusst ich nicht", "dem land am kaukasus", "im golf von
/// guinea", Ghanaian "side"), a scene or a thanks said before it ("morgen legen wir an", "im wartezimmer", Thai "khop
/// khun krap", Serbian "ajde"), Palatine "vun de", and the reverse questions "in welchem land ist die hauptstadt X" and
/// "zu wos ghört die hauptstadt X"; help as "ich versteh nix", "wie frag ich dich (richtig)", "wie funktioniert dein
/// quiz", "ich weiß nicht wie man dich fragt", the game named "das hauptstadt spiel"; stop as Swiss "isch gnue",
/// "passt schon aus", "aus ist mit", "is good", Indonesian "sudah", Japanese "mou ii", Thai "pho laew", Kurdish "bese",
/// after a reason said before it (a dog barking, my turn, a test passed, done with learning or homework, landing) or a
/// reason after it ("die vögel"), the skill named "das hauptstadtspiel"; cancel as "das nehme ich zurück", "lass die
/// frage", Bavarian "lass moi", "will ich gar nicht wissen", "vergessen sie das", English "leave it", "brich die frage
/// ... ab", after a reason "das hatten wir schon" or Thai "mai pen rai" said before it; launches with "und frag mich
/// ab", "nach feierabend", "und zwar schnell"; with out-of-domain neighbours (new not-places: Northern Europe, the
/// Balkans, a mayor, Greek Macedonia; the same words about football, a camera, a summer, an order, the weather, music)
/// that must still fall back.</summary>
public class GermanRoundFiftyFourRuleTests
{
    private const string Locale = "de-DE";

    [TestCase("alexa die hauptstädte von bolivien welche sind es", "BO")]
    [TestCase("alexa wos is die hauptstadt vo hessen des sollt ma ja wissen", "DE-HE")]
    [TestCase("alexa was is die hauptstadt vun polen des wollt ich schon lang wisse", "PL")]
    [TestCase("alexa hauptstadt von armenien dem land am kaukasus", "AM")]
    [TestCase("alexa hauptstadt von gabun im golf von guinea", "GA")]
    [TestCase("alexa the capital of ghana side", "GH")]
    [TestCase("alexa morgen legen wir an was ist die hauptstadt von kroatien", "HR")]
    [TestCase("alexa im wartezimmer was ist die hauptstadt von chile", "CL")]
    [TestCase("alexa die hauptstadt von kenia gewusst ich nicht", "KE")]
    [TestCase("alexa was is die hauptstadt vun de schweiz", "CH")]
    [TestCase("alexa ajde die hauptstadt von montenegro", "ME")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa in welchem land ist die hauptstadt lima", "lima")]
    [TestCase("alexa zu wos ghört die hauptstadt bern", "bern")]
    [TestCase("alexa zu was gehört die hauptstadt canberra", "canberra")]
    public void A_reverse_question_reads_the_city(string utterance, string id) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, id);

    [TestCase("alexa ich versteh nix wie funktioniert das", "AMAZON.HelpIntent")]
    [TestCase("alexa wie frag ich dich richtig", "AMAZON.HelpIntent")]
    [TestCase("alexa wie funktioniert dein quiz", "AMAZON.HelpIntent")]
    [TestCase("alexa ich weiß nicht wie man dich fragt", "AMAZON.HelpIntent")]
    [TestCase("alexa wie funktioniert das hauptstadt spiel", "AMAZON.HelpIntent")]
    [TestCase("alexa sag mir was ich sagen soll", "AMAZON.HelpIntent")]
    [TestCase("alexa khop khun krap wie frage ich richtig", "AMAZON.HelpIntent")]
    [TestCase("alexa im wartezimmer wie frage ich dich", "AMAZON.HelpIntent")]
    [TestCase("alexa jetzt isch gnue", "AMAZON.StopIntent")]
    [TestCase("alexa passt schon aus", "AMAZON.StopIntent")]
    [TestCase("alexa aus ist mit dem quiz", "AMAZON.StopIntent")]
    [TestCase("alexa okay is good", "AMAZON.StopIntent")]
    [TestCase("alexa sudah aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa mou ii aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa pho laew", "AMAZON.StopIntent")]
    [TestCase("alexa bese", "AMAZON.StopIntent")]
    [TestCase("alexa yallah stopp jetzt", "AMAZON.StopIntent")]
    [TestCase("alexa der hund bellt stopp", "AMAZON.StopIntent")]
    [TestCase("alexa ich bin dran hör auf", "AMAZON.StopIntent")]
    [TestCase("alexa test bestanden stopp", "AMAZON.StopIntent")]
    [TestCase("alexa wir sind durch mit lernen stopp", "AMAZON.StopIntent")]
    [TestCase("alexa stopp die vögel", "AMAZON.StopIntent")]
    [TestCase("alexa wir legen jetzt an stopp", "AMAZON.StopIntent")]
    [TestCase("alexa fertig mit den hausaufgaben stopp", "AMAZON.StopIntent")]
    [TestCase("alexa mach schluss mit dem hauptstadtspiel", "AMAZON.StopIntent")]
    [TestCase("alexa is scho recht stopp", "AMAZON.StopIntent")]
    [TestCase("alexa dost aufhören", "AMAZON.StopIntent")]
    [TestCase("alexa das nehme ich zurück", "AMAZON.CancelIntent")]
    [TestCase("alexa lass die frage", "AMAZON.CancelIntent")]
    [TestCase("alexa geh lass moi", "AMAZON.CancelIntent")]
    [TestCase("alexa das will ich gar nicht wissen", "AMAZON.CancelIntent")]
    [TestCase("alexa vergessen sie das", "AMAZON.CancelIntent")]
    [TestCase("alexa leave it", "AMAZON.CancelIntent")]
    [TestCase("alexa mai pen rai vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa safi abbrechen", "AMAZON.CancelIntent")]
    [TestCase("alexa brich die frage bitte ab", "AMAZON.CancelIntent")]
    [TestCase("alexa das hatten wir schon vergiss es", "AMAZON.CancelIntent")]
    [TestCase("alexa ach leck mich abbrechen", "AMAZON.CancelIntent")]
    public void A_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa starte hauptstädte der welt und frag mich ab")]
    [TestCase("alexa nach feierabend öffne hauptstädte der welt")]
    [TestCase("alexa hauptstädte der welt starten und zwar schnell")]
    public void A_launch_in_other_words_opens_the_skill(string utterance) =>
        LocaleNlu.AssertLaunches(Locale, utterance);

    [TestCase("alexa ich versteh nix von fußball")]
    [TestCase("alexa wie frag ich meinen chef nach urlaub")]
    [TestCase("alexa wie funktioniert deine kamera")]
    [TestCase("alexa ich weiß nicht wie man dich ausschaltet")]
    [TestCase("alexa das essen is good")]
    [TestCase("alexa aus is mit dem sommer")]
    [TestCase("alexa sudah makan")]
    [TestCase("alexa leave it on")]
    [TestCase("alexa die bestellung nehm ich zurück")]
    [TestCase("alexa lass die frage offen")]
    [TestCase("alexa brich die frage nach dem wetter ab")]
    [TestCase("alexa vergessen sie den termin nicht")]
    [TestCase("alexa der hund bellt")]
    [TestCase("alexa ich bin dran")]
    [TestCase("alexa prüfung bestanden")]
    [TestCase("alexa spiel musik wir legen gleich an")]
    [TestCase("alexa stopp die musik")]
    [TestCase("alexa fertig mit hausaufgaben")]
    [TestCase("alexa öffne netflix und frag mich ab")]
    [TestCase("alexa nach feierabend starte spotify")]
    [TestCase("alexa spiel musik und zwar schnell")]
    [TestCase("alexa was ist die hauptstadt von nordeuropa")]
    [TestCase("alexa wie heißt der bürgermeister von berlin")]
    [TestCase("alexa die hauptstädte vom balkan")]
    [TestCase("alexa das hatten wir schon mal im urlaub")]
    [TestCase("alexa ist schon recht so mit dem essen")]
    [TestCase("alexa was ist die hauptstadt von makedonien in griechenland")]
    [TestCase("alexa was ist die hauptstadt des balkans")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
