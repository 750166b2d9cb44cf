using Calibrate.Reports.Layout;

namespace Calibrate.Reports.Tests.Layout;

/// <summary>The collision metric itself: oriented boxes, separating axis theorem; and truncation to a width.</summary>
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
        var a = new TextBox("kvm-4x8-pinned-numa", 100, 100, 150, 14, -45);
        var b = new TextBox("kvm-4x8-pinned-numa", 130, 100, 150, 14, -45);
        Assert.That(a.Overlaps(b), Is.False);
        var c = new TextBox("kvm-4x8-pinned-numa", 108, 100, 150, 14, -45);
        Assert.That(a.Overlaps(c), Is.True);
    }

    [TestCase(0, 0, 50, 50)]
    [TestCase(1, 1, 30, 36)]
    [TestCase(0.5, 1, 40, 36)]
    [TestCase(0.5, 0.5, 40, 43)]
    public void An_anchored_box_puts_its_anchor_on_the_point(double ax, double ay, double left, double top)
    {
        var box = TextBox.Anchored("t", 50, 50, 20, 14, ax, ay);
        var corners = box.Corners();
        Assert.That((corners.Min(c => c.X), corners.Min(c => c.Y)), Is.EqualTo((left, top)));
        Assert.That((corners.Max(c => c.X), corners.Max(c => c.Y)), Is.EqualTo((left + 20, top + 14)));
    }

    [Test]
    public void Truncation_keeps_the_start_and_fits()
    {
        var measure = new FixedWidthMeasure();
        var text = measure.Truncate("kvm-16x8-pinned-numa-hugepages-host-passthrough", 12, 100);
        Assert.That(text, Does.StartWith("kvm-").And.EndWith("\u2026"));
        Assert.That(measure.Width(text, 12), Is.LessThanOrEqualTo(100));
        Assert.That(measure.Width(text + "x", 12), Is.GreaterThan(100), "the longest prefix that fits");
        Assert.That(measure.Truncate("short", 12, 100), Is.EqualTo("short"));
    }
}
