using System.Text.RegularExpressions;
using NetArchTest.Rules;
using Urbis.UnitTests.Support;

namespace Urbis.UnitTests.Architecture;

/// <summary>
/// Modules meet only through their Contracts (STYLE.md habit 4). The one exception: a module's
/// Data folder may name another module's entity type to declare a foreign key, so the database keeps
/// references sound while the code still passes ids.
/// </summary>
public sealed partial class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly Web = typeof(Program).Assembly;

    private static readonly IReadOnlyList<string> ModuleNames =
        [.. Web.GetTypes().Select(t => t.Namespace ?? "").Where(n => n.StartsWith("Urbis.Web.Modules.", StringComparison.Ordinal))
            .Select(n => n.Split('.')[3]).Distinct().Order(StringComparer.Ordinal)];

    public static TheoryData<string> Modules() => [.. ModuleNames];

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_uses_other_modules_only_through_their_contracts(string module)
    {
        var others = ModuleNames.Where(m => m != module).ToList();
        var internals = others.SelectMany(o => new[] { "Domain", "Seed" }.Select(f => $"Urbis.Web.Modules.{o}.{f}"))
            .Concat(others.Select(o => $"Urbis.Web.Modules.{o}.{o}Module"))
            .ToArray();
        var result = Types.InAssembly(Web)
            .That().ResideInNamespaceStartingWith($"Urbis.Web.Modules.{module}")
            .And().DoNotResideInNamespace($"Urbis.Web.Modules.{module}.Data")
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_platform_uses_modules_only_through_their_contracts()
    {
        var internals = ModuleNames
            .SelectMany(m => new[] { $"Urbis.Web.Modules.{m}.Domain", $"Urbis.Web.Modules.{m}.Data", $"Urbis.Web.Modules.{m}.Seed" })
            .ToArray();
        var result = Types.InAssembly(Web)
            .That().ResideInNamespaceStartingWith("Urbis.Web.Platform")
            .ShouldNot().HaveDependencyOnAny(internals)
            .GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void No_code_reads_the_system_clock_directly()
    {
        // Time is injected (TimeProvider) so that tests and background jobs control it.
        var offenders = Repository.WebSources("*.cs", "*.cshtml")
            .Where(f => SystemClock().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Repository.Root, f));
        offenders.ShouldBeEmpty();
    }

    [GeneratedRegex("\\bDate(Time|TimeOffset)\\.(Now|UtcNow|Today)\\b")]
    private static partial Regex SystemClock();
}
