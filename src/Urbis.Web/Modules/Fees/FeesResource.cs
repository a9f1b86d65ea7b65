namespace Urbis.Web.Modules.Fees;

/// <summary>Strings of the Fees module: pages, invoices, e-mails (seen as <c>L</c> in its views, <c>l</c> in code).</summary>
internal sealed class FeesResource;
