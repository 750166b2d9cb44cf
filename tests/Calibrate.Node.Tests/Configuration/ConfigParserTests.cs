using Calibrate.Core.Running;
using Calibrate.Node.Configuration;
using Calibrate.TestSupport.Files;

namespace Calibrate.Node.Tests.Configuration;

/// <summary>Strict parsing: typed values, JSON too, and every mistake named with its key path and line.</summary>
public sealed class ConfigParserTests
{
    private const string Full = """
        store:
          local: /var/lib/calibrate/calibrate.db
          central: postgresql://calibrate@db/calibrate
          timeout: 5s
        measure:
          profile: standard
          precision: 0.5%
          copies: 4
          pinning: thread
          max_interval: 8%
        reference:
          hs06_per_slot: 11.5
        pushers:
          timeout: 20s
          mjf:
            directory: /etc/machinefeatures
            legacy: true
          slurm: {}
          htcondor:
          pbs:
            mom_config: /var/spool/pbs/mom_priv/config
            qmgr: property
          prometheus:
            directory: /srv/node-exporter/textfile
        boot:
          budget: 90s
          fallback: true
          lock_wait: 1m
        """;

    [Test]
    public void A_full_file_gives_every_typed_value()
    {
        var config = ConfigParser.Parse(Full, "/etc/calibrate/calibrate.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(config.Store.Local, Is.EqualTo("/var/lib/calibrate/calibrate.db"));
            Assert.That(config.Store.Central, Is.EqualTo("postgresql://calibrate@db/calibrate"));
            Assert.That(config.Store.Timeout, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(config.Measure.Profile, Is.EqualTo(Profile.Standard));
            Assert.That(config.Measure.Precision, Is.EqualTo(0.005).Within(1e-12));
            Assert.That(config.Measure.Copies, Is.EqualTo(4));
            Assert.That(config.Measure.Pinning.Kind, Is.EqualTo(PinningKind.Thread));
            Assert.That(config.Measure.MaxInterval, Is.EqualTo(0.08).Within(1e-12));
            Assert.That(config.Reference.PerSlot, Is.EqualTo(11.5));
            Assert.That(config.Pushers.Enabled, Is.EqualTo(new[] { "mjf", "slurm", "htcondor", "pbs", "prometheus" }));
            Assert.That(config.Pushers.Pbs!.MomConfig, Is.EqualTo("/var/spool/pbs/mom_priv/config"));
            Assert.That(config.Pushers.Pbs.Qmgr, Is.EqualTo(Calibrate.Pushers.Pbs.PbsQmgr.Property));
            Assert.That(config.Pushers.Prometheus!.Directory, Is.EqualTo("/srv/node-exporter/textfile"));
            Assert.That(config.Pushers.Mjf!.Legacy, Is.True);
            Assert.That(config.Pushers.Timeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(config.Boot.Budget, Is.EqualTo(TimeSpan.FromSeconds(90)));
            Assert.That(config.Boot.Fallback, Is.True);
            Assert.That(config.Boot.LockWait, Is.EqualTo(TimeSpan.FromMinutes(1)));
        });
    }

    [Test]
    public void Json_with_the_same_keys_means_the_same()
    {
        const string json = """
            {
              "store": { "local": "/var/lib/calibrate/calibrate.db", "timeout": "5s" },
              "measure": { "precision": "1%", "copies": 4 },
              "pushers": { "mjf": { "directory": "/etc/machinefeatures", "legacy": true } },
              "boot": { "budget": "90s", "fallback": true }
            }
            """;
        var config = ConfigParser.Parse(json, "calibrate.json");
        Assert.Multiple(() =>
        {
            Assert.That(config.Store.Local, Is.EqualTo("/var/lib/calibrate/calibrate.db"));
            Assert.That(config.Measure.Copies, Is.EqualTo(4));
            Assert.That(config.Pushers.Mjf!.Legacy, Is.True);
            Assert.That(config.Boot.Fallback, Is.True);
        });
    }

    [Test]
    public void An_unknown_key_is_named_with_its_path_line_and_the_key_it_probably_meant()
    {
        const string yaml = """
            store:
              local: /var/lib/calibrate/calibrate.db
            measure:
              profile: quick
            pushers:
              mjf:
                directroy: /etc/machinefeatures
            """;
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse(yaml, "/etc/calibrate/calibrate.yaml"))!;
        Assert.That(error.Errors, Is.EqualTo(new[] { "calibrate.yaml line 7: unknown key 'pushers.mjf.directroy' (did you mean 'directory'?)" }));
    }

    [Test]
    public void Every_bad_value_is_reported_at_once()
    {
        const string yaml = """
            boot:
              budget: soon
              fallback: maybe
            measure:
              copies: -1
              max_interval: 0%
            storage:
              local: x
            pushers:
              pbs:
                qmgr: 1
            """;
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse(yaml, "calibrate.yaml"))!;
        Assert.That(error.Errors, Is.EqualTo(new[]
        {
            "calibrate.yaml line 5: 'measure.copies' is '-1', not a whole number such as 8",
            "calibrate.yaml line 6: 'measure.max_interval' is '0%', not a percentage such as 1%",
            "calibrate.yaml line 11: 'pushers.pbs.qmgr' is '1', not none, property, resource",
            "calibrate.yaml line 2: 'boot.budget' is 'soon', not a duration such as 60s or 5m",
            "calibrate.yaml line 3: 'boot.fallback' is 'maybe', not true or false",
            "calibrate.yaml line 7: unknown key 'storage' (did you mean 'store'?)",
        }));
    }

    [Test]
    public void Broken_yaml_is_reported_with_its_line()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigParser.Parse("store:\n  local: [unclosed\n", "calibrate.yaml"))!;
        Assert.That(error.Errors.Single(), Does.StartWith("calibrate.yaml line ").And.Contain("not valid YAML or JSON"));
    }

    [Test]
    public void An_empty_file_is_the_defaults()
    {
        var config = ConfigParser.Parse("# nothing yet\n", "calibrate.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(config.Boot.Budget, Is.EqualTo(TimeSpan.FromSeconds(60)));
            Assert.That(config.Measure.Profile, Is.EqualTo(Profile.Quick));
            Assert.That(config.Measure.Precision, Is.EqualTo(0.01));
            Assert.That(config.Measure.MaxInterval, Is.EqualTo(0.05), "the default gate: a run's own 95% interval within ±5%");
            Assert.That(config.Pushers.Enabled, Is.Empty);
        });
    }

    [Test]
    public void The_shipped_example_is_valid()
    {
        var path = Repository.Path("packaging", "calibrate.example.yaml");
        var config = ConfigParser.Parse(File.ReadAllText(path), path);
        Assert.That(config.Pushers.Enabled, Is.EqualTo(new[] { "mjf" }));
    }
}
