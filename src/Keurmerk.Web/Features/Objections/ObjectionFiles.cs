using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using System.Security.Cryptography;

namespace Keurmerk.Web.Features.Objections;

/// <summary>Reads the files sent with an objection, checked by content exactly as evidence is.</summary>
public static class ObjectionFiles
{
    public const string Field = "files";

    public sealed record Upload(ObjectionFileRef Ref, byte[] Content);

    /// <summary>Every file is checked before anything is stored; one bad file refuses the whole objection.</summary>
    public static async Task<List<Upload>> Read(IFormFileCollection files, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        // A browser sends an empty, nameless part when no file was chosen: that is no file, not an empty one.
        foreach (var file in files.Where(f => f.Name == Field && !(f.Length == 0 && string.IsNullOrEmpty(f.FileName))))
        {
            var fileName = FileNames.Normalise(file.FileName);
            EvidenceFile.EnsureSize(fileName, file.Length);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            var kind = EvidenceFile.Check(fileName, content);
            uploads.Add(new Upload(
                new ObjectionFileRef(Guid.CreateVersion7(), fileName, kind.ContentType, content.Length, Convert.ToHexStringLower(SHA256.HashData(content))),
                content));
        }
        return uploads;
    }
}
