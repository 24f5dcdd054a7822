using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class ValueTaggerTests
{
    private static List<ClinicalValue> Tag(string s) => ValueTagger.Default.Tag(s, 0, s.Length);

    [Theory]
    [InlineData("45 y/o female with back pain", "45", "female")]
    [InlineData("A 45-year-old man with sciatica", "45", "male")]
    [InlineData("62 yo M presents with leg pain", "62", "male")]
    public void Age_and_sex(string s, string age, string sex)
    {
        var v = Tag(s);
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.Age && x.Value == age);
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.Sex && x.Value == sex);
    }

    [Fact]
    public void Dob_is_normalized() =>
        Xunit.Assert.Contains(Tag("Patient: J. Roe  DOB: 5/2/1979"), x => x.Kind == ValueKind.Dob && x.Value == "1979-05-02");

    [Theory]
    [InlineData("Pain in the LLE", "left")]
    [InlineData("Numbness of BLE", "bilateral")]
    [InlineData("Weakness in the right leg", "right")]
    [InlineData("Pain radiating down the L leg", "left")]
    public void Laterality(string s, string side) =>
        Xunit.Assert.Contains(Tag(s), x => x.Kind == ValueKind.Laterality && x.Value == side);

    [Theory]
    [InlineData("Disc herniation at L4-5.", "L4-L5")]
    [InlineData("Stenosis at L5-S1.", "L5-S1")]
    [InlineData("Foraminal narrowing at L3/L4.", "L3-L4")]
    public void Spinal_levels(string s, string level) =>
        Xunit.Assert.Contains(Tag(s), x => x.Kind == ValueKind.SpinalLevel && x.Value == level);

    [Fact]
    public void Dermatome() =>
        Xunit.Assert.Contains(Tag("Decreased sensation in the L5 dermatome."), x => x.Kind == ValueKind.Dermatome && x.Value == "L5");

    [Fact]
    public void Strength_by_muscle_with_side()
    {
        var v = Tag("Left EHL 3/5, right EHL 5/5.");
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.StrengthGrade && x.Target == "ehl" && x.Value == "3/5" && x.Side == "left");
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.StrengthGrade && x.Target == "ehl" && x.Value == "5/5" && x.Side == "right");
    }

    [Fact]
    public void Strength_table_columns_follow_the_header()
    {
        const string table = "Motor        Left     Right\nAnkle dorsiflexion (TA)    2/5    5/5\nEHL    3/5    5/5\n";
        var v = Tag(table);
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.StrengthGrade && x.Target!.StartsWith("ankle dorsiflexion") && x.Value == "2/5" && x.Side == "left");
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.StrengthGrade && x.Target == "ehl" && x.Value == "3/5" && x.Side == "left");
        Xunit.Assert.Contains(v, x => x.Kind == ValueKind.StrengthGrade && x.Target == "ehl" && x.Value == "5/5" && x.Side == "right");
    }

    [Theory]
    [InlineData("Achilles 0 on the left.", "achilles", "0")]
    [InlineData("Absent ankle jerk bilaterally.", "ankle jerk", "absent")]
    [InlineData("3+ patellar reflexes.", "patellar", "3+")]
    [InlineData("Upgoing toes bilaterally.", "toes", "upgoing")]
    [InlineData("4 beats of clonus at the ankle.", "clonus", "4 beats")]
    public void Reflexes(string s, string target, string value) =>
        Xunit.Assert.Contains(Tag(s), x => x.Kind == ValueKind.ReflexGrade && x.Target == target && x.Value == value);

    [Fact]
    public void Sizes() =>
        Xunit.Assert.Contains(Tag("A 0.7 cm cyst and a 12 x 8 mm nodule."), x => x.Kind == ValueKind.Size && x.Value == "0.7 cm");
}
