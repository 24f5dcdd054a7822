using System.Text.Json;
using NoteCheck.Core;
using NoteCheck.Text.Rules;

namespace NoteCheck.Text;

/// <summary>
/// ConText for a target phrase in its sentence, with the triggers, pseudo-triggers, terminators,
/// normal-exam cues and section effects of rules/text/context.json. Matching is token-level: the
/// sentence is tokenized once and every rule phrase is looked up in one trie walk per token.
/// </summary>
public sealed class ContextAnalyzer
{
    public enum Direction { Forward, Backward, Bidirectional }

    /// <summary>A trigger rule: a category put on targets in its scope.</summary>
    public sealed record Trigger(string Id, Assertion Category, Direction Direction, int MaxScope, bool CommaEnds = false, string? Convention = null)
    {
        /// <summary>A backward reading only when the cue ends its clause ("MRI pending." but not "PT paused pending reassessment").</summary>
        public bool ClauseFinal { get; init; }

        /// <summary>A backward cue that reaches past one ';' or spaced dash to the clause before: "erythema at the incision; treated with cephalexin, resolved by 6 weeks",
        /// "treated with cephalexin x 7 days - healed by 4 weeks".</summary>
        public bool CrossesSemicolon { get; init; }

        /// <summary>A backward cue that opens the value after a colon or spaced dash reads back over it even with words after it: "Prostatitis - resolved clinically".</summary>
        public bool LabelVerdict { get; init; }

        /// <summary>A historical cue that applies to past-event targets too: an event does not resolve, so what the text calls resolved ("a peroneal nerve injury ... fully resolved by 2016") is a past condition.</summary>
        public bool ForEvents { get; init; }

        /// <summary>Words right after the cue that make it no trigger: a relative who reports ("Mother notes ...") is an informant, not the experiencer.</summary>
        public PhraseMatcher<bool>? NotBefore { get; init; }

        /// <summary>Words right before the cue that make it no trigger ("per mom", "accompanied by his father").</summary>
        public PhraseMatcher<bool>? NotAfter { get; init; }

        /// <summary>Only for targets that are (true) or are not (false) actions: "consider MRI" plans, "consider epidural abscess" doubts.</summary>
        public bool? ForActions { get; init; }

        /// <summary>Only as the sentence's first token ("- weakness, + tingling": a minus sign, not a bullet) ...</summary>
        public bool SentenceStart { get; init; }

        /// <summary>... and then only when one of these phrases occurs elsewhere in the sentence (another "+"/"-" marked item).</summary>
        public PhraseMatcher<bool>? SentenceHas { get; init; }

        /// <summary>A cue whose object is a clause ("nothing to suggest it has recurred", "no evidence that the cord has re-tethered"):
        /// that clause's auxiliaries ("has", "had") are no affirmation ending its scope.</summary>
        public bool ClauseObject { get; init; }
    }

    /// <summary>Auxiliary: an auxiliary verb ("has") that a clause-object cue reads through.</summary>
    private sealed record Terminator(string Id, Assertion[] Categories, bool Auxiliary = false);

    private enum MatchKind { Trigger, Pseudo, Terminator, Normal }

    private sealed record Entry(MatchKind Kind, string Id, List<Trigger> Triggers, List<Terminator> Terminators);

    private static readonly Dictionary<string, Assertion> Categories = new(StringComparer.Ordinal)
    {
        ["absent"] = Assertion.Absent, ["possible"] = Assertion.Possible, ["historical"] = Assertion.Historical,
        ["hypothetical"] = Assertion.Hypothetical, ["family"] = Assertion.Family,
    };

    private static readonly Dictionary<string, Direction> Directions = new(StringComparer.Ordinal)
    {
        ["forward"] = Direction.Forward, ["backward"] = Direction.Backward, ["bidirectional"] = Direction.Bidirectional,
    };

    /// <summary>The contract's precedence: family, hypothetical, absent, possible, historical, present.</summary>
    private static readonly Assertion[] Precedence = [Assertion.Family, Assertion.Hypothetical, Assertion.Absent, Assertion.Possible, Assertion.Historical];

    private readonly PhraseMatcher<Entry> _cues = new();
    private readonly PhraseMatcher<Trigger> _normal = new();
    private readonly PhraseMatcher<bool> _negativeHeader = new();
    private readonly PhraseMatcher<bool> _pastEvents = new();
    private readonly PhraseMatcher<bool> _actions = new();
    private readonly PhraseMatcher<Trigger> _targetEffects = new();
    private readonly PhraseMatcher<Trigger> _listLeads = new();
    private readonly Dictionary<string, List<(string Id, Assertion Category, string? Convention)>> _sectionEffects = new(StringComparer.Ordinal);
    private readonly Sectionizer _sectionizer;

    private static readonly Lazy<ContextAnalyzer> LazyDefault = new(() => Load(RulesLocator.PathOf("text", "context.json"), Sectionizer.Default));
    public static ContextAnalyzer Default => LazyDefault.Value;

    /// <summary>
    /// When true (the contract's reading, "contract" convention rules), targets naming past events that matter (surgery, cancer,
    /// fracture, imaging) stay present under historical cues and "resolved" is historical. When false ("negex"
    /// convention rules), the NegEx annotation's reading: such targets are historical and "resolved" negates.
    /// </summary>
    public bool PastEventsArePresent { get; private init; } = true;

    private string Convention => PastEventsArePresent ? "contract" : "negex";

    /// <summary>The same rules read with the NegEx/ConText annotation conventions (for measuring on that set).</summary>
    public ContextAnalyzer WithNegExConventions() => new(this) { PastEventsArePresent = false };

    private ContextAnalyzer(Sectionizer sectionizer) => _sectionizer = sectionizer;

    private ContextAnalyzer(ContextAnalyzer other)
    {
        _cues = other._cues; _normal = other._normal; _negativeHeader = other._negativeHeader;
        _pastEvents = other._pastEvents; _actions = other._actions; _targetEffects = other._targetEffects; _listLeads = other._listLeads; _sectionEffects = other._sectionEffects; _sectionizer = other._sectionizer;
    }

    public static ContextAnalyzer Load(string file, Sectionizer sectionizer)
    {
        var r = JsonRules.Load(file);
        r.CheckKeys(r.Root, "root", ["_comment", "defaultMaxScope", "wordLists", "triggers", "pseudo", "terminators", "normalCues", "sectionEffects", "negativeHeaderCues", "pastEventTargets", "actionTargets", "targetEffects", "listLeads"],
            ["triggers", "pseudo", "terminators", "normalCues", "sectionEffects", "negativeHeaderCues", "pastEventTargets"]);
        var a = new ContextAnalyzer(sectionizer);
        var defaultScope = r.OptInt(r.Root, "defaultMaxScope", "root") ?? 12;
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lists = WordLists(r);

        // "{@relative} notes" stands for every word of the wordLists entry "relative" in its place
        IEnumerable<string> Phrases(JsonElement item, string key, string where, bool required = true) =>
            r.Strings(item, key, where, required).SelectMany(p => Expand(r, p, lists, where));

        Entry EntryFor(string phrase, MatchKind kind, string id, string where)
        {
            var key = string.Join(' ', Tokenizer.Default.Tokenize(phrase).Select(t => phrase[t.Start..t.End].ToLowerInvariant()));
            if (key.Length == 0) r.Fail(where, "empty phrase");
            if (entries.TryGetValue(key, out var e))
            {
                // a phrase is either a pseudo-trigger or a trigger/terminator, never both
                if ((e.Kind == MatchKind.Pseudo) != (kind == MatchKind.Pseudo)) r.Fail(where, $"phrase \"{phrase}\" is both a pseudo-trigger ({e.Id}) and a cue");
                return e;
            }
            e = new Entry(kind, id, [], []);
            entries[key] = e;
            a._cues.Add(key, e);
            return e;
        }

        // Every rule id is unique across triggers, pseudo-triggers, terminators, normal cues and target effects.
        string UniqueId(JsonElement item, string where)
        {
            var id = r.Str(item, "id", where);
            if (!ids.Add(id)) r.Fail(where, $"duplicate id \"{id}\"");
            return id;
        }

        string? ConventionOf(JsonElement item, string where)
        {
            var convention = r.OptStr(item, "convention", where);
            if (convention is not (null or "contract" or "negex")) r.Fail(where, $"convention \"{convention}\" (allowed: contract, negex)");
            return convention;
        }

        foreach (var (item, where) in r.Array(r.Root, "triggers", "root"))
        {
            r.CheckKeys(item, where, ["id", "category", "direction", "maxScope", "commaEnds", "convention", "clauseFinal", "crossesSemicolon", "labelVerdict", "forEvents", "notBefore", "notAfter", "targetKind", "sentenceStart", "sentenceHas", "clauseObject", "phrases"], ["id", "category", "direction", "phrases"]);
            var convention = ConventionOf(item, where);
            var id = UniqueId(item, where);
            var trig = new Trigger(id, r.Enum(item, "category", where, Categories), r.Enum(item, "direction", where, Directions), r.OptInt(item, "maxScope", where) ?? defaultScope,
                r.OptBool(item, "commaEnds", where) ?? false, convention)
            {
                ClauseFinal = r.OptBool(item, "clauseFinal", where) ?? false,
                CrossesSemicolon = r.OptBool(item, "crossesSemicolon", where) ?? false,
                ForEvents = r.OptBool(item, "forEvents", where) ?? false,
                LabelVerdict = r.OptBool(item, "labelVerdict", where) ?? false,
                NotBefore = Matcher(Phrases(item, "notBefore", where, required: false)),
                NotAfter = Matcher(Phrases(item, "notAfter", where, required: false)),
                SentenceStart = r.OptBool(item, "sentenceStart", where) ?? false,
                SentenceHas = Matcher(Phrases(item, "sentenceHas", where, required: false)),
                ClauseObject = r.OptBool(item, "clauseObject", where) ?? false,
                ForActions = r.OptStr(item, "targetKind", where) switch
                {
                    null => null, "action" => true, "condition" => false,
                    var k => throw new RuleFileException(file, $"{where}: targetKind \"{k}\" (allowed: action, condition)"),
                },
            };
            foreach (var p in Phrases(item, "phrases", where)) EntryFor(p, MatchKind.Trigger, id, where).Triggers.Add(trig);
        }
        foreach (var (item, where) in r.Array(r.Root, "pseudo", "root"))
        {
            r.CheckKeys(item, where, ["id", "phrases"], ["id", "phrases"]);
            var id = UniqueId(item, where);
            foreach (var p in Phrases(item, "phrases", where)) EntryFor(p, MatchKind.Pseudo, id, where);
        }
        foreach (var (item, where) in r.Array(r.Root, "terminators", "root"))
        {
            r.CheckKeys(item, where, ["id", "categories", "auxiliary", "phrases"], ["id", "categories", "phrases"]);
            var id = UniqueId(item, where);
            var cats = r.Strings(item, "categories", where).Select(c => Categories.TryGetValue(c, out var v) ? v : throw new RuleFileException(file, $"{where}: unknown category \"{c}\"")).ToArray();
            var term = new Terminator(id, cats, r.OptBool(item, "auxiliary", where) ?? false);
            foreach (var p in Phrases(item, "phrases", where))
            {
                var e = EntryFor(p, MatchKind.Terminator, id, where);
                if (!e.Terminators.Any(t => t.Id == id)) e.Terminators.Add(term);
            }
        }
        foreach (var (item, where) in r.Array(r.Root, "normalCues", "root"))
        {
            r.CheckKeys(item, where, ["id", "direction", "maxScope", "commaEnds", "phrases"], ["id", "direction", "phrases"]);
            var id = UniqueId(item, where);
            var trig = new Trigger(id, Assertion.Absent, r.Enum(item, "direction", where, Directions), r.OptInt(item, "maxScope", where) ?? 4, r.OptBool(item, "commaEnds", where) ?? true);
            foreach (var p in r.Strings(item, "phrases", where)) a._normal.Add(p, trig);
        }
        foreach (var (item, where) in r.Array(r.Root, "sectionEffects", "root"))
        {
            r.CheckKeys(item, where, ["id", "sections", "category", "convention"], ["id", "sections", "category"]);
            var id = r.Str(item, "id", where);
            var cat = r.Enum(item, "category", where, Categories);
            var convention = ConventionOf(item, where);
            foreach (var s in r.Strings(item, "sections", where))
            {
                if (!sectionizer.Names.Contains(s)) r.Fail(where, $"unknown section \"{s}\" (not in sections.json)");
                if (!a._sectionEffects.TryGetValue(s, out var list)) a._sectionEffects[s] = list = [];
                list.Add((id, cat, convention));
            }
        }
        foreach (var p in r.Strings(r.Root, "negativeHeaderCues", "root")) a._negativeHeader.Add(p, true);
        foreach (var p in r.Strings(r.Root, "pastEventTargets", "root")) a._pastEvents.Add(p, true);
        foreach (var p in Phrases(r.Root, "actionTargets", "root", required: false)) a._actions.Add(p, true);
        foreach (var (item, where) in r.Array(r.Root, "targetEffects", "root", required: false))
        {
            r.CheckKeys(item, where, ["id", "category", "convention", "phrases"], ["id", "category", "phrases"]);
            var id = UniqueId(item, where);
            var convention = ConventionOf(item, where);
            var effect = new Trigger(id, r.Enum(item, "category", where, Categories), Direction.Bidirectional, 0, false, convention);
            foreach (var p in r.Strings(item, "phrases", where)) a._targetEffects.Add(p, effect);
        }
        foreach (var (item, where) in r.Array(r.Root, "listLeads", "root", required: false))
        {
            r.CheckKeys(item, where, ["id", "category", "phrases"], ["id", "category", "phrases"]);
            var lead = new Trigger(UniqueId(item, where), r.Enum(item, "category", where, Categories), Direction.Forward, 0);
            foreach (var p in Phrases(item, "phrases", where)) a._listLeads.Add(string.Join(' ', Tokenizer.Default.Tokenize(p).Select(t => p[t.Start..t.End].ToLowerInvariant())), lead);
        }
        return a;
    }

    /// <summary>The optional root object "wordLists": name -> list of words or phrases, used as {@name} in phrases.</summary>
    private static Dictionary<string, IReadOnlyList<string>> WordLists(JsonRules r)
    {
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!r.Root.TryGetProperty("wordLists", out var obj)) return lists;
        if (obj.ValueKind != JsonValueKind.Object) r.Fail("root", "key \"wordLists\" must be an object of string arrays");
        foreach (var p in obj.EnumerateObject())
        {
            if (p.Name == "_comment") continue;
            if (!System.Text.RegularExpressions.Regex.IsMatch(p.Name, "^[a-zA-Z][a-zA-Z0-9_]*$")) r.Fail("root.wordLists", $"list name \"{p.Name}\" (letters, digits, _)");
            lists[p.Name] = r.Strings(obj, p.Name, "root.wordLists");
        }
        return lists;
    }

    /// <summary>Expands every {@name} of a phrase into each entry of that word list (all combinations).</summary>
    private static IEnumerable<string> Expand(JsonRules r, string phrase, IReadOnlyDictionary<string, IReadOnlyList<string>> lists, string where)
    {
        var open = phrase.IndexOf("{@", StringComparison.Ordinal);
        if (open < 0) return [phrase];
        var close = phrase.IndexOf('}', open);
        if (close < 0) r.Fail(where, "unclosed {@ in a phrase");
        var name = phrase[(open + 2)..close];
        if (!lists.TryGetValue(name, out var words)) r.Fail(where, $"unknown word list {{@{name}}} (not in wordLists)");
        return words!.SelectMany(w => Expand(r, phrase[..open] + w + phrase[(close + 1)..], lists, where));
    }

    private static PhraseMatcher<bool>? Matcher(IEnumerable<string> phrases)
    {
        PhraseMatcher<bool>? m = null;
        foreach (var p in phrases) (m ??= new PhraseMatcher<bool>()).Add(p, true);
        return m;
    }

    // ---------------------------------------------------------------- analysis

    private readonly record struct Cue(int From, int To, Entry Entry);   // token indices [From, To)

    /// <summary>Asserts a target inside an analyzed document: its sentence, and its section's effects.</summary>
    public AssertionResult Assert(ClinicalText text, int targetStart, int targetEnd)
    {
        var sentence = text.SentenceAt(targetStart);
        var section = text.SectionAt(targetStart);
        if (sentence is null) return AssertionResult.PresentDefault;
        var doc = text.Document.Text;
        // "Neuro: - weakness, - numbness" with "Neuro:" taken as a header: the item list still follows the label's colon
        var from = LabelColonBefore(doc, sentence.Start) ?? sentence.Start;
        var s = doc.Substring(from, sentence.End - from);
        var lead = ListLead(doc, sentence.Start, targetStart);
        var r = AssertCore(s, targetStart - from, Math.Min(targetEnd, sentence.End) - from, section?.Name, section?.Header, lead is null ? null : lead with { TriggerStart = lead.TriggerStart - from, TriggerEnd = lead.TriggerEnd - from });
        return Shift(r, from);
    }

    /// <summary>
    /// The colon of a label that a +/- item list follows on its line ("Neuro: - weakness", "GU: (-) retention", or the comma before a "(-)" item on the next line), when the
    /// sentence at <paramref name="sentenceStart"/> opens with the minus sign right after it; else null.
    /// </summary>
    private static int? LabelColonBefore(string doc, int sentenceStart)
    {
        if (sentenceStart >= doc.Length) return null;
        // "(-)" is never a bullet: it continues a list broken over lines too ("GU: (-) incontinence,\n(-) retention")
        if (doc.AsSpan(sentenceStart).StartsWith("(-)"))
        {
            var q = sentenceStart - 1;
            while (q >= 0 && char.IsWhiteSpace(doc[q])) q--;
            return q >= 0 && doc[q] is ':' or ',' or ';' ? q : null;
        }
        if (doc[sentenceStart] != '-') return null;
        var p = sentenceStart - 1;
        while (p >= 0 && doc[p] is ' ' or '\t') p--;
        return p >= 0 && doc[p] == ':' ? p : null;
    }

    /// <summary>
    /// A lead that governs the target as a list: "Return precautions reviewed: new leg weakness ...", "Warning signs: Leg weakness.
    /// Incontinence.", or a line ending in ':' ("Go to the ER if you have any of the following:") over the list or lines below it
    /// up to a blank line. The label before the colon must hold a listLeads phrase. Returns the lead's cue (document offsets) or null.
    /// </summary>
    private AssertionCue? ListLead(string doc, int sentenceStart, int target)
    {
        if (_listLeads.MaxTokens == 0) return null;
        // a label on the line where the target's sentence starts, before the target: the nearest colon decides
        var lineStart = LineStart(doc, sentenceStart);
        var targetLine = LineStart(doc, target);
        var colon = doc.LastIndexOf(':', Math.Max(target - 1, 0), target - lineStart);
        if (colon >= lineStart && (colon >= sentenceStart || LineStart(doc, colon) == lineStart) && !IsClockColon(doc, colon))
            return LeadCue(doc, LabelStart(doc, lineStart, colon), colon);
        if (colon >= lineStart) return null;
        // a lead line ending in ':' above the target's lines: a list (items and their wrapped lines) or plain lines up to a blank line
        var line = Math.Min(lineStart, targetLine);
        for (var n = 0; n < 15 && line > 0; n++)
        {
            var prevEnd = line - 1;
            var prevStart = LineStart(doc, prevEnd);
            var (ps, pe) = TrimLine(doc, prevStart, prevEnd);
            if (ps >= pe) return null;                                   // a blank line ends the block
            if (doc[pe - 1] == ':')
            {
                if (!ListBlock(doc, line, targetLine)) return null;
                var c = pe - 1;
                var prior = doc.LastIndexOf(':', Math.Max(c - 1, 0), c - ps);
                return LeadCue(doc, prior >= ps ? prior + 1 : LabelStart(doc, ps, c), c);
            }
            if (IsLabelLine(doc, ps, pe)) return null;                   // "Follow-up: 4 weeks" is a value line, not a list of the lead
            line = prevStart;
        }
        return null;
    }

    /// <summary>The lines from <paramref name="first"/> through the target's line: all list items and their wrapped lines when the first is an item.</summary>
    private static bool ListBlock(string doc, int first, int targetLine)
    {
        var (fs, fe) = TrimLine(doc, first, LineEnd(doc, first));
        if (!IsItem(doc, fs, fe)) return true;
        for (var l = first; l <= targetLine; l = LineEnd(doc, l) + 1)
        {
            var (s, e) = TrimLine(doc, l, LineEnd(doc, l));
            if (s < e && !IsItem(doc, s, e) && !char.IsLower(doc[s]) && s == l) return false;   // a flush, capitalised line after the list
        }
        return true;
    }

    private AssertionCue? LeadCue(string doc, int labelStart, int colon)
    {
        if (colon - labelStart > 160) return null;
        var label = doc[labelStart..colon];
        var (tokens, words) = Words(label);
        for (var i = 0; i < words.Count; i++)
            if (_listLeads.TryMatch(words, i, out var len, out var lead))
            {
                var s = labelStart + tokens[i].Start; var e = labelStart + tokens[i + len - 1].End;
                return new AssertionCue(lead.Category, doc[s..e], lead.Id, s, e);
            }
        return null;
    }

    /// <summary>The start of the label that ends at <paramref name="colon"/>: after the previous colon or sentence end on its line, or the line start.</summary>
    private static int LabelStart(string doc, int lineStart, int colon)
    {
        for (var p = colon - 1; p > lineStart; p--)
            if (doc[p] is ':' or ';' or '.' && p + 1 < colon && doc[p + 1] == ' ') return p + 1;
        return lineStart;
    }

    private static bool IsClockColon(string doc, int colon) =>
        colon > 0 && colon + 1 < doc.Length && char.IsDigit(doc[colon - 1]) && char.IsDigit(doc[colon + 1]);

    private static int LineStart(string doc, int at)
    {
        var p = at > 0 ? doc.LastIndexOfAny(['\n', '\f'], at - 1) : -1;
        return p + 1;
    }

    private static int LineEnd(string doc, int at)
    {
        var p = doc.IndexOfAny(['\n', '\f'], at);
        return p < 0 ? doc.Length : p;
    }

    private static (int, int) TrimLine(string doc, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(doc[s])) s++;
        while (e > s && char.IsWhiteSpace(doc[e - 1])) e--;
        return (s, e);
    }

    private static bool IsItem(string doc, int s, int e)
    {
        var c = doc[s];
        if (c is '-' or '*' or '\u2022' or '\u25AA' or '\u25CF' or '\u2610' or '\u2611' or '\u2612' or '\u25A1' or '\u25A0' or '>' or '\u2013') return e - s > 1;
        var i = s;
        while (i < e && char.IsDigit(doc[i])) i++;
        if (i > s && i - s <= 2 && i + 1 < e && doc[i] is '.' or ')') return true;
        return char.IsLetter(c) && s + 2 < e && doc[s + 1] == ')';
    }

    /// <summary>"Follow-up: 4 weeks": a short label then ':' and a value on the same line.</summary>
    private static bool IsLabelLine(string doc, int s, int e)
    {
        var limit = Math.Min(e, s + 40);
        for (var i = s; i < limit; i++)
        {
            var c = doc[i];
            if (c == ':') return i > s && i + 1 < e;
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '/' or '-' or '&' or '(' or ')' or '\'')) return false;
        }
        return false;
    }

    /// <summary>Asserts a target [targetStart, targetEnd) of a bare sentence; <paramref name="section"/> is a header text or canonical name.</summary>
    public AssertionResult Assert(string sentence, int targetStart, int targetEnd, string? section = null)
    {
        string? name = null;
        if (!string.IsNullOrWhiteSpace(section))
            name = _sectionizer.Canonical(section.Trim()) ?? _sectionizer.Canonical(FirstHeaderWords(section)) ?? _sectionizer.CanonicalPrefix(section);
        return AssertCore(sentence, targetStart, targetEnd, name, section, ListLead(sentence, 0, targetStart));
    }

    /// <summary>
    /// For an exam element (sensation, strength, reflexes, gait): is it described as normal
    /// ("sensation intact", "strength 5/5", "reflexes 2+ and symmetric")? Then the deficit is absent.
    /// Returns the normal cue that fired, or null.
    /// </summary>
    public AssertionResult? NormalExam(string sentence, int targetStart, int targetEnd)
    {
        var (tokens, words) = Words(sentence);
        var (ts, te) = TargetTokens(tokens, targetStart, targetEnd);
        if (ts < 0) return null;
        for (var i = 0; i < words.Count; i++)
        {
            if (i >= ts && i < te) continue;
            if (!_normal.TryMatch(words, i, out var len, out var trig)) continue;
            var cue = new Cue(i, i + len, new Entry(MatchKind.Normal, trig.Id, [trig], []));
            if (InScope(sentence, tokens, words, cue, trig, ts, te, null))
            {
                var s = tokens[i].Start; var e = tokens[i + len - 1].End;
                return new AssertionResult(Assertion.Absent, sentence[s..e], trig.Id, s, e);
            }
            i += len - 1;
        }
        return null;
    }

    /// <summary><see cref="NormalExam(string,int,int)"/> for a target inside an analyzed document.</summary>
    public AssertionResult? NormalExam(ClinicalText text, int targetStart, int targetEnd)
    {
        var sentence = text.SentenceAt(targetStart);
        if (sentence is null) return null;
        var r = NormalExam(text.Document.Text.Substring(sentence.Start, sentence.End - sentence.Start), targetStart - sentence.Start, Math.Min(targetEnd, sentence.End) - sentence.Start);
        return r is null ? null : Shift(r, sentence.Start);
    }

    private static string FirstHeaderWords(string header)
    {
        var colon = header.IndexOf(':');
        return colon > 0 ? header[..colon] : header;
    }

    private static AssertionResult Shift(AssertionResult r, int by) => r.TriggerStart < 0 ? r : r with
    {
        TriggerStart = r.TriggerStart + by, TriggerEnd = r.TriggerEnd + by,
        Cues = r.Cues.Select(c => c.TriggerStart < 0 ? c : c with { TriggerStart = c.TriggerStart + by, TriggerEnd = c.TriggerEnd + by }).ToList(),
    };

    private static (List<Token> Tokens, List<string> Words) Words(string sentence)
    {
        var tokens = Tokenizer.Default.Tokenize(sentence);
        var words = new List<string>(tokens.Count);
        foreach (var t in tokens) words.Add(sentence.Substring(t.Start, t.Length).ToLowerInvariant());
        return (tokens, words);
    }

    /// <summary>Tokens of a plan item's number or bullet ("4. ED for urinary retention", "2) RTC/ER for ...", "* Stat to ER for
    /// ..."): a sentence-start trigger opens the item, so it may also stand right after them. 0 when there is none.</summary>
    private static int ItemNumberLength(List<Token> tokens, List<string> words) =>
        tokens.Count > 2 && tokens[0].Kind == TokenKind.Number && words[0].Length <= 2 && words[1] is "." or ")" ? 2
        : tokens.Count > 1 && words[0] is "-" or "*" or "\u2022" ? 1 : 0;

    private static (int, int) TargetTokens(List<Token> tokens, int start, int end)
    {
        int ts = -1, te = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].End <= start || tokens[i].Start >= end) continue;
            if (ts < 0) ts = i;
            te = i + 1;
        }
        return (ts, te);
    }

    private AssertionResult AssertCore(string sentence, int targetStart, int targetEnd, string? sectionName, string? header, AssertionCue? lead = null)
    {
        var (tokens, words) = Words(sentence);
        var (ts, te) = TargetTokens(tokens, targetStart, targetEnd);
        var cues = new List<AssertionCue>();
        if (ts >= 0)
        {
            // one left-to-right pass: longest phrase at each token; pseudo-triggers swallow what they cover
            var matches = new List<Cue>();
            for (var i = 0; i < words.Count; i++)
            {
                if (i >= ts && i < te) continue;
                // a cue may not run into the target: "no acute distress" with target "acute distress" is cue "no"
                if (!_cues.TryMatch(words, i, i < ts ? ts - i : int.MaxValue, out var len, out var entry)) continue;
                matches.Add(new Cue(i, i + len, entry));
                i += len - 1;
            }
            var first = ItemNumberLength(tokens, words);
            var isEvent = PastEventsArePresent && IsPastEvent(words, ts, te);
            var isAction = Contains(_actions, words, ts, te);
            foreach (var m in matches)
            {
                if (m.Entry.Triggers.Count == 0) continue;
                foreach (var trig in m.Entry.Triggers)
                {
                    if (trig.Category == Assertion.Historical && isEvent && !trig.ForEvents) continue;
                    if (trig.Convention is { } conv && conv != Convention) continue;
                    if (cues.Any(c => c.Assertion == trig.Category)) continue;
                    if (trig.ForActions is { } forActions && forActions != isAction) continue;
                    if (trig.SentenceStart && ((m.From != 0 && m.From != first) || !HasElsewhere(trig.SentenceHas, words, m))) continue;
                    if (Excepted(words, m, trig) || m.From == 0 && ExceptedByHeader(header, trig)) continue;
                    if (!InScope(sentence, tokens, words, m, trig, ts, te, matches)) continue;
                    var s = tokens[m.From].Start; var e = tokens[m.To - 1].End;
                    cues.Add(new AssertionCue(trig.Category, sentence[s..e], trig.Id, s, e));
                }
            }
        }
        // a list lead above or before the target ("Return precautions:", "Call if you have any of the following:")
        if (lead is not null && !cues.Any(c => c.Assertion == lead.Assertion)) cues.Add(lead);
        // the target itself may carry a category under a convention (social habits are historical in the NegEx set)
        for (var i = Math.Max(ts, 0); ts >= 0 && i < te; i++)
            if (_targetEffects.TryMatch(words, i, te - i, out _, out var eff) && (eff.Convention is null || eff.Convention == Convention)
                && !cues.Any(c => c.Assertion == eff.Category))
                cues.Add(new AssertionCue(eff.Category, sentence[targetStart..targetEnd], eff.Id, -1, -1));
        // a header inside the sentence before the target ("SOCIAL HISTORY: He denies ...") counts as its section
        if (ts >= 0 && sectionName is null)
        {
            foreach (var sec in _sectionizer.Find(sentence, 0, sentence.Length, []))
                if (sec.HeaderEnd <= targetStart) { sectionName = sec.Name; header = sec.Header; }
        }
        // section effects: Family History; a negative header ("ROS: negative for")
        if (sectionName is not null && _sectionEffects.TryGetValue(sectionName, out var effects))
            foreach (var (id, category, convention) in effects)
                if (convention is null || convention == Convention && !cues.Any(c => c.Assertion == category))
                    if (!cues.Any(c => c.Assertion == category)) cues.Add(new AssertionCue(category, header ?? sectionName, id, -1, -1));
        if (header is not null && sectionName is "ros" && HeaderIsNegative(header) && !cues.Any(c => c.Assertion == Assertion.Absent))
            cues.Add(new AssertionCue(Assertion.Absent, header, "section.negative_header", -1, -1));

        foreach (var p in Precedence)
            foreach (var c in cues)
                if (c.Assertion == p) return new AssertionResult(c.Assertion, c.Trigger, c.RuleId, c.TriggerStart, c.TriggerEnd) { Cues = cues };
        return AssertionResult.PresentDefault;
    }

    /// <summary>Does one of the phrases occur in the sentence outside the cue (null: no condition)?</summary>
    private static bool HasElsewhere(PhraseMatcher<bool>? phrases, List<string> words, Cue m)
    {
        if (phrases is null) return true;
        for (var i = 0; i < words.Count; i++)
        {
            if (i >= m.From && i < m.To) continue;
            if (phrases.TryMatch(words, i, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>Is the cue set off by its neighbours as no trigger ("Mom reports", "per dad")?</summary>
    private static bool Excepted(List<string> words, Cue m, Trigger trig)
    {
        if (trig.NotBefore is { } after && after.TryMatch(words, m.To, out _, out _)) return true;
        return trig.NotAfter is { } before && EndsAt(before, words, m.From);
    }

    /// <summary>A phrase ends right at <paramref name="end"/>: the longest match from j capped at end is exactly [j, end).</summary>
    private static bool EndsAt(PhraseMatcher<bool> phrases, List<string> words, int end)
    {
        for (var j = end - 1; j >= 0 && j >= end - phrases.MaxTokens; j--)
            if (phrases.TryMatch(words, j, end - j, out var len, out _) && len == end - j) return true;
        return false;
    }

    /// <summary>A cue opening the sentence right after its section label: the label is the word before it ("Meds: - naproxen",
    /// "P: - Ibuprofen": a bullet under a plan or medication label, not a minus sign).</summary>
    private static bool ExceptedByHeader(string? header, Trigger trig)
    {
        if (header is null || trig.NotAfter is not { } before) return false;
        var (_, words) = Words(FirstHeaderWords(header));
        return EndsAt(before, words, words.Count);
    }

    private bool HeaderIsNegative(string header)
    {
        var (_, words) = Words(header);
        for (var i = 0; i < words.Count; i++) if (_negativeHeader.TryMatch(words, i, out _, out _)) return true;
        return false;
    }

    private bool IsPastEvent(List<string> words, int ts, int te) => Contains(_pastEvents, words, ts, te);

    private static bool Contains(PhraseMatcher<bool> phrases, List<string> words, int ts, int te)
    {
        for (var i = ts; i < te; i++)
            if (phrases.TryMatch(words, i, out var len, out _) && i + len <= te) return true;
        return false;
    }

    /// <summary>Does the target [ts, te) lie in the trigger's scope? Walks from the trigger toward the target.</summary>
    private static bool InScope(string sentence, List<Token> tokens, List<string> words, Cue m, Trigger trig, int ts, int te, List<Cue>? matches)
    {
        var forward = trig.Direction is Direction.Forward or Direction.Bidirectional;
        var backward = trig.Direction is Direction.Backward or Direction.Bidirectional;
        if (forward && m.To <= ts && Reaches(sentence, tokens, m, ts, trig, matches, true)) return true;
        if (backward && m.From >= te && (!trig.ClauseFinal || EndsClause(sentence, tokens, m.To)) && Reaches(sentence, tokens, m, te, trig, matches, false)) return true;
        // "Bowel/bladder: denies", "Numbness - none": a forward cue that is the whole value of a label line looks back over the label
        if (forward && m.From >= te && m.From > 0 && IsClauseBreak(sentence, tokens, m.From - 1) && EndsClause(sentence, tokens, m.To)
            && Reaches(sentence, tokens, m, te, trig, matches, false)) return true;
        return false;
    }

    /// <summary>Nothing but punctuation between the cue and the end of its clause.</summary>
    private static bool EndsClause(string sentence, List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            var c = sentence[tokens[i].Start];
            if (tokens[i].Kind == TokenKind.Punct && c is ',' or ';' or '.') return true;
            if (tokens[i].Kind != TokenKind.Punct) return false;
        }
        return true;
    }

    /// <summary>"->", "=>", "-->" or an arrow character at token <paramref name="i"/>.</summary>
    private static bool IsArrow(string sentence, List<Token> tokens, int i)
    {
        var c = sentence[tokens[i].Start];
        if (c is '\u2192' or '\u21D2' or '\u27F6') return true;
        if (c is not ('-' or '=')) return false;
        var k = i;
        while (k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End && sentence[tokens[k + 1].Start] == '-') k++;
        return k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End && sentence[tokens[k + 1].Start] == '>';
    }

    /// <summary>How many tokens the arrow at <paramref name="i"/> spans.</summary>
    private static int ArrowLength(string sentence, List<Token> tokens, int i)
    {
        var c = sentence[tokens[i].Start];
        if (c is '\u2192' or '\u21D2' or '\u27F6') return 1;
        var k = i;
        while (k + 1 < tokens.Count && tokens[k + 1].Start == tokens[k].End && sentence[tokens[k + 1].Start] == '-') k++;
        return k + 2 - i;
    }

    /// <summary>A colon or a spaced dash ("Assessment: X - suspected Y"): what follows is a new clause.</summary>
    private static bool IsClauseBreak(string sentence, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punct) return false;
        var c = sentence[t.Start];
        if (c is ':' or '\u2013' or '\u2014') return true;
        // a hyphen only with space on both sides: "L-spine" and "non-\nrotational" are words
        return c == '-' && (t.Start == 0 || char.IsWhiteSpace(sentence[t.Start - 1])) && (t.End >= sentence.Length || char.IsWhiteSpace(sentence[t.End]));
    }

    private static readonly HashSet<string> DottedTitles = new(StringComparer.OrdinalIgnoreCase) { "dr", "mr", "mrs", "ms", "vs", "st", "no", "fig", "approx", "cf" };

    /// <summary>A full stop followed by a capitalised word ("... doesn't explain sx. Immunosuppressed on MTX"): a sentence the splitter kept together.</summary>
    private static bool IsSentencePiece(string sentence, List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Punct || sentence[t.Start] != '.' || i + 1 >= tokens.Count || i == 0) return false;
        var next = tokens[i + 1];
        if (next.Start == t.End || !char.IsUpper(sentence[next.Start])) return false;
        var prev = tokens[i - 1];
        return prev.End != t.Start || !DottedTitles.Contains(sentence[prev.Start..prev.End]);
    }

    /// <summary>
    /// Walks the tokens between the cue and the target: stops at ';', '!', a sentence piece, a terminator of the category,
    /// past MaxScope words, out of a parenthesis the cue sits in ("(no injury), worsening"), and at a colon or spaced dash,
    /// save a label line's value ("Denies: fever"; "Numbness: none", "Reflexes: absent at the ankles").
    /// </summary>
    private static bool Reaches(string sentence, List<Token> tokens, Cue m, int target, Trigger trig, List<Cue>? matches, bool forward)
    {
        int from = forward ? m.To : target, to = forward ? target : m.From;
        var words = 0;
        var depth = 0;
        var semicolons = 0;
        for (var i = from; i < to; i++)
        {
            var t = tokens[i];
            // an arrow ("absent anal wink -> clinical CES") starts a new clause; "numbness -> resolved" keeps the cue right after it
            if (IsArrow(sentence, tokens, i))
            {
                if (forward ? i != from : i + ArrowLength(sentence, tokens, i) != to) return false;
                i += ArrowLength(sentence, tokens, i) - 1;
                continue;
            }
            if (t.Kind == TokenKind.Punct)
            {
                var c = sentence[t.Start];
                if (c == ';' && !forward && trig.CrossesSemicolon && semicolons++ == 0) continue;
                if (c is ';' or '!') return false;
                // a comma right before a backward cue that ends its clause sets off its verdict ("discitis, cannot be excluded.")
                if (c == ',' && trig.CommaEnds && (forward || i != to - 1 || !EndsClause(sentence, tokens, m.To))) return false;
                if (IsSentencePiece(sentence, tokens, i)) return false;
                if (forward && c == '(') depth++;
                if (forward && c == ')' && depth-- == 0) return false;
                if (IsClauseBreak(sentence, tokens, i))
                {
                    // a spaced dash joins a course to its outcome as ';' does ("treated with cephalexin x 7 days - healed by 4 weeks")
                    if (!forward && trig.CrossesSemicolon && c != ':' && semicolons++ == 0) continue;
                    if (forward && i != from) return false;
                    // backward: only a cue that opens the value after the label, and then only a negation or a value ending the clause
                    if (!forward && (i != to - 1 || trig.Category != Assertion.Absent && !trig.LabelVerdict && !EndsClause(sentence, tokens, m.To))) return false;
                }
                continue;
            }
            if (++words > trig.MaxScope) return false;
        }
        if (matches is not null)
            foreach (var c in matches)
                if (c.From >= from && c.To <= to && c.Entry.Terminators.Any(x => x.Categories.Contains(trig.Category) && !(x.Auxiliary && trig.ClauseObject && forward)))
                    return false;
        return true;
    }
}
