using WorldCapitals.Skill.Alexa.Responses;
using WorldCapitals.Skill.Tests.Support;

namespace WorldCapitals.Skill.Tests.Intents;

/// <summary>What the user said is echoed in the "not found" answer, shortened without breaking a character.</summary>
public sealed class EchoedTextTests
{
    [TestCase("\U0001F600", TestName = "A surrogate pair across the cut is dropped whole")]
    [TestCase("e\u0301", TestName = "A combining sequence across the cut is dropped whole")]
    public async Task A_long_echo_is_cut_between_text_elements(string straddling)
    {
        // 59 letters, then an element whose first unit is the 60th: the echo limit falls inside it.
        var spoken = new string('x', 59) + straddling + " and more words";

        var result = await TestSkill.Create().InvokeAsync(Envelopes.Capital(spoken, noMatch: true).Bytes());

        var content = ((SimpleCard)result.Response!.Response.Card!).Content!;
        var echoedStart = content.IndexOf("Xxx", StringComparison.Ordinal);
        Assert.That(echoedStart, Is.GreaterThanOrEqualTo(0), content);
        var echoed = content.Substring(echoedStart, 60); // the 59 letters and what follows them
        Assert.That(echoed, Does.Not.Contain(straddling[..1]), content);
    }
}
