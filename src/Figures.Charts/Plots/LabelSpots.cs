using SkiaSharp;

namespace Figures.Charts;

/// <summary>
/// Places value labels beside their marks without overlapping each other, the marks or the plot's edges:
/// each label tries right, left, above and below its mark, and is left off when none is free. Boxes are
/// kept in a grid of cells, so a dense plot costs little per label. Pure: pixel boxes in, positions out.
/// </summary>
internal sealed class LabelSpots
{
    private const float Cell = 24;
    private const float Gap = 2;
    private readonly SKRect _bounds;
    private readonly int _columns;
    private readonly int _rows;
    private readonly List<SKRect>[] _cells;

    public LabelSpots(SKRect bounds)
    {
        _bounds = bounds;
        _columns = Math.Max(1, (int)Math.Ceiling(bounds.Width / Cell));
        _rows = Math.Max(1, (int)Math.Ceiling(bounds.Height / Cell));
        _cells = new List<SKRect>[_columns * _rows];
    }

    /// <summary>Marks a box as taken (a mark, or text drawn by someone else).</summary>
    public void Block(SKRect box)
    {
        var (c0, r0, c1, r1) = Span(box);
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++) (_cells[r * _columns + c] ??= []).Add(box);
        }
    }

    /// <summary>
    /// The box for a label of <paramref name="width"/> × <paramref name="height"/> beside the mark
    /// <paramref name="mark"/>, or null when every side is taken. A placed label blocks its box.
    /// </summary>
    public SKRect? Place(SKRect mark, float width, float height)
    {
        var midY = mark.MidY - height / 2;
        var midX = mark.MidX - width / 2;
        Span<SKRect> tries =
        [
            SKRect.Create(mark.Right + Gap, midY, width, height),
            SKRect.Create(mark.Left - Gap - width, midY, width, height),
            SKRect.Create(midX, mark.Top - Gap - height, width, height),
            SKRect.Create(midX, mark.Bottom + Gap, width, height),
        ];
        foreach (var box in tries)
        {
            if (box.Left < _bounds.Left || box.Right > _bounds.Right || box.Top < _bounds.Top || box.Bottom > _bounds.Bottom) continue;
            if (Taken(box)) continue;
            Block(box);
            return box;
        }
        return null;
    }

    private bool Taken(SKRect box)
    {
        var (c0, r0, c1, r1) = Span(box);
        for (var r = r0; r <= r1; r++)
        {
            for (var c = c0; c <= c1; c++)
            {
                if (_cells[r * _columns + c] is not { } list) continue;
                foreach (var other in list)
                {
                    if (other.IntersectsWith(box)) return true;
                }
            }
        }
        return false;
    }

    private (int, int, int, int) Span(SKRect box) => (
        Math.Clamp((int)((box.Left - _bounds.Left) / Cell), 0, _columns - 1),
        Math.Clamp((int)((box.Top - _bounds.Top) / Cell), 0, _rows - 1),
        Math.Clamp((int)((box.Right - _bounds.Left) / Cell), 0, _columns - 1),
        Math.Clamp((int)((box.Bottom - _bounds.Top) / Cell), 0, _rows - 1));
}
