namespace Keurmerk.Browser.Tests.Pages;

/// <summary>Who looks at a page: each role is one account, logged in once per run (see <see cref="Support.Scenario"/>).</summary>
public enum Role
{
    Public,
    /// <summary>The demo employer with a half-finished self-assessment.</summary>
    Employer,
    /// <summary>An employer signed up during the run, certified and then signalled.</summary>
    CertifiedEmployer,
    Assessor,
    School,
    Admin,
}

/// <summary>
/// One page as one role sees it. The path may hold placeholders in braces that the run's
/// <see cref="Support.Scenario"/> fills in ({draft}, {certified}, {certificate}, ...). Screenshot names
/// the page in .data/screenshots (taken at 1280 and 390 px). Status is the HTTP status the page is served with.
/// </summary>
public sealed record PageVisit(Role Role, string Path, string? Screenshot = null, int Status = 200)
{
    public string Key => $"{Role} {Path}";
}

/// <summary>
/// Every page of the app, per role: the one list the page checks run over (axe: no critical or serious
/// violations; no sideways scrolling at 390 px). A new page is added here, with the role that uses it.
/// </summary>
public static class SitePages
{
    public static readonly PageVisit[] All =
    [
        new(Role.Public, "/"),
        new(Role.Public, "/register", "register"),
        new(Role.Public, "/register?status=suspended"),
        new(Role.Public, "/register?q=zzzz-niets"),
        new(Role.Public, "/verify/{certificate}", "verify"),
        new(Role.Public, "/verify/HSS-2000-00000", Status: 404),
        new(Role.Public, "/signals/new"),
        new(Role.Public, "/account/login"),
        new(Role.Public, "/account/signup"),
        new(Role.Public, "/toegankelijkheid"),
        new(Role.Public, "/error/404", Status: 404),

        new(Role.Employer, "/assessments", "employer-overview"),
        new(Role.Employer, "/assessments/{draft}"),
        new(Role.Employer, "/assessments/{draft}/sections/{firstSection}", "section"),
        new(Role.Employer, "/assessments/{draft}/history"),
        new(Role.Employer, "/account/denied", Status: 403),

        new(Role.CertifiedEmployer, "/assessments"),
        new(Role.CertifiedEmployer, "/assessments/{certified}"),
        new(Role.CertifiedEmployer, "/assessments/{certified}/sections/{firstSection}"),
        new(Role.CertifiedEmployer, "/assessments/{certified}/history"),
        new(Role.CertifiedEmployer, "/objections/new/{certified}"),

        new(Role.Assessor, "/review"),
        new(Role.Assessor, "/review/{inReview}", "review"),
        new(Role.Assessor, "/review/{certified}"),
        new(Role.Assessor, "/assessments/{inReview}"),
        new(Role.Assessor, "/assessments/{inReview}/history"),
        new(Role.Assessor, "/signals"),
        new(Role.Assessor, "/signals/{signal}"),
        new(Role.Assessor, "/objections"),
        new(Role.Assessor, "/audit"),

        new(Role.School, "/school", "school"),
        new(Role.School, "/register"),

        new(Role.Admin, "/admin"),
        new(Role.Admin, "/admin/lifecycle"),
        new(Role.Admin, "/admin/mail"),
        new(Role.Admin, "/admin/audit-chain"),
        new(Role.Admin, "/audit"),
    ];

    public static TheoryData<string> Keys => [.. All.Select(p => p.Key)];

    public static PageVisit ByKey(string key) => All.Single(p => p.Key == key);
}
