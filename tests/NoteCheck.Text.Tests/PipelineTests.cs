using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class PipelineTests
{
    internal static SourceDocument Doc(string text, params TextRange[] furniture)
    {
        var pages = new List<PageInfo>();
        var start = 0;
        var n = 1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\f') continue;
            pages.Add(new PageInfo(n++, PageStatus.Text, start, i, 612, 792));
            start = i + 1;
        }
        return new SourceDocument("packet.txt", text, pages, null) { Furniture = furniture };
    }

    private const string TwoNotes =
        "Summit Spine Associates\nOFFICE VISIT\nPatient: Jane Roe   DOB: 05/02/1979\nDate of service: 03/12/2024\n\n" +
        "CHIEF COMPLAINT: Low back pain.\nHISTORY OF PRESENT ILLNESS:\n45 y/o female with low back pain radiating to the left leg for the past 3 months.\n" +
        "She completed PT 2x/week for 6 weeks without relief. She denies bowel or bladder incontinence.\nPHYSICAL EXAM:\nEHL 3/5 on the left. Achilles reflex 0 on the left.\n" +
        "ASSESSMENT:\nLeft L5 radiculopathy. L4-5 disc herniation 0.7 cm.\n\nElectronically signed by A. Smith, MD 03/12/2024\n\f" +
        "Peak Physical Therapy\nPT DAILY NOTE\nDOS: 04/02/2024\nSUBJECTIVE: Pt reports pain 6/10. 8 visits over 7 weeks.\n";

    [Fact]
    public void Analyze_finds_notes_sections_sentences_times_and_values()
    {
        var doc = Doc(TwoNotes);
        var ct = TextPipeline.Default.Analyze(doc);

        Xunit.Assert.Equal(2, ct.Notes.Count);
        Xunit.Assert.Same(doc.Notes, ct.Notes);
        Xunit.Assert.Equal(new DateOnly(2024, 3, 12), ct.Notes[0].Date);
        Xunit.Assert.Equal(NoteKind.OfficeVisit, ct.Notes[0].Kind);
        Xunit.Assert.Equal(new DateOnly(2024, 4, 2), ct.Notes[1].Date);
        Xunit.Assert.Equal(NoteKind.PtNote, ct.Notes[1].Kind);
        Xunit.Assert.Equal(TwoNotes.IndexOf("Peak Physical", StringComparison.Ordinal), ct.Notes[1].Start);

        Xunit.Assert.Contains(ct.Sections, s => s.Name == "hpi");
        Xunit.Assert.Contains(ct.Sections, s => s.Name == "physical_exam");
        Xunit.Assert.Contains(ct.Sections, s => s.Name == "subjective" && s.Start > ct.Notes[1].Start);

        var hpi = TwoNotes.IndexOf("45 y/o", StringComparison.Ordinal);
        var sentence = ct.SentenceAt(hpi)!;
        Xunit.Assert.Equal("hpi", ct.Sections[sentence.SectionIndex].Name);
        Xunit.Assert.Equal(0, ct.NoteIndexAt(hpi));

        var past = ct.Times.Single(t => t.Text.Contains("past 3 months"));
        Xunit.Assert.Equal(new DateOnly(2023, 12, 12), past.Date);
        var freq = ct.Times.Single(t => t.Kind == TimeKind.Frequency);
        Xunit.Assert.Equal(42, freq.Days);
        var visits = ct.Times.Single(t => t.Text.StartsWith("8 visits"));
        Xunit.Assert.Equal(8, visits.Count);
        Xunit.Assert.Equal(49, visits.Days);

        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.Age && v.Value == "45");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.Sex && v.Value == "female");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.Dob && v.Value == "1979-05-02");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.StrengthGrade && v.Target == "ehl" && v.Value == "3/5" && v.Side == "left");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.ReflexGrade && v.Target == "achilles" && v.Value == "0");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.SpinalLevel && v.Value == "L4-L5");
        Xunit.Assert.Contains(ct.Values, v => v.Kind == ValueKind.Size && v.Value == "0.7 cm");
    }

    [Fact]
    public void Context_in_a_document_uses_the_sentence_and_document_offsets()
    {
        var ct = TextPipeline.Default.Analyze(Doc(TwoNotes));
        var i = TwoNotes.IndexOf("bladder incontinence", StringComparison.Ordinal);
        var r = ContextAnalyzer.Default.Assert(ct, i, i + "bladder incontinence".Length);
        Xunit.Assert.Equal(Assertion.Absent, r.Assertion);
        Xunit.Assert.Equal("denies", TwoNotes[r.TriggerStart..r.TriggerEnd]);
        var p = TwoNotes.IndexOf("low back pain radiating", StringComparison.Ordinal);
        Xunit.Assert.Equal(Assertion.Present, ContextAnalyzer.Default.Assert(ct, p, p + 13).Assertion);
    }
}
