namespace NoteCheck.Benchmarks.Generation;

/// <summary>
/// Writes the notes of a lumbar-spine chart from a <see cref="PatientCase"/>: office visits
/// (HPI prose, ROS, exam with vitals, strength and reflex tables, assessment and plan),
/// physical-therapy notes and imaging reports. Wording varies with the seed so no two notes
/// of a packet are the same text.
/// </summary>
public sealed class ClinicalNoteWriter(PatientCase p, SeededRandom rng)
{
    private static readonly (string Muscle, string Root)[] Muscles =
    [
        ("Hip flexion (iliopsoas)", "L2-3"), ("Knee extension (quadriceps)", "L3-4"),
        ("Ankle dorsiflexion (TA)", "L4"), ("Great toe extension (EHL)", "L5"),
        ("Hip abduction (gluteus medius)", "L5"), ("Ankle plantar flexion", "S1"),
    ];

    private string Dermatome => p.Root switch
    {
        "L4" => "the anterior thigh and medial shin",
        "L5" => "the lateral leg and the dorsum of the foot into the great toe",
        _ => "the posterior calf and the lateral border of the foot",
    };

    private string WeakMuscle => p.Root switch
    {
        "L4" => "Knee extension (quadriceps)",
        "L5" => "Great toe extension (EHL)",
        _ => "Ankle plantar flexion",
    };

    private string Icd => p.Root switch { "L4" or "L5" => "M54.16", _ => "M54.17" };

    private int WeeksSinceOnset(DateOnly day) => Math.Max(1, (day.DayNumber - p.Onset.DayNumber) / 7);

    private static string Weeks(int n) => n == 1 ? "1 week" : $"{n} weeks";

    // ---------- shared pieces ----------

    private IEnumerable<Block> Letterhead(Clinic clinic, string title, DateOnly date, string? extra = null)
    {
        yield return new Paragraph(clinic.Name.ToUpperInvariant(), Face.Bold);
        yield return new Paragraph($"{clinic.Address}     Tel {clinic.Phone}");
        yield return new Gap();
        yield return new Paragraph(title, Face.Bold);
        yield return new Gap(4);
        yield return new Paragraph($"Patient: {p.Last.ToUpperInvariant()}, {p.First} {p.Middle}     DOB: {PatientCase.Us(p.Dob)}     MRN: {p.Mrn}");
        yield return new Paragraph($"Date of service: {PatientCase.Us(date)}     Provider: {clinic.Clinician}, {clinic.Specialty}");
        if (extra is not null) yield return new Paragraph(extra);
        yield return new Gap();
    }

    private static IEnumerable<Block> Section(string header, params string[] paragraphs)
    {
        yield return new Paragraph(header, Face.Bold);
        foreach (var text in paragraphs) yield return new Paragraph(text);
        yield return new Gap();
    }

    private Block Signature(Clinic clinic, DateOnly date) =>
        new Paragraph($"Electronically signed by {clinic.Clinician} on {PatientCase.Us(date)} {rng.Next(7, 19):00}:{rng.Next(0, 60):00}");

    private Table Vitals()
    {
        var heightIn = p.Sex == "F" ? rng.Next(61, 68) : rng.Next(66, 74);
        var weightLb = rng.Next(135, 245);
        var bmi = weightLb * 703.0 / (heightIn * heightIn);
        return new Table(
            ["BP", "HR", "Temp", "RR", "SpO2", "Height", "Weight", "BMI"],
            [[$"{rng.Next(112, 152)}/{rng.Next(68, 94)}", $"{rng.Next(58, 96)}", $"{rng.Next(970, 993) / 10.0:0.0} F", $"{rng.Next(12, 19)}",
              $"{rng.Next(95, 100)}%", $"{heightIn / 12}' {heightIn % 12}\"", $"{weightLb} lb", $"{bmi:0.0}"]],
            [62, 40, 52, 36, 44, 56, 60, 40], Ruled: true);
    }

    private Table StrengthGrades(bool deficitNow)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (muscle, root) in Muscles)
        {
            var weak = deficitNow && (muscle == WeakMuscle || (p.Root == "L5" && muscle.StartsWith("Ankle dorsiflexion", StringComparison.Ordinal)));
            var affected = weak ? rng.Pick(["4/5", "4-/5", "3/5"]) : "5/5";
            var right = p.Side == "right" ? affected : "5/5";
            var left = p.Side == "left" ? affected : "5/5";
            rows.Add([muscle, root, right, left]);
        }
        return new Table(["Muscle group", "Root", "Right", "Left"], rows, [190, 50, 60, 60], Ruled: true);
    }

    private Table Reflexes(bool deficitNow)
    {
        string Grade(string reflexRoot) =>
            deficitNow && p.Root == reflexRoot ? rng.Pick(["1+", "trace", "absent"]) : rng.Pick(["2+", "2+", "1+"]);
        var patellar = Grade("L4");
        var achilles = Grade("S1");
        return new Table(["Reflex", "Right", "Left"],
            [
                ["Patellar (L4)", p.Side == "right" ? patellar : "2+", p.Side == "left" ? patellar : "2+"],
                ["Achilles (S1)", p.Side == "right" ? achilles : "2+", p.Side == "left" ? achilles : "2+"],
                ["Babinski", "downgoing", "downgoing"],
            ],
            [150, 70, 70], Ruled: false);
    }

    private string[] Ros() =>
    [
        "Constitutional: " + rng.Pick(["Negative for fever, chills, night sweats or unintentional weight loss.", "Denies fevers, chills or weight change."]),
        "Eyes: Negative for visual changes.",
        "Cardiovascular: " + rng.Pick(["Negative for chest pain or palpitations.", "No chest pain, no leg swelling."]),
        "Respiratory: Negative for cough or shortness of breath.",
        "Gastrointestinal: " + rng.Pick(["No abdominal pain. No bowel incontinence.", "Negative for nausea, vomiting or change in bowel habits."]),
        "Genitourinary: " + rng.Pick(["No urinary retention or incontinence. No saddle anesthesia.", "Negative for dysuria, retention or incontinence."]),
        "Musculoskeletal: Positive for low back pain as in HPI. " + rng.Pick(["No joint swelling.", "No other joint pain."]),
        "Neurological: " + (p.Deficit ? $"Positive for {p.Side} leg numbness and weakness." : $"Positive for {p.Side} leg tingling; negative for weakness."),
        "Skin: Negative for rash or wounds.",
        "Psychiatric: " + rng.Pick(["Mood is good.", "Negative for depression; sleep disturbed by pain."]),
    ];

    private string Hpi(DateOnly date, bool followUp)
    {
        var weeks = WeeksSinceOnset(date);
        var pain = rng.Next(4, 9);
        var parts = new List<string>
        {
            followUp
                ? $"{p.Title} {p.Last} returns for follow-up of {p.Possessive} {p.Side}-sided low back and leg pain, now present for about {Weeks(weeks)}."
                : $"{p.Title} {p.Last} is a {p.AgeOn(date)}-year-old {(p.Sex == "F" ? "woman" : "man")} who works as a {p.Occupation} and presents with low back pain radiating into the {p.Side} leg that began on {PatientCase.Long(p.Onset)} after {p.Mechanism}.",
            $"The pain travels from the {p.Side} buttock down {Dermatome} and is rated {pain}/10 at worst and {Math.Max(1, pain - rng.Next(2, 4))}/10 at rest.",
            rng.Pick([
                "It is worse with sitting, bending and coughing and eased by lying supine with the knees bent.",
                "Sitting more than twenty minutes and getting out of the car aggravate it; walking short distances helps a little.",
                $"Symptoms are worse in the morning and after {p.Possessive} work shifts."]),
            p.Deficit
                ? $"{(p.Sex == "F" ? "She" : "He")} reports numbness over {Dermatome} and has noticed the {p.Side} foot {rng.Pick(["catching on stairs", "feeling weak when pushing off", "slapping when walking"])}."
                : $"{(p.Sex == "F" ? "She" : "He")} describes intermittent tingling in the {p.Side} foot without weakness.",
        };
        if (weeks >= 3)
            parts.Add(rng.Pick([
                $"Conservative care so far: ibuprofen 600 mg three times daily for {Math.Min(weeks, 6)} weeks, a home stretching program and {rng.Next(6, 13)} visits of physical therapy, with {rng.Pick(["little", "partial", "no lasting"])} relief.",
                $"{(p.Sex == "F" ? "She" : "He")} completed a course of naproxen and a methylprednisolone taper and has attended physical therapy twice weekly since {PatientCase.Us(p.Onset.AddDays(rng.Next(7, 15)))}.",
                $"Gabapentin 300 mg at night was started {rng.Next(2, 5)} weeks ago and helps sleep; therapy is ongoing."]));
        parts.Add(rng.Pick([
            "Denies bowel or bladder dysfunction, saddle numbness, fever, chills or weight loss. No history of cancer.",
            "No urinary retention or incontinence, no perineal numbness, no fevers. No prior malignancy, no IV drug use, no recent infection.",
            "Negative for red flags: no bladder or bowel change, no saddle anesthesia, no unexplained weight loss, no night pain."]));
        return string.Join(' ', parts);
    }

    // ---------- office notes ----------

    public PrintedNote OfficeVisit(DateOnly date, bool followUp, bool spine)
    {
        var clinic = spine ? p.Spine : p.Primary;
        var deficitNow = p.Deficit && WeeksSinceOnset(date) >= 2;
        var title = spine ? (followUp ? "SPINE CLINIC FOLLOW-UP VISIT" : "NEW PATIENT SPINE CONSULTATION") : (followUp ? "FOLLOW-UP VISIT" : "OFFICE VISIT");
        var blocks = new List<Block>(Letterhead(clinic, title, date, spine ? $"Referring provider: {p.Primary.Clinician}" : null));
        blocks.AddRange(Section("CHIEF COMPLAINT:", $"Low back pain with {p.Side} leg pain{(deficitNow ? " and weakness" : "")}."));
        blocks.AddRange(Section("HISTORY OF PRESENT ILLNESS:", Hpi(date, followUp)));
        if (!followUp)
        {
            blocks.AddRange(Section("PAST MEDICAL HISTORY:", string.Join("; ", rng.PickSome(["Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus", "Hypothyroidism", "GERD", "Migraine", "Obstructive sleep apnea", "Osteoarthritis of the knees", "Anxiety"], rng.Next(2, 5))) + "."));
            blocks.AddRange(Section("PAST SURGICAL HISTORY:", rng.Pick(["Appendectomy (2009). Right knee arthroscopy (2016).", "Cholecystectomy. No spine surgery.", "None."])));
            blocks.AddRange(Section("SOCIAL HISTORY:", $"Works as a {p.Occupation}. {rng.Pick(["Never smoker.", "Former smoker, quit 2015.", "Smokes half a pack per day."])} {rng.Pick(["Drinks socially.", "No alcohol.", "Two beers on weekends."])} Lives with {rng.Pick(["spouse", "partner and two children", "an adult daughter"])}."));
            blocks.AddRange(Section("FAMILY HISTORY:", rng.Pick(["Mother with rheumatoid arthritis. Father with coronary artery disease.", "Noncontributory.", "Brother with lumbar disc surgery at 45."])));
        }
        blocks.AddRange(Section("MEDICATIONS:",
            string.Join("\n", rng.PickSome(["Ibuprofen 600 mg PO TID with food", "Lisinopril 10 mg PO daily", "Atorvastatin 20 mg PO nightly", "Gabapentin 300 mg PO QHS", "Cyclobenzaprine 5 mg PO QHS PRN spasm", "Metformin 500 mg PO BID", "Levothyroxine 50 mcg PO daily", "Acetaminophen 1000 mg PO q8h PRN"], rng.Next(3, 6)))));
        blocks.AddRange(Section("ALLERGIES:", rng.Pick(["NKDA.", "Penicillin (hives).", "Sulfa drugs (rash).", "Codeine (nausea)."])));
        blocks.AddRange(Section("REVIEW OF SYSTEMS:", Ros()));
        blocks.Add(new Paragraph("PHYSICAL EXAMINATION:", Face.Bold));
        blocks.Add(new Paragraph("Vitals:"));
        blocks.Add(Vitals());
        blocks.Add(new Gap(4));
        blocks.Add(new Paragraph($"General: {rng.Pick(["Well-appearing, in mild distress when changing position.", "Alert, oriented, no acute distress.", "Uncomfortable sitting, stands frequently."])}"));
        blocks.Add(new Paragraph($"Lumbar spine: {rng.Pick(["Tenderness over the", "Paraspinal spasm and tenderness at the", "Mild tenderness at the"])} {p.Side} {p.Level} level. Flexion limited to {rng.Next(30, 70)} degrees by leg pain; extension {rng.Pick(["full", "limited", "painful at end range"])}. No midline step-off."));
        blocks.Add(new Paragraph("Motor strength:"));
        blocks.Add(StrengthGrades(deficitNow));
        blocks.Add(new Gap(4));
        blocks.Add(new Paragraph("Deep tendon reflexes:"));
        blocks.Add(Reflexes(deficitNow));
        blocks.Add(new Gap(4));
        blocks.Add(new Paragraph(deficitNow
            ? $"Sensation: decreased to light touch and pinprick over the {p.Side} {p.Root} dermatome; otherwise intact."
            : "Sensation: intact to light touch and pinprick in all lower-extremity dermatomes."));
        blocks.Add(new Paragraph($"Straight leg raise: positive on the {p.Side} at {rng.Next(30, 61)} degrees reproducing leg pain; crossed straight leg raise negative. FABER and FADIR negative bilaterally."));
        blocks.Add(new Paragraph($"Gait: {(deficitNow && p.Root == "L5" ? $"{p.Side} steppage gait; unable to heel walk on the {p.Side}." : rng.Pick(["antalgic, able to heel and toe walk.", "normal tandem gait."]))}"));
        blocks.Add(new Gap());
        if (spine)
            blocks.AddRange(Section("IMAGING REVIEWED:", $"Lumbar radiographs and MRI reviewed personally: {p.Side} paracentral disc protrusion at {p.Level} contacting the traversing {p.Side} {p.Root} nerve root; mild facet arthropathy at L4-5 and L5-S1."));
        var assessment = new List<string>
        {
            $"1. Lumbar radiculopathy, {p.Side} {p.Root} ({Icd}){(deficitNow ? $", with {p.Side} {p.Root} motor deficit" : "")}.",
            $"2. Low back pain, duration {Weeks(WeeksSinceOnset(date))} (M54.50).",
        };
        if (rng.Chance(0.5)) assessment.Add("3. " + rng.Pick(["Hypertension, controlled.", "Obesity, BMI over 30.", "Type 2 diabetes, stable."]));
        blocks.AddRange(Section("ASSESSMENT:", assessment.ToArray()));
        var plan = new List<string>
        {
            rng.Pick(["1. Continue physical therapy twice weekly; focus on core stabilization and nerve glides.", "1. Referral to physical therapy, 2 times per week for 6 weeks.", "1. Continue home exercise program and walking program."]),
            rng.Pick(["2. Continue NSAID with food; add gabapentin 300 mg at bedtime.", "2. Medrol Dosepak prescribed.", "2. Acetaminophen and ice; avoid prolonged sitting."]),
            deficitNow
                ? "3. Given the progressive motor deficit, request CT of the lumbar spine without contrast (CPT 72131); MRI is not possible because of an implanted device that is not MR conditional."
                : "3. Advanced imaging is not indicated at this time; reconsider if no improvement after six weeks of conservative care.",
            "4. Return precautions reviewed: new weakness, bladder or bowel change, saddle numbness or fever.",
            $"5. Follow up in {rng.Pick(["2", "3", "4", "6"])} weeks.",
        };
        blocks.AddRange(Section("PLAN:", plan.ToArray()));
        blocks.Add(Signature(clinic, date));
        return new PrintedNote(title, date, blocks);
    }

    // ---------- physical therapy ----------

    public PrintedNote TherapyNote(DateOnly date, int visit, int planned)
    {
        var clinic = p.Therapy;
        var kind = visit == 1 ? "PHYSICAL THERAPY INITIAL EVALUATION" : visit == planned ? "PHYSICAL THERAPY DISCHARGE SUMMARY" : visit % 4 == 0 ? "PHYSICAL THERAPY PROGRESS NOTE" : "PHYSICAL THERAPY DAILY NOTE";
        var blocks = new List<Block>(Letterhead(clinic, kind, date, $"Visit {visit} of {planned}     Referring physician: {p.Primary.Clinician}     Dx: lumbar radiculopathy ({Icd})"));
        var pain = Math.Max(1, 8 - visit / 2 + rng.Next(-1, 2));
        blocks.AddRange(Section("SUBJECTIVE:",
            $"Patient reports {p.Side} leg pain {pain}/10 today, {rng.Pick(["about the same as last visit", "slightly better than last week", "worse after a long day at work", "improved in the mornings"])}. " +
            rng.Pick(["Compliant with the home exercise program.", "Has been doing the exercises once a day.", "Missed two days of exercises because of work."]) + " " +
            rng.Pick(["No new numbness.", $"Still notes tingling in the {p.Side} foot.", "Sleeping better."])));
        blocks.Add(new Paragraph("OBJECTIVE:", Face.Bold));
        blocks.Add(new Table(["Measure", "Today", "Initial eval", "Goal"],
            [
                ["Lumbar flexion (deg)", $"{rng.Next(35, 75)}", $"{rng.Next(25, 40)}", "80"],
                ["Lumbar extension (deg)", $"{rng.Next(10, 25)}", $"{rng.Next(5, 12)}", "25"],
                [$"SLR {p.Side} (deg)", $"{rng.Next(40, 75)}", $"{rng.Next(30, 45)}", "80"],
                ["Pain NPRS (0-10)", $"{pain}", "8", "2"],
                ["Oswestry index (%)", $"{rng.Next(18, 48)}", $"{rng.Next(44, 62)}", "<20"],
            ],
            [150, 60, 70, 50], Ruled: true));
        blocks.Add(new Gap(4));
        blocks.Add(new Paragraph("INTERVENTIONS:", Face.Bold));
        blocks.Add(new Table(["Intervention", "CPT", "Minutes"],
            [
                ["Therapeutic exercise: core stabilization, nerve glides", "97110", $"{rng.Next(15, 31)}"],
                ["Manual therapy: lumbar mobilization grade III", "97140", $"{rng.Next(8, 16)}"],
                ["Neuromuscular re-education", "97112", $"{rng.Next(8, 16)}"],
            ],
            [240, 50, 50], Ruled: false));
        blocks.Add(new Gap(4));
        blocks.AddRange(Section("HOME EXERCISE PROGRAM:", rng.Pick(["Prone press-ups 10 x 3, sciatic nerve glides 10 x 2, bridges 10 x 3; reviewed and updated.", "Walking 20 minutes daily, bird-dog 10 x 2, cat-camel 10 x 2."])));
        blocks.AddRange(Section("ASSESSMENT:",
            $"Patient has attended {visit} of {planned} planned visits over {Weeks(Math.Max(1, visit / 2))}. " +
            rng.Pick(["Progressing toward goals with improved tolerance to sitting.", "Plateau in pain; mobility improving slowly.", "Limited progress; symptoms persist despite consistent attendance."])));
        blocks.AddRange(Section("GOALS:",
            $"STG (3 weeks): independent with HEP - {rng.Pick(["met", "progressing"])}.",
            $"LTG (6 weeks): sit 60 minutes with pain below 3/10 - {rng.Pick(["progressing", "not met"])}."));
        blocks.AddRange(Section("PLAN:", visit == planned
            ? "Discharge to home exercise program. Return to referring physician for further management."
            : $"Continue 2x/week per plan of care; next visit {PatientCase.Us(date.AddDays(rng.Next(2, 5)))}."));
        blocks.Add(Signature(clinic, date));
        return new PrintedNote(kind, date, blocks);
    }

    // ---------- imaging ----------

    public PrintedNote ImagingReport(DateOnly date, bool mri)
    {
        var clinic = p.Imaging;
        var exam = mri ? "MRI LUMBAR SPINE WITHOUT CONTRAST (CPT 72148)" : "XR LUMBAR SPINE, 2-3 VIEWS (CPT 72100)";
        var blocks = new List<Block>(Letterhead(clinic, "RADIOLOGY REPORT", date, $"Ordering: {p.Primary.Clinician}     Accession: A{rng.Next(1000000, 9999999)}"));
        blocks.AddRange(Section("EXAM:", exam));
        blocks.AddRange(Section("CLINICAL HISTORY:", $"Low back pain radiating to the {p.Side} leg for {Weeks(WeeksSinceOnset(date))}."));
        blocks.AddRange(Section("COMPARISON:", mri ? $"Radiographs of the lumbar spine dated {PatientCase.Us(date.AddDays(-rng.Next(14, 40)))}." : "None."));
        blocks.AddRange(Section("TECHNIQUE:", mri
            ? "Sagittal T1, T2 and STIR and axial T1 and T2 images of the lumbar spine were obtained on a 1.5 T magnet without contrast."
            : "AP, lateral and coned-down lateral views of the lumbar spine."));
        var findings = new List<string>
        {
            $"Alignment: {rng.Pick(["Normal lumbar lordosis.", "Mild straightening of the lumbar lordosis.", "Grade I anterolisthesis of L4 on L5 measuring 3 mm."])}",
            $"Vertebral bodies: Heights maintained. {rng.Pick(["No fracture.", "No compression deformity.", "Mild endplate degenerative change."])}",
        };
        if (mri)
        {
            findings.Add("Conus medullaris terminates at L1 and is normal in signal.");
            foreach (var level in new[] { "L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1" })
            {
                var hit = level.Replace("L", "").Replace("S", "") == p.Level.Replace("L", "").Replace("S", "");
                findings.Add($"{level}: " + (hit
                    ? $"{rng.Pick(["Broad-based disc bulge with a superimposed", "Disc desiccation with a"])} {p.Side} paracentral extrusion measuring {rng.Next(4, 10)} mm, contacting the traversing {p.Side} {p.Root} nerve root. {rng.Pick(["Moderate", "Mild to moderate", "Severe"])} {p.Side} lateral recess stenosis."
                    : rng.Pick(["No disc herniation, canal or foraminal stenosis.", "Minimal disc bulge without stenosis.", "Mild facet arthropathy; neural foramina patent."])));
            }
        }
        else
        {
            findings.Add($"Disc spaces: {rng.Pick(["Mild narrowing at", "Moderate narrowing at"])} {p.Level} with small anterior osteophytes.");
            findings.Add("Pedicles intact. Sacroiliac joints unremarkable.");
        }
        blocks.AddRange(Section("FINDINGS:", findings.ToArray()));
        blocks.AddRange(Section("IMPRESSION:", mri
            ? $"1. {p.Side[..1].ToUpperInvariant()}{p.Side[1..]} paracentral disc extrusion at {p.Level} with impingement of the traversing {p.Side} {p.Root} nerve root.\n2. No high-grade central canal stenosis."
            : $"1. Degenerative disc disease at {p.Level}.\n2. No acute osseous abnormality."));
        blocks.Add(Signature(clinic, date));
        return new PrintedNote("RADIOLOGY REPORT", date, blocks);
    }
}
