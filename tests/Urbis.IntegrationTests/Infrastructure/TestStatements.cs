using System.Globalization;
using System.Net.Http.Headers;
using System.Security;
using AngleSharp.Html.Parser;

namespace Urbis.IntegrationTests.Infrastructure;

/// <summary>A credit (or debit) as the bank reports it.</summary>
public sealed record BankLine(string Reference, decimal Amount, string? StructuredReference = null, string? Text = null, bool Credit = true, string Date = "2026-03-02", string Payer = "City treasury");

/// <summary>Bank statement files for tests, and uploading them through the import form.</summary>
public static class TestStatements
{
    public const string NetworkIban = "BE71096123456769";

    /// <summary>A CAMT.053.001.02 statement of the account with one entry per line (as Belgian banks send them).</summary>
    public static string Camt(IEnumerable<BankLine> lines, string iban = NetworkIban, string id = "STMT-1")
    {
        var entries = string.Concat(lines.Select(l => $"""
            <Ntry>
              <Amt Ccy="EUR">{l.Amount.ToString("0.00", CultureInfo.InvariantCulture)}</Amt>
              <CdtDbtInd>{(l.Credit ? "CRDT" : "DBIT")}</CdtDbtInd>
              <Sts>BOOK</Sts>
              <BookgDt><Dt>{l.Date}</Dt></BookgDt>
              <ValDt><Dt>{l.Date}</Dt></ValDt>
              <AcctSvcrRef>{SecurityElement.Escape(l.Reference)}</AcctSvcrRef>
              <NtryDtls><TxDtls>
                <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
                <RltdPties><Dbtr><Nm>{SecurityElement.Escape(l.Payer)}</Nm></Dbtr></RltdPties>
                <RmtInf>{(l.Text is null ? "" : $"<Ustrd>{SecurityElement.Escape(l.Text)}</Ustrd>")}{(l.StructuredReference is null ? "" : $"<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{l.StructuredReference}</Ref></CdtrRefInf></Strd>")}</RmtInf>
              </TxDtls></NtryDtls>
            </Ntry>
            """));
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>{id}</MsgId><CreDtTm>2026-03-03T06:00:00</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>{id}</Id>
                  <CreDtTm>2026-03-03T06:00:00</CreDtTm>
                  <Acct><Id><IBAN>{iban}</IBAN></Id></Acct>
                  {entries}
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;
    }

    /// <summary>Uploads a file through the import form (multipart, with the page's anti-forgery token).</summary>
    public static async Task<HtmlPage> ImportAsync(this HttpClient finance, string fileName, byte[] content, string contentType = "application/xml")
    {
        var form = await finance.GetPageAsync("/finance/bank");
        using var body = new MultipartFormDataContent
        {
            { new StringContent(form.AntiforgeryToken()), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        body.Add(file, "Statement", fileName);
        var response = await finance.PostAsync("/finance/bank", body);
        if (response.StatusCode == System.Net.HttpStatusCode.Redirect)
        {
            return await finance.GetPageAsync(response.Headers.Location!.OriginalString);
        }

        var parsed = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return new HtmlPage(response.StatusCode, response.RequestMessage!.RequestUri!, parsed, response);
    }

    public static Task<HtmlPage> ImportAsync(this HttpClient finance, string fileName, string content, string contentType = "application/xml") =>
        finance.ImportAsync(fileName, System.Text.Encoding.UTF8.GetBytes(content), contentType);
}
