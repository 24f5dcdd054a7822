using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

/// <summary>
/// PDFs printed from HTML by headless Chromium (scripts/make-fixtures.sh): embedded TrueType
/// subset fonts, ligatures, tables, CSS columns: what web EHRs send.
/// </summary>
public class ChromiumFixtureTests
{
    private static SourceDocument Read(string name)
    {
        var result = new DocumentReader().Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
        Assert.Empty(result.Errors);
        return result.Document!;
    }

    [Fact]
    public void Tables_are_read_row_by_row_with_ligatures_expanded()
    {
        var doc = Read("chromium-ehr-visit.pdf");
        Assert.Contains("Muscle group   Right   Left\nHip flexion   5/5   5/5\nKnee extension   5/5   5/5\nAnkle dorsiflexion   5/5   3/5\n", doc.Text);
        Assert.Contains("BP   HR   Temp   SpO2   Weight\n136/84   78   98.1 F   98%   171 lb", doc.Text);
        Assert.Contains("Patient: Ingrid Vasquez-Lund   DOB: 07/19/1966", doc.Text);
        Assert.Equal([PageStatus.Text], doc.Pages.Select(p => p.Status));
    }

    [Fact]
    public void Paragraphs_are_kept_and_line_ends_are_not_joined()
    {
        var doc = Read("chromium-ehr-visit.pdf");
        Assert.Contains("\n\nHISTORY OF PRESENT ILLNESS\n58-year-old woman", doc.Text);
        Assert.Contains("MRI is contraindicated because of a cochlear implant that is not\nMR-conditional.", doc.Text);
    }

    [Fact]
    public void Box_of_a_table_cell_lies_in_its_row_and_column()
    {
        var doc = Read("chromium-ehr-visit.pdf");
        var row = doc.Text.IndexOf("Ankle dorsiflexion", StringComparison.Ordinal);
        var muscle = doc.Evidence(row, row + "Ankle dorsiflexion".Length).Bbox!.Value;
        var grade = doc.Text.IndexOf("3/5", row, StringComparison.Ordinal);
        var cell = doc.Evidence(grade, grade + 3).Bbox!.Value;
        Assert.InRange(cell.Y0, muscle.Y0 - 2, muscle.Y0 + 2); // same row
        Assert.True(cell.X0 > muscle.X1 + 40, "the Left column lies right of the muscle names");
        Assert.InRange(muscle.X0, 43, 100); // right of the 0.6 in margin
    }

    [Fact]
    public void Css_columns_are_read_one_column_after_the_other()
    {
        var text = Read("chromium-two-column.pdf").Text;
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        Assert.True(At("SPINE CONSULTATION LETTER") < At("Thank you for referring"));
        Assert.Contains("Thank you for referring Mr. Albrecht, a 61-year-\nold retired electrician", text);
        Assert.Contains("He has no\nfever, weight loss, or history of cancer.", text);
        Assert.True(At("history of cancer.") < At("On examination his strength"));
        Assert.True(At("before we discuss injections.") < At("Sincerely, Lena Hartmann, MD"));
    }
}
