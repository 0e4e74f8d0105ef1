using Keurmerk.Audits.Credentials;
using Keurmerk.Audits.Register;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Infrastructure.Credentials;
using Keurmerk.Web.Infrastructure.Identity;
using Marten;
using Microsoft.AspNetCore.Mvc;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.Credentials;

/// <summary>
/// The certificate as a verifiable credential, and everything needed to check one: the issuer's keys
/// (JWKS and did:web), the status lists, the verification bundle and the offline verifier page.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CredentialsController(CredentialService credentials, IQuerySession query) : Controller
{
    [HttpGet("/.well-known/jwks.json")]
    public IActionResult Jwks() => Json(credentials.Keys.Jwks(), "application/jwk-set+json");

    /// <summary>did:web: every key, retired ones too, stays an assertion method, so older credentials keep resolving.</summary>
    [HttpGet("/.well-known/did.json")]
    public IActionResult Did()
    {
        var did = credentials.Keys.Identity.Did;
        var methods = credentials.Keys.All.Select(k =>
        {
            var jwk = Jwk.Public(k.Key);
            return (JsonNode)new JsonObject { ["id"] = k.KeyId, ["type"] = "JsonWebKey", ["controller"] = did, ["publicKeyJwk"] = jwk };
        });
        var document = new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"),
            ["id"] = did,
            ["verificationMethod"] = new JsonArray([.. methods]),
            ["assertionMethod"] = new JsonArray([.. credentials.Keys.All.Select(k => (JsonNode)k.KeyId)]),
        };
        return Json(document, "application/did+json");
    }

    [HttpGet("/credentials/status/{purpose}")]
    public async Task<IActionResult> StatusList(string purpose, CancellationToken ct)
    {
        if (!StatusLists.Purposes.Contains(purpose)) return NotFound();
        Response.Headers.CacheControl = "public, max-age=60";
        return Content(await credentials.StatusList(purpose, ct), Jose.CredentialMediaType);
    }

    /// <summary>For the employer of the organisation (and ELBHO's assessors and admins): the signed credential as issued.</summary>
    [HttpGet("/certificates/{number}/credential.jwt")]
    public async Task<IActionResult> CredentialJwt(string number, CancellationToken ct)
    {
        if (await MayDownload(number, ct) is { } refusal) return refusal;
        var jwt = await credentials.CredentialFor(number, ct);
        return jwt is null ? NotFound() : File(System.Text.Encoding.UTF8.GetBytes(jwt), Jose.CredentialMediaType, $"{number}.jwt");
    }

    [HttpGet("/certificates/{number}/credential.json")]
    public async Task<IActionResult> CredentialJson(string number, CancellationToken ct)
    {
        if (await MayDownload(number, ct) is { } refusal) return refusal;
        var jwt = await credentials.CredentialFor(number, ct);
        return jwt is null ? NotFound()
            : File(System.Text.Encoding.UTF8.GetBytes(CredentialService.Enveloped(jwt).ToJsonString(Indented)), "application/vc+json", $"{number}.json");
    }

    [HttpGet("/verify/bundle")]
    public async Task<IActionResult> Bundle(CancellationToken ct)
    {
        Response.Headers.CacheControl = "no-store";
        return File(System.Text.Encoding.UTF8.GetBytes(await credentials.Bundle(ct)), "application/jwt", "keurmerk-bundle.jwt");
    }

    /// <summary>The page carries the keys it trusts bundles from; saved to disk with its script, it works without the network.</summary>
    [HttpGet("/verify/offline")]
    public IActionResult Offline() =>
        View(new OfflineVerifierPage(credentials.Keys.Identity.Did, credentials.Keys.Jwks().ToJsonString()));

    private async Task<IActionResult?> MayDownload(string number, CancellationToken ct)
    {
        if (number.Length > 32) return BadRequest("Unknown certificate number.");
        if (User.Identity?.IsAuthenticated != true) return Challenge();
        if (User.IsInRole(Roles.Assessor) || User.IsInRole(Roles.Admin)) return null;
        var organisationId = User.OrganisationId();
        var entry = await query.Query<RegisterEntry>().FirstOrDefaultAsync(r => r.CertificateNumber == number, ct);
        if (entry is null) return NotFound();
        return organisationId == entry.OrganisationId ? null : Forbid();
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static JsonResult Json(JsonObject body, string contentType) => new(body) { ContentType = contentType };
}

public sealed record OfflineVerifierPage(string IssuerDid, string TrustedKeysJson);
