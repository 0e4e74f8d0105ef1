using Keurmerk.Audits.Transparency;
using Keurmerk.Web.Features.Register;
using Marten;
using Microsoft.AspNetCore.Cors;
using Microsoft.AspNetCore.Mvc;
using System.ComponentModel;

namespace Keurmerk.Web.Features.Transparency;

/// <summary>
/// The published checkpoints of the audit history: public, read-only, no login. Anyone can save one and
/// later check (verify-audit-chain --against) that today's history still contains what it committed to.
/// </summary>
[ApiController]
[Route("transparency/checkpoints")]
[EnableCors(RegisterApiController.PublicReadPolicy)]
[Tags("Transparency")]
public sealed class TransparencyController(IDocumentStore store, CheckpointTrees trees) : ControllerBase
{
    public const int DefaultPageSize = 20;
    public const int MaximumPageSize = 100;
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private string Schema => store.Options.Events.DatabaseSchemaName;

    [HttpGet("")]
    [EndpointSummary("The checkpoints, oldest first")]
    [EndpointDescription("Every published checkpoint in sequence order, from 'from' on. Checkpoints are append-only: a page once full never changes.")]
    [ProducesResponseType<CheckpointPageResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    public async Task<ActionResult<CheckpointPageResponse>> List(
        [Description("The first sequence number to return, from 1.")] long from = 1,
        [Description("Checkpoints per page, 1 to 100.")] int pageSize = DefaultPageSize,
        CancellationToken ct = default)
    {
        var problems = new List<string>();
        if (from < 1) problems.Add($"from must be 1 or more, not {from}.");
        if (pageSize is < 1 or > MaximumPageSize) problems.Add($"pageSize must be between 1 and {MaximumPageSize}, not {pageSize}.");
        if (problems.Count > 0) return BadQuery(string.Join(" ", problems));

        await using var connection = await Open(ct);
        var page = await CheckpointLog.Page(connection, Schema, from, pageSize + 1, ct);
        var next = page.Count > pageSize ? $"/transparency/checkpoints?from={page[pageSize].Sequence}&pageSize={pageSize}" : null;
        return new CheckpointPageResponse([.. page.Take(pageSize).Select(CheckpointResponse.From)], next);
    }

    [HttpGet("latest")]
    [EndpointSummary("The latest checkpoint")]
    [ProducesResponseType<CheckpointResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<CheckpointResponse>> Latest(CancellationToken ct = default)
    {
        await using var connection = await Open(ct);
        var latest = await CheckpointLog.Latest(connection, Schema, ct);
        return latest is null ? Missing("No checkpoint has been published yet.") : CheckpointResponse.From(latest);
    }

    [HttpGet("{sequence}")]
    [EndpointSummary("One checkpoint")]
    [EndpointDescription("The signed checkpoint (jws) and its fields decoded. Save this JSON to check the history against it later.")]
    [ProducesResponseType<CheckpointResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<CheckpointResponse>> Checkpoint(
        [Description("The checkpoint's sequence number, from 1.")] string sequence,
        CancellationToken ct = default)
    {
        if (ParseSequence(sequence) is not { } number) return BadSequence(sequence);
        await using var connection = await Open(ct);
        var checkpoint = await CheckpointLog.Get(connection, Schema, number, ct);
        if (checkpoint is null) return Missing($"There is no checkpoint {number}.");
        Immutable();
        return CheckpointResponse.From(checkpoint);
    }

    [HttpGet("{sequence}/proof/{streamId}")]
    [EndpointSummary("A stream's inclusion proof in a checkpoint")]
    [EndpointDescription("The stream's leaf in the checkpoint (id, version, head hash of the audit chain) and the Merkle audit path " +
        "from the leaf to the checkpoint's root (RFC 9162 section 2.1.3.2 says how to verify it).")]
    [ProducesResponseType<InclusionProofResponse>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    public async Task<ActionResult<InclusionProofResponse>> Proof(
        [Description("The checkpoint's sequence number, from 1.")] string sequence,
        [Description("The stream's id (a UUID), such as an assessment's id.")] string streamId,
        CancellationToken ct = default)
    {
        if (ParseSequence(sequence) is not { } number) return BadSequence(sequence);
        if (streamId.Length > 64 || !Guid.TryParse(streamId, out var id))
            return BadQuery($"'{Shorten(streamId)}' is not a stream id: a stream id is a UUID such as 0193a5b2-7c1e-7d4f-8a2b-3c4d5e6f7a8b.");
        await using var connection = await Open(ct);
        var checkpoint = await CheckpointLog.Get(connection, Schema, number, ct);
        if (checkpoint is null) return Missing($"There is no checkpoint {number}.");
        var proof = (await trees.Of(number, ct)).Proof(id);
        if (proof is not { } p) return Missing($"Checkpoint {number} has no stream {id}.");
        Immutable();
        return new InclusionProofResponse(number, checkpoint.Root, checkpoint.TreeSize,
            new CheckpointLeafResponse(p.Leaf.StreamId, p.Leaf.Version, p.Leaf.HeadHash), p.Index,
            Convert.ToHexStringLower(p.LeafHash), [.. p.Path.Select(Convert.ToHexStringLower)]);
    }

    /// <summary>A published checkpoint and its proofs never change; the list and the latest do.</summary>
    private void Immutable() => Response.Headers.CacheControl = "public, max-age=86400, immutable";

    private async Task<Npgsql.NpgsqlConnection> Open(CancellationToken ct)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        return connection;
    }

    private static long? ParseSequence(string text) =>
        text.Length <= 19 && text.All(char.IsAsciiDigit) && long.TryParse(text, out var number) && number >= 1 ? number : null;

    private ObjectResult BadSequence(string sequence) =>
        BadQuery($"'{Shorten(sequence)}' is not a checkpoint sequence number: a whole number from 1.");

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    private ObjectResult Missing(string detail) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    private ObjectResult BadQuery(string detail) =>
        Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: detail);
}
