namespace Mestring.Registers.Csv;

/// <summary>A file keyed by one id column (persons, providers, services): order, uniqueness and error text from that id.</summary>
internal abstract class SingleKeySpec<TRow> : FileSpec<TRow>
{
    /// <summary>The row's id (the file's key).</summary>
    protected abstract string Key(in TRow row);

    public sealed override int Compare(in TRow a, in TRow b) => string.CompareOrdinal(Key(a), Key(b));

    public sealed override bool AddKey(in TRow row, KeyTracker keys) => keys.Add(Key(row));

    public sealed override string KeyText(in TRow row) => Key(row);
}
