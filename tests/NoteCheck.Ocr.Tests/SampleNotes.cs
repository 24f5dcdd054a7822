namespace NoteCheck.Ocr.Tests;

/// <summary>
/// Made-up office-note lines (no real patient) for generated scans. Pages are drawn from them with
/// a fixed seed, so every run sees the same pages.
/// </summary>
public static class SampleNotes
{
    public const string KnownPhrase = "Straight leg raise positive on the left at 40 degrees.";

    public static readonly string[] Lines =
    [
        "Chief complaint: low back pain for nine weeks, worse with sitting.",
        "History: 58 year old carpenter, pain began after lifting lumber.",
        "Pain radiates into the left buttock and posterior thigh.",
        "Denies bowel or bladder changes, fever, or weight loss.",
        "Completed six weeks of physical therapy with little relief.",
        "Home exercise program done daily per patient report.",
        "Naproxen 500 mg twice daily for four weeks, then stopped.",
        "Cyclobenzaprine at night helped sleep but not the pain.",
        "Exam: antalgic gait, tender over the lower lumbar facets.",
        "Reflexes 2+ and symmetric at the knees and ankles.",
        "Strength 5/5 in hip flexion, knee extension, ankle dorsiflexion.",
        "Sensation intact to light touch in all lumbar dermatomes.",
        "Oswestry disability index 46 percent, pain score 7 of 10.",
        "MRI is contraindicated: cardiac pacemaker placed in 2019.",
        "Plan: CT of the lumbar spine without contrast, CPT 72131.",
        "Follow up in two weeks to review the imaging results.",
        "Assessment: lumbar radiculopathy versus facet arthropathy.",
        "Prior x-rays show mild degenerative disc disease at L4-L5.",
        "Patient works full time and wants to avoid surgery.",
        "Smoking history: quit twelve years ago, no alcohol use.",
        "Vital signs: blood pressure 132/84, pulse 76, weight 201 lb.",
        "Return precautions reviewed for new weakness or numbness.",
        "Referred to pain management for possible facet injections.",
        "Chiropractic care tried last spring for eight visits.",
    ];

    /// <summary>The lines of one generated page: the known phrase plus others, shuffled with a seed.</summary>
    public static IReadOnlyList<string> Page(int seed, int lineCount)
    {
        var random = new Random(seed);
        var picked = Lines.OrderBy(_ => random.Next()).Take(lineCount - 1).ToList();
        picked.Insert(random.Next(picked.Count + 1), KnownPhrase);
        return picked;
    }
}
