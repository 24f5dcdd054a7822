using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings;

/// <summary>
/// Turns one analyzed document into findings. The rule-based <see cref="FindingDetector"/> is the
/// default; ML classifiers implement the same interface and mark their output <c>Source = Model</c>.
/// </summary>
public interface IFindingDetector
{
    IReadOnlyList<Finding> Detect(ClinicalText text, FindingContext context);
}

/// <summary>What a detector may know besides the text: the request (patient DOB, request date).</summary>
public sealed record FindingContext(ImagingRequest? Request = null)
{
    public static readonly FindingContext Empty = new();

    /// <summary>Patient age in whole years on <paramref name="onDate"/>, from the request's DOB.</summary>
    public int? AgeFromRequest(DateOnly onDate)
    {
        var dob = Request?.Patient?.Dob;
        if (dob is null) return null;
        return AgeCalculator.YearsBetween(dob.Value, Request?.RequestDate ?? onDate);
    }

    /// <summary>Patient age in whole years on a note's date of service, from the request's DOB (pediatric red flags
    /// follow the age on each note's date: a 17-year-old's visit still counts when the request comes after 18).</summary>
    public int? AgeOn(DateOnly date) =>
        Request?.Patient?.Dob is { } dob ? AgeCalculator.YearsBetween(dob, date) : null;
}

public static class AgeCalculator
{
    public static int YearsBetween(DateOnly dob, DateOnly on)
    {
        var years = on.Year - dob.Year;
        if (on < dob.AddYears(years)) years--;
        return years;
    }
}
