using Keurmerk.Domain;
using Keurmerk.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Keurmerk.Web.Infrastructure.Exports;

/// <summary>
/// A download holds exactly what the page filtered: a filter value the page could not read is refused (400) rather
/// than silently dropped, since a file of everything is not what was asked for.
/// </summary>
public static class ExportFilters
{
    public static string? Problem(ModelStateDictionary state, params string?[] texts)
    {
        if (!state.IsValid)
        {
            var fields = string.Join(", ", state.Where(s => s.Value?.Errors.Count > 0).Select(s => s.Key).Order(StringComparer.Ordinal));
            return Lang.T($"Het filter heeft een ongeldige waarde voor: {fields}.", $"The filter has an invalid value for: {fields}.");
        }
        return TooLong(texts);
    }

    /// <summary>Free-text filters are names or parts of names: no longer than a name may be.</summary>
    public static string? TooLong(params string?[] texts) =>
        texts.Any(t => t?.Length > FieldLimits.Name)
            ? Lang.T($"Een zoektekst in het filter heeft hoogstens {FieldLimits.Name} tekens.", $"A search text in the filter has at most {FieldLimits.Name} characters.")
            : null;
}
