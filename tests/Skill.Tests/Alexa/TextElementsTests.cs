using WorldCapitals.Skill.Alexa.Responses;

namespace WorldCapitals.Skill.Tests.Alexa;

public sealed class TextElementsTests
{
    [TestCase("Paris", 10, "Paris")]
    [TestCase("Paris", 5, "Paris")]
    [TestCase("Paris", 3, "Par")]
    [TestCase("Paris", 0, "")]
    [TestCase("ab\U0001F600cd", 3, "ab")] // the emoji is a surrogate pair at units 2 and 3
    [TestCase("ab\U0001F600cd", 4, "ab\U0001F600")]
    [TestCase("Sante\u0301 x", 5, "Sant")] // e + combining acute is one element
    [TestCase("Sante\u0301 x", 6, "Sante\u0301")]
    [TestCase("\U0001F1EB\U0001F1F7 flag", 3, "")] // a regional-indicator flag is four units, one element
    public void Truncation_keeps_whole_text_elements_only(string text, int maxLength, string expected)
    {
        Assert.That(TextElements.Truncate(text, maxLength), Is.EqualTo(expected));
    }
}
