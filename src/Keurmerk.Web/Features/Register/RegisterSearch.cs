using Keurmerk.Audits.Register;
using Marten;
using Marten.Pagination;
using System.Linq.Expressions;

namespace Keurmerk.Web.Features.Register;

/// <summary>What a school searches for. Status is the effective status today, not the stored one.</summary>
public sealed record RegisterFilter(string? Text = null, string? City = null, CertificateStatus? Status = null);

public sealed record RegisterRow(RegisterEntry Entry, CertificateStatus Status);

public sealed record RegisterResults(IReadOnlyList<RegisterRow> Rows, int Page, int PageSize, long Total)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The one query behind the register page and the register API.</summary>
public static class RegisterSearch
{
    public const int MaximumTextLength = 100;

    /// <summary>Further than this no one pages: beyond it the page is empty (and the API says 400), never an overflowing OFFSET.</summary>
    public const long MaximumOffset = 10_000_000;

    public static bool IsBeyondTheEnd(int page, int pageSize) => (long)(page - 1) * pageSize > MaximumOffset;

    public static async Task<RegisterResults> Find(
        IQuerySession session, RegisterFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct)
    {
        if (IsBeyondTheEnd(page, pageSize)) return new RegisterResults([], page, pageSize, 0);
        IQueryable<RegisterEntry> query = session.Query<RegisterEntry>();

        var text = filter.Text?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            text = text[..Math.Min(text.Length, MaximumTextLength)];
            query = query.Where(r => r.OrganisationName.Contains(text, StringComparison.OrdinalIgnoreCase)
                || r.KvkNumber.Contains(text)
                || r.City.Contains(text, StringComparison.OrdinalIgnoreCase));
        }

        var city = filter.City?.Trim();
        if (!string.IsNullOrEmpty(city))
            query = query.Where(r => r.City.Equals(city, StringComparison.OrdinalIgnoreCase));

        if (filter.Status is { } status) query = query.Where(EffectiveStatusIs(status, today));

        // Filtered and paged in the database, so the total and the pages stay right however large the register grows.
        var found = await query
            .OrderBy(r => r.OrganisationName)
            .ThenByDescending(r => r.ValidFrom)
            .ThenBy(r => r.CertificateNumber)
            .ToPagedListAsync(page, pageSize, ct);

        var rows = found.Select(e => new RegisterRow(e, e.StatusOn(today) ?? CertificateStatus.Certified)).ToList();
        return new RegisterResults(rows, page, pageSize, found.TotalItemCount);
    }

    /// <summary>
    /// RegisterEntry.StatusOn(today) as SQL. The stored status is the latest change (changes are dated
    /// when they happen, never ahead), and past ValidUntil anything but a revocation reads as expired.
    /// </summary>
    public static Expression<Func<RegisterEntry, bool>> EffectiveStatusIs(CertificateStatus status, DateOnly today) => status switch
    {
        CertificateStatus.Certified => r => r.Status == CertificateStatus.Certified && r.ValidUntil >= today,
        CertificateStatus.Suspended => r => r.Status == CertificateStatus.Suspended && r.ValidUntil >= today,
        CertificateStatus.Expired => r => r.Status == CertificateStatus.Expired || (r.Status != CertificateStatus.Revoked && r.ValidUntil < today),
        CertificateStatus.Revoked => r => r.Status == CertificateStatus.Revoked,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// All certificates of one organisation as they stood on a date: a valid one first, then a suspended
    /// one, then the rest newest first; certificates issued after that date come last. So the first one
    /// that existed on the date is the organisation's standing on it.
    /// </summary>
    public static async Task<IReadOnlyList<CertificateStanding>> ForOrganisation(IQuerySession session, string kvkNumber, DateOnly on, CancellationToken ct)
    {
        var entries = await session.Query<RegisterEntry>().Where(r => r.KvkNumber == kvkNumber).ToListAsync(ct);
        return entries.Select(e => CertificateStanding.Of(e, on))
            .OrderBy(s => s.Status switch { CertificateStatus.Certified => 0, CertificateStatus.Suspended => 1, null => 3, _ => 2 })
            .ThenByDescending(s => s.Entry.ValidFrom)
            .ThenByDescending(s => s.Entry.CertificateNumber)
            .ToList();
    }

    public static Task<RegisterEntry?> ByNumber(IQuerySession session, string number, CancellationToken ct)
    {
        var normalised = number.Trim().ToUpperInvariant();
        return session.Query<RegisterEntry>().FirstOrDefaultAsync(r => r.CertificateNumber == normalised, ct);
    }
}
