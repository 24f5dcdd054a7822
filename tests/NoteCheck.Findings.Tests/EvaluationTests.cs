using NoteCheck.Findings.Evaluation;

namespace NoteCheck.Findings.Tests;

/// <summary>The packet, span and MTSamples evaluators on small corpora written to disk.</summary>
public sealed class EvaluationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nc-findings-eval-" + Guid.NewGuid().ToString("N"));

    public EvaluationTests()
    {
        var packet = Path.Combine(_dir, "packets", "dev-001-foot-drop");
        Directory.CreateDirectory(packet);
        File.WriteAllText(Path.Combine(packet, "2025-01-02-office-visit.txt"),
            "Office visit\r\nExam: left ankle dorsiflexion 0/5. Denies saddle anesthesia.\r\nSensation intact.\r\n");
        File.WriteAllText(Path.Combine(packet, "request.json"), "{ \"requestId\": \"CP-001\", \"requestDate\": \"2025-01-10\", \"patient\": { \"dob\": \"1960-01-01\" } }");
        File.WriteAllText(Path.Combine(packet, "expected.json"), """
            { "split": "dev", "outcome": "refer_to_reviewer", "metIndications": [],
              "findings": [
                { "file": "2025-01-02-office-visit.txt", "type": "foot_drop", "assertion": "present", "text": "left ankle dorsiflexion 0/5" },
                { "file": "2025-01-02-office-visit.txt", "type": "saddle_anesthesia", "assertion": "absent", "text": "saddle anesthesia" },
                { "file": "2025-01-02-office-visit.txt", "type": "dermatomal_sensory_loss", "assertion": "absent", "text": "Sensation intact" },
                { "file": "2025-01-02-office-visit.txt", "type": "trauma", "assertion": "present", "text": "Office visit" }
              ] }
            """);
        var other = Path.Combine(_dir, "packets", "train-002-other");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "2025-01-02-office-visit.txt"), "No back pain.");
        File.WriteAllText(Path.Combine(other, "expected.json"), "{ \"findings\": [] }");
    }

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void Packet_corpus_is_read_per_split_with_gold_offsets_located()
    {
        var (docs, issues) = PacketCorpusReader.Read(Path.Combine(_dir, "packets"), "dev");
        Assert.Empty(issues);
        var doc = Assert.Single(docs);
        Assert.Equal("dev", doc.Split);
        Assert.Equal(4, doc.Gold.Count);
        var drop = doc.Gold.Single(g => g.Type == "foot_drop");
        Assert.Equal("left ankle dorsiflexion 0/5", doc.Document.Text[drop.Start..drop.End]);
        Assert.Equal(new DateOnly(1960, 1, 1), doc.Request!.Patient!.Dob);
    }

    [Fact]
    public void Scores_count_hits_misses_and_wrong_findings()
    {
        var (docs, _) = PacketCorpusReader.Read(Path.Combine(_dir, "packets"), "dev");
        var predictions = new FindingsEvaluator(FindingDetector.Default, NoteCheck.Text.TextPipeline.Default).Run(docs);
        var mention = FindingsEvaluator.MentionLevel(predictions);
        Assert.Equal(1, mention.ByLabel["foot_drop"].Found);
        Assert.Equal(1.0, mention.ByLabel["saddle_anesthesia"].Recall);
        Assert.Equal(0, mention.ByLabel["trauma"].Found); // the deliberately wrong gold mention is a miss
        Assert.Equal(0.0, mention.ByLabel["trauma"].Recall);
        var note = FindingsEvaluator.NoteLevel(predictions);
        Assert.Equal(1, note.ByLabel["foot_drop"].Correct);
        Assert.False(note.ByLabel.ContainsKey("saddle_anesthesia")); // absent only: no 'present' unit
    }

    [Fact]
    public void A_document_the_detector_fails_on_is_scored_as_finding_nothing_and_named()
    {
        // A rule's regex time limit on a loaded machine ends the detection of one document: the eval goes on, scores
        // that document as the product reports it (no findings) and names it, instead of ending the whole run.
        var (docs, _) = PacketCorpusReader.Read(Path.Combine(_dir, "packets"), null);
        var failing = docs.Single(d => d.Id.StartsWith("dev-001", StringComparison.Ordinal)).Id;
        var evaluator = new FindingsEvaluator(new FailsOn("dorsiflexion"), NoteCheck.Text.TextPipeline.Default);
        var predictions = evaluator.Run(docs);
        Assert.Equal(docs.Count, predictions.Count);
        Assert.Equal([failing], evaluator.Failed);
        Assert.Empty(predictions.Single(p => p.Document.Id == failing).Findings);
        Assert.Equal(0, FindingsEvaluator.MentionLevel(predictions).ByLabel["foot_drop"].Found);
        // the other document is detected as before
        Assert.NotEmpty(predictions.Single(p => p.Document.Id != failing).Findings);
    }

    private sealed class FailsOn(string word) : IFindingDetector
    {
        public IReadOnlyList<NoteCheck.Core.Finding> Detect(NoteCheck.Text.ClinicalText text, FindingContext context) =>
            text.Document.Text.Contains(word, StringComparison.Ordinal)
                ? throw new System.Text.RegularExpressions.RegexMatchTimeoutException()
                : FindingDetector.Default.Detect(text, context);
    }

    [Fact]
    public void Mentions_are_scored_after_the_packet_is_reconciled_as_the_pipeline_does()
    {
        // A bare 'MRI not possible' in one note, a device clinic's clearance in another: the pipeline reports the
        // claim possible (rules/findings/packet.json), so the mention evaluation must score it possible too.
        var packet = Path.Combine(_dir, "reconciled", "dev-003-cleared-pacer");
        Directory.CreateDirectory(packet);
        File.WriteAllText(Path.Combine(packet, "2026-09-22-letter.txt"),
            "DEVICE CLINIC   DOS 09/22/2026\nGenerator and both leads form an MR Conditional system. Patient is cleared for 1.5T MRI of the lumbar spine.\n");
        File.WriteAllText(Path.Combine(packet, "2026-10-02-office-visit.txt"),
            "FOLLOW UP   DOS 10/02/2026\nA:\n 1. L5 radiculopathy.\n 2. MRI not possible d/t pacemaker -> CT L-spine instead.\n");
        File.WriteAllText(Path.Combine(packet, "expected.json"), """
            { "split": "dev", "findings": [
                { "file": "2026-10-02-office-visit.txt", "type": "mri_contraindication", "assertion": "possible", "text": "MRI not possible d/t pacemaker" } ] }
            """);
        var (docs, issues) = PacketCorpusReader.Read(Path.Combine(_dir, "reconciled"), "dev");
        Assert.Empty(issues);
        var predictions = new FindingsEvaluator(FindingDetector.Default, NoteCheck.Text.TextPipeline.Default).Run(docs);
        Assert.Equal(1, FindingsEvaluator.MentionLevel(predictions).ByLabel["mri_contraindication"].Found);
        // each document keeps its own findings after the packet is reconciled
        Assert.All(predictions, p => Assert.All(p.Findings, f => Assert.All(f.Evidence, e => Assert.Equal(p.Document.Document.FileName, e.Document))));
    }

    [Fact]
    public void Span_corpus_round_trips_text_offsets_and_request_facts()
    {
        var (docs, _) = PacketCorpusReader.Read(Path.Combine(_dir, "packets"), null);
        var path = Path.Combine(_dir, "spans.jsonl");
        SpanCorpus.Write(path, docs);
        var (back, issues) = SpanCorpus.Read(path, "dev");
        Assert.Empty(issues);
        var doc = Assert.Single(back);
        var original = docs.Single(d => d.Split == "dev");
        Assert.Equal(original.Document.Text, doc.Document.Text);
        Assert.Equal(original.Gold.OrderBy(g => g.Start).Select(g => (g.Type, g.Assertion, g.Start, g.End)),
            doc.Gold.OrderBy(g => g.Start).Select(g => (g.Type, g.Assertion, g.Start, g.End)));
        Assert.Equal(new DateOnly(1960, 1, 1), doc.Request!.Patient!.Dob);
    }

    [Fact]
    public void Csv_parser_keeps_quoted_commas_quotes_and_line_breaks()
    {
        var rows = MtSamplesEvaluator.ParseCsv("note_ids,transcription\n\"1;2\",\"a, b\nc \"\"q\"\"\"\n3,plain\n");
        Assert.Equal(3, rows.Count);
        Assert.Equal("1;2", rows[1][0]);
        Assert.Equal("a, b\nc \"q\"", rows[1][1]);
        Assert.Equal("plain", rows[2][1]);
    }

    [Fact]
    public void MtSamples_labels_are_joined_by_id_and_scored_per_type()
    {
        var csv = Path.Combine(_dir, "notes.csv");
        File.WriteAllText(csv, "note_ids,transcription\n\"7;8\",\"HISTORY OF PRESENT ILLNESS: , Low back pain with sciatica. No trauma.,PHYSICAL EXAMINATION: , Strength 5/5.\"\n");
        var labels = Path.Combine(_dir, "labels.jsonl");
        File.WriteAllText(labels, "{\"noteId\": \"7;8\", \"labels\": {\"back_pain\": \"present\", \"trauma\": \"absent\", \"foot_drop\": \"not_mentioned\"}}\n{\"noteId\": \"9\", \"labels\": {}}\n");
        var result = new MtSamplesEvaluator(FindingDetector.Default, NoteCheck.Text.TextPipeline.Default).Evaluate(labels, csv);
        Assert.Equal(1, result.Notes);
        Assert.Equal(["9"], result.MissingIds);
        Assert.Equal(1, result.Present.ByLabel["back_pain"].Correct);
        Assert.Equal(0, result.Present.ByLabel["trauma"].Predicted);
    }

    [Fact]
    public void MtSamples_label_types_count_what_the_labels_define()
    {
        // the labels' infection is the spine's (or the surgical site's); pneumonia is NoteCheck's infection of kind other
        var csv = Path.Combine(_dir, "notes.csv");
        File.WriteAllText(csv, "note_ids,transcription\n" +
            "1,\"PAST MEDICAL HISTORY: , Community acquired pneumonia in 2019, treated.,ASSESSMENT: , Low back pain.\"\n" +
            "2,\"IMPRESSION: , Lumbar osteomyelitis at L3-L4.\"\n");
        const string lines = "{\"noteId\": \"1\", \"labels\": {\"infection\": \"not_mentioned\"}}\n{\"noteId\": \"2\", \"labels\": {\"infection\": \"present\"}}\n";
        var plain = Path.Combine(_dir, "plain");
        Directory.CreateDirectory(plain);
        File.WriteAllText(Path.Combine(plain, "labels.jsonl"), lines);
        var defined = Path.Combine(_dir, "defined");
        Directory.CreateDirectory(defined);
        File.WriteAllText(Path.Combine(defined, "labels.jsonl"), lines);
        File.WriteAllText(Path.Combine(defined, LabelTypes.FileName),
            "{\"infection\": [{\"type\": \"infection\", \"notWhere\": {\"kind\": [\"other\"]}}, {\"type\": \"surgical_site_infection\"}]}");
        var evaluator = new MtSamplesEvaluator(FindingDetector.Default, NoteCheck.Text.TextPipeline.Default);

        var byType = evaluator.Evaluate(Path.Combine(plain, "labels.jsonl"), csv).Present.ByLabel["infection"];
        Assert.Equal(2, byType.Predicted);
        var byDefinition = evaluator.Evaluate(Path.Combine(defined, "labels.jsonl"), csv).Present.ByLabel["infection"];
        Assert.Equal(1, byDefinition.Predicted);
        Assert.Equal(1, byDefinition.Correct);
    }

    [Fact]
    public void MtSamples_label_types_with_an_unknown_key_name_the_file_and_label()
    {
        var path = Path.Combine(_dir, LabelTypes.FileName);
        File.WriteAllText(path, "{\"infection\": [{\"type\": \"infection\", \"unless\": {}}]}");
        var e = Assert.Throws<InvalidDataException>(() => LabelTypes.Read(path));
        Assert.Contains("label-types.json", e.Message);
        Assert.Contains("infection", e.Message);
        File.WriteAllText(path, "{\"infection\": [{\"notWhere\": {}}]}");
        Assert.Contains("without 'type'", Assert.Throws<InvalidDataException>(() => LabelTypes.Read(path)).Message);
        File.WriteAllText(path, "{\"infection\": [");
        Assert.Contains("label-types.json", Assert.Throws<InvalidDataException>(() => LabelTypes.Read(path)).Message);
    }
}
