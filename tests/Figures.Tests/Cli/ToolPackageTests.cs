using System.Xml.Linq;
using Figures.Tests.Support;

namespace Figures.Tests.Cli;

/// <summary>
/// The CLI is packed as the <c>figures</c> .NET tool, and the README's install command names that
/// package. Packing and installing take minutes, so tools/check-tool-install.sh does it for real.
/// </summary>
public sealed class ToolPackageTests
{
    private static XElement Property(string name) =>
        XDocument.Load(Path.Combine(Paths.Repo, "src", "Figures.Cli", "Figures.Cli.csproj")).Descendants(name).Single();

    [Fact]
    public void CliProject_IsPackedAsTheFiguresTool()
    {
        Assert.Equal("true", Property("PackAsTool").Value);
        Assert.Equal("figures", Property("ToolCommandName").Value);
    }

    [Fact]
    public void Readme_InstallCommand_PacksAndInstallsThatPackage()
    {
        var readme = File.ReadAllText(Path.Combine(Paths.Repo, "README.md"));
        var packageId = Property("PackageId").Value;

        Assert.Contains(
            $"dotnet pack src/Figures.Cli -c Release -o artifacts/packages -p:PrecompiledTool=true && dotnet tool install --global {packageId} --source artifacts/packages",
            readme);
        Assert.Contains($"dotnet tool uninstall --global {packageId}", readme);
    }
}
