using AngleSharp.Dom;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Assessments;

/// <summary>Evidence files: checked by content, stored with the answers or not at all, downloadable, removable.</summary>
public class EvidenceTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, byte[]> AcceptedFiles => new()
    {
        { "vacaturecheck.pdf", "application/pdf", TestFiles.Pdf("vacaturecheck") },
        { "scherm.png", "image/png", TestFiles.Png },
        { "beleid.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestFiles.Docx() },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Upload_AcceptedFile_IsListed_AndDownloadsByteIdentical(string fileName, string contentType, byte[] content)
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-01"] = "yes" }, [("REC-01", fileName, content)]);

        Assert.Equal(Employers.SectionUrl(id, "recruitment"), Employers.RedirectPath(response));
        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Equal([fileName], Employers.EvidenceListed(page, "REC-01"));
        var download = await employer.Session.Client.GetAsync(EvidenceHref(page, "REC-01"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(content, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", string.Join("", download.Headers.GetValues("X-Content-Type-Options")));
        Assert.DoesNotContain("REC-01", await MissingEvidence(employer, id));
    }

    [Fact]
    public async Task Upload_ExeRenamedToPdf_Is400_WithMessage_AndStoresNothingFromThatSave()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF];

        var response = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-01"] = "yes", ["REC-03"] = "yes" },
            [("REC-03", "goed.pdf", TestFiles.Pdf()), ("REC-01", "vacature.pdf", exe)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = await WebSession.Parse(response);
        Assert.Equal("'vacature.pdf' is geen PDF, PNG, JPEG of Word-document (DOCX).", refused.QuerySelector("#form-error")!.TextContent.Trim());
        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Null(Employers.CheckedAnswer(page, "REC-01"));
        Assert.Null(Employers.CheckedAnswer(page, "REC-03"));
        Assert.Empty(Employers.EvidenceListed(page, "REC-01"));
        Assert.Empty(Employers.EvidenceListed(page, "REC-03"));
        Assert.Single(await employer.Session.History(id));
    }

    [Fact]
    public async Task Upload_PngNamedPdf_Is400_BecauseTheNameDoesNotMatchTheContent()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string>(), [("REC-01", "foto.pdf", TestFiles.Png)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("De naam van 'foto.pdf' past niet bij de inhoud (.png).",
            (await WebSession.Parse(response)).QuerySelector("#form-error")!.TextContent.Trim());
        Assert.Contains("REC-01", await MissingEvidence(employer, id));
    }

    [Fact]
    public async Task Upload_ForACriterionThatTakesNoEvidence_Is400()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "recruitment",
            new Dictionary<string, string> { ["REC-04"] = "yes" }, [("REC-04", "lijst.pdf", TestFiles.Pdf())]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Bij REC-04 hoort geen bewijsstuk.", (await WebSession.Parse(response)).QuerySelector("#form-error")!.TextContent.Trim());
        Assert.Null(Employers.CheckedAnswer(await employer.Session.Get(Employers.SectionUrl(id, "recruitment")), "REC-04"));
    }

    [Fact]
    public async Task Upload_EmptyFile_Is400()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();

        var response = await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string>(), [("REC-01", "leeg.pdf", [])]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("'leeg.pdf' is leeg.", (await WebSession.Parse(response)).QuerySelector("#form-error")!.TextContent.Trim());
    }

    [Fact]
    public async Task RemoveEvidence_TakesItOffThePage_AndItsDownloadIsGone()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string>(),
            [("REC-01", "oud.pdf", TestFiles.Pdf("oud")), ("REC-01", "nieuw.pdf", TestFiles.Pdf("nieuw"))]);
        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Equal(["oud.pdf", "nieuw.pdf"], Employers.EvidenceListed(page, "REC-01"));
        var oldHref = EvidenceHref(page, "REC-01", "oud.pdf");

        var response = await employer.Session.Submit(page, Employers.SectionForm, formAction: RemoveAction(page, "oud.pdf"));

        Assert.Equal(Employers.SectionUrl(id, "recruitment"), Employers.RedirectPath(response));
        var after = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));
        Assert.Contains("Het bewijsstuk is verwijderd.", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(["nieuw.pdf"], Employers.EvidenceListed(after, "REC-01"));
        Assert.Equal(HttpStatusCode.NotFound, (await employer.Session.Client.GetAsync(oldHref)).StatusCode);
        var kept = await employer.Session.Client.GetAsync(EvidenceHref(after, "REC-01", "nieuw.pdf"));
        Assert.Equal(TestFiles.Pdf("nieuw"), await kept.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RemoveEvidence_TheLastOne_PutsTheCriterionBackOnTheMissingEvidenceList()
    {
        var employer = await app.SignUpNewEmployer();
        var id = await employer.StartAssessment();
        await employer.Session.SaveSection(id, "recruitment", new Dictionary<string, string>(), [("REC-01", "check.pdf", TestFiles.Pdf())]);
        Assert.DoesNotContain("REC-01", await MissingEvidence(employer, id));
        var page = await employer.Session.Get(Employers.SectionUrl(id, "recruitment"));

        await employer.Session.Submit(page, Employers.SectionForm, formAction: RemoveAction(page, "check.pdf"));

        Assert.Contains("REC-01", await MissingEvidence(employer, id));
    }

    private static string EvidenceHref(IDocument page, string criterionId, string? fileName = null) =>
        page.QuerySelectorAll($"#criterion-{criterionId} .evidence-list a")
            .First(a => fileName is null || a.TextContent.Trim() == fileName).GetAttribute("href")!;

    private static string RemoveAction(IDocument page, string fileName) =>
        page.QuerySelector($"button[formaction$='/remove'][aria-label='{fileName} verwijderen']")!.GetAttribute("formaction")!;

    private static async Task<List<string>> MissingEvidence(Employer employer, Guid id)
    {
        var details = await employer.Session.Get($"/assessments/{id}");
        return details.QuerySelectorAll("#readiness-list li.missing-evidence").Select(li => li.GetAttribute("data-criterion")!).ToList();
    }
}
