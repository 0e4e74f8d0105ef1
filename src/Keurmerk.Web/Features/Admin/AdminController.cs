using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Admin;

[Authorize(Roles = Roles.Admin)]
[Route("admin")]
public sealed class AdminController(UserManager<AppUser> users, ServerSideSessions sessions) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View();

    /// <summary>The certification lifecycle, exported from the configured Stateless machine itself, so it cannot drift from the code.</summary>
    [HttpGet("lifecycle")]
    public IActionResult Lifecycle()
    {
        var machine = AssessmentLifecycle.For(AssessmentStatus.Draft, hasRecommendation: true).GetInfo();
        return View(new LifecyclePage(
            LifecycleDiagram.Svg(machine, Lang.T("Levenscyclus van een certificering", "Certification lifecycle")),
            LifecycleDiagram.Transitions(machine), AssessmentLifecycle.MermaidGraph(), AssessmentLifecycle.DotGraph()));
    }

    /// <summary>A lost laptop, a leaving employee: every session of the account ends at once, on every instance.</summary>
    [HttpPost("sessions/end")]
    public async Task<IActionResult> EndSessions(string? email, CancellationToken ct)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            TempData["Error"] = Lang.T($"Er is geen account met het adres '{email}'.", $"There is no account with the address '{email}'.");
            return View(nameof(Index));
        }
        var count = await sessions.Count(user.Id, ct);
        await sessions.EndAll(user.Id, ct);
        TempData["Message"] = Lang.T($"Alle sessies van {user.Email} zijn beëindigd ({count}).", $"All sessions of {user.Email} have been ended ({count}).");
        return RedirectToAction(nameof(Index));
    }
}

public sealed record LifecyclePage(string Svg, IReadOnlyList<LifecycleTransition> Transitions, string Mermaid, string Dot);
