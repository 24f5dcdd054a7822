using NoteCheck.Ingestion;
using NoteCheck.Pipeline;

namespace NoteCheck.Cli;

/// <summary>Builds what the commands share, in one place (the OCR strategy plugs in here).</summary>
internal static class Services
{
    public static IPageOcr Ocr() => NoPageOcr.Instance;

    public static DocumentReader Reader() => new(Ocr());

    public static PacketProcessor Processor() => new(Reader());
}
