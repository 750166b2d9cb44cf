using Calibrate.Node.Configuration;
using Calibrate.TestSupport.Files;

namespace Calibrate.Node.Tests.Configuration;

/// <summary>
/// Inputs of any depth or size end in one error, never a stack overflow (issue 15, defect 10); a URL in store.local
/// and a password in store.central are refused without showing them (defects 15 and 3).
/// </summary>
public sealed class ConfigBoundsTests
{
    private const int Deep = 100_000;

    [Test]
    public void A_json_config_nested_100000_levels_is_one_error()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", Deep)) + "1" + new string('}', Deep);
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse(text, "calibrate.json"));
        Assert.That(error!.Errors.Single(), Does.Contain("nested deeper than 16 levels"));
    }

    [Test]
    public void A_yaml_config_nested_100000_levels_is_one_error()
    {
        var text = "store: " + new string('[', Deep) + new string(']', Deep) + "\n";
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse(text, "calibrate.yaml"));
        Assert.That(error!.Errors.Single(), Does.Contain("nested deeper"));
    }

    [Test]
    public void A_config_larger_than_a_megabyte_is_refused_before_parsing()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("calibrate.yaml");
        File.WriteAllText(path, "# " + new string('x', ConfigParser.MaxBytes) + "\n");
        var error = Assert.Throws<ConfigException>(() => ConfigLocator.Load(path));
        Assert.That(error!.Message, Does.Contain("at most"));
    }

    [Test]
    public void A_device_as_the_config_is_refused_at_once() =>
        Assert.That(Assert.Throws<ConfigException>(() => ConfigLocator.Load("/dev/zero"))!.Message, Does.Contain("character device"));

    [TestCase("postgresql://cal:s3cretPW@db/cal")]
    [TestCase("postgres://db/cal")]
    [TestCase("https://db/cal")]
    public void A_url_in_store_local_is_refused_without_showing_it(string url)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse($"store:\n  local: {url}\n", "calibrate.yaml"));
        Assert.That(error!.Errors.Single(), Does.Contain("line 2").And.Contain("store.local").And.Contain("is a URL"));
        Assert.That(error.Message, Does.Not.Contain("s3cretPW"));
    }

    [TestCase("postgresql://cal:s3cretPW@db/cal")]
    [TestCase("postgresql://cal@db/cal?password=s3cretPW")]
    public void A_password_in_store_central_is_refused_without_showing_it(string url)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse($"store:\n  central: {url}\n", "calibrate.yaml"));
        Assert.That(error!.Errors.Single(), Does.Contain("store.central").And.Contain("holds a password"));
        Assert.That(error.Message, Does.Not.Contain("s3cretPW"));
    }

    [Test]
    public void A_bad_value_is_shown_escaped_and_cut_on_one_line()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse("boot:\n  budget: \"60s\\n\\u001b[2J" + new string('x', 5000) + "\"\n", "calibrate.yaml"));
        var message = error!.Errors.Single();
        Assert.That(message.Any(char.IsControl), Is.False, "no raw control character (newline, escape)");
        Assert.That(message.Length, Is.LessThan(400));
    }
}
