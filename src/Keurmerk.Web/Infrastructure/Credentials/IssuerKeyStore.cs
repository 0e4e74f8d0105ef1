using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Keurmerk.Web.Infrastructure.Credentials;

/// <summary>
/// Where the issuer keys come from. Production: <c>Credentials:Keys:{n}:PemPath</c> (a private key for
/// the one that signs, a public key is enough for retired ones), <c>:ActiveFrom</c> and <c>:ActiveUntil</c>;
/// never from the repository. Elsewhere: a key folder (default <c>.data/credentials</c>, git-ignored) with a
/// manifest; the first key is generated there on first use, and <c>rotate-issuer-key</c> adds the next.
/// </summary>
public static class IssuerKeyStore
{
    public const string ManifestName = "keys.json";

    public static IssuerKeys Load(IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, bool createIfMissing = true)
    {
        var identity = IssuerIdentity.For(BaseUrl(configuration));
        var configured = configuration.GetSection("Credentials:Keys").GetChildren().ToList();
        if (configured.Count > 0) return new IssuerKeys(identity, [.. configured.Select(c => FromConfiguration(c, identity.Did))]);
        if (environment.IsProduction())
            throw new InvalidOperationException("Credentials:Keys is not configured: in Production the issuer key is read from a PEM file named there.");
        var folder = KeyFolder(configuration, environment);
        if (createIfMissing) EnsureFirstKey(folder, clock);
        return new IssuerKeys(identity, ReadFolder(folder, identity.Did));
    }

    public static string BaseUrl(IConfiguration configuration) =>
        configuration["Keurmerk:PublicBaseUrl"] ?? "http://localhost";

    public static string KeyFolder(IConfiguration configuration, IHostEnvironment environment) =>
        Path.GetFullPath(configuration["Credentials:KeyFolder"] ?? "../../.data/credentials", environment.ContentRootPath);

    /// <summary>Retires the signing key now and makes a new one that signs from now on; the old public key stays published.</summary>
    public static string Rotate(string folder, TimeProvider clock)
    {
        EnsureFirstKey(folder, clock);
        var now = clock.GetUtcNow();
        var entries = ReadManifest(folder);
        var file = NewKeyFile(folder, now);
        entries = [.. entries.Select(e => e.ActiveUntil is null ? e with { ActiveUntil = now } : e), new ManifestEntry(file, now, null)];
        WriteManifest(folder, entries, overwrite: true);
        return file;
    }

    private static void EnsureFirstKey(string folder, TimeProvider clock)
    {
        if (File.Exists(Path.Combine(folder, ManifestName))) return;
        Directory.CreateDirectory(folder);
        var now = clock.GetUtcNow();
        // Two processes starting at once: both write a key, only one manifest wins, the other key is never used.
        WriteManifest(folder, [new ManifestEntry(NewKeyFile(folder, now), now, null)], overwrite: false);
    }

    private static string NewKeyFile(string folder, DateTimeOffset now)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var file = $"issuer-{now.UtcDateTime:yyyyMMddTHHmmss}-{Guid.NewGuid().ToString("N")[..8]}.pem";
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return file;
    }

    private sealed record ManifestEntry(string File, DateTimeOffset ActiveFrom, DateTimeOffset? ActiveUntil);

    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static List<ManifestEntry> ReadManifest(string folder) =>
        JsonSerializer.Deserialize<List<ManifestEntry>>(File.ReadAllText(Path.Combine(folder, ManifestName)), ManifestJson)
        ?? throw new InvalidOperationException($"{ManifestName} in {folder} is empty.");

    private static void WriteManifest(string folder, List<ManifestEntry> entries, bool overwrite)
    {
        var temporary = Path.Combine(folder, $"{ManifestName}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, ManifestJson));
        try
        {
            File.Move(temporary, Path.Combine(folder, ManifestName), overwrite);
        }
        catch (IOException) when (!overwrite)
        {
            File.Delete(temporary);
        }
    }

    private static List<IssuerKey> ReadFolder(string folder, string did) =>
        [.. ReadManifest(folder).Select(e => ToKey(File.ReadAllText(Path.Combine(folder, e.File)), did, e.ActiveFrom, e.ActiveUntil))];

    private static IssuerKey FromConfiguration(IConfigurationSection section, string did)
    {
        var path = section["PemPath"] ?? throw new InvalidOperationException($"{section.Path}:PemPath is not set.");
        var from = DateTimeOffset.Parse(section["ActiveFrom"] ?? throw new InvalidOperationException($"{section.Path}:ActiveFrom is not set."), CultureInfo.InvariantCulture);
        var until = section["ActiveUntil"] is { Length: > 0 } u ? DateTimeOffset.Parse(u, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return ToKey(File.ReadAllText(path), did, from, until);
    }

    private static IssuerKey ToKey(string pem, string did, DateTimeOffset from, DateTimeOffset? until)
    {
        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        if (key.KeySize != 256) throw new InvalidOperationException("Issuer keys must be EC P-256 (ES256).");
        var canSign = pem.Contains("PRIVATE KEY", StringComparison.Ordinal);
        // A retired key signs nothing more: keep only its public half in memory.
        if (until is not null && canSign)
        {
            var publicOnly = ECDsa.Create(key.ExportParameters(includePrivateParameters: false));
            key.Dispose();
            key = publicOnly;
            canSign = false;
        }
        return new IssuerKey(IssuerKeys.KeyIdFor(did, key), key, from, until, canSign);
    }
}
