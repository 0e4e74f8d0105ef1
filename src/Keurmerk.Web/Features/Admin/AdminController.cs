using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
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
    public IActionResult Lifecycle() => View(new LifecyclePage(AssessmentLifecycle.MermaidGraph(), AssessmentLifecycle.DotGraph()));
}

public sealed record LifecyclePage(string Mermaid, string Dot);
