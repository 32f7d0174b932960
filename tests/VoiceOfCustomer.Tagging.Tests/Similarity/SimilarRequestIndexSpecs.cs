using VoiceOfCustomer.Taggers.Similarity;

namespace VoiceOfCustomer.Tagging.Tests.Similarity;

public sealed class When_similar_requests_are_looked_up
{
    private static readonly Guid PdfExport = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid SamlLogin = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid DarkMode = Guid.Parse("00000000-0000-0000-0000-000000000003");

    private static SimilarRequestIndex Indexed()
    {
        var index = new SimilarRequestIndex();
        index.Add(PdfExport, "Export dashboards to PDF. Exporting the sales dashboard as a PDF file");
        index.Add(SamlLogin, "SAML single sign-on with Okta. Our users cannot log in through Okta SAML");
        index.Add(DarkMode, "Dark mode for the web app. The white background hurts at night");
        return index;
    }

    [Test]
    public void The_closest_request_comes_first_with_a_cosine_between_zero_and_one()
    {
        using var index = Indexed();

        var matches = index.Query("Can we export a dashboard to pdf?", 3).Matches;

        Assert.That(matches[0].RequestId, Is.EqualTo(PdfExport));
        Assert.That(matches.Select(m => m.Score), Is.Ordered.Descending);
        Assert.That(matches.Select(m => m.Score), Is.All.InRange(0.0, 1.0));
    }

    [Test]
    public void The_same_text_scores_one()
    {
        using var index = Indexed();

        var best = index.Query("Dark mode for the web app. The white background hurts at night", 1).Matches.Single();

        Assert.That(best.RequestId, Is.EqualTo(DarkMode));
        Assert.That(best.Score, Is.EqualTo(1.0).Within(0.001));
    }

    [Test]
    public void Accents_case_and_inflections_still_find_the_request()
    {
        using var index = Indexed();

        Assert.That(index.Query("EXPORTED dashbóard, as pdfs", 1).Matches.Single().RequestId, Is.EqualTo(PdfExport));
        Assert.That(index.Query("OKTÁ logins", 1).Matches.Single().RequestId, Is.EqualTo(SamlLogin));
    }

    [Test]
    public void Why_names_the_shared_words_rarest_first()
    {
        using var index = Indexed();

        var why = index.Query("okta saml for our users", 1).Matches.Single().Why;

        Assert.That(why, Does.Contain("okta").And.Contain("saml"));
        Assert.That(why, Does.Not.Contain("for"));
    }

    [Test]
    public void Only_k_matches_come_back_and_unrelated_text_finds_nothing()
    {
        using var index = Indexed();

        Assert.That(index.Query("the", 1).Matches, Has.Count.EqualTo(1));
        Assert.That(index.Query("zzzz qqqq", 3).Matches, Is.Empty);
        Assert.That(index.Query("  !! ", 3), Is.EqualTo(SimilarRequests.None));
    }

    [Test]
    public void An_updated_request_is_found_by_its_new_text_only()
    {
        using var index = Indexed();

        index.Update(DarkMode, "Webhooks for every invoice event");

        Assert.That(index.Query("webhook on invoice", 1).Matches.Single().RequestId, Is.EqualTo(DarkMode));
        Assert.That(index.Query("dark mode background", 3).Matches.Select(m => m.RequestId), Does.Not.Contain(DarkMode));
        Assert.That(index.Count, Is.EqualTo(3));
    }

    [Test]
    public void A_removed_request_is_never_returned()
    {
        using var index = Indexed();

        Assert.That(index.Remove(PdfExport), Is.True);
        Assert.That(index.Remove(PdfExport), Is.False);

        Assert.That(index.Query("export dashboards to PDF", 3).Matches.Select(m => m.RequestId), Does.Not.Contain(PdfExport));
        Assert.That(index.Count, Is.EqualTo(2));
    }

    [Test]
    public void Adding_an_id_twice_or_updating_an_unknown_one_is_refused()
    {
        using var index = Indexed();

        Assert.Throws<ArgumentException>(() => index.Add(PdfExport, "again"));
        Assert.Throws<KeyNotFoundException>(() => index.Update(Guid.NewGuid(), "new"));
    }

    [Test]
    public void Only_a_best_match_at_or_above_the_threshold_is_prefilled()
    {
        using var strict = new SimilarRequestIndex(new SimilarRequestIndexOptions { PrefillThreshold = 0.99 });
        using var lenient = new SimilarRequestIndex(new SimilarRequestIndexOptions { PrefillThreshold = 0.2 });
        strict.Add(PdfExport, "Export dashboards to PDF");
        lenient.Add(PdfExport, "Export dashboards to PDF");

        Assert.That(strict.Query("export the dashboard as pdf", 1).Prefill, Is.Null);
        Assert.That(lenient.Query("export the dashboard as pdf", 1).Prefill?.RequestId, Is.EqualTo(PdfExport));
    }

    [Test]
    public void Many_removals_compact_the_index_without_losing_the_live_requests()
    {
        using var index = new SimilarRequestIndex();
        var ids = Enumerable.Range(0, 3000).Select(i => (Id: Guid.NewGuid(), Text: $"request number {i} about topic{i % 97} and widget{i}")).ToList();
        foreach (var (id, text) in ids)
        {
            index.Add(id, text);
        }

        foreach (var (id, _) in ids.Where((_, i) => i % 3 != 0))
        {
            index.Remove(id);
        }

        var kept = ids[2700];
        Assert.That(index.Count, Is.EqualTo(1000));
        Assert.That(index.Query(kept.Text, 1).Matches.Single().RequestId, Is.EqualTo(kept.Id));
        Assert.That(index.Query(ids[2701].Text, 1).Matches.Single().RequestId, Is.Not.EqualTo(ids[2701].Id));
    }

    [Test]
    public void Queries_from_many_threads_while_requests_are_added_all_succeed()
    {
        using var index = Indexed();

        var writers = Task.Run(() =>
        {
            for (var i = 0; i < 2000; i++)
            {
                index.Add(Guid.NewGuid(), $"generated request {i} about exports and webhooks");
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 300).Count(_ => index.Query("SAML login with Okta", 1).Matches[0].RequestId == SamlLogin))).ToArray();
        Task.WaitAll([writers, .. readers]);

        Assert.That(readers.Select(r => r.Result), Is.All.EqualTo(300));
        Assert.That(index.Count, Is.EqualTo(2003));
    }
}
