using System.Globalization;
using System.Reflection;
using NoteCheck.Core;
using Xunit.Sdk;

namespace NoteCheck.Findings.Tests;

/// <summary>
/// The shared shape of the per-area case tests: a derived class is a table of cases (<c>Cases</c>) and the request
/// its texts are read against, nothing else. A case is a text, the finding it is about, and what must be read:
/// <list type="bullet">
/// <item>finding: <c>type</c>, or <c>type(attr=value)</c> for one attribute value (<c>pediatric_red_flag(flag=limp)</c>),
/// or <c>type(~words)</c> for a finding whose evidence contains the words;</item>
/// <item>expect: an assertion (<c>present</c>, <c>absent</c>, <c>possible</c>, <c>historical</c>, <c>hypothetical</c>,
/// <c>family</c>): the finding is read so; <c>not X</c>: it is never read as X (a distractor is <c>not present</c>);
/// <c>none</c>: it is not read at all. Clauses join with commas: <c>absent, not present</c>.</item>
/// </list>
/// </summary>
public abstract class DetectorCaseTable
{
    /// <summary>The request the texts are read against: its date anchors relative dates, its patient's age gates the pediatric rules.</summary>
    protected abstract ImagingRequest? Request { get; }

    [Theory]
    [CasesOfTheTestClass]
    public void Reads_the_case(string text, string finding, string expect)
    {
        var selector = FindingSelector.Parse(finding);
        var read = Detect.Text(text, Request).Where(selector.Matches).ToList();
        var got = read.Count == 0 ? "nothing" : string.Join(", ", read.Select(f => Detect.Name(f.Assertion)));
        foreach (var clause in expect.Split(',', StringSplitOptions.TrimEntries))
        {
            var ok = clause switch
            {
                "none" => read.Count == 0,
                _ when clause.StartsWith("not ", StringComparison.Ordinal) => read.All(f => f.Assertion != AssertionOf(clause[4..])),
                _ => read.Any(f => f.Assertion == AssertionOf(clause)),
            };
            Assert.True(ok, $"expected {finding} {clause}; read {got}");
        }
    }

    private static Assertion AssertionOf(string name) =>
        Enum.TryParse<Assertion>(name, ignoreCase: true, out var a) && Detect.Name(a) == name
            ? a
            : throw new ArgumentException($"unknown expectation '{name}' (an assertion name, 'not <assertion>' or 'none')");

    /// <summary>Which findings a case is about: a type, optionally narrowed to one attribute value or to evidence words.</summary>
    private sealed record FindingSelector(string Type, string? Attribute, string? Value, string? EvidenceWords)
    {
        public static FindingSelector Parse(string text)
        {
            var open = text.IndexOf('(');
            if (open < 0) return new(text, null, null, null);
            if (!text.EndsWith(')')) throw new ArgumentException($"finding '{text}': expected type(attr=value) or type(~words)");
            var type = text[..open];
            var inner = text[(open + 1)..^1];
            if (inner.StartsWith('~')) return new(type, null, null, inner[1..]);
            var eq = inner.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"finding '{text}': expected type(attr=value) or type(~words)");
            return new(type, inner[..eq], inner[(eq + 1)..], null);
        }

        public bool Matches(Finding f) =>
            f.Type == Type
            && (Attribute is null || (f.Attributes.TryGetValue(Attribute, out var v) && string.Equals(Convert.ToString(v, CultureInfo.InvariantCulture), Value, StringComparison.OrdinalIgnoreCase)))
            && (EvidenceWords is null || f.Evidence.Any(e => e.Text.Contains(EvidenceWords, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The rows of the running test class's own <c>public static Cases</c> table. MemberData cannot be used here:
    /// it names a member of the class that declares the theory (this base), and the analyzer rejects that.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method)]
    private sealed class CasesOfTheTestClassAttribute : DataAttribute
    {
        public override IEnumerable<object[]> GetData(MethodInfo testMethod)
        {
            var type = testMethod.ReflectedType!;
            var cases = type.GetProperty("Cases", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IEnumerable<object[]>;
            return cases ?? throw new InvalidOperationException($"{type.Name} has no public static Cases table (rows of text, finding, expect)");
        }
    }
}
