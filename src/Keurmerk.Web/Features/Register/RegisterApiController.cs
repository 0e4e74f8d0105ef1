using Keurmerk.Domain;
using Marten;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using System.ComponentModel;
using System.Globalization;

namespace Keurmerk.Web.Features.Register;

/// <summary>
/// The public register as JSON, for schools' own systems: read-only, no login, callable from any web
/// page (CORS, GET only). Dates are yyyy-MM-dd; statuses are lower-case English words.
/// </summary>
[ApiController]
[Route("api")]
[EnableCors(PublicReadPolicy)]
[Tags("Register")]
public sealed class RegisterApiController(IQuerySession session, TimeProvider clock) : ControllerBase
{
    public const string PublicReadPolicy = "PublicRegisterRead";
    public const int DefaultPageSize = 20;
    public const int MaximumPageSize = 100;
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("register")]
    [EndpointSummary("Search the register")]
    [EndpointDescription("Certificates matching the search: an exact KvK number first, then names that start with the text, then the rest; " +
        "within each, by organisation name, newest certificate first. Every certificate of an organisation (renewals too) is its own item. " +
        "Page by number (page) or, cheaper at any depth, by following nextCursor (cursor). total is exact up to 1,000; " +
        "beyond that counting stops, total is 1000 and totalIsLowerBound is true (\"more than 1,000\").")]
    [ProducesResponseType<RegisterPageResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<RegisterPageResponse>> Search(
        [Description("Part of the organisation name, KvK number or city; not case- or accent-sensitive. One or two characters match the start of a name.")] string? q,
        [Description("The city, exactly (not case- or accent-sensitive; 's-Gravenhage finds Den Haag).")] string? city,
        [Description("Status today: certified, suspended, expired or revoked.")] string? status,
        [Description("Page number, from 1. Ignored when cursor is given.")] int page = 1,
        [Description("Items per page, 1 to 100.")] int pageSize = DefaultPageSize,
        [Description("The nextCursor of the previous page, with the same q, city and status: continues after it.")] string? cursor = null,
        CancellationToken ct = default)
    {
        var problems = new List<string>();
        if (page < 1) problems.Add($"page must be 1 or more, not {page}.");
        if (pageSize is < 1 or > MaximumPageSize) problems.Add($"pageSize must be between 1 and {MaximumPageSize}, not {pageSize}.");
        else if (page >= 1 && RegisterSearch.IsBeyondTheEnd(page, pageSize))
            problems.Add($"page {page} is beyond the last possible page: (page - 1) × pageSize may be at most {RegisterSearch.MaximumOffset}.");
        var wanted = RegisterWords.ParseStatus(status);
        if (!string.IsNullOrWhiteSpace(status) && wanted is null)
            problems.Add($"status '{status}' is unknown; use one of: {string.Join(", ", RegisterWords.StatusWords)}.");
        var after = RegisterCursor.TryDecode(cursor);
        if (cursor is not null && after is null) problems.Add("cursor is not valid: pass the nextCursor of a previous response unchanged.");
        if (problems.Count > 0) return BadQuery(string.Join(" ", problems));

        var results = await RegisterSearch.Find(session, new RegisterFilter(q, city, wanted), Today, after?.Page ?? page, pageSize, ct, after);
        return new RegisterPageResponse([.. results.Rows.Select(RegisterItem.From)], results.Page, pageSize, results.Total,
            results.TotalIsLowerBound, results.NextCursor);
    }

    [HttpGet("register/{kvk}")]
    [EndpointSummary("An organisation's certificates, or its status on a date")]
    [EndpointDescription("Without 'on': the status today. With on=yyyy-MM-dd: the status on that date, from each certificate's history. " +
        "If the organisation held no certificate yet on that date, status is 'none' (200): the organisation is in the register, " +
        "it just had no certificate then. 404 means the KvK number has no certificate at all.")]
    [ProducesResponseType<OrganisationResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<OrganisationResponse>> Organisation(
        [Description("The KvK number: exactly 8 digits.")] string kvk,
        [Description("A date as yyyy-MM-dd; today when left out.")] string? on,
        CancellationToken ct = default)
    {
        if (kvk.Length != 8 || !kvk.All(char.IsAsciiDigit))
            return BadQuery($"'{kvk}' is not a KvK number: a KvK number is exactly 8 digits.");
        var date = Today;
        if (on is not null && !DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return BadQuery($"on '{on}' is not a date; write it as yyyy-MM-dd, for example 2026-09-01.");

        var standings = await RegisterSearch.ForOrganisation(session, kvk, date, ct);
        if (standings.Count == 0)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Not in the register",
                detail: $"No certificate has ever been issued to KvK number {kvk}.");
        return OrganisationResponse.From(standings, date);
    }

    [HttpGet("certificates/{number}")]
    [EndpointSummary("One certificate and its status today")]
    [ProducesResponseType<CertificateResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<CertificateResponse>> Certificate(
        [Description("The certificate number, such as HSS-2026-00042.")] string number,
        CancellationToken ct = default)
    {
        var entry = await RegisterSearch.ByNumber(session, number, ct);
        if (entry is null)
            return Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown certificate",
                detail: $"There is no certificate with number '{number}'.");
        return CertificateResponse.From(CertificateStanding.Of(entry, Today));
    }

    private ObjectResult BadQuery(string detail) =>
        Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}
