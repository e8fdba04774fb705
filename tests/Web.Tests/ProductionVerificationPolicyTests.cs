using System.Security.Cryptography.X509Certificates;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web.Tests;

/// <summary>The policy production runs with is fixed: Amazon's URL, the system roots, revocation checked offline (never on the network).</summary>
[TestFixture]
public sealed class ProductionVerificationPolicyTests
{
    [Test]
    public void Production_downloads_only_from_amazon_s3_over_https_on_port_443()
    {
        var url = AlexaVerificationPolicy.Production.Url;

        Assert.Multiple(() =>
        {
            Assert.That(url.Scheme, Is.EqualTo("https"));
            Assert.That(url.Host, Is.EqualTo("s3.amazonaws.com"));
            Assert.That(url.Port, Is.EqualTo(443));
        });
    }

    [Test]
    public void Production_trusts_the_system_roots_and_never_goes_online_while_building_the_chain()
    {
        var trust = AlexaVerificationPolicy.Production.Trust;

        var chainPolicy = trust.CreateChainPolicy(DateTimeOffset.UtcNow, []);

        Assert.Multiple(() =>
        {
            Assert.That(trust.UsesSystemRoots, Is.True);
            Assert.That(chainPolicy.TrustMode, Is.EqualTo(X509ChainTrustMode.System));
            Assert.That(chainPolicy.CustomTrustStore, Is.Empty);
            Assert.That(chainPolicy.RevocationMode, Is.EqualTo(X509RevocationMode.Offline));
            Assert.That(chainPolicy.DisableCertificateDownloads, Is.True);
            Assert.That(chainPolicy.VerificationFlags.HasFlag(X509VerificationFlags.AllowUnknownCertificateAuthority), Is.False);
            Assert.That(chainPolicy.VerificationFlags.HasFlag(X509VerificationFlags.IgnoreNotTimeValid), Is.False);
        });
    }

    [Test]
    public void The_production_program_uses_the_production_policy()
    {
        var program = File.ReadAllText(Path.Combine(WorldCapitals.Tests.Support.Repository.Root, "lambda", "Web", "Program.cs"));

        Assert.That(program, Does.Contain("AlexaWebApp.Build(args, AlexaVerificationPolicy.Production)"));
    }

}
