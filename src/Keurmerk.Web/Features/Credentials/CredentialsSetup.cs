using Keurmerk.Web.Infrastructure.Credentials;

namespace Keurmerk.Web.Features.Credentials;

/// <summary>Wiring for verifiable credentials: the issuer keys, the service, and the commands that need no web host.</summary>
public static class CredentialsSetup
{
    public static void AddCredentials(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        // Loaded on first use, so an app without keys configured still starts and says what is missing when asked.
        builder.Services.AddSingleton(provider => IssuerKeyStore.Load(configuration, environment, provider.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton(new CredentialOptions
        {
            StatusListTtl = TimeSpan.FromHours(configuration.GetValue("Credentials:StatusListTtlHours", 24.0)),
        });
        builder.Services.AddScoped<CredentialService>();
    }
}
