using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Mestring.Data.Bulk;

/// <summary>Fills a row's values (the importer's mapping of a register row to a bulk table's columns).</summary>
public delegate void RowFill<TRow>(in TRow row, object?[] values);

/// <summary>
/// Runs the reading of rows (parsing, validation, id lookups) on a second thread and hands the filled values in batches
/// to the caller's thread, which writes them (e.g. a binary COPY). The first exception on either side stops both; the
/// reader's exception (e.g. a bad row) is rethrown on the caller's thread after the rows before it were written, so the
/// caller's transaction decides what is kept — exactly as if the rows had been read on one thread.
/// </summary>
public static class RowPipeline
{
    private const int BatchSize = 2048;
    private const int Batches = 8;

    public static void Run<TRow>(IEnumerable<TRow> rows, RowFill<TRow> fill, int width, Action<object?[]> write)
    {
        using var queue = new BlockingCollection<object?[][]>(Batches);
        using var stop = new CancellationTokenSource();
        ExceptionDispatchInfo? readerError = null;
        var reader = new Thread(() =>
        {
            try
            {
                var batch = new object?[BatchSize][];
                var n = 0;
                foreach (var row in rows)
                {
                    var values = new object?[width];
                    fill(row, values);
                    batch[n++] = values;
                    if (n == BatchSize)
                    {
                        queue.Add(batch, stop.Token);
                        batch = new object?[BatchSize][];
                        n = 0;
                    }
                }
                if (n > 0)
                {
                    queue.Add(batch[..n], stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The writer failed; its exception is the one that counts.
            }
            catch (Exception e)
            {
                readerError = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                queue.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "register-reader" };
        reader.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                foreach (var values in batch)
                {
                    write(values);
                }
            }
        }
        catch
        {
            stop.Cancel();
            reader.Join();
            throw;
        }
        reader.Join();
        readerError?.Throw();
    }
}
