using System.Diagnostics.CodeAnalysis;

namespace Mestring.Domain.Common;

/// <summary>A use case's answer: a value or an <see cref="Error"/>. Not-found is an error, never a null.</summary>
public readonly record struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>The value; throws when this is an error (check <see cref="IsSuccess"/> first).</summary>
    public T Value => Error is null ? _value! : throw new InvalidOperationException($"The result is an error: {Error.Code}");

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(Error error) => new(default, error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(Value) : Error;

    public TOut Match<TOut>(Func<T, TOut> ok, Func<Error, TOut> failed) => IsSuccess ? ok(Value) : failed(Error);
}

/// <summary>A use case's answer when there is no value: done, or an <see cref="Error"/>.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result Ok { get; } = new(null);

    public static implicit operator Result(Error error) => new(error);
}
