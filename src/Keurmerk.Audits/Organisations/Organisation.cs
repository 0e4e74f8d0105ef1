using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;

namespace Keurmerk.Audits.Organisations;

/// <summary>An employer that hosts interns. Its KvK number is unique.</summary>
public sealed record Organisation(
    Guid Id,
    string Name,
    string KvkNumber,
    SizeClass SizeClass,
    string Sector,
    string City,
    string ContactPerson,
    string ContactEmail,
    DateTimeOffset RegisteredAt)
{
    public StartAssessment StartAssessment(Guid assessmentId, Guid by, DateTimeOffset now) =>
        new(assessmentId, Id, Name, KvkNumber, City, Sector, SizeClass, by, now);
}
