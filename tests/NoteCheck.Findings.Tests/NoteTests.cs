using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>Whole notes read from disk: evidence integrity, attributes, links and grouping.</summary>
public class NoteTests
{
    private static readonly ImagingRequest Request = new() { RequestDate = new DateOnly(2025, 3, 10), Patient = new Patient("Marguerite L. Vasquez-Holm", new DateOnly(1968, 2, 11), "F") };

    [Fact]
    public void Evidence_text_equals_the_document_text_at_its_offsets()
    {
        foreach (var name in new[] { "2025-03-04-office-visit.txt", "2025-05-12-peroneal-visit.txt" })
        {
            var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Notes", name)).Replace("\r\n", "\n");
            var findings = Detect.File(name, Request);
            Assert.NotEmpty(findings);
            foreach (var f in findings)
            {
                Assert.NotEmpty(f.Evidence);
                foreach (var e in f.Evidence)
                {
                    Assert.Equal(name, e.Document);
                    Assert.Equal(text[e.Start..e.End], e.Text);
                }
                Assert.False(string.IsNullOrEmpty(f.RuleId));
                Assert.Equal(FindingSource.Rule, f.Source);
            }
        }
    }

    [Fact]
    public void Pt_episode_reads_dates_weeks_visits_and_the_hep_elements()
    {
        var findings = Detect.File("2025-03-04-office-visit.txt", Request);
        var pt = Assert.Single(findings, f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "physical_therapy" && f.Assertion == Assertion.Present);
        Assert.Equal(new DateOnly(2024, 7, 29), pt.Attr<DateOnly>("startDate"));
        Assert.Equal(new DateOnly(2024, 9, 16), pt.Attr<DateOnly>("endDate"));
        Assert.Equal(13, pt.Attr<int>("visits"));
        Assert.Equal(7, pt.Attr<int>("weeks"));
        var hep = Assert.Single(findings, f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "home_exercise_program");
        Assert.True(hep.Attr<bool>("prescribed"));
        Assert.True(hep.Attr<bool>("followUp"));
        Assert.Contains(findings, f => f.Type == "conservative_treatment" && f.Attr<string>("modality") == "medication" && f.Attr<string>("name") == "Meloxicam");
        var failed = Assert.Single(findings, f => f.Type == "conservative_treatment_failed");
        Assert.Equal("no_improvement", failed.Attr<string>("reason"));
    }

    [Fact]
    public void Office_visit_reads_deficits_negatives_and_mri_reason()
    {
        var findings = Detect.File("2025-03-04-office-visit.txt", Request);
        Assert.Contains(findings, f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Present && f.Laterality == "left");
        Assert.Contains(findings, f => f.Type == "muscle_weakness" && f.Assertion == Assertion.Absent);
        Assert.Contains(findings, f => f.Type == "abnormal_reflexes" && f.Assertion == Assertion.Present);
        var sensory = Assert.Single(findings, f => f.Type == "dermatomal_sensory_loss" && f.Assertion == Assertion.Present);
        Assert.Equal("L5", sensory.Attr<string>("dermatome"));
        Assert.Equal("pinprick", sensory.Attr<string>("modality"));
        Assert.Contains(findings, f => f.Type == "saddle_anesthesia" && f.Assertion == Assertion.Absent);
        Assert.Contains(findings, f => f.Type == "saddle_anesthesia" && f.Assertion == Assertion.Hypothetical);
        Assert.DoesNotContain(findings, f => f.Type == "saddle_anesthesia" && f.Assertion == Assertion.Present);
        Assert.Contains(findings, f => f.Type == "prior_lumbar_surgery" && f.Assertion == Assertion.Family);
        Assert.Contains(findings, f => f.Type == "prior_lumbar_surgery" && f.Assertion == Assertion.Absent);
        Assert.All(findings.Where(f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present),
            f => Assert.Equal("pacemaker_icd", f.Attr<string>("reason")));
        Assert.Contains(findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present);
        var identity = Assert.Single(findings, f => f.Type == "patient_identity");
        Assert.Equal("Marguerite L. Vasquez-Holm", identity.Attr<string>("name"));
        Assert.Equal(new DateOnly(1968, 2, 11), identity.Attr<DateOnly>("dob"));
        Assert.All(findings, f => Assert.Equal(new DateOnly(2025, 3, 4), f.Date ?? new DateOnly(2025, 3, 4)));
    }

    [Fact]
    public void One_finding_per_type_assertion_and_note_split_by_modality()
    {
        var findings = Detect.File("2025-03-04-office-visit.txt", Request);
        var keys = findings.Select(f => (f.Type, f.Assertion, f.NoteIndex, f.Attr<string>("modality"), f.Attr<string>("reason"), f.Attr<string>("flag"))).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Peroneal_palsy_explains_the_foot_drop_and_its_deficits()
    {
        var findings = Detect.File("2025-05-12-peroneal-visit.txt");
        var drop = findings.Where(f => f.Type == "foot_drop" && f.Assertion == Assertion.Present).ToList();
        Assert.NotEmpty(drop);
        Assert.Contains(drop, f => f.Attr<string>("explainedBy") == "peroneal_nerve_injury");
        var palsy = Assert.Single(findings, f => f.Type == "peroneal_nerve_injury" && f.Assertion == Assertion.Present);
        Assert.Contains("foot_drop", palsy.Attr<string>("explains"));
        Assert.Contains(drop, f => f.Evidence.Any(e => e.Text == "TA 1/5"));
    }

    [Fact]
    public void Cauda_equina_is_composed_from_severe_pain_and_a_defined_sign()
    {
        var findings = Detect.Text("ED note\nHPI: Severe low back pain 9/10 with new bilateral sciatica. Unable to void since last night.\nExam: decreased pinprick in the perineum.");
        var ces = Assert.Single(findings, f => f.Type == "cauda_equina_syndrome");
        Assert.Equal("cauda_equina_syndrome.composite", ces.RuleId);
        Assert.Equal(Assertion.Present, ces.Assertion);
        Assert.Contains("saddle_anesthesia", ces.Attr<string>("basis"));
        Assert.DoesNotContain(Detect.Text("Mild low back pain. Denies saddle anesthesia."), f => f.Type == "cauda_equina_syndrome" && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void Stopping_for_a_reason_that_does_not_count_is_not_failure()
    {
        var findings = Detect.Text("She stopped PT after 4 visits because of her work schedule.");
        var stopped = Assert.Single(findings, f => f.Type == "conservative_treatment_stopped");
        Assert.Equal("schedule", stopped.Attr<string>("reason"));
        Assert.DoesNotContain(findings, f => f.Type == "conservative_treatment_failed");
    }
}
