using Keurmerk.Web.Infrastructure.Credentials;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.Credentials;

/// <summary>
/// Commands that run without the web host or the network:
/// <c>verify-credential &lt;file&gt; --bundle &lt;bundle&gt; [--trust &lt;jwks.json&gt;]</c> (exit 0 valid, 1 not, 2 usage or unreadable file) and
/// <c>rotate-issuer-key</c> (Development key folder only; in Production a new PEM is configured instead).
/// </summary>
public static class CredentialCommands
{
    public const string Verify = "verify-credential";
    public const string Rotate = "rotate-issuer-key";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] is Verify or Rotate;

    public static async Task<int> Run(string[] args, IConfiguration configuration, IHostEnvironment environment, TextWriter output)
    {
        if (args[0] == Rotate)
        {
            if (configuration.GetSection("Credentials:Keys").GetChildren().Any() || environment.IsProduction())
            {
                await output.WriteLineAsync("Keys are configured (Credentials:Keys): rotate by adding the new PEM there and setting ActiveUntil on the old one.");
                return 2;
            }
            var folder = IssuerKeyStore.KeyFolder(configuration, environment);
            var file = IssuerKeyStore.Rotate(folder, TimeProvider.System);
            await output.WriteLineAsync($"New issuer key {file} signs from now on; the previous key stays published with its period.");
            return 0;
        }

        var credentialFile = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var bundleFile = Option(args, "--bundle");
        if (credentialFile is null || bundleFile is null)
        {
            await output.WriteLineAsync($"Usage: {Verify} <credential .jwt or .json> --bundle <bundle .jwt> [--trust <jwks.json>]");
            return 2;
        }
        try
        {
            var anchors = Option(args, "--trust") is { } trustFile
                ? Keys(await File.ReadAllTextAsync(trustFile))
                : [.. IssuerKeyStore.Load(configuration, environment, TimeProvider.System, createIfMissing: false).All.Select(k => k.PublicJwk())];
            var result = await CredentialVerifier.Verify(await File.ReadAllTextAsync(credentialFile), await File.ReadAllTextAsync(bundleFile), anchors, DateTimeOffset.UtcNow);
            await output.WriteLineAsync(result.ToText());
            return result.IsValid ? 0 : 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
        {
            await output.WriteLineAsync($"NOT CHECKED: {e.Message}");
            return 2;
        }
    }

    /// <summary>The keys of a JWKS document (what /.well-known/jwks.json serves), saved once while online.</summary>
    private static List<JsonObject> Keys(string jwks) =>
        [.. (JsonNode.Parse(jwks)?["keys"] as JsonArray ?? throw new InvalidOperationException("The trust file is not a JWKS ({\"keys\": [...]}).")).OfType<JsonObject>()];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
