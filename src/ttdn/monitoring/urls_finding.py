"""URLs of finding what matters (decision 0032); included by monitoring/urls.py."""

from django.urls import path

from ttdn.monitoring import views_finding as views

urlpatterns = [
    path("topics/", views.topic_list, name="topic_list"),
    path("topics/new/", views.topic_create, name="topic_create"),
    path("topics/preview/", views.topic_preview, name="topic_preview"),
    path("topics/<int:pk>/", views.topic_detail, name="topic_detail"),
    path("topics/<int:pk>/edit/", views.topic_edit, name="topic_edit"),
    path("topics/<int:pk>/delete/", views.topic_delete, name="topic_delete"),
    path("search/", views.archive, name="archive_search"),
    path("articles/<int:pk>/labels/", views.article_labels, name="article_labels"),
    path("classifier/", views.classifier, name="classifier"),
]
