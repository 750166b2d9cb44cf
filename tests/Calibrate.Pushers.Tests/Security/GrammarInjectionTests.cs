using System.Diagnostics;
using System.Text;
using Calibrate.Pushers.Apel;
using Calibrate.Pushers.Arc;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.HtCondor;
using Calibrate.Pushers.Lsf;
using Calibrate.Pushers.Pbs;
using Calibrate.Pushers.Prometheus;
using Calibrate.Pushers.Slurm;
using Calibrate.Pushers.Tests.Support;
using Calibrate.TestSupport.Files;
using Calibrate.TestSupport.Processes;
using Calibrate.TestSupport.Services;

namespace Calibrate.Pushers.Tests.Security;

/// <summary>
/// Every value that reaches a batch system's file or argument vector, fed with newlines, CR, NUL, tabs, shell and
/// formula metacharacters, quotes, terminal escapes, non-ASCII and a 10 MB string: either refused before anything is
/// written or run, or written so that re-reading the file with its own grammar gives back exactly what was meant (one
/// value, no extra key, line, block or sample).
/// </summary>
public sealed class GrammarInjectionTests
{
    private static readonly (string Name, string Value)[] Hostile =
    [
        ("newline", "x\nSTART = False"),
        ("final newline", "grid\n"),
        ("carriage return", "x\rk=v"),
        ("NUL", "x\0y"),
        ("tab", "x\ty"),
        ("semicolon", "x;reboot"),
        ("command substitution", "x$(id)"),
        ("backticks", "x`id`"),
        ("double quote", "x\"y"),
        ("single quote", "x'y"),
        ("formula", "=cmd|' /C calc'!A0"),
        ("ANSI escape", "x\u001b[2Jy"),
        ("line separator", "x\u2028y"),
        ("non-ASCII", "wn-ünïcødé-☃"),
        ("backslash", "x\\"),
        ("closing brace", "x\"} 1\ncalibrate_evil 1\n#"),
        ("10 MB", new string('a', 10 << 20)),
    ];

    private static IEnumerable<TestCaseData> Values() =>
        Hostile.Select(h => new TestCaseData(h.Value).SetName($"{{m}}({h.Name})"));

    [TestCaseSource(nameof(Values))]
    public void Node_names_for_every_batch_system_are_refused(string name)
    {
        Assert.Multiple(() =>
        {
            Assert.That(HostNames.IsValid(name), Is.False, "Slurm, Grid Engine, HTCondor, PBS, LSF host names");
            AssertOneLine(Assert.Throws<PushConfigException>(() => SlurmPlanner.ValidateNodeName(name))!);
            Assert.That(LsfNames.IsValidModelName(name), Is.False, "LSF host model");
            Assert.That(LsfNames.IsValidArchitecture(name), Is.False, "LSF architecture");
        });
    }

    [TestCaseSource(nameof(Values))]
    public void Pbs_runs_no_qmgr_and_writes_no_mom_config_for_such_a_node(string node)
    {
        using var dir = new TempDirectory();
        using var tools = new StandIns("qmgr", "pbsnodes");
        var config = dir.Combine("config");
        File.WriteAllText(config, "$logevent 255\n");
        var refused = Assert.ThrowsAsync<PushConfigException>(() => PbsPusher.PlanAsync(Nodes.Worker.Build(), config, PbsQmgr.Property, node, tools.Executor(), CancellationToken.None));
        Assert.Multiple(() =>
        {
            AssertOneLine(refused!);
            Assert.That(tools.Calls, Is.Empty);
            Assert.That(File.ReadAllText(config), Is.EqualTo("$logevent 255\n"));
        });
    }

    [TestCaseSource(nameof(Values))]
    public void HtCondor_writes_nothing_for_a_result_from_such_a_host(string name)
    {
        using var dir = new TempDirectory();
        Assert.Throws<PushConfigException>(() => HtCondorPlanner.Plan((Nodes.Worker with { Hostname = name }).Build(), dir.Path, reconfigAvailable: true));
        Assert.That(Directory.EnumerateFileSystemEntries(dir.Path), Is.Empty);
    }

    /// <summary>arc.conf queue names: a control character, a blank, a bracket or `#` is refused; anything else lands in its block only.</summary>
    [TestCaseSource(nameof(Values))]
    public void Arc_queue_names_are_refused_or_confined_to_their_block(string queue)
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("arc.conf");
        var before = $"[common]\nhostname=ce.example.org\n[queue:{queue}]\ncomment=q\n[queue:other]\n";
        File.WriteAllText(conf, before, FileChange.Encoding);
        PushPlan plan;
        try
        {
            plan = ArcPlanner.Plan(conf, queue, Figures.Hs23);
        }
        catch (PushConfigException refused)
        {
            Assert.That(refused.Message, Does.Contain("is not an arc.conf queue name"));
            AssertOneLine(refused);
            Assert.That(queue.Any(c => c is <= ' ' or > '~' or '[' or ']' or '#'), Is.True, $"a name arc.conf can hold was refused: {refused.Message}");
            return;
        }

        Apply.Files(plan);
        var after = File.ReadAllText(conf, FileChange.Encoding);
        var lines = after.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(before.Split('\n').Length + 1), "one line added");
            Assert.That(ArcQueueBlock.Find(new LsfText(after), queue, conf)!.Benchmarks.Select(b => b.Name), Is.EqualTo(new[] { "HEPscore23" }));
            Assert.That(ArcQueueBlock.Find(new LsfText(after), "other", conf)!.Benchmarks, Is.Empty);
        });
    }

    /// <summary>APEL CE ids: a control character, a comma or surrounding blanks are refused; anything else reads back as written.</summary>
    [TestCaseSource(nameof(Values))]
    public void Apel_ce_ids_are_refused_or_read_back_as_one_spec(string ce)
    {
        using var dir = new TempDirectory();
        var conf = dir.Combine("client.cfg");
        const string Before = "[spec_updater]\nsite_name = X\nmanual_spec1 = a,HEPSPEC,9\n[joiner]\nlocal_jobs = false\n";
        File.WriteAllText(conf, Before, FileChange.Encoding);
        PushPlan plan;
        try
        {
            plan = ApelPlanner.Plan(conf, ce, Figures.Hs23);
        }
        catch (PushConfigException refused)
        {
            Assert.That(refused.Message, Does.Contain("is not a CE id APEL can read"));
            AssertOneLine(refused);
            Assert.That(ce.Any(c => c is < ' ' or > '~') || ce.Contains(',', StringComparison.Ordinal) || ce.Trim() != ce, Is.True, $"a CE id APEL can read was refused: {refused.Message}");
            return;
        }

        Apply.Files(plan);
        var after = File.ReadAllText(conf, new UTF8Encoding(false, throwOnInvalidBytes: true));
        var specs = ApelSpecSection.Find(new LsfText(after), conf).Specs;
        Assert.Multiple(() =>
        {
            Assert.That(after.Split('\n'), Has.Length.EqualTo(Before.Split('\n').Length + 1), "one line added");
            Assert.That(specs.Select(s => s.CeId), Is.EqualTo(new[] { "a", ce }));
            Assert.That(specs[1].Value, Does.EndWith(",HEPscore23,12.69"));
        });
    }

    /// <summary>The CPU model and version reach Prometheus as label values: escaped, so the file has the same samples whatever they hold.</summary>
    [TestCaseSource(nameof(Values))]
    public void Prometheus_label_values_cannot_add_or_break_samples(string model)
    {
        var benign = Samples(TextfileMetrics.Render(Nodes.Worker.Build()));
        using var dir = new TempDirectory();
        var samples = Samples(WrittenTextfile((Nodes.Worker with { CpuModel = model }).Build(), dir.Path));
        Assert.Multiple(() =>
        {
            Assert.That(samples.Select(s => s.Name), Is.EqualTo(benign.Select(s => s.Name)));
            Assert.That(samples.Single(s => s.Name == "calibrate_info").Labels["cpu_model"], Is.EqualTo(model));
        });
    }

    [Test]
    public void Promtool_accepts_every_escaped_label_value()
    {
        var promtool = Required.Program("promtool", "prometheus");
        foreach (var (name, value) in Hostile)
        {
            using var dir = new TempDirectory();
            var text = WrittenTextfile((Nodes.Worker with { CpuModel = value }).Build(), dir.Path);
            var start = new ProcessStartInfo(promtool, ["check", "metrics"]) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(text);
            process.StandardInput.Close();
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "promtool did not finish");
            Assert.That(process.ExitCode, Is.Zero, $"{name}: {output.Result} {error.Result}");
        }
    }

    [TestCaseSource(nameof(Values))]
    public void Grid_Engine_runs_no_qconf_and_says_so_on_one_line(string host)
    {
        using var bin = new StandIns("qconf");
        AssertOneLine(Assert.ThrowsAsync<PushConfigException>(() => Calibrate.Pushers.GridEngine.GridEnginePusher.PlanAsync(Nodes.Worker.Build(), host, bin.Executor(), CancellationToken.None))!);
        Assert.That(bin.Calls, Is.Empty);
    }

    /// <summary>A refusal quotes the value escaped and cut: one line of a readable length, whatever the value held.</summary>
    private static void AssertOneLine(Exception refused)
    {
        Assert.That(refused.Message.IndexOfAny(['\n', '\r', '\u001b']), Is.EqualTo(-1), refused.Message);
        Assert.That(refused.Message, Has.Length.LessThan(2000));
    }

    /// <summary>calibrate.prom as `push prometheus` writes it, read back as node_exporter does: UTF-8, invalid bytes an error.</summary>
    private static string WrittenTextfile(Calibrate.Core.Results.RunResult result, string directory)
    {
        Apply.Files(TextfilePlanner.Plan(result, directory));
        return File.ReadAllText(Path.Combine(directory, TextfilePlanner.FileName), new UTF8Encoding(false, throwOnInvalidBytes: true));
    }

    /// <summary>
    /// Prometheus' text format 0.0.4, strictly: `name{label="value",...} number`, label values with only `\\`, `\"` and
    /// `\n` escapes, one sample per line; a line it cannot read fails the test.
    /// </summary>
    private static List<(string Name, Dictionary<string, string> Labels)> Samples(string text)
    {
        var samples = new List<(string, Dictionary<string, string>)>();
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var i = 0;
            while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '_' or ':'))
            {
                i++;
            }

            var name = line[..i];
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (i < line.Length && line[i] == '{')
            {
                i++;
                while (line[i] != '}')
                {
                    var eq = line.IndexOf('=', i);
                    var key = line[i..eq];
                    Assert.That(key, Does.Match("^[a-zA-Z_][a-zA-Z0-9_]*$"), line);
                    Assert.That(line[eq + 1], Is.EqualTo('"'), line);
                    var value = new StringBuilder();
                    for (i = eq + 2; line[i] != '"'; i++)
                    {
                        if (line[i] == '\\')
                        {
                            i++;
                            value.Append(line[i] switch { '\\' => '\\', '"' => '"', 'n' => '\n', _ => throw new AssertionException($"unknown escape in {line}") });
                        }
                        else
                        {
                            value.Append(line[i]);
                        }
                    }

                    labels.Add(key, value.ToString());
                    i++;
                    if (line[i] == ',')
                    {
                        i++;
                    }
                }

                i++;
            }

            Assert.That(name, Does.Match("^[a-zA-Z_:][a-zA-Z0-9_:]*$"), line);
            Assert.That(line[i..], Does.Match(@"^ [-+0-9.eE]+\z"), line);
            samples.Add((name, labels));
        }

        return samples;
    }
}
