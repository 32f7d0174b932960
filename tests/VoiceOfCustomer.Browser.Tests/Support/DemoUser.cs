namespace VoiceOfCustomer.Browser.Tests.Support;

/// <summary>One entry of the demo users file: {"userName":"csm.alice","role":"csm","password":"..."}.</summary>
public sealed record DemoUser(string UserName, string Role, string Password);
