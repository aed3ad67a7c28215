using System.Buffers;

namespace Figures.Charts;

/// <summary>
/// A uniform grid over boxes, so "does this label hit any mark?" looks only at nearby marks:
/// a timeline of 10,000 figures stays fast. The grid is flat (the boxes' positions ordered by cell,
/// found in two counting passes) and the boxes are copied once into a pooled buffer, so indexing
/// thousands of marks allocates no list per cell and nothing on the large object heap.
/// </summary>
internal sealed class BoxIndex : IDisposable
{
    private const double MinCell = 24;
    // Far past any chart (ChartBuilder.MaxSide); boxes spread wider than this are simply scanned.
    private const double MaxExtent = 1e6;
    private readonly Box[] _boxes;
    private readonly int _count;
    private readonly List<Box> _unplaced = [];
    private readonly double _left;
    private readonly double _top;
    private readonly double _cell = MinCell;
    private readonly int _columns;
    private readonly int _rows;
    private readonly int[] _starts = [0];
    private readonly int[] _entries = [];

    public BoxIndex(IReadOnlyList<Box> boxes)
    {
        _boxes = ArrayPool<Box>.Shared.Rent(boxes.Count);
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        foreach (var box in boxes)
        {
            if (!IsFinite(box))
            {
                // A box with an infinite or NaN side is rare enough to check against every query.
                _unplaced.Add(box);
                continue;
            }
            _boxes[_count++] = box;
            left = Math.Min(left, box.Left);
            top = Math.Min(top, box.Top);
            right = Math.Max(right, box.Right);
            bottom = Math.Max(bottom, box.Bottom);
        }
        var width = right - left;
        var height = bottom - top;
        if (!(width >= 0 && height >= 0 && width < MaxExtent && height < MaxExtent)) return;
        _left = left;
        _top = top;
        // Cells of at least 24pt, but never many more cells than boxes.
        _cell = Math.Max(MinCell, Math.Max(Math.Sqrt(width * height / (4.0 * _count + 64)), Math.Max(width, height) / 1024));
        _columns = CellOf(right, left) + 1;
        _rows = CellOf(bottom, top) + 1;

        // Count the boxes per cell, turn the counts into start offsets, then drop each box's position into its cells.
        _starts = new int[_columns * _rows + 1];
        for (var i = 0; i < _count; i++)
        {
            var (firstColumn, lastColumn, firstRow, lastRow) = Cells(_boxes[i]);
            for (var row = firstRow; row <= lastRow; row++)
            {
                for (var column = firstColumn; column <= lastColumn; column++) _starts[row * _columns + column + 1]++;
            }
        }
        for (var i = 1; i < _starts.Length; i++) _starts[i] += _starts[i - 1];
        _entries = new int[_starts[^1]];
        var next = _starts[..^1];
        for (var i = 0; i < _count; i++)
        {
            var (firstColumn, lastColumn, firstRow, lastRow) = Cells(_boxes[i]);
            for (var row = firstRow; row <= lastRow; row++)
            {
                for (var column = firstColumn; column <= lastColumn; column++) _entries[next[row * _columns + column]++] = i;
            }
        }
    }

    /// <summary>Whether any indexed box overlaps <paramref name="box"/>.</summary>
    public bool Hits(Box box)
    {
        foreach (var other in _unplaced)
        {
            if (box.Overlaps(other)) return true;
        }
        if (_columns == 0 || !IsFinite(box)) return Scan(box);
        var (firstColumn, lastColumn, firstRow, lastRow) = Cells(box);
        for (var row = Math.Max(0, firstRow); row <= Math.Min(_rows - 1, lastRow); row++)
        {
            for (var column = Math.Max(0, firstColumn); column <= Math.Min(_columns - 1, lastColumn); column++)
            {
                var cell = row * _columns + column;
                for (var i = _starts[cell]; i < _starts[cell + 1]; i++)
                {
                    if (box.Overlaps(_boxes[_entries[i]])) return true;
                }
            }
        }
        return false;
    }

    /// <summary>Returns the pooled buffer.</summary>
    public void Dispose() => ArrayPool<Box>.Shared.Return(_boxes);

    private bool Scan(Box box)
    {
        for (var i = 0; i < _count; i++)
        {
            if (box.Overlaps(_boxes[i])) return true;
        }
        return false;
    }

    private (int FirstColumn, int LastColumn, int FirstRow, int LastRow) Cells(Box box) =>
        (CellOf(box.Left, _left), CellOf(box.Right, _left), CellOf(box.Top, _top), CellOf(box.Bottom, _top));

    // Clamped so a query far outside the grid cannot overflow; queries clamp to the grid itself.
    private int CellOf(double coordinate, double origin) =>
        (int)Math.Clamp(Math.Floor((coordinate - origin) / _cell), -1, MaxExtent);

    private static bool IsFinite(Box box) =>
        double.IsFinite(box.Left) && double.IsFinite(box.Top) && double.IsFinite(box.Right) && double.IsFinite(box.Bottom);
}
