namespace Calibrate.Node.Fleet;

/// <summary>A file a submission writes before it runs (the job script, HTCondor's submit description), shown by --dry-run.</summary>
public sealed record JobFile(string Path, string Text);
