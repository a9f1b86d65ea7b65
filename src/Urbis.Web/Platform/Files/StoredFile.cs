namespace Urbis.Web.Platform.Files;

/// <summary>
/// A file kept by Urbis (an invoice PDF, later documents and logos). Stored in the database so that
/// every web node sees it and backups hold it. Never changes once written.
/// </summary>
internal sealed class StoredFile
{
    public const int NameMaxLength = 255;

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Length { get; init; }

    /// <summary>SHA-256 of the content in hexadecimal, to prove a file is the one that was sent.</summary>
    public string Sha256 { get; init; } = "";

    public byte[] Content { get; init; } = [];

    public DateTime CreatedAt { get; init; }
}
