"""Demo careers data for `seed_demo` (replaced by the careers work)."""


def seed(*, stdout=None):
    return None
