using Microsoft.AspNetCore.Http;

namespace Keurmerk.Web.Infrastructure.Exports;

/// <summary>
/// A page's "download what you see" links: the same path with .csv and .xlsx, and the filters the page applied
/// (as parsed, not as typed, so the file holds exactly the rows on screen).
/// </summary>
public sealed record DownloadLinks(string Path, IEnumerable<KeyValuePair<string, string?>> Filters, string? Note = null)
{
    public string Csv => Path + ".csv" + Query;

    public string Xlsx => Path + ".xlsx" + Query;

    private QueryString Query => QueryString.Create(Filters.Where(f => !string.IsNullOrWhiteSpace(f.Value)));
}
