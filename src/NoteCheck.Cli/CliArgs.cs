namespace NoteCheck.Cli;

/// <summary>Positional arguments and --options (each option takes one value) of a command line.</summary>
internal sealed class CliArgs
{
    public List<string> Positional { get; } = [];
    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);
    public string? Error { get; private set; }

    public static CliArgs Parse(string[] args, params string[] options)
    {
        var result = new CliArgs();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var eq = a.IndexOf('=');
                var name = eq > 0 ? a[..eq] : a;
                if (Array.IndexOf(options, name) < 0) { result.Error = $"unknown option {name}"; return result; }
                string value;
                if (eq > 0) value = a[(eq + 1)..];
                else if (i + 1 < args.Length) value = args[++i];
                else { result.Error = $"{name} needs a value"; return result; }
                if (result.Options.ContainsKey(name)) { result.Error = $"{name} given twice"; return result; }
                result.Options[name] = value;
            }
            else result.Positional.Add(a);
        }
        return result;
    }

    public string? this[string option] => Options.TryGetValue(option, out var v) ? v : null;
}
