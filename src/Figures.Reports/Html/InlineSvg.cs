using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Figures.Reports.Html;

/// <summary>
/// Makes a chart's SVG document fit to place inside the page. The markup is read as XML and written again:
/// only drawing elements, no script, no event handler and no link out of the document (a chart engine that
/// ever emitted one would be a bug, so it fails loudly instead of reaching a reader); no XML prologue; ids
/// prefixed, so two charts on one page never share a clip path or gradient; controls in labels written out.
/// </summary>
public static partial class InlineSvg
{
    private static readonly HashSet<string> Drawing = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "metadata", "clipPath", "mask", "pattern", "symbol", "use", "image",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "filter", "feGaussianBlur", "feOffset", "feBlend", "feFlood", "feComposite", "feMerge", "feMergeNode",
    };

    /// <summary>
    /// The <c>&lt;svg&gt;</c> element alone, ready to inline, its ids prefixed with <paramref name="idPrefix"/>;
    /// throws <see cref="InvalidOperationException"/> when the markup is not safe to inline.
    /// </summary>
    public static string Prepare(string svgDocument, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(svgDocument);
        ArgumentException.ThrowIfNullOrEmpty(idPrefix);
        var start = svgDocument.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0) throw new InvalidOperationException("the chart is not an SVG document");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var output = new StringBuilder(svgDocument.Length);
        try
        {
            using var reader = XmlReader.Create(new StringReader(HtmlText.ShowHidden(svgDocument[start..].TrimEnd())), settings);
            using var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment });
            Copy(reader, writer, idPrefix + "-");
        }
        catch (XmlException e)
        {
            throw new InvalidOperationException($"the chart's SVG is not well-formed: {e.Message}", e);
        }
        return output.ToString();
    }

    private static void Copy(XmlReader reader, XmlWriter writer, string prefix)
    {
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var element = reader.LocalName;
                    if (!Drawing.Contains(element)) throw Unsafe($"element <{element}>");
                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.Prefix, element, reader.NamespaceURI);
                    for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                        writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, Attribute(element, reader.LocalName, reader.Value, prefix));
                    reader.MoveToElement();
                    if (empty) writer.WriteEndElement();
                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.ProcessingInstruction:
                    throw Unsafe($"processing instruction <?{reader.Name}?>");
            }
        }
    }

    // The checked, id-prefixed value of one attribute.
    private static string Attribute(string element, string name, string value, string prefix)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) throw Unsafe($"event handler {name} on <{element}>");
        if (name == "id") return prefix + value;
        if (name == "href")
        {
            if (value.StartsWith('#')) return "#" + prefix + value[1..];
            if (element == "image" && value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase)) return value;
            throw Unsafe($"link '{value}' on <{element}>");
        }
        return value.Contains("url(", StringComparison.Ordinal) ? LocalReference().Replace(value, m => $"url(#{prefix}{m.Groups["id"].Value})") : value;
    }

    private static InvalidOperationException Unsafe(string what) =>
        new($"the chart's SVG holds {what}, which the HTML report does not inline");

    [GeneratedRegex(@"url\(\s*#(?<id>[^)\s]+)\s*\)")]
    private static partial Regex LocalReference();
}
