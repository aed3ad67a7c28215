using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Figures.Core.Reading;

/// <summary>
/// The ids seen so far in a file, compared ignoring case, each with the line where it was first used.
/// A million ids as strings in a dictionary cost a million objects for the garbage collector to
/// carry; here they are characters laid end to end in one buffer, found through an open-addressing
/// table of entry numbers. The hash comes from whoever checked the row (in a chunked read, one
/// of several threads), so the one thread that registers ids in file order only probes and compares.
/// </summary>
internal sealed class IdRegister
{
    // Each slot holds an entry's hash (high half) and its number + 1 (low half); 0 is empty. A probe
    // then compares hashes without touching the entry, so registering a new id costs one cache miss.
    private long[] _slots = new long[1024];
    private Entry[] _entries = new Entry[512];
    private char[] _chars = new char[8192];
    private int _count;
    private int _charCount;

    /// <summary>
    /// Makes room for about <paramref name="ids"/> ids in all (at most <see cref="MaxExpected"/>: a
    /// guess from the start of a file must not claim gigabytes). Growing the table later moves every
    /// entry to a new random place, which costs as much as registering them did.
    /// </summary>
    public void Expect(long ids)
    {
        var expected = Math.Clamp(ids, 1, MaxExpected);
        var wanted = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((ulong)expected * 2);
        if (wanted <= _slots.Length) return;
        if (_entries.Length < wanted / 2) Array.Resize(ref _entries, wanted / 2);
        // The characters too, at the length of the ids so far (and a little more): doubling the
        // buffer up to a million ids copied and zeroed some 40 MB more than it finally holds.
        var averageLength = _count == 0 ? 12 : _charCount / _count + 1;
        var chars = Math.Min(expected * averageLength, MaxExpectedChars);
        if (chars > _chars.Length) Array.Resize(ref _chars, (int)chars);
        Rehash(wanted);
    }

    /// <summary>The most ids <see cref="Expect"/> makes room for in advance: 4 million, about 130 MB of table.</summary>
    public const long MaxExpected = 4_000_000;

    /// <summary>The most id characters <see cref="Expect"/> makes room for in advance: 32 MB of them.</summary>
    public const long MaxExpectedChars = 16_000_000;

    /// <summary>The hash that <see cref="Register"/> expects for <paramref name="id"/>.</summary>
    public static int Hash(ReadOnlySpan<char> id) => string.GetHashCode(id, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Starts loading the slot where an id with this hash is looked for, without waiting for it. The
    /// table is far larger than the cache, so each lookup would otherwise wait on memory in turn;
    /// prefetching a batch's slots first lets those waits overlap.
    /// </summary>
    public unsafe void Prefetch(int hash)
    {
        if (Sse.IsSupported) Sse.Prefetch0(Unsafe.AsPointer(ref _slots[hash & (_slots.Length - 1)]));
    }

    /// <summary>
    /// Records <paramref name="id"/> as used on <paramref name="line"/>, unless an id equal to it ignoring
    /// case was used before: then returns false, with that id's spelling and line.
    /// </summary>
    public bool Register(ReadOnlySpan<char> id, int hash, int line, out string firstId, out int firstLine)
    {
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var taken = _slots[slot];
            if (taken == 0)
            {
                Add(slot, id, hash, line);
                firstId = "";
                firstLine = 0;
                return true;
            }
            if ((int)(taken >> 32) != hash) continue;
            ref readonly var entry = ref _entries[(int)taken - 1];
            if (id.Equals(_chars.AsSpan(entry.Start, entry.Length), StringComparison.OrdinalIgnoreCase))
            {
                firstId = _chars.AsSpan(entry.Start, entry.Length).ToString();
                firstLine = entry.Line;
                return false;
            }
        }
    }

    /// <summary>Finds an id registered before, ignoring case: its spelling and line. Registers nothing.</summary>
    public bool TryFind(ReadOnlySpan<char> id, out string spelled, out int line)
    {
        var hash = Hash(id);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var taken = _slots[slot];
            if (taken == 0) break;
            if ((int)(taken >> 32) != hash) continue;
            ref readonly var entry = ref _entries[(int)taken - 1];
            if (!id.Equals(_chars.AsSpan(entry.Start, entry.Length), StringComparison.OrdinalIgnoreCase)) continue;
            spelled = _chars.AsSpan(entry.Start, entry.Length).ToString();
            line = entry.Line;
            return true;
        }
        spelled = "";
        line = 0;
        return false;
    }

    private void Add(int slot, ReadOnlySpan<char> id, int hash, int line)
    {
        if (_count == _entries.Length) Array.Resize(ref _entries, _count * 2);
        if (_charCount + id.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + id.Length));
        id.CopyTo(_chars.AsSpan(_charCount));
        _entries[_count] = new Entry(hash, line, _charCount, id.Length);
        _charCount += id.Length;
        _slots[slot] = Slot(hash, ++_count);
        // At most half full, so probes stay short.
        if (_count * 2 > _slots.Length) Rehash(_slots.Length * 2);
    }

    private void Rehash(int slots)
    {
        _slots = new long[slots];
        var mask = _slots.Length - 1;
        for (var e = 0; e < _count; e++)
        {
            var slot = _entries[e].Hash & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = Slot(_entries[e].Hash, e + 1);
        }
    }

    private static long Slot(int hash, int number) => ((long)hash << 32) | (uint)number;

    private readonly record struct Entry(int Hash, int Line, int Start, int Length);
}
