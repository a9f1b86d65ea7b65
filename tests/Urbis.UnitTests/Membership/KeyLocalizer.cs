using Microsoft.Extensions.Localization;

namespace Urbis.UnitTests.Membership;

/// <summary>A localizer that answers with the key (the English text), formatted.</summary>
internal sealed class KeyLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}

/// <summary>The same, for code that asks for one resource's texts.</summary>
internal sealed class KeyLocalizer<T> : IStringLocalizer<T>
{
    private readonly KeyLocalizer keys = new();

    public LocalizedString this[string name] => keys[name];

    public LocalizedString this[string name, params object[] arguments] => keys[name, arguments];

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
