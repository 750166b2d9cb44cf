using System.Globalization;
using Calibrate.Statistics.Calibration;

namespace Calibrate.Node.Calibration;

/// <summary>A model in one line, as `factor` shows the model an estimate was made with.</summary>
public static class ModelDescriptions
{
    public static string Of(ModelRepository models, string modelId)
    {
        ArgumentNullException.ThrowIfNull(models);
        return models.Find(modelId) is { } model ? Of(model) : "no longer on file in " + models.Directory;
    }

    public static string Of(CalibrationModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var form = model.Kind == ModelKind.Linear
            ? F($"{model.Unit} = {model.Intercept:F2} + {model.K:F4} x score")
            : F($"{model.Unit} = {model.K:F4} x score");
        return model.Provisional
            ? $"{form}, PROVISIONAL (not fitted on this site's nodes: fit your own with calibrate fit)"
            : model.LooRmsePercent is { } loo
                ? F($"{form}, fitted on {model.N} reference nodes, leave-one-out RMSE {loo:F2}%")
                : F($"{form}, fitted on {model.N} reference nodes");
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
