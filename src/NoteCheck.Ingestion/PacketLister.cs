using NoteCheck.Core;

namespace NoteCheck.Ingestion;

/// <summary>The files of one packet, sorted out: documents to read, the request file, and what was set aside.</summary>
public sealed record PacketFiles(IReadOnlyList<string> Documents, string? RequestPath, IReadOnlyList<PacketError> Errors);

/// <summary>
/// Turns the paths given for a packet (files and/or folders) into its files: a folder's
/// documents in ordinal name order, its request.json, and a warning for every other file.
/// </summary>
public static class PacketLister
{
    public const string RequestFileName = "request.json";

    // Files that look like clinical documents NoteCheck cannot read: worth a louder warning.
    private static readonly HashSet<string> DocumentLike = new(StringComparer.OrdinalIgnoreCase)
    {
        ".doc", ".docx", ".rtf", ".odt", ".html", ".htm", ".jpg", ".jpeg", ".png", ".tif", ".tiff", ".gif", ".bmp", ".heic", ".xps",
    };

    public static PacketFiles List(IEnumerable<string> paths)
    {
        var documents = new List<string>();
        var errors = new List<PacketError>();
        string? request = null;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                IEnumerable<string> entries;
                try { entries = Directory.EnumerateFileSystemEntries(path).ToList(); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add(new PacketError(Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), null, Severity.Error,
                        IngestionCodes.UnreadableFile, $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(path))}: the folder cannot be listed."));
                    continue;
                }
                foreach (var entry in entries.OrderBy(e => Path.GetFileName(e), StringComparer.Ordinal))
                {
                    var name = Path.GetFileName(entry);
                    if (string.Equals(name, RequestFileName, StringComparison.OrdinalIgnoreCase) && File.Exists(entry))
                    {
                        request ??= entry;
                        continue;
                    }
                    if (Directory.Exists(entry))
                    {
                        errors.Add(new PacketError(name, null, Severity.Warning, IngestionCodes.IgnoredFile,
                            $"{name}: sub-folder inside a packet folder is not read."));
                        continue;
                    }
                    if (DocumentReader.IsDocument(entry)) { documents.Add(entry); continue; }
                    var ext = Path.GetExtension(name);
                    errors.Add(DocumentLike.Contains(ext)
                        ? new PacketError(name, null, Severity.Warning, IngestionCodes.UnsupportedFile,
                            $"{name}: '{ext}' files are not read (NoteCheck reads .pdf, .txt and .md); convert it if it holds clinical notes.")
                        : new PacketError(name, null, Severity.Warning, IngestionCodes.IgnoredFile,
                            $"{name}: not a document of the packet; ignored."));
                }
            }
            else
            {
                // A named file is always read (or reported): unsupported types and missing files give errors.
                documents.Add(path);
            }
        }
        return new PacketFiles(documents, request, errors);
    }
}
