using Calibrate.Pushers.Common;
using Calibrate.Pushers.Pbs;
using Calibrate.TestSupport.Files;

namespace Calibrate.Pushers.Tests.Pbs;

/// <summary>Torque's mom_priv/config: the two multiplier lines change, every other line stays, odd multiplier lines are refused by line.</summary>
public sealed class MomConfigTests
{
    private const string Path = "/var/spool/torque/mom_priv/config";

    private static readonly string Sample = File.ReadAllText(Repository.Path("tests", "Calibrate.Pushers.Tests", "TestData", "pbs", "mom_priv-config"));

    [Test]
    public void Only_the_multiplier_lines_change_in_place()
    {
        var after = MomConfig.WithMultipliers(Sample, Path, "2.262");
        Assert.That(after, Is.EqualTo(Sample.Replace("$cputmult 1.0\n", "$cputmult 2.262\n", StringComparison.Ordinal).Replace("$wallmult 1.0\n", "$wallmult 2.262\n", StringComparison.Ordinal)));
        Assert.That(MomConfig.Read(after, Path), Is.EqualTo(new Dictionary<string, double?> { [MomConfig.CpuTimeMultiplier] = 2.262, [MomConfig.WallTimeMultiplier] = 2.262 }));
    }

    [Test]
    public void Missing_multipliers_are_appended_and_a_missing_file_gets_just_them() => Assert.Multiple(() =>
    {
        Assert.That(MomConfig.WithMultipliers("$pbsserver pbs\n$cputmult 1.5\n", Path, "0.875"), Is.EqualTo("$pbsserver pbs\n$cputmult 0.875\n$wallmult 0.875\n"));
        Assert.That(MomConfig.WithMultipliers("$pbsserver pbs", Path, "0.875"), Is.EqualTo("$pbsserver pbs\n$cputmult 0.875\n$wallmult 0.875\n"));
        Assert.That(MomConfig.WithMultipliers(null, Path, "0.875"), Is.EqualTo("$cputmult 0.875\n$wallmult 0.875\n"));
    });

    [Test]
    public void A_file_that_holds_the_values_stays_byte_for_byte()
    {
        const string holds = "$cputmult\t2.262\n$wallmult 2.262";
        Assert.That(MomConfig.WithMultipliers(holds, Path, "2.262"), Is.SameAs(holds));
    }

    [TestCase("$cputmult fast\n", "line 1: `$cputmult fast` is not `$cputmult <positive number>`")]
    [TestCase("$cputmult\n", "line 1: `$cputmult` is not `$cputmult <positive number>`")]
    [TestCase("$pbsserver pbs\n$wallmult 1.0 2.0\n", "line 2: `$wallmult 1.0 2.0` is not `$wallmult <positive number>`")]
    [TestCase("$cputmult=1.5\n", "line 1: `$cputmult=1.5` is not `$cputmult <positive number>`")]
    [TestCase("$CPUTMULT 1.5\n", "line 1: `$CPUTMULT 1.5` is not `$cputmult <positive number>`")]
    [TestCase("$cputmult -1\n", "line 1: `$cputmult -1` is not `$cputmult <positive number>`")]
    [TestCase("$cputmult 1.0 # old\n", "line 1: `$cputmult 1.0 # old` is not `$cputmult <positive number>`")]
    [TestCase("$cputmult 1.0\n$logevent 255\n$cputmult 1.2\n", "line 3: `$cputmult 1.2` sets $cputmult again (first on line 1)")]
    [TestCase("$pbsserver pbs\r\n$cputmult 1.0\r\n", "line 1: `$pbsserver pbs` ends in a carriage return")]
    public void Odd_lines_are_refused_naming_the_line(string text, string message) =>
        Assert.That(() => MomConfig.WithMultipliers(text, Path, "2.262"), Throws.TypeOf<PushConfigException>().With.Message.StartWith($"{Path} {message}").And.Message.EndWith("nothing was changed"));

    [Test]
    public void A_binary_file_is_refused() =>
        Assert.That(() => MomConfig.WithMultipliers("$cputmult 1.0\n\0\0", Path, "2.262"), Throws.TypeOf<PushConfigException>().With.Message.Contain("NUL bytes"));
}
