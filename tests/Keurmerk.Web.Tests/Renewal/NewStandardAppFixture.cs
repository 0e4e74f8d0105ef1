using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Infrastructure.Criteria;
using Keurmerk.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Keurmerk.Web.Tests.Renewal;

/// <summary>
/// The app on a criteria folder of its own that starts with the real version 1 only, so a certificate
/// can be earned on version 1 through the pages; PublishVersion2 then adds a derived version 2, as
/// ELBHO would publish one. The repository's criteria/ folder is never touched: that is the live standard.
/// </summary>
public sealed class NewStandardAppFixture : AppFixture
{
    /// <summary>Version 2 rewords this question, so an earlier answer no longer answers it.</summary>
    public const string ChangedCriterion = "REC-03";

    /// <summary>Version 2 adds this criterion, with no evidence and no knock-out.</summary>
    public const string NewCriterion = "COM-08";

    public const string NewCriterionSection = "commitment";

    private const string Version1File = "haagse-stagestandaard-v1.yaml";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "keurmerk-criteria-" + Guid.NewGuid().ToString("N"));

    // Read per request (a transient below), so publishing a version takes effect without a restart.
    private volatile CriteriaLibrary _library;

    public NewStandardAppFixture()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(RepositoryCriteriaFolder(), Version1File), Path.Combine(_folder, Version1File));
        _library = CriteriaLoader.Load(_folder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Criteria:Folder", _folder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<CriteriaLibrary>();
            services.AddTransient(_ => _library);
        });
    }

    public void PublishVersion2()
    {
        var v1 = File.ReadAllText(Path.Combine(_folder, Version1File));
        var v2 = Replace(v1, "version: 1\n", "version: 2\n");
        v2 = Replace(v2, "Baseert u de selectie op de taken van de stageplek en de leerdoelen van de student?",
            "Baseert u de selectie aantoonbaar op de taken van de stageplek en de leerdoelen van de student?");
        // The last section's criteria end the file, so the new criterion is appended to them.
        v2 += $"""
                  - id: {NewCriterion}
                    question:
                      nl: "Vraagt u oud-stagiairs jaarlijks hoe inclusief zij hun stage vonden?"
                      en: "Do you ask former interns every year how inclusive they found their internship?"
                    guidance:
                      nl: "Bijvoorbeeld met een korte vragenlijst of een gesprek na afloop."
                      en: "For example with a short questionnaire or a conversation afterwards."
                    answer: yesno
                    evidence: none
                    knockout: false
                    weight: 2
                    appliesTo: all

            """;
        File.WriteAllText(Path.Combine(_folder, "haagse-stagestandaard-v2.yaml"), v2);
        _library = CriteriaLoader.Load(_folder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static string Replace(string text, string old, string replacement)
    {
        Assert.True(text.Split(old).Length == 2, $"'{old}' should occur exactly once in {Version1File}");
        return text.Replace(old, replacement);
    }

    private static string RepositoryCriteriaFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "criteria"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("criteria/ not found"), "criteria");
    }
}
