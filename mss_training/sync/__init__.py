"""Sync between installations: identities and trust, signed bundles, and the merge."""
