// The platform layer targets Linux nodes: its tests use Unix modes, flock, mounts and shell stand-ins.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
