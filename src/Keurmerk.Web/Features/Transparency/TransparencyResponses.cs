using Keurmerk.Audits.Transparency;
using Keurmerk.Web.Infrastructure.Credentials;
using System.ComponentModel;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>A checkpoint: the signed JWS (what counts) and its fields as decoded from it, for reading.</summary>
public sealed record CheckpointResponse(
    [property: Description("The checkpoint's number; the first is 1.")] long Sequence,
    [property: Description("The signed checkpoint: a compact JWS, ES256, typ keurmerk-checkpoint+jwt, verifiable against /.well-known/jwks.json. Save this.")] string Jws,
    [property: Description("SHA-256 (hex) of the JWS text; the next checkpoint names it as its previous.")] string Hash,
    [property: Description("The JWS's payload, decoded.")] CheckpointFields Checkpoint)
{
    public static CheckpointResponse From(StoredCheckpoint stored)
    {
        var payload = Jose.Parse(stored.Jws)!.Payload;
        var claims = CheckpointClaims.Read(payload)!;
        return new CheckpointResponse(stored.Sequence, stored.Jws, stored.Hash, new CheckpointFields(claims.Issuer, claims.Sequence,
            claims.IssuedAt, claims.TreeSize, claims.EventCount, claims.Root, claims.Previous, stored.KeyId));
    }
}

public sealed record CheckpointFields(
    [property: Description("The issuer's did:web.")] string Issuer,
    long Sequence,
    [property: Description("When the checkpoint was made (UTC).")] DateTimeOffset IssuedAt,
    [property: Description("The number of leaves: streams (assessments, objections, signals, ...) with at least one event.")] long TreeSize,
    [property: Description("The number of events committed to: the sum of the streams' head versions.")] long EventCount,
    [property: Description("The RFC 6962 Merkle tree hash (hex) over the leaves, ordered by stream id.")] string Root,
    [property: Description("The hash of the checkpoint before this one; empty for the first.")] string Previous,
    [property: Description("The key that signed (the JWS header's kid).")] string KeyId);

public sealed record CheckpointPageResponse(
    IReadOnlyList<CheckpointResponse> Items,
    [property: Description("The URL of the next page, or null when this is the last.")] string? Next);

/// <summary>The stream's leaf in the checkpoint and the path from it to the root (RFC 9162 section 2.1.3).</summary>
public sealed record InclusionProofResponse(
    long Checkpoint,
    [property: Description("The checkpoint's root (hex).")] string Root,
    long TreeSize,
    CheckpointLeafResponse Leaf,
    [property: Description("The leaf's position, from 0, in stream id order.")] long LeafIndex,
    [property: Description("SHA-256(0x00 || leaf bytes), hex; the leaf bytes are the UTF-8 of streamId + \"\\n\" + version + \"\\n\" + headHash.")] string LeafHash,
    [property: Description("The sibling hashes (hex) from the leaf up to the root; combine with SHA-256(0x01 || left || right).")] IReadOnlyList<string> AuditPath);

public sealed record CheckpointLeafResponse(
    Guid StreamId,
    [property: Description("The stream's version (its number of events) at the checkpoint.")] long Version,
    [property: Description("The audit chain hash of that version (hex).")] string HeadHash);
