using System.Text.RegularExpressions;
using Calibrate.Core.Factors;
using Calibrate.Core.Text;
using Calibrate.Pushers.Common;
using Calibrate.Pushers.Lsf;

namespace Calibrate.Pushers.Arc;

/// <summary>
/// `push arc`: sets `benchmark=HEPscore23 VALUE` (HEPSPEC for a site accounting in HS06) in an ARC CE's `[queue:NAME]`
/// block, VALUE being the queue's figure per logical CPU. Every other byte of arc.conf is kept.
/// </summary>
/// <remarks>
/// The option, from the ARC 6 arc.conf reference (nordugrid/arc src/doc/arc.conf.reference, [queue:name] block; ARC 7
/// keeps the ARC 6 configuration format, release notes 7.0.0): "benchmark = name value - Defines resource benchmark
/// results for accounting and information publishing ... The values represent per-core CPU performance ... multivalued
/// ... Accounting subsystem will use only the FIRST defined benchmark", example `benchmark=HEPSPEC 12.26`, values
/// without quotes. So a new line goes before the block's other benchmark lines, and a line of the same name is updated
/// in place. The names are APEL's (<see cref="AccountingUnits.ApelName"/>), since ARC's accounting passes them to APEL;
/// that reference lists only HEPSPEC and Si2k as the names APEL accepted then, HEPscore23 being the name APEL took on
/// with the 2023 migration to HS23.
/// </remarks>
public static partial class ArcPlanner
{
    public const string DefaultPath = "/etc/arc.conf";

    public static PushPlan Plan(string path, string queue, PerCoreFigure figure)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(figure);
        if (string.IsNullOrEmpty(queue) || !QueuePattern().IsMatch(queue))
        {
            throw new PushConfigException($"{UntrustedText.Quote(queue)} is not an arc.conf queue name (printable ASCII, no spaces, brackets or `#`)");
        }

        var before = ConfigFile.Read(path);
        var text = new LsfText(before);
        var block = ArcQueueBlock.Find(text, queue, path)
            ?? throw new PushConfigException($"{path} has no [queue:{queue}] block; check --queue or add the queue to arc.conf first");
        var name = figure.Unit.ApelName();
        var value = PlainNumber.Format(figure.Value, PerCoreFigure.Decimals);
        var line = $"benchmark={name} {value}";
        var notes = new List<string>();
        var same = block.Benchmarks.Where(b => b.Name == name).ToList();
        if (same.Count == 0)
        {
            Insert(text, block.Benchmarks.Count > 0 ? block.Benchmarks[0].Line : block.InsertAt, line);
        }
        else
        {
            foreach (var existing in same.Where(b => b.Value != value))
            {
                Update(text, existing, line, value);
            }

            if (block.Benchmarks[0].Name != name)
            {
                notes.Add($"ARC's accounting uses the first benchmark line of [queue:{queue}], which is `{text.Content(block.Benchmarks[0].Line).Trim()}`; move `{line}` above it to account in {figure.Unit}");
            }
        }

        notes.Add("A-REX records a job's benchmark when the job starts (nordugrid.org, ARC 6 \"About benchmarks and accounting publishing\"): restart A-REX so that jobs started from then on carry the new value");
        if (figure.CarriedNote() is { } carried)
        {
            notes.Add(carried);
        }

        return new PushPlan
        {
            Target = "arc",
            Subject = $"{line} in [queue:{queue}] of {path}: {figure.Describe()}",
            Files = [new FileChange(path, before, text.ToString(), FileChange.DefaultMode)],
            Notes = notes,
        };
    }

    private static void Insert(LsfText text, int at, string line)
    {
        if (at >= text.Count)
        {
            text.Append(line);
        }
        else
        {
            text.Insert(at, line);
        }
    }

    private static void Update(LsfText text, ArcBenchmarkLine existing, string line, string value)
    {
        if (existing.ValueStart < 0)
        {
            text.Replace(existing.Line, 0, text.Content(existing.Line).Length, line);
        }
        else
        {
            text.Replace(existing.Line, existing.ValueStart, existing.Value.Length, value);
        }
    }

    [GeneratedRegex(@"^[\x21-\x7E-[\[\]#]]+\z")]
    private static partial Regex QueuePattern();
}
