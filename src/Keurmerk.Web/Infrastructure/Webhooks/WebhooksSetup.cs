namespace Keurmerk.Web.Infrastructure.Webhooks;

public static class WebhooksSetup
{
    /// <summary>The address policy, the HTTP client deliveries are posted with, and the delivery job.</summary>
    public static IServiceCollection AddKeurmerkWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(provider => WebhookOptions.From(configuration, provider.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(provider => new WebhookAddressPolicy(provider.GetRequiredService<WebhookOptions>()));
        services.AddHttpClient(WebhookDeliveries.ClientName, client =>
            {
                client.Timeout = WebhookDeliveries.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Keurmerk-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // A redirect could lead anywhere, past the address check; a receiver must answer itself.
                AllowAutoRedirect = false,
                // The check must see the address actually connected to, not a proxy's.
                UseProxy = false,
                UseCookies = false,
                ConnectCallback = provider.GetRequiredService<WebhookAddressPolicy>().Connect,
                ConnectTimeout = TimeSpan.FromSeconds(5),
                // A pooled connection stays on the address checked when it opened: keep it short, so a changed DNS answer is followed (and checked) soon.
                PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            });
        services.AddTransient<WebhookDeliveries>();
        return services;
    }
}
