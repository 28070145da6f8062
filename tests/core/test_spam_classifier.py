from nouvelles.core.comment_corpus import generate_comments
from nouvelles.core.spam_classifier import LabelledComment, NgramSpamModel, train_model
from nouvelles.core.spam_features import CommentSubmission


def test_trains_scores_and_round_trips_without_pickle():
    model = train_model(generate_comments("train", 400, seed=1))
    ham = CommentSubmission("Merci pour cet article sur la réforme des retraites.")
    spam = CommentSubmission("Buy cheap viagra online without prescription http://pills.top")
    before = model.score([ham, spam])
    assert before[0] < 0.5 < before[1]
    restored = NgramSpamModel.from_bytes(model.to_bytes())
    assert restored.score([ham, spam]) == before
    assert restored.examples_seen == 400


def test_learning_a_decision_moves_the_score():
    model = train_model(generate_comments("train", 400, seed=1))
    text = CommentSubmission("Visitez notre boutique de montres pour la fête des pères")
    before = model.score([text])[0]
    model.learn([LabelledComment(text, spam=True)], weight=5)
    assert model.score([text])[0] > before


def test_untrained_model_is_undecided():
    assert NgramSpamModel().score([CommentSubmission("x")]) == [0.5]
    assert NgramSpamModel.from_bytes(b"").score([CommentSubmission("x")]) == [0.5]


def test_score_matches_sklearn_predict_proba():
    model = train_model(generate_comments("train", 300, seed=2))
    subs = [e.submission for e in generate_comments("heldout", 50, seed=3)]
    expected = model.model.predict_proba(model.features(subs))[:, 1]
    assert [round(x, 9) for x in model.score(subs)] == [round(float(x), 9) for x in expected]
