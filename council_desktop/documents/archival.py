"""The archival copy of a document: PDF/A-2b, made from the PDF ReportLab wrote, with pikepdf.

What PDF/A-2b asks and ReportLab already gives: every font embedded (subset TrueType), no
encryption, no transparency, a document ID.  What is added here: XMP metadata matching the
document information (title, subject, author, keywords, dates) with the PDF/A identification
(part 2, conformance B), and an sRGB output intent with its ICC profile embedded.

Deterministic: the same PDF gives the same archival bytes (the ICC profile's creation date is fixed,
pikepdf records no editing time, the ID is derived from the content).  No validator (veraPDF) is
reachable from the office's machines: the tests read the structure back with pikepdf instead.
"""
from __future__ import annotations

import io
import struct

import pikepdf

ICC_DATE = (2026, 1, 1, 0, 0, 0)  # the profile's creation date, fixed so that the bytes are reproducible
OUTPUT_CONDITION = "sRGB IEC61966-2.1"


def srgb_profile() -> bytes:
    """LittleCMS's built-in sRGB profile (through Pillow), its header date fixed."""
    from PIL import ImageCms

    profile = bytearray(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())
    profile[24:36] = struct.pack(">6H", *ICC_DATE)  # ICC header dateTimeNumber; no profile ID is set
    return bytes(profile)


def archival(pdf: bytes) -> bytes:
    """`pdf` as PDF/A-2b; a file this already made (a signed version's print) as it is, byte for byte."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if is_archival(doc):
            return pdf
        icc = doc.make_stream(srgb_profile())
        icc.N = 3
        doc.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier=OUTPUT_CONDITION,
            Info=OUTPUT_CONDITION, RegistryName="http://www.color.org", DestOutputProfile=icc)])
        if "/Trapped" in doc.docinfo:  # no XMP equivalent: the two must agree, so it goes
            del doc.docinfo["/Trapped"]
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(doc.docinfo)
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = io.BytesIO()
        doc.save(out, deterministic_id=True, fix_metadata_version=True)
        return out.getvalue()


def is_archival(doc: pikepdf.Pdf) -> bool:
    """It declares PDF/A-2b and has the output intent this module gives."""
    intents = doc.Root.get("/OutputIntents")
    if not intents or intents[0].get("/S") != pikepdf.Name.GTS_PDFA1:
        return False
    meta = doc.open_metadata()
    return meta.get("pdfaid:part") == "2" and meta.get("pdfaid:conformance") == "B"
