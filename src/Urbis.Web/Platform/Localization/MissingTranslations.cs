using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Urbis.Web.Platform.Localization;

/// <summary>Keys looked up at run time that no resource file holds (recorded only in tests).</summary>
internal sealed class MissingTranslations
{
    private readonly ConcurrentDictionary<string, byte> missing = new();

    public IReadOnlyCollection<string> All => [.. missing.Keys.Order(StringComparer.Ordinal)];

    public void Add(string resource, string key) => missing.TryAdd($"{CultureInfo.CurrentUICulture.Name} {resource}: {key}", 0);

    public void Clear() => missing.Clear();
}

internal sealed class RecordingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner, MissingTranslations missing) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new RecordingStringLocalizer(inner.Create(resourceSource), resourceSource.Name, missing);

    public IStringLocalizer Create(string baseName, string location) => new RecordingStringLocalizer(inner.Create(baseName, location), baseName, missing);

    private sealed class RecordingStringLocalizer(IStringLocalizer inner, string resource, MissingTranslations missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Record(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Record(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Record(LocalizedString value)
        {
            if (value.ResourceNotFound)
            {
                missing.Add(resource, value.Name);
            }

            return value;
        }
    }
}
