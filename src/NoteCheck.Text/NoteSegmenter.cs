using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// Splits a document into notes (visits, PT notes, imaging reports faxed together) and gives each
/// its date of service and kind. A new note starts at a title or date-of-service line that follows a
/// signature or a page break; its letterhead lines (after the signature or break) come with it.
/// Furniture lines (fax banners, page headers) never give a date or a title.
/// A note's date, in this order: a labelled date of service ("DOS:", "Date of operation:"), a weakly labelled
/// one ("Visit 10/06/2026", "Seen on", not "Next visit"), a visit heading's, a date on the title line ("Office visit 06/30/2025",
/// "ED Provider Note  02/09/2026 14:35"), a date line at the top (a letter's "May 12, 2026") or a date standing alone in a
/// cell of the patient header ("Pt: A. B. | DOB 01/27/1963 | 09/09/2025"), the end of a labelled range of care
/// ("Episode: 01/27/2025 - 03/14/2025": a discharge summary is written when its episode ends), the signature's date.
/// A date right after a birth or other non-visit label (dateLabelBlockers / notDateLabels) is none of these.
/// </summary>
public sealed partial class NoteSegmenter
{
    private readonly PhraseMatcher<NoteKind> _titles = new();
    /// <summary>Titles that name a practice ("Brookhollow Internal Medicine"), not a note: a letterhead or an addressee line.</summary>
    private readonly PhraseMatcher<bool> _practiceTitles = new();
    private readonly PhraseMatcher<bool> _strongLabels = new();
    private readonly PhraseMatcher<bool> _weakLabels = new();
    private readonly PhraseMatcher<bool> _signatures = new();
    private readonly PhraseMatcher<bool> _notDateLabels = new();
    private readonly PhraseMatcher<bool> _rangeLabels = new();
    private readonly PhraseMatcher<bool> _birthLabels = new();
    private readonly HashSet<string> _signatureBlockers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleBlockers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _labelBlockers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _headingVisitWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _headingBlockWords = new(StringComparer.Ordinal);
    private readonly int _maxTitleWords;
    private readonly int _headerLines;
    private readonly int _pageTopLines;
    private readonly TimeTagger _time;

    private static readonly Dictionary<string, NoteKind> KindNames = new(StringComparer.Ordinal)
    {
        ["office_visit"] = NoteKind.OfficeVisit, ["consult"] = NoteKind.Consult, ["pt_note"] = NoteKind.PtNote,
        ["chiropractic_note"] = NoteKind.ChiropracticNote, ["ed_note"] = NoteKind.EdNote, ["imaging_report"] = NoteKind.ImagingReport,
        ["emg_report"] = NoteKind.EmgReport, ["operative_note"] = NoteKind.OperativeNote, ["discharge_summary"] = NoteKind.DischargeSummary,
        ["letter"] = NoteKind.Letter, ["other"] = NoteKind.Other,
    };

    private static readonly Lazy<NoteSegmenter> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "notes.json"), TimeTagger.Default));
    public static NoteSegmenter Default => LazyDefault.Value;

    private NoteSegmenter(int maxTitleWords, int headerLines, int pageTopLines, TimeTagger time)
    {
        _pageTopLines = pageTopLines;
        _maxTitleWords = maxTitleWords;
        _headerLines = headerLines;
        _time = time;
    }

    public static NoteSegmenter Load(string file, TimeTagger time)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "maxTitleWords", "headerLines", "pageTopLines", "kinds", "strongDateLabels", "weakDateLabels", "signatureCues",
                "dateLabelBlockers", "notDateLabels", "headingVisitWords", "headingBlockWords", "rangeDateLabels", "signatureBlockers", "birthDateLabels", "titleBlockers", "practiceTitles"],
            ["kinds", "strongDateLabels", "weakDateLabels", "signatureCues"]);
        var seg = new NoteSegmenter(r.OptInt(r.Root, "maxTitleWords", "root") ?? 9, r.OptInt(r.Root, "headerLines", "root") ?? 25,
            r.OptInt(r.Root, "pageTopLines", "root") ?? 8, time);
        foreach (var (item, where) in r.Array(r.Root, "kinds", "root"))
        {
            r.CheckKeys(item, where, ["kind", "titles"], ["kind", "titles"]);
            var kind = r.Enum(item, "kind", where, KindNames);
            foreach (var t in r.Strings(item, "titles", where)) seg._titles.Add(t, kind);
        }
        foreach (var l in r.Strings(r.Root, "strongDateLabels", "root")) seg._strongLabels.Add(l, true);
        foreach (var l in r.Strings(r.Root, "weakDateLabels", "root")) seg._weakLabels.Add(l, true);
        foreach (var l in r.Strings(r.Root, "signatureCues", "root")) seg._signatures.Add(l, true);
        foreach (var l in r.Strings(r.Root, "dateLabelBlockers", "root", required: false)) seg._labelBlockers.Add(l.ToLowerInvariant());
        foreach (var l in r.Strings(r.Root, "notDateLabels", "root", required: false)) seg._notDateLabels.Add(l, true);
        foreach (var l in r.Strings(r.Root, "headingVisitWords", "root", required: false)) seg._headingVisitWords.Add(l.ToLowerInvariant());
        foreach (var l in r.Strings(r.Root, "headingBlockWords", "root", required: false)) seg._headingBlockWords.Add(l.ToLowerInvariant());
        foreach (var l in r.Strings(r.Root, "rangeDateLabels", "root", required: false)) seg._rangeLabels.Add(l, true);
        foreach (var l in r.Strings(r.Root, "signatureBlockers", "root", required: false)) seg._signatureBlockers.Add(l.ToLowerInvariant());
        foreach (var l in r.Strings(r.Root, "birthDateLabels", "root", required: false)) seg._birthLabels.Add(l, true);
        foreach (var l in r.Strings(r.Root, "titleBlockers", "root", required: false)) seg._titleBlockers.Add(l.ToLowerInvariant());
        foreach (var l in r.Strings(r.Root, "practiceTitles", "root", required: false))
        {
            var words = Tokenizer.Default.Tokenize(l).Select(t => l[t.Start..t.End].ToLowerInvariant()).ToList();
            if (!seg._titles.TryMatch(words, 0, out var len, out _) || len != words.Count)
                throw new RuleFileException(file, $"root.practiceTitles: '{l}' is not one of the kinds' titles");
            seg._practiceTitles.Add(l, true);
        }
        return seg;
    }

    private sealed class LineInfo
    {
        public required Line Line;
        public NoteKind? Title;
        /// <summary>The title phrase names a practice (practiceTitles), not the note.</summary>
        public bool PracticeTitle;
        /// <summary>A title in the first cell of a long letterhead line ("CEDAR FORK PHYSICAL THERAPY  |  77 Quarry Rd ...").</summary>
        public NoteKind? LetterheadTitle;
        public DateOnly? StrongDate;
        public DateOnly? WeakDate;
        public DateOnly? AnyDate;
        /// <summary>The date of a visit heading ("VISIT 11/24/2025", "[2] OFFICE VISIT 10/05/2026 - Dr. A"): a date of service.</summary>
        public DateOnly? HeadingDate;
        /// <summary>A date on a title line ("Office visit 06/30/2025").</summary>
        public DateOnly? TitleDate;
        /// <summary>A line that opens with a date and says little else ("May 12, 2026", "07/08/2026  H. Okpara, MD").</summary>
        public DateOnly? LeadDate;
        /// <summary>The end of a labelled range of care ("Dates of care: 05/05/2025 - 06/30/2025").</summary>
        public DateOnly? RangeEnd;
        /// <summary>An unlabelled date with its year alone in a cell: on an author line that names the clinician by credential
        /// ("Northgate FH     A. Strand, MD     19 November 2026", "Follow-up  Nov 18 2026    R. Okafor, DO"), or in the last cell
        /// of a letterhead or heading line after other words ("Cedar Hollow Spine - Follow-up      Oct 22 2026").</summary>
        public DateOnly? CellDate;
        public bool Signature;
    }

    public IReadOnlyList<NoteSegment> Segment(SourceDocument document)
    {
        var text = document.Text;
        if (text.Length == 0) return [];
        var lines = Line.Of(text, 0, text.Length, document.Furniture);
        // dates once over the whole text (not one regex pass per line), outside furniture
        var dates = _time.Dates(text, 0, text.Length);
        dates.RemoveAll(d => document.Furniture.Any(f => f.Start < d.End && d.Start < f.End));
        var info = new List<LineInfo>(lines.Count);
        var di = 0;
        foreach (var line in lines)
        {
            while (di < dates.Count && dates[di].Start < line.Start) di++;
            var lineDates = new List<TimeExpression>();
            for (var k = di; k < dates.Count && dates[k].End <= line.End; k++) lineDates.Add(dates[k]);
            info.Add(Describe(text, line, lineDates));
        }

        // Walk the lines: a note "closes" at a signature or page break; the next anchor line after that opens a new one.
        var starts = new List<int> { 0 };
        var anchored = false;          // the current note has a title or date line
        var closedAt = -1;             // offset where the closing part ends (line after signature, or page start)
        var signed = false;
        var pageBroken = false;
        DateOnly? currentDate = null;
        var linesIntoPage = 0;
        var apart = true;              // the previous line was blank, furniture, a rule line or a page break
        for (var i = 0; i < info.Count; i++)
        {
            var li = info[i];
            var standsApart = apart || li.Line.PageBreakBefore;
            apart = li.Line.Furniture || li.Line.IsBlank(text) || IsRule(text, li.Line);
            if (li.Line.PageBreakBefore) { linesIntoPage = 0; if (anchored) { pageBroken = true; closedAt = li.Line.Start; } }
            if (li.Line.Furniture || li.Line.IsBlank(text)) continue;
            linesIntoPage++;
            var isAnchor = li.Title is not null || li.StrongDate is not null || li.HeadingDate is not null;
            // after a page break without a signature, only a title or a new date of service near the top of the page
            // starts a note (a continuation page repeats the date; a title may sit at the foot of the page before its date)
            var nearTop = linesIntoPage <= _pageTopLines;
            var pageStart = pageBroken && nearTop && (li.Title is not null || (li.StrongDate is { } d && currentDate is not null && d != currentDate));
            // visits charted one after another without a signature between them (a faxed bundle of short visits):
            // a visit heading set apart from the text above, with another date than the current note's, starts a new note
            var nextVisit = standsApart && li.HeadingDate is { } hd && currentDate is not null && hd != currentDate;
            if (isAnchor && anchored && (signed || pageStart || nextVisit))
            {
                var start = closedAt >= 0 && closedAt <= li.Line.Start ? closedAt : li.Line.Start;
                // letterhead lines above the anchor but after the close belong to the new note
                starts.Add(start);
                anchored = false;
                signed = false;
                pageBroken = false;
                closedAt = -1;
                currentDate = null;
            }
            if (isAnchor)
            {
                anchored = true;
                currentDate ??= li.StrongDate ?? li.HeadingDate;
            }
            if (li.Signature && anchored)
            {
                signed = true;
                // the signature block is the signature line and the next two short lines (name, credentials)
                var end = li.Line.End;
                for (var k = i + 1; k < info.Count && k <= i + 2; k++)
                {
                    var l = info[k];
                    if (l.Line.PageBreakBefore || l.Title is not null || l.StrongDate is not null || l.Line.IsBlank(text)) break;
                    if (l.Line.End - l.Line.Start > 60) break;
                    end = l.Line.End;
                }
                closedAt = Math.Min(text.Length, end + 1);
            }
        }

        var notes = new List<NoteSegment>(starts.Count);
        for (var n = 0; n < starts.Count; n++)
        {
            var s = starts[n];
            var e = n + 1 < starts.Count ? starts[n + 1] : text.Length;
            notes.Add(Describe(info, s, e));
        }
        return notes;
    }

    private NoteSegment Describe(List<LineInfo> info, int start, int end)
    {
        NoteKind? kind = null, letterhead = null;
        var practice = false;   // the kind so far comes from a practice name
        DateOnly? strong = null, weak = null, heading = null, signature = null, any = null, title = null, lead = null, range = null, cell = null;
        var seen = 0;
        for (var i = 0; i < info.Count; i++)
        {
            var li = info[i];
            if (li.Line.Start < start || li.Line.Furniture) continue;
            if (li.Line.Start >= end) break;
            var near = seen++ < _headerLines;
            if (near)
            {
                // a practice name ("BROOKHOLLOW INTERNAL MEDICINE" atop a letter, "Bayside Family Medicine" in its
                // inside address) says who wrote or receives it, not what it is: a letter's salutation or addressee
                // line further down the header ("Dear Dr. Ames", "To Whom It May Concern") makes it a letter. Only a
                // letter's: other title words under a practice name are a visit's content ("Reason: PT discharge summary received").
                if (li.Title is { } t && (kind is null || practice && t == NoteKind.Letter))
                {
                    kind = t;
                    practice = li.PracticeTitle;
                }
                // a letterhead's title cell names the kind only on the note's first lines and only when no title line does;
                // it never starts a note
                if (seen <= LetterheadLines) letterhead ??= li.LetterheadTitle;
                // a header line's dated cell (letterhead, heading or author line) names the visit only on the note's first
                // lines: a flowsheet row further down opens with its own date and is no date of service
                if (seen <= LetterheadLines) cell ??= li.CellDate;
                strong ??= li.StrongDate;
                weak ??= li.WeakDate;
                any ??= li.AnyDate;
                range ??= li.RangeEnd;
                // a heading, title or date line counts only at the note's top: further down it names an embedded
                // report ("EMG/NCS 07/03/2026 (Neurodiagnostics): ..." inside the visit that reviews it)
                if (seen <= _pageTopLines)
                {
                    heading ??= li.HeadingDate;
                    title ??= li.TitleDate;
                    lead ??= li.LeadDate;
                }
            }
            if (li.Signature && signature is null)
            {
                signature = li.AnyDate;
                for (var k = i + 1; signature is null && k < info.Count && k <= i + 3 && info[k].Line.Start < end; k++)
                    if (!info[k].Line.Furniture) signature = info[k].AnyDate;
            }
        }
        return new NoteSegment(start, end, strong ?? weak ?? heading ?? title ?? cell ?? lead ?? range ?? signature, kind ?? letterhead ?? NoteKind.Other);
    }

    private LineInfo Describe(string text, Line line, List<TimeExpression> dates)
    {
        var li = new LineInfo { Line = line };
        if (line.Furniture || line.End - line.Start > 400) return li;
        var tokens = Tokenizer.Default.Tokenize(text, line.Start, line.End);
        if (tokens.Count == 0) return li;
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens) words.Add(text.Substring(t.Start, t.Length).ToLowerInvariant());
        var wordCount = WordCount(tokens);

        // a title: a short line holding a title phrase
        if (wordCount <= _maxTitleWords)
            (li.Title, li.PracticeTitle) = LongestTitle(words);
        else
        {
            // a long letterhead line: its first cell (up to wide spacing, '|', '*' or a dash before the street number) may hold the title
            var cell = LetterheadCell().Match(text, line.Start, line.End - line.Start);
            if (cell.Success)
            {
                var count = tokens.TakeWhile(t => t.Start < cell.Index).Count();
                if (WordCount(tokens.Take(count)) <= _maxTitleWords)
                    li.LetterheadTitle = LongestTitle(words.Take(count).ToList()).Kind;
            }
        }
        if (dates.Count > 0)
        {
            li.AnyDate = dates[0].Date;
            // a label right before a date: "Date of service: 03/12/2024", "DOS 3/12/24"; not "Next visit: 01/05/2027"
            var service = new List<TimeExpression>();
            var birthDate = false;
            foreach (var d in dates)
            {
                var labelEnd = d.Start;
                var labelled = false;
                for (var i = 0; i < tokens.Count && tokens[i].Start < labelEnd; i++)
                {
                    if (_notDateLabels.TryMatch(words, i, out var nl, out _) && LabelReaches(tokens, i + nl, labelEnd))
                    {
                        labelled = true;
                        birthDate |= _birthLabels.TryMatch(words, i, out _, out _);
                        break;
                    }
                    var blocked = i > 0 && _labelBlockers.Contains(words[i - 1]);
                    if (d.EndDate is { } rangeEnd && _rangeLabels.TryMatch(words, i, out var rl, out _) && LabelReaches(tokens, i + rl, labelEnd))
                    {
                        labelled = true;
                        if (!blocked) li.RangeEnd ??= rangeEnd;
                        continue;
                    }
                    if (_strongLabels.TryMatch(words, i, out var len, out _) && LabelReaches(tokens, i + len, labelEnd))
                    {
                        labelled = true;
                        if (!blocked) li.StrongDate ??= d.Date;
                    }
                    else if (_weakLabels.TryMatch(words, i, out len, out _) && LabelReaches(tokens, i + len, labelEnd))
                    {
                        labelled = true;
                        if (!blocked) li.WeakDate ??= d.Date;
                        // the blocker opens the line as its title ("RETURN VISIT   11/03/2026", "Urgent return visit   16-Nov-2026"): the
                        // visit's date, not a next appointment ("Plan: HEP. Return visit 12/15/2026"): the title phrase read from the
                        // line's first word covers the blocker and the label (tl >= i + len)
                        else if (i >= 1 && li.Title is not null && _titles.TryMatch(words, 0, out var tl, out _) && tl >= i + len) li.TitleDate ??= d.Date;
                    }
                }
                if (!labelled) service.Add(d);
            }
            if (li.Title is not null && service.Count > 0) li.TitleDate = service[0].Date;
            // the line opens with its first date, unlabelled
            // (a log entry's bracketed date, "[29 JUN 2026] S: LBP since...", opens its line too)
            var bracketed = service.Count > 0 && service[0] == dates[0] && BracketedLead().IsMatch(text.AsSpan(line.Start, dates[0].Start - line.Start))
                            && dates[0].End < line.End && text[dates[0].End] == ']';
            var opensWithDate = service.Count > 0 && service[0] == dates[0] && (tokens[0].Start >= dates[0].Start || bracketed);
            // ... and holds at most a time and a short name after it
            if (opensWithDate && wordCount - DateWords(tokens, dates[0]) <= 5)
                li.LeadDate = dates[0].Date;
            // a dated first cell, a time beside it, then the author ("11/05/2026 13:40    Consultant: I. F., MD"); the year
            // keeps a flowsheet row ("11/04  0800   350 mL") out
            // ... or a log entry's dated lead, a spaced dash after the date ("09/01/26 - HEP review #1. Doing Level 1 program
            // ..."): near the note's top it dates an otherwise undated log (Describe reads it only there)
            else if (opensWithDate && YearWritten().IsMatch(dates[0].Text)
                && (AloneInCell(text, line, dates[0]) || bracketed || EntryDash().IsMatch(text.AsSpan(dates[0].End, line.End - dates[0].End))))
                li.LeadDate = dates[0].Date;
            // the patient header line ("Pt: A. B. | DOB 01/27/1963 | 09/09/2025"): a birth date labelled on it, and an
            // unlabelled date alone in its cell; a table row of dates without a birth date is no header
            else if (birthDate && service.Count > 0)
                foreach (var d in service)
                    if (AloneInCell(text, line, d)) { li.LeadDate = d.Date; break; }
            // an author line (a clinician named with a credential) with its date in a cell of its own, two spaces
            // sufficing: the date the author saw the patient. The year keeps a flowsheet row out; Describe reads it only
            // on a note's first lines. A bare timestamp line ("ED Record   10/04/2026 07:55") names an event, not an author.
            if (AuthorCredential().IsMatch(text.AsSpan(line.Start, line.End - line.Start)))
                foreach (var d in service)
                    if (YearWritten().IsMatch(d.Text) && AloneInCell(text, line, d, minGap: 2)) { li.CellDate = d.Date; break; }
            // a header cell holding a note title and its date ("... REHAB    Consult 22-Oct-2026    N. Haddad, DO"): the
            // title's date, wherever the cell stands on the line
            if (li.CellDate is null && !birthDate)
                foreach (var d in service)
                    if (YearWritten().IsMatch(d.Text) && TitledCell(text, line, tokens, words, d)) { li.CellDate = d.Date; break; }
            // the line's last cell is an unlabelled full date after other words, and no birth date stands on the line
            if (li.CellDate is null && !birthDate && service.Count > 0 && service[^1] == dates[^1] && service[^1].Start > tokens[0].Start
                && YearWritten().IsMatch(service[^1].Text) && AloneInCell(text, line, service[^1])
                && text.AsSpan(service[^1].End, line.End - service[^1].End).IsWhiteSpace())
                li.CellDate = service[^1].Date;
        }
        for (var i = 0; i < words.Count; i++)
            // "Electronically signed by", not "consent signed" or "forms signed"
            if (_signatures.TryMatch(words, i, out _, out _) && !(i > 0 && _signatureBlockers.Contains(words[i - 1]))) { li.Signature = true; break; }
        if (dates.Count > 0 && li.StrongDate is null) li.HeadingDate = HeadingDate(words, tokens, dates[0], li.Title is not null);
        // a date framed by rule characters in a faxed bundle of visits ("--- 08/17/2026 ---", "--- 09/08/2026 --- P.2/3")
        if (dates.Count > 0 && li.StrongDate is null && li.HeadingDate is null && FramedDate().IsMatch(text.AsSpan(line.Start, line.End - line.Start))
            && text.AsSpan(line.Start, dates[0].Start - line.Start).Trim().Trim(RuleChars).IsEmpty)
            li.HeadingDate = dates[0].Date;
        return li;
    }

    /// <summary>
    /// A visit heading: the line opens (after an item number such as "[2]" or "2.") with at most four words that name a
    /// note title or a visit or encounter ("VISIT", "TELEPHONE ENCOUNTER", "OFFICE VISIT": headingVisitWords), then the
    /// date. Words of a plan or a history ("next visit", "visit on", "last visit": headingBlockWords) are no heading.
    /// </summary>
    private DateOnly? HeadingDate(List<string> words, List<Token> tokens, TimeExpression date, bool titled)
    {
        var before = new List<string>();
        for (var i = 0; i < tokens.Count && tokens[i].Start < date.Start; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            if (before.Count == 0 && tokens[i].Kind == TokenKind.Number) continue;   // "[2] OFFICE VISIT", "2. Visit"
            before.Add(words[i]);
        }
        if (before.Count is 0 or > 4 || before.Any(_headingBlockWords.Contains)) return null;
        return titled || before.Any(_headingVisitWords.Contains) ? date.Date : null;
    }

    /// <summary>The date ends its cell, and the rest of the cell before it is a note title and nothing else.</summary>
    private bool TitledCell(string text, Line line, List<Token> tokens, List<string> words, TimeExpression d)
    {
        if (!CellEdge(text.AsSpan(d.End, line.End - d.End), fromEnd: false, minGap: 2)) return false;
        var cellStart = line.Start;
        for (var i = d.Start - 1; i > line.Start; i--)
            if (text[i] is '|' or '\t' || (text[i] == ' ' && text[i - 1] == ' ')) { cellStart = i + 1; break; }
        var first = tokens.FindIndex(t => t.Start >= cellStart);
        var count = tokens.Count(t => t.Start >= cellStart && t.Start < d.Start && t.Kind is TokenKind.Word);
        return first >= 0 && count > 0 && tokens[first].Start < d.Start
               && _titles.TryMatch(words, first, out var len, out _) && len == count;
    }

    /// <summary>What a rule line is drawn with: dashes, equals signs, underscores, stars, em and en dashes.</summary>
    private const string RuleChars = "-=_*\u2014\u2013";

    /// <summary>A rule line of dashes, equals signs or underscores separating charted parts.</summary>
    private static bool IsRule(string text, Line line)
    {
        var n = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            var c = text[i];
            if (RuleChars.Contains(c)) n++;
            else if (!char.IsWhiteSpace(c)) return false;
        }
        return n >= 5;
    }

    /// <summary>The date is all its cell holds (a time may follow): cells split at '|', a tab or three spaces.</summary>
    private static bool AloneInCell(string text, Line line, TimeExpression d, int minGap = 3)
    {
        var left = text.AsSpan(line.Start, d.Start - line.Start);
        // a weekday written before the date stays in its cell ("DBS check          Mon 9 Nov 2026")
        if (TrailingWeekday().Match(left.ToString()) is { Success: true } weekday) left = left[..weekday.Index];
        var right = text.AsSpan(d.End, line.End - d.End);
        return CellEdge(left, fromEnd: true, minGap) && CellEdge(right, fromEnd: false, minGap);
    }

    private static bool CellEdge(ReadOnlySpan<char> side, bool fromEnd, int minGap)
    {
        var trimmed = fromEnd ? side.TrimEnd() : side.TrimStart();
        if (trimmed.IsEmpty) return true;
        var gap = side.Length - trimmed.Length;
        var next = fromEnd ? trimmed[^1] : trimmed[0];
        if (next == '|' || gap >= minGap || (fromEnd ? side[^1] : side[0]) == '\t') return true;
        // a time after the date ("09/09/2025 14:35 |") stays in the cell
        return !fromEnd && TimeThenCellEnd().IsMatch(trimmed.ToString());
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b|\b\d{1,2}[ -](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ -]\d{2}\b")]
    private static partial Regex YearWritten();

    [GeneratedRegex(@"^\s+[-\u2013\u2014]\s+\S")]
    private static partial Regex EntryDash();

    [GeneratedRegex(@"^\s*\[\s*$")]
    private static partial Regex BracketedLead();

    [GeneratedRegex(@"(?<=\s)(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWeekday();

    /// <summary>A clinician's credential after a name and a comma ("R. Okafor, DO", "H. Brixton, PT, DPT", "W. Ames, RN").</summary>
    [GeneratedRegex(@"\p{L}\.?,[ ]?(?:MD|DO|RN|NP|PA-C|PA|PT|DPT|DC|PharmD|APRN|FNP|CNP|PhD|MBBS)\b")]
    private static partial Regex AuthorCredential();

    /// <summary>A line that is a full date between two rule runs of three or more dashes, equals signs, stars or underscores.</summary>
    // "--- 08/17/2026 ---", or a heading framed whole: "=== 08/11/2026 10:15  NEUROLOGY ATTENDING NOTE - C. Weatherby, MD ==="
    [GeneratedRegex(@"^\s*[" + RuleChars + @"]{3,}\s*\d{1,2}/\d{1,2}/(?:19|20)?\d{2}(?:\s*[" + RuleChars + @"]{3,}|\b[^\n]{0,100}?[" + RuleChars + @"]{3,}\s*$)")]
    private static partial Regex FramedDate();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(\s?[ap]\.?m\.?)?(\s*$|\s*\||\s{3,}|\t)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeThenCellEnd();

    private static int DateWords(List<Token> tokens, TimeExpression d) =>
        WordCount(tokens.Where(t => t.Start >= d.Start && t.Start < d.End));

    private static int WordCount(IEnumerable<Token> tokens) => tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);

    /// <summary>The note kind of the longest title phrase among the words (the first of equal length) before any title blocker, if any.</summary>
    private (NoteKind? Kind, bool Practice) LongestTitle(IReadOnlyList<string> words)
    {
        NoteKind? title = null;
        var best = 0;
        var practice = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (_titles.TryMatch(words, i, out var len, out var kind) && len > best)
            {
                best = len;
                title = kind;
                practice = _practiceTitles.TryMatch(words, i, len, out var plen, out _) && plen == len;
            }
            // "Request: CT lumbar spine (CPT 72131)" on a letter or form names the study asked for, not this note's kind
            else if (_titleBlockers.Contains(words[i])) break;
        }
        return (title, practice);
    }

    /// <summary>Between the label's last token and the date there is at most ':' '-' '#' or "of".</summary>
    private static bool LabelReaches(List<Token> tokens, int next, int dateStart)
    {
        var extra = 0;
        for (var k = next; k < tokens.Count && tokens[k].Start < dateStart; k++)
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number || ++extra > 2) return false;
        return true;
    }

    /// <summary>How many lines from a note's start a letterhead's title cell may name its kind.</summary>
    private const int LetterheadLines = 4;

    /// <summary>The end of a letterhead's first cell: wide spacing, a tab, a '|' or '*' separator, or a dash before a street or phone number.</summary>
    [GeneratedRegex(@"[ ]{3,}|\t|\s[|*\u2022]\s|\s[-\u2013]\s(?=\d)")]
    private static partial Regex LetterheadCell();
}
