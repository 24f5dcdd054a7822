using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class SentenceSplitterTests
{
    private static List<string> Split(string s) => SentenceSplitter.Default.Split(s, 0, s.Length).Select(x => s[x.Start..x.End]).ToList();

    [Fact]
    public void Abbreviations_do_not_end_sentences()
    {
        var s = Split("Seen by Dr. Smith today. Takes meloxicam 15 mg p.o. daily. Pain approx. 6/10 at rest.");
        Xunit.Assert.Equal(["Seen by Dr. Smith today.", "Takes meloxicam 15 mg p.o. daily.", "Pain approx. 6/10 at rest."], s);
    }

    [Fact]
    public void Pdf_line_breaks_inside_a_sentence_are_joined()
    {
        var s = Split("The patient reports low back pain radiating down the left leg to the\nlateral foot with numbness for 8 weeks.\nShe denies bowel or bladder changes.");
        Xunit.Assert.Equal(2, s.Count);
        Xunit.Assert.StartsWith("The patient reports", s[0]);
        Xunit.Assert.EndsWith("for 8 weeks.", s[0]);
    }

    [Fact]
    public void A_line_ending_in_a_semicolon_wraps_onto_a_lower_case_line()
    {
        var s = Split("He had erythema at the inferior incision;\ntreated with cephalexin x7 d, resolved by the 6-wk visit.\nNo fever;\nDenies chills.");
        Xunit.Assert.Equal(["He had erythema at the inferior incision;\ntreated with cephalexin x7 d, resolved by the 6-wk visit.", "No fever;", "Denies chills."], s);
    }

    [Fact]
    public void A_line_ending_on_a_word_no_sentence_ends_on_goes_on_into_the_next_line()
    {
        // a short line, next line upper-case: still one sentence when the line ends on 'not', 'the', 'with'... (danglingEnds)
        var s = Split("Device check: the system is not\nMR-conditional per the rep.\n- Legacy generator with\n  Abandoned RV lead.\nGait normal\nReflexes 2+");
        Xunit.Assert.Equal(["Device check: the system is not\nMR-conditional per the rep.", "- Legacy generator with\n  Abandoned RV lead.", "Gait normal", "Reflexes 2+"], s);
    }

    [Fact]
    public void List_checkbox_label_and_table_lines_are_units()
    {
        var s = Split("Review of symptoms\n[x] numbness\n[ ] weakness\nBowel/bladder: denies\nGait: antalgic\nAnkle dorsiflexion (TA)    5/5    2/5\nEHL    5/5    3/5");
        Xunit.Assert.Equal(["Review of symptoms", "[x] numbness", "[ ] weakness", "Bowel/bladder: denies", "Gait: antalgic", "Ankle dorsiflexion (TA)    5/5    2/5", "EHL    5/5    3/5"], s);
    }

    [Fact]
    public void A_parenthesis_left_open_goes_on_into_the_next_line()
    {
        // a list item wrapped inside its parenthesis: the upper-case next line is still that sentence; a closed one is not
        var s = Split("P: 1. PT is NOT available here (no contract\n      PT since 03/2026). Home program instead.\n2. Naproxen (since May)\nGait normal");
        Xunit.Assert.Equal(["P: 1. PT is NOT available here (no contract\n      PT since 03/2026).", "Home program instead.", "2. Naproxen (since May)", "Gait normal"], s);
    }

    [Fact]
    public void A_line_opening_with_a_conjunction_wraps_the_open_line_even_when_it_reads_like_a_label()
    {
        var s = Split("- If any leg weakness, numbness\n  or bladder trouble: go straight to the ED.\nGait: antalgic\nAnd then: no more");
        Xunit.Assert.Equal(["- If any leg weakness, numbness\n  or bladder trouble: go straight to the ED.", "Gait: antalgic", "And then: no more"], s);
    }

    [Fact]
    public void A_lower_case_line_after_a_full_prose_line_is_a_wrap_even_when_it_reads_like_a_label()
    {
        var s = Split("47M 4 months s/p L4-5 TLIF for spondylolisthesis with L L5\nradiculopathy: excellent clinical result.\nGait: normal\nreflexes: 2+ symmetric");
        Xunit.Assert.Equal(["47M 4 months s/p L4-5 TLIF for spondylolisthesis with L L5\nradiculopathy: excellent clinical result.", "Gait: normal", "reflexes: 2+ symmetric"], s);
    }

    [Fact]
    public void Numbered_list_items_keep_their_numbers()
    {
        var s = Split("1. Lumbar radiculopathy, left L5.\n2. Lumbar stenosis at L4-5.");
        Xunit.Assert.Equal(["1. Lumbar radiculopathy, left L5.", "2. Lumbar stenosis at L4-5."], s);
    }

    [Fact]
    public void Furniture_inside_a_line_is_cut_out()
    {
        const string text = "Patient has left foot drop.   Page 3 of 17\nStrength 3/5 in the EHL.";
        var f = text.IndexOf("Page 3", StringComparison.Ordinal);
        var s = SentenceSplitter.Default.Split(text, 0, text.Length, [new TextRange(f, f + 12)]).Select(x => text[x.Start..x.End]).ToList();
        Xunit.Assert.Equal(["Patient has left foot drop.", "Strength 3/5 in the EHL."], s);
    }

    [Fact]
    public void Furniture_is_left_out()
    {
        const string text = "FAX 03/15/2024 10:02 FROM 555-0100 P.003\nPatient has left foot drop.";
        var s = SentenceSplitter.Default.Split(text, 0, text.Length, [new TextRange(0, 40)]);
        Xunit.Assert.Single(s);
        Xunit.Assert.Equal("Patient has left foot drop.", text[s[0].Start..s[0].End]);
    }
}

public class SentenceSplitterListAndLeaderTests
{
    private static List<string> Split(string s) => SentenceSplitter.Default.Split(s, 0, s.Length).Select(x => s[x.Start..x.End]).ToList();

    [Theory]
    [InlineData("1. Naproxen 500 mg b.i.d. 2. Left foot drop.", "1. Naproxen 500 mg b.i.d.", "2. Left foot drop.")]
    [InlineData("1. Ibuprofen 600 mg tid. 2. Weakness of the EHL.", "1. Ibuprofen 600 mg tid.", "2. Weakness of the EHL.")]
    [InlineData("1. Walks approx. 3) Saddle numbness denied.", "1. Walks approx.", "3) Saddle numbness denied.")]
    [InlineData("1. Lumbar radiculopathy. PVR nl. 2. Urinary retention ruled out.", "1. Lumbar radiculopathy.", "PVR nl.", "2. Urinary retention ruled out.")]
    public void A_numbered_item_run_into_the_line_starts_its_own_sentence_with_its_number(string text, params string[] expected) =>
        Xunit.Assert.Equal(expected, Split(text));

    [Theory]
    // a spaced '?' after a dash, colon or comma asks about what follows; a '?' closing a question still ends it
    [InlineData("2. L foot drop - ? L5 root vs peroneal nerve.", "2. L foot drop - ? L5 root vs peroneal nerve.")]
    [InlineData("Reason: ? Cauda equina. Seen tonight.", "Reason: ? Cauda equina.", "Seen tonight.")]
    [InlineData("Any leg weakness? None reported.", "Any leg weakness?", "None reported.")]
    public void A_query_mark_before_its_object_ends_no_sentence(string text, params string[] expected) =>
        Xunit.Assert.Equal(expected, Split(text));

    [Fact]
    public void An_abbreviation_before_a_quantity_still_does_not_split() =>
        Xunit.Assert.Equal(["Pain began approx. 2 wks ago.", "Takes 1 tab p.o. 2 times daily."], Split("Pain began approx. 2 wks ago. Takes 1 tab p.o. 2 times daily."));

    [Fact]
    public void Dot_leader_lab_rows_are_one_sentence_each()
    {
        var s = Split("Labs:\nWBC ........ 14.2 (H)\nESR.............. 48 mm/hr\nCRP . . . . . . 3.1 mg/dL\nGlucose ... 102\nThe pain is worse... Sitting helps.");
        Xunit.Assert.Equal(["Labs:", "WBC ........ 14.2 (H)", "ESR.............. 48 mm/hr", "CRP . . . . . . 3.1 mg/dL", "Glucose ... 102", "The pain is worse...", "Sitting helps."], s);
    }
}
