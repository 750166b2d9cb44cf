namespace Calibrate.Platform.Processes;

/// <summary>
/// A program and its argument vector, run without a shell (ProcessStartInfo.ArgumentList), so a value never becomes
/// shell syntax. <see cref="Display"/> quotes it for humans only, e.g. in `--dry-run` output.
/// </summary>
public sealed record CommandLine(string Program, IReadOnlyList<string> Arguments)
{
    public static CommandLine Of(string program, params string[] arguments) => new(program, arguments);

    public string Display => string.Join(' ', new[] { Program }.Concat(Arguments).Select(Quote));

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%*".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
