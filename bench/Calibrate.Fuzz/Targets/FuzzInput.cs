using System.Text;

namespace Calibrate.Fuzz.Targets;

/// <summary>An input as calibrate reads the file: text the way File.ReadAllText decodes it, or the bytes themselves.</summary>
public static class FuzzInput
{
    /// <summary>UTF-8 unless a byte-order mark says otherwise; invalid bytes become U+FFFD, as File.ReadAllText does.</summary>
    public static string Text(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return reader.ReadToEnd();
    }

    public static byte[] Bytes(Stream input)
    {
        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }
}
