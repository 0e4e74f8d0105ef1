using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Npgsql;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Keurmerk.Web.Tests.Operations;

/// <summary>
/// With DataProtection:CertificatePath set, the shared key ring is stored encrypted to that certificate:
/// the database holds no usable key, and the app still logs people in with it.
/// </summary>
public class KeyRingAtRestTests(KeyRingAtRestTests.ProtectedKeyRingApp app) : IClassFixture<KeyRingAtRestTests.ProtectedKeyRingApp>
{
    public sealed class ProtectedKeyRingApp : AppFixture
    {
        public string CertificatePath { get; } = Path.Combine(Path.GetTempPath(), $"keurmerk-keyring-{Guid.NewGuid():N}.pfx");

        public ProtectedKeyRingApp()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=Keurmerk key ring (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(CertificatePath, certificate.Export(X509ContentType.Pfx, "test-password"));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", CertificatePath);
            builder.UseSetting("DataProtection:CertificatePassword", "test-password");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            File.Delete(CertificatePath);
        }
    }

    [Fact]
    public async Task TheStoredKeys_AreEncryptedToTheCertificate_AndLoginStillWorks()
    {
        var session = await app.LoggedIn("beheer@keurmerk.demo"); // a login cookie, protected with the ring
        await session.Get("/admin");

        await using var connection = new NpgsqlConnection(Keurmerk.Tests.TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select string_agg(data::text, '') from \"{app.Schema}\".mt_doc_dataprotectionkey", connection);
        var stored = (string)(await command.ExecuteScalarAsync())!;

        Assert.Contains("encryptedSecret", stored);
        Assert.Contains("EncryptedXml", stored);
        Assert.DoesNotContain("<value>", stored); // the plain master key element of an unprotected key
    }
}
