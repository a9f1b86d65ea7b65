using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Modules.Fees.Domain;
using Urbis.Web.Platform.Data;
using Urbis.Web.Platform.Files;

namespace Urbis.Web.Modules.Fees.Invoices;

/// <summary>
/// The PDF of an invoice as a download: the one kept when it was issued (byte for byte what the
/// member received), or, while the run has not drawn it yet, drawn now from the same immutable data.
/// </summary>
internal sealed class InvoiceFiles(AppDbContext db, IFileStore store, InvoiceDocuments documents)
{
    /// <param name="authorityId">When given, only that authority's invoices are found.</param>
    public async Task<FileContentResult?> FileAsync(Guid id, Guid? authorityId, CancellationToken cancellationToken)
    {
        var invoice = await db.Set<Invoice>().AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == id && (authorityId == null || i.AuthorityId == authorityId), cancellationToken);
        if (invoice is null)
        {
            return null;
        }

        var content = invoice.DocumentFileId is { } fileId && await store.ReadAsync(fileId, cancellationToken) is { } kept
            ? kept.Content
            : documents.Render(invoice);
        return new FileContentResult(content, InvoiceDocuments.PdfType) { FileDownloadName = invoice.FileName };
    }
}
