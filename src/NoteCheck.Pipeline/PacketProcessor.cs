using NoteCheck.Core;

namespace NoteCheck.Pipeline;

/// <summary>
/// One packet in, one decision out: ingestion, then the text layer, findings and criteria.
/// The stages plug in as their projects land; until then their parts of the decision are empty.
/// </summary>
public sealed class PacketProcessor
{
    public Decision Process(IReadOnlyList<string> paths, ImagingRequest request)
    {
        // Filled in by the ingestion work (issue 2).
        return new Decision { RequestId = request.RequestId, Outcome = Outcomes.ReferToReviewer };
    }
}
