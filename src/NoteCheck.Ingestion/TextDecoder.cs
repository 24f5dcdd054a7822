using System.Text;

namespace NoteCheck.Ingestion;

/// <summary>
/// Turns the bytes of a text note into a string: BOMs first (UTF-8, UTF-16 LE/BE), then strict
/// UTF-8, then BOM-less UTF-16 (many NULs), else Windows-1252 (a superset of printable Latin-1,
/// what old EHR exports and Windows editors write). Line ends become '\n' one for one or two for
/// one (CRLF), so offsets index exactly the string `notecheck text` prints.
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public sealed record Decoded(string Text, string EncodingName);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Normalize(Encoding.UTF8.GetString(bytes[3..])), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Normalize(Encoding.Unicode.GetString(bytes[2..])), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Normalize(Encoding.BigEndianUnicode.GetString(bytes[2..])), "utf-16be");
        var utf16 = GuessUtf16WithoutBom(bytes);
        if (utf16 is not null) return new(Normalize(utf16.GetString(bytes)), utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be");
        try
        {
            return new(Normalize(StrictUtf8.GetString(bytes)), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return new(Normalize(Encoding.GetEncoding(1252).GetString(bytes)), "windows-1252");
        }
    }

    /// <summary>CRLF and lone CR become '\n'.</summary>
    public static string Normalize(string text)
    {
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    // ASCII text stored as UTF-16 has a NUL in every other byte.
    private static Encoding? GuessUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return null;
        int evenNul = 0, oddNul = 0, n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) evenNul++; else oddNul++; }
        var pairs = n / 2;
        if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return Encoding.Unicode;
        if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }
}
