using Keurmerk.Audits.Objections;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Objections;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Keurmerk.Web.Features.Objections;

/// <summary>
/// The objection part of the assessment page, so that page needs only one line: links to objections
/// lodged and, for the employer while the domain allows it, "Bezwaar maken".
/// </summary>
public sealed class ObjectionLinkViewComponent(IDocumentSession session, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid assessmentId)
    {
        var objections = await session.Query<ObjectionDetails>()
            .Where(o => o.AssessmentId == assessmentId).OrderBy(o => o.LodgedAt).ToListAsync();
        ContestableDecision? lodgeable = null;
        if (UserClaimsPrincipal.IsInRole(Roles.Employer) && await session.Events.FetchLatest<Assessment>(assessmentId) is { } assessment
            && ObjectionDecider.CanLodge(assessment, [.. objections.Select(o => o.AsEarlier())], clock.GetUtcNow()))
            lodgeable = ObjectionDecider.DecisionToObjectTo(assessment);
        return View("~/Features/Objections/_Links.cshtml", new ObjectionLinks(assessmentId, objections, lodgeable));
    }
}
