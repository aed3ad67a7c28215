namespace Figures.Charts;

/// <summary>Makes the finished <see cref="ChartLayout"/> from a plan and its drawn items.</summary>
internal static class ChartLayouts
{
    public static ChartLayout Create(ChartRequest request, string title, FramePlan plan, ChartCanvas canvas, int markCount)
    {
        var notes = ChartFrame.Notes(plan);
        var description = string.Join(' ', notes.Append(string.Join(' ', plan.CaptionLines)));
        return new ChartLayout
        {
            Width = request.Width,
            Height = request.Height,
            Items = canvas.Items,
            Title = title,
            Description = description,
            Footnotes = notes,
            MarkCount = markCount,
        };
    }
}
