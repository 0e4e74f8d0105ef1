using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Admin;

[Authorize(Roles = Roles.Admin)]
[Route("admin")]
public sealed class AdminController : Controller
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
}

public sealed record LifecyclePage(string Svg, IReadOnlyList<LifecycleTransition> Transitions, string Mermaid, string Dot);
