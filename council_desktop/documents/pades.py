"""A real digital signature on a signed protocol's PDF (PAdES, with pyHanko), and its check on receipt.

The official signs with a PKCS#12 key (RSA; in Kazakhstan the national certification centre, NCA RK,
issues such keys, used through its NCALayer program, which is out of reach here: a key exported as
a .p12 file is what this signs with).  The signature is an incremental update: the protocol's bytes
stay as they were, followed by the signature covering them all.  Its signing time is the version's,
taken from the data (when it was signed in the program), never the clock: the same key and the
same version give the same bytes.

`inspect` reports, for each signature: the signer's certificate, whether the signed bytes are intact,
whether anything was added after it (the file changed after signing), and whether the certificate
chains to a root the office trusts (given as PEM or DER files; without them it says so).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from dataclasses import dataclass

from ..domain.errors import CouncilError


@dataclass(frozen=True)
class SignatureReport:
    signer: str  # the certificate's subject, as people read it
    issuer: str
    serial: int
    signing_time: str  # ISO 8601, as the signature states it
    intact: bool  # the signed bytes are those signed
    whole_file: bool  # nothing was added after the signature
    trusted: bool  # the certificate chains to a trusted root given
    valid: bool  # the cryptographic signature checks out

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.whole_file


def load_key(pkcs12: bytes, passphrase: bytes | None):
    """pyHanko's signer for the key and certificate in `pkcs12`; refused with one clear line."""
    from pyhanko.sign import signers

    try:
        signer = signers.SimpleSigner.load_pkcs12_data(pkcs12, other_certs=[], passphrase=passphrase)
    except (ValueError, TypeError) as exc:
        raise CouncilError("signing_key_unreadable", reason=str(exc).splitlines()[0] if str(exc) else "") from None
    if signer is None:
        raise CouncilError("signing_key_unreadable", reason="")
    return signer


def sign(pdf: bytes, pkcs12: bytes, passphrase: bytes | None, signing_time: dt.datetime,
         reason: str = "") -> bytes:
    """`pdf` signed (PAdES baseline B) with the key and certificate in `pkcs12`."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer = load_key(pkcs12, passphrase)
    when = signing_time if signing_time.tzinfo else signing_time.replace(tzinfo=dt.timezone.utc)

    class AtTheVersionsTime(signers.PdfSigner):
        def init_signing_session(self, pdf_out, existing_fields_only=False):
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = when  # from the data, so that the bytes are reproducible
            return session

    meta = signers.PdfSignatureMetadata(field_name="Signature1", md_algorithm="sha256",
                                        subfilter=fields.SigSeedSubFilter.PADES, reason=reason or None)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    # pyHanko gives the new revision a random second ID; derived from what is signed and when instead
    first_id = writer._document_id[0]
    writer._document_id = generic.ArrayObject([first_id, generic.ByteStringObject(
        hashlib.sha256(pdf + when.isoformat().encode()).digest()[:16])])
    # and it would stamp /ModDate with the clock: the signing time instead (the document information
    # says when this version was signed; the rest stays as the protocol's).  A protocol signed as PDF/A-2b
    # is dated with that very time already, in the office's time zone, as its XMP is: it stays untouched,
    # so the two still agree

    def modified_when_signed():
        if writer._info is not None:
            info = writer._info.get_object()
            try:
                dated = generic.parse_pdf_date(str(info.get("/ModDate", "")))
            except Exception:  # noqa: BLE001 - no date, or one a reader cannot parse: set it
                dated = None
            if dated == when:
                return
            info[generic.NameObject("/ModDate")] = generic.pdf_date(when)
            writer.mark_update(writer._info)

    writer._update_meta = modified_when_signed
    out = AtTheVersionsTime(meta, signer=signer).sign_pdf(writer)
    return out.getvalue()


def unsigned(pdf: bytes) -> bytes:
    """The file as it was before the signatures appended to it: up to its first end-of-file mark
    (a protocol as the program writes it has one), which is what the program stored at signing."""
    end = pdf.find(b"%%EOF")
    if end < 0:
        return pdf
    end += len(b"%%EOF")
    while pdf[end:end + 1] in (b"\r", b"\n"):
        end += 1
    return pdf[:end]


def read_root(path: str) -> bytes:
    """A root certificate file the office trusts (PEM or DER), read and parsed; an unreadable file or one that
    is not a certificate is refused with one clear line before any copy is checked against it."""
    from asn1crypto import pem, x509

    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as exc:
        raise CouncilError("file_unreadable", path=path, reason=exc.strerror or str(exc)) from None
    try:
        x509.Certificate.load(pem.unarmor(data)[2] if pem.detect(data) else data).native  # parses it all
    except Exception:  # noqa: BLE001 - whatever a hostile file makes the parser raise
        raise CouncilError("root_certificate_unreadable", path=path) from None
    return data


def inspect(pdf: bytes, trust_roots: list[bytes] = ()) -> list[SignatureReport]:
    """Every PAdES / PDF signature in `pdf`, checked; [] for a file without one."""
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    # pyHanko logs a certificate it cannot chain with a traceback: the report says it, once
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    roots = []
    for data in trust_roots:
        if pem.detect(data):
            data = pem.unarmor(data)[2]
        roots.append(x509.Certificate.load(data))
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001 - a damaged or hostile file simply has no signature to report
        return []
    reports = []
    for sig in signatures:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        cert = sig.signer_cert
        try:
            status = validate_pdf_signature(sig, context)
        except (SignatureValidationError, ValueError):
            reports.append(SignatureReport(cert.subject.human_friendly, cert.issuer.human_friendly,
                                           cert.serial_number, "", False, False, False, False))
            continue
        when = status.signer_reported_dt.isoformat() if status.signer_reported_dt else ""
        reports.append(SignatureReport(
            signer=cert.subject.human_friendly, issuer=cert.issuer.human_friendly, serial=cert.serial_number,
            signing_time=when, intact=bool(status.intact), valid=bool(status.valid),
            whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE, trusted=bool(status.trusted)))
    return reports
