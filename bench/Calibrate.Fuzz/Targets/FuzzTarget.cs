namespace Calibrate.Fuzz.Targets;

/// <summary>
/// One parser that reads a file a user or another site can hand calibrate, driven by afl-fuzz's input. It lets only
/// the parser's documented exceptions (the ones the CLI turns into one line and an exit code) pass: any other exception
/// escapes, and SharpFuzz reports it to afl-fuzz as a crash.
/// </summary>
/// <param name="Name">the name bench/fuzz.sh takes (which also names the assemblies to instrument for it).</param>
/// <param name="Parser">what is fuzzed, in words.</param>
/// <param name="Run">feeds one input to the parser.</param>
public sealed record FuzzTarget(string Name, string Parser, Action<Stream> Run);
