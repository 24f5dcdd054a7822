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

    public static DateOnly? Parse(string text)
    {
        var t = Spaces().Replace(text.Trim().TrimEnd('.', ','), " ");
        return DateOnly.TryParseExact(t, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d) ? d : null;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
