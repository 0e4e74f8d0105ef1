using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using System.Security.Cryptography;

namespace Keurmerk.Web.Features.Assessments;

/// <summary>Reads a section form: answers named answer-{criterion}, files named file-{criterion}.</summary>
public static class SectionForm
{
    public sealed record Upload(string CriterionId, Guid EvidenceId, string FileName, EvidenceFile.Kind Kind, byte[] Content)
    {
        public AttachEvidence ToCommand(Guid by, DateTimeOffset now) =>
            new(CriterionId, EvidenceId, FileName, Kind.ContentType, Content.Length,
                Convert.ToHexStringLower(SHA256.HashData(Content)), by, now);
    }

    public static Dictionary<string, string> Read(IFormCollection form, Section section) =>
        section.Criteria
            .Select(c => (c.Id, Value: form[$"answer-{c.Id}"].ToString().Trim()))
            .Where(a => a.Value.Length > 0)
            .ToDictionary(a => a.Id, a => a.Value);

    public static Dictionary<string, string> ReadComments(IFormCollection form, Section section) =>
        section.Criteria
            .Select(c => (c.Id, Text: form[$"comment-{c.Id}"].ToString().Trim()))
            .Where(c => c.Text.Length > 0)
            .ToDictionary(c => c.Id, c => c.Text);

    /// <summary>Every file is checked by its content before anything is stored; one bad file refuses the whole save.</summary>
    public static async Task<List<Upload>> ReadUploads(IFormFileCollection files, Section section, CancellationToken ct)
    {
        var uploads = new List<Upload>();
        var here = section.Criteria.Select(c => $"file-{c.Id}").ToHashSet();
        foreach (var file in files.Where(f => here.Contains(f.Name)))
        {
            var criterionId = file.Name["file-".Length..];
            var fileName = FileNames.Normalise(file.FileName);
            EvidenceFile.EnsureSize(fileName, file.Length);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var content = buffer.ToArray();
            uploads.Add(new Upload(criterionId, Guid.CreateVersion7(), fileName, EvidenceFile.Check(fileName, content), content));
        }
        return uploads;
    }
}
