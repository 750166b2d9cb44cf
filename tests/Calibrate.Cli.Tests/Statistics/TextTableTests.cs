using Calibrate.Cli.Commands.Statistics;

namespace Calibrate.Cli.Tests.Statistics;

public sealed class TextTableTests
{
    [Test]
    public void Aligns_text_left_and_numbers_right_without_trailing_blanks()
    {
        var table = new TextTable(("Node", false), ("Score", true), ("Note", false));
        table.Add("wn1", "9.50", "");
        table.Add("wn100", "10.25", "slow");
        Assert.That(table.Render(), Is.EqualTo("Node   Score  Note\nwn1     9.50\nwn100  10.25  slow\n"));
    }

    [Test]
    public void A_row_of_the_wrong_width_is_a_programming_error() =>
        Assert.That(() => new TextTable(("A", false)).Add("x", "y"), Throws.ArgumentException);
}
