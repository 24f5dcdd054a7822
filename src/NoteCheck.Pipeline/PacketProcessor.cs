using System.Reflection;
using NoteCheck.Core;
using NoteCheck.Criteria;
using NoteCheck.Ingestion;
using NoteCheck.Ocr;
using NoteCheck.Text;

namespace NoteCheck.Pipeline;

/// <summary>
/// One packet in, one decision out: ingestion → text layer → findings → criteria, then the parts
/// of the decision every packet has (documents, errors, versions). Each stage is one method below
/// so that a stage's owner plugs it in with a small edit; until a stage lands, its part of the
/// decision is empty and says so.
/// </summary>
public sealed class PacketProcessor
{
    public const string GuidelineVersion = "NIA_CG_045 rev. 2023-12";

    private readonly DocumentReader _reader;
    private readonly IClock _clock;

    private readonly CriteriaEngine _criteria;
    private readonly NoteCheck.Findings.IFindingDetector _detector;

    public PacketProcessor(DocumentReader? reader = null, IClock? clock = null, CriteriaEngine? criteria = null,
        NoteCheck.Findings.IFindingDetector? detector = null)
    {
        _detector = detector ?? NoteCheck.Findings.FindingDetector.Default;
        _reader = reader ?? new DocumentReader(TesseractPageOcr.Default);
        _clock = clock ?? SystemClock.Instance;
        _criteria = criteria ?? new CriteriaEngine(CriteriaLoader.Load(), _clock);
    }

    public IClock Clock => _clock;

    /// <summary>The packet of the given files and folders, with <paramref name="request"/> as its request.</summary>
    public Decision Process(IReadOnlyList<string> paths, ImagingRequest request)
    {
        var files = PacketLister.List(paths);
        return Process(new PacketInput(files.Documents, request, files.Errors));
    }

    public Decision Process(PacketInput input, CancellationToken cancellation = default)
    {
        var errors = new List<PacketError>(input.FileErrors);
        var documents = Ingest(input.DocumentPaths, errors, cancellation);
        var texts = AnalyzeText(documents, errors);
        var findings = DetectFindings(texts, input.Request, errors);
        var verdict = Decide(input.Request, documents, findings);
        return Assemble(input, verdict, documents, findings, errors);
    }

    // Stage 1: every file read (or reported); documents in the order given.
    private List<SourceDocument> Ingest(IReadOnlyList<string> paths, List<PacketError> errors, CancellationToken cancellation)
    {
        var documents = new List<SourceDocument>();
        foreach (var path in paths)
        {
            var result = _reader.Read(path, cancellation);
            errors.AddRange(result.Errors);
            if (result.Document is not null) documents.Add(result.Document);
        }
        return documents;
    }

    // Stage 2, the text layer: notes (with dates and kinds), sections, sentences, times, values.
    // A failure inside it costs that document its structure (one undated note), not the packet.
    private static List<ClinicalText> AnalyzeText(List<SourceDocument> documents, List<PacketError> errors)
    {
        var texts = new List<ClinicalText>();
        foreach (var document in documents)
        {
            try
            {
                texts.Add(TextPipeline.Default.Analyze(document));
            }
            catch (Exception e) when (e is not OutOfMemoryException and not InvalidDataException)
            {
                document.Notes = [new NoteSegment(0, document.Text.Length, null, NoteKind.Other)];
                errors.Add(new PacketError(document.FileName, null, Severity.Warning, "text_layer_failed",
                    $"{document.FileName}: notes and sections could not be analyzed ({e.GetType().Name}); read as one undated note."));
            }
        }
        return texts;
    }

    // Stage 3, findings: the rule-based detector over each analyzed document (rules/findings), in document order.
    // A failure inside it (e.g. a rule's regex time limit on an odd sentence) costs that document its
    // findings, not the packet; the decision then cannot be criteria_met (see Assemble).
    private IReadOnlyList<Finding> DetectFindings(List<ClinicalText> texts, ImagingRequest request, List<PacketError> errors)
    {
        var context = new NoteCheck.Findings.FindingContext(request);
        var findings = new List<Finding>();
        foreach (var text in texts)
        {
            try
            {
                findings.AddRange(_detector.Detect(text, context));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                errors.Add(new PacketError(text.Document.FileName, null, Severity.Warning, "findings_failed",
                    $"{text.Document.FileName}: findings could not be read from this document ({e.GetType().Name})."));
            }
        }
        // Across documents: a clearance in one note outweighs another note's bare claim (rules/findings/packet.json).
        var reconciled = NoteCheck.Findings.Composition.PacketReconciler.Default.Reconcile(findings);
        return OcrFindingConfidence.Apply(reconciled, texts.Select(t => t.Document).ToList());
    }

    // Codes of documents the text layer or the detectors could not fully analyze: facts that block
    // approval (overlapping imaging, another patient) may sit unread there.
    private static readonly HashSet<string> AnalysisFailures = new(StringComparer.Ordinal) { "text_layer_failed", "findings_failed" };

    // Stage 4, the criteria engine (rules/criteria/NIA_CG_045.json): indications, gates, outcome.
    // The request date defaults to the newest note date there.
    private Decision Decide(ImagingRequest request, List<SourceDocument> documents, IReadOnlyList<Finding> findings) =>
        _criteria.Decide(new CriteriaInput
        {
            Request = request,
            Findings = findings,
            Documents = documents.Select(d => new DocumentSummary(d.FileName, d.Pages.Count, d.Pages.Select(p => p.Status).ToList(), d.Notes)).ToList(),
        });

    // The parts every decision has, and the outcomes that override the criteria: nothing readable,
    // a bad request. Unreadable pages are always named as a reason.
    private static Decision Assemble(PacketInput input, Decision verdict, List<SourceDocument> documents,
        IReadOnlyList<Finding> findings, List<PacketError> errors)
    {
        var reasons = new List<Reason>();
        var outcome = verdict.Outcome;
        var readable = documents.Any(d => d.Pages.Any(p => p.Status != PageStatus.Unreadable));
        if (!readable)
        {
            outcome = Outcomes.Unreadable;
            reasons.Add(new Reason("unreadable", documents.Count == 0 && input.DocumentPaths.Count == 0
                ? "The packet holds no documents (.pdf, .txt or .md)."
                : "Nothing in the packet could be read: see errors for each file and page."));
        }
        if (input.RequestError is not null)
        {
            if (outcome != Outcomes.Unreadable) outcome = Outcomes.ReferToReviewer;
            reasons.Add(new Reason("bad_request", input.RequestError));
        }
        if (readable && errors.Any(e => AnalysisFailures.Contains(e.Code)))
        {
            // Approval needs every document read: a fact that blocks it may be in the unread part.
            if (outcome == Outcomes.CriteriaMet) outcome = Outcomes.ReferToReviewer;
            reasons.Add(new Reason("analysis_incomplete",
                "One or more documents could not be fully analyzed (see errors); a reviewer must read them."));
        }
        if (readable)
        {
            reasons.AddRange(verdict.Reasons);
            var unreadablePages = errors.Count(e => e.Severity == Severity.Error);
            if (unreadablePages > 0)
                reasons.Add(new Reason("unreadable_pages",
                    $"{unreadablePages} file(s) or page(s) could not be read; they may hold documentation (see errors)."));
        }
        var deduped = reasons.GroupBy(r => r.Code, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var versions = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["notecheck"] = NoteCheckVersion,
            ["guideline"] = GuidelineVersion,
            ["models"] = new SortedDictionary<string, object?>(StringComparer.Ordinal),
        };
        foreach (var (k, v) in verdict.Versions) versions[k] = v;
        return verdict with
        {
            RequestId = input.Request.RequestId,
            Outcome = outcome,
            MetIndications = outcome == Outcomes.Unreadable ? [] : verdict.MetIndications,
            Reasons = deduped,
            Findings = findings,
            Documents = documents.Select(d => new DocumentSummary(d.FileName, d.Pages.Count, d.Pages.Select(p => p.Status).ToList(), d.Notes)).ToList(),
            Errors = errors,
            Versions = versions,
        };
    }

    public static string NoteCheckVersion { get; } =
        (typeof(PacketProcessor).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
