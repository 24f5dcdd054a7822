using System.Globalization;

namespace NoteCheck.Benchmarks.Generation;

/// <summary>
/// The patient a generated packet is about: who, which side and level hurt, since when, and
/// the places that write the notes. Every note of a packet is written from one case, so the
/// dates, sides and levels agree across notes the way they do in a real chart.
/// </summary>
public sealed record PatientCase(
    string First, string Middle, string Last, string Sex, DateOnly Dob, string Mrn,
    string Side, string Level, string Root, bool Deficit, DateOnly Onset, string Mechanism,
    string Occupation, Clinic Primary, Clinic Spine, Clinic Therapy, Clinic Imaging, string Payer)
{
    public string Pronoun => Sex == "F" ? "she" : "he";
    public string Possessive => Sex == "F" ? "her" : "his";
    public string Title => Sex == "F" ? "Ms." : "Mr.";
    public string OtherSide => Side == "left" ? "right" : "left";

    public int AgeOn(DateOnly day) =>
        day.Year - Dob.Year - (day.DayOfYear < Dob.DayOfYear ? 1 : 0);

    public static string Us(DateOnly d) => d.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
    public static string Long(DateOnly d) => d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    private static readonly string[] FirstF = ["Maren", "Odette", "Lucinda", "Priya", "Harriet", "Noemi", "Greta", "Yolanda", "Beatrix", "Selma", "Imogen", "Rosalind"];
    private static readonly string[] FirstM = ["Anselm", "Desmond", "Tobias", "Rafael", "Leopold", "Ivo", "Cornelius", "Jonah", "Thaddeus", "Emil", "Soren", "Barnaby"];
    private static readonly string[] Lasts = ["Vantreese", "Okonkwo-Hale", "Brightwater", "Szymanski", "Delacroix", "Hollenbeck", "Marchetti", "Quillfeather", "Abernathy", "Lindqvist", "Pennington", "Castellanos", "Ruehl", "Ferncastle"];
    private static readonly string[] Towns = ["Millbrook", "Easton Falls", "Larch Harbor", "Pine Hollow", "Westmere", "Granite Bluff", "Ashford Mills"];
    private static readonly string[] Streets = ["Commerce Way", "Riverside Drive", "Oak Terrace", "Foundry Street", "Meridian Avenue", "Quarry Road"];
    private static readonly string[] Clinicians = ["Alder", "Birchfield", "Cosgrove", "Dunmore", "Eberhart", "Fairweather", "Galloway", "Hartigan", "Ingersoll", "Jessup", "Kinsella", "Lowther"];
    private static readonly string[] Initials = ["A.", "B.", "C.", "D.", "E.", "F.", "G.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.", "W."];
    private static readonly string[] Mechanisms =
    [
        "lifting a bag of mulch out of the trunk of a car", "bending to pick up a laundry basket",
        "a twisting injury while moving furniture", "no specific injury", "shoveling wet snow",
        "a slip on an icy step without a fall to the ground", "a long drive of about nine hours",
    ];
    private static readonly string[] Occupations =
    [
        "warehouse associate", "elementary school teacher", "long-haul truck driver", "dental hygienist",
        "machinist", "accountant", "home health aide", "electrician", "line cook", "software tester",
    ];
    private static readonly string[] Payers = ["Evergreen Health Plan", "Summit Mutual Benefit", "Coastal Care Alliance", "Prairie State Health"];

    public static PatientCase Create(SeededRandom rng, DateOnly onset)
    {
        var sex = rng.Chance(0.5) ? "F" : "M";
        var (level, root) = rng.Pick<(string, string)>([("L4-5", "L5"), ("L5-S1", "S1"), ("L3-4", "L4"), ("L4-5", "L5")]);
        var town = rng.Pick(Towns);
        Clinic MakeClinic(string kind, string specialty, string credential) => new(
            $"{rng.Pick(["Harbor", "Cedar Ridge", "Northgate", "Bluestem", "Kestrel Valley", "Summit Park", "Lakeshore"])} {kind}",
            $"{rng.Next(10, 990)} {rng.Pick(Streets)}, Suite {rng.Next(100, 450)}, {town}, VT 05{rng.Next(100, 999)}",
            $"(802) 555-{rng.Next(1000, 9999)}",
            $"{rng.Pick(Initials)} {rng.Pick(Clinicians)}, {credential}", specialty);
        return new PatientCase(
            sex == "F" ? rng.Pick(FirstF) : rng.Pick(FirstM), rng.Pick(Initials), rng.Pick(Lasts), sex,
            new DateOnly(rng.Next(1948, 1999), rng.Next(1, 13), rng.Next(1, 29)),
            $"MRN-{rng.Next(100000, 999999)}",
            rng.Chance(0.55) ? "left" : "right", level, root, rng.Chance(0.5), onset,
            rng.Pick(Mechanisms), rng.Pick(Occupations),
            MakeClinic("Family Medicine", "family medicine", "MD"),
            MakeClinic("Orthopedic Spine Center", "orthopedic spine surgery", "MD"),
            MakeClinic("Physical Therapy", "physical therapy", "PT, DPT"),
            MakeClinic("Imaging Associates", "radiology", "MD"),
            rng.Pick(Payers));
    }
}

/// <summary>A practice that writes notes: letterhead and the clinician who signs.</summary>
public sealed record Clinic(string Name, string Address, string Phone, string Clinician, string Specialty);
