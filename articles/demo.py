"""Demo newsroom content for `seed_demo` (replaced by the demo-content work)."""


def seed(*, stdout=None):
    return None
