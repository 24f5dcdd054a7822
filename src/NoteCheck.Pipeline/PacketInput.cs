using NoteCheck.Core;
using NoteCheck.Ingestion;

namespace NoteCheck.Pipeline;

/// <summary>
/// One packet as given: the document files to read, the request (or why it could not be read),
/// and the problems already found while listing the files (ignored files, unreadable folders).
/// </summary>
public sealed record PacketInput(
    IReadOnlyList<string> DocumentPaths,
    ImagingRequest Request,
    IReadOnlyList<PacketError> FileErrors,
    string? RequestError = null)
{
    /// <summary>
    /// The packet of the given files and folders. The request is <paramref name="requestPath"/>
    /// when given, else a folder's request.json, else empty (every field is optional).
    /// </summary>
    public static PacketInput FromPaths(IEnumerable<string> paths, string? requestPath = null)
    {
        var files = PacketLister.List(paths);
        var path = requestPath ?? files.RequestPath;
        if (path is null) return new PacketInput(files.Documents, new ImagingRequest(), files.Errors);
        var read = RequestReader.ReadFile(path);
        return new PacketInput(files.Documents, read.Request ?? new ImagingRequest(), files.Errors, read.Error);
    }
}
