using System.Globalization;
using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>The patient's age on the request date, in completed units, and where it came from.</summary>
public sealed record PatientAge(DateOnly? Dob, int? Years, int? Months, string Source)
{
    /// <summary>Completed units of <paramref name="unit"/> on <paramref name="on"/>; null when unknown.</summary>
    public int? In(string unit, DateOnly on)
    {
        if (Dob is { } dob)
        {
            return unit switch
            {
                "days" => on.DayNumber - dob.DayNumber,
                "weeks" => (on.DayNumber - dob.DayNumber) / 7,
                "months" => CompletedMonths(dob, on),
                _ => CompletedMonths(dob, on) / 12,
            };
        }
        return unit switch
        {
            "years" => Years ?? Months / 12,
            "months" => Months ?? (Years is { } y && y >= 1 ? y * 12 : null),
            _ => null,
        };
    }

    private static int CompletedMonths(DateOnly dob, DateOnly on)
    {
        var m = (on.Year - dob.Year) * 12 + on.Month - dob.Month;
        if (dob.AddMonths(m) > on) m--;
        return Math.Max(0, m);
    }
}

/// <summary>What the criteria are evaluated against: the request, its date, the patient's age and the findings.</summary>
public sealed class EvaluationContext
{
    private readonly Dictionary<(string, int), DateOnly?> _noteDates = new();

    public EvaluationContext(ImagingRequest request, IReadOnlyList<Finding> findings, IReadOnlyList<DocumentSummary> documents,
        string? specialty, IClock clock)
    {
        Request = request;
        // An approval rests on the rules' findings alone: a model's suggestion is shown to the reviewer, never counted.
        Findings = [.. findings.Where(f => f.Source == FindingSource.Rule)];
        Specialty = specialty;
        foreach (var d in documents)
            for (var i = 0; i < d.Notes.Count; i++) _noteDates[(d.File, i)] = d.Notes[i].Date;
        NoteKinds = [.. documents.SelectMany(d => d.Notes).Select(n => n.Kind).Distinct().Order()];
        var newestNote = documents.SelectMany(d => d.Notes).Select(n => n.Date).Where(x => x is not null).Max();
        var newestFinding = Findings.Select(f => f.Date).Where(x => x is not null).Max();
        (RequestDate, RequestDateSource) = request.RequestDate is { } r ? (r, "request")
            : newestNote is { } n ? (n, "newest note date")
            : newestFinding is { } f ? (f, "newest finding date")
            : (clock.Today, "today (no dated note)");
        Age = AgeOf(request, Findings);
    }

    public ImagingRequest Request { get; }
    public IReadOnlyList<Finding> Findings { get; }
    public string? Specialty { get; }
    public DateOnly RequestDate { get; }
    public string RequestDateSource { get; }
    public PatientAge? Age { get; }
    /// <summary>The kinds of the packet's notes (office visit, letter, imaging report, ...).</summary>
    public IReadOnlyList<NoteKind> NoteKinds { get; }

    /// <summary>The date of the note a finding was read from.</summary>
    public DateOnly? NoteDateOf(Finding f) =>
        f.DocumentFile is not null && _noteDates.TryGetValue((f.DocumentFile, f.NoteIndex), out var d) ? d : null;

    /// <summary>The date a finding is about: its own date, else its note's date.</summary>
    public DateOnly? DateOf(Finding f) => f.Date ?? NoteDateOf(f);

    private static PatientAge? AgeOf(ImagingRequest request, IReadOnlyList<Finding> findings)
    {
        if (request.Patient?.Dob is { } dob) return new PatientAge(dob, null, null, "request DOB");
        var ids = findings.Where(f => f.Type == "patient_identity" && f.Assertion == Assertion.Present).ToList();
        foreach (var f in ids)
            if (AsDate(Attr(f, "dob")) is { } d) return new PatientAge(d, null, null, "DOB in the notes");
        foreach (var f in ids)
        {
            var y = AsNumber(Attr(f, "ageYears"));
            var m = AsNumber(Attr(f, "ageMonths"));
            if (y is not null || m is not null) return new PatientAge(null, (int?)y, (int?)m, "age stated in the notes");
        }
        return null;
    }

    public static object? Attr(Finding f, string key) => f.Attributes.TryGetValue(key, out var v) ? Unwrap(v) : null;

    private static object? Unwrap(object? v) => v is JsonElement e
        ? e.ValueKind switch
        {
            JsonValueKind.String => e.GetString(),
            JsonValueKind.Number => e.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        }
        : v;

    public static DateOnly? AsDate(object? v) => v switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    public static double? AsNumber(object? v) => v switch
    {
        null => null,
        bool => null,
        string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        IConvertible c => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    public static bool? AsBool(object? v) => v switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var b) => b,
        _ => null,
    };
}
