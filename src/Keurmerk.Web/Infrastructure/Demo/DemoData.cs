using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten;
using Microsoft.AspNetCore.Identity;

namespace Keurmerk.Web.Infrastructure.Demo;

/// <summary>
/// Demo accounts and data so a first run is not empty. Seeded once (the admin account is the marker);
/// a second run leaves everything as it was.
/// </summary>
public sealed class DemoData(
    IDocumentSession session,
    UserManager<AppUser> users,
    CriteriaLibrary criteria,
    TimeProvider clock,
    IConfiguration configuration,
    ILogger<DemoData> logger)
{
    public const string Password = "demo-wachtwoord-2026";

    public static readonly (string Email, string Name, string Role)[] Accounts =
    [
        ("werkgever@korrel.demo", "Sanne de Vries (Bakkerij De Korrel)", Roles.Employer),
        ("beoordelaar@elbho.demo", "Ahmed Bakker (ELBHO)", Roles.Assessor),
        ("beoordelaar2@elbho.demo", "Lotte Jansen (ELBHO)", Roles.Assessor),
        ("beoordelaar3@elbho.demo", "Youssef El Idrissi (ELBHO)", Roles.Assessor),
        ("stagebureau@hhs.demo", "Stagebureau De Haagse Hogeschool", Roles.School),
        ("beheer@keurmerk.demo", "Beheer Keurmerk", Roles.Admin),
        ("datalab@denhaag.demo", "Datalab Gemeente Den Haag", Roles.Network),
    ];

    public async Task EnsureSeeded(bool printLogins)
    {
        if (await users.FindByEmailAsync("beheer@keurmerk.demo") is null)
        {
            var now = clock.GetUtcNow();
            var korrel = new Organisation(Guid.CreateVersion7(), "Bakkerij De Korrel", "12345678", SizeClass.Small,
                "horeca", "Den Haag", "Sanne de Vries", "werkgever@korrel.demo", now);
            session.Insert(korrel);
            await session.SaveChangesAsync();

            foreach (var (email, name, role) in Accounts)
            {
                var user = new AppUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = name,
                    Roles = [role],
                    OrganisationId = role == Roles.Employer ? korrel.Id : null,
                };
                var result = await users.CreateAsync(user, Password);
                if (!result.Succeeded) throw new InvalidOperationException($"Demo user {email}: {result.Errors.First().Description}");
            }

            var employer = await users.FindByEmailAsync("werkgever@korrel.demo");
            await StartHalfFinishedAssessment(korrel, employer!.Id, now);
            await new DemoCertificates(session, users, criteria, clock).Seed();
            await SeedHistory();
            logger.LogInformation("Demo data seeded.");
        }

        if (printLogins)
        {
            logger.LogInformation("Demo logins (password for all: {Password}):{Accounts}", Password,
                string.Concat(Accounts.Select(a => $"{Environment.NewLine}  {a.Role,-9} {a.Email}")));
        }
    }

    /// <summary>Two years of history for the dashboard (Demo:HistoryOrganisations, 300 in Development, none elsewhere).</summary>
    private async Task SeedHistory()
    {
        var count = configuration.GetValue("Demo:HistoryOrganisations", 0);
        if (count <= 0) return;
        async Task<Guid> Id(string email) => (await users.FindByEmailAsync(email))!.Id;
        var people = new DemoHistory.People(await Id("beoordelaar@elbho.demo"), await Id("beoordelaar2@elbho.demo"), await Id("beoordelaar3@elbho.demo"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var events = await new DemoHistory(session, criteria, clock).Seed(count, people);
        logger.LogInformation("Demo history: {Count} organisations, {Events} events in {Seconds:0.0} s.", count, events, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The first two sections answered, the rest still open: what an employer leaves behind after a first visit.</summary>
    private async Task StartHalfFinishedAssessment(Organisation organisation, Guid by, DateTimeOffset now)
    {
        var catalogue = criteria.Current;
        var id = Guid.CreateVersion7();
        await session.Start((AssessmentStarted)AssessmentDecider.Decide(
            organisation.StartAssessment(id, by, now), catalogue)[0]);

        var answers = catalogue.Sections.Take(2).SelectMany(s => s.Criteria)
            .Where(c => c.AppliesToSize(organisation.SizeClass))
            .Select(c => new AnswerCriterion(c.Id, c.Answer switch
            {
                AnswerType.YesNo => "yes",
                AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
                _ => "Elke melding bespreken we binnen twee weken met de stagiair en de school.",
            }, by, now));
        await session.Decide(id, null, state => AssessmentDecider.DecideAll(state,
            answers.Select(a => (Func<Assessment, object[]>)(s => AssessmentDecider.Decide(s, a, catalogue)))));
    }
}
