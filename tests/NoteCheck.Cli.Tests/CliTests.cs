using System.Text;
using System.Text.Json;

namespace NoteCheck.Cli.Tests;

[Collection("console")]
public class CliTests
{
    private static void WriteRequest(string folder, string json) => File.WriteAllText(Path.Combine(folder, "request.json"), json);

    /// <summary>Four packets: good text + PDF, bad files mixed with good, a malformed request, nothing readable.</summary>
    private static string MakeBatch(TempDir dir)
    {
        var root = dir.Folder("packets");
        var a = dir.Folder("packets", "a-good");
        WriteRequest(a, """{ "requestId": "R-A", "cpt": "72131", "requestDate": "2024-03-01" }""");
        File.WriteAllText(Path.Combine(a, "visit.txt"), "OFFICE VISIT\r\nDate of service: 02/12/2024\r\nLow back pain for 8 weeks.\r\n");
        File.WriteAllBytes(Path.Combine(a, "pt.pdf"), PdfMaker.Pages(["PT note 01/10/2024", "Visit 1 of 12."], ["Visit 12: discharged."]));

        var b = dir.Folder("packets", "b-mixed");
        WriteRequest(b, """{ "requestId": "R-B" }""");
        File.WriteAllBytes(Path.Combine(b, "broken.pdf"), "%PDF-1.7\nthis is not a pdf body"u8.ToArray());
        File.WriteAllBytes(Path.Combine(b, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(b, "scan.pdf"), PdfMaker.Pages(["Typed first page of the fax."], null));
        File.WriteAllText(Path.Combine(b, "notes.md"), "# Visit\nBack pain.");
        File.WriteAllText(Path.Combine(b, "fax-cover.docx"), "fake");
        File.WriteAllText(Path.Combine(b, "expected.json"), "{}");

        var c = dir.Folder("packets", "c-bad-request");
        WriteRequest(c, """{ "requestId": "R-C", "requestDate": "03/01/2024" }""");
        File.WriteAllText(Path.Combine(c, "visit.txt"), "Visit note.");

        var d = dir.Folder("packets", "d-nothing");
        File.WriteAllBytes(Path.Combine(d, "zero.pdf"), []);
        return root;
    }

    [Fact]
    public void Batch_writes_one_complete_decision_per_packet_in_folder_order()
    {
        using var dir = new TempDir();
        var root = MakeBatch(dir);
        var outFile = dir.Sub("out", "decisions.jsonl");
        var run = CliRunner.Main("batch", root, "--out", outFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("4/4", run.Err); // progress bar
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(4, lines.Length);
        var decisions = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var good = decisions[0];
        Assert.Equal("R-A", good.GetProperty("requestId").GetString());
        Assert.Equal("refer_to_reviewer", good.GetProperty("outcome").GetString());
        var docs = good.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["pt.pdf", "visit.txt"], docs.Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(2, docs[0].GetProperty("pages").GetInt32());
        Assert.Equal(["text", "text"], docs[0].GetProperty("pageStatus").EnumerateArray().Select(s => s.GetString()));
        Assert.Empty(good.GetProperty("errors").EnumerateArray());
        Assert.Equal("0.1.0", good.GetProperty("versions").GetProperty("notecheck").GetString());

        var mixed = decisions[1];
        Assert.Equal("R-B", mixed.GetProperty("requestId").GetString());
        Assert.Equal("refer_to_reviewer", mixed.GetProperty("outcome").GetString());
        var errors = mixed.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("file").GetString(), e.GetProperty("page").ValueKind == JsonValueKind.Null ? 0 : e.GetProperty("page").GetInt32(),
                          e.GetProperty("severity").GetString(), e.GetProperty("code").GetString())).ToHashSet();
        Assert.Contains(("broken.pdf", 0, "error", "corrupt_pdf"), errors);
        Assert.Contains(("empty.txt", 0, "error", "empty_file"), errors);
        Assert.Contains(("scan.pdf", 2, "error", "unreadable_page"), errors);
        Assert.Contains(("fax-cover.docx", 0, "warning", "unsupported_file"), errors);
        Assert.Contains(("expected.json", 0, "warning", "ignored_file"), errors);
        var mixedDocs = mixed.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["notes.md", "scan.pdf"], mixedDocs.Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(["text", "unreadable"], mixedDocs[1].GetProperty("pageStatus").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains(mixed.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "unreadable_pages");

        var badRequest = decisions[2];
        Assert.Equal("refer_to_reviewer", badRequest.GetProperty("outcome").GetString());
        var reason = badRequest.GetProperty("reasons")[0];
        Assert.Equal("bad_request", reason.GetProperty("code").GetString());
        Assert.Contains("requestDate", reason.GetProperty("message").GetString());
        Assert.Single(badRequest.GetProperty("documents").EnumerateArray());

        var nothing = decisions[3];
        Assert.Equal("unreadable", nothing.GetProperty("outcome").GetString());
        Assert.Empty(nothing.GetProperty("documents").EnumerateArray());
        Assert.Equal("empty_file", nothing.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Check_prints_indented_contract_json_and_exit_0()
    {
        using var dir = new TempDir();
        var root = MakeBatch(dir);
        var run = CliRunner.Main("check", Path.Combine(root, "a-good"));
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("{\n  \"requestId\": \"R-A\",\n  \"outcome\": ", run.Out);
        var json = JsonDocument.Parse(run.Out).RootElement;
        string[] keys = ["requestId", "outcome", "metIndications", "reasons", "indications", "findings", "documents", "errors", "versions"];
        Assert.Equal(keys, json.EnumerateObject().Select(p => p.Name).Take(keys.Length));
        var note = json.GetProperty("documents")[1].GetProperty("notes")[0];
        // The text layer dates and classifies the note (visit.txt: "OFFICE VISIT / Date of service: 02/12/2024").
        Assert.Equal("office_visit", note.GetProperty("kind").GetString());
        Assert.Equal("2024-02-12", note.GetProperty("date").GetString());
        Assert.Equal(0, note.GetProperty("start").GetInt32());
    }

    [Fact]
    public void Check_exit_codes_follow_the_contract()
    {
        using var dir = new TempDir();
        var root = MakeBatch(dir);
        Assert.Equal(2, CliRunner.Main("check", Path.Combine(root, "d-nothing")).ExitCode);
        Assert.Equal(1, CliRunner.Main("check").ExitCode);
        Assert.Equal(1, CliRunner.Main("check", Path.Combine(root, "a-good"), "--format", "html").ExitCode);
        Assert.Equal(1, CliRunner.Main("check", Path.Combine(root, "a-good"), "--bogus", "x").ExitCode);
        var badRequest = CliRunner.Main("check", Path.Combine(root, "a-good"), "--request", Path.Combine(root, "c-bad-request", "request.json"));
        Assert.Equal(1, badRequest.ExitCode);
        Assert.Contains("requestDate", badRequest.Err);
        Assert.Equal(1, CliRunner.Main("check", Path.Combine(root, "a-good"), "--request", dir.Sub("missing.json")).ExitCode);
    }

    [Fact]
    public void Request_flag_overrides_the_folder_request()
    {
        using var dir = new TempDir();
        var root = MakeBatch(dir);
        var other = dir.Sub("other.json");
        File.WriteAllText(other, """{ "requestId": "R-OVERRIDE" }""");
        var run = CliRunner.Main("check", Path.Combine(root, "a-good"), "--request", other);
        Assert.Equal("R-OVERRIDE", JsonDocument.Parse(run.Out).RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public void Check_text_format_and_out_dir()
    {
        using var dir = new TempDir();
        var root = MakeBatch(dir);
        var outDir = dir.Sub("report");
        var run = CliRunner.Main("check", Path.Combine(root, "b-mixed"), "--format", "text", "--out", outDir);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Out);
        var text = File.ReadAllText(Path.Combine(outDir, "decision.txt"));
        Assert.Contains("Outcome: refer_to_reviewer", text);
        Assert.Contains("scan.pdf: 2 pages (p.2 unreadable)", text);
        Assert.Contains("error corrupt_pdf: broken.pdf", text);
    }

    [Fact]
    public void Text_prints_exactly_the_string_offsets_index()
    {
        using var dir = new TempDir();
        var pdf = dir.Sub("two.pdf");
        File.WriteAllBytes(pdf, PdfMaker.Pages(["First page line"], ["Second page"]));
        var run = CliRunner.Main("text", pdf);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("First page line\fSecond page", run.Out);

        var txt = dir.Sub("crlf.txt");
        File.WriteAllBytes(txt, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a\r\nb")).ToArray());
        Assert.Equal("a\nb", CliRunner.Main("text", txt).Out);

        var missing = CliRunner.Main("text", dir.Sub("nope.pdf"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("unreadable_file", missing.Err);
    }

    [Fact]
    public void Batch_usage_errors_exit_1()
    {
        using var dir = new TempDir();
        Assert.Equal(1, CliRunner.Main("batch", dir.Path).ExitCode);
        Assert.Equal(1, CliRunner.Main("batch", dir.Sub("missing"), "--out", dir.Sub("x.jsonl")).ExitCode);
    }
}

[Collection("console")]
public class PacketEndToEndTests
{
    [Fact]
    public void A_faxed_pdf_with_two_visits_gives_two_dated_notes_and_the_fax_date_is_not_a_visit_date()
    {
        using var dir = new TempDir();
        var packet = dir.Folder("fax-packet");
        string Banner(int n) => $"FROM: (555) 010-2288   TO: UM INTAKE   03/01/2024 09:14   PAGE {n} OF 2";
        File.WriteAllBytes(Path.Combine(packet, "fax.pdf"), PdfMaker.Pages(
            [Banner(1), "", "OFFICE VISIT", "Date of service: 02/12/2024", "Low back pain for eight weeks.", "Plan: physical therapy."],
            [Banner(2), "", "OFFICE VISIT", "Date of service: 02/26/2024", "Pain unchanged after therapy.", "Plan: CT lumbar spine."]));
        var run = CliRunner.Main("check", packet);
        Assert.Equal(0, run.ExitCode);
        var doc = JsonDocument.Parse(run.Out).RootElement.GetProperty("documents")[0];
        Assert.Equal(["text", "text"], doc.GetProperty("pageStatus").EnumerateArray().Select(s => s.GetString()));
        var dates = doc.GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2024-02-12", "2024-02-26"], dates);
    }
}
