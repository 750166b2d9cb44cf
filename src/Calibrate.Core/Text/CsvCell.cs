using System.Globalization;

namespace Calibrate.Core.Text;

/// <summary>
/// A CSV cell that a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// read by Excel and LibreOffice as a formula (`=cmd|' /C calc'!A0`), so such text gets a leading `'`, as OWASP's
/// "CSV Injection" advises; a number (-1.5, +3) is left as it is.
/// </summary>
public static class CsvCell
{
    public static string Neutralise(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + field
            : field;
    }
}
