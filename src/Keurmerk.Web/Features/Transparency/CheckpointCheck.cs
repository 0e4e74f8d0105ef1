using Keurmerk.Audits.Transparency;
using Keurmerk.Web.Infrastructure.Credentials;
using Npgsql;
using System.Text.Json.Nodes;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>One committed stream whose history today does not give the head the checkpoint signed.</summary>
public sealed record StreamDifference(Guid StreamId, long Version, string CommittedHash, string? TodaysHash)
{
    public string ToText() => TodaysHash is null
        ? $"  stream {StreamId}: the checkpoint committed to version {Version}, but its events no longer reach that version"
        : $"  stream {StreamId} at version {Version}: the checkpoint committed to hash {Short(CommittedHash)}, today's events give {Short(TodaysHash)}";

    private static string Short(string hash) => hash[..Math.Min(16, hash.Length)] + "…";
}

/// <summary>The outcome of checking today's history against one signed checkpoint.</summary>
public sealed record CheckpointCheckReport(CheckpointClaims Checkpoint, string KeyId, IReadOnlyList<string> LogProblems,
    IReadOnlyList<StreamDifference> Differences, bool RootHolds)
{
    public bool Holds => LogProblems.Count == 0 && Differences.Count == 0 && RootHolds;

    public string ToText()
    {
        var c = Checkpoint;
        var lines = new List<string>
        {
            $"Checkpoint {c.Sequence} of {c.IssuedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z ({c.TreeSize} streams, {c.EventCount} events, root {c.Root[..16]}…): signature valid ({KeyId}).",
            Differences.Count == 0 && RootHolds
                ? $"History HOLDS: every one of the {c.TreeSize} streams in checkpoint {c.Sequence} still has the hash it committed to."
                : Differences.Count > 0
                    ? $"History DIFFERS from checkpoint {c.Sequence}: {Differences.Count} of {c.TreeSize} streams."
                    : $"History DIFFERS from checkpoint {c.Sequence}: today's events do not give its root, and the stored leaves do not say which stream changed.",
        };
        lines.AddRange(Differences.Select(d => d.ToText()));
        lines.AddRange(LogProblems.Select(p => "  checkpoint log: " + p));
        return string.Join(Environment.NewLine, lines);
    }
}

/// <summary>
/// <c>verify-audit-chain --against &lt;checkpoint&gt;</c>: the signature first (offline, against the trusted keys),
/// then whether the stored checkpoints still link to it, then whether each stream it committed to still
/// has the same hash at that version, recomputed from today's events.
/// </summary>
public static class CheckpointCheck
{
    public static async Task<int> Run(string connectionString, string schema, string checkpointText, IReadOnlyList<JsonObject> trustedKeys, TextWriter output)
    {
        var (claims, jws, refusal) = await CheckpointToken.Open(checkpointText, trustedKeys);
        if (claims is null)
        {
            await output.WriteLineAsync($"Checkpoint NOT CHECKED: {refusal}");
            return 2;
        }
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var report = await Check(connection, schema, claims, jws);
            await output.WriteLineAsync(report.ToText());
            return report.Holds ? 0 : 1;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            await output.WriteLineAsync($"Checkpoint NOT CHECKED: the database is unavailable ({e.Message}).");
            return 2;
        }
    }

    public static async Task<CheckpointCheckReport> Check(NpgsqlConnection connection, string schema, CheckpointClaims claims, string jws, CancellationToken ct = default)
    {
        var keyId = Jose.Parse(jws)?.KeyId ?? "";
        if (!await CheckpointLog.Exists(connection, schema, ct))
            return new CheckpointCheckReport(claims, keyId, ["no checkpoints are stored in this database (the audit_checkpoint table does not exist)."], [], false);

        var problems = await LogProblems(connection, schema, claims, CheckpointToken.HashOf(jws), ct);
        var committed = await CheckpointLog.LeavesOf(connection, schema, claims.Sequence, ct);
        if (Convert.ToHexStringLower(CheckpointLeaf.Root(committed)) != claims.Root)
            problems.Add($"the stored leaves of checkpoint {claims.Sequence} do not give its signed root: they were changed, so a changed stream may go unnamed.");

        var today = await CommittedHistory.Recompute(connection, schema, committed, ct);
        var differences = committed
            .Select(leaf => today.GetValueOrDefault(leaf.StreamId) is { } now
                ? now.HeadHash == leaf.HeadHash && now.Version == leaf.Version ? null : new StreamDifference(leaf.StreamId, leaf.Version, leaf.HeadHash, now.HeadHash)
                : new StreamDifference(leaf.StreamId, leaf.Version, leaf.HeadHash, null))
            .OfType<StreamDifference>()
            .ToList();
        var todaysLeaves = committed.Select(l => today.GetValueOrDefault(l.StreamId)).OfType<CheckpointLeaf>().ToList();
        var rootHolds = Convert.ToHexStringLower(CheckpointLeaf.Root(todaysLeaves)) == claims.Root;
        return new CheckpointCheckReport(claims, keyId, problems, differences, rootHolds);
    }

    /// <summary>Does the stored log hold this checkpoint where it says it belongs, and do the stored ones after it link up?</summary>
    private static async Task<List<string>> LogProblems(NpgsqlConnection connection, string schema, CheckpointClaims claims, string hash, CancellationToken ct)
    {
        var problems = new List<string>();
        var stored = (await CheckpointLog.From(connection, schema, Math.Max(1, claims.Sequence - 1), ct)).ToDictionary(c => c.Sequence);
        if (claims.Sequence == 1 && claims.Previous.Length > 0)
            problems.Add($"checkpoint 1 names a previous checkpoint ({claims.Previous[..16]}…), but the first has none.");
        if (claims.Sequence > 1)
        {
            if (!stored.TryGetValue(claims.Sequence - 1, out var before))
                problems.Add($"the checkpoint's previous hash cannot be checked: checkpoint {claims.Sequence - 1} is not stored.");
            else if (before.Hash != claims.Previous)
                problems.Add($"the checkpoint's previous hash {Short(claims.Previous)} does not match stored checkpoint {before.Sequence} ({Short(before.Hash)}).");
        }
        if (!stored.TryGetValue(claims.Sequence, out var same))
            problems.Add($"checkpoint {claims.Sequence} is not stored: the published log lost it.");
        else if (same.Hash != hash)
            problems.Add($"stored checkpoint {claims.Sequence} is not this checkpoint (its hash is {Short(same.Hash)}, this one's {Short(hash)}).");
        foreach (var next in stored.Values.Where(c => c.Sequence > claims.Sequence).OrderBy(c => c.Sequence))
        {
            if (stored.TryGetValue(next.Sequence - 1, out var prior) && next.Previous != prior.Hash)
                problems.Add($"stored checkpoint {next.Sequence} does not name stored checkpoint {prior.Sequence} as its previous.");
            else if (!stored.ContainsKey(next.Sequence - 1))
                problems.Add($"stored checkpoint {next.Sequence - 1} is missing.");
        }
        return problems;
    }

    private static string Short(string hash) => hash.Length == 0 ? "(none)" : hash[..Math.Min(16, hash.Length)] + "…";
}
