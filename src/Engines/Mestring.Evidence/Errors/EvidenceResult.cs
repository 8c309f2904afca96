using System.Diagnostics.CodeAnalysis;

namespace Mestring.Evidence.Errors;

/// <summary>Either a value or an <see cref="EvidenceError"/>; expected failures are results, not exceptions.</summary>
/// <typeparam name="T">The success value.</typeparam>
public sealed class EvidenceResult<T>
{
    private EvidenceResult(T? value, EvidenceError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="IsSuccess"/>.</summary>
    public T? Value { get; }

    /// <summary>The error when not <see cref="IsSuccess"/>.</summary>
    public EvidenceError? Error { get; }

    /// <summary>True when a value is present.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>Wraps a value.</summary>
    public static EvidenceResult<T> Success(T value) => new(value, null);

    /// <summary>Wraps an error.</summary>
    public static EvidenceResult<T> Failure(EvidenceError error) => new(default, error);

    /// <summary>Wraps an error built from its parts.</summary>
    public static EvidenceResult<T> Failure(EvidenceErrorCode code, string message) => new(default, new EvidenceError(code, message));

#pragma warning disable CA2225 // Named alternatives exist: Success and Failure.
    /// <summary>Implicit success.</summary>
    public static implicit operator EvidenceResult<T>(T value) => Success(value);

    /// <summary>Implicit failure.</summary>
    public static implicit operator EvidenceResult<T>(EvidenceError error) => Failure(error);
#pragma warning restore CA2225
}
