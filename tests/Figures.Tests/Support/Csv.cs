using System.Text;
using Figures.Core.Model;
using Figures.Core.Reading;

namespace Figures.Tests.Support;

/// <summary>Inline figures files for tests: a valid row, and helpers to change one field of it.</summary>
public static class Csv
{
    /// <summary>The exact header line.</summary>
    public static string Header { get; } = string.Join(',', FigureColumns.All);

    /// <summary>The fields of a valid row.</summary>
    public static string[] ValidFields() =>
    [
        "IDL-0001", "displaced", "38500", "", "people", "more_than", "northwest Syria", "", "", "SYR",
        "2018-09-01", "2018-09-12", "UN OCHA", "The New Arab", "A title", "2018-09-14", "",
        "000_b7b03118b7443f3d.txt", "\"led to the displacement of over 38,500 people\"", "", "",
    ];

    /// <summary>A row line from fields (fields are used as written, so quote them yourself).</summary>
    public static string Row(string[] fields) => string.Join(',', fields);

    /// <summary>A valid row with one field replaced.</summary>
    public static string RowWith(int column, string value)
    {
        var fields = ValidFields();
        fields[column] = value;
        return Row(fields);
    }

    /// <summary>Reads inline CSV text as file "test.csv".</summary>
    public static FigureSet Read(string text) => FigureFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv");

    /// <summary>Reads raw bytes as file "test.csv".</summary>
    public static FigureSet Read(byte[] bytes) => FigureFileReader.Read(new MemoryStream(bytes), "test.csv");

    /// <summary>Header plus rows, LF-terminated.</summary>
    public static string File(params string[] rows) => Header + "\n" + string.Join("", rows.Select(r => r + "\n"));
}
