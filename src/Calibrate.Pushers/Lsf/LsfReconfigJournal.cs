using Calibrate.Platform.Files;
using Calibrate.Pushers.Common;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// The durable note that LSF has not yet taken what a push wrote (issue 15, defect 5): without it a push killed after
/// writing lsf.shared and lsf.cluster but before `lsadmin reconfig` leaves files the next push finds already right, so
/// LIM never learns the new factors. It is written (atomically, fsynced) before either file changes and removed only
/// after the reconfiguration commands succeeded and `lshosts -w` showed every expected host's model and factor; a push
/// that finds it reconfigures and verifies even when the files need no change. It lives in the spool directory as
/// `.reconfig-pending` (a dot file, so the spool never takes it for a node): calibrate's state, no file LSF reads.
/// One line per static host: `host model factor`, what `lshosts -w` must show.
/// </summary>
public sealed class LsfReconfigJournal(string directory)
{
    public const string FileName = ".reconfig-pending";

    private const string Heading = "# calibrate: LSF reconfiguration pending; these static hosts must show this model and CPU factor in lshosts -w\n";

    public string Path { get; } = System.IO.Path.Combine(directory, FileName);

    /// <summary>The expected hosts of a pending reconfiguration, or null when none is pending.</summary>
    /// <remarks>A line that does not read (edited by hand) is left out: the reconfiguration still runs, that host is not verified.</remarks>
    public IReadOnlyList<LsfExpectedHost>? Read()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var expected = new List<LsfExpectedHost>();
        foreach (var line in File.ReadAllLines(Path))
        {
            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 3 && !words[0].StartsWith('#') && LsfNames.IsValidHostName(words[0]) && LsfNames.IsValidModelName(words[1])
                && PlainNumber.TryParse(words[2], out var factor) && factor > 0)
            {
                expected.Add(new LsfExpectedHost(words[0], words[1], words[2]));
            }
        }

        return expected;
    }

    public void Write(IReadOnlyList<LsfExpectedHost> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        AtomicFile.WriteAllText(Path, Heading + string.Concat(expected.Select(e => e + "\n")));
    }

    public void Remove() => File.Delete(Path);
}
