using System.IO.Compression;

namespace Keurmerk.Domain.Assessments;

/// <summary>
/// Decides whether an uploaded file is acceptable evidence by what its bytes are, not by what its name
/// claims: a PDF must start like a PDF, a DOCX must be a zip holding a Word document.
/// </summary>
public static class EvidenceFile
{
    public const long MaximumSizeInBytes = 10 * 1024 * 1024;

    public sealed record Kind(string ContentType, string[] Extensions);

    public static readonly Kind Pdf = new("application/pdf", [".pdf"]);
    public static readonly Kind Png = new("image/png", [".png"]);
    public static readonly Kind Jpeg = new("image/jpeg", [".jpg", ".jpeg"]);
    public static readonly Kind Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);

    /// <summary>The file's kind, or a refusal saying why it cannot be evidence.</summary>
    public static Kind Check(string fileName, byte[] content)
    {
        EnsureSize(fileName, content.Length);

        var kind = Detect(content);
        if (kind is null)
            throw DomainException.Invalid(
                $"'{fileName}' is geen PDF, PNG, JPEG of Word-document (DOCX).",
                $"'{fileName}' is not a PDF, PNG, JPEG or Word document (DOCX).");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!kind.Extensions.Contains(extension))
            throw DomainException.Invalid(
                $"De naam van '{fileName}' past niet bij de inhoud ({kind.Extensions[0]}).",
                $"The name of '{fileName}' does not match its content ({kind.Extensions[0]}).");
        return kind;
    }

    /// <summary>Checks the size alone, so an upload that is far too large is refused before it is read.</summary>
    public static void EnsureSize(string fileName, long length)
    {
        if (length == 0)
            throw DomainException.Invalid($"'{fileName}' is leeg.", $"'{fileName}' is empty.");
        if (length > MaximumSizeInBytes)
            throw DomainException.Invalid(
                $"'{fileName}' is groter dan {MaximumSizeInBytes / 1024 / 1024} MB.",
                $"'{fileName}' is larger than {MaximumSizeInBytes / 1024 / 1024} MB.");
    }

    private static Kind? Detect(byte[] c)
    {
        if (StartsWith(c, "%PDF-"u8)) return Pdf;
        if (StartsWith(c, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (StartsWith(c, [0xFF, 0xD8, 0xFF])) return Jpeg;
        if (StartsWith(c, [0x50, 0x4B, 0x03, 0x04]) && IsWordDocument(c)) return Docx;
        return null;
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    private static bool IsWordDocument(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            return zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
