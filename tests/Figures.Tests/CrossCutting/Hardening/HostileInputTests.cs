using System.Text;
using Figures.Core.IO;
using Figures.Reports.Definition;
using Figures.Tests.Support;

namespace Figures.Tests.CrossCutting.Hardening;

/// <summary>
/// Inputs that are not what they claim: definitions, fonts and articles that are too large, not
/// UTF-8, or not files at all, get a located message and a distinct exit code; text from the data
/// never drives the terminal.
/// </summary>
public sealed class HostileInputTests
{
    [Fact]
    public void Brief_DefinitionNotUtf8_IsLocatedAndExitsTwo()
    {
        var definition = Write("brief.json", "{\n  \"title\": \"caf"u8.ToArray().Concat(new byte[] { 0xE9 }).Concat("\"\n}"u8.ToArray()).ToArray());

        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset);

        Assert.Equal(2, code);
        Assert.Equal($"{definition}:2:16: not UTF-8 text (byte 0xE9); save the definition as UTF-8", error.Trim());
    }

    [Theory]
    [InlineData("{\"title\": \"a\\ud800b\"}", "1:2: 'title' holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)")]
    [InlineData("{\"title\": \"a\", \"\\udc00x\": 1}", "1:16: a key holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)")]
    [InlineData("{\"title\": \"a\", \"metrics\": [\"\\ud800\"]}", "1:16: 'metrics' holds an escape that is not a Unicode character (a lone surrogate such as \\ud800)")]
    public void Read_LoneSurrogateEscape_IsAProblemNotACrash(string json, string expected)
    {
        var (definition, problems) = BriefDefinitionReader.Read(Encoding.UTF8.GetBytes(json), "brief.json");

        Assert.Null(definition);
        Assert.Equal([$"brief.json:{expected}"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_MisspeltNestedKeys_AreLocatedWithDidYouMean()
    {
        // Given: "form" for "from" silently dropped the period filter before
        var json = "{\n  \"title\": \"T\",\n  \"period\": { \"form\": \"2018-09-01\", \"to\": \"2019-09-12\" },\n  \"area\": { \"contry\": \"SYR\" },\n  \"font\": { \"family\": \"F\", \"regualr\": \"x.ttf\" }\n}";

        // When
        var (definition, problems) = BriefDefinitionReader.Read(Encoding.UTF8.GetBytes(json), "brief.json");

        // Then
        Assert.Null(definition);
        Assert.Equal(
            [
                "brief.json:3:15: unknown key 'period.form'; did you mean 'period.from'?",
                "brief.json:4:13: unknown key 'area.contry'; did you mean 'area.country'?",
                "brief.json:5:28: unknown key 'font.regualr'; did you mean 'font.regular'?",
                "brief.json:5:3: 'font' needs 'family' and 'regular' (a font file path)",
            ],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Read_DuplicateKey_IsLocatedAtTheSecond()
    {
        var (_, problems) = BriefDefinitionReader.Read(Encoding.UTF8.GetBytes("{\n\"title\": \"a\",\n\"title\": \"b\"\n}"), "brief.json");

        Assert.Equal(["brief.json:3:1: duplicate key 'title'"], problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("title", 301, "'title' is 301 characters long; at most 300")]
    [InlineData("subtitle", 601, "'subtitle' is 601 characters long; at most 600")]
    [InlineData("organisation", 201, "'organisation' is 201 characters long; at most 200")]
    public void Read_TextTooLongForABrief_IsLocated(string key, int length, string message)
    {
        var json = $"{{\"title\": \"T\", \"{key}\": \"{new string('x', length)}\"}}".Replace("{\"title\": \"T\", \"title\"", "{\"title\"", StringComparison.Ordinal);

        var (_, problems) = BriefDefinitionReader.Read(Encoding.UTF8.GetBytes(json), "brief.json");

        Assert.Equal(message, Assert.Single(problems).Message);
    }

    [Fact]
    public void Brief_DefinitionOfFiftyMegabytes_ExitsTwoBeforeReadingItAll()
    {
        // Given: a 50 MB title (written sparse: the title is all NUL bytes, which are never read past the limit)
        var definition = Path.Combine(Paths.TempFolder(), "brief.json");
        using (var file = File.Create(definition))
        {
            file.Write("{\"title\": \""u8);
            file.SetLength(50L * 1024 * 1024);
        }

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset);

        // Then
        Assert.Equal(2, code);
        Assert.Equal($"{definition}:1:1: the definition is larger than 1 MB; a brief definition is a short JSON file (is this the right file?)", error.Trim());
    }

    [Fact]
    public void BoundedRead_Device_StopsAtTheLimit()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero (Linux)");

        // Given: a link to an endless device
        var link = Path.Combine(Paths.TempFolder(), "brief.json");
        File.CreateSymbolicLink(link, "/dev/zero");

        // When
        var bytes = BoundedFile.Read(link, 1000);

        // Then: one byte past the limit says "over", and no more was read
        Assert.Equal(1001, bytes.Length);
    }

    [Fact]
    public void Brief_FontIsALinkToADevice_ExitsTwoNamingTheFile()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero (Linux)");

        // Given
        var folder = Paths.TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder, "font.ttf"), "/dev/zero");
        var definition = Path.Combine(folder, "brief.json");
        File.WriteAllText(definition, "{\"title\": \"T\", \"font\": {\"family\": \"F\", \"regular\": \"font.ttf\"}}");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset);

        // Then
        Assert.Equal(2, code);
        Assert.Equal($"{definition}:1:40: font file 'font.ttf' is not a regular file (it is a character device)", error.Trim());
    }

    [Fact]
    public void Brief_FontLargerThanTheLimit_ExitsTwo()
    {
        // Given: a sparse 65 MB file
        var folder = Paths.TempFolder();
        using (var font = File.Create(Path.Combine(folder, "font.ttf"))) font.SetLength(BriefDefinitionReader.MaxFontBytes + 1024 * 1024);
        var definition = Path.Combine(folder, "brief.json");
        File.WriteAllText(definition, "{\"title\": \"T\", \"font\": {\"family\": \"F\", \"regular\": \"font.ttf\"}}");

        // When
        var (code, _, error) = CliRunner.Run("brief", definition, "--data", Paths.Dataset);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("font file 'font.ttf' is 65 MB; a font file is at most 64 MB", error);
    }

    [Theory]
    [InlineData("latin1", "it is not UTF-8 text (0xE9 at byte")]
    [InlineData("utf32", "it is UTF-32 text, not UTF-8")]
    [InlineData("nul", "it contains a NUL byte")]
    [InlineData("large", "it is larger than 10 MB, too large for an article")]
    public void Validate_SourceArticleNotReadableText_IsReportedAndExitsTwo(string kind, string reason)
    {
        // Given: the article the row cites, with its quote in it, but not as UTF-8 text
        var folder = Paths.TempFolder();
        var quote = "led to the displacement of over 38,500 people";
        var article = Path.Combine(folder, "000_b7b03118b7443f3d.txt");
        var text = $"Some caf\u00e9 news: {quote}.";
        switch (kind)
        {
            case "latin1": File.WriteAllBytes(article, Encoding.Latin1.GetBytes(text)); break;
            case "utf32": File.WriteAllBytes(article, [.. new UTF32Encoding(false, true).GetPreamble(), .. Encoding.UTF32.GetBytes(text)]); break;
            case "nul": File.WriteAllBytes(article, [.. Encoding.UTF8.GetBytes(text), 0]); break;
            default:
                using (var file = File.Create(article))
                {
                    file.Write(Encoding.UTF8.GetBytes(text));
                    file.SetLength(11 * 1024 * 1024);
                }
                break;
        }
        var data = Path.Combine(folder, "data.csv");
        File.WriteAllText(data, Csv.File(Csv.Row(Csv.ValidFields())));

        // When
        var (code, _, error) = CliRunner.Run("validate", data, "--sources", folder);

        // Then: never decoded with replacement characters and then matched
        Assert.Equal(2, code);
        Assert.Contains($"source_file '000_b7b03118b7443f3d.txt' cannot be read: {reason}", error);
    }

    [Fact]
    public async Task Validate_SourceArticleIsANamedPipe_EndsWithoutWaitingForAWriter()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo (Linux)");

        // Given: the cited article is a pipe nobody writes to
        var folder = Paths.TempFolder();
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(folder, "000_b7b03118b7443f3d.txt")])) mkfifo.WaitForExit();
        var data = Path.Combine(folder, "data.csv");
        File.WriteAllText(data, Csv.File(Csv.Row(Csv.ValidFields())));

        // When (a hang guard, not a timing: opening the pipe would wait for ever)
        var (code, _, error) = await Task.Run(() => CliRunner.Run("validate", data, "--sources", folder), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        // Then
        Assert.Equal(2, code);
        Assert.Contains("source_file '000_b7b03118b7443f3d.txt' cannot be read: it is not a regular file (it is a pipe)", error);
    }

    [Fact]
    public void List_TextWithTerminalEscapes_IsPrintedVisibly()
    {
        // Given: a location that would set the terminal's title and clear its screen
        var fields = Csv.ValidFields();
        fields[Figures.Core.Model.FigureColumns.Location] = "Idlib\u001B]0;pwned\u0007\u001B[2J\u202Eevil";
        var data = Path.Combine(Paths.TempFolder(), "data.csv");
        File.WriteAllText(data, Csv.File(Csv.Row(fields)));

        // When
        var (code, output, error) = CliRunner.Run("list", "--data", data);

        // Then: the characters are shown as escapes, none reaches the terminal as itself
        Assert.True(code == 0, error);
        Assert.Contains("Idlib\\u001B]0;pwned", output);
        Assert.Contains("\\u202E", output);
        Assert.DoesNotContain('\u001B', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.DoesNotContain('\u202E', output);
    }

    [Fact]
    public void Extract_SummaryOfAnArticleWithTerminalEscapes_IsPrintedVisibly()
    {
        // Given: a vague mention in a sentence carrying an escape sequence
        var article = Path.Combine(Paths.TempFolder(), "article.txt");
        File.WriteAllText(article, "Thousands of people fled \u001B[2Jthe town of Saraqeb.\n");

        // When
        var (code, _, error) = CliRunner.Run("extract", article);

        // Then
        Assert.True(code == 0, error);
        Assert.Contains("\\u001B[2J", error);
        Assert.DoesNotContain('\u001B', error);
    }

    private static string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(Paths.TempFolder(), name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
