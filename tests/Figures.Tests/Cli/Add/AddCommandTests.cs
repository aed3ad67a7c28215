using System.Security.Cryptography;
using System.Text;
using Figures.Tests.Support;

namespace Figures.Tests.Cli.Add;

/// <summary><c>figures add</c>: reviewed candidates go into the dataset whole, or not at all.</summary>
public sealed class AddCommandTests
{
    private const string Article = "North-west Syria: flash update\n9 December 2019\n\n"
        + "From 1 to 8 December, an estimated 18,400 people were displaced from southern Idleb towards the Turkish border, according to the CCCM Cluster.\n\n"
        + "At least 21 civilians were killed in Maarat al-Numan between 2 and 7 December, local sources said.\n";

    private const string CandidateHeader = "id,metric,value,value_max,unit,qualifier,location,admin1,admin1_pcode,country_iso3,period_start,period_end,attributed_to,publisher,title,published,url,source_file,quote,notes,conflicts_with";

    private static string Displaced(string id = "", string metric = "displaced", string attributedTo = "CCCM Cluster", string notes = "", string conflicts = "",
        string quote = "From 1 to 8 December, an estimated 18,400 people were displaced from southern Idleb towards the Turkish border, according to the CCCM Cluster.") =>
        $"{id},{metric},18400,,people,approximately,,,,,2019-12-01,2019-12-08,{attributedTo},,Flash update,2019-12-09,,099_flash.txt,\"{quote}\",{notes},{conflicts}";

    private static string Killed(string id = "", string notes = "", string conflicts = "") =>
        $"{id},killed,21,,people,at_least,Maarat al-Numan,Idlib,SY07,SYR,2019-12-02,2019-12-07,local sources,,Flash update,2019-12-09,,099_flash.txt,"
        + $"\"At least 21 civilians were killed in Maarat al-Numan between 2 and 7 December, local sources said.\",{notes},{conflicts}";

    // A folder with a copy of the committed dataset, the article, and the candidates given.
    private static (string Folder, string Data, string Candidates) Setup(params string[] candidateRows)
    {
        var folder = Paths.TempFolder();
        var data = Path.Combine(folder, "figures.csv");
        File.Copy(Paths.Dataset, data);
        File.WriteAllText(Path.Combine(folder, "099_flash.txt"), Article);
        var candidates = Path.Combine(folder, "candidates.csv");
        File.WriteAllText(candidates, CandidateHeader + "\n" + string.Join("", candidateRows.Select(r => r + "\n")));
        return (folder, data, candidates);
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Add_ExtractOutput_AppendsEveryCandidateUnderTheNextIds()
    {
        // Given: extract's own output, as a curator would start from it
        var (folder, data, _) = Setup();
        var candidates = Path.Combine(folder, "extracted.csv");
        Assert.Equal(0, CliRunner.Run("extract", Path.Combine(folder, "099_flash.txt"), "--out", candidates).ExitCode);
        var before = File.ReadAllBytes(data);
        var proposed = File.ReadAllLines(candidates).Length - 1;

        // When
        var (code, output, error) = CliRunner.Run("add", candidates, "--data", data, "--sources", folder);

        // Then: the old bytes untouched at the head, the new rows after them, and the whole file valid
        Assert.True(code == 0, error);
        var after = File.ReadAllBytes(data);
        Assert.Equal(before, after[..before.Length]);
        var added = Encoding.UTF8.GetString(after[before.Length..]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(proposed, added.Length);
        Assert.StartsWith("IDL-0017,", added[0]);
        Assert.Contains($"added {proposed} figures to {data} (IDL-0017 to IDL-{16 + proposed:0000})", output);
        Assert.Equal(0, CliRunner.Run("validate", data).ExitCode);
    }

    [Fact]
    public void Add_BadCandidate_RefusesAtItsLineAndColumnAndLeavesTheDatasetByteIdentical()
    {
        // Given: the second candidate has a misspelt metric
        var (folder, data, candidates) = Setup(Killed(), Displaced(metric: "displacd"));
        var hash = Hash(data);
        var files = Directory.GetFiles(folder).Length;

        // When
        var (code, output, error) = CliRunner.Run("add", candidates, "--data", data);

        // Then
        Assert.Equal(1, code);
        Assert.Equal(hash, Hash(data));
        Assert.Equal(files, Directory.GetFiles(folder).Length); // no temporary file left behind
        Assert.Equal("", output);
        Assert.StartsWith($"{candidates}:3:2: unknown metric 'displacd'; did you mean 'displaced'?\n", error.ReplaceLineEndings("\n"));
        Assert.Contains($"{candidates}: 1 problem in 2 candidates; nothing added, {data} unchanged", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Add_DryRun_ShowsTheNewIdsAndWritesNothing()
    {
        var (_, data, candidates) = Setup(Displaced(), Killed());
        var hash = Hash(data);

        var (code, output, _) = CliRunner.Run("add", candidates, "--data", data, "--dry-run");

        Assert.Equal(0, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains($"IDL-0017  {candidates}:2  displaced: about 18,400 people  (099_flash.txt)", output);
        Assert.Contains($"IDL-0018  {candidates}:3  killed: at least 21 people  (099_flash.txt)", output);
        Assert.Contains("nothing written (--dry-run)", output);
    }

    [Fact]
    public void Add_FigureAlreadyInTheDataset_IsRefusedAsARepeat()
    {
        // Given: the curated IDL-0003 again (same article, metric, value and unit)
        var (_, data, candidates) = Setup(
            ",displaced,38500,,people,more_than,northwest Syria,,,SYR,2018-09-01,2018-09-12,UN OCHA,The New Arab,T,2018-09-14,,000_b7b03118b7443f3d.txt,\"the displacement of over 38,500 people\",,");
        var hash = Hash(data);

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.Equal(1, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains($"{candidates}:2:12: repeats IDL-0003 (line 4 of {data})", error);
    }

    [Fact]
    public void Add_QuoteNotInItsArticle_IsRefusedWithSources()
    {
        var (folder, data, candidates) = Setup(Killed(), Displaced(quote: "18,400 people were displaced last week"));
        var hash = Hash(data);

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data, "--sources", folder);

        Assert.Equal(1, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains("quote not found verbatim in 099_flash.txt", error);
        Assert.StartsWith($"{candidates}:3:", error);
    }

    [Fact]
    public void Add_SecondNameForOneBody_IsRefused()
    {
        // The dataset writes the United Nations as UN: a candidate may not bring a second name in.
        var (_, data, candidates) = Setup(Displaced(attributedTo: "United Nations"));
        var hash = Hash(data);

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.Equal(1, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains("attributed_to 'United Nations' is another name for 'UN' (line 2 of", error);
    }

    [Fact]
    public void Add_ConflictWithAnExistingRow_IsRefusedAndSaysWhy()
    {
        var (_, data, candidates) = Setup(Displaced(conflicts: "IDL-0003"));
        var hash = Hash(data);

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.Equal(1, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains("does not name IDL-0017 back", error);
        Assert.Contains("add never changes a row already in the dataset", error);
        Assert.Contains("IDL-0017 is the id this candidate would get", error);
    }

    [Fact]
    public void Add_LabelsInConflictsAndNotes_BecomeTheNewIds()
    {
        // Given: two candidates that conflict, named by the curator's labels
        var (_, data, candidates) = Setup(
            Displaced(id: "new-1", notes: "Conflicts with new-2.", conflicts: "new-2"),
            Killed(id: "new-2", notes: "Conflicts with new-1.", conflicts: "new-1"));

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.True(code == 0, error);
        var lines = File.ReadAllLines(data);
        Assert.EndsWith(",Conflicts with IDL-0018.,IDL-0018", lines[^2]);
        Assert.EndsWith(",Conflicts with IDL-0017.,IDL-0017", lines[^1]);
        Assert.Equal(0, CliRunner.Run("validate", data).ExitCode);
    }

    [Fact]
    public void Add_CrlfDatasetWithoutFinalLineBreak_AppendsInTheDatasetsStyle()
    {
        // Given: a one-row dataset written with CRLF and no line break at the end
        var (folder, _, candidates) = Setup(Displaced());
        var data = Path.Combine(folder, "crlf.csv");
        var original = Csv.Header + "\r\n" + Csv.RowWith(0, "IDL-0001");
        File.WriteAllText(data, original);

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.True(code == 0, error);
        var text = File.ReadAllText(data);
        Assert.StartsWith(original + "\r\nIDL-0002,displaced,18400,", text);
        Assert.EndsWith("CCCM Cluster.\",,\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    [Fact]
    public void Add_MissingCandidatesFile_ExitsTwoAndSaysSo()
    {
        var (folder, data, _) = Setup(Displaced());

        var (code, _, error) = CliRunner.Run("add", Path.Combine(folder, "nofile.csv"), "--data", data);

        Assert.Equal(2, code);
        Assert.Equal($"figures: {Path.Combine(folder, "nofile.csv")}: file not found; name the reviewed candidates file (the output of 'figures extract')", error.Trim());
    }

    [Fact]
    public void Add_DatasetAsItsOwnCandidates_IsRefused()
    {
        var (_, data, _) = Setup();
        var hash = Hash(data);

        var (code, _, error) = CliRunner.Run("add", data, "--data", data);

        Assert.Equal(2, code);
        Assert.Equal(hash, Hash(data));
        Assert.Contains("it is the dataset", error);
    }

    [Fact]
    public void Add_CandidatesMissingAColumn_NamesIt()
    {
        var (_, data, candidates) = Setup();
        File.WriteAllText(candidates, CandidateHeader.Replace(",qualifier,", ",qualifer,") + "\n" + Displaced() + "\n");

        var (code, _, error) = CliRunner.Run("add", candidates, "--data", data);

        Assert.Equal(1, code);
        Assert.Contains($"{candidates}:1:32: header 'qualifer' should be 'qualifier'", error);
    }
}
