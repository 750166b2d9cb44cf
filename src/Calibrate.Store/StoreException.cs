namespace Calibrate.Store;

/// <summary>
/// A store could not be opened, read or written. The message is one sentence naming the store (without credentials)
/// and what to do; the CLI prints it as is and exits with its "store unavailable" code.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(StoreFailure failure, string message, Exception? innerException = null)
        : base(message, innerException) => Failure = failure;

    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StoreFailure Failure { get; }
}
