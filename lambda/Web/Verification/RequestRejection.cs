namespace WorldCapitals.Web.Verification;

/// <summary>Why the host refused a request. The reason goes back to the caller; the detail goes to the log only.</summary>
internal sealed record RequestRejection(RejectionReason Reason, string Detail);

internal enum RejectionReason
{
    UnsupportedContentType,
    EmptyBody,
    BodyTooLarge,
    MissingSignatureHeader,
    CertificateUrlRejected,
    CertificateUnavailable,
    CertificateNotTimeValid,
    CertificateSubjectMismatch,
    CertificateUntrusted,
    SignatureInvalid,
    InvalidJson,
    InvalidEnvelope,
    TimestampOutOfTolerance,
    SkillIdMismatch,
}
