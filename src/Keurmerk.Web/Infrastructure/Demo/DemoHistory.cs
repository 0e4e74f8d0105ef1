using Keurmerk.Audits.Assessments;
using Keurmerk.Audits.Notifications;
using Keurmerk.Audits.Organisations;
using Keurmerk.Audits.Register;
using Keurmerk.Domain;
using Keurmerk.Domain.Assessments;
using Keurmerk.Domain.Criteria;
using Keurmerk.Domain.Objections;
using Keurmerk.Domain.Signals;
using Marten;
using System.Security.Cryptography;
using System.Text;

namespace Keurmerk.Web.Infrastructure.Demo;

/// <summary>
/// Two years of invented history for the network's dashboard: a few hundred organisations across sectors,
/// sizes and cities, each taken some way along the road (signed up, started, submitted, changes asked,
/// approved or rejected, suspended, revoked, objected, renewed, expired). Every event comes from the same
/// pure decisions the app uses; they are folded in memory and appended in batches, not sent through HTTP,
/// so a first run stays quick. The same seed gives the same history.
/// </summary>
public sealed class DemoHistory(IDocumentSession session, CriteriaLibrary criteria, TimeProvider clock)
{
    private const int BatchSize = 25;

    private static readonly string[] Sectors = ["ict", "zorg", "onderwijs", "overheid", "handel", "horeca", "techniek", "logistiek", "financieel", "cultuur"];
    private static readonly string[] Cities = ["Den Haag", "Den Haag", "Den Haag", "Delft", "Zoetermeer", "Rijswijk", "Leidschendam-Voorburg", "Westland", "Leiden", "Rotterdam"];
    private static readonly string[] Names = ["Hofstad", "Duinzicht", "Binnenhof", "Scheveningen", "Vliet", "Haagse Beemden", "Laakhaven", "Zuiderpark", "Houtrust", "Regentes"];
    private static readonly string[] Kinds = ["Advies", "Zorg", "Bouw", "Techniek", "Media", "Logistiek", "Groep", "Partners", "Studio", "Diensten"];

    public sealed record People(Guid AssessorA, Guid AssessorB, Guid ObjectionHandler);

    /// <summary>Seeds <paramref name="count"/> organisations; returns how many events were appended.</summary>
    public async Task<int> Seed(int count, People people, CancellationToken ct = default)
    {
        var random = new Random(2026);
        var now = clock.GetUtcNow();
        var catalogue = criteria.Current;
        var events = 0;
        var seeded = new List<Guid>();
        for (var n = 0; n < count; n++)
        {
            var organisation = NewOrganisation(random, n, now);
            if (await session.Query<Organisation>().AnyAsync(o => o.KvkNumber == organisation.KvkNumber, ct)) continue;
            session.Insert(organisation);
            events += await Live(organisation, random, people, catalogue, now, seeded, ct);
            if ((n + 1) % BatchSize == 0) await session.SaveChangesAsync(ct);
        }
        await session.SaveChangesAsync(ct);

        // History is history: nobody is mailed today about what happened months ago.
        foreach (var chunk in seeded.Chunk(500))
            session.DeleteWhere<Notification>(x => x.AssessmentId != null && chunk.Contains(x.AssessmentId.Value));
        await session.SaveChangesAsync(ct);
        return events;
    }

    private static Organisation NewOrganisation(Random random, int n, DateTimeOffset now)
    {
        var sector = Sectors[random.Next(Sectors.Length)];
        var size = (SizeClass)Math.Min(3, (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 4));
        var name = $"{Names[random.Next(Names.Length)]} {Kinds[random.Next(Kinds.Length)]} {n + 1:000}";
        var kvk = (70_000_000 + n * 7 + 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Organisation(Guid.CreateVersion7(), name, kvk, size, sector, Cities[random.Next(Cities.Length)],
            "Demo contactpersoon", $"stage{n + 1}@demo-organisatie.demo", now.AddDays(-random.Next(0, 760)));
    }

    /// <summary>One organisation's road; the streams are started in the session, committed with its batch.</summary>
    private async Task<int> Live(Organisation org, Random random, People people, CriteriaCatalogue catalogue, DateTimeOffset now, List<Guid> seeded, CancellationToken ct)
    {
        var start = org.RegisteredAt.AddDays(random.Next(1, 40));
        if (start > now || random.NextDouble() < 0.12) return 0; // signed up, nothing more yet

        var a = await Assessment(org, Guid.CreateVersion7(), start, random, people, catalogue, now, carried: null, ct);
        seeded.Add(a.Id);
        var total = a.Flush(session);

        // A certificate's later life: signals, measures, objections, renewal or expiry.
        if (a.State.Status == AssessmentStatus.Certified && a.State.ValidUntil is { } until)
        {
            var issuedAt = a.Last;
            var t = issuedAt.AddDays(random.Next(20, 300));
            if (t < now && random.NextDouble() < 0.22)
            {
                total += Signal(org, a, random, people, t, now);
            }
            if (a.State.Status == AssessmentStatus.Certified && until.AddDays(-80).ToDateTime(TimeOnly.MinValue) < now.UtcDateTime && random.NextDouble() < 0.7)
            {
                var renewAt = new DateTimeOffset(until.AddDays(-random.Next(30, 85)).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
                if (renewAt < now)
                {
                    var renewalId = Guid.CreateVersion7();
                    var decision = RenewalDecider.Decide(a.State, new StartRenewal(renewalId, org.Id, renewAt), catalogue, catalogue);
                    a.Do(_ => decision.OnPrevious);
                    total += a.Flush(session);
                    var renewal = await Assessment(org, renewalId, renewAt, random, people, catalogue, now, decision.OnRenewal, ct);
                    seeded.Add(renewalId);
                    total += renewal.Flush(session);
                }
            }
            if (a.State.Status is AssessmentStatus.Certified or AssessmentStatus.Suspended && DutchCalendar.DateOf(now) > until)
            {
                a.Do(s => CertificateDecider.Decide(s, new ExpireCertificate(new DateTimeOffset(until.AddDays(1).ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero))));
                total += a.Flush(session);
            }
        }
        else if (a.State.Status == AssessmentStatus.Rejected && random.NextDouble() < 0.45)
        {
            total += Objection(org, a, random, people, a.Last.AddDays(random.Next(2, 40)), now);
        }
        return total;
    }

    private async Task<Stream<Assessment>> Assessment(Organisation org, Guid id, DateTimeOffset start, Random random, People people,
        CriteriaCatalogue catalogue, DateTimeOffset now, object[]? carried, CancellationToken ct)
    {
        var a = new Stream<Assessment>(id, Domain.Assessments.Assessment.Evolve, isNew: true);
        if (carried is null) a.Do(_ => AssessmentDecider.Decide(org.StartAssessment(id, org.Id, start), catalogue));
        else a.Do(_ => carried);
        var employer = org.Id;
        var applicable = catalogue.ApplicableTo(org.SizeClass).ToList();
        var t = start.AddDays(random.Next(1, 10));

        // Answers: mostly good; some weak ones, and now and then a knock-out not met, which blocks submission.
        var blocked = random.NextDouble() < 0.08;
        var stopsEarly = blocked || random.NextDouble() < 0.14;
        var answered = stopsEarly ? applicable.Take(random.Next(1, applicable.Count)).ToList() : applicable;
        foreach (var c in answered)
        {
            var weak = c.KnockOut ? blocked && random.NextDouble() < 0.5 : random.NextDouble() < 0.12;
            a.Do(s => AssessmentDecider.Decide(s, new AnswerCriterion(c.Id, weak ? WeakAnswer(c) : GoodAnswer(c), employer, t), catalogue));
        }
        if (stopsEarly || t > now) return a;

        foreach (var c in applicable.Where(c => c.Evidence == EvidenceRule.Required && !a.State.CriteriaWithEvidence.Contains(c.Id)))
        {
            var content = Encoding.ASCII.GetBytes($"%PDF-1.4\n% Demo-bewijsstuk {c.Id}\n%%EOF\n");
            var evidenceId = Guid.CreateVersion7();
            a.Do(s => AssessmentDecider.Decide(s, new AttachEvidence(c.Id, evidenceId, $"bewijs-{c.Id}.pdf", "application/pdf", content.Length,
                Convert.ToHexStringLower(SHA256.HashData(content)), employer, t), catalogue));
            session.Store(new EvidenceContent(evidenceId, id, content));
        }
        foreach (var carriedEvidence in (carried ?? []).OfType<AnswersCarriedOver>().SelectMany(c => c.Evidence))
            session.Store(new EvidenceContent(carriedEvidence.EvidenceId, id, Encoding.ASCII.GetBytes($"%PDF-1.4\n% Demo {carriedEvidence.CriterionId}\n%%EOF\n")));

        t = t.AddDays(random.Next(3, 50));
        if (t > now) return a;
        a.Do(s => AssessmentDecider.Decide(s, new SubmitAssessment(employer, t), catalogue));

        for (var round = 1; ; round++)
        {
            t = t.AddDays(random.Next(1, 25));
            if (t > now) return a;
            a.Do(s => ReviewDecider.Decide(s, new StartReview(people.AssessorA, t)));
            t = t.AddDays(random.Next(1, 12));
            if (t > now) return a;
            var flagged = round == 1 && random.NextDouble() < 0.35
                ? applicable.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(c => c.Id).ToHashSet()
                : [];
            foreach (var c in applicable)
                a.Do(s => ReviewDecider.Decide(s, new JudgeCriterion(c.Id, flagged.Contains(c.Id) ? Judgement.NeedsChange : Judgement.Accepted, people.AssessorA, t), catalogue));
            if (flagged.Count > 0)
            {
                a.Do(s => ReviewDecider.Decide(s, new RequestChanges("Licht deze criteria beter toe, met een voorbeeld uit de praktijk.", people.AssessorA, t)));
                t = t.AddDays(random.Next(3, 30));
                if (t > now) return a;
                foreach (var id2 in flagged)
                    a.Do(s => AssessmentDecider.Decide(s, new AnswerCriterion(id2, GoodAnswer(catalogue.Find(id2)!), employer, t), catalogue));
                a.Do(s => AssessmentDecider.Decide(s, new SubmitAssessment(employer, t), catalogue));
                continue;
            }
            var approve = random.NextDouble() < 0.85;
            a.Do(s => ReviewDecider.Decide(s, new RecommendDecision(approve ? Recommendation.Approve : Recommendation.Reject,
                approve ? "Voldoet aan de standaard." : "Onvoldoende aangetoond hoe stagiairs gelijk worden behandeld.", people.AssessorA, t), catalogue));
            t = t.AddDays(random.Next(1, 10));
            if (t > now) return a;
            if (approve)
            {
                var number = await CertificateNumbers.Next(session, DutchCalendar.DateOf(t), ct);
                a.Do(s => ReviewDecider.Decide(s, new DecideApproval("Advies overgenomen.", number, DemoCertificates.ValidityYears, people.AssessorB, t)));
            }
            else
            {
                a.Do(s => ReviewDecider.Decide(s, new DecideRejection("Advies overgenomen: de standaard is niet aangetoond.", people.AssessorB, t)));
            }
            return a;
        }
    }

    /// <summary>A signal about a certified organisation, and what the assessors did with it.</summary>
    private int Signal(Organisation org, Stream<Assessment> certificate, Random random, People people, DateTimeOffset t, DateTimeOffset now)
    {
        var signalId = Guid.CreateVersion7();
        var s = new Stream<Signal>(signalId, Domain.Signals.Signal.Evolve, isNew: true);
        var category = (SignalCategory)random.Next(4);
        var subject = new SignalSubject(org.Id, org.Name, org.KvkNumber,
            [new CertificateHeld(certificate.Id, certificate.State.CertificateNumber!, certificate.State.Status, certificate.State.ValidUntil!.Value)]);
        s.Do(_ => SignalDecider.Decide(new RaiseSignal(signalId, org.KvkNumber, category,
            "Een stagiair meldt dat sollicitanten met een migratieachtergrond niet werden uitgenodigd.", null, null, t), subject));
        var later = t.AddDays(random.Next(2, 20));
        if (later > now) return s.Flush(session);
        var roll = random.NextDouble();
        if (roll < 0.4)
        {
            s.Do(state => SignalDecider.Decide(state, certificate.State, new DismissSignal("Na navraag geen aanwijzing voor uitsluiting gevonden.", people.AssessorA, later)));
        }
        else if (roll < 0.7)
        {
            s.Do(state => SignalDecider.Decide(state, new RequestEmployerResponse("Hoe is deze selectie verlopen?", people.AssessorA, later)));
        }
        else
        {
            var revoke = roll > 0.9;
            var decision = revoke
                ? SignalDecider.Decide(s.State, certificate.State, new RevokeCertificate(RevocationReason.StandardNotMet, "Uitsluiting bij werving bevestigd.", people.AssessorA, later))
                : SignalDecider.Decide(s.State, certificate.State, new SuspendCertificate("Onderzoek naar een melding over werving.", people.AssessorA, later));
            s.Do(_ => decision.SignalEvents);
            certificate.Do(_ => decision.CertificateEvents);
            var total = s.Flush(session) + certificate.Flush(session);
            var objectedAt = later.AddDays(random.Next(3, 30));
            if (!revoke && objectedAt < now && random.NextDouble() < 0.4) total += Objection(org, certificate, random, people, objectedAt, now);
            return total;
        }
        return s.Flush(session);
    }

    /// <summary>The employer objects; an assessor who took no part handles it.</summary>
    private int Objection(Organisation org, Stream<Assessment> assessment, Random random, People people, DateTimeOffset t, DateTimeOffset now)
    {
        if (t > now || !ObjectionDecider.CanLodge(assessment.State, [], t)) return 0;
        var objectionId = Guid.CreateVersion7();
        var o = new Stream<Objection>(objectionId, Domain.Objections.Objection.Evolve, isNew: true);
        o.Do(_ => ObjectionDecider.Decide(assessment.State, [], new LodgeObjection(objectionId,
            "Wij zijn het niet eens met dit besluit en lichten onze werkwijze graag toe.", [], org.Id, org.Id, t)));
        var taken = t.AddDays(random.Next(1, 10));
        if (taken < now) o.Do(s => ObjectionDecider.Decide(s, new TakeObjection(people.ObjectionHandler, taken)));
        var decided = taken.AddDays(random.Next(5, 30));
        if (taken < now && decided < now)
        {
            if (random.NextDouble() < 0.3)
            {
                var uphold = new UpholdObjection("De toelichting van de werkgever overtuigt.", people.ObjectionHandler, decided);
                var consequences = ObjectionDecider.ConsequencesOfUpholding(o.State, assessment.State, uphold);
                o.Do(s => ObjectionDecider.Decide(s, uphold));
                assessment.Do(_ => consequences);
            }
            else
            {
                o.Do(s => ObjectionDecider.Decide(s, new DismissObjection("Het besluit blijft in stand: de standaard is niet aangetoond.", people.ObjectionHandler, decided)));
            }
        }
        return o.Flush(session) + assessment.Flush(session);
    }

    private static string GoodAnswer(Criterion c) => c.Answer switch
    {
        AnswerType.YesNo => "yes",
        AnswerType.Choice => c.Options.MaxBy(o => o.Score)!.Value,
        _ => "Wij bespreken elke melding binnen twee weken met de stagiair en de school.",
    };

    private static string WeakAnswer(Criterion c) => c.Answer switch
    {
        AnswerType.YesNo => "no",
        AnswerType.Choice => c.Options.MinBy(o => o.Score)!.Value,
        _ => "Nog niet geregeld.",
    };

    /// <summary>A stream folded in memory: each decision sees the state the previous one left; Flush hands the new events to the session.</summary>
    private sealed class Stream<T>(Guid id, Func<T?, object, T?> evolve, bool isNew) where T : class
    {
        private readonly List<object> _pending = [];
        private bool _started = !isNew;

        public Guid Id => id;
        public T State { get; private set; } = null!;
        public DateTimeOffset Last { get; private set; }

        public void Do(Func<T, object[]> decide)
        {
            foreach (var e in decide(State))
            {
                State = evolve(State, e)!;
                _pending.Add(e);
                Last = e.GetType().GetProperties().Where(p => p.PropertyType == typeof(DateTimeOffset)).Select(p => (DateTimeOffset)p.GetValue(e)!).DefaultIfEmpty(Last).Max();
            }
        }

        public int Flush(IDocumentSession session)
        {
            var count = _pending.Count;
            if (count == 0) return 0;
            if (_started) session.Events.Append(id, _pending.ToArray());
            else session.Events.StartStream<T>(id, _pending.ToArray());
            _started = true;
            _pending.Clear();
            return count;
        }
    }
}
