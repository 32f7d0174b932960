using System.CommandLine;

namespace VoiceOfCustomer.Cli.Commands;

/// <summary>voc audit verify | voc audit checkpoints --out file.json</summary>
public static class AuditCommand
{
    public static Command Create(CliEnvironment environment, Option<Uri> api)
    {
        var verify = new Command("verify",
            $"Recompute the audit log's hash chain and check its signed checkpoints. Exit {ExitCodes.Success} when intact, {AuditHandler.NotIntact} with the first record that does not match, {ExitCodes.Failure} when it could not be checked.");
        verify.SetAction((parseResult, cancellationToken) => new AuditHandler(environment).VerifyAsync(parseResult.GetRequiredValue(api), cancellationToken));

        var output = new Option<FileInfo>("--out")
        {
            Description = "Write the export (JSON: every checkpoint, the public key in PEM and the signed byte layout) to this file.",
            HelpName = "path",
            Required = true,
        };
        var checkpoints = new Command("checkpoints", "Export the audit log's signed checkpoints with the public key, to keep and check offline.") { output };
        checkpoints.SetAction((parseResult, cancellationToken) =>
            new AuditHandler(environment).ExportCheckpointsAsync(parseResult.GetRequiredValue(api), parseResult.GetRequiredValue(output), cancellationToken));

        return new Command("audit", "The tamper-evident audit log (auditors and admins).") { verify, checkpoints };
    }
}
