from django.urls import path

from ttdn.submissions import views

app_name = "submissions"

urlpatterns = [
    path("", views.request_list, name="list"),
    path("mine/", views.my_requests, name="mine"),
    path("new/", views.request_create, name="create"),
    path("<int:pk>/", views.request_detail, name="request"),
    path("<int:pk>/change/", views.request_change, name="request_change"),
    path("reports/<int:pk>/", views.submission_detail, name="submission"),
    path("reports/<int:pk>/review/", views.submission_review, name="review"),
    path("files/<int:pk>/", views.submission_file, name="file"),
    path("rules/<int:plan_pk>/", views.rule_edit, name="rule"),
]
