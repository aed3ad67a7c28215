using Figures.Charts;

namespace Figures.Reports.Drawing;

/// <summary>The brief's text styles, made once per brief from the shared <see cref="Typography"/>.</summary>
internal sealed class BriefStyles : IDisposable
{
    public BriefStyles(FontSet fonts)
    {
        Fonts = fonts;
        Title = new TextStyle(fonts.Bold, Typography.TitleSize, Typography.Ink);
        Subtitle = new TextStyle(fonts.Regular, Typography.BodySize + 1.5f, Typography.Muted);
        Heading = new TextStyle(fonts.Bold, Typography.HeadingSize, Typography.Accent);
        Body = new TextStyle(fonts.Regular, Typography.BodySize, Typography.Ink);
        BodyBold = new TextStyle(fonts.Bold, Typography.BodySize, Typography.Ink);
        BodyMuted = new TextStyle(fonts.Bold, Typography.BodySize, Typography.Muted);
        KeyValue = new TextStyle(fonts.Bold, Typography.KeyValueSize, Typography.Ink);
        Small = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Ink);
        SmallBold = new TextStyle(fonts.Bold, Typography.SmallSize, Typography.Ink);
        SmallMuted = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Muted);
        Link = new TextStyle(fonts.Regular, Typography.SmallSize, Typography.Accent);
    }

    public FontSet Fonts { get; }
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

    /// <summary>Space after a paragraph.</summary>
    public const float ParagraphGap = 5;
    /// <summary>Space before a section heading.</summary>
    public const float SectionGap = 14;

    public void Dispose()
    {
        foreach (var style in new[] { Title, Subtitle, Heading, Body, BodyBold, BodyMuted, KeyValue, Small, SmallBold, SmallMuted, Link }) style.Dispose();
    }
}
