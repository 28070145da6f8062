"""Online clustering: joins the right story across languages, keeps distractors apart,
respects the time window, closes dead stories, and is deterministic."""

import pytest

from nouvelles.core.clustering import (
    ClusterParams,
    OnlineClusterer,
    StoryState,
    add_to_centroid,
    choose_story,
    merge_centroids,
    remove_from_centroid,
)
from nouvelles.core.similarity import term_counts

HOUR = 3600.0

# French site text of articles originally in Spanish, English and French.
QUAKE_ES = term_counts(
    "Un séisme de magnitude 6,9 frappe la région d'Arequipa",
    "Une secousse a frappé Arequipa, dans le sud du Pérou, faisant au moins 41 morts.",
    "Rosa Quispe, présidente, a décrété trois jours de deuil national.",
)
QUAKE_EN = term_counts(
    "Tremblement de terre à Arequipa : au moins 41 morts",
    "Le tremblement de terre qui a touché Arequipa a fait 41 morts et 230 blessés.",
    "Les hôpitaux de la région d'Arequipa ont accueilli 230 blessés. Quispe Rosa s'est rendue sur place.",
)
QUAKE_FR = term_counts(
    "Pérou : le bilan du séisme d'Arequipa s'alourdit à 41 morts",
    "Les équipes de secours cherchent des survivants à Arequipa.",
    "Plusieurs répliques ont été ressenties dans la nuit.",
)
# Same country, same week, different event.
STRIKE_PE = term_counts(
    "Grève chez Minera Andina : la CGTP appelle à cesser le travail",
    "Le syndicat CGTP a appelé les salariés de Minera Andina à Lima à cesser le travail.",
    "Rosa Quispe, présidente du Pérou, a appelé au dialogue.",
)


def test_articles_about_one_event_join_one_story_across_languages():
    clusterer = OnlineClusterer()
    keys = [
        clusterer.add(c, i * HOUR)[0].story_key
        for i, c in enumerate([QUAKE_ES, QUAKE_EN, QUAKE_FR])
    ]
    assert keys == [1, 1, 1]


def test_near_topic_distractor_starts_its_own_story():
    clusterer = OnlineClusterer()
    for i, counts in enumerate([QUAKE_ES, QUAKE_EN, QUAKE_FR]):
        clusterer.add(counts, i * HOUR)
    assignment, _v = clusterer.add(STRIKE_PE, 4 * HOUR)
    assert assignment.created and assignment.story_key == 2


def test_time_window_below_at_and_after():
    window = 72 * HOUR
    for gap, joins in [(window - 1, True), (window, True), (window + 1, False)]:
        clusterer = OnlineClusterer(ClusterParams(window_seconds=window))
        clusterer.add(QUAKE_ES, 0.0)
        assignment, _v = clusterer.add(QUAKE_EN, gap)
        assert (assignment.story_key == 1) is joins, gap


def test_stories_with_no_article_for_a_window_are_closed_and_leave_the_index():
    clusterer = OnlineClusterer(ClusterParams(window_seconds=10 * HOUR))
    clusterer.add(QUAKE_ES, 0.0)
    clusterer.add(STRIKE_PE, 9 * HOUR)
    assert clusterer.close_stale(10 * HOUR) == 0  # exactly one window: still open
    assert clusterer.close_stale(10 * HOUR + 1) == 1  # the quake story; the strike stays
    assert set(clusterer.stories) == {2}
    assert all(1 not in keys for keys in clusterer.index.values())


def test_a_story_that_keeps_getting_articles_stays_open():
    clusterer = OnlineClusterer(ClusterParams(window_seconds=10 * HOUR))
    for i, counts in enumerate([QUAKE_ES, QUAKE_EN, QUAKE_FR]):
        clusterer.add(counts, i * 8 * HOUR)
    assert clusterer.close_stale(20 * HOUR) == 0
    assert clusterer.stories[1].size == 3


def test_pinned_assignment_is_obeyed():
    clusterer = OnlineClusterer()
    clusterer.add(QUAKE_ES, 0.0)
    assignment, _v = clusterer.add(QUAKE_EN, HOUR, pinned=7)
    assert assignment.story_key == 7 and assignment.created
    assert clusterer.add(STRIKE_PE, 2 * HOUR)[0].story_key == 8


def test_same_stream_same_result():
    def run():
        clusterer = OnlineClusterer()
        return [
            clusterer.add(c, i * HOUR)[0]
            for i, c in enumerate([QUAKE_ES, STRIKE_PE, QUAKE_EN, QUAKE_FR])
        ]

    assert run() == run()


def test_choose_story_threshold_and_forbidden_story():
    story = StoryState(key=3)
    add_to_centroid(story, {"arequip": 1.0}, 0.0)
    vector = {"arequip": 0.6, "seism": 0.8}
    chosen, score = choose_story(vector, 0.0, [story], ClusterParams(threshold=0.5))
    assert chosen is story and round(score, 3) == 0.6
    assert choose_story(vector, 0.0, [story], ClusterParams(threshold=0.61))[0] is None
    assert choose_story(vector, 0.0, [story], forbidden=frozenset({3}))[0] is None


def test_remove_and_merge_centroids():
    a, b = StoryState(key=1), StoryState(key=2)
    add_to_centroid(a, {"x": 1.0}, 0.0)
    add_to_centroid(a, {"y": 1.0}, 10.0)
    remove_from_centroid(a, {"y": 1.0})
    assert a.centroid == {"x": 1.0} and a.size == 1
    add_to_centroid(b, {"y": 1.0}, 20.0)
    merge_centroids(a, b, ClusterParams())
    assert a.centroid == {"x": 1.0, "y": 1.0} and a.size == 2 and a.last_at == 20.0


def quake_in(city: str, minister: str) -> dict:
    return term_counts(
        f"Un séisme de magnitude 6 frappe la région de {city}",
        f"Une secousse a frappé {city}, faisant des morts et des blessés.",
        f"{minister}, ministre de l'Intérieur, a décrété trois jours de deuil national.",
    )


def test_same_words_different_names_stay_apart_thanks_to_the_entity_gate():
    izmir, agadir = quake_in("Izmir", "Kemal Aydin"), quake_in("Agadir", "Youssef Benali")
    gated = OnlineClusterer()
    gated.add(izmir, 0.0)
    assert gated.add(agadir, HOUR)[0].created
    ungated = OnlineClusterer(ClusterParams(entity_overlap=0.0))
    ungated.add(izmir, 0.0)
    assert not ungated.add(agadir, HOUR)[0].created  # words alone would merge them


def test_entity_overlap_share():
    from nouvelles.core.similarity import entity_overlap

    vector = {"izmir": 0.6, "aydin": 0.2, "seism": 0.7}
    assert entity_overlap(vector, frozenset({"izmir", "aydin"}), {"izmir": 1.0}) == pytest.approx(
        0.75
    )
    assert entity_overlap(vector, frozenset(), {"izmir": 1.0}) is None  # no entity: no gate
