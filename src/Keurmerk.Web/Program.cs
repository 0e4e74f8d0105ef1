using JasperFx.Events.Daemon;
using Keurmerk.Audits;
using Keurmerk.Audits.Users;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Features.AuditLog;
using Keurmerk.Web.Features.Credentials;
using Keurmerk.Web.Features.Insight;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Features.Transparency;
using Keurmerk.Web.Infrastructure.Caching;
using Keurmerk.Web.Infrastructure.Criteria;
using Keurmerk.Web.Infrastructure.Demo;
using Keurmerk.Web.Infrastructure.Identity;
using Keurmerk.Web.Infrastructure.Jobs;
using Keurmerk.Web.Infrastructure.Localization;
using Keurmerk.Web.Infrastructure.Operations;
using Keurmerk.Web.Infrastructure.Projections;
using Keurmerk.Web.Infrastructure.Security;
using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using System.Text.Json.Serialization;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run -- verify-credential <file> --bundle <bundle>` and `rotate-issuer-key`: offline, no database, no web host.
if (CredentialCommands.IsRequested(args)) { Environment.ExitCode = await CredentialCommands.Run(args, builder.Configuration, builder.Environment, Console.Out); return; }

var connectionString = builder.Configuration.GetConnectionString("Keurmerk")
    ?? throw new InvalidOperationException("ConnectionStrings:Keurmerk is not set. Locally, ./run.sh starts PostgreSQL and sets it.");
var schema = builder.Configuration["Keurmerk:Schema"] ?? "keurmerk";

// `dotnet run -- verify-audit-chain [--against <checkpoint.json> [--trust <jwks.json>]]`: check the event hash chain,
// or today's history against a saved checkpoint, and exit (0 intact, 1 broken, 2 not checked), no web host.
if (VerifyAuditChainCommand.IsRequested(args))
{
    Environment.ExitCode = await VerifyAuditChainCommand.Run(args, connectionString, schema, builder.Configuration, builder.Environment, Console.Out);
    return;
}

// `dotnet run -- rebuild-projections`: rebuild every stored projection from the events and exit.
if (RebuildProjectionsCommand.IsRequested(args))
{
    Environment.ExitCode = await RebuildProjectionsCommand.Run(connectionString, schema, Console.Out);
    return;
}

builder.Services.AddSingleton(CriteriaLoader.Load(CriteriaLoader.FindFolder(builder.Configuration, builder.Environment)));
builder.Services.AddSingleton(TimeProvider.System);

builder.Services.AddMarten(provider =>
    {
        var options = new Marten.StoreOptions();
        KeurmerkStore.Configure(options, connectionString, schema, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<CriteriaLibrary>());
        OperationsSetup.ConfigureMarten(options, builder.Configuration, builder.Environment);
        return options;
    })
    .UseLightweightSessions()
    .AddAsyncDaemon(DaemonMode.HotCold);
builder.Services.AddInsight();
var jobsEnabled = builder.Configuration.GetValue("Hangfire:Enabled", true);
if (jobsEnabled) builder.Services.AddKeurmerkJobs(builder.Configuration, connectionString, schema, DatabaseSchema.AppliesOnStartup(builder.Configuration, builder.Environment));
builder.AddKeurmerkOperations(connectionString, jobsEnabled);

builder.Services.AddIdentityCore<AppUser>(options =>
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.User.RequireUniqueEmail = true;
    })
    .AddUserStore<MartenUserStore>()
    .AddClaimsPrincipalFactory<KeurmerkClaimsFactory>()
    .AddSignInManager()
    .AddDefaultTokenProviders();
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.AccessDeniedPath = "/account/denied";
    options.Cookie.Name = "keurmerk";
    options.SlidingExpiration = true;
});
builder.Services.AddAuthorization(options => options.AddPolicy(JobsSetup.AdminPolicy, policy => policy.RequireRole(Roles.Admin)));
builder.Services.AddKeurmerkSecurity(builder.Configuration);

builder.Services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
    .AddRazorOptions(options =>
    {
        // Feature folders: a controller's views live beside it.
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add("/Features/{1}/{0}" + RazorViewEngine.ViewExtension);
        options.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
    });
builder.Services.Configure<RequestLocalizationOptions>(options =>
{
    options.SetDefaultCulture(Lang.Dutch).AddSupportedCultures(Lang.Supported).AddSupportedUICultures(Lang.Supported);
    options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
});
builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(options =>
    options.MultipartBodyLengthLimit = Keurmerk.Domain.Assessments.EvidenceFile.MaximumSizeInBytes * 4);
builder.Services.AddTransient<DemoData>();
builder.Services.AddRegisterOutputCache(builder.Configuration);
QuietTempDataCookies.Use(builder.Services);
builder.AddCredentials();
builder.Services.AddTransparency();

// The public register API: described at /openapi/v1.json (the API only, not the HTML pages) and
// readable from any web page, for GET only.
builder.Services.AddOpenApi(options => options.ShouldInclude = api =>
    api.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true || api.RelativePath is "register.csv" or "register.json"
    || api.RelativePath?.StartsWith("transparency/", StringComparison.Ordinal) == true);
// Numbers are numbers: without this, the document types page and pageSize as "integer or string".
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddCors(options => options.AddPolicy(RegisterApiController.PublicReadPolicy,
    policy => policy.AllowAnyOrigin().WithMethods(HttpMethods.Get).AllowAnyHeader()));

var app = builder.Build();

// `dotnet run -- db-apply`: report and apply pending schema changes, then exit (see DatabaseSchema).
if (DatabaseSchema.IsApplyRequested(args))
{
    Environment.ExitCode = await DatabaseSchema.RunApplyCommand(app.Services, app.Configuration, Console.Out);
    return;
}
app.UseKeurmerkForwardedHeaders();

app.UseKeurmerkSecurityHeaders();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseStaticFiles();
app.UseRequestLocalization();
app.UseRouting();
app.UseKeurmerkRequestGuards();
app.UseCors();
app.UsePublicReadCaching();
app.UseAuthentication();
app.UseOutputCache(); // after authentication: only anonymous register reads are cached (RegisterOutputCachePolicy)
app.UseKeurmerkRequestContext();
app.UseAuthorization();

app.MapKeurmerkOperations();
app.MapControllers();

// Tables, indexes, the certificate number sequence and the audit-chain trigger exist (or, outside
// Development and tests, are checked to exist) before anything uses them.
await DatabaseSchema.Prepare(app);
if (jobsEnabled)
{
    app.MapJobsDashboard();
    app.Services.ScheduleKeurmerkJobs();
}
app.MapOpenApi();

if (app.Configuration.GetValue("Demo:Seed", app.Environment.IsDevelopment()))
{
    await using var scope = app.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureSeeded(printLogins: app.Environment.IsDevelopment());
}

await app.RunAsync();

public partial class Program;
