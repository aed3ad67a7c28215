using System.Text;
using Figures.Core.Diagnostics;
using Figures.Core.Extraction;

namespace Figures.Tests.Core.Extraction;

public sealed class ArticleReaderTests
{
    private static List<string> Read(byte[] bytes) => ArticleReader.ReadParagraphs(new MemoryStream(bytes), "article.txt").ToList();

    [Fact]
    public void ReadParagraphs_BlankLines_SeparateParagraphs()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes("Title\n\nFirst paragraph.\nSecond line starts a new one.\n\nThird.");

        // When
        var paragraphs = Read(bytes);

        // Then
        Assert.Equal(["Title", "First paragraph.", "Second line starts a new one.", "Third."], paragraphs);
    }

    [Fact]
    public void ReadParagraphs_HardWrappedSentence_IsJoined()
    {
        // Given
        var bytes = Encoding.UTF8.GetBytes("Some 3,100 families have\narrived since early December.\r\n");

        // When
        var paragraphs = Read(bytes);

        // Then
        Assert.Equal(["Some 3,100 families have arrived since early December."], paragraphs);
    }

    [Fact]
    public void ReadParagraphs_Utf8Bom_IsDropped()
    {
        // Given
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Title")).ToArray();

        // When
        var paragraphs = Read(bytes);

        // Then
        Assert.Equal(["Title"], paragraphs);
    }

    [Theory]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0x0A, 0x20, 0x0A }, "has no text")]
    [InlineData(new byte[] { 0x54, 0x00, 0x01, 0x02 }, "NUL bytes")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x54, 0x00 }, "UTF-16")]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B }, "not UTF-8")]
    public void ReadParagraphs_NotAUtf8Article_ThrowsUsageError(byte[] bytes, string message)
    {
        // Given bytes that are not a UTF-8 article

        // When
        var error = Assert.Throws<FiguresException>(() => Read(bytes));

        // Then
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Unusable, error.Severity);
    }

    [Fact]
    public void ReadParagraphs_StreamLargerThanLimit_ThrowsWithoutReadingItAll()
    {
        // Given a stream of plain prose that never ends
        using var endless = new EndlessProse();

        // When
        var error = Assert.Throws<FiguresException>(() => ArticleReader.ReadParagraphs(endless, "big.txt").Count());

        // Then
        Assert.Contains("larger than", error.Message, StringComparison.Ordinal);
        Assert.True(endless.Position <= ArticleReader.MaxBytes + 128 * 1024);
    }

    /// <summary>A read-only stream of repeated short paragraphs, as long as anyone reads.</summary>
    private sealed class EndlessProse : Stream
    {
        private static readonly byte[] Line = Encoding.UTF8.GetBytes("Some 3,000 people fled the town.\n\n");
        private long _position;

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++) buffer[offset + i] = Line[(_position + i) % Line.Length];
            _position += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
