"""The core: packs, answers, scoring and remediation. Pure Python: no Qt, no storage, no network."""
