namespace Calibrate.Platform.Files;

/// <summary>
/// An output path names something <see cref="AtomicFile"/> will not replace: a device, a directory, a FIFO, a socket or
/// a symbolic link. The user chose the path, so this is bad input, not a failure of the write.
/// </summary>
public sealed class NotAReplaceableFileException : IOException
{
    public NotAReplaceableFileException(string message)
        : base(message)
    {
    }

    public NotAReplaceableFileException()
    {
    }

    public NotAReplaceableFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
