global using Calibrate.Platform.Files;
global using Calibrate.Platform.Processes;
