namespace Calibrate.Statistics.Comparison;

/// <summary>A label asked for (e.g. --baseline) has no results; the message names it and the labels that exist.</summary>
public sealed class UnknownLabelException : ArgumentException
{
    public UnknownLabelException()
    {
    }

    public UnknownLabelException(string message)
        : base(message)
    {
    }

    public UnknownLabelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public UnknownLabelException(string label, IReadOnlyList<string> known)
        : base(known.Count == 0
            ? $"label '{label}' does not exist: there are no labelled, undisturbed results"
            : $"label '{label}' does not exist; labels: {string.Join(", ", known)}")
    {
        Label = label;
        KnownLabels = known;
    }

    public string? Label { get; }

    public IReadOnlyList<string> KnownLabels { get; } = [];
}
