from __future__ import annotations

from django.shortcuts import render

from nouvelles.dashboard import health, roles
from nouvelles.dashboard.access import staff_view
from nouvelles.dashboard.review import scheduled_articles


@staff_view
def dashboard_home(request):
    """One page for the newsroom; each part shows only to the role allowed to see it."""
    user = request.user
    can_sources = user.has_perm(roles.CAN_SEE_SOURCES)
    can_review = user.has_perm(roles.CAN_REVIEW)
    can_moderate = user.has_perm(roles.CAN_MODERATE)
    context = {
        "can_sources": can_sources,
        "can_review": can_review,
        "can_moderate": can_moderate,
        "can_settings": user.has_perm(roles.CAN_CHANGE_SETTINGS),
        "has_role": can_sources or can_review or can_moderate,
        "state_labels": health.STATE_LABELS,
    }
    context["queues"] = health.queues(
        include_sources=can_sources, include_articles=can_review, include_comments=can_moderate
    )
    if can_sources:
        context["sources"] = health.source_health()
        context["attempts"] = health.recent_attempts()
    if can_review:
        context["warnings"] = health.translation_warnings()
        context["today"] = health.published_today()
        context["scheduled"] = list(scheduled_articles()[:10])
    return render(request, "dashboard/home.html", context)
