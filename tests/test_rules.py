"""The pure rules: quorum at its edges, majority, vote validation, numbering, terms, lifecycle."""
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from council_desktop.domain import rules
from council_desktop.domain.errors import RuleViolation
from council_desktop.domain.models import MajorityRule, MeetingStatus, QuorumRule


@pytest.mark.parametrize("members, required", [(1, 1), (2, 2), (3, 2), (4, 3), (20, 11), (21, 11)])
def test_more_than_half_needs_strictly_more_than_half(members, required):
    assert rules.quorum_required(QuorumRule.MORE_THAN_HALF, members) == required
    assert rules.quorum(QuorumRule.MORE_THAN_HALF, required, members).reached
    assert not rules.quorum(QuorumRule.MORE_THAN_HALF, required - 1, members).reached


@pytest.mark.parametrize("members, required", [(3, 2), (6, 4), (7, 5), (9, 6), (21, 14), (22, 15)])
def test_two_thirds_rounds_up(members, required):
    assert rules.quorum_required(QuorumRule.TWO_THIRDS, members) == required
    assert rules.quorum(QuorumRule.TWO_THIRDS, required, members).reached
    assert not rules.quorum(QuorumRule.TWO_THIRDS, required - 1, members).reached


def test_fixed_quorum_is_the_number_given_and_needs_one():
    assert rules.quorum(QuorumRule.FIXED, 7, 21, fixed=7).reached
    assert not rules.quorum(QuorumRule.FIXED, 6, 21, fixed=7).reached
    with pytest.raises(RuleViolation) as exc:
        rules.quorum_required(QuorumRule.FIXED, 21, None)
    assert exc.value.code == "quorum_fixed_missing"


def test_a_body_without_members_has_no_quorum():
    assert not rules.quorum(QuorumRule.MORE_THAN_HALF, 0, 0).reached


@given(members=st.integers(1, 500), present=st.integers(0, 500))
def test_quorum_is_monotonic_and_never_more_than_the_members(members, present):
    present = min(present, members)
    for rule in (QuorumRule.MORE_THAN_HALF, QuorumRule.TWO_THIRDS):
        required = rules.quorum_required(rule, members)
        assert 1 <= required <= members
        assert rules.quorum(rule, present, members).reached == (present >= required)
    assert rules.quorum_required(QuorumRule.MORE_THAN_HALF, members) * 2 > members
    assert (rules.quorum_required(QuorumRule.MORE_THAN_HALF, members) - 1) * 2 <= members


def test_vote_exceeding_present_members_is_refused():
    rules.validate_vote(rules.Vote(10, 1, 1), 12)
    with pytest.raises(RuleViolation) as exc:
        rules.validate_vote(rules.Vote(10, 2, 1), 12)
    assert exc.value.code == "vote_exceeds_present"
    assert "13" in exc.value.message("en") and "12" in exc.value.message("en")
    assert "12" in exc.value.message("kk")


def test_negative_vote_is_refused():
    with pytest.raises(RuleViolation):
        rules.validate_vote(rules.Vote(-1, 0, 0), 5)


@pytest.mark.parametrize("rule, votes_for, present, members, passed", [
    (MajorityRule.SIMPLE_OF_PRESENT, 6, 11, 21, True),
    (MajorityRule.SIMPLE_OF_PRESENT, 5, 10, 21, False),   # exactly half is not a majority
    (MajorityRule.SIMPLE_OF_PRESENT, 6, 10, 21, True),
    (MajorityRule.OF_ALL_MEMBERS, 10, 14, 21, False),
    (MajorityRule.OF_ALL_MEMBERS, 11, 14, 21, True),
    (MajorityRule.TWO_THIRDS_OF_PRESENT, 8, 12, 21, True),
    (MajorityRule.TWO_THIRDS_OF_PRESENT, 7, 12, 21, False),
    (MajorityRule.TWO_THIRDS_OF_PRESENT, 7, 10, 21, True),
])
def test_majority_rules(rule, votes_for, present, members, passed):
    assert rules.adopted(rule, rules.Vote(votes_for, 0, 0), present, members) is passed


def test_numbering_continues_the_sequence():
    assert rules.next_number([]) == 1
    assert rules.next_number([1, 2, 5]) == 6


def test_membership_counts_on_its_first_and_last_day():
    start, end = dt.date(2026, 1, 15), dt.date(2026, 6, 30)
    assert rules.member_on(start, end, start)
    assert rules.member_on(start, end, end)
    assert not rules.member_on(start, end, dt.date(2026, 1, 14))
    assert not rules.member_on(start, end, dt.date(2026, 7, 1))
    assert rules.member_on(start, None, dt.date(2040, 1, 1))


def test_lifecycle_guards():
    S = MeetingStatus
    rules.check_transition(S.PLANNED, S.HELD, has_chair=False, has_secretary=False)
    with pytest.raises(RuleViolation):
        rules.check_transition(S.PLANNED, S.PROTOCOL_SIGNED, has_chair=True, has_secretary=True)
    with pytest.raises(RuleViolation) as exc:
        rules.check_transition(S.PROTOCOL_DRAFTED, S.PROTOCOL_SIGNED, has_chair=True, has_secretary=False)
    assert exc.value.code == "sign_needs_chair_and_secretary"
    rules.check_transition(S.PROTOCOL_DRAFTED, S.PROTOCOL_SIGNED, has_chair=True, has_secretary=True)
    rules.check_transition(S.PROTOCOL_SIGNED, S.PROTOCOL_DRAFTED, has_chair=True, has_secretary=True)
    with pytest.raises(RuleViolation):
        rules.check_transition(S.PROTOCOL_SIGNED, S.PLANNED, has_chair=True, has_secretary=True)


@pytest.mark.parametrize("text, ok", [
    ("d.zhumabekova@example.kz", True), ("жанар@мысал.қаз", True),
    ("a@example.kz\n", False),  # `$` of a pattern would have let the line break through
    ("a@example.kz\r\nBcc: all@example.com", False), ("a b@example.kz", False), ("a@example", False),
    ("a@@example.kz", False), ("", False)])
def test_an_e_mail_address_has_no_space_or_line_break_anywhere(text, ok):
    assert rules.is_email(text) is ok
