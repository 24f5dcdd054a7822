using System.Globalization;
using System.Text.RegularExpressions;

namespace NoteCheck.Findings;

/// <summary>Reads the date formats notes use ("07/29/2024", "7/29/24", "2024-07-29", "July 29, 2024", "29 Jul 2024", "29-JUL-2024").</summary>
public static partial class DateText
{
    private static readonly string[] Formats =
    [
        "M/d/yyyy", "M/d/yy", "M-d-yyyy", "M-d-yy", "yyyy-M-d", "M.d.yyyy", "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy",
        "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "d-MMM-yyyy", "d-MMMM-yyyy", "d MMM. yyyy",
    ];

    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(Normalized(text), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;

    /// <summary>A numeric date the note marks as day first ("03/12/1979 (dd/mm)"): 3 December 1979.</summary>
    public static DateOnly? ParseDayFirst(string text) =>
        DateOnly.TryParseExact(Normalized(text), DayFirstFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static readonly string[] DayFirstFormats = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy"];

    // Trimmed of a closing period or comma, inner runs of white space made one space.
    private static string Normalized(string text) => Spaces().Replace(text.Trim().TrimEnd('.', ','), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
