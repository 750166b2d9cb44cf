using Calibrate.TestSupport.Files;

namespace Calibrate.Cli.Tests.Fleet;

/// <summary>The scheduler output the stand-ins print: the files the fleet parsers are tested on (tests/Calibrate.Node.Tests/TestData/fleet).</summary>
internal static class FleetCaptures
{
    public static string Read(string scheduler, string file) =>
        File.ReadAllText(Repository.Path("tests", "Calibrate.Node.Tests", "TestData", "fleet", scheduler, file));
}
