using System.Globalization;
using Calibrate.Core.Factors;
using Calibrate.Node.Calibration;
using Calibrate.Node.Hosting;
using Calibrate.Node.Stores;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Configuration;

/// <summary>
/// The site's settings as every command resolves them, in one place: the configuration file (--config,
/// $CALIBRATE_CONFIG, /etc/calibrate/calibrate.yaml), the store, the calibration models and what CPU factors are
/// relative to. Precedence, for each: the command-line option, then the configuration file, then the environment
/// variable, then the default. `run`, `factor`, `push` and `boot` on one node therefore agree.
/// </summary>
public sealed class Site
{
    public const string ReferenceVariable = "CALIBRATE_REFERENCE_PER_SLOT";

    /// <summary>The variable's name before units: still read when the new one is unset.</summary>
    public const string LegacyReferenceVariable = "CALIBRATE_REFERENCE_HS06_PER_SLOT";

    public const string UnitVariable = "CALIBRATE_UNIT";
    public const string BucketStepVariable = "CALIBRATE_BUCKET_STEP";
    public const string ModelDirectoryVariable = "CALIBRATE_MODEL_DIR";

    public Site(NodeEnvironment environment, CalibrateConfig config)
    {
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        Config = config ?? throw new ArgumentNullException(nameof(config));
    }

    public NodeEnvironment Environment { get; }

    public CalibrateConfig Config { get; }

    /// <summary>The configuration named by <paramref name="configOption"/> or found in the usual places; the defaults when there is none.</summary>
    public static Site Load(NodeEnvironment environment, string? configOption = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var path = ConfigLocator.Find(configOption, environment.GetEnvironment, environment.ResolvePath);
        return new Site(environment, ConfigLocator.Load(path));
    }

    /// <summary>reference.model_dir, else $CALIBRATE_MODEL_DIR, else results/models.</summary>
    public string ModelDirectory =>
        Config.Reference.ModelDirectory is { } configured ? Environment.ResolvePath(configured)
        : Environment.Variable(ModelDirectoryVariable) is { } variable ? Environment.ResolvePath(variable)
        : Path.Combine(Environment.ResultsDirectory, "models");

    public ModelRepository Models => new(ModelDirectory);

    /// <summary>The calibration model estimates use: the site's current model of <see cref="Unit"/> (<see cref="ModelRepository.Current"/>).</summary>
    public CalibrationModel Model(AccountingUnit? unitOption = null) => Models.Current(Unit(unitOption));

    /// <summary>--store, else store.local, else $CALIBRATE_STORE, else results/calibrate.db: a URL as given, a path absolute.</summary>
    public string StoreArgument(string? option = null)
    {
        var chosen = Nonblank(option) ?? Nonblank(Config.Store.Local) ?? Environment.Variable(StoreLocation.Variable);
        return chosen is null ? StoreLocation.DefaultPath(Environment) : StoreLocation.Normalise(chosen, Environment);
    }

    /// <summary>The accounting unit: --unit, reference.unit, $CALIBRATE_UNIT, else HS23 (WLCG's unit since April 2023).</summary>
    public AccountingUnit Unit(AccountingUnit? option = null)
    {
        if ((option ?? Config.Reference.Unit) is { } chosen)
        {
            return chosen;
        }

        if (Environment.Variable(UnitVariable) is not { } text)
        {
            return AccountingUnits.Default;
        }

        return AccountingUnits.TryParse(text, out var unit) ? unit.Value : throw new InputException($"{UnitVariable} '{text}' is not a unit: use HS23 or HS06");
    }

    /// <summary>The accounting unit, the reference per slot and the bucket step, each by the precedence above, validated.</summary>
    public FactorSettings Factors(double? referenceOption = null, double? bucketStepOption = null, AccountingUnit? unitOption = null)
    {
        var reference = referenceOption ?? Config.Reference.PerSlot ?? Number(ReferenceVariable) ?? Number(LegacyReferenceVariable) ?? FactorSettings.DefaultReferencePerSlot;
        var step = bucketStepOption ?? Config.Reference.BucketStep ?? Number(BucketStepVariable) ?? CpuFactorRules.DefaultBucketStep;
        if (!(reference > 0) || !double.IsFinite(reference))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"the reference per slot must be a positive number such as 11.5, not {reference}"));
        }

        if (!CpuFactorRules.IsValidStep(step))
        {
            throw new InputException(CpuFactorRules.StepError(step));
        }

        return new FactorSettings { Unit = Unit(unitOption), ReferencePerSlot = reference, BucketStep = step };
    }

    private double? Number(string variable)
    {
        if (Environment.Variable(variable) is not { } text)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new InputException($"{variable} '{text}' is not a number");
    }

    private static string? Nonblank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
