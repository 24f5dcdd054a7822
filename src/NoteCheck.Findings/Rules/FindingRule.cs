using System.Text.RegularExpressions;
using NoteCheck.Core;

namespace NoteCheck.Findings.Rules;

/// <summary>How a rule decides the assertion of what it matched.</summary>
public enum AssertionMode
{
    /// <summary>Ask the text layer's ContextAnalyzer.</summary>
    Context,
    /// <summary>The match describes a normal state ("5/5", "2+ and symmetric"): the deficit is absent unless the context negates the normal statement.</summary>
    Normal,
    /// <summary>Use <see cref="FindingRule.FixedAssertion"/> whatever the context says.</summary>
    Fixed,
}

/// <summary>One detector rule from rules/findings/detectors/*.json: a pattern, a finding type, and how to read attributes.</summary>
public sealed record FindingRule
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public required string File { get; init; }
    public required Regex Pattern { get; init; }
    public AssertionMode AssertionMode { get; init; } = AssertionMode.Context;
    public Assertion? FixedAssertion { get; init; }
    /// <summary>Attribute name -> literal value or "$group" / "$group|lexicon" reference.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
    public string? Laterality { get; init; }
    public string? Level { get; init; }
    public IReadOnlySet<string>? Sections { get; init; }
    public IReadOnlySet<string>? ExcludeSections { get; init; }
    public IReadOnlySet<NoteKind>? NoteKinds { get; init; }
    public IReadOnlySet<NoteKind>? ExcludeNoteKinds { get; init; }
    /// <summary>Skip the match when this matches the sentence (distractors such as "peroneal nerve").</summary>
    public Regex? Unless { get; init; }
    /// <summary>Keep the match only when this matches the sentence.</summary>
    public Regex? Requires { get; init; }
    /// <summary>Keep the match only when this matches the text before it: in its sentence or in the <see cref="BeforeWindow"/>
    /// sentences before it in the same note and section (a fact told across sentences: "She did PT. This did not help.").</summary>
    public Regex? RequiresBefore { get; init; }
    /// <summary>Keep the match only when this matches its note's text from the note's start up to the match: a report's
    /// technique or technologist line ("Exam completed in full") is about the study its exam line names, often more
    /// sentences back than <see cref="RequiresBefore"/> reads.</summary>
    public Regex? RequiresInNote { get; init; }
    /// <summary>Drop the match when this matches its note's text from the note's start up to the match: the counterpart of
    /// <see cref="RequiresInNote"/>, so that of two readings of one phrase the setting the note set earlier picks one
    /// (a read's "no suspicious osseous lesion" is no metastasis after a cancer word, no spinal tumor without one).</summary>
    public Regex? UnlessInNote { get; init; }
    /// <summary>Keep a match only when it is a cell of a table whose column header matches: the cell at the same index
    /// (cells split at '|' or at runs of 2+ spaces or tabs) on the nearest line above, with no blank line between,
    /// where that cell is not itself a value. A lab table with the tests as columns and dates as rows
    /// ("Date | WBC | ESR | CRP" over "10/21 | 16.2 | 104 | 188") names the test only in its header line.</summary>
    public Regex? ColumnHeader { get; init; }
    /// <summary>How many sentences before the match <see cref="RequiresBefore"/> may look at.</summary>
    public const int BeforeWindow = 2;
    /// <summary>Only in the first sentence after a section header this matches ("Gait: deferred" sits under a "Gait:" header the sentence does not contain).</summary>
    public Regex? AfterHeader { get; init; }
    /// <summary>Only for patients under the pediatric age limit.</summary>
    public bool Pediatric { get; init; }
    /// <summary>Only when the patient's age is unknown or at most this: "age 3" in a 13-year-old's note is the age at an event or a relative's.</summary>
    public int? MaxPatientAge { get; init; }
    public double Confidence { get; init; } = 0.9;
    /// <summary>Named group whose span is the evidence; the whole match when null.</summary>
    public string? EvidenceGroup { get; init; }
    /// <summary>Take the finding date from a date written in the sentence (past events) instead of the note's date.</summary>
    public bool DateFromSentence { get; init; }
    /// <summary>Lower-priority types this rule's match hides when their spans overlap.</summary>
    public IReadOnlySet<string> Suppresses { get; init; } = new HashSet<string>();
    public NumericCondition? Numeric { get; init; }
    /// <summary>Context assertions read as present for this rule: "absent" for phrases whose negation is the fact
    /// ("no meaningful improvement"), "hypothetical" for plans ("will proceed with fusion").</summary>
    public IReadOnlySet<Assertion> AsPresent { get; init; } = new HashSet<Assertion>();
}

/// <summary>A numeric condition on a captured group ("ESR 68" kept only above 20), or on its difference from another
/// group (Minus): a score change is a difference ('NPRS 7 -> 4' kept when 7 - 4 is above 1.5).</summary>
public sealed record NumericCondition(string Group, double? Above, double? Below, string? Minus = null);

/// <summary>
/// Reads one attribute from the words around a mention (rules/findings/detector.json "extractors"):
/// visits, weeks, start and end dates of a treatment episode, and the like.
/// </summary>
public sealed record AttributeExtractor
{
    public required string Id { get; init; }
    public required IReadOnlySet<string> Types { get; init; }
    public required string Attribute { get; init; }
    public required Regex Pattern { get; init; }
    /// <summary>Group to read; the literal <see cref="Value"/> is used when null.</summary>
    public string? Group { get; init; }
    public string? Value { get; init; }
    /// <summary>Lexicon that maps the captured words to their canonical value ("pacemaker" -> pacemaker_icd).</summary>
    public string? Lexicon { get; init; }
    /// <summary>number | date | date_day_first | birth_date (a date never after its note: a two-digit year read into the future is the
    /// century before) | string | bool | days_to_weeks | past_start | past_end (first/last day of a period named without a full date, see <see cref="PastTime"/>)</summary>
    public string As { get; init; } = "string";
    /// <summary>sentence | section (the mention's section, within its note) | near (the mention's clause, within a short reach)
    /// | note (the mention's whole note: a report's verdict on its own study stands anywhere in the report)</summary>
    public string Scope { get; init; } = "sentence";
    /// <summary>Only when the mention's attributes contain these values (e.g. modality=physical_therapy).</summary>
    public IReadOnlyDictionary<string, string> When { get; init; } = new Dictionary<string, string>();
    /// <summary>Only for mentions in notes of these kinds (a PT note's unnamed course is its physical therapy); null = any note.</summary>
    public IReadOnlySet<NoteKind>? NoteKinds { get; init; }
    /// <summary>Only for mentions read by these rules (a report's exam line, not the comparison studies it names); null = any rule.</summary>
    public IReadOnlySet<string>? Rules { get; init; }
    /// <summary>
    /// Only a match naming a past time (its groups read as in <see cref="PastTime"/>: year, mon + y, agoN + agoUnit)
    /// whose latest possible day lies at least this long before the note's date: "same as 2019 exam" dates a finding
    /// as seen long before, "same as 10/28 exam" does not. Null: any match.
    /// </summary>
    public (int Days, int Months)? OlderThan { get; init; }
}

/// <summary>Detector-wide settings (rules/findings/detector.json).</summary>
public sealed record DetectorSettings
{
    public int PediatricMaxAge { get; init; } = 17;
    /// <summary>Attributes that split mention groups beyond (type, assertion, note): one conservative_treatment per modality.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GroupBy { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Bool attributes a group holds true when any of its mentions does (otherwise the first mention's value
    /// stands for the group): a deficit the note calls new is not hidden by an old one read before it in the same note.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GroupAnyTrue { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public IReadOnlyList<AttributeExtractor> Extractors { get; init; } = [];
    /// <summary>Patterns with a group "age" that state the patient's age in years.</summary>
    public IReadOnlyList<Regex> AgePatterns { get; init; } = [];
    /// <summary>Which types explain which deficits (plexopathy, neuropathy, peroneal nerve lesion).</summary>
    public Composition.ExplainsSettings? Explains { get; init; }
    /// <summary>Assertion policies applied after ConText (checkboxes, ignored cues, planned care).</summary>
    public AssertionPolicy Policy { get; init; } = new();
    /// <summary>How to compose cauda_equina_syndrome from its parts when the note does not state it; null: do not.</summary>
    public Composition.CaudaEquinaSettings? CaudaEquina { get; init; }
    /// <summary>How to read a patient's weight against a scanner's stated limit in one sentence; null: do not.</summary>
    public Composition.ScannerLimitSettings? ScannerLimit { get; init; }
    /// <summary>
    /// Words that mark text as carried forward from an earlier visit ("HPI (carried forward from initial consult
    /// 04/09/2019):", "[Copied forward from 03/14/2024 visit:]"): on the first line of a paragraph, with a date there, the
    /// paragraph is dated then, not at the visit that reprints it. Null: not read.
    /// </summary>
    public System.Text.RegularExpressions.Regex? CopiedForward { get; init; }
}

/// <summary>
/// How the detector corrects ConText for form-like and plan-like writing (detector.json "assertionPolicy"):
/// a box ticked or left empty before the words, cues that do not make a mention hypothetical for some types
/// ("prn" on a medication), and care that is only planned ("restart PT", a plan-section order).
/// </summary>
public sealed record AssertionPolicy
{
    public Regex? Unchecked { get; init; }
    public Regex? Checked { get; init; }
    /// <summary>type -> trigger phrases (lower case) whose assertion is ignored for that type.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> IgnoreTriggers { get; init; } = new Dictionary<string, IReadOnlySet<string>>();
    public IReadOnlySet<string> PlannedTypes { get; init; } = new HashSet<string>();
    /// <summary>Cue before the mention in its sentence that makes it planned.</summary>
    public Regex? PlannedCue { get; init; }
    /// <summary>Cue that keeps it present (continuing or past care).</summary>
    public Regex? OngoingCue { get; init; }
    /// <summary>Sections where care is planned unless an ongoing cue says otherwise.</summary>
    public IReadOnlySet<string> PlanSections { get; init; } = new HashSet<string>();
    /// <summary>Note kinds whose plan section is the care being given (a therapist's or chiropractor's own note: "P: SMT L4-5,
    /// 2x/wk x 6 wks" is the course under way): there the section alone plans nothing; a planned cue still does.</summary>
    public IReadOnlySet<NoteKind> PlanSectionsGivenInNoteKinds { get; init; } = new HashSet<NoteKind>();
    /// <summary>Rule ids of care handed over at the visit (prescription, device, handout): planned only by <see cref="GivenPlannedCue"/>.</summary>
    public IReadOnlySet<string> GivenRules { get; init; } = new HashSet<string>();
    public Regex? GivenPlannedCue { get; init; }
    /// <summary>ConText trigger ids whose reading a rule's asPresent does not undo: a rule that reads its own negation
    /// ('failed', 'no improvement despite') still loses to a clinician disowning the whole claim ('... is not what he said').</summary>
    public IReadOnlySet<string> KeptTriggers { get; init; } = new HashSet<string>();
    /// <summary>Words right after the mention, in its clause, that plan it when no cue before it decides ("PT referral
    /// deferred", "AFO discussed", "ESI offered", "PT once authorized"): matched at the mention's end.</summary>
    public Regex? PlannedTrail { get; init; }
    /// <summary>Types whose "history of" still describes the patient now (chronic conditions, past events that count).</summary>
    public IReadOnlySet<string> HistoricalAsPresent { get; init; } = new HashSet<string>();
    /// <summary>Types whose possible reading is a plan: care told as one option of a choice still to be made ("ESI vs
    /// surgical referral depending on CT", "to guide possible medial branch blocks", "brace vs fixation") is not care
    /// the patient may or may not have had but care not yet given, so ConText's possible becomes hypothetical.</summary>
    public IReadOnlySet<string> PossibleAsPlanned { get; init; } = new HashSet<string>();
    /// <summary>A negation opening a comma list ("ROS: neg fever, wt loss, saddle anesthesia") reaches every item
    /// up to the mention unless a break cue ("but", "reports", "+") comes between.</summary>
    public Regex? ListNegation { get; init; }
    public Regex? ListNegationBreak { get; init; }
    /// <summary>Words before a mention that make it hypothetical (return precautions, consent risks) when ConText did not.</summary>
    public Regex? HypotheticalLead { get; init; }
    /// <summary>A form row answered after the mention's label ("night pain ........ no", "Cochlear implant ....   N"):
    /// matched against the rest of the mention's line; the answer makes it absent.</summary>
    public Regex? RowDenied { get; init; }
    /// <summary>A form row answered as not known after the mention's label ("Numbness groin/buttocks ....... unknown - son
    /// doesn't know", "Fever ...... unsure"): matched like <see cref="RowDenied"/>; the answer makes it possible.</summary>
    public Regex? RowUncertain { get; init; }
    /// <summary>A sentence (or list row) whose subject is someone else ("Her older brother was diagnosed with ...",
    /// "- Brother (18): Ewing sarcoma ..."): matched against the sentence's words before the mention; then family,
    /// unless <see cref="FamilySubjectBreak"/> (the patient back as the subject: "she", "the patient") comes between.</summary>
    public Regex? FamilySubject { get; init; }
    public Regex? FamilySubjectBreak { get; init; }
    /// <summary>A paragraph headed by a label naming someone else ("INDEX CASE: spouse, ..." in a contact investigation,
    /// "Source patient: ..."): matched at the first character of the mention's paragraph; everything in it up to the
    /// next blank line is that person's, across sentences.</summary>
    public Regex? OtherPersonParagraph { get; init; }
}
