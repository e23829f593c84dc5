"""Crack the password: entropy, guesses and cracking times against the formulas, the word lists,
and the phishing spotter's rules."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from exhibits.password_lab.model import (
    CHARACTER_POOLS,
    HOME_GUESSES_PER_S,
    KINDS,
    MAX_PIECES,
    RIG_GUESSES_PER_S,
    SECONDS_PER_YEAR,
    UNIVERSE_AGE_S,
    Password,
    Piece,
    PieceMaker,
    SpotterRound,
    challenge_bits,
    crack_seconds,
    entropy_bits,
    guesses_needed,
    load_messages,
    load_words,
    plain_duration,
    pool_size,
    scientific,
)

WORDS = 256


def pieces(*kinds: str) -> list[Piece]:
    return [Piece(kind, "x") for kind in kinds]


def test_pools_are_the_keyboard_characters() -> None:
    assert [len(CHARACTER_POOLS[k]) for k in ("lower", "upper", "digit", "symbol", "any")] == [26, 26, 10, 32, 94]
    assert len(set(CHARACTER_POOLS["any"])) == 94
    with pytest.raises(ValueError, match="unknown piece kind"):
        pool_size("emoji", WORDS)


def test_random_characters_follow_log2_of_pool_to_the_length() -> None:
    assert entropy_bits(pieces(*["any"] * 12), WORDS) == pytest.approx(math.log2(94 ** 12))
    assert entropy_bits(pieces(*["any"] * 12), WORDS) == pytest.approx(78.66, abs=0.01)
    assert entropy_bits(pieces(*["lower"] * 8), WORDS) == pytest.approx(8 * math.log2(26))  # 37.6
    assert entropy_bits(pieces(*["digit"] * 4), WORDS) == pytest.approx(math.log2(10_000)), "a 4-digit PIN"


def test_words_from_a_list_add_log2_of_its_length() -> None:
    assert entropy_bits(pieces(*["word"] * 5), WORDS) == 40.0
    assert entropy_bits(pieces(*["word"] * 6), 7776) == pytest.approx(77.55, abs=0.01), "a diceware passphrase"
    mixed = entropy_bits(pieces("word", "word", "digit", "symbol"), WORDS)
    assert mixed == pytest.approx(16 + math.log2(10) + 5)


@given(st.lists(st.sampled_from(KINDS), max_size=MAX_PIECES), st.integers(2, 10_000))
def test_bits_are_log2_of_the_number_of_passwords_the_recipe_can_make(kinds, word_count) -> None:
    count = math.prod(pool_size(kind, word_count) for kind in kinds)
    assert entropy_bits(pieces(*kinds), word_count) == pytest.approx(math.log2(count), abs=1e-9)


def test_guesses_and_times() -> None:
    assert guesses_needed(40) == 2 ** 40
    assert crack_seconds(40, HOME_GUESSES_PER_S) == pytest.approx(1099.51, abs=0.01)
    assert plain_duration(crack_seconds(40, HOME_GUESSES_PER_S)) == ("minutes", 18)
    assert plain_duration(crack_seconds(40, RIG_GUESSES_PER_S)) == ("seconds", 1)
    assert plain_duration(0.5) == ("instant", 0)
    assert plain_duration(2 ** 56 / RIG_GUESSES_PER_S) == ("hours", 20)  # 72 058 s
    assert plain_duration(3 * 86400 + 5) == ("days", 3)
    assert plain_duration(2 ** 64 / RIG_GUESSES_PER_S) == ("days", 213)
    assert plain_duration(2 ** 72 / RIG_GUESSES_PER_S) == ("years", 149)
    assert plain_duration(crack_seconds(math.log2(94 ** 12), RIG_GUESSES_PER_S)) == ("thousand_years", 15)
    assert plain_duration(2 ** 90 / RIG_GUESSES_PER_S) == ("million_years", 39)
    assert plain_duration(2 ** 100 / RIG_GUESSES_PER_S) == ("universe", 2), "40 billion years"
    assert plain_duration(2 * UNIVERSE_AGE_S + 1) == ("universe", 2)
    assert plain_duration(5e6 * SECONDS_PER_YEAR) == ("million_years", 5)


def test_scientific_notation() -> None:
    assert scientific(2 ** 40) == (pytest.approx(1.0995, abs=1e-4), 12)
    assert scientific(9.999e5) == (pytest.approx(1.0, abs=1e-3), 6)
    assert scientific(0) == (0.0, 0)


def test_challenges_need_the_right_number_of_bits() -> None:
    assert challenge_bits("home_year") == pytest.approx(math.log2(1e9 * 365.25 * 86400))  # 54.8
    assert challenge_bits("rig_century") == pytest.approx(71.42, abs=0.01)
    assert entropy_bits(pieces(*["word"] * 7), WORDS) >= challenge_bits("home_year")
    assert entropy_bits(pieces(*["word"] * 6), WORDS) < challenge_bits("home_year")
    assert entropy_bits(pieces(*["word"] * 9), WORDS) >= challenge_bits("rig_century")
    assert entropy_bits(pieces(*["any"] * 10), WORDS) < challenge_bits("rig_century") <= \
        entropy_bits(pieces(*["any"] * 11), WORDS)
    with pytest.raises(ValueError):
        challenge_bits("nope")


def test_word_lists_have_256_different_words_in_each_language() -> None:
    lists = load_words()
    assert set(lists) == {"lv", "en", "ru"}
    for language, words in lists.items():
        assert len(words) == WORDS == len(set(words)), language
        assert all(word.isalpha() and word == word.lower() for word in words), language


def test_piece_maker_offers_and_renews() -> None:
    maker = PieceMaker(("amber", "anchor", "dune"), random.Random(7))
    offered = maker.offers["word"]
    taken = maker.take("word")
    assert taken == offered and taken.text in ("amber", "anchor", "dune")
    password = Password()
    for kind in KINDS:
        piece = maker.take(kind)
        assert piece.kind == kind and (kind == "word" or piece.text in CHARACTER_POOLS[kind])
        password.add(piece)
    assert len(password.text) >= 5 + 3 and password.kind_counts()["digit"] == 1
    randoms = maker.random_characters()
    assert len(randoms) == 12 and all(p.kind == "any" and p.text in CHARACTER_POOLS["any"] for p in randoms)
    password.remove_last()
    assert len(password.pieces) == 5
    for _ in range(MAX_PIECES):
        password.add(maker.take("digit"))
    assert len(password.pieces) == MAX_PIECES and not password.add(maker.take("digit"))
    password.clear()
    assert password.text == ""


def test_messages_load_with_signs_in_three_languages() -> None:
    messages = load_messages()
    assert len(messages) == 3
    for message in messages:
        assert 3 <= len(message.signs) < len(message.segments), "some parts are normal"
        for index in message.signs:
            segment = message.segments[index]
            assert all(segment.explanation(language) for language in ("lv", "en", "ru"))
        for segment in message.segments:
            assert "@" not in segment.text("en") or ".example" in segment.text("en"), "invented addresses only"


def test_spotter_round() -> None:
    message = load_messages()[0]
    spot = SpotterRound(message)
    signs = sorted(message.signs)
    normal = next(i for i in range(len(message.segments)) if i not in message.signs)
    assert spot.tap(normal) == "fine" and spot.tap(normal) == "again"
    for index in signs:
        assert not spot.complete
        assert spot.tap(index) == "sign"
    assert spot.complete and spot.score == 85.0
    assert SpotterRound(message, found=set(signs)).score == 100.0
    with pytest.raises(IndexError):
        spot.tap(99)


def test_a_broken_message_file_names_the_problem(tmp_path) -> None:
    bad = tmp_path / "messages.toml"
    bad.write_text('[[message]]\nkey = "x"\n[[message.segment]]\nen = "Hi"\nlv = "Sveiki"\nru = "Привет"\n'
                   'sign = "link"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="message 1, segment 1: a warning sign needs its 'why'"):
        load_messages(bad)


def test_word_lists_and_messages_are_read_once_per_run(monkeypatch) -> None:
    """Every open of the exhibit used to parse both TOML files again (about a fifth of an open);
    they ship with the exhibit and never change while the kiosk runs. A caller's changes to the
    lists it got stay its own."""
    import tomllib

    from exhibits.password_lab import model

    load_words(), load_messages()  # whatever an earlier test left in the cache
    parsed = []
    real_load = tomllib.load
    monkeypatch.setattr(model.tomllib, "load", lambda file: (parsed.append(file.name), real_load(file))[1])
    first = load_words()
    first["en"] = ()
    assert load_words()["en"] and load_messages() == load_messages()
    assert parsed == []
