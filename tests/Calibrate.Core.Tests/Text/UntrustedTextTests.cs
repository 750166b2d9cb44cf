using Calibrate.Core.Text;

namespace Calibrate.Core.Tests.Text;

/// <summary>Untrusted text in a message stays one readable line: control characters escaped, long text cut (issue 15, defect 14).</summary>
public sealed class UntrustedTextTests
{
    [TestCase("wn042", "'wn042'")]
    [TestCase("a\nb", "'a\\nb'")]
    [TestCase("\u001b[2J", "'\\u001b[2J'")]
    [TestCase("it's", "'it\\'s'")]
    [TestCase("\u202etxt", "'\\u202etxt'")]
    [TestCase(null, "'null'")]
    public void Control_characters_are_escaped(string? text, string shown) => Assert.That(UntrustedText.Quote(text), Is.EqualTo(shown));

    [Test]
    public void A_long_text_is_cut_and_says_how_much_was_left_out()
    {
        var shown = UntrustedText.Escape(new string('x', 10_000_000));
        Assert.That(shown, Has.Length.LessThan(UntrustedText.MaxShown + 40));
        Assert.That(shown, Does.EndWith("... (9999800 more characters)"));
    }
}
