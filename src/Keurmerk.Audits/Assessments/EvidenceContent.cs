namespace Keurmerk.Audits.Assessments;

/// <summary>
/// The bytes of an evidence file, stored in PostgreSQL beside the event that attaches it, in the same
/// transaction: a file is never attached without its content, nor kept in a temp folder.
/// </summary>
public sealed record EvidenceContent(Guid Id, Guid AssessmentId, byte[] Data);
