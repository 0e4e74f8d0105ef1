using Keurmerk.Domain;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Tests.Objections;
using Keurmerk.Web.Tests.Signals;
using Keurmerk.Web.Tests.Support;
using System.Net;

namespace Keurmerk.Web.Tests.Exports;

/// <summary>
/// The assessors' downloads: the review queue, the signals, the objections and the audit log, each as filtered on
/// screen, as CSV and Excel, headed and worded in the reader's language, and only for those who may see the page.
/// </summary>
public sealed class AssessorExportTests(AssessorExportTests.Data data) : IClassFixture<AssessorExportTests.Data>
{
    /// <summary>One app with two submitted assessments of different sizes, two signals of different subjects and one objection.</summary>
    public sealed class Data : AppFixture
    {
        public (Employer Employer, Guid Id) Micro { get; private set; }
        public (Employer Employer, Guid Id) Large { get; private set; }
        public (Employer Employer, Guid Id) Rejected { get; private set; }
        public string RecruitmentSignal { get; private set; } = "";
        public string TreatmentSignal { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Micro = await SubmittedAs(SizeClass.Micro);
            Large = await SubmittedAs(SizeClass.Large);
            Rejected = await this.RejectNewEmployer();
            var objection = await Rejected.Employer.Session.LodgeObjection(Rejected.Id, "Wij zijn het niet eens met de afwijzing.");
            Assert.Equal(HttpStatusCode.Redirect, objection.StatusCode);
            var school = NewSession();
            Assert.Equal(HttpStatusCode.Redirect, (await school.PostSignal(SignalTestSupport.Report(DemoCertificates.Valid.KvkNumber, "RecruitmentAndSelection"))).StatusCode);
            RecruitmentSignal = (await school.Get("/signals/received")).QuerySelector("#reference")!.TextContent.Trim();
            TreatmentSignal = await school.RaiseSignal(DemoCertificates.Valid.KvkNumber);
        }

        private async Task<(Employer, Guid)> SubmittedAs(SizeClass size)
        {
            var employer = await this.SignUpNewEmployer(size);
            var id = await employer.StartAssessment();
            await this.CompleteEverySection(employer, id);
            Assert.Equal(HttpStatusCode.Redirect, (await employer.Session.PostSubmit(id)).StatusCode);
            return (employer, id);
        }
    }

    [Fact]
    public async Task TheReviewQueue_AsFilteredOnScreen_InCsvAndExcel()
    {
        var assessor = await data.LoggedIn(Certification.AssessorA);
        var page = await assessor.Get("/review?SizeClass=Micro");
        Assert.Equal("/review/queue.csv?SizeClass=Micro", page.QuerySelector("#download-csv")!.GetAttribute("href"));
        Assert.Equal("/review/queue.xlsx?SizeClass=Micro", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));

        var csv = await assessor.Csv("/review/queue.csv?SizeClass=Micro", $"keurmerk-beoordelen-{data.Today()}");
        var xlsx = await assessor.Xlsx("/review/queue.xlsx?SizeClass=Micro", $"keurmerk-beoordelen-{data.Today()}");

        foreach (var rows in new[] { csv, xlsx })
        {
            Assert.Equal(["Organisatie", "KvK-nummer", "Plaats", "Sector", "Omvang", "Ronde", "Fase"], rows[0][..7]);
            Assert.Contains(data.Micro.Employer.OrganisationName, rows.Values("Organisatie"));
            Assert.DoesNotContain(data.Large.Employer.OrganisationName, rows.Values("Organisatie"));
            Assert.All(rows.Values("Omvang"), size => Assert.Equal(SizeNames.Nl(SizeClass.Micro), size));
        }
        var unfiltered = await assessor.Csv("/review/queue.csv", "keurmerk-beoordelen-");
        Assert.Contains(data.Large.Employer.OrganisationName, unfiltered.Values("Organisatie"));
        Assert.Equal("wachtrij", unfiltered[unfiltered.Values("Organisatie").IndexOf(data.Large.Employer.OrganisationName) + 1][unfiltered.Column("Fase")]);
    }

    [Fact]
    public async Task TheReviewQueue_InEnglish_HasEnglishHeadersAndWords()
    {
        var assessor = await (await data.LoggedIn(Certification.AssessorA)).InEnglish();

        var rows = await assessor.Xlsx("/review/queue.xlsx?SizeClass=Large", "keurmerk-beoordelen-");

        Assert.Equal(["Organisation", "KvK number", "City", "Sector", "Size", "Round", "Stage"], rows[0][..7]);
        Assert.Equal([SizeNames.En(SizeClass.Large)], rows.Values("Size").Distinct());
        Assert.Contains("queue", rows.Values("Stage"));
    }

    [Fact]
    public async Task TheSignals_AsFilteredOnScreen_WithTheirSubjectAndStatusInWords()
    {
        var assessor = await data.LoggedIn(Certification.AssessorA);
        var page = await assessor.Get("/signals?Category=RecruitmentAndSelection&State=Open");
        Assert.Equal("/signals/queue.csv?State=Open&Category=RecruitmentAndSelection", page.QuerySelector("#download-csv")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("#signal-queue a"), a => a.TextContent == data.RecruitmentSignal);
        Assert.DoesNotContain(page.QuerySelectorAll("#signal-queue a"), a => a.TextContent == data.TreatmentSignal);

        var csv = await assessor.Csv("/signals/queue.csv?State=Open&Category=RecruitmentAndSelection", $"keurmerk-signalen-{data.Today()}");
        var xlsx = await assessor.Xlsx("/signals/queue.xlsx?State=Open&Category=RecruitmentAndSelection", $"keurmerk-signalen-{data.Today()}");

        foreach (var rows in new[] { csv, xlsx })
        {
            Assert.Contains(data.RecruitmentSignal, rows.Values("Kenmerk"));
            Assert.DoesNotContain(data.TreatmentSignal, rows.Values("Kenmerk"));
            Assert.All(rows.Values("Onderwerp"), s => Assert.Equal("Werving en selectie", s));
            Assert.All(rows.Values("Status"), s => Assert.Equal("open", s));
        }
        Assert.DoesNotContain(csv.SelectMany(r => r), cell => cell.Contains(SignalTestSupport.Description, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheObjections_AsFilteredOnScreen()
    {
        var assessor = await data.LoggedIn(Certification.AssessorA);
        var name = data.Rejected.Employer.OrganisationName;

        var matching = await assessor.Csv($"/objections/list.csv?Organisation={Uri.EscapeDataString(name)}&Against=Rejection", $"keurmerk-bezwaren-{data.Today()}");
        var otherKind = await assessor.Xlsx($"/objections/list.xlsx?Organisation={Uri.EscapeDataString(name)}&Against=Revocation", $"keurmerk-bezwaren-{data.Today()}");

        Assert.Equal([name], matching.Values("Organisatie"));
        Assert.Equal(["afwijzing"], matching.Values("Tegen"));
        Assert.Equal(["ingediend"], matching.Values("Status"));
        Assert.Equal(["Organisatie", "Tegen"], otherKind[0][..2]);
        Assert.Single(otherKind); // the headers only
    }

    [Fact]
    public async Task TheAuditLog_AsFilteredOnScreen_EveryPage_WithTheEventTypeInWords()
    {
        var assessor = await data.LoggedIn(Certification.AssessorA);
        var kvk = data.Micro.Employer.KvkNumber;
        var page = await assessor.Get($"/audit?Organisation={kvk}&EventType=criterion_answered");
        Assert.Equal($"/audit/log.xlsx?Organisation={kvk}&EventType=criterion_answered", page.QuerySelector("#download-xlsx")!.GetAttribute("href"));
        var onScreen = int.Parse(page.QuerySelector("#audit-count")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        var csv = await assessor.Csv($"/audit/log.csv?Organisation={kvk}&EventType=criterion_answered", $"keurmerk-auditlog-{data.Today()}");
        var xlsx = await assessor.Xlsx($"/audit/log.xlsx?Organisation={kvk}&EventType=criterion_answered", $"keurmerk-auditlog-{data.Today()}");

        foreach (var rows in new[] { csv, xlsx })
        {
            Assert.Equal(["Wanneer (UTC)", "Organisatie", "Wie", "Soort gebeurtenis", "Wat"], rows[0][..5]);
            Assert.Equal(onScreen, rows.Count - 1);
            Assert.All(rows.Values("Organisatie"), o => Assert.Contains(kvk, o, StringComparison.Ordinal));
            Assert.All(rows.Values("Soort gebeurtenis"), t => Assert.Equal("Vraag beantwoord", t));
        }

        var everyKind = await assessor.Get("/audit");
        var total = int.Parse(everyKind.QuerySelector("#audit-count")!.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 50, $"{total} lines: more than one page on screen, all of them in the file");
        var all = await assessor.Csv("/audit/log.csv", "keurmerk-auditlog-");
        Assert.Equal(total, all.Count - 1);
        var sequences = all.Values("Volgnummer").Select(long.Parse).ToList();
        Assert.Equal(sequences.OrderDescending(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());

        var english = await (await data.LoggedIn(Certification.AssessorB)).InEnglish();
        var inEnglish = await english.Csv($"/audit/log.csv?Organisation={kvk}&EventType=assessment_submitted", "keurmerk-auditlog-");
        Assert.Equal(["When (UTC)", "Organisation", "Who", "Event type", "What"], inEnglish[0][..5]);
        Assert.Equal(["Submitted"], inEnglish.Values("Event type"));
    }

    [Theory]
    [InlineData("/review/queue.csv")]
    [InlineData("/review/queue.xlsx")]
    [InlineData("/signals/queue.csv")]
    [InlineData("/signals/queue.xlsx")]
    [InlineData("/objections/list.csv")]
    [InlineData("/objections/list.xlsx")]
    [InlineData("/audit/log.csv")]
    [InlineData("/audit/log.xlsx")]
    public async Task OnlyAssessorsAndAdmins_Download(string url)
    {
        foreach (var email in new[] { "werkgever@korrel.demo", "stagebureau@hhs.demo", "datalab@denhaag.demo" })
        {
            var response = await (await data.LoggedIn(email)).Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && Employers.RedirectPath(response).StartsWith("/account/denied", StringComparison.Ordinal)),
                $"{email} GET {url}: {response.StatusCode}");
        }
        var anonymous = await data.NewSession().Client.GetAsync(url);
        Assert.StartsWith("/account/login", Employers.RedirectPath(anonymous), StringComparison.Ordinal);
        var admin = await (await data.LoggedIn("beheer@keurmerk.demo")).Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Theory]
    [InlineData("/review/queue.csv?SizeClass=Enormous")]
    [InlineData("/review/queue.xlsx?SizeClass=99")]
    [InlineData("/review/queue.csv?City=")]
    [InlineData("/signals/queue.csv?State=Everything")]
    [InlineData("/signals/queue.xlsx?Category=-1")]
    [InlineData("/signals/queue.csv?Organisation=")]
    [InlineData("/objections/list.csv?Status=Pending")]
    [InlineData("/objections/list.xlsx?Against=2147483648")]
    [InlineData("/audit/log.csv?From=2026-02-30")]
    [InlineData("/audit/log.xlsx?To=yesterday")]
    [InlineData("/audit/log.csv?Actor=")]
    public async Task HostileFilters_Are400_WithAMessage_Never500(string url)
    {
        if (url.EndsWith('=')) url += new string('x', 5000);
        var assessor = await data.LoggedIn(Certification.AssessorA);

        var response = await assessor.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("filter", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/audit/log.csv?From=0001-01-01&To=9999-12-31")]
    [InlineData("/signals/queue.csv?Organisation=%27%3B--%20%3D1%2B1")]
    public async Task ExtremeButValidFilters_AreAFile(string url)
    {
        var assessor = await data.LoggedIn(Certification.AssessorA);

        var rows = await assessor.Csv(url, "keurmerk-");

        Assert.NotEmpty(rows);
    }
}
