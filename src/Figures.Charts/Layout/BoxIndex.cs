namespace Figures.Charts;

/// <summary>
/// A uniform grid over boxes, so "does this label hit any mark?" looks only at nearby marks:
/// a timeline of 10,000 figures stays fast.
/// </summary>
internal sealed class BoxIndex
{
    private const double Cell = 24;
    private readonly Dictionary<(int, int), List<Box>> _cells = [];

    public BoxIndex(IReadOnlyList<Box> boxes)
    {
        foreach (var box in boxes)
        {
            for (var cx = CellOf(box.Left); cx <= CellOf(box.Right); cx++)
            {
                for (var cy = CellOf(box.Top); cy <= CellOf(box.Bottom); cy++)
                {
                    if (!_cells.TryGetValue((cx, cy), out var list)) _cells[(cx, cy)] = list = [];
                    list.Add(box);
                }
            }
        }
    }

    /// <summary>Whether any indexed box overlaps <paramref name="box"/>.</summary>
    public bool Hits(Box box)
    {
        for (var cx = CellOf(box.Left); cx <= CellOf(box.Right); cx++)
        {
            for (var cy = CellOf(box.Top); cy <= CellOf(box.Bottom); cy++)
            {
                if (!_cells.TryGetValue((cx, cy), out var list)) continue;
                foreach (var other in list)
                {
                    if (box.Overlaps(other)) return true;
                }
            }
        }
        return false;
    }

    private static int CellOf(double coordinate) => (int)Math.Floor(coordinate / Cell);
}
