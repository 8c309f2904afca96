using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Mestring.Web.Pages.Ui;

/// <summary>
/// A field and its validation message agree on one id for the message: the field's sanitised id + "-error".
/// Both tag helpers run after the framework's, which set the field's id.
/// </summary>
public abstract class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;

    /// <summary>The model expression the element is bound to (<c>asp-for</c> or <c>asp-validation-for</c>).</summary>
    protected abstract ModelExpression Field { get; }

    protected string FullName => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(Field.Name);

    protected static string ErrorId(string fieldId) => fieldId + "-error";

    protected static string IdOf(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_");
}

/// <summary>
/// Ties a form field to its error message for assistive technology: a field with an error gets
/// aria-invalid and aria-describedby pointing at the message rendered by <c>asp-validation-for</c>.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AccessibleFieldTagHelper : FieldErrorTagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    protected override ModelExpression Field => For;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = FullName;
        var id = output.Attributes.TryGetAttribute("id", out var given) ? given.Value?.ToString() : IdOf(name);
        var hint = output.Attributes.TryGetAttribute("aria-describedby", out var described) ? described.Value?.ToString() : null;
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { ErrorId(id ?? ""), hint }.Where(s => !string.IsNullOrEmpty(s))));
        }
    }
}

/// <summary>Gives the validation message an id (field id + "-error") so the field can point at it.</summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : FieldErrorTagHelper
{
    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    protected override ModelExpression Field => For;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", ErrorId(IdOf(FullName)));
}
