using Keurmerk.Domain;
using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using System.ComponentModel.DataAnnotations;

namespace Keurmerk.Web.Features.Account;

[ValidateNever]
public sealed class LoginForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Email { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Password { get; set; } = "";
    public string? ReturnUrl { get; set; }
}

// Validate below is the only check. Without [ValidateNever], MVC gives every non-nullable string an
// implicit [Required] whose English message wins and skips Validate; without ConvertEmptyStringToNull
// = false, an empty field would bind as null.
[ValidateNever]
public sealed class SignUpForm : IValidatableObject
{
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string OrganisationName { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string KvkNumber { get; set; } = "";
    public SizeClass? SizeClass { get; set; }
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Sector { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string City { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string ContactPerson { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Email { get; set; } = "";
    [DisplayFormat(ConvertEmptyStringToNull = false)] public string Password { get; set; } = "";

    public static readonly (string Value, string Nl, string En)[] Sectors =
    [
        ("ict", "ICT en telecom", "ICT and telecom"),
        ("zorg", "Zorg en welzijn", "Health and social care"),
        ("onderwijs", "Onderwijs", "Education"),
        ("overheid", "Overheid", "Government"),
        ("handel", "Handel en retail", "Trade and retail"),
        ("horeca", "Horeca en toerisme", "Hospitality and tourism"),
        ("techniek", "Techniek, bouw en industrie", "Engineering, construction and industry"),
        ("logistiek", "Transport en logistiek", "Transport and logistics"),
        ("financieel", "Financiële en zakelijke dienstverlening", "Financial and business services"),
        ("cultuur", "Cultuur, media en creatief", "Culture, media and creative"),
        ("overig", "Overig", "Other"),
    ];

    // Messages in the current language, so DataAnnotations' English defaults never reach a Dutch page.
    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(OrganisationName))
            yield return Error(nameof(OrganisationName), "Vul de naam van de organisatie in.", "Enter the organisation's name.");
        if (!IsKvkNumber(KvkNumber))
            yield return Error(nameof(KvkNumber), "Een KvK-nummer bestaat uit precies 8 cijfers.", "A KvK number consists of exactly 8 digits.");
        if (SizeClass is null)
            yield return Error(nameof(SizeClass), "Kies de omvang van de organisatie.", "Choose the size of the organisation.");
        if (!Sectors.Any(s => s.Value == Sector))
            yield return Error(nameof(Sector), "Kies een sector.", "Choose a sector.");
        if (string.IsNullOrWhiteSpace(City))
            yield return Error(nameof(City), "Vul de plaats in.", "Enter the city.");
        if (string.IsNullOrWhiteSpace(ContactPerson))
            yield return Error(nameof(ContactPerson), "Vul de naam van de contactpersoon in.", "Enter the contact person's name.");
        if (!new EmailAddressAttribute().IsValid(Email) || string.IsNullOrWhiteSpace(Email))
            yield return Error(nameof(Email), "Vul een geldig e-mailadres in.", "Enter a valid e-mail address.");
        if (Password.Length < 10)
            yield return Error(nameof(Password), "Het wachtwoord moet minstens 10 tekens hebben.", "The password needs at least 10 characters.");
        foreach (var tooLong in TooLong()) yield return tooLong;
    }

    /// <summary>The domain's limits, the same numbers as the fields' maxlength.</summary>
    private IEnumerable<ValidationResult> TooLong()
    {
        foreach (var (member, value, limit, nl, en) in new[]
        {
            (nameof(OrganisationName), OrganisationName, FieldLimits.Name, "De naam van de organisatie", "The organisation's name"),
            (nameof(City), City, FieldLimits.Name, "De plaats", "The city"),
            (nameof(ContactPerson), ContactPerson, FieldLimits.Name, "De naam van de contactpersoon", "The contact person's name"),
            (nameof(Email), Email, FieldLimits.Email, "Het e-mailadres", "The e-mail address"),
            (nameof(Password), Password, FieldLimits.Password, "Het wachtwoord", "The password"),
        })
        {
            if (value.Trim().Length > limit)
                yield return Error(member, $"{nl} mag hoogstens {limit} tekens hebben (nu {value.Trim().Length}).", $"{en} may have at most {limit} characters (now {value.Trim().Length}).");
        }
    }

    public static bool IsKvkNumber(string? value)
    {
        var digits = value?.Replace(" ", "").Trim() ?? "";
        return digits.Length == 8 && digits.All(char.IsAsciiDigit);
    }

    private static ValidationResult Error(string member, string nl, string en) => new(Lang.T(nl, en), [member]);
}
