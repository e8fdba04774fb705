using WorldCapitals.Lambda;

return await LambdaEntryPoint.RunAsync();
