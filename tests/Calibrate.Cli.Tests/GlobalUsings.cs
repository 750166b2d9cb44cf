// The application moved from the CLI into Calibrate.Node (issue 10); these tests still reach it through the CLI's reference.
global using Calibrate.Node.Boot;
global using Calibrate.Node.Calibration;
global using Calibrate.Node.Configuration;
global using Calibrate.Node.Fleet;
global using Calibrate.Node.Hosting;
global using Calibrate.Node.Measurement;
global using Calibrate.Node.Sweep;
global using Calibrate.Platform.Locking;
global using Calibrate.Platform.Processes;
