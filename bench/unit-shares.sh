#!/usr/bin/env bash
# The share of each kernel's former unit that its unit takes now, and the reference seconds it gives (KernelCatalog's
# remarks): builds Calibrate.Workloads as it was at OLD_COMMIT into a temporary directory, then runs
# bench/Calibrate.UnitShares with both builds in one process, under ReferenceEnvironment's variables.
#
#   bench/unit-shares.sh OLD_COMMIT [ROUNDS=41] [NEW_UNITS_PER_OLD=2] [KERNEL...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
commit="${1:?usage: bench/unit-shares.sh OLD_COMMIT [ROUNDS] [NEW_UNITS_PER_OLD] [KERNEL...]}"; shift
rounds="${1:-41}"; shift || true
per="${1:-2}"; shift || true
old="$(mktemp -d)"
trap 'rm -rf "$old"' EXIT
git -C "$here" archive "$commit" src/Calibrate.Workloads Directory.Build.props Directory.Build.targets Directory.Packages.props global.json BannedSymbols.txt | tar -x -C "$old"
dotnet build "$old/src/Calibrate.Workloads/Calibrate.Workloads.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly -o "$old/out" >&2
dotnet build "$here/bench/Calibrate.UnitShares/Calibrate.UnitShares.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
echo "$(lscpu | grep -m1 'Model name' | sed 's/  */ /g'); old units at $commit, $per new units per old; load $(cut -d' ' -f1 /proc/loadavg)" >&2
env DOTNET_TieredCompilation=0 DOTNET_TieredPGO=0 DOTNET_ReadyToRun=0 DOTNET_EnableHWIntrinsic=0 DOTNET_gcServer=0 \
  DOTNET_gcConcurrent=0 DOTNET_GCgen0size=0x4000000 \
  dotnet "$here/bench/Calibrate.UnitShares/bin/Release/net10.0/calibrate-unit-shares.dll" "$old/out/Calibrate.Workloads.dll" "$rounds" "$per" "$@"
