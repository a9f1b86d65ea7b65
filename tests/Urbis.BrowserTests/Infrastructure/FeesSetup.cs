using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Urbis.Web.Modules.Directory.Contracts;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Modules.Fees.Seed;
using Urbis.Web.Modules.Membership.Contracts;
using Urbis.Web.Platform.Data;

namespace Urbis.BrowserTests.Infrastructure;

/// <summary>What the fees journey starts from: a published scale and a member with a finance contact (written directly: the joining journey creates members through the pages; no page sets a finance contact yet).</summary>
public static class FeesSetup
{
    /// <summary>The network's year today (Brussels time, by the server's clock).</summary>
    public static int ThisYear(this BrowserApp app) =>
        TimeZoneInfo.ConvertTimeFromUtc(app.Clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).Year;

    /// <summary>The demo network's scale for the year, published.</summary>
    public static async Task PublishDemoScaleAsync(this BrowserApp app, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Set<FeeSchedule>().AnyAsync(s => s.Year == year))
        {
            return; // tests of a class share the app: the first one published it
        }

        var schedule = DemoFeeSchedulesSeeder.Scale(year);
        schedule.Publish(app.Clock.GetUtcNow().UtcDateTime).ShouldBeEmpty();
        db.Add(schedule);
        await db.SaveChangesAsync();
    }

    /// <summary>An active member with a population record, an address and a finance contact, as approving an application will make it.</summary>
    public static async Task<Guid> CreateMemberAsync(this BrowserApp app, string name, string country, int population, string financeEmail)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<IAuthorityRegistry>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = registry.Register(new NewAuthority(name, AuthorityType.City, country, null, population, app.ThisYear() - 1, "Census", $"1 Town Hall Square\n{name}", null, "en"));
        var person = await registry.FindOrAddPersonAsync(new NewPerson("Tess Treasurer", financeEmail, null, "Treasurer", "en"), CancellationToken.None);
        await registry.AssignAsync(id, person, ContactRole.FinanceContact, new DateOnly(2000, 1, 1), CancellationToken.None);
        db.Add(new Urbis.Web.Modules.Membership.Domain.Membership
        {
            AuthorityId = id,
            Category = MembershipCategory.Full,
            Status = MembershipStatus.Active,
            StartDate = new DateOnly(2012, 1, 1),
            CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A CAMT.053 statement of the network's account with one credit carrying the structured reference.</summary>
    public static string Statement(string reference, decimal amount) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>JOURNEY-1</MsgId><CreDtTm>2026-01-20T06:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>JOURNEY-1</Id>
              <Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
              <Ntry>
                <Amt Ccy="EUR">{amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <BookgDt><Dt>2026-01-19</Dt></BookgDt>
                <AcctSvcrRef>JOURNEY-TX-1</AcctSvcrRef>
                <NtryDtls><TxDtls>
                  <RltdPties><Dbtr><Nm>City of Graz</Nm></Dbtr></RltdPties>
                  <RmtInf><Strd><CdtrRefInf><Ref>{reference}</Ref></CdtrRefInf></Strd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;
}
