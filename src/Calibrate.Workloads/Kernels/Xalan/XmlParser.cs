namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// A recursive-descent parser for the XML subset the generator writes: elements, double-quoted attributes,
/// self-closing tags, text with the five predefined entities. Whitespace-only text between tags is dropped.
/// </summary>
internal sealed class XmlParser(NameTable names)
{
    private readonly CharBuffer _text = new(256);
    private char[] _source = [];
    private int _length;
    private int _position;

    public XmlNode Parse(char[] source, int length)
    {
        _source = source;
        _length = length;
        _position = 0;
        SkipWhitespace();
        var root = ParseElement();
        _source = [];
        return root;
    }

    private XmlNode ParseElement()
    {
        Expect('<');
        var element = XmlNode.Element(ParseName());
        while (true)
        {
            SkipWhitespace();
            var c = _source[_position];
            if (c == '/')
            {
                _position++;
                Expect('>');
                return element;
            }

            if (c == '>')
            {
                _position++;
                break;
            }

            var attributeName = ParseName();
            Expect('=');
            Expect('"');
            element.AddAttribute(new XmlAttribute(attributeName, ParseText('"')));
            Expect('"');
        }

        while (true)
        {
            if (_source[_position] == '<')
            {
                if (_source[_position + 1] == '/')
                {
                    _position += 2;
                    if (ParseName() != element.NameId)
                    {
                        throw new FormatException($"Mismatched end tag at {_position}.");
                    }

                    Expect('>');
                    return element;
                }

                element.AddChild(ParseElement());
            }
            else
            {
                var start = _position;
                var text = ParseText('<');
                if (!IsWhitespace(start, _position))
                {
                    element.AddChild(XmlNode.TextNode(text));
                }
            }
        }
    }

    private int ParseName()
    {
        var start = _position;
        while (_position < _length && IsNameChar(_source[_position]))
        {
            _position++;
        }

        if (_position == start)
        {
            throw new FormatException($"Name expected at {start}.");
        }

        return names.Intern(_source, start, _position - start);
    }

    private char[] ParseText(char terminator)
    {
        _text.Clear();
        while (_source[_position] != terminator)
        {
            var c = _source[_position++];
            if (c == '&')
            {
                c = ParseEntity();
            }

            _text.Append(c);
        }

        return _text.ToArray(0, _text.Length);
    }

    private char ParseEntity()
    {
        var start = _position;
        while (_source[_position] != ';')
        {
            _position++;
        }

        var length = _position - start;
        _position++;
        return (length, _source[start], _source[start + 1]) switch
        {
            (3, 'a', 'm') => '&',
            (2, 'l', _) => '<',
            (2, 'g', _) => '>',
            (4, 'q', _) => '"',
            (4, 'a', 'p') => '\'',
            _ => throw new FormatException($"Unknown entity at {start}."),
        };
    }

    private void Expect(char c)
    {
        if (_source[_position] != c)
        {
            throw new FormatException($"'{c}' expected at {_position}.");
        }

        _position++;
    }

    private void SkipWhitespace()
    {
        while (_position < _length && _source[_position] <= ' ')
        {
            _position++;
        }
    }

    private bool IsWhitespace(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (_source[i] > ' ')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}
