using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Tests.Common;

public class UnifiedDiffTests
{
    [Test]
    public void Identical_texts_have_no_diff() => Assert.That(UnifiedDiff.Render("/x", "a\n", "a\n"), Is.Empty);

    [Test]
    public void A_new_file_is_all_additions_from_dev_null() =>
        Assert.That(UnifiedDiff.Render("/d/hs06", null, "812.35\n"), Is.EqualTo("--- /dev/null\n+++ b/d/hs06\n@@ -0,0 +1 @@\n+812.35\n"));

    [Test]
    public void A_changed_line_in_the_middle_shows_three_lines_of_context()
    {
        var before = string.Concat(Enumerable.Range(1, 10).Select(i => $"line{i}\n"));
        var after = before.Replace("line5\n", "LINE5\n", StringComparison.Ordinal);
        Assert.That(UnifiedDiff.Render("/f", before, after), Is.EqualTo(
            "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n line2\n line3\n line4\n-line5\n+LINE5\n line6\n line7\n line8\n"));
    }

    [Test]
    public void Distant_changes_make_separate_hunks_and_a_missing_final_newline_is_marked()
    {
        var before = string.Concat(Enumerable.Range(1, 20).Select(i => $"l{i}\n")) + "end";
        var after = before.Replace("l2\n", "L2\n", StringComparison.Ordinal).Replace("end", "END\n", StringComparison.Ordinal);
        var diff = UnifiedDiff.Render("/f", before, after);
        Assert.That(diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(diff, Does.Contain("-end\n\\ No newline at end of file\n+END\n"));
    }

    [Test]
    public void The_edit_script_rebuilds_the_new_text()
    {
        string[] a = ["a", "b", "c", "d", "e"];
        string[] b = ["a", "x", "c", "e", "f"];
        var ops = LineDiff.Compute(a, b);
        var rebuilt = ops.Where(o => o.Kind != LineDiff.Kind.Delete).Select(o => o.Kind == LineDiff.Kind.Equal ? a[o.A] : b[o.B]);
        Assert.That(rebuilt, Is.EqualTo(b));
        Assert.That(ops.Count(o => o.Kind == LineDiff.Kind.Equal), Is.EqualTo(3));
    }
}
