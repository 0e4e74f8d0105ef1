using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Keurmerk.Web.Infrastructure.Caching;

/// <summary>
/// MVC's cookie TempData provider answers every rendered page with a Set-Cookie that deletes its cookie,
/// even when the browser never had one. That header makes every public page uncachable (no proxy and no
/// output cache keeps an answer that sets a cookie). This one stays silent when there is nothing to keep
/// and nothing to delete; everything else is the cookie provider's own behaviour.
/// </summary>
public sealed class QuietTempDataCookies(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        var name = options.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(name)) return;
        cookies.SaveTempData(context, values);
    }

    /// <summary>After AddControllersWithViews: replaces the provider it registered.</summary>
    public static IServiceCollection Use(IServiceCollection services)
    {
        services.RemoveAll<ITempDataProvider>();
        services.AddSingleton<ITempDataProvider>(provider => new QuietTempDataCookies(
            ActivatorUtilities.CreateInstance<CookieTempDataProvider>(provider), provider.GetRequiredService<IOptions<CookieTempDataProviderOptions>>()));
        return services;
    }
}
