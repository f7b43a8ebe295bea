"""Wrong answers for 13-social-admin's graded set: ``WRONG[name][i]`` shows mistake ``i``."""

import re

import pandas as pd

from academy.exercises.m11_sns_analytics import kiwi
from academy.exercises.m13_social_admin import EMAIL, HANDLE, PHONE


def _topic(missing=None, as_list=False, last=False, early_default=False):
    def topic_of(text, rules):
        found = [topic for topic, words in rules.items() if any(word in text for word in words)]
        if early_default:
            return "기타"
        if as_list:
            return found
        if not found:
            return missing
        return found[-1] if last else found[0]
    return topic_of


def _slot(holidays_seen=True, weekend_first=True, end=18):
    def slot_of(when, holidays):
        rest = when.day_of_week >= 5 or (holidays_seen and when.date() in holidays)
        if rest and weekend_first:
            return "주말·공휴일"
        if 9 <= when.hour < end:
            return "근무시간"
        return "주말·공휴일" if rest else "근무시간 외"
    return slot_of


_slot_of = _slot()


def _wait(how="median", holidays_seen=True):
    def wait_by_slot(comments, holidays):
        slots = [_slot_of(when, holidays if holidays_seen else []) for when in comments["posted_at"]]
        return getattr(comments["response_hours"].groupby(slots), how)().round(1)
    return wait_by_slot


def _nouns(text):
    return [t.form for t in kiwi().tokenize(text) if t.tag in ("NNG", "NNP")]


def _trend(has=lambda noun, text: noun in _nouns(text), how="sum"):
    def noun_trend(comments, noun):
        flags = [has(noun, text) for text in comments["text"]]
        return getattr(pd.Series(flags, index=comments["posted_at"]).resample("MS"), how)()
    return noun_trend


def _anonymise(drop=True, names=True, plain_phones=True, email_first=True):
    phone = PHONE if plain_phones else r"01\d-\d{3,4}-\d{4}"

    def anonymise(table):
        public = table.drop(columns=["작성자", "연락처", "이메일"]) if drop else table.copy()
        texts = []
        for name, text in zip(table["작성자"], table["내용"]):
            if email_first:
                text = re.sub(HANDLE, "(아이디)", re.sub(EMAIL, "(이메일)", text))
            else:
                text = re.sub(EMAIL, "(이메일)", re.sub(HANDLE, "(아이디)", text))
            text = re.sub(phone, "(전화번호)", text)
            if names and isinstance(name, str) and name:
                text = text.replace(name, "○○○")
            texts.append(text)
        public["내용"] = texts
        return public
    return anonymise


WRONG = {
    "topic_of": [
        _topic(missing=None),
        _topic(as_list=True),
        _topic(early_default=True),
        _topic(last=True, missing="기타"),
    ],
    "slot_of": [
        _slot(holidays_seen=False),
        _slot(weekend_first=False),
        _slot(end=19),
    ],
    "wait_by_slot": [
        lambda comments, holidays: _wait()(comments, holidays).to_dict(),
        _wait(how="mean"),
        _wait(holidays_seen=False),
    ],
    "noun_trend": [
        lambda comments, noun: _trend()(comments, noun).tolist(),
        _trend(has=lambda noun, text: noun in text),
        _trend(how="count"),
    ],
    "anonymise": [
        _anonymise(drop=False),
        _anonymise(names=False),
        _anonymise(plain_phones=False),
        _anonymise(email_first=False),
    ],
}


def _topic_first(text, rules):
    for topic, words in rules.items():
        for word in words:
            if word in text:
                return topic
    return "기타"


# Lesson try-its whose reference would also answer a graded part: kept here, not in the package.
LESSON = {"topic_first": _topic_first}
