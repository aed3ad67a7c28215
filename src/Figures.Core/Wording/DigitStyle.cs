namespace Figures.Core.Wording;

/// <summary>The digits numbers are written with in an Arabic edition.</summary>
public enum DigitStyle
{
    /// <summary>0123456789, with "," for thousands and "." for decimals.</summary>
    Western,
    /// <summary>Arabic-Indic ٠١٢٣٤٥٦٧٨٩, with the Arabic thousands (٬) and decimal (٫) separators and percent sign (٪).</summary>
    ArabicIndic,
}
