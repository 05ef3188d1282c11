"""The fingerprint of a protocol's data: what its QR code carries, and what `council check` verifies.

Taken over the protocol's views in every language (`services.readmodel.all_views`), independent
of the PDF's bytes and of the layout printed: a signed protocol shows one fingerprint whether
printed in Kazakh, Russian or English, and the one stored at signing identifies every copy.
"""
from __future__ import annotations

import hashlib
import json

from .entities import LANGUAGES
from .view_shape import first

# what changes when a protocol is signed, and so must not change its fingerprint
VOLATILE = {"status", "protocol_version", "protocol_issues", "fingerprint"}


def fingerprint(views: dict[str, dict]) -> str:
    """Over the views in their first shape (`view_shape.first`): a stored view of any version, and the
    views made again, give the fingerprint that was taken when they were signed."""
    canonical = json.dumps({lang: {k: v for k, v in first(views[lang]).items() if k not in VOLATILE}
                            for lang in sorted(LANGUAGES)}, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
