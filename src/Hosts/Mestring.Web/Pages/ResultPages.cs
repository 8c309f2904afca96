namespace Mestring.Web.Pages;

/// <summary>How a page reads a use case's answer: a value, or nothing to show (the page decides whether that is a 404).</summary>
public static class ResultPages
{
    public static T? OrNull<T>(this Result<T> result) where T : class => result.IsSuccess ? result.Value : null;

    public static bool Failed<T>(this Result<T> result) => !result.IsSuccess;

    public static bool Failed(this Result result) => !result.IsSuccess;
}
