using Urbis.Web.Modules.Membership.Domain;

namespace Urbis.Web.Modules.Membership.Apply;

/// <summary>A person's fields (name, position, e-mail, phone) under a prefix such as "Form.Applicant".</summary>
internal sealed record ContactFields(string Prefix, ContactInput Input, bool Required, string? NameMissing, string? PositionMissing, string? EmailMissing);

/// <summary>Something done since a date or promised by a date: the choice and its two dates.</summary>
internal sealed record CommitmentFields(
    string Field,
    string? Value,
    string Question,
    string DoneLabel,
    string CommittedLabel,
    string Missing,
    (string Name, string? Value, string Label, string Min, string Max) Since,
    (string Name, string? Value, string Label, string Min, string Max) By,
    string DateInvalid);

/// <summary>The partners of one sector, and where the form posts (for the no-script "add a partner").</summary>
internal sealed record PartnerFields(PartnerSector Sector, IReadOnlyList<PartnerInput> Rows, string Action);
