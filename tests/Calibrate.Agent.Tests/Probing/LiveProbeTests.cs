using System.Diagnostics;
using Calibrate.Agent.Probing;
using Calibrate.Core.Topology;
using Calibrate.TestSupport.Services;

namespace Calibrate.Agent.Tests.Probing;

/// <summary>The probe on the node the tests run on, checked against invariants and against lscpu run live.</summary>
[Platform("Linux")]
public sealed class LiveProbeTests
{
    private static readonly TimeSpan LscpuTimeout = TimeSpan.FromSeconds(30);

    [Test]
    public void Allowed_cpus_are_a_non_empty_subset_of_the_online_cpus()
    {
        var probe = NodeProber.Probe();
        Assert.Multiple(() =>
        {
            Assert.That(probe.AllowedCpus, Is.Not.Empty);
            Assert.That(probe.AllowedCpus.IsSubsetOf(probe.Cpu.OnlineCpus), Is.True, $"{probe.AllowedCpus} in {probe.Cpu.OnlineCpus}");
            Assert.That(probe.Topology.Select(c => c.Cpu), Is.EqualTo(probe.Cpu.OnlineCpus));
        });
    }

    [Test]
    public void A_guest_is_named_by_its_cpuid_signature()
    {
        // Whatever this machine is (the development KVM guest, a bhyve-signed PVM guest, bare metal): the live probe
        // names the hypervisor its CPUID leaf 0x40000000 signs, as lscpu reads it.
        var signature = CpuIdHypervisor.ReadSignature();
        Assume.That(signature, Is.Not.Null, "no hypervisor signature in CPUID here (bare metal or not x86)");
        var probe = NodeProber.Probe();
        Assert.Multiple(() =>
        {
            Assert.That(probe.Hypervisor, Is.EqualTo(HypervisorDetector.FromCpuId(signature)).And.Not.Null, $"signature '{signature}'");
            Assert.That(probe.Cpu.OnlineCpus.Count, Is.GreaterThanOrEqualTo(Environment.ProcessorCount));
        });
    }

    [Test]
    public void The_live_probe_agrees_with_live_lscpu()
    {
        var output = RunLscpu();
        if (output is null)
        {
            Required.Missing("lscpu (util-linux) did not run");
        }

        var lscpu = LscpuExpected.Parse(output);
        var probe = NodeProber.Probe();
        TestContext.Out.Write(ProbeSummary.Render(probe));
        Assert.Multiple(() =>
        {
            Assert.That(probe.Cpu.LogicalCpus, Is.EqualTo(lscpu.Int("CPU(s)")));
            Assert.That(probe.Cpu.OnlineCpus, Is.EqualTo(CpuSet.Parse(lscpu["On-line CPU(s) list"])));
            Assert.That(probe.Cpu.ModelName, Is.EqualTo(lscpu["Model name"]));
            Assert.That(probe.Cpu.Sockets, Is.EqualTo(lscpu.Int("Socket(s)")));
            Assert.That(probe.Cpu.CoresPerSocket, Is.EqualTo(lscpu.Int("Core(s) per socket")));
            Assert.That(probe.Cpu.ThreadsPerCore, Is.EqualTo(lscpu.Int("Thread(s) per core")));
            // lscpu names fewer hypervisors than the probe (util-linux 2.38 prints no vendor for a bhyve signature
            // inside a container): where it names one the probe must agree, where it names none the probe's name
            // must be the CPUID signature's.
            Assert.That(probe.Hypervisor, Is.EqualTo(lscpu.Find("Hypervisor vendor") ?? HypervisorDetector.FromCpuId(CpuIdHypervisor.ReadSignature())));
            Assert.That(probe.Cpu.Architecture, Is.EqualTo(lscpu.Find("Architecture")));
        });
    }

    private static string? RunLscpu()
    {
        var start = new ProcessStartInfo("lscpu") { RedirectStandardOutput = true, UseShellExecute = false };
        start.Environment["LC_ALL"] = "C";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(LscpuTimeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? output.Result : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
