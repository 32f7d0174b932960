namespace VoiceOfCustomer.Portal.Tests.Pages;

/// <summary>Small CSV files for the import pages: two good accounts; one good and one bad feedback row.</summary>
public static class RoleCsv
{
    public const string Accounts = """
        accountId,name,region,country,language,sizeBand,industry,planTier,arr
        acme,Acme Ltd,EMEA,FR,fr,51-200,Retail,pro,120000
        globex,Globex,NA,US,en,201-1000,Energy,enterprise,450000

        """;

    public const string Feedback = """
        accountId,text,sourceChannel,csmImportance,goalProximity,occurredAt
        acme,Exports time out,call,2,0,2026-02-01T10:00:00Z
        nobody,Nobody's account,call,1,0,2026-02-01T10:00:00Z

        """;
}
