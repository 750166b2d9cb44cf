using System.Text.RegularExpressions;
using Calibrate.Core.Results;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// Node side, at boot before LIM starts: sets `[resourcemap VALUE*hs06]` in LSF_LOCAL_RESOURCES of the node's lsf.conf
/// (LSF 10.1 lsf.conf.lsf_local_resources.5: "numeric resources: [resourcemap value*resource_name]"; a dynamic host
/// reports them when it joins). The resources already listed are kept byte for byte; only the last definition counts
/// (same page), so that is the one edited. VALUE is the node's whole-machine figure in the site's accounting unit (the
/// resource keeps the name sites define, hs06; HS23 figures carry over 1:1 as in WLCG's migration) rounded to an integer: LIM refused a
/// fractional static numeric resource value on volclava ("Invalid characters (12.5) used as NUMERIC resource value",
/// integration.md 7), and at hundreds of HS06 the rounding is below the measurement's own uncertainty.
/// </summary>
public static partial class LsfLocalPlanner
{
    /// <summary>A valid LSF resource name (not reserved, no digit first, none of `: . ( ) [ + - * / ! &amp; | &lt; &gt; @ = ,`).</summary>
    public const string ResourceName = "hs06";

    public static PushPlan Plan(RunResult result, string lsfConf)
    {
        ArgumentNullException.ThrowIfNull(result);
        var estimate = EstimateRequirement.Of(result);
        var before = ConfigFile.Read(lsfConf);

        var value = PlainNumber.Format(estimate.Value, 0);
        var item = $"[resourcemap {value}*{ResourceName}]";
        var text = new LsfText(before);
        var line = LastDefinition(text);
        if (line < 0)
        {
            text.Append($"LSF_LOCAL_RESOURCES=\"{item}\"");
        }
        else
        {
            Edit(text, line, item, lsfConf);
        }

        return new PushPlan
        {
            Target = "lsf-local",
            Subject = $"hs06 resource {value} ({estimate.Unit}, whole node) from {EstimateRequirement.Describe(result)} into {lsfConf}",
            Files = [new FileChange(lsfConf, before, text.ToString(), FileChange.DefaultMode)],
            Notes =
            [
                "lsf.shared must define the resource (Resource section): hs06  Numeric  ()  N  (HS06 of the host, calibrate)",
                "LIM reads LSF_LOCAL_RESOURCES when it starts: run this before LIM, or restart LIM on this host (bctrld restart lim)",
            ],
        };
    }

    private static int LastDefinition(LsfText text)
    {
        var last = -1;
        for (var i = 0; i < text.Count; i++)
        {
            if (Definition().IsMatch(text.Content(i)))
            {
                last = i;
            }
        }

        return last;
    }

    private static void Edit(LsfText text, int line, string item, string file)
    {
        var content = text.Content(line);
        var match = Definition().Match(content);
        var valueStart = match.Length;
        var rest = content[valueStart..];
        var quote = rest.Length > 0 && rest[0] is '"' or '\'' ? rest[0] : (char?)null;
        var close = quote is { } q ? rest.IndexOf(q, 1) : rest.TrimEnd().Length;
        if (close < 0 || content.TrimEnd().EndsWith('\\'))
        {
            throw new PushConfigException($"{file}:{line + 1}: LSF_LOCAL_RESOURCES is not one quoted value on one line");
        }

        var innerStart = valueStart + (quote is null ? 0 : 1);
        var inner = content[innerStart..(valueStart + close)];
        if (Items().Replace(inner, string.Empty).Trim().Length > 0)
        {
            throw new PushConfigException($"{file}:{line + 1}: LSF_LOCAL_RESOURCES holds text outside [..] items: {inner}");
        }

        var existing = Items().Matches(inner).FirstOrDefault(m => Hs06Item().IsMatch(m.Value));
        if (existing is not null)
        {
            text.Replace(line, innerStart + existing.Index, existing.Length, item);
        }
        else if (quote is null && inner.Length > 0)
        {
            text.Replace(line, valueStart, inner.Length, $"\"{inner} {item}\"");
        }
        else
        {
            text.Replace(line, innerStart + inner.Length, 0, inner.Trim().Length > 0 ? " " + item : item);
        }
    }

    [GeneratedRegex(@"^\s*LSF_LOCAL_RESOURCES\s*=\s*")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex Items();

    [GeneratedRegex(@"^\[\s*resourcemap\s+[^\s\]]*\*\s*hs06\s*\]$")]
    private static partial Regex Hs06Item();
}
