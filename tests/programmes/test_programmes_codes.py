"""Participant codes: unambiguous characters, and a check character that catches misreads."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.programmes import codes

bodies = st.text(alphabet=codes.ALPHABET, min_size=codes.BODY_LENGTH, max_size=codes.BODY_LENGTH)


def with_check(body: str) -> str:
    return body + codes.check_character(body)


def test_alphabet_has_no_look_alikes_and_a_prime_size():
    assert not set("0O1IU") & set(codes.ALPHABET)
    assert len(set(codes.ALPHABET)) == len(codes.ALPHABET) == 31
    assert all(31 % d for d in range(2, 31)), "31 is prime: the proof of the check relies on it"


@given(bodies)
def test_a_code_with_its_check_character_is_valid(body):
    code = with_check(body)
    assert codes.is_valid(code)
    assert codes.read_badge(codes.qr_payload(code)) == codes.BadgeReading(codes.CODE, code)


@given(bodies, st.integers(0, codes.CODE_LENGTH - 1), st.sampled_from(codes.ALPHABET))
@settings(max_examples=500)
def test_every_single_wrong_character_is_caught(body, position, replacement):
    code = with_check(body)
    if code[position] == replacement:
        replacement = codes.ALPHABET[(codes.ALPHABET.index(replacement) + 1) % len(codes.ALPHABET)]
    wrong = code[:position] + replacement + code[position + 1:]
    assert not codes.is_valid(wrong)
    assert codes.read_badge(wrong).kind == codes.MISREAD


@given(bodies, st.integers(0, codes.CODE_LENGTH - 2))
@settings(max_examples=500)
def test_every_swap_of_neighbours_is_caught(body, position):
    code = with_check(body)
    swapped = code[:position] + code[position + 1] + code[position] + code[position + 2:]
    if swapped != code:
        assert not codes.is_valid(swapped)


def test_single_errors_and_swaps_exhaustively_for_sample_codes():
    for body in ("22222", "ZZZZZ", "K7MQ2", "ABCDE", "9XW3P"):
        code = with_check(body)
        for position, char in itertools.product(range(codes.CODE_LENGTH), codes.ALPHABET):
            if char != code[position]:
                assert not codes.is_valid(code[:position] + char + code[position + 1:])
        for position in range(codes.CODE_LENGTH - 1):
            a, b = code[position], code[position + 1]
            if a != b:
                assert not codes.is_valid(code[:position] + b + a + code[position + 2:])


def test_new_codes_are_valid_and_differ():
    made = {codes.new_code() for _ in range(500)}
    assert len(made) == 500
    assert all(codes.is_valid(c) and len(c) == codes.CODE_LENGTH for c in made)


def test_typed_codes_are_forgiving_about_case_spaces_and_hyphens():
    code = with_check("K7MQ2")
    printed = codes.display(code)
    assert printed == f"{code[:3]}-{code[3:]}"
    for typed in (printed, printed.lower(), f" {code[:3]} {code[3:]} ", code):
        assert codes.read_badge(typed) == codes.BadgeReading(codes.CODE, code)


@pytest.mark.parametrize("text", ["https://example.com/x", "VIZIUM-DEMO-1", "", "hello world", "ABC"])
def test_anything_else_is_foreign(text):
    assert codes.read_badge(text).kind == codes.FOREIGN


def test_a_vizium_payload_or_six_characters_with_a_bad_check_is_a_misread():
    code = with_check("K7MQ2")
    bad = code[:-1] + ("2" if code[-1] != "2" else "3")
    assert codes.read_badge(codes.QR_PREFIX + bad).kind == codes.MISREAD
    assert codes.read_badge(codes.QR_PREFIX + "nonsense").kind == codes.MISREAD
    assert codes.read_badge("K0MQ2X").kind == codes.MISREAD  # a zero typed for an O: not a code


def test_check_character_refuses_bad_bodies():
    for body in ("ABCD", "ABCDEF", "ABCD0", "abcde"):
        with pytest.raises(ValueError):
            codes.check_character(body)
