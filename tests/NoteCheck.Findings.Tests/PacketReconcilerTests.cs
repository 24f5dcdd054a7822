using NoteCheck.Core;
using NoteCheck.Findings.Composition;
using NoteCheck.Findings.Rules;
using NoteCheck.Pipeline;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// rules/findings/packet.json through the packet processor: a device clinic's clearance in one document
/// outweighs another note's bare "MRI not possible d/t pacemaker" (possible), but not a specific reason.
/// </summary>
public sealed class PacketReconcilerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "nc-findings-reconcile-" + Guid.NewGuid().ToString("N"));

    public PacketReconcilerTests() => Directory.CreateDirectory(_dir);
    public void Dispose() => Directory.Delete(_dir, true);

    private const string Clearance =
        "DEVICE CLINIC   DOS 09/22/2026\nInterrogation today: leads stable.\nGenerator and both leads form an MR Conditional system. Patient is cleared for 1.5T MRI of the lumbar spine.\n";

    private Decision Process(string followUp)
    {
        File.WriteAllText(Path.Combine(_dir, "2026-09-22-letter.txt"), Clearance);
        File.WriteAllText(Path.Combine(_dir, "2026-10-02-office-visit.txt"), followUp);
        return new PacketProcessor().Process([_dir], new ImagingRequest { RequestId = "T-R" });
    }

    [Fact]
    public void A_clearance_elsewhere_makes_a_bare_claim_possible()
    {
        var decision = Process("FOLLOW UP   DOS 10/02/2026\nA:\n 1. L5 radiculopathy with foot drop.\n 2. MRI not possible d/t pacemaker -> CT L-spine instead.\n");
        var claim = Assert.Single(decision.Findings, f => f.Type == "mri_contraindication" && f.Evidence.Any(e => e.Text.Contains("not possible")));
        Assert.Equal(Assertion.Possible, claim.Assertion);
        Assert.Equal("mri_contraindication.cleared_overrules_bare_claim", claim.RuleId);
        Assert.DoesNotContain(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void A_specific_reason_keeps_the_claim_present()
    {
        var decision = Process("FOLLOW UP   DOS 10/02/2026\nA:\n 1. EP now reports the abandoned lead makes the system NOT MR Conditional. MRI not possible d/t pacemaker.\n");
        Assert.Contains(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present);
    }

    [Fact]
    public void A_safety_office_verdict_that_the_device_is_no_contraindication_makes_a_bare_claim_possible()
    {
        File.WriteAllText(Path.Combine(_dir, "2026-10-27-office-visit.txt"),
            "PAIN CLINIC   DOS 10/27/2026\nPlan: CT L-spine w/o contrast (72131): pt has spinal cord stimulator, MRI contraindicated.\n");
        File.WriteAllText(Path.Combine(_dir, "2026-11-05-letter.txt"),
            "MR SAFETY OFFICE   Review date: 11/05/2026\nDETERMINATION: CLEARED. The SCS is NOT a contraindication to MRI of the lumbar spine on our 1.5 T magnet.\n");
        var decision = new PacketProcessor().Process([_dir], new ImagingRequest { RequestId = "T-S" });
        var claim = Assert.Single(decision.Findings, f => f.Type == "mri_contraindication" && f.Evidence.Any(e => e.Text.Contains("contraindicated")));
        Assert.Equal(Assertion.Possible, claim.Assertion);
        Assert.Contains(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Absent && f.RuleId == "mri_contraindication.not_a_contraindication");
    }

    [Fact]
    public void A_device_clearance_does_not_answer_a_claim_of_another_kind()
    {
        // the stimulator was cleared, but the claim's reason is claustrophobia that failed sedation
        File.WriteAllText(Path.Combine(_dir, "2026-09-22-letter.txt"), "NEUROMODULATION CLINIC   DOS 09/22/2026\nSCS verified by rep - MRI mode ON, impedances in range, MR Conditional, cleared.\n");
        File.WriteAllText(Path.Combine(_dir, "2026-10-02-office-visit.txt"), "FOLLOW UP   DOS 10/02/2026\nA/P:\n 2. MRI cannot be obtained: severe claustrophobia, aborted x2 despite oral and IV sedation.\n");
        var decision = new PacketProcessor().Process([_dir], new ImagingRequest { RequestId = "T-K" });
        Assert.Contains(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Absent && Equals(f.Attributes.GetValueOrDefault("reason"), "neurostimulator"));
        Assert.Contains(decision.Findings, f => f.Type == "mri_contraindication" && f.Assertion == Assertion.Present && f.Evidence.Any(e => e.Text.Contains("cannot be obtained")));
        // by reason alone: a device clearance answers a device claim, never a claustrophobia claim; an unstated reason is answered
        Finding Claim(string? reason) => new() { Type = "mri_contraindication", RuleId = "mri_contraindication.contraindicated", Date = new DateOnly(2026, 10, 2),
            Attributes = reason is null ? new SortedDictionary<string, object?>() : new SortedDictionary<string, object?> { ["reason"] = reason } };
        var clearance = new Finding { Type = "mri_contraindication", Assertion = Assertion.Absent, RuleId = "mri_contraindication.cleared_conditional", Date = new DateOnly(2026, 9, 22),
            Attributes = new SortedDictionary<string, object?> { ["reason"] = "neurostimulator" } };
        Assert.Equal(Assertion.Present, PacketReconciler.Default.Reconcile([Claim("claustrophobia"), clearance])[0].Assertion);
        Assert.Equal(Assertion.Possible, PacketReconciler.Default.Reconcile([Claim("pacemaker_icd"), clearance])[0].Assertion);
        Assert.Equal(Assertion.Possible, PacketReconciler.Default.Reconcile([Claim(null), clearance])[0].Assertion);
        // a clearance of no device kind (a psychiatrist's 'not a contraindication to MRI') answers any claim
        var general = clearance with { RuleId = "mri_contraindication.not_a_contraindication", Attributes = new SortedDictionary<string, object?> { ["reason"] = "claustrophobia" } };
        Assert.Equal(Assertion.Possible, PacketReconciler.Default.Reconcile([Claim("body_habitus"), general])[0].Assertion);
    }

    [Fact]
    public void Without_a_clearance_the_claim_stays_present()
    {
        var findings = new List<Finding>
        {
            new() { Type = "mri_contraindication", RuleId = "mri_contraindication.contraindicated", Date = new DateOnly(2026, 10, 2) },
            new() { Type = "mri_contraindication", Assertion = Assertion.Absent, RuleId = "mri_contraindication.mild_claustrophobia" },
        };
        Assert.Equal(Assertion.Present, PacketReconciler.Default.Reconcile(findings)[0].Assertion);
        // a clearance more than withinMonths before the claim is stale
        findings.Add(new() { Type = "mri_contraindication", Assertion = Assertion.Absent, RuleId = "mri_contraindication.no_contraindication", Date = new DateOnly(2025, 1, 5) });
        Assert.Equal(Assertion.Present, PacketReconciler.Default.Reconcile(findings)[0].Assertion);
    }

    [Fact]
    public void Every_rule_id_it_names_exists_and_bad_keys_are_named()
    {
        var ids = DetectorRules.Default.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var o in PacketReconciler.Default.Overrules)
            Assert.All(o.ByRules.Concat(o.BareRules), id => Assert.Contains(id, ids));
        var file = Path.Combine(_dir, "packet.json");
        File.WriteAllText(file, "{\"overrules\":[{\"id\":\"x.y\",\"type\":\"mri_contraindication\",\"bogus\":1}]}");
        var e = Assert.Throws<RuleFileException>(() => PacketReconciler.Load(file));
        Assert.Contains("bogus", e.Message);
        Assert.Contains("packet.json", e.Message);
    }
}
