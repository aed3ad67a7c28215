namespace Figures.Charts;

/// <summary>
/// Wrapped lines joined again with the spaces the wrapper took out: the paragraph a right-to-left line's directions
/// are resolved over, and where each line starts in it.
/// </summary>
public sealed class WrappedParagraph
{
    private readonly int[] _starts;

    /// <summary>Joins <paramref name="lines"/> again.</summary>
    public WrappedParagraph(IReadOnlyList<string> lines)
    {
        Text = string.Join(' ', lines);
        _starts = new int[lines.Count];
        for (var i = 1; i < lines.Count; i++) _starts[i] = _starts[i - 1] + lines[i - 1].Length + 1;
    }

    /// <summary>The paragraph.</summary>
    public string Text { get; }

    /// <summary>The paragraph and where line <paramref name="index"/> starts in it.</summary>
    public (string Text, int Start) At(int index) => (Text, _starts[index]);
}
