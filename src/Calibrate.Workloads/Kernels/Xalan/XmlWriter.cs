namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>Serialises a tree back to XML text, escaping the characters the parser decodes.</summary>
internal sealed class XmlWriter(NameTable names)
{
    public void Write(XmlNode node, CharBuffer output)
    {
        if (node.IsText)
        {
            Escape(node.Text!, output);
            return;
        }

        var name = names.NameOf(node.NameId);
        output.Append('<');
        output.Append(name);
        for (var a = node.FirstAttribute; a is not null; a = a.Next)
        {
            output.Append(' ');
            output.Append(names.NameOf(a.NameId));
            output.Append("=\"");
            Escape(a.Value, output);
            output.Append('"');
        }

        if (node.FirstChild is null)
        {
            output.Append("/>");
            return;
        }

        output.Append('>');
        for (var c = node.FirstChild; c is not null; c = c.NextSibling)
        {
            Write(c, output);
        }

        output.Append("</");
        output.Append(name);
        output.Append('>');
    }

    private static void Escape(char[] text, CharBuffer output)
    {
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '&':
                    output.Append("&amp;");
                    break;
                case '<':
                    output.Append("&lt;");
                    break;
                case '>':
                    output.Append("&gt;");
                    break;
                case '"':
                    output.Append("&quot;");
                    break;
                default:
                    output.Append(text[i]);
                    break;
            }
        }
    }
}
