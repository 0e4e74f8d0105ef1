using AngleSharp.Dom;
using Keurmerk.Audits.Notifications;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Keurmerk.Web.Tests.Support;

/// <summary>An employer who signed up through the sign-up form and is logged in on its own session.</summary>
public sealed record Employer(
    WebSession Session,
    string OrganisationName,
    string KvkNumber,
    string ContactPerson,
    string Email,
    string Password,
    SizeClass Size);

/// <summary>A line of an assessment's history page, as a person reads it.</summary>
public sealed record HistoryLine(int Version, string Actor, string What);

/// <summary>Sign-up and self-assessment steps, done the way a browser does them.</summary>
public static class Employers
{
    public const string Password = "geheim-wachtwoord-42";
    public const string SignUpForm = "form[action='/account/signup']";
    public const string LoginForm = "form[action='/account/login']";
    public const string SectionForm = "form[enctype='multipart/form-data']";
    public const string LogoutForm = "form[action='/account/logout']";
    public const string DemoKvkNumber = "12345678";

    public static string UniqueSuffix() => Guid.NewGuid().ToString("N")[..8];

    /// <summary>A random 8-digit KvK number, never the seeded demo organisation's.</summary>
    public static string NewKvkNumber()
    {
        while (true)
        {
            var kvk = Random.Shared.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture);
            if (kvk != DemoKvkNumber) return kvk;
        }
    }

    public static Dictionary<string, string> NewSignUpValues(SizeClass size = SizeClass.Small)
    {
        var suffix = UniqueSuffix();
        return new Dictionary<string, string>
        {
            ["OrganisationName"] = $"Testbedrijf {suffix} B.V.",
            ["KvkNumber"] = NewKvkNumber(),
            ["SizeClass"] = size.ToString(),
            ["Sector"] = "ict",
            ["City"] = "Den Haag",
            ["ContactPerson"] = $"Fatima el Amrani {suffix}",
            ["Email"] = $"hr-{suffix}@testbedrijf.example",
            ["Password"] = Password,
        };
    }

    public static async Task<HttpResponseMessage> PostSignUp(WebSession session, IDictionary<string, string> values)
    {
        var page = await session.Get("/account/signup");
        return await session.Submit(page, SignUpForm, values);
    }

    /// <summary>
    /// Signs up a fresh organisation with a unique name, KvK number and e-mail, confirms the address with
    /// the link from the mail, and logs in: the session is logged in.
    /// </summary>
    public static async Task<Employer> SignUpNewEmployer(this AppFixture app, SizeClass size = SizeClass.Small)
    {
        var values = NewSignUpValues(size);
        var session = app.NewSession();
        var response = await PostSignUp(session, values);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Sign-up failed with {response.StatusCode}: {Errors(await WebSession.Parse(response))}");
        var confirmed = await session.Client.GetAsync(await app.LinkInMail(values["Email"], "account-confirm", "/account/confirm"));
        Assert.Equal("/account/login", RedirectPath(confirmed));
        await session.LogIn(values["Email"], values["Password"]);
        return new Employer(session, values["OrganisationName"], values["KvkNumber"], values["ContactPerson"],
            values["Email"], values["Password"], size);
    }

    /// <summary>The outbox's mails of this kind to this address, newest first.</summary>
    public static async Task<List<Notification>> Mails(this AppFixture app, string to, string kind)
    {
        await using var session = app.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Query<Notification>().Where(n => n.To == to && n.Kind == kind)
            .OrderByDescending(n => n.CreatedAt).ToListAsync()).ToList();
    }

    /// <summary>The path and query of the link to this path in the newest mail of this kind to this address.</summary>
    public static async Task<string> LinkInMail(this AppFixture app, string to, string kind, string path)
    {
        var mail = (await app.Mails(to, kind)).FirstOrDefault() ?? throw new InvalidOperationException($"No '{kind}' mail to {to}.");
        var match = Regex.Match(mail.Body, @"https?://[^\s/]+(" + Regex.Escape(path) + @"\S*)");
        Assert.True(match.Success, $"No link to {path} in: {mail.Body}");
        return match.Groups[1].Value;
    }

    /// <summary>The path of a redirect, whether the Location header is relative or absolute.</summary>
    public static string RedirectPath(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {response.StatusCode}");
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>The page's error texts: the validation summary and any alert.</summary>
    public static string Errors(IDocument page) =>
        string.Join(" | ", page.QuerySelectorAll(".alert-danger").Select(e => e.TextContent.Trim()));

    public static async Task<Guid> StartAssessment(this Employer employer)
    {
        var page = await employer.Session.Get("/assessments");
        var response = await employer.Session.Submit(page, "form[action='/assessments/start']");
        var path = RedirectPath(response);
        Assert.StartsWith("/assessments/", path);
        return Guid.Parse(path["/assessments/".Length..]);
    }

    public static string SectionUrl(Guid assessmentId, string sectionId) => $"/assessments/{assessmentId}/sections/{sectionId}";

    /// <summary>Fetches the section page and posts its form with these answers (by criterion) and files.</summary>
    public static async Task<HttpResponseMessage> SaveSection(
        this WebSession session,
        Guid assessmentId,
        string sectionId,
        IDictionary<string, string> answers,
        IEnumerable<(string CriterionId, string FileName, byte[] Content)>? files = null)
    {
        var page = await session.Get(SectionUrl(assessmentId, sectionId));
        return await session.SaveSection(page, answers, files);
    }

    /// <summary>Posts an already fetched section page (a tab left open) with these answers and files.</summary>
    public static Task<HttpResponseMessage> SaveSection(
        this WebSession session,
        IDocument sectionPage,
        IDictionary<string, string> answers,
        IEnumerable<(string CriterionId, string FileName, byte[] Content)>? files = null) =>
        session.Submit(sectionPage, SectionForm,
            answers.ToDictionary(a => $"answer-{a.Key}", a => a.Value),
            files?.Select(f => ($"file-{f.CriterionId}", f.FileName, f.Content)));

    public static CriteriaCatalogue Criteria(this AppFixture app) =>
        app.Services.GetRequiredService<CriteriaLibrary>().Current;

    /// <summary>Answers that fully meet every criterion of the section that applies to this size.</summary>
    public static Dictionary<string, string> PassingAnswers(Section section, SizeClass size) =>
        section.Criteria.Where(c => c.AppliesToSize(size)).ToDictionary(c => c.Id, c => c.Answer switch
        {
            AnswerType.YesNo => "yes",
            AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
            _ => "Wij bespreken elke melding binnen twee weken met de stagiair en de school.",
        });

    /// <summary>A PDF for every criterion of the section that requires evidence.</summary>
    public static List<(string CriterionId, string FileName, byte[] Content)> RequiredEvidence(Section section, SizeClass size) =>
        section.Criteria.Where(c => c.AppliesToSize(size) && c.Evidence == EvidenceRule.Required)
            .Select(c => (c.Id, $"bewijs-{c.Id}.pdf", TestFiles.Pdf(c.Id)))
            .ToList();

    /// <summary>Fills in every section so that the assessment is ready to submit.</summary>
    public static async Task CompleteEverySection(this AppFixture app, Employer employer, Guid assessmentId)
    {
        foreach (var section in app.Criteria().Sections)
        {
            var response = await employer.Session.SaveSection(assessmentId, section.Id,
                PassingAnswers(section, employer.Size), RequiredEvidence(section, employer.Size));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect,
                $"Saving {section.Id} failed with {response.StatusCode}: {Errors(await WebSession.Parse(response))}");
        }
    }

    /// <summary>Posts the submit form on the assessment's page (also when its button is disabled).</summary>
    public static async Task<HttpResponseMessage> PostSubmit(this WebSession session, Guid assessmentId)
    {
        var page = await session.Get($"/assessments/{assessmentId}");
        return await session.Submit(page, $"form[action='/assessments/{assessmentId}/submit']");
    }

    public static async Task<List<HistoryLine>> History(this WebSession session, Guid assessmentId)
    {
        var page = await session.Get($"/assessments/{assessmentId}/history");
        return page.QuerySelectorAll("table.audit-trail tbody tr")
            .Select(row => row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(cells => new HistoryLine(int.Parse(cells[0], CultureInfo.InvariantCulture), cells[2], cells[3]))
            .ToList();
    }

    /// <summary>The value whose radio button is checked for a criterion, or null.</summary>
    public static string? CheckedAnswer(IDocument sectionPage, string criterionId) =>
        sectionPage.QuerySelectorAll($"input[type=radio][name='answer-{criterionId}']")
            .FirstOrDefault(i => i.HasAttribute("checked"))?.GetAttribute("value");

    /// <summary>The file names listed as evidence for a criterion on its section page.</summary>
    public static List<string> EvidenceListed(IDocument sectionPage, string criterionId) =>
        sectionPage.QuerySelectorAll($"#criterion-{criterionId} .evidence-list a").Select(a => a.TextContent.Trim()).ToList();
}
