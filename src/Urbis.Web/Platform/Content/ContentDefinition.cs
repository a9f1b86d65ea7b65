using System.Reflection;

namespace Urbis.Web.Platform.Content;

/// <summary>
/// A page text a module offers for editing: its key, what administrators read about it (a key of
/// the module's resource), and where its default Markdown lives (embedded files
/// <c>{folder}/{language}/{key}.md</c>).
/// </summary>
internal sealed record ContentDefinition(string Key, Type LabelResource, string LabelKey, Assembly Assembly, string DefaultsFolder)
{
    public string Default(string language)
    {
        var name = $"{DefaultsFolder}.{language}.{Key}.md";
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"No default text {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>Every editable page text, as the modules declared them.</summary>
internal sealed class ContentRegistry(IEnumerable<ContentDefinition> definitions)
{
    private readonly Dictionary<string, ContentDefinition> byKey = definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    public IReadOnlyList<ContentDefinition> All => [.. byKey.Values.OrderBy(d => d.Key, StringComparer.Ordinal)];

    public ContentDefinition? Find(string? key) => key is not null && byKey.TryGetValue(key, out var d) ? d : null;
}

/// <summary>Goes up at every edit on this node, so pages cached with a text are built again.</summary>
internal sealed class ContentGeneration
{
    private long value;

    public long Value => Interlocked.Read(ref value);

    public void Next() => Interlocked.Increment(ref value);
}
