using Calibrate.Fuzz.Targets;
using SharpFuzz;

namespace Calibrate.Fuzz;

/// <summary>
/// calibrate-fuzz TARGET: one parser under afl-fuzz (bench/fuzz.sh starts it); calibrate-fuzz TARGET FILE...: feeds
/// each file to the parser once and says which ones crash it (to replay what afl-fuzz found); calibrate-fuzz --list.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "--list" or "--help" or "-h")
        {
            Console.Out.WriteLine("usage: calibrate-fuzz TARGET [FILE...]   (under afl-fuzz without files: bench/fuzz.sh TARGET [SECONDS])");
            foreach (var target in ParserTargets.All)
            {
                Console.Out.WriteLine($"  {target.Name,-8} {target.Parser}");
            }

            return args.Length == 0 ? 2 : 0;
        }

        if (ParserTargets.All.FirstOrDefault(t => t.Name == args[0]) is not { } chosen)
        {
            Console.Error.WriteLine($"calibrate-fuzz: no target '{args[0]}'; calibrate-fuzz --list names them");
            return 2;
        }

        if (args.Length == 1)
        {
            // A separate process per run of inputs, so that a stack overflow is reported as a crash rather than killing the fuzzer.
            Fuzzer.OutOfProcess.Run(chosen.Run);
            return 0;
        }

        return Replay(chosen, args[1..]);
    }

    private static int Replay(FuzzTarget target, IReadOnlyList<string> files)
    {
        var crashed = 0;
        foreach (var file in files)
        {
            try
            {
                using var input = File.OpenRead(file);
                target.Run(input);
                Console.Out.WriteLine($"{file}: ok");
            }
#pragma warning disable CA1031 // Replaying findings: every escaping exception is what is looked for.
            catch (Exception e)
#pragma warning restore CA1031
            {
                crashed++;
                Console.Out.WriteLine($"{file}: crash: {e}");
            }
        }

        return crashed == 0 ? 0 : 1;
    }
}
