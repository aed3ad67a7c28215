using Figures.Core.Reading;


namespace Figures.Tests.Core.Reading;

/// <summary>The register of ids agrees with a case-insensitive dictionary, however it grows.</summary>
public sealed class IdRegisterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(50_000)]
    public void Register_ManyIdsWithRepeats_AgreesWithADictionary(long expected)
    {
        // Given: 60,000 ids from a small alphabet, so that repeats and case-only repeats are common
        var random = new Random(7);
        var register = new IdRegister();
        register.Expect(expected);
        var reference = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        const string letters = "abAB01éÉ-";

        for (var line = 1; line <= 60_000; line++)
        {
            var id = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => letters[random.Next(letters.Length)]).ToArray());

            // When
            var added = register.Register(id, IdRegister.Hash(id), line, out var firstId, out var firstLine);

            // Then
            if (reference.TryGetValue(id, out var first))
            {
                Assert.False(added, $"'{id}' on line {line} was seen on line {first.Line}");
                Assert.Equal(first, (firstId, firstLine));
            }
            else
            {
                Assert.True(added, $"'{id}' on line {line} is new");
                reference[id] = (id, line);
            }
        }
    }

    [Fact]
    public void Expect_AfterTheFirstIds_MakesRoomForTheRestOfThem()
    {
        // Given: the first chunk's ids, then a good guess of how many there will be
        var ids = Enumerable.Range(0, 100_000).Select(i => $"SYN-{i:D7}").ToArray();
        var register = new IdRegister();
        for (var i = 0; i < 100; i++) Register(register, ids, i);
        register.Expect(ids.Length);

        // When
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 100; i < ids.Length; i++) Register(register, ids, i);

        // Then: neither the table nor the characters had to grow (growing copies the lot)
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        static void Register(IdRegister register, string[] ids, int i) =>
            Assert.True(register.Register(ids[i], IdRegister.Hash(ids[i]), i + 2, out _, out _));
    }

    [Fact]
    public void Expect_AWildGuess_ClaimsAtMostTheCap()
    {
        // Given: a guess from a file's first chunk, which may be far off
        var register = new IdRegister();
        var before = GC.GetAllocatedBytesForCurrentThread();

        // When
        register.Expect(10_000_000_000);

        // Then: about 130 MB of table and 32 MB of characters, not the tens of gigabytes the guess asks for
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 1, 200L * 1024 * 1024);
        Assert.True(register.Register("a", IdRegister.Hash("a"), 1, out _, out _));
    }

    [Fact]
    public void Register_NonAsciiCaseVariant_IsTheSameId()
    {
        var register = new IdRegister();
        Assert.True(register.Register("ÉTÉ-1", IdRegister.Hash("ÉTÉ-1"), 2, out _, out _));

        Assert.False(register.Register("été-1", IdRegister.Hash("été-1"), 9, out var firstId, out var firstLine));
        Assert.Equal(("ÉTÉ-1", 2), (firstId, firstLine));
    }
}
