namespace NoteCheck.Findings.Rules;

/// <summary>A rule file that cannot be used. The message names the file, rule id and key, never note text.</summary>
public sealed class RuleFileException(string file, string? ruleId, string message)
    : NoteCheck.Core.InvalidRuleFileException($"{Path.GetFileName(file)}{(ruleId is null ? "" : $" rule '{ruleId}'")}: {message}")
{
    public string File { get; } = file;
    public string? RuleId { get; } = ruleId;
}
