namespace Figures.Core.Reading;

/// <summary>
/// Where a record breaks the RFC 4180 quoting rules, found by walking its raw text: the reader says
/// only that a record is malformed, and the user needs the line and column of the quote to fix.
/// </summary>
internal sealed record QuoteProblem(CsvHelper.CsvMalformedReason Reason, int Line, int Column, int OpenLine, int OpenColumn)
{
    /// <summary>The first quoting problem in <paramref name="raw"/> (a record starting on <paramref name="recordLine"/>), or null.</summary>
    public static QuoteProblem? Find(string raw, int recordLine, char separator = ',')
    {
        var line = recordLine;
        var column = 1;
        var fieldStart = true;
        var quoted = false;
        var closed = false;
        var (openLine, openColumn) = (0, 0);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < raw.Length && raw[i + 1] == '"')
                    {
                        i++;
                        column += 2;
                        continue;
                    }
                    quoted = false;
                    closed = true;
                }
            }
            else if (c == separator)
            {
                fieldStart = true;
                closed = false;
                column++;
                continue;
            }
            else if (closed)
            {
                return new QuoteProblem(CsvHelper.CsvMalformedReason.TextAfterClosingQuote, line, column, openLine, openColumn);
            }
            else if (c == '"')
            {
                if (!fieldStart) return new QuoteProblem(CsvHelper.CsvMalformedReason.StrayQuote, line, column, line, column);
                quoted = true;
                (openLine, openColumn) = (line, column);
            }
            fieldStart = false;
            if (c == '\n' || (c == '\r' && (i + 1 >= raw.Length || raw[i + 1] != '\n')))
            {
                line++;
                column = 1;
            }
            else if (c != '\r' && !char.IsLowSurrogate(c)) column++; // count characters, as FieldLocator does
        }
        return quoted ? new QuoteProblem(CsvHelper.CsvMalformedReason.UnterminatedQuote, openLine, openColumn, openLine, openColumn) : null;
    }
}
