using System.Text.Json;
using NoteCheck.Core;

namespace NoteCheck.Criteria;

/// <summary>A criteria file that cannot be used; the message names the file, the node id and the bad key.</summary>
public sealed class CriteriaFileException(string message) : NoteCheck.Core.InvalidRuleFileException(message);

/// <summary>
/// Reads a criteria file (JSON with closed key sets) and validates it against the finding catalog:
/// unknown keys, unknown fact types or attributes, bad values or windows, duplicate ids and
/// dangling refs are load errors naming the file and node.
/// </summary>
public static class CriteriaLoader
{
    public const string DefaultFileName = "NIA_CG_045.json";

    private static readonly HashSet<string> RootKeys =
        ["_comment", "guideline", "revision", "coveredCpt", "specialties", "overlap", "definitions", "indications", "overviewSections", "notEncoded", "disagreement", "readTwice"];
    private static readonly HashSet<string> NodeMetaKeys = ["id", "clause", "label", "missing", "note", "bullets", "exclusion", "after"];
    private static readonly HashSet<string> NodeKinds =
        ["all", "any", "not", "atLeast", "fact", "span", "age", "specialty", "cpt", "procedure", "otherStudies", "ref"];
    private static readonly HashSet<string> SameNoteKeys = ["type", "where"];
    private static readonly HashSet<string> FactKeys = ["type", "types", "assertion", "laterality", "where", "within", "atLeastAgo", "minCount", "notInSections", "unlessTreatedBy", "unlessLaterNormal", "chronicIfSeenBefore", "notBeforeLast", "withinByNote", "unlessLaterAbsent", "absentCovers", "region", "unlessReportDenies", "unlessToldOld", "toldOldBy", "unlessSameNote"];
    private static readonly HashSet<string> WhereKeys = ["attr", "equals", "in", "notIn", "is", "isNot", "exists", "gt", "gte", "lt", "lte"];
    private static readonly HashSet<string> Assertions = ["present", "absent", "possible", "historical", "hypothetical", "family"];
    private static readonly HashSet<string> Lateralities = ["left", "right", "bilateral"];
    private static readonly HashSet<string> PeriodUnits = ["days", "weeks", "months", "years"];
    private static readonly HashSet<string> AgeOps = ["lt", "lte", "gt", "gte"];
    private static readonly HashSet<string> Procedures = ["ct", "ct_myelogram", "ct_discogram"];

    public static string DefaultPath => RulesLocator.PathOf("criteria", DefaultFileName);

    public static CriteriaSet Load(string? path = null, FindingCatalog? catalog = null)
    {
        path ??= DefaultPath;
        var file = Path.GetFileName(path);
        catalog ??= FindingCatalog.Load();
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException e) { throw new CriteriaFileException($"{file}: not valid JSON (line {e.LineNumber + 1}): {e.Message}"); }
        catch (IOException e) { throw new CriteriaFileException($"{file}: cannot be read: {e.Message}"); }
        using (doc) return new Reader(file, catalog).Read(doc.RootElement);
    }

    private sealed class Reader(string file, FindingCatalog catalog)
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly HashSet<string> _specialtyCodes = new(StringComparer.Ordinal);

        private CriteriaFileException Error(string where, string what) => new($"{file}: {where}: {what}");

        public CriteriaSet Read(JsonElement root)
        {
            CheckKeys(root, RootKeys, "file root");
            var specialties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var s in Obj(root, "specialties", "file root").EnumerateObject())
                foreach (var spelling in Strings(s.Value, $"specialties.{s.Name}"))
                {
                    specialties[SpecialtyNormalizer.Key(spelling)] = s.Name;
                    _specialtyCodes.Add(s.Name);
                }

            var definitions = new Dictionary<string, CriterionNode>(StringComparer.Ordinal);
            if (root.TryGetProperty("definitions", out var defs))
                foreach (var d in defs.EnumerateArray())
                {
                    var node = Node(d, "definitions");
                    definitions[node.Id] = node;
                }

            var indications = new List<IndicationCriteria>();
            foreach (var i in Arr(root, "indications", "file root").EnumerateArray())
            {
                var where = "indication " + (i.TryGetProperty("id", out var iid) ? iid.GetString() : "?");
                CheckKeys(i, ["id", "clause", "sections", "rule"], where);
                var id = Str(i, "id", where);
                indications.Add(new IndicationCriteria(id, Str(i, "clause", where),
                    i.TryGetProperty("sections", out var secs) ? Strings(secs, where + ".sections") : [],
                    Node(Obj(i, "rule", where), where)));
            }

            var set = new CriteriaSet
            {
                File = file,
                Guideline = Str(root, "guideline", "file root"),
                Revision = Str(root, "revision", "file root"),
                CoveredCpt = Strings(Arr(root, "coveredCpt", "file root"), "coveredCpt"),
                Specialties = specialties,
                Overlap = Overlap(Obj(root, "overlap", "file root")),
                Definitions = definitions,
                Indications = indications,
                OverviewSections = root.TryGetProperty("overviewSections", out var ov) ? Strings(ov, "overviewSections") : [],
                NotEncoded = root.TryGetProperty("notEncoded", out var ne)
                    ? ne.EnumerateArray().Select(x =>
                    {
                        CheckKeys(x, ["bullet", "reason"], "notEncoded");
                        return new NotEncodedBullet(Str(x, "bullet", "notEncoded"), Str(x, "reason", "notEncoded"));
                    }).ToList()
                    : [],
                Disagreement = root.TryGetProperty("disagreement", out var dg) ? Disagreement(dg) : null,
                ReadTwice = root.TryGetProperty("readTwice", out var rt) ? ReadTwice(rt) : null,
            };
            foreach (var n in set.AllNodes().Where(n => n.Kind == "ref"))
                if (!definitions.ContainsKey(n.Ref!)) throw Error($"node '{n.Id}'", $"ref '{n.Ref}' names no definition");
            foreach (var n in set.AllNodes().Where(n => n.Kind == "otherStudies"))
                foreach (var r in n.OtherStudies!.Regions)
                    if (r != "*" && !set.Overlap.RegionCodes.ContainsKey(r)) throw Error($"node '{n.Id}'", $"otherStudies names unknown region '{r}'");
            foreach (var id in new[] { OverlapGate.PriorExemptId, OverlapGate.JustifiedId })
                if (!definitions.ContainsKey(id)) throw Error("definitions", $"the overlapping-imaging gate needs a definition '{id}'");
            return set;
        }

        private DisagreementGate Disagreement(JsonElement e)
        {
            const string where = "disagreement";
            CheckKeys(e, ["_comment", "clause", "identity", "sites", "notWithinNote", "pastEvents", "pastEventDenials", "pastEventStates", "negatingAttributes", "anyOrder"], where);
            var identity = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var t in Obj(e, "identity", where).EnumerateObject())
            {
                if (!catalog.HasType(t.Name)) throw Error(where, $"identity names unknown finding type '{t.Name}'");
                var attrs = Strings(t.Value, $"{where}.identity.{t.Name}");
                foreach (var a in attrs)
                    if (catalog.Attribute(t.Name, a) is null) throw Error(where, $"unknown attribute '{a}' for finding type '{t.Name}'");
                identity[t.Name] = attrs;
            }
            var notWithin = Strings(Arr(e, "notWithinNote", where), where + ".notWithinNote");
            foreach (var t in notWithin)
                if (!catalog.HasType(t)) throw Error(where, $"notWithinNote names unknown finding type '{t}'");
            var sites = Strings(Arr(e, "sites", where), where + ".sites");
            foreach (var a in sites)
                if (!catalog.HasAttribute(a)) throw Error(where, $"sites names '{a}', an attribute of no finding type");
            var past = e.TryGetProperty("pastEvents", out var pe) ? Strings(pe, where + ".pastEvents") : [];
            foreach (var t in past)
                if (!catalog.HasType(t)) throw Error(where, $"pastEvents names unknown finding type '{t}'");
            var denials = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (e.TryGetProperty("pastEventDenials", out var pd))
                foreach (var t in pd.EnumerateObject())
                {
                    if (!past.Contains(t.Name)) throw Error(where, $"pastEventDenials names '{t.Name}', which pastEvents does not list");
                    denials[t.Name] = Strings(t.Value, $"{where}.pastEventDenials.{t.Name}");
                }
            var states = BoolAttributesByType(e, "pastEventStates", where,
                t => past.Contains(t) ? null : $"pastEventStates names '{t}', which pastEvents does not list");
            var negating = BoolAttributesByType(e, "negatingAttributes", where,
                t => catalog.HasType(t) ? null : $"negatingAttributes names unknown finding type '{t}'");
            var anyOrder = e.TryGetProperty("anyOrder", out var ao) ? Strings(ao, where + ".anyOrder") : [];
            foreach (var t in anyOrder)
                if (!catalog.HasType(t)) throw Error(where, $"anyOrder names unknown finding type '{t}'");
            return new DisagreementGate(identity, sites, notWithin, Str(e, "clause", where)) { PastEvents = past, PastEventDenials = denials, PastEventStates = states, NegatingAttributes = negating, AnyOrder = anyOrder };
        }

        // An optional object of finding type -> bool attributes of that type (pastEventStates, negatingAttributes);
        // badType says why a type may not be named there, or null.
        private Dictionary<string, IReadOnlyList<string>> BoolAttributesByType(JsonElement e, string key, string where, Func<string, string?> badType)
        {
            var byType = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (!e.TryGetProperty(key, out var o)) return byType;
            foreach (var t in o.EnumerateObject())
            {
                if (badType(t.Name) is { } why) throw Error(where, why);
                var attrs = Strings(t.Value, $"{where}.{key}.{t.Name}");
                foreach (var a in attrs)
                    if (catalog.Attribute(t.Name, a) is not { Kind: "bool" }) throw Error(where, $"{key}: '{a}' is not a bool attribute of '{t.Name}'");
                byType[t.Name] = attrs;
            }
            return byType;
        }

        private ReadTwiceRule ReadTwice(JsonElement e)
        {
            const string where = "readTwice";
            CheckKeys(e, ["_comment", "clause", "apart", "types", "exemptNoteKinds"], where);
            var types = Strings(Arr(e, "types", where), where + ".types");
            foreach (var t in types)
                if (!catalog.HasType(t)) throw Error(where, $"types names unknown finding type '{t}'");
            return new ReadTwiceRule(Int(e, "apart", where), types, NoteKinds(Arr(e, "exemptNoteKinds", where), where), Str(e, "clause", where));
        }

        private OverlapGate Overlap(JsonElement e)
        {
            const string where = "overlap";
            CheckKeys(e, ["clause", "regions", "overlappingRegions", "priorWithin", "priorModalities", "ignoreSections"], where);
            var regions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var r in Obj(e, "regions", where).EnumerateObject()) regions[r.Name] = Strings(r.Value, $"{where}.regions.{r.Name}");
            var overlapping = Strings(Arr(e, "overlappingRegions", where), where);
            foreach (var r in overlapping)
                if (!regions.ContainsKey(r)) throw Error(where, $"overlappingRegions names unknown region '{r}'");
            var modalities = Strings(Arr(e, "priorModalities", where), where);
            CheckValues("prior_imaging", "modality", modalities, where);
            return new OverlapGate(regions, overlapping, PeriodOf(Obj(e, "priorWithin", where), where + ".priorWithin"),
                modalities, Str(e, "clause", where))
            {
                IgnoreSections = e.TryGetProperty("ignoreSections", out var ig) ? Strings(ig, where + ".ignoreSections") : [],
            };
        }

        private CriterionNode Node(JsonElement e, string parent)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Error(parent, "a node must be a JSON object");
            var id = e.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : null;
            if (string.IsNullOrWhiteSpace(id)) throw Error(parent, "a node has no 'id'");
            var where = $"node '{id}'";
            if (!_ids.Add(id)) throw Error(where, "duplicate id");
            foreach (var p in e.EnumerateObject())
                if (!NodeMetaKeys.Contains(p.Name) && !NodeKinds.Contains(p.Name)) throw Error(where, $"unknown key '{p.Name}'");
            var kinds = e.EnumerateObject().Select(p => p.Name).Where(NodeKinds.Contains).ToList();
            if (kinds.Count != 1) throw Error(where, $"needs exactly one of {string.Join(", ", NodeKinds)} (has {kinds.Count})");
            var kind = kinds[0];
            if (kind != "ref" && e.TryGetProperty("after", out _)) throw Error(where, "'after' applies only to a 'ref' node");
            var value = e.GetProperty(kind);
            var node = new CriterionNode
            {
                Id = id, Kind = kind, File = file,
                Clause = Str(e, "clause", where),
                Label = OptStr(e, "label"),
                Missing = OptStr(e, "missing"),
                Note = OptStr(e, "note"),
                Bullets = e.TryGetProperty("bullets", out var b) ? Strings(b, where + ".bullets") : [],
                Exclusion = e.TryGetProperty("exclusion", out var ex) && ex.ValueKind == JsonValueKind.True,
            };
            switch (kind)
            {
                case "all":
                case "any":
                    if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0) throw Error(where, $"'{kind}' needs a non-empty list of nodes");
                    return node with { Children = value.EnumerateArray().Select(c => Node(c, where)).ToList() };
                case "not":
                    return node with { Children = [Node(value, where)] };
                case "atLeast":
                    CheckKeys(value, ["n", "of"], where + ".atLeast");
                    var n = Int(value, "n", where + ".atLeast");
                    var of = Arr(value, "of", where + ".atLeast").EnumerateArray().Select(c => Node(c, where)).ToList();
                    if (n < 1 || n > of.Count) throw Error(where, $"atLeast n={n} must be between 1 and {of.Count}");
                    return node with { AtLeast = n, Children = of };
                case "fact":
                    return node with { Fact = Fact(value, where) };
                case "span":
                    CheckKeys(value, ["facts", "atLeastDays", "within", "noteDate"], where + ".span");
                    var facts = Arr(value, "facts", where + ".span").EnumerateArray().Select(f => Fact(f, where)).ToList();
                    var days = Int(value, "atLeastDays", where + ".span");
                    if (days <= 0) throw Error(where, "span atLeastDays must be positive");
                    var span = new SpanSpec(facts, days, PeriodOf(Obj(value, "within", where), where + ".span.within"));
                    if (value.TryGetProperty("noteDate", out var nd)) span = span with { NoteDate = NoteDate(nd, facts.SelectMany(f => f.Types).Distinct().ToList(), where + ".span.noteDate") };
                    return node with { Span = span };
                case "age":
                    CheckKeys(value, AgeOps, where + ".age");
                    var ops = value.EnumerateObject().ToList();
                    if (ops.Count != 1) throw Error(where, "age needs exactly one of lt, lte, gt, gte");
                    return node with { Age = new AgeSpec(ops[0].Name, PeriodOf(ops[0].Value, where + ".age")) };
                case "specialty":
                    var sp = Strings(value, where + ".specialty");
                    foreach (var s in sp) if (!_specialtyCodes.Contains(s)) throw Error(where, $"unknown specialty '{s}' (not a key of 'specialties')");
                    return node with { Values = sp };
                case "cpt":
                    return node with { Values = Strings(value, where + ".cpt") };
                case "procedure":
                    var pr = Strings(value, where + ".procedure");
                    foreach (var p in pr) if (!Procedures.Contains(p)) throw Error(where, $"unknown procedure '{p}'");
                    return node with { Values = pr };
                case "otherStudies":
                    CheckKeys(value, ["regions", "minCount", "maxCount"], where + ".otherStudies");
                    return node with
                    {
                        OtherStudies = new OtherStudiesSpec(Strings(Arr(value, "regions", where), where),
                            value.TryGetProperty("minCount", out var mn) ? mn.GetInt32() : 1,
                            value.TryGetProperty("maxCount", out var mx) ? mx.GetInt32() : null),
                    };
                default: // ref
                    node = node with { Ref = value.GetString() ?? throw Error(where, "ref must name a definition id") };
                    if (e.TryGetProperty("after", out var af))
                    {
                        node = node with { After = KnownTypes(af, "after", where) };
                    }
                    return node;
            }
        }

        private NoteDateRule NoteDate(JsonElement e, IReadOnlyList<string> types, string where)
        {
            CheckKeys(e, ["where", "noteKinds"], where);
            var tests = e.TryGetProperty("where", out var w) ? w.EnumerateArray().Select(x => Where(x, types, where)).ToList() : [];
            return new NoteDateRule(tests, e.TryGetProperty("noteKinds", out var k) ? NoteKinds(k, where) : []);
        }

        private List<NoteKind> NoteKinds(JsonElement names, string where) =>
            [.. Strings(names, where + ".noteKinds").Select(name =>
                Enum.TryParse<NoteKind>(name.Replace("_", ""), ignoreCase: true, out var kind) && !int.TryParse(name, out _)
                    ? kind : throw Error(where, $"unknown note kind '{name}' (pt_note, chiropractic_note, office_visit, ...)"))];

        private FactSpec Fact(JsonElement e, string where)
        {
            where += ".fact";
            CheckKeys(e, FactKeys, where);
            List<string> types = e.TryGetProperty("types", out var ts) ? Strings(ts, where + ".types").ToList()
                : e.TryGetProperty("type", out var t) ? [t.GetString() ?? ""] : throw Error(where, "needs 'type' or 'types'");
            foreach (var type in types)
                if (!catalog.HasType(type)) throw Error(where, $"unknown finding type '{type}' (not in rules/findings/types.json)");
            var spec = new FactSpec { Types = types };
            if (e.TryGetProperty("assertion", out var a))
            {
                var list = a.ValueKind == JsonValueKind.String ? [a.GetString()!] : Strings(a, where + ".assertion");
                foreach (var x in list) if (!Assertions.Contains(x)) throw Error(where, $"unknown assertion '{x}'");
                spec = spec with { Assertions = list };
            }
            if (e.TryGetProperty("laterality", out var l))
            {
                var list = Strings(l, where + ".laterality");
                foreach (var x in list) if (!Lateralities.Contains(x)) throw Error(where, $"unknown laterality '{x}'");
                spec = spec with { Laterality = list };
            }
            if (e.TryGetProperty("where", out var w))
                spec = spec with { Where = w.EnumerateArray().Select(x => Where(x, types, where)).ToList() };
            if (e.TryGetProperty("within", out var wi)) spec = spec with { Within = PeriodOf(wi, where + ".within") };
            if (e.TryGetProperty("withinByNote", out var wn)) spec = spec with { WithinByNote = wn.GetBoolean() };
            if (e.TryGetProperty("atLeastAgo", out var ag)) spec = spec with { AtLeastAgo = PeriodOf(ag, where + ".atLeastAgo") };
            if (e.TryGetProperty("minCount", out var mc)) spec = spec with { MinCount = mc.GetInt32() };
            if (e.TryGetProperty("notInSections", out var ns)) spec = spec with { NotInSections = Strings(ns, where + ".notInSections") };
            if (e.TryGetProperty("unlessLaterNormal", out var ln)) spec = spec with { UnlessLaterNormal = ln.GetBoolean() };
            if (e.TryGetProperty("unlessReportDenies", out var rd)) spec = spec with { UnlessReportDenies = rd.GetBoolean() };
            if (e.TryGetProperty("chronicIfSeenBefore", out var cs)) spec = spec with { ChronicIfSeenBefore = PeriodOf(cs, where + ".chronicIfSeenBefore") };
            if (e.TryGetProperty("unlessToldOld", out var to)) spec = spec with { UnlessToldOld = to.GetBoolean() };
            if (e.TryGetProperty("region", out var rg))
            {
                var region = rg.GetString();
                if (region != "lumbar") throw Error(where, $"unknown region '{region}' (only 'lumbar')");
                spec = spec with { LumbarOnly = true };
            }
            if (e.TryGetProperty("unlessLaterAbsent", out var la))
            {
                var attr = la.GetString() ?? "";
                foreach (var type in types)
                    if (catalog.Attribute(type, attr) is null) throw Error(where, $"unknown attribute '{attr}' for finding type '{type}' in unlessLaterAbsent");
                spec = spec with { UnlessLaterAbsent = attr };
            }
            if (e.TryGetProperty("absentCovers", out var ac))
            {
                if (spec.UnlessLaterAbsent is null) throw Error(where, "absentCovers needs unlessLaterAbsent");
                var covers = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
                foreach (var p in ac.EnumerateObject())
                {
                    var values = Strings(p.Value, where + ".absentCovers." + p.Name);
                    foreach (var type in types)
                        if (catalog.Attribute(type, spec.UnlessLaterAbsent)?.Values is { } allowed && values.Append(p.Name).FirstOrDefault(v => !allowed.Contains(v)) is { } bad)
                            throw Error(where, $"absentCovers: '{bad}' is not a value of '{spec.UnlessLaterAbsent}' for '{type}'");
                    covers[p.Name] = values.ToHashSet(StringComparer.Ordinal);
                }
                spec = spec with { AbsentCovers = covers };
            }
            if (e.TryGetProperty("toldOldBy", out var tob))
            {
                if (spec.ChronicIfSeenBefore is null && !spec.UnlessToldOld) throw Error(where, "toldOldBy needs chronicIfSeenBefore or unlessToldOld");
                spec = spec with { ToldOldBy = KnownTypes(tob, "toldOldBy", where) };
            }
            if (e.TryGetProperty("notBeforeLast", out var nb))
            {
                spec = spec with { NotBeforeLast = KnownTypes(nb, "notBeforeLast", where) };
            }
            if (e.TryGetProperty("unlessTreatedBy", out var tb))
            {
                spec = spec with { UnlessTreatedBy = KnownTypes(tb, "unlessTreatedBy", where) };
            }
            if (e.TryGetProperty("unlessSameNote", out var sn))
            {
                var at = where + ".unlessSameNote";
                CheckKeys(sn, SameNoteKeys, at);
                var type = Str(sn, "type", at);
                if (!catalog.HasType(type)) throw Error(at, $"unknown finding type '{type}' (not in rules/findings/types.json)");
                var tests = sn.TryGetProperty("where", out var sw) ? sw.EnumerateArray().Select(x => Where(x, [type], at)).ToList() : [];
                spec = spec with { UnlessSameNote = new SameNoteTest(type, tests) };
            }
            return spec;
        }

        private AttributeTest Where(JsonElement e, IReadOnlyList<string> types, string where)
        {
            CheckKeys(e, WhereKeys, where + ".where");
            var attr = Str(e, "attr", where + ".where");
            var specs = types.Select(t => catalog.Attribute(t, attr)).ToList();
            if (specs.Any(s => s is null))
                throw Error(where, $"unknown attribute '{attr}' for finding type '{types[specs.FindIndex(s => s is null)]}'");
            var spec = specs[0]!;
            var test = new AttributeTest(attr);
            var ops = 0;
            foreach (var p in e.EnumerateObject())
            {
                if (p.Name == "attr") continue;
                ops++;
                switch (p.Name)
                {
                    case "equals":
                        test = test with { EqualsValue = p.Value.ValueKind switch
                        {
                            JsonValueKind.String => p.Value.GetString(),
                            JsonValueKind.Number => p.Value.GetDouble(),
                            JsonValueKind.True => true,
                            JsonValueKind.False => false,
                            _ => throw Error(where, $"'equals' on '{attr}' must be a string, number or bool"),
                        } };
                        if (test.EqualsValue is string sv) CheckValues(types, attr, [sv], where);
                        break;
                    case "in":
                    case "notIn":
                        var list = Strings(p.Value, where + ".where." + p.Name);
                        CheckValues(types, attr, list, where);
                        test = p.Name == "in" ? test with { In = list } : test with { NotIn = list };
                        break;
                    case "is":
                    case "isNot":
                        if (spec.Kind != "bool") throw Error(where, $"'{p.Name}' needs a bool attribute; '{attr}' is {spec.Kind}");
                        var bv = p.Value.ValueKind == JsonValueKind.True ? true : p.Value.ValueKind == JsonValueKind.False ? false
                            : throw Error(where, $"'{p.Name}' on '{attr}' must be true or false");
                        test = p.Name == "is" ? test with { Is = bv } : test with { IsNot = bv };
                        break;
                    case "exists":
                        test = test with { Exists = p.Value.ValueKind == JsonValueKind.True };
                        break;
                    default:
                        if (spec.Kind != "number") throw Error(where, $"'{p.Name}' needs a number attribute; '{attr}' is {spec.Kind}");
                        var d = p.Value.GetDouble();
                        test = p.Name switch
                        {
                            "gt" => test with { Gt = d }, "gte" => test with { Gte = d },
                            "lt" => test with { Lt = d }, _ => test with { Lte = d },
                        };
                        break;
                }
            }
            if (ops == 0) throw Error(where, $"where on '{attr}' needs a test (equals, in, notIn, is, isNot, exists, gt, gte, lt, lte)");
            return test;
        }

        private void CheckValues(IReadOnlyList<string> types, string attr, IReadOnlyList<string> values, string where)
        {
            foreach (var t in types) CheckValues(t, attr, values, where);
        }

        private void CheckValues(string type, string attr, IReadOnlyList<string> values, string where)
        {
            var spec = catalog.Attribute(type, attr) ?? throw Error(where, $"unknown attribute '{attr}' for finding type '{type}'");
            if (spec.Values is null) return;
            foreach (var v in values)
                if (!spec.Values.Contains(v)) throw Error(where, $"value '{v}' is not one of {type}.{attr}'s values");
        }

        private Period PeriodOf(JsonElement e, string where)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Error(where, "a window must be an object like {\"months\": 6}");
            var props = e.EnumerateObject().ToList();
            if (props.Count != 1 || !PeriodUnits.Contains(props[0].Name))
                throw Error(where, "bad window: needs exactly one of days, weeks, months, years");
            if (props[0].Value.ValueKind != JsonValueKind.Number || !props[0].Value.TryGetInt32(out var n) || n < 0)
                throw Error(where, $"bad window: {props[0].Name} must be a non-negative whole number");
            return new Period(n, props[0].Name);
        }

        private void CheckKeys(JsonElement e, IEnumerable<string> allowed, string where)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Error(where, "must be a JSON object");
            var set = allowed as ISet<string> ?? allowed.ToHashSet();
            foreach (var p in e.EnumerateObject())
                if (!set.Contains(p.Name)) throw Error(where, $"unknown key '{p.Name}'");
        }

        private JsonElement Obj(JsonElement e, string key, string where) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Object ? v : throw Error(where, $"'{key}' must be an object");

        private JsonElement Arr(JsonElement e, string key, string where) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array ? v : throw Error(where, $"'{key}' must be a list");

        private string Str(JsonElement e, string key, string where) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
                ? v.GetString()! : throw Error(where, $"'{key}' must be a non-empty string");

        private static string? OptStr(JsonElement e, string key) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        private int Int(JsonElement e, string key, string where) =>
            e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw Error(where, $"'{key}' must be a whole number");

        /// <summary>A list of finding types under <paramref name="key"/>, each one of types.json.</summary>
        private IReadOnlyList<string> KnownTypes(JsonElement e, string key, string where)
        {
            var types = Strings(e, where + "." + key);
            foreach (var type in types)
                if (!catalog.HasType(type)) throw Error(where, $"unknown finding type '{type}' in {key} (not in rules/findings/types.json)");
            return types;
        }

        private IReadOnlyList<string> Strings(JsonElement e, string where) =>
            e.ValueKind == JsonValueKind.Array && e.EnumerateArray().All(x => x.ValueKind == JsonValueKind.String)
                ? e.EnumerateArray().Select(x => x.GetString()!).ToList()
                : throw Error(where, "must be a list of strings");
    }
}
