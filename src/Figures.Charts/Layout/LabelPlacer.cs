namespace Figures.Charts;

/// <summary>
/// Places value labels next to their marks without overlapping marks, other labels or the plot edge:
/// each label tries above, right, left, below and the upper corners in turn, in priority order; a label
/// with no free spot is hidden (null) so the caller can list it in a footnote.
/// </summary>
internal static class LabelPlacer
{
    private const double Gap = 2;

    /// <summary>One placement (or null when hidden) per request, in request order.</summary>
    public static PlacedLabel?[] Place(IReadOnlyList<LabelRequest> requests, IReadOnlyList<Box> obstacles, Box bounds)
    {
        var placed = new List<Box>(requests.Count);
        var result = new PlacedLabel?[requests.Count];
        using var index = new BoxIndex(obstacles);
        for (var i = 0; i < requests.Count; i++)
        {
            foreach (var candidate in Candidates(requests[i]))
            {
                if (!candidate.Box.Inside(bounds)) continue;
                var padded = candidate.Box.Inflate(0.5);
                if (Hits(padded, placed) || index.Hits(padded)) continue;
                result[i] = candidate;
                placed.Add(candidate.Box.Inflate(1));
                break;
            }
        }
        return result;
    }

    private static bool Hits(Box box, IReadOnlyList<Box> others)
    {
        for (var i = 0; i < others.Count; i++)
        {
            if (box.Overlaps(others[i])) return true;
        }
        return false;
    }

    private static IEnumerable<PlacedLabel> Candidates(LabelRequest request)
    {
        var mark = request.Mark;
        var size = request.Size;
        var midX = (mark.Left + mark.Right) / 2;
        var midY = (mark.Top + mark.Bottom) / 2;
        var above = mark.Top - Gap - TextMetrics.Descent(size);
        var below = mark.Bottom + Gap + TextMetrics.Ascent(size);
        var middle = midY + TextMetrics.Ascent(size) / 2;
        yield return Make(request, midX, above, TextAnchor.Middle);
        yield return Make(request, mark.Right + Gap + 1, middle, TextAnchor.Start);
        yield return Make(request, mark.Left - Gap - 1, middle, TextAnchor.End);
        yield return Make(request, midX, below, TextAnchor.Middle);
        yield return Make(request, mark.Right, above, TextAnchor.Start);
        yield return Make(request, mark.Left, above, TextAnchor.End);
        yield return Make(request, mark.Right, below, TextAnchor.Start);
        yield return Make(request, mark.Left, below, TextAnchor.End);
    }

    private static PlacedLabel Make(LabelRequest request, double x, double y, TextAnchor anchor) =>
        new(x, y, anchor, Box.OfText(request.Text, x, y, request.Size, anchor));
}
