#!/bin/sh
# Captures the /proc and /sys files the node probe reads into NAME.tar.gz, plus lscpu's own view of the same
# machine in NAME.lscpu-expected.txt, so that the probe can be tested against lscpu on this node forever after.
#
# /proc and /sys are pseudo-files: tar would store them with size 0, so their contents are copied first.
# The file list follows src/Calibrate.Agent/Probing/ (what the probe reads); keep the two in step.
#
# usage: capture-sysroot.sh NAME [OUTDIR]      (OUTDIR defaults to ./sysroots)
set -eu

name=${1:?usage: capture-sysroot.sh NAME [OUTDIR]}
outdir=${2:-sysroots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/$name"

# copy FILE: copy one pseudo-file's contents under the capture root, skipping what is absent or unreadable.
copy() {
  [ -f "$1" ] && [ -r "$1" ] || return 0
  mkdir -p "$root$(dirname "$1")"
  cat "$1" > "$root$1" 2>/dev/null || rm -f "$root$1"
}

for f in cpuinfo meminfo self/status self/cgroup self/mountinfo sys/kernel/osrelease sys/kernel/hostname \
         bus/pci/devices sysinfo xen/capabilities; do
  copy "/proc/$f"
done

cpu=/sys/devices/system/cpu
for f in possible present online offline kernel_max smt/active smt/control cpufreq/boost intel_pstate/no_turbo; do
  copy "$cpu/$f"
done
for d in "$cpu"/cpu[0-9]*; do
  copy "$d/online"
  for f in core_id physical_package_id die_id thread_siblings thread_siblings_list core_siblings \
           core_siblings_list core_cpus_list package_cpus_list; do
    copy "$d/topology/$f"
  done
  for i in "$d"/cache/index[0-9]*; do
    for f in level type size id shared_cpu_list shared_cpu_map; do
      copy "$i/$f"
    done
  done
  for f in scaling_governor scaling_driver cpuinfo_max_freq cpuinfo_min_freq; do
    copy "$d/cpufreq/$f"
  done
done

node=/sys/devices/system/node
copy "$node/possible"
copy "$node/online"
for d in "$node"/node[0-9]*; do
  copy "$d/cpulist"
  copy "$d/cpumap"
done

for f in sys_vendor product_name product_version bios_vendor bios_version; do
  copy "/sys/class/dmi/id/$f"
done
copy /sys/hypervisor/type

# The cgroup cpuset of this shell: v2 unified hierarchy, or the v1 cpuset hierarchy.
cg2=$(sed -n 's/^0:://p' /proc/self/cgroup)
cg1=$(sed -n 's/^[0-9]*:[^:]*cpuset[^:]*://p' /proc/self/cgroup)
[ -n "$cg2" ] && copy "/sys/fs/cgroup${cg2%/}/cpuset.cpus.effective"
[ -n "$cg1" ] && copy "/sys/fs/cgroup/cpuset${cg1%/}/cpuset.effective_cpus"
[ -n "$cg1" ] && copy "/sys/fs/cgroup/cpuset${cg1%/}/cpuset.cpus"

mkdir -p "$outdir"
tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner -czf "$outdir/$name.tar.gz" "$name"
{ LC_ALL=C lscpu; echo; LC_ALL=C lscpu -p; } > "$outdir/$name.lscpu-expected.txt"
echo "wrote $outdir/$name.tar.gz and $outdir/$name.lscpu-expected.txt"
