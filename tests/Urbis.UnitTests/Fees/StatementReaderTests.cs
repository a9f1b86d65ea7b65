using System.Text;
using Urbis.Web.Modules.Fees.BankStatements;

namespace Urbis.UnitTests.Fees;

/// <summary>CAMT.053 and CSV statements read into credits, defensively.</summary>
public sealed class StatementReaderTests
{
    private const string Camt = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-03-03T06:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>STMT-42</Id>
              <Acct><Id><IBAN>BE71096123456769</IBAN></Id></Acct>
              <Ntry>
                <Amt Ccy="EUR">4500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                <BookgDt><Dt>2026-03-02</Dt></BookgDt><ValDt><DtTm>2026-03-03T00:00:00</DtTm></ValDt>
                <AcctSvcrRef>ENTRY-1</AcctSvcrRef>
                <NtryDtls>
                  <TxDtls>
                    <Refs><AcctSvcrRef>TX-1</AcctSvcrRef><EndToEndId>E2E-1</EndToEndId></Refs>
                    <Amt Ccy="EUR">4000.00</Amt>
                    <RltdPties><Dbtr><Pty><Nm>Ville de Lyon</Nm></Pty></Dbtr></RltdPties>
                    <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
                  </TxDtls>
                  <TxDtls>
                    <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                    <Amt Ccy="EUR">500.00</Amt>
                    <RmtInf><Ustrd>Cotisation</Ustrd><Ustrd>2026-00042</Ustrd></RmtInf>
                  </TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>
                <BookgDt><Dt>2026-03-02</Dt></BookgDt>
                <AcctSvcrRef>FEES-1</AcctSvcrRef>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    [Fact]
    public void A_camt053_statement_gives_each_transaction_with_its_references()
    {
        var read = Camt053Reader.Read(Stream(Camt), 1_000_000);
        read.Problem.ShouldBeNull();
        read.File!.AccountIban.ShouldBe("BE71096123456769");
        read.File.StatementReference.ShouldBe("STMT-42");
        var entries = read.File.Entries;
        entries.Count.ShouldBe(3);
        entries[0].ShouldBe(new StatementEntry("TX-1", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), 4000m, "EUR", true, "Ville de Lyon", "RF18539007547034", null));
        entries[1].TransactionReference.ShouldBe("ENTRY-1/2");
        entries[1].Remittance.ShouldBe("Cotisation 2026-00042");
        entries[2].IsCredit.ShouldBeFalse();
        entries[2].TransactionReference.ShouldBe("FEES-1");
    }

    [Theory]
    [InlineData("<!DOCTYPE d [<!ENTITY e \"x\">]><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>", nameof(StatementProblemCode.ForbiddenContent))]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\"><BkToCstmrAcctRpt/></Document>", nameof(StatementProblemCode.NotCamt053))]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt></BkToCstmrStmt></Document>", nameof(StatementProblemCode.NotCamt053))]
    [InlineData("<Document", nameof(StatementProblemCode.NotWellFormed))]
    [InlineData("", nameof(StatementProblemCode.NotWellFormed))]
    public void Unsafe_foreign_or_broken_xml_is_refused(string xml, string code) =>
        Camt053Reader.Read(Stream(xml), 1_000_000).Problem!.Code.ShouldBe(Enum.Parse<StatementProblemCode>(code));

    [Fact]
    public void An_entry_without_a_readable_amount_or_date_is_refused()
    {
        Camt053Reader.Read(Stream(Camt.Replace("<Amt Ccy=\"EUR\">4000.00</Amt>", "<Amt Ccy=\"EUR\">4,000</Amt>", StringComparison.Ordinal)), 1_000_000).Problem!.Code.ShouldBe(StatementProblemCode.BadAmount);
        Camt053Reader.Read(Stream(Camt.Replace("<Dt>2026-03-02</Dt></BookgDt><ValDt>", "<Dt>2 March</Dt></BookgDt><ValDt>", StringComparison.Ordinal)), 1_000_000).Problem!.Code.ShouldBe(StatementProblemCode.BadDate);
    }

    [Fact]
    public void A_document_beyond_the_character_budget_is_refused_before_it_is_all_read() =>
        Camt053Reader.Read(Stream(Camt), 500).Problem!.Code.ShouldBe(StatementProblemCode.NotWellFormed);

    [Fact]
    public void A_csv_statement_is_read_with_its_header_and_either_separator()
    {
        foreach (var separator in new[] { ',', ';' })
        {
            var csv = string.Join(separator, "date", "amount", "reference", "payer", "remittance") + "\n"
                + string.Join(separator, "2026-04-01", "4500.00", "R-1", "Lyon", "fee 2026-00001") + "\n"
                + string.Join(separator, "2026-04-01", "-12.50", "R-2", "Bank", "charges") + "\n";
            var read = CsvStatementReader.Read(Stream(csv));
            read.Problem.ShouldBeNull();
            read.File!.Entries.Select(e => (e.TransactionReference, e.Amount, e.IsCredit)).ShouldBe([("R-1", 4500m, true), ("R-2", 12.5m, false)]);
            read.File.Entries[0].Remittance.ShouldBe("fee 2026-00001");
        }
    }

    [Theory]
    [InlineData("", nameof(StatementProblemCode.Empty))]
    [InlineData("when,how much\n", nameof(StatementProblemCode.CsvHeader))]
    [InlineData("date,amount,reference\n01/04/2026,1,R\n", nameof(StatementProblemCode.BadDate))]
    [InlineData("date,amount,reference\n2026-04-01,1,\n", nameof(StatementProblemCode.MissingValue))]
    public void A_bad_csv_statement_is_refused(string csv, string code) =>
        CsvStatementReader.Read(Stream(csv)).Problem!.Code.ShouldBe(Enum.Parse<StatementProblemCode>(code));

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
