using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Reports;

namespace NoteCheck.Cli.Tests;

public class DecisionJsonTests
{
    private static Decision Sample()
    {
        var span = new EvidenceSpan("visit.pdf", 1, 812, 845, "new onset left foot drop", new Box(72, 540.2, 301.5, 552),
            [new PageBox(1, new Box(72, 540.2, 301.5, 552))]);
        return new Decision
        {
            RequestId = "R-0001",
            Outcome = Outcomes.CriteriaMet,
            MetIndications = ["neuro_deficit"],
            Reasons = [new Reason("criteria_met", "neuro_deficit: new foot drop")],
            Indications = [new IndicationResult("neuro_deficit", IndicationStatus.NotMet, "clause", [span], ["a thing"],
                new TraceNode { Id = "all", Kind = "all", Value = false, Findings = [0] })],
            Findings =
            [
                new Finding
                {
                    Type = "conservative_treatment", Assertion = Assertion.Hypothetical, Laterality = "left", Date = new DateOnly(2024, 2, 12),
                    Source = FindingSource.Model, RuleId = "ct.pt", Confidence = 0.875,
                    Attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal)
                    {
                        ["weeks"] = 6, ["modality"] = "physical_therapy", ["startDate"] = new DateOnly(2024, 1, 2), ["endDate"] = null,
                    },
                    Evidence = [span, new EvidenceSpan("note.txt", 1, 3, 9, "PT x 6", null, null)],
                },
            ],
            Documents = [new DocumentSummary("visit.pdf", 2, [PageStatus.Text, PageStatus.Unreadable], [new NoteSegment(0, 2210, new DateOnly(2024, 2, 12), NoteKind.OfficeVisit)])],
            Errors = [new PacketError("visit.pdf", 2, Severity.Error, "unreadable_page", "visit.pdf page 2: ...")],
            Versions = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["models"] = new SortedDictionary<string, object?> { ["assertion"] = "v1" }, ["guideline"] = "G", ["notecheck"] = "0.1.0",
            },
        };
    }

    [Fact]
    public void Decision_json_follows_contract_section_3()
    {
        var json = DecisionJsonWriter.ToJson(Sample(), indented: false);
        Assert.DoesNotContain("\n", json);
        var root = JsonDocument.Parse(json).RootElement;

        var finding = root.GetProperty("findings")[0];
        Assert.Equal(["type", "assertion", "laterality", "level", "date", "source", "ruleId", "confidence", "endDate", "modality", "startDate", "weeks", "evidence"],
            finding.EnumerateObject().Select(p => p.Name));
        Assert.Equal("hypothetical", finding.GetProperty("assertion").GetString());
        Assert.Equal("model", finding.GetProperty("source").GetString());
        Assert.Equal("2024-02-12", finding.GetProperty("date").GetString());
        Assert.Equal("2024-01-02", finding.GetProperty("startDate").GetString());
        Assert.Equal(6, finding.GetProperty("weeks").GetInt32());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("level").ValueKind);

        var pdfSpan = finding.GetProperty("evidence")[0];
        Assert.Equal([72.0, 540.2, 301.5, 552.0], pdfSpan.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(1, pdfSpan.GetProperty("boxes")[0].GetProperty("page").GetInt32());
        var textSpan = finding.GetProperty("evidence")[1];
        Assert.Equal(JsonValueKind.Null, textSpan.GetProperty("bbox").ValueKind);
        Assert.Equal(JsonValueKind.Null, textSpan.GetProperty("boxes").ValueKind);

        var indication = root.GetProperty("indications")[0];
        Assert.Equal("not_met", indication.GetProperty("status").GetString());
        Assert.Equal(0, indication.GetProperty("trace").GetProperty("findings")[0].GetInt32());

        var doc = root.GetProperty("documents")[0];
        Assert.Equal(["text", "unreadable"], doc.GetProperty("pageStatus").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("office_visit", doc.GetProperty("notes")[0].GetProperty("kind").GetString());
        Assert.Equal("error", root.GetProperty("errors")[0].GetProperty("severity").GetString());

        Assert.Equal(["notecheck", "guideline", "models"], root.GetProperty("versions").EnumerateObject().Select(p => p.Name));
        Assert.Equal("v1", root.GetProperty("versions").GetProperty("models").GetProperty("assertion").GetString());
    }

    [Fact]
    public void Same_decision_gives_the_same_bytes()
    {
        Assert.Equal(DecisionJsonWriter.ToJson(Sample(), true), DecisionJsonWriter.ToJson(Sample(), true));
    }

    [Fact]
    public void Text_report_names_outcome_missing_and_problems()
    {
        var text = DecisionTextWriter.ToText(Sample() with { Indications = [Sample().Indications[0] with { Status = IndicationStatus.Insufficient }] });
        Assert.Contains("Outcome: criteria_met", text);
        Assert.Contains("missing: a thing", text);
        Assert.Contains("visit.pdf: 2 pages (p.2 unreadable), 1 note: 2024-02-12 office_visit", text);
        Assert.Contains("error unreadable_page: visit.pdf page 2", text);
    }
}
