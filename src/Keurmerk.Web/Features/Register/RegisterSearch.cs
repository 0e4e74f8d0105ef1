using Keurmerk.Audits.Register;
using Marten;
using System.Text;

namespace Keurmerk.Web.Features.Register;

/// <summary>What a school searches for. Status is the effective status today, not the stored one.</summary>
public sealed record RegisterFilter(string? Text = null, string? City = null, CertificateStatus? Status = null);

public sealed record RegisterRow(RegisterEntry Entry, CertificateStatus Status);

/// <summary>A register query as SQL: the page (one row more than asked, to know whether another follows) and the bounded count.</summary>
public sealed record RegisterSql(string Rows, object[] RowParameters, string Count, object[] CountParameters, string Text);

/// <summary>
/// One page of results. Total is exact up to <see cref="RegisterSearch.CountLimit"/>; past it, counting
/// stops and TotalIsLowerBound says "more than". NextCursor continues after the last row (null on the last page).
/// </summary>
public sealed record RegisterResults(IReadOnlyList<RegisterRow> Rows, int Page, int PageSize, long Total, bool TotalIsLowerBound, string? NextCursor)
{
    public int PageCount => (int)Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The one query behind the register page and the register API, in SQL over the indexed key columns
/// (KeurmerkStore.ConfigureRegisterSearch): text of three or more characters through the trigram
/// index, shorter text as a name prefix (a range of the sort key), the city by its key, the effective
/// status from the status and last-valid-day columns. Exact KvK number first, then name prefix, then
/// the rest, each by name. Pages by number (offset) or by cursor (keyset, cheap at any depth).
/// </summary>
public static class RegisterSearch
{
    public const int MaximumTextLength = 100;

    /// <summary>Counting stops here: a school needs "more than 1,000, refine your search", not the exact number.</summary>
    public const int CountLimit = 1000;

    /// <summary>Further than this no one pages: beyond it the page is empty (and the API says 400), never an overflowing OFFSET.</summary>
    public const long MaximumOffset = 10_000_000;

    public static bool IsBeyondTheEnd(int page, int pageSize) => (long)(page - 1) * pageSize >= MaximumOffset;

    /// <summary>Rows fetched per round trip when a whole result is streamed (the open-data exports).</summary>
    private const int ExportPageSize = 500;

    /// <summary>Every match in register order, a keyset page at a time, so an export holds one page in memory.</summary>
    public static async IAsyncEnumerable<RegisterRow> All(
        IQuerySession session, RegisterFilter filter, DateOnly today, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        RegisterCursor? after = null;
        var page = 1;
        while (true)
        {
            var results = await Find(session, filter, today, page, ExportPageSize, ct, after);
            foreach (var row in results.Rows) yield return row;
            if (results.NextCursor is null) yield break;
            after = RegisterCursor.TryDecode(results.NextCursor);
            page++;
        }
    }

    private const string SortKey = "sort_key collate \"C\"";

    public static async Task<RegisterResults> Find(
        IQuerySession session, RegisterFilter filter, DateOnly today, int page, int pageSize, CancellationToken ct, RegisterCursor? after = null)
    {
        if (IsBeyondTheEnd(page, pageSize)) return new RegisterResults([], page, pageSize, 0, false, null);
        var sql = Build(session.DocumentStore.Options.DatabaseSchemaName, filter, today, page, pageSize, after);
        if (sql is null) return new RegisterResults([], page, pageSize, 0, false, null);

        var found = await session.QueryAsync<RegisterEntry>(sql.Rows, ct, sql.RowParameters);
        var count = (await session.QueryAsync<long>(sql.Count, ct, sql.CountParameters)).Single();

        var rows = found.Take(pageSize).Select(e => new RegisterRow(e, e.StatusOn(today) ?? CertificateStatus.Certified)).ToList();
        string? next = null;
        if (found.Count > pageSize)
        {
            var last = rows[^1].Entry;
            next = new RegisterCursor(page + 1, RankOf(last, sql.Text), last.SortKey).Encode();
        }
        return new RegisterResults(rows, page, pageSize, Math.Min(count, CountLimit), count > CountLimit, next);
    }

    /// <summary>The page's SQL and the bounded count's, with Marten's positional parameters; null when nothing can match.</summary>
    public static RegisterSql? Build(string schema, RegisterFilter filter, DateOnly today, int page, int pageSize, RegisterCursor? after = null)
    {
        var conditions = new List<string>();
        var parameters = new List<object>();
        var rank = "2";

        var raw = filter.Text?.Trim() ?? "";
        var text = RegisterKeys.Query(raw[..Math.Min(raw.Length, MaximumTextLength)]);
        if (raw.Length > 0 && text.Length == 0) return null; // only punctuation: nothing can match
        if (text.Length > 0)
        {
            if (text.Length >= 3)
            {
                conditions.Add("search_key like ?");
                parameters.Add($"%{text}%");
            }
            else
            {
                // Too short for trigrams: a name that starts with it.
                conditions.Add($"{SortKey} like ?");
                parameters.Add(text + "%");
            }
            rank = $"case when data ->> 'KvkNumber' = ? then 0 when {SortKey} like ? then 1 else 2 end";
        }

        var city = filter.City?.Trim();
        if (!string.IsNullOrEmpty(city))
        {
            conditions.Add("city_key = ?");
            parameters.Add(RegisterKeys.City(city));
        }

        if (filter.Status is { } status)
        {
            conditions.Add(EffectiveStatusIs(status));
            if (status != CertificateStatus.Revoked) parameters.Add(today);
        }

        var table = $"{schema}.mt_doc_registerentry";
        var where = conditions.Count == 0 ? "true" : string.Join(" and ", conditions);

        var rowParameters = new List<object>();
        if (text.Length > 0) rowParameters.AddRange([text, text + "%"]);
        rowParameters.AddRange(parameters);
        var continueAfter = "";
        if (after is not null)
        {
            continueAfter = $"where rank > ? or (rank = ? and {SortKey} > ?)";
            rowParameters.AddRange([after.Rank, after.Rank, after.SortKey]);
        }
        var offset = after is null ? (long)(page - 1) * pageSize : 0;
        var rows = $"""
            select data from (select data, sort_key, {rank} as rank from {table} where {where}) matched
            {continueAfter}
            order by rank, {SortKey} limit {pageSize + 1} offset {offset}
            """;
        var count = $"select count(*) from (select 1 from {table} where {where} limit {CountLimit + 1}) limited";
        return new RegisterSql(rows, [.. rowParameters], count, [.. parameters], text);
    }

    /// <summary>The SQL rank above, for the row a cursor continues after.</summary>
    private static int RankOf(RegisterEntry entry, string text) =>
        text.Length == 0 ? 2 : entry.KvkNumber == text ? 0 : entry.SortKey.StartsWith(text, StringComparison.Ordinal) ? 1 : 2;

    /// <summary>
    /// RegisterEntry.StatusOn(today) as SQL over the status and valid_until columns, with today as its
    /// one parameter (none for revoked). The stored status is the latest change (changes are dated when
    /// they happen, never ahead), and past ValidUntil anything but a revocation reads as expired.
    /// </summary>
    public static string EffectiveStatusIs(CertificateStatus status) => status switch
    {
        CertificateStatus.Certified => "(status = 'Certified' and valid_until >= ?)",
        CertificateStatus.Suspended => "(status = 'Suspended' and valid_until >= ?)",
        CertificateStatus.Expired => "(status = 'Expired' or (status <> 'Revoked' and valid_until < ?))",
        CertificateStatus.Revoked => "(status = 'Revoked')",
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

/// <summary>
/// Where the next page starts: the page number it will be, and the rank and sort key of the last row
/// shown. Opaque to callers (base64url); a cursor they altered is refused, never half-understood.
/// </summary>
public sealed record RegisterCursor(int Page, int Rank, string SortKey)
{
    public string Encode() =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Page}|{Rank}|{SortKey}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static RegisterCursor? TryDecode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 600) return null;
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        var bytes = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, bytes, out var length)) return null;
        string text;
        try { text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 0, length); }
        catch (DecoderFallbackException) { return null; }
        var parts = text.Split('|', 3);
        return parts.Length == 3 && int.TryParse(parts[0], out var page) && page > 1
            && int.TryParse(parts[1], out var rank) && rank is >= 0 and <= 2 && parts[2].Length > 0 && !parts[2].Contains('\0')
            ? new RegisterCursor(page, rank, parts[2])
            : null;
    }
}
