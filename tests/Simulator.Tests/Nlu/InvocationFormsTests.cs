using WorldCapitals.Simulator.Nlu;

namespace WorldCapitals.Simulator.Tests.Nlu;

public class InvocationFormsTests
{
    private const string Invocation = "world capitals";

    [TestCase("open world capitals")]
    [TestCase("Alexa, open World Capitals.")]
    [TestCase("launch world capitals")]
    [TestCase("start world capitals")]
    [TestCase("ask world capitals")]
    [TestCase("please open world capitals")]
    [TestCase("can you open world capitals")]
    [TestCase("alexa could you please start world capitals")]
    [TestCase("i'd like to launch world capitals")]
    [TestCase("open up world capitals")]
    [TestCase("hey fire up world capitals")]
    [TestCase("start world capitals please")]
    [TestCase("open the world capitals skill")]
    [TestCase("let's play world capitals")]
    [TestCase("alexa world capitals")]
    public void The_invocation_alone_is_a_launch(string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, Invocation).Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    // The name alone opens the skill in every language, as "alexa world capitals" does in English (it was read as a stop
    // in French, Spanish, Portuguese and Italian: near "chiudi capitali del mondo", and as nothing in German).
    [TestCase("fr-FR", "capitales du monde", "alexa capitales du monde")]
    [TestCase("fr-CA", "capitales du monde", "capitales du monde")]
    [TestCase("es-MX", "capitales del mundo", "alexa capitales del mundo")]
    [TestCase("pt-BR", "capitais do mundo", "alexa capitais do mundo")]
    [TestCase("it-IT", "capitali del mondo", "alexa capitali del mondo")]
    [TestCase("de-DE", "hauptstädte der welt", "alexa hauptstädte der welt")]
    public void The_invocation_alone_is_a_launch_in_every_language(string locale, string invocation, string utterance)
    {
        Assert.That(InvocationForms.Parse(utterance, invocation, locale).Kind, Is.EqualTo(UtteranceKind.Launch));
    }

    [TestCase("it-IT", "capitali del mondo", "capitali del mondo qual è la capitale del perù", "qual è la capitale del perù")]
    [TestCase("fr-FR", "capitales du monde", "capitales du monde quelle est la capitale du pérou", "quelle est la capitale du pérou")]
    [TestCase("de-DE", "hauptstädte der welt", "hauptstädte der welt was ist die hauptstadt von peru", "was ist die hauptstadt von peru")]
    public void The_invocation_first_then_a_question_is_a_one_shot(string locale, string invocation, string utterance, string request)
    {
        var form = InvocationForms.Parse(utterance, invocation, locale);

        Assert.That((form.Kind, string.Join(" ", form.RequestTokens.Select(token => token.Text))), Is.EqualTo((UtteranceKind.OneShot, request)));
    }

    [TestCase("ask world capitals what's the capital of peru", "what's the capital of peru")]
    [TestCase("Alexa, ask world capitals: what's the capital of peru?", "what's the capital of peru")]
    [TestCase("tell world capitals to tell me the capital of peru", "tell me the capital of peru")]
    [TestCase("ask world capitals about peru", "peru")]
    [TestCase("ask world capitals for the capital of peru", "the capital of peru")]
    [TestCase("open world capitals and tell me the capital of peru", "tell me the capital of peru")]
    [TestCase("can you ask world capitals what's the capital of peru", "what's the capital of peru")]
    public void The_launch_phrase_invocation_name_and_connecting_word_are_removed(string utterance, string request)
    {
        var form = InvocationForms.Parse(utterance, Invocation);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.OneShot));
            Assert.That(string.Join(' ', form.RequestTokens.Select(t => t.Text)), Is.EqualTo(request));
        });
    }

    [TestCase("what's the capital of peru", "what's the capital of peru")]
    [TestCase("alexa what's the capital of peru", "what's the capital of peru")]
    [TestCase("ask me the capital of peru", "ask me the capital of peru")]
    [TestCase("open the capital of peru", "open the capital of peru")]
    [TestCase("can you tell me the capital of peru", "can you tell me the capital of peru")]
    [TestCase("please open the pod bay doors", "please open the pod bay doors")]
    public void An_utterance_without_the_invocation_is_bare(string utterance, string request)
    {
        var form = InvocationForms.Parse(utterance, Invocation);

        Assert.Multiple(() =>
        {
            Assert.That(form.Kind, Is.EqualTo(UtteranceKind.Bare));
            Assert.That(string.Join(' ', form.RequestTokens.Select(t => t.Text)), Is.EqualTo(request));
        });
    }

    [Test]
    public void A_connecting_word_with_nothing_after_it_is_kept()
    {
        var form = InvocationForms.Parse("ask world capitals about", Invocation);

        Assert.That(form.RequestTokens.Select(t => t.Key), Is.EqualTo(new[] { "about" }));
    }
}
