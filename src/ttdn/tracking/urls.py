from django.urls import path

from ttdn.tracking import views

app_name = "tracking"

urlpatterns = [
    path("tasks/<int:task_pk>/progress/", views.progress_create, name="progress_create"),
    path("review/", views.review_queue, name="review_queue"),
    path("review/<int:pk>/", views.review_decide, name="review_decide"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
]
