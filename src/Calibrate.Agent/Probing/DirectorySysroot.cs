namespace Calibrate.Agent.Probing;

/// <summary>An <see cref="ISysroot"/> over a real directory: "/" for the live system, or an unpacked capture.</summary>
public sealed class DirectorySysroot : ISysroot
{
    private readonly string _root;

    public DirectorySysroot(string root, string description)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = root;
        Description = description;
    }

    public string Description { get; }

    public string? ReadText(string path)
    {
        try
        {
            return File.ReadAllText(Resolve(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public bool Exists(string path)
    {
        var full = Resolve(path);
        return File.Exists(full) || Directory.Exists(full);
    }

    public IReadOnlyList<string> ListNames(string directory)
    {
        try
        {
            return Directory.EnumerateFileSystemEntries(Resolve(directory)).Select(Path.GetFileName).OfType<string>().ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private string Resolve(string path) => Path.Combine(_root, path);
}
