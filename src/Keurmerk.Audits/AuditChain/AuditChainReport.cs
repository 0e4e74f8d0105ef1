namespace Keurmerk.Audits.AuditChain;

public enum ChainBreakKind
{
    /// <summary>The event's stored content no longer gives the hash recorded when it was appended.</summary>
    ContentChanged,

    /// <summary>The event's recorded previous hash is not the hash of the event before it.</summary>
    LinkBroken,

    /// <summary>A version of the stream is gone: deleted from the middle or the end.</summary>
    EventMissing,

    /// <summary>The event has no hash at all: it was inserted past the trigger.</summary>
    NotChained,
}

/// <summary>The first place where a stream's chain does not hold.</summary>
public sealed record ChainBreak(long Version, ChainBreakKind Kind, string Detail);

public sealed record StreamChain(Guid StreamId, long EventCount, ChainBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>The outcome of recomputing every stream's chain. Installed is false when the chain table does not exist.</summary>
public sealed record AuditChainReport(bool Installed, IReadOnlyList<StreamChain> Streams, DateTimeOffset CheckedAt)
{
    public bool Intact => Installed && Streams.All(s => s.Intact);

    public IEnumerable<StreamChain> Broken => Streams.Where(s => !s.Intact);

    public long EventCount => Streams.Sum(s => s.EventCount);

    /// <summary>Plain text for the command line: a summary, then one line per broken stream.</summary>
    public string ToText()
    {
        if (!Installed) return "Audit chain NOT INSTALLED: the audit_chain table does not exist. Start the app once to create it.";
        var lines = new List<string>
        {
            Intact
                ? $"Audit chain intact: {Streams.Count} streams, {EventCount} events checked."
                : $"Audit chain BROKEN: {Broken.Count()} of {Streams.Count} streams, {EventCount} events checked.",
        };
        lines.AddRange(Broken.Select(s => $"  stream {s.StreamId} broken at version {s.Break!.Version}: {s.Break.Kind} - {s.Break.Detail}"));
        return string.Join(Environment.NewLine, lines);
    }
}
