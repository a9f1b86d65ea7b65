namespace Urbis.Web.Platform.Security;

/// <summary>
/// Names the post handlers of a rate-limited public page that only show the form again, changing and
/// sending nothing (e.g. "add a partner" without script): <see cref="RateLimits"/> counts them apart
/// from the submits, under a more generous limit.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class FormStepHandlersAttribute(params string[] handlers) : Attribute
{
    public IReadOnlyList<string> Handlers { get; } = handlers;
}
