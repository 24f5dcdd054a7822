using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>What the engine decides on: the request, the packet's findings (in decision order) and document summaries.</summary>
public sealed record CriteriaInput
{
    public required ImagingRequest Request { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<DocumentSummary> Documents { get; init; } = [];
    public IReadOnlyList<PacketError> Errors { get; init; } = [];
    /// <summary>request.json could not be read: the packet goes to a reviewer with reason bad_request.</summary>
    public bool RequestMalformed { get; init; }
}

/// <summary>
/// Decides a request against the guideline's criteria data (contract §3): every indication's status,
/// clause, evidence, missing documentation and trace; the gates (CPT, overlapping imaging, patient
/// identity); the outcome. Never denies. Same input, same decision.
/// </summary>
public sealed class CriteriaEngine
{
    private readonly CriteriaSet _criteria;
    private readonly SpecialtyNormalizer _specialties;
    private readonly OverlapCheck _overlap;
    private readonly IClock _clock;

    public CriteriaEngine(CriteriaSet criteria, IClock? clock = null)
    {
        _criteria = criteria;
        _specialties = new SpecialtyNormalizer(criteria.Specialties);
        _overlap = new OverlapCheck(criteria);
        _clock = clock ?? SystemClock.Instance;
    }

    /// <summary>The engine over rules/criteria/NIA_CG_045.json (loaded once).</summary>
    public static CriteriaEngine Default => LazyDefault.Value;
    private static readonly Lazy<CriteriaEngine> LazyDefault = new(() => new CriteriaEngine(CriteriaLoader.Load()));

    public CriteriaSet Criteria => _criteria;

    public string? UnderstandSpecialty(string? specialty) => _specialties.Normalize(specialty);

    public Decision Decide(CriteriaInput input)
    {
        var specialty = _specialties.Normalize(input.Request.OrderingProvider?.Specialty);
        var ctx = new EvaluationContext(input.Request, input.Findings, input.Documents, specialty, _clock);
        var evaluator = new NodeEvaluator(_criteria, ctx);

        var indications = new List<IndicationResult>();
        var results = new List<(IndicationCriteria Criteria, NodeResult Result, IndicationResult Indication)>();
        foreach (var ind in _criteria.Indications)
        {
            var r = evaluator.Evaluate(ind.Rule);
            var status = r.Value ? IndicationStatus.Met
                : r.ExclusionTriggered ? IndicationStatus.NotMet
                : r.Partial ? IndicationStatus.Insufficient : IndicationStatus.NotMet;
            var evidence = Evidence(r, ctx.Findings);
            var missing = r.Value ? [] : MissingFinder.Collect(r);
            var result = new IndicationResult(ind.Id, status, ind.Clause, evidence, missing, r.ToTrace());
            indications.Add(result);
            results.Add((ind, r, result));
        }

        var met = results.Where(x => x.Indication.Status == IndicationStatus.Met).Select(x => x.Criteria.Id).ToList();
        var blocking = new List<Reason>();
        if (input.RequestMalformed)
            blocking.Add(new Reason(ReasonCodes.BadRequest, "request.json could not be read; a reviewer must confirm the request."));
        if (PatientIdentityCheck.Check(input.Request, ctx.Findings) is { } mismatch) blocking.Add(mismatch);
        if (input.Request.Cpt is { } cpt && !_criteria.CoveredCpt.Contains(cpt.Trim()))
            blocking.Add(new Reason(ReasonCodes.CptNotCovered,
                $"CPT {cpt} is not a lumbar spine CT code of {_criteria.Guideline} ({string.Join(", ", _criteria.CoveredCpt)})."));
        if (_overlap.Check(ctx, evaluator, met.Contains("combination")) is { } overlap) blocking.Add(overlap);
        if (met.Count > 0) blocking.AddRange(Careful(ctx, met));

        var reasons = new List<Reason>(blocking);
        if (met.Count > 0)
            reasons.Add(new Reason(ReasonCodes.CriteriaMet, string.Join(" | ", results.Where(x => x.Result.Value).Select(x => MetMessage(x.Criteria.Id, x.Result, ctx.Findings)))));
        else
            reasons.Add(new Reason(ReasonCodes.NoIndicationMet, NotMetMessage(results.Select(x => x.Indication).ToList())));
        if (met.Count == 0 && UndatedReason(ctx, evaluator, met) is { } undated) reasons.Add(undated);
        var unreadable = input.Documents.Sum(d => d.PageStatus.Count(p => p == PageStatus.Unreadable));
        if (unreadable > 0 || input.Errors.Any(e => e.Code == "unreadable_page"))
            reasons.Add(new Reason(ReasonCodes.UnreadablePages,
                $"{Math.Max(unreadable, input.Errors.Count(e => e.Code == "unreadable_page"))} page(s) could not be read; a reviewer should check them."));

        return new Decision
        {
            RequestId = input.Request.RequestId,
            Outcome = met.Count > 0 && blocking.Count == 0 ? Outcomes.CriteriaMet : Outcomes.ReferToReviewer,
            MetIndications = met,
            Reasons = reasons,
            Indications = indications,
            Findings = input.Findings,
            Documents = input.Documents,
            Errors = input.Errors,
            UnderstoodSpecialty = specialty,
            Versions = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["guideline"] = $"{_criteria.Guideline} rev. {_criteria.Revision}",
                ["criteria"] = _criteria.File,
                ["requestDate"] = NodeEvaluator.Iso(ctx.RequestDate) + " (" + ctx.RequestDateSource + ")",
            },
        };
    }

    /// <summary>How many disagreeing pairs the conflicting_documentation reason names.</summary>
    private const int PairsNamed = 3;

    /// <summary>
    /// The approval needs a met indication that stands when every present finding that another note (or the same note)
    /// reads absent or resolved, and every one the notes read only once, is set aside: when none stands, the notes
    /// disagree about what the approval rests on, or it rests on one reading, and a reviewer decides. The reasons name
    /// the pairs that disagree and the facts read once.
    /// </summary>
    private IEnumerable<Reason> Careful(EvaluationContext ctx, List<string> met)
    {
        if (_criteria.Disagreement is null && _criteria.ReadTwice is null) yield break;
        var careful = new NodeEvaluator(_criteria, ctx, careful: true);
        if (_criteria.Indications.Any(i => met.Contains(i.Id) && careful.Evaluate(i.Rule).Value)) yield break;
        if (careful.Contested.Count > 0 && _criteria.Disagreement is { } rule)
        {
            var pairs = careful.Contested.Take(PairsNamed).Select(p => $"{Quote(ctx.Findings[p.Key])} vs {Quote(ctx.Findings[p.Value])}");
            yield return new Reason(ReasonCodes.ConflictingDocumentation,
                $"{string.Join(", ", met)}: the notes disagree about what the approval rests on ({string.Join("; ", pairs)}). {rule.Clause}");
        }
        if (careful.ReadOnceRefused.Count > 0 && _criteria.ReadTwice is { } twice)
        {
            var once = careful.ReadOnceRefused.Take(PairsNamed).Select(i => Quote(ctx.Findings[i]));
            yield return new Reason(ReasonCodes.ReadOnce,
                $"{string.Join(", ", met)}: the approval rests on facts the notes state only once ({string.Join("; ", once)}). {twice.Clause}");
        }

        string Quote(Finding f) =>
            $"{f.Type} {NodeEvaluator.AssertionName(f.Assertion)} (\"{Shorten(f.Evidence.FirstOrDefault()?.Text ?? "")}\", {f.DocumentFile ?? "?"}{(ctx.NoteDateOf(f) is { } d ? " " + NodeEvaluator.Iso(d) : "")})";
    }

    /// <summary>
    /// Indications a time window kept from being met only because their findings sit in notes without a readable
    /// date: the decision refers, and the reason names the indications and the undated files so a reviewer can place them.
    /// </summary>
    private Reason? UndatedReason(EvaluationContext ctx, NodeEvaluator strict, List<string> met)
    {
        if (strict.UndatedRejected.Count == 0) return null;
        var lenient = new NodeEvaluator(_criteria, ctx, acceptUndated: true);
        var would = _criteria.Indications.Where(i => !met.Contains(i.Id) && lenient.Evaluate(i.Rule).Value).Select(i => i.Id).ToList();
        if (would.Count == 0) return null;
        var files = strict.UndatedRejected.Select(i => ctx.Findings[i].DocumentFile).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return new Reason(ReasonCodes.UndatedEvidence,
            $"{string.Join(", ", would)} would be met only by findings in notes without a readable date of service ({(files.Count == 0 ? "undated findings" : string.Join(", ", files))}); "
            + "the guideline's time windows cannot be checked: a reviewer must confirm when these notes were written.");
    }

    /// <summary>Spans of the findings that satisfied the indication (or, when not met, its satisfied parts).</summary>
    private static List<EvidenceSpan> Evidence(NodeResult r, IReadOnlyList<Finding> findings)
    {
        var idx = new SortedSet<int>();
        Walk(r, r.Value);
        return idx.SelectMany(i => findings[i].Evidence).ToList();

        void Walk(NodeResult n, bool onlyTrue)
        {
            if (onlyTrue && !n.Value) return;
            if (n.Node.Kind == "not") return;
            foreach (var m in n.Matched) idx.Add(m);
            foreach (var c in n.Children) Walk(c, onlyTrue);
        }
    }

    private static string MetMessage(string id, NodeResult r, IReadOnlyList<Finding> findings)
    {
        var parts = new List<string>();
        Labels(r);
        return $"{id}: {string.Join("; ", parts.Distinct())}";

        void Labels(NodeResult n)
        {
            if (!n.Value || n.Node.Kind == "not") return;
            if (n.Node.Label is { } label && n.Node.Kind is not ("all" or "any" or "atLeast" or "ref"))
            {
                var first = n.Matched.Select(i => findings[i].Evidence.FirstOrDefault()?.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
                parts.Add(first is null ? label : $"{label} (\"{Shorten(first)}\")");
                return;
            }
            foreach (var c in n.Children) Labels(c);
        }
    }

    private static string Shorten(string text)
    {
        var s = string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));
        return s.Length <= 80 ? s : s[..77] + "...";
    }

    private static string NotMetMessage(IReadOnlyList<IndicationResult> indications)
    {
        var nearest = indications.Where(i => i.Status == IndicationStatus.Insufficient).Take(3).ToList();
        if (nearest.Count == 0) return "No indication of the guideline is documented; no pathway has any of its elements in the notes.";
        return "No indication is fully met. Nearest: " + string.Join(" | ",
            nearest.Select(i => $"{i.Id}: {string.Join("; ", i.Missing.Take(3))}"));
    }
}

/// <summary>What a reviewer must see documented for a node that is not satisfied, following its nearest branch.</summary>
internal static class MissingFinder
{
    public static List<string> Collect(NodeResult r)
    {
        var list = new List<string>();
        Walk(r, list);
        return list.Distinct().ToList();
    }

    private static void Walk(NodeResult n, List<string> list)
    {
        if (n.Value) return;
        var node = n.Node;
        switch (node.Kind)
        {
            case "all":
                // exclusions first: they explain why documentation alone would not help
                var before = list.Count;
                foreach (var c in n.Children.Where(c => !c.Value).OrderByDescending(c => c.ExclusionTriggered)) Walk(c, list);
                if (list.Count == before && node.Missing is { } m0) list.Add(m0);
                break;
            case "any":
            case "atLeast":
                var excluded = n.Children.Where(c => c.ExclusionTriggered).ToList();
                var partial = n.Children.Where(c => c.Partial && !c.ExclusionTriggered).ToList();
                foreach (var c in excluded) Walk(c, list);
                if (partial.Count > 0)
                {
                    // the nearest branches (most elements already satisfied): say exactly what they lack
                    var best = partial.Max(c => c.Score);
                    foreach (var c in partial.Where(c => c.Score == best)) Walk(c, list);
                }
                else if (excluded.Count == 0) Add(n, list);
                break;
            case "ref":
                if (n.Children[0].Partial || n.Children[0].ExclusionTriggered || node.Missing is null) Walk(n.Children[0], list);
                else Add(n, list);
                break;
            default:
                Add(n, list);
                break;
        }
    }

    private static void Add(NodeResult n, List<string> list)
    {
        // a label is written as a whole phrase; a clause may be a fragment of the guideline's sentence ("or suspected")
        var text = n.Node.Missing ?? $"document: {n.Node.Label ?? n.Node.Clause}";
        if (n.Contradicted) text += " (the notes mention it only as negated, uncertain, past, hypothetical or about someone else)";
        list.Add(text);
    }
}
