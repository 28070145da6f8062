from django.urls import path

from nouvelles.dashboard.views import home, review

app_name = "dashboard"
urlpatterns = [
    path("", home.dashboard_home, name="home"),
    path("review/", review.review_list, name="review"),
    path("review/<int:pk>/approve/", review.review_approve, name="approve"),
    path("review/<int:pk>/reject/", review.review_reject, name="reject"),
    path("review/<int:pk>/schedule/", review.review_schedule, name="schedule"),
    path("articles/<int:pk>/correction/", review.article_correction, name="correction"),
]
