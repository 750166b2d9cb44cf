namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// A node of the document tree, one heap object per element or text run, linked first-child/next-sibling as
/// DOM implementations such as Xerces-C (under 483.xalancbmk) do.
/// </summary>
internal sealed class XmlNode
{
    private XmlAttribute? _lastAttribute;
    private XmlNode? _lastChild;

    private XmlNode(int nameId, char[]? text)
    {
        NameId = nameId;
        Text = text;
    }

    /// <summary>The element's name in the <see cref="NameTable"/>, or -1 for a text node.</summary>
    public int NameId { get; }

    public char[]? Text { get; }

    public XmlAttribute? FirstAttribute { get; private set; }

    public XmlNode? FirstChild { get; private set; }

    public XmlNode? NextSibling { get; private set; }

    public bool IsText => NameId < 0;

    public static XmlNode Element(int nameId) => new(nameId, null);

    public static XmlNode TextNode(char[] text) => new(-1, text);

    public void AddAttribute(XmlAttribute attribute)
    {
        if (_lastAttribute is null)
        {
            FirstAttribute = attribute;
        }
        else
        {
            _lastAttribute.Next = attribute;
        }

        _lastAttribute = attribute;
    }

    public void AddChild(XmlNode child)
    {
        if (_lastChild is null)
        {
            FirstChild = child;
        }
        else
        {
            _lastChild.NextSibling = child;
        }

        _lastChild = child;
    }

    public char[]? Attribute(int nameId)
    {
        for (var a = FirstAttribute; a is not null; a = a.Next)
        {
            if (a.NameId == nameId)
            {
                return a.Value;
            }
        }

        return null;
    }

    public XmlNode? Child(int nameId)
    {
        for (var c = FirstChild; c is not null; c = c.NextSibling)
        {
            if (c.NameId == nameId)
            {
                return c;
            }
        }

        return null;
    }
}
