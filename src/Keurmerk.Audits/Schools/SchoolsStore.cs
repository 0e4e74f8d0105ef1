using Marten;

namespace Keurmerk.Audits.Schools;

/// <summary>The schools' documents and their rule, configured from KeurmerkStore.Configure in one call.</summary>
public static class SchoolsStore
{
    public static void Configure(StoreOptions options, TimeProvider clock)
    {
        options.Listeners.Add(new WebhookRules(clock));
        options.Schema.For<Webhook>().Index(w => w.SchoolUserId);
        // The delivery job asks for pending deliveries that are due; the school page for its own, newest first.
        options.Schema.For<WebhookDelivery>().Index(d => d.SchoolUserId).Index(d => d.NextAttemptAt);
    }
}
