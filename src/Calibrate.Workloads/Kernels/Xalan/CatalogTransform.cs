namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// The XSLT-like transform: select the items of some categories, sort them, and emit a report tree with derived
/// text (upper-cased titles, truncated summaries, tag lists). Each pass number stands for a different
/// stylesheet: it selects other categories, and odd passes sort by price where even passes sort by name.
/// </summary>
internal sealed class CatalogTransform
{
    private const int SummaryWords = 8;

    /// <summary>How many distinct stylesheets the pass number selects between.</summary>
    public const int Passes = 4;

    private readonly int _item;
    private readonly int _id;
    private readonly int _category;
    private readonly int _price;
    private readonly int _name;
    private readonly int _desc;
    private readonly int _tags;
    private readonly int _report;
    private readonly int _entry;
    private readonly int _title;
    private readonly int _summary;
    private readonly int _count;
    private XmlNode[] _selected = new XmlNode[1024];
    private XmlNode[] _scratch = new XmlNode[1024];
    private readonly CharBuffer _text = new(256);
    private bool _byPrice;

    public CatalogTransform(NameTable names)
    {
        _item = names.Intern("item");
        _id = names.Intern("id");
        _category = names.Intern("category");
        _price = names.Intern("price");
        _name = names.Intern("name");
        _desc = names.Intern("desc");
        _tags = names.Intern("tags");
        _report = names.Intern("report");
        _entry = names.Intern("entry");
        _title = names.Intern("title");
        _summary = names.Intern("summary");
        _count = names.Intern("count");
    }

    public XmlNode Transform(XmlNode catalog, int pass)
    {
        _byPrice = pass % 2 == 1;
        var selected = Select(catalog, pass);
        MergeSort(selected);
        var report = XmlNode.Element(_report);
        long total = 0;
        for (var i = 0; i < selected; i++)
        {
            var item = _selected[i];
            total += Number(item.Attribute(_price)!);
            report.AddChild(Entry(item));
        }

        _text.Clear();
        _text.Append(selected);
        report.AddAttribute(new XmlAttribute(_count, _text.ToArray(0, _text.Length)));
        _text.Clear();
        _text.Append(total);
        report.AddAttribute(new XmlAttribute(_price, _text.ToArray(0, _text.Length)));
        return report;
    }

    private int Select(XmlNode catalog, int pass)
    {
        var count = 0;
        for (var node = catalog.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node.NameId != _item || Number(node.Attribute(_category)!) % Passes == pass)
            {
                continue;
            }

            if (count == _selected.Length)
            {
                var larger = new XmlNode[2 * count];
                for (var i = 0; i < count; i++)
                {
                    larger[i] = _selected[i];
                }

                _selected = larger;
                _scratch = new XmlNode[2 * count];
            }

            _selected[count++] = node;
        }

        return count;
    }

    private XmlNode Entry(XmlNode item)
    {
        var entry = XmlNode.Element(_entry);
        entry.AddAttribute(new XmlAttribute(_id, item.Attribute(_id)!));
        entry.AddAttribute(new XmlAttribute(_price, item.Attribute(_price)!));

        var title = XmlNode.Element(_title);
        _text.Clear();
        foreach (var c in TextOf(item.Child(_name)))
        {
            _text.Append(c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c);
        }

        title.AddChild(XmlNode.TextNode(_text.ToArray(0, _text.Length)));
        entry.AddChild(title);

        var summary = XmlNode.Element(_summary);
        _text.Clear();
        var words = 0;
        foreach (var c in TextOf(item.Child(_desc)))
        {
            if (c == ' ' && ++words == SummaryWords)
            {
                break;
            }

            _text.Append(c);
        }

        summary.AddChild(XmlNode.TextNode(_text.ToArray(0, _text.Length)));
        entry.AddChild(summary);

        var tags = XmlNode.Element(_tags);
        _text.Clear();
        var tagCount = 0;
        for (var tag = item.Child(_tags)?.FirstChild; tag is not null; tag = tag.NextSibling)
        {
            if (tagCount++ > 0)
            {
                _text.Append(',');
            }

            _text.Append(TextOf(tag));
        }

        if (tagCount > 0)
        {
            tags.AddChild(XmlNode.TextNode(_text.ToArray(0, _text.Length)));
        }

        entry.AddChild(tags);
        return entry;
    }

    private static char[] TextOf(XmlNode? element) => element?.FirstChild?.Text ?? [];

    private void MergeSort(int count)
    {
        for (var width = 1; width < count; width *= 2)
        {
            for (var left = 0; left < count; left += 2 * width)
            {
                var middle = Math.Min(left + width, count);
                var right = Math.Min(left + (2 * width), count);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    _scratch[k++] = Compare(_selected[j], _selected[i]) < 0 ? _selected[j++] : _selected[i++];
                }

                while (i < middle)
                {
                    _scratch[k++] = _selected[i++];
                }

                while (j < right)
                {
                    _scratch[k++] = _selected[j++];
                }
            }

            (_selected, _scratch) = (_scratch, _selected);
        }
    }

    private int Compare(XmlNode a, XmlNode b)
    {
        var byName = CompareText(TextOf(a.Child(_name)), TextOf(b.Child(_name)));
        var byPrice = Number(a.Attribute(_price)!).CompareTo(Number(b.Attribute(_price)!));
        var first = _byPrice ? byPrice : byName;
        var second = _byPrice ? byName : -byPrice;
        if (first != 0)
        {
            return first;
        }

        return second != 0 ? second : Number(a.Attribute(_id)!).CompareTo(Number(b.Attribute(_id)!));
    }

    private static int CompareText(char[] a, char[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return a[i] - b[i];
            }
        }

        return a.Length - b.Length;
    }

    // Digits of a non-negative integer attribute, skipping any prefix such as the 'c' of "c12".
    private static long Number(char[] text)
    {
        long value = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= '0' && text[i] <= '9')
            {
                value = (10 * value) + (text[i] - '0');
            }
        }

        return value;
    }
}
