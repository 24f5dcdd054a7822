using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Criteria.Tests;

/// <summary>Gates (CPT, overlapping imaging, patient identity, unreadable pages, bad request) and engine behaviour.</summary>
public sealed class GateAndEngineTests : EngineTestBase
{
    private static Finding[] MetBackPain() => [Mri(), F("back_pain"), .. FailedConservativeCare()];

    [Fact, Trait("criterion", "gate.cpt")]
    public void CptOutsideRange_RefersEvenWhenAnIndicationIsMet()
    {
        var d = Decide(Request(cpt: "72148"), MetBackPain());
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Equal("cpt_not_covered", d.Reasons[0].Code);
        Assert.Contains("back_pain", d.MetIndications);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(cpt: "72133"), MetBackPain()).Outcome);
    }

    [Fact, Trait("criterion", "gate.overlap.prior_inconclusive")]
    public void PriorOverlappingMriWithinThreeMonths_Blocks_UnlessInconclusive()
    {
        Finding Prior(string result, int daysAgo, string modality = "mri", string region = "lumbar") =>
            F("prior_imaging", date: R.AddDays(-daysAgo), attrs: [("modality", modality), ("region", region), ("result", result)]);
        var blocked = Decide(Request(), [.. MetBackPain(), Prior("normal", 30)]);
        Assert.Equal(Outcomes.ReferToReviewer, blocked.Outcome);
        Assert.Equal("overlapping_imaging", blocked.Reasons[0].Code);
        Assert.Contains("#", blocked.Reasons[0].Message);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), Prior("inconclusive", 30)]).Outcome);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), Prior("normal", 120)]).Outcome);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), Prior("normal", 30, modality: "xray")]).Outcome);
        Assert.Equal(Outcomes.ReferToReviewer, Decide(Request(), [.. MetBackPain(), Prior("abnormal", 20, modality: "ct", region: "thoracic")]).Outcome);
        var followUp = F("prior_imaging", date: R.AddDays(-10), attrs: [("modality", "mri"), ("region", "lumbar"), ("result", "abnormal"), ("needsFollowUp", true)]);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), followUp]).Outcome);
        // the same study named twice (report title without a result, consult saying it was non-diagnostic) has that result
        var title = F("prior_imaging", date: R.AddDays(-30), attrs: [("modality", "mri"), ("region", "lumbar")]);
        var consult = F("prior_imaging", date: R.AddDays(-30), attrs: [("modality", "mri"), ("result", "non_diagnostic")]);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), title, consult]).Outcome);
        var otherDay = F("prior_imaging", date: R.AddDays(-40), attrs: [("modality", "mri"), ("result", "non_diagnostic")]);
        Assert.Equal(Outcomes.ReferToReviewer, Decide(Request(), [.. MetBackPain(), title, otherDay]).Outcome);
        // the MRI report's own verdict ('Non-diagnostic for the clinical question ... metal artifact') is read as an
        // mri_contraindication (non_diagnostic) dated with the study: it is that MRI's result, not another day's or a CT's
        Finding Verdict(int daysAgo) => F("mri_contraindication", date: R.AddDays(-daysAgo), attrs: ("reason", "non_diagnostic"));
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), title, Verdict(30)]).Outcome);
        Assert.Equal(Outcomes.ReferToReviewer, Decide(Request(), [.. MetBackPain(), title, Verdict(5)]).Outcome);
        var ctTitle = F("prior_imaging", date: R.AddDays(-30), attrs: [("modality", "ct"), ("region", "lumbar")]);
        Assert.Equal(Outcomes.ReferToReviewer, Decide(Request(), [.. MetBackPain(), ctTitle, Verdict(30)]).Outcome);
        var deviceOnly = F("mri_contraindication", date: R.AddDays(-30), attrs: ("reason", "pacemaker_icd"));
        Assert.Equal(Outcomes.ReferToReviewer, Decide(Request(), [.. MetBackPain(), title, deviceOnly]).Outcome);
    }

    [Fact, Trait("criterion", "gate.overlap.prior_inconclusive")]
    public void PriorMriWhoseOwnReportNamesAnIndeterminateFinding_IsInconclusive()
    {
        // 'Indeterminate left L5 pars -- possible spondylolysis, not resolved on MRI; CT could clarify' in the MRI's report
        var title = F("prior_imaging", date: R.AddDays(-35), attrs: [("modality", "mri"), ("region", "lumbar")]) with { NoteKind = NoteKind.ImagingReport };
        var inReport = F("indeterminate_imaging_finding", date: R.AddDays(-35)) with { NoteKind = NoteKind.ImagingReport };
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), title, inReport]).Outcome);
        // not another day's report, nor one on another modality, nor a consult's own doubt
        var otherDay = inReport with { Date = R.AddDays(-10) };
        Assert.Equal("overlapping_imaging", Decide(Request(), [.. MetBackPain(), title, otherDay]).Reasons[0].Code);
        var boneScan = F("indeterminate_imaging_finding", date: R.AddDays(-35), attrs: ("modality", "bone_scan")) with { NoteKind = NoteKind.ImagingReport };
        Assert.Equal("overlapping_imaging", Decide(Request(), [.. MetBackPain(), title, boneScan]).Reasons[0].Code);
        var consult = inReport with { NoteKind = NoteKind.Consult };
        Assert.Equal("overlapping_imaging", Decide(Request(), [.. MetBackPain(), title, consult]).Reasons[0].Code);
    }

    [Fact, Trait("criterion", "gate.overlap.prior_inconclusive")]
    public void StudyNamedInThePlan_IsTheOrder_NotAPriorOverlappingStudy()
    {
        var ordered = F("prior_imaging", date: R, attrs: [("modality", "ct"), ("region", "lumbar")]) with { Section = "plan" };
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(), [.. MetBackPain(), ordered]).Outcome);
        var done = ordered with { Section = "imaging" };
        Assert.Equal("overlapping_imaging", Decide(Request(), [.. MetBackPain(), done]).Reasons[0].Code);
    }

    [Fact, Trait("criterion", "gate.overlap.justified")]
    public void ConcurrentLumbarMriRequested_Blocks_UnlessJustified()
    {
        var d = Decide(Request(other: ["72148"]), MetBackPain());
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Equal("overlapping_imaging", d.Reasons[0].Code);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(other: ["72148"]), [.. MetBackPain(), F("overlap_justified")]).Outcome);
        Assert.Equal(Outcomes.CriteriaMet, Decide(Request(other: ["72100"]), MetBackPain()).Outcome); // lumbar x-ray never overlaps
    }

    [Fact, Trait("criterion", "gate.patient_mismatch")]
    public void PatientIdentity_DobOrNameDiffers_RefersWithoutNamingThePatient()
    {
        Finding Id(string? name, DateOnly? dob, string file) => F("patient_identity", attrs: [("name", name), ("dob", dob)]) with { DocumentFile = file };
        var same = Decide(Request(name: "Walter J. Brzezinski", dob: new DateOnly(1961, 3, 22)),
            [.. MetBackPain(), Id("BRZEZINSKI, WALTER J.", new DateOnly(1961, 3, 22), "a.txt"), Id("Brzezinski, Walter", null, "b.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, same.Outcome);
        // a fax that drops the accents names the same patient
        var accents = Decide(Request(name: "Anselm Vikström"), [.. MetBackPain(), Id("VIKSTROM, ANSELM", null, "consult.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, accents.Outcome);

        var otherDob = Decide(Request(dob: new DateOnly(1961, 3, 22)), [.. MetBackPain(), Id(null, new DateOnly(1961, 3, 23), "visit.txt")]);
        Assert.Equal(Outcomes.ReferToReviewer, otherDob.Outcome);
        Assert.Equal("patient_mismatch", otherDob.Reasons[0].Code);
        Assert.Contains("visit.txt", otherDob.Reasons[0].Message);
        Assert.DoesNotContain("1961", otherDob.Reasons[0].Message);

        var otherName = Decide(Request(name: "Walter Brzezinski"), [.. MetBackPain(), Id("Dana Brzezinski", null, "pt.txt")]);
        Assert.Equal("patient_mismatch", otherName.Reasons[0].Code);
        Assert.DoesNotContain("Dana", otherName.Reasons[0].Message);

        // father and son share every word of the name but the suffix; a name written without one may be either
        var father = Decide(Request(name: "Thaddeus K. Amundsen Jr."), [.. MetBackPain(), Id("AMUNDSEN, THADDEUS K SR", null, "emg.txt")]);
        Assert.Equal("patient_mismatch", father.Reasons[0].Code);
        Assert.Contains("emg.txt", father.Reasons[0].Message);
        var noSuffix = Decide(Request(name: "Thaddeus K. Amundsen Jr."), [.. MetBackPain(), Id("Amundsen, Thaddeus", null, "visit.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, noSuffix.Outcome);
        var sameSuffix = Decide(Request(name: "Thaddeus Amundsen II"), [.. MetBackPain(), Id("AMUNDSEN, THADDEUS II", null, "visit.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, sameSuffix.Outcome);

        // a nickname one note writes beside the name ('Billie (Wilhelmina)') makes another note's 'Billie' the request's 'Wilhelmina'
        var nickname = Decide(Request(name: "Wilhelmina Quarshie-Dunne"),
            [.. MetBackPain(), Id("Billie (Wilhelmina) Quarshie-Dunne", null, "visit.txt"), Id("Billie Quarshie-Dunne", null, "seating.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, nickname.Outcome);
        var quoted = Decide(Request(name: "Ezekiel Marlowe-Tully"),
            [.. MetBackPain(), Id("Ezekiel (\"Zeke\") Marlowe-Tully", null, "consult.txt"), Id("Zeke Marlowe-Tully", null, "portal.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, quoted.Outcome);
        // a two-digit birth year read into the wrong century is the same birth date; another day is not
        var century = Decide(Request(dob: new DateOnly(1948, 4, 19)), [.. MetBackPain(), Id(null, new DateOnly(2048, 4, 19), "visit.txt")]);
        Assert.Equal(Outcomes.CriteriaMet, century.Outcome);
        var otherDay = Decide(Request(dob: new DateOnly(1948, 4, 19)), [.. MetBackPain(), Id(null, new DateOnly(2048, 4, 18), "visit.txt")]);
        Assert.Equal("patient_mismatch", otherDay.Reasons[0].Code);
        // without a note that teaches it, another first name is another patient
        var untaught = Decide(Request(name: "Wilhelmina Quarshie-Dunne"), [.. MetBackPain(), Id("Billie Quarshie-Dunne", null, "seating.txt")]);
        Assert.Equal("patient_mismatch", untaught.Reasons[0].Code);
    }

    [Fact, Trait("criterion", "gate.unreadable_pages")]
    public void UnreadablePages_DoNotBlockAMetIndication_ButAreReported()
    {
        var docs = new[] { new DocumentSummary("scan.pdf", 2, [PageStatus.Text, PageStatus.Unreadable], [new NoteSegment(0, 10, R, NoteKind.OfficeVisit)]) };
        var d = Engine.Decide(new CriteriaInput { Request = Request(), Findings = MetBackPain(), Documents = docs });
        Assert.Equal(Outcomes.CriteriaMet, d.Outcome);
        Assert.Equal("unreadable_pages", d.Reasons[^1].Code);
    }

    [Fact, Trait("criterion", "gate.bad_request")]
    public void MalformedRequest_RefersWithBadRequest()
    {
        var d = Engine.Decide(new CriteriaInput { Request = new ImagingRequest(), Findings = MetBackPain(), RequestMalformed = true });
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Equal("bad_request", d.Reasons[0].Code);
    }

    [Fact, Trait("criterion", "conservative.active_6_weeks")]
    public void RequestDate_DefaultsToNewestNoteDate()
    {
        var request = Request() with { RequestDate = null };
        var findings = MetBackPain();
        var recent = new[] { new DocumentSummary("n.txt", 1, [PageStatus.Text], [new NoteSegment(0, 10, R, NoteKind.OfficeVisit)]) };
        Assert.Equal(Outcomes.CriteriaMet, Engine.Decide(new CriteriaInput { Request = request, Findings = findings, Documents = recent }).Outcome);
        // a year later the same care is outside every window
        var late = new[] { new DocumentSummary("n.txt", 1, [PageStatus.Text], [new NoteSegment(0, 10, R.AddYears(1), NoteKind.OfficeVisit)]) };
        var d = Engine.Decide(new CriteriaInput { Request = request, Findings = findings, Documents = late });
        Assert.Equal(Outcomes.ReferToReviewer, d.Outcome);
        Assert.Contains("newest note date", (string)d.Versions["requestDate"]!);
    }

    [Fact, Trait("criterion", "pediatric_back_pain.age")]
    public void Age_FromNotesWhenRequestHasNoDob()
    {
        var request = Request() with { Patient = new Patient(null, null, "M") };
        var stated = F("patient_identity", attrs: ("ageYears", 9.0));
        Assert.Equal(IndicationStatus.Met, Ind(Decide(request, Mri(), F("back_pain"), F("pediatric_red_flag", attrs: ("flag", "limp")), stated), "pediatric_back_pain").Status);
        Assert.NotEqual(IndicationStatus.Met, Ind(Decide(request, Mri(), F("back_pain"), F("pediatric_red_flag", attrs: ("flag", "limp"))), "pediatric_back_pain").Status);
    }

    [Theory, Trait("criterion", "surgical.surgeon")]
    [InlineData("orthopaedic spine surgery", "surgeon")]
    [InlineData("Neurological Surgery", "surgeon")]
    [InlineData("neurosurgery", "surgeon")]
    [InlineData("Orthopedic Surgery", "surgeon")]
    [InlineData("PM&R", "pmr")]
    [InlineData("Physical Medicine and Rehabilitation", "pmr")]
    [InlineData("family medicine", "family_medicine")]
    [InlineData("Internal Medicine", "internal_medicine")]
    [InlineData("Pediatrics", "pediatrics")]
    [InlineData("Neurology", "neurology")]
    [InlineData("podiatry", "other")]
    public void Specialty_IsNormalized(string raw, string expected) => Assert.Equal(expected, Engine.UnderstandSpecialty(raw));

    [Fact, Trait("criterion", "back_pain")]
    public void Trace_ShowsEveryNodeWithValidFindingIndexes_AndEvidenceComesFromSatisfyingFindings()
    {
        var findings = MetBackPain().Append(F("muscle_weakness", Assertion.Absent)).ToArray();
        var d = Decide(Request(), findings);
        foreach (var ind in d.Indications)
        {
            Assert.NotNull(ind.Trace);
            Assert.Equal(ind.Id, ind.Trace!.Id);
            foreach (var n in Flatten(ind.Trace))
            {
                Assert.NotNull(n.Value);
                Assert.False(string.IsNullOrWhiteSpace(n.Clause));
                Assert.All(n.Findings, i => Assert.InRange(i, 0, findings.Length - 1));
            }
        }
        var back = Ind(d, "back_pain");
        var weakness = Node(back, "neuro.weakness.finding");
        Assert.Equal([findings.Length - 1], weakness.Findings);
        Assert.DoesNotContain(back.Evidence, e => e.Text.StartsWith("muscle_weakness", StringComparison.Ordinal));
        Assert.Contains(back.Evidence, e => e.Text.StartsWith("conservative_treatment_failed", StringComparison.Ordinal));
    }

    [Fact, Trait("criterion", "back_pain")]
    public void SameInput_SameDecision()
    {
        var findings = MetBackPain();
        var a = JsonSerializer.Serialize(Decide(Request(), findings));
        var b = JsonSerializer.Serialize(Decide(Request(), findings));
        Assert.Equal(a, b);
    }

    [Fact, Trait("criterion", "neuro_deficit")]
    public void NothingDocumented_EveryIndicationNotMet_AndReasonSaysSo()
    {
        var d = Decide(Request());
        Assert.All(d.Indications, i => Assert.Equal(IndicationStatus.NotMet, i.Status));
        Assert.Equal(14, d.Indications.Count);
        Assert.Equal("no_indication_met", d.Reasons.Single().Code);
    }
}
