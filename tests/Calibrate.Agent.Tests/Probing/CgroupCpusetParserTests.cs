using Calibrate.Agent.Probing;

namespace Calibrate.Agent.Tests.Probing;

public sealed class CgroupCpusetParserTests
{
    private const string HybridMountInfo = """
        31 23 0:28 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
        32 31 0:29 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
        34 31 0:31 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
        41 31 0:38 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
        """;

    [Test]
    public void A_v2_process_is_found_in_the_unified_hierarchy()
    {
        var membership = CgroupCpusetParser.ParseProcSelfCgroup("0::/system.slice/slurmd.service/job_42\n");
        Assert.Multiple(() =>
        {
            Assert.That(membership, Is.EqualTo(new CgroupMembership(null, "/system.slice/slurmd.service/job_42")));
            Assert.That(CgroupCpusetParser.CandidateFiles(membership, []), Is.EqualTo(new[]
            {
                "/sys/fs/cgroup/system.slice/slurmd.service/job_42/cpuset.cpus.effective",
                "/sys/fs/cgroup/system.slice/slurmd.service/cpuset.cpus.effective",
                "/sys/fs/cgroup/system.slice/cpuset.cpus.effective",
                "/sys/fs/cgroup/cpuset.cpus.effective",
            }));
        });
    }

    [Test]
    public void A_v1_cpuset_controller_comes_before_the_unified_hierarchy()
    {
        const string cgroup = "12:cpu,cpuacct:/\n3:cpuset:/batch/job7\n0::/\n";
        var membership = CgroupCpusetParser.ParseProcSelfCgroup(cgroup);
        var files = CgroupCpusetParser.CandidateFiles(membership, CgroupCpusetParser.ParseMountInfo(HybridMountInfo));
        Assert.That(files.Take(3), Is.EqualTo(new[]
        {
            "/sys/fs/cgroup/cpuset/batch/job7/cpuset.effective_cpus",
            "/sys/fs/cgroup/cpuset/batch/job7/cpuset.cpus",
            "/sys/fs/cgroup/cpuset/batch/cpuset.effective_cpus",
        }));
        Assert.That(files[^1], Is.EqualTo("/sys/fs/cgroup/unified/cpuset.cpus.effective"));
    }

    [Test]
    public void A_container_sees_its_cgroup_as_the_mount_root()
    {
        const string mountinfo = "1210 1200 0:27 /kubepods/pod1 /sys/fs/cgroup ro,nosuid - cgroup2 cgroup rw\n";
        var membership = CgroupCpusetParser.ParseProcSelfCgroup("0::/kubepods/pod1/ctr\n");
        var files = CgroupCpusetParser.CandidateFiles(membership, CgroupCpusetParser.ParseMountInfo(mountinfo));
        Assert.That(files, Is.EqualTo(new[] { "/sys/fs/cgroup/ctr/cpuset.cpus.effective", "/sys/fs/cgroup/cpuset.cpus.effective" }));
    }

    [Test]
    public void Mount_points_with_spaces_are_unescaped()
    {
        var mounts = CgroupCpusetParser.ParseMountInfo("40 31 0:37 / /mnt/my\\040cgroups rw - cgroup2 cgroup2 rw\n");
        Assert.That(mounts.Single(), Is.EqualTo(new CgroupMount("/mnt/my cgroups", "/", true, true)));
    }

    [Test]
    public void Without_a_cgroup_file_there_is_nothing_to_try() =>
        Assert.That(CgroupCpusetParser.CandidateFiles(CgroupCpusetParser.ParseProcSelfCgroup(""), []), Is.Empty);
}
