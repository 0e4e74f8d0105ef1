using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten;
using Microsoft.AspNetCore.Identity;
using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Demo;

/// <summary>An invented company; its contact details stay internal and never reach the public register.</summary>
public sealed record DemoOrganisation(string Name, string KvkNumber, SizeClass Size, string Sector, string City, string ContactPerson, string ContactEmail);

/// <summary>
/// Certified demo organisations, so the public register is not empty on a first run: one valid, one
/// suspended, one expired. Each certificate is earned through the real decisions (answers, evidence,
/// submission, review, four-eyes approval), so the register shows what the product really produces.
/// </summary>
public sealed class DemoCertificates(IDocumentSession session, UserManager<AppUser> users, CriteriaLibrary criteria, TimeProvider clock)
{
    /// <summary>Fixed here rather than read from configuration: the expired demo certificate must have expired whatever the setting.</summary>
    public const int ValidityYears = 2;

    public static readonly DemoOrganisation Valid = new("Installatietechniek Hofstad B.V.", "27418530", SizeClass.Medium, "techniek",
        "Den Haag", "Marco Verhoeven", "m.verhoeven@hofstad-installatie.demo");
    public static readonly DemoOrganisation Suspended = new("Zorggroep Vlietstede", "41159862", SizeClass.Large, "zorg",
        "Delft", "Ingrid Tromp", "stages@vlietstede.demo");
    public static readonly DemoOrganisation Expired = new("Drukkerij Meerzicht B.V.", "30672148", SizeClass.Small, "grafisch",
        "Zoetermeer", "Kees Hoogendoorn", "kees@drukkerijmeerzicht.demo");

    public async Task Seed(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();

        if (await Register(Valid, ct) is { } valid) await Certify(valid, decidedAt: now.AddDays(-21), ct);

        if (await Register(Suspended, ct) is { } suspended)
        {
            var (id, _) = await Certify(suspended, decidedAt: now.AddMonths(-5), ct);
            var (assessor, _) = await Assessors();
            await session.Decide(id, null, state => CertificateDecider.Decide(state, new SuspendCertificate(
                "Een melding van een stagiair over uitsluiting wordt onderzocht.", assessor, now.AddDays(-3))), ct: ct);
        }

        if (await Register(Expired, ct) is { } expired)
        {
            // Decided two years and a few days ago: validity ran out last week, and the expiry job has seen it.
            var (id, _) = await Certify(expired, decidedAt: now.AddYears(-ValidityYears).AddDays(-6), ct);
            await session.Decide(id, null, state => CertificateDecider.Decide(state, new ExpireCertificate(now)), ct: ct);
        }
    }

    /// <summary>
    /// The whole path from a new assessment to an issued certificate, decided at a given moment (in the
    /// past for the expired demo). The organisation has no login, so it acts as its own employer.
    /// </summary>
    public async Task<(Guid AssessmentId, string CertificateNumber)> Certify(Organisation organisation, DateTimeOffset decidedAt, CancellationToken ct = default)
    {
        var catalogue = criteria.Current;
        var (assessorA, assessorB) = await Assessors();
        var employer = organisation.Id;
        var applicable = catalogue.ApplicableTo(organisation.SizeClass).ToList();
        var id = Guid.CreateVersion7();

        var startedAt = decidedAt.AddDays(-30);
        await session.Start((AssessmentStarted)AssessmentDecider.Decide(organisation.StartAssessment(id, employer, startedAt), catalogue)[0], ct);

        var evidence = applicable.Where(c => c.Evidence == EvidenceRule.Required)
            .Select(c => (Command: EvidenceFor(c, employer, startedAt.AddDays(1), out var content), Content: content))
            .ToList();
        await session.Decide(id, null,
            state => AssessmentDecider.DecideAll(state,
            [
                .. applicable.Select(c => (Func<Assessment, object[]>)(s =>
                    AssessmentDecider.Decide(s, new AnswerCriterion(c.Id, PassingAnswer(c), employer, startedAt.AddDays(1)), catalogue))),
                .. evidence.Select(e => (Func<Assessment, object[]>)(s => AssessmentDecider.Decide(s, e.Command, catalogue))),
            ]),
            alongside: s => s.Store([.. evidence.Select(e => new EvidenceContent(e.Command.EvidenceId, id, e.Content))]),
            ct: ct);
        await session.Decide(id, null, s => AssessmentDecider.Decide(s, new SubmitAssessment(employer, startedAt.AddDays(2)), catalogue), ct: ct);

        var reviewedAt = decidedAt.AddDays(-7);
        await session.Decide(id, null, s => ReviewDecider.Decide(s, new StartReview(assessorA, reviewedAt)), ct: ct);
        await session.Decide(id, null, state => AssessmentDecider.DecideAll(state,
            applicable.Select(c => (Func<Assessment, object[]>)(s =>
                ReviewDecider.Decide(s, new JudgeCriterion(c.Id, Judgement.Accepted, assessorA, reviewedAt), catalogue)))), ct: ct);
        await session.Decide(id, null, s => ReviewDecider.Decide(s, new RecommendDecision(Recommendation.Approve,
            "Alle criteria zijn aantoonbaar op orde; goedkeuren.", assessorA, reviewedAt.AddDays(1)), catalogue), ct: ct);

        var number = await CertificateNumbers.Next(session, DutchCalendar.DateOf(decidedAt), ct);
        await session.Decide(id, null, s => ReviewDecider.Decide(s, new DecideApproval(
            "Advies overgenomen: voldoet aan de standaard.", number, ValidityYears, assessorB, decidedAt)), ct: ct);
        return (id, number);
    }

    /// <summary>Stores the organisation, or returns null if its KvK number is already known: seeding twice adds nothing.</summary>
    public async Task<Organisation?> Register(DemoOrganisation demo, CancellationToken ct = default)
    {
        if (await session.Query<Organisation>().AnyAsync(o => o.KvkNumber == demo.KvkNumber, ct)) return null;
        var organisation = new Organisation(Guid.CreateVersion7(), demo.Name, demo.KvkNumber, demo.Size, demo.Sector, demo.City,
            demo.ContactPerson, demo.ContactEmail, clock.GetUtcNow().AddYears(-ValidityYears - 1));
        session.Insert(organisation);
        await session.SaveChangesAsync(ct);
        return organisation;
    }

    /// <summary>Two different demo assessors: the one who reviews and recommends may not also decide.</summary>
    private async Task<(Guid Reviewer, Guid Decider)> Assessors()
    {
        var reviewer = await users.FindByEmailAsync("beoordelaar@elbho.demo");
        var decider = await users.FindByEmailAsync("beoordelaar2@elbho.demo");
        if (reviewer is null || decider is null) throw new InvalidOperationException("The demo assessors must be seeded before the demo certificates.");
        return (reviewer.Id, decider.Id);
    }

    private static string PassingAnswer(Criterion c) => c.Answer switch
    {
        AnswerType.YesNo => "yes",
        AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
        _ => "Elke melding bespreken we binnen twee weken met de stagiair en de school.",
    };

    private static AttachEvidence EvidenceFor(Criterion c, Guid by, DateTimeOffset at, out byte[] content)
    {
        content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% Demo-bewijsstuk {c.Id}\n%%EOF\n");
        return new AttachEvidence(c.Id, Guid.CreateVersion7(), $"bewijs-{c.Id}.pdf", "application/pdf", content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content)), by, at);
    }
}
