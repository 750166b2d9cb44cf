using System.Globalization;

namespace Calibrate.TestSupport.Files;

/// <summary>A fresh directory under the temp folder, removed with everything in it at dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "calibrate-test")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A mount a failed test left under it, or a stand-in still running: the temp folder is cleaned anyway.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
