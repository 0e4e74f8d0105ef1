using Keurmerk.Web.Infrastructure.Identity;
using Marten;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Operations;

/// <summary>
/// What it takes to run several identical instances behind a reverse proxy, and to see what they do:
/// the shared key ring, forwarded headers, telemetry, JSON logs and health endpoints.
/// </summary>
public static class OperationsSetup
{
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// The key ring at rest: with <c>DataProtection:CertificatePath</c> (a PKCS#12 file with its private key,
    /// <c>:CertificatePassword</c> if it has one) every key is stored encrypted to that certificate, so a copy of
    /// the database alone opens no cookie and no protected secret. <c>:PreviousCertificatePaths</c> (comma
    /// separated) still decrypt keys stored under a certificate that was replaced. Without it the keys are
    /// stored as they are (Development, tests), and the README says so.
    /// </summary>
    private static void ProtectKeyRing(IDataProtectionBuilder dataProtection, IConfiguration configuration)
    {
        if (configuration["DataProtection:CertificatePath"] is not { Length: > 0 } path) return;
        var password = configuration["DataProtection:CertificatePassword"];
        var current = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        if (!current.HasPrivateKey) throw new InvalidOperationException($"DataProtection:CertificatePath ({path}) has no private key.");
        dataProtection.ProtectKeysWithCertificate(current);
        var previous = (configuration["DataProtection:PreviousCertificatePaths"] ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, password));
        dataProtection.UnprotectKeysWithAnyCertificate([current, .. previous]);
    }

    public static void AddKeurmerkOperations(this WebApplicationBuilder builder, string connectionString, bool jobsEnabled)
    {
        var services = builder.Services;
        IConfiguration configuration = builder.Configuration;

        // One key ring for all instances, in PostgreSQL; one application name, so every instance's
        // protectors match whatever folder it runs from.
        var dataProtection = services.AddDataProtection().SetApplicationName("Keurmerk");
        ProtectKeyRing(dataProtection, configuration);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDocumentStore, TimeProvider>((options, store, clock) => options.XmlRepository = new MartenXmlRepository(store, clock));
        services.AddSingleton<SecretProtection>();

        services.Configure<ForwardedHeadersOptions>(options => ConfigureForwardedHeaders(options, configuration));
        services.AddKeurmerkHealthChecks(connectionString, jobsEnabled);
        AddTelemetry(builder);
        if (configuration.GetValue("Logging:Json", !builder.Environment.IsDevelopment() && !builder.Environment.IsEnvironment("Testing")))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        builder.Logging.Configure(options => options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
    }

    /// <summary>Marten settings that belong to operations: schema changes only where allowed, committed events counted.</summary>
    public static void ConfigureMarten(StoreOptions options, IConfiguration configuration, IHostEnvironment environment)
    {
        options.AutoCreateSchemaObjects = DatabaseSchema.AutoCreateFor(configuration, environment);
        options.Listeners.Add(new KeurmerkTelemetry.CommittedEvents());
    }

    /// <summary>First in the pipeline: everything after it sees the client's address and the scheme it used.</summary>
    public static void UseKeurmerkForwardedHeaders(this WebApplication app) => app.UseForwardedHeaders();

    /// <summary>After authentication: log lines and the trace carry who (by id) and for which organisation, never a name or e-mail.</summary>
    public static void UseKeurmerkRequestContext(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Keurmerk.Requests");
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                await next();
                return;
            }
            var userId = context.User.UserId().ToString();
            var organisationId = context.User.OrganisationId()?.ToString();
            Activity.Current?.SetTag("enduser.id", userId);
            if (organisationId is not null) Activity.Current?.SetTag("keurmerk.organisation.id", organisationId);
            using (logger.BeginScope(new Dictionary<string, object?> { ["UserId"] = userId, ["OrganisationId"] = organisationId }))
                await next();
        });
    }

    public static void MapKeurmerkOperations(this WebApplication app)
    {
        app.MapKeurmerkHealth();
        var token = app.Configuration["Telemetry:MetricsToken"];
        if (string.IsNullOrEmpty(token)) return;
        // Protected: a scraper sends "Authorization: Bearer <Telemetry:MetricsToken>".
        var expected = Encoding.UTF8.GetBytes("Bearer " + token);
        app.UseWhen(context => context.Request.Path == MetricsPath, branch => branch.Use(async (context, next) =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers.Authorization.ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, expected))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            }
            await next();
        }));
        app.UseOpenTelemetryPrometheusScrapingEndpoint(MetricsPath);
    }

    private static void ConfigureForwardedHeaders(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        var section = configuration.GetSection("ForwardedHeaders");
        options.ForwardLimit = section.GetValue("ForwardLimit", 1);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        // Without settings only a proxy on this machine (loopback) is believed, ASP.NET Core's default.
        // With settings, exactly the proxies and networks named: nobody else can claim another address.
        if (proxies.Length == 0 && networks.Length == 0) return;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }

    private static void AddTelemetry(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlp = configuration["Telemetry:OtlpEndpoint"];
        var otlpFromEnvironment = !string.IsNullOrEmpty(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = !string.IsNullOrEmpty(configuration["Telemetry:MetricsToken"]);
        var exporting = !string.IsNullOrEmpty(otlp) || otlpFromEnvironment;
        var tracing = exporting || configuration.GetValue("Telemetry:Tracing", false);
        var metrics = exporting || prometheus || configuration.GetValue("Telemetry:Metrics", false);
        if (!tracing && !metrics) return;

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("keurmerk", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId));
        if (tracing)
            otel.WithTracing(t => t
                .AddSource(KeurmerkTelemetry.Name, "Marten")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation()
                .AddNpgsql());
        if (metrics)
        {
            otel.WithMetrics(m =>
            {
                m.AddMeter(KeurmerkTelemetry.Name, "Npgsql", "Marten")
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (prometheus) m.AddPrometheusExporter();
            });
            builder.Services.AddHostedService<OperationalGauges>();
        }
        // OTLP for traces, metrics and logs: to Telemetry:OtlpEndpoint (gRPC), or as the standard OTEL_EXPORTER_OTLP_* variables say.
        if (!string.IsNullOrEmpty(otlp)) otel.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.Grpc, new Uri(otlp));
        else if (otlpFromEnvironment) otel.UseOtlpExporter();
    }
}
