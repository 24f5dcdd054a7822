using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>
/// The disagreement gate (rules/criteria 'disagreement'): an approval must stand once every present finding that the same
/// note or a later note reads absent or resolved is set aside; otherwise the decision refers with conflicting_documentation.
/// </summary>
public sealed class DisagreementGateTests : EngineTestBase
{
    private static readonly DocumentSummary[] TwoNotes =
    [
        new("visit1.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-30), NoteKind.OfficeVisit)]),
        new("visit2.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-5), NoteKind.OfficeVisit)]),
    ];

    private static Finding In(string file, Finding f) =>
        f with { DocumentFile = file, Evidence = [.. f.Evidence.Select(e => e with { Document = file })] };

    private static Decision DecideWith(params Finding[] findings) =>
        Engine.Decide(new CriteriaInput { Request = Request(), Findings = findings, Documents = TwoNotes });

    private static Finding[] BackPainCase(string failedIn) =>
        [In("visit1.txt", Mri()), In("visit1.txt", F("back_pain")),
         .. FailedConservativeCare().Select(f => In(f.Type == "conservative_treatment_failed" ? failedIn : "visit1.txt", f))];

    [Fact, Trait("criterion", "gate.disagreement")]
    public void FailureReadAbsentInALaterNote_Refers_AndTheReasonNamesBothReadings()
    {
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(BackPainCase("visit1.txt")).Outcome);

        var laterDenial = In("visit2.txt", F("conservative_treatment_failed", Assertion.Absent));
        var d = DecideWith([.. BackPainCase("visit1.txt"), laterDenial]);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains("back_pain", d.MetIndications); // met as read; the gate, not the pathway, refers
        var reason = d.Reasons.Single(r => r.Code == ReasonCodes.ConflictingDocumentation);
        Assert.Contains("conservative_treatment_failed present", reason.Message);
        Assert.Contains("conservative_treatment_failed absent", reason.Message);
        Assert.Contains("visit2.txt", reason.Message);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void CsfLeak_ANegativeOfAnotherSign_IsNoDisagreement_AGeneralNegativeIs()
    {
        // 'no rhinorrhea or otorrhea' does not deny an orthostatic headache; 'no CSF leak' (no sign named) does
        Decision Decide(params Finding[] f) =>
            Engine.Decide(new CriteriaInput { Request = Request(specialty: "neurosurgery"), Findings = f, Documents = TwoNotes });
        var claim = In("visit1.txt", F("csf_leak_suspected", attrs: ("sign", "orthostatic headache")));
        Assert.Equal(Outcomes.CriteriaMet, Decide(claim).Outcome);
        Assert.Equal(Outcomes.CriteriaMet, Decide(claim, In("visit2.txt", F("csf_leak_suspected", Assertion.Absent, attrs: ("sign", "rhinorrhea")))).Outcome);
        var d = Decide(claim, In("visit2.txt", F("csf_leak_suspected", Assertion.Absent)));
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void AnEarlierNegative_IsNoDisagreement()
    {
        // 'no failure yet' in the first visit, failure documented at the second: the later reading stands
        var earlier = In("visit1.txt", F("conservative_treatment_failed", Assertion.Absent));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. BackPainCase("visit2.txt"), earlier]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ImmuneSuppression_WithdrawnInAnEarlierNote_ContestsALaterListThatStillNamesTheDrug()
    {
        // a nephrology note records tacrolimus tapered off; a later problem list carried forward still says 'on tacrolimus'
        Finding Clinical(string file, Finding f) => In(file, f) with { NoteKind = NoteKind.OfficeVisit };
        Finding[] claim = [Clinical("visit1.txt", Mri()), Clinical("visit2.txt", F("back_pain")),
            Clinical("visit2.txt", F("immune_suppression", attrs: ("cause", "tacrolimus")))];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim).Outcome);
        var withdrawn = Clinical("visit1.txt", F("immune_suppression", Assertion.Historical, attrs: ("cause", "tacrolimus")));
        var d = DecideWith([.. claim, withdrawn]);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation);
        // the drug named otherwise ('biologic' on the list, 'adalimumab' at the pharmacy) is still the same reading
        var named = Clinical("visit2.txt", F("immune_suppression", attrs: ("cause", "biologic")));
        Assert.Equal(Outcomes.ReferToReviewer, DecideWith([claim[0], claim[1], named, Clinical("visit1.txt", F("immune_suppression", Assertion.Historical, attrs: ("cause", "adalimumab")))]).Outcome);
        // a letter's claim is not a clinical reading: it does not answer the list from either side
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. claim, In("visit1.txt", F("immune_suppression", Assertion.Historical)) with { NoteKind = NoteKind.Letter }]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ADifferentThing_IsNoDisagreement()
    {
        // 'no injections' does not contradict the medication; a negated device reason does not contradict a pacemaker
        var noInjection = In("visit2.txt", F("conservative_treatment", Assertion.Absent, attrs: ("modality", "injection")));
        var noClaustrophobia = In("visit2.txt", F("mri_contraindication", Assertion.Absent, attrs: ("reason", "claustrophobia")));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. BackPainCase("visit1.txt"), noInjection, noClaustrophobia]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void WithinOneNote_ANormalElsewhere_DoesNotContradictTheNamedSite()
    {
        Finding[] deficit = [In("visit2.txt", Mri()), In("visit2.txt", F("abnormal_reflexes", laterality: "left", attrs: [("reflex", "achilles"), ("new", true)]))];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(deficit).Outcome);
        var kneesNormal = In("visit2.txt", F("abnormal_reflexes", Assertion.Absent, attrs: ("reflex", "patellar")));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. deficit, kneesNormal]).Outcome);
        var anklesNormal = In("visit2.txt", F("abnormal_reflexes", Assertion.Absent, attrs: ("reflex", "achilles")));
        Assert.Equal(Outcomes.ReferToReviewer, DecideWith([.. deficit, anklesNormal]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ALaterGiveWayReading_AnswersAnEarlierGradedWeakness()
    {
        // the night resident's 2/5 hip flexion, then the attending's 'give-way, 5/5 with encouragement' (negatingAttributes)
        Finding[] graded = [In("visit1.txt", Mri()), In("visit1.txt", F("muscle_weakness", laterality: "left", attrs: [("muscle", "hip_flexion"), ("new", true)]))];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(graded).Outcome);
        var giveWay = In("visit2.txt", F("muscle_weakness", laterality: "left", attrs: ("effortLimited", true)));
        var d = DecideWith([.. graded, giveWay]);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation && r.Message.Contains("muscle_weakness"));
        // on the other leg it answers nothing
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. graded, giveWay with { Laterality = "right" }]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void RetentionTheRecordAttributesToABladderCause_AnswersALettersNewRetention()
    {
        DocumentSummary[] docs =
        [
            new("consult.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-20), NoteKind.Consult)]),
            new("letter.txt", 1, [PageStatus.Text], [new NoteSegment(0, 100, R.AddDays(-10), NoteKind.Letter)]),
        ];
        Finding Letter(Finding f) => f with { DocumentFile = "letter.txt", NoteKind = NoteKind.Letter, Evidence = [.. f.Evidence.Select(e => e with { Document = "letter.txt" })] };
        Finding Consult(Finding f) => f with { DocumentFile = "consult.txt", NoteKind = NoteKind.Consult, Evidence = [.. f.Evidence.Select(e => e with { Document = "consult.txt" })] };
        Finding[] claim = [Letter(Mri()), Letter(F("bowel_bladder_dysfunction", attrs: [("kind", "retention"), ("new", true)]))];
        Decision Decide(params Finding[] f) => Engine.Decide(new CriteriaInput { Request = Request(), Findings = f, Documents = docs });
        Assert.Equal(Outcomes.CriteriaMet, Decide(claim).Outcome);
        var cystocele = Consult(F("bowel_bladder_dysfunction", attrs: [("kind", "retention"), ("inherentCause", true)]));
        Assert.Equal(Outcomes.ReferToReviewer, Decide([.. claim, cystocele]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void TheCarefulReading_NeverLiftsAnExclusion()
    {
        // neuro_deficit rests on a weakness its own note contradicts; back_pain is ruled out by an improvement that the
        // same note also reads both ways. Setting the improvement aside would only open back_pain: the exclusion stays.
        Finding[] findings =
        [
            .. BackPainCase("visit2.txt"),
            In("visit2.txt", F("muscle_weakness", laterality: "left", attrs: [("muscle", "ehl"), ("new", true)])),
            In("visit2.txt", F("muscle_weakness", Assertion.Absent, laterality: "left", attrs: ("muscle", "ehl"))),
            In("visit2.txt", F("conservative_treatment_improved")),
            In("visit2.txt", F("conservative_treatment_improved", Assertion.Absent)),
        ];
        var d = DecideWith(findings);
        Assert.Equal(["neuro_deficit", "back_pain"], d.MetIndications); // both on the weakness, as read
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation && r.Message.Contains("muscle_weakness"));
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void AnotherMetIndicationThatStands_KeepsTheApproval()
    {
        // the failure is disputed, but a new one-sided weakness with MRI contraindicated meets neuro_deficit on its own
        var laterDenial = In("visit2.txt", F("conservative_treatment_failed", Assertion.Absent));
        var weakness = In("visit2.txt", F("muscle_weakness", laterality: "left", attrs: [("muscle", "ehl"), ("new", true)]));
        var d = DecideWith([.. BackPainCase("visit1.txt"), laterDenial, weakness]);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.DoesNotContain(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void WithinOneNote_ARowOfAnotherMuscle_DoesNotContradict_EvenWhenTheWeakRowsMuscleWentUnread()
    {
        // 'Hip abduction 5 / 4' whose muscle the reader missed beside 'Hip flexion 5 / 5': a row names its own muscle only
        Finding[] deficit = [In("visit2.txt", Mri()), In("visit2.txt", F("muscle_weakness", laterality: "left", attrs: ("new", true)))];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(deficit).Outcome);
        var hipFlexionNormal = In("visit2.txt", F("muscle_weakness", Assertion.Absent, attrs: ("muscle", "hip_flexion")));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. deficit, hipFlexionNormal]).Outcome);
        var strengthNormal = In("visit2.txt", F("muscle_weakness", Assertion.Absent)); // '5/5 throughout' in the same exam
        Assert.Equal(Outcomes.ReferToReviewer, DecideWith([.. deficit, strengthNormal]).Outcome);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ANegativeNamingOneThing_DoesNotContradictAFindingOfUnreadIdentity()
    {
        // 'no fall' (mechanism fall) says nothing of an 'injury' whose mechanism went unread; 'no trauma' does
        Finding[] injured = [In("visit1.txt", F("trauma")), In("visit1.txt", F("spinal_abnormality_underlying", attrs: ("condition", "ankylosing_spondylitis")))];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(injured).Outcome);
        var noFall = In("visit2.txt", F("trauma", Assertion.Absent, attrs: ("mechanism", "fall")));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith([.. injured, noFall]).Outcome);
        var noTrauma = In("visit2.txt", F("trauma", Assertion.Absent));
        Assert.Contains(DecideWith([.. injured, noTrauma]).Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ALettersClaim_IsWeighedAgainstTheRecord_WhateverItsDate()
    {
        // the office note (visit1) reads no failure; a later letter (visit2) claims failed care: the letter restates the
        // record, so the earlier clinical reading weighs against it. The same claim in a later office note stands.
        var recordReadsNoFailure = In("visit1.txt", F("conservative_treatment_failed", Assertion.Absent)) with { NoteKind = NoteKind.OfficeVisit };
        Finding[] asLetter = [.. BackPainCase("visit2.txt").Select(f => f.DocumentFile == "visit2.txt" ? f with { NoteKind = NoteKind.Letter } : f), recordReadsNoFailure];
        Finding[] asVisit = [.. BackPainCase("visit2.txt").Select(f => f with { NoteKind = NoteKind.OfficeVisit }), recordReadsNoFailure];
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(asVisit).Outcome);
        var d = DecideWith(asLetter);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation && r.Message.Contains("conservative_treatment_failed absent"));
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void InRemission_DoesNotUndoACancerHistory()
    {
        // 'invasive ductal carcinoma 2019' and 'in remission' in the same or a later note: both hold (pastEvents)
        var cancer = In("visit1.txt", F("malignancy", attrs: [("active", true), ("cancerType", "breast")]));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(cancer).Outcome);
        var remission = In("visit2.txt", F("malignancy", Assertion.Absent));
        var d = DecideWith(cancer, remission);
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.DoesNotContain(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation);
    }

    [Fact, Trait("criterion", "gate.disagreement")]
    public void ADiagnosisDenied_InAnEarlierClinicalNote_ContestsALaterClaimedHistory()
    {
        // a hematologist's 'IgG-kappa MGUS. Not myeloma.' and a later referral's 'hx of myeloma - r/o lytic lesion'
        Finding Clinical(string file, Finding f) => In(file, f) with { NoteKind = NoteKind.OfficeVisit };
        var claim = Clinical("visit2.txt", F("malignancy", attrs: [("active", true), ("cancerType", "myeloma")]));
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim).Outcome);
        var denial = Clinical("visit1.txt", F("malignancy", Assertion.Absent, attrs: ("cancerType", "myeloma")) with { RuleId = "malignancy.named" });
        var d = DecideWith(claim, denial);
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == ReasonCodes.ConflictingDocumentation && r.Message.Contains("malignancy absent"));
        // another cancer denied ('not lymphoma') says nothing of the myeloma; a remission reading is no denial
        var otherCancer = denial with { Attributes = new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["cancerType"] = "lymphoma" } };
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim, otherCancer).Outcome);
        Assert.Equal(Outcomes.CriteriaMet, DecideWith(claim, denial with { RuleId = "malignancy.no_recurrence" }).Outcome);
    }
}
