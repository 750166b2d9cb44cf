namespace Calibrate.Agent.Probing;

/// <summary>Reads one file of a sysroot and parses it, turning a parser's FormatException into a ProbeException naming the file.</summary>
internal static class SysrootFile
{
    public static T Parse<T>(ISysroot root, string path, Func<string?, T> parse)
    {
        var text = root.ReadText(path);
        return Guard(root, path, () => parse(text));
    }

    /// <summary>Runs a parser over text read from <paramref name="path"/> (a file, or a pattern such as "cpu*/topology").</summary>
    public static T Guard<T>(ISysroot root, string path, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new ProbeException($"{root.Description} has a malformed {path}: {e.Message.TrimEnd('.')}.", e);
        }
    }
}
