using System.Globalization;
using System.Text.Json;
using Calibrate.Core.Results;
using Calibrate.Core.Text;

namespace Calibrate.Core.Json;

/// <summary>
/// What a result read from a file must be before it is stored: a schema version calibrate wrote, a host name, dates a
/// measurement can have, a finite node score and at least one copy. A file that breaks one of these is refused with
/// the reason (a <see cref="JsonException"/>), never stored half-way or counted as "already stored".
/// </summary>
public static class ResultValidation
{
    /// <summary>No result predates calibrate; none is measured a century ahead: a year outside is a corrupt or forged date.</summary>
    public const int EarliestYear = 2000;

    public const int LatestYear = 2100;

    /// <summary>RFC 1123's longest host name.</summary>
    public const int MaxHostnameLength = 253;

    public static RunResult Check(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.SchemaVersion < 1)
        {
            throw new JsonException(F($"result schema version {result.SchemaVersion} is not one calibrate writes (1 to {RunResult.CurrentSchemaVersion})"));
        }

        if (result.SchemaVersion > RunResult.CurrentSchemaVersion)
        {
            throw new JsonException(F($"result schema version {result.SchemaVersion} is newer than this tool's ({RunResult.CurrentSchemaVersion}); upgrade calibrate"));
        }

        if (string.IsNullOrWhiteSpace(result.Hostname) || result.Hostname.Length > MaxHostnameLength || result.Hostname.Any(char.IsControl))
        {
            throw new JsonException($"the hostname {UntrustedText.Quote(result.Hostname)} is not a host name");
        }

        foreach (var (name, time) in new[] { ("startedUtc", result.StartedUtc), ("finishedUtc", result.FinishedUtc) })
        {
            if (time.Year is < EarliestYear or > LatestYear)
            {
                throw new JsonException(F($"{name} {time:yyyy-MM-dd} is outside the years {EarliestYear} to {LatestYear}"));
            }
        }

        if (result.FinishedUtc < result.StartedUtc)
        {
            throw new JsonException("finishedUtc is before startedUtc");
        }

        if (!double.IsFinite(result.NodeScore) || result.NodeScore < 0)
        {
            throw new JsonException(F($"the node score {result.NodeScore} is not a finite non-negative number"));
        }

        if (result.Copies.Count == 0 || result.Plan.Copies < 1)
        {
            throw new JsonException("the result has no copies");
        }

        return result;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
