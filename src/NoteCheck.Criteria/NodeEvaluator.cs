using System.Globalization;
using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>One evaluated criteria node: its value, the findings it looked at and those that satisfied it.</summary>
public sealed record NodeResult
{
    public required CriterionNode Node { get; init; }
    public bool Value { get; init; }
    /// <summary>The notes say something that rules this branch out (not merely lack it): e.g. age 2 months for a sacral dimple.</summary>
    public bool ExclusionTriggered { get; init; }
    /// <summary>Some documented element under this node is satisfied (context such as age or specialty does not count).</summary>
    public bool Partial { get; init; }
    /// <summary>How many documented elements (facts) under this node are satisfied: ranks the nearest branch.</summary>
    public int Score { get; init; }
    /// <summary>Findings looked at, as indexes into the findings list.</summary>
    public IReadOnlyList<int> Looked { get; init; } = [];
    /// <summary>Findings that satisfied this node (facts only).</summary>
    public IReadOnlyList<int> Matched { get; init; } = [];
    /// <summary>The notes mention the fact, but only negated, possible, historical, hypothetical or for someone else.</summary>
    public bool Contradicted { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<NodeResult> Children { get; init; } = [];

    public TraceNode ToTrace() => new()
    {
        Id = Node.Id, Kind = Node.Kind, Value = Value, Clause = Node.Clause, Note = Note,
        Findings = Looked, Children = Children.Select(c => c.ToTrace()).ToList(),
    };
}

/// <summary>
/// Evaluates criteria nodes against one <see cref="EvaluationContext"/>. Deterministic: findings in list order.
/// A finding with no date (neither its own, its note's, nor a start/end date) cannot show that it lies inside a
/// time window: it does not satisfy a "within" fact that supports an indication (unless <paramref name="acceptUndated"/>,
/// the lenient reading the engine uses only to tell a reviewer what an undated note would have met). Under a 'not'
/// (an exclusion) the undated finding still counts, so a missing date never lifts an exclusion.
/// </summary>
/// <param name="careful">Read with care: also refuse a present finding that an absent or resolved one of the same thing contradicts in
/// the same note or a later one (the criteria file's 'disagreement' block), and one read only once (its 'readTwice' block):
/// the careful reading an approval needs.</param>
public sealed class NodeEvaluator(CriteriaSet criteria, EvaluationContext ctx, bool acceptUndated = false, bool careful = false)
{
    private readonly Dictionary<string, NodeResult> _definitions = new(StringComparer.Ordinal);
    /// <summary>Inside a ref with 'after': facts count only findings dated after a present finding of these types.</summary>
    private IReadOnlyList<string> _after = [];
    /// <summary>Inside an odd number of 'not' nodes: a fact here rules something out, so undated findings count.</summary>
    private bool _negated;
    private readonly SortedSet<int> _undatedRejected = [];

    /// <summary>Findings (indexes) that a supporting "within" fact did not count only because they carry no date.</summary>
    public IReadOnlyCollection<int> UndatedRejected => _undatedRejected;

    private readonly SortedDictionary<int, int> _contested = [];
    /// <summary>Present findings (index) refused because another finding (index) reads the same thing absent or resolved.</summary>
    public IReadOnlyDictionary<int, int> Contested => _contested;

    private readonly SortedSet<int> _readOnce = [];
    /// <summary>Present findings (index) refused because nothing else in the packet reads the same thing.</summary>
    public IReadOnlyCollection<int> ReadOnceRefused => _readOnce;

    private Dictionary<Finding, int>? _index;
    private int IndexOf(Finding f)
    {
        if (_index is null)
        {
            _index = new Dictionary<Finding, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < ctx.Findings.Count; i++) _index.TryAdd(ctx.Findings[i], i);
        }
        return _index[f];
    }

    public NodeResult Evaluate(CriterionNode node) => node.Kind switch
    {
        "all" => Combine(node, node.Children.Select(Evaluate).ToList(), rs => rs.All(r => r.Value)),
        "any" => Combine(node, node.Children.Select(Evaluate).ToList(), rs => rs.Any(r => r.Value)),
        "atLeast" => Combine(node, node.Children.Select(Evaluate).ToList(), rs => rs.Count(r => r.Value) >= node.AtLeast),
        "not" => Not(node),
        "ref" => Ref(node),
        "fact" => Fact(node),
        "span" => Span(node),
        "age" => Age(node),
        "specialty" => Context(node, ctx.Specialty is { } s && node.Values.Contains(s), $"ordering specialty: {ctx.Specialty ?? "not given"}"),
        "cpt" => Context(node, ctx.Request.Cpt is { } c && node.Values.Contains(c), $"CPT: {ctx.Request.Cpt ?? "not given"}"),
        "procedure" => Context(node, node.Values.Contains(ctx.Request.Procedure), $"procedure: {ctx.Request.Procedure}"),
        "otherStudies" => OtherStudies(node),
        _ => throw new InvalidOperationException($"{node.File}: node '{node.Id}': unknown kind '{node.Kind}'"),
    };

    /// <summary>Does this one finding satisfy any fact under <paramref name="node"/> (windows included)?</summary>
    public bool SatisfiesAnyFact(CriterionNode node, Finding f) =>
        node.Descendants().Any(n => n.Fact is { } spec && spec.Types.Contains(f.Type) && Reject(spec, f) is null);

    private static NodeResult Combine(CriterionNode node, List<NodeResult> children, Func<List<NodeResult>, bool> rule)
    {
        // A triggered exclusion directly under an 'all' rules the whole branch out: nothing in it counts as satisfied.
        var excluded = node.Kind == "all" && children.Any(c => c.ExclusionTriggered && !c.Value);
        return new NodeResult
        {
            Node = node, Value = rule(children), Children = children,
            Partial = !excluded && children.Any(c => c.Partial),
            Score = excluded ? 0 : children.Sum(c => c.Score),
            ExclusionTriggered = children.Any(c => c.ExclusionTriggered && !c.Value),
            Note = node.Kind == "atLeast" ? $"{children.Count(c => c.Value)} of {children.Count} true, {node.AtLeast} needed" : null,
        };
    }

    private NodeResult Not(CriterionNode node)
    {
        // what a 'not' rules out (a peroneal lesion, a non-medical stop) rules it out whenever it is dated
        var after = _after;
        _after = [];
        _negated = !_negated;
        var child = Evaluate(node.Children[0]);
        _negated = !_negated;
        _after = after;
        return new NodeResult
        {
            Node = node, Value = !child.Value, Children = [child],
            // the notes document the thing this node rules out
            ExclusionTriggered = node.Exclusion && child.Value,
        };
    }

    private NodeResult Ref(CriterionNode node)
    {
        NodeResult def;
        if (node.After.Count > 0 || _after.Count > 0)
        {
            // a scoped evaluation (e.g. deficits after the surgery) is not the shared, cached one
            var outer = _after;
            if (node.After.Count > 0) _after = node.After;
            def = Evaluate(criteria.Definitions[node.Ref!]);
            _after = outer;
        }
        else
        {
            // cached per polarity: under a 'not', undated findings count
            var key = (_negated ? "!" : "") + node.Ref;
            if (!_definitions.TryGetValue(key, out def!))
                _definitions[key] = def = Evaluate(criteria.Definitions[node.Ref!]);
        }
        return new NodeResult
        {
            Node = node, Value = def.Value, Partial = def.Partial, Score = def.Score, ExclusionTriggered = def.ExclusionTriggered, Children = [def],
        };
    }

    private NodeResult Context(CriterionNode node, bool value, string note) => new() { Node = node, Value = value, Note = note };

    private NodeResult Age(CriterionNode node)
    {
        var spec = node.Age!;
        var age = ctx.Age?.In(spec.Age.Unit, ctx.RequestDate);
        if (age is null) return new NodeResult { Node = node, Value = false, Note = "age unknown (no DOB or stated age)" };
        var a = age.Value;
        var value = spec.Op switch
        {
            "lt" => a < spec.Age.Amount,
            "lte" => a <= spec.Age.Amount,
            "gt" => a > spec.Age.Amount,
            _ => a >= spec.Age.Amount,
        };
        return new NodeResult
        {
            Node = node, Value = value, ExclusionTriggered = node.Exclusion && !value,
            Note = $"age {a} {spec.Age.Unit} on {Iso(ctx.RequestDate)} ({ctx.Age!.Source})",
        };
    }

    private NodeResult OtherStudies(CriterionNode node)
    {
        var spec = node.OtherStudies!;
        // "*" counts any study requested with this one (cancer staging sets of up to 5 studies)
        var codes = ctx.Request.OtherStudiesRequested
            .Where(c => spec.Regions.Any(r => r == "*" || criteria.Overlap.RegionCodes.TryGetValue(r, out var rc) && rc.Contains(c.Trim())))
            .ToList();
        var value = codes.Count >= spec.MinCount && (spec.MaxCount is null || codes.Count <= spec.MaxCount);
        return new NodeResult { Node = node, Value = value, Note = $"other studies requested in {string.Join('/', spec.Regions)}: {codes.Count}" };
    }

    private NodeResult Fact(CriterionNode node)
    {
        var spec = node.Fact!;
        var looked = new List<int>();
        var matched = new List<int>();
        var rejected = new List<string>();
        var contradicted = false;
        for (var i = 0; i < ctx.Findings.Count; i++)
        {
            var f = ctx.Findings[i];
            if (!spec.Types.Contains(f.Type)) continue;
            looked.Add(i);
            var why = Reject(spec, f);
            if (why is null) matched.Add(i);
            else
            {
                rejected.Add($"#{i} {why}");
                if (why.StartsWith("assertion", StringComparison.Ordinal)) contradicted = true;
            }
        }
        var value = matched.Count >= spec.MinCount;
        var note = looked.Count == 0 ? $"no {string.Join('/', spec.Types)} finding"
            : $"matched: {(matched.Count == 0 ? "none" : string.Join(", ", matched.Select(m => "#" + m)))}"
              + (rejected.Count > 0 ? "; not counted: " + string.Join("; ", rejected) : "");
        return new NodeResult
        {
            Node = node, Value = value, Partial = value, Score = value ? 1 : 0, Looked = looked, Matched = value ? matched : [],
            Contradicted = !value && contradicted, Note = note,
        };
    }

    /// <summary>Why a finding does not satisfy a fact, or null when it does.</summary>
    private string? Reject(FactSpec spec, Finding f)
    {
        var assertion = AssertionName(f.Assertion);
        if (!spec.Assertions.Contains(assertion)) return $"assertion {assertion}";
        // A group read partly elsewhere (the HPI's complaint and the exam's grade) counts by its other mentions.
        if (OnlyIn(spec.NotInSections, f))
            return $"only in section {string.Join('/', ReadIn(f))}";
        if (spec.Laterality is not null && (f.Laterality is null || !spec.Laterality.Contains(f.Laterality)))
            return $"laterality {f.Laterality ?? "not stated"}";
        foreach (var t in spec.Where)
            if (!Passes(t, EvaluationContext.Attr(f, t.Attr))) return $"{t.Attr} {Show(EvaluationContext.Attr(f, t.Attr))}";
        if (spec.LumbarOnly && NotLumbar(f) is { } level) return $"level {level} is not lumbar";
        if (spec.UnlessReportDenies && DeniedByReport(spec, f) is { } report)
            return $"an imaging report{(ctx.DateOf(report) is { } rd ? " dated " + Iso(rd) : "")} reads it otherwise (the report beats the claim)";
        if (_after.Count > 0 && !_after.Contains(f.Type))
        {
            // "post-operatively": dated after the operation; an undated finding or operation cannot show it (a reviewer decides)
            var dated = ctx.DateOf(f);
            if (dated is null || !ctx.Findings.Any(g => _after.Contains(g.Type) && g.Assertion == Assertion.Present && ctx.DateOf(g) is { } gd && gd < dated))
                return $"not dated after a {string.Join('/', _after)}";
        }
        if (spec.Within is { } within)
        {
            var (start, end) = Interval(f);
            if (start is null && end is null && !_negated && !acceptUndated)
            {
                _undatedRejected.Add(IndexOf(f));
                return $"undated (no date on the finding or its note), cannot be placed within {within} before {Iso(ctx.RequestDate)}";
            }
            var from = within.Before(ctx.RequestDate);
            var recordedInWindow = spec.WithinByNote && f.Assertion == Assertion.Present && ctx.NoteDateOf(f) is { } written && written >= from;
            if (end is { } e && e < from && !recordedInWindow)
                return $"dated {Iso(start ?? e)}{(start is { } s && s != e ? ".." + Iso(e) : "")}, outside {within} before {Iso(ctx.RequestDate)}";
        }
        if (spec.UnlessSameNote is { } sameNote && ctx.Findings.FirstOrDefault(g => !ReferenceEquals(g, f) && g.Type == sameNote.Type
                && g.Assertion == Assertion.Present && g.DocumentFile == f.DocumentFile && g.NoteIndex == f.NoteIndex
                && SidesMeet(g, f) && PassesAll(sameNote.Where, g)) is { } qualifier)
            return $"its note qualifies the exam (#{IndexOf(qualifier)} {qualifier.Type}{string.Concat(sameNote.Where.Select(t => $", {t.Attr} {Show(EvaluationContext.Attr(qualifier, t.Attr))}"))})";
        if (spec.UnlessLaterNormal && ctx.DateOf(f) is { } seen
            && ctx.Findings.FirstOrDefault(g => g.Type == f.Type && g.Assertion == Assertion.Absent && ctx.DateOf(g) > seen
                && SideCovers(g, f, unstatedCovered: false) && SameSite(g, f, ExamSites)) is { } normal)
            return $"normal on a later exam ({Iso(ctx.DateOf(normal)!.Value)})";
        // A claim is made when its note is written: a surgery planned for 09/15 in a note of 08/18 is answered by a
        // cancellation written on 09/02, although the date the finding names is later.
        if (spec.UnlessLaterAbsent is { } same && Earliest(ctx.DateOf(f), ctx.NoteDateOf(f)) is var claimed
            && ctx.Findings.FirstOrDefault(g => g.Type == f.Type && g.Assertion == Assertion.Absent
                && (ctx.DateOf(g) is not { } gd || claimed is not { } fd || gd >= fd)
                && Denies(spec, EvaluationContext.Attr(g, same), EvaluationContext.Attr(f, same))) is { } cleared)
            return $"stated absent {(ctx.DateOf(cleared) is { } cd ? "on " + Iso(cd) : "(undated)")}{(EvaluationContext.Attr(cleared, same) is { } v ? $" ({same} {v})" : "")}: the notes disagree, a reviewer decides";
        if (spec.NotBeforeLast.Count > 0 && ctx.DateOf(f) is { } at
            && ctx.Findings.Where(g => spec.NotBeforeLast.Contains(g.Type) && g.Assertion == Assertion.Present).Select(ctx.DateOf).Max() is { } last && at < last)
            return $"dated {Iso(at)}, before the latest {string.Join('/', spec.NotBeforeLast)} ({Iso(last)})";
        // A letter or form restates the record: its 'new and worsening' is a claim, and a clinical note that tells the same
        // deficit (type, side, site, level) as not new (an examiner's comparison with the post-op note) answers it.
        if (spec.ChronicIfSeenBefore is not null && f.NoteKind == NoteKind.Letter && EvaluationContext.AsBool(EvaluationContext.Attr(f, "new")) == true
            && ToldOld(f, byRecord: true) is { } record)
            return $"a letter's claim: the record tells the same deficit as not new in #{IndexOf(record)}";
        if (spec.ChronicIfSeenBefore is { } before && EvaluationContext.AsBool(EvaluationContext.Attr(f, "new")) != true)
        {
            var cutoff = before.Before(ctx.RequestDate);
            if (ctx.Findings.FirstOrDefault(g => g.Type == f.Type && g.Assertion == Assertion.Present && ctx.DateOf(g) is { } gd && gd < cutoff
                    && SidesMeet(g, f)) is { } earlier)
                return $"already documented {Iso(ctx.DateOf(earlier)!.Value)}, more than {before} before {Iso(ctx.RequestDate)}: chronic, not new";
            if (ToldOld(f) is { } told) return $"the same deficit is told as not new in #{IndexOf(told)}: chronic";
            if (ToldOldBy(spec, f) is { } cause) return $"the {cause.Type} it comes from is told as not new in #{IndexOf(cause)}: chronic";
        }
        if (spec.UnlessToldOld && EvaluationContext.AsBool(EvaluationContext.Attr(f, "new")) != true && ToldOld(f) is { } old)
            return $"told as not new in #{IndexOf(old)} (same level): old, not new";
        if (spec.UnlessToldOld && EvaluationContext.AsBool(EvaluationContext.Attr(f, "new")) != true && ToldOldBy(spec, f) is { } oldCause)
            return $"the {oldCause.Type} it comes from is told as not new in #{IndexOf(oldCause)}: old, not new";
        // An undated finding cannot be shown to postdate the treatment: a reviewer decides. A fusion that spans the
        // finding's level treated it whatever the order of the notes (a post-op note restating why it was fused).
        if (spec.UnlessTreatedBy.Count > 0
            && ctx.Findings.FirstOrDefault(g => spec.UnlessTreatedBy.Contains(g.Type) && g.Assertion == Assertion.Present
                && (ctx.DateOf(f) is not { } found || ctx.DateOf(g) >= found || NamedAsItsIndication(g, f) || FusedAcross(g, f))) is { } treatment)
            return $"treated since ({treatment.Type}{(ctx.DateOf(treatment) is { } td ? " dated " + Iso(td) : "")})";
        // Only what an approval rests on is read with care: under a 'not' the finding rules something out, and setting it
        // aside would open a way to approve.
        if (careful && !_negated && f.Assertion == Assertion.Present && criteria.Disagreement is { } rule && Contradiction(rule, spec, f) is { } other)
        {
            _contested.TryAdd(IndexOf(f), IndexOf(other));
            return $"contradicted by #{IndexOf(other)} ({AssertionName(other.Assertion)}{(ctx.NoteDateOf(other) is { } od ? ", " + Iso(od) : "")})";
        }
        if (careful && !_negated && f.Assertion == Assertion.Present && criteria.ReadTwice is { } twice && ReadOnce(twice, f))
        {
            _readOnce.Add(IndexOf(f));
            return "read only once in the notes";
        }
        if (spec.AtLeastAgo is { } ago)
        {
            var d = ctx.DateOf(f) ?? EvaluationContext.AsDate(EvaluationContext.Attr(f, "startDate"));
            if (d is null) return "undated (needs a date)";
            if (d.Value > ago.Before(ctx.RequestDate)) return $"dated {Iso(d.Value)}, less than {ago} before {Iso(ctx.RequestDate)}";
        }
        return null;
    }

    private static IReadOnlyList<string> ReadIn(Finding f) => f.Sections.Count > 0 ? f.Sections : f.Section is { } one ? [one] : [];

    /// <summary>Every section the finding was read in is one of these (a finding read in no known section is not).</summary>
    private static bool OnlyIn(IReadOnlyList<string> sections, Finding f) =>
        sections.Count > 0 && ReadIn(f) is { Count: > 0 } read && read.All(sections.Contains);

    /// <summary>Another mention tells the same thing as old ('L patellar reflex absent, unchanged since his 2018 surgery',
    /// 'Chronic healed L2 compression deformity'): a form or letter listing it without a word on its age does not make it new.
    /// <paramref name="byRecord"/>: only a clinical note's telling (not another letter's) counts.</summary>
    private Finding? ToldOld(Finding f, bool byRecord = false) =>
        ctx.Findings.FirstOrDefault(g => !ReferenceEquals(g, f) && g.Type == f.Type && g.Assertion == Assertion.Present
            && (!byRecord || g.NoteKind is not (null or NoteKind.Letter))
            && EvaluationContext.AsBool(EvaluationContext.Attr(g, "new")) == false
            && f.Laterality == g.Laterality && SameSite(g, f, DeficitSites, strict: true) && SameLevel(g, f));

    /// <summary>A present mention of one of the spec's toldOldBy types told as not new on the finding's side (any side
    /// when the finding states none): 'Chronic L foot drop, stable' tells the L steppage gait old.</summary>
    private Finding? ToldOldBy(FactSpec spec, Finding f) =>
        spec.ToldOldBy.Count == 0 ? null
        : ctx.Findings.FirstOrDefault(g => spec.ToldOldBy.Contains(g.Type) && g.Assertion == Assertion.Present
            && EvaluationContext.AsBool(EvaluationContext.Attr(g, "new")) == false
            && (f.Laterality is null || f.Laterality == g.Laterality || g.Laterality == "bilateral"));

    /// <summary>
    /// The imaging-report finding that contradicts a claim made outside an imaging report, or null. It denies the
    /// claim when it is the same type at a compatible level and is absent while passing the fact's attribute tests
    /// ('no instability on flexion-extension views'), or present with a tested attribute stated the other way ('stable
    /// listhesis', instability false). Any imaging report affirming the claim keeps it.
    /// </summary>
    private Finding? DeniedByReport(FactSpec spec, Finding f)
    {
        if (f.NoteKind == NoteKind.ImagingReport) return null;
        if (f.Type == PriorImaging) return DeniedByStudyReport(spec, f);
        if (spec.Where.Count == 0) return DeniedByEarlierReport(f);
        var reports = ctx.Findings.Where(g => g.Type == f.Type && g.NoteKind == NoteKind.ImagingReport && SameLevel(g, f)).ToList();
        if (reports.Any(g => g.Assertion == Assertion.Present && PassesAll(spec.Where, g)))
            return null;
        return reports.FirstOrDefault(g =>
            g.Assertion == Assertion.Absent && PassesAll(spec.Where, g)
            || g.Assertion == Assertion.Present && spec.Where.Any(t => EvaluationContext.Attr(g, t.Attr) is { } v && !Passes(t, v)));
    }

    private const string PriorImaging = "prior_imaging";
    private const string MriContraindication = "mri_contraindication";
    private const string NonDiagnostic = "non_diagnostic";

    private DateOnly? ReportDate(Finding g) => ctx.NoteDateOf(g) ?? ctx.DateOf(g);

    /// <summary>
    /// A fact tested by no attribute ('MRI contraindicated'): an imaging report written on or before the claim that
    /// reads the same thing absent for the same reason, every identity attribute stated alike ('No artifact affecting
    /// the lumbar spine; the examination is diagnostic' against a later clinic note's 'MRI L-spine: non-diagnostic due to
    /// hardware artifact'), denies it: the clinician had the report. The latest such report decides: one reading it
    /// present for that reason keeps the claim, as does a claim that names no identity value.
    /// </summary>
    private Finding? DeniedByEarlierReport(Finding f)
    {
        var keys = criteria.Disagreement?.Identity.GetValueOrDefault(f.Type) ?? [];
        if (keys.Count == 0 || keys.Any(a => EvaluationContext.Attr(f, a) is null) || (ctx.NoteDateOf(f) ?? ctx.DateOf(f)) is not { } claimed)
            return null;
        var latest = ctx.Findings
            .Where(g => g.Type == f.Type && g.NoteKind == NoteKind.ImagingReport && g.Assertion is Assertion.Present or Assertion.Absent
                && keys.All(a => Equals(EvaluationContext.Attr(g, a), EvaluationContext.Attr(f, a)))
                && ReportDate(g) is { } rd && rd <= claimed)
            .OrderBy(g => ReportDate(g)).ToList();
        if (latest.Count == 0) return null;
        var last = ReportDate(latest[^1]);
        var onLast = latest.Where(g => ReportDate(g) == last).ToList();
        return onLast.Any(g => g.Assertion == Assertion.Present) ? null : onLast[0];
    }

    /// <summary>
    /// A study's result told outside its report ('MRI L-spine 10/14/2026: non-diagnostic due to hardware artifact')
    /// against the report of that study (an imaging report written on the study's date that names a study of the same
    /// modality): the report beats the claim when it states the result otherwise, or, for an MRI claimed
    /// non-diagnostic, calls itself diagnostic (mri_contraindication absent, non_diagnostic) and nowhere non-diagnostic.
    /// A report that affirms the result, or reads an indeterminate finding, keeps the claim.
    /// </summary>
    private Finding? DeniedByStudyReport(FactSpec spec, Finding f)
    {
        if (ctx.DateOf(f) is not { } studied || EvaluationContext.Attr(f, "modality") is not string modality) return null;
        var region = EvaluationContext.Attr(f, "region") as string;
        bool SameStudy(Finding g) => g.Type == PriorImaging && g.Assertion == Assertion.Present && ctx.DateOf(g) == studied
            && EvaluationContext.Attr(g, "modality") as string == modality
            && (region is null || EvaluationContext.Attr(g, "region") is not string gr || gr == region);
        var notes = ctx.Findings.Where(g => g.NoteKind == NoteKind.ImagingReport && ReportDate(g) == studied && SameStudy(g))
            .Select(g => (g.DocumentFile, g.NoteIndex)).ToHashSet();
        if (notes.Count == 0) return null;
        var inReport = ctx.Findings.Where(g => g.NoteKind == NoteKind.ImagingReport && notes.Contains((g.DocumentFile, g.NoteIndex))).ToList();
        bool NonDiagnosticVerdict(Finding g) => g.Type == MriContraindication && EvaluationContext.Attr(g, "reason") as string == NonDiagnostic;
        if (inReport.Any(g => SameStudy(g) && PassesAll(spec.Where, g)
                || g.Type == "indeterminate_imaging_finding" && g.Assertion is Assertion.Present or Assertion.Possible
                || modality == "mri" && NonDiagnosticVerdict(g) && g.Assertion is Assertion.Present or Assertion.Possible))
            return null;
        return inReport.FirstOrDefault(g => SameStudy(g) && spec.Where.Any(t => EvaluationContext.Attr(g, t.Attr) is { } v && !Passes(t, v)))
            ?? (modality == "mri" ? inReport.FirstOrDefault(g => NonDiagnosticVerdict(g) && g.Assertion == Assertion.Absent) : null);
    }

    /// <summary>
    /// An absent or resolved finding of the same thing in the same note or a note written on or after the finding's: same
    /// type, compatible side, site and level, and an identity attribute the negative states stated alike on the finding ('no fall' says nothing of an injury of unread mechanism), and not read only in the sections the
    /// fact ignores. Within one note, a type's routine negatives about something else do not count (rule.NotWithinNote),
    /// and a site-named deficit is contradicted only at that site ('ankles 1+' beside 'knees 2+').
    /// </summary>
    private Finding? Contradiction(DisagreementGate rule, FactSpec spec, Finding f)
    {
        var keys = rule.Identity.TryGetValue(f.Type, out var k) ? k : [];
        var written = ctx.NoteDateOf(f);
        if (rule.PastEvents.Contains(f.Type))
        {
            var denial = rule.PastEventDenials.TryGetValue(f.Type, out var denials)
                ? ctx.Findings.FirstOrDefault(g => g.Type == f.Type && g.Assertion == Assertion.Absent && g.RuleId is { } r && denials.Contains(r)
                    && g.NoteKind is not (null or NoteKind.Letter) && SameIdentity(g))
                : null;
            // a fact that needs the thing's state (a cancer active or metastatic) rests on more than that it happened: one
            // note that reads that state and its negative ('Metastatic prostate cancer' beside 'no evidence of recurrence')
            // disagrees with itself; a later note's remission is the course of a treated cancer, not a disagreement
            var restsOnState = rule.PastEventStates.TryGetValue(f.Type, out var states)
                && spec.Where.Any(t => t.Is == true && states.Contains(t.Attr));
            return denial ?? (restsOnState
                ? ctx.Findings.FirstOrDefault(g => g.DocumentFile == f.DocumentFile && g.NoteIndex == f.NoteIndex && Contradicts(g))
                : null);
        }
        return ctx.Findings.FirstOrDefault(Contradicts);

        bool SameIdentity(Finding g) =>
            keys.All(a => EvaluationContext.Attr(g, a) is not { } gv || EvaluationContext.Attr(f, a) is { } fv && Equals(gv, fv));

        bool Contradicts(Finding g)
        {
            if (g.Type != f.Type || !(g.Assertion is Assertion.Absent or Assertion.Historical || ReadAsNegative(rule, g)) || ReferenceEquals(g, f) || OnlyIn(spec.NotInSections, g)) return false;
            var sameNote = g.DocumentFile == f.DocumentFile && g.NoteIndex == f.NoteIndex;
            if (sameNote ? rule.NotWithinNote.Contains(f.Type)
                : !(RestatesTheRecord(f, g) || AnyOrder(rule, f, g) || ctx.NoteDateOf(g) is { } gd && written is { } fd && gd >= fd)) return false;
            return SideCovers(g, f, unstatedCovered: true)
                && SameSite(g, f, rule.Sites, strict: sameNote) && SameLevel(g, f) && SameIdentity(g);
        }
    }

    private static DateOnly? Earliest(DateOnly? a, DateOnly? b) => a is { } x && b is { } y ? (x < y ? x : y) : a ?? b;

    // A negative denies the claim when it names no value (in general), the claim's value, or a family holding it.
    private static bool Denies(FactSpec spec, object? negative, object? claim) =>
        negative is null || Equals(negative, claim)
        || (claim is not null && spec.AbsentCovers.TryGetValue(negative.ToString()!, out var covered) && covered.Contains(claim.ToString()!));

    // A present finding whose negating attribute is true reads the thing as not there ('give-way, 5/5 with encouragement').
    private static bool ReadAsNegative(DisagreementGate rule, Finding g) =>
        g.Assertion == Assertion.Present && rule.NegatingAttributes.TryGetValue(g.Type, out var attrs)
        && attrs.Any(a => EvaluationContext.AsBool(EvaluationContext.Attr(g, a)) == true);

    /// <summary>A state read both ways in the clinical notes (rule.AnyOrder): the later note may only carry an old list forward.</summary>
    private static bool AnyOrder(DisagreementGate rule, Finding claim, Finding record) =>
        rule.AnyOrder.Contains(claim.Type) && record.NoteKind is not (null or NoteKind.Letter);

    /// <summary>A letter or form restates the record: a clinical note's reading of the same thing, whatever its date, weighs against it.</summary>
    private static bool RestatesTheRecord(Finding claim, Finding record) => claim.NoteKind == NoteKind.Letter && record.NoteKind is not (null or NoteKind.Letter);

    /// <summary>
    /// The packet reads this thing (same type, no identity attribute stated otherwise) at only one place: every present
    /// mention of it sits in one note within 'apart' characters of the first. Exempt types and report kinds never are.
    /// </summary>
    private bool ReadOnce(ReadTwiceRule rule, Finding f)
    {
        if (!rule.Types.Contains(f.Type) || f.NoteKind is { } k && rule.ExemptNoteKinds.Contains(k)) return false;
        var keys = criteria.Disagreement?.Identity.GetValueOrDefault(f.Type) ?? [];
        var same = ctx.Findings.Where(g => g.Type == f.Type && g.Assertion == Assertion.Present
            && keys.All(a => EvaluationContext.Attr(g, a) is not { } gv || EvaluationContext.Attr(f, a) is not { } fv || Equals(gv, fv))).ToList();
        // a letter or form restates the record: where the packet holds the record's notes, its claim needs their reading
        if (f.NoteKind == NoteKind.Letter && ctx.NoteKinds.Any(k => k != NoteKind.Letter && !rule.ExemptNoteKinds.Contains(k)))
            return !same.Any(g => g.NoteKind != NoteKind.Letter);
        var spans = same.SelectMany(g => g.Evidence).Select(e => (e.Document, e.Start)).Distinct().ToList();
        return spans.Select(x => x.Document).Distinct().Count() == 1 && spans.Max(x => x.Start) - spans.Min(x => x.Start) < rule.Apart;
    }

    /// <summary>
    /// A normal or absent reading covers the deficit's side: it names no side, both sides, or the same side. A deficit of
    /// unstated side is covered only when <paramref name="unstatedCovered"/> (the careful reading refuses rather than keeps).
    /// </summary>
    private static bool SideCovers(Finding normal, Finding deficit, bool unstatedCovered) =>
        normal.Laterality is null or "bilateral" || normal.Laterality == deficit.Laterality || unstatedCovered && deficit.Laterality is null;

    /// <summary>Two readings of the same thing can be on one side: either side unstated or bilateral, or the same side.</summary>
    private static bool SidesMeet(Finding a, Finding b) =>
        a.Laterality is null or "bilateral" || b.Laterality is null or "bilateral" || a.Laterality == b.Laterality;

    /// <summary>The exam sites a later normal exam is compared on when no 'disagreement' block names them.</summary>
    private static readonly string[] ExamSites = ["reflex", "muscle", "dermatome"];

    /// <summary>What makes two mentions the same deficit for 'told as not new': the exam site, or the kind of bladder/bowel problem.</summary>
    private static readonly string[] DeficitSites = ["reflex", "muscle", "dermatome", "kind"];

    /// <summary>
    /// A normal exam clears a deficit only where it examined the same thing: a normal knee jerk says nothing of an absent
    /// ankle jerk. A site named on both and different: not the same site. Strict (one exam, 'knees 2+' beside 'ankles 1+',
    /// 'Hip flexion 5/5' beside a row whose muscle went unread): a site either finding names must be named alike on the other.
    /// </summary>
    private static bool SameSite(Finding other, Finding f, IReadOnlyList<string> sites, bool strict = false) =>
        sites.All(a => (EvaluationContext.Attr(f, a), EvaluationContext.Attr(other, a)) switch
        {
            (null, null) => true,
            ({ } fv, { } ov) => string.Equals(ov.ToString(), fv.ToString(), StringComparison.OrdinalIgnoreCase),
            _ => !strict,
        });

    /// <summary>Both levels stated and sharing no segment: different levels. A level missing on either side is compatible.</summary>
    private static bool SameLevel(Finding a, Finding b)
    {
        var x = Segments(a.Level);
        var y = Segments(b.Level);
        return x.Count == 0 || y.Count == 0 || x.Overlaps(y);
    }

    /// <summary>
    /// "s/p L4-5 TLIF for unstable spondylolisthesis": the condition is named right after the treatment, as its
    /// indication, whatever the note's date. Only ever rules a finding out (a reviewer decides).
    /// </summary>
    private static bool NamedAsItsIndication(Finding treatment, Finding f) =>
        treatment.Evidence.Any(t => f.Evidence.Any(e => e.Document == t.Document && e.Start >= t.End && e.Start - t.End <= 12));

    /// <summary>The surgery is a fusion whose levels include every segment of the finding's level (L4-5 listhesis, L4-S1 fusion).</summary>
    private static bool FusedAcross(Finding surgery, Finding f)
    {
        if (EvaluationContext.AsBool(EvaluationContext.Attr(surgery, "fusion")) != true) return false;
        var fused = Segments(surgery.Level);
        var at = Segments(f.Level);
        return at.Count > 0 && fused.Count > 0 && at.IsSubsetOf(fused);
    }

    private static readonly System.Text.RegularExpressions.Regex LevelRange = new(@"\b([TLS])(\d{1,2})(?:\s*[-–/]\s*([TLS])?(\d{1,2}))?", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Spine segments a level names, ranges expanded (T1-T12, L1-L5, S1-S5 in order): "L4-S1" = {L4, L5, S1}.</summary>
    private static HashSet<int> Segments(string? level)
    {
        var set = new HashSet<int>();
        if (string.IsNullOrEmpty(level)) return set;
        foreach (System.Text.RegularExpressions.Match m in LevelRange.Matches(level.ToUpperInvariant()))
        {
            var a = Ordinal(m.Groups[1].Value, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            var b = m.Groups[4].Success ? Ordinal(m.Groups[3].Success ? m.Groups[3].Value : m.Groups[1].Value, int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)) : a;
            for (var k = Math.Min(a, b); k <= Math.Max(a, b); k++) set.Add(k);
        }
        return set;

        static int Ordinal(string region, int n) => region switch { "T" => n, "L" => 12 + n, _ => 17 + n };
    }

    private static readonly System.Text.RegularExpressions.Regex Segment = new(@"\b([CTLS])(\d{1,2})\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The level (or dermatome) when it names only cervical or upper thoracic segments (C1-T11); else null.</summary>
    private static string? NotLumbar(Finding f)
    {
        foreach (var text in new[] { f.Level, EvaluationContext.Attr(f, "dermatome") as string })
        {
            if (string.IsNullOrEmpty(text)) continue;
            var segments = Segment.Matches(text.ToUpperInvariant()).Select(m => (Region: m.Groups[1].Value, N: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();
            if (segments.Count > 0 && segments.All(x => x.Region == "C" || x.Region == "T" && x.N < 12)) return text;
        }
        return null;
    }

    /// <summary>The dates a finding covers: its start/end attributes, else its own (or its note's) date. Undated: (null, null).</summary>
    private (DateOnly? Start, DateOnly? End) Interval(Finding f)
    {
        var d = ctx.DateOf(f);
        var s = EvaluationContext.AsDate(EvaluationContext.Attr(f, "startDate"));
        var e = EvaluationContext.AsDate(EvaluationContext.Attr(f, "endDate"));
        return (s ?? d ?? e, e ?? (s is not null && d is not null && d > s ? d : s) ?? d);
    }

    private static bool PassesAll(IReadOnlyList<AttributeTest> tests, Finding f) => tests.All(t => Passes(t, EvaluationContext.Attr(f, t.Attr)));

    private static bool Passes(AttributeTest t, object? v)
    {
        if (t.Exists is { } ex && (v is not null) != ex) return false;
        if (t.EqualsValue is { } eq)
        {
            var ok = eq switch
            {
                bool b => EvaluationContext.AsBool(v) == b,
                double d => EvaluationContext.AsNumber(v) is { } n && Math.Abs(n - d) < 1e-9,
                _ => v is string s && string.Equals(s, (string)eq, StringComparison.OrdinalIgnoreCase),
            };
            if (!ok) return false;
        }
        if (t.In is not null && !(v is string si && t.In.Contains(si, StringComparer.OrdinalIgnoreCase))) return false;
        if (t.NotIn is not null && v is string sn && t.NotIn.Contains(sn, StringComparer.OrdinalIgnoreCase)) return false;
        if (t.Is is { } isv && EvaluationContext.AsBool(v) != isv) return false;
        if (t.IsNot is { } isnot && EvaluationContext.AsBool(v) == isnot) return false;
        if (t.Gt is not null || t.Gte is not null || t.Lt is not null || t.Lte is not null)
        {
            if (EvaluationContext.AsNumber(v) is not { } n) return false;
            if (n <= t.Gt || n < t.Gte || n >= t.Lt || n > t.Lte) return false;
        }
        return true;
    }

    private NodeResult Span(CriterionNode node)
    {
        var spec = node.Span!;
        var from = spec.Within.Before(ctx.RequestDate);
        var to = ctx.RequestDate;
        var looked = new SortedSet<int>();
        var inWindow = new List<(int Index, DateOnly Start, DateOnly End)>();
        var notes = new List<string>();
        for (var i = 0; i < ctx.Findings.Count; i++)
        {
            var f = ctx.Findings[i];
            var facts = spec.Facts.Where(s => s.Types.Contains(f.Type)).ToList();
            if (facts.Count == 0) continue;
            looked.Add(i);
            var reasons = facts.Select(s => Reject(s with { Within = null, AtLeastAgo = null }, f)).ToList();
            if (!reasons.Contains(null))
            {
                notes.Add($"#{i} {reasons[0]}");
                continue;
            }
            if (CareInterval(f) is not { } iv) { notes.Add($"#{i} undated"); continue; }
            if (spec.NoteDate is { } rule && DatedOnlyByNote(f) && !rule.NoteKinds.Contains(f.NoteKind ?? NoteKind.Other)
                && !(rule.Where.Count > 0 && PassesAll(rule.Where, f)))
            {
                notes.Add($"#{i} told as done without a date (only the note's date), cannot be placed within {spec.Within}");
                continue;
            }
            var s = iv.Start < from ? from : iv.Start;
            var e = iv.End > to ? to : iv.End;
            if (e < s) { notes.Add($"#{i} {Iso(iv.Start)}..{Iso(iv.End)} outside {spec.Within} before {Iso(to)}"); continue; }
            inWindow.Add((i, s, e));
        }
        var days = inWindow.Count == 0 ? 0 : inWindow.Max(x => x.End).DayNumber - inWindow.Min(x => x.Start).DayNumber;
        var value = days >= spec.AtLeastDays;
        var note = inWindow.Count == 0 ? "no qualifying care in the window"
            : $"care {Iso(inWindow.Min(x => x.Start))}..{Iso(inWindow.Max(x => x.End))} = {days} days within {spec.Within} before {Iso(to)} (needs {spec.AtLeastDays})";
        if (notes.Count > 0) note += "; not counted: " + string.Join("; ", notes);
        return new NodeResult
        {
            Node = node, Value = value, Partial = value, Score = value ? 1 : 0, Looked = looked.ToList(),
            Matched = value ? inWindow.Select(x => x.Index).ToList() : [], Note = note,
        };
    }

    /// <summary>
    /// The dates a course of care covers: start/end as documented; a documented duration ("x 7 weeks")
    /// counts back from the end (or forward from the start); otherwise the finding's date. A start, an end and a
    /// duration that disagree (more than half as long again, and two weeks, between the dates) come from different
    /// tellings of one course (a log's '02/02-03/27, 8 weeks' and a later note's 'ended about 7 weeks ago'): the
    /// course is its documented duration from its start, never made to reach later than its own dates put it.
    /// </summary>
    private (DateOnly Start, DateOnly End)? CareInterval(Finding f)
    {
        var d = ctx.DateOf(f);
        var s = EvaluationContext.AsDate(EvaluationContext.Attr(f, "startDate"));
        var e = EvaluationContext.AsDate(EvaluationContext.Attr(f, "endDate"));
        var weeks = EvaluationContext.AsNumber(EvaluationContext.Attr(f, "weeks"));
        var days = weeks is { } w ? (int)Math.Round(w * 7) : (int?)null;
        if (s is { } s1 && e is { } e1)
            return e1 < s1 ? (s1, s1)
                : days is { } n0 && e1.DayNumber - s1.DayNumber > n0 * 3 / 2 + 14 ? (s1, s1.AddDays(n0))
                : (s1, e1);
        if (s is { } s2) return (s2, days is { } n1 ? s2.AddDays(n1) : d is { } d1 && d1 > s2 ? d1 : s2);
        if (e is { } e2) return (days is { } n2 ? e2.AddDays(-n2) : d is { } d2 && d2 < e2 ? d2 : e2, e2);
        if (d is { } d3) return (days is { } n3 ? d3.AddDays(-n3) : d3, d3);
        return null;
    }

    /// <summary>No start, end or date of its own: the only date is the visit's it was written at.</summary>
    private bool DatedOnlyByNote(Finding f) =>
        EvaluationContext.Attr(f, "startDate") is null && EvaluationContext.Attr(f, "endDate") is null
        && (f.Date is null || f.Date == ctx.NoteDateOf(f));

    public static string AssertionName(Assertion a) => a switch
    {
        Assertion.Present => "present",
        Assertion.Absent => "absent",
        Assertion.Possible => "possible",
        Assertion.Historical => "historical",
        Assertion.Hypothetical => "hypothetical",
        _ => "family",
    };

    private static string Show(object? v) => v switch
    {
        null => "not stated",
        double d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly dt => Iso(dt),
        _ => v.ToString() ?? "",
    };

    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
