using System.Text.Json;
using NoteCheck.Classifiers;
using NoteCheck.Core;
using NoteCheck.Findings;
using NoteCheck.Findings.Evaluation;
using NoteCheck.Findings.Rules;
using NoteCheck.Text;

namespace NoteCheck.Classifiers.Tests;

/// <summary>
/// A small packet corpus written to disk (contract §6 format) whose one finding is named by a made-up sign no rule
/// knows ('zorblat sign'): the classifier trained on it must learn the phrasing and its negation, suggest it only where
/// the rules are silent, and give the same model from the same corpus.
/// </summary>
public sealed class SentenceClassifierTests : IClassFixture<SentenceClassifierTests.Corpus>
{
    public sealed class Corpus : IDisposable
    {
        public string Folder { get; } = Path.Combine(Path.GetTempPath(), "nc-cls-" + Guid.NewGuid().ToString("N"));
        public List<LabeledDocument> Documents { get; }
        public SentenceClassifier Model { get; }

        public Corpus()
        {
            string[] filler = ["Patient drove here today with her daughter.", "Vitals reviewed and stable.", "She works as a cashier.",
                "Follow up in four weeks.", "Medication list reconciled.", "Allergies: none known."];
            for (var i = 0; i < 24; i++)
            {
                var dir = Directory.CreateDirectory(Path.Combine(Folder, $"train-{i:000}-zorblat")).FullName;
                var positive = i % 2 == 0;
                var side = i % 3 == 0 ? "left" : "right";
                var sign = positive ? $"Zorblat sign is positive on the {side}." : "No zorblat sign on either side.";
                var text = $"OFFICE VISIT\n\nHPI: {filler[i % filler.Length]} {filler[(i + 1) % filler.Length]}\n\nEXAM: {sign} {filler[(i + 2) % filler.Length]}\n";
                File.WriteAllText(Path.Combine(dir, "2025-01-02-office-visit.txt"), text);
                var gold = new[] { new { file = "2025-01-02-office-visit.txt", type = "foot_drop", assertion = positive ? "present" : "absent", text = positive ? "Zorblat sign is positive" : "No zorblat sign" } };
                File.WriteAllText(Path.Combine(dir, "expected.json"), JsonSerializer.Serialize(new { outcome = "refer_to_reviewer", findings = gold }));
            }
            Documents = PacketCorpusReader.Read(Folder, "train").Documents;
            Model = SentenceClassifier.Train(SentenceTraining.Examples(Documents, TextPipeline.Default), new TrainingOptions(MinExamples: 5));
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private readonly Corpus _corpus;
    public SentenceClassifierTests(Corpus corpus) => _corpus = corpus;

    private static readonly ClassifierSettings Settings = new("unused.zip", 0.5, new Dictionary<string, double>(), new HashSet<string>(), new HashSet<string> { "patient_identity" }, 5);

    private static ClinicalText Analyze(string text) => TextPipeline.Default.Analyze(TextDocuments.FromText("note.txt", text));

    [Fact]
    public void Training_LabelsSentencesByTheGoldSpansTheyOverlap()
    {
        var examples = SentenceTraining.Examples(_corpus.Documents, TextPipeline.Default).ToList();
        Assert.Equal(12, examples.Count(e => e.Labels.SequenceEqual(["foot_drop|present"])));
        Assert.Equal(12, examples.Count(e => e.Labels.SequenceEqual(["foot_drop|absent"])));
        Assert.Contains(examples, e => e.Labels.Count == 0 && e.Text.Contains("cashier"));
        Assert.Contains("foot_drop|present", _corpus.Model.Classes);
        Assert.Contains(SentenceClassifier.NoLabel, _corpus.Model.Classes);
    }

    [Fact]
    public void Detector_SuggestsTheLearnedPhrasingWhereTheRulesAreSilent_AsAModelFindingOverTheSentence()
    {
        const string note = "OFFICE VISIT\n\nEXAM: Zorblat sign is positive on the right today. Vitals reviewed and stable.\n";
        var text = Analyze(note);
        Assert.DoesNotContain(FindingDetector.Default.Detect(text, FindingContext.Empty), f => f.Type == "foot_drop");
        var findings = new ClassifierAssistedDetector(FindingDetector.Default, _corpus.Model, Settings).Detect(text, FindingContext.Empty);
        var suggested = Assert.Single(findings, f => f.Type == "foot_drop");
        Assert.Equal(Assertion.Present, suggested.Assertion);
        Assert.Equal(FindingSource.Model, suggested.Source);
        Assert.Equal(ClassifierAssistedDetector.RuleId, suggested.RuleId);
        var span = Assert.Single(suggested.Evidence);
        Assert.Equal("Zorblat sign is positive on the right today.", span.Text);
        Assert.Equal(span.Text, note[span.Start..span.End]);
        Assert.InRange(suggested.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Detector_ReadsTheNegatedPhrasingAsAbsent_AndSuggestsNothingForUnrelatedSentences()
    {
        var detector = new ClassifierAssistedDetector(FindingDetector.Default, _corpus.Model, Settings);
        var negated = detector.Detect(Analyze("EXAM: No zorblat sign on either side.\n"), FindingContext.Empty);
        Assert.Equal(Assertion.Absent, Assert.Single(negated, f => f.Type == "foot_drop").Assertion);
        Assert.DoesNotContain(detector.Detect(Analyze("HPI: She works as a cashier. Follow up in four weeks.\n"), FindingContext.Empty),
            f => f.Source == FindingSource.Model);
    }

    [Fact]
    public void Detector_AddsNothingWhereARuleMentionOfTheTypeIsInTheSentence()
    {
        // the rules read foot drop here; the model's suggestion for the same sentence would only repeat it
        var text = Analyze("EXAM: Zorblat sign is positive, with a left foot drop.\n");
        var rules = FindingDetector.Default.Mentions(text, FindingContext.Empty);
        Assert.Contains(rules, m => m.Type == "foot_drop");
        var detector = new ClassifierAssistedDetector(FindingDetector.Default, _corpus.Model, Settings);
        Assert.DoesNotContain(detector.Suggest(text, rules), m => m.Type == "foot_drop");
    }

    [Fact]
    public void SameCorpus_SameModel_AndSavedModelScoresAlike()
    {
        var again = SentenceClassifier.Train(SentenceTraining.Examples(_corpus.Documents, TextPipeline.Default), new TrainingOptions(MinExamples: 5));
        SentenceExample[] probe = [new("Zorblat sign is positive on the left.", "exam", []), new("Vitals reviewed.", "hpi", [])];
        var path = Path.Combine(_corpus.Folder, "model.zip");
        _corpus.Model.Save(path);
        var loaded = SentenceClassifier.Load(path);
        Assert.Equal(_corpus.Model.Classes, again.Classes);
        Assert.Equal(_corpus.Model.Classes, loaded.Classes);
        var a = _corpus.Model.Score(probe);
        Assert.Equal(a, again.Score(probe));
        Assert.Equal(a, loaded.Score(probe));
    }

    [Fact]
    public void Settings_RejectUnknownKeysAndThresholdsOutsideZeroToOne_NamingTheFile_AndNeverSuggestTheTypesListed()
    {
        var file = Path.Combine(_corpus.Folder, "classifier.json");
        File.WriteAllText(file, """{ "model": "m.zip", "treshold": 0.5 }""");
        var e = Assert.Throws<RuleFileException>(() => ClassifierSettings.Load(file));
        Assert.Contains("classifier.json", e.Message);
        Assert.Contains("treshold", e.Message);
        File.WriteAllText(file, """{ "model": "m.zip", "thresholds": { "foot_drop": 1.5 } }""");
        Assert.Throws<RuleFileException>(() => ClassifierSettings.Load(file));
        File.WriteAllText(file, """{ "model": "m.zip", "threshold": 0.6, "thresholds": { "foot_drop": 0.7, "foot_drop|present": 0.8 }, "neverSuggest": ["back_pain"], "excludedTypes": ["patient_identity"] }""");
        var s = ClassifierSettings.Load(file);
        Assert.Equal(0.8, s.ThresholdOf("foot_drop|present"));
        Assert.Equal(0.7, s.ThresholdOf("foot_drop|absent"));
        Assert.Equal(0.6, s.ThresholdOf("muscle_weakness|absent"));
        Assert.Null(s.ThresholdOf("back_pain|present"));
        Assert.Null(s.ThresholdOf("patient_identity|present"));
    }

    [Fact]
    public void TheRepositorySettingsLoad()
    {
        var s = ClassifierSettings.Default;
        Assert.Contains("patient_identity", s.ExcludedTypes);
        Assert.EndsWith("sentences.zip", s.ModelPath);
    }
}
