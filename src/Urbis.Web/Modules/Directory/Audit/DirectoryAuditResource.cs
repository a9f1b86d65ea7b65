namespace Urbis.Web.Modules.Directory.Audit;

/// <summary>Strings of the Directory's records as the audit log names them.</summary>
internal sealed class DirectoryAuditResource;
