using Keurmerk.Audits;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Register;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Web.Features.Register;
using Keurmerk.Web.Infrastructure.Criteria;
using Marten;
using Npgsql;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Keurmerk.Bench;

/// <summary>
/// ./bench.sh's helper. Commands: seed N, drafts N, saves CONCURRENCY SECONDS, paths DIR, explain,
/// bare URL. Connection and schema from ConnectionStrings__Keurmerk and Keurmerk__Schema, as for the app.
/// </summary>
public static class BenchProgram
{
    private static readonly string ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Keurmerk")
        ?? throw new InvalidOperationException("ConnectionStrings__Keurmerk is not set.");
    private static readonly string Schema = Environment.GetEnvironmentVariable("Keurmerk__Schema") ?? "bench";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static DateOnly Today => DutchCalendar.DateOf(Now);

    public static async Task<int> Main(string[] args)
    {
        var criteria = CriteriaLoader.Load(Environment.GetEnvironmentVariable("Criteria__Folder") ?? "criteria").Current;
        switch (args.FirstOrDefault())
        {
            case "seed": await Seed(int.Parse(args[1], CultureInfo.InvariantCulture), criteria); return 0;
            case "drafts": await Drafts(int.Parse(args[1], CultureInfo.InvariantCulture), criteria); return 0;
            case "saves": await Saves(int.Parse(args[1], CultureInfo.InvariantCulture), double.Parse(args[2], CultureInfo.InvariantCulture), criteria); return 0;
            case "paths": await Paths(args[1]); return 0;
            case "explain": await Explain(); return 0;
            case "bare": await Bare(args[1]); return 0;
            default:
                Console.Error.WriteLine("usage: Keurmerk.Bench seed N | drafts N | saves CONCURRENCY SECONDS | paths DIR | explain | bare URL");
                return 1;
        }
    }

    private static DocumentStore Store() => DocumentStore.For(options => KeurmerkStore.Configure(options, ConnectionString, Schema));

    private static async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>Seeds up to N organisations; a second run adds only the missing ones.</summary>
    private static async Task Seed(int organisations, CriteriaCatalogue criteria)
    {
        using var store = Store();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var have = (int)await Scalar($"select count(*) from {Schema}.mt_doc_registerentry");
        if (have >= organisations)
        {
            Console.WriteLine($"Seed: {have} organisations already there.");
            return;
        }
        Console.WriteLine($"Seed: {have} organisations there, adding {organisations - have}...");
        // Batches commit in parallel, so an interrupted run leaves gaps: go on after the highest number seeded.
        var next = (int)await Scalar($"select coalesce(max((data->>'KvkNumber')::int) - 20000000 + 1, 0) from {Schema}.mt_doc_organisation where data->>'KvkNumber' like '2%'");
        var watch = Stopwatch.StartNew();
        var events = await new Seeder(store, criteria, Now).Seed(next, next + organisations - have, batchSize: 100, parallel: 2, Console.Out);
        Console.WriteLine($"Seed: {organisations - have} organisations, {events} events in {watch.Elapsed.TotalSeconds:F0} s " +
            $"({events / watch.Elapsed.TotalSeconds:F0} events/s)");
        await Scalar($"analyze {Schema}.mt_doc_registerentry; select 0");
    }

    private static async Task Drafts(int count, CriteriaCatalogue criteria)
    {
        using var store = Store();
        var ids = await new Seeder(store, criteria, Now).Drafts(count, savesEach: 120);
        await File.WriteAllLinesAsync(".data/bench/drafts.txt", ids.Select(i => i.ToString()));
        Console.WriteLine($"Drafts: {count} assessments with 121 events each.");
    }

    /// <summary>
    /// One answer changed per save, through AssessmentCommands.Decide (the path every controller action
    /// takes): fetch for writing, decide, append, commit with the inline projections and the audit chain.
    /// Each worker saves its own draft, as each employer does.
    /// </summary>
    private static async Task Saves(int concurrency, double seconds, CriteriaCatalogue criteria)
    {
        using var store = Store();
        var drafts = (await File.ReadAllLinesAsync(".data/bench/drafts.txt")).Select(Guid.Parse).ToList();
        var yesNo = criteria.ApplicableTo(SizeClass.Medium).Where(c => c.Answer == AnswerType.YesNo).Select(c => c.Id).ToList();
        var latencies = new List<double>();
        var until = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, concurrency), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (worker, ct) =>
        {
            var id = drafts[worker % drafts.Count];
            var mine = new List<double>();
            for (var n = 0; until.Elapsed.TotalSeconds < seconds; n++)
            {
                var watch = Stopwatch.StartNew();
                await using var session = store.LightweightSession();
                await session.Decide(id, null, s => AssessmentDecider.Decide(s,
                    new AnswerCriterion(yesNo[n % yesNo.Count], s.Answers.GetValueOrDefault(yesNo[n % yesNo.Count]) == "yes" ? "no" : "yes", s.OrganisationId, DateTimeOffset.UtcNow), criteria), ct: ct);
                mine.Add(watch.Elapsed.TotalMilliseconds);
            }
            lock (latencies) latencies.AddRange(mine);
        });
        latencies.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"saves c={concurrency}: p50 {Percentile(latencies, 0.5):F1} ms, p99 {Percentile(latencies, 0.99):F1} ms, {latencies.Count / until.Elapsed.TotalSeconds:F0} saves/s"));

        // For comparison: what each save cost before, replaying the whole stream.
        var replays = new List<double>();
        await using (var query = store.QuerySession())
            for (var n = 0; n < 50; n++)
            {
                var watch = Stopwatch.StartNew();
                await query.Events.AggregateStreamAsync<Assessment>(drafts[n % drafts.Count]);
                replays.Add(watch.Elapsed.TotalMilliseconds);
            }
        replays.Sort();
        Console.WriteLine(FormattableString.Invariant($"stream replay (what a save did before): p50 {Percentile(replays, 0.5):F1} ms"));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * p))];

    /// <summary>Request paths for wrk, one per line, drawn from what is really in the register.</summary>
    private static async Task Paths(string folder)
    {
        Directory.CreateDirectory(folder);
        var organisations = (int)await Scalar($"select count(*) from {Schema}.mt_doc_registerentry");
        var random = new Random(42);
        var sample = Enumerable.Range(0, 500).Select(_ => random.Next(organisations)).ToList();
        var numbers = await CertificateNumbers(sample);
        await File.WriteAllLinesAsync(Path.Combine(folder, "search.txt"),
            sample.Select(i => $"/api/register?q={Uri.EscapeDataString(Fragment(i))}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "city.txt"),
            sample.Select(i => $"/api/register?city={Uri.EscapeDataString(Seeder.CityOf(i))}&status=certified"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "kvk.txt"), sample.Select(i => $"/api/register/{Seeder.KvkOf(i)}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "certificate.txt"), numbers.Select(n => $"/api/certificates/{n}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "verify.txt"), numbers.Select(n => $"/verify/{n}"));
        await File.WriteAllLinesAsync(Path.Combine(folder, "pdf.txt"), numbers.Take(50).Select(n => $"/certificates/{n}/pdf"));
    }

    /// <summary>What a school types: most often part of a name and number ("hofstad 0123"), one in four a single common word ("hofstad").</summary>
    private static string Fragment(int i)
    {
        var name = Seeder.NameOf(i);
        var word = name.Split(' ')[^2].ToLowerInvariant();
        return i % 4 == 0 ? word : $"{word} {name[^6..^2]}";
    }

    private static async Task<List<string>> CertificateNumbers(List<int> sample)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select data ->> 'CertificateNumber' from {Schema}.mt_doc_registerentry where data ->> 'KvkNumber' = any($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = sample.Select(Seeder.KvkOf).ToArray() });
        var numbers = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) numbers.Add(reader.GetString(0));
        return numbers;
    }

    /// <summary>EXPLAIN ANALYZE of the register's queries, as the app runs them.</summary>
    private static async Task Explain()
    {
        var cases = new (string What, RegisterFilter Filter)[]
        {
            ("q=name fragment", new RegisterFilter($"{Seeder.NameOf(12345).Split(' ')[1]} 12")),
            ("q=KvK number", new RegisterFilter(Seeder.KvkOf(4321))),
            ("city + status", new RegisterFilter(City: "Utrecht", Status: CertificateStatus.Certified)),
            ("everything, page 1", new RegisterFilter()),
        };
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var (what, filter) in cases)
        {
            var sql = RegisterSearch.Build(Schema, filter, Today, 1, 20)!;
            foreach (var (label, text, parameters) in new[] { ("page", sql.Rows, sql.RowParameters), ("count", sql.Count, sql.CountParameters) })
            {
                Console.WriteLine($"-- {what} ({label})");
                await using var command = BareEndpoint.Command(connection, "explain (analyze, costs off, timing off, summary on) " + text, parameters);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync()) Console.WriteLine("   " + reader.GetString(0));
            }
        }
    }

    private static Task Bare(string url) => BareEndpoint.Serve(url, ConnectionString, Schema);
}

/// <summary>
/// The bare endpoint: the same SQL as the app's register queries on plain Npgsql, the stored JSON
/// written straight to the response. What the app costs on top of the database is the difference.
/// </summary>
public static class BareEndpoint
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var numbered = new StringBuilder();
        var n = 0;
        foreach (var c in sql) numbered.Append(c == '?' ? $"${++n}" : c.ToString());
        var command = new NpgsqlCommand(numbered.ToString(), connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return command;
    }

    public static async Task Serve(string url, string connectionString, string schema)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        await using var data = NpgsqlDataSource.Create(connectionString);
        var app = builder.Build();
        var table = $"{schema}.mt_doc_registerentry";

        app.MapGet("/api/register", async (HttpContext http, string? q, string? city, string? status) =>
        {
            var filter = new RegisterFilter(q, city, RegisterWords.ParseStatus(status));
            var sql = RegisterSearch.Build(schema, filter, DutchCalendar.DateOf(DateTimeOffset.UtcNow), 1, 20)!;
            await using var connection = await data.OpenConnectionAsync();
            var body = new StringBuilder("{\"items\":[");
            await using (var command = Command(connection, sql.Rows, sql.RowParameters))
            await using (var reader = await command.ExecuteReaderAsync())
                for (var first = true; await reader.ReadAsync(); first = false) body.Append(first ? "" : ",").Append(reader.GetString(0));
            await using (var count = Command(connection, sql.Count, sql.CountParameters))
                body.Append("],\"total\":").Append(await count.ExecuteScalarAsync()).Append('}');
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body.ToString());
        });
        async Task One(HttpContext http, string where, string value)
        {
            await using var connection = await data.OpenConnectionAsync();
            await using var command = Command(connection, $"select data from {table} where {where} = ?", [value]);
            var body = new StringBuilder("[");
            await using (var reader = await command.ExecuteReaderAsync())
                for (var first = true; await reader.ReadAsync(); first = false) body.Append(first ? "" : ",").Append(reader.GetString(0));
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync(body.Append(']').ToString());
        }
        app.MapGet("/api/register/{kvk}", (HttpContext http, string kvk) => One(http, "data ->> 'KvkNumber'", kvk));
        app.MapGet("/api/certificates/{number}", (HttpContext http, string number) => One(http, "data ->> 'CertificateNumber'", number));
        app.MapGet("/verify/{number}", (HttpContext http, string number) => One(http, "data ->> 'CertificateNumber'", number));
        await app.RunAsync();
    }
}
