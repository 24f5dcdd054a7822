using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Text.Tests;

public class NoteSegmenterTests
{
    private const string Banner = "03/20/2024 09:14 FAX 555-0100 FROM: REGIONAL IMAGING   P.002/017";

    // A faxed packet: an office visit, a PT note, and an MRI report, each after a signature and a page break.
    private static readonly string Packet =
        Banner + "\n" +
        "Summit Spine Associates\nFOLLOW-UP VISIT\nPatient: Jane Roe  DOB: 05/02/1979\nVisit date: 02/01/2024\n" +
        "HPI: Left leg pain for 8 weeks.\nPlan: MRI lumbar spine.\nElectronically signed by A. Smith, MD on 02/01/2024\nA. Smith, MD\n\f" +
        Banner + "\n" +
        "Peak Physical Therapy\nPhysical Therapy Daily Note\nPatient: Jane Roe\nDate: 02/15/2024\n" +
        "Subjective: Pain 6/10.\nTherapist signature: K. Lee, PT 02/15/2024\n\f" +
        "Regional Imaging Center\nMRI LUMBAR SPINE WITHOUT CONTRAST\nExam date: 03/01/2024\n" +
        "FINDINGS: L4-5 left paracentral disc protrusion.\nIMPRESSION: L4-5 disc protrusion contacting the left L5 root.\nDictated by R. Patel, MD\n";

    private static SourceDocument Doc()
    {
        var furniture = new List<TextRange>();
        for (var i = Packet.IndexOf(Banner, StringComparison.Ordinal); i >= 0; i = Packet.IndexOf(Banner, i + 1, StringComparison.Ordinal))
            furniture.Add(new TextRange(i, i + Banner.Length));
        return PipelineTests.Doc(Packet, [.. furniture]);
    }

    [Fact]
    public void Splits_a_faxed_packet_into_notes_with_dates_and_kinds()
    {
        var notes = NoteSegmenter.Default.Segment(Doc());
        Xunit.Assert.Equal(3, notes.Count);
        Xunit.Assert.Equal((new DateOnly(2024, 2, 1), NoteKind.OfficeVisit), (notes[0].Date, notes[0].Kind));
        Xunit.Assert.Equal((new DateOnly(2024, 2, 15), NoteKind.PtNote), (notes[1].Date, notes[1].Kind));
        Xunit.Assert.Equal((new DateOnly(2024, 3, 1), NoteKind.ImagingReport), (notes[2].Date, notes[2].Kind));
        // the letterhead starts the note; notes tile the document
        Xunit.Assert.Equal(Packet.IndexOf("Regional Imaging Center", StringComparison.Ordinal), notes[2].Start);
        Xunit.Assert.Equal(notes[0].End, notes[1].Start);
        Xunit.Assert.Equal(Packet.Length, notes[^1].End);
    }

    [Fact]
    public void Furniture_never_gives_a_date_and_stays_out_of_sentences()
    {
        var doc = Doc();
        var ct = TextPipeline.Default.Analyze(doc);
        Xunit.Assert.DoesNotContain(ct.Notes, n => n.Date == new DateOnly(2024, 3, 20));
        foreach (var f in doc.Furniture)
            Xunit.Assert.DoesNotContain(ct.Sentences, s => s.Start < f.End && f.Start < s.End);
        Xunit.Assert.DoesNotContain(ct.Times, t => t.Date == new DateOnly(2024, 3, 20));
    }

    [Fact]
    public void Visits_charted_one_after_another_split_at_their_dated_headings()
    {
        const string text = "Highmoor Rural Health Clinic\nPatient: Jane Roe  DOB 07/07/1962\n\n" +
            "VISIT 09/29/2025\nS: Low back pain x 10 wks.\nA/P: HEP prescribed today. F/u 3 wks.\n" +
            "--------------------------------\nVISIT 10/20/2025\nS: HEP log reviewed. Pain 6/10.\n\n" +
            "[2] OFFICE VISIT 11/24/2025 - A. Smith, MD\nS: 8 wks of HEP per log. Next visit 12/15/2025.\nVisit on 12/01/2025 was cancelled.\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Equal([new DateOnly(2025, 9, 29), new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 24)], notes.Select(n => n.Date));
        Xunit.Assert.Equal(text.IndexOf("[2] OFFICE VISIT", StringComparison.Ordinal), notes[2].Start);
    }

    [Fact]
    public void Visits_of_a_faxed_bundle_split_at_dates_framed_by_rules()
    {
        const string text = "CORLISS OCCUPATIONAL HEALTH - Visits (bundle)\nPatient: Jane Roe   DOB 12/03/1964\n\n" +
            "--- 08/17/2026 ---\nS: LBP since 07/08/2026. Finished PT 07/20-08/14.\nA/P: HEP Rx. F/u 3 wks.\n\n" +
            "--- 09/08/2026 --- P.2/3\nS: HEP log reviewed.\n\n" +
            "--- 09/29/2026 --- P.3/3\nS: HEP log 08/17-09/29.\n---- 09/30/2026 08:10 From patient ----\nThanks.\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Equal([new DateOnly(2026, 8, 17), new DateOnly(2026, 9, 8), new DateOnly(2026, 9, 29)], notes.Select(n => n.Date));
        Xunit.Assert.Equal(text.IndexOf("--- 09/08/2026", StringComparison.Ordinal), notes[1].Start);
    }

    [Fact]
    public void A_heading_framed_whole_by_rules_dates_its_note()
    {
        const string text = "LAKESHORE GENERAL HOSPITAL - PROGRESS NOTES (printed for prior auth)\nPt: ROE, JANE   DOB 09/30/1988\n\n" +
            "=== 08/11/2026 10:15  NEUROLOGY ATTENDING NOTE - C. Weatherby, MD ===\nSeen and examined. Back pain 6/10 today.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 8, 11), NoteSegmenter.Default.Segment(PipelineTests.Doc(text)).Single().Date);
        // a date of birth framed by nothing dates nothing
        Xunit.Assert.Null(NoteSegmenter.Default.Segment(PipelineTests.Doc("PROGRESS NOTES\nPt: ROE, JANE   DOB 09/30/1988\nSeen and examined.\n")).Single().Date);
    }

    [Fact]
    public void A_booking_sheet_is_a_form_dated_when_submitted_not_on_the_day_of_surgery()
    {
        const string sheet = "Lakeside Spine Center\nSURGICAL BOOKING SHEET / PRE-AUTHORIZATION REQUEST\nPatient: Roe, Jane   DOB: 05/02/1970\n" +
            "Date submitted: 08/18/2026\nPROCEDURE(S)\n  L4-5 laminectomy (CPT 63047)\nDATE OF SURGERY: 09/15/2026\n";
        var note = NoteSegmenter.Default.Segment(PipelineTests.Doc(sheet)).Single();
        Xunit.Assert.Equal((new DateOnly(2026, 8, 18), NoteKind.Letter), (note.Date, note.Kind));
        // an operative report's date of surgery still dates it
        const string op = "OPERATIVE REPORT\nPatient: Roe, Jane\nDATE OF SURGERY: 09/15/2026\nPROCEDURE PERFORMED: L4-5 laminectomy.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 9, 15), NoteSegmenter.Default.Segment(PipelineTests.Doc(op)).Single().Date);
    }

    [Fact]
    public void A_return_visit_title_dates_its_note_and_a_return_visit_in_the_plan_does_not()
    {
        const string titled = "Neuroimmunology Center\nRETURN VISIT                     11/03/2026   09:40\nPatient: Jane Roe   DOB 06/08/1977\nS: Legs stiffer.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 3), NoteSegmenter.Default.Segment(PipelineTests.Doc(titled)).Single().Date);
        const string plan = "Spine Clinic\nOFFICE VISIT\nHPI: back pain.\nPlan: HEP. Return visit 12/15/2026.\nElectronically signed by A. Smith, MD 11/20/2026\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 20), NoteSegmenter.Default.Segment(PipelineTests.Doc(plan)).Single().Date);
    }

    [Fact]
    public void A_header_date_in_its_own_cell_dates_the_note_with_a_weekday_or_after_an_urgent_return_visit_title()
    {
        const string weekday = "LAKESIDE PSYCHIATRY - Neuromodulation Program\nMed management + DBS check          Mon 9 Nov 2026\nPatient: Roe, Jane   DOB 01/15/1992\nS: doing well.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 9), NoteSegmenter.Default.Segment(PipelineTests.Doc(weekday)).Single().Date);
        const string urgent = "LAKESIDE NEUROLOGY\nUrgent return visit   16-Nov-2026\nPatient: Roe, Jane   DOB 15-Jan-1992\nHistory: 14 days of LBP.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 16), NoteSegmenter.Default.Segment(PipelineTests.Doc(urgent)).Single().Date);
        // a weekday inside running words is no cell: 'seen Mon 9 Nov 2026 for' names an event, the signature dates the note
        const string prose = "LAKESIDE NEUROLOGY\nOFFICE VISIT\nHPI: she was seen Mon 9 Nov 2026 for the same pain.\nElectronically signed by A. Smith, MD 11/20/2026\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 20), NoteSegmenter.Default.Segment(PipelineTests.Doc(prose)).Single().Date);
    }

    [Fact]
    public void A_log_of_dated_entries_takes_its_first_entry_date()
    {
        const string log = "CHRONIC CARE CLINIC   *** copy-forward log ***\nROE, Jane   DOB 9/2/74\n\n09/01/26 - HEP review #1. Doing the program 2x/day.\n\n2026.09.22 - HEP review #2. Pain 7/10.\n";
        Xunit.Assert.Equal(new DateOnly(2026, 9, 1), NoteSegmenter.Default.Segment(PipelineTests.Doc(log)).Single().Date);
        // a dated line of history without the entry dash is no entry ('03/02/2026 PT started' inside prose): the signature dates the note
        const string prose = "OFFICE VISIT\nHPI: back pain. 03/02/2026 PT started per patient and helped.\nElectronically signed by A. Smith, MD 11/20/2026\n";
        Xunit.Assert.Equal(new DateOnly(2026, 11, 20), NoteSegmenter.Default.Segment(PipelineTests.Doc(prose)).Single().Date);
    }

    [Fact]
    public void A_dated_heading_inside_a_note_is_no_new_note_without_a_break()
    {
        const string text = "OFFICE VISIT 05/01/2026\nHPI: back pain.\nPrior visits:\nOffice visit 03/02/2026 - PT started\nPlan: HEP.\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Single(notes);
        Xunit.Assert.Equal(new DateOnly(2026, 5, 1), notes[0].Date);
    }

    [Fact]
    public void Signature_date_is_the_fallback()
    {
        const string text = "Spine Clinic\nProgress Note\nHPI: Back pain.\nElectronically signed by A. Smith, MD 04/04/2024\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Single(notes);
        Xunit.Assert.Equal(new DateOnly(2024, 4, 4), notes[0].Date);
        Xunit.Assert.Equal(NoteKind.OfficeVisit, notes[0].Kind);
    }

    [Fact]
    public void A_continuation_page_with_the_same_date_stays_in_its_note()
    {
        const string text = "Spine Clinic\nOFFICE VISIT\nDate of service: 04/04/2024\nHPI: Back pain for 8 weeks.\n\f" +
                            "Date of service: 04/04/2024\nEXAM: Strength 5/5.\nElectronically signed 04/04/2024\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Single(notes);
    }

    [Theory]
    [InlineData("EMG/NCS REPORT\nDate of study: 01/05/2024\nFindings: normal.", NoteKind.EmgReport)]
    [InlineData("EMERGENCY DEPARTMENT NOTE\nDate of service: 01/05/2024\nHPI: fall.", NoteKind.EdNote)]
    [InlineData("OPERATIVE REPORT\nDate of surgery: 01/05/2024\nProcedure: L4-5 microdiscectomy.", NoteKind.OperativeNote)]
    [InlineData("Neurosurgical Consultation\nDate: 01/05/2024\nReason for consultation: stenosis.", NoteKind.Consult)]
    [InlineData("Valley Chiropractic Clinic\nDOS: 01/05/2024\nS: low back pain.", NoteKind.ChiropracticNote)]
    [InlineData("DISCHARGE SUMMARY\nAdmission date: 01/05/2024\nHospital course: uneventful.", NoteKind.DischargeSummary)]
    // a discharge summary under an outpatient rehab or aquatic therapy heading is a PT note (the episode's end), not a hospital's
    [InlineData("ST. ANSGAR COMMUNITY HOSPITAL - OUTPATIENT REHAB (AQUATIC)          Ph 555-0145\nDISCHARGE SUMMARY\nStart of care 06/15/2026 -> Discharge 08/07/2026   Visits: 15", NoteKind.PtNote)]
    [InlineData("Aquatic Therapy\nDischarge summary\nDate: 01/05/2024\nGoals met: 2 of 4.", NoteKind.PtNote)]
    // ... while an aquatic therapy plan in a visit names no kind
    [InlineData("OFFICE VISIT\nDate: 01/05/2024\nPlan: referral to aquatic therapy at the outpatient rehab pool.", NoteKind.OfficeVisit)]
    [InlineData("To whom it may concern:\nMs. Roe has been under my care since 01/05/2024.", NoteKind.Letter)]
    // a letter to a plan's utilization management is a letter, even when its Attn line names the radiology desk
    [InlineData("November 12, 2026\n\nUtilization Management Department\nNorthfield Health Plan\nAttn: Radiology Prior Authorization\n\nTo Whom It May Concern:\nI am writing on behalf of my patient.", NoteKind.Letter)]
    [InlineData("PREOPERATIVE DIAGNOSIS: Lumbar stenosis L4-5.\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE: L4-5 laminectomy.\nDate of surgery: 01/05/2024", NoteKind.OperativeNote)]
    [InlineData("Date of study: 01/05/2024\nMotor nerve conduction studies:\nR peroneal (EDB): distal latency 4.1 ms, amplitude 1.2 mV.\nNeedle EMG: fibrillations in R tibialis anterior.", NoteKind.EmgReport)]
    [InlineData("NUCLEAR MEDICINE WHOLE BODY BONE SCAN\nExam date: 01/05/2024\nFindings: focal uptake at L3.", NoteKind.ImagingReport)]
    [InlineData("FDG PET/CT, SKULL BASE TO MID-THIGH\nExam date: 01/05/2024\nImpression: hypermetabolic L4 lesion.", NoteKind.ImagingReport)]
    [InlineData("THREE-PHASE BONE SCINTIGRAPHY\nExam date: 01/05/2024\nImpression: no osteomyelitis.", NoteKind.ImagingReport)]
    // a therapy letterhead with its address or phone on the same line names the kind when no title line does
    [InlineData("CEDAR FORK PHYSICAL THERAPY  |  77 Quarry Rd, Cedar Fork, KY 40511  |  Ph 555-0146  Fax 555-0147\n\nDAILY NOTE + 30-DAY PROGRESS NOTE          DOS: 09/28/2026          Visit #12 (auth 16)\nSOC: 08/10/2026", NoteKind.PtNote)]
    [InlineData("OAKHAVEN CHIROPRACTIC & WELLNESS - 418 Millrace St, Oakhaven, MN 56012 - 555-0162\nPatient: Doe, Jane      DOB: 09/03/1979      Acct: 7719\nDOS 06/01/2026 - NEW PATIENT\nS: LBP x 7 wks.", NoteKind.ChiropracticNote)]
    [InlineData("SUMMIT RIDGE ORTHOPEDICS & PHYSICAL THERAPY  |  415 Millrace Ave, Tollgate, NE 68799  |  Ph 555-0131\nOFFICE VISIT\nDate: 01/05/2024\nS: low back pain.", NoteKind.OfficeVisit)]
    // a letter or form addressed to a plan's radiology prior-authorization desk or benefit manager is no imaging report
    [InlineData("RIVERSIDE SPINE & REHAB\n03/02/2026\n\nAcme Health - Radiology Prior Authorization Dept.\nFax: 555-0100\n\nDear Medical Director,\nI request a CT of the lumbar spine.", NoteKind.Letter)]
    [InlineData("ACME HEALTH / RADIOLOGY BENEFIT MANAGEMENT\nCT SPINE - PRIOR AUTHORIZATION REQUEST FORM\nMember: Roe, Jane   DOB 01/01/2010\n1. Plain films done?  [X] Yes", NoteKind.Letter)]
    // a study named after a request or order label is what the letter asks for, not its kind; a title starting at the word counts
    [InlineData("HARBOR PM&R\nOctober 21, 2026\n\nRE: Jane Roe     DOB 11/05/1980\nRequest: CT lumbar spine without contrast (CPT 72131)\n\nTo the Utilization Review Department:\nI am writing to request authorization.", NoteKind.Letter)]
    // a practice name atop a letter, or in its inside address, is who writes or receives it: the salutation makes it a letter ...
    [InlineData("WILLOWBROOK INTERNAL MEDICINE\n12 Elm St - Tel 555-0100\n\nMarch 3, 2026\n\nUtilization Review Dept.\n\nTo Whom It May Concern:\nI request a CT of the lumbar spine.", NoteKind.Letter)]
    [InlineData("LAKESIDE NEUROSURGERY\nMarch 3, 2026\n\nJ. Ames, MD\nPinecrest Family Medicine\n\nDear Dr. Ames,\nThank you for referring Ms. Roe.", NoteKind.Letter)]
    [InlineData("Pinecrest Family Medicine - 40 Mill Lane, Ridley - Ph 555-0117\n\nMarch 3, 2026\nRequest: CT lumbar spine without contrast\n\nTo the reviewer:\nMs. Roe has back pain.", NoteKind.Letter)]
    // ... while other title words under a practice name are the visit's content, and a visit stays a visit
    [InlineData("WILLOWBROOK INTERNAL MEDICINE\nDate: 11/20/2026\nReason: f/u back pain; PT discharge summary received\nS: pain 6/10.", NoteKind.OfficeVisit)]
    [InlineData("WILLOWBROOK FAMILY MEDICINE - TELEHEALTH VISIT\nDate: 11/19/2026\nEMG/NCS 11/17/2026: R peroneal neuropathy at the fibular head.", NoteKind.OfficeVisit)]
    [InlineData("Ordered: MRI lumbar spine w/o\nDate: 01/05/2024\nS: back pain.", NoteKind.Other)]
    [InlineData("REQUEST FOR AUTHORIZATION\nMember: Roe, Jane   DOB 01/01/2010\nStudy: CT lumbar spine", NoteKind.Letter)]
    // a real radiology report still is one
    [InlineData("VALLEY IMAGING - RADIOLOGY REPORT\nExam date: 01/05/2024\nEXAM: XR LUMBAR SPINE 3 VIEWS\nImpression: normal.", NoteKind.ImagingReport)]
    [InlineData("Patient: Roe, Jane    DOB 01/01/1970    Date: 01/05/2024\nS: back pain.\nA: strain.\nPlan: physical therapy referral sent today, 2x/week for 6 weeks, with HEP handout   reviewed", NoteKind.Other)]
    public void Kinds_come_from_title_lines(string text, NoteKind kind) =>
        Xunit.Assert.Equal(kind, NoteSegmenter.Default.Segment(PipelineTests.Doc(text))[0].Kind);

    [Fact]
    public void A_comparison_line_naming_an_older_study_and_its_date_starts_no_note()
    {
        // "COMPARISON: Lumbar spine radiographs 03/14/2024" names the prior study: the report keeps its own date
        const string text = "XR LUMBAR SPINE COMPLETE WITH FLEXION/EXTENSION\nDATE OF SERVICE: 10/29/2026\n\nCLINICAL HISTORY: Low back pain.\n\n" +
            "COMPARISON: Lumbar spine radiographs 03/14/2024. Outside MRI lumbar spine\n05/21/2026 report available.\n\nFINDINGS: Grade 1 anterolisthesis of L4 on L5.\n";
        var note = Xunit.Assert.Single(NoteSegmenter.Default.Segment(PipelineTests.Doc(text)));
        Xunit.Assert.Equal((new DateOnly(2026, 10, 29), NoteKind.ImagingReport), (note.Date, note.Kind));
    }

    // A note whose date sits in its title line, a letter's date line, or behind a visit label other writers use.
    [Theory]
    [InlineData("SPINE ASSOCIATES\nPost-op visit 10/20/2025\nPatient: Jane Roe   DOB 01/02/1960\n\nS: doing well.", 2025, 10, 20)]
    [InlineData("OPERATIVE REPORT\nPatient: Jane Roe   DOB 01/02/1960\nDate of operation: 03/04/2025\nProcedure: L4-5 fusion.", 2025, 3, 4)]
    [InlineData("Ridge Clinic\nEncounter 04/28/2026 - Office Visit\nPt: Roe, Jane   DOB 09/30/1970\nCC: back pain", 2026, 4, 28)]
    [InlineData("CITY EMERGENCY DEPARTMENT\nED Provider Note                        02/09/2026 14:35\nPatient: Jane Roe  DOB 11/02/1990\nHPI: fall", 2026, 2, 9)]
    [InlineData("NORTHGATE NEUROSURGERY\n17 Carrow Hill Drive\n\nMay 12, 2026\n\nDear Dr. Smith,\nI saw Mrs. Roe today.", 2026, 5, 12)]
    [InlineData("GRANITE SPINE CENTER   Follow-up\nRoe, Jane   DOB 09/15/1984\n07/08/2026   H. Okpara, MD\nS: leg pain.", 2026, 7, 8)]
    [InlineData("Family Practice\nPatient: Jane Roe   DOB 01/27/1982   Visit 10/06/2026\nS: incision check.", 2026, 10, 6)]
    [InlineData("Brightwater Pain Center\nFollow-up          DOS 09/15/2025\nPatient: Jane Roe\nS: pain.", 2025, 9, 15)]
    [InlineData("Jane Roe (DOB 01/02/1960) was seen on 04/05/2025 for back pain.\n\nExam: normal.", 2025, 4, 5)]
    // a date alone in a cell of the patient header line, a report's "Exam:", the end of a labelled episode of care
    [InlineData("Spine Clinic\nPt: Roe, Jane | DOB 01/27/1963 | 09/09/2025\nS: stiffness.", 2025, 9, 9)]
    [InlineData("05/06/2025 | Pt: Jane Roe | DOB 12/12/1981 | 43 F | Clin: R. Dal, NP\nS: foot drop.", 2025, 5, 6)]
    [InlineData("REGIONAL IMAGING\nPatient: Jane Roe    DOB: 06/02/1958    Exam: 09/30/2025\nFINDINGS: normal.", 2025, 9, 30)]
    [InlineData("LAUREL REHAB\nPhysical Therapy Discharge Summary\nPatient: Jane Roe   DOB 07/09/1964\nEpisode: 01/27/2025 - 03/14/2025 (7 weeks), 12 visits\nA: no change.", 2025, 3, 14)]
    [InlineData("Bay Chiropractic\nTreating: O. Vas, DC     Dates of care: 05/05/2025 - 06/30/2025\nVisits: 16", 2025, 6, 30)]
    [InlineData("Harbor Rehab\nPhysical Therapy Discharge Summary\nName: ROE, JANE   DOB 02/18/1974\nDates attended: 08/10/2025 through 10/30/2025 (16 visits)\nA: no change.", 2025, 10, 30)]
    // a discharge summary dated by its discharge ('Start of care 06/15/2026 -> Discharge 08/07/2026')
    [InlineData("COMMUNITY HOSPITAL - OUTPATIENT REHAB\nDISCHARGE SUMMARY\nPatient: Roe, Jane   DOB 05/14/1979\nStart of care 06/15/2026 -> Discharge 08/07/2026     Visits: 15\nA: plateau.", 2026, 8, 7)]
    [InlineData("DISCHARGE SUMMARY\nPatient: Jane Roe   DOB 05/14/1979\nDate of discharge: 03/02/2026\nCourse: uneventful.", 2026, 3, 2)]
    // a dated first cell with its time, then the author
    [InlineData("NEUROSURGERY CONSULT (on call)    Hartwell Memorial    555-0194\nPatient: Jane Roe    DOB 02/19/1972    Room 5S-22\n11/05/2026 13:40    Consultant: Ignatius Falkenrath-Ude, MD\nHPI: retention.", 2026, 11, 5)]
    // an author line (a clinician named with a credential) holding the date in a cell of its own, two spaces enough
    [InlineData("Lakeside Family Practice       Mara Quill, MD (Family Medicine)       3 March 2026\nROE, JANE    DOB 01-02-1970\n\nS: back pain.", 2026, 3, 3)]
    [InlineData("ELM STREET PM&R   Ph 555-0100\nRecheck  Apr 9 2026    Oren Vale, DO\nJane Roe, DOB 2/2/70\n\nS: back pain.", 2026, 4, 9)]
    [InlineData("Heart Pump Clinic\nCOORDINATOR NOTE   07/21/2026   Ada Penn, RN, coordinator\nPt: ROE, JANE  DOB 02/02/1970\n\nS: back pain.", 2026, 7, 21)]
    // a letterhead or heading line ending on a date alone in its cell; a flowsheet row further down is no date of service
    [InlineData("Maple Ridge Spine & Pain - Follow-up      Mar 9 2026\nPt: Jane Roe  (DOB 04-02-1970)\nS: back pain.", 2026, 3, 9)]
    [InlineData("NORTHFIELD BARIATRIC PROGRAM          Ph 555-0100\nWeight clinic recheck     04/21/2026\nPatient: Roe, Jane    DOB 1/2/70\n\nWEIGHTS\n 10/02/2025    180.2 kg\n 04/21/2026    176.0 kg\n", 2026, 4, 21)]
    // a discharge written 'D/C' with a two-digit year; the year before 'Visits' is no visit count
    [InlineData("RIVERSIDE REHAB - AQUATIC PROGRAM\nDISCHARGE SUMMARY\nPt: Jane Roe   DOB 3/4/80\nSOC 01/12/26 - D/C 03/02/26    Visits 12\nA: plateau.", 2026, 3, 2)]
    // a header cell holding a title and its date, wherever on the line; a log entry's bracketed date
    [InlineData("HALVORSEN ACH - PHYSICAL MEDICINE & REHAB    Consult 22-Oct-2026    Noor Haddad, DO\nROE, Jane  DOB 9 May 87   Reason: LBP\n\nHPI: back pain.", 2026, 10, 22)]
    [InlineData("BAS 4-611 FA  -  SICK CALL / FOLLOW-UP (faxed 10/20/26, 2 pages)\nPt: ROE, JANE   DOB 05/09/1987   39F\n\n[29 JUN 2026] S: LBP since 27 JUN loading cases.\n[06 JUL 2026] S: no better.", 2026, 6, 29)]
    public void Dates_of_service_written_without_the_usual_label(string text, int y, int m, int d) =>
        Xunit.Assert.Equal(new DateOnly(y, m, d), NoteSegmenter.Default.Segment(PipelineTests.Doc(text))[0].Date);

    // No visit date: a birth date, the next appointment, or a dated event below the note's top is none.
    [Theory]
    [InlineData("OFFICE VISIT\nPatient: Jane Roe   DOB: 01/02/1960\nS: back pain.")]
    [InlineData("Clinic note\nNext visit: 05/05/2026\n\nS: pain")]
    [InlineData("Progress\nPatient: Jane Roe\nS: pain\nA: lumbar strain\nP: PT\nHEP\nNSAID\nice\nEMG/NCS 07/03/2026 pending review\n")]
    [InlineData("Spine Clinic\nOp: 10/27/2025 L3-L5 laminectomy\nS: headaches.")]
    // a table row of dates is no patient header (no birth date on it); an episode range is a fallback, never a label
    [InlineData("PT flowsheet\nDate    | Visit | NPRS\n09/02   | IE    | 7\n09/05   | 2     | 6\n")]
    [InlineData("Progress\nPatient: Jane Roe\nPrior PT 01/02/2025 - 02/20/2025 helped.\n")]
    // a flowsheet row opening with a day and month (no year) dates no note
    // a birth date alone in the header's last cell, or a date named by a label, ends no letterhead line as its date
    [InlineData("Maple Ridge Spine & Pain\nPatient: Jane Roe      DOB 04/02/1970\nS: back pain.")]
    [InlineData("Maple Ridge Spine & Pain - Follow-up      Next visit 05/05/2026\nS: back pain.")]
    [InlineData("5 SOUTH MEDICAL\nPatient: Jane Roe   MRN 1\nBLADDER SCAN\nDate   Time   Voided (mL)  Bladder scan (mL)\n11/04  0800   350          60 (PVR)    JL\n")]
    // a date in its own cell on a line naming no author is an event's time stamp; an author line's date inside running words is none
    [InlineData("COUNTY TRAUMA CENTER\nTRAUMA SURVEY                    05/02/2026 09:10   Hospital day 2\nPt: ROE, JANE   DOB 02/02/1970\n\nS: back pain.")]
    [InlineData("Spine Clinic\nSeen with Oren Vale, DO after MRI 03/02/2026\nPt: Jane Roe\n\nS: back pain.")]
    // a cell naming a study and its date further along a header is the study's, not a title's; a bracketed date in prose is no entry
    [InlineData("REDWOOD PAIN ASSOCIATES    Outside MRI 10/02/2026    Ph 555-0100\nS: back pain.")]
    [InlineData("OFFICE VISIT\nHPI: back pain since a fall [09/02/2026] at work.\n")]
    public void No_date_of_service_is_invented(string text) =>
        Xunit.Assert.Null(NoteSegmenter.Default.Segment(PipelineTests.Doc(text))[0].Date);

    // "consent signed" closes no note: the op note stays one note with its date
    [Fact]
    public void A_signed_consent_is_no_signature()
    {
        var text = "OPERATIVE REPORT\nDATE OF OPERATION: 07/21/2026\nINDICATIONS: stenosis. Risks discussed; consent signed.\n\n" +
                   "FINDINGS: stenosis.\n\nPROCEDURE NOTE\nProcedure date: 07/21/2026\nProne positioning.\nElectronically signed by A. Smith, MD\n";
        var notes = NoteSegmenter.Default.Segment(PipelineTests.Doc(text));
        Xunit.Assert.Single(notes);
        Xunit.Assert.Equal(new DateOnly(2026, 7, 21), notes[0].Date);
    }
}
