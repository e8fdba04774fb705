using System.Text.Json;
using WorldCapitals.Skill.Alexa.Requests;
using static WorldCapitals.Skill.Alexa.Parsing.JsonReading;

namespace WorldCapitals.Skill.Alexa.Parsing;

/// <summary>
/// Reads a request envelope in one forward pass over the UTF-8 bytes, building the same model the
/// source-generated <see cref="Serialization.AlexaJsonContext"/> reads, at a fraction of the cost: the hot
/// path of every host. Members the model does not name are skipped without being materialised.
/// Any JSON that does not fit the model throws <see cref="JsonException"/>, as the serializer would.
/// </summary>
internal static class EnvelopeParser
{
    public static SkillRequest Parse(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        ReadValue(ref reader);
        if (!IsObject(ref reader, "envelope"))
            throw new JsonException("The envelope must be an object.");

        string? version = null;
        Session? session = null;
        RequestContext? context = null;
        Request? request = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("request"u8))
            {
                ReadValue(ref reader);
                request = RequestParser.Parse(ref reader);
            }
            else if (reader.ValueTextEquals("context"u8))
            {
                ReadValue(ref reader);
                context = ContextParser.ReadContext(ref reader);
            }
            else if (reader.ValueTextEquals("session"u8))
            {
                ReadValue(ref reader);
                session = ReadSession(ref reader);
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                ReadValue(ref reader);
                version = String(ref reader, "version");
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        if (reader.Read())
            throw new JsonException($"Unexpected data after the envelope (byte {reader.TokenStartIndex}).");
        return new SkillRequest { Version = version, Session = session, Context = context, Request = request };
    }

    private static Session? ReadSession(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "session"))
            return null;
        bool isNew = false;
        string? sessionId = null;
        Application? application = null;
        Dictionary<string, JsonElement>? attributes = null;
        User? user = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("new"u8))
            {
                ReadValue(ref reader);
                isNew = Boolean(ref reader, "session.new");
            }
            else if (reader.ValueTextEquals("sessionId"u8))
            {
                ReadValue(ref reader);
                sessionId = String(ref reader, "session.sessionId");
            }
            else if (reader.ValueTextEquals("application"u8))
            {
                ReadValue(ref reader);
                application = ReadApplication(ref reader);
            }
            else if (reader.ValueTextEquals("user"u8))
            {
                ReadValue(ref reader);
                user = ReadUser(ref reader);
            }
            else if (reader.ValueTextEquals("attributes"u8))
            {
                ReadValue(ref reader);
                attributes = ElementMap(ref reader, "session.attributes");
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        return new Session { New = isNew, SessionId = sessionId, Application = application, Attributes = attributes, User = user };
    }

    internal static Application? ReadApplication(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "application"))
            return null;
        string? applicationId = null;
        while (NextProperty(ref reader))
        {
            var isId = reader.ValueTextEquals("applicationId"u8);
            ReadValue(ref reader);
            if (isId)
                applicationId = String(ref reader, "applicationId");
            else
                reader.Skip();
        }
        return new Application { ApplicationId = applicationId };
    }

    internal static User? ReadUser(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "user"))
            return null;
        string? userId = null;
        string? accessToken = null;
        Permissions? permissions = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("userId"u8))
            {
                ReadValue(ref reader);
                userId = String(ref reader, "user.userId");
            }
            else if (reader.ValueTextEquals("accessToken"u8))
            {
                ReadValue(ref reader);
                accessToken = String(ref reader, "user.accessToken");
            }
            else if (reader.ValueTextEquals("permissions"u8))
            {
                ReadValue(ref reader);
                permissions = ReadPermissions(ref reader);
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        return new User { UserId = userId, AccessToken = accessToken, Permissions = permissions };
    }

    private static Permissions? ReadPermissions(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "permissions"))
            return null;
        string? consentToken = null;
        Dictionary<string, PermissionScope>? scopes = null;
        while (NextProperty(ref reader))
        {
            if (reader.ValueTextEquals("consentToken"u8))
            {
                ReadValue(ref reader);
                consentToken = String(ref reader, "permissions.consentToken");
            }
            else if (reader.ValueTextEquals("scopes"u8))
            {
                ReadValue(ref reader);
                scopes = ReadScopes(ref reader);
            }
            else
            {
                ReadValue(ref reader);
                reader.Skip();
            }
        }
        return new Permissions { ConsentToken = consentToken, Scopes = scopes };
    }

    private static Dictionary<string, PermissionScope>? ReadScopes(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader, "permissions.scopes"))
            return null;
        var scopes = new Dictionary<string, PermissionScope>(StringComparer.Ordinal);
        while (NextProperty(ref reader))
        {
            var name = reader.GetString()!;
            ReadValue(ref reader);
            if (!IsObject(ref reader, "permissions.scopes." + name))
                continue;
            string? status = null;
            while (NextProperty(ref reader))
            {
                var isStatus = reader.ValueTextEquals("status"u8);
                ReadValue(ref reader);
                if (isStatus)
                    status = String(ref reader, "status");
                else
                    reader.Skip();
            }
            scopes[name] = new PermissionScope { Status = status };
        }
        return scopes;
    }
}
