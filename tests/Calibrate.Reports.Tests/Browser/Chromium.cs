using System.Diagnostics;

namespace Calibrate.Reports.Tests.Browser;

/// <summary>
/// Runs Debian's headless Chromium as a real process to screenshot a page, with networking shut off (every host
/// resolves to nothing) and a network log to prove nothing was fetched. Flags from ARCHITECTURE.md ("Real parts").
/// </summary>
public static class Chromium
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>$CALIBRATE_CHROMIUM when set (a path; missing means "no browser"), else chromium on PATH or in /usr/bin.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("CALIBRATE_CHROMIUM") is { Length: > 0 } configured)
        {
            return File.Exists(configured) ? configured : null;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Append("/usr/bin"))
        {
            var candidate = Path.Combine(dir, "chromium");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Screenshots <paramref name="htmlPath"/> into <paramref name="pngPath"/> and writes the net log.</summary>
    public static (int ExitCode, string Output) Screenshot(string chromium, string htmlPath, string pngPath, string netLogPath, string profileDir)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            $"--log-net-log={netLogPath}",
            $"--user-data-dir={profileDir}",
            $"--screenshot={pngPath}",
            "--window-size=1280,2000",
            new Uri(htmlPath).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, "timed out after " + Timeout);
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
