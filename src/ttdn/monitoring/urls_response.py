"""Routes of the press officers' queue, the responses and the digests (included from
``monitoring/urls.py``, in the ``monitoring`` namespace)."""

from django.urls import path

from ttdn.monitoring import views_response as views

urlpatterns = [
    path("flags/", views.flags, name="flags"),
    path("flags/<int:pk>/dismiss/", views.flag_dismiss, name="flag_dismiss"),
    path("stories/<int:story_pk>/respond/", views.response_open, name="response_open"),
    path("stories/<int:story_pk>/assessment/", views.story_assessment, name="story_assessment"),
    path("responses/", views.responses, name="responses"),
    path("responses/<int:pk>/", views.response_detail, name="response"),
    path("responses/<int:pk>/edit/", views.response_edit, name="response_edit"),
    path("responses/<int:pk>/status/", views.response_move, name="response_move"),
    path("responses/<int:pk>/letter/", views.response_letter, name="response_letter"),
    path("digest/", views.digest, name="digest"),
    path("digest/subscription/", views.digest_subscription, name="digest_subscription"),
]
