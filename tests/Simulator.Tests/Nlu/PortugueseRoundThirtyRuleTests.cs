using WorldCapitals.Simulator.Tests.Support;

namespace WorldCapitals.Simulator.Tests.Nlu;

/// <summary>The Brazilian Portuguese families of round 30 tuning (interactionModel/README.md, *Round 30 tuning for Portuguese
/// (session 29)*), each tried on sentences of our own rather than the corpus lines: a scene with "a gente" before the question
/// ("gente" is no other fact alone, only "quanta gente", "muita gente"), a question closed by "qual é" after a clause that ends
/// in a preposition ("vou ficar na capital do peru qual é"), leads such as "brincando de", "falaram da", "por causa da"
/// (ClauseWords.pt.json questionTails, genitives, questionLeads), "meu voo faz escala" without a flight question, the
/// addresses "moça", "moça da caixinha" and a trailing "tu sabe" (NluLexicon.pt.json fillers), provinces, regions and
/// rhythms as not-places, cancel "cancela minha pergunta", "esquece a capital", help "como isto funciona"
/// (BuiltInCues.pt.json); and out-of-domain neighbours that must still fall back.</summary>
public class PortugueseRoundThirtyRuleTests
{
    private const string Locale = "pt-BR";

    [TestCase("na excursão da escola a gente tentou lembrar a capital do egito", "EG")]
    [TestCase("lá em casa a gente discutiu a capital da polônia", "PL")]
    [TestCase("vou passar as férias na capital do peru qual é", "PE")]
    [TestCase("minha tia vai casar na capital da grécia qual é", "GR")]
    [TestCase("na festa junina a gente tá brincando de capital da suíça", "CH")]
    [TestCase("no jornal falaram da capital da ucrânia qual é", "UA")]
    [TestCase("meus filhos tão discutindo por causa da capital da austrália qual é", "AU")]
    [TestCase("meu voo faz escala na capital da turquia qual é", "TR")]
    [TestCase("ô moça da caixinha qual é a capital do marrocos", "MA")]
    [TestCase("e a bolívia tu sabe", "BO")]
    public void A_round_thirty_family_reads_the_place(string utterance, string id) =>
        LocaleNlu.AssertReadsPlace(Locale, utterance, id);

    [TestCase("qual é a capital de benguela")]
    [TestCase("qual é a capital de yunnan")]
    [TestCase("qual é a capital da zona da mata")]
    [TestCase("qual é a capital do xote")]
    [TestCase("a gente quer saber quanta gente mora na capital do chile")]
    [TestCase("tem voo pra capital da argentina amanhã")]
    public void An_out_of_domain_neighbour_falls_back(string utterance) =>
        LocaleNlu.AssertFallsBack(Locale, utterance);

    [TestCase("ô moça cancela minha pergunta", "AMAZON.CancelIntent")]
    [TestCase("esquece a capital que eu lembrei", "AMAZON.CancelIntent")]
    [TestCase("como é que isto funciona", "AMAZON.HelpIntent")]
    public void A_round_thirty_built_in_wording_is_read(string utterance, string intent) =>
        LocaleNlu.AssertIntent(Locale, utterance, intent);
}
