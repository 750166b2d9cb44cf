namespace Calibrate.Reports.Plotting;

/// <summary>Point shapes. Series differ by shape as well as colour, so a chart survives grey-scale printing.</summary>
public enum Marker
{
    Circle,
    Square,
    Triangle,
    Diamond,
}
