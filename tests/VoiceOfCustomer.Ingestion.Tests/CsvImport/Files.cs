namespace VoiceOfCustomer.Ingestion.Tests.CsvImport;

/// <summary>CSV files as spreadsheets and CRMs export them: loose header names, quoted commas and line breaks.</summary>
public static class Files
{
    /// <summary>Lines 4 and 5 are bad; "Tier Notes" is a custom attribute.</summary>
    public const string Accounts = """
        Account ID,Name,Region,Country,Language,Size Band,Industry,Plan Tier,ARR,Tier Notes
        acme,"Acme, Inc.",EMEA,FR,fr,201-1000,manufacturing,enterprise,120000.50,"Renewal in Q3, watch churn"
        globex,Globex,APAC,JP,ja,5001+,energy,enterprise,900000,
        initech,Initech,AMER,Atlantis,en,11-50,software,starter,5000,
        umbrella,Umbrella,AMER,US,en,huge,pharma,pro,lots,

        """;

    public const string MultiLineText = "Exports time out, every time\nthe report has more than 10,000 rows";

    /// <summary>
    /// The first row spans lines 2 and 3; lines 4 (channel), 6 (importance) and 7 (account not in the registry)
    /// are bad; lines 5 and 8 are good.
    /// </summary>
    public const string Feedback = """
        Account ID,Text,Source Channel,CSM ID,CSM Importance,Goal Proximity,Business Goal,Occurred At,Contact Email
        acme,"Exports time out, every time
        the report has more than 10,000 rows",call,csm-ana,2,3,"Close the books in two days",2026-02-20T15:30:00Z,maria@acme.example
        globex,Dashboard loads slowly,fax,csm-ana,1,0,,2026-02-21T10:00:00Z,
        globex,SSO login loops,ticket,csm-kenji,3,0,,2026-02-22T08:00:00Z,
        acme,Needs an audit export,email,csm-ana,lots,0,,2026-02-23T08:00:00Z,
        initech,Wants dark mode,chat,csm-ana,1,0,,2026-02-24T08:00:00Z,
        "globex","The ""Save"" button does nothing",chat,csm-kenji,1,0,,2026-02-25T08:00:00Z,

        """;

    /// <summary>Every row good.</summary>
    public const string GoodAccounts = """
        account_id,name,region,country,language,size_band,industry,plan_tier,arr
        acme,Acme,EMEA,FR,fr,201-1000,manufacturing,enterprise,120000
        globex,Globex,APAC,JP,ja,5001+,energy,enterprise,900000

        """;

    /// <summary>Every row good, no idempotency keys: the import derives them.</summary>
    public const string GoodFeedback = """
        accountId,text,sourceChannel,csmId,csmImportance,goalProximity,occurredAt
        acme,Exports time out,call,csm-ana,2,0,2026-02-20T15:30:00Z
        globex,"SSO login loops, then fails",ticket,csm-kenji,3,0,2026-02-22T08:00:00Z
        globex,Dashboard is slow,chat,csm-kenji,1,0,2026-02-23T08:00:00Z

        """;

    /// <summary>No source channel column.</summary>
    public const string FeedbackWithoutChannel = """
        Account ID,Text,CSM ID,CSM Importance,Goal Proximity,Occurred At
        acme,Exports time out,csm-ana,2,0,2026-02-20T15:30:00Z

        """;
}
