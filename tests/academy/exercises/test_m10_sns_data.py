"""10-sns-data's lesson literals stay true to the sample export (the package keeps no converter
that would also answer a graded part)."""

from __future__ import annotations

from datetime import datetime, timezone

from academy.exercises import m10_sns_data
from academy.readers.meta import instagram_timestamp


def test_the_carousel_time_literal_is_the_exports():
    expected = m10_sns_data.lesson.carousel_time.expected
    seconds = instagram_timestamp(m10_sns_data._CAROUSEL)
    assert expected == datetime.fromtimestamp(seconds, tz=timezone.utc)
    assert expected.utcoffset().total_seconds() == 9 * 3600
