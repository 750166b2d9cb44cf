using System.Globalization;
using YamlDotNet.Core;

namespace Calibrate.Node.Configuration;

/// <summary>Collects every problem of one file, so `config check` reports them all at once, each with its line.</summary>
internal sealed class ConfigErrors(string fileName)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> All => _errors;

    public void Add(Mark at, string message) =>
        _errors.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName} line {at.Line}: {Calibrate.Core.Text.UntrustedText.Line(message)}"));

    public void Add(string message) => _errors.Add($"{fileName}: {Calibrate.Core.Text.UntrustedText.Line(message)}");
}
