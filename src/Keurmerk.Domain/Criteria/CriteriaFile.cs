using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Keurmerk.Domain.Criteria;

/// <summary>A criteria file that cannot be used; every problem names the file and the criterion.</summary>
public sealed class CriteriaFileException(string fileName, IReadOnlyList<string> problems)
    : Exception($"Criteria file '{fileName}' is invalid:{Environment.NewLine}  - {string.Join(Environment.NewLine + "  - ", problems)}")
{
    public string FileName { get; } = fileName;
    public IReadOnlyList<string> Problems { get; } = problems;
}

/// <summary>
/// Reads the standard from its YAML text and validates it. Parsing only: the caller reads the file,
/// so the rules can be tested without a disk.
/// </summary>
public static partial class CriteriaFile
{
    public static CriteriaCatalogue Parse(string yaml, string fileName)
    {
        RawCatalogue raw;
        try
        {
            raw = new DeserializerBuilder()
                .WithNamingConvention(CamelCaseNamingConvention.Instance)
                .Build()
                .Deserialize<RawCatalogue>(yaml) ?? new RawCatalogue();
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            throw new CriteriaFileException(fileName, [$"line {e.Start.Line}, column {e.Start.Column}: {inner}"]);
        }

        var problems = new List<string>();
        var catalogue = Validate(raw, problems);
        if (problems.Count > 0) throw new CriteriaFileException(fileName, problems);
        return catalogue!;
    }

    private static CriteriaCatalogue? Validate(RawCatalogue raw, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(raw.Standard)) problems.Add("'standard' is missing");
        if (raw.Version is null or < 1) problems.Add("'version' must be a whole number of 1 or more");
        var title = Text(raw.Title, "the catalogue", "title", problems);
        if (raw.Sections is null || raw.Sections.Count == 0) problems.Add("there are no sections");

        var sections = new List<Section>();
        var criterionIds = new HashSet<string>();
        var sectionIds = new HashSet<string>();
        foreach (var (rawSection, index) in (raw.Sections ?? []).Select((s, i) => (s, i + 1)))
        {
            var where = string.IsNullOrWhiteSpace(rawSection.Id) ? $"section #{index}" : $"section '{rawSection.Id}'";
            if (string.IsNullOrWhiteSpace(rawSection.Id) || !KebabId().IsMatch(rawSection.Id))
                problems.Add($"{where}: 'id' must be lower-case letters and dashes");
            else if (!sectionIds.Add(rawSection.Id))
                problems.Add($"{where}: the id is used twice");
            var sectionTitle = Text(rawSection.Title, where, "title", problems);
            if (rawSection.Criteria is null || rawSection.Criteria.Count == 0)
                problems.Add($"{where}: has no criteria");

            var criteria = new List<Criterion>();
            foreach (var (rc, ci) in (rawSection.Criteria ?? []).Select((c, i) => (c, i + 1)))
            {
                var criterion = ValidateCriterion(rc, rawSection.Id ?? "", $"{where}, criterion #{ci}", criterionIds, problems);
                if (criterion is not null) criteria.Add(criterion);
            }
            sections.Add(new Section(rawSection.Id ?? "", sectionTitle, criteria));
        }
        return problems.Count == 0 ? new CriteriaCatalogue(raw.Standard!, raw.Version!.Value, title, sections) : null;
    }

    private static Criterion? ValidateCriterion(RawCriterion rc, string sectionId, string position,
        HashSet<string> criterionIds, List<string> problems)
    {
        var where = string.IsNullOrWhiteSpace(rc.Id) ? position : $"criterion '{rc.Id}'";
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(rc.Id) || !CriterionId().IsMatch(rc.Id))
            problems.Add($"{where}: 'id' must look like ABC-01");
        else if (!criterionIds.Add(rc.Id))
            problems.Add($"{where}: the id is used twice");

        var question = Text(rc.Question, where, "question", problems);
        var guidance = Text(rc.Guidance, where, "guidance", problems);
        var answer = Enum<AnswerType>(rc.Answer, where, "answer", "yesno, choice, text", problems);
        var evidence = Enum<EvidenceRule>(rc.Evidence, where, "evidence", "none, optional, required", problems);
        var appliesTo = Enum<Applicability>(rc.AppliesTo, where, "appliesTo", "all, sme, large", problems);
        if (rc.Knockout is null) problems.Add($"{where}: 'knockout' must be true or false");
        if (rc.Weight is null or < 1 or > 5) problems.Add($"{where}: 'weight' must be a whole number from 1 to 5");

        var options = new List<ChoiceOption>();
        if (answer == AnswerType.Choice)
        {
            if (rc.Options is null || rc.Options.Count < 2) problems.Add($"{where}: a choice needs at least two options");
            var values = new HashSet<string>();
            foreach (var ro in rc.Options ?? [])
            {
                if (string.IsNullOrWhiteSpace(ro.Value) || !KebabId().IsMatch(ro.Value))
                    problems.Add($"{where}: an option's 'value' must be lower-case letters and dashes");
                else if (!values.Add(ro.Value))
                    problems.Add($"{where}: option '{ro.Value}' is listed twice");
                if (ro.Score is null or < 0 or > 100) problems.Add($"{where}: option '{ro.Value}' needs a 'score' from 0 to 100");
                if (string.IsNullOrWhiteSpace(ro.Nl) || string.IsNullOrWhiteSpace(ro.En))
                    problems.Add($"{where}: option '{ro.Value}' needs a Dutch (nl) and an English (en) label");
                options.Add(new ChoiceOption(ro.Value ?? "", ro.Score ?? 0, new LocalizedText(ro.Nl ?? "", ro.En ?? "")));
            }
            if (rc.Knockout == true && options.All(o => o.Score == 0))
                problems.Add($"{where}: a knock-out choice needs at least one option with a score above 0");
        }
        else if (rc.Options is { Count: > 0 })
            problems.Add($"{where}: 'options' only belong to a choice");

        if (answer == AnswerType.Text && rc.Knockout == true)
            problems.Add($"{where}: a text answer cannot be a knock-out (there is no answer that meets it)");

        if (problems.Count > before) return null;
        return new Criterion(rc.Id!, sectionId, question, guidance, answer!.Value, options, evidence!.Value,
            rc.Knockout!.Value, rc.Weight!.Value, appliesTo!.Value);
    }

    private static LocalizedText Text(RawText? raw, string where, string field, List<string> problems)
    {
        if (raw is null || string.IsNullOrWhiteSpace(raw.Nl) || string.IsNullOrWhiteSpace(raw.En))
            problems.Add($"{where}: '{field}' needs a Dutch (nl) and an English (en) text");
        return new LocalizedText(raw?.Nl?.Trim() ?? "", raw?.En?.Trim() ?? "");
    }

    private static T? Enum<T>(string? raw, string where, string field, string allowed, List<string> problems) where T : struct, Enum
    {
        if (raw is not null && System.Enum.TryParse<T>(raw, ignoreCase: true, out var value) && !int.TryParse(raw, out _))
            return value;
        problems.Add($"{where}: '{field}' is '{raw ?? "missing"}', expected one of: {allowed}");
        return null;
    }

    [GeneratedRegex("^[a-z]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabId();

    [GeneratedRegex("^[A-Z]{2,5}-[0-9]{2}$")]
    private static partial Regex CriterionId();

    // The file's shape, everything optional so that validation can say what is missing.
    private sealed class RawCatalogue
    {
        public string? Standard { get; set; }
        public int? Version { get; set; }
        public RawText? Title { get; set; }
        public List<RawSection>? Sections { get; set; }
    }

    private sealed class RawSection
    {
        public string? Id { get; set; }
        public RawText? Title { get; set; }
        public List<RawCriterion>? Criteria { get; set; }
    }

    private sealed class RawCriterion
    {
        public string? Id { get; set; }
        public RawText? Question { get; set; }
        public RawText? Guidance { get; set; }
        public string? Answer { get; set; }
        public List<RawOption>? Options { get; set; }
        public string? Evidence { get; set; }
        public bool? Knockout { get; set; }
        public int? Weight { get; set; }
        public string? AppliesTo { get; set; }
    }

    private sealed class RawOption
    {
        public string? Value { get; set; }
        public int? Score { get; set; }
        public string? Nl { get; set; }
        public string? En { get; set; }
    }

    private sealed class RawText
    {
        public string? Nl { get; set; }
        public string? En { get; set; }
    }
}
