using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Readings the MRI-contraindication decisions of the RA-RF packets (train-606..635) turned on, in general form: an MRI
/// site's word that the patient fits its scanner, a screening needed before the MRI (the MRI is not done), a discharge
/// not caused by the payer, and a work-up told complete 'otherwise'. Each with a turned case and a distractor.
/// </summary>
public class MriDecisionRound13CaseTests : DetectorCaseTable
{
    protected override ImagingRequest? Request { get; } = new() { RequestDate = new DateOnly(2026, 11, 20), Patient = new Patient(null, new DateOnly(1970, 3, 4), "M") };

    public static TheoryData<string, string, string> Cases => new()
    {
        // an MRI site's word that the patient fits its scanner answers a habitus claim (mri_contraindication.tech_says_fits)
        { "Lakeport 3T wide-bore: MR tech reviewed pt's weight 214 kg, girth 171 cm - \"within limits, he will fit.\"", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "Called the MRI suite: she fits in the wide-bore 70 cm scanner, slot offered Friday.", "mri_contraindication(reason=body_habitus)", "absent, not present" },
        { "MRI tech: he will not fit in the 60 cm bore.", "mri_contraindication(reason=body_habitus)", "not absent" },
        { "I was not sure he would fit the MRI scanner.", "mri_contraindication(reason=body_habitus)", "not absent" },
        { "Positioning check on the CT table today (82 cm gantry): he fits.", "mri_contraindication", "none" },
        { "AFO fitted today; he fits the brace well, MRI pending.", "mri_contraindication", "none" },
        // a screening needed before the MRI: the MRI is not a study done (lexicon not_a_done_study)
        { "ASSESSMENT:\n3. Welder with grinding history - MRI screening needed before MRI L-spine.", "prior_imaging(modality=mri)", "not present" },
        { "ASSESSMENT:\n3. MRI L-spine 10/02/2026 showed an L4-5 disc protrusion.", "prior_imaging(modality=mri)", "present" },
        // a discharge said not to be the payer's doing is no stop for cost (conservative_treatment_stopped.not_the_payer)
        { "PLAN: Discharged from skilled PT - plateau, not due to any visit limit. Continue HEP.", "conservative_treatment_stopped(reason=cost)", "absent, not present" },
        { "Discharged for non-response - not because of the visit limit.", "conservative_treatment_stopped(reason=cost)", "absent, not present" },
        { "PT discharged 09/18: visit limit reached, insurance will not cover more visits.", "conservative_treatment_stopped(reason=cost)", "present" },
        { "Pain not due to any injury; no PT yet.", "conservative_treatment_stopped", "none" },
        // a work-up told complete 'otherwise' (extractor neuroinfl.workup)
        { "A/P: biopsy-proven systemic sarcoidosis, now lumbosacral polyradiculopathy. Probable neurosarcoidosis. Workup otherwise complete.", "neuroinflammatory_disease(workupComplete=true)", "possible" },
        { "A/P: biopsy-proven systemic sarcoidosis, now lumbosacral polyradiculopathy. Probable neurosarcoidosis. LP and EMG pending.", "neuroinflammatory_disease(workupComplete=true)", "none" },
    };
}
