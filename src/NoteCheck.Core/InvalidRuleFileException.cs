namespace NoteCheck.Core;

/// <summary>
/// A rule, lexicon or criteria file (data a reviewer edits) that cannot be used. Each layer
/// throws its own subtype; callers that only need "a rules file is bad" catch this one type.
/// The message names the file and key, never note text.
/// </summary>
public abstract class InvalidRuleFileException(string message) : Exception(message);
