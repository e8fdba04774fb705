using System.Text.Json;
using System.Text.Unicode;
using WorldCapitals.Skill.Alexa.Requests;
using WorldCapitals.Skill.Alexa.Serialization;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// Reads a request envelope in one forward pass over its UTF-8 bytes (<see cref="EnvelopeReader"/> is the way in).
/// Members the model does not name are skipped; parts and ids a skill rarely reads stay slices of the body until read:
/// <c>session</c> and <c>context</c> are checked here but built only when asked for (<see cref="EnvelopeParts"/>).
/// JSON that does not fit the model throws <see cref="JsonException"/>.
/// </summary>
internal static class EnvelopeParser
{
    /// <param name="utf8">The body; raw parts and deferred strings of the envelope are slices of it, not copies.</param>
    /// <param name="knownStrings">The locale, intent name and slot names are read as these instances when they are one.</param>
    /// <param name="readPartsNow">
    /// Build <c>session</c> and <c>context</c> now, as objects, instead of on first use (tests compare the two).
    /// Either way the whole envelope is checked here: a part read later cannot fail.
    /// </param>
    public static SkillRequest Parse(ReadOnlyMemory<byte> utf8, KnownStrings knownStrings, bool readPartsNow = false)
    {
        // The reader checks UTF-8 only where it decodes; raw and deferred parts are decoded later, so check it all now.
        if (!Utf8.IsValid(utf8.Span))
            throw new JsonException("The body is not valid UTF-8.");
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        ReadValue(ref reader);
        if (!IsObject(ref reader, "envelope"))
            throw new JsonException("The envelope must be an object.");

        string? version = null;
        Session? session = null;
        RequestContext? context = null;
        Request? request = null;
        var parts = new EnvelopeParts();
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("request"u8))
            {
                request = RequestParser.Parse(ref reader, utf8, knownStrings);
            }
            else if (property.SequenceEqual("context"u8))
            {
                var start = reader.TokenStartIndex;
                context = ContextParser.ReadContext(ref reader, utf8, readPartsNow, out parts.ContextApplicationId);
                parts.ContextJson = Slice(ref reader, utf8, start, readPartsNow);
            }
            else if (property.SequenceEqual("session"u8))
            {
                var start = reader.TokenStartIndex;
                session = ReadSession(ref reader, utf8, readPartsNow, out parts.SessionIsNew, out parts.SessionApplicationId);
                parts.SessionJson = Slice(ref reader, utf8, start, readPartsNow);
            }
            else if (property.SequenceEqual("version"u8))
            {
                version = OpenString(ref reader, "version", "1.0");
            }
            else
            {
                reader.Skip();
            }
        }
        if (reader.Read())
            throw new JsonException($"Unexpected data after the envelope (byte {reader.TokenStartIndex}).");
        return readPartsNow
            ? new SkillRequest { Version = version, Session = session, Context = context, Request = request }
            : new SkillRequest { Version = version, Request = request, Parts = parts };
    }

    /// <summary>A session object's own bytes (<see cref="EnvelopeParts.SessionJson"/>, checked by <see cref="Parse"/>) read into a <see cref="Session"/>.</summary>
    internal static Session? ReadSession(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = AlexaJson.MaxDepth });
        ReadValue(ref reader);
        return ReadSession(ref reader, json, build: true, out _, out _);
    }

    // The object the reader has just read, from its first byte; empty for null, or when its objects were built.
    private static ReadOnlyMemory<byte> Slice(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, long start, bool built) =>
        built || reader.TokenType != JsonTokenType.EndObject ? default : source[checked((int)start)..checked((int)reader.BytesConsumed)];

    /// <param name="build">False: check the JSON and read <paramref name="isNew"/> and <paramref name="applicationId"/> only, returning null.</param>
    private static Session? ReadSession(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build, out bool isNew, out DeferredString applicationId)
    {
        isNew = false;
        applicationId = default;
        if (!IsObject(ref reader, "session"))
            return null;
        DeferredString sessionId = default;
        Application? application = null;
        RawJson? attributes = null;
        User? user = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("new"u8))
                isNew = Boolean(ref reader, "session.new");
            else if (property.SequenceEqual("sessionId"u8))
                sessionId = Deferred(ref reader, source, "session.sessionId");
            else if (property.SequenceEqual("application"u8))
                application = ReadApplication(ref reader, source, build, out applicationId);
            else if (property.SequenceEqual("user"u8))
                user = ReadUser(ref reader, source, build);
            else if (property.SequenceEqual("attributes"u8))
                attributes = build ? RawObject(ref reader, source, "session.attributes") : SkipObject(ref reader, "session.attributes");
            else
                reader.Skip();
        }
        return build ? new Session { New = isNew, SessionIdJson = sessionId, Application = application, Attributes = attributes, User = user } : null;
    }

    internal static Application? ReadApplication(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build, out DeferredString applicationId)
    {
        applicationId = default;
        if (!IsObject(ref reader, "application"))
            return null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("applicationId"u8))
                applicationId = Deferred(ref reader, source, "applicationId");
            else
                reader.Skip();
        }
        return build ? new Application { ApplicationIdJson = applicationId } : null;
    }

    internal static User? ReadUser(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build)
    {
        if (!IsObject(ref reader, "user"))
            return null;
        DeferredString userId = default;
        DeferredString accessToken = default;
        UserPermissions? permissions = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("userId"u8))
                userId = Deferred(ref reader, source, "user.userId");
            else if (property.SequenceEqual("accessToken"u8))
                accessToken = Deferred(ref reader, source, "user.accessToken");
            else if (property.SequenceEqual("permissions"u8))
                permissions = ReadPermissions(ref reader, source, build);
            else
                reader.Skip();
        }
        return build ? new User { UserIdJson = userId, AccessTokenJson = accessToken, Permissions = permissions } : null;
    }

    private static UserPermissions? ReadPermissions(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool build)
    {
        if (!IsObject(ref reader, "permissions"))
            return null;
        DeferredString consentToken = default;
        Dictionary<string, PermissionScope>? scopes = null;
        while (NextMember(ref reader, out var property))
        {
            if (property.SequenceEqual("consentToken"u8))
                consentToken = Deferred(ref reader, source, "permissions.consentToken");
            else if (property.SequenceEqual("scopes"u8))
                scopes = ReadScopes(ref reader, build);
            else
                reader.Skip();
        }
        return build ? new UserPermissions { ConsentTokenJson = consentToken, Scopes = scopes } : null;
    }

    private static Dictionary<string, PermissionScope>? ReadScopes(ref Utf8JsonReader reader, bool build)
    {
        if (!IsObject(ref reader, "permissions.scopes"))
            return null;
        var scopes = build ? new Dictionary<string, PermissionScope>(StringComparer.Ordinal) : null;
        while (NextProperty(ref reader))
        {
            var name = reader.GetString()!;
            ReadValue(ref reader);
            if (!IsObject(ref reader, "permissions.scopes." + name))
                continue;
            string? status = null;
            while (NextMember(ref reader, out var property))
            {
                if (property.SequenceEqual("status"u8))
                    status = String(ref reader, "status");
                else
                    reader.Skip();
            }
            if (scopes is not null)
                scopes[name] = new PermissionScope { Status = status };
        }
        return scopes;
    }
}
