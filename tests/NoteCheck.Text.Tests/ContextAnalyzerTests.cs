using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class ContextAnalyzerTests
{
    private static AssertionResult Assert(string sentence, string target, string? section = null) => ContextAt.Target(sentence, target, section);

    [Theory]
    [InlineData("Patient denies fever, chills, or weight loss.", "fever")]
    [InlineData("Patient denies fever, chills, or weight loss.", "chills")]
    [InlineData("Patient denies fever, chills, or weight loss.", "weight loss")]
    [InlineData("No saddle anesthesia or bowel incontinence.", "bowel incontinence")]
    [InlineData("MRI shows no evidence of fracture.", "fracture")]
    [InlineData("Clonus is not present.", "Clonus")]
    [InlineData("No prior history of seizures.", "seizures")]
    public void Negations_are_absent(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Absent, Assert(sentence, target).Assertion);

    [Theory]
    [InlineData("No improvement in low back pain after 6 weeks of PT.", "low back pain")]
    [InlineData("No change in the left leg numbness since last visit.", "left leg numbness")]
    [InlineData("Radicular pain without relief from gabapentin.", "Radicular pain")]
    [InlineData("0/5 strength in left ankle dorsiflexion.", "0/5 strength")]
    [InlineData("Denies fever but reports worsening left leg weakness.", "left leg weakness")]
    [InlineData("Negative SLR bilaterally, radicular pain in the left leg.", "radicular pain")]
    public void Clinical_conventions_stay_present(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target).Assertion);

    // Review-of-systems lists: "-" before an item is "negative", "+" is "positive" (a dash-led line is a bullet, not a negation).
    [Theory]
    [InlineData("Neuro: - numbness/tingling, - weakness.", "weakness", Assertion.Absent)]
    [InlineData("GU: - incontinence. Psych: + anxiety.", "incontinence", Assertion.Absent)]
    [InlineData("Constitutional: (-) fever, (-) night sweats", "night sweats", Assertion.Absent)]
    [InlineData("MSK: + back pain, - joint swelling.", "back pain", Assertion.Present)]
    [InlineData("Neuro: + weakness of the left leg, - numbness.", "weakness", Assertion.Present)]
    [InlineData("- New urinary incontinence since Monday", "urinary incontinence", Assertion.Present)]
    [InlineData("Strength L EHL 4-5/5, weakness of hip abduction.", "weakness", Assertion.Present)]
    public void A_minus_sign_in_a_symptom_list_negates_its_item(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target).Assertion);

    [Fact]
    public void Negative_test_is_a_finding_about_the_test()
    {
        var r = Assert("Negative SLR bilaterally, radicular pain in the left leg.", "SLR");
        Xunit.Assert.Equal(Assertion.Absent, r.Assertion);
        Xunit.Assert.Equal("Negative", r.Trigger);
        Xunit.Assert.NotNull(r.RuleId);
    }

    [Fact]
    public void Label_line_with_denies_negates_the_label()
    {
        var r = Assert("Bowel/bladder: denies", "Bowel");
        Xunit.Assert.Equal(Assertion.Absent, r.Assertion);
        Xunit.Assert.Equal("denies", r.Trigger);
    }

    [Theory]
    [InlineData("Possible L5 radiculopathy.", "L5 radiculopathy", Assertion.Possible)]
    [InlineData("Findings are concerning for cauda equina syndrome.", "cauda equina syndrome", Assertion.Possible)]
    [InlineData("History of sciatica in 2015 which resolved with PT.", "sciatica", Assertion.Historical)]
    [InlineData("Mother has history of breast cancer.", "breast cancer", Assertion.Family)]
    [InlineData("Return to the ED if you develop saddle anesthesia or urinary retention.", "urinary retention", Assertion.Hypothetical)]
    [InlineData("History of L4-5 discectomy in 2015.", "L4-5 discectomy", Assertion.Present)]
    public void Categories(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target).Assertion);

    [Theory]
    [InlineData("[ ] Fever  [x] Leg pain", "Fever", Assertion.Absent)]
    [InlineData("[ ] Fever  [x] Leg pain", "Leg pain", Assertion.Present)]
    [InlineData("Scoliosis in his sister and aunt.", "Scoliosis", Assertion.Family)]
    [InlineData("Review of the chart: no prior history of seizures.", "seizures", Assertion.Absent)]
    public void Checkboxes_backward_family_and_precedence(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target).Assertion);

    [Fact]
    public void Negative_ros_header_negates_its_items() =>
        Xunit.Assert.Equal(Assertion.Absent, Assert("Fever, chills, weight loss.", "weight loss", "Review of systems negative for:").Assertion);

    [Fact]
    public void Negex_convention_reads_resolved_as_negated_and_history_as_historical()
    {
        const string s = "His nausea and vomiting resolved.";
        var i = s.IndexOf("vomiting", StringComparison.Ordinal);
        Xunit.Assert.Equal(Assertion.Historical, ContextAnalyzer.Default.Assert(s, i, i + 8).Assertion);
        Xunit.Assert.Equal(Assertion.Absent, ContextAnalyzer.Default.WithNegExConventions().Assert(s, i, i + 8).Assertion);
        const string h = "History of L4-5 discectomy.";
        var j = h.IndexOf("L4-5", StringComparison.Ordinal);
        Xunit.Assert.Equal(Assertion.Present, ContextAnalyzer.Default.Assert(h, j, h.Length - 1).Assertion);
        Xunit.Assert.Equal(Assertion.Historical, ContextAnalyzer.Default.WithNegExConventions().Assert(h, j, h.Length - 1).Assertion);
    }

    [Fact]
    public void Assert_lines_answer_null_when_the_target_is_absent_and_honour_offsets()
    {
        var missing = NoteCheck.Text.Evaluation.AssertionCorpus.Parse("{\"id\": 7, \"text\": \"Denies fever.\", \"target\": \"chills\"}", out _)!;
        Xunit.Assert.Null(NoteCheck.Text.Evaluation.AssertionCorpus.Answer(ContextAnalyzer.Default, missing));
        // the second "pain" (offsets given) is the negated one
        var line = "{\"id\": \"x\", \"text\": \"Back pain improved; no leg pain.\", \"target\": \"pain\", \"start\": 27, \"end\": 31}";
        var item = NoteCheck.Text.Evaluation.AssertionCorpus.Parse(line, out _)!;
        Xunit.Assert.Equal(Assertion.Absent, NoteCheck.Text.Evaluation.AssertionCorpus.Answer(ContextAnalyzer.Default, item)!.Assertion);
        var first = item with { Start = null, End = null };
        Xunit.Assert.Equal(Assertion.Present, NoteCheck.Text.Evaluation.AssertionCorpus.Answer(ContextAnalyzer.Default, first)!.Assertion);
    }

    [Fact]
    public void Family_history_section_makes_family() =>
        Xunit.Assert.Equal(Assertion.Family, Assert("Diabetes and colon cancer.", "colon cancer", "Family History:").Assertion);

    [Fact]
    public void Precedence_family_before_absent()
    {
        var r = Assert("Her father had no back surgery.", "back surgery");
        Xunit.Assert.Equal(Assertion.Family, r.Assertion);
        Xunit.Assert.Contains(r.Cues, c => c.Assertion == Assertion.Absent);
    }

    [Theory]
    [InlineData("Sensation intact to light touch in bilateral lower extremities.", "Sensation")]
    [InlineData("Reflexes 2+ and symmetric at the patellae.", "Reflexes")]
    [InlineData("Strength 5/5 throughout the lower extremities.", "Strength")]
    public void Normal_exam_cues(string sentence, string target)
    {
        var i = sentence.IndexOf(target, StringComparison.Ordinal);
        var r = ContextAnalyzer.Default.NormalExam(sentence, i, i + target.Length);
        Xunit.Assert.NotNull(r);
        Xunit.Assert.Equal(Assertion.Absent, r!.Assertion);
    }

    [Fact]
    public void Abnormal_exam_has_no_normal_cue()
    {
        const string s = "Decreased sensation in the left L5 dermatome.";
        var i = s.IndexOf("sensation", StringComparison.Ordinal);
        Xunit.Assert.Null(ContextAnalyzer.Default.NormalExam(s, i, i + 9));
    }
}

/// <summary>Doubt and "nothing to suggest": NegEx/pyConText read the first as uncertainty, the second as negation.</summary>
public class DoubtAndNothingTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Nothing suggests cauda equina syndrome.", "cauda equina syndrome")]
    [InlineData("There is nothing to suggest an epidural abscess.", "epidural abscess")]
    [InlineData("Nothing on exam to suggest myelopathy.", "myelopathy")]
    [InlineData("Nothing on MRI suggestive of metastatic disease.", "metastatic disease")]
    [InlineData("No evidence to suggest an infection.", "infection")]
    [InlineData("Findings are not consistent with radiculopathy.", "radiculopathy")]
    [InlineData("The exam is inconsistent with an L5 radiculopathy.", "L5 radiculopathy")]
    public void Nothing_to_suggest_negates(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Absent, Assert(sentence, target));

    [Theory]
    [InlineData("I doubt cauda equina syndrome.", "cauda equina syndrome")]
    [InlineData("Doubt discitis given normal labs.", "discitis")]
    [InlineData("Fracture is doubtful.", "Fracture")]
    [InlineData("Unlikely cauda equina syndrome.", "cauda equina syndrome")]
    [InlineData("Malignancy seems unlikely.", "Malignancy")]
    [InlineData("I have a low suspicion for cauda equina syndrome.", "cauda equina syndrome")]
    public void Doubt_and_unlikely_are_possible(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Possible, Assert(sentence, target));

    [Theory]
    [InlineData("There is no doubt that he has a foot drop.", "foot drop")]
    [InlineData("CT is unlikely to change management of the fracture.", "fracture")]
    public void No_doubt_and_unlikely_to_are_no_cues(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Present, Assert(sentence, target));
}

/// <summary>Instruction lists, "as if", radiology "History:" labels and presenting clauses, read as NegEx/ConText annotators read them.</summary>
public class InstructionAndTemporalityTests
{
    private static AssertionResult At(string sentence, string target) => ContextAt.Target(sentence, target);

    [Theory]
    [InlineData("Call for any fever over 101, chills, new rashes, nausea or vomiting lasting more than a day, increasing redness or swelling around the incision, cloudy or foul-smelling drainage from the wound, new numbness or weakness in either leg, trouble passing urine or loss of bowel control.", "loss of bowel control")]
    [InlineData("He will notify the clinic if any of the following occur: saddle numbness, leg weakness, or urinary retention.", "urinary retention")]
    [InlineData("Instructed to return to the ED if she develops any of these: fever, new weakness, numbness in the groin.", "numbness in the groin")]
    [InlineData("She felt dizzy, as if she was going to pass out.", "pass out")]
    public void Instructions_and_as_if_are_hypothetical(string sentence, string target) =>
        Xunit.Assert.Equal(Assertion.Hypothetical, At(sentence, target).Assertion);

    [Theory]
    [InlineData("HISTORY: Right-sided weakness.", "Right-sided weakness")]
    [InlineData("Clinical history: low back pain with left leg numbness.", "left leg numbness")]
    [InlineData("55-year-old with a history of sciatica, coming in with new saddle numbness.", "saddle numbness")]
    public void History_labels_and_presenting_clauses_are_not_historical(string sentence, string target) =>
        Xunit.Assert.False(At(sentence, target).Has(Assertion.Historical));

    [Fact]
    public void No_history_of_known_negates_as_well()
    {
        var r = At("He has no history of known spinal stenosis.", "spinal stenosis");
        Xunit.Assert.Equal(Assertion.Absent, r.Assertion);
    }
}

/// <summary>Arrows end a clause; tick-style minus boxes, emergency instructions, "has not come back", hedged exclusions and "if not better".</summary>
public class ClauseAndHedgeTests
{
    private static Assertion Assert(string sentence, string target) => ContextAt.Target(sentence, target).Assertion;

    [Theory]
    [InlineData("Urinary retention, absent anal wink -> clinical cauda equina syndrome.", "clinical cauda equina syndrome", Assertion.Present)]
    [InlineData("No saddle numbness => lumbar strain, not cauda equina.", "lumbar strain", Assertion.Present)]
    [InlineData("Leg numbness -> resolved.", "Leg numbness", Assertion.Historical)]
    [InlineData("ROS: [-] fever [+] back pain [-] leg weakness [-] incontinence", "leg weakness", Assertion.Absent)]
    [InlineData("ROS: [-] fever [+] back pain [-] leg weakness [-] incontinence", "back pain", Assertion.Present)]
    [InlineData("Return/ED for fever, weakness, bowel/bladder incontinence or numbness in the groin.", "numbness in the groin", Assertion.Hypothetical)]
    [InlineData("Go to the ED for new weakness, numbness in the groin, or loss of bladder control.", "loss of bladder control", Assertion.Hypothetical)]
    [InlineData("Back pain mild, leg pain has not come back.", "leg pain", Assertion.Absent)]
    [InlineData("Back pain mild, leg pain has not come back.", "Back pain", Assertion.Present)]
    [InlineData("No red flags; CES clinically excluded.", "CES", Assertion.Absent)]
    [InlineData("Epidural abscess has not been excluded.", "Epidural abscess", Assertion.Possible)]
    [InlineData("Cannot fully exclude an L5 radiculopathy.", "L5 radiculopathy", Assertion.Possible)]
    [InlineData("Must exclude an osseous metastasis at L4 before starting therapy.", "osseous metastasis", Assertion.Possible)]
    [InlineData("MRI is nondiagnostic for discitis because of hardware artifact.", "discitis", Assertion.Possible)]
    [InlineData("A left L5-S1 microdiscectomy would be reasonable.", "microdiscectomy", Assertion.Possible)]
    [InlineData("PT referral if not better in 2 weeks.", "PT referral", Assertion.Hypothetical)]
    public void Reads(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));
}
