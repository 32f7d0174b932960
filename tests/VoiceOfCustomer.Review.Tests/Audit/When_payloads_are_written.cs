using System.Text.Json.Nodes;
using VoiceOfCustomer.Hosting.Access;
using VoiceOfCustomer.Review.Features.Audit;

namespace VoiceOfCustomer.Review.Tests.Audit;

/// <summary>Payloads: one canonical text, and personal data only as a keyed hash.</summary>
public sealed class When_payloads_are_written
{
    [Test]
    public void Keys_are_sorted_at_every_level_and_there_is_no_whitespace()
    {
        var payload = new JsonObject { ["b"] = 1, ["a"] = new JsonObject { ["z"] = true, ["Z"] = null, ["m"] = new JsonArray(3, "x") }, ["é"] = "café 東京" };

        Assert.That(CanonicalJson.Write(payload), Is.EqualTo("{\"a\":{\"Z\":null,\"m\":[3,\"x\"],\"z\":true},\"b\":1,\"é\":\"café 東京\"}"));
    }

    [Test]
    public void Numbers_other_than_integers_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => CanonicalJson.Write(new JsonObject { ["score"] = 1.5 }));
        Assert.That(error!.Message, Does.Contain("$.score"));
    }

    [Test]
    public void The_same_person_gives_the_same_hash_whatever_the_case_or_spacing()
    {
        var hash = PersonalDataHash.WithKey(new byte[32]);

        Assert.That(hash.Of("  Ana.Silva@Example.com "), Is.EqualTo(hash.Of("ana.silva@example.com")));
        Assert.That(hash.Of("ana.silva@example.com"), Is.Not.EqualTo(hash.Of("ana.silva@example.org")));
    }

    [Test]
    public void Without_the_key_a_guess_does_not_reproduce_the_hash()
    {
        var key = new byte[32];
        key[0] = 1;
        var withKey = PersonalDataHash.WithKey(key).Of("ana.silva@example.com");
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("ana.silva@example.com"u8));

        Assert.That(withKey, Is.Not.EqualTo(plain));
        Assert.That(withKey, Is.Not.EqualTo(PersonalDataHash.WithKey(new byte[32]).Of("ana.silva@example.com")));
    }
}
