using Stateless.Reflection;
using System.Globalization;
using System.Net;
using System.Text;

namespace Keurmerk.Web.Features.Admin;

/// <summary>One arrow of the lifecycle: a trigger that takes a status to another (or back to itself).</summary>
public sealed record LifecycleTransition(string From, string Trigger, string To, string? Guard);

/// <summary>
/// Draws the lifecycle as an SVG on the server, from the machine's own description (Stateless GetInfo), so the
/// picture cannot drift from the rules and the page needs no script. Statuses are stacked top to bottom in their
/// declared order; a transition forward is an arc on the right, one back an arc on the left, a re-entry a small loop.
/// </summary>
public static class LifecycleDiagram
{
    private const int RowHeight = 64;
    private const int BoxWidth = 190;
    private const int BoxHeight = 38;
    private const int BoxLeft = 260;
    private const int Top = 16;
    private const int ArcStep = 46;

    public static IReadOnlyList<string> States(StateMachineInfo machine) =>
        machine.States.Select(s => s.UnderlyingState).OrderBy(s => s).Select(s => s.ToString()!).ToList();

    public static IReadOnlyList<LifecycleTransition> Transitions(StateMachineInfo machine) =>
        machine.States.OrderBy(s => s.UnderlyingState)
            .SelectMany(state => state.FixedTransitions.Select(t => new LifecycleTransition(
                state.UnderlyingState.ToString()!, t.Trigger.UnderlyingTrigger.ToString()!, t.DestinationState.UnderlyingState.ToString()!,
                t.GuardConditionsMethodDescriptions.FirstOrDefault()?.Description)))
            .ToList();

    public static string Svg(StateMachineInfo machine, string title)
    {
        var states = States(machine);
        var transitions = Transitions(machine);
        var row = states.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        var widestSpan = transitions.Select(t => Math.Abs(row[t.To] - row[t.From])).DefaultIfEmpty(1).Max();
        var width = BoxLeft + BoxWidth + (widestSpan * ArcStep) + 200;
        var height = Top + (states.Count * RowHeight);
        var initial = machine.InitialState.UnderlyingState.ToString();

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="lifecycle-diagram" role="img" aria-labelledby="lifecycle-title">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="lifecycle-title">{Escape(title)}</title>""");
        svg.Append("""<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker></defs>""");

        foreach (var t in transitions)
        {
            var from = row[t.From];
            var to = row[t.To];
            var label = Escape(t.Trigger) + (t.Guard is null ? "" : " *");
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="transition" data-from="{t.From}" data-trigger="{t.Trigger}" data-to="{t.To}">""");
            if (from == to)
            {
                // A re-entry: a small loop on the box's left, labelled beside it.
                var y = Middle(from);
                svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{BoxLeft},{y - 8} C{BoxLeft - 40},{y - 30} {BoxLeft - 40},{y + 30} {BoxLeft},{y + 8}" fill="none" stroke="#333" marker-end="url(#arrow)"/>""");
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{BoxLeft - 44}" y="{y + 4}" text-anchor="end">{label}</text>""");
            }
            else
            {
                var forward = to > from;
                var span = Math.Abs(to - from);
                var edge = forward ? BoxLeft + BoxWidth : BoxLeft;
                var reach = forward ? edge + (span * ArcStep) : edge - 60 - (span * 20);
                var (y1, y2) = (Middle(from) + (forward ? 6 : -6), Middle(to) + (forward ? -6 : 6));
                svg.Append(CultureInfo.InvariantCulture, $"""<path d="M{edge},{y1} C{reach},{y1} {reach},{y2} {edge},{y2}" fill="none" stroke="{(forward ? "#1d4f91" : "#8a3b00")}" marker-end="url(#arrow)"/>""");
                var labelX = forward ? edge + (span * ArcStep * 3 / 4) + 6 : edge - 60 - (span * 15) - 6;
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelX}" y="{((y1 + y2) / 2) + 4}" text-anchor="{(forward ? "start" : "end")}">{label}</text>""");
            }
            svg.Append("</g>");
        }

        foreach (var state in states)
        {
            var y = Top + (row[state] * RowHeight);
            var final = transitions.All(t => t.From != state || t.To == state);
            svg.Append(CultureInfo.InvariantCulture, $"""<g class="state" data-state="{state}"><rect x="{BoxLeft}" y="{y}" width="{BoxWidth}" height="{BoxHeight}" rx="{(final ? 2 : 10)}" fill="{(state == initial ? "#e7eef8" : "#fff")}" stroke="#1d4f91" stroke-width="{(final ? 3 : 1.5)}"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{BoxLeft + (BoxWidth / 2)}" y="{y + 24}" text-anchor="middle" font-weight="bold">{Escape(state)}</text></g>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int Middle(int row) => Top + (row * RowHeight) + (BoxHeight / 2);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
