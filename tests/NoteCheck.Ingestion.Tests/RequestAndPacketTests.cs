using NoteCheck.Core;

namespace NoteCheck.Ingestion.Tests;

public class RequestAndPacketTests
{
    [Fact]
    public void Full_request_is_read()
    {
        var r = RequestReader.Parse("""
            { "requestId": "R-0001", "cpt": "72131", "procedure": "ct_myelogram", "requestDate": "2024-03-01",
              "patient": { "name": "Dana Example", "dob": "1979-05-02", "sex": "F" },
              "orderingProvider": { "name": "A. Smith", "specialty": "orthopedic surgery" },
              "otherStudiesRequested": ["72148"] }
            """);
        Assert.True(r.Ok, r.Error);
        var q = r.Request!;
        Assert.Equal(("R-0001", "72131", "ct_myelogram", new DateOnly(2024, 3, 1)), (q.RequestId, q.Cpt, q.Procedure, q.RequestDate!.Value));
        Assert.Equal(new Patient("Dana Example", new DateOnly(1979, 5, 2), "F"), q.Patient);
        Assert.Equal("orthopedic surgery", q.OrderingProvider!.Specialty);
        Assert.Equal(["72148"], q.OtherStudiesRequested);
    }

    [Fact]
    public void Empty_request_takes_the_defaults()
    {
        var r = RequestReader.Parse("{}");
        Assert.True(r.Ok);
        Assert.Equal("ct", r.Request!.Procedure);
        Assert.Null(r.Request.RequestDate);
    }

    [Theory]
    [InlineData("{ \"requestId\": \"R\", ", "not valid JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{ \"requestDate\": \"03/01/2024\" }", "'requestDate' must be a date written YYYY-MM-DD")]
    [InlineData("{ \"requestDate\": \"2024-02-30\" }", "'requestDate' must be a date")]
    [InlineData("{ \"patient\": { \"dob\": 19790502 } }", "'patient.dob' must be a date")]
    [InlineData("{ \"requestdate\": \"2024-03-01\" }", "unknown key 'requestdate'")]
    [InlineData("{ \"procedure\": \"mri\" }", "'procedure' must be one of")]
    [InlineData("{ \"cpt\": true }", "'cpt' must be a string")]
    public void Bad_requests_give_a_clear_error_naming_the_file(string json, string expected)
    {
        var r = RequestReader.Parse(json, "request.json");
        Assert.False(r.Ok);
        Assert.StartsWith("request.json: ", r.Error);
        Assert.Contains(expected, r.Error);
    }

    [Fact]
    public void Packet_folder_lists_documents_in_ordinal_order_and_warns_about_the_rest()
    {
        using var dir = new TempDir();
        foreach (var name in new[] { "b.txt", "A.pdf", "a.md", "request.json", "photo.JPG", "notes.csv" }) File.WriteAllText(dir.File(name), "x");
        Directory.CreateDirectory(dir.File("old"));
        var files = PacketLister.List([dir.Path]);

        Assert.Equal(["A.pdf", "a.md", "b.txt"], files.Documents.Select(Path.GetFileName));
        Assert.Equal(dir.File("request.json"), files.RequestPath);
        Assert.Equal([("notes.csv", "ignored_file"), ("old", "ignored_file"), ("photo.JPG", "unsupported_file")],
            files.Errors.Select(e => (e.File, e.Code)).OrderBy(e => e.File, StringComparer.Ordinal));
        Assert.All(files.Errors, e => Assert.Equal(Severity.Warning, e.Severity));
    }
}
