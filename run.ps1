#!/usr/bin/env pwsh
# Calibrate's two commands, mirroring run.sh (README.md):
#   ./run.ps1           build (Release, incremental), probe this node, measure it (quick profile), store the result
#                       in results/ and print its node score, HS23 estimate (HS06 with --unit HS06) with interval and CPU factor
#   ./run.ps1 test      run every test; the last line is "N passed, N failed, N skipped" over all test projects, as run.sh's
#   ./run.ps1 test-summary LOG
#                       that closing line from a captured `dotnet test` output (.ci/test-pwsh.sh checks it against run.sh's)
#   ./run.ps1 ARGS...   run `calibrate ARGS...` (e.g. ./run.ps1 probe --json)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
Set-Location $here
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

# One closing line over all test projects of a `dotnet test` output, counted as run.sh's awk counts: on each summary
# line ("Passed!  - Failed: 0, Passed: 42, Skipped: 0, ..."), commas dropped, the word after each label.
function Get-TestSummary([string[]] $Lines) {
    $passed = 0; $failed = 0; $skipped = 0
    foreach ($line in $Lines) {
        if ($line -cnotmatch '(Passed|Failed)!  *- *Failed: ') { continue }
        $fields = @(($line -replace ',', '') -split '\s+' | Where-Object { $_ -ne '' })
        for ($i = 0; $i -lt $fields.Count - 1; $i++) {
            $count = 0
            if (-not [int]::TryParse($fields[$i + 1], [ref] $count)) { continue }
            switch -CaseSensitive ($fields[$i]) {
                'Failed:' { $failed += $count }
                'Passed:' { $passed += $count }
                'Skipped:' { $skipped += $count }
            }
        }
    }
    '{0} passed, {1} failed, {2} skipped' -f $passed, $failed, $skipped
}

if ($args.Count -gt 0 -and $args[0] -eq 'test-summary') {
    if ($args.Count -lt 2) {
        [Console]::Error.WriteLine('usage: ./run.ps1 test-summary LOG')
        exit 2
    }
    Get-TestSummary (Get-Content -LiteralPath $args[1])
    exit 0
}

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine('run.ps1: the .NET SDK 10 is needed (dotnet not on PATH); see README.md')
    exit 2
}

function Build-Cli {
    # To stderr, as run.sh's build: stdout is calibrate's (`probe --json` must stay JSON).
    dotnet build (Join-Path $here 'src/Calibrate.Cli/Calibrate.Cli.csproj') -c Release -nologo -v quiet -clp:ErrorsOnly 2>&1 |
        ForEach-Object { [Console]::Error.WriteLine("$_") }
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$dll = Join-Path $here 'src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll'
if ($args.Count -gt 0 -and $args[0] -eq 'test') {
    $rest = @($args | Select-Object -Skip 1)
    dotnet build (Join-Path $here 'Calibrate.sln') -c Release -nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    # Shown as it comes and kept for the closing line; stderr as text, not as error records.
    $log = [System.Collections.Generic.List[string]]::new()
    dotnet test (Join-Path $here 'Calibrate.sln') -c Release --no-build -nologo -m:1 --blame-hang-timeout 10m @rest 2>&1 |
        ForEach-Object { $text = "$_"; [Console]::Out.WriteLine($text); $log.Add($text) }
    $status = $LASTEXITCODE
    Get-TestSummary $log.ToArray()
    exit $status
}
elseif ($args.Count -eq 0) {
    Build-Cli
    New-Item -ItemType Directory -Force -Path (Join-Path $here 'results') | Out-Null
    dotnet $dll run --profile quick --store (Join-Path $here 'results/calibrate.db')
    exit $LASTEXITCODE
}
else {
    Build-Cli
    dotnet $dll @args
    exit $LASTEXITCODE
}
