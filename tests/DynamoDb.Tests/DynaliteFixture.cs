namespace WorldCapitals.DynamoDb.Tests;

/// <summary>One dynalite for the whole test assembly; each test uses its own table.</summary>
[SetUpFixture]
public sealed class DynaliteFixture
{
    private static DynaliteServer? _server;

    internal static DynaliteServer Server => _server ?? throw new InvalidOperationException("dynalite is not running.");

    [OneTimeSetUp]
    public async Task StartDynalite() => _server = await DynaliteServer.StartAsync();

    [OneTimeTearDown]
    public void StopDynalite()
    {
        _server?.Dispose();
        _server = null;
    }
}
