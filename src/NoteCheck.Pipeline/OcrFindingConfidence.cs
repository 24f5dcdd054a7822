using NoteCheck.Core;

namespace NoteCheck.Pipeline;

/// <summary>
/// Findings read from OCR'd pages are less certain than the OCR was: their confidence is scaled
/// by the lowest mean OCR confidence (0-100) of the pages their evidence lies on. Text-layer
/// evidence leaves a finding unchanged.
/// </summary>
public static class OcrFindingConfidence
{
    public static IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings, IReadOnlyList<SourceDocument> documents)
    {
        var pages = documents
            .GroupBy(d => d.FileName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Pages, StringComparer.Ordinal);
        return findings.Select(f =>
        {
            var factor = 1.0;
            foreach (var e in f.Evidence)
                if (pages.TryGetValue(e.Document, out var ps) && e.Page >= 1 && e.Page <= ps.Count && ps[e.Page - 1] is { Status: PageStatus.Ocr, OcrConfidence: { } c })
                    factor = Math.Min(factor, Math.Clamp(c / 100.0, 0, 1));
            return factor < 1 ? f with { Confidence = f.Confidence * factor } : f;
        }).ToList();
    }
}
