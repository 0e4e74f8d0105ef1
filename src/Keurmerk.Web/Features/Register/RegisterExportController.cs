using Keurmerk.Domain;
using Keurmerk.Web.Infrastructure.Exports;
using Marten;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using System.Buffers;
using System.ComponentModel;
using System.Text.Json;

namespace Keurmerk.Web.Features.Register;

/// <summary>
/// The public register as open data (CC BY 4.0): the whole result of a register search as CSV or JSON, the same
/// filters as the page and the API, streamed from the database so its size does not matter.
/// </summary>
[ApiController]
[EnableCors(RegisterApiController.PublicReadPolicy)]
[Tags("Open data")]
public sealed class RegisterExportController(IQuerySession session, TimeProvider clock) : ControllerBase
{
    public const string Licence = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), source: Keurmerk register";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly ExportColumn<RegisterItem>[] Columns =
    [
        new("certificate_number", i => i.CertificateNumber),
        new("organisation_name", i => i.OrganisationName),
        new("kvk_number", i => i.KvkNumber),
        new("city", i => i.City),
        new("status", i => i.Status),
        new("valid_from", i => i.ValidFrom),
        new("valid_until", i => i.ValidUntil),
        new("criteria_version", i => i.CriteriaVersion),
    ];

    [HttpGet("/register.csv")]
    [EndpointSummary("The register as CSV (open data)")]
    [EndpointDescription("Every certificate matching the filters, in register order. UTF-8 with a byte order mark, ';' between fields " +
        "(Dutch Excel), dates yyyy-MM-dd. Licence: CC BY 4.0, cite 'Keurmerk register'.")]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/csv")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Csv(
        [Description("Part of the organisation name, KvK number or city; not case-sensitive.")] string? q,
        [Description("The city, exactly (not case-sensitive).")] string? city,
        [Description("Status today: certified, suspended, expired or revoked.")] string? status,
        CancellationToken ct) =>
        WithFilter(q, city, status, filter =>
        {
            Response.Headers["X-Licence"] = Licence;
            return new HttpResultAdapter(Exports.Csv($"keurmerk-register-{Today:yyyy-MM-dd}.csv", Columns,
                Items(filter, ct)));
        });

    [HttpGet("/register.json")]
    [EndpointSummary("The register as JSON (open data)")]
    [EndpointDescription("Every certificate matching the filters, in register order, as { licence, date, items }. Items have the shape " +
        "of the register API's items. Licence: CC BY 4.0, cite 'Keurmerk register'.")]
    [ProducesResponseType<RegisterExport>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult JsonExport(
        [Description("Part of the organisation name, KvK number or city; not case-sensitive.")] string? q,
        [Description("The city, exactly (not case-sensitive).")] string? city,
        [Description("Status today: certified, suspended, expired or revoked.")] string? status,
        CancellationToken ct) =>
        WithFilter(q, city, status, filter =>
        {
            Response.Headers["X-Licence"] = Licence;
            return new HttpResultAdapter(Results.Stream(async stream =>
            {
                // The writer fills a buffer that is copied to the response asynchronously (Kestrel refuses synchronous writes).
                var buffer = new ArrayBufferWriter<byte>(64 * 1024);
                await using var writer = new Utf8JsonWriter(buffer);
                writer.WriteStartObject();
                writer.WriteString("licence", Licence);
                writer.WriteString("date", Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteStartArray("items");
                await foreach (var item in Items(filter, ct))
                {
                    JsonSerializer.Serialize(writer, item, Json);
                    writer.Flush();
                    if (buffer.WrittenCount > 32 * 1024) await Drain(buffer, stream, ct);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.Flush();
                await Drain(buffer, stream, ct);
            }, "application/json", $"keurmerk-register-{Today:yyyy-MM-dd}.json"));
        });

    private static async Task Drain(ArrayBufferWriter<byte> buffer, Stream stream, CancellationToken ct)
    {
        await stream.WriteAsync(buffer.WrittenMemory, ct);
        buffer.ResetWrittenCount();
    }

    private DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow());

    private async IAsyncEnumerable<RegisterItem> Items(RegisterFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in RegisterSearch.All(session, filter, Today, ct)) yield return RegisterItem.From(row);
    }

    private IActionResult WithFilter(string? q, string? city, string? status, Func<RegisterFilter, IActionResult> export)
    {
        var wanted = RegisterWords.ParseStatus(status);
        if (!string.IsNullOrWhiteSpace(status) && wanted is null)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query",
                detail: $"status '{status}' is unknown; use one of: {string.Join(", ", RegisterWords.StatusWords)}.");
        if (q?.Length > 200 || city?.Length > 200)
            return Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: "q and city are at most 200 characters.");
        return export(new RegisterFilter(q, city, wanted));
    }
}

/// <summary>The register as open data: the licence, the date the statuses apply to, and the items.</summary>
public sealed record RegisterExport(string Licence, DateOnly Date, IReadOnlyList<RegisterItem> Items);
