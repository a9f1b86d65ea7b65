using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Urbis.Web.Platform.Web;

/// <summary>
/// One labelled form field in the house pattern: label, optional help, the input (or textarea),
/// and the error span next to it, tied together with <c>aria-describedby</c>; the value and the
/// error come from the model state, so what was typed is shown again. <c>required-message</c> and
/// <c>invalid-message</c> feed the small client-side check (forms.js) with the server's wording.
/// Public because Razor only discovers public tag helpers.
/// </summary>
[HtmlTargetElement("form-field", Attributes = "label", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    /// <summary>The model property; or give <see cref="Name"/> and <see cref="Value"/> instead.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression? For { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }

    public string Label { get; set; } = "";

    public string? Help { get; set; }

    /// <summary>text, email, tel, url, date, number or textarea.</summary>
    public string Kind { get; set; } = "text";

    public bool Required { get; set; }

    public int? MaxLength { get; set; }

    public int Rows { get; set; } = 4;

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    public string? Min { get; set; }

    public string? Max { get; set; }

    public string? RequiredMessage { get; set; }

    public string? InvalidMessage { get; set; }

    /// <summary>Extra classes of the wrapping block (e.g. "col-md-6").</summary>
    public string? Wrapper { get; set; }

    /// <summary>Extra classes of the input itself (e.g. "w-auto" for a short value).</summary>
    public string? InputClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For?.Name ?? Name ?? throw new InvalidOperationException("A form-field needs asp-for or name.");
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var state = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) ? entry : null;
        var error = state?.Errors.FirstOrDefault()?.ErrorMessage;
        var value = state?.AttemptedValue ?? (For is null ? Value : Convert.ToString(For.Model, CultureInfo.InvariantCulture));

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", string.IsNullOrEmpty(Wrapper) ? "mb-3" : "mb-3 " + Wrapper);

        var label = new TagBuilder("label");
        label.AddCssClass("form-label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);

        var describedBy = new List<string>();
        if (!string.IsNullOrEmpty(Help))
        {
            var help = new TagBuilder("div");
            help.AddCssClass("form-text");
            help.Attributes["id"] = id + "-help";
            help.InnerHtml.Append(Help);
            output.Content.AppendHtml(help);
            describedBy.Add(id + "-help");
        }

        describedBy.Add(id + "-error");
        var input = new TagBuilder(Kind == "textarea" ? "textarea" : "input");
        input.AddCssClass("form-control");
        if (!string.IsNullOrEmpty(InputClass))
        {
            input.AddCssClass(InputClass);
        }
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["aria-describedby"] = string.Join(' ', describedBy);
        Set(input, "maxlength", MaxLength?.ToString(CultureInfo.InvariantCulture));
        Set(input, "autocomplete", Autocomplete);
        Set(input, "inputmode", Inputmode);
        Set(input, "min", Min);
        Set(input, "max", Max);
        Set(input, "data-required-message", RequiredMessage);
        Set(input, "data-invalid-message", InvalidMessage);
        if (Required)
        {
            input.Attributes["required"] = "required";
        }

        if (error is not null)
        {
            input.AddCssClass("is-invalid");
            input.Attributes["aria-invalid"] = "true";
        }

        if (Kind == "textarea")
        {
            input.Attributes["rows"] = Rows.ToString(CultureInfo.InvariantCulture);
            input.InnerHtml.Append(value ?? "");
        }
        else
        {
            input.TagRenderMode = TagRenderMode.SelfClosing;
            input.Attributes["type"] = Kind;
            input.Attributes["value"] = value ?? "";
        }

        output.Content.AppendHtml(input);
        var span = new TagBuilder("span");
        span.Attributes["id"] = id + "-error";
        span.AddCssClass(error is null ? "text-danger field-validation-valid" : "text-danger field-validation-error");
        span.InnerHtml.Append(error ?? "");
        output.Content.AppendHtml(span);
    }

    private static void Set(TagBuilder tag, string attribute, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            tag.Attributes[attribute] = value;
        }
    }
}
