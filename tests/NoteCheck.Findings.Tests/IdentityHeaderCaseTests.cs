using NoteCheck.Core;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// Patient names in the header lines of every note shape: a name that goes on at once to the birth date, the age and sex,
/// an MRN or a short ID or rank field, after a date, a label or a rank, in all capitals or 'LAST, First', with a nickname.
/// Per class a positive and a distractor (a clinician's or relative's line, a greeting, a title); all names invented.
/// </summary>
public class IdentityHeaderCaseTests : DetectorCaseTable
{
    private static readonly ImagingRequest Adult = new() { RequestDate = new DateOnly(2026, 11, 24), Patient = new Patient(null, new DateOnly(1970, 3, 9), "M") };

    protected override ImagingRequest? Request => Adult;

    public static TheoryData<string, string, string> Cases => new()
    {
        // all capitals, 'LAST, FIRST M', straight into the birth date or the age and sex
        { "FAMILY MEDICINE     09-Nov-2026\nQUARRELL, ANSGAR T   DOB 14-Mar-2001   25M   Clinic: Blue", "patient_identity(name=Ansgar T. Quarrell)", "present" },
        { "Encounter 10 NOV 2026\nMOSSBANK, IDONEA M   34 y/o F   DOB 7/22/92", "patient_identity(name=Idonea M. Mossbank)", "present" },
        { "HOSPITAL MEDICINE PROGRESS NOTE    11/05/2026\nTREVELLICK, AMOS J  MRN 00418825", "patient_identity(name=Amos J. Trevellick)", "present" },
        // after a date, a label or a rank, with an ID field between
        { "08OCT26 0112  SGT PENWARDEN, OSWIN B  F  DOB 30NOV1999  B Co", "patient_identity(~PENWARDEN, OSWIN B)", "present" },
        { "Student: HOLLOWAY-BRANDT, ESME     ID# 0047719     DOB 01/30/2009   Age 17", "patient_identity(name=Esme Holloway-Brandt)", "present" },
        { "F/U DNIF - ROSSITER, GAVIN J   CW3   DOB 03 Feb 88", "patient_identity(name=Gavin J. Rossiter)", "present" },
        { "2/20/26      Tamsin Wrenfield-Okoro   17F   DOB 07-19-2008", "patient_identity(name=Tamsin Wrenfield-Okoro)", "present" },
        // a nickname written with the name is kept with it
        { "11/19/2026\nBillie (Wilhelmina) Quarshie-Dunne   DOB 1969-12-03   56F", "patient_identity(~(Wilhelmina))", "present" },
        { "Imogen Castellane-Voss, 71F, DOB 2/11/1955", "patient_identity(name=Imogen Castellane-Voss)", "present" },
        // a birth date with a two-digit year is never after the note that states it
        { "Visit date: 08/24/2026\nHortensia M. Vell     78 yo F     DOB 4/19/48", "patient_identity(dob=04/19/1948)", "present" },
        { "Visit date: 08/24/2026\nHortensia M. Vell     17 yo F     DOB 4/19/09", "patient_identity(dob=04/19/2009)", "present" },
        // not a clinician's or a relative's line, a greeting, a note title or a phone number
        { "Provider: Tomasz Wieczorek-Lund, DO   DOB on file", "patient_identity", "none" },
        { "Mother: Hollis Aberdene   DOB 04/02/1980", "patient_identity", "none" },
        { "Hi, Sofia (12) has had low back pain since the tournament.", "patient_identity", "none" },
        { "  - Sister Liv (16): Chiari I malformation, no surgery.", "patient_identity", "none" },
        { "PINECREST GENERAL HOSP  UROLOGY SVC  (555)0193        PAGE 1 OF 3", "patient_identity", "none" },
        { "OFFICE VISIT  11/20/2025   MRN 0067120", "patient_identity", "none" },
    };
}
