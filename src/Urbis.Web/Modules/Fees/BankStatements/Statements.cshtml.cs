using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Security;
using Urbis.Web.Platform.Web;

namespace Urbis.Web.Modules.Fees.BankStatements;

internal sealed record StatementRow(Guid Id, string FileName, StatementFormat Format, DateTime ImportedAt, string ImportedBy, int Credits, int Open);

/// <summary>
/// Importing bank statements (CAMT.053 or CSV) and the statements imported so far, with what is
/// left to book. Finance and administrators.
/// </summary>
[Authorize(Policy = Policies.Finance)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
internal sealed class StatementsModel(AppDbContext db, StatementImporter importer, StatementTexts texts, IStringLocalizer<FeesResource> l) : PageModel
{
    /// <summary>
    /// What the form reader accepts at most (Kestrel's 30 MB request limit stays the outer bound);
    /// the configured limit (Fees:MaxStatementBytes, 5 MB) is checked below it with a clear message.
    /// </summary>
    public const int UploadLimit = 20 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Statement { get; set; }

    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    internal IReadOnlyList<StatementRow> Rows { get; private set; } = [];

    internal int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Statement is null || Statement.Length == 0)
        {
            ModelState.AddModelError(nameof(Statement), l["Choose the statement file."]);
            await LoadAsync(cancellationToken);
            return this.InvalidForm();
        }

        var result = Statement.Length > UploadLimit
            ? new ImportResult(null, new StatementProblem(StatementProblemCode.TooLarge))
            : await ImportAsync(Statement, cancellationToken);
        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(Statement), texts.Problem(problem));
            await LoadAsync(cancellationToken);
            Response.StatusCode = problem.Code switch
            {
                StatementProblemCode.TooLarge => StatusCodes.Status413PayloadTooLarge,
                StatementProblemCode.AlreadyImported => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status422UnprocessableEntity,
            };
            return Page();
        }

        TempData["Status"] = l["{0} credits imported ({1} already known were skipped); {2} matched to an invoice. Check and book them.", result.Credits, result.AlreadyKnown, result.Proposed].Value;
        return Redirect($"/finance/bank/{result.StatementId}");
    }

    private async Task<ImportResult> ImportAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy, cancellationToken);
        return await importer.ImportAsync(file.FileName, copy.ToArray(), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var total = await db.Set<BankStatement>().CountAsync(cancellationToken);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await db.Set<BankStatement>().AsNoTracking().OrderByDescending(s => s.ImportedAt).ThenByDescending(s => s.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new StatementRow(s.Id, s.FileName, s.Format, s.ImportedAt, s.ImportedBy, s.Credits,
                db.Set<BankTransaction>().Count(t => t.StatementId == s.Id && (t.Status == BankTransactionStatus.Unmatched || t.Status == BankTransactionStatus.Proposed))))
            .ToListAsync(cancellationToken);
    }
}
