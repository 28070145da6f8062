"""A spam classifier over word and character n-grams that keeps learning.

Hashed features (no vocabulary to store or grow) feed a multinomial naive Bayes
model trained online with ``partial_fit``: every moderator decision is one more
example. The state is two count arrays, saved as plain numpy arrays (no pickle),
so it can live in the database and be shared by every process.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.naive_bayes import MultinomialNB

from nouvelles.core.spam_features import CommentSubmission, classifier_document, fold_text

N_FEATURES = 2**18
HAM, SPAM = 0, 1


@dataclass(frozen=True, slots=True)
class LabelledComment:
    """One training or evaluation example."""

    submission: CommentSubmission
    spam: bool


def _vectorizers() -> tuple[HashingVectorizer, HashingVectorizer]:
    common = {
        "n_features": N_FEATURES,
        "alternate_sign": False,  # naive Bayes needs non-negative counts
        "norm": None,
        "preprocessor": fold_text,
        "dtype": np.float64,
    }
    words = HashingVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        token_pattern=r"(?u)\b\w+\b",  # noqa: S106 -- a regex, not a password
        **common,
    )
    chars = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 5), **common)
    return words, chars


class NgramSpamModel:
    """Word 1-2-grams + character 3-5-grams, hashed, into multinomial naive Bayes."""

    def __init__(self, alpha: float = 0.05) -> None:
        self.words, self.chars = _vectorizers()
        self.model = MultinomialNB(alpha=alpha)
        self.examples_seen = 0
        self._log_prob_t: np.ndarray | None = None

    @property
    def is_trained(self) -> bool:
        return hasattr(self.model, "class_count_") and bool(np.all(self.model.class_count_ > 0))

    def features(self, submissions: Sequence[CommentSubmission]) -> sp.csr_matrix:
        docs = [classifier_document(s) for s in submissions]
        return sp.hstack([self.words.transform(docs), self.chars.transform(docs)]).tocsr()

    def learn(self, examples: Sequence[LabelledComment], weight: float = 1.0) -> None:
        """Update the model with labelled examples (moderators' decisions may weigh more)."""
        if not examples:
            return
        x = self.features([e.submission for e in examples])
        y = np.array([SPAM if e.spam else HAM for e in examples])
        self.model.partial_fit(x, y, classes=[HAM, SPAM], sample_weight=np.full(len(y), weight))
        self.examples_seen += len(examples)
        self._log_prob_t = None

    def score(self, submissions: Sequence[CommentSubmission]) -> list[float]:
        """Probability of spam for each submission (0.5 for all while untrained).

        Same result as `predict_proba`, computed against a C-ordered copy of the log
        probabilities: a sparse row times sklearn's transposed (Fortran-ordered) view
        costs ~10 ms, against a contiguous copy ~0.01 ms.
        """
        if not self.is_trained:
            return [0.5] * len(submissions)
        if self._log_prob_t is None:
            self._log_prob_t = np.ascontiguousarray(self.model.feature_log_prob_.T)
        joint = np.asarray(self.features(submissions) @ self._log_prob_t)
        joint += self.model.class_log_prior_
        ham, spam = list(self.model.classes_).index(HAM), list(self.model.classes_).index(SPAM)
        margin = np.clip(joint[:, ham] - joint[:, spam], -700, 700)
        return [float(p) for p in 1.0 / (1.0 + np.exp(margin))]

    def to_bytes(self) -> bytes:
        """The learnt counts as a compressed numpy archive (no pickle)."""
        buffer = io.BytesIO()
        if self.is_trained:
            counts = sp.csr_matrix(self.model.feature_count_)
            np.savez_compressed(
                buffer,
                class_count=self.model.class_count_,
                data=counts.data,
                indices=counts.indices,
                indptr=counts.indptr,
                examples_seen=np.array([self.examples_seen]),
                alpha=np.array([self.model.alpha]),
            )
        return buffer.getvalue()

    @classmethod
    def from_bytes(cls, blob: bytes) -> NgramSpamModel:
        if not blob:
            return cls()
        arrays = np.load(io.BytesIO(blob), allow_pickle=False)
        model = cls(alpha=float(arrays["alpha"][0]))
        counts = sp.csr_matrix(
            (arrays["data"], arrays["indices"], arrays["indptr"]), shape=(2, 2 * N_FEATURES)
        )
        nb = model.model
        nb.classes_ = np.array([HAM, SPAM])
        nb.class_count_ = arrays["class_count"].astype(np.float64)
        nb.feature_count_ = counts.toarray()
        nb.n_features_in_ = 2 * N_FEATURES
        # The same two steps partial_fit runs after counting.
        nb._update_feature_log_prob(nb.alpha)
        nb._update_class_log_prior()
        model.examples_seen = int(arrays["examples_seen"][0])
        return model


def train_model(examples: Sequence[LabelledComment]) -> NgramSpamModel:
    """A fresh model trained on `examples` (the starter model is this over our corpus)."""
    model = NgramSpamModel()
    model.learn(examples)
    return model
