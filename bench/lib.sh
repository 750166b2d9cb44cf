# Shared by the bench scripts (sourced, not run): the calibrate CLI they measure, built once, and every run of it in
# a sandbox of the script's own (results directory, store and lock under the script's temporary directory), so a
# bench never writes results/ nor waits on a calibrate the machine is running.
bench_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_cli="$bench_root/src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll"

# bench_build: the CLI in Release, errors only.
bench_build() { dotnet build "$bench_root/src/Calibrate.Cli/Calibrate.Cli.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >&2; }

# bench_calibrate OUT ARGS...: calibrate with OUT/results as its results directory and OUT/lock as the node lock.
bench_calibrate() {
  local out="$1"; shift
  CALIBRATE_RESULTS_DIR="$out/results" CALIBRATE_LOCK_FILE="$out/lock" dotnet "$bench_cli" "$@"
}

# bench_quick_run OUT NAME [run options...]: one quick run into a store of its own (OUT/store-NAME.db, so each run is
# a first measurement of the node), its JSON in OUT/NAME.json and its stderr in OUT/NAME.err; a failed run leaves its
# stderr for the report and does not stop the script.
bench_quick_run() {
  local out="$1" name="$2"; shift 2
  CALIBRATE_RESULTS_DIR="$out/results-$name" CALIBRATE_LOCK_FILE="$out/lock" dotnet "$bench_cli" \
    run --profile quick --json --store "$out/store-$name.db" "$@" > "$out/$name.json" 2> "$out/$name.err" || true
}
