namespace Keurmerk.Domain.Criteria;

/// <summary>A text in both languages of the product: Dutch first, English second.</summary>
public sealed record LocalizedText(string Nl, string En)
{
    public string In(string language) => language == "en" ? En : Nl;
    public override string ToString() => Nl;
}

public enum AnswerType { YesNo, Choice, Text }

public enum EvidenceRule { None, Optional, Required }

/// <summary>To which organisations a criterion applies.</summary>
public enum Applicability { All, Sme, Large }

public sealed record ChoiceOption(string Value, int Score, LocalizedText Label);

public sealed record Criterion(
    string Id,
    string SectionId,
    LocalizedText Question,
    LocalizedText Guidance,
    AnswerType Answer,
    IReadOnlyList<ChoiceOption> Options,
    EvidenceRule Evidence,
    bool KnockOut,
    int Weight,
    Applicability AppliesTo)
{
    /// <summary>Text answers shorter than this say too little to count as met.</summary>
    public const int MinimumTextLength = 20;

    public bool AppliesToSize(SizeClass size) => AppliesTo switch
    {
        Applicability.All => true,
        Applicability.Sme => size.IsSme(),
        Applicability.Large => !size.IsSme(),
        _ => false,
    };

    public bool IsValidAnswer(string value) => Answer switch
    {
        AnswerType.YesNo => value is "yes" or "no",
        AnswerType.Choice => Options.Any(o => o.Value == value),
        AnswerType.Text => !string.IsNullOrWhiteSpace(value),
        _ => false,
    };

    /// <summary>How far an answer meets the criterion: 0.0 (not at all) to 1.0 (fully).</summary>
    public double Fulfilment(string? value) => value is null ? 0 : Answer switch
    {
        AnswerType.YesNo => value == "yes" ? 1 : 0,
        AnswerType.Choice => (Options.FirstOrDefault(o => o.Value == value)?.Score ?? 0) / 100.0,
        AnswerType.Text => value.Trim().Length >= MinimumTextLength ? 1 : 0,
        _ => 0,
    };

    public bool IsMetBy(string? value) => Fulfilment(value) > 0;
}

public sealed record Section(string Id, LocalizedText Title, IReadOnlyList<Criterion> Criteria);

/// <summary>One version of the standard: its sections and criteria, validated.</summary>
public sealed record CriteriaCatalogue(string Standard, int Version, LocalizedText Title, IReadOnlyList<Section> Sections)
{
    public IEnumerable<Criterion> AllCriteria => Sections.SelectMany(s => s.Criteria);

    public Criterion? Find(string criterionId) => AllCriteria.FirstOrDefault(c => c.Id == criterionId);

    public Section? FindSection(string sectionId) => Sections.FirstOrDefault(s => s.Id == sectionId);

    public IEnumerable<Criterion> ApplicableTo(SizeClass size) => AllCriteria.Where(c => c.AppliesToSize(size));
}
