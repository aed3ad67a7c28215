using System.Globalization;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Wording;
using ScottPlot;
using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// The highest (or latest) single reported figure per metric, optionally in groups by admin1 or year. Reports
/// from different sources overlap, so bars are never sums. A bar's length is its value, so bars are never on
/// a log axis: each unit gets its own panel, and within a unit, bars under 1/<see cref="Magnitude.MaxLinearRatio"/>
/// of the panel's largest move to a panel of their own with their own scale.
/// </summary>
internal static class BarsRecipe
{
    public static ChartDraft Draft(ChartRequest request, float width)
    {
        var figures = request.Figures;
        var notes = new List<NoteDraft>();
        var usable = figures.ToList();
        if (request.Aggregate == BarAggregate.Latest)
        {
            var undated = usable.Where(f => f.ReferenceDate is null).ToList();
            usable = usable.Where(f => f.ReferenceDate is not null).ToList();
            if (usable.Count == 0)
                throw new FiguresException($"none of the {figures.Count} selected figures has a date, so there is no latest one; use the highest instead", Severity.Invalid);
            if (undated.Count > 0) notes.Add(new NoteDraft("Not compared for the latest figure (date not stated)", undated));
        }
        var bars = Choose(usable, request.Grouping, request.Aggregate);
        var chosen = bars.Select(b => b.Figure).ToHashSet(ReferenceEqualityComparer.Instance);
        var others = usable.Where(f => !chosen.Contains(f)).ToList();
        if (others.Count > 0)
        {
            notes.Insert(0, new NoteDraft(request.Aggregate == BarAggregate.Highest
                ? "Not drawn, a higher report of the same metric is the bar" : "Not drawn, a later report of the same metric is the bar", others));
        }

        var panels = new List<PanelDraft>();
        var scaleNotes = new List<string>();
        var index = 0;
        foreach (var unitBars in bars.GroupBy(b => b.Figure.Unit).OrderBy(g => Preference(g.Key)).ThenByDescending(g => g.Count()))
        {
            var band = 0;
            foreach (var group in Bands(unitBars.ToList()))
            {
                var unit = unitBars.Key;
                var heading = ChartPhrases.English.Unit(unit) + (band == 0 ? "" : $": figures under 1/{Magnitude.MaxLinearRatio:0} of the largest, own scale");
                var members = group;
                var rowCount = members.Select(b => b.Group).Distinct().Count();
                panels.Add(new PanelDraft
                {
                    Heading = heading,
                    ScaleNote = band == 1 ? $"{ChartPhrases.English.Unit(unit)}: bars under 1/{Magnitude.MaxLinearRatio:0} of the largest have their own panel and scale." : null,
                    MinHeight = rowCount * (PlotKit.LabelSize(width) + 4) + PlotKit.LabelSize(width) * 1.3f + 9,
                    MaxHeight = members.Count * 22 + 24,
                    Weight = rowCount + 1,
                    Priority = -index,
                    Figures = members.Select(b => b.Figure).ToList(),
                    Fill = (size, fonts, _) => Fill(members, request.Grouping, size, fonts, width),
                });
                index++;
                band++;
            }
        }

        var verb = request.Aggregate == BarAggregate.Highest ? "Highest" : "Latest";
        var by = request.Grouping switch { BarGrouping.Admin1 => " by admin1 area", BarGrouping.Year => " by year", _ => "" };
        var metrics = bars.Select(b => b.Figure.Metric).Distinct().Order().ToList();
        var legend = metrics.Select(m => new LegendKey(MetricWording.Title(m), KeyMark.Bar, MetricColors.Of(m), f => f.Metric == m)).ToList();
        if (bars.Any(b => b.Figure.IsRange)) legend.Add(new LegendKey("pale end: range a source gave", KeyMark.Bar, Typography.Axis.WithAlpha(90), f => f.IsRange));
        var area = ChartWording.SharedArea(figures);
        var what = request.Aggregate == BarAggregate.Highest ? "the highest figure any source reported" : "the most recently dated figure";
        return new ChartDraft
        {
            Title = request.Title ?? $"{verb} reported figure for each metric{by}",
            Subtitle = $"{(area is null ? "" : area + ". ")}Each bar is {what}, one figure from one source; reports overlap, so bars are never added up.",
            Legend = legend,
            Panels = panels,
            Notes = notes,
            ScaleNotes = scaleNotes,
        };
    }

    /// <summary>One bar: the group it is in and the figure it shows.</summary>
    internal sealed record BarSpec(string Group, int Order, Figure Figure, int Reports);

    private static List<BarSpec> Choose(List<Figure> figures, BarGrouping grouping, BarAggregate aggregate)
    {
        var keyed = figures.Select(f => (Group: GroupOf(f, grouping), Figure: f));
        return keyed.GroupBy(k => (k.Group, k.Figure.Metric, k.Figure.Unit))
            .Select(g =>
            {
                var list = g.Select(k => k.Figure);
                var chosen = aggregate == BarAggregate.Highest ? Selection.Highest(list) : Selection.Latest(list);
                return new BarSpec(g.Key.Group, GroupOrder(g.Key.Group, chosen, grouping), chosen, g.Count());
            })
            .OrderBy(b => b.Order).ThenBy(b => b.Group, StringComparer.Ordinal).ThenBy(b => b.Figure.Metric)
            .ToList();
    }

    private static string GroupOf(Figure figure, BarGrouping grouping) => grouping switch
    {
        BarGrouping.Admin1 => figure.Admin1.Length == 0 ? "admin1 not stated" : figure.Admin1,
        BarGrouping.Year => figure.ReferenceDate is { } d ? d.Year.ToString("0000", CultureInfo.InvariantCulture) : "date not stated",
        _ => MetricWording.Title(figure.Metric),
    };

    // Metrics in their fixed order, years in time order, areas by name; "not stated" groups last.
    private static int GroupOrder(string group, Figure figure, BarGrouping grouping) =>
        grouping == BarGrouping.Metric ? (int)figure.Metric : group.EndsWith("not stated", StringComparison.Ordinal) ? 1000 : 0;

    // Splits a unit's bars into magnitude bands: a bar under 1/50 of the band's largest starts the next band.
    private static IEnumerable<List<BarSpec>> Bands(List<BarSpec> bars)
    {
        var byValue = bars.OrderByDescending(b => Top(b.Figure)).ToList();
        var bands = new List<List<BarSpec>>();
        foreach (var bar in byValue)
        {
            if (bands.Count == 0 || (Top(bar.Figure) > 0 && Top(byValue.First(b => bands[^1].Contains(b)).Figure) / Top(bar.Figure) > Magnitude.MaxLinearRatio))
                bands.Add([]);
            bands[^1].Add(bar);
        }
        // Within a band, bars keep the chart's row order.
        return bands.Select(band => bars.Where(band.Contains).ToList());
    }

    // People first: the unit most charts are about; counts of other things next; shares last.
    private static int Preference(Unit unit) => unit switch { Unit.People => 0, Unit.Households => 1, Unit.Localities or Unit.Facilities or Unit.Attacks => 2, _ => 3 };

    private static double Top(Figure figure) => (double)(figure.ValueMax ?? figure.Value);

    private static PanelPlots Fill(List<BarSpec> bars, BarGrouping grouping, SKSize size, FontSet fonts, float chartWidth)
    {
        var labelSize = PlotKit.LabelSize(chartWidth);
        using var font = fonts.Regular.Font(labelSize);
        const float top = 3;
        var bottom = labelSize * 1.3f + 6;
        var height = size.Height - top - bottom;
        var groups = bars.Select(b => b.Group).Distinct().ToList();
        var rows = RowAxis.Create(groups, font, size.Width * RowAxis.MaxShare, labelSize + 4);
        var labels = bars.Select(b => NumberWording.Compact(b.Figure) + (b.Reports > 1 ? "" : "")).ToList();
        var labelRoom = PlotKit.Widest(labels, font) + 6;
        var left = rows.LabelWidth + 8;
        var plotWidth = size.Width - left - 6;
        var unit = bars[0].Figure.Unit;
        var axis = ValueAxis.For(bars.Select(b => Top(b.Figure)).ToList(), unit, plotWidth, labelRoom, allowLog: false);
        var plot = PlotKit.New(fonts, new PixelPadding(left, 6, bottom, top), labelSize);
        var centres = rows.Centres(height);
        plot.Axes.Left.TickGenerator = rows.Ticks(centres);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.TickLabelStyle.ForeColor = MetricColors.Convert(Typography.Ink);
        plot.Axes.Bottom.TickGenerator = axis.Ticks(plotWidth, horizontal: true);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(axis.Min, axis.Max, 0, height);
        var map = new PlotMap(SKRect.Create(left, top, plotWidth, height), axis.Min, axis.Max, 0, height);

        var spots = new LabelSpots(map.Data);
        var specs = new List<Bar>();
        var placed = new List<(BarSpec Bar, double Y, double Thickness)>();
        for (var g = 0; g < groups.Count; g++)
        {
            var inGroup = bars.Where(b => b.Group == groups[g]).ToList();
            var rowHeight = rows.Heights[g] * height / rows.Total;
            var thickness = Math.Min(14, rowHeight * 0.8 / inGroup.Count);
            for (var i = 0; i < inGroup.Count; i++)
            {
                var y = centres[g] + (inGroup.Count / 2.0 - i - 0.5) * thickness;
                specs.Add(new Bar
                {
                    Position = y,
                    Value = (double)inGroup[i].Figure.Value,
                    ValueBase = 0,
                    Size = thickness * 0.9,
                    FillColor = MetricColors.Plot(inGroup[i].Figure.Metric),
                    LineWidth = 0,
                    Orientation = ScottPlot.Orientation.Horizontal,
                });
                placed.Add((inGroup[i], y, thickness));
                spots.Block(new SKRect(map.X(0), map.Y(y + thickness / 2), map.X((double)inGroup[i].Figure.Value), map.Y(y - thickness / 2)));
            }
        }
        // A range a source gave continues its bar in a pale tint of the same colour, up to the range's end.
        foreach (var (bar, y, thickness) in placed.Where(p => p.Bar.Figure.IsRange))
        {
            specs.Add(new Bar
            {
                Position = y,
                ValueBase = (double)bar.Figure.Value,
                Value = Top(bar.Figure),
                Size = thickness * 0.9,
                FillColor = MetricColors.Plot(bar.Figure.Metric).WithAlpha(0.35),
                LineWidth = 0,
                Orientation = ScottPlot.Orientation.Horizontal,
            });
            spots.Block(new SKRect(map.X((double)bar.Figure.Value), map.Y(y + thickness / 2), map.X(Top(bar.Figure)), map.Y(y - thickness / 2)));
        }
        plot.Add.Bars(specs);
        // A value label goes at the end of its bar when the bar is thick enough to carry one.
        foreach (var (bar, y, thickness) in placed)
        {
            if (thickness < labelSize * 0.9) continue;
            var text = NumberWording.Compact(bar.Figure);
            var end = map.X(Top(bar.Figure));
            var py = map.Y(y);
            var box = spots.Place(new SKRect(end - 1, py - 1, end, py + 1), PlotKit.LabelWidth(text, font), labelSize * 1.15f);
            if (box is { } b) PlotKit.Label(plot, fonts, text, new Coordinates(map.DataX(b.Left), map.DataY(b.MidY)), labelSize, Typography.Ink);
        }
        return new PanelPlots([(plot, size.Width)]);
    }
}
