using Calibrate.Core.Factors;
using Calibrate.Core.Running;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Calibrate.Node.Configuration;

/// <summary>
/// Reads calibrate.yaml, or calibrate.json (JSON is YAML's flow style, so one parser, with line numbers for both),
/// into an immutable <see cref="CalibrateConfig"/>. Pure: text in, config or every error out.
/// </summary>
public static class ConfigParser
{
    /// <summary>The example with every key is 4 kB: a configuration of 1 MB is not one, and is refused before it is parsed.</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>The deepest nesting a configuration has is 3 (pushers.mjf.directory); deeper is refused before the parser recurses into it.</summary>
    public const int MaxDepth = 16;

    /// <summary>The config, or <see cref="ConfigException"/> listing every problem with its line.</summary>
    public static CalibrateConfig Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new ConfigErrors(Path.GetFileName(fileName));
        if (text.Length > MaxBytes)
        {
            errors.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text.Length} characters; a calibrate configuration is at most {MaxBytes}"));
            throw new ConfigException(errors.All);
        }

        var root = TooDeep(text, errors) ? null : Load(text, errors);
        if (root is null)
        {
            throw new ConfigException(errors.All);
        }

        var section = new ConfigSection(root, "", errors);
        var config = new CalibrateConfig
        {
            Source = fileName,
            Store = ReadStore(section.Section("store")),
            Measure = ReadMeasure(section.Section("measure"), errors),
            Reference = ReadReference(section.Section("reference"), errors),
            Pushers = ReadPushers(section.Section("pushers")),
            Boot = ReadBoot(section.Section("boot")),
            Remeasure = ReadRemeasure(section.Section("remeasure"), errors),
        };
        section.RejectUnknown();
        return errors.All.Count == 0 ? config : throw new ConfigException(errors.All);
    }

    /// <summary>
    /// Walks the file's events (the event parser keeps a stack of its own, it does not recurse) and stops at the first
    /// collection nested deeper than <see cref="MaxDepth"/>: YamlStream's node builder recurses once per level, and a
    /// file nested 100,000 levels deep overflowed the stack, which no handler can catch.
    /// </summary>
    private static bool TooDeep(string text, ConfigErrors errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++depth > MaxDepth:
                        errors.Add(parser.Current.Start, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"nested deeper than {MaxDepth} levels; a calibrate configuration is 3 deep"));
                        return true;
                    case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException or FormatException)
        {
            // Load reports the syntax error with its line.
        }

        return false;
    }

    private static YamlMappingNode? Load(string text, ConfigErrors errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            errors.Add(e.Start, $"not valid YAML or JSON: {Calibrate.Core.Text.UntrustedText.Escape(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet's scanner throws these on some malformed input (found by the fuzz suite) instead of a YamlException.
            errors.Add("not valid YAML or JSON");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            return new YamlMappingNode();
        }

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (root is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        errors.Add(root.Start, "the file must be a mapping of sections (store, measure, reference, pushers, boot, remeasure)");
        return null;
    }

    private static StoreSettings ReadStore(ConfigSection? s)
    {
        if (s is null)
        {
            return new StoreSettings();
        }

        var store = new StoreSettings
        {
            Local = s.Checked("local", local => Calibrate.Store.Postgres.PostgresTarget.IsUrl(local.Trim()) || local.Contains("://", StringComparison.Ordinal)
                ? "is a URL; store.local is the node's SQLite file (a path), a postgresql:// URL goes in store.central"
                : Calibrate.Store.ConnectionStringText.IsLike(local)
                    ? "is a key=value connection string; store.local is the node's SQLite file (a path), a postgresql:// URL goes in store.central"
                    : null),
            Central = s.Checked("central", central => !Calibrate.Store.Postgres.PostgresTarget.IsUrl(central.Trim())
                ? "is not a postgresql://USER@HOST/DATABASE URL"
                : Calibrate.Store.Postgres.PostgresTarget.HoldsPassword(central)
                    ? "holds a password; remove it and give the node PGPASSWORD or a ~/.pgpass line"
                    : null),
            Timeout = s.Duration("timeout") ?? StoreSettings.DefaultTimeout,
        };
        s.RejectUnknown();
        return store;
    }

    private static MeasureSettings ReadMeasure(ConfigSection? s, ConfigErrors errors)
    {
        if (s is null)
        {
            return new MeasureSettings();
        }

        var defaults = new MeasureSettings();
        var profile = s.Text("profile");
        var pinning = s.Text("pinning");
        var measure = new MeasureSettings
        {
            Profile = profile is null ? defaults.Profile : ParseProfile(profile, errors),
            Precision = s.Has("precision") && s.Text("precision") is "none" ? null : s.Fraction("precision") ?? defaults.Precision,
            Copies = s.Integer("copies"),
            Pinning = pinning is null ? defaults.Pinning : ParsePinning(pinning, errors),
            Label = s.Text("label") ?? defaults.Label,
            MaxInterval = s.Fraction("max_interval") ?? defaults.MaxInterval,
        };
        s.RejectUnknown();
        return measure;
    }

    private static Profile ParseProfile(string text, ConfigErrors errors, string key = "measure.profile")
    {
        if (Enum.TryParse<Profile>(text, ignoreCase: true, out var profile) && Enum.IsDefined(profile) && !char.IsDigit(text[0]))
        {
            return profile;
        }

        errors.Add($"'{key}' is '{text}', not quick, standard or full");
        return Profile.Quick;
    }

    private static Pinning ParsePinning(string text, ConfigErrors errors)
    {
        if (Pinning.TryParse(text, out var pinning, out var error))
        {
            return pinning;
        }

        errors.Add($"'measure.pinning': {error}");
        return Pinning.None;
    }

    private static ReferenceSettings ReadReference(ConfigSection? s, ConfigErrors errors)
    {
        if (s is null)
        {
            return new ReferenceSettings();
        }

        var unit = s.Text("unit");
        if (unit is not null && !AccountingUnits.TryParse(unit, out _))
        {
            errors.Add($"'reference.unit' is '{unit}', not HS23 or HS06");
        }

        var reference = new ReferenceSettings
        {
            Unit = AccountingUnits.TryParse(unit, out var parsed) ? parsed : null,
            PerSlot = s.Number("per_slot") ?? s.Number("hs06_per_slot"),
            BucketStep = s.Number("bucket_step"),
            ModelDirectory = s.Text("model_dir"),
        };
        s.RejectUnknown();
        return reference;
    }

    private static PushersSettings ReadPushers(ConfigSection? s)
    {
        if (s is null)
        {
            return new PushersSettings();
        }

        var pushers = new PushersSettings
        {
            Timeout = s.Duration("timeout") ?? PushersSettings.DefaultTimeout,
            Mjf = Read(s.Section("mjf"), m => new MjfPusherSettings { Directory = m.Text("directory"), Legacy = m.Flag("legacy") ?? false }),
            Slurm = Read(s.Section("slurm"), m => new SlurmPusherSettings { Node = m.Text("node") }),
            HtCondor = Read(s.Section("htcondor"), m => new HtCondorPusherSettings { ConfigDirectory = m.Text("config_dir") }),
            GridEngine = Read(s.Section("gridengine"), m => new GridEnginePusherSettings { Host = m.Text("host") }),
            LsfLocal = Read(s.Section("lsf_local"), m => new LsfLocalPusherSettings { LsfConf = m.Text("lsf_conf") }),
            Pbs = Read(s.Section("pbs"), m => new PbsPusherSettings { MomConfig = m.Text("mom_config"), Qmgr = m.Choice<Pushers.Pbs.PbsQmgr>("qmgr") ?? Pushers.Pbs.PbsQmgr.None, Node = m.Text("node") }),
            Prometheus = Read(s.Section("prometheus"), m => new PrometheusPusherSettings { Directory = m.Text("directory") }),
        };
        s.RejectUnknown();
        return pushers;
    }

    private static BootSettings ReadBoot(ConfigSection? s)
    {
        if (s is null)
        {
            return new BootSettings();
        }

        var boot = new BootSettings
        {
            Budget = s.Duration("budget") ?? BootSettings.DefaultBudget,
            Fallback = s.Flag("fallback") ?? false,
            LockWait = s.Duration("lock_wait") ?? TimeSpan.Zero,
        };
        s.RejectUnknown();
        return boot;
    }

    private static RemeasureSettings ReadRemeasure(ConfigSection? s, ConfigErrors errors)
    {
        if (s is null)
        {
            return new RemeasureSettings();
        }

        var defaults = new RemeasureSettings();
        var scheduler = s.Text("scheduler") ?? defaults.Scheduler;
        if (scheduler != "none" && !Remeasure.JobQuery.Schedulers.Contains(scheduler))
        {
            errors.Add($"'remeasure.scheduler' is '{scheduler}', not none, {string.Join(", ", Remeasure.JobQuery.Schedulers)}");
        }

        var profile = s.Text("profile");
        var remeasure = new RemeasureSettings
        {
            Scheduler = scheduler,
            Profile = profile is null ? defaults.Profile : ParseProfile(profile, errors, "remeasure.profile"),
            Budget = s.Duration("budget") ?? defaults.Budget,
        };
        s.RejectUnknown();
        return remeasure;
    }

    private static T? Read<T>(ConfigSection? section, Func<ConfigSection, T> read)
        where T : class
    {
        if (section is null)
        {
            return null;
        }

        var value = read(section);
        section.RejectUnknown();
        return value;
    }
}
