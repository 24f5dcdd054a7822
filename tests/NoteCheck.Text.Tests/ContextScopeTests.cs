using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

/// <summary>
/// The causes of wrong assertions found in the packet corpus (issue #4), one theory per cause:
/// a trigger's scope running past a clause, pseudo-triggers, and missing cue families.
/// </summary>
public class ContextScopeTests
{
    private static Assertion Assert(string sentence, string target, string? section = null) => ContextAt.Target(sentence, target, section).Assertion;

    [Theory]
    // a backward cue does not reach over a colon or a spaced dash: it opens a new clause about something else
    [InlineData("Progressive back pain, fever and elevated CRP: suspected L2-3 spondylodiscitis.", "elevated CRP", Assertion.Present)]
    [InlineData("Progressive back pain, fever and elevated CRP: suspected L2-3 spondylodiscitis.", "spondylodiscitis", Assertion.Possible)]
    [InlineData("X-ray L-spine (ED): possible subtle L3-4 disc-space narrowing; otherwise normal.", "X-ray L-spine", Assertion.Present)]
    [InlineData("Bone scan 05/04/2026: focal L3 uptake, indeterminate, ?metastasis.", "Bone scan", Assertion.Present)]
    [InlineData("Inflammatory back pain, HLA-B27+, elevated CRP - suspected axial spondyloarthritis.", "elevated CRP", Assertion.Present)]
    [InlineData("Inflammatory back pain, HLA-B27+, elevated CRP - suspected axial spondyloarthritis.", "axial spondyloarthritis", Assertion.Possible)]
    [InlineData("Known anorectal malformation - high risk of associated tethered cord.", "anorectal malformation", Assertion.Present)]
    // ... but a label line's value still applies to its label
    [InlineData("Numbness: none.", "Numbness", Assertion.Absent)]
    [InlineData("Numbness - none", "Numbness", Assertion.Absent)]
    [InlineData("Babinski: negative bilaterally.", "Babinski", Assertion.Absent)]
    [InlineData("Bowel/bladder: denies", "Bowel", Assertion.Absent)]
    [InlineData("Lumbar MRI: pending.", "Lumbar MRI", Assertion.Hypothetical)]
    [InlineData("Sciatica: resolved.", "Sciatica", Assertion.Historical)]
    // a forward cue does not reach past a colon or spaced dash either
    [InlineData("No sedation - to define the bony anatomy, dysraphism and level.", "dysraphism", Assertion.Present)]
    [InlineData("She did not restart elsewhere - too far to drive to the next clinic.", "too far to drive", Assertion.Present)]
    // a query set after a dash asks about the cause, not about the finding before it
    [InlineData("2. L foot drop - ? L5 root vs peroneal nerve.", "foot drop", Assertion.Present)]
    [InlineData("2. L foot drop - ? L5 root vs peroneal nerve.", "peroneal nerve", Assertion.Possible)]
    [InlineData("2. L foot drop?", "foot drop", Assertion.Possible)]
    public void Colons_and_dashes_end_a_scope(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // what a suspicion is grounded on ("given", "in view of") is there; the suspicion is not
    [InlineData("Worried about cauda equina given the new urinary retention.", "urinary retention", Assertion.Present)]
    [InlineData("Worried about cauda equina given the new urinary retention.", "cauda equina", Assertion.Possible)]
    [InlineData("Possible discitis in view of the fever and raised CRP.", "fever", Assertion.Present)]
    [InlineData("Possible discitis and fever.", "fever", Assertion.Possible)]
    [InlineData("Will consider imaging since the radiating pain has persisted.", "radiating pain", Assertion.Present)]
    [InlineData("Possible discitis because of the rising CRP.", "rising CRP", Assertion.Present)]
    // strength graded against resistance or gravity is no differential
    [InlineData("Full strength vs resistance in both legs.", "Full strength", Assertion.Present)]
    [InlineData("Hip flexion 3/5 vs gravity on the left.", "Hip flexion", Assertion.Present)]
    // "without it" negates the aid it names, not the deficit told after it
    [InlineData("Uses a brace; without it, foot slap on the left.", "foot slap", Assertion.Present)]
    [InlineData("Walks without foot slap.", "foot slap", Assertion.Absent)]
    public void Grounds_of_a_suspicion_and_resistance_are_no_uncertainty(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // a cue inside a parenthesis stays inside it
    [InlineData("LBP since 02/2026 (no injury), worsening during PT.", "worsening during PT", Assertion.Present)]
    [InlineData("LBP since 02/2026 (no injury), worsening during PT.", "injury", Assertion.Absent)]
    [InlineData("Night pain and a painful (non-\nrotational) scoliosis in an adolescent.", "scoliosis", Assertion.Present)]
    // a negation before a parenthesis still reaches the items listed in it
    [InlineData("Denies red flag symptoms (saddle anesthesia, urinary retention).", "urinary retention", Assertion.Absent)]
    public void Parentheses_bound_a_scope(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // sentence pieces the splitter kept together ("sx." "vs L.") end a scope
    [InlineData("Prior MRI doesn't explain sx. Immunosuppressed on MTX.", "Immunosuppressed", Assertion.Present)]
    [InlineData("Hamstring reflex diminished vs L. Decreased PP dorsum R foot.", "Decreased PP", Assertion.Present)]
    [InlineData("No fever. Reports leg weakness.", "leg weakness", Assertion.Present)]
    // ... but a title's full stop does not
    [InlineData("No evidence per Dr. Smith of cauda equina syndrome.", "cauda equina syndrome", Assertion.Absent)]
    public void Sentence_pieces_end_a_scope(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // a backward "suspected" belongs to the item right before it, not to the whole list
    [InlineData("Chronic discogenic low back pain, L5-S1 suspected, L4-5 uncertain.", "low back pain", Assertion.Present)]
    [InlineData("Chronic discogenic low back pain, L5-S1 suspected, L4-5 uncertain.", "L5-S1", Assertion.Possible)]
    [InlineData("Discitis is suspected.", "Discitis", Assertion.Possible)]
    [InlineData("Early discitis, cannot be excluded.", "Early discitis", Assertion.Possible)]
    [InlineData("Leg pain, negative SLR bilaterally.", "Leg pain", Assertion.Present)]
    [InlineData("Lumbar radiculopathy vs right hip arthritis.", "Lumbar radiculopathy", Assertion.Possible)]
    // "vs L" compares sides, it is no differential
    [InlineData("R medial hamstring reflex diminished vs L.", "hamstring reflex diminished", Assertion.Present)]
    [InlineData("Weakness of the right EHL vs R.", "Weakness", Assertion.Present)]
    [InlineData("L5 vs S1 radiculopathy.", "L5", Assertion.Possible)]
    // "pending" reads backward only at the end of its clause: "pending EMG" is what is pending
    [InlineData("PT paused pending physician reassessment.", "PT paused", Assertion.Present)]
    [InlineData("Hold PT pending MRI of the lumbar spine.", "MRI of the lumbar spine", Assertion.Hypothetical)]
    [InlineData("MRI lumbar spine pending.", "MRI lumbar spine", Assertion.Hypothetical)]
    [InlineData("Will send request given pacemaker rules out MRI, pending EMG.", "pacemaker", Assertion.Present)]
    // "resolved by/with/after" closes the course of what the clause before the semicolon told; a plain ';' still ends a scope
    [InlineData("Superficial erythema at the incision; treated with cephalexin x7 d, resolved by the 6-wk visit.", "erythema", Assertion.Historical)]
    [InlineData("Urinary retention after surgery; catheter for 2 days, resolved with tamsulosin.", "Urinary retention", Assertion.Historical)]
    [InlineData("Erythema at the incision; the rash on the arm resolved.", "Erythema", Assertion.Present)]
    [InlineData("Erythema at the incision; cellulitis elsewhere; treated, resolved by day 5.", "Erythema", Assertion.Present)]
    // ... as does a spaced dash before the outcome of a treated course ("treated with cephalexin x 7 days - healed completely by 4 weeks")
    [InlineData("He had a small superficial wound infection at the distal incision at 2 weeks (separation, some erythema), treated with cephalexin x 7 days by our NP - healed completely by 4 weeks; cultures were never sent.", "wound infection", Assertion.Historical)]
    [InlineData("Superficial incisional infection at 3 weeks, treated with oral doxycycline - fully resolved.", "incisional infection", Assertion.Historical)]
    [InlineData("Wound infection at the distal incision - started cephalexin today, recheck in 1 week.", "Wound infection", Assertion.Present)]
    [InlineData("Wound infection at the distal incision - the blister on the heel resolved.", "Wound infection", Assertion.Present)]
    public void Uncertainty_stays_with_its_item(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // pseudo-triggers: the negation is about something else
    [InlineData("CT lumbar spine w/o contrast (72131) to define the pars defects.", "pars defects", Assertion.Present)]
    [InlineData("CT lumbar spine without contrast shows an L1 compression fracture.", "L1 compression fracture", Assertion.Present)]
    [InlineData("Imaging not indicated for acute LBP without red flags.", "acute LBP", Assertion.Present)]
    [InlineData("Surgery is not indicated at this time.", "Surgery", Assertion.Absent)]
    [InlineData("No change in left leg numbness since last visit.", "left leg numbness", Assertion.Present)]
    [InlineData("Not only back pain but also leg weakness.", "back pain", Assertion.Present)]
    [InlineData("Blood cultures grew gram negative rods, consistent with discitis.", "discitis", Assertion.Present)]
    [InlineData("Walks without difficulty on heels and toes.", "Walks", Assertion.Present)]
    [InlineData("Pain has gone down since the injection.", "Pain", Assertion.Present)]
    // "besides" ends a negation: what follows was done
    [InlineData("No prior treatment besides acetaminophen.", "acetaminophen", Assertion.Present)]
    [InlineData("No prior treatment besides acetaminophen.", "prior treatment", Assertion.Absent)]
    // a plan line sending the patient to the ED for signs is a return precaution; a visit to the ED is not
    [InlineData("- ED for new L leg weakness, can't urinate, saddle numbness.", "can't urinate", Assertion.Hypothetical)]
    [InlineData("ED now for saddle numbness, retention, incontinence, or weakness spreading.", "retention", Assertion.Hypothetical)]
    [InlineData("Seen in ED for back pain after a fall last week.", "back pain", Assertion.Present)]
    // ... also as a numbered plan item: the item opens with the instruction
    [InlineData("4. ED for urinary retention, saddle numbness, or new weakness.", "urinary retention", Assertion.Hypothetical)]
    [InlineData("2) ER for saddle numbness or trouble voiding.", "saddle numbness", Assertion.Hypothetical)]
    [InlineData("3. Seen in ED for urinary retention last week, cathed 800 mL.", "urinary retention", Assertion.Present)]
    // slashed return/clinic instructions without 'if'
    [InlineData("RTC/ER with bladder change or saddle numbness.", "bladder change", Assertion.Hypothetical)]
    [InlineData("ED/return for new weakness, numb saddle area or retention.", "retention", Assertion.Hypothetical)]
    [InlineData("Told to call MD for any new leg weakness or change in bladder control.", "change in bladder control", Assertion.Hypothetical)]
    [InlineData("* Stat to ER for urinary retention, saddle numbness, or worse leg weakness.", "urinary retention", Assertion.Hypothetical)]
    [InlineData("Return now for new leg weakness, inability to urinate, or loss of bowel control.", "inability to urinate", Assertion.Hypothetical)]
    [InlineData("RTC 12 mo, sooner w/ any change in bladder or bowel function.", "change in bladder or bowel function", Assertion.Hypothetical)]
    [InlineData("- Went stat to ER for urinary retention on Friday, cathed 900 mL.", "urinary retention", Assertion.Present)]
    // a relative the precautions were reviewed with is the listener, not the experiencer
    [InlineData("Return precautions reviewed with pt and his daughter: new leg weakness, urinary retention.", "urinary retention", Assertion.Hypothetical)]
    // a risk the surgeon names ('this may cause weakness') is no finding; an early guess the story moved past is a doubt
    [InlineData("Taken emergently back to the OR to evacuate the hematoma, as this may cause weakness of all four extremities.", "weakness", Assertion.Hypothetical)]
    [InlineData("Hematoma evacuated; it did cause weakness of the left leg.", "weakness", Assertion.Present)]
    [InlineData("At first, they thought it was weakness, but he trips because of his neuropathy.", "weakness", Assertion.Possible)]
    // the month May is no doubt; the verb still is
    [InlineData("Back pain since May with sciatica down the left leg.", "sciatica", Assertion.Present)]
    [InlineData("PT in May 2026 did not help.", "did not help", Assertion.Present)]
    [InlineData("He may have sciatica from the disc.", "sciatica", Assertion.Possible)]
    // ... and so does "beyond"
    [InlineData("Back ache for years, never treated beyond OTC ibuprofen.", "OTC ibuprofen", Assertion.Present)]
    [InlineData("No spinal imaging beyond a newborn ultrasound.", "spinal imaging", Assertion.Absent)]
    [InlineData("No spinal imaging beyond a newborn ultrasound.", "newborn ultrasound", Assertion.Present)]
    // a reason ends a plan's scope: "will ... given X" states X
    [InlineData("Will send request given pacemaker rules out MRI.", "pacemaker", Assertion.Present)]
    [InlineData("Will send request for CT myelogram.", "CT myelogram", Assertion.Hypothetical)]
    public void Pseudo_triggers_and_terminators(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // "rule out" is uncertain; "ruled out" negates
    [InlineData("Rule out cauda equina syndrome.", "cauda equina syndrome", Assertion.Possible)]
    [InlineData("CT to rule out fracture.", "fracture", Assertion.Possible)]
    [InlineData("Cauda equina syndrome was ruled out.", "Cauda equina syndrome", Assertion.Absent)]
    [InlineData("MRI ruled out cauda equina syndrome.", "cauda equina syndrome", Assertion.Absent)]
    // cue families that were missing
    [InlineData("Normal paraspinals argue against L3-4 radiculopathy.", "L3-4 radiculopathy", Assertion.Absent)]
    [InlineData("Wound infection is not suspected.", "Wound infection", Assertion.Absent)]
    [InlineData("Leg pain has not returned.", "Leg pain", Assertion.Absent)]
    [InlineData("Febrile preschooler: leading concern L3-4 discitis.", "discitis", Assertion.Possible)]
    [InlineData("CT with contrast to look for epidural abscess.", "epidural abscess", Assertion.Possible)]
    [InlineData("AS patient with a fall: high risk for unstable fracture.", "unstable fracture", Assertion.Possible)]
    [InlineData("Counseled on risk of falls.", "falls", Assertion.Hypothetical)]
    [InlineData("Did well for 4 months (leg pain gone), then recurrent LBP.", "leg pain", Assertion.Historical)]
    [InlineData("Preop left leg pain remains gone.", "left leg pain", Assertion.Historical)]
    [InlineData("R foot drop in 2019 from an extrusion, treated nonoperatively, fully recovered.", "R foot drop", Assertion.Historical)]
    public void Cue_families(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Theory]
    // a relative as the subject reaches the whole clause
    [InlineData("Brother had a microdiscectomy at 30 for an L5 sensory deficit.", "L5 sensory deficit", Assertion.Family)]
    [InlineData("Mother has diabetes and she reports leg weakness.", "leg weakness", Assertion.Present)]
    // return precautions, checkbox forms, plan sections and history sections keep their readings
    [InlineData("Return precautions given for saddle anesthesia or urinary retention.", "urinary retention", Assertion.Hypothetical)]
    [InlineData("Return precautions were given regarding new weakness.", "new weakness", Assertion.Hypothetical)]
    [InlineData("[ ] saddle anesthesia", "saddle anesthesia", Assertion.Absent)]
    [InlineData("[x] saddle anesthesia", "saddle anesthesia", Assertion.Present)]
    [InlineData("Possible L5 radiculopathy.", "L5 radiculopathy", Assertion.Possible)]
    public void Other_conventions_hold(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));

    [Fact]
    public void A_history_section_keeps_past_events_present()
    {
        Xunit.Assert.Equal(Assertion.Present, Assert("History of L4-5 discectomy in 2015.", "L4-5 discectomy", "Past Medical History"));
        Xunit.Assert.Equal(Assertion.Historical, Assert("History of sciatica, resolved.", "sciatica", "Past Medical History"));
    }

    [Theory]
    // a negation whose object is a clause reads through that clause's auxiliary ("has"): the clause is what is denied
    [InlineData("The Chiari I was decompressed and I see nothing to suggest it has recurred or that the cord has re-tethered.", "re-tethered", Assertion.Absent)]
    [InlineData("There is no evidence that the cord has re-tethered.", "re-tethered", Assertion.Absent)]
    [InlineData("No sign that the fusion has failed to heal.", "failed to heal", Assertion.Absent)]
    // ... but a plain negation still ends at "has": what follows is affirmed
    [InlineData("No fever, has new leg weakness.", "leg weakness", Assertion.Present)]
    // ... and a clause after the negated one still stands
    [InlineData("I see nothing to suggest recurrence, but the cord has re-tethered on today's study.", "re-tethered", Assertion.Present)]
    public void A_negated_clause_reads_through_its_auxiliary(string sentence, string target, Assertion expected) =>
        Xunit.Assert.Equal(expected, Assert(sentence, target));
}
