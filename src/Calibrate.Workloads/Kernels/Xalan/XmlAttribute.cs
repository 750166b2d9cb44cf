namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>An attribute of an element; attributes form a singly linked list in document order.</summary>
internal sealed class XmlAttribute(int nameId, char[] value)
{
    public int NameId { get; } = nameId;

    public char[] Value { get; } = value;

    public XmlAttribute? Next { get; set; }
}
