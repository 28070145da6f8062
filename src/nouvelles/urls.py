from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.views.static import serve

from nouvelles.comments import views as comment_views
from nouvelles.search.views import opensearch_description

urlpatterns = [
    path("admin/", admin.site.urls),
    path("comments/", include("nouvelles.comments.urls")),
    path("privacy/", comment_views.privacy, name="privacy"),
    path("search/", include("nouvelles.search.urls")),
    path("opensearch.xml", opensearch_description, name="opensearch"),
    path("newsroom/", include("nouvelles.dashboard.urls")),
    path("", include("nouvelles.site.urls")),
]

# Uploaded media (logo, images). Behind a proxy in large deployments; served
# here so a one-machine install works without one.
urlpatterns.append(
    path(
        f"{settings.MEDIA_URL.strip('/')}/<path:path>",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    )
)

handler404 = "nouvelles.site.views.errors.page_not_found"
handler500 = "nouvelles.site.views.errors.server_error"
