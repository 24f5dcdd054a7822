using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>Reason codes of contract §3.</summary>
public static class ReasonCodes
{
    public const string CriteriaMet = "criteria_met";
    public const string NoIndicationMet = "no_indication_met";
    public const string CptNotCovered = "cpt_not_covered";
    public const string OverlappingImaging = "overlapping_imaging";
    public const string PatientMismatch = "patient_mismatch";
    public const string UnreadablePages = "unreadable_pages";
    public const string BadRequest = "bad_request";
    /// <summary>An indication would be met only by findings whose note has no readable date: a reviewer must place them in time.</summary>
    public const string UndatedEvidence = "undated_evidence";
    /// <summary>Every met indication rests on a finding another (or the same) note reads absent or resolved: a reviewer decides.</summary>
    public const string ConflictingDocumentation = "conflicting_documentation";
    /// <summary>Every met indication rests on a fact the packet states at one place only: a reviewer confirms it.</summary>
    public const string ReadOnce = "read_once";
}

/// <summary>
/// The overlapping-imaging gate (interpretation.md): an overlapping spine study requested with this one,
/// or done in the 3 months before it, blocks approval unless the prior study was inconclusive or needs
/// follow-up, the notes justify the overlap, or the combination pathway is met.
/// </summary>
public sealed class OverlapCheck(CriteriaSet criteria)
{
    private readonly OverlapGate gate = criteria.Overlap;

    public Reason? Check(EvaluationContext ctx, NodeEvaluator evaluator, bool combinationMet)
    {
        if (combinationMet) return null;
        if (evaluator.Evaluate(criteria.Definitions[OverlapGate.JustifiedId]).Value) return null;
        var exempt = criteria.Definitions[OverlapGate.PriorExemptId];

        var concurrent = ctx.Request.OtherStudiesRequested.Select(c => c.Trim())
            .Where(c => gate.OverlappingRegions.Any(r => gate.RegionCodes[r].Contains(c))).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        if (concurrent.Count > 0)
            return new Reason(ReasonCodes.OverlappingImaging,
                $"An overlapping spine study is requested with this one ({string.Join(", ", concurrent)}); the notes do not document why both are needed and how the result changes management.");

        var from = gate.PriorWithin.Before(ctx.RequestDate);
        for (var i = 0; i < ctx.Findings.Count; i++)
        {
            var f = ctx.Findings[i];
            if (f.Type != "prior_imaging" || f.Assertion != Assertion.Present) continue;
            if (f.Section is { } section && gate.IgnoreSections.Contains(section)) continue;
            var modality = EvaluationContext.Attr(f, "modality") as string;
            var region = EvaluationContext.Attr(f, "region") as string;
            if (modality is null || region is null || !gate.PriorModalities.Contains(modality) || !gate.OverlappingRegions.Contains(region)) continue;
            if (ctx.DateOf(f) is not { } d || d < from || d > ctx.RequestDate) continue;
            if (evaluator.SatisfiesAnyFact(exempt, f) || SameStudyExempt(ctx, evaluator, exempt, f, modality, d)) continue;
            return new Reason(ReasonCodes.OverlappingImaging,
                $"A {region} {modality.ToUpperInvariant()} was done on {NodeEvaluator.Iso(d)}, within {gate.PriorWithin} of the request (finding #{i}); its result is not documented as inconclusive or needing follow-up, and the notes do not say why another overlapping study is needed.");
        }
        return null;
    }

    // The same study (modality and date) is often named twice: the report's own title, and the consult
    // that says it was non-diagnostic. The result written in either place is the study's result. An MRI
    // report's own "non-diagnostic" verdict is read as an mri_contraindication finding: dated with an MRI,
    // it is that MRI's result; so is an indeterminate finding the same study's report names ("Indeterminate left L5
    // pars ... CT could clarify").
    private static bool SameStudyExempt(EvaluationContext ctx, NodeEvaluator evaluator, CriterionNode exempt, Finding study, string modality, DateOnly date) =>
        ctx.Findings.Any(g => !ReferenceEquals(g, study) && g.Assertion == Assertion.Present && ctx.DateOf(g) == date
            && (g.Type == "prior_imaging"
                    && EvaluationContext.Attr(g, "modality") as string == modality
                    && EvaluationContext.Attr(g, "region") is null or "lumbar" or "thoracic" or "cervical"
                || g.Type == "mri_contraindication" && modality == "mri"
                || g.Type == "indeterminate_imaging_finding" && g.NoteKind == NoteKind.ImagingReport
                    && (EvaluationContext.Attr(g, "modality") is not string gm || gm == modality))
            && evaluator.SatisfiesAnyFact(exempt, g));
}

/// <summary>
/// patient_mismatch: a note names another patient or date of birth than the request or the other notes.
/// Messages name the documents, never the names or dates themselves.
/// </summary>
public static class PatientIdentityCheck
{
    private static readonly HashSet<string> Suffixes = ["jr", "sr", "ii", "iii", "iv", "md", "do", "mrs", "mr", "ms", "miss", "dr"];
    // A generation marker tells a father from his son of the same name; a name written without one may be either.
    private static readonly HashSet<string> Generations = ["jr", "sr", "ii", "iii", "iv"];

    public static Reason? Check(ImagingRequest request, IReadOnlyList<Finding> findings)
    {
        var ids = findings.Where(f => f.Type == "patient_identity" && f.Assertion == Assertion.Present).ToList();
        var aliases = Aliases(ids.Select(f => EvaluationContext.Attr(f, "name") as string).Append(request.Patient?.Name));
        var names = new List<(string Source, HashSet<string> Tokens)>();
        var generations = new List<(string Source, string Generation)>();
        var dobs = new List<(string Source, DateOnly Dob)>();
        void AddName(string source, string? name)
        {
            if (name is null) return;
            if (Tokens(name, aliases) is { Count: > 0 } tokens) names.Add((source, tokens));
            if (Generation(name) is { } g) generations.Add((source, g));
        }
        AddName("the request", request.Patient?.Name);
        if (request.Patient?.Dob is { } rd) dobs.Add(("the request", rd));
        foreach (var f in ids)
        {
            var src = f.DocumentFile ?? f.Evidence.FirstOrDefault()?.Document ?? "a note";
            AddName(src, EvaluationContext.Attr(f, "name") as string);
            if (EvaluationContext.AsDate(EvaluationContext.Attr(f, "dob")) is { } d) dobs.Add((src, d));
        }
        for (var i = 0; i < dobs.Count; i++)
            for (var j = i + 1; j < dobs.Count; j++)
                if (dobs[i].Dob != dobs[j].Dob && !CenturyApart(dobs[i].Dob, dobs[j].Dob))
                    return new Reason(ReasonCodes.PatientMismatch, $"The date of birth in {dobs[j].Source} differs from {dobs[i].Source}; confirm the notes belong to this patient.");
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count; j++)
                if (!SameName(names[i].Tokens, names[j].Tokens))
                    return new Reason(ReasonCodes.PatientMismatch, $"The patient name in {names[j].Source} differs from {names[i].Source}; confirm the notes belong to this patient.");
        for (var i = 0; i < generations.Count; i++)
            for (var j = i + 1; j < generations.Count; j++)
                if (generations[i].Generation != generations[j].Generation)
                    return new Reason(ReasonCodes.PatientMismatch, $"The name suffix (Jr., Sr., II...) in {generations[j].Source} differs from {generations[i].Source}; confirm the notes belong to this patient.");
        return null;
    }

    /// <summary>One birth date written with a two-digit year and read into the wrong century ('4/19/48' as 2048 in a note
    /// without a readable date): same day and month, exactly 100 years apart.</summary>
    public static bool CenturyApart(DateOnly a, DateOnly b) =>
        a.Month == b.Month && a.Day == b.Day && Math.Abs(a.Year - b.Year) == 100;

    /// <summary>Same person when one name's words (initials and suffixes aside) are all in the other ("Brzezinski, Walter J." = "Walter Brzezinski").</summary>
    public static bool SameName(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count <= b.Count ? a.IsSubsetOf(b) : b.IsSubsetOf(a);

    /// <summary>A name's words in lower case without accents (WithoutAccents lowers it): a fax or an older system writes "Vikstrom" for "Vikström".
    /// With <paramref name="aliases"/>, a nickname and the name it stands for are one word.</summary>
    public static HashSet<string> Tokens(string name, IReadOnlyDictionary<string, string>? aliases = null) =>
        WithoutAccents(name).Split(c => !char.IsLetter(c))
            .Where(t => t.Length > 1 && !Suffixes.Contains(t))
            .Select(t => aliases?.GetValueOrDefault(t) ?? t).ToHashSet(StringComparer.Ordinal);

    // A word in quotes or parentheses right after another: 'Billie (Wilhelmina) Szostak-Ames', 'Ezekiel ("Zeke") Marchbanks-Tully',
    // 'Szostak-Ames, Wilhelmina ("Billie")' once normalized ('Wilhelmina ("Billie") Szostak-Ames').
    private static readonly System.Text.RegularExpressions.Regex Nickname = new(
        "(\\p{L}[\\p{L}'\u2019]*)[ ]*(?:\\(\"|\\(\u201c|\\(|\"|\u201c)[ ]*(\\p{L}[\\p{L}'\u2019]*)[ ]*(?:\"\\)|\u201d\\)|\\)|\"|\u201d)",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The nicknames the packet's own names teach: a name written with a nickname beside it ('Billie (Wilhelmina) Szostak-Ames')
    /// makes the two words one, so another note's 'Billie Szostak-Ames' and the request's 'Wilhelmina Szostak-Ames' name the same
    /// patient. Each word maps to one word of its alias group (the ordinal least); only names in the packet teach an alias.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Aliases(IEnumerable<string?> names)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string t)
        {
            while (parent.TryGetValue(t, out var p) && p != t) t = p;
            return t;
        }
        foreach (var name in names)
        {
            if (name is null) continue;
            foreach (System.Text.RegularExpressions.Match m in Nickname.Matches(name))
            {
                var (a, b) = (Find(WithoutAccents(m.Groups[1].Value)), Find(WithoutAccents(m.Groups[2].Value)));
                if (a == b) continue;
                if (string.CompareOrdinal(a, b) < 0) parent[b] = a; else parent[a] = b;
                parent.TryAdd(a, a);
                parent.TryAdd(b, b);
            }
        }
        return parent.Keys.ToDictionary(k => k, Find, StringComparer.Ordinal);
    }

    /// <summary>The name's generation marker ("jr", "sr", "ii"...), or null when it carries none.</summary>
    public static string? Generation(string name) =>
        WithoutAccents(name).Split(c => !char.IsLetter(c)).LastOrDefault(Generations.Contains);

    // Latin letters with accents and their plain letters, position by position (the build runs with invariant
    // globalization, where string.Normalize does not decompose).
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěìíîïīįıłñńňòóôõöøōőŕřśšşťţùúûüūůűųýÿźżžð";
    private const string Plain = "aaaaaaaaacccddeeeeeeeeiiiiiiilnnnoooooooorrsssttuuuuuuuuyyzzzd";

    private static string WithoutAccents(string s) =>
        new([.. s.ToLowerInvariant().Select(c => Accented.IndexOf(c) is var i and >= 0 ? Plain[i] : c)]);

    private static string[] Split(this string s, Func<char, bool> sep)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
            if (i == s.Length || sep(s[i]))
            {
                if (i > start) parts.Add(s[start..i]);
                start = i + 1;
            }
        return parts.ToArray();
    }
}
