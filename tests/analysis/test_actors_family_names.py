"""A family name written alone when two relatives are named (issue 9, read on wire articles): on a body
("the Dunn team", "the Dunn campaign") it is the principal's, the one named most so far, even when the
sentence names the relative; a surname alone as a subject keeps the sentence's own person. Invented text."""
from __future__ import annotations

import pytest

from analysis import actors


def actor_of(nlp, text: str, at: str) -> str:
    mentions, _ = actors.find_actors(nlp(text), "a1")
    start = text.index(at)
    return next(m.actor for m in mentions if m.start <= start < m.end)


@pytest.mark.parametrize("text, at, expected", [
    ("Donald Dunn won the vote. Donald Dunn spoke later. His wife Melania Dunn brought some pizzazz to the "
     "hall as the Dunn team sought to get the event back on track.", "Dunn team", "Donald Dunn"),
    ("Omar Haddad leads the race. Omar Haddad toured the north. His brother Sami Haddad joined the Haddad "
     "campaign on Friday.", "Haddad campaign", "Omar Haddad"),
    ("Donald Dunn won the vote. Donald Dunn spoke later. His wife Melania Dunn said Dunn was tired, "
     "and Melania Dunn said Dunn would rest.", "Dunn would", "Melania Dunn"),
])
def test_family_name_on_a_body_is_the_principals(nlp, text, at, expected):
    assert actor_of(nlp, text, at) == expected
