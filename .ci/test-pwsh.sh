#!/usr/bin/env bash
# CI: run.ps1 under PowerShell 7.6.9, installed as a dotnet tool from NuGet (skipped when that version is there):
# `--help` and `probe --json` (the JSON parsed, the CPU model in it), and its test command's closing line against
# run.sh's on the same captured `dotnet test` output (.ci/fixtures/dotnet-test-output.txt), so the whole suite runs once.
set -euo pipefail
cd "$(dirname "$0")/.."
version=7.6.9
export PATH="$PATH:$HOME/.dotnet/tools"

installed="$(dotnet tool list --global | awk 'tolower($1) == "powershell" { print $2 }')"
if [ "$installed" = "$version" ]; then
  echo "PowerShell $version already installed as a dotnet tool"
elif [ -n "$installed" ]; then
  dotnet tool update --global PowerShell --version "$version"
else
  dotnet tool install --global PowerShell --version "$version"
fi
pwsh -NoLogo -NoProfile -Command '$PSVersionTable.PSVersion.ToString()'

fail() { echo "test-pwsh: $*" >&2; exit 1; }

help="$(pwsh -NoLogo -NoProfile -File ./run.ps1 --help)" || fail "run.ps1 --help exited $?"
grep -q "calibrate" <<<"$help" && grep -q "probe" <<<"$help" || fail "run.ps1 --help does not list the commands: $help"

probe="$(mktemp)"
trap 'rm -f "$probe"' EXIT
pwsh -NoLogo -NoProfile -File ./run.ps1 probe --json >"$probe" || fail "run.ps1 probe --json exited $?"
model="$(PROBE_JSON="$probe" pwsh -NoLogo -NoProfile -Command '(Get-Content -Raw -LiteralPath $env:PROBE_JSON | ConvertFrom-Json).cpu.modelName')" \
  || fail "run.ps1 probe --json printed no JSON: $(head -c 300 "$probe")"
[ -n "$model" ] || fail "run.ps1 probe --json has no cpu.modelName"
echo "run.ps1 probe --json: cpu.modelName '$model'"

# The fixture is real `dotnet test` output of three projects (one with a failing and a skipped test); its expected
# line is written here, not derived, so that both scripts counting alike but wrongly fails too.
fixture=.ci/fixtures/dotnet-test-output.txt
expected="$(cat .ci/fixtures/dotnet-test-output.expected)"
from_sh="$(./run.sh test-summary "$fixture")"
from_ps1="$(pwsh -NoLogo -NoProfile -File ./run.ps1 test-summary "$fixture")"
[ "$from_sh" = "$expected" ] || fail "run.sh's closing line of $fixture is '$from_sh', expected '$expected'"
[ "$from_ps1" = "$expected" ] || fail "run.ps1's closing line of $fixture is '$from_ps1', run.sh's '$from_sh'"
echo "run.ps1 and run.sh close $fixture with the same line"
