"""The newsroom roles, as Django groups with permissions.

- editor: articles (review, publish, correct) and comments (moderate);
- administrator: everything an editor does, plus sources, site settings and users.

`ensure_roles()` creates or updates both groups; it runs after every
`migrate` (post_migrate handler in apps.py), so the groups always exist, and
`nouvelles init` may call it too. A staff user with neither group sees no
sensitive part of the dashboard.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR = "editor"
ADMINISTRATOR = "administrator"

# (app_label, model, actions)
_EDITOR_PERMISSIONS = [
    ("articles", "article", ("view", "change")),
    ("articles", "block", ("view", "add", "change", "delete")),
    ("articles", "story", ("view", "change")),
    ("articles", "tag", ("view", "add", "change")),
    ("articles", "category", ("view",)),
    ("articles", "author", ("view", "add", "change")),
    ("comments", "comment", ("view", "change", "delete")),
    ("dashboard", "correction", ("view", "add")),
]
_ADMINISTRATOR_PERMISSIONS = [
    *_EDITOR_PERMISSIONS,
    ("articles", "article", ("add", "delete")),
    ("articles", "category", ("add", "change", "delete")),
    ("sources", "source", ("view", "add", "change", "delete")),
    ("sources", "fetchattempt", ("view",)),
    ("site", "sitesettings", ("view", "change")),
    ("site", "adslot", ("view", "add", "change", "delete")),
    ("auth", "user", ("view", "add", "change", "delete")),
    ("auth", "group", ("view",)),
]
ROLES = {EDITOR: _EDITOR_PERMISSIONS, ADMINISTRATOR: _ADMINISTRATOR_PERMISSIONS}

# What each dashboard part needs (checked in views and templates).
CAN_REVIEW = "articles.change_article"
CAN_MODERATE = "comments.change_comment"
CAN_SEE_SOURCES = "sources.view_source"
CAN_CHANGE_SETTINGS = "site.change_sitesettings"


def _permissions(spec) -> list[Permission]:
    query = Q(pk__in=[])
    for app_label, model, actions in spec:
        query |= Q(
            content_type__app_label=app_label,
            content_type__model=model,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    return list(Permission.objects.filter(query))


def ensure_roles() -> dict[str, Group]:
    """Create or update the editor and administrator groups; returns them by name."""
    groups = {}
    for name, spec in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(_permissions(spec))
        groups[name] = group
    return groups


def create_roles_after_migrate(sender, **kwargs) -> None:
    """post_migrate handler: permissions exist once every app has migrated."""
    ensure_roles()
