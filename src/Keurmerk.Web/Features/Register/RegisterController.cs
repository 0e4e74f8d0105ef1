using Keurmerk.Audits.Register;
using Keurmerk.Domain;
using Keurmerk.Domain.Criteria;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Register;

public sealed record RegisterPage(string? Q, CertificateStatus? Status, RegisterResults Results);

public sealed record VerifyPage(string Number, CertificateStanding? Standing, LocalizedText? Standard);

/// <summary>The public register and certificate check for schools and students: no login anywhere.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class RegisterController(IQuerySession session, CriteriaLibrary criteria, TimeProvider clock) : Controller
{
    public const int PageSize = 20;

    private DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow());

    [HttpGet("/register")]
    public async Task<IActionResult> Index(string? q, string? status, int page = 1, CancellationToken ct = default)
    {
        // A hand-edited link with a wrong page or status shows the first page of everything, not an error.
        var wanted = RegisterWords.ParseStatus(status);
        var results = await RegisterSearch.Find(session, new RegisterFilter(q, Status: wanted), Today, Math.Max(1, page), PageSize, ct);
        return View(new RegisterPage(q?.Trim(), wanted, results));
    }

    /// <summary>The check form on the pages posts the number as a query; the answer lives at /verify/{number}.</summary>
    [HttpGet("/verify")]
    public IActionResult VerifyForm(string? number) =>
        string.IsNullOrWhiteSpace(number) ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(Verify), new { number = number.Trim() });

    [HttpGet("/verify/{number}")]
    public async Task<IActionResult> Verify(string number, CancellationToken ct)
    {
        var entry = await RegisterSearch.ByNumber(session, number, ct);
        if (entry is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(new VerifyPage(number, null, null));
        }
        var standard = criteria.All.FirstOrDefault(c => c.Version == entry.CriteriaVersion)?.Title;
        return View(new VerifyPage(number, CertificateStanding.Of(entry, Today), standard));
    }
}
