using System.Text.RegularExpressions;
using Figures.Core.Model;

namespace Figures.Core.Extraction;

/// <summary>Reads the qualifier that stands just before a number ("more than", "some", "at least") into the vocabulary.</summary>
public static partial class QualifierReader
{
    [GeneratedRegex(@"\b(?<q>some|about|around|nearly|almost|an\s+estimated|approximately|estimated(?:\s+at)?|put\s+at|roughly|close\s+to|more\s+than|over|at\s+least|up\s+to|at\s+most|no\s+more\s+than|less\s+than|fewer\s+than|under|above|below)\s+(?:(?:another|an\s+additional|a\s+further|the)\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Before();

    /// <summary>The qualifier of the number that starts at <paramref name="start"/>, or exact when none stands before it.</summary>
    public static Qualifier Read(string sentence, int start)
    {
        var from = Math.Max(0, start - 40);
        var match = Before().Match(sentence[from..start]);
        return match.Success ? Map(match.Groups["q"].Value) : Qualifier.Exact;
    }

    /// <summary>Maps one qualifier phrase to the vocabulary.</summary>
    public static Qualifier Map(string phrase)
    {
        var words = Regex.Replace(phrase.Trim().ToLowerInvariant(), @"\s+", " ");
        return words switch
        {
            "more than" or "over" or "above" => Qualifier.MoreThan,
            "at least" => Qualifier.AtLeast,
            "up to" or "at most" or "no more than" => Qualifier.AtMost,
            "less than" or "fewer than" or "under" or "below" => Qualifier.LessThan,
            "some" or "about" or "around" or "nearly" or "almost" or "an estimated" or "approximately" or "estimated" or "estimated at" or "put at"
                or "roughly" or "close to" => Qualifier.Approximately,
            _ => Qualifier.Exact,
        };
    }
}
