using NoteCheck.Ingestion;
using NoteCheck.Ocr;
using NoteCheck.Pipeline;

namespace NoteCheck.Cli;

/// <summary>Builds what the commands share, in one place (the OCR strategy plugs in here).</summary>
internal static class Services
{
    // tesseract when installed (found on PATH at run time); otherwise scanned pages stay unreadable with how to enable it.
    public static IPageOcr Ocr() => TesseractPageOcr.Default;

    public static DocumentReader Reader() => new(Ocr());

    public static PacketProcessor Processor() => new(Reader());
}
