using Keurmerk.Domain;

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
    DateTimeOffset RegisteredAt);
