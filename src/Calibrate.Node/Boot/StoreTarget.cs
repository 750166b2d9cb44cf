namespace Calibrate.Node.Boot;

/// <summary>One store boot writes to: "local" or "central", and the argument StoreFactory opens.</summary>
public sealed record StoreTarget(string Name, string Argument);
