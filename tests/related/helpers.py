"""Publishing helpers for the stories and "Lire aussi" tests (through publish_article)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nouvelles.articles.models import Article
from nouvelles.articles.publish import publish_article
from tests.factories import ArticleFactory, SourceFactory

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

QUAKE = [
    (
        "es",
        "Un séisme de magnitude 6,9 frappe la région d'Arequipa",
        "Une secousse a frappé Arequipa, dans le sud du Pérou, faisant au moins 41 morts.",
        "Rosa Quispe, présidente, a décrété trois jours de deuil national à Arequipa.",
    ),
    (
        "en",
        "Tremblement de terre à Arequipa : au moins 41 morts",
        "Le tremblement de terre qui a touché Arequipa a fait 41 morts et 230 blessés.",
        "Les hôpitaux de la région d'Arequipa ont accueilli 230 blessés.",
    ),
    (
        "fr",
        "Pérou : le bilan du séisme d'Arequipa s'alourdit à 41 morts",
        "Les équipes de secours cherchent des survivants à Arequipa après le séisme.",
        "Plusieurs répliques ont été ressenties dans la nuit à Arequipa.",
    ),
    (
        "es",
        "Après le séisme d'Arequipa, Rosa Quispe promet une aide d'urgence",
        "La présidente du Pérou s'est rendue à Arequipa, où le séisme a fait 41 morts.",
        "Rosa Quispe a annoncé un fonds d'urgence pour les sinistrés d'Arequipa.",
    ),
]
STRIKE = (
    "es",
    "Grève chez Minera Andina : la CGTP appelle à cesser le travail",
    "Le syndicat CGTP a appelé les salariés de Minera Andina à Lima à cesser le travail.",
    "Rosa Quispe, présidente du Pérou, a appelé la direction de Minera Andina au dialogue.",
)


def publish(spec, at: datetime = T0, source=None, **fields) -> Article:
    """Create a draft from (language, title, lead, body) and publish it at `at`."""
    language, title, lead, body = spec
    article = ArticleFactory(
        status=Article.Status.DRAFT,
        source=source or SourceFactory(language=language),
        original_language=language,
        title=title,
        lead=lead,
        published_at=at,
        blocks=[("paragraph", body, body, {})],
        **fields,
    )
    publish_article(article, at=at)
    article.refresh_from_db()
    return article


def hours(n: float) -> timedelta:
    return timedelta(hours=n)
