namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// A growable character buffer with hand-written copy loops, standing in for StringBuilder, whose bulk copies
/// are vectorised and would make the kernel's speed depend on the vector width.
/// </summary>
internal sealed class CharBuffer(int capacity)
{
    private char[] _chars = new char[capacity];

    public int Length { get; private set; }

    public char this[int index] => _chars[index];

    /// <summary>The underlying array; valid up to <see cref="Length"/>.</summary>
    public char[] Chars => _chars;

    public void Clear() => Length = 0;

    public void Append(char c)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length++] = c;
    }

    public void Append(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Append(text[i]);
        }
    }

    public void Append(char[] text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            Append(text[i]);
        }
    }

    public void Append(long value)
    {
        if (value < 0)
        {
            Append('-');
            value = -value;
        }

        var start = Length;
        do
        {
            Append((char)('0' + (value % 10)));
            value /= 10;
        }
        while (value > 0);

        for (int i = start, j = Length - 1; i < j; i++, j--)
        {
            (_chars[i], _chars[j]) = (_chars[j], _chars[i]);
        }
    }

    public char[] ToArray(int start, int length)
    {
        var copy = new char[length];
        for (var i = 0; i < length; i++)
        {
            copy[i] = _chars[start + i];
        }

        return copy;
    }

    private void Grow()
    {
        var larger = new char[2 * _chars.Length];
        for (var i = 0; i < Length; i++)
        {
            larger[i] = _chars[i];
        }

        _chars = larger;
    }
}
