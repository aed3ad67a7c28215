using System.Globalization;

namespace Figures.Tests.Core.Extraction;

/// <summary>
/// One hand-labelled figure of a text in <c>Extraction/Labelled</c>: what a curator would record, with the short span
/// of the text that states it. Units and metrics stay the CSV spellings, so the labels are read as they were written.
/// </summary>
public sealed record LabelledFigure(string File, decimal Value, decimal? ValueMax, string Unit, string Metric, string Qualifier, string Span)
{
    /// <summary>The folder of the labelled texts and their labels.csv.</summary>
    public static string Folder => Path.Combine(Support.Paths.Repo, "tests", "Figures.Tests", "Core", "Extraction", "Labelled");

    /// <summary>The folder of the texts held out from the tuning, labelled before the extractor was first run on them.</summary>
    public static string HoldoutFolder => Path.Combine(Folder, "Holdout");

    /// <summary>The folder of the texts held out from the fixes the first held-out texts prompted.</summary>
    public static string SecondHoldoutFolder => Path.Combine(Folder, "Holdout2");

    /// <summary>Every label of a folder's labels.csv, in file order.</summary>
    public static IReadOnlyList<LabelledFigure> ReadAll(string folder)
    {
        var labels = new List<LabelledFigure>();
        foreach (var line in System.IO.File.ReadAllLines(Path.Combine(folder, "labels.csv")).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var fields = SplitCsv(line);
            Assert.True(fields.Count == 7, $"labels.csv: 7 fields expected in '{line}'");
            labels.Add(new LabelledFigure(
                fields[0],
                decimal.Parse(fields[1], CultureInfo.InvariantCulture),
                fields[2].Length == 0 ? null : decimal.Parse(fields[2], CultureInfo.InvariantCulture),
                fields[3], fields[4], fields[5], fields[6]));
        }
        return labels;
    }

    // The labels quote spans with commas ("more than 235,000 people"), so a quoted field may hold one.
    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
