using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Keurmerk.Audits.Users;
using Keurmerk.Web.Features.Transparency;
using Keurmerk.Web.Infrastructure.Mail;
using Keurmerk.Web.Infrastructure.Security;
using Keurmerk.Web.Infrastructure.Webhooks;

namespace Keurmerk.Web.Infrastructure.Jobs;

/// <summary>Hangfire on PostgreSQL (its own schema in the same database), its recurring jobs and its dashboard.</summary>
public static class JobsSetup
{
    public const string AdminPolicy = "Admin";

    public static void AddKeurmerkJobs(this IServiceCollection services, IConfiguration configuration, string connectionString, string schema, bool installSchema)
    {
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(options => options.UseNpgsqlConnection(connectionString),
                new PostgreSqlStorageOptions { SchemaName = HangfireSchema(schema), PrepareSchemaIfNecessary = installSchema }));
        // Tests run the jobs themselves, with a moved clock, instead of a background server.
        if (configuration.GetValue("Hangfire:Server", true))
            services.AddHangfireServer(options => options.WorkerCount = 2);

        var mail = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(mail);
        services.AddSingleton<IMailSender>(provider => mail.Mode.Equals("Smtp", StringComparison.OrdinalIgnoreCase)
            ? new SmtpMailSender(mail)
            : new PickupFolderMailSender(Path.GetFullPath(mail.PickupFolder, provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        services.AddTransient<NotificationDelivery>();
        services.AddTransient<CertificateJobs>();
        services.AddTransient<QueueJobs>();
        services.AddKeurmerkWebhooks(configuration);
    }

    public static string HangfireSchema(string schema) => $"{schema}_hangfire";

    /// <summary>Recurring jobs, scheduled through IRecurringJobManager from DI. Times are Dutch time.</summary>
    public static void ScheduleKeurmerkJobs(this IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var dutch = new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam") };
        jobs.AddOrUpdate<NotificationDelivery>("deliver-notifications", j => j.DeliverDue(), Cron.Minutely(), dutch);
        jobs.AddOrUpdate<CertificateJobs>("expire-certificates", j => j.ExpireDue(), Cron.Daily(0, 5), dutch);
        jobs.AddOrUpdate<CertificateJobs>("expiry-reminders", j => j.SendExpiryReminders(), Cron.Daily(7, 0), dutch);
        jobs.AddOrUpdate<QueueJobs>("overdue-review-reminders", j => j.RemindOverdueReviews(), Cron.Daily(8, 0), dutch);
        jobs.AddOrUpdate<QueueJobs>("queue-digest", j => j.SendQueueDigest(), Cron.Daily(8, 0), dutch);
        jobs.AddOrUpdate<WebhookDeliveries>("deliver-webhooks", j => j.DeliverDue(), Cron.Minutely(), dutch);
        jobs.AddOrUpdate<ServerSideSessions>("remove-expired-sessions", j => j.RemoveExpired(), Cron.Daily(3, 30), dutch);
        jobs.AddOrUpdate<CheckpointPublisher>(CheckpointPublisher.JobId, j => j.Publish(),
            services.GetRequiredService<IConfiguration>()["Transparency:CheckpointCron"] ?? Cron.Hourly(), dutch);
    }

    /// <summary>The dashboard for admins only: anyone else gets the login page or 403, never the dashboard.</summary>
    public static void MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/admin/jobs", new DashboardOptions
        {
            Authorization = [new AdminOnly()],
            DisplayStorageConnectionString = false,
            AppPath = "/",
        }).RequireAuthorization(AdminPolicy);

    // Second line of defence behind the endpoint's policy.
    private sealed class AdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Admin);
    }
}
