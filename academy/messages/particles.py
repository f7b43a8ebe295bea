"""Korean particles after code names: ``coffee_price``\\ 라는, ``my_name``\\ 이라는, ``q.fee.hint()``\\ 를.

A particle pair is written ``A/B``: ``A`` after a final consonant (받침), ``B`` after a vowel.
Pairs whose first form starts with 으 (``으로/로``) take ``B`` after ㄹ too, as Korean does
(``파일로``, ``UTF-8로``). Messages use it as a format spec, ``"`{name}`{name:을/를}"``
(:func:`academy.messages.say`), or call :func:`particle` directly.

Which sound ends what is printed -- the rule, so every message agrees:

* Trailing brackets, quotes, dots and spaces are silent (``q.fee.hint()`` ends in ``hint``).
* Hangul: the last syllable's 받침 (``라테`` vowel, ``좋아요수`` vowel, ``수강료`` vowel).
* Digits read as Korean numbers: the last digit ``0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육,
  7 칠, 8 팔, 9 구``; an integer ending in zeros ends in its unit (``10 십, 100 백, 1000 천,
  10000 만``, all with 받침); after a decimal point digits are read one by one.
* Latin letters: the last word of the name (split at ``_``, ``.``, digits and camelCase).
  A word without a vowel letter or written in capitals (``df``, ``csv``, ``URL``) is spelled
  letter by letter, and its last letter's Korean name decides: ``l 엘, r 알`` (ㄹ), ``m 엠,
  n 엔`` (받침), every other letter ends in a vowel (``에스, 디, 엑스, 와이`` ...).
  Any other word is read as its Korean loanword: ``-ng`` 받침 (스트링); ``-l/-ll`` and
  ``-le`` ㄹ (토탈, 타이틀, 파일); ``-m/-me`` and ``-n/-ne`` 받침 (섬, 네임, 칼럼, 라인);
  ``-p/-t/-k`` after one short vowel letter 받침 (톱, 스플릿, 인풋, 버짓), ``-ck`` 받침 (픽);
  everything else ends in a vowel sound: a vowel letter, ``-r`` (넘버), ``-s/-x/-z``,
  ``-d/-b/-g/-f/-v``, ``-sh/-ch/-th``, a silent ``e`` after other consonants (프라이스,
  레이트, 레인지), a consonant cluster (리스트, 카운트, 딕트).
* Nothing readable (only symbols): both forms, ``을(를)``, ``(이)라는``, ``(으)로``.

>>> particle("coffee_price", "이라는/라는"), particle("my_name", "이라는/라는")
('라는', '이라는')
>>> particle("q.fee.hint()", "을/를"), particle("utf-8", "으로/로"), particle("cp949", "으로/로")
('를', '로', '로')
>>> particle("df", "은/는"), particle("URL", "이/가"), particle("1000", "이/가"), particle("+", "을/를")
('는', '이', '이', '을(를)')
"""

from __future__ import annotations

import re

__all__ = ["final_sound", "particle", "VOWEL", "RIEUL", "CONSONANT"]

VOWEL, RIEUL, CONSONANT = "vowel", "rieul", "consonant"

_SILENT_TAIL = " \t\n)]}>\"'`.,;:!?…"
_LETTER_NAMES = {"l": RIEUL, "r": RIEUL, "m": CONSONANT, "n": CONSONANT}  # every other letter: vowel
_DIGITS = {"0": CONSONANT, "1": RIEUL, "2": VOWEL, "3": CONSONANT, "4": VOWEL,
           "5": VOWEL, "6": CONSONANT, "7": RIEUL, "8": RIEUL, "9": VOWEL}
_VOWEL_LETTERS = set("aeiouy")
_WORD_PIECES = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def _hangul(char: str) -> str | None:
    code = ord(char) - 0xAC00
    if not 0 <= code <= 0xD7A3 - 0xAC00:
        return None
    final = code % 28
    return VOWEL if final == 0 else RIEUL if final == 8 else CONSONANT


def _number(text: str) -> str:
    """The final sound of the digit run ending ``text`` (read as a Korean number)."""
    digits = re.search(r"[0-9]+$", text).group(0)
    after_point = text[: -len(digits)].endswith(".") and re.search(r"[0-9]\.$", text[: -len(digits)])
    if after_point or digits[-1] != "0":
        return _DIGITS[digits[-1]]
    return CONSONANT  # 영, 십, 백, 천, 만, 억: all end in a consonant


def _english(word: str) -> str:
    """The final sound of an English word as a Korean loanword (see the module rule)."""
    w = word.lower()
    if w.endswith("ng"):
        return CONSONANT
    if w.endswith("ck"):
        return CONSONANT
    last = w[-1]
    if last == "e" and len(w) >= 3 and w[-2] not in _VOWEL_LETTERS:  # silent e: name, file, price
        return RIEUL if w[-2] == "l" else CONSONANT if w[-2] in "mn" else VOWEL
    if last in _VOWEL_LETTERS or last == "w":
        return VOWEL
    if last == "l":
        return RIEUL
    if last in "mn":
        return CONSONANT
    if last in "ptk" and len(w) >= 2 and w[-2] in _VOWEL_LETTERS and (len(w) < 3 or w[-3] not in _VOWEL_LETTERS):
        return CONSONANT
    return VOWEL


def final_sound(text: object) -> str | None:
    """``VOWEL``, ``RIEUL`` or ``CONSONANT`` for the last sound of ``text`` as Koreans read it
    aloud, or ``None`` when nothing readable ends it."""
    shown = str(text).rstrip(_SILENT_TAIL)
    # silent brackets inside the tail too: "hint()" -> "hint", 'prices["라테"]' -> 라테
    while shown and not (shown[-1].isalnum()):
        shown = shown[:-1].rstrip(_SILENT_TAIL + "([{<")
    if not shown:
        return None
    last = shown[-1]
    sound = _hangul(last)
    if sound is not None:
        return sound
    if last.isascii() and last.isdigit():
        return _number(shown)
    if not (last.isascii() and last.isalpha()):
        return None
    run = re.search(r"[A-Za-z]+$", shown).group(0)
    pieces = _WORD_PIECES.findall(run) or [run]
    word = pieces[-1]
    if word.isupper() or not (set(word.lower()) & _VOWEL_LETTERS) or len(word) == 1:
        return _LETTER_NAMES.get(word[-1].lower(), VOWEL)
    return _english(word)


def particle(text: object, pair: str) -> str:
    """The form of ``pair`` (``"을/를"``, ``"이/가"``, ``"으로/로"`` ...) that follows ``text``."""
    with_final, after_vowel = pair.split("/", 1)
    sound = final_sound(text)
    if sound is None:
        if with_final in ("이" + after_vowel, "으" + after_vowel):
            return f"({with_final[0]}){after_vowel}"
        return f"{with_final}({after_vowel})"
    if sound == VOWEL or (sound == RIEUL and with_final.startswith("으")):
        return after_vowel
    return with_final
