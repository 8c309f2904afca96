using System.Diagnostics;
using Mestring.Data.Bulk;
using Mestring.Registers;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mestring.Application.Registers;

/// <summary>
/// The one transaction per register file: the rows stream into a <see cref="BulkSink"/> (PostgreSQL: parsing on a
/// second thread, COPY on this one), the follow-up statements run, the load is recorded as one audit entry through
/// <see cref="AuditTrail.AddBulkLoad"/>, and everything commits together — or nothing of the file is kept.
/// </summary>
internal sealed class RegisterFileLoad(MestringDbContext db, AuditTrail audit, Guid municipalityId, IProgress<RegisterImportProgress>? progress)
{
    private const int ProgressEvery = 65_536;

    /// <summary>The audit action of a register load.</summary>
    public const string Action = "import";

    public RegisterFileReport Run<TRow>(
        string file, IEnumerable<TRow> rows, BulkTable table, RowFill<TRow> fill,
        IReadOnlyList<Func<bool, string>>? before = null, IReadOnlyList<Func<bool, string>>? after = null, bool directWhenEmpty = false)
    {
        var watch = Stopwatch.StartNew();
        db.Database.OpenConnection();
        try
        {
            // Inside a folder import the folder's transaction is used (and committed or rolled back by it); alone, the
            // file is its own transaction.
            var ambient = db.Database.CurrentTransaction;
            using var owned = ambient is null ? db.Database.BeginTransaction() : null;
            var transaction = ambient ?? owned!;
            long count = 0, changed;
            try
            {
                using (var sink = BulkSink.Create(db.Database.GetDbConnection(), transaction.GetDbTransaction(), table, municipalityId,
                    "stage_" + Path.GetFileNameWithoutExtension(file), directWhenEmpty))
                {
                    void Write(object?[] values)
                    {
                        sink.Write(values);
                        if (++count % ProgressEvery == 0)
                        {
                            progress?.Report(new RegisterImportProgress(file, count));
                        }
                    }
                    if (sink.Streams)
                    {
                        // COPY: parsing on one thread, encoding and sending on this one (the two overlap on two cores).
                        RowPipeline.Run(rows, fill, table.ValueCount, Write);
                    }
                    else
                    {
                        var values = new object?[table.ValueCount];
                        foreach (var row in rows)
                        {
                            fill(row, values);
                            Write(values);
                        }
                    }
                    changed = sink.Complete(before, after);
                }
                audit.AddBulkLoad(municipalityId, Action, file, string.Create(CultureInfo.InvariantCulture, $"{count} rows, {changed} inserted or changed"));
                db.SaveChanges();
                owned?.Commit();
            }
            catch (Exception e)
            {
                db.ChangeTracker.Clear();
                owned?.Rollback();
                if (e is RegisterFormatException or OperationCanceledException)
                {
                    throw;
                }
                throw new RegisterImportException(file, e);
            }
            progress?.Report(new RegisterImportProgress(file, count));
            return new RegisterFileReport(file, count, changed, watch.Elapsed);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
