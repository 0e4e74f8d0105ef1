namespace Keurmerk.Domain.Criteria;

public sealed record CriteriaDifference(IReadOnlyList<string> New, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    /// <summary>An earlier answer still answers this criterion: it exists in both versions and its meaning did not change.</summary>
    public bool Carries(string criterionId) => !New.Contains(criterionId) && !Changed.Contains(criterionId) && !Removed.Contains(criterionId);
}

/// <summary>What a new version of the standard changed, criterion by criterion, for a renewal.</summary>
public static class CriteriaComparison
{
    public static CriteriaDifference Compare(CriteriaCatalogue before, CriteriaCatalogue after)
    {
        var old = before.AllCriteria.ToDictionary(c => c.Id);
        var current = after.AllCriteria.ToDictionary(c => c.Id);
        return new CriteriaDifference(
            [.. current.Keys.Where(id => !old.ContainsKey(id))],
            [.. current.Values.Where(c => old.TryGetValue(c.Id, out var o) && !SameMeaning(o, c)).Select(c => c.Id)],
            [.. old.Keys.Where(id => !current.ContainsKey(id))]);
    }

    /// <summary>
    /// Guidance and weight may change freely (they change the help text or the score, not what an answer
    /// means); a different question, answer type, option, knock-out flag, evidence rule or applicability is a change.
    /// </summary>
    private static bool SameMeaning(Criterion a, Criterion b) =>
        a.Question == b.Question && a.Answer == b.Answer && a.Evidence == b.Evidence && a.KnockOut == b.KnockOut
        && a.AppliesTo == b.AppliesTo
        && a.Options.Select(o => (o.Value, o.Score, o.Label)).SequenceEqual(b.Options.Select(o => (o.Value, o.Score, o.Label)));
}
