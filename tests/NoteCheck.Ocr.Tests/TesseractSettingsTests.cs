namespace NoteCheck.Ocr.Tests;

public sealed class TesseractSettingsTests
{
    [Fact]
    public void Shipped_settings_load()
    {
        var s = TesseractSettings.Load();
        Assert.InRange(s.Dpi, 150, 400);
        Assert.Equal("eng", s.Language);
    }

    [Theory]
    [InlineData("\"resolution\": 300", "unknown key 'resolution'")]
    [InlineData("\"dpi\": \"300\"", "'dpi' must be an integer")]
    [InlineData("\"dpi\": 20", "'dpi' must be 72-600")]
    public void Bad_settings_name_the_file_and_the_key(string replacement, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tesseract-{Guid.NewGuid():N}.json");
        var text = File.ReadAllText(RulesFile()).Replace("\"dpi\": 200", replacement);
        File.WriteAllText(path, text);
        try
        {
            var e = Assert.Throws<InvalidDataException>(() => TesseractSettings.Load(path));
            Assert.Contains(path, e.Message);
            Assert.Contains(expected, e.Message);
        }
        finally { File.Delete(path); }
    }

    private static string RulesFile() => NoteCheck.Core.RulesLocator.PathOf("ocr", TesseractSettings.FileName);
}
