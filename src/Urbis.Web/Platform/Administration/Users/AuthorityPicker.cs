using Urbis.Web.Modules.Directory.Contracts;

namespace Urbis.Web.Platform.Administration.Users;

/// <summary>
/// Choosing one authority among many thousands without JavaScript: the person types part of the
/// name and presses Search (the whole form posts back, nothing typed is lost); the matches come
/// back as radio buttons in the same form. The current choice always stays on the list.
/// </summary>
internal sealed record AuthorityPicker(string Field, string? SearchText, AuthorityRow? Selected, IReadOnlyList<AuthorityRow> Results, bool Searched, bool More, bool AllowNone)
{
    public const string SearchField = "AuthoritySearch";

    public const string SearchButton = "search";

    public string FieldId => Field.Replace('.', '_');

    /// <summary>The choices to show: the current one first, then the matches.</summary>
    public IEnumerable<AuthorityRow> Choices =>
        Selected is null ? Results : Results.Where(r => r.Id != Selected.Id).Prepend(Selected);
}

internal sealed class AuthorityPickerSearch(IAuthorityDirectory directory)
{
    public const int MaxResults = 20;
    private const int MaxSearchLength = 200;

    public async Task<AuthorityPicker> LoadAsync(string field, Guid? selectedId, string? search, bool allowNone, CancellationToken cancellationToken)
    {
        var selected = selectedId is { } id ? await directory.FindAsync(id, cancellationToken) : null;
        var text = search?.Trim() ?? "";
        if (text.Length > MaxSearchLength)
        {
            text = text[..MaxSearchLength];
        }

        if (text.Length == 0)
        {
            return new AuthorityPicker(field, null, selected, [], false, false, allowNone);
        }

        var found = await directory.SearchAsync(text, MaxResults + 1, cancellationToken);
        return new AuthorityPicker(field, text, selected, [.. found.Take(MaxResults)], true, found.Count > MaxResults, allowNone);
    }
}
