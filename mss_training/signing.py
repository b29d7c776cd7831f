"""Ed25519 keys: each installation signs what it issues and what it sends."""

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh key pair as (private, public), each 32 raw bytes."""
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return private.private_bytes_raw(), public
