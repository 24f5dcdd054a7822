using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace NoteCheck.Benchmarks.Generation;

/// <summary>A generated packet on disk: its PDFs (in packet order), request and size.</summary>
public sealed record GeneratedPacket(string Directory, IReadOnlyList<string> Pdfs, int Pages, int Notes, string RequestJson, DateOnly RequestDate, string Sha256);

/// <summary>
/// Generates a lumbar-spine packet of a given page count from a fixed seed: one patient's chart
/// (office visits, therapy notes, imaging reports) in date order, split into several PDFs, each
/// holding several notes. Same seed and size, same bytes. Packets are cached under the temp
/// folder by generator version, so benchmark processes after the first just read them.
/// </summary>
public static class PacketGenerator
{
    /// <summary>Bump when the generated text or layout changes, so cached packets are rebuilt.</summary>
    public const int Version = 3;
    public const ulong DefaultSeed = 20_240_045;

    /// <summary>PDF sizes of a packet; several PDFs per packet and several notes per PDF, as payers receive them.</summary>
    public static IReadOnlyList<int> PdfPageBudgets(int pages) => pages switch
    {
        1 => [1],
        17 => [7, 6, 4],
        200 => [24, 18, 22, 16, 20, 26, 14, 20, 22, 18],
        _ => Enumerable.Repeat(10, pages / 10).Concat(pages % 10 > 0 ? [pages % 10] : []).ToArray(),
    };

    public static GeneratedPacket Get(int pages, ulong seed = DefaultSeed)
    {
        var dir = Path.Combine(Path.GetTempPath(), "notecheck-bench", $"v{Version}-s{seed}", $"p{pages:000}");
        var manifest = Path.Combine(dir, "manifest.json");
        if (File.Exists(manifest))
            return JsonSerializer.Deserialize<GeneratedPacket>(File.ReadAllText(manifest))!;

        // Written to a scratch folder and moved into place, so a half-written packet is never read.
        var scratch = dir + $".tmp{Environment.ProcessId}";
        if (System.IO.Directory.Exists(scratch)) System.IO.Directory.Delete(scratch, true);
        System.IO.Directory.CreateDirectory(scratch);
        var packet = Generate(pages, seed, scratch);
        File.WriteAllText(Path.Combine(scratch, "manifest.json"), JsonSerializer.Serialize(packet with
        {
            Directory = dir,
            Pdfs = packet.Pdfs.Select(f => Path.Combine(dir, Path.GetFileName(f))).ToArray(),
        }));
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(dir)!);
        try { System.IO.Directory.Move(scratch, dir); }
        catch (IOException) when (File.Exists(manifest)) { System.IO.Directory.Delete(scratch, true); } // another process won
        return JsonSerializer.Deserialize<GeneratedPacket>(File.ReadAllText(manifest))!;
    }

    /// <summary>Writes the packet's PDFs and request.json into <paramref name="dir"/>.</summary>
    public static GeneratedPacket Generate(int pages, ulong seed, string dir)
    {
        var rng = new SeededRandom(seed ^ (ulong)pages * 0x9E3779B97F4A7C15UL);
        var onset = new DateOnly(2024, 1, 8).AddDays(rng.Next(0, 300));
        var patient = PatientCase.Create(rng.Fork(1), onset);
        using var chart = Chart(patient, new ClinicalNoteWriter(patient, rng.Fork(2)), pages == 1).GetEnumerator();

        var pdfs = new List<string>();
        var notes = 0;
        var lastDate = onset;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var budgets = PdfPageBudgets(pages);
        for (var i = 0; i < budgets.Count; i++)
        {
            var fax = i % 2 == 1 || budgets.Count == 1;
            var header = $"{patient.Last.ToUpperInvariant()}, {patient.First}   DOB {PatientCase.Us(patient.Dob)}   {patient.Mrn}";
            var banner = $"FROM: {patient.Spine.Name.ToUpperInvariant()} FAX {patient.Spine.Phone}  TO: {patient.Payer.ToUpperInvariant()} UM";
            var tracked = Track(chart, d => lastDate = d);
            var (pdf, count) = PdfPacketWriter.Write(tracked, budgets[i], new PrintStyle(fax, banner, header));
            notes += count;
            var path = Path.Combine(dir, $"{i + 1:00}-{(fax ? "fax" : "records")}-{budgets[i]}p.pdf");
            File.WriteAllBytes(path, pdf);
            sha.AppendData(pdf);
            pdfs.Add(path);
        }

        var requestDate = lastDate.AddDays(2);
        var request = JsonSerializer.Serialize(new
        {
            requestId = $"BENCH-{pages:000}",
            cpt = "72131",
            procedure = "ct",
            requestDate = requestDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            patient = new { name = $"{patient.First} {patient.Last}", dob = patient.Dob.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), sex = patient.Sex },
            orderingProvider = new { name = patient.Spine.Clinician, specialty = patient.Spine.Specialty },
        }, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(dir, "request.json"), request);
        return new GeneratedPacket(dir, pdfs, pages, notes, request, requestDate, Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant());
    }

    // The writer pulls notes one at a time; this wrapper remembers the date of the last one it took.
    private static IEnumerator<PrintedNote> Track(IEnumerator<PrintedNote> source, Action<DateOnly> seen)
    {
        while (source.MoveNext())
        {
            seen(source.Current.Date);
            yield return source.Current;
        }
    }

    /// <summary>
    /// One patient's chart in date order, as long as needed: a primary-care visit and radiographs,
    /// then rounds of a therapy plan of care with follow-ups, an MRI and spine-clinic visits.
    /// </summary>
    private static IEnumerable<PrintedNote> Chart(PatientCase p, ClinicalNoteWriter w, bool imagingFirst)
    {
        var day = p.Onset.AddDays(4);
        if (imagingFirst) yield return w.ImagingReport(day, mri: false);
        yield return w.OfficeVisit(day, followUp: false, spine: false);
        day = day.AddDays(2);
        if (!imagingFirst) yield return w.ImagingReport(day, mri: false);
        for (var round = 0; ; round++)
        {
            const int planned = 12;
            for (var visit = 1; visit <= planned; visit++)
            {
                day = day.AddDays(visit == 1 ? 5 : 3 + (visit % 3 == 0 ? 1 : 0));
                yield return w.TherapyNote(day, visit, planned);
                if (visit == 6) yield return w.OfficeVisit(day.AddDays(1), followUp: true, spine: false);
                if (visit == 10) yield return w.ImagingReport(day.AddDays(2), mri: true);
            }
            day = day.AddDays(7);
            yield return w.OfficeVisit(day, followUp: round > 0, spine: true);
            day = day.AddDays(21);
            yield return w.OfficeVisit(day, followUp: true, spine: true);
        }
    }
}
