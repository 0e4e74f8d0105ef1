namespace Keurmerk.Domain.Assessments;

/// <summary>How a status reads for a person, in both languages.</summary>
public static class StatusNames
{
    public static string Nl(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "concept",
        AssessmentStatus.Submitted => "ingediend",
        AssessmentStatus.InReview => "in beoordeling",
        AssessmentStatus.ChangesRequested => "aanpassing gevraagd",
        AssessmentStatus.Approved => "goedgekeurd",
        AssessmentStatus.Rejected => "afgewezen",
        AssessmentStatus.Certified => "gecertificeerd",
        AssessmentStatus.Suspended => "geschorst",
        AssessmentStatus.Expired => "verlopen",
        AssessmentStatus.Revoked => "ingetrokken",
        AssessmentStatus.Withdrawn => "teruggetrokken",
        _ => status.ToString(),
    };

    public static string En(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "draft",
        AssessmentStatus.Submitted => "submitted",
        AssessmentStatus.InReview => "in review",
        AssessmentStatus.ChangesRequested => "changes requested",
        AssessmentStatus.Approved => "approved",
        AssessmentStatus.Rejected => "rejected",
        AssessmentStatus.Certified => "certified",
        AssessmentStatus.Suspended => "suspended",
        AssessmentStatus.Expired => "expired",
        AssessmentStatus.Revoked => "revoked",
        AssessmentStatus.Withdrawn => "withdrawn",
        _ => status.ToString(),
    };

    public static string In(AssessmentStatus status, string language) => language == "en" ? En(status) : Nl(status);
}
