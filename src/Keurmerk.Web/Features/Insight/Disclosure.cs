namespace Keurmerk.Web.Features.Insight;

/// <summary>
/// Statistical disclosure control, the one place it happens: every count under the threshold is hidden
/// ("&lt; 10"), and further cells are hidden (complementary suppression) until no hidden figure can be
/// worked out from the published ones and the row and column totals.
///
/// The reasoning: each total is a line (its cells minus the total is zero). Treat every line as a node and
/// every hidden cell as an edge between the (at most two) lines it lies on, with a shared "ground" node
/// standing in for a missing second line. A hidden cell can be solved from the published figures exactly
/// when its edge is a bridge of that graph; on a cycle of hidden cells, adding t and subtracting t in turn
/// round the cycle keeps every total, so none of them is determined. So: hide more cells until no hidden
/// cell is a bridge, each time choosing the smallest published figure that closes a cycle.
/// </summary>
public static class Disclosure
{
    public static PublishedTable Publish(InsightTable table, int threshold)
    {
        if (table.IsStatistics) return PublishStatistics(table, threshold);

        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        // The grid with its margins: row totals in column `columns`, column totals in row `rows`.
        var height = rows + (table.ColumnTotals ? 1 : 0);
        var width = columns + (table.RowTotals ? 1 : 0);
        var values = new double[height, width];
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                values[i, j] = table.Rows[i].Values[j] ?? 0;
        if (table.RowTotals)
            for (var i = 0; i < rows; i++)
                values[i, columns] = Enumerable.Range(0, columns).Sum(j => values[i, j]);
        if (table.ColumnTotals)
            for (var j = 0; j < width; j++)
                values[rows, j] = Enumerable.Range(0, rows).Sum(i => values[i, j]);

        var hidden = Suppress(values, table.RowTotals, table.ColumnTotals, threshold);

        // A blank in a table without totals is "not applicable" (a criterion that is no knock-out), not a zero.
        bool NotApplicable(int i, int j) => !table.RowTotals && !table.ColumnTotals && i < rows && j < columns && table.Rows[i].Values[j] is null;
        Figure At(int i, int j) => NotApplicable(i, j) ? Figure.Of(null) : hidden[i, j] ? Figure.Hidden : Figure.Of(values[i, j]);
        PublishedRow Row(int i, string key, Domain.Criteria.LocalizedText label) => new(key, label,
            [.. Enumerable.Range(0, columns).Select(j => At(i, j))], table.RowTotals ? At(i, columns) : null);

        return new PublishedTable(table.Key, table.Title, table.RowHeader, table.Columns,
            [.. table.Rows.Select((r, i) => Row(i, r.Key, r.Label))],
            table.ColumnTotals ? Row(rows, "total", PublishedTable.TotalLabel) : null,
            table.RowTotals, threshold, table.Note);
    }

    /// <summary>
    /// Which cells of the grid to hide. Lines: each grid row is a line when the table has row totals, each grid
    /// column when it has column totals. Internal so the tests can attack exactly what is published.
    /// </summary>
    internal static bool[,] Suppress(double[,] values, bool rowTotals, bool columnTotals, int threshold)
    {
        var height = values.GetLength(0);
        var width = values.GetLength(1);
        var hidden = new bool[height, width];
        for (var i = 0; i < height; i++)
            for (var j = 0; j < width; j++)
                hidden[i, j] = values[i, j] < threshold;

        // Nodes: grid rows 0..height-1, grid columns height..height+width-1, ground height+width.
        var ground = height + width;
        (int A, int B) Ends(int i, int j) => (rowTotals ? i : ground, columnTotals ? height + j : ground);

        while (true)
        {
            var bridge = FindBridge(hidden, height, width, Ends, ground);
            if (bridge is not { } cell) return hidden;

            // The hidden cells other than the bridge split the nodes into components. Hide the cheapest chain of
            // published cells that joins the bridge's two sides (fewest cells, then smallest figures): it closes a
            // cycle through the bridge.
            var component = Components(hidden, height, width, Ends, ground + 1, except: cell);
            var (a, b) = Ends(cell.I, cell.J);
            var path = CheapestPath(values, hidden, height, width, Ends, component, component[a], component[b]);
            if (path.Count == 0) return hidden; // nothing left to hide with: the table is hidden whole
            foreach (var (i, j) in path) hidden[i, j] = true;
        }
    }

    /// <summary>Dijkstra over the components, with published cells as edges costing one step plus a little for their figure.</summary>
    private static List<(int I, int J)> CheapestPath(double[,] values, bool[,] hidden, int height, int width,
        Func<int, int, (int, int)> ends, int[] component, int from, int to)
    {
        var cost = new Dictionary<int, double> { [from] = 0 };
        var via = new Dictionary<int, (int I, int J, int From)>();
        var done = new HashSet<int>();
        while (true)
        {
            var open = cost.Where(c => !done.Contains(c.Key)).OrderBy(c => c.Value).ToList();
            if (open.Count == 0) return [];
            var (node, spent) = (open[0].Key, open[0].Value);
            if (node == to) break;
            done.Add(node);
            for (var i = 0; i < height; i++)
                for (var j = 0; j < width; j++)
                {
                    if (hidden[i, j]) continue;
                    var (x, y) = ends(i, j);
                    var (cx, cy) = (component[x], component[y]);
                    var next = cx == node ? cy : cy == node ? cx : -1;
                    if (next < 0 || next == node || done.Contains(next)) continue;
                    var total = spent + 1_000_000 + values[i, j];
                    if (!cost.TryGetValue(next, out var known) || total < known)
                    {
                        cost[next] = total;
                        via[next] = (i, j, node);
                    }
                }
        }
        var path = new List<(int I, int J)>();
        for (var at = to; at != from; at = via[at].From) path.Add((via[at].I, via[at].J));
        return path;
    }

    private static (int I, int J)? FindBridge(bool[,] hidden, int height, int width, Func<int, int, (int, int)> ends, int ground)
    {
        for (var i = 0; i < height; i++)
            for (var j = 0; j < width; j++)
            {
                if (!hidden[i, j]) continue;
                var component = Components(hidden, height, width, ends, ground + 1, except: (i, j));
                var (a, b) = ends(i, j);
                if (component[a] != component[b]) return (i, j);
            }
        return null;
    }

    /// <summary>Connected components of the nodes over the hidden cells as edges, leaving one cell out.</summary>
    private static int[] Components(bool[,] hidden, int height, int width, Func<int, int, (int, int)> ends, int nodes, (int I, int J) except)
    {
        var parent = Enumerable.Range(0, nodes).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < height; i++)
            for (var j = 0; j < width; j++)
            {
                if (!hidden[i, j] || (i, j) == except) continue;
                var (a, b) = ends(i, j);
                parent[Find(a)] = Find(b);
            }
        return [.. Enumerable.Range(0, nodes).Select(Find)];
    }

    /// <summary>Statistics over fewer cases than the threshold say too much about the few: the whole row goes.</summary>
    private static PublishedTable PublishStatistics(InsightTable table, int threshold) =>
        new(table.Key, table.Title, table.RowHeader, table.Columns,
            [.. table.Rows.Select(r => new PublishedRow(r.Key, r.Label,
                (r.Values[0] ?? 0) < threshold
                    ? [.. r.Values.Select(_ => Figure.Hidden)]
                    : [.. r.Values.Select(Figure.Of)], null))],
            null, false, threshold, table.Note);
}
