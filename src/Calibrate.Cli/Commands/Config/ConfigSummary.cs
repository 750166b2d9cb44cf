using System.Globalization;
using System.Text;
using Calibrate.Cli.Infrastructure;
using Calibrate.Core.Text;
using Calibrate.Node.Configuration;
using Calibrate.Pushers.Prometheus;

namespace Calibrate.Cli.Commands.Config;

/// <summary>The effective settings of a valid file, defaults filled in, as `calibrate config check` prints them.</summary>
public static class ConfigSummary
{
    public static string Render(CalibrateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var sb = new StringBuilder();
        void Line(string key, string value) => sb.Append(CultureInfo.InvariantCulture, $"{key,-25}{value}\n");
        string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
        sb.Append(CultureInfo.InvariantCulture, $"{Path.GetFileName(config.Source ?? "defaults")}: valid\n");
        Line("store.local", config.Store.Local is { } l ? Shown(l) : "results/calibrate.db (default)");
        Line("store.central", config.Store.Central is { } c ? Shown(c) : "none");
        Line("store.timeout", Seconds(config.Store.Timeout));
        Line("measure.profile", config.Measure.Profile.ToString().ToLowerInvariant());
        Line("measure.precision", config.Measure.Precision is { } p ? DisplayFormat.Percent(p, 1) : "none");
        Line("measure.copies", config.Measure.Copies?.ToString(CultureInfo.InvariantCulture) ?? "one per allowed CPU");
        Line("measure.pinning", config.Measure.Pinning.ToString());
        Line("measure.label", config.Measure.Label);
        Line("measure.max_interval", "±" + DisplayFormat.Percent(config.Measure.MaxInterval, 1));
        Line("reference.unit", config.Reference.Unit?.ToString() ?? "default ($CALIBRATE_UNIT or HS23)");
        Line("reference.per_slot", config.Reference.PerSlot is { } perSlot ? perSlot.ToString(CultureInfo.InvariantCulture) + " per slot" : "default ($CALIBRATE_REFERENCE_PER_SLOT or 10)");
        Line("reference.bucket_step", config.Reference.BucketStep?.ToString(CultureInfo.InvariantCulture) ?? "default ($CALIBRATE_BUCKET_STEP or 0.1)");
        Line("reference.model_dir", config.Reference.ModelDirectory ?? "default ($CALIBRATE_MODEL_DIR or results/models)");
        Line("pushers", config.Pushers.Enabled.Count == 0 ? "none" : string.Join(", ", config.Pushers.Enabled));
        Line("pushers.timeout", Seconds(config.Pushers.Timeout));
        if (config.Pushers.Prometheus is { } prometheus)
        {
            Line("pushers.prometheus", prometheus.Directory ?? $"{TextfilePlanner.DefaultDirectory} (default)");
        }

        Line("boot.budget", Seconds(config.Boot.Budget));
        Line("boot.fallback", config.Boot.Fallback ? "yes" : "no");
        Line("boot.lock_wait", config.Boot.LockWait == TimeSpan.Zero ? "refuse at once" : Seconds(config.Boot.LockWait));
        return sb.ToString();
    }

    private static string Shown(string store) =>
        Calibrate.Store.Postgres.PostgresTarget.IsUrl(store) ? Calibrate.Store.Postgres.PostgresTarget.Redact(store) : Calibrate.Store.ConnectionStringText.Redact(store);
}
