using Keurmerk.Audits;
using Keurmerk.Audits.Register;
using Keurmerk.Tests;
using Keurmerk.Web.Features.Register;
using Marten;
using Npgsql;
using System.Text;

namespace Keurmerk.Web.Tests.Register;

/// <summary>
/// A register table with tens of thousands of entries (written straight into the projection's table,
/// analysed like a live one), so the planner chooses as it would at national scale.
/// </summary>
public sealed class SeededRegisterFixture : IAsyncLifetime
{
    public const int Size = 24_000;
    public static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly string[] Cities = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
        "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaanstad", "Zwolle", "Leiden", "Maastricht", "Dordrecht"];
    private static readonly string[] Words = ["Bakkerij", "Techniek", "Zorg", "Groen", "Bouw", "Logistiek", "Advies", "Media", "Installatie", "Horeca",
        "Kinderopvang", "Transport", "Makelaardij", "Drukkerij", "Schilders", "Garage", "Apotheek", "Tandarts", "Accountants", "Juristen"];
    private readonly string _schema = TestDatabase.NewSchemaName("scale");

    public DocumentStore Store { get; private set; } = null!;

    public string Schema => _schema;

    public async Task InitializeAsync()
    {
        Store = DocumentStore.For(options => KeurmerkStore.Configure(options, TestDatabase.ConnectionString, _schema));
        await Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var entries = Enumerable.Range(0, Size).Select(Entry).Concat(Special()).ToList();
        await Store.BulkInsertAsync(entries);
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var analyse = new NpgsqlCommand($"analyze {_schema}.mt_doc_registerentry", connection);
        await analyse.ExecuteNonQueryAsync();
    }

    private static RegisterEntry Entry(int i)
    {
        var status = ((((uint)i * 2654435761u) >> 20) % 10u) switch { 7u => CertificateStatus.Suspended, 8u => CertificateStatus.Revoked, _ => CertificateStatus.Certified };
        var validFrom = Today.AddDays(-(i % 900));
        // One in eleven has run past its last day without the expiry job having recorded it.
        var validUntil = i % 11 == 3 ? Today.AddDays(-1) : validFrom.AddYears(2);
        return New($"{Words[i % Words.Length]} {Words[i / Words.Length % Words.Length]} {i:D5}", (10_000_000 + i).ToString(), Cities[i / 3 % Cities.Length],
            validFrom, validUntil, status, i);
    }

    /// <summary>Entries a school might look for by a name with accents, a city's other name, or an exact KvK number.</summary>
    private static IEnumerable<RegisterEntry> Special()
    {
        yield return New("Société Générale Stages", "90000001", "'s-Gravenhage", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_001);
        yield return New("Café Zorgvuldig", "90000002", "Den Haag", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_002);
        // Its KvK number appears inside another's name: the exact number still comes first.
        yield return New("Aardappel 90000004 Handel", "90000003", "Utrecht", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_003);
        yield return New("Zwaluw Opleidingen", "90000004", "Zwolle", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_004);
        // By name alone "De Vlinder" sorts first; a name that starts with the text ranks above it.
        yield return New("De Vlinder Stages", "90000005", "Leiden", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_005);
        yield return New("Vlinder Kwekerij", "90000006", "Leiden", Today.AddDays(-30), Today.AddYears(2), CertificateStatus.Certified, 900_006);
    }

    private static RegisterEntry New(string name, string kvk, string city, DateOnly validFrom, DateOnly validUntil, CertificateStatus status, int number) =>
        new(Guid.CreateVersion7(), CertificateNumbers.Format(validFrom.Year, number), Guid.CreateVersion7(), name, kvk, city, "Zakelijke dienstverlening", 1,
            validFrom, validUntil, status, null, [new StatusChange(validFrom, status, null)]);

    public async Task<RegisterResults> Find(RegisterFilter filter, int page = 1, int pageSize = 20, RegisterCursor? after = null)
    {
        await using var session = Store.QuerySession();
        return await RegisterSearch.Find(session, filter, Today, page, pageSize, default, after);
    }

    /// <summary>PostgreSQL's plan for the SQL the app runs, with Marten's ? parameters bound in order.</summary>
    public async Task<string> Explain(string sql, object[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var numbered = new StringBuilder();
        var n = 0;
        foreach (var c in sql) numbered.Append(c == '?' ? $"${++n}" : c.ToString());
        await using var command = new NpgsqlCommand("explain " + numbered, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var plan = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.AppendLine(reader.GetString(0));
        return plan.ToString();
    }

    public async Task DisposeAsync()
    {
        Store?.Dispose();
        await TestDatabase.DropSchema(_schema);
    }
}

public class RegisterSearchAtScaleTests(SeededRegisterFixture register) : IClassFixture<SeededRegisterFixture>
{
    /// <summary>What a school asks, and the index the page and the bounded count must use (the sort key's or another, never a full scan).</summary>
    public static TheoryData<string, string?, string?, string, string> Searches => new()
    {
        { "name fragment", "drukkerij garage", null, "idx_search_key", "idx_search_key" },
        { "KvK number", "10012345", null, "idx_search_key", "idx_search_key" },
        { "short text: a name prefix", "ba", null, "idx_sort_key", "idx_sort_key" },
        { "city", null, "Utrecht", "mt_doc_registerentry_idx_", "idx_city_key" },
        { "city and status", null, "Zwolle", "mt_doc_registerentry_idx_", "idx_city_key" },
        { "everything", null, null, "idx_sort_key", "" },
        { "status", null, null, "mt_doc_registerentry_idx_", "" },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_IsAnIndexScan_NotASequentialOne(string what, string? q, string? city, string pageIndex, string countIndex)
    {
        var status = what.Contains("status") ? CertificateStatus.Suspended : (CertificateStatus?)null;
        var sql = RegisterSearch.Build(register.Schema, new RegisterFilter(q, city, status), SeededRegisterFixture.Today, page: 3, pageSize: 20)!;

        var plan = await register.Explain(sql.Rows, sql.RowParameters);

        Assert.DoesNotContain("Seq Scan", plan);
        Assert.Contains(pageIndex, plan);
        if (countIndex.Length > 0)
        {
            var count = await register.Explain(sql.Count, sql.CountParameters);
            Assert.DoesNotContain("Seq Scan", count);
            Assert.Contains(countIndex, count);
        }
    }

    [Fact]
    public async Task NextPageByCursor_IsAKeysetScan_AndNeverAnOffset()
    {
        var first = await register.Find(new RegisterFilter());
        var after = RegisterCursor.TryDecode(first.NextCursor)!;

        var sql = RegisterSearch.Build(register.Schema, new RegisterFilter(), SeededRegisterFixture.Today, after.Page, 20, after)!;
        var plan = await register.Explain(sql.Rows, sql.RowParameters);

        Assert.Contains("Index Cond", plan);
        Assert.Contains("idx_sort_key", plan);
        Assert.DoesNotContain("offset", sql.Rows.Replace("offset 0", ""), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Cursor_WalksTheSameRowsAsPageNumbers_InTheSameOrder()
    {
        var filter = new RegisterFilter("bakkerij zorg");
        var byPage = new List<string>();
        for (var page = 1; page <= 4; page++) byPage.AddRange((await register.Find(filter, page, 7)).Rows.Select(r => r.Entry.CertificateNumber));

        var byCursor = new List<string>();
        var results = await register.Find(filter, 1, 7);
        byCursor.AddRange(results.Rows.Select(r => r.Entry.CertificateNumber));
        for (var page = 2; page <= 4; page++)
        {
            var after = RegisterCursor.TryDecode(results.NextCursor)!;
            Assert.Equal(page, after.Page);
            results = await register.Find(filter, after.Page, 7, after);
            byCursor.AddRange(results.Rows.Select(r => r.Entry.CertificateNumber));
        }

        Assert.Equal(28, byPage.Distinct().Count());
        Assert.Equal(byPage, byCursor);
    }

    [Fact]
    public async Task Counting_StopsAtTheLimit_AndSaysSo()
    {
        var everything = await register.Find(new RegisterFilter());
        Assert.Equal((RegisterSearch.CountLimit, true), (everything.Total, everything.TotalIsLowerBound));

        var few = await register.Find(new RegisterFilter("zwaluw"));
        Assert.Equal((1, false), (few.Total, few.TotalIsLowerBound));
        Assert.Null(few.NextCursor);
    }

    [Theory]
    [InlineData("SOCIETE generale", "Société Générale Stages")]
    [InlineData("société", "Société Générale Stages")]
    [InlineData("cafe zorgvuldig", "Café Zorgvuldig")]
    public async Task Text_IgnoresCaseAndAccents(string q, string name)
    {
        var found = await register.Find(new RegisterFilter(q));

        Assert.Equal([name], found.Rows.Select(r => r.Entry.OrganisationName));
    }

    [Theory]
    [InlineData("'s-Gravenhage")]
    [InlineData("s-gravenhage")]
    [InlineData("Den Haag")]
    [InlineData("den  HAAG")]
    public async Task City_KnowsTheHagueByBothNames(string city)
    {
        var all = await register.Find(new RegisterFilter(City: city), pageSize: 100);

        Assert.Equal((await register.Find(new RegisterFilter(City: "Den Haag"))).Total, all.Total);
        Assert.All(all.Rows, r => Assert.Equal("den haag", RegisterKeys.City(r.Entry.City)));
        // Stored as 's-Gravenhage and as Den Haag: both found under either name.
        Assert.Single((await register.Find(new RegisterFilter("societe", city))).Rows);
        Assert.Single((await register.Find(new RegisterFilter("zorgvuldig", city))).Rows);
    }

    [Fact]
    public async Task ExactKvkNumber_ComesFirst_ThenNamesStartingWithTheText()
    {
        var byKvk = await register.Find(new RegisterFilter("90000004"));
        Assert.Equal(["Zwaluw Opleidingen", "Aardappel 90000004 Handel"], byKvk.Rows.Select(r => r.Entry.OrganisationName));

        var byName = await register.Find(new RegisterFilter("vlinder"));
        Assert.Equal(["Vlinder Kwekerij", "De Vlinder Stages"], byName.Rows.Select(r => r.Entry.OrganisationName));
    }

    [Theory]
    [InlineData(CertificateStatus.Certified)]
    [InlineData(CertificateStatus.Suspended)]
    [InlineData(CertificateStatus.Expired)]
    [InlineData(CertificateStatus.Revoked)]
    public async Task Status_IsTheEffectiveStatusToday(CertificateStatus status)
    {
        var found = await register.Find(new RegisterFilter(City: "Rotterdam", Status: status), pageSize: 100);

        Assert.NotEmpty(found.Rows);
        Assert.All(found.Rows, r => Assert.Equal(status, r.Entry.StatusOn(SeededRegisterFixture.Today)));
    }
}
