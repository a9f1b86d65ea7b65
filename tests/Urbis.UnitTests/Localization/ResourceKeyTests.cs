using System.Xml.Linq;
using Urbis.UnitTests.Support;

namespace Urbis.UnitTests.Localization;

/// <summary>
/// The resource compiler keeps one of two keys that differ only by case ("Countries" and
/// "countries"), so the other is silently missing at run time.
/// </summary>
public sealed class ResourceKeyTests
{
    [Fact]
    public void No_resource_has_two_keys_that_differ_only_by_case()
    {
        var clashes = Repository.WebSources("*.resx")
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Select(d => (string)d.Attribute("name")!)
                .GroupBy(name => name, StringComparer.OrdinalIgnoreCase)
                .Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetFileName(file)}: {string.Join(" / ", g)}"))
            .ToList();
        clashes.ShouldBeEmpty();
    }
}
