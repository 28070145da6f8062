"""Signals sent by `articles.publish`: the apps that follow publication (stories and related,
search, feeds) connect here instead of editing `publish_article`.

Both are sent inside the publishing transaction, with `article=` the Article.
Receivers must not raise: a failure of a follower never blocks publication.
"""

from django.dispatch import Signal

article_published = Signal()
article_unpublished = Signal()
