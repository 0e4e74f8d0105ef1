using Keurmerk.Domain.Assessments;
using System.IO.Compression;

namespace Keurmerk.Domain.Tests.Assessments;

public class EvidenceFileTests
{
    public static byte[] Docx()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("word/document.xml");
        }
        return stream.ToArray();
    }

    [Theory]
    [InlineData("beleid.pdf", "application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 })]
    [InlineData("foto.png", "image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    [InlineData("foto.JPG", "image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    public void Check_KnownContent_GivesItsKind(string name, string contentType, byte[] content)
    {
        Assert.Equal(contentType, EvidenceFile.Check(name, content).ContentType);
    }

    [Fact]
    public void Check_WordDocument_IsDocx()
    {
        Assert.Equal(EvidenceFile.Docx, EvidenceFile.Check("protocol.docx", Docx()));
    }

    [Fact]
    public void Check_ZipThatIsNoWordDocument_IsRefused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true)) zip.CreateEntry("payload.exe");

        Assert.Throws<DomainException>(() => EvidenceFile.Check("protocol.docx", stream.ToArray()));
    }

    [Fact]
    public void Check_ExecutableRenamedToPdf_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => EvidenceFile.Check("beleid.pdf", [0x4D, 0x5A, 0x90, 0x00]));

        Assert.Contains("not a PDF, PNG, JPEG or Word document", refusal.Text.En);
    }

    [Fact]
    public void Check_PdfNamedPng_IsRefused()
    {
        var refusal = Assert.Throws<DomainException>(() => EvidenceFile.Check("foto.png", "%PDF-1.4"u8.ToArray()));

        Assert.Contains("does not match", refusal.Text.En);
    }

    [Fact]
    public void Check_TooLarge_IsRefused()
    {
        var content = new byte[EvidenceFile.MaximumSizeInBytes + 1];
        "%PDF-"u8.CopyTo(content);

        Assert.Throws<DomainException>(() => EvidenceFile.Check("groot.pdf", content));
    }

    [Fact]
    public void Check_Empty_IsRefused()
    {
        Assert.Throws<DomainException>(() => EvidenceFile.Check("leeg.pdf", []));
    }
}
