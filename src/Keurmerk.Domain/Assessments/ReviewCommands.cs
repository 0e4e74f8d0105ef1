namespace Keurmerk.Domain.Assessments;

public sealed record StartReview(Guid By, DateTimeOffset Now);

public sealed record JudgeCriterion(string CriterionId, Judgement Judgement, Guid By, DateTimeOffset Now);

public sealed record AddComment(Guid CommentId, string CriterionId, string Text, Guid By, string ByName, bool ByAssessor, DateTimeOffset Now);

public sealed record RequestChanges(string Message, Guid By, DateTimeOffset Now);

public sealed record RecommendDecision(Recommendation Recommendation, string Motivation, Guid By, DateTimeOffset Now);

/// <summary>The final decision by a second assessor. An approval carries the certificate number allocated for it.</summary>
public sealed record DecideApproval(string Motivation, string CertificateNumber, int ValidityYears, Guid By, DateTimeOffset Now);

public sealed record DecideRejection(string Reasons, Guid By, DateTimeOffset Now);

public sealed record WithdrawAssessment(string Reason, Guid By, DateTimeOffset Now);
