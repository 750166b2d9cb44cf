namespace Calibrate.Reports.Exports.HepSuite;

/// <summary>
/// A kernel release as the suite's `host.SW.kernel` splits it: "6.8.0-100-generic" is version "6", major "8", minor "0"
/// and ABI "100" (the sample report's host); "6.1.0-18-amd64" is 6, 1, 0, 18. Pure: the text in, the parts or null out.
/// </summary>
public static class KernelRelease
{
    public static SuiteKernel? Parse(string? release)
    {
        if (string.IsNullOrWhiteSpace(release))
        {
            return null;
        }

        var dash = release.IndexOf('-', StringComparison.Ordinal);
        var numbers = (dash < 0 ? release : release[..dash]).Split('.');
        if (numbers.Length < 2 || !numbers.All(n => n.Length > 0 && n.All(char.IsAsciiDigit)))
        {
            return null;
        }

        // The ABI is what follows the dash up to the next separator: "100" of "100-generic", "362" of "362.8.1.el9_3.x86_64".
        var abi = dash < 0 ? "" : new string(release[(dash + 1)..].TakeWhile(char.IsAsciiDigit).ToArray());
        return new SuiteKernel
        {
            Version = numbers[0],
            Major = numbers[1],
            Minor = numbers.Length > 2 ? numbers[2] : "0",
            Abi = abi,
        };
    }
}
