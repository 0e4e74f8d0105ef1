using Keurmerk.Domain.Criteria;

namespace Keurmerk.Web.Infrastructure.Criteria;

/// <summary>
/// Reads every criteria file at start-up. A malformed file stops the app with a message that names
/// the file, the criterion and what is wrong: better no app than one that scores against a broken standard.
/// </summary>
public static class CriteriaLoader
{
    public static CriteriaLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The criteria folder '{folder}' does not exist.");
        var files = Directory.GetFiles(folder, "*.yaml").Order().ToList();
        if (files.Count == 0) throw new FileNotFoundException($"There is no criteria file (*.yaml) in '{folder}'.");

        var catalogues = files.Select(f => CriteriaFile.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
        var twice = catalogues.GroupBy(c => c.Version).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
            throw new CriteriaFileException(Path.GetFileName(files[catalogues.LastIndexOf(twice.Last())]),
                [$"version {twice.Key} is published in more than one file"]);
        return new CriteriaLibrary(catalogues);
    }

    /// <summary>The configured folder, else criteria/ beside the app, else the repository's criteria/.</summary>
    public static string FindFolder(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration["Criteria:Folder"];
        if (!string.IsNullOrEmpty(configured)) return Path.GetFullPath(configured, environment.ContentRootPath);
        var beside = Path.Combine(AppContext.BaseDirectory, "criteria");
        return Directory.Exists(beside) ? beside : Path.GetFullPath(Path.Combine(environment.ContentRootPath, "..", "..", "criteria"));
    }
}
