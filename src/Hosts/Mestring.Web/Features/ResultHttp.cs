using Mestring.Web.Hosting;

namespace Mestring.Web.Features;

/// <summary>An endpoint's answer: a use case's value as 200/201/204, its error through <see cref="ErrorResults"/>.</summary>
internal static class ResultHttp
{
    public static IResult ToOk<T>(this Result<T> result) => result.Match(value => TypedResults.Ok(value), ErrorResults.Problem);

    public static IResult ToCreated(this Result<Guid> result, string location) =>
        result.Match(id => TypedResults.Created(location, new IdDto(id)), ErrorResults.Problem);

    public static IResult ToOkId(this Result<Guid> result) => result.Match(id => TypedResults.Ok(new IdDto(id)), ErrorResults.Problem);

    public static IResult ToNoContent(this Result result) => result.IsSuccess ? TypedResults.NoContent() : ErrorResults.Problem(result.Error);
}
