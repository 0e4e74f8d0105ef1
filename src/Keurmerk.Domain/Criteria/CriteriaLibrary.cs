namespace Keurmerk.Domain.Criteria;

/// <summary>
/// Every version of the standard that was ever published. An assessment is pinned to the version it
/// started with, so publishing a new version never changes an assessment in progress.
/// </summary>
public sealed class CriteriaLibrary
{
    private readonly Dictionary<int, CriteriaCatalogue> _byVersion;

    public CriteriaLibrary(IEnumerable<CriteriaCatalogue> catalogues)
    {
        _byVersion = catalogues.ToDictionary(c => c.Version);
        if (_byVersion.Count == 0) throw new ArgumentException("At least one criteria version is needed.", nameof(catalogues));
        Current = _byVersion[_byVersion.Keys.Max()];
    }

    public CriteriaCatalogue Current { get; }

    public IEnumerable<CriteriaCatalogue> All => _byVersion.Values.OrderBy(c => c.Version);

    public CriteriaCatalogue Version(int version) =>
        _byVersion.TryGetValue(version, out var catalogue)
            ? catalogue
            : throw new KeyNotFoundException($"Criteria version {version} is not loaded.");
}
