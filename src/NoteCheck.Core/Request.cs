namespace NoteCheck.Core;

public sealed record Patient(string? Name, DateOnly? Dob, string? Sex);
public sealed record OrderingProvider(string? Name, string? Specialty);

/// <summary>The prior-authorization request (request.json, contract §2). Every field is optional.</summary>
public sealed record ImagingRequest
{
    public string? RequestId { get; init; }
    public string? Cpt { get; init; }
    public string Procedure { get; init; } = "ct";
    public DateOnly? RequestDate { get; init; }
    public Patient? Patient { get; init; }
    public OrderingProvider? OrderingProvider { get; init; }
    public IReadOnlyList<string> OtherStudiesRequested { get; init; } = [];
}

/// <summary>Where "today" comes from; injected so that decisions are reproducible.</summary>
public interface IClock { DateOnly Today { get; } }

public sealed class SystemClock : IClock
{
    public static readonly SystemClock Instance = new();
    public DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}

public sealed class FixedClock(DateOnly today) : IClock
{
    public DateOnly Today { get; } = today;
}
