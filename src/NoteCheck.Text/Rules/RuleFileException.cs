namespace NoteCheck.Text.Rules;

/// <summary>A rules file that does not follow its schema. Names the file and the key, never patient text.</summary>
public sealed class RuleFileException(string file, string message) : NoteCheck.Core.InvalidRuleFileException($"{Path.GetFileName(file)}: {message}")
{
    public string File { get; } = file;
}
