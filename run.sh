#!/usr/bin/env bash
# Calibrate's two commands (README.md):
#   ./run.sh            build (Release, incremental), probe this node, measure it (quick profile), store the result
#                       in results/ and print its node score, HS23 estimate (HS06 with --unit HS06) with interval and CPU factor
#   ./run.sh test       run every test; the last line is "N passed, N failed, N skipped" over all test projects
#   ./run.sh test-summary LOG
#                       that closing line from a captured `dotnet test` output (what run.ps1's must equal, .ci/test-pwsh.sh)
#   ./run.sh ARGS...    run `calibrate ARGS...` (e.g. ./run.sh probe --json)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

need_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "run.sh: the .NET SDK 10 is needed (dotnet not on PATH); see README.md" >&2
    exit 2
  fi
}

build() {
  dotnet build "$here/src/Calibrate.Cli/Calibrate.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2
}

calibrate() {
  # Run the built assembly directly: no rebuild check per call, and the copies it starts run the same build.
  dotnet "$here/src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll" "$@"
}

# One closing line over all test projects of a `dotnet test` output: "N passed, N failed, N skipped".
summarise() {
  awk '/(Passed|Failed)!  *- *Failed: / { gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
       END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$1"
}

if [ "${1:-}" = test-summary ]; then
  summarise "${2:?usage: ./run.sh test-summary LOG}"
  exit 0
fi

need_dotnet
case "${1:-}" in
  test)
    shift
    # Every test project of the solution, Release, one after another (2-core CI machines).
    dotnet build "$here/Calibrate.sln" -c Release -nologo -v quiet -clp:ErrorsOnly
    log="$(mktemp)"
    status=0
    # One test project at a time (-m:1): the end-to-end tests measure real runs and must not compete with the
    # other projects for the 2 cores of a CI machine.
    # A test that hangs is killed after 10 minutes and named (with a dump), rather than eating the CI budget.
    dotnet test "$here/Calibrate.sln" -c Release --no-build -nologo -m:1 --blame-hang-timeout 10m "$@" 2>&1 | tee "$log" || status=$?
    summarise "$log"
    rm -f "$log"
    exit "$status"
    ;;
  "")
    build
    mkdir -p "$here/results"
    calibrate run --profile quick --store "$here/results/calibrate.db"
    ;;
  *)
    build
    calibrate "$@"
    ;;
esac
