"""factory_boy factories for the models tests use most."""

from __future__ import annotations

import factory
from django.utils import timezone

from nouvelles.articles.models import Article, Author, Block, Category, Story, Tag
from nouvelles.comments.models import Comment
from nouvelles.sources.models import Source


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Rubrique {n}")
    slug = factory.Sequence(lambda n: f"rubrique-{n}")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Mot-clé {n}")
    slug = factory.Sequence(lambda n: f"mot-cle-{n}")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Auteur {n}")
    slug = factory.Sequence(lambda n: f"auteur-{n}")


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    name = factory.Sequence(lambda n: f"Source {n}")
    homepage = factory.Sequence(lambda n: f"https://source{n}.example/")
    feed_url = factory.Sequence(lambda n: f"https://source{n}.example/feed.xml")
    language = "es"


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story

    title = factory.Sequence(lambda n: f"Histoire {n}")
    slug = factory.Sequence(lambda n: f"histoire-{n}")
    last_published_at = factory.LazyFunction(timezone.now)


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published, machine-translated article with three paragraphs and a quote."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    source = factory.SubFactory(SourceFactory)
    guid = factory.Sequence(lambda n: f"guid-{n}")
    original_url = factory.Sequence(lambda n: f"https://source.example/articles/{n}")
    canonical_url = factory.LazyAttribute(lambda o: o.original_url)
    original_title = factory.Sequence(lambda n: f"Titular original {n}")
    original_lead = "Entradilla original."
    original_language = "es"
    original_published_at = factory.LazyFunction(timezone.now)
    author = factory.SubFactory(AuthorFactory)
    title = factory.Sequence(lambda n: f"Titre de l'article {n}")
    lead = "Le chapeau de l'article."
    language = "fr"
    slug = factory.Sequence(lambda n: f"article-{n}")
    status = Article.Status.PUBLISHED
    category = factory.SubFactory(CategoryFactory)
    machine_translated = True
    translation_state = Article.TranslationState.DONE
    translation_backend = "apertium"
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def blocks(self, create, extracted, **kwargs):
        if not create:
            return
        specs = extracted or [
            ("paragraph", "Premier paragraphe.", "Primer párrafo.", {}),
            ("paragraph", "Deuxième paragraphe.", "Segundo párrafo.", {}),
            ("quote", "Nous ne reculerons pas.", "No retrocederemos.", {"speaker": "Ana Pérez"}),
            ("paragraph", "Troisième paragraphe.", "Tercer párrafo.", {}),
        ]
        Block.objects.bulk_create(
            Block(article=self, position=i, kind=kind, text=text, original_text=orig, attrs=attrs)
            for i, (kind, text, orig, attrs) in enumerate(specs)
        )

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.add(*extracted)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    article = factory.SubFactory(ArticleFactory)
    name = factory.Sequence(lambda n: f"Lecteur {n}")
    email = factory.Sequence(lambda n: f"lecteur{n}@example.org")
    text = "Merci pour cet article."
    status = Comment.Status.APPROVED
