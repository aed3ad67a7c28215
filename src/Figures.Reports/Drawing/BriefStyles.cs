using Figures.Charts;

namespace Figures.Reports.Drawing;

/// <summary>The brief's text styles, made once per brief from the shared <see cref="Typography"/>.</summary>
internal sealed class BriefStyles : IDisposable
{
    public BriefStyles(FontSet fonts, TextDirection direction = TextDirection.LeftToRight)
    {
        Fonts = fonts;
        Direction = direction;
        Title = new TextStyle(fonts.Bold, Typography.TitleSize, Typography.Ink, direction);
        Subtitle = new TextStyle(fonts.Regular, Typography.BodySize + 1.5f, Typography.Muted, direction);
        Heading = new TextStyle(fonts.Bold, Typography.HeadingSize, Typography.Accent, direction);
        Body = new TextStyle(fonts.Regular, Typography.BodySize, Typography.Ink, direction);
        BodyBold = new TextStyle(fonts.Bold, Typography.BodySize, Typography.Ink, direction);
        BodyMuted = new TextStyle(fonts.Bold, Typography.BodySize, Typography.Muted, direction);
        KeyValue = new TextStyle(fonts.Bold, Typography.KeyValueSize, Typography.Ink, direction);
        Small = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Ink, direction);
        SmallBold = new TextStyle(fonts.Bold, Typography.SmallSize, Typography.Ink, direction);
        SmallMuted = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Muted, direction);
        Link = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Accent, direction);
        ForeignQuote = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Muted, TextDirection.LeftToRight);
    }

    public FontSet Fonts { get; }
    /// <summary>Which way the brief's lines run.</summary>
    public TextDirection Direction { get; }
    public TextStyle Title { get; }
    public TextStyle Subtitle { get; }
    public TextStyle Heading { get; }
    public TextStyle Body { get; }
    public TextStyle BodyBold { get; }
    public TextStyle BodyMuted { get; }
    public TextStyle KeyValue { get; }
    public TextStyle Small { get; }
    public TextStyle SmallBold { get; }
    public TextStyle SmallMuted { get; }
    public TextStyle Link { get; }
    /// <summary>A quote in a left-to-right language inside a right-to-left brief: its own paragraph, left to right.</summary>
    public TextStyle ForeignQuote { get; }

    /// <summary>Space after a paragraph.</summary>
    public const float ParagraphGap = 5;
    /// <summary>Space before a section heading.</summary>
    public const float SectionGap = 14;

    public void Dispose()
    {
        foreach (var style in new[] { Title, Subtitle, Heading, Body, BodyBold, BodyMuted, KeyValue, Small, SmallBold, SmallMuted, Link, ForeignQuote }) style.Dispose();
    }
}
