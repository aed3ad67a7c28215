using Figures.Core.Model;
using Figures.Reports.Definition;
using Figures.Reports.Html;
using Figures.Reports.Model;
using Figures.Tests.Support;
using Figures.Core.Reading;

namespace Figures.Tests.Reports.Html;

/// <summary>The reports the HTML tests look at: the sample brief's, and one built from hostile text.</summary>
public static class HtmlReports
{
    /// <summary>The sample definition.</summary>
    public static readonly string Definition = Path.Combine(Paths.Repo, "reports", "idlib-2018-2019.json");

    /// <summary>What hostile text tries to set on the page; it must stay undefined.</summary>
    public const string Flag = "__figuresPwned";

    /// <summary>A right-to-left override, which would reorder the text after it.</summary>
    public const string RightToLeftOverride = "\u202E";

    /// <summary>The sample brief's model, from the committed dataset.</summary>
    public static BriefModel Sample()
    {
        var (definition, _) = BriefDefinitionReader.ReadFile(Definition);
        var set = FigureFileReader.ReadFile(Paths.Dataset);
        return BriefModelBuilder.Build(definition!, set.Figures, set.Fingerprint, new DateOnly(2026, 11, 21));
    }

    /// <summary>The page, drawn with today's chart engine (the fonts are those the CLI would use).</summary>
    public static string Render(BriefModel model)
    {
        var fonts = Figures.Charts.FontResolver.Resolve(null);
        return HtmlReport.Render(model, request => HtmlCharts.Svg(request, fonts));
    }

    /// <summary>Hostile strings, each of which would run script, load something or reorder text if it reached the page as markup.</summary>
    public static readonly string[] HostileTexts =
    [
        $"<script>window.{Flag}='script';alert(1)</script>",
        $"\"><img src=x onerror=\"window.{Flag}='img'\">",
        $"'><svg onload=window.{Flag}='svg'>",
        "</title></style></textarea><iframe src=\"https://example.com/frame\"></iframe>",
        $"{RightToLeftOverride}gnp.exe says 1,000{'\u2066'}",
    ];

    /// <summary>A model whose every text field carries hostile text, and whose addresses are not web links; built without validation, as a renderer must not rely on it.</summary>
    public static BriefModel Hostile()
    {
        var figures = new List<Figure>();
        for (var i = 0; i < HostileTexts.Length; i++)
        {
            var text = HostileTexts[i];
            figures.Add(new Figure
            {
                Id = $"H-{i}<b>",
                Metric = i % 2 == 0 ? Metric.Displaced : Metric.Idps,
                Value = 1000m * (i + 1),
                Unit = Unit.People,
                Qualifier = Qualifier.MoreThan,
                Location = "Idlib " + text,
                Admin1 = "Idlib",
                CountryIso3 = "SYR",
                PeriodEnd = i == 0 ? null : new DateOnly(2019, 1, i),
                AttributedTo = "UN " + text,
                Publisher = "Agency " + text,
                Title = "Title " + text,
                Published = new DateOnly(2019, 2, 1),
                Url = i switch
                {
                    0 => $"javascript:window.{Flag}='link'",
                    1 => "data:text/html,<script>alert(1)</script>",
                    2 => "https://example.com/article\"onmouseover=\"alert(1)",
                    3 => " javascript:alert(1)",
                    _ => "",
                },
                SourceFile = $"{i}.txt",
                Quote = $"more than {1000 * (i + 1)} people {text}",
                Notes = "Notes " + text,
                ConflictsWith = i == 1 ? "H-2<b>" : i == 2 ? "H-1<b>" : "",
            });
        }
        var definition = new BriefDefinition
        {
            Name = "hostile",
            Title = "Hostile " + HostileTexts[0],
            Subtitle = HostileTexts[1],
            AreaLabel = HostileTexts[2],
            Organisation = HostileTexts[3],
        };
        return BriefModelBuilder.Build(definition, figures, "fingerprint" + HostileTexts[1], new DateOnly(2019, 3, 1));
    }

    /// <summary>Writes the page into a fresh folder and returns its path.</summary>
    public static string WritePage(string html, string name = "report.html")
    {
        var path = Path.Combine(Paths.TempFolder(), name);
        File.WriteAllText(path, html, new System.Text.UTF8Encoding(false));
        return path;
    }
}
