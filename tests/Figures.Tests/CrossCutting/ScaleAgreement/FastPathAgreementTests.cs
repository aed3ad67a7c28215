using System.Globalization;
using Figures.Core.Text;
using Figures.Core.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace Figures.Tests.CrossCutting.ScaleAgreement;

/// <summary>
/// The per-row fast paths must never accept what the general code rejects, nor read a number
/// differently: each is checked against the general code it stands in for.
/// </summary>
public sealed class FastPathAgreementTests
{
    private static readonly Config Many = Config.QuickThrowOnFailure.WithMaxTest(2000);

    [Theory]
    [InlineData("https://news.example.org/2018/0")]
    [InlineData("http://www.unhcr.org/news/briefing/2018/9/5b9f7f2a4.html?x=1&y=2#top")]
    [InlineData("https://reliefweb.int:8443/report/syria/idlib-(flash)-update-no.-3")]
    [InlineData("https://a.b/%zz")]
    public void IsPlain_CommonAddresses_AreAcceptedAndUriAgrees(string url)
    {
        Assert.True(WebAddress.IsPlain(url));
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https");
    }

    [Theory]
    [InlineData("ftp://example.org/file")]
    [InlineData("https://")]
    [InlineData("https://-bad.org/")]
    [InlineData("https://exa mple.org/")]
    [InlineData("https://example.org/a b")]
    [InlineData("https://example..org/")]
    [InlineData("https://example.org:99999/")]
    [InlineData("https://exämple.org/")]
    [InlineData("HTTP://EXAMPLE.ORG/")]
    public void IsPlain_AnythingUnusual_IsLeftToUri(string url) => Assert.False(WebAddress.IsPlain(url));

    [Fact]
    public void IsPlain_RandomAddressLikeText_NeverAcceptsWhatUriRejects()
    {
        // Given: a scheme, then the pieces addresses are made of, in random order and number
        var schemes = Gen.Elements("http://", "https://", "http:/", "");
        var pieces = Gen.Elements("a", "Z9", "-", ".", ":", "80", "/", "?", "#", "%", "%2F", " ", "é", "[", "]", "@", "_", "~", "'", "\\", "|", "^");
        var addresses = schemes.SelectMany(scheme => Gen.ListOf(pieces).Select(list => scheme + string.Concat(list))).ToArbitrary();

        // When / Then
        Check.One(Many, Prop.ForAll(addresses, url =>
            !WebAddress.IsPlain(url) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")));
    }

    [Fact]
    public void TryParseValue_WholeNumbers_ReadExactlyAsTheDecimalParserReadsThem()
    {
        // Given: digit strings up to 20 digits, leading zeros included
        var digits = Gen.ListOf(Gen.Choose(0, 9)).Where(list => list.Count is > 0 and <= 20)
            .Select(list => string.Concat(list.Select(d => (char)('0' + d)))).ToArbitrary();

        // When / Then: same value and same scale (38500 never becomes 38500.0)
        Check.One(Many, Prop.ForAll(digits, text =>
        {
            var fast = FieldFormats.TryParseValue(text, "value", out var value, out _);
            var general = decimal.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return fast && value == general && value.Scale == general.Scale;
        }));
    }

    [Fact]
    public void TryParseDate_DateLikeText_AcceptsExactlyWhatTheExactParserAccepts()
    {
        // Given: ten characters, mostly digits and dashes where a date has them, sometimes not: leap days,
        // day 31 in short months, month 13, year 0000, letters and non-ASCII digits
        var pieces = Gen.Elements("0", "1", "2", "3", "9", "0", "1", "2", "-", "a", "٢", " ");
        var text =
            from year in Gen.Elements("2019", "2020", "1900", "2000", "0000", "0001", "9999", "20a9", "٢٠١٩")
            from dash1 in Gen.Elements("-", "-", "-", "/")
            from month in Gen.Elements("01", "02", "04", "09", "12", "13", "00", "1-")
            from dash2 in Gen.Elements("-", "-", "-", ".")
            from day in pieces.Two().Select(pair => pair.Item1 + pair.Item2)
            select year + dash1 + month + dash2 + day;

        // When / Then
        Check.One(Many, Prop.ForAll(text.ToArbitrary(), candidate =>
        {
            var fast = FieldFormats.TryParseDate(candidate, "published", out var date, out _);
            var general = DateOnly.TryParseExact(candidate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
            return fast == general && (!fast || date == expected);
        }));
    }

    [Fact]
    public void TryParseDate_EveryDateOfTheCalendar_ReadsAsItself()
    {
        // Every date DateOnly can hold, 0001-01-01 to 9999-12-31: the reader computes day numbers itself.
        Span<char> text = stackalloc char[10];
        for (var day = DateOnly.MinValue.DayNumber; day <= DateOnly.MaxValue.DayNumber; day++)
        {
            var expected = DateOnly.FromDayNumber(day);
            expected.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!FieldFormats.TryParseDate(text, "published", out var read, out _) || read != expected)
                Assert.Fail($"{text.ToString()} read as {read:yyyy-MM-dd}");
        }
    }

    [Fact]
    public void States_WholeNumbers_FindTheSameFormsAsTheFormatter()
    {
        // Given: a whole number written as the invariant formatter groups it, inside a sentence
        var numbers = Gen.Choose(0, int.MaxValue).Select(n => (decimal)n * 1000 + n % 1000).ToArbitrary();

        // When / Then
        Check.One(Many, Prop.ForAll(numbers, value =>
            DigitsFastPath.States($"about {value.ToString("#,0", CultureInfo.InvariantCulture)} people", value, percent: false)
            && DigitsFastPath.States($"about {value.ToString("0", CultureInfo.InvariantCulture)} people", value, percent: false)
            && !DigitsFastPath.States($"about {(value + 1).ToString("#,0", CultureInfo.InvariantCulture)} people", value, percent: false)));
    }

    [Theory]
    [InlineData("costs of 13,000m were reported")]
    [InlineData("13,000bn")]
    [InlineData("about 13,000 mn people")]
    [InlineData("13,000k")]
    [InlineData("13,000%")]
    [InlineData("13,000 per cent")]
    [InlineData("13,000 Million people")]
    public void States_DigitsThatAScaleOrPercentFollows_AreNotTheCount(string text) =>
        Assert.False(DigitsFastPath.States(text, 13_000m, percent: false));

    [Fact]
    public void States_DigitsInAnyContext_AreOnlyClaimedWhenTheNumberReaderAgrees()
    {
        // Given: a number written with or without grouping, between random pieces of text
        var pieces = Gen.Elements("", " ", "m", "k", "bn", "mn", " m", " mn", " million", "million", " hundred", "%", " %", " percent",
            " per cent", " people", "-strong", ".5", ",5", "0", "/m", "1", ",000", " and ", "about ");
        var texts = (from value in Gen.Choose(1, 5_000_000)
                     from grouped in Gen.Elements(true, false)
                     from before in Gen.ListOf(pieces)
                     from after in Gen.ListOf(pieces)
                     let digits = grouped ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture)
                     select (Value: (decimal)value, Text: string.Concat(before) + digits + string.Concat(after))).ToArbitrary();

        // When / Then: the quick yes is never given where the full reader does not find the count
        Check.One(Many, Prop.ForAll(texts, sample =>
            !DigitsFastPath.States(sample.Text, sample.Value, percent: false)
            || NumberFinder.Find(sample.Text).Any(m => !m.IsPercent && m.Value == sample.Value)));
    }
}
