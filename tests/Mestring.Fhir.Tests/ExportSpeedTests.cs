using System.Diagnostics;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Xunit.Abstractions;
using static Mestring.Fhir.Tests.WorkedExample;

namespace Mestring.Fhir.Tests;

/// <summary>
/// Where an export's time per bundle goes (build, the guide's rules, JSON): the figures behind docs/fhir.md's Speed
/// section. The legacy ITypedElement serializer was the cost of the 80 ms per bundle; the System.Text.Json one replaces it.
/// </summary>
public class ExportSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void PerBundlePhases_AreMeasured_AndTheFastJsonRoundTrips()
    {
        const int n = 200;
        var record = Record();
        var bundle = DeliveryReportBuilder.Build(record, Delivery)!;
        var legacy = new FhirJsonSerializer();
        _ = legacy.SerializeToString(bundle, pretty: true);
        _ = FhirJson.Serialize(bundle);
        _ = FfbRules.Check(bundle);
        double Time(Action a)
        {
            var w = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                a();
            }
            return w.Elapsed.TotalMilliseconds / n;
        }
        var build = Time(() => DeliveryReportBuilder.Build(record, Delivery));
        var check = Time(() => FfbRules.Check(bundle));
        var old = Time(() => legacy.SerializeToString(bundle, pretty: true));
        var fast = Time(() => FhirJson.Serialize(bundle));
        output.WriteLine($"per bundle of {bundle.Entry.Count} resources: build {build:0.00} ms, rules {check:0.00} ms, legacy JSON {old:0.00} ms, System.Text.Json {fast:0.00} ms");

        var again = FhirJson.Parse<Bundle>(FhirJson.Serialize(bundle));
        Assert.True(again.IsExactly(bundle));
        Assert.Equal(legacy.SerializeToString(bundle), new FhirJsonSerializer().SerializeToString(again));
    }
}
