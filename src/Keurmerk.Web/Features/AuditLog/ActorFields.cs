using Keurmerk.Domain.Assessments;
using Keurmerk.Web.Features.Assessments;
using System.Runtime.CompilerServices;

namespace Keurmerk.Web.Features.AuditLog;

/// <summary>
/// Which JSON field of each event type holds its actor, so the audit log can filter by actor in
/// PostgreSQL. Read off <see cref="AuditTrail.ActorOf"/> itself (each Guid property gets a marker value,
/// the one ActorOf returns is the actor), so a new event type there needs no second list here.
/// </summary>
public static class ActorFields
{
    public static IReadOnlyDictionary<Type, string> ByEventType { get; } = Discover();

    private static Dictionary<Type, string> Discover()
    {
        var fields = new Dictionary<Type, string>();
        var candidates = typeof(AssessmentStarted).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false });
        foreach (var type in candidates)
        {
            var guids = type.GetProperties().Where(p => (p.PropertyType == typeof(Guid) || p.PropertyType == typeof(Guid?)) && p.CanWrite).ToArray();
            if (guids.Length == 0) continue;
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            var markers = guids.ToDictionary(p => p, _ => Guid.NewGuid());
            foreach (var (property, marker) in markers) property.SetValue(instance, marker);
            if (AuditTrail.ActorOf(instance) is not { } actor) continue;
            fields[type] = markers.Single(m => m.Value == actor).Key.Name;
        }
        return fields;
    }

    /// <summary>
    /// A SQL condition on mt_events: the event's actor field is one of the given ids (parameter ?, text[]).
    /// Type names and field names are identifiers from code, never user input.
    /// </summary>
    public static string SqlCondition(Func<Type, string> eventTypeName)
    {
        var cases = ByEventType.Select(pair => $"when '{eventTypeName(pair.Key)}' then '{pair.Value}'");
        return $"data ->> (case type {string.Join(" ", cases)} end) = any(?)";
    }
}
