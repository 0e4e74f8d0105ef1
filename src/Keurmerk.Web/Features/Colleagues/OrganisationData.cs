using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Signals;
using Keurmerk.Audits.Users;
using Marten;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keurmerk.Web.Features.Colleagues;

/// <summary>
/// Everything the platform holds about one organisation and its people (AVG article 20), in one
/// structure: the JSON download serialises it, the HTML summary reads it. Password hashes and
/// security stamps are not data about a person but keys to the account, and stay out. Signals keep
/// the reporter out: only what the employer was asked and answered is theirs.
/// </summary>
public sealed record OrganisationData(
    DateTimeOffset ExportedAt,
    Organisation Organisation,
    IReadOnlyList<OrganisationData.Person> People,
    IReadOnlyList<OrganisationData.InvitationRecord> Invitations,
    IReadOnlyList<AssessmentDetails> Assessments,
    IReadOnlyList<OrganisationData.EventRecord> Events,
    IReadOnlyList<ObjectionDetails> Objections,
    IReadOnlyList<OrganisationData.SignalRecord> Signals,
    IReadOnlyList<OrganisationData.MailRecord> Mail)
{
    public sealed record Person(Guid Id, string Name, string Email, IReadOnlyList<string> Roles, DateTimeOffset? DeletedAt);

    public sealed record InvitationRecord(string Name, string Email, DateTimeOffset InvitedAt, DateTimeOffset? AcceptedAt);

    public sealed record EventRecord(Guid StreamId, long Version, string Type, DateTimeOffset At, object Data);

    public sealed record SignalRecord(string Reference, string CertificateNumber, DateTimeOffset RaisedAt, string Status, IReadOnlyList<EmployerQuestion> Questions);

    public sealed record MailRecord(string To, string Subject, string Body, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<OrganisationData> Collect(IQuerySession session, Guid organisationId, DateTimeOffset now, CancellationToken ct)
    {
        var organisation = await session.LoadAsync<Organisation>(organisationId, ct)
            ?? throw new InvalidOperationException($"Organisation {organisationId} is missing.");
        var people = await session.Query<AppUser>().Where(u => u.OrganisationId == organisationId).ToListAsync(ct);
        var invitations = await session.Query<Invitation>().Where(i => i.OrganisationId == organisationId).ToListAsync(ct);
        var assessments = await session.Query<AssessmentDetails>().Where(a => a.OrganisationId == organisationId).OrderBy(a => a.StartedAt).ToListAsync(ct);
        var objections = await session.Query<ObjectionDetails>().Where(o => o.OrganisationId == organisationId).ToListAsync(ct);
        var signals = await session.Query<SignalDetails>().Where(s => s.OrganisationId == organisationId).ToListAsync(ct);

        var events = new List<EventRecord>();
        foreach (var streamId in assessments.Select(a => a.Id).Concat(objections.Select(o => o.Id)))
            events.AddRange((await session.Events.FetchStreamAsync(streamId, token: ct))
                .Select(e => new EventRecord(e.StreamId, e.Version, e.EventTypeName, e.Timestamp, e.Data)));

        var addresses = people.Select(p => p.Email).ToArray();
        var mail = await session.Query<Notification>().Where(n => n.To.IsOneOf(addresses)).OrderBy(n => n.CreatedAt).ToListAsync(ct);

        return new OrganisationData(
            now,
            organisation,
            [.. people.Select(p => new Person(p.Id, p.DisplayName, p.Email, p.Roles, p.DeletedAt))],
            [.. invitations.Select(i => new InvitationRecord(i.Name, i.Email, i.InvitedAt, i.AcceptedAt))],
            assessments,
            events,
            objections,
            [.. signals.Select(s => new SignalRecord(s.Reference, s.CertificateNumber, s.RaisedAt, s.Status.ToString(), s.Questions))],
            [.. mail.Select(n => new MailRecord(n.To, n.Subject, n.Body, n.CreatedAt, n.SentAt))]);
    }
}
