from __future__ import annotations

import pytest
from django.contrib.auth.models import User

from nouvelles.dashboard.roles import ADMINISTRATOR, EDITOR, ensure_roles


@pytest.fixture
def make_user(db):
    def make(role: str | None = None, staff: bool = True) -> User:
        user = User.objects.create_user(
            f"{role or 'nobody'}-{User.objects.count()}", password="pw", is_staff=staff
        )
        if role:
            user.groups.add(ensure_roles()[role])
        return user

    return make


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(EDITOR))
    return client


@pytest.fixture
def admin_client_role(client, make_user):
    client.force_login(make_user(ADMINISTRATOR))
    return client
