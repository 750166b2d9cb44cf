using Calibrate.Agent.Interference;

namespace Calibrate.Agent.Tests.Interference;

public sealed class ProcStatParserTests
{
    private const string ProcStat = """
        cpu  2255 34 2290 22625563 6290 127 456 7 0 0
        cpu0 1132 34 1441 11311718 3675 127 438 5 0 0
        cpu1 1123 0 849 11313845 2614 0 18 2 0 0
        intr 114930548 113199788 3 0 5 263 0 4 [...]
        ctxt 1990473
        """;

    [Test]
    public void Reads_the_per_cpu_lines_and_skips_the_aggregate()
    {
        var cpus = ProcStatParser.ParseCpuLines(ProcStat);
        Assert.That(cpus.Keys, Is.EquivalentTo(new[] { 0, 1 }));
        Assert.That(cpus[0], Is.EqualTo(new CpuTimes(1132, 34, 1441, 11311718, 3675, 127, 438, 5)));
        Assert.That(cpus[1].Busy, Is.EqualTo(1123 + 0 + 849 + 0 + 18));
        Assert.That(cpus[1].Total, Is.EqualTo(cpus[1].Busy + 11313845 + 2614 + 2));
    }

    [Test]
    public void Process_ticks_survive_a_command_name_with_spaces_and_parentheses()
    {
        const string stat = "4242 (my (odd) name) R 1 4242 4242 0 -1 4194304 100 0 0 0 150 25 0 0 20 0 1 0 100 1000 50";
        Assert.That(ProcStatParser.ParseProcessTicks(stat), Is.EqualTo(175));
    }

    [Test]
    public void Reads_the_one_minute_load_average() =>
        Assert.That(ProcStatParser.ParseLoadAverage("2.15 1.00 0.50 3/200 12345\n"), Is.EqualTo(2.15));

    [Test]
    public void Averages_cpu_mhz_over_the_measured_cpus_only()
    {
        const string cpuinfo = "processor\t: 0\ncpu MHz\t\t: 2000.000\n\nprocessor\t: 1\ncpu MHz\t\t: 3000.000\n\nprocessor\t: 2\ncpu MHz\t\t: 1000.000\n";
        Assert.That(ProcStatParser.ParseMeanMHz(cpuinfo, [0, 1]), Is.EqualTo(2500.0));
        Assert.That(ProcStatParser.ParseMeanMHz("processor: 0\n", [0]), Is.Null);
    }

    [Test]
    public void Reads_this_machine_for_real()
    {
        var cpus = ProcStatParser.ParseCpuLines(File.ReadAllText("/proc/stat"));
        Assert.That(cpus.Keys, Does.Contain(0));
        Assert.That(cpus, Has.Count.GreaterThanOrEqualTo(Environment.ProcessorCount), "a line per CPU this process may use, at least");
        Assert.That(ProcStatParser.ParseProcessTicks(File.ReadAllText("/proc/self/stat")), Is.GreaterThan(0), "this test host has run for more than a clock tick");
    }
}
