using Keurmerk.Audits;
using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Register;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Marten;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Bench;

/// <summary>
/// Seeds organisations the way the app would have produced them: each one's events come from the
/// domain's own deciders (start, answers, evidence, submission, review, four-eyes approval, certificate;
/// one in five later suspended, expired or revoked), folded in memory, then appended with Marten in
/// large batches, so the app's inline projections and the audit-chain trigger run on every event.
/// </summary>
public sealed class Seeder(DocumentStore store, CriteriaCatalogue catalogue, DateTimeOffset now)
{
    private static readonly string[] Cities = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
        "Breda", "Nijmegen", "Apeldoorn", "Haarlem", "Arnhem", "Enschede", "Amersfoort", "Zaanstad", "'s-Hertogenbosch", "Zwolle", "Leiden", "Maastricht",
        "Dordrecht", "Zoetermeer", "Delft", "Alkmaar", "Venlo", "Deventer", "Helmond", "Hilversum", "Emmen", "Westland"];
    private static readonly string[] First = ["Bakkerij", "Installatietechniek", "Zorggroep", "Hoveniersbedrijf", "Bouwbedrijf", "Logistiek", "Adviesbureau",
        "Mediahuis", "Kinderopvang", "Transport", "Makelaardij", "Drukkerij", "Schildersbedrijf", "Autobedrijf", "Apotheek", "Tandartspraktijk",
        "Accountantskantoor", "Advocatenkantoor", "Café", "Société", "Garage", "Kapsalon", "Dierenkliniek", "Architectenbureau"];
    private static readonly string[] Second = ["De Korrel", "Hofstad", "Vlietstede", "Meerzicht", "Het Anker", "De Linde", "Noorderlicht", "Zuidwest",
        "Van Dijk", "Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "Dekker",
        "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf", "Van der Meer", "Kok", "Jacobs", "Générale", "Ruimzicht"];
    private static readonly Guid AssessorA = Guid.CreateVersion7();
    private static readonly Guid AssessorB = Guid.CreateVersion7();

    public static string NameOf(int i) => $"{First[i % First.Length]} {Second[i / First.Length % Second.Length]} {i:D6}";

    public static string KvkOf(int i) => (20_000_000 + i).ToString("D8", CultureInfo.InvariantCulture);

    public static string CityOf(int i) => Cities[(int)((uint)(i * 2654435761u) >> 16) % Cities.Length];

    /// <summary>Seeds organisations [from, to) in batches; returns events appended.</summary>
    public async Task<long> Seed(int from, int to, int batchSize, int parallel, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        long events = 0;
        var batches = Enumerable.Range(0, (to - from + batchSize - 1) / batchSize).Select(b => (Start: from + b * batchSize, End: Math.Min(to, from + (b + 1) * batchSize)));
        var done = 0;
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (batch, ct) =>
        {
            long appended = 0;
            for (var attempt = 1; ; attempt++)
            {
                await using var session = store.LightweightSession();
                appended = 0;
                for (var i = batch.Start; i < batch.End; i++) appended += Organisation(session, i);
                try
                {
                    await session.SaveChangesAsync(ct);
                    break;
                }
                catch (Exception e) when (attempt < 5 && e.ToString().Contains("status_list_index", StringComparison.Ordinal))
                {
                    // Two parallel batches drew the same random status-list position: the unique index refused
                    // the second, nothing of it was written; draw again.
                }
            }
            Interlocked.Add(ref events, appended);
            var total = Interlocked.Add(ref done, batch.End - batch.Start);
            if (total % (batchSize * 20) < batchSize)
                await log.WriteLineAsync($"  {total} organisations, {Interlocked.Read(ref events)} events, {total / watch.Elapsed.TotalSeconds:F0} organisations/s");
        });
        return events;
    }

    private int Organisation(IDocumentSession session, int i)
    {
        var size = (SizeClass)(i % 3);
        var organisation = new Organisation(Guid.CreateVersion7(), NameOf(i), KvkOf(i), size, "techniek", CityOf(i),
            "Contactpersoon", $"stage{i}@bench.example", now.AddYears(-3));
        session.Insert(organisation);

        // Decided between 1 and 700 days ago, so some certificates are young and some near their end;
        // the group that expires was decided more than two years ago.
        var group = i % 50;
        var expires = group is >= 7 and < 10;
        var decidedAt = now.AddDays(-(expires ? 735 + i % 60 : 1 + i * 7919 % 700)).AddHours(-3);
        var startedAt = decidedAt.AddDays(-30);
        var id = Guid.CreateVersion7();
        var employer = organisation.Id;
        var applicable = catalogue.ApplicableTo(size).ToList();
        var events = new List<object>();
        Assessment? state = null;
        void Take(object[] decided)
        {
            foreach (var e in decided) state = Assessment.Evolve(state, e);
            events.AddRange(decided);
        }

        Take(AssessmentDecider.Decide(organisation.StartAssessment(id, employer, startedAt), catalogue));
        foreach (var c in applicable) Take(AssessmentDecider.Decide(state!, new AnswerCriterion(c.Id, PassingAnswer(c), employer, startedAt.AddDays(1)), catalogue));
        foreach (var c in applicable.Where(c => c.Evidence == EvidenceRule.Required))
        {
            var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% bewijs {c.Id} {i}\n%%EOF\n");
            var attach = new AttachEvidence(c.Id, Guid.CreateVersion7(), $"bewijs-{c.Id}.pdf", "application/pdf", content.Length,
                Convert.ToHexStringLower(SHA256.HashData(content)), employer, startedAt.AddDays(1));
            Take(AssessmentDecider.Decide(state!, attach, catalogue));
            session.Store(new EvidenceContent(attach.EvidenceId, id, content));
        }
        Take(AssessmentDecider.Decide(state!, new SubmitAssessment(employer, startedAt.AddDays(2)), catalogue));
        var reviewedAt = decidedAt.AddDays(-7);
        Take(ReviewDecider.Decide(state!, new StartReview(AssessorA, reviewedAt)));
        foreach (var c in applicable) Take(ReviewDecider.Decide(state!, new JudgeCriterion(c.Id, Judgement.Accepted, AssessorA, reviewedAt), catalogue));
        Take(ReviewDecider.Decide(state!, new RecommendDecision(Recommendation.Approve, "Alle criteria op orde.", AssessorA, reviewedAt.AddDays(1)), catalogue));
        var number = CertificateNumbers.Format(DutchCalendar.DateOf(decidedAt).Year, i);
        Take(ReviewDecider.Decide(state!, new DecideApproval("Advies overgenomen.", number, 2, AssessorB, decidedAt)));

        // One in five: 8 % suspended, 6 % revoked, 6 % expired.
        switch (group)
        {
            case < 4: Take(CertificateDecider.Decide(state!, new SuspendCertificate("Melding wordt onderzocht.", AssessorA, now.AddDays(-1)))); break;
            case < 7: Take(CertificateDecider.Decide(state!, new RevokeCertificate(RevocationReason.StandardNotMet, "Niet meer aan de standaard.", AssessorB, now.AddDays(-1)))); break;
            case < 10: Take(CertificateDecider.Decide(state!, new ExpireCertificate(now))); break;
        }
        session.Events.StartStream<Assessment>(id, events);
        return events.Count;
    }

    /// <summary>Draft assessments with a long history of saves, for the save benchmark: one per worker.</summary>
    public async Task<IReadOnlyList<Guid>> Drafts(int count, int savesEach)
    {
        var ids = new List<Guid>();
        await using var session = store.LightweightSession();
        for (var n = 0; n < count; n++)
        {
            var organisation = new Organisation(Guid.CreateVersion7(), $"Concept {n}", (90_000_000 + n).ToString("D8", CultureInfo.InvariantCulture), SizeClass.Medium, "techniek", "Delft",
                "Contact", $"concept{n}@bench.example", now);
            session.Insert(organisation);
            var id = Guid.CreateVersion7();
            var events = new List<object>();
            Assessment? state = null;
            void Take(object[] decided)
            {
                foreach (var e in decided) state = Assessment.Evolve(state, e);
                events.AddRange(decided);
            }
            Take(AssessmentDecider.Decide(organisation.StartAssessment(id, organisation.Id, now), catalogue));
            var yesNo = catalogue.ApplicableTo(SizeClass.Medium).Where(c => c.Answer == AnswerType.YesNo).ToList();
            for (var s = 0; s < savesEach; s++)
                Take(AssessmentDecider.Decide(state!, new AnswerCriterion(yesNo[s % yesNo.Count].Id, s % 2 == 0 ? "yes" : "no", organisation.Id, now), catalogue));
            session.Events.StartStream<Assessment>(id, events);
            ids.Add(id);
        }
        await session.SaveChangesAsync();
        return ids;
    }

    private static string PassingAnswer(Criterion c) => c.Answer switch
    {
        AnswerType.YesNo => "yes",
        AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
        _ => "Elke melding bespreken we binnen twee weken met de stagiair en de school.",
    };
}
