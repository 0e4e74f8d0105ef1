namespace Keurmerk.Domain.Assessments;

public enum AssessmentStatus
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Approved,
    Rejected,
    Certified,
    Suspended,
    Expired,
    Revoked,
    Withdrawn,
}

public enum AssessmentTrigger
{
    Edit,
    Submit,
    StartReview,
    RequestChanges,
    Recommend,
    Approve,
    Reject,
    Certify,
    Suspend,
    Reinstate,
    Expire,
    Revoke,
    Withdraw,
}
