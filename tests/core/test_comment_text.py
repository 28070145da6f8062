import pytest

from nouvelles.core.comment_text import TextRun, find_urls, split_paragraphs, split_runs


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("voir https://x.org/a.", ["https://x.org/a"]),  # sentence full stop is not the URL's
        ("(https://x.org/b)", ["https://x.org/b"]),  # closing parenthesis of the sentence
        (
            "https://fr.wikipedia.org/wiki/Paris_(France)",
            ["https://fr.wikipedia.org/wiki/Paris_(France)"],
        ),
        ("www.example.org !", ["www.example.org"]),
        ("javascript:alert(1)", []),  # only http(s) and www. become links
        ("«https://x.org/c»", ["https://x.org/c"]),
    ],
)
def test_find_urls(text, urls):
    assert find_urls(text) == urls


def test_split_runs_marks_links_and_adds_scheme():
    assert split_runs("a www.x.org b") == [
        TextRun("a "),
        TextRun("www.x.org", "https://www.x.org"),
        TextRun(" b"),
    ]


def test_split_paragraphs_keeps_lines_and_paragraphs():
    assert split_paragraphs("un\r\ndeux\n\n\ntrois") == [
        [[TextRun("un")], [TextRun("deux")]],
        [[TextRun("trois")]],
    ]
    assert split_paragraphs("   ") == []
