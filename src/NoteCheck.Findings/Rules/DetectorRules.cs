using System.Text.Json;
using System.Text.RegularExpressions;
using NoteCheck.Core;
using NoteCheck.Text;

namespace NoteCheck.Findings.Rules;

/// <summary>
/// Everything the rule-based detector reads at run time: the type catalog, lexicons, settings and
/// the detector rules of rules/findings/detectors/*.json, validated at load (closed keys, known
/// types, attributes and closed values, compilable patterns, unique ids).
/// </summary>
public sealed class DetectorRules
{
    private static readonly HashSet<string> RuleKeys =
    [
        "id", "type", "pattern", "assertion", "attributes", "laterality", "level", "sections", "excludeSections",
        "noteKinds", "excludeNoteKinds", "unless", "requires", "pediatric", "confidence", "evidence", "date",
        "suppresses", "numeric", "caseSensitive", "asPresent", "comment", "afterHeader", "requiresBefore", "requiresInNote", "unlessInNote", "maxPatientAge", "columnHeader",
    ];
    private static readonly HashSet<string> FileKeys = ["_comment", "rules"];
    private static readonly HashSet<string> SettingsKeys = ["_comment", "pediatricMaxAge", "groupBy", "extractors", "agePatterns", "explains", "caudaEquina", "scannerLimit", "assertionPolicy", "copiedForward", "groupAnyTrue"];
    private static readonly HashSet<string> ExtractorKeys = ["id", "types", "attribute", "pattern", "group", "value", "as", "scope", "when", "lexicon", "noteKinds", "rules", "olderThan", "comment"];
    private static readonly HashSet<string> Builtin = ["laterality", "level"];
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    public required FindingTypeCatalog Catalog { get; init; }
    public required Lexicons Lexicons { get; init; }
    public required DetectorSettings Settings { get; init; }
    public required IReadOnlyList<FindingRule> Rules { get; init; }

    private static readonly Lazy<DetectorRules> DefaultRules = new(() => Load(RulesLocator.PathOf("findings")));
    public static DetectorRules Default => DefaultRules.Value;

    /// <summary>Loads rules/findings (or another folder with the same layout).</summary>
    public static DetectorRules Load(string folder)
    {
        var catalog = FindingTypeCatalog.Load(Path.Combine(folder, "types.json"));
        var lexicons = Lexicons.Load(Path.Combine(folder, "lexicons.json"));
        var settings = LoadSettings(Path.Combine(folder, "detector.json"), catalog, lexicons);
        var rules = new List<FindingRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var dir = Path.Combine(folder, "detectors");
        foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            using var doc = Parse(file);
            foreach (var p in doc.RootElement.EnumerateObject())
                if (!FileKeys.Contains(p.Name)) throw new RuleFileException(file, null, $"unknown key '{p.Name}'");
            if (!doc.RootElement.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new RuleFileException(file, null, "missing array 'rules'");
            foreach (var r in list.EnumerateArray())
            {
                var rule = ParseRule(file, r, catalog, lexicons);
                if (!ids.Add(rule.Id)) throw new RuleFileException(file, rule.Id, "duplicate rule id");
                rules.Add(rule);
            }
        }
        // detector.json names rules by id; a renamed or misspelt id would silently switch the policy off.
        foreach (var given in settings.Policy.GivenRules)
            if (!ids.Contains(given)) throw new RuleFileException(Path.Combine(folder, "detector.json"), "assertionPolicy", $"givenRules: no rule has the id '{given}'");
        foreach (var x in settings.Extractors)
            foreach (var given in x.Rules ?? (IEnumerable<string>)[])
                if (!ids.Contains(given)) throw new RuleFileException(Path.Combine(folder, "detector.json"), x.Id, $"rules: no rule has the id '{given}'");
        return new DetectorRules { Catalog = catalog, Lexicons = lexicons, Settings = settings, Rules = rules };
    }

    private static JsonDocument Parse(string file)
    {
        try { return JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
        catch (JsonException e) { throw new RuleFileException(file, null, $"invalid JSON at line {e.LineNumber + 1}"); }
    }

    private static FindingRule ParseRule(string file, JsonElement r, FindingTypeCatalog catalog, Lexicons lexicons)
    {
        var id = r.TryGetProperty("id", out var idEl) ? idEl.GetString() : null;
        if (string.IsNullOrWhiteSpace(id)) throw new RuleFileException(file, null, "a rule has no 'id'");
        RuleFileException Bad(string message) => new(file, id, message);
        foreach (var p in r.EnumerateObject())
            if (!RuleKeys.Contains(p.Name)) throw Bad($"unknown key '{p.Name}'");
        var type = Str(r, "type") ?? throw Bad("missing 'type'");
        if (!catalog.Has(type)) throw Bad($"type '{type}' is not in types.json");
        var caseSensitive = r.TryGetProperty("caseSensitive", out var cs) && cs.GetBoolean();
        var pattern = Compile(Str(r, "pattern") ?? throw Bad("missing 'pattern'"), "pattern", caseSensitive, lexicons, Bad);
        var groups = pattern.GetGroupNames().ToHashSet(StringComparer.Ordinal);

        var (mode, fixedAssertion) = Str(r, "assertion") switch
        {
            null or "context" => (AssertionMode.Context, (Assertion?)null),
            "normal" => (AssertionMode.Normal, null),
            var a when Enum.TryParse<Assertion>(a, true, out var parsed) && a == a.ToLowerInvariant() => (AssertionMode.Fixed, parsed),
            var a => throw Bad($"assertion '{a}' is not context, normal or an assertion of contract §3"),
        };

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (r.TryGetProperty("attributes", out var attrs))
            foreach (var a in attrs.EnumerateObject())
            {
                var spec = catalog.Attribute(type, a.Name) ?? throw Bad($"attribute '{a.Name}' is not an attribute of '{type}' in types.json");
                var value = a.Value.ValueKind switch
                {
                    JsonValueKind.String => a.Value.GetString()!,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Number => a.Value.GetRawText(),
                    _ => throw Bad($"attribute '{a.Name}' must be a string, number or bool"),
                };
                CheckValue(value, spec, groups, lexicons, Bad);
                attributes[a.Name] = value;
            }
        var laterality = Str(r, "laterality");
        var level = Str(r, "level");
        foreach (var v in new[] { laterality, level })
            if (v is not null && v.StartsWith('$')) CheckReference(v, groups, lexicons, Bad);

        var evidence = Str(r, "evidence");
        if (evidence is not null && !groups.Contains(evidence)) throw Bad($"evidence group '{evidence}' is not a group of the pattern");

        NumericCondition? numeric = null;
        if (r.TryGetProperty("numeric", out var n))
        {
            var group = Str(n, "group") ?? throw Bad("numeric needs 'group'");
            if (!groups.Contains(group)) throw Bad($"numeric group '{group}' is not a group of the pattern");
            foreach (var p in n.EnumerateObject())
                if (p.Name is not ("group" or "minus" or "above" or "below")) throw Bad($"unknown key 'numeric.{p.Name}'");
            var minus = Str(n, "minus");
            if (minus is not null && !groups.Contains(minus)) throw Bad($"numeric minus group '{minus}' is not a group of the pattern");
            numeric = new NumericCondition(group, n.TryGetProperty("above", out var ab) ? ab.GetDouble() : null, n.TryGetProperty("below", out var be) ? be.GetDouble() : null, minus);
        }
        var suppresses = StrList(r, "suppresses", Bad);
        foreach (var s in suppresses ?? []) if (!catalog.Has(s)) throw Bad($"suppressed type '{s}' is not in types.json");
        var date = Str(r, "date") ?? "note";
        if (date is not ("note" or "sentence")) throw Bad("date must be 'note' or 'sentence'");

        return new FindingRule
        {
            Id = id, Type = type, File = Path.GetFileName(file), Pattern = pattern,
            AssertionMode = mode, FixedAssertion = fixedAssertion, Attributes = attributes,
            Laterality = laterality, Level = level,
            Sections = StrList(r, "sections", Bad)?.ToHashSet(StringComparer.Ordinal),
            ExcludeSections = StrList(r, "excludeSections", Bad)?.ToHashSet(StringComparer.Ordinal),
            NoteKinds = Kinds(StrList(r, "noteKinds", Bad), Bad),
            ExcludeNoteKinds = Kinds(StrList(r, "excludeNoteKinds", Bad), Bad),
            Unless = Str(r, "unless") is { } u ? Compile(u, "unless", caseSensitive, lexicons, Bad) : null,
            Requires = Str(r, "requires") is { } q ? Compile(q, "requires", caseSensitive, lexicons, Bad) : null,
            RequiresBefore = Str(r, "requiresBefore") is { } rb ? Compile(rb, "requiresBefore", caseSensitive, lexicons, Bad) : null,
            RequiresInNote = Str(r, "requiresInNote") is { } rn ? Compile(rn, "requiresInNote", caseSensitive, lexicons, Bad) : null,
            UnlessInNote = Str(r, "unlessInNote") is { } un ? Compile(un, "unlessInNote", caseSensitive, lexicons, Bad) : null,
            ColumnHeader = Str(r, "columnHeader") is { } ch ? Compile(ch, "columnHeader", false, lexicons, Bad) : null,
            AfterHeader = Str(r, "afterHeader") is { } h ? Compile(h, "afterHeader", false, lexicons, Bad) : null,
            Pediatric = r.TryGetProperty("pediatric", out var ped) && ped.GetBoolean(),
            MaxPatientAge = r.TryGetProperty("maxPatientAge", out var mpa) ? (mpa.TryGetInt32(out var mx) && mx >= 0 ? mx : throw Bad("maxPatientAge must be a whole number of years")) : null,
            Confidence = r.TryGetProperty("confidence", out var c) ? c.GetDouble() : 0.9,
            EvidenceGroup = evidence,
            DateFromSentence = date == "sentence",
            Suppresses = suppresses?.ToHashSet(StringComparer.Ordinal) ?? [],
            Numeric = numeric,
            AsPresent = (StrList(r, "asPresent", Bad) ?? []).Select(a => Enum.TryParse<Assertion>(a, true, out var x) && a == a.ToLowerInvariant() ? x : throw Bad($"asPresent '{a}' is not an assertion")).ToHashSet(),
        };
    }

    private static void CheckValue(string value, AttributeSpec spec, HashSet<string> groups, Lexicons lexicons, Func<string, RuleFileException> bad)
    {
        if (value.StartsWith('$')) { CheckReference(value, groups, lexicons, bad); return; }
        if (spec.Values is not null && !spec.Values.Contains(value)) throw bad($"value '{value}' of '{spec.Name}' is not one of types.json's values");
        if (spec.Kind == "bool" && value is not ("true" or "false")) throw bad($"'{spec.Name}' must be true or false");
        if (spec.Kind == "number" && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _)) throw bad($"'{spec.Name}' must be a number");
    }

    private static void CheckReference(string reference, HashSet<string> groups, Lexicons lexicons, Func<string, RuleFileException> bad)
    {
        var parts = reference[1..].Split('|');
        foreach (var g in parts[0].Split(','))
            if (!groups.Contains(g)) throw bad($"'{reference}' names no group '{g}' of the pattern");
        if (parts.Length > 1 && !lexicons.HasLexicon(parts[1])) throw bad($"'{reference}' names no lexicon");
    }

    private static IReadOnlySet<NoteKind>? Kinds(IReadOnlyList<string>? names, Func<string, RuleFileException> bad) =>
        names?.Select(n => NoteKindNames.TryParse(n, out var k) ? k : throw bad($"note kind '{n}' is not one of contract §5")).ToHashSet();

    private static Regex Compile(string pattern, string key, bool caseSensitive, Lexicons lexicons, Func<string, RuleFileException> bad)
    {
        var expanded = lexicons.Expand(pattern, name => bad($"{key} refers to unknown macro or lexicon '{name}'"));
        try { return new Regex(expanded, Options | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase), TimeSpan.FromSeconds(1)); }
        catch (ArgumentException e) { throw bad($"{key} is not a valid regular expression ({e.Message})"); }
    }

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string>? StrList(JsonElement e, string key, Func<string, RuleFileException> bad)
    {
        if (!e.TryGetProperty(key, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Array) throw bad($"'{key}' must be a list of strings");
        return [.. v.EnumerateArray().Select(x => x.GetString() ?? throw bad($"'{key}' must be a list of strings"))];
    }

    /// <summary>A settings block mapping finding types to lists of their attributes ("groupBy", "groupAnyTrue"), each type
    /// in the catalog and each attribute one <paramref name="fits"/> accepts.</summary>
    private static Dictionary<string, IReadOnlyList<string>> AttributesByType(string file, JsonElement root, string key,
        FindingTypeCatalog catalog, Func<string, string, bool> fits, string misfit)
    {
        var byType = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty(key, out var block)) return byType;
        foreach (var t in block.EnumerateObject())
        {
            if (!catalog.Has(t.Name)) throw new RuleFileException(file, null, $"{key} type '{t.Name}' is not in types.json");
            List<string> attrs = [.. t.Value.EnumerateArray().Select(x => x.GetString()!)];
            foreach (var a in attrs)
                if (!fits(t.Name, a)) throw new RuleFileException(file, null, $"{key} '{t.Name}' names '{a}': {misfit}");
            byType[t.Name] = attrs;
        }
        return byType;
    }

    private static DetectorSettings LoadSettings(string file, FindingTypeCatalog catalog, Lexicons lexicons)
    {
        using var doc = Parse(file);
        var root = doc.RootElement;
        foreach (var p in root.EnumerateObject())
            if (!SettingsKeys.Contains(p.Name)) throw new RuleFileException(file, null, $"unknown key '{p.Name}'");
        var groupBy = AttributesByType(file, root, "groupBy", catalog,
            (t, a) => Builtin.Contains(a) || catalog.Attribute(t, a) is not null, "unknown attribute");
        var anyTrue = AttributesByType(file, root, "groupAnyTrue", catalog,
            (t, a) => catalog.Attribute(t, a) is { Kind: "bool" }, "not a bool attribute of the type");
        var extractors = new List<AttributeExtractor>();
        if (root.TryGetProperty("extractors", out var ex))
            foreach (var x in ex.EnumerateArray())
            {
                var id = Str(x, "id") ?? throw new RuleFileException(file, null, "an extractor has no 'id'");
                RuleFileException Bad(string m) => new(file, id, m);
                foreach (var p in x.EnumerateObject())
                    if (!ExtractorKeys.Contains(p.Name)) throw Bad($"unknown key '{p.Name}'");
                var types = (StrList(x, "types", Bad) ?? throw Bad("missing 'types'")).ToHashSet(StringComparer.Ordinal);
                var attribute = Str(x, "attribute") ?? throw Bad("missing 'attribute'");
                foreach (var t in types)
                    if (!catalog.Has(t) || catalog.Attribute(t, attribute) is null) throw Bad($"'{attribute}' is not an attribute of '{t}' in types.json");
                var pattern = Compile(Str(x, "pattern") ?? throw Bad("missing 'pattern'"), "pattern", false, lexicons, Bad);
                var group = Str(x, "group");
                if (group is not null && !pattern.GetGroupNames().Contains(group)) throw Bad($"group '{group}' is not a group of the pattern");
                var @as = Str(x, "as") ?? "string";
                if (@as is not ("number" or "date" or "date_day_first" or "birth_date" or "string" or "bool" or "days_to_weeks" or "past_start" or "past_end")) throw Bad($"'as' must be number, date, date_day_first, birth_date, string, bool, days_to_weeks, past_start or past_end");
                var scope = Str(x, "scope") ?? "sentence";
                if (scope is not ("sentence" or "section" or "near" or "note" or "verdict")) throw Bad("'scope' must be sentence, section, near, note or verdict");
                var lexicon = Str(x, "lexicon");
                if (lexicon is not null && !lexicons.HasLexicon(lexicon)) throw Bad($"lexicon '{lexicon}' does not exist");
                var value = Str(x, "value");
                foreach (var t in types)
                    if (value is not null && catalog.Attribute(t, attribute)!.Values is { } allowed && !allowed.Contains(value))
                        throw Bad($"value '{value}' of '{attribute}' is not one of types.json's values for '{t}'");
                (int Days, int Months)? olderThan = null;
                if (x.TryGetProperty("olderThan", out var ot))
                {
                    const string badAge = "'olderThan' must be one of {days|weeks|months|years: n}";
                    var props = ot.ValueKind == JsonValueKind.Object ? ot.EnumerateObject().ToList() : [];
                    if (props.Count != 1 || props[0].Value.ValueKind != JsonValueKind.Number || !props[0].Value.TryGetInt32(out var n) || n < 0)
                        throw Bad(badAge);
                    olderThan = props[0].Name switch
                    {
                        "days" => (n, 0), "weeks" => (7 * n, 0), "months" => (0, n), "years" => (0, 12 * n),
                        _ => throw Bad(badAge),
                    };
                }
                var when = new Dictionary<string, string>(StringComparer.Ordinal);
                if (x.TryGetProperty("when", out var w)) foreach (var p in w.EnumerateObject()) when[p.Name] = p.Value.GetString()!;
                extractors.Add(new AttributeExtractor
                {
                    Id = id, Types = types, Attribute = attribute, Pattern = pattern, Group = group,
                    Value = value, As = @as, Scope = scope, When = when, Lexicon = lexicon,
                    NoteKinds = Kinds(StrList(x, "noteKinds", Bad), Bad), OlderThan = olderThan,
                    Rules = StrList(x, "rules", Bad)?.ToHashSet(StringComparer.Ordinal),
                });
            }
        List<Regex> ages = [];
        foreach (var a in StrList(root, "agePatterns", m => new RuleFileException(file, null, m)) ?? [])
        {
            var re = Compile(a, "agePatterns", false, lexicons, m => new RuleFileException(file, null, m));
            if (!re.GetGroupNames().Contains("age")) throw new RuleFileException(file, null, "each age pattern needs a group 'age'");
            ages.Add(re);
        }
        Composition.ExplainsSettings? explains = null;
        if (root.TryGetProperty("explains", out var xp))
        {
            RuleFileException Bad(string m) => new(file, "explains", m);
            foreach (var p in xp.EnumerateObject())
                if (p.Name is not ("cue" or "exclusions" or "deficits" or "sentenceReach" or "againstCue" or "symmetricCue")) throw Bad($"unknown key '{p.Name}'");
            var exclusions = (StrList(xp, "exclusions", Bad) ?? []).ToHashSet(StringComparer.Ordinal);
            var deficits = (StrList(xp, "deficits", Bad) ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var t in exclusions.Concat(deficits)) if (!catalog.Has(t)) throw Bad($"type '{t}' is not in types.json");
            explains = new Composition.ExplainsSettings(Compile(Str(xp, "cue") ?? throw Bad("missing 'cue'"), "cue", false, lexicons, Bad),
                exclusions, deficits, xp.TryGetProperty("sentenceReach", out var sr) ? sr.GetInt32() : 2,
                Str(xp, "againstCue") is { } ac ? Compile(ac, "againstCue", false, lexicons, Bad) : null,
                Str(xp, "symmetricCue") is { } sc ? Compile(sc, "symmetricCue", false, lexicons, Bad) : null);
        }
        var policy = new AssertionPolicy();
        if (root.TryGetProperty("assertionPolicy", out var ap))
        {
            RuleFileException Bad(string m) => new(file, "assertionPolicy", m);
            foreach (var p in ap.EnumerateObject())
                if (p.Name is not ("unchecked" or "checked" or "ignoreTriggers" or "plannedTypes" or "plannedCue" or "ongoingCue" or "planSections" or "planSectionsGivenInNoteKinds" or "historicalAsPresent" or "listNegation" or "listNegationBreak" or "hypotheticalLead" or "givenRules" or "givenPlannedCue" or "plannedTrail" or "rowDenied" or "rowUncertain" or "familySubject" or "familySubjectBreak" or "otherPersonParagraph" or "keptTriggers" or "possibleAsPlanned" or "comment"))
                    throw Bad($"unknown key '{p.Name}'");
            Regex? Re(string key) => Str(ap, key) is { } v ? Compile(v, key, false, lexicons, Bad) : null;
            var ignore = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
            if (ap.TryGetProperty("ignoreTriggers", out var it))
                foreach (var t in it.EnumerateObject())
                {
                    if (!catalog.Has(t.Name)) throw Bad($"type '{t.Name}' is not in types.json");
                    ignore[t.Name] = t.Value.EnumerateArray().Select(x => x.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
                }
            var planned = (StrList(ap, "plannedTypes", Bad) ?? []).ToHashSet(StringComparer.Ordinal);
            foreach (var t in planned) if (!catalog.Has(t)) throw Bad($"type '{t}' is not in types.json");
            policy = new AssertionPolicy
            {
                Unchecked = Re("unchecked"), Checked = Re("checked"), IgnoreTriggers = ignore, PlannedTypes = planned,
                PlannedCue = Re("plannedCue"), OngoingCue = Re("ongoingCue"),
                PlanSections = (StrList(ap, "planSections", Bad) ?? []).ToHashSet(StringComparer.Ordinal),
                PlanSectionsGivenInNoteKinds = Kinds(StrList(ap, "planSectionsGivenInNoteKinds", Bad), Bad) ?? new HashSet<NoteKind>(),
                GivenRules = (StrList(ap, "givenRules", Bad) ?? []).ToHashSet(StringComparer.Ordinal), GivenPlannedCue = Re("givenPlannedCue"), PlannedTrail = Re("plannedTrail"),
                HistoricalAsPresent = (StrList(ap, "historicalAsPresent", Bad) ?? []).ToHashSet(StringComparer.Ordinal),
                ListNegation = Re("listNegation"), ListNegationBreak = Re("listNegationBreak"), HypotheticalLead = Re("hypotheticalLead"),
                RowDenied = Re("rowDenied"), RowUncertain = Re("rowUncertain"), FamilySubject = Re("familySubject"), FamilySubjectBreak = Re("familySubjectBreak"),
                OtherPersonParagraph = Re("otherPersonParagraph"),
                KeptTriggers = (StrList(ap, "keptTriggers", Bad) ?? []).ToHashSet(StringComparer.Ordinal),
                PossibleAsPlanned = (StrList(ap, "possibleAsPlanned", Bad) ?? []).ToHashSet(StringComparer.Ordinal),
            };
            foreach (var t in policy.HistoricalAsPresent) if (!catalog.Has(t)) throw Bad($"type '{t}' is not in types.json");
            foreach (var t in policy.PossibleAsPlanned) if (!catalog.Has(t)) throw Bad($"type '{t}' is not in types.json");
        }
        return new DetectorSettings
        {
            Policy = policy,
            Explains = explains,
            CaudaEquina = root.TryGetProperty("caudaEquina", out var ce) ? CaudaEquinaSettingsOf(file, ce, catalog) : null,
            ScannerLimit = root.TryGetProperty("scannerLimit", out var sl) ? ScannerLimitSettingsOf(file, sl, lexicons) : null,
            PediatricMaxAge = root.TryGetProperty("pediatricMaxAge", out var pm) ? pm.GetInt32() : 17,
            GroupBy = groupBy, GroupAnyTrue = anyTrue, Extractors = extractors, AgePatterns = ages,
            CopiedForward = root.TryGetProperty("copiedForward", out var cf)
                ? Compile(cf.GetString() ?? "", "copiedForward", false, lexicons, m => new RuleFileException(file, "copiedForward", m)) : null,
        };
    }
    /// <summary>detector.json "scannerLimit": closed keys; both patterns must capture 'value' and 'unit'.</summary>
    private static Composition.ScannerLimitSettings ScannerLimitSettingsOf(string file, JsonElement sl, Lexicons lexicons)
    {
        RuleFileException Bad(string m) => new(file, "scannerLimit", m);
        foreach (var p in sl.EnumerateObject())
            if (p.Name is not ("comment" or "ruleId" or "confidence" or "limit" or "weight" or "unless")) throw Bad($"unknown key '{p.Name}'");
        var ruleId = Str(sl, "ruleId") is { Length: > 0 } id && id.StartsWith("mri_contraindication.", StringComparison.Ordinal) ? id : throw Bad("'ruleId' must be an mri_contraindication rule id");
        var confidence = sl.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : throw Bad("missing 'confidence' (a number)");
        Regex Pattern(string key)
        {
            var re = Compile(Str(sl, key) ?? throw Bad($"missing '{key}'"), key, false, lexicons, Bad);
            if (!re.GetGroupNames().Contains("value") || !re.GetGroupNames().Contains("unit")) throw Bad($"'{key}' must capture the groups 'value' and 'unit'");
            return re;
        }
        var unless = Str(sl, "unless") is { } u ? Compile(u, "unless", false, lexicons, Bad) : null;
        return new Composition.ScannerLimitSettings(ruleId, confidence, Pattern("limit"), Pattern("weight"), unless);
    }

    /// <summary>detector.json "caudaEquina": every section a known one (sections.json), every type, attribute and value in types.json.</summary>
    private static Composition.CaudaEquinaSettings CaudaEquinaSettingsOf(string file, JsonElement ce, FindingTypeCatalog catalog)
    {
        RuleFileException Bad(string m) => new(file, "caudaEquina", m);
        foreach (var p in ce.EnumerateObject())
            if (p.Name is not ("comment" or "ruleId" or "confidence" or "pastSections" or "notParts" or "notPartRules")) throw Bad($"unknown key '{p.Name}'");
        var ruleId = Str(ce, "ruleId") is { Length: > 0 } id ? id : throw Bad("missing 'ruleId'");
        var confidence = ce.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble() : throw Bad("missing 'confidence' (a number)");
        var past = (StrList(ce, "pastSections", Bad) ?? throw Bad("missing 'pastSections'")).ToHashSet(StringComparer.Ordinal);
        foreach (var section in past)
            if (!Sectionizer.Default.Names.Contains(section)) throw Bad($"pastSections: '{section}' is not a section in sections.json");
        var notParts = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlySet<string>>>(StringComparer.Ordinal);
        if (ce.TryGetProperty("notParts", out var np))
            foreach (var type in np.EnumerateObject())
            {
                if (!catalog.Has(type.Name)) throw Bad($"notParts: type '{type.Name}' is not in types.json");
                var attributes = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
                foreach (var attribute in type.Value.EnumerateObject())
                {
                    var spec = catalog.Attribute(type.Name, attribute.Name) ?? throw Bad($"notParts: '{attribute.Name}' is not an attribute of {type.Name} in types.json");
                    // Case-insensitive: a bool attribute reads back as "False" while the JSON writes false.
                    var values = (StrList(type.Value, attribute.Name, Bad) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    foreach (var v in values)
                        if (spec.Values is not null && !spec.Values.Contains(v)) throw Bad($"notParts: '{v}' is not one of the values of {type.Name}.{attribute.Name} in types.json");
                    attributes[attribute.Name] = values;
                }
                notParts[type.Name] = attributes;
            }
        var notPartRules = (StrList(ce, "notPartRules", Bad) ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var notPart in notPartRules)
            if (notPart.IndexOf('.') is var dot && (dot <= 0 || !catalog.Has(notPart[..dot]))) throw Bad($"notPartRules: '{notPart}' is not a rule id of a type in types.json");
        return new Composition.CaudaEquinaSettings(ruleId, confidence, past, notParts) { NotPartRules = notPartRules };
    }
}

/// <summary>Contract §5 note kind names (office_visit, pt_note, ...) to <see cref="NoteKind"/>.</summary>
public static class NoteKindNames
{
    public static string Name(NoteKind kind) => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse(string name, out NoteKind kind)
    {
        foreach (var k in Enum.GetValues<NoteKind>())
            if (Name(k) == name) { kind = k; return true; }
        kind = default;
        return false;
    }
}
