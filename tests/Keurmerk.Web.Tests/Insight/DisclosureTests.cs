using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Features.Insight;

namespace Keurmerk.Web.Tests.Insight;

/// <summary>
/// Small-cell suppression, attacked the way a reader of the dashboard would: take every published figure and
/// every published total, and solve the equations the totals give for the hidden cells. No hidden cell may come
/// out determined. The solver here is plain linear algebra, independent of the graph reasoning in Disclosure.
/// </summary>
public sealed class DisclosureTests
{
    private const int Threshold = 10;

    [Fact]
    public void OneSmallCell_InATableWithTotals_TakesThreeOthersWithIt()
    {
        var published = Disclosure.Publish(Table([[3, 40], [25, 60]], rowTotals: true, columnTotals: true), Threshold);

        Assert.True(published.Rows[0].Cells[0].Suppressed);
        // Alone, 3 would follow from its row total minus 40; so a cell in its row, one in its column and the
        // one closing the rectangle are hidden as well.
        Assert.Equal(4, published.Rows.SelectMany(r => r.Cells).Count(c => c.Suppressed));
        Assert.Empty(Recoverable(published));
    }

    [Fact]
    public void EveryCountUnderTheThreshold_IsHidden_AndWhatIsShownIsTrue()
    {
        var published = Disclosure.Publish(Table([[0, 9, 10], [12, 1, 30]], rowTotals: true, columnTotals: true), Threshold);

        Assert.Equal("< 10", published.Rows[0].Cells[0].Text(Threshold, FigureKind.Count));
        Assert.True(published.Rows[0].Cells[1].Suppressed);
        Assert.True(published.Rows[1].Cells[1].Suppressed);
        foreach (var figure in All(published).Where(f => !f.Suppressed)) Assert.True(figure.Value >= Threshold);
        Assert.Equal(43, published.Rows[1].Total!.Value.Value);
    }

    [Fact]
    public void AColumnWithOneSmallCell_AndOnlyColumnTotals_HidesASecondCellInThatColumn()
    {
        var published = Disclosure.Publish(Table([[5], [30], [20]], rowTotals: false, columnTotals: true), Threshold);

        Assert.True(published.Rows[0].Cells[0].Suppressed);
        Assert.True(published.Rows[2].Cells[0].Suppressed); // the smallest other one
        Assert.False(published.Rows[1].Cells[0].Suppressed);
        Assert.Empty(Recoverable(published));
    }

    [Fact]
    public void StatisticsOverTooFewCases_AreHiddenWholeRow()
    {
        var table = new InsightTable("time", Text("t"), Text("r"),
            [new("n", Text("n")), new("median", Text("m"), FigureKind.Days), new("p90", Text("p"), FigureKind.Days)],
            [new("few", Text("few"), [4, 12.5, 30]), new("many", Text("many"), [40, 3, 9])]);

        var published = Disclosure.Publish(table, Threshold);

        Assert.All(published.Rows[0].Cells, c => Assert.True(c.Suppressed));
        Assert.Equal([40.0, 3.0, 9.0], published.Rows[1].Cells.Select(c => c.Value!.Value));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void RandomTables_NoHiddenCellCanBeRecomputed(bool rowTotals, bool columnTotals)
    {
        var random = new Random(2026);
        for (var n = 0; n < 300; n++)
        {
            var rows = random.Next(1, 7);
            var columns = random.Next(1, 7);
            // Mostly small counts, some large: the hard case for complementary suppression.
            var values = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns)
                .Select(_ => random.Next(4) == 0 ? random.Next(10, 200) : random.Next(0, 25)).ToArray()).ToArray();

            var published = Disclosure.Publish(Table(values, rowTotals, columnTotals), Threshold);

            for (var i = 0; i < rows; i++)
                for (var j = 0; j < columns; j++)
                {
                    var figure = published.Rows[i].Cells[j];
                    if (values[i][j] < Threshold) Assert.True(figure.Suppressed, $"table {n}: {values[i][j]} shown");
                    if (!figure.Suppressed) Assert.Equal(values[i][j], figure.Value);
                }
            foreach (var figure in All(published).Where(f => !f.Suppressed)) Assert.True(figure.Value >= Threshold);
            var recovered = Recoverable(published);
            Assert.True(recovered.Count == 0, $"table {n} ({rows}x{columns}): hidden cells {string.Join(", ", recovered)} can be recomputed");
        }
    }

    [Fact]
    public void TheAttack_FindsACellThatIsHiddenAlone()
    {
        // The solver must be able to fail: hide a single cell of a table with row totals by hand.
        var honest = Disclosure.Publish(Table([[30, 40], [25, 60]], rowTotals: true, columnTotals: false), Threshold);
        var leaky = honest with
        {
            Rows = [honest.Rows[0] with { Cells = [Figure.Hidden, honest.Rows[0].Cells[1]] }, honest.Rows[1]],
        };

        Assert.Equal(["r0c0"], Recoverable(leaky));
    }

    private static LocalizedText Text(string s) => new(s, s);

    private static InsightTable Table(int[][] values, bool rowTotals, bool columnTotals) => new("t", Text("t"), Text("r"),
        [.. Enumerable.Range(0, values[0].Length).Select(j => new InsightColumn($"c{j}", Text($"c{j}")))],
        [.. values.Select((row, i) => new InsightRow($"r{i}", Text($"r{i}"), [.. row.Select(v => (double?)v)]))],
        rowTotals, columnTotals);

    private static IEnumerable<Figure> All(PublishedTable t) =>
        t.Rows.Append(t.Totals).OfType<PublishedRow>().SelectMany(r => r.Total is { } total ? r.Cells.Append(total) : r.Cells);

    /// <summary>
    /// The hidden cells whose value follows from the published figures: the grid (with its total row and
    /// column) gives one equation per total; cell k is determined exactly when the unit vector e_k lies in
    /// the row space of those equations restricted to the hidden cells.
    /// </summary>
    private static List<string> Recoverable(PublishedTable t)
    {
        var grid = t.Rows.Append(t.Totals).OfType<PublishedRow>()
            .Select(r => (r.Total is { } total ? r.Cells.Append(total) : r.Cells).ToArray()).ToArray();
        var height = grid.Length;
        var width = grid[0].Length;
        var hidden = new List<(int I, int J)>();
        for (var i = 0; i < height; i++)
            for (var j = 0; j < width; j++)
                if (grid[i][j].Suppressed) hidden.Add((i, j));
        var index = hidden.Select((cell, k) => (cell, k)).ToDictionary(x => x.cell, x => x.k);

        var equations = new List<double[]>();
        void Line(IEnumerable<(int I, int J, double Sign)> cells)
        {
            var row = new double[hidden.Count];
            foreach (var (i, j, sign) in cells)
                if (index.TryGetValue((i, j), out var k)) row[k] += sign;
            equations.Add(row);
        }
        if (t.HasRowTotals)
            for (var i = 0; i < height; i++)
                Line(Enumerable.Range(0, width).Select(j => (i, j, j == width - 1 ? -1.0 : 1.0)));
        if (t.Totals is not null)
            for (var j = 0; j < width; j++)
                Line(Enumerable.Range(0, height).Select(i => (i, j, i == height - 1 ? -1.0 : 1.0)));

        var rank = Rank(equations);
        var found = new List<string>();
        for (var k = 0; k < hidden.Count; k++)
        {
            var unit = new double[hidden.Count];
            unit[k] = 1;
            if (Rank([.. equations, unit]) == rank)
            {
                var (i, j) = hidden[k];
                found.Add($"r{i}c{j}");
            }
        }
        return found;
    }

    private static int Rank(List<double[]> rows)
    {
        var m = rows.Select(r => (double[])r.Clone()).ToList();
        if (m.Count == 0 || m[0].Length == 0) return 0;
        var rank = 0;
        for (var col = 0; col < m[0].Length && rank < m.Count; col++)
        {
            var pivot = Enumerable.Range(rank, m.Count - rank).OrderByDescending(r => Math.Abs(m[r][col])).First();
            if (Math.Abs(m[pivot][col]) < 1e-9) continue;
            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Count; r++)
            {
                if (r == rank) continue;
                var factor = m[r][col] / m[rank][col];
                for (var c = col; c < m[0].Length; c++) m[r][c] -= factor * m[rank][c];
            }
            rank++;
        }
        return rank;
    }
}
