using WorldCapitals.Lambda;
using WorldCapitals.Lambda.Hosting;

SocketCompletions.RunInline();
return await LambdaEntryPoint.RunAsync();
