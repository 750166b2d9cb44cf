using Calibrate.Reports.Svg;

namespace Calibrate.Reports.Tests.Svg;

/// <summary>The collision metric itself: oriented boxes, separating axis theorem.</summary>
public sealed class TextBoxTests
{
    [Test]
    public void Side_by_side_boxes_do_not_overlap_and_stacked_ones_do()
    {
        var a = new TextBox("a", 10, 10, 10, 10, 0);
        Assert.That(a.Overlaps(new TextBox("b", 20, 10, 10, 10, 0)), Is.False, "touching");
        Assert.That(a.Overlaps(new TextBox("c", 19, 10, 10, 10, 0)), Is.True);
    }

    [Test]
    public void Rotated_boxes_are_tested_on_their_true_shape()
    {
        // Two long 45-degree labels 30 px apart: their axis-aligned hulls overlap, the labels do not.
        var a = TextBox.ForText("kvm-4x8-pinned-numa", 100, 100, 12, TextAnchor.End, -45);
        var b = TextBox.ForText("kvm-4x8-pinned-numa", 130, 100, 12, TextAnchor.End, -45);
        Assert.That(a.Overlaps(b), Is.False);
        var c = TextBox.ForText("kvm-4x8-pinned-numa", 108, 100, 12, TextAnchor.End, -45);
        Assert.That(a.Overlaps(c), Is.True);
    }

    [Test]
    public void Truncation_keeps_the_start_and_fits()
    {
        var text = TextMetrics.Truncate("kvm-16x8-pinned-numa-hugepages-host-passthrough", 12, 100);
        Assert.That(text, Does.StartWith("kvm-").And.EndWith("\u2026"));
        Assert.That(TextMetrics.Width(text, 12), Is.LessThanOrEqualTo(100));
    }
}
