#!/usr/bin/env bash
# Coverage-guided fuzzing of one parser of untrusted files, outside CI (README: Fuzzing the parsers):
#   bench/fuzz.sh TARGET [SECONDS]     TARGET: refs, hs23, result, config, lsf, cpuinfo (bench/Calibrate.Fuzz); 600 s by default
# Publishes bench/Calibrate.Fuzz into bench/Calibrate.Fuzz/out/TARGET/bin, instruments the target's assemblies with
# SharpFuzz's `sharpfuzz` tool, seeds a corpus from the test data and runs afl-fuzz (Debian package afl++) on it.
# Crashes land in out/TARGET/findings/default/crashes; replay one on the uninstrumented build with
#   dotnet run --project bench/Calibrate.Fuzz -c Release -- TARGET FILE...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
target="${1:?usage: bench/fuzz.sh TARGET [SECONDS]; targets: refs hs23 result config lsf cpuinfo}"
seconds="${2:-600}"
export PATH="$PATH:$HOME/.dotnet/tools" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

case "$target" in
  refs) instrument=(Calibrate.Statistics.dll) ;;
  hs23) instrument=(Calibrate.Statistics.dll Calibrate.Core.dll) ;;
  result) instrument=(Calibrate.Core.dll) ;;
  config) instrument=(Calibrate.Node.dll YamlDotNet.dll) ;;
  lsf) instrument=(Calibrate.Pushers.dll) ;;
  cpuinfo) instrument=(Calibrate.Agent.dll Calibrate.Core.dll) ;;
  *) echo "fuzz.sh: no target '$target'; targets: refs hs23 result config lsf cpuinfo" >&2; exit 2 ;;
esac
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "fuzz.sh: afl-fuzz is missing: apt-get install afl++ (Debian 12, Ubuntu), dnf install american-fuzzy-lop (EL)" >&2
  exit 2
fi
if ! command -v sharpfuzz >/dev/null 2>&1; then
  echo "fuzz.sh: sharpfuzz is missing: dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0" >&2
  exit 2
fi

out="$here/Calibrate.Fuzz/out/$target"
rm -rf "$out/bin" "$out/seeds"
mkdir -p "$out/seeds"
# A fresh publish every time: sharpfuzz rewrites the assemblies in place and refuses to instrument one twice.
dotnet publish "$here/Calibrate.Fuzz/Calibrate.Fuzz.csproj" -c Release -o "$out/bin" -nologo -v quiet -clp:ErrorsOnly
for assembly in "${instrument[@]}"; do
  sharpfuzz "$out/bin/$assembly"
done

# The seed corpus: the test data's own files (small ones: afl-fuzz mutates best what is under a few kB).
seeds="$out/seeds"
case "$target" in
  refs) cp "$here/Calibrate.Fuzz/Seeds/refs/"* "$seeds/" ;;
  hs23) head -n 12 "$repo/src/Calibrate.Statistics/Priors/Data/hepscore23_results.csv" >"$seeds/hepscore23_head.csv" ;;
  result) cp "$here/Calibrate.Fuzz/Seeds/result/"* "$seeds/" ;;
  config)
    cp "$repo/packaging/calibrate.example.yaml" "$seeds/"
    cp "$here/Calibrate.Fuzz/Seeds/config/"* "$seeds/" ;;
  lsf) cp "$repo/tests/Calibrate.Pushers.Tests/TestData/lsf/lsf.shared" "$repo/tests/Calibrate.Pushers.Tests/TestData/lsf/lsf.cluster.demo" "$seeds/" ;;
  cpuinfo)
    for capture in "$repo/tests/Calibrate.Agent.Tests/TestData/sysroots/"*.tar.gz; do
      name="$(basename "$capture" .tar.gz)"
      tar -xzOf "$capture" --wildcards '*proc/cpuinfo' >"$seeds/$name.cpuinfo" 2>/dev/null || rm -f "$seeds/$name.cpuinfo"
    done ;;
esac

# dotnet is not an afl-instrumented binary (SharpFuzz speaks afl's fork-server protocol itself), and a shared or
# virtual node has no CPU of its own to bind to nor a core_pattern afl-fuzz would choose.
export AFL_SKIP_BIN_CHECK=1 AFL_NO_AFFINITY=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
status=0
afl-fuzz -V "$seconds" -i "$seeds" -o "$out/findings" -t 10000 -m none -- dotnet "$out/bin/calibrate-fuzz.dll" "$target" || status=$?
crashes=("$out/findings/default/crashes/"id*)
if [ -e "${crashes[0]}" ]; then
  echo "fuzz.sh: ${#crashes[@]} crashing input(s) in $out/findings/default/crashes; replay: dotnet run --project bench/Calibrate.Fuzz -c Release -- $target FILE" >&2
  exit 1
fi
echo "fuzz.sh: $target: no crash in $seconds s (afl-fuzz exit $status; statistics in $out/findings/default/fuzzer_stats)"
exit "$status"
