using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("MineralGraph.Store.Neo4j.Tests.Conformance.Neo4jAwareTestFramework", "MineralGraph.Store.Neo4j.Tests")]

namespace MineralGraph.Store.Neo4j.Tests.Conformance;

/// <summary>
/// The store contract suite declares its tests with plain [Fact] and [Theory]; this framework
/// reports the Neo4j subclasses' tests as skipped, with the reason, when no server is configured,
/// so they never pass silently. Every other test is discovered as usual.
/// </summary>
public sealed class Neo4jAwareTestFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assemblyInfo, ISourceInformationProvider sourceProvider, IMessageSink diagnosticMessageSink)
        : XunitTestFrameworkDiscoverer(assemblyInfo, sourceProvider, diagnosticMessageSink)
    {
        protected override bool FindTestsForType(ITestClass testClass, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var skip = Neo4jServer.SkipReason;
            if (skip is null || testClass.Class.Name.StartsWith(typeof(Neo4jServer).Namespace + ".", StringComparison.Ordinal) is false)
            {
                return base.FindTestsForType(testClass, includeSourceInformation, messageBus, discoveryOptions);
            }

            using var skipping = new SkippingBus(messageBus, skip, DiagnosticMessageSink, discoveryOptions);
            return base.FindTestsForType(testClass, includeSourceInformation, skipping, discoveryOptions);
        }
    }

    /// <summary>Passes discovery messages on, each test case replaced by a skipped one with the same method and arguments.</summary>
    private sealed class SkippingBus(IMessageBus inner, string reason, IMessageSink diagnostics, ITestFrameworkDiscoveryOptions options) : IMessageBus
    {
        public bool QueueMessage(IMessageSinkMessage message)
        {
            if (message is ITestCaseDiscoveryMessage { TestCase: var testCase })
            {
                var skipped = new XunitSkippedDataRowTestCase(diagnostics, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(),
                    testCase.TestMethod, reason, testCase.TestMethodArguments);
                return inner.QueueMessage(new TestCaseDiscoveryMessage(skipped));
            }

            return inner.QueueMessage(message);
        }

        public void Dispose()
        {
            // The inner bus belongs to the discoverer that handed it over.
        }
    }
}
