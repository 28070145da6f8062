from django.urls import path

from nouvelles.comments import views

app_name = "comments"
urlpatterns = [
    path("post/<int:article_id>/", views.post_comment, name="post"),
    path("thanks/<str:token>/", views.thanks, name="thanks"),
    path("reply/<int:comment_id>/", views.reply, name="reply"),
]
