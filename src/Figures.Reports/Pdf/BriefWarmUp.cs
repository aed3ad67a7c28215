using Figures.Charts;
using Figures.Charts.Pdf;
using Figures.Core.Model;
using Figures.Core.Synthetic;
using PdfSharp.Drawing;

namespace Figures.Reports.Pdf;

/// <summary>
/// The one-off work every brief starts with, done ahead: it parses the embedded fonts and draws
/// text and both chart kinds into a page that is thrown away, so the drawing code is compiled.
/// The brief command runs it on a second core while the figures load, which takes about a
/// quarter off the whole command (see the README's performance section). It writes nothing.
/// </summary>
public static class BriefWarmUp
{
    private const string Sample = "More than 38,500 people (UN OCHA, 14 September 2018)";

    /// <summary>Does the start-up work of the default typeface's briefs on the calling thread.</summary>
    public static void Run()
    {
        PdfSetup.EnsureInitialized();
        var typography = new Typography(EmbeddedFontResolver.DefaultFamily);
        var figures = SyntheticFigures.Generate(40).Where(f => f.Metric == Metric.Displaced && f.Unit != Unit.Percent).Take(6).ToList();
        var document = PdfSetup.NewDocument();
        using (var gfx = XGraphics.FromPdfPage(document.AddPage()))
        {
            var y = 40.0;
            foreach (var font in (XFont[])[typography.Title, typography.Subtitle, typography.Heading, typography.Body, typography.BodyBold,
                         typography.KeyValue, typography.Small, typography.SmallBold, typography.Italic])
            {
                gfx.MeasureString(Sample, font);
                gfx.DrawString(Sample, font, typography.Ink, 40, y += 20);
            }
            foreach (var kind in (ChartKind[])[ChartKind.Timeline, ChartKind.Sources])
            {
                var layout = ChartBuilder.Layout(new ChartRequest { Kind = kind, Figures = figures, Metric = Metric.Displaced, Width = 400, Height = 200 });
                PdfChartSurface.Draw(layout, gfx, 40, y += 20);
            }
        }
        document.Save(Stream.Null);
    }
}
