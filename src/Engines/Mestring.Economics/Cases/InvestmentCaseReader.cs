using System.Globalization;
using System.Text.Json;

namespace Mestring.Economics.Cases;

/// <summary>
/// Parses the investment-case JSON of <c>specs/investment-case.md</c> (camelCase; unknown properties are
/// ignored so the product can extend the format) and validates it, returning every error with its path.
/// </summary>
public static class InvestmentCaseReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>
    /// Parses and validates a case. Returns the case when there are no errors; otherwise the case is null
    /// and <c>Errors</c> lists all problems found (structure and rules), in document order.
    /// </summary>
    public static (InvestmentCase? Case, IReadOnlyList<CaseError> Errors) Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return (null, [MalformedJson(ex)]);
        }

        using (document)
        {
            var errors = new ErrorSink();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("$", CaseErrorCodes.WrongType, "the case must be a JSON object");
                return (null, errors.Errors);
            }

            var investmentCase = ReadCase(new JsonFields(root, "$", errors), errors);
            InvestmentCaseValidator.Validate(investmentCase, errors);
            return errors.Errors.Count == 0 ? (investmentCase, []) : (null, errors.Errors);
        }
    }

    private static CaseError MalformedJson(JsonException ex)
    {
        var line = (ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        var reason = ex.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            reason = reason[..cut].TrimEnd();
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"malformed JSON at line {line}, position {position}: {reason}");
        return new CaseError("$", CaseErrorCodes.MalformedJson, message) { Line = line, Position = position };
    }

    private static InvestmentCase ReadCase(JsonFields f, ErrorSink errors) => new()
    {
        Name = f.Text("name", required: false) ?? "",
        PriceYear = f.WholeNumber("priceYear", required: false),
        HorizonYears = f.WholeNumber("horizonYears", required: true) ?? 0,
        DiscountRate = f.Number("discountRate", required: false) ?? 0.035,
        DiscountSchedule = ReadList(f, "discountSchedule", required: false, errors, ReadDiscountStep),
        Participants = f.Number("participants", required: true) ?? 0,
        SuccessRate = f.Number("successRate", required: false) ?? 1,
        Deadweight = f.Number("deadweight", required: false) ?? 0,
        Costs = ReadList(f, "costs", required: false, errors, ReadCost) ?? [],
        Outcomes = ReadList(f, "outcomes", required: false, errors, ReadOutcome) ?? [],
        Effects = ReadList(f, "effects", required: false, errors, ReadEffect) ?? [],
    };

    private static List<T>? ReadList<T>(JsonFields parent, string name, bool required, ErrorSink errors,
        Func<JsonFields, ErrorSink, T> readItem)
    {
        var items = parent.Array(name, required);
        if (items is null)
        {
            return null;
        }

        var list = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"{parent.PathOf(name)}[{i}]");
            if (items[i].ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, CaseErrorCodes.WrongType, "must be an object");
                continue;
            }

            list.Add(readItem(new JsonFields(items[i], path, errors), errors));
        }

        // A skipped (mistyped) item would shift the indices the validator reports; there is already an
        // error, so return null and let the validator skip this list.
        if (list.Count != items.Count)
        {
            errors.Taint(parent.PathOf(name));
            return null;
        }

        return list;
    }

    private static DiscountStep ReadDiscountStep(JsonFields f, ErrorSink errors) =>
        new(f.WholeNumber("fromYear", required: true) ?? 0, f.Number("rate", required: true) ?? 0);

    private static CostLine ReadCost(JsonFields f, ErrorSink errors) => new(
        f.Text("holder", required: true) ?? "",
        f.WholeNumber("fromYear", required: true) ?? 0,
        f.WholeNumber("toYear", required: true) ?? 0,
        f.Number("perParticipant", required: true) ?? 0);

    private static Outcome ReadOutcome(JsonFields f, ErrorSink errors)
    {
        var id = f.Text("id", required: true) ?? "";
        var baseline = ReadBaseline(f, errors);
        var prices = ReadList(f, "prices", required: false, errors, ReadPrice) ?? [];
        return new Outcome(id, baseline, prices) { Label = f.Text("label", required: false) };
    }

    private static Baseline ReadBaseline(JsonFields f, ErrorSink errors)
    {
        const string name = "baselinePerParticipant";
        var path = f.PathOf(name);
        if (!f.TryGet(name, out var value))
        {
            errors.Add(path, CaseErrorCodes.Required, "is required");
            return Baseline.Of(0);
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return Baseline.Of(JsonFields.ReadNumber(value, path, errors) ?? 0);
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            errors.Add(path, CaseErrorCodes.WrongType, "must be a number or an array of numbers (one per year 0…horizonYears)");
            return Baseline.Of(0);
        }

        var values = new List<double>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]");
            values.Add(JsonFields.ReadNumber(item, itemPath, errors) ?? 0);
        }

        return Baseline.OfYears(values);
    }

    private static Price ReadPrice(JsonFields f, ErrorSink errors) => new(
        f.Text("holder", required: true) ?? "",
        f.Number("unitCost", required: true) ?? 0,
        f.Number("se", required: false));

    private static Effect ReadEffect(JsonFields f, ErrorSink errors) => new()
    {
        Outcome = f.Text("outcome", required: true) ?? "",
        RelativeChange = f.Number("relativeChange", required: false),
        AbsoluteChange = f.Number("absoluteChange", required: false),
        Se = f.Number("se", required: false),
        FromYear = f.WholeNumber("fromYear", required: true) ?? 0,
        ToYear = f.WholeNumber("toYear", required: true) ?? 0,
        DecayPerYear = f.Number("decayPerYear", required: false) ?? 0,
        EffectSource = f.Text("effectSource", required: false),
        Source = f.Text("source", required: false),
    };
}
