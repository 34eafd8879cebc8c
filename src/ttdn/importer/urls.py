from django.urls import path

from ttdn.importer import views

app_name = "importer"

urlpatterns = [
    path("", views.upload, name="upload"),
    path("batch/<uuid:batch>/", views.batch_progress, name="batch"),
    path("<uuid:pk>/", views.review, name="review"),
    path("<uuid:pk>/discard/", views.discard, name="discard"),
    path("<uuid:pk>/retry/", views.retry, name="retry"),
    path("<uuid:pk>/kind/", views.reread, name="reread"),
    path("<uuid:pk>/merge/", views.merge, name="merge"),
    path("<uuid:pk>/separate/<uuid:part_pk>/", views.separate, name="separate"),
    path("<uuid:pk>/file/", views.job_file, name="file"),
    path("plans/<int:plan_pk>/original/", views.plan_original, name="plan_original"),
    path(
        "plans/<int:plan_pk>/original/<uuid:job_pk>/",
        views.plan_attachment,
        name="plan_attachment",
    ),
]
