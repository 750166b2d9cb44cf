using Calibrate.Core.Factors;

namespace Calibrate.Pushers.Tests.Support;

/// <summary>Queue figures the ARC and APEL planners publish (computed by CapacityWeightedMean in the CLI).</summary>
public static class Figures
{
    /// <summary>2436 HS23 over 192 logical CPUs: 12.6875 per CPU, written 12.69.</summary>
    public static PerCoreFigure Hs23 { get; } = new()
    {
        Value = 2436.0 / 192,
        Unit = AccountingUnit.HS23,
        Total = 2436,
        LogicalCpus = 192,
        Hosts = ["wn01", "wn02", "wn03"],
    };

    public static PerCoreFigure Hs06 { get; } = Hs23 with { Unit = AccountingUnit.HS06 };

    public static PerCoreFigure Of(double perCore, AccountingUnit unit = AccountingUnit.HS23) =>
        new() { Value = perCore, Unit = unit, Total = perCore * 64, LogicalCpus = 64, Hosts = ["wn01"] };

    /// <summary>A copy of TestData/NAME/FILE in <paramref name="dir"/>.</summary>
    public static string Copy(string dir, string name, string file)
    {
        var path = Path.Combine(dir, file);
        File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "TestData", name, file), path);
        return path;
    }
}
