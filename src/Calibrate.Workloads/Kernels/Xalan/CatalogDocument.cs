using Calibrate.Workloads.Determinism;

namespace Calibrate.Workloads.Kernels.Xalan;

/// <summary>
/// Writes the input document: a catalogue of items with attributes, a name, free text with entities, and tags.
/// Words come from a vocabulary of generated syllable strings, so the text has realistic repetition.
/// </summary>
internal static class CatalogDocument
{
    private const int Vocabulary = 2000;
    private const int Categories = 16;

    public static CharBuffer Generate(Xoshiro256StarStar rng, int items)
    {
        var words = new string[Vocabulary];
        for (var w = 0; w < Vocabulary; w++)
        {
            words[w] = Word(rng);
        }

        var output = new CharBuffer(1 << 20);
        output.Append("<catalog version=\"1\">\n");
        for (var item = 0; item < items; item++)
        {
            output.Append("<item id=\"");
            output.Append(item);
            output.Append("\" category=\"c");
            output.Append(rng.NextInt(Categories));
            output.Append("\" price=\"");
            output.Append(rng.NextInt(100_000));
            output.Append("\" stock=\"");
            output.Append(rng.NextInt(500));
            output.Append("\"><name>");
            AppendWords(output, words, rng, 1 + rng.NextInt(3));
            output.Append("</name><desc>");
            AppendWords(output, words, rng, 10 + rng.NextInt(30));
            output.Append("</desc><tags>");
            var tags = rng.NextInt(6);
            for (var t = 0; t < tags; t++)
            {
                output.Append("<tag>");
                output.Append(words[rng.NextInt(Vocabulary)]);
                output.Append("</tag>");
            }

            output.Append("</tags></item>\n");
        }

        output.Append("</catalog>\n");
        return output;
    }

    private static void AppendWords(CharBuffer output, string[] words, Xoshiro256StarStar rng, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                output.Append(rng.NextInt(20) == 0 ? " &amp; " : " ");
            }

            output.Append(words[rng.NextInt(words.Length)]);
        }
    }

    private static string Word(Xoshiro256StarStar rng)
    {
        const string consonants = "bcdfghklmnprstvz";
        const string vowels = "aeiou";
        var syllables = 1 + rng.NextInt(4);
        var chars = new char[2 * syllables];
        for (var s = 0; s < syllables; s++)
        {
            chars[2 * s] = consonants[rng.NextInt(consonants.Length)];
            chars[(2 * s) + 1] = vowels[rng.NextInt(vowels.Length)];
        }

        return new string(chars);
    }
}
