using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

/// <summary>
/// A "(-)" that leads a review-of-systems list, and a "Neg:" / "Negative for" lead, negate the whole comma list up to the
/// sentence end or a "(+)" / "+" item; a qualifier like "other than intended" inside the list does not end it.
/// </summary>
public class MinusListLeadTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    private const string Ros = "(-) fever, wt loss other than intended, neck pain, arm sx, dysphagia, diplopia, urinary sx, falls.";
    private const string Mixed = "(+) back pain, (-) fever, chills, (+) urinary retention, saddle numbness.";

    [Theory]
    [InlineData(Ros, "urinary sx")]
    [InlineData(Ros, "falls")]
    [InlineData("(-) fever, weight loss (gained), neck pain, dysphagia, hoarseness, falls, numbness, weakness, incontinence.", "incontinence")]
    [InlineData("GU: (-) incontinence, retention, dysuria.", "dysuria")]
    [InlineData(Mixed, "chills")]
    [InlineData("Neg: fever, chills, wt loss, chest pain, abd pain, dysuria, hematuria, urinary retention, falls.", "falls")]
    [InlineData("Negative for fever, chills, night sweats, weight loss, neck pain, dysphagia, diplopia, urinary retention, falls.", "falls")]
    public void Every_item_of_the_list_is_absent(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Absent, Assert(sentence, target));

    [Theory]
    [InlineData(Mixed, "urinary retention")]                       // a "(+)" item ends the negated run
    [InlineData(Mixed, "saddle numbness")]                         // ... and the items after it
    [InlineData("(-) fever, chills, + leg weakness, numbness.", "leg weakness")]
    [InlineData("(-) fever, chills; reports new leg weakness.", "leg weakness")]
    public void Plus_marked_items_and_later_clauses_stay_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Fact]
    public void A_dash_bullet_before_an_exam_finding_is_not_a_list_lead() =>
        Xunit.Assert.Equal(Assertion.Present, Assert("- 4/5 EHL weakness on the left, decreased sensation over the dorsal foot", "decreased sensation"));

    [Fact]
    public void The_rule_that_fired_is_kept()
    {
        var r = ContextAt.Target(Ros, "falls");
        Xunit.Assert.Equal("absent.minus_list_lead", r.RuleId);
        Xunit.Assert.Equal("(-)", r.Trigger);
    }
}

/// <summary>Instructions to report symptoms ("notify ... if she reports ...", "If any X: go to the ED") are hypothetical.</summary>
public class ReportInstructionTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Stop and notify the ATC if pain exceeds 4/10 or if she reports leg numbness, weakness or any other new symptom", "weakness")]
    [InlineData("Call the office if he notices leg weakness or numbness.", "leg weakness")]
    [InlineData("Reports leg pain; will call if she develops any bladder trouble.", "bladder trouble")]
    [InlineData("If any leg weakness, numbness or bladder trouble: go straight to the ED.", "bladder trouble")]
    public void Symptoms_to_report_are_hypothetical(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, Assert(sentence, target));

    [Theory]
    [InlineData("She reports leg numbness and weakness since Monday.", "weakness")]
    [InlineData("Reports leg pain; will call if she develops any bladder trouble.", "leg pain")]   // the finding before the instruction
    public void Symptoms_she_reports_now_stay_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Fact]
    public void A_conditional_instruction_wrapped_onto_a_line_that_looks_like_a_label_stays_one_sentence()
    {
        const string note = "Plan:\n- If a fracture is found: spine surgery same day. If any leg weakness, numbness\n  or bladder trouble: go straight to the ED.\n";
        Xunit.Assert.Equal(Assertion.Hypothetical, ContextAt.InNote(note, "bladder trouble").Assertion);
    }
}

/// <summary>The indication of a past operation, wrapped onto a line that looks like a label, is still read under its "s/p".</summary>
public class WrappedIndicationTests
{
    private static Assertion InNote(string note, string target) => ContextAt.InNote(note, target).Assertion;

    [Fact]
    public void The_wrapped_indication_is_historical() =>
        Xunit.Assert.Equal(Assertion.Historical, InNote("ASSESSMENT\n47M 4 months s/p L4-5 TLIF for spondylolisthesis with L L5\nradiculopathy: excellent clinical result, neuro exam normal.\n", "radiculopathy"));

    [Fact]
    public void A_current_complaint_on_its_own_line_stays_present() =>
        Xunit.Assert.Equal(Assertion.Present, InNote("ASSESSMENT\n47M 4 months s/p L4-5 TLIF for spondylolisthesis.\nNew L L5 radiculopathy: worse over 2 weeks.\n", "radiculopathy"));
}

/// <summary>A counterfactual clinical statement ("an L5 radiculopathy would weaken inversion") names no finding.</summary>
public class CounterfactualTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("NOT an L5 root. L5 radiculopathy would weaken inversion and hip abduction.", "radiculopathy")]
    [InlineData("A cauda equina syndrome would be expected to cause saddle anesthesia and retention.", "cauda equina syndrome")]
    [InlineData("An S1 radiculopathy would typically cause an absent ankle jerk.", "S1 radiculopathy")]
    public void The_supposed_condition_is_hypothetical(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, Assert(sentence, target));

    [Theory]
    [InlineData("MRI shows a large L4-5 extrusion that would cause compression of the L5 root.", "extrusion")]   // a relative clause about a real finding
    [InlineData("Left L5 radiculopathy with EHL weakness.", "L5 radiculopathy")]
    public void A_finding_described_by_what_it_would_do_stays_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Theory]
    [InlineData("EMG/NCS R leg next week to confirm site, exclude radiculopathy/plexopathy.", "radiculopathy", Assertion.Possible)]
    [InlineData("EMG shows an acute L5 radiculopathy.", "radiculopathy", Assertion.Present)]
    public void A_plan_to_exclude_a_condition_doubts_it(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));
}

/// <summary>
/// A condition the text calls resolved is past: after a problem-list dash ("Prostatitis - resolved clinically"), with the
/// verbs of settling ("which has since settled", "subsided"), and for a target that names an event ("nerve injury").
/// </summary>
public class ResolvedConditionTests
{
    private static AssertionResult At(string sentence, string target) => ContextAt.Target(sentence, target);

    [Theory]
    [InlineData("Prostatitis - resolved clinically.", "Prostatitis")]
    [InlineData("Opioid-induced constipation with fecal impaction - resolved after disimpaction/PEG", "fecal impaction")]
    [InlineData("UTI, E. coli - treated, resolved; incontinence back to her chronic baseline.", "UTI")]
    [InlineData("Some pain into the left buttock and posterior thigh in the first 2 weeks, which has since settled.", "pain into the left buttock")]
    [InlineData("Left leg numbness after the fall subsided over a week.", "Left leg numbness")]
    [InlineData("She had a left foot drop in 2015 from a peroneal nerve injury at the knee that fully resolved by 2016.", "peroneal nerve injury")]
    public void The_resolved_condition_is_historical(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Historical, At(sentence, target).Assertion);

    [Theory]
    [InlineData("Prostatitis - resolved clinically; new L3-4 discitis - on IV antibiotics.", "discitis")]   // the next item keeps its own reading
    [InlineData("Leg pain settled into the left calf over the last week.", "Leg pain")]                     // "settled into" is where, not resolved
    [InlineData("Low back pain - suspected L4-5 disc herniation.", "Low back pain")]                         // a dash verdict only from a resolved cue
    public void Other_items_and_look_alikes_stay_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, At(sentence, target).Assertion);

    [Fact]
    public void A_past_operation_stays_present_under_other_historical_cues()
    {
        Xunit.Assert.Equal(Assertion.Present, At("Prior L4-5 laminectomy in 2019.", "laminectomy").Assertion);
        Xunit.Assert.Equal("historical.resolved", At("Prostatitis - resolved clinically.", "Prostatitis").RuleId);
    }
}

/// <summary>
/// Phrases that contain a cue but are not one, and scope ends: "who presents with" ends a negation like "who" does; "most likely
/// from" names a cause (not a hedge on what follows); "I consider this X" is a diagnosis; "continues to report" is the patient
/// reporting; "for my patient, a boy with X" ends a request's scope; "X considered but ... favor Y" sets X aside.
/// </summary>
public class CueLookAlikeTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Fifty eight year old male with non ischemic cardiomyopathy and an implanted defibrillator who presents with low back pain for three weeks.", "low back pain")]
    [InlineData("Acute R L5 radiculopathy, most likely from a disc herniation after lifting, with a new R foot drop (TA 3, EHL 2).", "foot drop")]
    [InlineData("I consider this spinal cord neurosarcoidosis involving the conus until proven otherwise.", "neurosarcoidosis")]
    [InlineData("Continues to report back pain with radiation to the left leg.", "radiation to the left leg")]
    [InlineData("I am requesting a CT of the lumbar spine for my patient Ezekiel, a 3-year-old boy with a known anorectal malformation.", "anorectal malformation")]
    [InlineData("Peroneal neuropathy considered but the inversion weakness and shin distribution favor the L5 root.", "inversion weakness")]
    public void The_finding_stays_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Theory]
    [InlineData("Peroneal neuropathy considered but the inversion weakness and shin distribution favor the L5 root.", "Peroneal neuropathy", Assertion.Absent)]
    [InlineData("Discitis was considered and ruled out.", "Discitis", Assertion.Absent)]
    [InlineData("Patient with non ischemic cardiomyopathy.", "ischemic cardiomyopathy", Assertion.Absent)]
    [InlineData("Foot drop, most likely an L5 radiculopathy.", "L5 radiculopathy", Assertion.Possible)]
    [InlineData("Consider epidural abscess if fever persists.", "epidural abscess", Assertion.Possible)]
    [InlineData("Told to report any new leg weakness.", "leg weakness", Assertion.Hypothetical)]
    [InlineData("I am requesting a CT of the lumbar spine for my patient.", "CT", Assertion.Hypothetical)]
    public void The_real_cues_still_fire(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));
}

/// <summary>"No X to explain Y": the negation (or hedge, or history) covers the explanation, not the finding to be explained.</summary>
public class ExplainedFindingTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("No opioids/anticholinergics or BPH history to explain retention.", "retention")]
    [InlineData("No neuropathy or peroneal lesion that would explain the foot drop.", "foot drop")]
    public void The_finding_to_be_explained_stays_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));

    [Theory]
    [InlineData("No opioids/anticholinergics or BPH history to explain retention.", "BPH", Assertion.Absent)]
    [InlineData("No urinary retention or incontinence.", "incontinence", Assertion.Absent)]
    public void The_negated_explanations_and_plain_lists_stay_absent(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));
}
