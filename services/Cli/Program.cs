using VoiceOfCustomer.Cli;

return await VocRootCommand.Create(CliEnvironment.FromProcess()).Parse(args).InvokeAsync();
