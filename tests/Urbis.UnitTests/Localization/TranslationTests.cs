using System.Text.RegularExpressions;
using System.Xml.Linq;
using Urbis.UnitTests.Support;

namespace Urbis.UnitTests.Localization;

/// <summary>
/// Every UI string exists in English and French. Conventions (also used by scripts/l10n-keys.py):
/// S["..."] is SharedResource; L["..."] is the *Resource.resx of the nearest folder above the file;
/// data-annotation messages and display names are SharedResource.
/// </summary>
public sealed partial class TranslationTests
{
    private static readonly string Shared = Path.Combine(Repository.WebProject, "Platform", "Localization", "SharedResource");

    public static TheoryData<string> ResourceFiles() =>
        [.. Repository.WebSources("*.resx").Where(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal)).Select(f => Path.GetRelativePath(Repository.WebProject, f[..^5]))];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Each_resource_has_the_same_keys_in_French_and_English(string resource)
    {
        var english = Read(Path.Combine(Repository.WebProject, resource) + ".resx");
        var french = Read(Path.Combine(Repository.WebProject, resource) + ".fr.resx");
        english.Keys.Except(french.Keys).ShouldBeEmpty("missing in French");
        french.Keys.Except(english.Keys).ShouldBeEmpty("missing in English");
        french.Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ShouldBeEmpty("empty in French");
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Translations_keep_the_placeholders_of_the_original(string resource)
    {
        var english = Read(Path.Combine(Repository.WebProject, resource) + ".resx");
        var french = Read(Path.Combine(Repository.WebProject, resource) + ".fr.resx");
        var broken = english
            .Where(p => french.ContainsKey(p.Key))
            .Where(p => !Placeholders(p.Value).SetEquals(Placeholders(french[p.Key])))
            .Select(p => p.Key);
        broken.ShouldBeEmpty();
    }

    [Fact]
    public void Every_string_used_in_the_UI_is_translated()
    {
        var missing = new List<string>();
        foreach (var file in Repository.WebSources("*.cshtml", "*.cs"))
        {
            var text = File.ReadAllText(file);
            var uses = Lookup().Matches(text).Select(m => (Shared: m.Groups[1].Value is "S" or "s", Key: Unescape(m.Groups[2].Value)));
            if (file.EndsWith(".cs", StringComparison.Ordinal))
            {
                uses = uses.Concat(Annotation().Matches(text).Select(m => (Shared: true, Key: Unescape(m.Groups[1].Value))));
            }

            foreach (var (shared, key) in uses)
            {
                var resource = shared ? Shared : AreaResource(file);
                if (resource is null)
                {
                    missing.Add($"{Relative(file)}: no *Resource.resx above it for \"{key}\"");
                    continue;
                }

                if (!Read(resource + ".resx").ContainsKey(key) || !Read(resource + ".fr.resx").ContainsKey(key))
                {
                    missing.Add($"{Relative(resource)}: \"{key}\" (used in {Relative(file)})");
                }
            }
        }

        missing.Distinct().ShouldBeEmpty("add them with scripts/l10n.py");
    }

    private static readonly Dictionary<string, Dictionary<string, string>> Cache = [];

    private static Dictionary<string, string> Read(string path)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(path, out var entries))
            {
                entries = File.Exists(path)
                    ? XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "")
                    : [];
                Cache[path] = entries;
            }

            return entries;
        }
    }

    private static string? AreaResource(string file)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null && directory.StartsWith(Repository.WebProject, StringComparison.Ordinal); directory = Path.GetDirectoryName(directory))
        {
            var found = Directory.GetFiles(directory, "*Resource.resx").FirstOrDefault(f => !f.EndsWith(".fr.resx", StringComparison.Ordinal));
            if (found is not null)
            {
                return found[..^5];
            }
        }

        return null;
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Unescape(string key) => key.Contains('\\', StringComparison.Ordinal) ? Regex.Unescape(key) : key;

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path);

    [GeneratedRegex("(?<![\\w.])([SLsl])\\[\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Lookup();

    [GeneratedRegex("(?:ErrorMessage\\s*=\\s*|Display\\(Name\\s*=\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex Annotation();

    [GeneratedRegex("\\{\\d+(:[^}]*)?\\}")]
    private static partial Regex Placeholder();
}
