namespace NoteCheck.Core;

/// <summary>
/// Finds the folder of run-time data (rules, lexicons, criteria): $NOTECHECK_RULES, else the
/// nearest `rules/` folder above the program, else above the working directory. Editing a file
/// there changes behaviour without a rebuild.
/// </summary>
public static class RulesLocator
{
    private static readonly Lazy<string> Root = new(Find);

    public static string RulesRoot => Root.Value;

    public static string PathOf(params string[] parts) => Path.Combine([RulesRoot, .. parts]);

    private static string Find()
    {
        var env = Environment.GetEnvironmentVariable("NOTECHECK_RULES");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (File.Exists(Path.Combine(candidate, "README.md"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("NoteCheck rules folder not found: set NOTECHECK_RULES to the repository's rules/ folder.");
    }
}
