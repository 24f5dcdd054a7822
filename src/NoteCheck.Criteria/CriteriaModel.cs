using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>A time span written in the criteria file: {"days": N} / {"weeks": N} / {"months": N} / {"years": N}.</summary>
public sealed record Period(int Amount, string Unit)
{
    /// <summary>The date this period before <paramref name="anchor"/> (calendar months and years).</summary>
    public DateOnly Before(DateOnly anchor) => Unit switch
    {
        "days" => anchor.AddDays(-Amount),
        "weeks" => anchor.AddDays(-7 * Amount),
        "months" => anchor.AddMonths(-Amount),
        _ => anchor.AddYears(-Amount),
    };

    public DateOnly After(DateOnly anchor) => Unit switch
    {
        "days" => anchor.AddDays(Amount),
        "weeks" => anchor.AddDays(7 * Amount),
        "months" => anchor.AddMonths(Amount),
        _ => anchor.AddYears(Amount),
    };

    public override string ToString() => $"{Amount} {(Amount == 1 ? Unit.TrimEnd('s') : Unit)}";
}

/// <summary>One condition on a finding attribute ("where" entry of a fact).</summary>
public sealed record AttributeTest(string Attr)
{
    public object? EqualsValue { get; init; }
    public IReadOnlyList<string>? In { get; init; }
    public IReadOnlyList<string>? NotIn { get; init; }
    /// <summary>Bool attribute must be this value.</summary>
    public bool? Is { get; init; }
    /// <summary>Bool attribute must not be this value (a missing attribute passes).</summary>
    public bool? IsNot { get; init; }
    /// <summary>Attribute must (true) or must not (false) be written at all.</summary>
    public bool? Exists { get; init; }
    public double? Gt { get; init; }
    public double? Gte { get; init; }
    public double? Lt { get; init; }
    public double? Lte { get; init; }
}

/// <summary>A predicate over the findings: does a finding of these types, assertions, attributes and window exist?</summary>
public sealed record FactSpec
{
    public required IReadOnlyList<string> Types { get; init; }
    /// <summary>Assertions that count; only "present" unless the file says otherwise.</summary>
    public IReadOnlyList<string> Assertions { get; init; } = ["present"];
    public IReadOnlyList<string>? Laterality { get; init; }
    public IReadOnlyList<AttributeTest> Where { get; init; } = [];
    /// <summary>The finding (or its start/end dates) falls within this period before the request date.</summary>
    public Period? Within { get; init; }
    /// <summary>
    /// For <see cref="Within"/>: a note of the window that records the finding present also places it there, whatever
    /// earlier date its sentence names ('peroneal neuropathy, unchanged from 05/2026'): for a condition documented
    /// as present, not for an event (a course stopped a year ago stays a year ago).
    /// </summary>
    public bool WithinByNote { get; init; }
    /// <summary>The finding is dated at least this long before the request date ("not before 6 months after surgery").</summary>
    public Period? AtLeastAgo { get; init; }
    /// <summary>At least this many distinct matching findings.</summary>
    public int MinCount { get; init; } = 1;
    /// <summary>Findings read under these section names do not count (e.g. an ordered study named in the plan).</summary>
    public IReadOnlyList<string> NotInSections { get; init; } = [];
    /// <summary>The finding does not count when a present finding of these types (the surgery that treated it) is dated on or after it.</summary>
    public IReadOnlyList<string> UnlessTreatedBy { get; init; } = [];
    /// <summary>The finding does not count when a later exam finds the same type normal (absent) on that side: the deficit is not current.</summary>
    public bool UnlessLaterNormal { get; init; }
    /// <summary>
    /// A deficit already documented present (same type, same side) on a note dated more than this long before the
    /// request is chronic, not new, unless the finding itself is told as new or worsening (attribute new = true); so is
    /// one that another mention of the same deficit (type, side, site, level) tells as not new (new = false).
    /// </summary>
    public Period? ChronicIfSeenBefore { get; init; }
    /// <summary>
    /// The finding, unless told as new itself, does not count when another present mention of the same thing (type, side,
    /// site, level) tells it as not new (new = false): the second half of <see cref="ChronicIfSeenBefore"/> alone, for a
    /// fact whose earlier sightings do not make it old (a fracture a CT report calls chronic and healed, that a letter or
    /// a later note names without an age).
    /// </summary>
    public bool UnlessToldOld { get; init; }
    /// <summary>
    /// Other types whose mention told as not new (new = false) on the same side tells this finding old too, for
    /// <see cref="ChronicIfSeenBefore"/> and <see cref="UnlessToldOld"/>: a steppage gait is the gait of the foot drop
    /// the notes call chronic ('Chronic L foot drop, stable' beside 'Gait w/o AFO: L steppage'). A finding with no side
    /// stated is told old by such a mention of either side.
    /// </summary>
    public IReadOnlyList<string> ToldOldBy { get; init; } = [];
    /// <summary>
    /// The finding counts only when not dated before the latest present finding of these types: an improvement
    /// noted early in a course that later failed is not the course's outcome. Undated: counts.
    /// </summary>
    public IReadOnlyList<string> NotBeforeLast { get; init; } = [];
    /// <summary>
    /// The finding does not count when the same type is stated absent on or after its date (or either is undated),
    /// with this attribute equal or not stated: "MRI not possible" answered by "cleared for MRI". Null: no such test.
    /// </summary>
    public string? UnlessLaterAbsent { get; init; }
    /// <summary>
    /// For <see cref="UnlessLaterAbsent"/>: a negative stating one of these values also denies the values it maps to
    /// (a screen's "no implants, no metal", reason device_other, denies every device reason but not sedation or habitus).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> AbsentCovers { get; init; } = new Dictionary<string, IReadOnlySet<string>>();
    /// <summary>
    /// region "lumbar": a finding whose level (or dermatome) names only cervical or upper thoracic segments does not
    /// count: a C6 radiculopathy or a C4-5 listhesis is not what a lumbar CT evaluates. No level stated: counts.
    /// </summary>
    public bool LumbarOnly { get; init; }
    /// <summary>
    /// A claim read outside an imaging report ('the flexion-extension films demonstrate instability' in a letter) does
    /// not count when an imaging report of the same level reads the same finding otherwise (absent, or the tested
    /// attribute stated the other way) and no imaging report affirms it: the report is the primary document.
    /// </summary>
    public bool UnlessReportDenies { get; init; }
    /// <summary>
    /// The finding does not count when its own note holds a present finding of this other kind on a side it can share
    /// (either side unstated or bilateral, or the same side): the examiner who qualifies a limb's strength as effort, not
    /// strength (give-way, a positive Hoover sign, 'variable effort'), has not documented an objective foot drop or
    /// sensory loss of that limb in the same exam. Null: no such test.
    /// </summary>
    public SameNoteTest? UnlessSameNote { get; init; }
}

/// <summary>A present finding of this type passing these tests, read in the same note as the finding tested.</summary>
public sealed record SameNoteTest(string Type, IReadOnlyList<AttributeTest> Where);

/// <summary>The active-care span: matching findings' first-to-last dates (or documented duration), clipped to a window.</summary>
public sealed record SpanSpec(IReadOnlyList<FactSpec> Facts, int AtLeastDays, Period Within)
{
    /// <summary>
    /// When a course dated only by its note's date is placed at that date; null: always. A course the words put
    /// at the note (ongoing) or read from the therapy's own note is; a course told as done without a date is not.
    /// </summary>
    public NoteDateRule? NoteDate { get; init; }
}

/// <summary>A course dated only by its note counts at that date when it passes these tests (none given: only by its note kind) or its note is of these kinds.</summary>
public sealed record NoteDateRule(IReadOnlyList<AttributeTest> Where, IReadOnlyList<NoteKind> NoteKinds);

public sealed record AgeSpec(string Op, Period Age);

public sealed record OtherStudiesSpec(IReadOnlyList<string> Regions, int MinCount, int? MaxCount);

/// <summary>
/// One node of a criteria tree. Exactly one of the kinds is set: all, any, not, atLeast, fact, span,
/// age, specialty, cpt, procedure, otherStudies, ref.
/// </summary>
public sealed record CriterionNode
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    /// <summary>The guideline (or interpretation.md) text this node encodes, verbatim.</summary>
    public required string Clause { get; init; }
    public string? Label { get; init; }
    public string? Missing { get; init; }
    public string? Note { get; init; }
    /// <summary>Guideline bullets (verbatim beginnings) this node encodes, for the coverage report.</summary>
    public IReadOnlyList<string> Bullets { get; init; } = [];
    /// <summary>When this node is false because of what the notes say (not what they lack), the indication is not met at all.</summary>
    public bool Exclusion { get; init; }
    public IReadOnlyList<CriterionNode> Children { get; init; } = [];
    public int AtLeast { get; init; }
    public FactSpec? Fact { get; init; }
    public SpanSpec? Span { get; init; }
    public AgeSpec? Age { get; init; }
    public IReadOnlyList<string> Values { get; init; } = [];
    public OtherStudiesSpec? OtherStudies { get; init; }
    public string? Ref { get; init; }
    /// <summary>On a ref: its facts count only findings dated after a present finding of these types ("post-operatively").</summary>
    public IReadOnlyList<string> After { get; init; } = [];
    /// <summary>File the node was read from (for error messages).</summary>
    public string File { get; init; } = "";

    public IEnumerable<CriterionNode> Descendants()
    {
        yield return this;
        foreach (var c in Children)
            foreach (var d in c.Descendants()) yield return d;
    }
}

public sealed record IndicationCriteria(string Id, string Clause, IReadOnlyList<string> Sections, CriterionNode Rule);

public sealed record NotEncodedBullet(string Bullet, string Reason);

/// <summary>
/// How to tell that a present finding is contradicted by an absent or resolved one of the same thing: attributes
/// that name the thing per type (a different value: a different thing), attributes that name an exam site (within
/// one note a normal elsewhere says nothing of the named site), and types whose same-note negatives are routinely
/// about something else ('fall' beside 'no head strike', one drug beside another).
/// </summary>
public sealed record DisagreementGate(
    IReadOnlyDictionary<string, IReadOnlyList<string>> Identity,
    IReadOnlyList<string> Sites,
    IReadOnlyList<string> NotWithinNote,
    string Clause)
{
    /// <summary>Types whose present finding records that something happened (a cancer history): 'in remission' is no contradiction.</summary>
    public IReadOnlyList<string> PastEvents { get; init; } = [];
    /// <summary>
    /// Per past-event type, the rules whose negative reading denies the diagnosis itself ('Not myeloma', 'no history of
    /// cancer'), not its activity ('in remission', 'NED'): such a denial weighs against a claimed history in any clinical
    /// note, whatever the order (a hematologist's 'MGUS, not myeloma' answers a later referral's 'hx of myeloma').
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PastEventDenials { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>
    /// Per past-event type, bool attributes that read the thing's current state (a cancer active, metastatic), not that it
    /// happened: a fact that needs one of them true rests on the state, so a negative reading of the same thing ('no
    /// evidence of recurrence', 'NED') in the same note weighs against it as for any other type (a problem list's imported
    /// 'Metastatic prostate cancer' beside 'pT2 N0 M0 ... no evidence of recurrence'). A later note's remission does not:
    /// a cancer treated in the past year and now in remission was both.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PastEventStates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>
    /// Per type, bool attributes that make a present finding a negative reading: a later examiner's "give-way, 5/5 with
    /// encouragement" (muscle_weakness effortLimited) answers an earlier graded weakness as a normal exam would.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> NegatingAttributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>
    /// Types whose negative reading in any clinical note weighs against a present one whatever the order of the notes: a
    /// state such as immune suppression that a later problem list or medication list carries forward after a specialist
    /// withdrew the drug.
    /// </summary>
    public IReadOnlyList<string> AnyOrder { get; init; } = [];
}

/// <summary>
/// An approving fact of the narrated kinds (<see cref="Types"/>: what happened, was tried, is planned) must be read twice:
/// mentions of the same thing at least <see cref="Apart"/> characters apart or in two documents. Report kinds are exempt.
/// </summary>
public sealed record ReadTwiceRule(int Apart, IReadOnlyList<string> Types, IReadOnlyList<NoteKind> ExemptNoteKinds, string Clause);

public sealed record OverlapGate(
    IReadOnlyDictionary<string, IReadOnlyList<string>> RegionCodes,
    IReadOnlyList<string> OverlappingRegions,
    Period PriorWithin,
    IReadOnlyList<string> PriorModalities,
    string Clause)
{
    /// <summary>Prior-imaging mentions under these sections are orders, not studies done (the plan names the requested CT).</summary>
    public IReadOnlyList<string> IgnoreSections { get; init; } = [];
    /// <summary>Definition whose facts exempt a prior overlapping study (inconclusive result, follow-up needed).</summary>
    public const string PriorExemptId = "gate.overlap.prior_inconclusive";
    /// <summary>Definition for a documented need for the overlapping study.</summary>
    public const string JustifiedId = "gate.overlap.justified";
}

/// <summary>The whole guideline as criteria data (rules/criteria/NIA_CG_045.json).</summary>
public sealed record CriteriaSet
{
    public required string File { get; init; }
    public required string Guideline { get; init; }
    public required string Revision { get; init; }
    public required IReadOnlyList<string> CoveredCpt { get; init; }
    public required IReadOnlyDictionary<string, string> Specialties { get; init; }
    public required OverlapGate Overlap { get; init; }
    public required IReadOnlyDictionary<string, CriterionNode> Definitions { get; init; }
    public required IReadOnlyList<IndicationCriteria> Indications { get; init; }
    public IReadOnlyList<string> OverviewSections { get; init; } = [];
    public IReadOnlyList<NotEncodedBullet> NotEncoded { get; init; } = [];
    /// <summary>When the notes disagree about an approving fact (absent or resolved in the same or a later note): null = never checked.</summary>
    public DisagreementGate? Disagreement { get; init; }
    /// <summary>An approving fact read only once refers: null = never checked.</summary>
    public ReadTwiceRule? ReadTwice { get; init; }

    /// <summary>Every node of the file: definitions and indication rules.</summary>
    public IEnumerable<CriterionNode> AllNodes() =>
        Definitions.Values.SelectMany(d => d.Descendants()).Concat(Indications.SelectMany(i => i.Rule.Descendants()));
}
