using System.Text;

namespace NoteCheck.Reports;

/// <summary>Contract spellings: enum members as lower snake strings ("OfficeVisit" → "office_visit").</summary>
public static class JsonNames
{
    public static string Snake<T>(T value) where T : struct, Enum => Snake(value.ToString());

    public static string Snake(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(c));
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
