using WorldCapitals.Skill.Alexa.Pipeline;
using WorldCapitals.Web.Verification;

namespace WorldCapitals.Web;

/// <summary>The short reasons sent back with HTTP 400. Fixed texts: nothing from the request is ever echoed.</summary>
internal static class Rejections
{
    public static RejectionBody ToBody(RejectionReason reason) => new(reason.ToString(), Describe(reason));

    public static RequestRejection FromSkillError(SkillError error) => new(error.Kind switch
    {
        SkillErrorKind.EmptyBody => RejectionReason.EmptyBody,
        SkillErrorKind.BodyTooLarge => RejectionReason.BodyTooLarge,
        SkillErrorKind.InvalidJson => RejectionReason.InvalidJson,
        SkillErrorKind.SkillIdMismatch => RejectionReason.SkillIdMismatch,
        SkillErrorKind.TimestampOutOfTolerance => RejectionReason.TimestampOutOfTolerance,
        _ => RejectionReason.InvalidEnvelope,
    }, error.Message);

    private static string Describe(RejectionReason reason) => reason switch
    {
        RejectionReason.UnsupportedContentType => "The content type must be application/json.",
        RejectionReason.EmptyBody => "The body is empty.",
        RejectionReason.BodyTooLarge => "The body is too large.",
        RejectionReason.MissingSignatureHeader => "The SignatureCertChainUrl and Signature-256 headers are required.",
        RejectionReason.CertificateUrlRejected => "The certificate URL is not an Alexa certificate URL.",
        RejectionReason.CertificateUnavailable => "The signing certificate could not be obtained.",
        RejectionReason.CertificateNotTimeValid => "The signing certificate is expired or not yet valid.",
        RejectionReason.CertificateSubjectMismatch => "The signing certificate is not Alexa's.",
        RejectionReason.CertificateUntrusted => "The signing certificate is not trusted.",
        RejectionReason.SignatureInvalid => "The signature does not match the body.",
        RejectionReason.InvalidJson => "The body is not valid JSON.",
        RejectionReason.InvalidEnvelope => "The body is not an Alexa request envelope.",
        RejectionReason.TimestampOutOfTolerance => "The request timestamp is too far from now.",
        RejectionReason.SkillIdMismatch => "The request is not for this skill.",
        _ => "The request was rejected.",
    };
}
