using Figures.Core.Model;

namespace Figures.Core.Export;

/// <summary>
/// The HXL hashtag row for the figures.csv columns. The value columns take the metric's own tag
/// when every exported figure has one metric, and the long-format indicator tags otherwise.
/// </summary>
public static class HxlTags
{
    /// <summary>The hashtag of a metric's value column.</summary>
    public static string ForMetric(Metric metric) => metric switch
    {
        Metric.Population => "#population",
        Metric.Idps => "#affected+idps",
        Metric.Displaced => "#affected+displaced",
        Metric.AtRisk => "#affected+x_at_risk",
        Metric.Killed => "#affected+killed",
        Metric.LocalitiesAttacked => "#indicator+x_localities_attacked",
        Metric.Combatants => "#population+x_combatants",
        Metric.Injured => "#affected+injured",
        Metric.InNeed => "#inneed",
        Metric.HealthAttacks => "#indicator+x_health_attacks",
        Metric.SchoolAttacks => "#indicator+x_school_attacks",
        Metric.ChildrenShare => "#affected+children+pct",
        _ => "#indicator+value",
    };

    /// <summary>
    /// Whether the export mixes percentages with counts. HXL tools add up a column, so the percentages then
    /// get columns of their own (<see cref="FigureCsvWriter.PercentColumns"/>), tagged <c>+pct</c>.
    /// </summary>
    public static bool PercentApart(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return figures.Any(f => f.Unit == Unit.Percent) && figures.Any(f => f.Unit != Unit.Percent);
    }

    /// <summary>The hashtag row, parallel to the header that <see cref="FigureCsvWriter"/> writes for these figures.</summary>
    public static IReadOnlyList<string> Row(IReadOnlyList<Figure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var metrics = figures.Select(f => f.Metric).Distinct().ToList();
        var metricTag = metrics.Count == 1 ? ForMetric(metrics[0]) : "#indicator+value";
        var percentTag = metricTag.Contains("+pct", StringComparison.Ordinal) ? metricTag : metricTag + "+pct";
        var apart = PercentApart(figures);
        var valueTag = !apart && figures.Count > 0 && figures.All(f => f.Unit == Unit.Percent) ? percentTag : metricTag;
        string[] percentColumns = apart ? [percentTag + "+num", percentTag + "+x_max+num"] : [];
        return
        [
            "#meta+id", "#indicator+code", valueTag + "+num", valueTag + "+x_max+num", "#indicator+x_unit",
            "#meta+x_qualifier", "#loc+name", "#adm1+name", "#adm1+code", "#country+code", "#date+start",
            "#date+end", "#org+name", "#meta+source", "#meta+x_title", "#date+reported", "#meta+url",
            "#meta+x_source_file", "#description", "#meta+x_notes", "#meta+x_conflicts_with",
            .. percentColumns,
        ];
    }
}
