using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Italian families of round 50 tuning (see the "Round 50 tuning for Italian (session 59)" section), each
/// tried on sentences of our own rather than the corpus lines: two capitals said as "la capitale amministrativa e quella
/// legislativa"; "mi confermi che X è la capitale" with a nationality word; "ho sentito dire" as a filler; a reverse
/// question as "dove si trova la capitale che si chiama X"; cancel as "ritiro la domanda", "era mio marito / mia moglie"
/// (someone else spoke), "lascia stare la risposta", "l'ho trovata su internet", "la domanda sulla capitale", with the
/// reason "la trovo ..."; stop as "basta capitali (del mondo) per oggi", "esci dalle capitali del mondo", a reason after
/// the stop that opens with "faccio", "vado", "studio", "giochiamo", "arriva", "hai vinto", and "il quiz" as a word for
/// the skill; help as "cosa sai fare" / "cosa sa fare"; with out-of-domain neighbours that must still fall back.</summary>
public class ItalianRoundFiftyRuleTests
{
    private const string Locale = "it-IT";

    [TestCase("alexa dimmi la capitale legislativa e quella amministrativa della bolivia", "BO")]
    [TestCase("alexa mi confermi che varsavia è la capitale polacca", "PL")]
    [TestCase("alexa ho sentito dire che la capitale del kenya è nairobi", "KE")]
    public void A_capital_question_names_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("alexa dove si trova la capitale chiamata windhoek", "windhoek")]
    [TestCase("alexa in che paese sta la capitale che si chiama ouagadougou", "ouagadougou")]
    [TestCase("alexa ho sentito dire asmara di che paese è capitale", "asmara")]
    public void A_reverse_question_names_the_city(string utterance, string city) =>
        LocaleNlu.AssertReadsCity(Locale, utterance, city);

    [TestCase("alexa niente era mia moglie", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere era il bambino che giocava", "AMAZON.CancelIntent")]
    [TestCase("alexa ritiro la mia domanda", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia perdere la risposta la trovo da sola", "AMAZON.CancelIntent")]
    [TestCase("alexa annulla l'ho trovato su internet", "AMAZON.CancelIntent")]
    [TestCase("alexa lascia stare la trovo sull'atlante", "AMAZON.CancelIntent")]
    [TestCase("alexa dimentica la domanda sulla capitale", "AMAZON.CancelIntent")]
    [TestCase("alexa basta capitali per oggi", "AMAZON.StopIntent")]
    [TestCase("alexa basta con le capitali per adesso", "AMAZON.StopIntent")]
    [TestCase("alexa voglio uscire dalle capitali del mondo", "AMAZON.StopIntent")]
    [TestCase("alexa basta faccio merenda", "AMAZON.StopIntent")]
    [TestCase("alexa basta vado a giocare fuori", "AMAZON.StopIntent")]
    [TestCase("alexa stop è arrivata la nonna", "AMAZON.StopIntent")]
    [TestCase("alexa ho perso il quiz puoi chiudere", "AMAZON.StopIntent")]
    [TestCase("alexa cosa sai fare", "AMAZON.HelpIntent")]
    [TestCase("alexa che cosa puoi fare per me", "AMAZON.HelpIntent")]
    [TestCase("alexa cosa sa fare questo gioco", "AMAZON.HelpIntent")]
    public void A_built_in_request_as_users_say_it(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);

    [TestCase("alexa ritiro la domanda di disoccupazione")]
    [TestCase("alexa ritiro la pensione")]
    [TestCase("alexa era mio marito al telefono")]
    [TestCase("alexa cosa sa fare un idraulico")]
    [TestCase("alexa cosa sai fare in cucina")]
    [TestCase("alexa il quiz di ieri sera")]
    [TestCase("alexa chiudi il quiz musicale")]
    [TestCase("alexa arriva il treno")]
    [TestCase("alexa ho sentito dire che pioverà domani")]
    [TestCase("alexa trovato su internet una ricetta")]
    [TestCase("alexa studio da solo la storia")]
    [TestCase("alexa hai vinto tu la partita")]
    [TestCase("alexa mi confermi che domani piove")]
    [TestCase("alexa mi confermi che matera è la capitale europea della cultura")]
    [TestCase("alexa la nonna è brasiliana")]
    [TestCase("alexa ho visitato la francia e la capitale mi è piaciuta")]
    [TestCase("alexa a milano c'è la settimana della moda la capitale")]
    [TestCase("alexa la capitale della moda italiana la conosco")]
    [TestCase("alexa in spagna abbiamo visto la capitale")]
    public void Not_a_capital_question_goes_to_fallback(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);
}
