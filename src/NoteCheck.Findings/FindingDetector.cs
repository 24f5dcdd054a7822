using System.Globalization;
using NoteCheck.Core;
using NoteCheck.Findings.Composition;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Findings;

/// <summary>
/// The rule-based detector: rules/findings data over the text layer's sentences, ConText assertions,
/// attributes from the words around each mention, composite facts, then one finding per mention group.
/// </summary>
public sealed class FindingDetector : IFindingDetector
{
    private static readonly Lazy<FindingDetector> DefaultDetector = new(() => new FindingDetector(DetectorRules.Default, ContextAnalyzer.Default));
    public static FindingDetector Default => DefaultDetector.Value;

    private readonly DetectorRules _rules;
    private readonly RuleMatcher _matcher;
    private readonly AttributeReader _attributes;
    private readonly ExplainsLinker _explains;
    private readonly CaudaEquinaComposer? _caudaEquina;
    private readonly ScannerLimitReader? _scannerLimit;
    private readonly MentionGrouper _grouper;
    private readonly Dictionary<string, int> _ruleOrder;

    public FindingDetector(DetectorRules rules, ContextAnalyzer context)
    {
        _rules = rules;
        _matcher = new RuleMatcher(rules, context);
        _attributes = new AttributeReader(rules);
        _explains = new ExplainsLinker(rules);
        _grouper = new MentionGrouper(rules);
        _caudaEquina = rules.Settings.CaudaEquina is { } caudaEquina ? new CaudaEquinaComposer(caudaEquina) : null;
        _scannerLimit = rules.Settings.ScannerLimit is { } scannerLimit ? new ScannerLimitReader(scannerLimit) : null;
        _ruleOrder = rules.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    public DetectorRules Rules => _rules;

    /// <summary>Analyzes the document with the default text pipeline, then detects.</summary>
    public IReadOnlyList<Finding> Detect(SourceDocument document, FindingContext? context = null) =>
        Detect(TextPipeline.Default.Analyze(document), context ?? FindingContext.Empty);

    public IReadOnlyList<Finding> Detect(ClinicalText text, FindingContext context) => Group(text, Mentions(text, context));

    /// <summary>The mentions before grouping (for mention-level evaluation and debugging).</summary>
    public List<Mention> Mentions(ClinicalText text, FindingContext context)
    {
        var age = PatientAge(text, context);
        var mentions = MentionResolver.Resolve(_matcher.Match(text, age), _ruleOrder, text.Document.Text);
        _attributes.Fill(text, mentions);
        IdentityNormalizer.Normalize(mentions);
        if (age is not null)
            foreach (var m in mentions.Where(m => m.Type == "pediatric_red_flag")) m.Attributes["age"] = age.Value;
        _explains.Link(text, mentions);
        _caudaEquina?.Compose(mentions);
        _scannerLimit?.Read(text, mentions);
        return mentions;
    }

    public List<Finding> Group(ClinicalText text, IEnumerable<Mention> mentions) => _grouper.Group(text, mentions);

    /// <summary>Age in years: from the request's DOB on the document's newest note date (else the request date),
    /// else the first age the notes state ("8-year-old", "45 y/o"). Without a note date, an age the note states one
    /// year under the request-date age wins: the visit came before a birthday ("17 y 11 m", request after 18).</summary>
    public int? PatientAge(ClinicalText text, FindingContext context)
    {
        var newest = text.Notes.Select(n => n.Date).Where(d => d is not null).Max();
        if (newest is { } noteDate && context.AgeOn(noteDate) is { } onNoteDate) return onNoteDate;
        var onDate = context.Request?.RequestDate ?? DateOnly.FromDateTime(DateTime.UnixEpoch);
        var stated = StatedAge(text);
        if (context.AgeFromRequest(onDate) is { } fromRequest)
            return stated == fromRequest - 1 ? stated : fromRequest;
        return stated;
    }

    private int? StatedAge(ClinicalText text)
    {
        foreach (var v in text.Values)
            if (v.Kind == ValueKind.Age && int.TryParse(new string(v.Value.TakeWhile(char.IsDigit).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var a))
                return a;
        foreach (var re in _rules.Settings.AgePatterns)
        {
            var m = re.Match(text.Document.Text);
            if (m.Success && int.TryParse(m.Groups["age"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var a)) return a;
        }
        return null;
    }
}
