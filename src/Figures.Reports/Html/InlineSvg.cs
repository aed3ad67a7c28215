using System.Xml;

namespace Figures.Reports.Html;

/// <summary>
/// Makes a chart's SVG document fit to place inside the page: the XML prologue goes, and the markup is
/// checked to hold only drawing elements, no script, no event handler and no link out of the document.
/// A chart engine that ever emitted one would be a bug, so it fails loudly instead of reaching a reader.
/// </summary>
public static class InlineSvg
{
    private static readonly HashSet<string> Drawing = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "metadata", "clipPath", "mask", "pattern", "symbol", "use", "image",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "filter", "feGaussianBlur", "feOffset", "feBlend", "feFlood", "feComposite", "feMerge", "feMergeNode",
    };

    /// <summary>
    /// The <c>&lt;svg&gt;</c> element alone, ready to inline, with bidirectional controls in its labels written out
    /// (as <see cref="HtmlText"/> does for the page); throws when the markup is not safe to inline.
    /// </summary>
    public static string Prepare(string svgDocument)
    {
        ArgumentNullException.ThrowIfNull(svgDocument);
        var start = svgDocument.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("the chart is not an SVG document");
        var svg = HtmlText.ShowHidden(svgDocument[start..].TrimEnd());
        Check(svg);
        return svg;
    }

    private static void Check(string svg)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(svg), settings);
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction)
                    throw Unsafe($"processing instruction <?{reader.Name}?>");
                if (reader.NodeType != XmlNodeType.Element) continue;
                var element = reader.LocalName;
                if (!Drawing.Contains(element)) throw Unsafe($"element <{element}>");
                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                    CheckAttribute(element, reader.LocalName, reader.Value);
                reader.MoveToElement();
            }
        }
        catch (XmlException e)
        {
            throw new InvalidOperationException($"the chart's SVG is not well-formed: {e.Message}", e);
        }
    }

    private static void CheckAttribute(string element, string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) throw Unsafe($"event handler {name} on <{element}>");
        if (name != "href") return;
        var internalLink = value.StartsWith('#');
        var embeddedImage = element == "image" && value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase);
        if (!internalLink && !embeddedImage) throw Unsafe($"link '{value}' on <{element}>");
    }

    private static InvalidOperationException Unsafe(string what) =>
        new($"the chart's SVG holds {what}, which the HTML report does not inline");
}
