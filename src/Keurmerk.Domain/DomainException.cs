using Keurmerk.Domain.Criteria;

namespace Keurmerk.Domain;

public enum RefusalKind
{
    /// <summary>The input itself is wrong (an unknown criterion, an answer that is not an option).</summary>
    Invalid,
    /// <summary>The input is fine but the assessment's current state does not allow it.</summary>
    Conflict,
    /// <summary>This person may not do this, whatever the state (four eyes).</summary>
    Forbidden,
}

/// <summary>A command the domain refuses, with a message a person understands, in both languages.</summary>
public sealed class DomainException(RefusalKind kind, LocalizedText message) : Exception(message.En)
{
    public RefusalKind Kind { get; } = kind;
    public LocalizedText Text { get; } = message;

    public static DomainException Invalid(string nl, string en) => new(RefusalKind.Invalid, new LocalizedText(nl, en));
    public static DomainException Conflict(string nl, string en) => new(RefusalKind.Conflict, new LocalizedText(nl, en));
    public static DomainException Forbidden(string nl, string en) => new(RefusalKind.Forbidden, new LocalizedText(nl, en));
}
