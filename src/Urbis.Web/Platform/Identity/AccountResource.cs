namespace Urbis.Web.Platform.Identity;

/// <summary>Strings of the account pages and e-mails (seen as <c>L</c> in Platform/Identity views).</summary>
internal sealed class AccountResource;
