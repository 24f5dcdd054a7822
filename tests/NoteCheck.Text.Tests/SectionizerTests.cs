using NoteCheck.Text;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text.Tests;

public class SectionizerTests
{
    private static List<Section> Find(string s) => Sectionizer.Default.Find(s, 0, s.Length, []);

    [Fact]
    public void Headers_on_their_own_line_and_inline_with_canonical_names()
    {
        const string note = "CHIEF COMPLAINT\nBack pain.\nHPI: 45 y/o with pain.\nPast Medical History: HTN.\nA/P: Lumbar strain.\nROS: negative.\n";
        Xunit.Assert.Equal(["chief_complaint", "hpi", "pmh", "assessment_plan", "ros"], Find(note).Select(s => s.Name));
    }

    [Fact]
    public void Lost_line_breaks_with_inline_capital_headers()
    {
        const string note = "HISTORY OF PRESENT ILLNESS:  ,The patient is a 52-year-old with back pain.,PAST MEDICAL HISTORY:  ,Hypertension.,PHYSICAL EXAMINATION: ,Strength 5/5.";
        var sections = Find(note);
        Xunit.Assert.Equal(["hpi", "pmh", "physical_exam"], sections.Select(s => s.Name));
        Xunit.Assert.Equal("PAST MEDICAL HISTORY:", sections[1].Header);
    }

    [Fact]
    public void Header_words_inside_prose_are_not_headers()
    {
        const string note = "HPI: She has a history of back pain and her exam today was limited by pain.\n";
        Xunit.Assert.Single(Find(note));
    }

    [Fact]
    public void An_inline_label_with_a_count_is_a_value_not_a_section()
    {
        // 'Goals: 1 of 5 met' inside an assessment is the outcome, not a list of future goals; on its own line it heads one
        Xunit.Assert.Equal(["assessment"], Find("ASSESSMENT\n9 weeks of PT, 14 visits. Goals: 1 of 5 met. Plateaued.\n").Select(x => x.Name));
        Xunit.Assert.Equal(["assessment", "goals"], Find("ASSESSMENT\nPlateaued.\nGoals: 1. sit 30 min 2. lift 20 lb\n").Select(x => x.Name));
        Xunit.Assert.Equal(["assessment", "goals"], Find("ASSESSMENT\nPlateaued. Goals: sit 30 min, lift 20 lb.\n").Select(x => x.Name));
    }

    [Fact]
    public void Rules_files_with_unknown_keys_fail_naming_file_and_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sections-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"sections\": [{\"name\": \"hpi\", \"headers\": [\"hpi\"], \"colour\": \"red\"}]}");
        try
        {
            var e = Xunit.Assert.Throws<RuleFileException>(() => Sectionizer.Load(path));
            Xunit.Assert.Contains(Path.GetFileName(path), e.Message);
            Xunit.Assert.Contains("colour", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Context_rules_with_unknown_category_fail()
    {
        var path = Path.Combine(Path.GetTempPath(), $"context-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"triggers\": [{\"id\": \"x\", \"category\": \"negated\", \"direction\": \"forward\", \"phrases\": [\"no\"]}], \"pseudo\": [], \"terminators\": [], \"normalCues\": [], \"sectionEffects\": [], \"negativeHeaderCues\": [], \"pastEventTargets\": []}");
        try
        {
            var e = Xunit.Assert.Throws<RuleFileException>(() => ContextAnalyzer.Load(path, Sectionizer.Default));
            Xunit.Assert.Contains("category", e.Message);
            Xunit.Assert.Contains("negated", e.Message);
        }
        finally { File.Delete(path); }
    }
}

public class SoapSectionTests
{
    private static List<Section> Find(string s) => Sectionizer.Default.Find(s, 0, s.Length, []);

    [Fact]
    public void Soap_letters_open_sections_and_a_parenthesis_may_precede_the_colon()
    {
        const string note = "S: LBP x 2 wks after a tournament.\nFHx: sister with osteoid osteoma.\n\nO (video): walks without a limp.\n\nA: mechanical LBP.\nImp: lumbar strain.\nP: rest x 1 wk, ibuprofen prn.\n";
        var sections = Find(note);
        Xunit.Assert.Equal(["subjective", "family_history", "objective", "assessment", "impression", "plan"], sections.Select(s => s.Name));
        Xunit.Assert.Equal("O (video):", sections[2].Header);
        // the family history ends where the exam starts: "walks without a limp" is the patient's
        Xunit.Assert.True(sections[1].End <= note.IndexOf("walks", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_inside_a_line_is_no_header()
    {
        const string note = "Vitals: BP 128/82, P: 72, T 98.6.\nExam: Vitamin A: normal.\n";
        Xunit.Assert.DoesNotContain(Find(note), s => s.Name is "plan" or "assessment");
    }

    [Fact]
    public void A_soap_letter_heads_one_paragraph_so_the_signature_is_not_plan()
    {
        const string note = "A: LBP improving with PT.\n\nP: Continue PT 2x/wk x 3 more weeks.\nReturn in 3 weeks.\n\nC. Smith, PT, DPT   Signed 3/16/2026\n";
        var plan = Xunit.Assert.Single(Find(note), s => s.Name == "plan");
        Xunit.Assert.Contains("Return in 3 weeks", note[plan.Start..plan.End]);
        Xunit.Assert.DoesNotContain("Signed", note[plan.Start..plan.End]);
    }
}
