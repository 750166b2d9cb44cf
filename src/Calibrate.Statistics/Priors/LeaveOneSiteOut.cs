using Calibrate.Statistics.Robust;

namespace Calibrate.Statistics.Priors;

/// <summary>
/// Leave-one-site-out cross-validation of the table prior: for every model measured at two or more sites, every
/// such site and every layout (SMT state, logical CPUs) it measured, the site's figure (its rows' median weighted by
/// runs, HS23 per logical CPU) is predicted from the other sites' rows of the model by <see cref="LayoutMatcher"/>,
/// the SMT gain too coming from the other sites' rows. The errors are what a node at a site the table has not seen
/// should expect; the prior states their <see cref="LosoSummary.RelativeSd"/>.
/// </summary>
/// <remarks>
/// Leaving out a whole site, not a row, because rows of one site share its machines, BIOS settings and operating
/// system: leaving out a row would let the site predict itself. Stone, "Cross-validatory choice and assessment of
/// statistical predictions", J. R. Stat. Soc. B 36 (1974) 111–147, doi:10.1111/j.2517-6161.1974.tb00994.x; grouped
/// (leave-one-group-out) form as in Roberts et al., "Cross-validation strategies for data with temporal, spatial,
/// hierarchical, or phylogenetic structure", Ecography 40 (2017) 913–929, doi:10.1111/ecog.02881.
/// </remarks>
public static class LeaveOneSiteOut
{
    public static LosoReport Run(Hs23Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var gainWithout = new Dictionary<string, SmtGain?>(StringComparer.Ordinal);
        var predictions = new List<LosoPrediction>();
        foreach (var model in table.Rows.GroupBy(r => r.Model, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var sites = model.Select(r => r.SiteKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            if (sites.Length < 2)
            {
                continue;
            }

            foreach (var site in sites)
            {
                if (!gainWithout.TryGetValue(site, out var gain))
                {
                    gain = SmtGain.Of(table.Rows.Where(r => r.SiteKey != site));
                    gainWithout[site] = gain;
                }

                var others = model.Where(r => r.SiteKey != site).ToArray();
                foreach (var layout in model.Where(r => r.SiteKey == site).GroupBy(r => (r.SmtActive, r.LogicalCpus)).OrderBy(g => g.Key))
                {
                    if (LayoutMatcher.Match(others, layout.Key.SmtActive, layout.Key.LogicalCpus, gain) is not { } match)
                    {
                        continue;
                    }

                    predictions.Add(new LosoPrediction
                    {
                        Model = model.Key,
                        Site = site,
                        SmtActive = layout.Key.SmtActive,
                        LogicalCpus = layout.Key.LogicalCpus,
                        Measured = WeightedMedian.Of(layout.Select(r => (r.Hs23PerLogicalCpu, (double)r.Measurements)).ToArray()),
                        Predicted = match.Hs23PerLogicalCpu,
                        Rule = match.Rule,
                        SourceSites = match.SiteValues.Keys.Order(StringComparer.Ordinal).ToArray(),
                    });
                }
            }
        }

        return new LosoReport
        {
            Predictions = predictions,
            Pooled = LosoSummary.Of(predictions),
            SameSmtState = LosoSummary.Of(predictions.Where(p => p.RuleClass == RuleClass.SameSmtState).ToArray()),
            ConvertedSmtState = LosoSummary.Of(predictions.Where(p => p.RuleClass == RuleClass.ConvertedSmtState).ToArray()),
        };
    }
}
