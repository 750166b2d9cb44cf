using System.Text;
using System.Text.Json;
using Calibrate.Cli.Infrastructure;
using Calibrate.Store.Files;
using Calibrate.TestSupport.Results;

namespace Calibrate.Cli.Tests.Results;

/// <summary>
/// The results commands on repeated, wrong or damaged input: an import is idempotent, and every refusal is one line on
/// stderr with a named exit code, no stack trace, and the store file left byte for byte as it was.
/// </summary>
public sealed class ResultsCommandFailureTests
{
    [Test]
    public void Importing_the_same_file_twice_keeps_one_row()
    {
        using var cli = new CliRunner();
        var file = Path.Combine(cli.WorkingDirectory, "wn042.json");
        ResultFiles.Write(file, ResultsData.Results()[0]);

        var first = cli.Run("results", "import", "wn042.json");
        var second = cli.Run("results", "import", "wn042.json", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(first.Exit, Is.EqualTo(ExitCodes.Ok), first.Error);
            Assert.That(first.Out, Does.StartWith("imported 1, already stored 0, not results 0 (of 1 files) into "));
            Assert.That(second.Exit, Is.EqualTo(ExitCodes.Ok), second.Error);
        });
        using var report = JsonDocument.Parse(second.Out);
        Assert.That(report.RootElement.GetProperty("imported").GetInt32(), Is.Zero);
        Assert.That(report.RootElement.GetProperty("alreadyStored").GetInt32(), Is.EqualTo(1));
        using var list = JsonDocument.Parse(cli.Run("results", "list", "--json").Out);
        Assert.That(list.RootElement.GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public void Deleting_an_unknown_id_says_so_and_fails()
    {
        using var cli = new CliRunner();
        var store = ResultsData.Store(cli);
        var before = File.ReadAllBytes(store);
        var unknown = TestResult.IdOf(999);
        var (exit, output, error) = cli.Run("results", "delete", unknown.ToString("D"));
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(ExitCodes.Failed));
            Assert.That(error, Is.EqualTo($"calibrate: no result {unknown} in {store}\n"));
            Assert.That(output, Is.Empty);
        });
        Assert.That(cli.Run("results", "list", "--json").Out, Does.Contain(TestResult.IdOf(1).ToString("D")));
        Assert.That(File.ReadAllBytes(store), Has.Length.EqualTo(before.Length));
    }

    [Test]
    public void Deleting_a_known_id_removes_only_that_result()
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        var (exit, _, error) = cli.Run("results", "delete", TestResult.IdOf(4).ToString("D"));
        Assert.That(exit, Is.EqualTo(ExitCodes.Ok), error);
        using var list = JsonDocument.Parse(cli.Run("results", "list", "--json").Out);
        Assert.That(list.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetGuid()), Is.EqualTo(new[] { 5, 3, 2, 1 }.Select(TestResult.IdOf)));
    }

    [TestCase("list", "--since", "yesterday", "--since 'yesterday' is not a UTC date/time")]
    [TestCase("export", "--until", "2025-13-45", "--until '2025-13-45' is not a UTC date/time")]
    [TestCase("list", "--limit", "0", "--limit must be at least 1, not 0")]
    [TestCase("show", "wn001", "", "'wn001' is not a result id")]
    public void Bad_options_get_one_clear_line(string command, string option, string value, string expected)
    {
        using var cli = new CliRunner();
        ResultsData.Store(cli);
        string[] args = value.Length == 0 ? ["results", command, option] : ["results", command, option, value];
        var (exit, output, error) = cli.Run(args);
        AssertOneLine(exit, output, error, ExitCodes.Usage, expected);
    }

    [TestCase("--format", "xml", "", "xml")]
    [TestCase("--result", "00000000-0000-0000-0000-000000000999", "", "no result with id 00000000-0000-0000-0000-000000000999 in ")]
    [TestCase("--result", "wn001", "", "--result 'wn001' is not a result id")]
    [TestCase("--result", "00000000-0000-0000-0000-000000000001", "--latest", "--result names one result")]
    public void Export_refuses_bad_input_in_one_line_and_writes_nothing(string option, string value, string also, string expected)
    {
        using var cli = new CliRunner();
        var store = ResultsData.Store(cli);
        var before = File.ReadAllBytes(store);
        string[] format = option == "--format" ? [] : ["--format", "hep-benchmark-suite"];
        string[] args = ["results", "export", .. format, option, value, .. also.Length == 0 ? Array.Empty<string>() : [also]];
        var (exit, output, error) = cli.Run(args);
        AssertOneLine(exit, output, error, ExitCodes.Usage, expected);
        Assert.That(File.ReadAllBytes(store), Is.EqualTo(before));
        Assert.That(cli.FilesWritten(), Has.All.StartsWith(store), "nothing beside the store (and SQLite's own files)");
    }

    [Test]
    public void Export_where_nothing_was_stored_yet_creates_no_store()
    {
        using var cli = new CliRunner();
        var id = TestResult.IdOf(1).ToString("D");
        var missing = cli.Run("results", "export", "--format", "hep-benchmark-suite", "--result", id);
        var nothing = cli.Run("results", "export");
        Assert.Multiple(() =>
        {
            AssertOneLine(missing.Exit, missing.Out, missing.Error, ExitCodes.Usage, $"no result with id {id}: there is no store at ");
            Assert.That((nothing.Exit, nothing.Out, nothing.Error), Is.EqualTo((ExitCodes.Ok, "[]\n", "")));
            Assert.That(cli.FilesWritten(), Is.Empty);
        });
    }

    [TestCase("list")]
    [TestCase("export")]
    [TestCase("import")]
    [TestCase("delete")]
    public void A_corrupt_store_is_refused_in_one_line_and_left_unchanged(string command)
    {
        using var cli = new CliRunner();
        var store = Path.Combine(cli.WorkingDirectory, "damaged.db");

        // A SQLite header whose page size and page count promise more than the file holds: a copy cut short.
        var bytes = new byte[4096];
        Encoding.ASCII.GetBytes("SQLite format 3\0").CopyTo(bytes, 0);
        bytes[16] = 0x10;
        bytes[18] = bytes[19] = 1;
        bytes[31] = 9;
        bytes[95] = bytes[27] = 1;
        File.WriteAllBytes(store, bytes);
        ResultFiles.Write(Path.Combine(cli.WorkingDirectory, "one.json"), ResultsData.Results()[0]);
        string[] args = command switch
        {
            "import" => ["results", "import", "one.json", "--store", "damaged.db"],
            "delete" => ["results", "delete", TestResult.IdOf(1).ToString("D"), "--store", "damaged.db"],
            _ => ["results", command, "--store", "damaged.db"],
        };

        var (exit, output, error) = cli.Run(args);
        AssertOneLine(exit, output, error, ExitCodes.StoreUnavailable, $"the store {store} is truncated or damaged");
        Assert.That(File.ReadAllBytes(store), Is.EqualTo(bytes), "the damaged store was modified");
        Assert.That(File.Exists(store + "-wal") || File.Exists(store + "-journal"), Is.False, "SQLite wrote beside the damaged store");
    }

    [Test]
    public void A_file_that_is_not_a_store_is_refused_in_one_line_and_left_unchanged()
    {
        using var cli = new CliRunner();
        var store = Path.Combine(cli.WorkingDirectory, "notes.db");
        File.WriteAllText(store, "node,hs06\nwn001,845\n");
        var before = File.ReadAllBytes(store);
        var (exit, output, error) = cli.Run("results", "list", "--store", "notes.db");
        AssertOneLine(exit, output, error, ExitCodes.StoreUnavailable, $"the store {store} is not a SQLite database");
        Assert.That(File.ReadAllBytes(store), Is.EqualTo(before));
    }

    private static void AssertOneLine(int exit, string output, string error, int expectedExit, string expected) =>
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(expectedExit), error);
            Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), error);
            Assert.That(error, Does.StartWith("calibrate: ").And.Contain(expected));
            Assert.That(error, Does.Not.Contain("   at "));
            Assert.That(output, Is.Empty);
        });
}
