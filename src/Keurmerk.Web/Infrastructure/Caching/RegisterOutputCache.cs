using Keurmerk.Audits.Register;
using Keurmerk.Domain;
using Marten;
using Microsoft.AspNetCore.OutputCaching;
using System.Globalization;

namespace Keurmerk.Web.Infrastructure.Caching;

/// <summary>Settings <c>OutputCaching:Enabled</c>, <c>:Seconds</c> and <c>:SizeLimitMegabytes</c>.</summary>
public sealed class RegisterOutputCacheOptions
{
    public bool Enabled { get; set; } = true;
    public int Seconds { get; set; } = 300;
    public int SizeLimitMegabytes { get; set; } = 64;
}

/// <summary>
/// The public register's anonymous reads (the API and /verify) served from a copy in memory, keyed by the
/// register's version (RegisterVersion, moved in the same transaction as every certificate change), the
/// day in the Netherlands (status follows the validity dates) and the reader's language. A suspension is
/// therefore never served stale, on any instance: the next request reads a new version and misses.
/// Logged-in readers, other statuses than 200 and answers that set a cookie are never stored.
/// </summary>
public sealed class RegisterOutputCachePolicy(RegisterOutputCacheOptions options) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (!options.Enabled || !PublicReadCaching.Applies(http.Request) || http.User.Identity?.IsAuthenticated == true
            || http.Request.Headers.Authorization.Count > 0)
            return;
        var services = http.RequestServices;
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var version = await RegisterVersion.Read(session, cancellationToken);
        var today = DutchCalendar.DateOf(services.GetRequiredService<TimeProvider>().GetUtcNow());

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["register"] = version.ToString(CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["day"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["language"] = CultureInfo.CurrentUICulture.Name;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

public static class RegisterOutputCacheSetup
{
    public static IServiceCollection AddRegisterOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("OutputCaching").Get<RegisterOutputCacheOptions>() ?? new RegisterOutputCacheOptions();
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L;
            cache.AddBasePolicy(new RegisterOutputCachePolicy(options));
        });
        return services;
    }
}
