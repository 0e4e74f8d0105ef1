using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain.Tests;

/// <summary>The real criteria files from the repository's criteria/ folder.</summary>
public static class TestCriteria
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "criteria"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("criteria/ not found"), "criteria");
        }
    }

    public static readonly Lazy<CriteriaCatalogue> V1 = new(() =>
    {
        var path = Path.Combine(Folder, "haagse-stagestandaard-v1.yaml");
        return CriteriaFile.Parse(File.ReadAllText(path), Path.GetFileName(path));
    });
}
