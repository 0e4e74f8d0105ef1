namespace Keurmerk.Domain;

/// <summary>
/// The one set of length limits for free text, used by the decisions that refuse too long a value and by
/// the forms' maxlength, so a browser stops the person where the server would.
/// </summary>
public static class FieldLimits
{
    /// <summary>An answer to a criterion; a comment, a question or a response in a review or signal.</summary>
    public const int Text = 4000;

    /// <summary>A motivation or the reasons for a decision, an objection's grounds.</summary>
    public const int LongText = 10_000;

    /// <summary>A name: an organisation, a person, a city, a sector, a file.</summary>
    public const int Name = 200;

    /// <summary>An e-mail address (RFC 5321 allows 254 characters in a path).</summary>
    public const int Email = 254;

    /// <summary>A password: long enough for any passphrase, short enough that hashing it costs nothing unusual.</summary>
    public const int Password = 200;

    /// <summary>Refuses a value longer than the limit, naming what it is in both languages.</summary>
    public static string Within(string value, int limit, string whatNl, string whatEn) =>
        value.Length <= limit
            ? value
            : throw DomainException.Invalid(
                $"{whatNl} mag hoogstens {limit} tekens hebben (nu {value.Length}).",
                $"{whatEn} may have at most {limit} characters (now {value.Length}).");
}
