using NoteCheck.Core;
using NoteCheck.Criteria;

namespace NoteCheck.Criteria.Tests;

/// <summary>Hand-made findings and requests for engine tests, against the real rules/criteria/NIA_CG_045.json.</summary>
public abstract class EngineTestBase
{
    protected static readonly DateOnly R = new(2025, 6, 2);
    protected static readonly CriteriaEngine Engine = new(CriteriaLoader.Load(), new FixedClock(new DateOnly(2030, 1, 1)));

    protected static ImagingRequest Request(string specialty = "family medicine", DateOnly? dob = null, string cpt = "72131",
        string procedure = "ct", string[]? other = null, DateOnly? date = null, string? name = null) => new()
    {
        RequestId = "T-1",
        Cpt = cpt,
        Procedure = procedure,
        RequestDate = date ?? R,
        Patient = new Patient(name, dob ?? new DateOnly(1970, 3, 4), "F"),
        OrderingProvider = new OrderingProvider("Dr. Test", specialty),
        OtherStudiesRequested = other ?? [],
    };

    private static int _spanCounter;

    /// <summary>
    /// A finding with evidence (so evidence can be checked) and attributes as key/value pairs. Its fact is read twice, as
    /// notes state what they rely on (the history and the assessment); <see cref="Once"/> makes a fact read at one place.
    /// </summary>
    protected static Finding F(string type, Assertion assertion = Assertion.Present, DateOnly? date = null, string? laterality = null,
        params (string Key, object? Value)[] attrs)
    {
        var dict = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (k, v) in attrs) dict[k] = v;
        var n = Interlocked.Increment(ref _spanCounter);
        return new Finding
        {
            Type = type, Assertion = assertion, Date = date ?? R.AddDays(-7), Laterality = laterality, RuleId = "test." + type,
            Attributes = dict, DocumentFile = "note.txt",
            Evidence = [new EvidenceSpan("note.txt", 1, n * 10, n * 10 + 5, $"{type} text {n}", null, null),
                new EvidenceSpan("note.txt", 1, 1_000_000 + n * 10, 1_000_000 + n * 10 + 5, $"{type} again {n}", null, null)],
        };
    }

    /// <summary>The finding as read at one place only: its first evidence span.</summary>
    protected static Finding Once(Finding f) => f with { Evidence = [f.Evidence[0]] };

    protected static Finding Mri(string reason = "pacemaker_icd") => F("mri_contraindication", attrs: ("reason", reason));

    protected static Decision Decide(ImagingRequest request, params Finding[] findings) =>
        Engine.Decide(new CriteriaInput { Request = request, Findings = findings });

    protected static IndicationResult Ind(Decision d, string id) => d.Indications.Single(i => i.Id == id);

    protected static IEnumerable<TraceNode> Flatten(TraceNode n) => new[] { n }.Concat(n.Children.SelectMany(Flatten));

    /// <summary>The trace node with this id (first occurrence) in an indication's trace.</summary>
    protected static TraceNode Node(IndicationResult ind, string id) => Flatten(ind.Trace!).First(t => t.Id == id);

    /// <summary>Six-plus weeks of PT, an NSAID and a documented failure, all inside the window.</summary>
    protected static Finding[] FailedConservativeCare() =>
    [
        F("conservative_treatment", date: R.AddDays(-20), attrs: [("modality", "physical_therapy"), ("startDate", R.AddDays(-75)), ("endDate", R.AddDays(-20))]),
        F("conservative_treatment", date: R.AddDays(-80), attrs: ("modality", "medication")),
        F("conservative_treatment_failed", date: R.AddDays(-20), attrs: ("reason", "no_improvement")),
    ];
}
