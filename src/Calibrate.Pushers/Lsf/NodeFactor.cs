using Calibrate.Core.Factors;

namespace Calibrate.Pushers.Lsf;

/// <summary>
/// One node's CPU factor for the master-side push, with the bucket step its host model is chosen by
/// (<see cref="CpuFactorRules.Bucket"/>, the same rule as the estimate's). Architecture is the node's auto-detected
/// architecture string (`lim -t`), needed only for a dynamic host: LIM gives such a host the model whose ARCHITECTURE
/// list matches it (lsf.shared.5, HostModel section), because dynamic hosts are not listed in lsf.cluster.
/// </summary>
public sealed record NodeFactor(string Host, double CpuFactor, double BucketStep = CpuFactorRules.DefaultBucketStep, string? Architecture = null)
{
    /// <summary>The factor's host-model bucket; throws when the factor is not a positive number (LIM rejects it) or the step is not one.</summary>
    public double Bucket => !CpuFactorRules.IsValidStep(BucketStep)
        ? throw new Common.PushConfigException($"{Host}: {CpuFactorRules.StepError(BucketStep)}")
        : CpuFactorRules.Bucket(CpuFactor, BucketStep) is var bucket && double.IsFinite(bucket)
        ? bucket
        : throw new Common.PushRefusedException($"{Host}: CPU factor {CpuFactor.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} is not a positive number");

    /// <summary>The bucket as LSF reads it, with the step's decimals ("12.5").</summary>
    public string FactorText => CpuFactorRules.BucketText(Bucket, BucketStep);

    public string ModelName => LsfNames.ModelName(Bucket, BucketStep);
}
