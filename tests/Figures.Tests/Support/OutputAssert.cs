using System.Xml.Linq;
using CsvHelper;

namespace Figures.Tests.Support;

/// <summary>
/// Checks that a file Figures wrote is valid for the program that will open it: qpdf for PDFs,
/// an XML parse plus an rsvg-convert render for SVGs, CsvHelper for CSVs.
/// </summary>
public static class OutputAssert
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Fails unless <c>qpdf --check</c> finds the PDF's structure sound (no errors, no warnings).</summary>
    public static void PdfIsValid(string path)
    {
        Assert.True(File.Exists(path), $"no PDF at {path}");
        var qpdf = ExternalTool.Require("qpdf", "qpdf");
        var (code, output, error) = ExternalTool.Run(qpdf, "--check", path);
        Assert.True(code == 0, $"qpdf --check {path} exited {code}:\n{output}{error}");
        Assert.Contains("No syntax or stream encoding errors found", output);
    }

    /// <summary>Fails unless the SVG is well-formed XML with an svg root and rsvg-convert renders it to a PNG.</summary>
    public static void SvgIsValid(string path)
    {
        Assert.True(File.Exists(path), $"no SVG at {path}");
        var document = XDocument.Load(path);
        Assert.Equal(Svg + "svg", document.Root?.Name);
        var rsvg = ExternalTool.Require("rsvg-convert", "librsvg2-bin");
        var png = Path.Combine(Paths.TempFolder(), Path.GetFileNameWithoutExtension(path) + ".png");
        var (code, _, error) = ExternalTool.Run(rsvg, "--format", "png", "--output", png, path);
        Assert.True(code == 0, $"rsvg-convert {path} exited {code}: {error}");
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']), $"rsvg-convert did not write a PNG for {path}");
    }

    /// <summary>
    /// Fails unless CsvHelper reads every record of the CSV without a quoting problem and every
    /// record has as many fields as the header; returns the records, header first.
    /// </summary>
    public static IReadOnlyList<string[]> CsvReadsBack(string path)
    {
        Assert.True(File.Exists(path), $"no CSV at {path}");
        var malformed = new List<CsvMalformedRecord>();
        var options = CsvReaderOptions.Default with { HasHeader = false, TrackLineNumbers = true, OnMalformedRecord = malformed.Add };
        var records = new List<string[]>();
        using (var stream = File.OpenRead(path))
        using (var csv = CsvReader.Create(stream, options))
        {
            while (csv.Read())
            {
                var record = new string[csv.FieldCount];
                for (var i = 0; i < record.Length; i++) record[i] = csv.GetString(i);
                records.Add(record);
            }
        }
        Assert.True(malformed.Count == 0, $"{path}: malformed records at lines {string.Join(", ", malformed.Select(m => m.LineNumber))}");
        Assert.NotEmpty(records);
        var width = records[0].Length;
        var ragged = records.Select((r, i) => (r.Length, Line: i + 1)).Where(r => r.Length != width).ToList();
        Assert.True(ragged.Count == 0, $"{path}: records {string.Join(", ", ragged.Select(r => r.Line))} do not have the header's {width} fields");
        return records;
    }
}
