using Keurmerk.Audits.Schools;
using Keurmerk.Audits.Users;
using Keurmerk.Domain;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Operations;
using Keurmerk.Web.Infrastructure.Webhooks;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using static Keurmerk.Web.Infrastructure.Localization.Lang;

namespace Keurmerk.Web.Features.Schools;

/// <summary>A school's own page: the host companies it follows, its webhooks and what was posted to them.</summary>
[Authorize(Roles = Roles.School)]
[Route("school")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SchoolsController(IDocumentSession session, WebhookAddressPolicy addresses, SecretProtection secrets, TimeProvider clock) : Controller
{
    public const int MaximumWebhooks = 5;
    public const int DeliveriesShown = 25;

    private Guid School => User.UserId();

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await Page(ct));

    [HttpPost("follow")]
    public async Task<IActionResult> StartFollowing(string? kvk, CancellationToken ct)
    {
        var number = (kvk ?? "").Replace(" ", "").Trim();
        if (number.Length != 8 || !number.All(char.IsAsciiDigit))
            return await Invalid("kvk", T("Een KvK-nummer bestaat uit precies 8 cijfers.", "A KvK number consists of exactly 8 digits."), ct, kvk: kvk);
        // Only organisations in the public register: whether anyone else has signed up is not public.
        var standings = await RegisterSearch.ForOrganisation(session, number, Today, ct);
        var standing = standings.Count > 0 ? standings[0] : null;
        if (standing is null)
            return await Invalid("kvk", T($"Er staat geen organisatie met KvK-nummer {number} in het register. Alleen organisaties met een (eerder) keurmerk kunt u volgen.",
                $"No organisation with KvK number {number} is in the register. You can only follow organisations that hold (or held) the quality mark."), ct, kvk: kvk);

        var entry = standing.Entry;
        var id = Follow.IdFor(School, entry.OrganisationId);
        if (await session.LoadAsync<Follow>(id, ct) is null)
        {
            session.Store(new Follow(id, School, entry.OrganisationId, entry.KvkNumber, entry.OrganisationName, clock.GetUtcNow()));
            await session.SaveChangesAsync(ct);
        }
        TempData["Message"] = T($"U volgt {entry.OrganisationName}. U hoort het wanneer de status van het keurmerk verandert.",
            $"You follow {entry.OrganisationName}. You will hear when the status of its quality mark changes.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("follows/{id:guid}/remove")]
    public async Task<IActionResult> StopFollowing(Guid id, CancellationToken ct)
    {
        var follow = await session.LoadAsync<Follow>(id, ct);
        if (follow is null || follow.SchoolUserId != School) return NotFound();
        session.Delete(follow);
        await session.SaveChangesAsync(ct);
        TempData["Message"] = T($"U volgt {follow.OrganisationName} niet meer.", $"You no longer follow {follow.OrganisationName}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("webhooks")]
    public async Task<IActionResult> RegisterWebhook(string? url, CancellationToken ct)
    {
        var (checkedUrl, refusal) = await addresses.Check(url, ct);
        if (refusal is not null) return await Invalid("url", T(refusal.Nl, refusal.En), ct, url: url);
        var existing = await session.Query<Webhook>().Where(w => w.SchoolUserId == School).Select(w => w.Url).ToListAsync(ct);
        if (existing.Contains(checkedUrl!.AbsoluteUri))
            return await Invalid("url", T("Dit adres is al geregistreerd.", "This address is already registered."), ct, url: url);
        if (existing.Count >= MaximumWebhooks)
            return await Invalid("url", T($"U kunt ten hoogste {MaximumWebhooks} webhooks registreren; verwijder er eerst een.",
                $"You can register at most {MaximumWebhooks} webhooks; remove one first."), ct, url: url);

        var secret = WebhookSignature.NewSecret();
        var webhook = new Webhook(Guid.CreateVersion7(), School, checkedUrl.AbsoluteUri, secrets.Protect(secret), clock.GetUtcNow());
        session.Insert(webhook);
        await session.SaveChangesAsync(ct);
        // Rendered, not redirected: the secret is in this one response only, never in a cookie, a URL or a cache.
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Index), await Page(ct) with { Created = new NewWebhook(webhook.Url, secret) });
    }

    [HttpPost("webhooks/{id:guid}/remove")]
    public async Task<IActionResult> RemoveWebhook(Guid id, CancellationToken ct)
    {
        var webhook = await session.LoadAsync<Webhook>(id, ct);
        if (webhook is null || webhook.SchoolUserId != School) return NotFound();
        session.Delete(webhook);
        await session.SaveChangesAsync(ct);
        TempData["Message"] = T($"De webhook {webhook.Url} is verwijderd.", $"The webhook {webhook.Url} has been removed.");
        return RedirectToAction(nameof(Index));
    }

    private DateOnly Today => DutchCalendar.DateOf(clock.GetUtcNow());

    private async Task<SchoolPage> Page(CancellationToken ct)
    {
        var follows = await session.Query<Follow>().Where(f => f.SchoolUserId == School).OrderBy(f => f.OrganisationName).ToListAsync(ct);
        var followed = new List<FollowedOrganisation>();
        // The register's own query per organisation, so this page and the register can never disagree on a status.
        foreach (var follow in follows)
            followed.Add(new(follow, (await RegisterSearch.ForOrganisation(session, follow.KvkNumber, Today, ct)).FirstOrDefault(s => s.Status is not null)));
        // Selected without the secret: it never leaves the database for a page.
        var webhooks = await session.Query<Webhook>()
            .Where(w => w.SchoolUserId == School)
            .OrderBy(w => w.RegisteredAt)
            .Select(w => new WebhookSummary(w.Id, w.Url, w.RegisteredAt))
            .ToListAsync(ct);
        var deliveries = await session.Query<WebhookDelivery>()
            .Where(d => d.SchoolUserId == School)
            .OrderByDescending(d => d.CreatedAt)
            .Take(DeliveriesShown)
            .ToListAsync(ct);
        return new SchoolPage(followed, webhooks, deliveries);
    }

    private async Task<ViewResult> Invalid(string field, string message, CancellationToken ct, string? kvk = null, string? url = null)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Index), await Page(ct) with { Kvk = kvk, Url = url });
    }
}
