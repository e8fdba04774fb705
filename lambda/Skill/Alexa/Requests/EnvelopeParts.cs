namespace WorldCapitals.Skill.Alexa.Requests;

/// <summary>
/// The envelope's <c>session</c> and <c>context</c> as the parser left them: their JSON (slices of the body), built into
/// objects only when asked for, and the few facts the protocol layer reads on every request, read in the same pass.
/// </summary>
internal struct EnvelopeParts
{
    /// <summary>The session object as sent; empty when there is none.</summary>
    public ReadOnlyMemory<byte> SessionJson;

    public bool SessionIsNew;

    /// <summary><c>session.application.applicationId</c>.</summary>
    public DeferredString SessionApplicationId;

    /// <summary>The context object as sent; empty when there is none.</summary>
    public ReadOnlyMemory<byte> ContextJson;

    /// <summary><c>context.System.application.applicationId</c>.</summary>
    public DeferredString ContextApplicationId;
}
