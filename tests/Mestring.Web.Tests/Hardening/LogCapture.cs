using System.Collections.Concurrent;
using Mestring.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Mestring.Web.Tests.Hardening;

/// <summary>Every log line the app writes, at every level: message, state values, scopes and exception text.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {values} | {exception}");
        }
    }
}

/// <summary>The app with every log line captured: the app's own categories and EF Core at Trace, the rest as shipped.</summary>
public sealed class LogCapturingFactory : MestringWebFactory
{
    public LogCapturingFactory(TestDatabase database)
        : base(database)
    {
        Settings["Logging:LogLevel:Default"] = "Trace";
        // Microsoft.AspNetCore stays at the shipped level (Warning): at Information the host logs every URL, query included.
        Settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace";
    }

    public LogCapture Capture { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Capture).SetMinimumLevel(LogLevel.Trace));
    }
}
