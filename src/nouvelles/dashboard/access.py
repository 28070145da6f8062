"""Who may see what: every dashboard view is wrapped by one of these."""

from __future__ import annotations

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.views.decorators.cache import never_cache


def staff_view(view):
    """Staff only (others go to the login page); never cached."""
    return never_cache(staff_member_required(view, login_url="admin:login"))


def staff_view_with(permission: str):
    """Staff with `permission` (others get 403 once logged in)."""

    def decorate(view):
        return staff_view(permission_required(permission, raise_exception=True)(view))

    return decorate
