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

    /// <summary>The hashtag row, parallel to <see cref="FigureColumns.All"/>.</summary>
    public static IReadOnlyList<string> Row(IReadOnlyList<Figure> figures)
    {
        var metrics = figures.Select(f => f.Metric).Distinct().ToList();
        var valueTag = metrics.Count == 1 ? ForMetric(metrics[0]) : "#indicator+value";
        return
        [
            "#meta+id", "#indicator+code", valueTag + "+num", valueTag + "+x_max+num", "#indicator+x_unit",
            "#meta+x_qualifier", "#loc+name", "#adm1+name", "#adm1+code", "#country+code", "#date+start",
            "#date+end", "#org+name", "#meta+source", "#meta+x_title", "#date+reported", "#meta+url",
            "#meta+x_source_file", "#description", "#meta+x_notes", "#meta+x_conflicts_with",
        ];
    }
}
