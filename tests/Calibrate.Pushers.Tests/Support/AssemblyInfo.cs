// The pushers target Linux worker nodes and their tests use Unix modes, mounts and shell stand-ins.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
