using System.Text;
using Figures.Core.Wording;
using Figures.Reports.Definition;

namespace Figures.Tests.Reports.Arabic;

/// <summary>A definition's "language" and "digits".</summary>
public sealed class ArabicDefinitionTests
{
    private static (BriefDefinition? Definition, IReadOnlyList<Figures.Core.Diagnostics.Diagnostic> Problems) Read(string json) =>
        BriefDefinitionReader.Read(Encoding.UTF8.GetBytes(json), "reports/test.json");

    [Fact]
    public void Read_LanguageArWithDigits_IsAnArabicDefinition()
    {
        var (definition, problems) = Read("""{ "title": "t", "language": "ar", "digits": "arabic-indic" }""");
        Assert.Empty(problems);
        Assert.Equal(Language.Arabic, definition!.Language);
        Assert.Equal(DigitStyle.ArabicIndic, definition.Digits);
    }

    [Fact]
    public void Read_NoLanguage_IsEnglishWithWesternDigits()
    {
        var (definition, problems) = Read("""{ "title": "t" }""");
        Assert.Empty(problems);
        Assert.Equal(Language.English, definition!.Language);
        Assert.Equal(DigitStyle.Western, definition.Digits);
    }

    [Theory]
    [InlineData("""{ "title": "t", "language": "fr" }""", "'language' value 'fr' is not en (English) or ar (Arabic)")]
    [InlineData("""{ "title": "t", "language": "ar", "digits": "roman" }""", "'digits' value 'roman' is not western")]
    [InlineData("""{ "title": "t", "digits": "arabic-indic" }""", "'digits' chooses the digits of an Arabic brief")]
    public void Read_BadLanguageOrDigits_IsAProblem(string json, string message)
    {
        var (definition, problems) = Read(json);
        Assert.Null(definition);
        Assert.Contains(problems, p => p.Message.Contains(message, StringComparison.Ordinal));
    }
}
