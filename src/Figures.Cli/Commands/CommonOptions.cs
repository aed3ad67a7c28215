using System.CommandLine;
using Figures.Core.Diagnostics;
using Figures.Core.Model;
using Figures.Core.Query;
using Figures.Core.Text;
using Figures.Core.Validation;

namespace Figures.Cli.Commands;

/// <summary>The dataset and filter options shared by list, export, chart and brief.</summary>
public sealed class CommonOptions
{
    /// <summary>The figures file to read.</summary>
    public Option<string> Data { get; } = new("--data") { Description = "Figures file to read (- for standard input)", DefaultValueFactory = _ => "figures.csv", HelpName = "FILE" };
    /// <summary>Metrics to keep (repeatable).</summary>
    public Option<string[]> Metric { get; } = new("--metric", "-m") { HelpName = "METRIC", Description = "Keep these metrics (repeatable): " + string.Join(", ", Vocabulary.MetricSpellings), AllowMultipleArgumentsPerToken = true };
    /// <summary>Admin1 name or p-code.</summary>
    public Option<string?> Admin1 { get; } = new("--admin1") { HelpName = "NAME|PCODE", Description = "Keep one admin1 area (name or p-code, e.g. Idlib or SY07)" };
    /// <summary>Country ISO3 code.</summary>
    public Option<string?> Country { get; } = new("--country") { HelpName = "ISO3", Description = "Keep one country (ISO3, e.g. SYR)" };
    /// <summary>Earliest date.</summary>
    public Option<string?> From { get; } = new("--from") { HelpName = "yyyy-MM-dd", Description = "Keep figures whose period reaches this date or later (yyyy-MM-dd)" };
    /// <summary>Latest date.</summary>
    public Option<string?> To { get; } = new("--to") { HelpName = "yyyy-MM-dd", Description = "Keep figures whose period starts on or before this date (yyyy-MM-dd)" };
    /// <summary>Publisher.</summary>
    public Option<string?> Publisher { get; } = new("--publisher") { HelpName = "NAME", Description = "Keep one publisher" };
    /// <summary>Qualifier.</summary>
    public Option<string?> Qualifier { get; } = new("--qualifier") { HelpName = "QUALIFIER", Description = "Keep one qualifier: " + string.Join(", ", Vocabulary.QualifierSpellings) };

    /// <summary>Adds every option to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Data, Metric, Admin1, Country, From, To, Publisher, Qualifier }) command.Options.Add(option);
    }

    /// <summary>The filter the options describe; a bad value is a usage error with a suggestion.</summary>
    public FigureFilter Filter(ParseResult parsed)
    {
        var metrics = (parsed.GetValue(Metric) ?? []).Select(ParseMetric).ToList();
        Qualifier? qualifier = parsed.GetValue(Qualifier) is { } q ? ParseQualifier(q) : null;
        return new FigureFilter
        {
            Metrics = metrics,
            Admin1 = parsed.GetValue(Admin1),
            Country = parsed.GetValue(Country),
            From = ParseDate(parsed.GetValue(From), "--from"),
            To = ParseDate(parsed.GetValue(To), "--to"),
            Publisher = parsed.GetValue(Publisher),
            Qualifier = qualifier,
        };
    }

    private static Metric ParseMetric(string text) =>
        Vocabulary.TryParseMetric(text, out var metric) ? metric : throw Unknown("metric", text, Vocabulary.MetricSpellings);

    private static Qualifier ParseQualifier(string text) =>
        Vocabulary.TryParseQualifier(text, out var qualifier) ? qualifier : throw Unknown("qualifier", text, Vocabulary.QualifierSpellings, QualifierWords.Qualifier(text));

    private static FiguresException Unknown(string what, string text, IReadOnlyList<string> spellings, string? meant = null)
    {
        var suggestion = meant ?? Suggest.Closest(text, spellings);
        return new FiguresException(suggestion is null
            ? $"unknown {what} '{text}'; expected one of {string.Join(", ", spellings)}"
            : $"unknown {what} '{text}'; did you mean '{suggestion}'?");
    }

    private static DateOnly? ParseDate(string? text, string option)
    {
        if (text is null) return null;
        return FieldFormats.TryParseDate(text, option, out var date, out var error) ? date : throw new FiguresException(error!);
    }
}
