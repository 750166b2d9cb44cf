using System.Runtime.InteropServices;
using Calibrate.Cli.Infrastructure;

namespace Calibrate.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        // Ctrl-C and SIGTERM cancel the running command, which stops its children and writes nothing partial.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        return await CalibrateApp.RunAsync(args, CliContext.ForProcess(cancellation.Token));

        void Cancel(PosixSignalContext signal)
        {
            signal.Cancel = true;
            cancellation.Cancel();
        }
    }
}
