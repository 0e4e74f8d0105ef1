namespace Keurmerk.Domain.Objections;

/// <summary>How an objection's kind and status read for a person, in both languages.</summary>
public static class ObjectionNames
{
    public static string Nl(ObjectionAgainst against) => against switch
    {
        ObjectionAgainst.Rejection => "afwijzing",
        ObjectionAgainst.Suspension => "schorsing",
        ObjectionAgainst.Revocation => "intrekking",
        _ => against.ToString(),
    };

    public static string En(ObjectionAgainst against) => against switch
    {
        ObjectionAgainst.Rejection => "rejection",
        ObjectionAgainst.Suspension => "suspension",
        ObjectionAgainst.Revocation => "revocation",
        _ => against.ToString(),
    };

    public static string Nl(ObjectionStatus status) => status switch
    {
        ObjectionStatus.Lodged => "ingediend",
        ObjectionStatus.InHandling => "in behandeling",
        ObjectionStatus.Upheld => "gegrond",
        ObjectionStatus.Dismissed => "ongegrond",
        _ => status.ToString(),
    };

    public static string En(ObjectionStatus status) => status switch
    {
        ObjectionStatus.Lodged => "lodged",
        ObjectionStatus.InHandling => "being handled",
        ObjectionStatus.Upheld => "upheld",
        ObjectionStatus.Dismissed => "dismissed",
        _ => status.ToString(),
    };

    public static string In(ObjectionAgainst against, string language) => language == "en" ? En(against) : Nl(against);

    public static string In(ObjectionStatus status, string language) => language == "en" ? En(status) : Nl(status);
}
