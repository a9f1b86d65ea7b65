using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>A problem with one field of a form: its name (as posted) and the message to show next to it.</summary>
internal sealed record FieldError(string Field, string Message);

/// <summary>The answers when the form is complete and valid; otherwise what to correct.</summary>
internal sealed record FormCheck(ApplicationAnswers? Answers, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Answers is not null && Errors.Count == 0;
}
