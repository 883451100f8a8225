from __future__ import annotations

from datetime import date

import pytest

from ryhmat.demo import DemoData, generate

# A Monday in late November 2026: the autumn is mostly behind, the spring ahead,
# and pyhäinpäivä fell on Saturday 31 October.
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="package")
def small() -> DemoData:
    return generate("small", seed=1, today=TODAY)
