"""URLs of monitoring's ingestion pages (included from monitoring/urls.py)."""

from django.urls import path

from ttdn.monitoring import views_sources as views

urlpatterns = [
    path("", views.index, name="index"),
    path("sources/", views.source_list, name="sources"),
    path("sources/new/", views.source_create, name="source_create"),
    path("sources/<int:pk>/", views.source_edit, name="source_edit"),
    path("sources/<int:pk>/delete/", views.source_delete, name="source_delete"),
    path("sources/<int:pk>/fetch/", views.source_fetch, name="source_fetch"),
    path("articles/", views.article_list, name="articles"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
    path("stories/", views.story_list, name="stories"),
    path("stories/<int:pk>/", views.story_detail, name="story"),
]
