using System.Collections;

namespace Figures.Charts;

/// <summary>A read-only list whose items are made on demand, so a footnote over 10,000 figures formats only the few it shows.</summary>
internal sealed class LazyList<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public T this[int index] => (uint)index < (uint)count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public int Count => count;

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < count; i++) yield return item(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
