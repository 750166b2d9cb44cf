#!/usr/bin/env pwsh
# Calibrate's two commands, mirroring run.sh (README.md):
#   ./run.ps1           build (Release, incremental), probe this node, measure it (quick profile), store the result
#                       in results/ and print its node score, HS06 estimate with interval and CPU factor
#   ./run.ps1 test      run every test
#   ./run.ps1 ARGS...   run `calibrate ARGS...` (e.g. ./run.ps1 probe --json)
$ErrorActionPreference = 'Stop'
$here = $PSScriptRoot
Set-Location $here
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    [Console]::Error.WriteLine('run.ps1: the .NET SDK 10 is needed (dotnet not on PATH); see README.md')
    exit 2
}

function Build-Cli {
    dotnet build (Join-Path $here 'src/Calibrate.Cli/Calibrate.Cli.csproj') -c Release -nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$dll = Join-Path $here 'src/Calibrate.Cli/bin/Release/net10.0/calibrate.dll'
if ($args.Count -gt 0 -and $args[0] -eq 'test') {
    $rest = @($args | Select-Object -Skip 1)
    dotnet build (Join-Path $here 'Calibrate.sln') -c Release -nologo -v quiet -clp:ErrorsOnly
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    dotnet test (Join-Path $here 'Calibrate.sln') -c Release --no-build -nologo -m:1 --blame-hang-timeout 10m @rest
    exit $LASTEXITCODE
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
