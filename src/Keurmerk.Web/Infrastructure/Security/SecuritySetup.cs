using Keurmerk.Audits.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.OpenApi;

namespace Keurmerk.Web.Infrastructure.Security;

/// <summary>The app's defences in one place: login sessions, lockout, passwords, rate limits, headers.</summary>
public static class SecuritySetup
{
    /// <summary>Call after AddIdentityCore: the common-password check joins Identity's own password rules.</summary>
    public static IServiceCollection AddKeurmerkSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
            options.ExcludedHosts.Clear(); // outside Development a localhost name is a real deployment too (behind a proxy)
        });

        services.Configure<IdentityOptions>(options =>
        {
            options.Lockout.AllowedForNewUsers = true;
            options.Lockout.MaxFailedAccessAttempts = 10;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            // An account is used only once its owner has shown the mailbox is theirs.
            options.SignIn.RequireConfirmedEmail = true;
        });
        // Confirmation and reset links: valid for an hour, and a reset link only once (it changes the security stamp).
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(1));
        services.AddScoped<IPasswordValidator<AppUser>, CommonPasswordValidator>();

        services.AddSingleton<ServerSideSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ServerSideSessions>((options, sessions) =>
            {
                options.SessionStore = sessions;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });

        var limits = configuration.GetSection("RateLimits").Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(limits);
        services.AddSingleton<RequestLimits>();
        services.AddSingleton<AccountLinks>();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = System.Threading.RateLimiting.PartitionedRateLimiter.Create<HttpContext, string>(
                context => RequestLimits.PartitionFor(context, limits));
            options.OnRejected = (rejected, ct) => RequestLimits.Reject(rejected.HttpContext, rejected.Lease, ct);
        });

        // The API's description says that it is rate limited, and what the answer then is.
        services.Configure<OpenApiOptions>("v1", options => options.AddOperationTransformer((operation, context, ct) =>
        {
            operation.Responses ??= [];
            operation.Responses["429"] = new OpenApiResponse
            {
                Description = $"Too many requests: at most {limits.RegisterPerClient.Permits} per {limits.RegisterPerClient.Window.TotalSeconds:0} seconds per client. " +
                    "Retry-After says how many seconds to wait.",
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
                Headers = new Dictionary<string, IOpenApiHeader>
                {
                    ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before trying again.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
                },
            };
            return Task.CompletedTask;
        }));
        return services;
    }

    /// <summary>Before everything else: the headers go on every response, error pages included.</summary>
    public static WebApplication UseKeurmerkSecurityHeaders(this WebApplication app)
    {
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        return app;
    }

    /// <summary>After routing and localization: refuse what cannot be handled, and what comes too often.</summary>
    public static WebApplication UseKeurmerkRequestGuards(this WebApplication app)
    {
        app.UseNulRefusal();
        app.UseRateLimiter();
        return app;
    }
}
