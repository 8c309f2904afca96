namespace Mestring.Registers.Csv;

/// <summary>Everything the reader and writer need to know about one file of the extract.</summary>
internal abstract class FileSpec<TRow>
{
    /// <summary>The file name, e.g. persons.csv.</summary>
    public abstract string FileName { get; }

    /// <summary>The columns in canonical order: required ones in specification order, then documented extras.</summary>
    public abstract IReadOnlyList<RegisterColumn> Columns { get; }

    /// <summary>Parses and validates the current record.</summary>
    public abstract TRow Parse(RowParser p);

    /// <summary>Writes the row's fields in canonical column order.</summary>
    public abstract void Format(in TRow row, CsvLineWriter w);

    /// <summary>Orders rows by key (ordinal on strings).</summary>
    public abstract int Compare(in TRow a, in TRow b);

    /// <summary>Registers the row's key; false when the key was seen before.</summary>
    public abstract bool AddKey(in TRow row, KeyTracker keys);

    /// <summary>The key as shown in a duplicate-key error.</summary>
    public abstract string KeyText(in TRow row);

    /// <summary>Checks that need the whole file (references between rows of the same file).</summary>
    public virtual void Complete(RowParser p, KeyTracker keys)
    {
    }
}
