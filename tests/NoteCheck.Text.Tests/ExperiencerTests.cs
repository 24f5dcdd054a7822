using NoteCheck.Core;
using NoteCheck.Text;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text.Tests;

/// <summary>Who the finding belongs to: a relative who reports is an informant; a relative who has it is family.</summary>
public class ExperiencerTests
{
    private static Assertion Assert(string sentence, string target, string? section = null) => ContextAt.Target(sentence, target, section).Assertion;

    [Theory]
    [InlineData("Mother notes intermittent dribbling of urine between voids.", "dribbling of urine")]
    [InlineData("Mom reports numbness in his left foot since Tuesday.", "numbness")]
    [InlineData("Per dad, limping since the fall off the trampoline.", "limping")]
    [InlineData("Parents noticed a pit at the top of the gluteal crease at bath time.", "pit")]
    [InlineData("Grandmother states that the back pain wakes him at night.", "back pain")]
    [InlineData("Parents report back pain for 3 months, worse at night.", "back pain")]
    [InlineData("Per his mother, frequent falls over the last month.", "frequent falls")]
    [InlineData("Mother is concerned about a new limp.", "limp")]
    [InlineData("Mom and dad report urinary dribbling since potty training.", "urinary dribbling")]
    [InlineData("History obtained from the patient's mother: fevers at night.", "fevers")]
    [InlineData("Brought in by father for toe walking.", "toe walking")]
    [InlineData("Accompanied by her grandmother, who describes a waddling gait.", "waddling gait")]
    [InlineData("Mother's concern is his back pain at night.", "back pain")]
    [InlineData("Per father's account, the limp started after the fall.", "limp")]
    public void Relatives_who_report_are_informants(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    // A relative the patient acts on (helps, lifts, cares for) is the object of the event, not the one who has the pain.
    [Theory]
    [InlineData("Low back pain for 10 days after helping her son move a dresser.", "Low back pain")]
    [InlineData("Back pain began while lifting his father from the bathtub.", "Back pain")]
    [InlineData("Sciatica flared after carrying my daughter up the stairs.", "Sciatica")]
    [InlineData("Back strain since caring for her mother after the stroke.", "Back strain")]
    public void Relatives_the_patient_acts_on_are_not_experiencers(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    // A relative after a preposition ('seen with her mother for', 'moving boxes for his father') is an object too.
    [Theory]
    [InlineData("Seen today with her mother for right-sided low back pain since August.", "low back pain")]
    [InlineData("LBP since moving boxes for his father last weekend.", "LBP")]
    [InlineData("Low back pain x 2 weeks after moving furniture for daughter.", "Low back pain")]
    public void Relatives_after_a_preposition_are_not_experiencers(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Theory]
    [InlineData("Mom denies fevers or night sweats.", "fevers")]
    [InlineData("Per mother, no falls and no leg complaints.", "falls")]
    public void An_informant_keeps_the_negation_they_report(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Absent, Assert(sentence, target));

    [Theory]
    [InlineData("His mother had a laminectomy in her fifties.", "laminectomy")]
    [InlineData("Brother with scoliosis, braced as a teen.", "scoliosis")]
    [InlineData("Mother has lupus.", "lupus")]
    [InlineData("Father had a discectomy; mother reports he also has leg numbness.", "discectomy")]
    [InlineData("Mother reports a family history of scoliosis.", "scoliosis")]
    [InlineData("She drives him to school every day; her son has spina bifida.", "spina bifida")]
    [InlineData("Her brother's cauda equina surgery went well.", "cauda equina")]
    [InlineData("Her mother's breast cancer was treated in 2015.", "breast cancer")]
    public void Relatives_who_have_the_condition_stay_family(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Family, Assert(sentence, target));

    // A spouse or partner is someone else too: what follows the word is theirs; a spouse who reports is an informant, and
    // the patient's own complaint before the word stays the patient's.
    [Theory]
    [InlineData("She was helping her husband (pulmonary TB, on treatment) into the car.", "pulmonary TB", Assertion.Family)]
    [InlineData("Wife home sick with influenza last week.", "influenza", Assertion.Family)]
    [InlineData("Tuberculous spondylitis in her husband, diagnosed in July.", "Tuberculous spondylitis", Assertion.Family)]
    [InlineData("Husband reports she has been dragging her right foot.", "dragging her right foot", Assertion.Present)]
    [InlineData("Per her partner, new urinary incontinence since Sunday.", "urinary incontinence", Assertion.Present)]
    [InlineData("Low back pain since lifting her husband out of bed.", "Low back pain", Assertion.Present)]
    public void A_spouse_is_someone_else_unless_reporting(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    // The packet annotation (train/dev gold) files a negated family history as family: it says nothing about the patient.
    [Theory]
    [InlineData("No family history of scoliosis or tethered cord.", "tethered cord")]
    [InlineData("There is no known family history of ankylosing spondylitis.", "ankylosing spondylitis")]
    [InlineData("FHx: no neural tube defects; no toe walking in family.", "toe walking")]
    [InlineData("No scoliosis in the family.", "scoliosis")]
    [InlineData("Nobody in the family has had spina bifida.", "spina bifida")]
    [InlineData("No relatives with inflammatory arthritis.", "inflammatory arthritis")]
    [InlineData("Negative family history for spinal tumors.", "spinal tumors")]
    public void Negated_family_history_is_family(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Family, Assert(sentence, target));

    [Fact]
    public void Patients_who_report_are_not_hypothetical()
    {
        Xunit.Assert.Equal(Assertion.Present, Assert("They report that the leg pain started in May.", "leg pain"));
        Xunit.Assert.Equal(Assertion.Hypothetical, Assert("Report any new numbness to the office.", "numbness"));
    }

    [Fact]
    public void Word_lists_expand_in_phrases_and_unknown_lists_fail()
    {
        var path = Path.Combine(Path.GetTempPath(), $"context-{Guid.NewGuid():N}.json");
        const string rest = "\"pseudo\": [], \"terminators\": [], \"normalCues\": [], \"sectionEffects\": [], \"negativeHeaderCues\": [], \"pastEventTargets\": []";
        try
        {
            File.WriteAllText(path, "{\"wordLists\": {\"kin\": [\"aunt\", \"uncle\"]}, \"triggers\": [{\"id\": \"f\", \"category\": \"family\", \"direction\": \"forward\", \"phrases\": [\"{@kin}\"], \"notBefore\": [\"says\"]}], " + rest + "}");
            var a = ContextAnalyzer.Load(path, Sectionizer.Default);
            Xunit.Assert.Equal(Assertion.Family, a.Assert("Uncle with gout.", 11, 15).Assertion);
            Xunit.Assert.Equal(Assertion.Present, a.Assert("Uncle says gout.", 11, 15).Assertion);

            File.WriteAllText(path, "{\"triggers\": [{\"id\": \"f\", \"category\": \"family\", \"direction\": \"forward\", \"phrases\": [\"{@kin}\"]}], " + rest + "}");
            var e = Xunit.Assert.Throws<RuleFileException>(() => ContextAnalyzer.Load(path, Sectionizer.Default));
            Xunit.Assert.Contains("kin", e.Message);
            Xunit.Assert.Contains(Path.GetFileName(path), e.Message);
        }
        finally { File.Delete(path); }
    }
}

/// <summary>Comparison with an earlier study is about change, not about whether the finding is there now.</summary>
public class ComparisonTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Mild disc bulge at L4-5, not present on the prior study.", "disc bulge")]
    [InlineData("The enhancing lesion at L2 was not seen on the 2022 MRI.", "enhancing lesion")]
    [InlineData("Endplate edema at L3-4, not seen previously.", "Endplate edema")]
    [InlineData("Compression fracture of L1, not previously identified.", "Compression fracture")]
    [InlineData("The L1 compression fracture is new since the prior exam.", "compression fracture")]
    [InlineData("Grade 1 anterolisthesis of L4 on L5, unchanged from 2023.", "anterolisthesis")]
    [InlineData("Grade 1 anterolisthesis, unchanged from prior.", "anterolisthesis")]
    [InlineData("Stable spondylolisthesis compared with the previous radiographs.", "spondylolisthesis")]
    [InlineData("Disc extrusion, previously seen, now larger.", "Disc extrusion")]
    public void Change_since_an_earlier_study_is_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Theory]
    [InlineData("Fracture not seen on today's films.", "Fracture")]
    [InlineData("No fracture is seen on the current study.", "fracture")]
    [InlineData("Pars defect not identified.", "Pars defect")]
    public void A_finding_not_seen_now_stays_absent(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Absent, Assert(sentence, target));

    [Fact]
    public void A_resolved_prior_condition_stays_historical() =>
        Xunit.Assert.Equal(Assertion.Historical, Assert("Prior back pain resolved with PT.", "back pain"));
}

/// <summary>"Consider X": a diagnosis considered is uncertain (possible); a test or treatment considered is a plan (hypothetical).</summary>
public class ConsiderTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Febrile and immunosuppressed; also consider epidural abscess.", "epidural abscess")]
    [InlineData("Would consider discitis in the differential.", "discitis")]
    [InlineData("CT L-spine to evaluate for lateral recess stenosis.", "lateral recess stenosis")]
    [InlineData("EMG ordered to evaluate for radiculopathy.", "radiculopathy")]
    [InlineData("MRI requested to rule out cauda equina syndrome.", "cauda equina syndrome")]
    [InlineData("CT recommended to exclude an occult fracture.", "occult fracture")]
    [InlineData("Being worked up for multiple myeloma by oncology.", "multiple myeloma")]
    [InlineData("Workup for inflammatory arthritis: HLA-B27, ESR, CRP.", "inflammatory arthritis")]
    public void A_considered_diagnosis_is_possible(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Possible, Assert(sentence, target));

    [Theory]
    [InlineData("Consider PT if no better in 2 weeks.", "PT")]
    [InlineData("Consider MRI of the lumbar spine.", "MRI")]
    [InlineData("Consider TFESI R L5 after CT.", "TFESI")]
    [InlineData("Considering single-level L5-S1 fusion.", "fusion")]
    [InlineData("EMG ordered to evaluate for radiculopathy.", "EMG")]
    [InlineData("Consider PT re-eval vs pain mgmt referral for possible ESI.", "ESI")]
    public void A_considered_test_or_treatment_is_a_plan(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, Assert(sentence, target));
}

/// <summary>The child a reporting parent names is the patient; a child named by the patient, or a parent's other relatives, are family.</summary>
public class ChildOfInformantTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Mother reports that her son has leg weakness.", "leg weakness")]
    [InlineData("Dad says his daughter has had urinary incontinence for 2 weeks.", "urinary incontinence")]
    [InlineData("The patient's mother states her son is tripping over his left foot.", "tripping")]
    [InlineData("Mom is worried that her daughter walks on her toes.", "walks on her toes")]
    [InlineData("Return precautions discussed with patient and mother including saddle numbness.", "saddle numbness")]
    public void The_child_a_parent_reports_about_is_the_patient(string sentence, string target) =>
        Xunit.Assert.NotEqual(Assertion.Family, Assert(sentence, target));

    [Theory]
    [InlineData("Her son has the same back pain.", "back pain")]
    [InlineData("She reports that her son has scoliosis.", "scoliosis")]
    [InlineData("Mother notes that his sister also had scoliosis.", "scoliosis")]
    [InlineData("Mom says her brother had a tethered cord release.", "tethered cord")]
    public void Other_relatives_stay_family(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Family, Assert(sentence, target));
}
