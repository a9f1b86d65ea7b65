using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Urbis.Web.Platform.Data;

namespace Urbis.Web.Platform.Files;

/// <summary>Where Urbis keeps files; the default implementation stores them in the database.</summary>
internal interface IFileStore
{
    /// <summary>Adds a file to the caller's unit of work (saved with its SaveChanges); returns its id.</summary>
    Guid Add(string fileName, string contentType, byte[] content);

    Task<FileContent?> ReadAsync(Guid id, CancellationToken cancellationToken);
}

internal sealed record FileContent(string FileName, string ContentType, byte[] Content);

internal sealed class DatabaseFileStore(AppDbContext db, TimeProvider clock) : IFileStore
{
    public Guid Add(string fileName, string contentType, byte[] content)
    {
        var file = new StoredFile
        {
            FileName = fileName,
            ContentType = contentType,
            Length = content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(file);
        return file.Id;
    }

    public Task<FileContent?> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<StoredFile>().AsNoTracking().Where(f => f.Id == id)
            .Select(f => new FileContent(f.FileName, f.ContentType, f.Content))
            .FirstOrDefaultAsync(cancellationToken);
}
